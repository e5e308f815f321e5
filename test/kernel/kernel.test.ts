// A real Linux 6.1 tree (Debian's linux-source-6.1), fast path with defconfig: the build of base and
// head, then the whole pipeline on the same worktrees: the PR changes a static function in
// kernel/fork.c (and a driver defconfig does not build). Needs the tree from scripts/fetch-kernel.sh
// at ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}; skipped otherwise.
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
const MM_INIT_NEEDLE = '\tmm_init_owner(mm, p);';

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

  test('builds only the changed object on both sides, with dumps and owner vmlinux', async () => {
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
    const fork = fs.readFileSync(path.join(kernelSrc, 'kernel/fork.c'), 'utf8');
    expect(fork).toContain(NEEDLE);
    // Head changes the static function dup_mm_exe_file (GCC inlines it into dup_mmap), and makes
    // mm_init's task pointer escape: base has mm_init.constprop.0.isra.0 (IPA-CP, then IPA-SRA), head
    // only mm_init.constprop.0, so the running callers of the isra clone must be replaced too.
    expect(fork).toContain(MM_INIT_NEEDLE);
    const changed = fork
      .replace(NEEDLE, 'pr_warn_once("exe_file: cannot deny write access in %s\\n", __func__);')
      .replace(MM_INIT_NEEDLE, `${MM_INIT_NEEDLE}\n\tif (unlikely(p->flags & PF_EXITING))\n\t\tpr_warn("mm_init: %s is exiting\\n", p->comm);`);
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: changed, env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},kernel/fork.c`]);
    // ... and touches a driver x86_64 defconfig does not build.
    const ne2k = fs.readFileSync(path.join(kernelSrc, NE2K), 'utf8').replace('static int ne2k_pci_init_one', '/* probe */\nstatic int ne2k_pci_init_one');
    const ne2kBlob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: ne2k, env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${ne2kBlob},${NE2K}`]);
    sh(repo, ['git', 'commit', '-q', '-m', 'head']);
    head = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();

    workDir = path.join(root, 'work');
    const progress: string[] = [];
    const plan: BuildPlan = {
      repo,
      workDir,
      kind: 'auto',
      kernelConfig: 'defconfig',
      // ne2k-pci.c is not built by x86_64 defconfig: reported as notBuilt, not a failure.
      changedPaths: ['kernel/fork.c', NE2K],
      extraCflags: [],
      ccache: 'auto',
      onProgress: (l) => progress.push(l),
    };
    for (const [side, commit] of [['base', base], ['head', head]] as const) {
      const result = await time(`buildSide ${side} (first run)`, () => buildSide(plan, side, commit));
      expect(await detectProjectKind(result.sourceDir)).toBe('kernel');
      expect(result.outputDir).toBe(path.join(workDir, side, 'out'));
      expect(result.units.map((u) => u.source)).toEqual(['kernel/fork.c']);
      const unit = result.units[0];
      expect(unit.owner).toBe('vmlinux');
      expect(unit.object).toBe(path.join(result.outputDir, 'kernel/fork.o'));
      expect(unit.dump).toBe(path.join(result.outputDir, 'kernel/fork.c.000i.ipa-clones'));
      expect(fs.statSync(unit.dump!).size).toBeGreaterThan(0);
      expect(unit.cwd).toBe(result.outputDir);
      expect(unit.command).toEqual(expect.arrayContaining(['-fdump-ipa-clones', '-ffunction-sections', '-fdata-sections', '-c']));
      expect(unit.deps).toEqual(expect.arrayContaining(['include/linux/sched.h']));
      expect(result.notBuilt).toEqual([
        { source: NE2K, reason: expect.stringMatching(/CONFIG_NE2K_PCI|not enabled/) },
      ]);
      expect(result.warnings.filter((w) => /LIVEPATCH/.test(w.message))).toEqual([]);
      // Only fork.o was compiled in kernel/ (prepare builds bounds.s, not objects).
      const objects = fs.readdirSync(path.join(result.outputDir, 'kernel')).filter((f) => f.endsWith('.o'));
      expect(objects).toEqual(['fork.o']);
      expect(fs.existsSync(path.join(result.outputDir, 'vmlinux'))).toBe(false);
      expect(fs.readFileSync(path.join(result.outputDir, '.config'), 'utf8')).toMatch(/^CONFIG_LIVEPATCH=y$/m);
    }
    // The dumps really come from the two sides' sources.
    const headDump = fs.readFileSync(path.join(workDir, 'head', 'out', 'kernel/fork.c.000i.ipa-clones'), 'utf8');
    expect(headDump).toContain(path.join(workDir, 'head', 'src', 'kernel/fork.c'));

    // Second run of head: worktree reused, prepare skipped.
    progress.length = 0;
    const again = await time('buildSide head (second run, reuse)', () => buildSide(plan, 'head', head));
    expect(again.units.map((u) => u.source)).toEqual(['kernel/fork.c']);
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
    for (const symbol of changedCode) expect(fns.map((f) => f.symbol)).toContain(symbol);
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
    expect(fns.find((f) => f.symbol === clone)?.reasons[0]).toMatchObject({ kind: 'clone', root: 'mm_init' });
    const callers = fns.filter((f) => f.reasons.some((r) => r.kind === 'caller-of-changed-clone' && r.root === 'mm_init')).map((f) => f.symbol);
    expect(callers).toEqual(expect.arrayContaining(['mm_alloc', 'copy_process']));
    expect(report.findings.find((f) => f.ruleId === 'not-built')).toMatchObject({ file: NE2K, severity: 'warning' });
    expect(report.findings.filter((f) => f.ruleId === 'fully-inlined').map((f) => f.symbol)).toContain('dup_mm_exe_file');
    expect(report.verdict).toBe('fail');
    expect(report.verdictReasons.join(' ')).toMatch(/clone-vanished/);
  }, 20 * 60 * 1000);
});
