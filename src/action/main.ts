// The GitHub Action front door: inputs → the shared pipeline (src/pipeline/gate.ts) → report files →
// sinks (artifact, job summary, annotations, sticky comment, outputs). Any thrown error becomes
// core.setFailed with a message a user can act on; a failing verdict fails the step with its reasons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { BuildError } from '../model.js';
import { runGate } from '../pipeline/gate.js';
import { mergeReports } from '../report/merge.js';
import { presentAggregate, presentFailure, presentReport, type ReportLinks } from '../report/presentation.js';
import { VERSION } from '../version.js';
import { artifactRuntimeMissing, createDefaultArtifactDownloader } from '../sinks/artifact.js';
import { commentFromReport } from '../sinks/comment-from-report.js';
import { annotations, artifact, jobSummary, markdownBeside, publish, reportFiles, stepOutputs, stickyComment, type Sink } from '../sinks/publish.js';
import { readCodestreamReports } from '../sinks/report-file.js';
import { actionsLog } from '../sinks/sink-log.js';
import { gateOptionsOf, readInputs, type ActionInputs, type EventInfo } from './inputs.js';

/** The event as the runner describes it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
export function readEvent(env: NodeJS.ProcessEnv = process.env): EventInfo {
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`cannot read the event payload ${path}: ${(err as Error).message}`);
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}

/** Links into this run: the run page (job summary) and, once uploaded, the artifact. */
export function runLinks(env: NodeJS.ProcessEnv = process.env): {
  runUrl?: string;
  artifactUrl: (id: number) => string | undefined;
  docsBaseUrl?: string;
  /** The repository's blob URL: file:line locations link to the analysed commits. */
  sourceBaseUrl?: string;
} {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  // Set for `uses: owner/livepatch-gate@ref` (not for `uses: ./`): rule docs at the version that ran.
  const docsBaseUrl =
    env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF ? `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}/docs` : undefined;
  const sourceBaseUrl = env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/blob` : undefined;
  return { runUrl, artifactUrl: (id) => (runUrl ? `${runUrl}/artifacts/${id}` : undefined), docsBaseUrl, sourceBaseUrl };
}

/** What a rendered report links to, before an artifact exists: the run page, the docs, the sources. */
function reportLinks(links: ReturnType<typeof runLinks>): ReportLinks {
  return { fullReportUrl: links.runUrl, docsBaseUrl: links.docsBaseUrl, sourceBaseUrl: links.sourceBaseUrl };
}

function repository(env: NodeJS.ProcessEnv = process.env): { owner: string; repo: string } | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** Turns any error into a failed step; a build failure shows its log tail in a collapsed group. */
export function reportFailure(err: unknown): void {
  if (err instanceof BuildError || (err as Error)?.name === 'BuildError') {
    const b = err as BuildError;
    const group = `${b.side} build log (last lines)`;
    core.startGroup(group);
    core.info(b.logTail);
    core.endGroup();
    core.setFailed(`The ${b.side} build failed: ${b.command}\nThe end of its log is in the collapsed group "${group}" above.`);
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  if (e.stack) core.debug(e.stack);
  core.setFailed(`livepatch-gate: ${e.message}`);
}

async function analyzeMode(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const links = runLinks();
  core.info(`livepatch-gate ${VERSION}: base ${inputs.base}, head ${inputs.head}, repository ${inputs.workingDirectory}`);

  const { report } = await core.group('Build base and head, analyse', () =>
    runGate({ ...gateOptionsOf(inputs), onProgress: (m) => core.info(m) }),
  );

  const presentation = presentReport(report);
  await publish(presentation, [
    reportFiles({ json: inputs.reportFile, sarif: inputs.sarifFile, markdown: markdownBeside(inputs.reportFile) }),
    ...(inputs.uploadArtifact ? [artifact(inputs.artifactName, links.artifactUrl)] : []),
    ...(inputs.annotations ? [annotations()] : []),
    jobSummary(`the '${inputs.artifactName}' artifact`),
    ...commentSinks(inputs, event),
    stepOutputs(),
  ], reportLinks(links));
  core.info(presentation.headline);
  if (presentation.failure) core.setFailed(`livepatch-gate: ${presentation.failure}`);
}

/** The sticky comment sink, when there is a pull request to comment on and a token to do it with. */
function commentSinks(inputs: ActionInputs, event: EventInfo): Sink[] {
  if (!inputs.comment) return [];
  const repo = repository();
  if (!inputs.pullRequest || !repo) {
    core.info(`PR comment skipped: the '${event.name}' event names no pull request`);
    return [];
  }
  if (!inputs.token) {
    core.warning('PR comment skipped: no token (set the `token` input)');
    return [];
  }
  return [stickyComment({ ...repo, issueNumber: inputs.pullRequest }, inputs.token, { key: inputs.commentKey })];
}

async function commentMode(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const repo = repository();
  if (!repo) throw new Error('GITHUB_REPOSITORY is not set');
  const run = (event.payload.workflow_run ?? {}) as { head_sha?: string; html_url?: string };
  const outcome = await core.group('Publish the PR comment from the saved report', () =>
    commentFromReport({
      reportPath: inputs.reportPath!,
      repository: `${repo.owner}/${repo.repo}`,
      pullRequest: inputs.pullRequest,
      token: inputs.token,
      // Only a workflow_run event tells us, from a trusted source, which commit the report belongs to.
      expectHeadSha: run.head_sha,
      commentKey: inputs.commentKey,
      fullReportUrl: run.html_url,
      sourceBaseUrl: runLinks().sourceBaseUrl,
      log: actionsLog,
    }),
  );
  core.setOutput('report-path', inputs.reportPath);
  core.setOutput('comment-url', outcome.status === 'created' || outcome.status === 'updated' ? outcome.url : '');
}

/**
 * mode: aggregate — the reports of every codestream of a matrix (downloaded by the workflow into
 * `reports`, or from this run's artifacts) merged into one verdict, one comment, one SARIF run.
 */
async function aggregateMode(inputs: ActionInputs, event: EventInfo): Promise<void> {
  const links = runLinks();
  const paths = inputs.reports.length > 0 ? inputs.reports : await downloadMatrixReports(inputs, event);
  const aggregate = mergeReports(readCodestreamReports(paths), { version: VERSION, expected: inputs.expectedCodestreams });
  if (inputs.pullRequest !== undefined && aggregate.pullRequest === undefined) aggregate.pullRequest = inputs.pullRequest;
  const presentation = presentAggregate(aggregate);
  core.info(presentation.headline);

  const run = (event.payload.workflow_run ?? {}) as { head_sha?: string };
  const stale = run.head_sha && aggregate.head && run.head_sha !== aggregate.head;
  if (inputs.comment && stale) core.warning(`not commenting: the reports are of ${aggregate.head.slice(0, 12)} but the triggering run built ${run.head_sha!.slice(0, 12)}`);
  await publish(presentation, [
    reportFiles({ json: inputs.reportFile, sarif: inputs.sarifFile }),
    ...(inputs.annotations ? [annotations()] : []),
    jobSummary("the matrix jobs' report artifacts"),
    ...(stale ? [] : commentSinks({ ...inputs, pullRequest: aggregate.pullRequest }, event)),
    stepOutputs(),
  ], reportLinks(links));
  if (presentation.failure) core.setFailed(`livepatch-gate: ${presentation.failure}`);
}

/** This run's (or the triggering workflow_run's) artifacts named like the matrix jobs' reports. */
async function downloadMatrixReports(inputs: ActionInputs, event: EventInfo): Promise<string[]> {
  const dir = join(inputs.workDir, 'matrix-reports');
  const run = (event.payload.workflow_run ?? {}) as { id?: number };
  const repo = repository();
  const other = run.id && repo ? { runId: run.id, token: inputs.token, ...repo } : undefined;
  if (!other && artifactRuntimeMissing().length > 0) {
    throw new Error(`mode: aggregate needs the matrix reports: set the 'reports' input to where actions/download-artifact put them (not running as a GitHub Actions step, so the artifacts cannot be listed)`);
  }
  const found = await (await createDefaultArtifactDownloader(other)).downloadMatching(inputs.artifactName, dir);
  core.info(`downloaded ${found.length} report artifacts named ${inputs.artifactName}*`);
  return found.length > 0 ? found : [dir];
}

export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined;
  let event: EventInfo | undefined;
  try {
    event = readEvent();
    inputs = readInputs((name) => core.getInput(name), event);
    if (inputs.mode === 'comment-from-report') await commentMode(inputs, event);
    else if (inputs.mode === 'aggregate') await aggregateMode(inputs, event);
    else await analyzeMode(inputs, event);
  } catch (err) {
    reportFailure(err);
    if (inputs?.mode === 'analyze' && inputs.comment && event) await replaceVerdictWithFailure(err, inputs, event);
  }
}

/** A run that could not analyse must not leave an earlier run's verdict standing in the sticky comment. */
async function replaceVerdictWithFailure(err: unknown, inputs: ActionInputs, event: EventInfo): Promise<void> {
  const e = err as Error & { side?: string; command?: string };
  const message = e?.name === 'BuildError' ? `The ${e.side} build failed: ${e.command}` : (e?.message ?? String(err));
  await publish(presentFailure(message, inputs.head), commentSinks(inputs, event), { fullReportUrl: runLinks().runUrl });
}
