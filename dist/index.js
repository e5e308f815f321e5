import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  actionsLog,
  commentFromReport,
  commentMarker,
  createGitHubClient,
  publishStickyComment,
  renderAnnotations,
  writeJsonFile,
  writeTextFile
} from "./chunks/chunk-RM2XI54V.js";
import {
  core_exports,
  debug,
  endGroup,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  startGroup,
  warning
} from "./chunks/chunk-PUD3OKHY.js";
import {
  BuildError,
  runGate
} from "./chunks/chunk-TAKTSIYC.js";
import {
  VERSION
} from "./chunks/chunk-PEBDH32I.js";
import "./chunks/chunk-42VBXA36.js";
import {
  renderMarkdown,
  renderSarif,
  ruleMetas
} from "./chunks/chunk-3A6UOZKH.js";
import "./chunks/chunk-7XMN4UL4.js";

// src/action/main.ts
import { readFileSync } from "node:fs";
import { basename, dirname as dirname2, extname, join as join2 } from "node:path";

// src/sinks/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
var actionsAnnotator = (level, message, props) => core_exports[level](message, props);
function emitAnnotations(annotations, opts = {}) {
  const perType = Math.min(opts.perType ?? ANNOTATIONS_PER_TYPE, ANNOTATIONS_PER_TYPE);
  const annotate = opts.annotate ?? actionsAnnotator;
  const emitted = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations) {
    if (emitted[a.level] >= perType) {
      omitted[a.level]++;
      continue;
    }
    emitted[a.level]++;
    const startLine = Number.isInteger(a.startLine) && a.startLine > 0 ? a.startLine : 1;
    annotate(a.level, a.message, { title: a.title, file: a.file, startLine });
  }
  return { emitted, omitted };
}
function omittedAnnotationsNote(omitted) {
  const parts = ["error", "warning", "notice"].filter((l) => (omitted[l] ?? 0) > 0).map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? "" : "s"}`);
  return parts.length ? `${parts.join(", ")} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_TYPE} per type per step); all findings are listed in this report.` : "";
}

// src/sinks/artifact.ts
import { dirname, relative, resolve, sep } from "node:path";
function artifactRuntimeMissing(env = process.env) {
  return ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((k) => !env[k]);
}
async function createDefaultArtifactUploader() {
  const { DefaultArtifactClient } = await import("./chunks/artifact-HMNPZ56Q.js");
  const client = new DefaultArtifactClient();
  return {
    upload: async (name, files, root) => {
      const r = await client.uploadArtifact(name, files, root);
      return { id: r.id, size: r.size };
    }
  };
}
function commonDirectory(files) {
  const dirs = files.map((f) => dirname(resolve(f)));
  let root = dirs[0] ?? process.cwd();
  for (const d of dirs) {
    while (relative(root, d).split(sep)[0] === "..") {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return root;
}
async function uploadReportArtifact(name, files, opts) {
  const missing = artifactRuntimeMissing(opts.env);
  if (!opts.uploader && missing.length) {
    const message = `artifact upload skipped: ${missing.join(" and ")} not set (not running as a GitHub Actions step?)`;
    opts.log.info(message);
    return { status: "skipped", message };
  }
  try {
    const uploader = opts.uploader ?? await createDefaultArtifactUploader();
    const r = await uploader.upload(name, files.map((f) => resolve(f)), commonDirectory(files));
    opts.log.info(`uploaded artifact '${name}' (${files.length} files${r.size !== void 0 ? `, ${r.size} bytes` : ""})`);
    return { status: "uploaded", id: r.id, size: r.size };
  } catch (err) {
    const message = `artifact upload of '${name}' failed: ${err.message} (the report is still in the job summary; with several jobs per workflow, give each a distinct artifact-name)`;
    opts.log.warning(message);
    return { status: "failed", message };
  }
}

// src/sinks/job-summary.ts
import { appendFile } from "node:fs/promises";
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SUMMARY_ENV = "GITHUB_STEP_SUMMARY";
function fitSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES - 1024, pointer = "the report artifact") {
  if (Buffer.byteLength(markdown, "utf8") <= limitBytes) return markdown;
  const note = `

> [!NOTE]
> Truncated to fit GitHub's 1 MiB job summary limit; the full report is in ${pointer}.
`;
  const room = limitBytes - Buffer.byteLength(note, "utf8") - 8;
  let cut = Buffer.from(markdown, "utf8").subarray(0, Math.max(0, room)).toString("utf8");
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  const fences = cut.split("\n").filter((l) => /^\s*```/.test(l)).length;
  return cut + (fences % 2 ? "\n```" : "") + note;
}
async function writeJobSummary(markdown, opts) {
  const path = process.env[SUMMARY_ENV];
  if (!path) {
    opts.log.info(`job summary skipped: ${SUMMARY_ENV} is not set (not running in GitHub Actions?)`);
    return false;
  }
  try {
    await appendFile(path, fitSummary(markdown, void 0, opts.pointer) + "\n", "utf8");
    return true;
  } catch (err) {
    opts.log.warning(`could not write the job summary: ${err.message}`);
    return false;
  }
}

// src/sinks/outputs.ts
function patchListOf(report) {
  const out = {};
  for (const o of report.patch) {
    out[o.object] = o.functions.map((f) => f.sympos > 0 ? `${f.symbol},${f.sympos}` : f.symbol);
  }
  return out;
}
function actionOutputs(report, paths) {
  return {
    "report-path": paths.reportPath,
    "sarif-path": paths.sarifPath ?? "",
    verdict: report.verdict,
    "functions-to-patch": String(report.summary.functionsToPatch),
    "patch-list": JSON.stringify(patchListOf(report)),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    "comment-url": paths.commentUrl ?? ""
  };
}
function setActionOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}

// src/action/inputs.ts
import { isAbsolute, join, resolve as resolve2 } from "node:path";
var DEFAULT_CONFIG = ".github/livepatch-gate.yml";
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var ZERO_SHA = /^0+$/;
function bool(get, name, dflt) {
  const v = get(name).trim();
  if (v === "") return dflt;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${v}'`);
}
function obj(v) {
  return typeof v === "object" && v !== null ? v : {};
}
function eventDefaults(event) {
  const p = event.payload;
  const pr = obj(p.pull_request);
  if (pr.number !== void 0) {
    const sha = (side) => obj(pr[side]).sha;
    return { base: sha("base"), head: sha("head"), pullRequest: Number(pr.number) };
  }
  if (event.name === "push") {
    const before = typeof p.before === "string" && !ZERO_SHA.test(p.before) ? p.before : void 0;
    return { base: before, head: typeof p.after === "string" ? p.after : void 0 };
  }
  if (event.name === "workflow_run") {
    const first = obj(p.workflow_run).pull_requests?.[0];
    return { pullRequest: first?.number };
  }
  return {};
}
function within(root, path) {
  return isAbsolute(path) ? path : resolve2(root, path);
}
function readInputs(get, event, env = process.env) {
  const s = (name) => get(name).trim();
  const mode = s("mode") || "analyze";
  if (mode !== "analyze" && mode !== "comment-from-report") {
    throw new InputError(`input 'mode' must be 'analyze' or 'comment-from-report', not '${mode}'`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const defaults = eventDefaults(event);
  let pullRequest = defaults.pullRequest;
  if (s("pr-number")) {
    pullRequest = Number(s("pr-number"));
    if (!Number.isInteger(pullRequest) || pullRequest <= 0) throw new InputError(`input 'pr-number' must be a PR number, not '${s("pr-number")}'`);
  }
  const base = s("base") || defaults.base || "";
  const head = s("head") || defaults.head || "";
  if (mode === "analyze") {
    if (!base) {
      throw new InputError(
        event.name === "push" ? "input 'base' is required for this push (a new branch has no 'before' commit): set base: to the branch it came from" : `input 'base' is required for '${event.name || "unknown"}' events (only pull_request and push events imply it)`
      );
    }
    if (!head) throw new InputError(`input 'head' is required for '${event.name || "unknown"}' events`);
  }
  const workingDirectory = within(workspace, s("working-directory") || ".");
  const runnerTemp = env.RUNNER_TEMP || join(workspace, "..", "_temp");
  const config = s("config");
  const reportPathInput = s("report-path");
  if (mode === "comment-from-report" && !reportPathInput) {
    throw new InputError("input 'report-path' is required with mode: comment-from-report (the report JSON downloaded from the PR run's artifact)");
  }
  const key = s("comment-key") || (s("working-directory") && s("working-directory") !== "." ? s("working-directory") : "");
  return {
    mode,
    base,
    head,
    buildCommand: s("build-command") || void 0,
    kernelConfig: s("kernel-config") || void 0,
    fullBuild: bool(get, "full-build", false),
    extraCflags: s("extra-cflags").split(/\s+/).filter(Boolean),
    workingDirectory,
    workDir: within(workspace, s("work-dir") || join(runnerTemp, "livepatch-gate")),
    deepEvidence: bool(get, "deep-evidence", false),
    failOn: s("fail-on") || void 0,
    // The default path is read from the BASE commit (a PR must not relax its own gate); any other
    // path is the user's explicit choice of a file in the checkout.
    configPath: config && config !== DEFAULT_CONFIG ? within(workingDirectory, config) : void 0,
    token: s("token"),
    comment: bool(get, "comment", true),
    commentKey: key,
    annotations: bool(get, "annotations", true),
    sarifFile: within(workspace, s("sarif-file") || "livepatch-gate.sarif"),
    reportFile: within(workspace, s("report-file") || "livepatch-gate-report.json"),
    uploadArtifact: bool(get, "upload-artifact", true),
    artifactName: s("artifact-name") || "livepatch-gate-report",
    reportPath: reportPathInput ? within(workspace, reportPathInput) : void 0,
    pullRequest
  };
}

// src/action/main.ts
function readEvent(env = process.env) {
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, "utf8"));
    } catch (err) {
      throw new Error(`cannot read the event payload ${path}: ${err.message}`);
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? "", payload };
}
function runLinks(env = process.env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const docsBaseUrl = env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF ? `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}/docs` : void 0;
  return { runUrl, artifactUrl: (id) => runUrl ? `${runUrl}/artifacts/${id}` : void 0, docsBaseUrl };
}
function repository(env = process.env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : void 0;
}
function reportFailure(err) {
  if (err instanceof BuildError || err?.name === "BuildError") {
    const b = err;
    const group2 = `${b.side} build log (last lines)`;
    startGroup(group2);
    info(b.logTail);
    endGroup();
    setFailed(`The ${b.side} build failed: ${b.command}
The end of its log is in the collapsed group "${group2}" above.`);
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  if (e.stack) debug(e.stack);
  setFailed(`livepatch-gate: ${e.message}`);
}
async function analyzeMode(inputs, event) {
  const links = runLinks();
  info(`livepatch-gate ${VERSION}: base ${inputs.base}, head ${inputs.head}, repository ${inputs.workingDirectory}`);
  const { report } = await group(
    "Build base and head, analyse",
    () => runGate({
      repo: inputs.workingDirectory,
      base: inputs.base,
      head: inputs.head,
      workDir: inputs.workDir,
      kind: "auto",
      buildCommand: inputs.buildCommand,
      kernelConfig: inputs.kernelConfig,
      fullBuild: inputs.fullBuild,
      extraCflags: inputs.extraCflags,
      deepEvidence: inputs.deepEvidence,
      configPath: inputs.configPath,
      failOn: inputs.failOn,
      pullRequest: inputs.pullRequest,
      onProgress: (m) => info(m)
    })
  );
  const { markdownPath } = await group("Write report files", async () => writeReportFiles(report, inputs, links.docsBaseUrl));
  let fullReportUrl = links.runUrl;
  if (inputs.uploadArtifact) {
    const files = [inputs.reportFile, inputs.sarifFile, markdownPath];
    const art = await group("Upload the report artifact", () => uploadReportArtifact(inputs.artifactName, files, { log: actionsLog }));
    if (art.status === "uploaded" && art.id !== void 0) fullReportUrl = links.artifactUrl(art.id) ?? fullReportUrl;
  }
  let omittedNote = "";
  if (inputs.annotations) {
    const rendered = renderAnnotations(report, { perType: 10 });
    const shown = emitAnnotations(
      rendered.annotations.filter((a) => !!a.file),
      { perType: 10 }
    );
    const withoutFile = rendered.annotations.filter((a) => !a.file).length;
    omittedNote = omittedAnnotationsNote({
      error: rendered.omitted.error + shown.omitted.error,
      warning: rendered.omitted.warning + shown.omitted.warning,
      notice: rendered.omitted.notice + shown.omitted.notice
    });
    if (withoutFile) info(`${withoutFile} findings have no source location; they are in the summary, not annotated`);
  }
  const summary = renderMarkdown(report, { maxChars: 9e5, fullReportUrl, title: "livepatch-gate" });
  await writeJobSummary(omittedNote ? `${summary}

${omittedNote}
` : summary, { log: actionsLog, pointer: `the '${inputs.artifactName}' artifact` });
  let commentUrl;
  if (inputs.comment) commentUrl = await postComment(report, inputs, event, fullReportUrl);
  setActionOutputs(actionOutputs(report, { reportPath: inputs.reportFile, sarifPath: inputs.sarifFile, commentUrl }));
  info(`verdict: ${report.verdict}; ${report.summary.functionsToPatch} functions to patch in ${report.summary.objects} objects; ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  if (report.verdict === "fail") {
    setFailed(`livepatch-gate: the change is not safe to live-patch as it stands:
${report.verdictReasons.map((r) => `- ${r}`).join("\n")}`);
  }
}
function writeReportFiles(report, inputs, docsBaseUrl) {
  writeJsonFile(inputs.reportFile, report);
  writeJsonFile(inputs.sarifFile, renderSarif(report, ruleMetas, { docsBaseUrl }));
  const markdownPath = join2(dirname2(inputs.reportFile), `${basename(inputs.reportFile, extname(inputs.reportFile))}.md`);
  writeTextFile(markdownPath, renderMarkdown(report, { maxChars: Number.MAX_SAFE_INTEGER, title: "livepatch-gate" }));
  info(`wrote ${inputs.reportFile}, ${inputs.sarifFile}, ${markdownPath}`);
  return { markdownPath };
}
async function postComment(report, inputs, event, fullReportUrl) {
  const repo = repository();
  if (!inputs.pullRequest || !repo) {
    info(`PR comment skipped: the '${event.name}' event names no pull request`);
    return void 0;
  }
  if (!inputs.token) {
    warning("PR comment skipped: no token (set the `token` input)");
    return void 0;
  }
  return group("Publish the PR comment", async () => {
    const marker = commentMarker(inputs.commentKey);
    const body = renderMarkdown(report, { maxChars: COMMENT_LIMIT - 1024, marker, fullReportUrl, title: "livepatch-gate" });
    try {
      const outcome = await publishStickyComment(createGitHubClient(inputs.token), { ...repo, issueNumber: inputs.pullRequest }, body, {
        marker,
        log: actionsLog,
        fullReportUrl
      });
      if (outcome.status === "read-only") return void 0;
      info(`${outcome.status} ${outcome.url}${outcome.removedDuplicates ? ` (removed ${outcome.removedDuplicates} duplicates)` : ""}`);
      return outcome.url;
    } catch (err) {
      warning(`could not publish the PR comment: ${err.message}`);
      return void 0;
    }
  });
}
async function commentMode(inputs, event) {
  const repo = repository();
  if (!repo) throw new Error("GITHUB_REPOSITORY is not set");
  const run2 = event.payload.workflow_run ?? {};
  const outcome = await group(
    "Publish the PR comment from the saved report",
    () => commentFromReport({
      reportPath: inputs.reportPath,
      repository: `${repo.owner}/${repo.repo}`,
      pullRequest: inputs.pullRequest,
      token: inputs.token,
      // Only a workflow_run event tells us, from a trusted source, which commit the report belongs to.
      expectHeadSha: run2.head_sha,
      commentKey: inputs.commentKey,
      fullReportUrl: run2.html_url,
      render: (r, o) => renderMarkdown(r, { ...o, title: "livepatch-gate" }),
      log: actionsLog
    })
  );
  setOutput("report-path", inputs.reportPath);
  setOutput("comment-url", outcome.status === "created" || outcome.status === "updated" ? outcome.url : "");
}
async function run() {
  try {
    const event = readEvent();
    const inputs = readInputs((name) => getInput(name), event);
    if (inputs.mode === "comment-from-report") await commentMode(inputs, event);
    else await analyzeMode(inputs, event);
  } catch (err) {
    reportFailure(err);
  }
}

// src/index.ts
await run();
