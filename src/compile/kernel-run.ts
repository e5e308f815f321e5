// One side's kernel build in progress: its options, its output dir and that dir's recorded state, and
// the make it runs. Shared by the build's passes (kernel-build.ts) and the object selection
// (kernel-select.ts).
import path from 'node:path';
import type { Architecture } from '../architectures.js';
import type { Warning } from '../model.js';
import type { SideContext } from './context.js';
import { repoRelative } from './kbuild.js';
import { OUT_DIR_NAME, saveOutDirState, type OutDirState } from './kbuild-outdir.js';

export interface KernelOptions {
  kernelConfig?: string;
  /** Both sides build vmlinux + modules. */
  fullBuild: boolean;
  /**
   * The distribution pattern: base's output dir is (or is made) a full build of base, whose recorded
   * deps select the objects of both sides and whose objects base reuses when proven; head builds only
   * those objects, starting from a copy of the full build's prepared files (not its objects).
   */
  baseFull?: boolean;
}

/** One side's kernel build: its output dir, the state of that dir, and what the passes found. */
export interface KernelRun {
  ctx: SideContext;
  opts: KernelOptions;
  /** What the build is for: ARCH= (kernelArch), and the arch/ tree Kbuild builds from (srcArch). */
  arch: Architecture;
  /** <side>/src/.lpg-out (Kbuild's O=, a direct subdirectory of the tree). */
  out: string;
  make: MakeRunner;
  /** The user's config file, when kernelConfig names one. */
  configFile: string | null;
  configStamp: string;
  state: OutDirState;
  warnings: Warning[];
  notBuilt: { source: string; reason: string }[];
}

export type MakeRunner = (args: string[], progress?: boolean, line?: (l: string) => string | null) => Promise<void>;

/** Every change of the output dir's state: merged and written at once (one place, atomically). */
export function record(run: KernelRun, patch: Partial<OutDirState>): void {
  run.state = { ...run.state, ...patch };
  saveOutDirState(run.out, run.state);
}

/** Base's output dir, which head may share (a copy) and whose full build selects objects. */
export function baseOutDir(ctx: SideContext): string {
  return path.join(ctx.workDir, 'base', 'src', OUT_DIR_NAME);
}

/** The user's config file as a path in the repository, when it is one (a change to it is a configuration input). */
export function repoPathOf(run: KernelRun): string | null {
  return run.configFile ? repoRelative(run.configFile, run.ctx.srcDir, run.ctx.srcDir) : null;
}
