import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  baseBuildNamed,
  publish,
  reportFiles,
  runGate,
  stdout
} from "./chunk-HH2DARKK.js";
import {
  buildTarget,
  presentReport,
  silentLog
} from "./chunk-5JSFV5S3.js";
import {
  ExitCode,
  UsageError
} from "./chunk-OBJJJMZA.js";

// src/cli/analyze-command.ts
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
var usage = `usage: livepatch-gate analyze --base REF --head REF [options]

Builds the repository at BASE and HEAD with clone dumps, lists the functions a live patch must
replace (per object: vmlinux, each module, or your programs), checks the hazards, and applies the
policy. Your checkout's files and branches are not modified: builds happen in two git worktrees under
--work-dir (WORK/base/src, WORK/head/src), kept for the next run. Git lists them in your repository
(git worktree list); to remove them: rm -rf WORK && git worktree prune.

options:
  --repo DIR              the git repository (default: .)
  --base REF              the code running in production (e.g. origin/main, a tag, a commit)
  --head REF              the change (default: HEAD)
  --merge-base            compare HEAD against the merge-base of BASE and HEAD: a branch's own change,
                          not the commits BASE gained since it branched (what a PR check wants)
  --kind KIND             auto | kernel | command (default: auto: a Linux tree builds through Kbuild)
  --build-command CMD     how to build a non-kernel project, run with sh -c in each worktree (default: make)
  --kernel-config X       kernel: a .config file or a make target such as defconfig (default: defconfig)
  --arch ARCH             build for x86_64 | arm64 | ppc64le | s390x (kernel: ARCH=); objects of any
                          other machine are an error (default: this machine's)
  --cross-compile PREFIX  toolchain prefix, e.g. s390x-linux-gnu- (kernel: CROSS_COMPILE=; command
                          builds: the compiler wrapper runs PREFIXgcc); default with --arch: Debian's
  --full-build            kernel: build everything, not only the objects the change touches
  --base-build MODE       kernel: touched | full (default: touched); full: base is a full build (vmlinux +
                          modules, reused when the work dir already holds it at BASE), whose compiler deps
                          select the objects and whose vmlinux gives old_sympos; head builds only those
  --extra-cflags FLAGS    more compiler flags for both sides (space-separated)
  --work-dir DIR          worktrees, objects and logs; kept between runs for reuse
                          (default: ~/.cache/livepatch-gate/<repo>-<hash>)
  --jobs N                parallel build jobs (default: number of CPUs)
  --deep-evidence         also dump pure/const and ICF decisions and report those that differ
  --config FILE           policy file (default: .github/livepatch-gate.yml as committed at BASE)
  --symbols FILE          the running kernel's symbols: its System.map, a /proc/kallsyms dump (with
                          modules), or its vmlinux and .ko files (repeat, or comma-separate); every
                          klp_func is checked to exist there and old_sympos is taken from there
  --previous-report FILE  the JSON report of the live patch already deployed: list the patch
                          cumulatively (kept, updated, added, dropped) for atomic replace
  --fail-on LIST          error | warning | notice | none | rule ids, comma-separated (overrides the config)
  --label NAME            names this codestream (architecture \xD7 configuration) for 'livepatch-gate merge'
                          (default: ARCH/CONFIG)
  --pr N                  the pull request the report is for ('livepatch-gate comment' posts to it)
  --format FMT            what to print on stdout: text | markdown | json
                          (default: text on a terminal, markdown when piped or redirected)
  --json FILE             also write the JSON report (docs/report-schema.md) to FILE
  --sarif FILE            also write a SARIF 2.1.0 file for code scanning
  --markdown FILE         also write the markdown report to FILE
  --quiet                 no progress on stderr

exit codes: 0 gate passed, 1 gate failed, 2 bad usage, 3 could not analyse (missing ref, build failure, a changed
            function not compiled and compared on both sides: the report says which, and what to do)`;
function defaultWorkDir(repo) {
  const hash = createHash("sha256").update(resolve(repo)).digest("hex").slice(0, 10);
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "livepatch-gate", `${basename(resolve(repo))}-${hash}`);
}
function parseAnalyzeArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repo: { type: "string", default: "." },
      base: { type: "string" },
      head: { type: "string", default: "HEAD" },
      kind: { type: "string", default: "auto" },
      "build-command": { type: "string" },
      "kernel-config": { type: "string" },
      arch: { type: "string" },
      "cross-compile": { type: "string" },
      "full-build": { type: "boolean", default: false },
      "base-build": { type: "string", default: "touched" },
      "extra-cflags": { type: "string", default: "" },
      "work-dir": { type: "string" },
      jobs: { type: "string" },
      "deep-evidence": { type: "boolean", default: false },
      config: { type: "string" },
      "fail-on": { type: "string" },
      "merge-base": { type: "boolean", default: false },
      label: { type: "string" },
      pr: { type: "string" },
      "previous-report": { type: "string" },
      symbols: { type: "string", multiple: true },
      format: { type: "string" },
      json: { type: "string" },
      sarif: { type: "string" },
      markdown: { type: "string" },
      quiet: { type: "boolean", default: false }
    }
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.base) throw new UsageError("--base is required (the commit running in production, e.g. origin/main)");
  if (!["auto", "kernel", "command"].includes(values.kind)) throw new UsageError(`--kind must be auto, kernel or command, not '${values.kind}'`);
  const format = parseFormat(values.format);
  const pullRequest = values.pr === void 0 ? void 0 : Number(values.pr);
  if (pullRequest !== void 0 && (!Number.isSafeInteger(pullRequest) || pullRequest < 1)) throw new UsageError(`--pr takes a pull request number, not '${values.pr}'`);
  const jobs = values.jobs === void 0 ? void 0 : Number(values.jobs);
  if (jobs !== void 0 && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs takes a positive whole number, not '${values.jobs}'`);
  try {
    buildTarget(values.arch, values["cross-compile"]);
  } catch (e) {
    throw new UsageError(e.message);
  }
  let baseBuild;
  try {
    baseBuild = baseBuildNamed(values["base-build"]);
  } catch (e) {
    throw new UsageError(`--base-build ${e.message}`);
  }
  const repo = resolve(values.repo);
  return {
    repo,
    base: values.base,
    head: values.head,
    workDir: resolve(values["work-dir"] ?? defaultWorkDir(repo)),
    kind: values.kind,
    buildCommand: values["build-command"],
    kernelConfig: values["kernel-config"],
    arch: values.arch,
    crossCompile: values["cross-compile"],
    fullBuild: values["full-build"],
    baseBuild,
    extraCflags: values["extra-cflags"].split(/\s+/).filter(Boolean),
    deepEvidence: values["deep-evidence"],
    symbols: (values.symbols ?? []).flatMap((v) => v.split(",")).map((f) => f.trim()).filter(Boolean).map((f) => resolve(f)),
    jobs,
    configPath: values.config,
    failOn: values["fail-on"],
    previousReport: values["previous-report"] === void 0 ? void 0 : resolve(values["previous-report"]),
    mergeBase: values["merge-base"],
    comparison: void 0,
    label: values.label,
    pullRequest,
    format,
    json: values.json,
    sarif: values.sarif,
    markdown: values.markdown,
    quiet: values.quiet
  };
}
function defaultFormat(stdoutIsTerminal) {
  return stdoutIsTerminal ? "text" : "markdown";
}
function parseFormat(value) {
  const format = value ?? defaultFormat(process.stdout.isTTY === true);
  if (format !== "markdown" && format !== "text" && format !== "json") throw new UsageError(`--format must be markdown, text or json, not '${format}'`);
  return format;
}
async function emitReport(report, o) {
  await publish(presentReport(report), [reportFiles(o, silentLog), stdout(o.format)]);
}
function progressPrinter(quiet) {
  const start = Date.now();
  return quiet ? () => {
  } : (message) => process.stderr.write(`[${((Date.now() - start) / 1e3).toFixed(1).padStart(6)}s] ${message}
`);
}
async function run(argv) {
  const opts = parseAnalyzeArgs(argv);
  const { report } = await runGate({ ...opts, onProgress: progressPrinter(opts.quiet) });
  await emitReport(report, opts);
  if (!opts.quiet) {
    process.stderr.write(`livepatch-gate: worktrees kept for the next run in ${opts.workDir} (listed by git worktree list; remove with: rm -rf '${opts.workDir}' && git -C '${opts.repo}' worktree prune)
`);
  }
  if (report.verdict === "error") {
    process.stderr.write(`livepatch-gate analyze: ${presentReport(report).failure}
`);
    return ExitCode.inputError;
  }
  return report.verdict === "fail" ? ExitCode.gateFailed : ExitCode.ok;
}

export {
  usage,
  defaultWorkDir,
  parseAnalyzeArgs,
  defaultFormat,
  parseFormat,
  emitReport,
  progressPrinter,
  run
};
