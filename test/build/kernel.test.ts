// Builds a real Linux 6.1 tree (fast path, defconfig) at base and head. Needs the tree from
// scripts/fetch-kernel.sh at ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}; skipped otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { buildSide, detectProjectKind, type BuildPlan } from '../../src/build/index.js';
import { GIT_ENV, sh, tempDir } from './helpers.js';
import { execFileSync } from 'node:child_process';

const kernelSrc = process.env.LPG_KERNEL_SRC ?? path.resolve(process.cwd(), '.cache/linux-6.1');
const available = fs.existsSync(path.join(kernelSrc, 'Makefile')) && fs.existsSync(path.join(kernelSrc, 'Kconfig'));
if (!available) {
  console.log(`kernel build test skipped: no kernel tree at ${kernelSrc} (run scripts/fetch-kernel.sh or set LPG_KERNEL_SRC)`);
}

const NEEDLE = 'pr_warn_once("exe_file_deny_write_access() failed in %s\\n", __func__);';

(available ? describe : describe.skip)('buildSide on a Linux tree (fast path)', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('lpg-kernel-');
  });
  // Two worktrees and build outputs: several GB to remove, more than the default hook timeout allows.
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }), 10 * 60 * 1000);

  test('builds only the changed object on both sides, with dumps and owner vmlinux', async () => {
    const timings: Record<string, number> = {};
    const time = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
      const t = Date.now();
      const r = await f();
      timings[name] = (Date.now() - t) / 1000;
      return r;
    };
    const repo = path.join(root, 'repo');
    fs.mkdirSync(repo);
    const gitDir = path.join(repo, '.git');
    // The repository indexes the cached tree without copying it (its own working tree stays empty).
    const base = await time('git init+add+commit (whole tree)', () => {
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
    // Head changes the static function dup_mm_exe_file.
    const changed = fork.replace(NEEDLE, 'pr_warn_once("exe_file: cannot deny write access in %s\\n", __func__);');
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: changed, env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},kernel/fork.c`]);
    sh(repo, ['git', 'commit', '-q', '-m', 'head']);
    const head = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();

    const workDir = path.join(root, 'work');
    const progress: string[] = [];
    const plan: BuildPlan = {
      repo,
      workDir,
      kind: 'auto',
      kernelConfig: 'defconfig',
      // ne2k-pci.c is not built by x86_64 defconfig: reported as notBuilt, not a failure.
      changedPaths: ['kernel/fork.c', 'drivers/net/ethernet/8390/ne2k-pci.c'],
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
        { source: 'drivers/net/ethernet/8390/ne2k-pci.c', reason: expect.stringMatching(/CONFIG_NE2K_PCI|not enabled/) },
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
});
