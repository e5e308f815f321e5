// Build stage: builds one side of the PR (base or head) in its own worktree under workDir with clone
// dumps enabled, and says which translation units it compiled. The user's checkout is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTarget } from '../architectures.js';
import { GitError } from '../adapters/git.js';
import { BuildError, type BuildResult, type Side } from '../model.js';
import { buildWithCommand } from './command-build.js';
import type { SideContext } from './context.js';
import { buildKernel } from './kernel-build.js';
import { OUT_DIR_NAME } from './kbuild-outdir.js';
import { prepareWorktree, type WorktreeState } from './worktree.js';

export interface BuildPlan {
  /** The user's checkout (untouched). */
  repo: string;
  /** Worktrees, outputs and logs go here; keep it between runs for reuse. */
  workDir: string;
  /** 'auto': a Linux tree (Makefile with VERSION/PATCHLEVEL + Kconfig + arch/) is 'kernel'. */
  kind: 'auto' | 'kernel' | 'command';
  /** Non-kernel: the build command, run with `sh -c` in the worktree. */
  command?: string;
  /** Kernel: a .config path (absolute or repo-relative) or a make target; default 'defconfig'. */
  kernelConfig?: string;
  /** Kernel: build vmlinux + modules instead of only the objects the PR can change. */
  fullBuild?: boolean;
  /** Kernel: what base builds when fullBuild is off (BASE_BUILDS); default 'touched'. */
  baseBuild?: BaseBuild;
  /** Repo-relative paths the PR touches (both names of renames). */
  changedPaths: string[];
  extraCflags: string[];
  /** Target architecture (x86_64, arm64, ppc64le, s390x or an alias); default: the host's. */
  arch?: string;
  /** Toolchain prefix (aarch64-linux-gnu-); default with `arch`: Debian's cross prefix unless native. */
  crossCompile?: string;
  /** Default os.availableParallelism(). */
  jobs?: number;
  ccache?: 'auto' | 'on' | 'off';
  onProgress?: (line: string) => void;
  /** Called as each side enters a phase ('base: worktree', 'head: objects', ...). */
  onPhase?: (phase: string) => void;
}

/**
 * What base builds on the kernel path, the one definition both front doors parse (`base-build` /
 * `--base-build`): 'touched', only the objects the change touches (like head); 'full', vmlinux and
 * modules (reused from a restored cache when it is at base, brought up to date when older): its
 * recorded deps select both sides' objects, old_sympos comes from its vmlinux and modules, and head
 * still builds only the touched objects.
 */
export const BASE_BUILDS = ['touched', 'full'] as const;
export type BaseBuild = (typeof BASE_BUILDS)[number];

/** A base-build value, or an error naming the accepted ones (each door says which option it was). */
export function baseBuildNamed(value: string): BaseBuild {
  const v = value.trim();
  if ((BASE_BUILDS as readonly string[]).includes(v)) return v as BaseBuild;
  throw new Error(`must be ${BASE_BUILDS.join(' or ')}, not '${value}'`);
}

/** The flags every build gets: clone dumps, and one section per function/data object for comparison. */
export const DUMP_FLAGS = ['-fdump-ipa-clones', '-ffunction-sections', '-fdata-sections'];

/** A Linux tree: top Makefile with VERSION/PATCHLEVEL, a Kconfig and arch/. */
export async function detectProjectKind(dir: string): Promise<'kernel' | 'command'> {
  try {
    const makefile = await fs.promises.readFile(path.join(dir, 'Makefile'), 'utf8');
    const kbuild = /^VERSION\s*=/m.test(makefile) && /^PATCHLEVEL\s*=/m.test(makefile);
    const rest = fs.existsSync(path.join(dir, 'Kconfig')) && fs.statSync(path.join(dir, 'arch')).isDirectory();
    return kbuild && rest ? 'kernel' : 'command';
  } catch {
    return 'command';
  }
}

export async function buildSide(plan: BuildPlan, side: Side, commit: string): Promise<BuildResult> {
  const started = Date.now();
  const workDir = path.resolve(plan.workDir);
  const sideDir = path.join(workDir, side);
  const srcDir = path.join(sideDir, 'src');
  const logFile = path.join(sideDir, 'build.log');
  fs.mkdirSync(sideDir, { recursive: true });
  fs.writeFileSync(logFile, `# livepatch-gate ${side} build of ${commit}\n`);
  const progress = (line: string) => plan.onProgress?.(`${side}: ${line}`);

  let worktree: WorktreeState;
  plan.onPhase?.(`${side} worktree`);
  try {
    // The kernel output dir lives in the worktree (docs/building.md): kept when the worktree is re-made.
    // Head's files are linked from base's worktree when it has to be made (a fraction of a checkout).
    worktree = await prepareWorktree(path.resolve(plan.repo), srcDir, commit, { keep: OUT_DIR_NAME, ...(side === 'head' ? { linkFrom: path.join(workDir, 'base', 'src') } : {}) });
  } catch (e) {
    // Name the git command that failed (a checkout of a reused worktree is not a `worktree add`).
    const command = e instanceof GitError ? `git ${e.args.join(' ')}` : `git worktree add ${srcDir} ${commit}`;
    throw new BuildError(side, command, (e as Error).message);
  }
  progress(`worktree ${worktree} at ${commit.slice(0, 12)}`);

  const ccache = findCcache(plan.ccache ?? 'auto');
  const ctx: SideContext = {
    side,
    commit,
    repo: path.resolve(plan.repo),
    workDir,
    sideDir,
    srcDir,
    logFile,
    flags: [...DUMP_FLAGS, ...plan.extraCflags],
    target: buildTarget(plan.arch, plan.crossCompile),
    jobs: plan.jobs ?? os.availableParallelism(),
    ccache: ccache.path,
    changedPaths: plan.changedPaths,
    worktree,
    progress,
    phase: (name) => plan.onPhase?.(`${side} ${name}`),
  };
  const warnings = ccache.warning ? [ccache.warning] : [];

  const detected = await detectProjectKind(srcDir);
  const kind = plan.kind === 'auto' ? detected : plan.kind;
  if (kind === 'kernel' && detected !== 'kernel') {
    throw new BuildError(
      side,
      '(none)',
      '',
      `${side} build: a kernel build was asked for (--kind kernel), but ${commit.slice(0, 12)} is not a Linux tree (no top Makefile with VERSION and PATCHLEVEL, Kconfig and arch/): use --kind auto, or --kind command with --build-command`,
    );
  }
  if (kind === 'kernel') {
    const out = await buildKernel(ctx, { kernelConfig: plan.kernelConfig, fullBuild: plan.fullBuild ?? false, baseFull: plan.baseBuild === 'full' });
    return {
      side,
      commit,
      sourceDir: srcDir,
      outputDir: out.outputDir,
      kind: 'kernel',
      ...(out.linked ? { linked: true } : {}),
      units: out.units,
      notBuilt: out.notBuilt,
      ...(out.gaps.length > 0 ? { gaps: out.gaps } : {}),
      seconds: (Date.now() - started) / 1000,
      warnings: [...warnings, ...out.warnings],
    };
  }
  // A Makefile at the top is the common case: build it with make unless told otherwise.
  const command = plan.command || (['Makefile', 'makefile', 'GNUmakefile'].some((f) => fs.existsSync(path.join(ctx.srcDir, f))) ? 'make' : undefined);
  if (!command) {
    throw new BuildError(side, '(none)', '', `${side} build: not a Linux tree, no Makefile at the top, and no build command given (set build-command / --build-command, e.g. 'cmake -B build && cmake --build build')`);
  }
  if (!plan.command) ctx.progress('no build command given: using make (there is a Makefile)');
  // Named like the kernel path's phases, so the phase summary counts the compile as the build it is.
  ctx.phase('build');
  const out = await buildWithCommand(ctx, command);
  return {
    side,
    commit,
    sourceDir: srcDir,
    outputDir: srcDir,
    kind: 'command',
    units: out.units,
    notBuilt: [],
    gaps: out.gaps,
    seconds: (Date.now() - started) / 1000,
    warnings: [...warnings, ...out.warnings],
  };
}

function findCcache(mode: 'auto' | 'on' | 'off'): { path?: string; warning?: BuildResult['warnings'][number] } {
  if (mode === 'off') return {};
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir || '.', 'ccache');
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return { path: p };
    } catch {
      // not in this PATH entry
    }
  }
  return mode === 'on' ? { warning: { source: 'build', message: 'ccache requested but not found on PATH: building without it' } } : {};
}
