// analyze → hazards → policy → report: the one function both front doors (action, CLI) call.
import { readFile } from 'node:fs/promises';
import { resolveCommit, showFile } from '../adapters/git.js';
import { architectureNamed } from '../architectures.js';
import { detectHazards } from '../hazards/catalogue.js';
import type { Analysis, Report } from '../model.js';
import { applyPolicy, loadPolicy, POLICY_PATH, type Policy } from '../policy/policy.js';
import { detectProjectKind } from '../compile/index.js';
import { buildReport } from '../report/build.js';
import { cumulativePatch, parsePreviousReport, type PreviousReport } from '../report/cumulative.js';
import { VERSION } from '../version.js';
import { analyze, type AnalyzeOptions } from './analyze.js';
import { codestreamOf } from './codestream.js';

export interface GateOptions extends AnalyzeOptions {
  /** A policy file on disk; by default .github/livepatch-gate.yml as committed at the BASE commit. */
  configPath?: string;
  /** Overrides the config file's fail-on ('error', 'warning,clone-vanished', 'none', ...). */
  failOn?: string;
  pullRequest?: number;
  /** Names this codestream in a matrix; default '<arch>/<config>' (src/pipeline/codestream.ts). */
  label?: string;
  /** The JSON report of the live patch already deployed: makes the patch list cumulative (atomic replace). */
  previousReport?: string;
}

/**
 * Every gate option named, none forgotten: a front door (the action's inputs, the CLI's flags) returns
 * this, so a new option fails to compile until each door says what it sets it to. Progress is the door's own.
 */
export type EveryGateOption = { [K in Exclude<keyof GateOptions, 'onProgress'>]: GateOptions[K] };

export interface GateResult {
  analysis: Analysis;
  report: Report;
  policy: Policy;
}

/**
 * The policy comes from the base commit unless a path is given: a pull request must not be able to
 * relax the gate that judges it.
 */
export async function loadGatePolicy(opts: Pick<GateOptions, 'repo' | 'base' | 'configPath' | 'failOn'>): Promise<Policy> {
  let text: string | null = null;
  if (opts.configPath) {
    text = await readFile(opts.configPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new Error(`cannot read policy file ${opts.configPath}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    });
  } else {
    text = await showFile(opts.repo, await resolveCommit(opts.repo, opts.base), POLICY_PATH);
  }
  return loadPolicy(text, opts.failOn);
}

export async function runGate(opts: GateOptions): Promise<GateResult> {
  // Policy first: a typo in the config should fail in a second, not after two kernel builds.
  const policy = await loadGatePolicy(opts);
  const previous = opts.previousReport ? await loadPreviousReport(opts.previousReport) : undefined;
  const analysis = await analyze(opts);
  const findings = detectHazards(analysis);
  const result = applyPolicy(findings, policy);
  const kind = opts.kind === 'auto' ? await detectProjectKind(opts.repo) : opts.kind;
  const codestream = codestreamOf({ label: opts.label, arch: opts.arch ? architectureNamed(opts.arch).name : undefined, kernelConfig: opts.kernelConfig, kind });
  const report = buildReport(analysis, result, { version: VERSION, pullRequest: opts.pullRequest, codestream });
  if (previous) report.cumulative = cumulativePatch(previous, report);
  return { analysis, report, policy };
}

async function loadPreviousReport(path: string): Promise<PreviousReport> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read previous report ${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  });
  return parsePreviousReport(text, path);
}
