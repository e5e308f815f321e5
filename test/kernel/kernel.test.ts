// A real Linux 6.1 tree (Debian's linux-source-6.1), fast path with defconfig: the build of base and
// head, then the whole pipeline on the same worktrees, in one analysis run. The PR is a list of edits
// (PR_EDITS): add a case there, with what it exercises, and its expected selection in EXPECTED_UNITS /
// EXPECTED_NOT_BUILT. Needs the tree from scripts/fetch-kernel.sh at
// ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}; skipped otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { buildSide, detectProjectKind, type BuildPlan } from '../../src/build/index.js';
import { runGate } from '../../src/pipeline/gate.js';
import { GIT_ENV, sh, tempDir } from '../build/helpers.js';
import { execFileSync } from 'node:child_process';

const kernelSrc = process.env.LPG_KERNEL_SRC ?? path.resolve(process.cwd(), '.cache/linux-6.1');
const available = fs.existsSync(path.join(kernelSrc, 'Makefile')) && fs.existsSync(path.join(kernelSrc, 'Kconfig'));
if (!available) {
  console.log(`kernel build test skipped: no kernel tree at ${kernelSrc} (run scripts/fetch-kernel.sh or set LPG_KERNEL_SRC)`);
}

const NEEDLE = 'pr_warn_once("exe_file_deny_write_access() failed in %s\\n", __func__);';
const NE2K = 'drivers/net/ethernet/8390/ne2k-pci.c';
const CIO = 'drivers/s390/cio/cio.c';
const MM_INIT_NEEDLE = '\tmm_init_owner(mm, p);';

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
  { why: 'a directory x86_64 never enters (arch/s390/Makefile lists drivers/s390/)', file: CIO, from: 'low level i/o calls', to: 'low-level i/o calls' },
];

/** What Kbuild and the compiler say the PR touches (defconfig x86_64). */
const EXPECTED_UNITS = [
  'fs/ext4/file.c',
  'fs/ext4/indirect.c',
  'fs/ext4/inline.c',
  'fs/ext4/inode.c',
  'kernel/fork.c',
  'kernel/sched/build_policy.c',
  'mm/memory.c',
];
/** Sorted by source. */
const EXPECTED_NOT_BUILT = [
  { source: NE2K, reason: expect.stringMatching(/does not link ne2k-pci\.o/) },
  { source: CIO, reason: expect.stringMatching(/does not enter drivers\/s390\//) },
];

(available ? describe : describe.skip)('a Linux tree (fast path, defconfig)', () => {
  let root: string;
  let repo: string;
  let workDir: string;
  let base: string;
  let head: string;
  beforeAll(() => {
    root = tempDir('lpg-kernel-');
  });
  // Two worktrees and build outputs: several GB to remove, more than the default hook timeout allows.
  afterAll(() => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 }), 10 * 60 * 1000);

  test('builds exactly the objects Kbuild and the compiler say the PR touches, with dumps and owners', async () => {
    const timings: Record<string, number> = {};
    const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
      const t = Date.now();
      const r = await f();
      timings[name] = (Date.now() - t) / 1000;
      return r;
    };
    repo = path.join(root, 'repo');
    fs.mkdirSync(repo);
    const gitDir = path.join(repo, '.git');
    // The repository indexes the cached tree without copying it (its own working tree stays empty).
    base = await time('git init+add+commit (whole tree)', () => {
      sh(repo, ['git', 'init', '-q', '-b', 'main']);
      // -f: Debian's linux-source tarball ships a .gitignore that ignores everything at the top level.
      const git = (args: string[]) =>
        execFileSync('git', [`--git-dir=${gitDir}`, `--work-tree=${kernelSrc}`, ...args], { cwd: kernelSrc, env: GIT_ENV });
      git(['add', '-f', '-A', '.']);
      git(['commit', '-q', '-m', 'base']);
      return sh(repo, ['git', 'rev-parse', 'HEAD']).trim();
    });
    const edited = new Map<string, string>();
    for (const e of PR_EDITS) {
      const text = edited.get(e.file) ?? fs.readFileSync(path.join(kernelSrc, e.file), 'utf8');
      expect({ file: e.file, found: text.includes(e.from) }).toEqual({ file: e.file, found: true });
      edited.set(e.file, text.replace(e.from, e.to));
    }
    for (const [file, text] of edited) {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text, env: GIT_ENV, encoding: 'utf8' }).trim();
      sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},${file}`]);
    }
    sh(repo, ['git', 'commit', '-q', '-m', 'head']);
    head = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();

    workDir = path.join(root, 'work');
    const progress: string[] = [];
    const plan: BuildPlan = {
      repo,
      workDir,
      kind: 'auto',
      kernelConfig: 'defconfig',
      changedPaths: [...new Set(PR_EDITS.map((e) => e.file))],
      extraCflags: [],
      ccache: 'auto',
      onProgress: (l) => progress.push(l),
    };
    for (const [side, commit] of [['base', base], ['head', head]] as const) {
      const result = await time(`buildSide ${side} (first run)`, () => buildSide(plan, side, commit));
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
      // Only fork.o was compiled in kernel/ (prepare builds bounds.s, not objects).
      const objects = fs.readdirSync(path.join(result.outputDir, 'kernel')).filter((f) => f.endsWith('.o'));
      expect(objects).toEqual(['fork.o']);
      expect(fs.existsSync(path.join(result.outputDir, 'vmlinux'))).toBe(false);
      expect(fs.readFileSync(path.join(result.outputDir, '.config'), 'utf8')).toMatch(/^CONFIG_LIVEPATCH=y$/m);
    }
    // The dumps come from the side's own worktree, which Kbuild names relative to O=.
    const headDump = fs.readFileSync(path.join(workDir, 'head', 'out', 'kernel/fork.c.000i.ipa-clones'), 'utf8');
    expect(headDump).toContain(';../kernel/fork.c;');
    // Head shared base's configuration and prepared output dir instead of configuring and preparing again.
    expect(progress.some((l) => /^head: sharing base's configuration and prepared output dir/.test(l))).toBe(true);
    expect(progress.some((l) => /^head: configuring/.test(l))).toBe(false);

    // Second run of head: worktree reused, prepare skipped.
    progress.length = 0;
    const again = await time('buildSide head (second run, reuse)', () => buildSide(plan, 'head', head));
    expect(again.units.map((u) => u.source)).toEqual(EXPECTED_UNITS);
    expect(progress.some((l) => /worktree reused/.test(l))).toBe(true);
    expect(progress.some((l) => /skipping make prepare/.test(l))).toBe(true);
    console.log(`kernel build timings (s): ${JSON.stringify(timings, null, 1)}`);
  }, 40 * 60 * 1000);

  test('the pipeline lists what a live patch must replace, with the vanished isra clone\'s callers', async () => {
    // Same repository and work dir: the worktrees and objects of the build test are reused.
    const progress: string[] = [];
    const { report, analysis } = await runGate({
      repo, base, head, workDir, kind: 'auto', kernelConfig: 'defconfig', fullBuild: false, extraCflags: [], deepEvidence: false,
      onProgress: (l) => progress.push(l),
    });
    expect(progress.some((l) => /skipping make prepare/.test(l))).toBe(true);
    expect(report.changes.functions).toEqual([
      expect.objectContaining({ name: 'dup_mm_exe_file', status: 'modified', file: 'kernel/fork.c', isStatic: true }),
      expect.objectContaining({ name: 'mm_init', status: 'modified', file: 'kernel/fork.c', isStatic: true }),
    ]);
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
    // .cold parts travel with their parent: listed apart (notNeeded), never as klp_funcs.
    const notNeeded = report.notNeeded.flatMap((o) => o.functions.map((f) => f.symbol));
    for (const symbol of changedCode) expect(symbol.includes('.cold') ? notNeeded : fns.map((f) => f.symbol)).toContain(symbol);
    expect(fns.filter((f) => f.reasons.some((r) => r.kind === 'unexplained'))).toEqual([]);
    // Every entry exists in the base vmlinux object of fork.c and has an ftrace entry (or is a .cold part).
    for (const f of fns) {
      const fact = analysis.symbolFacts.find((x) => x.side === 'base' && x.symbol === f.symbol);
      expect(fact).toBeDefined();
      if (!f.symbol.includes('.cold')) expect(fact?.hasFentry).toBe(true);
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
  }, 20 * 60 * 1000);
});
