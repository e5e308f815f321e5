// Real Linux 6.1 objects of another architecture: s390x (big-endian, -mfentry -mnop-mcount
// -mrecord-mcount ftrace entries), cross-compiled with Debian's s390x-linux-gnu-gcc 12 through the
// fast path (defconfig + LIVEPATCH), then the whole pipeline once. The PR changes kernel/fork.c like the
// x86_64 test. Then the same work dir built for x86_64 (a local matrix run with the default work dir). Needs the tree of scripts/fetch-kernel.sh at ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}
// (skipped without it, failed in CI: kernel-tree.ts); the cross compiler is installed by .ci/run and its absence fails the test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EM_S390 } from '../../src/architectures.js';
import { readObject } from '../../src/compare/elf.js';
import { preparedArchitectures } from '../../src/compile/kbuild-outdir.js';
import { runGate } from '../../src/pipeline/gate.js';
import { GIT_ENV, sh, tempDir } from '../compile/helpers.js';
import { kernelSrc, kernelTreeAvailable } from './kernel-tree.js';

const available = kernelTreeAvailable('s390x kernel test');

const NEEDLE = 'pr_warn_once("exe_file_deny_write_access() failed in %s\\n", __func__);';
const MM_INIT_NEEDLE = '\tmm_init_owner(mm, p);';

(available ? describe : describe.skip)('a Linux 6.1 tree cross-built for s390x (fast path, defconfig)', () => {
  let root: string;
  // The repository and work dir of the s390x run, which the next test builds for x86_64.
  let repo: string;
  let base: string;
  let workDir: string;
  let changedFork: string;
  beforeAll(() => {
    root = tempDir('lpg-kernel-s390x-');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 }), 10 * 60 * 1000);

  test('lists what a live patch must replace, from big-endian s390x objects with their ftrace entries', async () => {
    expect(execFileSync('s390x-linux-gnu-gcc', ['-dumpversion'], { encoding: 'utf8' }).trim()).toMatch(/^\d+/);
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
    await time('git init+add+commit (whole tree)', () => {
      sh(repo, ['git', 'init', '-q', '-b', 'main']);
      const git = (args: string[]) => execFileSync('git', [`--git-dir=${gitDir}`, `--work-tree=${kernelSrc}`, ...args], { cwd: kernelSrc, env: GIT_ENV });
      git(['add', '-f', '-A', '.']);
      git(['commit', '-q', '-m', 'base']);
    });
    base = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();
    const fork = fs.readFileSync(path.join(kernelSrc, 'kernel/fork.c'), 'utf8');
    expect(fork).toContain(NEEDLE);
    expect(fork).toContain(MM_INIT_NEEDLE);
    const changed = (changedFork = fork
      .replace(NEEDLE, 'pr_warn_once("exe_file: cannot deny write access in %s\\n", __func__);')
      .replace(MM_INIT_NEEDLE, `${MM_INIT_NEEDLE}\n\tif (unlikely(p->flags & PF_EXITING))\n\t\tpr_warn("mm_init: %s is exiting\\n", p->comm);`));
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: changed, env: GIT_ENV, encoding: 'utf8' }).trim();
    sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},kernel/fork.c`]);
    sh(repo, ['git', 'commit', '-q', '-m', 'head']);
    const head = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();

    workDir = path.join(root, 'work');
    const progress: { at: number; line: string }[] = [];
    const started = Date.now();
    const { report, analysis } = await time('runGate (both sides: config, prepare, fork.o; analysis)', () =>
      runGate({
        repo, base, head, workDir, kind: 'auto', kernelConfig: 'defconfig', fullBuild: false, extraCflags: [], deepEvidence: false,
        arch: 's390x', jobs: 2,
        onProgress: (line) => progress.push({ at: (Date.now() - started) / 1000, line }),
      }),
    );
    console.log(`s390x kernel timings (s): ${JSON.stringify(timings, null, 1)}\nprogress:\n${progress.map((p) => `${p.at.toFixed(1).padStart(7)} ${p.line}`).join('\n')}`);

    // The build really is s390x: ARCH= and CROSS_COMPILE= reached make, the config is s390 with LIVEPATCH.
    const config = fs.readFileSync(path.join(workDir, 'base', 'out', '.config'), 'utf8');
    expect(config).toMatch(/^CONFIG_S390=y$/m);
    expect(config).toMatch(/^CONFIG_LIVEPATCH=y$/m);
    expect(fs.readFileSync(path.join(workDir, 'base', 'build.log'), 'utf8')).toMatch(/ARCH=s390 CROSS_COMPILE=s390x-linux-gnu-|ARCH=s390.*CROSS_COMPILE=s390x-linux-gnu-/);
    const object = await readObject(path.join(workDir, 'base', 'out', 'kernel/fork.o'));
    expect(object).toMatchObject({ machine: EM_S390, bigEndian: true });
    expect(report.codestream?.arch).toBe('s390x');
    expect(report.warnings.filter((w) => /LIVEPATCH|live patching/.test(w.message))).toEqual([]);

    expect(report.changes.functions).toEqual([
      expect.objectContaining({ name: 'dup_mm_exe_file', status: 'modified', file: 'kernel/fork.c' }),
      expect.objectContaining({ name: 'mm_init', status: 'modified', file: 'kernel/fork.c' }),
    ]);
    expect(report.patch.map((o) => o.object)).toEqual(['vmlinux']);
    const fns = report.patch[0].functions;
    // Everything whose machine code changed is in the list, and explained by the clone graph.
    const changedCode = analysis.codeDiffs.filter((d) => d.status === 'changed').map((d) => d.symbol);
    expect(changedCode.length).toBeGreaterThan(0);
    for (const symbol of changedCode) expect(fns.map((f) => f.symbol)).toContain(symbol);
    expect(fns.filter((f) => f.reasons.some((r) => r.kind === 'unexplained'))).toEqual([]);
    // s390's ftrace entries (a jgnop recorded in __mcount_loc) are found on every function to patch.
    expect(object.sections.some((s) => s.name === '__mcount_loc')).toBe(true);
    for (const f of fns.filter((x) => x.codeChange !== 'removed' && !x.symbol.includes('.cold'))) {
      const fact = analysis.symbolFacts.find((x) => x.side === 'base' && x.symbol === f.symbol);
      expect(fact?.hasFentry).toBe(true);
    }
    expect(report.findings.filter((f) => f.ruleId === 'no-ftrace-entry')).toEqual([]);
  }, 60 * 60 * 1000);

  // The same work dir, now for x86_64: Kbuild would configure over the s390 build and leave its
  // generated headers and objects beside x86's; the arch/ tree the selection reads must be x86's.
  test('a work dir built for s390x and then for x86_64 is emptied first, and x86 Makefiles are its build inputs', async () => {
    expect(workDir).toBeDefined();
    expect(preparedArchitectures(path.join(workDir, 'base', 'out'))).toEqual(['s390']);
    const makefile = fs.readFileSync(path.join(kernelSrc, 'arch/x86/Makefile'), 'utf8');
    for (const [file, text] of [['kernel/fork.c', changedFork], ['arch/x86/Makefile', `${makefile}# a comment\n`]]) {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: text, env: GIT_ENV, encoding: 'utf8' }).trim();
      sh(repo, ['git', 'update-index', '--cacheinfo', `100644,${blob},${file}`]);
    }
    sh(repo, ['git', 'commit', '-q', '-m', 'x86 head']);
    const head = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();
    const progress: string[] = [];
    const { analysis } = await runGate({
      repo, base, head, workDir, kind: 'auto', kernelConfig: 'defconfig', fullBuild: false, extraCflags: [], deepEvidence: false,
      arch: 'x86_64', jobs: 2, onProgress: (line) => progress.push(line),
    });
    expect(progress.filter((l) => /holds a build for arch\/s390, not arch\/x86 \(x86_64\): emptied/.test(l)).length).toBeGreaterThanOrEqual(1);
    for (const side of ['base', 'head']) expect(preparedArchitectures(path.join(workDir, side, 'out'))).toEqual(['x86']);
    // The x86 architecture Makefile changes how any object is built: the fast path cannot bound it.
    expect(analysis.notAnalysed.map((n) => n.file)).toContain('arch/x86/Makefile');
  }, 60 * 60 * 1000);
});
