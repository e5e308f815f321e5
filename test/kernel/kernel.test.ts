// A real Linux 6.1 tree (Debian's linux-source-6.1), fast path with defconfig: the build of base and
// head, then the whole pipeline on the same worktrees, in one analysis run. The PR is a list of edits
// (PR_EDITS): add a case there, with what it exercises, and its expected selection in EXPECTED_UNITS /
// EXPECTED_NOT_BUILT. Needs the tree from scripts/fetch-kernel.sh at
// ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}; skipped otherwise, failed in CI (kernel-tree.ts). One beforeAll builds both sides and runs
// the gate; each test reads only what it set up, so any test runs alone (jest -t).
import fs from 'node:fs';
import path from 'node:path';
import { buildSide, detectProjectKind, type BuildPlan } from '../../src/compile/index.js';
import type { Analysis, BuildResult, Report } from '../../src/model.js';
import { runGate } from '../../src/pipeline/gate.js';
import { livepatchSkeleton } from '../../src/report/skeleton.js';
import { GIT_ENV, sh, tempDir } from '../compile/helpers.js';
import { execFileSync } from 'node:child_process';
import { kernelSrc, kernelTreeAvailable } from './kernel-tree.js';

const available = kernelTreeAvailable('kernel build test');

const NEEDLE = 'pr_warn_once("exe_file_deny_write_access() failed in %s\\n", __func__);';
const NE2K = 'drivers/net/ethernet/8390/ne2k-pci.c';
const CIO = 'drivers/s390/cio/cio.c';
const MM_INIT_NEEDLE = '\tmm_init_owner(mm, p);';
const SCHED_H = 'kernel/sched/sched.h';
const UDPLITE_H = 'include/net/udplite.h';
const EXIT_C = 'kernel/exit.c';
const EXIT_NEEDLE = 'pr_info("note: %s[%d] exited with irqs disabled\\n",';
const UDPLITE_RETURN = '\treturn copy_from_iter_full(to, len, &msg->msg_iter) ? 0 : -EFAULT;';

/**
 * The PR: each edit replaces one string of a file (all must match). Edits outside functions keep line
 * counts, so no __LINE__ moves and the objects of the files they touch stay identical.
 */
const PR_EDITS: { file: string; from: string; to: string; why: string }[] = [
  {
    why: 'a static function GCC inlines into dup_mmap',
    file: 'kernel/fork.c',
    from: NEEDLE,
    to: 'pr_warn_once("exe_file: cannot deny write access in %s\\n", __func__);',
  },
  {
    why: "mm_init's task pointer escapes: base has mm_init.constprop.0.isra.0, head only .constprop.0",
    file: 'kernel/fork.c',
    from: MM_INIT_NEEDLE,
    to: `${MM_INIT_NEEDLE}\n\tif (unlikely(p->flags & PF_EXITING))\n\t\tpr_warn("mm_init: %s is exiting\\n", p->comm);`,
  },
  { why: 'a driver defconfig does not build: notBuilt, not a failure', file: NE2K, from: 'static int ne2k_pci_init_one', to: '/* probe */\nstatic int ne2k_pci_init_one' },
  { why: 'listed through a variable: mmu-$(CONFIG_MMU) := ... memory.o, obj-y += $(mmu-y)', file: 'mm/memory.c', from: ' *  linux/mm/memory.c', to: ' *  linux/mm/memory.c (edited)' },
  { why: 'a header with a handful of includers, all members of the composite ext4.o', file: 'fs/ext4/truncate.h', from: ' * Common inline functions needed', to: ' * Common inline helpers needed' },
  { why: 'a .c file Kbuild builds only as part of another TU (#include "idle.c")', file: 'kernel/sched/idle.c', from: ' * Generic entry points for the idle threads', to: ' * Generic entry points of the idle threads' },
  {
    why: "a directory's Makefile (a flag there changes code with no C line changing): every object Kbuild links from fs/ramfs/ is compiled and compared",
    file: 'fs/ramfs/Makefile',
    from: '# Makefile for the linux ramfs routines.',
    to: '# Makefile for the Linux ramfs routines.',
  },
  { why: 'a directory x86_64 never enters (arch/s390/Makefile lists drivers/s390/)', file: CIO, from: 'low level i/o calls', to: 'low-level i/o calls' },
  {
    why: 'a struct rq field under #ifdef CONFIG_SCHED_CORE, which x86_64 defconfig leaves off: a compiled-out notice, identical objects',
    file: SCHED_H,
    from: '\t/* per rq */\n\tstruct rq\t\t*core;',
    to: '\tunsigned int\t\tcore_warned; /* per rq */\n\tstruct rq\t\t*core;',
  },
  {
    // One statement on the return line: no line of the header moves (dynamic debug records __LINE__ of
    // later helpers), and an if on that line would break -Werror=misleading-indentation (CONFIG_WERROR).
    why: "a header __inline__ (notrace) kept out of line because udp_sendmsg/udpv6_sendmsg take its address: patched through them",
    file: UDPLITE_H,
    from: UDPLITE_RETURN,
    to: '\treturn unlikely(len < 0) ? -EINVAL : copy_from_iter_full(to, len, &msg->msg_iter) ? 0 : -EFAULT;',
  },
];

/**
 * What Kbuild and the compiler say the PR touches (defconfig x86_64): the units that include sched.h, and
 * the nine that include udplite.h (directly or through net/ipv{4,6}/udp_impl.h) are among them.
 */
const EXPECTED_UNITS = [
  'fs/ext4/file.c',
  'fs/ext4/indirect.c',
  'fs/ext4/inline.c',
  'fs/ext4/inode.c',
  'fs/ramfs/file-mmu.c',
  'fs/ramfs/inode.c',
  'kernel/fork.c',
  'kernel/sched/build_policy.c',
  'kernel/sched/build_utility.c',
  'kernel/sched/core.c',
  'kernel/sched/fair.c',
  'mm/memory.c',
  'net/ipv4/af_inet.c',
  'net/ipv4/proc.c',
  'net/ipv4/udp.c',
  'net/ipv4/udplite.c',
  'net/ipv6/af_inet6.c',
  'net/ipv6/ip6_checksum.c',
  'net/ipv6/ipv6_sockglue.c',
  'net/ipv6/udp.c',
  'net/ipv6/udplite.c',
];
/** The units that include kernel/sched/sched.h. */
const SCHED_UNITS = ['kernel/sched/build_policy.c', 'kernel/sched/build_utility.c', 'kernel/sched/core.c', 'kernel/sched/fair.c'];
/** The out-of-line copies of udplite_getfrag in vmlinux (sympos in symbol-table order) and who takes their address. */
const UDPLITE_COPIES = [
  { unit: 'net/ipv4/udp.c', sympos: 1, referrer: 'udp_sendmsg' },
  { unit: 'net/ipv6/udp.c', sympos: 2, referrer: 'udpv6_sendmsg' },
];
/** Sorted by source. */
const EXPECTED_NOT_BUILT = [
  { source: NE2K, reason: expect.stringMatching(/does not link ne2k-pci\.o/) },
  { source: CIO, reason: expect.stringMatching(/does not enter drivers\/s390\//) },
];


/** The PR as a commit on top of a commit of the whole tree; the repository indexes the tree without copying it. */
function commitBaseAndHead(repo: string): { base: string; head: string } {
  fs.mkdirSync(repo);
  const gitDir = path.join(repo, '.git');
  sh(repo, ['git', 'init', '-q', '-b', 'main']);
  // -f: Debian's linux-source tarball ships a .gitignore that ignores everything at the top level.
  const git = (args: string[]) => execFileSync('git', [`--git-dir=${gitDir}`, `--work-tree=${kernelSrc}`, ...args], { cwd: kernelSrc, env: GIT_ENV });
  git(['add', '-f', '-A', '.']);
  git(['commit', '-q', '-m', 'base']);
  const base = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();
  const edited = new Map<string, string>();
  for (const e of PR_EDITS) {
    const text = edited.get(e.file) ?? fs.readFileSync(path.join(kernelSrc, e.file), 'utf8');
    if (!text.includes(e.from)) throw new Error(`PR edit (${e.why}): ${e.file} does not contain ${JSON.stringify(e.from)}`);
    edited.set(e.file, text.replace(e.from, e.to));
  }
  for (const [file, text] of edited) {
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text, env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},${file}`]);
  }
  sh(repo, ['git', 'commit', '-q', '-m', 'head']);
  return { base, head: sh(repo, ['git', 'rev-parse', 'HEAD']).trim() };
}

(available ? describe : describe.skip)('a Linux tree (fast path, defconfig)', () => {
  let root: string;
  let repo: string;
  let workDir: string;
  let base: string;
  let head: string;
  let plan: BuildPlan;
  /** The first build of each side (fresh output dirs). */
  const built: Partial<Record<'base' | 'head', BuildResult>> = {};
  let report: Report;
  let analysis: Analysis;
  /** Progress lines of the first builds, and of the gate run. */
  const buildProgress: string[] = [];
  const gateProgress: string[] = [];
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    const r = await f();
    timings[name] = (Date.now() - t) / 1000;
    return r;
  };

  // Everything the tests read is made here: the repository, the first build of each side, and one gate
  // run on the same worktrees (it reuses the objects: what a second CI run on the same work dir does).
  beforeAll(async () => {
    root = tempDir('lpg-kernel-');
    repo = path.join(root, 'repo');
    ({ base, head } = await time('git init+add+commit (whole tree)', () => commitBaseAndHead(repo)));
    workDir = path.join(root, 'work');
    plan = {
      repo,
      workDir,
      kind: 'auto',
      kernelConfig: 'defconfig',
      changedPaths: [...new Set(PR_EDITS.map((e) => e.file))],
      extraCflags: [],
      ccache: 'auto',
      onProgress: (l) => buildProgress.push(l),
    };
    for (const [side, commit] of [['base', base], ['head', head]] as const) {
      built[side] = await time(`buildSide ${side} (first run)`, () => buildSide(plan, side, commit));
    }
    ({ report, analysis } = await time('runGate (objects reused)', () =>
      runGate({
        repo, base, head, workDir, kind: 'auto', kernelConfig: 'defconfig', fullBuild: false, extraCflags: [], deepEvidence: false,
        onProgress: (l) => gateProgress.push(l),
      }),
    ));
  }, 60 * 60 * 1000);
  // Two worktrees and build outputs: several GB to remove, more than the default hook timeout allows.
  afterAll(() => {
    console.log(`kernel test timings (s): ${JSON.stringify(timings, null, 1)}`);
    if (root) fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  }, 10 * 60 * 1000);

  test('builds exactly the objects Kbuild and the compiler say the PR touches, with dumps and owners', async () => {
    for (const side of ['base', 'head'] as const) {
      const result = built[side]!;
      expect(await detectProjectKind(result.sourceDir)).toBe('kernel');
      // O= is a subdirectory of the worktree (Kbuild spells the tree '..'); <side>/out links to it.
      expect(result.outputDir).toBe(path.join(workDir, side, 'src', '.lpg-out'));
      expect(fs.realpathSync(path.join(workDir, side, 'out'))).toBe(fs.realpathSync(result.outputDir));
      expect(result.units.map((u) => u.source)).toEqual(EXPECTED_UNITS);
      expect(result.units.map((u) => u.owner)).toEqual(EXPECTED_UNITS.map(() => 'vmlinux'));
      const unit = result.units.find((u) => u.source === 'kernel/fork.c')!;
      expect(unit.owner).toBe('vmlinux');
      expect(unit.object).toBe(path.join(result.outputDir, 'kernel/fork.o'));
      expect(unit.dump).toBe(path.join(result.outputDir, 'kernel/fork.c.000i.ipa-clones'));
      expect(fs.statSync(unit.dump!).size).toBeGreaterThan(0);
      expect(unit.cwd).toBe(result.outputDir);
      expect(unit.command).toEqual(expect.arrayContaining(['-fdump-ipa-clones', '-ffunction-sections', '-fdata-sections', '-c']));
      expect(unit.deps).toEqual(expect.arrayContaining(['include/linux/sched.h']));
      expect([...result.notBuilt].sort((a, b) => a.source.localeCompare(b.source))).toEqual(EXPECTED_NOT_BUILT);
      expect(result.warnings.filter((w) => /LIVEPATCH/.test(w.message))).toEqual([]);
      // In kernel/ only the units of the PR were compiled (prepare builds bounds.s, not objects).
      const objects = fs.readdirSync(path.join(result.outputDir, 'kernel')).filter((f) => f.endsWith('.o'));
      expect(objects).toEqual(['fork.o']);
      expect(fs.existsSync(path.join(result.outputDir, 'vmlinux'))).toBe(false);
      expect(fs.readFileSync(path.join(result.outputDir, '.config'), 'utf8')).toMatch(/^CONFIG_LIVEPATCH=y$/m);
    }
    // The dumps come from the side's own worktree, which Kbuild names relative to O=.
    const headDump = fs.readFileSync(path.join(workDir, 'head', 'out', 'kernel/fork.c.000i.ipa-clones'), 'utf8');
    expect(headDump).toContain(';../kernel/fork.c;');
    // Head shared base's configuration and prepared output dir instead of configuring and preparing again.
    expect(buildProgress.some((l) => /^head: sharing base's configuration and prepared output dir/.test(l))).toBe(true);
    expect(buildProgress.some((l) => /^head: configuring/.test(l))).toBe(false);
    // The ramfs objects are there because their Makefile changed (ramfs-objs: a composite of two).
    expect(buildProgress).toEqual(expect.arrayContaining([expect.stringMatching(/^base: fs\/ramfs\/Makefile changed: 2 objects Kbuild links from there compiled on both sides/)]));

    // Another run of head: worktree reused, prepare skipped.
    const progress: string[] = [];
    const again = await time('buildSide head (again, reuse)', () => buildSide({ ...plan, onProgress: (l) => progress.push(l) }, 'head', head));
    expect(again.units.map((u) => u.source)).toEqual(EXPECTED_UNITS);
    expect(progress.some((l) => /worktree reused/.test(l))).toBe(true);
    expect(progress.some((l) => /skipping make prepare/.test(l))).toBe(true);
  }, 20 * 60 * 1000);

  test('the pipeline lists what a live patch must replace, with the vanished isra clone\'s callers', () => {
    // The gate ran on the work dir the builds prepared.
    expect(gateProgress.some((l) => /skipping make prepare/.test(l))).toBe(true);
    expect(report.changes.functions.map((f) => f.name).sort()).toEqual(['dup_mm_exe_file', 'mm_init', 'udplite_getfrag']);
    expect(report.changes.functions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'dup_mm_exe_file', status: 'modified', file: 'kernel/fork.c', isStatic: true }),
        expect.objectContaining({ name: 'mm_init', status: 'modified', file: 'kernel/fork.c', isStatic: true }),
        expect.objectContaining({ name: 'udplite_getfrag', status: 'modified', file: UDPLITE_H, isStatic: true, isInline: true, inHeader: true }),
      ]),
    );
    // The driver change is a comment outside any function: a changed file, no changed function.
    expect(report.changes.functions.some((f) => f.file === NE2K)).toBe(false);
    expect(report.patch.map((o) => o.object)).toEqual(['vmlinux']);
    const fns = report.patch[0].functions;
    // GCC inlined the static dup_mm_exe_file into dup_mmap: the base dump says so, and the caller
    // carries the change (with its split .cold part).
    const dupMmap = fns.find((f) => f.symbol === 'dup_mmap');
    expect(dupMmap).toMatchObject({ file: 'kernel/fork.c', predicted: true, codeChange: 'changed' });
    expect(dupMmap?.reasons[0]).toMatchObject({ kind: 'inlined', root: 'dup_mm_exe_file', chain: ['dup_mm_exe_file', 'inlined into dup_mmap'] });
    // Nothing the object comparison found is missing, and nothing is unexplained.
    const changedCode = analysis.codeDiffs.filter((d) => d.status === 'changed').map((d) => d.symbol);
    expect(changedCode.length).toBeGreaterThan(0);
    // .cold parts travel with their parent: listed apart (notNeeded), never as klp_funcs; what livepatch
    // cannot redirect is listed apart too (unpatchable), replaced through its referrers.
    const notNeeded = report.notNeeded.flatMap((o) => o.functions.map((f) => f.symbol));
    const unpatchable = report.unpatchable.map((u) => u.symbol);
    for (const symbol of changedCode) {
      expect(symbol.includes('.cold') ? notNeeded : unpatchable.includes(symbol) ? unpatchable : fns.map((f) => f.symbol)).toContain(symbol);
    }
    expect(fns.filter((f) => f.reasons.some((r) => r.kind === 'unexplained'))).toEqual([]);
    // Every entry exists in the base vmlinux objects and has an ftrace entry (or is a .cold part).
    for (const f of fns) {
      const fact = analysis.symbolFacts.find((x) => x.side === 'base' && x.symbol === f.symbol);
      expect(fact).toBeDefined();
      if (!f.symbol.includes('.cold')) expect({ symbol: f.symbol, hasFentry: fact?.hasFentry }).toEqual({ symbol: f.symbol, hasFentry: true });
    }
    // The isra clone of mm_init exists at base only: an error, and its callers (objdump -dr of the base
    // fork.o shows mm_alloc jumping to it and copy_process, which inlines dup_mm, calling it) join the list.
    const clone = 'mm_init.constprop.0.isra.0';
    expect(report.findings.find((f) => f.ruleId === 'clone-vanished')).toMatchObject({ symbol: clone, severity: 'error', file: 'kernel/fork.c' });
    // The vanished clone itself is no klp_func (head has no body for it): listed apart, its callers patched.
    expect(fns.some((f) => f.symbol === clone)).toBe(false);
    expect(report.vanished.flatMap((o) => o.functions).find((f) => f.symbol === clone)?.reasons[0]).toMatchObject({ kind: 'clone', root: 'mm_init' });
    const callers = fns.filter((f) => f.reasons.some((r) => r.kind === 'caller-of-changed-clone' && r.root === 'mm_init')).map((f) => f.symbol);
    expect(callers).toEqual(expect.arrayContaining(['mm_alloc', 'copy_process']));
    expect(report.findings.filter((f) => f.ruleId === 'not-built').map((f) => f.file).sort()).toEqual([NE2K, CIO]);
    expect(report.findings.filter((f) => f.ruleId === 'fully-inlined').map((f) => f.symbol)).toContain('dup_mm_exe_file');
    expect(report.verdict).toBe('fail');
    expect(report.verdictReasons.join(' ')).toMatch(/clone-vanished/);
  });

  test('a struct field under a config that is off: a compiled-out notice, identical objects (issue 16)', () => {
    const layout = report.findings.filter((f) => f.ruleId === 'layout-change' && f.file === SCHED_H);
    expect(layout).toEqual([expect.objectContaining({ severity: 'notice', configuration: expect.objectContaining({ status: 'compiled-out', ruleSeverity: 'error' }) })]);
    const facts = layout[0].configuration!;
    // The #ifdef around the field, where the tree has it.
    const lines = fs.readFileSync(path.join(kernelSrc, SCHED_H), 'utf8').split('\n');
    const ifdef = lines.slice(0, lines.indexOf('\t/* per rq */')).lastIndexOf('#ifdef CONFIG_SCHED_CORE') + 1;
    expect(ifdef).toBeGreaterThan(0);
    expect(facts.evidence).toContain(`not in this configuration: CONFIG_SCHED_CORE is off (#ifdef CONFIG_SCHED_CORE at ${SCHED_H}:${ifdef})`);
    expect(facts.evidence).toContain(`struct rq is the same on base and head in the 4 translation units that include ${SCHED_H}`);
    expect(facts.conditions).toEqual([{ macro: 'CONFIG_SCHED_CORE', value: 'off', directive: '#ifdef CONFIG_SCHED_CORE', file: SCHED_H, line: ifdef }]);
    expect([...facts.units].sort()).toEqual(SCHED_UNITS);
    // The objects of the units that include sched.h compare identical: no function to patch because of it.
    for (const source of SCHED_UNITS) {
      const compared = analysis.codeDiffs.filter((d) => d.source === source);
      expect(compared.length).toBeGreaterThan(0);
      expect({ source, differ: compared.filter((d) => d.status !== 'unchanged').map((d) => d.symbol) }).toEqual({ source, differ: [] });
      expect(report.patch.flatMap((o) => o.functions).filter((f) => f.file === source || f.file === SCHED_H)).toEqual([]);
    }
    expect(report.verdictReasons.join(' ')).not.toMatch(/layout-change/);
  });

  test('a header inline kept out of line is replaced through the functions that take its address (issue 17)', () => {
    const copies = report.unpatchable.filter((u) => u.symbol === 'udplite_getfrag');
    // Each copy is the unit's (its file), from the header change (its reason).
    expect(copies.map((u) => ({ object: u.object, file: u.file, sympos: u.sympos, cause: u.cause, coverage: u.coverage }))).toEqual(
      UDPLITE_COPIES.map((c) => ({ object: 'vmlinux', file: c.unit, sympos: c.sympos, cause: 'no-ftrace-entry', coverage: 'covered' })),
    );
    for (const u of copies) expect(u.reasons).toEqual([expect.objectContaining({ kind: 'header-copy', root: 'udplite_getfrag' })]);
    for (const [i, u] of copies.entries()) {
      expect(u.referrers).toEqual([expect.objectContaining({ symbol: UDPLITE_COPIES[i].referrer, file: UDPLITE_COPIES[i].unit, kind: 'address', replacement: 'patched' })]);
      expect(u.dataReferrers).toEqual([]);
    }
    const fns = report.patch.flatMap((o) => o.functions);
    for (const c of UDPLITE_COPIES) {
      const entry = fns.find((f) => f.symbol === c.referrer);
      expect(entry).toMatchObject({ file: c.unit });
      expect(entry?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'referrer', root: 'udplite_getfrag' })]));
    }
    expect(fns.some((f) => f.symbol === 'udplite_getfrag')).toBe(false);
    // Covered: the finding that it cannot be redirected is no error.
    const noFentry = report.findings.filter((f) => f.ruleId === 'no-ftrace-entry' && f.symbol === 'udplite_getfrag');
    expect(noFentry.length).toBeGreaterThan(0);
    // One finding per copy, or one whose places name both copies.
    const where = noFentry.flatMap((f) => f.places?.map((p) => p.file) ?? [f.file]);
    expect([...new Set(where)].sort()).toEqual(UDPLITE_COPIES.map((c) => c.unit));
    for (const f of noFentry) expect(f.severity).not.toBe('error');
  });

  test("the next one-file PR on the same work dir skips make prepare: nothing prepare made reads the file (issue 11)", async () => {
    // A commit on top of head that changes kernel/exit.c, a file no output of prepare was made from.
    const text = fs.readFileSync(path.join(kernelSrc, EXIT_C), 'utf8');
    if (!text.includes(EXIT_NEEDLE)) throw new Error(`${EXIT_C} does not contain ${JSON.stringify(EXIT_NEEDLE)}`);
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text.replace(EXIT_NEEDLE, EXIT_NEEDLE.replace('with irqs disabled', 'irqs disabled')), env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},${EXIT_C}`]);
    sh(repo, ['git', 'commit', '-q', '-m', 'next PR']);
    const next = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();
    const progress: string[] = [];
    const res = await time('buildSide head (next PR, prepare skipped)', () => buildSide({ ...plan, changedPaths: [EXIT_C], onProgress: (l) => progress.push(l) }, 'head', next));
    expect(progress).toEqual(expect.arrayContaining([expect.stringMatching(/^head: make prepare skipped: nothing prepare made at [0-9a-f]{12} read a file that differs/)]));
    expect(res.units.map((u) => u.source)).toEqual([EXIT_C]);
    expect(fs.statSync(res.units[0].dump!).size).toBeGreaterThan(0);
  }, 20 * 60 * 1000);

  test('the skeleton builds as a livepatch module against the head build (issue 12)', () => {
    const dir = path.join(root, 'skeleton');
    fs.mkdirSync(dir);
    const skeleton = livepatchSkeleton(report);
    // The skeleton declares the replacement functions; the module's second file gives them stub bodies.
    const replacements = [...skeleton.matchAll(/^void (livepatch_\w+)\(void\);/gm)].map((m) => m[1]);
    expect(replacements.length).toBe(report.patch.flatMap((o) => o.functions).length);
    fs.writeFileSync(path.join(dir, 'skeleton.c'), skeleton);
    fs.writeFileSync(path.join(dir, 'bodies.c'), ['#include <linux/kernel.h>', '', ...replacements.map((r) => `void ${r}(void);\nvoid ${r}(void)\n{\n}\n`)].join('\n'));
    fs.writeFileSync(path.join(dir, 'Kbuild'), 'obj-m := lpg_pr.o\nlpg_pr-y := skeleton.o bodies.o\n');
    const headBuild = built.head!;
    // make prepare (what the fast path runs) does not write scripts/module.lds, which linking a .ko needs.
    // The fast path builds no vmlinux, so there is no Module.symvers: modpost warns about the symbols the
    // module imports (klp_enable_patch) instead of checking them; KBUILD_MODPOST_WARN=1 says so explicitly.
    const make = (args: string[]) =>
      execFileSync('make', ['-C', headBuild.sourceDir, `O=${headBuild.outputDir}`, '-j2', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    make(['modules_prepare']);
    make([`M=${dir}`, 'KBUILD_MODPOST_WARN=1', 'modules']);
    const ko = path.join(dir, 'lpg_pr.ko');
    expect(fs.existsSync(ko)).toBe(true);
    const modinfo = (field: string) => execFileSync('modinfo', ['-F', field, ko], { encoding: 'utf8' }).trim();
    expect(modinfo('livepatch')).toBe('Y');
    expect(modinfo('license')).toBe('GPL');
  }, 20 * 60 * 1000);
});
