// The sticky pull-request comment: one comment per PR (per key), found again by a hidden marker on its
// first line AND its author (the login our token comments as), updated in place on every run. The
// marker alone proves nothing: anyone can paste it, and a PR names files; the first line of a comment we
// render is always the marker, and PR strings are escaped (src/report/escape.ts) so they never produce one. Pure planning (which comment to keep, how to fit the body) is
// separate from the REST calls so both can be tested; the REST part speaks only the endpoints in
// test/support/fake-github.ts.
import { describeGitHubError, httpStatus, isRateLimited, isReadOnly, type GitHubClient } from './github-client.js';
import type { SinkLog } from './sink-log.js';

/** GitHub rejects issue comments longer than this (HTTP 422). */
export const COMMENT_LIMIT = 65_536;

/** The login GITHUB_TOKEN comments as; used when the token cannot tell us who it is. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const MARKER_PREFIX = '<!-- livepatch-gate:report';

/**
 * The hidden marker that identifies our comment. A key separates several jobs commenting on one PR
 * (different working directories or configs); the unkeyed marker is never a substring of a keyed one.
 */
export function commentMarker(key?: string): string {
  const clean = (key ?? '').trim().replace(/[^A-Za-z0-9._/=+:@-]/g, '_').replace(/-{2,}/g, '-');
  return clean ? `${MARKER_PREFIX} key=${clean} -->` : `${MARKER_PREFIX} -->`;
}

/** The fields of an issue comment we use (a subset of GitHub's REST shape). */
export interface IssueComment {
  id: number;
  body?: string | null;
  user: { login: string; type?: string } | null;
  created_at: string;
  html_url: string;
}

/** Who we comment as: the exact login of the comments our token writes. */
export interface CommentIdentity {
  login: string;
}

/** The marker is the comment's whole first line; a marker anywhere else (a quote, a file name) is not. */
export function hasMarkerLine(body: string | null | undefined, marker: string): boolean {
  if (!body?.startsWith(marker)) return false;
  const rest = body.slice(marker.length);
  return rest === '' || rest.startsWith('\n') || rest.startsWith('\r\n');
}

function isOurs(c: IssueComment, marker: string, identity: CommentIdentity): boolean {
  return hasMarkerLine(c.body, marker) && c.user?.login === identity.login;
}

function byAge(a: IssueComment, b: IssueComment): number {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
}

export interface StickyPlan {
  /** The comment to update in place (the newest of ours), or null to create one. */
  update: IssueComment | null;
  /** Older duplicates of ours (left by concurrent runs) to delete. */
  remove: IssueComment[];
}

/** Decides which of the PR's comments is ours: our marker as the first line, written by our login. */
export function planStickyComment(comments: IssueComment[], marker: string, identity: CommentIdentity): StickyPlan {
  const ours = comments.filter((c) => isOurs(c, marker, identity)).sort(byAge);
  if (ours.length === 0) return { update: null, remove: [] };
  return { update: ours[ours.length - 1], remove: ours.slice(0, -1) };
}

/**
 * Makes sure the body carries the marker and fits GitHub's limit. The renderer is asked for a body under
 * the limit already; this is the hard check, cutting at a line and closing an open code fence or
 * <details> so the truncated comment still renders.
 */
export function fitCommentBody(
  body: string,
  opts: { marker: string; limit?: number; fullReportUrl?: string },
): string {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const withMarker = hasMarkerLine(body, opts.marker) ? body : `${opts.marker}\n${body}`;
  if (withMarker.length <= limit) return withMarker;

  const where = opts.fullReportUrl ? `: [full report](${opts.fullReportUrl})` : ' (see the job summary and the report artifact)';
  const note = `\n\n> [!NOTE]\n> Truncated to fit GitHub's ${limit.toLocaleString('en-US')}-character comment limit${where}.\n`;
  // Room for the note and the closers we may need to add.
  const closers = '\n```\n</details>\n'.repeat(4);
  let cut = withMarker.slice(0, Math.max(0, limit - note.length - closers.length));
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  // Never leave half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);

  let tail = '';
  const fences = cut.split('\n').filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 === 1) tail += '\n```';
  const openDetails = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 4); i++) tail += '\n</details>';
  const out = cut + tail + note;
  if (out.length > limit) throw new Error(`internal: truncated comment is ${out.length} > ${limit} characters`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// REST adapter
// ---------------------------------------------------------------------------------------------


export interface CommentTarget {
  owner: string;
  repo: string;
  /** Pull request (issue) number. */
  issueNumber: number;
}

export type CommentOutcome =
  | { status: 'created' | 'updated'; id: number; url: string; removedDuplicates: number }
  | { status: 'read-only'; message: string };

export const READ_ONLY_HINT =
  'read-only token: fork PR? use the workflow_run mode, see docs/action.md#forks';

/** Thrown for comment failures that are not a read-only token (rate limit, 5xx, timeout, credentials). */
export class CommentError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly rateLimited = false,
  ) {
    super(message);
    this.name = 'CommentError';
  }
}

function wrap(what: string, err: unknown): CommentError {
  return new CommentError(describeGitHubError(what, err), httpStatus(err), isRateLimited(err));
}

/**
 * Who the token comments as. GET /user answers for PATs and OAuth tokens; installation tokens (GitHub
 * Apps, GITHUB_TOKEN) get 403 there but GraphQL `viewer` names their bot ('my-app[bot]'). When neither
 * answers, the token is taken for GITHUB_TOKEN, whose comments are github-actions[bot]'s: never "any bot".
 */
export async function tokenIdentity(client: GitHubClient, log?: SinkLog): Promise<CommentIdentity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { login: data.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap('GET /user', err);
  }
  try {
    const data = await client.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
    if (data.viewer?.login) return { login: data.viewer.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap('GraphQL viewer', err);
  }
  log?.info(`the token does not say who it is (GET /user and GraphQL viewer refused): taking it for GITHUB_TOKEN, whose comments are ${ACTIONS_BOT_LOGIN}'s`);
  return { login: ACTIONS_BOT_LOGIN };
}

async function listComments(client: GitHubClient, t: CommentTarget): Promise<IssueComment[]> {
  return (await client.paginate(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  })) as IssueComment[];
}

/** Deletes older copies of ours; a failure here only leaves a duplicate behind, so it is a warning. */
async function removeDuplicates(client: GitHubClient, t: CommentTarget, remove: IssueComment[], log: SinkLog): Promise<number> {
  let removed = 0;
  for (const c of remove) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
      removed++;
    } catch (err) {
      // 404: a concurrent run deleted it first.
      if (httpStatus(err) !== 404) log.warning(`could not delete duplicate report comment ${c.html_url}: ${(err as Error).message}`);
    }
  }
  return removed;
}

/**
 * Creates or updates our comment on the PR. A read-only token (a 403 that is not a rate limit: fork PRs
 * under `pull_request`) gives a 'read-only' outcome and a warning, never an exception; other failures
 * (rate limits, 5xx and timeouts after the client's retries, bad credentials) throw CommentError.
 */
export async function publishStickyComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  opts: { marker: string; log: SinkLog; identity?: CommentIdentity; fullReportUrl?: string },
): Promise<CommentOutcome> {
  const text = fitCommentBody(body, { marker: opts.marker, fullReportUrl: opts.fullReportUrl });
  const identity = opts.identity ?? (await tokenIdentity(client, opts.log));
  const readOnly = (err: unknown): CommentOutcome => {
    const message = `${READ_ONLY_HINT} (HTTP ${httpStatus(err)}: ${(err as Error).message})`;
    opts.log.warning(message);
    return { status: 'read-only', message };
  };

  let comments: IssueComment[];
  try {
    comments = await listComments(client, target);
  } catch (err) {
    if (isReadOnly(err)) return readOnly(err);
    throw wrap(`listing comments of ${target.owner}/${target.repo}#${target.issueNumber}`, err);
  }
  const plan = planStickyComment(comments, opts.marker, identity);

  if (plan.update) {
    try {
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: plan.update.id, body: text });
      const removedDuplicates = await removeDuplicates(client, target, plan.remove, opts.log);
      return { status: 'updated', id: data.id, url: data.html_url, removedDuplicates };
    } catch (err) {
      // Deleted between list and update: fall through to creating a fresh one.
      if (httpStatus(err) !== 404) {
        if (isReadOnly(err)) return readOnly(err);
        throw wrap(`updating comment ${plan.update.html_url}`, err);
      }
    }
  }

  let created: IssueComment;
  try {
    created = (await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: text })).data as IssueComment;
  } catch (err) {
    if (isReadOnly(err)) return readOnly(err);
    throw wrap(`commenting on ${target.owner}/${target.repo}#${target.issueNumber}`, err);
  }
  // Two concurrent first runs both create; whoever looks again keeps the newest and deletes the rest
  // (both runs converge on the same survivor; a 404 on the second delete is expected).
  let removedDuplicates = 0;
  let survivor: IssueComment = created;
  try {
    // The comment we just wrote says for certain who we are.
    const me: CommentIdentity = created.user?.login ? { login: created.user.login } : identity;
    if (me.login !== identity.login) opts.log.info(`the token comments as ${me.login}, not ${identity.login} as it said`);
    const again = planStickyComment(await listComments(client, target), opts.marker, me);
    removedDuplicates = await removeDuplicates(client, target, again.remove, opts.log);
    if (again.update && again.remove.some((c) => c.id === created.id)) survivor = again.update;
  } catch (err) {
    opts.log.warning(`could not check for duplicate report comments: ${(err as Error).message}`);
  }
  return { status: 'created', id: survivor.id, url: survivor.html_url, removedDuplicates };
}
