import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  parseFormat
} from "./chunk-J6E4XJFK.js";
import {
  publish,
  reportFiles,
  stdout
} from "./chunk-HH2DARKK.js";
import "./chunk-TCM3E6M4.js";
import "./chunk-6435ZYN3.js";
import {
  mergeReports,
  presentAggregate,
  readCodestreamReports,
  silentLog
} from "./chunk-5JSFV5S3.js";
import {
  VERSION
} from "./chunk-U7SVN7AW.js";
import "./chunk-OGTHRML7.js";
import {
  ExitCode,
  UsageError
} from "./chunk-OBJJJMZA.js";
import "./chunk-4MD525XN.js";
import "./chunk-7XMN4UL4.js";

// src/cli/merge-command.ts
import { parseArgs } from "node:util";
var usage = `usage: livepatch-gate merge [options] REPORT|DIR...

Merges the JSON reports of every codestream a vendor ships (one per matrix job: an architecture and a
configuration, named by its label) into one verdict: a table of codestreams, the functions every
codestream patches, those only some do, and each finding once with the codestreams it occurs in.
A directory is searched for *.json reports (the layout actions/download-artifact leaves).

options:
  --expect LABELS    comma-separated labels the matrix must have produced; one without a report
                     makes the verdict "could not decide" (exit 3), never a pass
  --format FMT       text | markdown | json (default: text on a terminal, markdown when piped)
  --json FILE        also write the aggregate report (schema livepatch-gate/aggregate)
  --sarif FILE       also write one SARIF run with every finding once
  --markdown FILE    also write the markdown (the PR comment)

exit codes: 0 every codestream passed, 1 a codestream failed the policy, 2 bad usage,
3 could not decide (a codestream missing, unreadable, or not analysed; reports of different changes)`;
function exitCodeOf(a) {
  return a.verdict === "pass" ? ExitCode.ok : a.verdict === "fail" ? ExitCode.gateFailed : ExitCode.inputError;
}
async function run(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      expect: { type: "string" },
      format: { type: "string" },
      json: { type: "string" },
      sarif: { type: "string" },
      markdown: { type: "string" }
    }
  });
  if (positionals.length === 0) throw new UsageError("name the codestream reports (files or directories)");
  const format = parseFormat(values.format);
  const expected = values.expect?.split(",").map((s) => s.trim()).filter(Boolean);
  const aggregate = mergeReports(readCodestreamReports(positionals), { version: VERSION, expected });
  await publish(presentAggregate(aggregate), [reportFiles({ json: values.json, sarif: values.sarif, markdown: values.markdown }, silentLog), stdout(format)]);
  return exitCodeOf(aggregate);
}
export {
  exitCodeOf,
  run,
  usage
};
