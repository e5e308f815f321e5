import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  CommentError,
  commentMarker,
  createGitHubClient,
  describeGitHubError,
  presentReport,
  publishStickyComment,
  readReportFile
} from "./chunk-5JSFV5S3.js";

// src/sinks/comment-from-report.ts
function parseRepository(repository) {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!m) throw new Error(`repository '${repository}' is not of the form owner/name`);
  return { owner: m[1], repo: m[2] };
}
async function commentFromReport(opts) {
  const report = readReportFile(opts.reportPath);
  const pr = opts.pullRequest ?? report.pullRequest;
  if (!pr || !Number.isInteger(pr) || pr <= 0) {
    throw new Error(`report ${opts.reportPath} names no pull request; pass the PR number (input pr-number / --pr)`);
  }
  const { owner, repo } = parseRepository(opts.repository);
  const client = opts.client ?? createGitHubClient(opts.token, { apiUrl: opts.apiUrl, log: opts.log });
  if (opts.expectHeadSha) {
    let pull;
    try {
      pull = (await client.rest.pulls.get({ owner, repo, pull_number: pr })).data;
    } catch (err) {
      throw new CommentError(describeGitHubError(`reading ${owner}/${repo}#${pr}`, err));
    }
    if (pull.head.sha !== opts.expectHeadSha) {
      const message = `not commenting on #${pr}: its head is ${pull.head.sha.slice(0, 12)} but the report's run built ${opts.expectHeadSha.slice(0, 12)} (stale run, or a report naming another PR)`;
      opts.log.warning(message);
      return { status: "stale", message, pullRequest: pr };
    }
  }
  const marker = commentMarker(opts.commentKey);
  const render = opts.render ?? ((r, o) => presentReport(r).markdown({ maxChars: o.maxChars, marker: o.marker, links: { fullReportUrl: o.fullReportUrl, sourceBaseUrl: opts.sourceBaseUrl } }));
  const body = render(report, { maxChars: COMMENT_LIMIT - 1024, marker, fullReportUrl: opts.fullReportUrl });
  const outcome = await publishStickyComment(client, { owner, repo, issueNumber: pr }, body, {
    marker,
    log: opts.log,
    fullReportUrl: opts.fullReportUrl
  });
  if (outcome.status !== "read-only") opts.log.info(`${outcome.status} the report comment on #${pr}: ${outcome.url}`);
  return { ...outcome, pullRequest: pr };
}

export {
  commentFromReport
};
