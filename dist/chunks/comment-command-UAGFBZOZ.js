import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  commentFromReport
} from "./chunk-GIBDD3AS.js";
import {
  stderrLog
} from "./chunk-5JSFV5S3.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-OGTHRML7.js";
import {
  ExitCode,
  UsageError
} from "./chunk-OBJJJMZA.js";
import {
  writeStdout
} from "./chunk-4MD525XN.js";
import "./chunk-7XMN4UL4.js";

// src/cli/comment-command.ts
import { parseArgs } from "node:util";
var usage = `usage: livepatch-gate comment --report FILE --repo OWNER/NAME [--pr N] [options]

Posts (or updates in place) the livepatch-gate comment on a pull request from a JSON report written
by 'livepatch-gate analyze --json FILE' or the action's report-file.

options:
  --report FILE           the JSON report
  --repo OWNER/NAME       the repository of the pull request
  --pr N                  the pull request (default: the report's pullRequest)
  --token-env NAME        environment variable holding the token (default: GITHUB_TOKEN)
  --api-url URL           GitHub API (default: $GITHUB_API_URL or https://api.github.com)
  --expect-head-sha SHA   only comment when the PR's head is this commit (guards against stale or forged reports)
  --key KEY               separates several livepatch-gate comments on one PR (same as the action's comment-key)
  --full-report-url URL   link shown when the comment had to be shortened

exit codes: 0 comment published (or skipped as stale), 2 bad usage, 3 could not publish`;
async function run(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      report: { type: "string" },
      repo: { type: "string" },
      pr: { type: "string" },
      "token-env": { type: "string", default: "GITHUB_TOKEN" },
      "api-url": { type: "string" },
      "expect-head-sha": { type: "string" },
      key: { type: "string" },
      "full-report-url": { type: "string" }
    }
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (!values.report) throw new UsageError("--report is required");
  if (!values.repo) throw new UsageError("--repo is required (owner/name)");
  let pr;
  if (values.pr !== void 0) {
    pr = Number(values.pr);
    if (!Number.isInteger(pr) || pr <= 0) throw new UsageError(`--pr takes a pull request number, not '${values.pr}'`);
  }
  const tokenEnv = values["token-env"];
  const token = process.env[tokenEnv];
  if (!token) throw new UsageError(`no token: set the ${tokenEnv} environment variable (or name another with --token-env)`);
  const outcome = await commentFromReport({
    reportPath: values.report,
    repository: values.repo,
    pullRequest: pr,
    token,
    apiUrl: values["api-url"],
    expectHeadSha: values["expect-head-sha"],
    commentKey: values.key,
    fullReportUrl: values["full-report-url"],
    log: stderrLog
  });
  if (outcome.status === "read-only") return ExitCode.inputError;
  if (outcome.status === "created" || outcome.status === "updated") await writeStdout(`${outcome.url}
`);
  return ExitCode.ok;
}
export {
  run,
  usage
};
