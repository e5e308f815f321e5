import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  aggregateFindings,
  mergeReports,
  renderAggregateMarkdown
} from "./chunks/chunk-IJB35MFZ.js";
import {
  COMMENT_LIMIT,
  actionsLog,
  commentFromReport,
  commentMarker,
  createGitHubClient,
  publishStickyComment,
  renderAnnotations
} from "./chunks/chunk-E4XEVLLK.js";
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
} from "./chunks/chunk-OGTHRML7.js";
import {
  readCodestreamReports,
  writeJsonFile,
  writeTextFile
} from "./chunks/chunk-WM2NW4DD.js";
import {
  BuildError,
  runGate
} from "./chunks/chunk-4URPKXBD.js";
import {
  VERSION
} from "./chunks/chunk-U7SVN7AW.js";
import "./chunks/chunk-KGEXGP6F.js";
import {
  buildTarget,
  renderFailureMarkdown,
  renderMarkdown,
  renderSarif,
  ruleMetas
} from "./chunks/chunk-4X2SHJLV.js";
import "./chunks/chunk-7XMN4UL4.js";

// src/action/main.ts
import { readFileSync } from "node:fs";
import { basename, dirname as dirname2, extname, join as join3 } from "node:path";

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
import { dirname, join, relative, resolve, sep } from "node:path";
function artifactRuntimeMissing(env = process.env) {
  return ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((k) => !env[k]);
}
async function createDefaultArtifactUploader() {
  const { DefaultArtifactClient } = await import("./chunks/artifact-IGTFAUZT.js");
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
async function createDefaultArtifactDownloader(other) {
  const { DefaultArtifactClient } = await import("./chunks/artifact-IGTFAUZT.js");
  const client = new DefaultArtifactClient();
  const findBy = other ? { findBy: { token: other.token, workflowRunId: other.runId, repositoryOwner: other.owner, repositoryName: other.repo } } : {};
  return {
    downloadMatching: async (prefix, dir) => {
      const { artifacts } = await client.listArtifacts({ latest: true, ...findBy });
      const wanted = artifacts.filter((a) => a.name.startsWith(prefix));
      const out = [];
      for (const a of wanted) {
        const path = join(dir, a.name);
        await client.downloadArtifact(a.id, { path, ...findBy });
        out.push(path);
      }
      return out;
    }
  };
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
import { isAbsolute, join as join2, resolve as resolve2 } from "node:path";
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
function list(v) {
  return v.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);
}
function obj(v) {
  return typeof v === "object" && v !== null ? v : {};
}
function eventDefaults(event, env = {}) {
  const p = event.payload;
  const pr = obj(p.pull_request);
  if (pr.number !== void 0) {
    const sha = (side) => obj(pr[side]).sha;
    const number = Number(pr.number);
    const merge = env.GITHUB_SHA;
    if (event.name === "pull_request" && merge && merge !== sha("head") && merge !== sha("base")) {
      return {
        base: `${merge}^1`,
        head: merge,
        pullRequest: number,
        comparison: `the merge commit GitHub made for #${number} (GITHUB_SHA ${merge.slice(0, 12)}, refs/pull/${number}/merge) against its first parent: the PR's change applied to the base branch, nothing else`
      };
    }
    return {
      base: sha("base"),
      head: sha("head"),
      pullRequest: number,
      mergeBase: true,
      comparison: `no merge commit for #${number}: the PR head against the merge-base of the base branch and the head (not the base branch's tip, whose later commits are not the PR's)`
    };
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
function archInputs(arch, crossCompile) {
  try {
    buildTarget(arch || void 0, crossCompile || void 0);
  } catch (e) {
    throw new InputError(`input 'arch' / 'cross-compile': ${e.message}`);
  }
  return { ...arch ? { arch } : {}, ...crossCompile ? { crossCompile } : {} };
}
function readInputs(get, event, env = process.env) {
  const s = (name) => get(name).trim();
  const mode = s("mode") || "analyze";
  if (mode !== "analyze" && mode !== "comment-from-report" && mode !== "aggregate") {
    throw new InputError(`input 'mode' must be 'analyze', 'comment-from-report' or 'aggregate', not '${mode}'`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const defaults = eventDefaults(event, env);
  let pullRequest = defaults.pullRequest;
  if (s("pr-number")) {
    pullRequest = Number(s("pr-number"));
    if (!Number.isInteger(pullRequest) || pullRequest <= 0) throw new InputError(`input 'pr-number' must be a PR number, not '${s("pr-number")}'`);
  }
  const base = s("base") || defaults.base || "";
  const head = s("head") || defaults.head || "";
  const fromEvent = !s("base") && !s("head");
  if (mode === "analyze") {
    if (!base) {
      throw new InputError(
        event.name === "push" ? "input 'base' is required for this push (a new branch has no 'before' commit): set base: to the branch it came from" : `input 'base' is required for '${event.name || "unknown"}' events (only pull_request and push events imply it)`
      );
    }
    if (!head) throw new InputError(`input 'head' is required for '${event.name || "unknown"}' events`);
  }
  const workingDirectory = within(workspace, s("working-directory") || ".");
  const runnerTemp = env.RUNNER_TEMP || join2(workspace, "..", "_temp");
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
    ...archInputs(s("arch"), s("cross-compile")),
    fullBuild: bool(get, "full-build", false),
    extraCflags: s("extra-cflags").split(/\s+/).filter(Boolean),
    workingDirectory,
    workDir: within(workspace, s("work-dir") || join2(runnerTemp, "livepatch-gate")),
    deepEvidence: bool(get, "deep-evidence", false),
    failOn: s("fail-on") || void 0,
    previousReport: s("previous-report") ? within(workspace, s("previous-report")) : void 0,
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
    pullRequest,
    mergeBase: fromEvent && (defaults.mergeBase ?? false),
    comparison: fromEvent ? defaults.comparison : void 0,
    label: s("label") || void 0,
    reports: list(get("reports")).map((p) => within(workspace, p)),
    expectedCodestreams: list(get("expected-codestreams"))
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
  const sourceBaseUrl = env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/blob` : void 0;
  return { runUrl, artifactUrl: (id) => runUrl ? `${runUrl}/artifacts/${id}` : void 0, docsBaseUrl, sourceBaseUrl };
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
      arch: inputs.arch,
      crossCompile: inputs.crossCompile,
      fullBuild: inputs.fullBuild,
      extraCflags: inputs.extraCflags,
      deepEvidence: inputs.deepEvidence,
      configPath: inputs.configPath,
      failOn: inputs.failOn,
      previousReport: inputs.previousReport,
      pullRequest: inputs.pullRequest,
      mergeBase: inputs.mergeBase,
      comparison: inputs.comparison,
      label: inputs.label,
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
  const summary = renderMarkdown(report, { maxChars: 9e5, fullReportUrl, title: "livepatch-gate", sourceBaseUrl: links.sourceBaseUrl });
  await writeJobSummary(omittedNote ? `${summary}

${omittedNote}
` : summary, { log: actionsLog, pointer: `the '${inputs.artifactName}' artifact` });
  let commentUrl;
  if (inputs.comment) {
    commentUrl = await postComment((o) => renderMarkdown(report, { ...o, fullReportUrl, title: "livepatch-gate", sourceBaseUrl: links.sourceBaseUrl }), inputs, event, fullReportUrl);
  }
  setActionOutputs(actionOutputs(report, { reportPath: inputs.reportFile, sarifPath: inputs.sarifFile, commentUrl }));
  info(`verdict: ${report.verdict}; ${report.summary.functionsToPatch} functions to patch in ${report.summary.objects} objects; ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  if (report.verdict === "error") {
    setFailed(
      `livepatch-gate: could not analyse; this is not a pass:
${report.notAnalysed.map((n) => `- ${n.function ? `${n.function} in ` : ""}${n.file}${n.side ? ` (${n.side})` : ""}: ${n.reason}`).join("\n")}
What to do: ${[...new Set(report.notAnalysed.map((n) => n.advice))].join("; ")}`
    );
  } else if (report.verdict === "fail") {
    setFailed(`livepatch-gate: the change is not safe to live-patch as it stands:
${report.verdictReasons.map((r) => `- ${r}`).join("\n")}`);
  }
}
function writeReportFiles(report, inputs, docsBaseUrl) {
  writeJsonFile(inputs.reportFile, report);
  writeJsonFile(inputs.sarifFile, renderSarif(report, ruleMetas, { docsBaseUrl }));
  const markdownPath = join3(dirname2(inputs.reportFile), `${basename(inputs.reportFile, extname(inputs.reportFile))}.md`);
  writeTextFile(markdownPath, renderMarkdown(report, { maxChars: Number.MAX_SAFE_INTEGER, title: "livepatch-gate" }));
  info(`wrote ${inputs.reportFile}, ${inputs.sarifFile}, ${markdownPath}`);
  return { markdownPath };
}
async function postComment(render, inputs, event, fullReportUrl) {
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
    const body = render({ maxChars: COMMENT_LIMIT - 1024, marker });
    try {
      const outcome = await publishStickyComment(createGitHubClient(inputs.token, { log: actionsLog }), { ...repo, issueNumber: inputs.pullRequest }, body, {
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
      render: (r, o) => renderMarkdown(r, { ...o, title: "livepatch-gate", sourceBaseUrl: runLinks().sourceBaseUrl }),
      log: actionsLog
    })
  );
  setOutput("report-path", inputs.reportPath);
  setOutput("comment-url", outcome.status === "created" || outcome.status === "updated" ? outcome.url : "");
}
async function aggregateMode(inputs, event) {
  const links = runLinks();
  const paths = inputs.reports.length > 0 ? inputs.reports : await downloadMatrixReports(inputs, event);
  const aggregate = mergeReports(readCodestreamReports(paths), { version: VERSION, expected: inputs.expectedCodestreams });
  if (inputs.pullRequest !== void 0 && aggregate.pullRequest === void 0) aggregate.pullRequest = inputs.pullRequest;
  info(`aggregate of ${aggregate.codestreams.length} codestreams: ${aggregate.codestreams.map((c) => `${c.label} ${c.status}`).join(", ")}`);
  const findings = aggregateFindings(aggregate);
  writeJsonFile(inputs.reportFile, aggregate);
  writeJsonFile(inputs.sarifFile, renderSarif({ findings, tool: aggregate.tool }, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: "livepatch-gate/aggregate" }));
  if (inputs.annotations) {
    const rendered = renderAnnotations({ findings }, { perType: 10 });
    emitAnnotations(rendered.annotations.filter((a) => !!a.file), { perType: 10 });
  }
  await writeJobSummary(renderAggregateMarkdown(aggregate, { maxChars: 9e5, fullReportUrl: links.runUrl }), { log: actionsLog, pointer: "the matrix jobs' report artifacts" });
  let commentUrl;
  const pr = aggregate.pullRequest;
  if (inputs.comment) {
    const run2 = event.payload.workflow_run ?? {};
    if (run2.head_sha && aggregate.head && run2.head_sha !== aggregate.head) {
      warning(`not commenting: the reports are of ${aggregate.head.slice(0, 12)} but the triggering run built ${run2.head_sha.slice(0, 12)}`);
    } else {
      commentUrl = await postComment((o) => renderAggregateMarkdown(aggregate, { ...o, fullReportUrl: links.runUrl }), { ...inputs, pullRequest: pr }, event, links.runUrl);
    }
  }
  setOutput("verdict", aggregate.verdict);
  setOutput("report-path", inputs.reportFile);
  setOutput("sarif-path", inputs.sarifFile);
  setOutput("comment-url", commentUrl ?? "");
  setOutput("functions-to-patch", String(aggregate.common.length + aggregate.differences.length));
  if (aggregate.verdict !== "pass") {
    const what = aggregate.verdict === "fail" ? "a codestream fails the policy" : "could not decide for every codestream";
    setFailed(`livepatch-gate: ${what}:
${aggregate.verdictReasons.map((r) => `- ${r}`).join("\n")}`);
  }
}
async function downloadMatrixReports(inputs, event) {
  const dir = join3(inputs.workDir, "matrix-reports");
  const run2 = event.payload.workflow_run ?? {};
  const repo = repository();
  const other = run2.id && repo ? { runId: run2.id, token: inputs.token, ...repo } : void 0;
  if (!other && artifactRuntimeMissing().length > 0) {
    throw new Error(`mode: aggregate needs the matrix reports: set the 'reports' input to where actions/download-artifact put them (not running as a GitHub Actions step, so the artifacts cannot be listed)`);
  }
  const found = await (await createDefaultArtifactDownloader(other)).downloadMatching(inputs.artifactName, dir);
  info(`downloaded ${found.length} report artifacts named ${inputs.artifactName}*`);
  return found.length > 0 ? found : [dir];
}
async function run() {
  let inputs;
  let event;
  try {
    event = readEvent();
    inputs = readInputs((name) => getInput(name), event);
    if (inputs.mode === "comment-from-report") await commentMode(inputs, event);
    else if (inputs.mode === "aggregate") await aggregateMode(inputs, event);
    else await analyzeMode(inputs, event);
  } catch (err) {
    reportFailure(err);
    if (inputs?.mode === "analyze" && inputs.comment && event) await replaceVerdictWithFailure(err, inputs, event);
  }
}
async function replaceVerdictWithFailure(err, inputs, event) {
  const e = err;
  const message = e?.name === "BuildError" ? `The ${e.side} build failed: ${e.command}` : e?.message ?? String(err);
  const runUrl = runLinks().runUrl;
  await postComment((o) => renderFailureMarkdown(message, { ...o, title: "livepatch-gate", fullReportUrl: runUrl, head: inputs.head }), inputs, event, runUrl);
}

// src/index.ts
await run();
