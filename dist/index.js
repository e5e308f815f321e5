import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  BuildError,
  POLICY_PATH,
  annotations,
  artifact,
  artifactRuntimeMissing,
  baseBuildNamed,
  createDefaultArtifactDownloader,
  jobSummary,
  markdownBeside,
  publish,
  reportFiles,
  runGate,
  stepOutputs,
  stickyComment
} from "./chunks/chunk-HH2DARKK.js";
import "./chunks/chunk-TCM3E6M4.js";
import "./chunks/chunk-6435ZYN3.js";
import {
  commentFromReport
} from "./chunks/chunk-GIBDD3AS.js";
import {
  actionsLog,
  buildTarget,
  mergeReports,
  presentAggregate,
  presentFailure,
  presentReport,
  readCodestreamReports
} from "./chunks/chunk-5JSFV5S3.js";
import {
  VERSION
} from "./chunks/chunk-U7SVN7AW.js";
import {
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
import "./chunks/chunk-4MD525XN.js";
import "./chunks/chunk-7XMN4UL4.js";

// src/action/main.ts
import { readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/action/inputs.ts
import { isAbsolute, join, resolve } from "node:path";
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
function choice(name, value, parse) {
  try {
    return parse(value);
  } catch (e) {
    throw new InputError(`input '${name}' ${e.message}`);
  }
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
  return isAbsolute(path) ? path : resolve(root, path);
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
    ...archInputs(s("arch"), s("cross-compile")),
    fullBuild: bool(get, "full-build", false),
    baseBuild: choice("base-build", s("base-build") || "touched", baseBuildNamed),
    extraCflags: s("extra-cflags").split(/\s+/).filter(Boolean),
    workingDirectory,
    workDir: within(workspace, s("work-dir") || join(runnerTemp, "livepatch-gate")),
    deepEvidence: bool(get, "deep-evidence", false),
    failOn: s("fail-on") || void 0,
    previousReport: s("previous-report") ? within(workspace, s("previous-report")) : void 0,
    symbols: list(get("symbols")).map((p) => within(workspace, p)),
    // The default path is read from the BASE commit (a PR must not relax its own gate); any other
    // path is the user's explicit choice of a file in the checkout.
    configPath: config && config !== POLICY_PATH ? within(workingDirectory, config) : void 0,
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
function gateOptionsOf(inputs) {
  return {
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
    baseBuild: inputs.baseBuild,
    extraCflags: inputs.extraCflags,
    deepEvidence: inputs.deepEvidence,
    jobs: void 0,
    configPath: inputs.configPath,
    failOn: inputs.failOn,
    previousReport: inputs.previousReport,
    symbols: inputs.symbols,
    pullRequest: inputs.pullRequest,
    mergeBase: inputs.mergeBase,
    comparison: inputs.comparison,
    label: inputs.label
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
function reportLinks(links) {
  return { fullReportUrl: links.runUrl, docsBaseUrl: links.docsBaseUrl, sourceBaseUrl: links.sourceBaseUrl };
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
    () => runGate({ ...gateOptionsOf(inputs), onProgress: (m) => info(m) })
  );
  const presentation = presentReport(report);
  await publish(presentation, [
    reportFiles({ json: inputs.reportFile, sarif: inputs.sarifFile, markdown: markdownBeside(inputs.reportFile) }),
    ...inputs.uploadArtifact ? [artifact(inputs.artifactName, links.artifactUrl)] : [],
    ...inputs.annotations ? [annotations()] : [],
    jobSummary(`the '${inputs.artifactName}' artifact`),
    ...commentSinks(inputs, event),
    stepOutputs()
  ], reportLinks(links));
  info(presentation.headline);
  if (presentation.failure) setFailed(`livepatch-gate: ${presentation.failure}`);
}
function commentSinks(inputs, event) {
  if (!inputs.comment) return [];
  const repo = repository();
  if (!inputs.pullRequest || !repo) {
    info(`PR comment skipped: the '${event.name}' event names no pull request`);
    return [];
  }
  if (!inputs.token) {
    warning("PR comment skipped: no token (set the `token` input)");
    return [];
  }
  return [stickyComment({ ...repo, issueNumber: inputs.pullRequest }, inputs.token, { key: inputs.commentKey })];
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
      sourceBaseUrl: runLinks().sourceBaseUrl,
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
  const presentation = presentAggregate(aggregate);
  info(presentation.headline);
  const run2 = event.payload.workflow_run ?? {};
  const stale = run2.head_sha && aggregate.head && run2.head_sha !== aggregate.head;
  if (inputs.comment && stale) warning(`not commenting: the reports are of ${aggregate.head.slice(0, 12)} but the triggering run built ${run2.head_sha.slice(0, 12)}`);
  await publish(presentation, [
    reportFiles({ json: inputs.reportFile, sarif: inputs.sarifFile }),
    ...inputs.annotations ? [annotations()] : [],
    jobSummary("the matrix jobs' report artifacts"),
    ...stale ? [] : commentSinks({ ...inputs, pullRequest: aggregate.pullRequest }, event),
    stepOutputs()
  ], reportLinks(links));
  if (presentation.failure) setFailed(`livepatch-gate: ${presentation.failure}`);
}
async function downloadMatrixReports(inputs, event) {
  const dir = join2(inputs.workDir, "matrix-reports");
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
  await publish(presentFailure(message, inputs.head), commentSinks(inputs, event), { fullReportUrl: runLinks().runUrl });
}

// src/index.ts
await run();
