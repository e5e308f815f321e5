import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  emitReport,
  parseFormat,
  progressPrinter
} from "./chunk-J6E4XJFK.js";
import {
  runGate
} from "./chunk-HH2DARKK.js";
import "./chunk-TCM3E6M4.js";
import "./chunk-6435ZYN3.js";
import "./chunk-5JSFV5S3.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-OGTHRML7.js";
import {
  ExitCode
} from "./chunk-OBJJJMZA.js";
import "./chunk-4MD525XN.js";
import "./chunk-7XMN4UL4.js";

// src/cli/demo-command.ts
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var usage = `usage: livepatch-gate demo [--format text|markdown|json] [--json FILE] [--keep] [--quiet]

Creates a git repository in a temp directory from example/base (commit 1) and example/head
(commit 2), builds both with make and gcc, and prints what a live patch of that change must replace.
The report is text on a terminal, markdown when piped (--format chooses).
Exits 0 whatever the verdict (it is a demonstration); --keep leaves the repository for you to explore.`;
function findExampleDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "example", "base", "Makefile"))) return join(dir, "example");
    dir = dirname(dir);
  }
  throw new Error("cannot find the example/ directory next to the livepatch-gate installation");
}
function createExampleRepo(exampleDir, into) {
  const repo = join(into, "pktd");
  const git = (...args) => execFileSync("git", ["-c", "user.name=livepatch-gate demo", "-c", "user.email=demo@example.invalid", "-c", "init.defaultBranch=main", ...args], { cwd: repo, stdio: "pipe" });
  cpSync(join(exampleDir, "base"), repo, { recursive: true });
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: repo });
  git("add", "-A");
  git("commit", "-q", "-m", "pktd: base (the code running in production)");
  git("tag", "base");
  cpSync(join(exampleDir, "head"), repo, { recursive: true });
  git("add", "-A");
  git("commit", "-q", "-m", "pktd: fix route class, reject oversized packets, clamp to 255");
  return repo;
}
function exampleGateOptions(repo, workDir) {
  return { repo, base: "base", head: "HEAD", workDir, kind: "command", buildCommand: "make", fullBuild: false, extraCflags: [], deepEvidence: false };
}
async function run(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: "string" },
      json: { type: "string" },
      keep: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false }
    }
  });
  const format = parseFormat(values.format);
  const tmp = mkdtempSync(join(tmpdir(), "livepatch-gate-demo-"));
  try {
    const progress = progressPrinter(values.quiet);
    const repo = createExampleRepo(findExampleDir(), tmp);
    progress(`demo: example repository at ${repo} (tag base \u2192 HEAD)`);
    const { report } = await runGate({ ...exampleGateOptions(repo, join(tmp, "work")), onProgress: progress });
    await emitReport(report, { format, json: values.json ? resolve(values.json) : void 0 });
    progress(`demo: verdict ${report.verdict} (${report.summary.functionsToPatch} functions to patch); exit code 0 because this is a demo`);
    if (values.keep) process.stderr.write(`demo: the example repository is kept at ${join(tmp, "pktd")}
`);
    return ExitCode.ok;
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  }
}
export {
  createExampleRepo,
  exampleGateOptions,
  findExampleDir,
  run,
  usage
};
