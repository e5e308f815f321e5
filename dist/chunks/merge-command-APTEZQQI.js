import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  aggregateFindings,
  mergeReports,
  renderAggregateMarkdown
} from "./chunk-IJB35MFZ.js";
import {
  readCodestreamReports
} from "./chunk-WM2NW4DD.js";
import {
  defaultFormat
} from "./chunk-JNPUS7MJ.js";
import "./chunk-4URPKXBD.js";
import {
  VERSION
} from "./chunk-U7SVN7AW.js";
import "./chunk-KGEXGP6F.js";
import {
  location,
  plainText,
  renderSarif,
  ruleMetas
} from "./chunk-4X2SHJLV.js";
import {
  ExitCode,
  UsageError
} from "./chunk-OBJJJMZA.js";
import "./chunk-7XMN4UL4.js";

// src/cli/merge-command.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/aggregate-text.ts
function renderAggregateText(a) {
  const out = [];
  out.push(`livepatch-gate ${a.tool.version}: ${a.codestreams.length} codestreams, ${a.base.slice(0, 12)}..${a.head.slice(0, 12)}`);
  out.push(a.verdict === "pass" ? "PASS" : a.verdict === "fail" ? "FAIL" : "COULD NOT DECIDE");
  for (const r of a.verdictReasons) out.push(`  - ${plainText(r)}`);
  out.push("", "Codestreams:");
  for (const c of a.codestreams) {
    out.push(`  ${plainText(c.label).padEnd(28)} ${c.status.padEnd(10)} ${c.functionsToPatch} to patch, ${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices`);
  }
  if (a.common.length > 0) {
    out.push("", `Functions to patch in every codestream (${a.common.length}):`);
    for (const f of a.common) out.push(`  ${plainText(f.object)}: ${plainText(f.symbol)}`);
  }
  if (a.differences.length > 0) {
    out.push("", `Functions to patch in some codestreams only (${a.differences.length}):`);
    for (const f of a.differences) out.push(`  ${plainText(f.object)}: ${plainText(f.symbol)}  only in ${f.codestreams.map(plainText).join(", ")}`);
  }
  if (a.findings.length > 0) {
    out.push("", `Findings (${a.findings.length}):`);
    for (const f of a.findings) {
      const where = location(f.file, f.line);
      const per = f.perCodestream.map((p) => `${plainText(p.label)}: ${p.severity}${p.allowed ? " (allowed)" : ""}`).join(", ");
      out.push(`  ${f.severity.toUpperCase()} ${f.ruleId}${where ? ` ${plainText(where)}` : ""}${f.symbol ? ` ${plainText(f.symbol)}` : ""}: ${plainText(f.message)} [${per}]`);
    }
  }
  return `${out.join("\n")}
`;
}

// src/cli/merge-command.ts
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
  const format = values.format ?? defaultFormat(process.stdout.isTTY === true);
  if (!["markdown", "text", "json"].includes(format)) throw new UsageError(`--format must be markdown, text or json, not '${format}'`);
  const expected = values.expect?.split(",").map((s) => s.trim()).filter(Boolean);
  const aggregate = mergeReports(readCodestreamReports(positionals), { version: VERSION, expected });
  const markdown = renderAggregateMarkdown(aggregate, { maxChars: Number.MAX_SAFE_INTEGER });
  if (values.json) await writeFile(values.json, `${JSON.stringify(aggregate, null, 2)}
`);
  if (values.sarif) {
    const sarif = renderSarif({ findings: aggregateFindings(aggregate), tool: aggregate.tool }, ruleMetas, { category: "livepatch-gate/aggregate" });
    await writeFile(values.sarif, `${JSON.stringify(sarif, null, 2)}
`);
  }
  if (values.markdown) await writeFile(values.markdown, markdown);
  process.stdout.write(format === "json" ? `${JSON.stringify(aggregate, null, 2)}
` : format === "text" ? renderAggregateText(aggregate) : markdown);
  return exitCodeOf(aggregate);
}
export {
  exitCodeOf,
  run,
  usage
};
