import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  getOctokit,
  info,
  require_light,
  retry,
  warning
} from "./chunk-OGTHRML7.js";
import {
  readReportFile
} from "./chunk-WM2NW4DD.js";
import {
  plainText
} from "./chunk-4X2SHJLV.js";
import {
  __toESM
} from "./chunk-7XMN4UL4.js";

// src/report/annotations.ts
function renderAnnotations(report, limits = { perType: 10 }) {
  const omitted = { error: 0, warning: 0, notice: 0 };
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  const active = report.findings.filter((f) => !f.allowed);
  const ordered = [...active.filter((f) => f.file), ...active.filter((f) => !f.file)];
  for (const f of ordered) {
    if (used[f.severity] >= limits.perType) {
      omitted[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const a = {
      level: f.severity,
      // Shown as plain text; @actions/core escapes what would end the workflow command.
      message: plainText(f.message),
      title: plainText(`livepatch-gate ${f.ruleId}${f.symbol ? `: ${f.symbol}` : ""}`)
    };
    if (f.file) a.file = f.file;
    if (f.line) a.startLine = f.line;
    annotations.push(a);
  }
  return { annotations, omitted };
}

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/sinks/github-client.ts
var import_light2 = __toESM(require_light(), 1);
var DEFAULTS = { timeoutMs: 15e3, retries: 2, retryBaseMs: 1e3, rateLimitUnitMs: 1e3, maxRateLimitWaitS: 60 };
var GitHubTimeoutError = class extends Error {
  constructor(timeoutMs, request) {
    super(`no response within ${timeoutMs / 1e3} s`);
    this.timeoutMs = timeoutMs;
    this.request = request;
    this.name = "GitHubTimeoutError";
  }
  timeoutMs;
  request;
  timedOut = true;
  /** plugin-retry retries errors with a status >= 400 and the request that failed. */
  status = 500;
};
function requestTimeout(ms) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      const signal = AbortSignal.timeout(ms);
      options.request.signal = signal;
      try {
        const response = await request(options);
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        return response;
      } catch (err) {
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        throw err;
      }
    });
  };
}
function createGitHubClient(token, opts = {}) {
  if (!token) throw new Error("no GitHub token: set the `token` input (default ${{ github.token }}) or the token env variable");
  const o = { ...DEFAULTS, ...opts };
  const baseUrl = (opts.apiUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const waitOrGiveUp = (kind) => (retryAfter, options, _o, retryCount) => {
    const retrying = retryAfter <= o.maxRateLimitWaitS && retryCount < o.retries;
    o.log?.warning(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s`}`);
    return retrying;
  };
  const paced = opts.writeIntervalMs === void 0 ? {} : {
    write: new import_light2.default.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs }),
    notifications: new import_light2.default.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs })
  };
  return getOctokit(
    token,
    {
      baseUrl,
      retry: {
        retries: o.retries,
        retryAfterBaseValue: o.retryBaseMs,
        // Rate limits (403/429) are the throttling plugin's; the rest of 4xx will not change on retry.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        ...paced,
        retryAfterBaseValue: o.rateLimitUnitMs,
        onRateLimit: waitOrGiveUp("rate limit"),
        onSecondaryRateLimit: waitOrGiveUp("secondary rate limit")
      }
    },
    // Innermost first: each retry is a new attempt with its own timeout.
    requestTimeout(o.timeoutMs),
    retry,
    throttling
  );
}
function httpStatus(err) {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
}
function header(err, name) {
  return err?.response?.headers?.[name];
}
function isRateLimited(err) {
  const s = httpStatus(err);
  if (s === 429) return true;
  if (s !== 403) return false;
  return header(err, "x-ratelimit-remaining") === "0" || header(err, "retry-after") !== void 0 || /rate limit/i.test(String(err.message));
}
function isReadOnly(err) {
  return httpStatus(err) === 403 && !isRateLimited(err);
}
function describeGitHubError(what, err) {
  const e = err;
  const msg = err instanceof Error ? err.message : String(err);
  if (e?.timedOut) return `${what}: GitHub did not answer within ${Number(e.timeoutMs) / 1e3} s (retried)`;
  if (isRateLimited(err)) {
    const reset = Number(header(err, "x-ratelimit-reset"));
    const when = reset > 0 ? `; it resets at ${new Date(reset * 1e3).toISOString()}` : header(err, "retry-after") ? `; retry after ${header(err, "retry-after")} s` : "";
    return `${what}: GitHub API rate limit exceeded (HTTP ${httpStatus(err)}${when}): ${msg}`;
  }
  const status = httpStatus(err);
  if (status === 401) return `${what}: the token was refused (HTTP 401 bad credentials): ${msg}`;
  return `${what} failed${status ? ` (HTTP ${status})` : ""}: ${msg}`;
}

// src/sinks/pr-comment.ts
var COMMENT_LIMIT = 65536;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var MARKER_PREFIX = "<!-- livepatch-gate:report";
function commentMarker(key) {
  const clean = (key ?? "").trim().replace(/[^A-Za-z0-9._/=+:@-]/g, "_").replace(/-{2,}/g, "-");
  return clean ? `${MARKER_PREFIX} key=${clean} -->` : `${MARKER_PREFIX} -->`;
}
function hasMarkerLine(body, marker) {
  if (!body?.startsWith(marker)) return false;
  const rest = body.slice(marker.length);
  return rest === "" || rest.startsWith("\n") || rest.startsWith("\r\n");
}
function isOurs(c, marker, identity) {
  return hasMarkerLine(c.body, marker) && c.user?.login === identity.login;
}
function byAge(a, b) {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
}
function planStickyComment(comments, marker, identity) {
  const ours = comments.filter((c) => isOurs(c, marker, identity)).sort(byAge);
  if (ours.length === 0) return { update: null, remove: [] };
  return { update: ours[ours.length - 1], remove: ours.slice(0, -1) };
}
function fitCommentBody(body, opts) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const withMarker = hasMarkerLine(body, opts.marker) ? body : `${opts.marker}
${body}`;
  if (withMarker.length <= limit) return withMarker;
  const where = opts.fullReportUrl ? `: [full report](${opts.fullReportUrl})` : " (see the job summary and the report artifact)";
  const note = `

> [!NOTE]
> Truncated to fit GitHub's ${limit.toLocaleString("en-US")}-character comment limit${where}.
`;
  const closers = "\n```\n</details>\n".repeat(4);
  let cut = withMarker.slice(0, Math.max(0, limit - note.length - closers.length));
  const nl = cut.lastIndexOf("\n");
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  let tail = "";
  const fences = cut.split("\n").filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 === 1) tail += "\n```";
  const openDetails = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 4); i++) tail += "\n</details>";
  const out = cut + tail + note;
  if (out.length > limit) throw new Error(`internal: truncated comment is ${out.length} > ${limit} characters`);
  return out;
}
var READ_ONLY_HINT = "read-only token: fork PR? use the workflow_run mode, see docs/action.md#forks";
var CommentError = class extends Error {
  constructor(message, status, rateLimited = false) {
    super(message);
    this.status = status;
    this.rateLimited = rateLimited;
    this.name = "CommentError";
  }
  status;
  rateLimited;
};
function wrap(what, err) {
  return new CommentError(describeGitHubError(what, err), httpStatus(err), isRateLimited(err));
}
async function tokenIdentity(client, log) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { login: data.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap("GET /user", err);
  }
  try {
    const data = await client.graphql("query { viewer { login } }");
    if (data.viewer?.login) return { login: data.viewer.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap("GraphQL viewer", err);
  }
  log?.info(`the token does not say who it is (GET /user and GraphQL viewer refused): taking it for GITHUB_TOKEN, whose comments are ${ACTIONS_BOT_LOGIN}'s`);
  return { login: ACTIONS_BOT_LOGIN };
}
async function listComments(client, t) {
  return await client.paginate(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100
  });
}
async function removeDuplicates(client, t, remove, log) {
  let removed = 0;
  for (const c of remove) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
      removed++;
    } catch (err) {
      if (httpStatus(err) !== 404) log.warning(`could not delete duplicate report comment ${c.html_url}: ${err.message}`);
    }
  }
  return removed;
}
async function publishStickyComment(client, target, body, opts) {
  const text = fitCommentBody(body, { marker: opts.marker, fullReportUrl: opts.fullReportUrl });
  const identity = opts.identity ?? await tokenIdentity(client, opts.log);
  const readOnly = (err) => {
    const message = `${READ_ONLY_HINT} (HTTP ${httpStatus(err)}: ${err.message})`;
    opts.log.warning(message);
    return { status: "read-only", message };
  };
  let comments;
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
      const removedDuplicates2 = await removeDuplicates(client, target, plan.remove, opts.log);
      return { status: "updated", id: data.id, url: data.html_url, removedDuplicates: removedDuplicates2 };
    } catch (err) {
      if (httpStatus(err) !== 404) {
        if (isReadOnly(err)) return readOnly(err);
        throw wrap(`updating comment ${plan.update.html_url}`, err);
      }
    }
  }
  let created;
  try {
    created = (await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: text })).data;
  } catch (err) {
    if (isReadOnly(err)) return readOnly(err);
    throw wrap(`commenting on ${target.owner}/${target.repo}#${target.issueNumber}`, err);
  }
  let removedDuplicates = 0;
  let survivor = created;
  try {
    const me = created.user?.login ? { login: created.user.login } : identity;
    if (me.login !== identity.login) opts.log.info(`the token comments as ${me.login}, not ${identity.login} as it said`);
    const again = planStickyComment(await listComments(client, target), opts.marker, me);
    removedDuplicates = await removeDuplicates(client, target, again.remove, opts.log);
    if (again.update && again.remove.some((c) => c.id === created.id)) survivor = again.update;
  } catch (err) {
    opts.log.warning(`could not check for duplicate report comments: ${err.message}`);
  }
  return { status: "created", id: survivor.id, url: survivor.html_url, removedDuplicates };
}

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
  const body = opts.render(report, { maxChars: COMMENT_LIMIT - 1024, marker, fullReportUrl: opts.fullReportUrl });
  const outcome = await publishStickyComment(client, { owner, repo, issueNumber: pr }, body, {
    marker,
    log: opts.log,
    fullReportUrl: opts.fullReportUrl
  });
  if (outcome.status !== "read-only") opts.log.info(`${outcome.status} the report comment on #${pr}: ${outcome.url}`);
  return { ...outcome, pullRequest: pr };
}

// src/sinks/sink-log.ts
var actionsLog = {
  info: (m) => info(m),
  warning: (m) => warning(m)
};
var stderrLog = {
  info: (m) => void process.stderr.write(`${m}
`),
  warning: (m) => void process.stderr.write(`warning: ${m}
`)
};

export {
  renderAnnotations,
  createGitHubClient,
  COMMENT_LIMIT,
  commentMarker,
  publishStickyComment,
  commentFromReport,
  actionsLog,
  stderrLog
};
