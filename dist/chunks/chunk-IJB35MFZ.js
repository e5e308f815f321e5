import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_CHARS,
  SEVERITY_ORDER,
  fitSections,
  location,
  mdCode,
  mdText,
  mdUrl,
  plural,
  ruleGroupedItems,
  shortCommit
} from "./chunk-4X2SHJLV.js";

// src/report/aggregate-markdown.ts
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  error: "\u26A0\uFE0F could not analyse",
  missing: "\u26A0\uFE0F no report",
  unreadable: "\u26A0\uFE0F unreadable report"
};
var SEVERITY_HEADING = { error: "\u274C Errors", warning: "\u26A0\uFE0F Warnings", notice: "\u2139\uFE0F Notices" };
var PRIORITY = { notices: 1, warnings: 2, differences: 4, common: 5, errors: 6 };
function verdictLines(a) {
  const n = plural(a.codestreams.length, "codestream");
  const reasons = a.verdictReasons.map((r) => `- ${mdText(r)}`);
  if (a.verdict === "pass") return [`\u2705 **Live-patch gate passed in all ${n}.**`];
  if (a.verdict === "fail") return [`\u274C **Live-patch gate failed** (${n}):`, "", ...reasons];
  return [`\u26A0\uFE0F **Could not decide for every codestream** (${n}): a missing or unanalysed codestream is never a pass.`, "", ...reasons];
}
function codestreamTable(a) {
  const rows = a.codestreams.map(
    (c) => `| ${mdCode(c.label)} | ${STATUS[c.status]} | ${c.functionsToPatch} | ${c.errors} | ${c.warnings} | ${c.notices} |`
  );
  return ["| Codestream | Verdict | Functions to patch | Errors | Warnings | Notices |", "|---|---|---|---|---|---|", ...rows].join("\n");
}
function labels(list) {
  return list.map(mdCode).join(", ");
}
function commonSection(fns) {
  return {
    priority: PRIORITY.common,
    heading: `### Functions to patch in every codestream (${fns.length})`,
    lead: "| Function | Object |\n|---|---|",
    items: fns.map((f) => `| ${mdCode(f.symbol)} | ${mdCode(f.object)} |`),
    noun: "function",
    omitted: 0,
    joiner: "\n"
  };
}
function differencesSection(fns, all) {
  return {
    priority: PRIORITY.differences,
    heading: `### Functions to patch in some codestreams only (${fns.length})`,
    lead: "| Function | Object | Patched in | Not in |\n|---|---|---|---|",
    items: fns.map((f) => `| ${mdCode(f.symbol)} | ${mdCode(f.object)} | ${labels(f.codestreams)} | ${labels(all.filter((l) => !f.codestreams.includes(l)))} |`),
    noun: "function",
    omitted: 0,
    joiner: "\n"
  };
}
function whereText(f, all) {
  const severities = new Set(f.perCodestream.map((p) => p.severity));
  if (severities.size > 1) {
    return SEVERITY_ORDER.filter((s) => severities.has(s)).map((s) => {
      const here2 = f.perCodestream.filter((p) => p.severity === s);
      const out = here2.find((p) => p.configuration === "compiled-out");
      return `${s} in ${labels(here2.map((p) => p.label))}${out?.evidence ? ` (${mdText(out.evidence)})` : ""}`;
    }).join("; ");
  }
  const here = f.perCodestream.map((p) => p.label);
  return here.length === all.length && all.length > 1 ? "in all codestreams" : `in ${labels(here)}`;
}
function findingItem(f, all) {
  const where = location(f.file, f.line);
  const subject = [f.symbol ? mdCode(f.symbol) : "", where ? `at ${mdCode(where)}` : "", f.object ? `(${mdCode(f.object)})` : ""].filter(Boolean).join(" ");
  const allowed = f.perCodestream.every((p) => p.allowed) ? ` \u2014 allowed: ${mdText(f.perCodestream[0].allowed ?? "")}` : "";
  return `- ${subject ? `${subject}: ` : ""}${mdText(f.message)} \u2014 ${whereText(f, all)}${allowed}`;
}
function findingsSection(severity, findings, all) {
  const items = ruleGroupedItems(findings, (f) => findingItem(f, all));
  const priority = severity === "error" ? PRIORITY.errors : severity === "warning" ? PRIORITY.warnings : PRIORITY.notices;
  return { priority, heading: `### ${SEVERITY_HEADING[severity]} (${findings.length})`, items, noun: "finding", omitted: 0, joiner: "\n" };
}
function renderAggregateMarkdown(a, opts = {}) {
  const url = opts.fullReportUrl;
  const head = [];
  if (opts.marker) head.push(opts.marker.startsWith("<!--") ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? "livepatch-gate"}: every codestream`, "", ...verdictLines(a), "");
  if (a.base || a.head) {
    head.push(`${mdCode(shortCommit(a.base))} \u2192 ${mdCode(shortCommit(a.head))}${a.pullRequest ? ` (#${Number(a.pullRequest)})` : ""}`, "");
  }
  head.push(codestreamTable(a));
  const all = a.codestreams.filter((c) => c.status === "pass" || c.status === "fail" || c.status === "error").map((c) => c.label);
  const sections = [];
  const active = a.findings.filter((f) => !f.perCodestream.every((p) => p.allowed));
  const errors = active.filter((f) => f.severity === "error");
  if (errors.length > 0) sections.push(findingsSection("error", errors, all));
  if (a.common.length > 0) sections.push(commonSection(a.common));
  if (a.differences.length > 0) sections.push(differencesSection(a.differences, all));
  for (const sev of ["warning", "notice"]) {
    const list = active.filter((f) => f.severity === sev);
    if (list.length > 0) sections.push(findingsSection(sev, list, all));
  }
  const footer = `<sub>livepatch-gate ${mdText(a.tool.version)} \xB7 ${plural(a.codestreams.length, "codestream")}${url ? ` \xB7 [full reports](${mdUrl(url)})` : ""}</sub>`;
  return fitSections(head.join("\n"), sections, footer, opts.maxChars ?? DEFAULT_MAX_CHARS, url);
}

// src/report/merge.ts
var AGGREGATE_SCHEMA = "livepatch-gate/aggregate";
var AGGREGATE_SCHEMA_VERSION = 1;
function statusOf(report) {
  const verdict = report.verdict;
  return verdict === "pass" || verdict === "fail" ? verdict : "error";
}
function summarize(input) {
  const base = { label: input.label, source: input.source, functionsToPatch: 0, errors: 0, warnings: 0, notices: 0 };
  if (!input.report) return { ...base, status: "unreadable", reasons: [input.problem ?? "no report"] };
  const r = input.report;
  return { ...base, status: statusOf(r), reasons: [...r.verdictReasons], ...r.summary };
}
function functionsByKey(inputs) {
  const out = /* @__PURE__ */ new Map();
  for (const { label, report } of inputs) {
    if (!report) continue;
    for (const obj of report.patch) {
      for (const fn of obj.functions) {
        const key = `${obj.object}\0${fn.symbol}`;
        const entry = out.get(key) ?? { object: obj.object, symbol: fn.symbol, codestreams: [] };
        if (!entry.codestreams.includes(label)) entry.codestreams.push(label);
        out.set(key, entry);
      }
    }
  }
  return out;
}
function findingKey(f) {
  return [f.ruleId, f.file ?? "", f.line ?? "", f.symbol ?? "", f.object ?? "", f.configuration ? "" : f.message].join("\0");
}
function mostSevere(list) {
  const counted = list.some((p) => !p.allowed) ? list.filter((p) => !p.allowed) : list;
  return SEVERITY_ORDER.find((s) => counted.some((p) => p.severity === s)) ?? "notice";
}
function mergeFindings(inputs) {
  const out = /* @__PURE__ */ new Map();
  for (const { label, report } of inputs) {
    if (!report) continue;
    for (const f of report.findings) {
      const key = findingKey(f);
      let entry = out.get(key);
      if (!entry) {
        entry = { ruleId: f.ruleId, message: f.message, file: f.file, line: f.line, symbol: f.symbol, object: f.object, perCodestream: [], severity: f.severity };
        out.set(key, entry);
      }
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(entry.perCodestream[0]?.severity ?? "notice")) entry.message = f.message;
      entry.perCodestream.push({
        label,
        severity: f.severity,
        ...f.allowed ? { allowed: f.allowed } : {},
        ...f.configuration ? { configuration: f.configuration.status, evidence: f.configuration.evidence } : {}
      });
    }
  }
  const merged = [...out.values()];
  for (const m of merged) m.severity = mostSevere(m.perCodestream);
  return merged.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}
function sameChange(inputs) {
  const read = inputs.filter((i) => i.report);
  const pairs = new Set(read.map((i) => `${i.report.base}..${i.report.head}`));
  if (pairs.size <= 1) return [];
  return [`the reports are not of one change: ${read.map((i) => `${i.label} compared ${i.report.base.slice(0, 12)}..${i.report.head.slice(0, 12)}`).join(", ")}`];
}
function mergeReports(inputs, opts) {
  const duplicate = inputs.map((i) => i.label).filter((l, i, all) => all.indexOf(l) !== i);
  if (duplicate.length > 0) {
    throw new Error(`two reports carry the codestream label '${duplicate[0]}': give each matrix job its own label (input label / --label)`);
  }
  const summaries = inputs.map(summarize);
  for (const label of opts.expected ?? []) {
    if (!inputs.some((i) => i.label === label)) {
      summaries.push({ label, status: "missing", reasons: ["no report: the matrix job did not finish or did not upload its report"], functionsToPatch: 0, errors: 0, warnings: 0, notices: 0 });
    }
  }
  const analysed = inputs.filter((i) => i.report);
  const functions = [...functionsByKey(analysed).values()];
  const everywhere = (f) => f.codestreams.length === analysed.length;
  const byName = (a, b) => a.object.localeCompare(b.object) || a.symbol.localeCompare(b.symbol);
  const verdictReasons = [...sameChange(inputs)];
  for (const s of summaries) {
    if (s.status === "fail") verdictReasons.push(...s.reasons.map((r) => `${s.label}: ${r}`));
    else if (s.status !== "pass") verdictReasons.push(`${s.label}: ${s.status === "error" ? "could not analyse" : s.status}: ${s.reasons.join("; ")}`);
  }
  const cannotDecide = summaries.some((s) => s.status === "error" || s.status === "missing" || s.status === "unreadable") || sameChange(inputs).length > 0 || summaries.length === 0;
  if (summaries.length === 0) verdictReasons.push("no codestream reports were found");
  const verdict = cannotDecide ? "error" : summaries.some((s) => s.status === "fail") ? "fail" : "pass";
  const first = analysed[0]?.report;
  const aggregate = {
    schema: AGGREGATE_SCHEMA,
    schemaVersion: AGGREGATE_SCHEMA_VERSION,
    tool: { name: "livepatch-gate", version: opts.version },
    repo: first?.repo ?? "",
    base: first?.base ?? "",
    head: first?.head ?? "",
    verdict,
    verdictReasons,
    codestreams: summaries,
    common: functions.filter(everywhere).sort(byName),
    differences: functions.filter((f) => !everywhere(f)).sort(byName),
    findings: mergeFindings(analysed)
  };
  const pr = analysed.find((i) => i.report.pullRequest !== void 0)?.report.pullRequest;
  if (pr !== void 0) aggregate.pullRequest = pr;
  return aggregate;
}
function aggregateFindings(a) {
  const analysed = a.codestreams.filter((c) => c.status === "pass" || c.status === "fail" || c.status === "error").length;
  return a.findings.map((m) => {
    const where = m.perCodestream.length === analysed && analysed > 1 ? "" : ` [${m.perCodestream.map((p) => `${p.label}: ${p.severity}`).join(", ")}]`;
    const allAllowed = m.perCodestream.every((p) => p.allowed);
    const f = { ruleId: m.ruleId, severity: m.severity, message: `${m.message}${where}` };
    if (m.file) f.file = m.file;
    if (m.line) f.line = m.line;
    if (m.symbol) f.symbol = m.symbol;
    if (m.object) f.object = m.object;
    if (allAllowed) f.allowed = m.perCodestream[0].allowed;
    return f;
  });
}

export {
  renderAggregateMarkdown,
  mergeReports,
  aggregateFindings
};
