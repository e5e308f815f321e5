// Kernel build benchmark: how long a kernel PR waits for livepatch-gate, beside the physical limit
// measured in the same run. `npm run bench:kernel -- [--src DIR] [--work DIR] [--jobs N] [--cases LIST]`
//
// On the Linux tree scripts/fetch-kernel.sh provides (--src, default $LPG_KERNEL_SRC or .cache/linux-6.1,
// read-only: it is copied into <work>/linux and made a git repository once), x86_64 defconfig:
//   cold    one .c file changed (kernel/fork.c), empty work dir;
//   warm    the next PR, another .c file (kernel/exit.c), on the work dir the cold case left;
//   header  a header with about a hundred includers in defconfig (include/linux/namei.h), warm.
//   dist    the distribution pattern (base-build: full): a push run builds base fully in <work>/work-dist
//           (kept: later runs find it and make nothing), then kernel/fork.c's PR runs in a fresh work
//           dir holding only a copy of that output dir, as a runner has after actions/cache/restore.
// The physical limit, measured in a scratch output dir of the same tree: configure (`make defconfig` +
// LIVEPATCH), `make prepare`, and compiling the case's translation units with the dump flags (`make -o
// prepare <objects>`, objects deleted first). Limit of a case: cold = configure + prepare + 2 x compile;
// warm and dist = 2 x compile (base and head each compile their TUs once; dist's base compiles nothing). Each case runs in its own process under
// /usr/bin/time: peak memory is the largest process of the run (node, make or cc1). The load average is
// printed with each figure: on a shared machine other work competes for the cores.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const FLAGS = '-fdump-ipa-clones -ffunction-sections -fdata-sections';
const LIVEPATCH = ['FTRACE', 'FUNCTION_TRACER', 'DYNAMIC_FTRACE', 'KALLSYMS', 'KALLSYMS_ALL', 'MODULES', 'SYSFS', 'LIVEPATCH'];
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };

/** The PRs: one edit each, inside a function body so the objects really change. */
const PRS = {
  'pr-fork': { file: 'kernel/fork.c', from: 'pr_warn_once("exe_file_deny_write_access() failed in %s\\n", __func__);', to: 'pr_warn_once("exe_file: cannot deny write access in %s\\n", __func__);' },
  'pr-exit': { file: 'kernel/exit.c', from: 'pr_info("note: %s[%d] exited with irqs disabled\\n",', to: 'pr_info("note: %s[%d] exited, irqs disabled\\n",' },
  'pr-namei': { file: 'include/linux/namei.h', from: "((char *) name)[min(len, maxlen)] = '\\0';", to: "((char *) name)[min(maxlen, len)] = '\\0';" },
};

function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 ? a[i + 1] : dflt;
  };
  return {
    src: resolve(get('src', process.env.LPG_KERNEL_SRC ?? join(repoRoot, '.cache/linux-6.1'))),
    work: resolve(get('work', join(repoRoot, '.cache/bench-kernel'))),
    jobs: Number(get('jobs', String(availableParallelism()))),
    cases: get('cases', 'cold,warm,header,dist').split(','),
  };
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const secs = (t0) => (Date.now() - t0) / 1000;

function run(cwd, argv, env = process.env) {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return r.stdout;
}

/** <work>/linux: the tree as a git repository (base commit) with one branch per PR. */
function setupRepo(o) {
  const repo = join(o.work, 'linux');
  const t0 = Date.now();
  if (!existsSync(join(repo, '.git'))) {
    if (!existsSync(join(o.src, 'Makefile'))) throw new Error(`no kernel tree at ${o.src}: run scripts/fetch-kernel.sh or pass --src`);
    mkdirSync(o.work, { recursive: true });
    rmSync(repo, { recursive: true, force: true });
    run(o.work, ['cp', '-a', o.src, repo]);
    run(repo, ['git', 'init', '-q', '-b', 'main']);
    // -f: Debian's tarball ships a .gitignore that ignores everything at the top level.
    run(repo, ['git', 'add', '-f', '-A', '.']);
    run(repo, ['git', 'commit', '-q', '-m', 'base'], GIT_ENV);
  }
  const branches = run(repo, ['git', 'branch', '--format=%(refname:short)']).split('\n');
  for (const [branch, e] of Object.entries(PRS)) {
    if (branches.includes(branch)) continue;
    run(repo, ['git', 'checkout', '-q', '-b', branch, 'main']);
    const text = readFileSync(join(repo, e.file), 'utf8');
    if (!text.includes(e.from)) throw new Error(`${e.file}: the edit's text is not there (another kernel version?)`);
    writeFileSync(join(repo, e.file), text.replace(e.from, e.to));
    run(repo, ['git', 'commit', '-q', '-am', branch], GIT_ENV);
  }
  run(repo, ['git', 'checkout', '-q', 'main']);
  console.log(`repository ${repo} ready in ${secs(t0).toFixed(0)} s`);
  return repo;
}

/** The physical limit, in a scratch output dir of the base tree (a direct subdirectory, like ours). */
class Limits {
  constructor(repo, jobs) {
    this.repo = repo;
    this.out = join(repo, '.bench-limit-out');
    // In the output dir with the tree's Makefile (as livepatch-gate runs it): `-o prepare` then works.
    this.make = (targets) => run(this.out, ['make', '-C', this.out, '-f', join(repo, 'Makefile'), `-j${jobs}`, `KCFLAGS=${FLAGS}`, ...targets]);
  }
  configureAndPrepare() {
    rmSync(this.out, { recursive: true, force: true });
    mkdirSync(this.out);
    let t0 = Date.now();
    const loadBefore = load();
    this.make(['defconfig']);
    run(this.repo, ['bash', 'scripts/config', '--file', join(this.out, '.config'), ...LIVEPATCH.flatMap((s) => ['--enable', s]), '--disable', 'TRIM_UNUSED_KSYMS']);
    this.make(['olddefconfig']);
    this.configureS = secs(t0);
    t0 = Date.now();
    this.make(['prepare']);
    this.prepareS = secs(t0);
    console.log(`limit: configure ${this.configureS.toFixed(1)} s, make prepare ${this.prepareS.toFixed(1)} s (load ${loadBefore} -> ${load()})`);
  }
  /** Compiling `objects` (relative to the output dir) once, prepared tree, nothing else. */
  compile(objects) {
    for (const o of objects) rmSync(join(this.out, o), { force: true });
    const t0 = Date.now();
    this.make(['-o', 'prepare', ...objects]);
    return secs(t0);
  }
}

/** One analysis in its own process under /usr/bin/time; returns its own JSON plus peak RSS. */
function analyzeCase(engine, o, repo, head, extra = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', 'LPG-MAXRSS-KB %M', process.execPath, engine, JSON.stringify({ repo, base: 'main', head, workDir: join(o.work, 'work'), jobs: o.jobs, ...extra })], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`analysis of ${head} failed:\n${r.stderr.slice(-4000)}`);
  const res = JSON.parse(r.stdout);
  res.peakKb = Number(/LPG-MAXRSS-KB (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return res;
}

async function bundleEngine() {
  // Under node_modules: the bundled code finds the packages (tree-sitter's wasm) as src/ does, and no
  // linter reads it.
  const engine = join(repoRoot, 'node_modules', '.cache', 'livepatch-gate', 'bench-kernel-engine.mjs');
  mkdirSync(dirname(engine), { recursive: true });
  await build({ entryPoints: [fileURLToPath(import.meta.url)], outfile: engine, bundle: true, platform: 'node', target: 'node22', format: 'esm', logLevel: 'warning', define: { 'process.env.LPG_BENCH_ENGINE': '"1"' }, external: ['esbuild'] });
  return engine;
}

/** The child: one analysis, progress lines timestamped on stderr, the result as JSON on stdout. */
async function engineMain() {
  const { analyze } = await import('../src/pipeline/analyze.ts');
  const opts = JSON.parse(process.argv[2]);
  const t0 = Date.now();
  const lines = [];
  const analysis = await analyze({
    ...opts,
    kind: 'kernel',
    kernelConfig: 'defconfig',
    fullBuild: false,
    baseBuild: opts.baseBuild ?? 'touched',
    extraCflags: [],
    deepEvidence: false,
    onProgress: (m) => {
      const line = `[${secs(t0).toFixed(1).padStart(6)}s] ${m}`;
      lines.push(line);
      process.stderr.write(`${line}\n`);
    },
  });
  const phases = lines.find((l) => l.includes('time by phase:'))?.replace(/^.*time by phase: /, '') ?? '';
  const units = [...new Set(analysis.tuFlags.filter((t) => t.side === 'base').map((t) => t.source))];
  const notes = lines.filter((l) => /includers from the full build|prepared files|full build of|no make|old_sympos|ledger:/.test(l)).map((l) => l.trim());
  process.stdout.write(JSON.stringify({ wallS: secs(t0), phases, units, notes, symposFrom: analysis.sympos?.source, nodeRssKb: process.resourceUsage().maxRSS }));
}

async function main() {
  const o = args();
  console.log(`bench:kernel on ${o.src} (copy in ${o.work}), -j${o.jobs}, ${availableParallelism()} cores, load ${load()}`);
  const repo = setupRepo(o);
  const engine = await bundleEngine();
  const limits = new Limits(repo, o.jobs);
  limits.configureAndPrepare();
  const rows = [];
  const report = (name, res, limitS, how) => {
    const row = { case: name, wallS: res.wallS, limitS, overS: res.wallS - limitS, peakMb: res.peakKb / 1024, units: res.units.length, load: load(), phases: res.phases, how };
    rows.push(row);
    console.log(`\n${name}: ${res.wallS.toFixed(1)} s wall, limit ${limitS.toFixed(1)} s (${how}), ${row.overS >= 0 ? '+' : ''}${row.overS.toFixed(1)} s over; peak ${row.peakMb.toFixed(0)} MB (node ${(res.nodeRssKb / 1024).toFixed(0)} MB); ${res.units.length} unit(s); load ${row.load}\n  ${res.phases}`);
  };
  if (o.cases.includes('cold')) {
    rmSync(join(o.work, 'work'), { recursive: true, force: true });
    run(repo, ['git', 'worktree', 'prune']);
    const res = analyzeCase(engine, o, repo, 'pr-fork');
    const c = limits.compile(['kernel/fork.o']);
    report('cold, one .c (kernel/fork.c)', res, limits.configureS + limits.prepareS + 2 * c, `configure ${limits.configureS.toFixed(1)} + prepare ${limits.prepareS.toFixed(1)} + 2 x ${c.toFixed(1)} compile`);
  }
  if (o.cases.includes('warm')) {
    const res = analyzeCase(engine, o, repo, 'pr-exit');
    const c = limits.compile(['kernel/exit.o']);
    report('warm, one .c (kernel/exit.c)', res, 2 * c, `2 x ${c.toFixed(1)} compile`);
  }
  if (o.cases.includes('header')) {
    const res = analyzeCase(engine, o, repo, 'pr-namei');
    const c = limits.compile(res.units.map((u) => u.replace(/\.c$/, '.o')));
    report(`warm, header (include/linux/namei.h, ${res.units.length} includers)`, res, 2 * c, `2 x ${c.toFixed(1)} compile of the includers`);
  }
  if (o.cases.includes('dist')) {
    // The push to the base branch: base = head = main, base built fully (nothing to compare).
    const push = analyzeCase(engine, o, repo, 'main', { workDir: join(o.work, 'work-dist'), baseBuild: 'full' });
    console.log(`\ndist, push run (base full build in ${join(o.work, 'work-dist')}): ${push.wallS.toFixed(1)} s wall; peak ${(push.peakKb / 1024).toFixed(0)} MB; load ${load()}\n  ${push.phases}`);
    // The PR's runner: an empty work dir but for the restored output dir (a copy, so the push run's stays as it was).
    const prWork = join(o.work, 'work-dist-pr');
    rmSync(prWork, { recursive: true, force: true });
    run(repo, ['git', 'worktree', 'prune']);
    mkdirSync(join(prWork, 'base', 'src'), { recursive: true });
    const t0 = Date.now();
    run(o.work, ['cp', '-a', '--reflink=auto', join(o.work, 'work-dist', 'base', 'src', '.lpg-out'), join(prWork, 'base', 'src', '.lpg-out')]);
    console.log(`restored (copied) the full build's output dir: ${run(o.work, ['du', '-sh', join(prWork, 'base', 'src', '.lpg-out')]).split('\t')[0]} in ${secs(t0).toFixed(1)} s (not counted)`);
    const res = analyzeCase(engine, o, repo, 'pr-fork', { workDir: prWork, baseBuild: 'full' });
    const c = limits.compile(['kernel/fork.o']);
    report('dist, one .c (kernel/fork.c), base full build restored', res, 2 * c + 15, `2 x ${c.toFixed(1)} compile + 15`);
    for (const n of res.notes) console.log(`  ${n}`);
    console.log(`  old_sympos from: ${res.symposFrom}`);
  }
  console.log('\n| case | wall (s) | limit (s) | over (s) | peak memory (MB) | load average after |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.case} | ${r.wallS.toFixed(1)} | ${r.limitS.toFixed(1)} (${r.how}) | ${r.overS.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.load} |`);
}

if (process.env.LPG_BENCH_ENGINE === '1') {
  engineMain().catch((e) => {
    process.stderr.write(`${e.stack ?? e}\n`);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    console.error(e.stack ?? e);
    process.exit(1);
  });
}
