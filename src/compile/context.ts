// What one side's build needs to know, resolved once from the BuildPlan.
import type { BuildTarget } from '../architectures.js';
import type { Side } from '../model.js';
import type { WorktreeState } from './worktree.js';

export interface SideContext {
  side: Side;
  commit: string;
  repo: string;
  workDir: string;
  /** <workDir>/<side> */
  sideDir: string;
  /** <workDir>/<side>/src, the worktree. */
  srcDir: string;
  /** <workDir>/<side>/build.log */
  logFile: string;
  /** -fdump-ipa-clones -ffunction-sections -fdata-sections + extra flags. */
  flags: string[];
  jobs: number;
  /** Cross build: Kbuild gets ARCH= and CROSS_COMPILE=, the command path's wrapper runs <prefix>gcc. */
  target?: BuildTarget;
  /** Path of the ccache executable when it is to be used. */
  ccache?: string;
  changedPaths: string[];
  /** What prepareWorktree did: a fresh worktree's files are all newer than any output kept from before. */
  worktree: WorktreeState;
  /** Short progress line, prefixed with the side. */
  progress: (line: string) => void;
  /** The phase the side enters (configure, prepare, select, objects, ...), timed by the caller. */
  phase: (name: string) => void;
}
