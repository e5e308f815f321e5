// The whole pipeline, shared by the action and the CLI:
//   build base/head → changed functions → affected sets (base) → object comparison → hazards → report.
import type { Analysis, Side } from '../model.js';

export interface AnalyzeOptions {
  /** The user's checkout; never modified (builds happen in worktrees under workDir). */
  repo: string;
  /** Refs or commit ids. */
  base: string;
  head: string;
  /** Where worktrees, build outputs and caches go. */
  workDir: string;
  /** 'auto' detects a Linux tree (Kbuild) vs a project built by `buildCommand`. */
  kind: 'auto' | 'kernel' | 'command';
  buildCommand?: string;
  /** Kernel: path to a .config, or a make target such as 'defconfig'. */
  kernelConfig?: string;
  /** Kernel: build everything instead of only the touched objects. */
  fullBuild: boolean;
  extraCflags: string[];
  /** Add -fdump-ipa-pure-const / -fdump-ipa-icf-details for the affected TUs and report differences. */
  deepEvidence: boolean;
  jobs?: number;
  onProgress?: (message: string) => void;
  /** For tests and tools: called with each side's build result. */
  onBuild?: (side: Side) => void;
}

export async function analyze(_opts: AnalyzeOptions): Promise<Analysis> {
  throw new Error('analyze: being integrated');
}
