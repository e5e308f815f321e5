import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);

// src/sinks/report-file.ts
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var REPORT_SCHEMA = "livepatch-gate/report";
var REPORT_SCHEMA_VERSION = 2;
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
function writeTextFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith("\n") ? text : text + "\n");
}
function writeJsonFile(path, value) {
  writeTextFile(path, JSON.stringify(value, null, 2));
}
var MAX_PROBLEMS = 20;
var Problems = class {
  list = [];
  more = 0;
  push(p) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
    else this.more++;
  }
};
function got(v) {
  if (v === void 0) return "nothing (missing)";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}
var expect = (ok, what) => (v, path, problems) => {
  if (!ok(v)) problems.push(`${path}: expected ${what}, got ${got(v)}`);
};
var str = expect((v) => typeof v === "string", "a string");
var bool = expect((v) => typeof v === "boolean", "true or false");
var count = expect((v) => Number.isSafeInteger(v) && v >= 0, "a non-negative integer");
var line = count;
var oneOf = (values) => {
  const keys = Object.keys(values);
  return expect((v) => typeof v === "string" && Object.hasOwn(values, v), `one of ${keys.map((k) => JSON.stringify(k)).join(", ")}`);
};
var arrayOf = (item) => (v, path, problems) => {
  if (!Array.isArray(v)) return void problems.push(`${path}: expected an array, got ${got(v)}`);
  v.forEach((x, i) => item(x, `${path}[${i}]`, problems));
};
var object = (fields) => (v, path, problems) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return void problems.push(`${path}: expected an object, got ${got(v)}`);
  const o = v;
  for (const [key, check] of Object.entries(fields)) {
    const optional = key.endsWith("?");
    const name = optional ? key.slice(0, -1) : key;
    if (optional && o[name] === void 0) continue;
    check(o[name], path ? `${path}.${name}` : name, problems);
  }
};
var VERDICTS = { pass: true, fail: true, error: true };
var COVERAGE = { covered: true, uncovered: true, "not-needed": true, "init-only": true };
var REFERENCE_KINDS = { call: true, jump: true, address: true };
var REPLACEMENTS = { patched: true, "through-referrers": true, "init-only": true };
var CONFIG_STATUS = { "compiled-in": true, "compiled-out": true, unknown: true };
var SEVERITIES = { error: true, warning: true, notice: true };
var CODE_CHANGES = { changed: true, "line-only": true, unchanged: true, added: true, removed: true, unknown: true };
var patchObjects = arrayOf(
  object({
    object: str,
    functions: arrayOf(
      object({
        symbol: str,
        sympos: count,
        file: str,
        "line?": line,
        // Reason kinds are open: a newer writer's kind is shown by name.
        reasons: arrayOf(object({ kind: str, "root?": str, chain: arrayOf(str) })),
        predicted: bool,
        codeChange: oneOf(CODE_CHANGES),
        "notPatched?": str
      })
    )
  })
);
var reportShape = object({
  tool: object({ name: str, version: str }),
  repo: str,
  base: str,
  head: str,
  "pullRequest?": expect((v) => Number.isSafeInteger(v) && v > 0, "a positive integer"),
  "codestream?": object({ label: str, arch: str, config: str }),
  verdict: oneOf(VERDICTS),
  verdictReasons: arrayOf(str),
  summary: object({ functionsToPatch: count, objects: count, errors: count, warnings: count, notices: count }),
  patch: patchObjects,
  newFunctions: patchObjects,
  vanished: patchObjects,
  notNeeded: patchObjects,
  // Added within version 2: a report of an earlier 2.x writer has none (read as empty).
  "unpatchable?": arrayOf(
    object({
      object: str,
      symbol: str,
      sympos: count,
      file: str,
      "line?": line,
      detail: str,
      coverage: oneOf(COVERAGE),
      referrers: arrayOf(object({ symbol: str, kind: oneOf(REFERENCE_KINDS), replacement: oneOf(REPLACEMENTS) })),
      dataReferrers: arrayOf(object({ symbol: str, section: str })),
      referrersOutsideBuild: bool
    })
  ),
  "notAnalysed?": arrayOf(object({ "function?": str, file: str, reason: str, advice: str })),
  "comparison?": str,
  findings: arrayOf(
    object({
      ruleId: str,
      severity: oneOf(SEVERITIES),
      message: str,
      "file?": str,
      "line?": line,
      "symbol?": str,
      "object?": str,
      "allowed?": str,
      "configuration?": object({ status: oneOf(CONFIG_STATUS), evidence: str })
    })
  ),
  changes: object({
    functions: arrayOf(object({ name: str, file: str })),
    other: arrayOf(object({ kind: str, file: str, line, "name?": str, detail: str }))
  }),
  notBuilt: arrayOf(object({ source: str, reason: str })),
  warnings: arrayOf(object({ source: str, message: str, "file?": str, "line?": line }))
});
function reportProblems(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`not a JSON object (got ${got(value)})`];
  const r = value;
  if (r.schema !== REPORT_SCHEMA) return [`schema is ${JSON.stringify(r.schema)}, expected "${REPORT_SCHEMA}"`];
  if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return [`schemaVersion ${JSON.stringify(r.schemaVersion)} is not supported (this livepatch-gate reads version ${REPORT_SCHEMA_VERSION}); use the same livepatch-gate version for the analyze and the comment workflows`];
  }
  const problems = new Problems();
  reportShape(value, "", problems);
  return problems.more > 0 ? [...problems.list, `\u2026 and ${problems.more} more`] : problems.list;
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
  return reportFromJson(value, `report file ${path}`);
}
function reportFromJson(value, what = "the report") {
  const problems = reportProblems(value);
  if (problems.length) throw new Error(`${what} is not a livepatch-gate report:
  ${problems.join("\n  ")}`);
  const report = value;
  report.unpatchable ??= [];
  report.notAnalysed ??= [];
  return report;
}
function readCodestreamReports(paths) {
  const files = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Error(`reports: ${p} does not exist (did the download step put the matrix's report artifacts there?)`);
    }
    if (!isDir) {
      files.push({ path: p, label: basename(p).replace(/\.json$/, "") });
      continue;
    }
    for (const rel of readdirSync(p, { recursive: true }).filter((f) => f.endsWith(".json")).sort()) {
      files.push({ path: join(p, rel), label: rel.replace(/\.json$/, "") });
    }
  }
  return files.map(({ path, label }) => {
    try {
      const report = readReportFile(path);
      return { label: report.codestream?.label ?? label, source: path, report };
    } catch (err) {
      return { label, source: path, problem: err.message.replace(/\n\s*/g, "; ") };
    }
  });
}

export {
  writeTextFile,
  writeJsonFile,
  readReportFile,
  readCodestreamReports
};
