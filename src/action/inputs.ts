// The action's inputs (action.yml) as one typed object, with the defaults that depend on the event
// (base/head of the PR or the push). Pure: takes an input getter, the event and the environment, so it
// is tested without a runner.
import { isAbsolute, join, resolve } from 'node:path';
import { buildTarget } from '../architectures.js';
import { baseBuildNamed, type BaseBuild } from '../compile/index.js';
import type { EveryGateOption } from '../pipeline/gate.js';
import { POLICY_PATH } from '../policy/policy.js';

/** Reads one input by its action.yml name ('' when unset): @actions/core's getInput in the action. */
export type InputGetter = (name: string) => string;

/** The triggering event: GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH payload. */
export interface EventInfo {
  name: string;
  payload: Record<string, unknown>;
}

export type ActionMode = 'analyze' | 'comment-from-report' | 'aggregate';

export interface ActionInputs {
  mode: ActionMode;
  /** Commit ids or refs; empty in comment-from-report mode. */
  base: string;
  head: string;
  buildCommand?: string;
  kernelConfig?: string;
  /** Target architecture and toolchain prefix (src/architectures.ts); undefined: the runner's. */
  arch?: string;
  crossCompile?: string;
  fullBuild: boolean;
  /** Kernel: what base builds (src/compile/index.ts BASE_BUILDS). */
  baseBuild: BaseBuild;
  extraCflags: string[];
  /** Absolute path of the repository to analyse. */
  workingDirectory: string;
  /** Absolute path for worktrees, objects and logs. */
  workDir: string;
  deepEvidence: boolean;
  /** Overrides the config's fail-on; undefined = config file, else 'error'. */
  failOn?: string;
  /** Policy file path relative to workingDirectory; undefined = .github/livepatch-gate.yml at the base commit. */
  configPath?: string;
  /** Absolute path of the deployed patch's JSON report (cumulative patch list), when given. */
  previousReport?: string;
  /** The running kernel's symbol files (absolute): System.map, /proc/kallsyms dumps, vmlinux / .ko. */
  symbols: string[];
  token: string;
  comment: boolean;
  commentKey: string;
  annotations: boolean;
  /** Absolute paths of the files written. */
  sarifFile: string;
  reportFile: string;
  uploadArtifact: boolean;
  artifactName: string;
  /** comment-from-report mode: the downloaded report JSON (absolute). */
  reportPath?: string;
  /** The PR to comment on; from the event when not given. */
  pullRequest?: number;
  /** Compare head against merge-base(base, head) instead of base (a PR without a merge commit). */
  mergeBase: boolean;
  /** Which commits are compared and why (for the report); undefined when base/head were given. */
  comparison?: string;
  /** Names this run's codestream in a matrix; undefined = '<arch>/<config>'. */
  label?: string;
  /** aggregate mode: report files or directories (absolute); empty = download this run's report artifacts. */
  reports: string[];
  /** aggregate mode: the labels the matrix must produce; a missing one is never a pass. */
  expectedCodestreams: string[];
}

/** Every input the action reads; test/action checks action.yml declares exactly these. */
export const INPUT_NAMES = [
  'base',
  'head',
  'build-command',
  'kernel-config',
  'arch',
  'cross-compile',
  'full-build',
  'base-build',
  'extra-cflags',
  'working-directory',
  'work-dir',
  'deep-evidence',
  'fail-on',
  'previous-report',
  'symbols',
  'config',
  'token',
  'comment',
  'comment-key',
  'annotations',
  'sarif-file',
  'report-file',
  'upload-artifact',
  'artifact-name',
  'mode',
  'report-path',
  'pr-number',
  'label',
  'reports',
  'expected-codestreams',
] as const;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const ZERO_SHA = /^0+$/;

function bool(get: InputGetter, name: string, dflt: boolean): boolean {
  const v = get(name).trim();
  if (v === '') return dflt;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}

/** An input parsed by the option's own definition; its error names the input. */
function choice<T>(name: string, value: string, parse: (v: string) => T): T {
  try {
    return parse(value);
  } catch (e) {
    throw new InputError(`input '${name}' ${(e as Error).message}`);
  }
}

/** A list input: one item per line or comma. */
function list(v: string): string[] {
  return v.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

export interface EventDefaults {
  base?: string;
  head?: string;
  pullRequest?: number;
  /** Compare against the merge-base of base and head, not base itself (a PR without a merge commit). */
  mergeBase?: boolean;
  /** Which commits are compared and why, for the report. */
  comparison?: string;
}

/**
 * Base, head and PR number implied by the event, as far as it implies them. A pull request is only its
 * own change: `pull_request.base.sha` is the base branch's tip when the event fired, and diffing it with
 * the PR head would attribute the base branch's newer commits to the PR. So: the merge commit GitHub made
 * (GITHUB_SHA, refs/pull/N/merge) against its first parent when there is one, else the merge-base.
 */
export function eventDefaults(event: EventInfo, env: NodeJS.ProcessEnv = {}): EventDefaults {
  const p = event.payload;
  const pr = obj(p.pull_request);
  if (pr.number !== undefined) {
    const sha = (side: 'base' | 'head') => obj(pr[side]).sha as string | undefined;
    const number = Number(pr.number);
    const merge = env.GITHUB_SHA;
    // pull_request_target runs on the base branch (GITHUB_SHA is its tip): no merge commit there.
    if (event.name === 'pull_request' && merge && merge !== sha('head') && merge !== sha('base')) {
      return {
        base: `${merge}^1`,
        head: merge,
        pullRequest: number,
        comparison: `the merge commit GitHub made for #${number} (GITHUB_SHA ${merge.slice(0, 12)}, refs/pull/${number}/merge) against its first parent: the PR's change applied to the base branch, nothing else`,
      };
    }
    return {
      base: sha('base'),
      head: sha('head'),
      pullRequest: number,
      mergeBase: true,
      comparison: `no merge commit for #${number}: the PR head against the merge-base of the base branch and the head (not the base branch's tip, whose later commits are not the PR's)`,
    };
  }
  if (event.name === 'push') {
    const before = typeof p.before === 'string' && !ZERO_SHA.test(p.before) ? p.before : undefined;
    return { base: before, head: typeof p.after === 'string' ? p.after : undefined };
  }
  if (event.name === 'workflow_run') {
    const first = (obj(p.workflow_run).pull_requests as { number?: number }[] | undefined)?.[0];
    return { pullRequest: first?.number };
  }
  return {};
}

function within(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

/** arch / cross-compile, checked here so a typo fails before any build. */
function archInputs(arch: string, crossCompile: string): { arch?: string; crossCompile?: string } {
  try {
    buildTarget(arch || undefined, crossCompile || undefined);
  } catch (e) {
    throw new InputError(`input 'arch' / 'cross-compile': ${(e as Error).message}`);
  }
  return { ...(arch ? { arch } : {}), ...(crossCompile ? { crossCompile } : {}) };
}

export function readInputs(get: InputGetter, event: EventInfo, env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const s = (name: string) => get(name).trim();
  const mode = (s('mode') || 'analyze') as ActionMode;
  if (mode !== 'analyze' && mode !== 'comment-from-report' && mode !== 'aggregate') {
    throw new InputError(`input 'mode' must be 'analyze', 'comment-from-report' or 'aggregate', not '${mode}'`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const defaults = eventDefaults(event, env);

  let pullRequest = defaults.pullRequest;
  if (s('pr-number')) {
    pullRequest = Number(s('pr-number'));
    if (!Number.isInteger(pullRequest) || pullRequest <= 0) throw new InputError(`input 'pr-number' must be a PR number, not '${s('pr-number')}'`);
  }

  const base = s('base') || defaults.base || '';
  const head = s('head') || defaults.head || '';
  // The event's choice of commits holds only when the user named neither side.
  const fromEvent = !s('base') && !s('head');
  if (mode === 'analyze') {
    if (!base) {
      throw new InputError(
        event.name === 'push'
          ? "input 'base' is required for this push (a new branch has no 'before' commit): set base: to the branch it came from"
          : `input 'base' is required for '${event.name || 'unknown'}' events (only pull_request and push events imply it)`,
      );
    }
    if (!head) throw new InputError(`input 'head' is required for '${event.name || 'unknown'}' events`);
  }

  const workingDirectory = within(workspace, s('working-directory') || '.');
  const runnerTemp = env.RUNNER_TEMP || join(workspace, '..', '_temp');
  const config = s('config');
  const reportPathInput = s('report-path');
  if (mode === 'comment-from-report' && !reportPathInput) {
    throw new InputError("input 'report-path' is required with mode: comment-from-report (the report JSON downloaded from the PR run's artifact)");
  }
  const key = s('comment-key') || (s('working-directory') && s('working-directory') !== '.' ? s('working-directory') : '');

  return {
    mode,
    base,
    head,
    buildCommand: s('build-command') || undefined,
    kernelConfig: s('kernel-config') || undefined,
    ...archInputs(s('arch'), s('cross-compile')),
    fullBuild: bool(get, 'full-build', false),
    baseBuild: choice('base-build', s('base-build') || 'touched', baseBuildNamed),
    extraCflags: s('extra-cflags').split(/\s+/).filter(Boolean),
    workingDirectory,
    workDir: within(workspace, s('work-dir') || join(runnerTemp, 'livepatch-gate')),
    deepEvidence: bool(get, 'deep-evidence', false),
    failOn: s('fail-on') || undefined,
    previousReport: s('previous-report') ? within(workspace, s('previous-report')) : undefined,
    symbols: list(get('symbols')).map((p) => within(workspace, p)),
    // The default path is read from the BASE commit (a PR must not relax its own gate); any other
    // path is the user's explicit choice of a file in the checkout.
    configPath: config && config !== POLICY_PATH ? within(workingDirectory, config) : undefined,
    token: s('token'),
    comment: bool(get, 'comment', true),
    commentKey: key,
    annotations: bool(get, 'annotations', true),
    sarifFile: within(workspace, s('sarif-file') || 'livepatch-gate.sarif'),
    reportFile: within(workspace, s('report-file') || 'livepatch-gate-report.json'),
    uploadArtifact: bool(get, 'upload-artifact', true),
    artifactName: s('artifact-name') || 'livepatch-gate-report',
    reportPath: reportPathInput ? within(workspace, reportPathInput) : undefined,
    pullRequest,
    mergeBase: fromEvent && (defaults.mergeBase ?? false),
    comparison: fromEvent ? defaults.comparison : undefined,
    label: s('label') || undefined,
    reports: list(get('reports')).map((p) => within(workspace, p)),
    expectedCodestreams: list(get('expected-codestreams')),
  };
}

/** What the analyze mode asks of the gate (pure; the runner's CPUs build, and a Linux tree is detected). */
export function gateOptionsOf(inputs: ActionInputs): EveryGateOption {
  return {
    repo: inputs.workingDirectory,
    base: inputs.base,
    head: inputs.head,
    workDir: inputs.workDir,
    kind: 'auto',
    buildCommand: inputs.buildCommand,
    kernelConfig: inputs.kernelConfig,
    arch: inputs.arch,
    crossCompile: inputs.crossCompile,
    fullBuild: inputs.fullBuild,
    baseBuild: inputs.baseBuild,
    extraCflags: inputs.extraCflags,
    deepEvidence: inputs.deepEvidence,
    jobs: undefined,
    configPath: inputs.configPath,
    failOn: inputs.failOn,
    previousReport: inputs.previousReport,
    symbols: inputs.symbols,
    pullRequest: inputs.pullRequest,
    mergeBase: inputs.mergeBase,
    comparison: inputs.comparison,
    label: inputs.label,
  };
}
