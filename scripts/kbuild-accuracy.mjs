// Checks livepatch-gate's kernel object selection against a real full build: `npm run kbuild-accuracy --
// --src LINUX_TREE --out FULL_BUILD_DIR [--headers N]`. FULL_BUILD_DIR is an O= directory where
// `make` (vmlinux + modules) finished for the configuration to check.
//
// 1. Objects: for every .c file in the tree, where the selection (the Kbuild query of
//    src/compile/kbuild.ts, run on FULL_BUILD_DIR) says it is linked (vmlinux, a module, or nowhere) against
//    where the build really linked it (members of vmlinux.a, of each <module>.mod; else nowhere).
// 2. Header includers: for N headers (default: all) the TUs the include graph of src/compile/includers.ts
//    proposes, intersected with the selection, against the TUs whose recorded deps (`deps_` of their
//    `.name.o.cmd`) name the header. A missing includer is an error; extra candidates cost compile time
//    (the fast path drops them after compiling, from the same deps).
// Exit status 1 on any disagreement or missing includer.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function loadModules(work) {
  const entry = path.join(work, 'entry.ts');
  fs.writeFileSync(entry, `export * from ${JSON.stringify(path.join(here, '..', 'src', 'compile', 'kbuild.ts'))};\nexport * from ${JSON.stringify(path.join(here, '..', 'src', 'compile', 'includers.ts'))};\nexport * from ${JSON.stringify(path.join(here, '..', 'src', 'compile', 'kbuild-outdir.ts'))};\n`);
  const outfile = path.join(work, 'kbuild.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

function walkFiles(dir, pred, res = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, pred, res);
    else if (pred(e.name)) res.push(p);
  }
  return res;
}

async function main() {
  const src = path.resolve(arg('--src', process.env.LPG_KERNEL_SRC ?? path.join(here, '..', '.cache', 'linux-6.1')));
  const out = path.resolve(arg('--out', ''));
  const headerLimit = Number(arg('--headers', 'Infinity'));
  if (!fs.existsSync(path.join(out, 'vmlinux.a'))) {
    console.error(`kbuild-accuracy: ${out}/vmlinux.a not found: give --out an O= directory where a full 'make' finished`);
    process.exit(2);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lpg-kbuild-accuracy-'));
  try {
    const kb = await loadModules(work);

    // The selection: one full walk of Kbuild's own makefiles.
    const mk = path.join(work, 'query.mk');
    const answers = path.join(work, 'answers');
    fs.writeFileSync(mk, kb.KBUILD_QUERY_MK);
    fs.mkdirSync(answers);
    const t0 = performance.now();
    const r = spawnSync('make', ['-C', src, `O=${out}`, `-j${os.availableParallelism()}`, '-s', `MAKEFILES=${mk}`, `LPG_OBJTREE=${fs.realpathSync(out)}`, `LPG_OUT=${answers}`, 'LPG_WANT=', 'lpg-walk'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const walkSeconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`Kbuild query failed:\n${r.stderr}`);
    const inv = kb.parseKbuildWalk(fs.readdirSync(answers).map((f) => fs.readFileSync(path.join(answers, f), 'utf8')).join('\n'));

    // The truth: what the full build linked, and every compiled unit's recorded deps.
    const truth = new Map();
    // binutils names a thin archive's members by their path from the current directory (absolute when
    // the archive is named by an absolute path): resolve them against the output dir.
    for (const o of execFileSync('ar', ['t', 'vmlinux.a'], { cwd: out, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean)) {
      truth.set(path.relative(out, path.resolve(out, o)), 'vmlinux');
    }
    for (const mod of kb.outDirFiles(out, (n) => n.endsWith('.mod'))) {
      const ko = mod.replace(/\.mod$/, '.ko');
      for (const o of fs.readFileSync(path.join(out, mod), 'utf8').split(/\s+/).filter((w) => w.endsWith('.o'))) truth.set(o, ko);
    }
    const depsOf = new Map();
    for (const f of kb.outDirFiles(out, (n) => n.startsWith('.') && n.endsWith('.o.cmd'))) {
      const cmd = kb.parseKbuildCmd(fs.readFileSync(path.join(out, f), 'utf8'));
      const source = cmd?.source && kb.repoRelative(cmd.source, src, out);
      if (!source || !source.endsWith('.c')) continue;
      depsOf.set(source, cmd.deps.map((d) => kb.repoRelative(d, src, out)).filter(Boolean));
    }

    // 1. Every .c file of the tree.
    const cFiles = walkFiles(src, (n) => n.endsWith('.c')).map((p) => path.relative(src, p)).sort();
    let agree = 0;
    const disagree = [];
    const counts = { vmlinux: 0, module: 0, none: 0 };
    for (const c of cFiles) {
      const object = c.replace(/\.c$/, '.o');
      const want = truth.get(object) ?? 'none';
      const v = kb.sourceVerdict(inv, c);
      const got = v.built ? v.object.owner : 'none';
      counts[want === 'none' ? 'none' : want === 'vmlinux' ? 'vmlinux' : 'module']++;
      if (want === got) agree++;
      else disagree.push(`${c}: build ${want}, selection ${got}${v.built ? '' : ` (${v.reason})`}`);
    }

    // 2. Header includers.
    const srcArch = fs.readdirSync(path.join(out, 'arch')).find((d) => fs.existsSync(path.join(out, 'arch', d, 'include', 'generated')));
    const t1 = performance.now();
    const grep = execFileSync('git', ['grep', '--no-index', '-I', '--no-color', '-F', '-e', 'include', '--', '*.c', '*.h'], { cwd: src, encoding: 'utf8', maxBuffer: 1 << 30 });
    // The product's graph: the tree's include lines and files plus the output dir's generated headers.
    const treeFiles = walkFiles(src, () => true).map((p) => path.relative(src, p));
    const graph = kb.includeGraphOf(kb.parseIncludeGrep(grep), treeFiles, out);
    const graphSeconds = (performance.now() - t1) / 1000;
    const forced = inv.forcedIncludes.map((f) => kb.repoRelative(f, src, out)).filter(Boolean);
    const includers = new Map();
    for (const [tu, deps] of depsOf) {
      if (!truth.has(tu.replace(/\.c$/, '.o'))) continue;
      for (const d of deps) if (d.endsWith('.h') && d !== tu) (includers.get(d) ?? includers.set(d, new Set()).get(d)).add(tu);
    }
    const headers = [...includers.keys()].sort().slice(0, headerLimit);
    let missing = 0;
    let exact = 0;
    let candidates = 0;
    let real = 0;
    // Headers with up to a hundred real includers: what a typical PR's header costs in extra compiles.
    const few = { headers: 0, candidates: 0, real: 0, over: 0 };
    const missed = [];
    const t2 = performance.now();
    for (const h of headers) {
      const found = graph.includersOf([h], srcArch, forced);
      const proposed = new Set(found.everyUnit ? [...inv.objects.keys()].map((o) => o.replace(/\.o$/, '.c')) : [...found.files].filter((f) => f.endsWith('.c') && kb.sourceVerdict(inv, f).built));
      const want = includers.get(h);
      const lost = [...want].filter((t) => !proposed.has(t));
      if (lost.length > 0) {
        missing++;
        if (missed.length < 20) missed.push(`${h}: ${lost.slice(0, 3).join(', ')}${lost.length > 3 ? ` and ${lost.length - 3} more` : ''}`);
      }
      if (lost.length === 0 && proposed.size === want.size) exact++;
      candidates += proposed.size;
      real += want.size;
      if (want.size <= 100) {
        few.headers++;
        few.candidates += proposed.size;
        few.real += want.size;
        if (proposed.size > 2 * want.size + 10) few.over++;
      }
    }
    const perHeader = (performance.now() - t2) / 1000 / Math.max(1, headers.length);

    console.log(`kbuild-accuracy on ${src} (${out})`);
    console.log(`Kbuild query: ${inv.dirs.size} directories, ${inv.objects.size} linked objects, ${walkSeconds.toFixed(1)} s wall`);
    console.log(`objects: ${agree}/${cFiles.length} .c files agree (${((100 * agree) / cFiles.length).toFixed(2)}%); build: ${counts.vmlinux} in vmlinux, ${counts.module} in modules, ${counts.none} in neither`);
    for (const d of disagree.slice(0, 30)) console.log(`  DIFFERS ${d}`);
    console.log(`includers: ${headers.length} headers; every real includer proposed for ${headers.length - missing} (${missing} miss one); proposed set exact for ${exact}; ${candidates} candidates for ${real} real includers (${(real / Math.max(1, candidates) * 100).toFixed(1)}% precision)`);
    console.log(`  headers with <= 100 real includers: ${few.headers}; ${few.candidates} candidates for ${few.real} real includers (${(few.real / Math.max(1, few.candidates) * 100).toFixed(1)}% precision); more than 2 x real + 10 candidates for ${few.over}`);
    console.log(`include graph: ${graphSeconds.toFixed(1)} s to read, ${(perHeader * 1000).toFixed(1)} ms per header`);
    for (const m of missed) console.log(`  MISSED ${m}`);
    process.exitCode = disagree.length > 0 || missing > 0 ? 1 : 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
