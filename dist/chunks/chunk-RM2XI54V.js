import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  getOctokit,
  info,
  warning
} from "./chunk-PUD3OKHY.js";

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
      message: f.message,
      title: `livepatch-gate ${f.ruleId}${f.symbol ? `: ${f.symbol}` : ""}`
    };
    if (f.file) a.file = f.file;
    if (f.line) a.startLine = f.line;
    annotations.push(a);
  }
  return { annotations, omitted };
}

// src/sinks/report-file.ts
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var REPORT_SCHEMA = "livepatch-gate/report";
var REPORT_SCHEMA_VERSION = 1;
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
function writeTextFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith("\n") ? text : text + "\n");
}
function writeJsonFile(path, value) {
  writeTextFile(path, JSON.stringify(value, null, 2));
}
function reportProblems(value) {
  const problems = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["not a JSON object"];
  const r = value;
  if (r.schema !== REPORT_SCHEMA) return [`schema is ${JSON.stringify(r.schema)}, expected "${REPORT_SCHEMA}"`];
  if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return [`schemaVersion ${JSON.stringify(r.schemaVersion)} is not supported (this livepatch-gate reads version ${REPORT_SCHEMA_VERSION}); use the same livepatch-gate version for the analyze and the comment workflows`];
  }
  const need = (key, ok, what) => {
    if (!ok(r[key])) problems.push(`${key}: expected ${what}`);
  };
  const isStr = (v) => typeof v === "string";
  const isArr = (v) => Array.isArray(v);
  need("repo", isStr, "a string");
  need("base", isStr, "a string");
  need("head", isStr, "a string");
  need("verdict", (v) => v === "pass" || v === "fail", '"pass" or "fail"');
  need("verdictReasons", (v) => isArr(v) && v.every(isStr), "an array of strings");
  need("patch", isArr, "an array");
  need("findings", isArr, "an array");
  need("notBuilt", isArr, "an array");
  need("warnings", isArr, "an array");
  need("changes", (v) => typeof v === "object" && v !== null && isArr(v.functions), "an object with functions[]");
  need("summary", (v) => {
    if (typeof v !== "object" || v === null) return false;
    const s = v;
    return ["functionsToPatch", "objects", "errors", "warnings", "notices"].every((k) => Number.isInteger(s[k]));
  }, "an object of integer counts");
  if (r.pullRequest !== void 0 && !(Number.isInteger(r.pullRequest) && r.pullRequest > 0)) {
    problems.push("pullRequest: expected a positive integer");
  }
  if (isArr(r.patch)) {
    r.patch.forEach((o, i) => {
      const ob = o;
      if (!ob || typeof ob.object !== "string" || !isArr(ob.functions)) problems.push(`patch[${i}]: expected {object, functions[]}`);
    });
  }
  return problems;
}
function readReportFile(path) {
  let size;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`report file ${path} does not exist (did the analyze run upload its artifact, and did the download step put it there?)`);
  }
  if (size > MAX_REPORT_BYTES) throw new Error(`report file ${path} is ${size} bytes: too large to be a livepatch-gate report`);
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`report file ${path} is not valid JSON: ${err.message}`);
  }
  const problems = reportProblems(value);
  if (problems.length) throw new Error(`report file ${path} is not a livepatch-gate report:
  ${problems.join("\n  ")}`);
  return value;
}

// src/sinks/pr-comment.ts
var COMMENT_LIMIT = 65536;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var MARKER_PREFIX = "<!-- livepatch-gate:report";
function commentMarker(key) {
  const clean = (key ?? "").trim().replace(/[^A-Za-z0-9._/=+:@-]/g, "_").replace(/-{2,}/g, "-");
  return clean ? `${MARKER_PREFIX} key=${clean} -->` : `${MARKER_PREFIX} -->`;
}
function isOurs(c, marker, identity) {
  if (!c.body?.includes(marker) || !c.user) return false;
  if (identity.login) return c.user.login === identity.login;
  return c.user.login === ACTIONS_BOT_LOGIN || c.user.type === "Bot";
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
  const withMarker = body.includes(opts.marker) ? body : `${opts.marker}
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
function createGitHubClient(token, apiUrl) {
  if (!token) throw new Error("no GitHub token: set the `token` input (default ${{ github.token }}) or the token env variable");
  const baseUrl = (apiUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  return getOctokit(token, { baseUrl });
}
var READ_ONLY_HINT = "read-only token: fork PR? use the workflow_run mode, see docs/action.md#forks";
function httpStatus(err) {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
}
function isReadOnly(err) {
  const s = httpStatus(err);
  return s === 403 || s === 404;
}
var CommentError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "CommentError";
  }
  status;
};
function wrap(what, err) {
  const status = httpStatus(err);
  const msg = err instanceof Error ? err.message : String(err);
  return new CommentError(`${what} failed${status ? ` (HTTP ${status})` : ""}: ${msg}`, status);
}
async function tokenIdentity(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return { login: null };
  }
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
  const identity = opts.identity ?? await tokenIdentity(client);
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
    const me = identity.login ? identity : { login: created.user?.login ?? null };
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
  const client = opts.client ?? createGitHubClient(opts.token, opts.apiUrl);
  if (opts.expectHeadSha) {
    const { data: pull } = await client.rest.pulls.get({ owner, repo, pull_number: pr });
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
  writeTextFile,
  writeJsonFile,
  COMMENT_LIMIT,
  commentMarker,
  createGitHubClient,
  publishStickyComment,
  commentFromReport,
  actionsLog,
  stderrLog
};
