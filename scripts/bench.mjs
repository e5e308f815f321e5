// Benchmark of the clone-dump engine: read + graph + every affected set, on generated corpora shaped
// like kernel builds. `npm run bench` (after `npm ci`); `--quick` runs only the defconfig-sized corpus.
//
// Each corpus is generated into a temp dir, then measured in a fresh child process so peak RSS is the
// engine's own. src/clones is bundled with esbuild into a temp module (no build step needed).
//
// Then the comparison a user would make, whole process against whole process: the classic
// kgraft-ipa-analysis.py and `livepatch-gate clones` (the CLI bundled from the current source into a
// temp dir, as dist/cli.js is) printing the text report (and ours the JSON one) of the same corpus to
// /dev/null, in RUNS rounds (`--runs N`, default 3) that run each command once in turn: median,
// spread and peak RSS, and whether both printed the same report. On the defconfig-sized corpus
// always, on the distribution-sized one with `--compare-distribution` (the classic takes minutes there),
// and on real dumps when LPG_BENCH_KERNEL_DUMPS names a directory of them (a kernel tree built with
// KCFLAGS=-fdump-ipa-clones, see scripts/fetch-kernel.sh). The classic script is not part of this
// repository: LPG_CLASSIC_SCRIPT names it, else .cache/kgraft-ipa-analysis.py is used; without it the
// comparison is skipped with a note on how to get it.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lpg-bench-'));
  try {
    const engine = join(work, 'clones.mjs');
    await build({
      entryPoints: [join(here, '..', 'src', 'clones', 'index.ts')],
      outfile: engine,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
    });
    const cli = await bundleCli(work);
    const quick = process.argv.includes('--quick');
    const runs = [
      { label: 'defconfig-sized', files: 2700, lines: 520_000, seed: 7, limitS: 1 },
      ...(quick ? [] : [{ label: 'distribution-sized', files: 32_000, lines: 6_200_000, seed: 11, limitS: 10 }]),
    ];
    let failed = false;
    for (const r of runs) {
      const dir = join(work, r.label);
      const t0 = performance.now();
      // Generated in a child too: the generator leaves a large heap behind whose background GC (and
      // memory) would otherwise share the 2 cores with the measurement.
      const genChild = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--generate', dir, String(r.files), String(r.lines), String(r.seed)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      if (genChild.status !== 0) throw new Error(`generation failed (${genChild.status})`);
      const gen = JSON.parse(genChild.stdout);
      const genS = (performance.now() - t0) / 1000;
      console.log(`\n== ${r.label}: generated ${gen.files} files, ${gen.lines} lines, ${(gen.bytes / 1e6).toFixed(0)} MB in ${genS.toFixed(1)} s`);
      // Let the kernel write the fresh corpus back first: on 2 cores, flushing ~1 GB of dirty pages
      // during the measurement competes with the engine for CPU.
      spawnSync('sync', { stdio: 'ignore' });
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', engine, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      if (child.status !== 0) throw new Error(`measurement failed (${child.status})`);
      const m = JSON.parse(child.stdout);
      const s = m.readS + m.affectedS;
      console.log(`read+graph   ${m.readS.toFixed(2)} s  ${fmt(m.files / m.readS)} files/s  ${fmt(m.lines / m.readS)} lines/s  ${(m.bytes / 1e6 / m.readS).toFixed(0)} MB/s`);
      console.log(`graph        ${m.nodes} nodes, ${m.edges} edges, ${m.dumps} dumps, ${m.warnings} warnings`);
      console.log(`affected     ${m.affectedS.toFixed(2)} s for ${m.roots} roots (${m.entries} entries)`);
      console.log(`total        ${s.toFixed(2)} s (target < ${r.limitS} s)   peak RSS ${(m.maxRssKB / 1024).toFixed(0)} MB (target < 1536 MB)`);
      if (s >= r.limitS || m.maxRssKB > 1536 * 1024) failed = true;
      if (r.label === 'defconfig-sized' || process.argv.includes('--compare-distribution')) compareWholeProcess(r.label, dir, work, cli);
      rmSync(dir, { recursive: true, force: true });
    }
    const kernel = process.env.LPG_BENCH_KERNEL_DUMPS;
    if (kernel) compareWholeProcess(`real dumps in ${kernel}`, kernel, work, cli);
    if (failed) {
      console.log('\nTARGET MISSED');
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// -------------------------------------------------------------------------------------------------
// Whole process against whole process: the classic script and `livepatch-gate clones`.
// -------------------------------------------------------------------------------------------------

const repo = join(here, '..');

/** The CLI bundled as scripts/bundle.mjs bundles dist/cli.js, from the current source, into `work`. */
async function bundleCli(work) {
  const out = join(work, 'cli');
  await build({
    entryPoints: { cli: join(repo, 'src', 'cli.ts') },
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);" },
  });
  for (const wasm of ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter-c/tree-sitter-c.wasm']) cpSync(join(repo, 'node_modules', wasm), join(out, wasm.slice(wasm.indexOf('/') + 1)));
  return join(out, 'cli.js');
}

function classicScript() {
  const p = process.env.LPG_CLASSIC_SCRIPT ?? join(repo, '.cache', 'kgraft-ipa-analysis.py');
  return existsSync(p) ? p : null;
}

// One run: wall time, CPU time and peak RSS of the command (python's rusage of its children: the
// same measure for both tools), its stdout to a file or /dev/null. CPU is the difference across the
// run: a process started through a wrapper that execs the interpreter (pyenv's shim runs a few
// scripts first) starts with their CPU already in its children's rusage, 0.4 s here.
const TIME_ONE = `import resource, subprocess, sys, time
out = open(sys.argv[1], 'wb')
u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t = time.perf_counter()
r = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, u.ru_utime + u.ru_stime - u0.ru_utime - u0.ru_stime, u.ru_maxrss, r.returncode)`;

/**
 * The python interpreter itself (sys.executable), not a wrapper such as pyenv's `python3` shim, whose
 * scripts would be timed with the classic (0.3-0.7 s of wall time per run here). Null without python3.
 */
function python() {
  if (pythonPath === undefined) {
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    pythonPath = r.status === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
  }
  return pythonPath;
}
let pythonPath;

function timeOne(argv, out = '/dev/null') {
  const r = spawnSync(python(), ['-c', TIME_ONE, out, ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`timing ${argv.join(' ')} failed (${r.status})`);
  const [wall, cpu, rssKB, rc] = r.stdout.trim().split(' ').map(Number);
  if (rc !== 0) throw new Error(`${argv.join(' ')} exited with ${rc}`);
  return { wall, cpu, rssKB };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * RUNS rounds, each running every command once in turn: this machine's speed drifts by 15% over
 * minutes, and commands timed in separate blocks of runs would each see a different minute.
 */
function interleavedRuns(commands) {
  const n = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const runs = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach((argv, k) => runs[k].push(timeOne(argv)));
  return runs.map((rs) => {
    const walls = rs.map((r) => r.wall);
    return { n, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: median(rs.map((r) => r.cpu)), rssKB: Math.max(...rs.map((r) => r.rssKB)) };
  });
}

function showRuns(label, m) {
  console.log(`  ${label.padEnd(26)} ${m.wall.toFixed(2)} s median (${m.min.toFixed(2)}-${m.max.toFixed(2)} s, ${m.n} runs, CPU ${m.cpu.toFixed(2)} s)  peak RSS ${(m.rssKB / 1024).toFixed(0)} MB`);
}

function compareWholeProcess(label, dir, work, cli) {
  console.log(`\n== whole process, ${label}: report to /dev/null (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  const classic = classicScript();
  if (!classic) {
    console.log('  classic script not found: set LPG_CLASSIC_SCRIPT to kgraft-ipa-analysis.py, or put it at .cache/kgraft-ipa-analysis.py');
    console.log('  (from the GitHub repository marxin/kgraft-analysis-tool; it is not part of this repository)');
  }
  const py = python();
  if (py === null) {
    console.log('  python3 not found: no whole-process comparison');
    return;
  }
  // The classic reads a list of dump paths; ours the directory. The list is in the order `clones DIR`
  // reads (depth first, each directory's names sorted): sorting whole paths would put `dma-buf/`
  // before `dma/` (in a kernel tree), and equal names would be reported in another order.
  const list = join(work, 'dumps.list');
  const found = spawnSync('find', [dir, '-name', '*.ipa-clones', '-type', 'f'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const dumps = found.stdout.trim().split('\n').sort(byPathComponents);
  writeFileSync(list, `${dumps.join('\n')}\n`);
  const [ours, json, theirs] = interleavedRuns([
    [process.execPath, cli, 'clones', '--quiet', dir],
    [process.execPath, cli, 'clones', '--quiet', '--format', 'json', dir],
    ...(classic ? [[py, classic, list]] : []),
  ]);
  showRuns('livepatch-gate clones', ours);
  showRuns('livepatch-gate --format json', json);
  console.log(`  json / text                 ${(json.wall / ours.wall).toFixed(2)}x wall, ${(json.cpu / ours.cpu).toFixed(2)}x CPU`);
  if (!classic) return;
  showRuns('kgraft-ipa-analysis.py', theirs);
  console.log(`  ratio (classic / ours)      ${(theirs.wall / ours.wall).toFixed(1)}x wall, ${(theirs.cpu / ours.cpu).toFixed(1)}x CPU`);
  // The same report? (one more run each, to files)
  const a = join(work, 'classic.txt');
  const b = join(work, 'ours.txt');
  timeOne([py, classic, list], a);
  timeOne([process.execPath, cli, 'clones', '--quiet', dir], b);
  const same = spawnSync('cmp', ['-s', a, b]).status === 0;
  console.log(`  same report                 ${same ? 'yes' : 'NO'} (${(statSync(b).size / 1e6).toFixed(0)} MB)`);
  showFloors(list, b, theirs);
  rmSync(a, { force: true });
  rmSync(b, { force: true });
}

/**
 * What no implementation in node avoids, measured in the same run: starting node, reading the dumps'
 * bytes (one readFileSync each, nothing parsed), writing the report's bytes to /dev/null (dd, 1 MiB
 * blocks), and touching as many fresh pages as ours does at its peak (first touch of memory is what
 * makes this virtual machine's system time). Beside them, the classic's time over 20: the budget.
 */
function showFloors(list, report, theirs) {
  const n = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const cpuOf = (argv) => median(Array.from({ length: n }, () => timeOne(argv).cpu));
  const start = cpuOf([process.execPath, '-e', '0']);
  const read = cpuOf([process.execPath, '-e', READ_ALL, list]);
  const write = cpuOf(['dd', `if=${report}`, 'of=/dev/null', 'bs=1M', 'status=none']);
  const pages = cpuOf([process.execPath, '-e', TOUCH_MB, '64']);
  console.log(`  floors, CPU (median of ${n}):  node start ${start.toFixed(2)} s, read the dumps ${(read - start).toFixed(2)} s, write the report (dd) ${write.toFixed(2)} s, touch 64 MB of fresh memory ${(pages - start).toFixed(2)} s`);
  console.log(`  20x budget (classic CPU / 20): ${(theirs.cpu / 20).toFixed(2)} s`);
}

// Node one-liners for the floors: read every file of a list; fill N fresh MiB.
const READ_ALL = "const fs=require('fs');let n=0;for(const p of fs.readFileSync(process.argv[1],'utf8').split('\\n'))if(p)n+=fs.readFileSync(p).length";
const TOUCH_MB = "const a=new Uint8Array(Number(process.argv[1])<<20);for(let i=0;i<a.length;i+=4096)a[i]=1";

/** Paths in the order of a depth-first walk that sorts each directory's names. */
function byPathComponents(a, b) {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

function fmt(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}

async function measure(engine, dir) {
  const { readDumps, affectedSet, hasEdges } = await import(pathToFileURL(engine).href);
  let warnings = 0;
  const t0 = performance.now();
  const g = await readDumps([dir], { onWarning: () => warnings++ });
  const t1 = performance.now();
  let roots = 0;
  let entries = 0;
  for (let n = 0; n < g.nodeCount; n++) {
    if (!hasEdges(g, n)) continue;
    roots++;
    entries += affectedSet(g, [n]).size;
  }
  const t2 = performance.now();
  const lines = g.dumps.reduce((s, d) => s + d.lines, 0);
  const bytes = g.dumps.reduce((s, d) => s + d.bytes, 0);
  process.stdout.write(
    JSON.stringify({
      readS: (t1 - t0) / 1000,
      affectedS: (t2 - t1) / 1000,
      files: g.dumps.length,
      dumps: g.dumps.length,
      lines,
      bytes,
      nodes: g.nodeCount,
      edges: g.edgeCount,
      roots,
      entries,
      warnings,
      maxRssKB: process.resourceUsage().maxRSS,
    }),
  );
}

// -------------------------------------------------------------------------------------------------
// Corpus generator: deterministic (seeded), shaped like a kernel build's dumps.
// -------------------------------------------------------------------------------------------------

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const DIRS = ['kernel', 'mm', 'fs/ext4', 'fs/xfs', 'net/ipv4', 'net/core', 'drivers/net/ethernet/intel', 'drivers/gpu/drm', 'drivers/usb/core', 'sound/core', 'block', 'security/selinux', 'crypto', 'lib', 'arch/x86/kernel'];
const WORDS = ['alloc', 'free', 'init', 'exit', 'probe', 'remove', 'read', 'write', 'lock', 'unlock', 'get', 'put', 'update', 'check', 'handle', 'queue', 'flush', 'map', 'unmap', 'reset', 'setup', 'parse', 'show', 'store', 'open', 'release', 'submit', 'complete', 'wait', 'wake'];
const HEADERS = ['./include/linux/list.h', './include/linux/slab.h', './include/linux/spinlock.h', './include/linux/log2.h', './arch/x86/include/asm/bitops.h', './include/linux/err.h', './include/linux/skbuff.h', './include/linux/fs.h', './include/linux/mm.h', './include/linux/device.h'];

/** Writes the corpus; returns what was written. */
function generateCorpus(dir, fileCount, lineTarget, seed) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  // Zipf-ish popularity for 4000 header helpers (list_add, kfree-like, fls64...): a few are everywhere.
  const helpers = [];
  for (let i = 0; i < 4000; i++) {
    helpers.push({ name: `${pick(['__', '', '', 'raw_'])}${pick(WORDS)}_${pick(WORDS)}${i}`, file: HEADERS[i % HEADERS.length], line: 20 + ((i * 37) % 900), col: 20 + (i % 40) });
  }
  const zipf = () => helpers[Math.min(helpers.length - 1, Math.floor(Math.pow(rand(), 2.5) * helpers.length))];
  // Heavy-tailed TU sizes (a few TUs with thousands of lines), scaled to the line target; ~4% empty.
  const weights = [];
  let sum = 0;
  for (let i = 0; i < fileCount; i++) {
    const w = rand() < 0.04 ? 0 : Math.pow(-Math.log(1 - rand() * 0.9999), 1.6);
    weights.push(w);
    sum += w;
  }
  let lines = 0;
  let bytes = 0;
  const made = new Set();
  for (let i = 0; i < fileCount; i++) {
    const d = DIRS[i % DIRS.length];
    const sub = `${d}/m${i % 97}`;
    const stem = `${pick(WORDS)}_${i}`;
    const src = `${sub}/${stem}.c`;
    const budget = Math.round((weights[i] / sum) * lineTarget);
    const out = tuLines(rand, pick, zipf, src, stem, budget);
    const outDir = join(dir, sub);
    if (!made.has(outDir)) {
      mkdirSync(outDir, { recursive: true });
      made.add(outDir);
    }
    const text = out.length ? `${out.join('\n')}\n` : '';
    writeFileSync(join(outDir, `${stem}.c.000i.ipa-clones`), text);
    lines += out.length;
    bytes += Buffer.byteLength(text);
  }
  return { files: fileCount, lines, bytes };
}

function tuLines(rand, pick, zipf, src, stem, budget) {
  const out = [];
  if (budget <= 0) return out;
  let order = 0;
  const node = (name, file, line, col) => ({ name, order: order++, file, line, col });
  const fmtNode = (n) => `${n.name};${n.order};${n.file};${n.line};${n.col}`;
  const clone = (a, b, reason) => out.push(`Callgraph clone;${fmtNode(a)};${fmtNode(b)};${reason}`);
  const removal = (n) => out.push(`Callgraph removal;${fmtNode(n)}`);
  const locals = [];
  const fnCount = Math.max(4, Math.round(budget / 3));
  for (let j = 0; j < fnCount; j++) locals.push(node(`${stem}_${pick(WORDS)}_${j}`, src, 10 + j * 12, 5 + (j % 3) * 7));
  const usedHelpers = new Map();
  const helperNode = (h) => {
    let n = usedHelpers.get(h);
    if (!n) usedHelpers.set(h, (n = node(h.name, h.file, h.line, h.col)));
    return n;
  };
  const cloneCount = new Map();
  const cloneOf = (f, kind) => {
    const k = cloneCount.get(f.name) ?? 0;
    cloneCount.set(f.name, k + 1);
    return node(`${f.name}.${kind}.${k}`, f.file, f.line, f.col);
  };
  // Inlining goes from callee to caller, and call graphs are layered: small static helpers (tier 0)
  // are inlined into mid-level statics (tier 1) or top-level functions (tier 2), mid-level ones into
  // top-level ones, and top-level functions into nothing; so chains are a few levels deep, as in a
  // kernel (recursion is added explicitly). (An earlier corpus let any function be inlined into any
  // later one: 45-deep chains whose classic trees had 10^8 lines, nothing like a real build.)
  const n = locals.length;
  const tierOf = new Map();
  const tiers = [[], [], []];
  for (const f of locals) {
    const r = rand();
    const t = r < 0.4 ? 0 : r < 0.65 ? 1 : 2;
    tierOf.set(f, t);
    tiers[t].push(f);
  }
  const any = () => locals[Math.floor(Math.pow(rand(), 0.7) * n)];
  const above = (f) => {
    const t = tierOf.get(f) ?? 0;
    if (t === 2) return null;
    const up = t === 0 && tiers[1].length > 0 && rand() < 0.4 ? tiers[1] : tiers[2];
    return up.length > 0 ? up[Math.floor(rand() * up.length)] : null;
  };
  while (out.length < budget) {
    const r = rand();
    if (r < 0.45) {
      // A header helper inlined into a function, sometimes a static middle one inlined further up.
      const h = helperNode(zipf());
      const mid = any();
      const sites = 1 + Math.floor(rand() * rand() * 3);
      for (let s = 0; s < sites; s++) clone(h, mid, 'inlining to');
      if (rand() < 0.3) {
        const fan = 1 + Math.floor(Math.pow(rand(), 3) * 12);
        let inlined = false;
        for (let k = 0; k < fan; k++) {
          const c = above(mid);
          if (c) {
            clone(mid, c, 'inlining to');
            inlined = true;
          }
        }
        if (inlined) removal(mid);
      }
    } else if (r < 0.7) {
      // A static function inlined into its callers and removed.
      const f = any();
      const fan = 1 + Math.floor(Math.pow(rand(), 2) * 6);
      let inlined = false;
      for (let k = 0; k < fan; k++) {
        const c = above(f);
        if (c) {
          clone(f, c, 'inlining to');
          inlined = true;
        }
      }
      if (inlined && rand() < 0.6) removal(f);
    } else if (r < 0.82) {
      const f = any();
      const c = cloneOf(f, 'constprop');
      clone(f, c, 'constprop');
      const up = above(f);
      if (up && rand() < 0.4) clone(c, up, 'inlining to');
    } else if (r < 0.92) {
      const f = any();
      const c = cloneOf(f, 'isra');
      clone(f, c, 'isra');
      const up = above(f);
      if (up && rand() < 0.3) {
        clone(c, up, 'inlining to');
        removal(c);
      }
    } else if (r < 0.985) {
      // ipa-split: the body's cold part becomes foo.part.N and the head is inlined into callers.
      const f = any();
      const p = cloneOf(f, 'part');
      clone(f, p, 'part');
      const fan = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < fan; k++) {
        const c = above(f);
        if (c) clone(f, c, 'inlining to');
      }
      removal(f);
    } else {
      // Recursive inlining: a master clone, inlined back into the function.
      const f = any();
      const m = node(f.name, f.file, f.line, f.col);
      clone(f, m, '(null)');
      for (let k = 0; k < 1 + Math.floor(rand() * 8); k++) clone(m, f, 'inlining to');
      removal(m);
    }
  }
  return out;
}

if (process.argv[2] === '--measure') await measure(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--generate') {
  // --generate DIR FILES LINES [SEED]: writes the corpus, prints what was written as JSON.
  process.stdout.write(JSON.stringify(generateCorpus(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), Number(process.argv[6] ?? 7))));
}
else await main();
