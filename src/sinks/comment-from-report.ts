// The second half of the fork-PR split: a trusted workflow (workflow_run, or a person with the CLI) posts
// the sticky comment from a report JSON that an untrusted PR run produced. The report is validated, and
// when the triggering run's head commit is known, the target PR must still point at it, so a forged or
// stale report cannot put a comment on some other pull request.
import type { Report } from '../model.js';
import { presentReport } from '../report/presentation.js';
import { readReportFile } from './report-file.js';
import { createGitHubClient, describeGitHubError, type GitHubClient } from './github-client.js';
import { COMMENT_LIMIT, CommentError, commentMarker, publishStickyComment, type CommentOutcome } from './pr-comment.js';
import type { SinkLog } from './sink-log.js';

/** Renders the comment body (default: the report's presentation, as every other sink renders it). */
export type CommentRenderer = (report: Report, opts: { maxChars: number; marker: string; fullReportUrl?: string }) => string;

export interface CommentFromReportOptions {
  reportPath: string;
  /** "owner/name". */
  repository: string;
  /** Overrides report.pullRequest. */
  pullRequest?: number;
  token: string;
  apiUrl?: string;
  /** The head commit the triggering run built (workflow_run.head_sha): the PR must still be at it. */
  expectHeadSha?: string;
  commentKey?: string;
  fullReportUrl?: string;
  /** The repository's blob URL: file:line locations link to the analysed commits. */
  sourceBaseUrl?: string;
  render?: CommentRenderer;
  log: SinkLog;
  /** For tests and reuse; built from token/apiUrl otherwise. */
  client?: GitHubClient;
}

export type CommentFromReportOutcome = (CommentOutcome | { status: 'stale'; message: string }) & { pullRequest: number };

export function parseRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!m) throw new Error(`repository '${repository}' is not of the form owner/name`);
  return { owner: m[1], repo: m[2] };
}

export async function commentFromReport(opts: CommentFromReportOptions): Promise<CommentFromReportOutcome> {
  const report = readReportFile(opts.reportPath);
  const pr = opts.pullRequest ?? report.pullRequest;
  if (!pr || !Number.isInteger(pr) || pr <= 0) {
    throw new Error(`report ${opts.reportPath} names no pull request; pass the PR number (input pr-number / --pr)`);
  }
  const { owner, repo } = parseRepository(opts.repository);
  const client = opts.client ?? createGitHubClient(opts.token, { apiUrl: opts.apiUrl, log: opts.log });

  if (opts.expectHeadSha) {
    let pull: { head: { sha: string } };
    try {
      pull = (await client.rest.pulls.get({ owner, repo, pull_number: pr })).data;
    } catch (err) {
      throw new CommentError(describeGitHubError(`reading ${owner}/${repo}#${pr}`, err));
    }
    if (pull.head.sha !== opts.expectHeadSha) {
      const message = `not commenting on #${pr}: its head is ${pull.head.sha.slice(0, 12)} but the report's run built ${opts.expectHeadSha.slice(0, 12)} (stale run, or a report naming another PR)`;
      opts.log.warning(message);
      return { status: 'stale', message, pullRequest: pr };
    }
  }

  const marker = commentMarker(opts.commentKey);
  // Leave room for the marker and truncation note; fitCommentBody is the hard check.
  const render: CommentRenderer =
    opts.render ?? ((r, o) => presentReport(r).markdown({ maxChars: o.maxChars, marker: o.marker, links: { fullReportUrl: o.fullReportUrl, sourceBaseUrl: opts.sourceBaseUrl } }));
  const body = render(report, { maxChars: COMMENT_LIMIT - 1024, marker, fullReportUrl: opts.fullReportUrl });
  const outcome = await publishStickyComment(client, { owner, repo, issueNumber: pr }, body, {
    marker,
    log: opts.log,
    fullReportUrl: opts.fullReportUrl,
  });
  if (outcome.status !== 'read-only') opts.log.info(`${outcome.status} the report comment on #${pr}: ${outcome.url}`);
  return { ...outcome, pullRequest: pr };
}
