// The GitHub Action front door: inputs → the shared pipeline (src/pipeline/gate.ts) → report files →
// sinks (artifact, job summary, annotations, sticky comment, outputs). Any thrown error becomes
// core.setFailed with a message a user can act on; a failing verdict fails the step with its reasons.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as core from '@actions/core';
import { ruleMetas } from '../hazards/catalogue.js';
import { BuildError, type Report } from '../model.js';
import { runGate } from '../pipeline/gate.js';
import { renderAggregateMarkdown } from '../report/aggregate-markdown.js';
import { renderAnnotations, renderMarkdown, renderSarif } from '../report/index.js';
import { renderFailureMarkdown } from '../report/markdown.js';
import { aggregateFindings, mergeReports } from '../report/merge.js';
import { VERSION } from '../version.js';
import { emitAnnotations, omittedAnnotationsNote } from '../sinks/annotations.js';
import { artifactRuntimeMissing, createDefaultArtifactDownloader, uploadReportArtifact } from '../sinks/artifact.js';
import { commentFromReport } from '../sinks/comment-from-report.js';
import { writeJobSummary } from '../sinks/job-summary.js';
import { actionOutputs, setActionOutputs } from '../sinks/outputs.js';
import { createGitHubClient } from '../sinks/github-client.js';
import { COMMENT_LIMIT, commentMarker, publishStickyComment } from '../sinks/pr-comment.js';
import { readCodestreamReports, writeJsonFile, writeTextFile } from '../sinks/report-file.js';
import { actionsLog } from '../sinks/sink-log.js';
import { readInputs, type ActionInputs, type EventInfo } from './inputs.js';

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
    runGate({
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
      extraCflags: inputs.extraCflags,
      deepEvidence: inputs.deepEvidence,
      configPath: inputs.configPath,
      failOn: inputs.failOn,
      previousReport: inputs.previousReport,
      symbols: inputs.symbols,
      pullRequest: inputs.pullRequest,
      mergeBase: inputs.mergeBase,
      comparison: inputs.comparison,
      label: inputs.label,
      onProgress: (m) => core.info(m),
    }),
  );

  const { markdownPath } = await core.group('Write report files', async () => writeReportFiles(report, inputs, links.docsBaseUrl));

  let fullReportUrl = links.runUrl;
  if (inputs.uploadArtifact) {
    const files = [inputs.reportFile, inputs.sarifFile, markdownPath];
    const art = await core.group('Upload the report artifact', () => uploadReportArtifact(inputs.artifactName, files, { log: actionsLog }));
    if (art.status === 'uploaded' && art.id !== undefined) fullReportUrl = links.artifactUrl(art.id) ?? fullReportUrl;
  }

  let omittedNote = '';
  if (inputs.annotations) {
    const rendered = renderAnnotations(report, { perType: 10 });
    const shown = emitAnnotations(
      rendered.annotations.filter((a): a is typeof a & { file: string; startLine: number } => !!a.file),
      { perType: 10 },
    );
    const withoutFile = rendered.annotations.filter((a) => !a.file).length;
    omittedNote = omittedAnnotationsNote({
      error: rendered.omitted.error + shown.omitted.error,
      warning: rendered.omitted.warning + shown.omitted.warning,
      notice: rendered.omitted.notice + shown.omitted.notice,
    });
    if (withoutFile) core.info(`${withoutFile} findings have no source location; they are in the summary, not annotated`);
  }

  const summary = renderMarkdown(report, { maxChars: 900_000, fullReportUrl, title: 'livepatch-gate', sourceBaseUrl: links.sourceBaseUrl });
  await writeJobSummary(omittedNote ? `${summary}\n\n${omittedNote}\n` : summary, { log: actionsLog, pointer: `the '${inputs.artifactName}' artifact` });

  let commentUrl: string | undefined;
  if (inputs.comment) {
    commentUrl = await postComment((o) => renderMarkdown(report, { ...o, fullReportUrl, title: 'livepatch-gate', sourceBaseUrl: links.sourceBaseUrl }), inputs, event, fullReportUrl);
  }

  setActionOutputs(actionOutputs(report, { reportPath: inputs.reportFile, sarifPath: inputs.sarifFile, commentUrl }));
  core.info(`verdict: ${report.verdict}; ${report.summary.functionsToPatch} functions to patch in ${report.summary.objects} objects; ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  if (report.verdict === 'error') {
    core.setFailed(
      `livepatch-gate: could not analyse; this is not a pass:\n${report.notAnalysed.map((n) => `- ${n.function ? `${n.function} in ` : ''}${n.file}${n.side ? ` (${n.side})` : ''}: ${n.reason}`).join('\n')}\nWhat to do: ${[...new Set(report.notAnalysed.map((n) => n.advice))].join('; ')}`,
    );
  } else if (report.verdict === 'fail') {
    core.setFailed(`livepatch-gate: the change is not safe to live-patch as it stands:\n${report.verdictReasons.map((r) => `- ${r}`).join('\n')}`);
  }
}

function writeReportFiles(report: Report, inputs: ActionInputs, docsBaseUrl?: string): { markdownPath: string } {
  writeJsonFile(inputs.reportFile, report);
  writeJsonFile(inputs.sarifFile, renderSarif(report, ruleMetas, { docsBaseUrl }));
  // The unabridged Markdown goes into the artifact for reports too big for a comment or summary.
  const markdownPath = join(dirname(inputs.reportFile), `${basename(inputs.reportFile, extname(inputs.reportFile))}.md`);
  writeTextFile(markdownPath, renderMarkdown(report, { maxChars: Number.MAX_SAFE_INTEGER, title: 'livepatch-gate' }));
  core.info(`wrote ${inputs.reportFile}, ${inputs.sarifFile}, ${markdownPath}`);
  return { markdownPath };
}

/** The sticky comment: `render` gets the marker and the size limit; used by the analyze and aggregate modes. */
async function postComment(
  render: (opts: { maxChars: number; marker: string }) => string,
  inputs: ActionInputs,
  event: EventInfo,
  fullReportUrl?: string,
): Promise<string | undefined> {
  const repo = repository();
  if (!inputs.pullRequest || !repo) {
    core.info(`PR comment skipped: the '${event.name}' event names no pull request`);
    return undefined;
  }
  if (!inputs.token) {
    core.warning('PR comment skipped: no token (set the `token` input)');
    return undefined;
  }
  return core.group('Publish the PR comment', async () => {
    const marker = commentMarker(inputs.commentKey);
    const body = render({ maxChars: COMMENT_LIMIT - 1024, marker });
    try {
      const outcome = await publishStickyComment(createGitHubClient(inputs.token, { log: actionsLog }), { ...repo, issueNumber: inputs.pullRequest! }, body, {
        marker,
        log: actionsLog,
        fullReportUrl,
      });
      if (outcome.status === 'read-only') return undefined;
      core.info(`${outcome.status} ${outcome.url}${outcome.removedDuplicates ? ` (removed ${outcome.removedDuplicates} duplicates)` : ''}`);
      return outcome.url;
    } catch (err) {
      // The report is in the summary and the artifact; a comment that failed is not a failed gate.
      core.warning(`could not publish the PR comment: ${(err as Error).message}`);
      return undefined;
    }
  });
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
      render: (r, o) => renderMarkdown(r, { ...o, title: 'livepatch-gate', sourceBaseUrl: runLinks().sourceBaseUrl }),
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
  core.info(`aggregate of ${aggregate.codestreams.length} codestreams: ${aggregate.codestreams.map((c) => `${c.label} ${c.status}`).join(', ')}`);

  const findings = aggregateFindings(aggregate);
  writeJsonFile(inputs.reportFile, aggregate);
  writeJsonFile(inputs.sarifFile, renderSarif({ findings, tool: aggregate.tool }, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: 'livepatch-gate/aggregate' }));
  if (inputs.annotations) {
    const rendered = renderAnnotations({ findings }, { perType: 10 });
    emitAnnotations(rendered.annotations.filter((a): a is typeof a & { file: string; startLine: number } => !!a.file), { perType: 10 });
  }
  await writeJobSummary(renderAggregateMarkdown(aggregate, { maxChars: 900_000, fullReportUrl: links.runUrl }), { log: actionsLog, pointer: 'the matrix jobs\' report artifacts' });

  let commentUrl: string | undefined;
  const pr = aggregate.pullRequest;
  if (inputs.comment) {
    const run = (event.payload.workflow_run ?? {}) as { head_sha?: string };
    if (run.head_sha && aggregate.head && run.head_sha !== aggregate.head) {
      core.warning(`not commenting: the reports are of ${aggregate.head.slice(0, 12)} but the triggering run built ${run.head_sha.slice(0, 12)}`);
    } else {
      commentUrl = await postComment((o) => renderAggregateMarkdown(aggregate, { ...o, fullReportUrl: links.runUrl }), { ...inputs, pullRequest: pr }, event, links.runUrl);
    }
  }
  core.setOutput('verdict', aggregate.verdict);
  core.setOutput('report-path', inputs.reportFile);
  core.setOutput('sarif-path', inputs.sarifFile);
  core.setOutput('comment-url', commentUrl ?? '');
  core.setOutput('functions-to-patch', String(aggregate.common.length + aggregate.differences.length));
  if (aggregate.verdict !== 'pass') {
    const what = aggregate.verdict === 'fail' ? 'a codestream fails the policy' : 'could not decide for every codestream';
    core.setFailed(`livepatch-gate: ${what}:\n${aggregate.verdictReasons.map((r) => `- ${r}`).join('\n')}`);
  }
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
  const runUrl = runLinks().runUrl;
  await postComment((o) => renderFailureMarkdown(message, { ...o, title: 'livepatch-gate', fullReportUrl: runUrl, head: inputs.head }), inputs, event, runUrl);
}
