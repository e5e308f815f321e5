// `npm run fuzz`: a fixed-seed fuzz run over what crosses a trust boundary: ELF objects and clone dumps
// (mutated real gcc output), production symbol files (System.map, kallsyms, linked ELF, .ko from real gcc/ld/nm), saved reports (comment mode: mutated shapes) and hostile file/symbol names
// through every renderer. Options: --seed N, --count N (cases per target), --time S (budget per target),
// --only a,b, --chain N (deepest inline chain in a dump case). Prints cases, crashes, the slowest case and peak memory per target; exits 1 on a crash.
// A crash is a TypeError/RangeError/non-Error, a renderer output that is not inert, or a symbol-file error that is not a SymbolFileError naming the file. FUZZ_STACK=1 prints crash stacks.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const SEED = Number(arg('seed', 1));
const COUNT = Number(arg('count', 2000));
const TIME_S = Number(arg('time', 10));
const ONLY = arg('only', 'elf,dump,report,names,symbols').split(',');
/** Deepest inline chain a dump case adds (the text report of a deep chain is the dump reader's slow spot). */
const CHAIN = Number(arg('chain', 1000));
/** A case slower than this is listed (not a crash: the run goes on). */
const SLOW_MS = 1000;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_C = `static int helper(int x) { return x * 3 + 1; }
int mid(int y) { return helper(y) + helper(y + 1); }
static int __attribute__((noinline)) cp(int a, int b) { return a * b + 7; }
int f1(int z) { return mid(z) + cp(z, 3); }
int f2(int z) { return mid(z * 2) + cp(z, 3); }
int data[4] = { 1, 2, 3, 4 };
`;

function seeds(work) {
  writeFileSync(join(work, 't.c'), SEED_C);
  execFileSync('gcc', ['-O2', '-c', '-fdump-ipa-clones', '-ffunction-sections', '-fdata-sections', '-o', join(work, 't.o'), join(work, 't.c')], { cwd: work });
  const dump = readdirSync(work).find((f) => f.endsWith('.ipa-clones'));
  return { elf: readFileSync(join(work, 't.o')), dump: readFileSync(join(work, dump), 'utf8'), ...symbolSeeds(work) };
}

/** Two TUs with a static helper() each (and a static counter), as the kallsyms tests link them. */
const SYM_C = {
  'a.c': 'static int calls_a;\n__attribute__((noinline)) static int helper(int x) { return x * 5 + 3; }\nint fa(int x) { calls_a++; return helper(x) + 1; }\n',
  'b.c': 'static int calls_b;\n__attribute__((noinline)) static int helper(int x) { return x * 7 + 3; }\nint fb(int x) { calls_b++; return helper(x) - 1; }\nint fa(int);\nint main(void) { return fa(1) + fb(2); }\n',
  'modinfo.c': 'static const char modname[] __attribute__((section(".modinfo"), used, aligned(1))) = "name=my_mod";\n',
};
/** The names the symbols target looks up (the sympos pass's question) in every table. */
const SYM_NAMES = ['helper', 'calls_a', 'fa', 'fb', 'main'];

/** Production symbol files from real tools: the linked program, `nm -n` of it (System.map), a /proc/kallsyms-style dump with [my_mod] lines, a module (ld -r + .modinfo). */
function symbolSeeds(work) {
  for (const [f, text] of Object.entries(SYM_C)) {
    writeFileSync(join(work, f), text);
    execFileSync('gcc', ['-O2', '-c', f, '-o', f.replace(/\.c$/, '.o')], { cwd: work });
  }
  execFileSync('gcc', ['-no-pie', '-o', 'prog', 'b.o', 'a.o'], { cwd: work });
  execFileSync('ld', ['-r', '-o', 'my-mod.ko', 'b.o', 'a.o', 'modinfo.o'], { cwd: work });
  const map = execFileSync('nm', ['-n', 'prog'], { cwd: work, encoding: 'utf8' });
  const modLines = execFileSync('nm', ['-p', 'my-mod.ko'], { cwd: work, encoding: 'utf8' }).split('\n').filter((l) => / [a-zA-Z] /.test(l) && !/ [Uan] /.test(l));
  return {
    symElf: [readFileSync(join(work, 'prog')), readFileSync(join(work, 'my-mod.ko'))],
    symText: [map, map + modLines.map((l) => `${l}\t[my_mod]\n`).join('')],
  };
}

const INTERESTING = [0, 1, 0x7f, 0x80, 0xff, 0x7fffffff, 0xffffffff];
/** `within`: [offset, length] ranges to aim at (symbol and string tables, headers) instead of the whole file. */
function mutateBytes(buf, r, within) {
  const out = Buffer.from(buf);
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const range = within?.[Math.floor(r() * within.length)];
    const at = range ? range[0] + Math.floor(r() * range[1]) : Math.floor(r() * out.length);
    const kind = r();
    if (kind < 0.4) out[at] ^= 1 << Math.floor(r() * 8);
    else if (kind < 0.7) out[at] = Math.floor(r() * 256);
    else if (at + 4 <= out.length) out.writeUInt32LE(INTERESTING[Math.floor(r() * INTERESTING.length)] >>> 0, at);
  }
  return r() < 0.1 ? out.subarray(0, Math.floor(r() * out.length)) : out;
}

const NASTY = ['<', '>', '&', '"', "'", '`', '|', '@', '#', ':', '/', '\\', '*', '_', '[', ']', '(', ')', '$', '~', '!', '-', '.', '\n', '\r', '\t', '\u001b', '\u0000', '\u202e', '\u2028', '\ud800', '<!--', '-->', '</details>', '<img src=x onerror=alert(1)>', '@octocat', '#1', 'www.', 'https://', '```', commentMarkerText(), 'é', '😀', ';', ' '];
function commentMarkerText() {
  return '<!-- livepatch-gate:report -->';
}
function nastyString(r) {
  let s = '';
  const n = Math.floor(r() * 12);
  for (let i = 0; i < n; i++) s += r() < 0.6 ? NASTY[Math.floor(r() * NASTY.length)] : String.fromCharCode(97 + Math.floor(r() * 26));
  return s;
}

function mutateDump(text, r) {
  const lines = text.split('\n');
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const k = r();
    const at = Math.floor(r() * lines.length);
    if (k < 0.3) {
      const f = lines[at].split(';');
      f[Math.floor(r() * f.length)] = r() < 0.5 ? nastyString(r) : String(Math.floor(r() * 2 ** 32) - 2 ** 31);
      lines[at] = f.join(r() < 0.9 ? ';' : ',');
    } else if (k < 0.5) lines.splice(at, 0, lines[Math.floor(r() * lines.length)]);
    else if (k < 0.6) lines.splice(at, 1);
    else if (k < 0.8) {
      // A chain: f0 inlined into f1 into f2 ... (depth up to --chain).
      const depth = Math.floor(r() * CHAIN);
      for (let d = 0; d < depth; d++) lines.push(`Callgraph clone;f${d};${d};t.c;${d + 1};1;f${d + 1};${d + 1};t.c;${d + 2};1;inlining to`);
    } else lines[at] = lines[at].slice(0, Math.floor(r() * lines[at].length));
  }
  return lines.join(r() < 0.9 ? '\n' : '\r\n');
}

const HEX = ['0', 'ffffffff81000000', 'f'.repeat(17), '0'.repeat(40), 'g', '-1', ''];
const TYPES = ['T', 't', 'A', 'a', 'U', 'w', '?', '-', 'TT', '', ' ', '\t'];
const MODS = ['[my_mod]', '[]', '[', ']', '[a b]', '[[x]]', '[__proto__]', '[constructor]', '[vmlinux]', '\t[my_mod]\t[x]'];
/** A System.map / kallsyms listing with lines (fields, module tags, repeats, cuts, control bytes) mutated. */
function mutateListing(text, r) {
  const lines = text.split('\n');
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const k = r();
    const at = Math.floor(r() * lines.length);
    if (k < 0.3) {
      const f = lines[at].split(' ');
      const which = Math.floor(r() * (f.length + 1));
      const pick = (xs) => xs[Math.floor(r() * xs.length)];
      if (which === f.length) f.push(r() < 0.7 ? pick(MODS) : nastyString(r));
      else f[which] = which === 0 ? pick(HEX) : which === 1 ? pick(TYPES) : r() < 0.5 ? nastyString(r) : pick(SYM_NAMES);
      lines[at] = f.join(r() < 0.9 ? ' ' : '\t');
    } else if (k < 0.45) lines.splice(at, 0, lines[Math.floor(r() * lines.length)]);
    else if (k < 0.55) lines.splice(at, 1);
    else if (k < 0.7) lines[at] = lines[at].slice(0, Math.floor(r() * lines[at].length));
    else if (k < 0.8) lines[at] += nastyString(r);
    else if (k < 0.9) lines[at] = '';
    else return Buffer.from(mutateBytes(Buffer.from(lines.join('\n'), 'latin1'), r));
  }
  if (r() < 0.07) {
    // One name many times (a table where every entry is the same static): up to 2^18 copies, once per case.
    const line = lines.find((l) => / t helper/.test(l)) ?? lines[0];
    lines.splice(Math.floor(r() * lines.length), 0, new Array(Math.floor(2 ** (r() * 18))).fill(line).join('\n'));
  }
  return Buffer.from(lines.join(r() < 0.9 ? '\n' : '\r\n'), r() < 0.5 ? 'latin1' : 'utf8');
}

function baseReport() {
  const fn = (symbol, extra = {}) => ({ symbol, sympos: 0, file: 'kernel/a.c', line: 3, reasons: [{ kind: 'inlined', root: 'helper', chain: ['helper', `inlined into ${symbol}`] }], predicted: true, codeChange: 'changed', ...extra });
  const base = {
    schema: 'livepatch-gate/report', schemaVersion: 2, tool: { name: 'livepatch-gate', version: '1.0.0' }, repo: '/r', base: 'a'.repeat(40), head: 'b'.repeat(40), pullRequest: 7,
    verdict: 'fail', verdictReasons: ['1 error from changed-data in kernel/a.c'],
    summary: { functionsToPatch: 2, objects: 1, errors: 1, warnings: 0, notices: 0 },
    patch: [{ object: 'vmlinux', functions: [fn('mid'), fn('f1', { sympos: 2 })] }],
    newFunctions: [{ object: 'vmlinux', functions: [fn('f3', { notPatched: 'new at head' })] }], vanished: [], notNeeded: [],
    findings: [{ ruleId: 'changed-data', severity: 'error', message: 'data changed', file: 'kernel/a.c', line: 6, symbol: 'data', object: 'vmlinux' }],
    changes: { functions: [{ name: 'helper', file: 'kernel/a.c' }], other: [{ kind: 'macro', file: 'include/x.h', line: 1, name: 'X', detail: '1 → 2' }] },
    notBuilt: [{ source: 'drivers/y.c', reason: 'CONFIG_Y is not set' }], warnings: [{ source: 'dump', message: 'skipped', file: 'x.ipa-clones', line: 2 }],
    // Every field of the current schema, so hostile names reach every renderer's every table.
    comparison: 'the merge commit against its first parent', codestream: { label: 'x86_64-default', arch: 'x86_64', config: 'default' },
    unpatchable: [{ object: 'vmlinux', symbol: 'udplite_getfrag', sympos: 1, file: 'include/net/udplite.h', line: 20, detail: 'address taken', coverage: 'covered',
      referrers: [{ symbol: 'udp_sendmsg', kind: 'address', replacement: 'patched' }], dataReferrers: [{ symbol: 'ops', section: '.data' }], referrersOutsideBuild: false }],
    notAnalysed: [{ function: 'f4', file: 'kernel/b.c', reason: 'not compiled', advice: 'build it' }],
  };
  // Causes (layout / non-function reasons, data a function only refers to) and folded findings' places.
  base.patch[0].functions.push(fn('uses_rq', { reasons: [{ kind: 'layout', causes: ['struct rq'], chain: ['struct rq (kernel/sched/sched.h:9) changes layout', 'the code of uses_rq differs'] }] }));
  base.notNeeded.push({ object: 'vmlinux', functions: [fn('reads_tbl', { codeChange: 'unchanged', changedData: ['tbl'], notPatched: 'refers to changed data tbl' })] });
  base.findings[0].places = [
    { kind: 'function', file: 'kernel/a.c', line: 3, symbol: 'uses_rq', object: 'vmlinux', detail: 'in the patch list' },
    { kind: 'data', file: 'kernel/a.c', symbol: 'tbl', object: 'vmlinux', detail: '.rodata, changed; if you carry a new copy, also replace: reads_tbl' },
    { kind: 'unit', file: 'kernel/b.c' },
  ];
  base.findings.push({ ruleId: 'layout-change', severity: 'notice', message: 'struct rq changed', file: 'kernel/sched/sched.h', line: 9, configuration: { status: 'compiled-out', evidence: 'CONFIG_X is not set' } });
  return base;
}

/** Every (container, key) path of a JSON value, for mutation. */
function slots(v, out = []) {
  if (v && typeof v === 'object') for (const k of Object.keys(v)) { out.push([v, k]); slots(v[k], out); }
  return out;
}
const WEIRD = [null, 0, -1, 1.5, 2 ** 53, '', 'x', true, [], {}, [null], { length: 1 }, '__proto__'];
function mutateReport(r) {
  const rep = baseReport();
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const all = slots(rep);
    const [obj, key] = all[Math.floor(r() * all.length)];
    const k = r();
    if (k < 0.15) delete obj[key];
    else if (k < 0.85) obj[key] = WEIRD[Math.floor(r() * WEIRD.length)];
    else obj[key] = nastyString(r);
  }
  return JSON.parse(JSON.stringify(rep));
}

function hostileNames(r) {
  const rep = baseReport();
  for (const [obj, key] of slots(rep)) {
    if (typeof obj[key] === 'string' && !['schema', 'verdict', 'severity', 'codeChange', 'kind'].includes(key) && r() < 0.7) obj[key] = nastyString(r);
  }
  return rep;
}

function isCrash(err) {
  return !(err instanceof Error) || err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError || /^(INERT|UNNAMED):/.test(err.message);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lpg-fuzz-'));
  try {
    const bundle = join(work, 'targets.mjs');
    await build({ entryPoints: [join(here, 'fuzz-targets.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
    const t = await import(pathToFileURL(bundle).href);
    const seed = seeds(work);
    const dumpPath = join(work, 'case.000i.ipa-clones');
    // Where a symbol file's meaning lives: the ELF and section headers, the symbol and string tables, .modinfo.
    const symbolRanges = seed.symElf.map((bytes) => {
      const e = t.parseElf(bytes, 'seed', { linked: true });
      const shoff = Number(bytes.readBigUInt64LE(40));
      return [[0, 64], [shoff, e.sections.length * 64], ...e.sections.filter((x) => [2, 3].includes(x.type) || x.name === '.modinfo').map((x) => [x.offset, x.size])];
    });
    const targets = {
      elf: (r) => t.parseElf(mutateBytes(seed.elf, r), 'case.o'),
      dump: async (r) => { writeFileSync(dumpPath, mutateDump(seed.dump, r)); return t.dump(dumpPath); },
      report: (r) => t.report(mutateReport(r)),
      names: (r) => t.renderAll(hostileNames(r)),
      // ELF (the linked program or the module) with its bytes mutated, or a listing with its lines mutated.
      symbols: (r) => {
        const which = Math.floor(r() * 4);
        const bytes = which < 2 ? mutateBytes(seed.symElf[which], r, r() < 0.5 ? symbolRanges[which] : undefined) : mutateListing(seed.symText[which - 2], r);
        return t.symbols(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), ['prog', 'my-mod.ko', 'System.map', 'kallsyms'][which], SYM_NAMES);
      },
    };
    let crashes = 0;
    const rows = [];
    for (const name of ONLY) {
      const run = targets[name];
      if (!run) throw new Error(`unknown target ${name} (${Object.keys(targets).join(', ')})`);
      const r = rng(SEED * 1000 + ONLY.indexOf(name));
      const started = performance.now();
      let cases = 0, named = 0, slow = 0, slowest = { ms: 0, index: -1 }, peak = process.memoryUsage().rss;
      const found = [];
      while (cases < COUNT && performance.now() - started < TIME_S * 1000) {
        const t0 = performance.now();
        try {
          await run(r);
        } catch (err) {
          if (isCrash(err) && process.env.FUZZ_STACK) console.log(`case ${cases}:`, err?.stack);
          if (isCrash(err)) found.push(`case ${cases}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`.slice(0, 300));
          else named++;
        }
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, index: cases };
        if (ms > SLOW_MS) slow++;
        peak = Math.max(peak, process.memoryUsage().rss);
        cases++;
      }
      crashes += found.length;
      rows.push({ target: name, cases, namedErrors: named, crashes: found.length, [`over ${SLOW_MS / 1000} s`]: slow, slowestMs: Math.round(slowest.ms), slowestCase: slowest.index, peakRssMB: Math.round(peak / 2 ** 20), seconds: +((performance.now() - started) / 1000).toFixed(1) });
      for (const f of [...new Set(found.map((x) => x.replace(/^case \d+: /, '')))].slice(0, 10)) console.log(`  ${name} crash: ${f}`);
    }
    console.log(`fuzz: seed ${SEED}, up to ${COUNT} cases or ${TIME_S} s per target`);
    console.table(rows);
    process.exitCode = crashes > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
