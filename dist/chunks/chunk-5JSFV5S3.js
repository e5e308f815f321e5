import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-U7SVN7AW.js";
import {
  getOctokit,
  info,
  require_light,
  retry,
  warning
} from "./chunk-OGTHRML7.js";
import {
  __export,
  __toESM
} from "./chunk-7XMN4UL4.js";

// src/architectures.ts
var EM_X86_64 = 62;
var EM_AARCH64 = 183;
var EM_PPC64 = 21;
var EM_S390 = 22;
var ARCHITECTURES = [
  { name: "x86_64", kernelArch: "x86_64", srcArch: "x86", crossPrefix: "x86_64-linux-gnu-", aliases: ["x86", "amd64"], machine: EM_X86_64, bigEndian: false, livepatchIn61: true },
  { name: "arm64", kernelArch: "arm64", srcArch: "arm64", crossPrefix: "aarch64-linux-gnu-", aliases: ["aarch64"], machine: EM_AARCH64, bigEndian: false, livepatchIn61: false },
  { name: "ppc64le", kernelArch: "powerpc", srcArch: "powerpc", crossPrefix: "powerpc64le-linux-gnu-", aliases: ["powerpc", "ppc64el"], machine: EM_PPC64, bigEndian: false, livepatchIn61: true },
  { name: "s390x", kernelArch: "s390", srcArch: "s390", crossPrefix: "s390x-linux-gnu-", aliases: ["s390"], machine: EM_S390, bigEndian: true, livepatchIn61: true }
];
function architectureNamed(name) {
  const n = name.trim().toLowerCase();
  const found = ARCHITECTURES.find((a) => a.name === n || a.kernelArch === n || a.aliases.includes(n));
  if (!found) {
    const accepted = ARCHITECTURES.map((a) => [a.name, a.kernelArch, ...a.aliases].filter((v, i, all) => all.indexOf(v) === i).join("/")).join(", ");
    throw new Error(`unknown architecture '${name}': use one of ${accepted}`);
  }
  return found;
}
function architectureOfMachine(machine, bigEndian) {
  return ARCHITECTURES.find((a) => a.machine === machine && a.bigEndian === bigEndian);
}
function hostArchitecture() {
  const byNode = { x64: "x86_64", arm64: "arm64", ppc64: "ppc64le", s390x: "s390x" };
  const name = byNode[process.arch];
  return name ? architectureNamed(name) : void 0;
}
function machineName(machine) {
  const names = { [EM_X86_64]: "x86-64", [EM_AARCH64]: "AArch64", [EM_PPC64]: "PPC64", [EM_S390]: "s390", 3: "i386", 40: "ARM", 8: "MIPS", 243: "RISC-V", 20: "PPC" };
  return names[machine] ? `${names[machine]} (e_machine ${machine})` : `e_machine ${machine}`;
}
function targetArchitecture(target) {
  const a = target?.arch ?? hostArchitecture();
  if (!a) throw new Error(`this machine (${process.arch}) is not one livepatch-gate builds kernels on natively: give arch (x86_64, arm64, ppc64le, s390x)`);
  return a;
}
var CROSS_PREFIX = /^[A-Za-z0-9_./+-]*$/;
function buildTarget(arch, crossCompile) {
  const prefix = crossCompile?.trim() ?? "";
  if (!CROSS_PREFIX.test(prefix)) throw new Error(`cross-compile '${crossCompile}' is not a toolchain prefix (letters, digits, '_', '.', '/', '+', '-'; e.g. aarch64-linux-gnu-)`);
  if (arch?.trim()) {
    const a2 = architectureNamed(arch);
    const native = hostArchitecture()?.name === a2.name;
    return { arch: a2, crossCompile: crossCompile === void 0 ? native ? "" : a2.crossPrefix : prefix };
  }
  if (!prefix) return void 0;
  const triplet = prefix.split("/").pop() ?? "";
  const a = ARCHITECTURES.find((x) => triplet.startsWith(x.crossPrefix.split("-")[0]));
  if (!a) throw new Error(`cannot tell the architecture of cross-compile '${prefix}': give arch too (x86_64, arm64, ppc64le, s390x)`);
  return { arch: a, crossCompile: prefix };
}

// src/report/format.ts
function location(file, line2) {
  if (!file) return "";
  return line2 ? `${file}:${line2}` : file;
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var SEVERITY_ORDER = ["error", "warning", "notice"];
var REASON_TEXT = {
  changed: "changed",
  clone: "clone of a changed function",
  inlined: "a changed function is inlined into it",
  "caller-of-changed-clone": "calls a clone that head does not make the same way",
  "header-copy": "out-of-line copy of a changed header function",
  layout: "uses a struct/union whose layout changes",
  "non-function": "its TU compiles a changed non-function item",
  "build-flags": "its TU is compiled with other flags at head",
  unexplained: "code changed, cause not found",
  referrer: "reaches a function livepatch cannot redirect",
  new: "new at head"
};
function reasonSummary(r) {
  if ((r.kind === "layout" || r.kind === "non-function") && r.causes && r.causes.length > 0) {
    return r.kind === "layout" ? `uses ${r.causes.join(", ")}, whose layout changes` : `its TU compiles the changed ${r.causes.join(", ")}`;
  }
  if (r.kind === "build-flags" && r.causes && r.causes.length > 0) return `its TU is compiled with other flags at head (${r.causes.join(" ")})`;
  const from = r.root && r.kind !== "changed" && r.kind !== "new" ? ` (from ${r.root})` : "";
  return `${REASON_TEXT[r.kind] ?? r.kind}${from}`;
}
function reasonsSummary(f) {
  return [...new Set(f.reasons.map(reasonSummary))].join("; ") || "listed";
}
function chainText(r) {
  return r.chain.join(" \u2192 ");
}
var COVERAGE_TEXT = {
  covered: "covered by its referrers",
  uncovered: "NOT covered",
  "not-needed": "code unchanged: nothing to replace",
  "init-only": "init code: has run before a live patch can load"
};
function coverageText(u) {
  const outside = u.coverage === "covered" && u.referrersOutsideBuild ? " (objects not built unseen)" : "";
  return `${COVERAGE_TEXT[u.coverage]}${outside}`;
}
function referrersText(u) {
  const how = { call: "calls it", jump: "jumps to it", address: "takes its address" };
  const via = { patched: "", "through-referrers": "; through its referrers", "init-only": "; init code" };
  return [
    ...u.referrers.map((r) => `${r.symbol} (${how[r.kind]}${via[r.replacement]})`),
    ...u.dataReferrers.map((d) => `data ${d.symbol} (${d.section})`)
  ].join(", ");
}
function shortCommit(c) {
  return /^[0-9a-f]{40}$/i.test(c) ? c.slice(0, 12) : c;
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

// src/hazards/rules/changed-data.ts
var changed_data_exports = {};
__export(changed_data_exports, {
  alsoReplace: () => alsoReplace,
  dataPlace: () => dataPlace,
  detect: () => detect,
  meta: () => meta
});

// src/changes/change-label.ts
function changeLabel(c) {
  return `${c.kind}${c.name ? ` ${c.name}` : ""}`;
}
function isLayoutChange(c) {
  return c.kind === "struct" || c.kind === "union";
}
function isLayoutLabel(label) {
  return /^(struct|union)( |$)/.test(label);
}

// src/hazards/lookup.ts
function objectOfSource(analysis, source) {
  for (const f of analysis.symbolFacts) if (f.source === source) return f.owner;
  for (const d of analysis.codeDiffs) if (d.source === source) return d.owner;
  for (const d of analysis.dataDiffs) if (d.source === source) return d.owner;
  return void 0;
}
function tuFlagsFor(analysis, source, side = "base") {
  return analysis.tuFlags.find((t) => t.source === source && t.side === side);
}
function baseCopies(analysis, fn) {
  const names = symbolsOf(fn);
  const source = fn.baseFile ?? fn.file;
  return analysis.symbolFacts.filter(
    (f) => f.side === "base" && (fn.inHeader || f.source === source) && names.some((n) => f.symbol === n || f.symbol.startsWith(`${n}.`))
  );
}
function symbolsOf(fn) {
  return fn.symbols.length > 0 ? fn.symbols : [fn.name];
}
function lineOf(fn) {
  return fn.headLines?.[0] ?? fn.baseLines?.[0] ?? fn.changedLines[0];
}
function isHeaderPath(path) {
  return path.endsWith(".h");
}
function isKernelAnalysis(analysis) {
  return analysis.buildKind === "kernel";
}
function someOf(names, max = 8) {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

// src/hazards/configuration.ts
function gradeByConfiguration(finding, facts) {
  if (!facts) return finding;
  const evidence = facts.evidence.charAt(0).toUpperCase() + facts.evidence.slice(1);
  return {
    ...finding,
    severity: facts.status === "compiled-out" ? "notice" : finding.severity,
    message: `${finding.message} ${evidence}`,
    configuration: { ...facts, ruleSeverity: finding.severity }
  };
}

// src/hazards/rule.ts
function helpUriFor(id) {
  return `docs/hazards.md#${id}`;
}
function defineMeta(meta33) {
  return { ...meta33, helpUri: helpUriFor(meta33.id) };
}

// src/hazards/rules/changed-data.ts
var meta = defineMeta({
  id: "changed-data",
  severity: "error",
  title: "Changed or removed data object",
  why: "A live patch replaces functions, never data: the running kernel keeps the old variable with its old initial value, size and location, so new code reading a changed initialiser or a removed variable sees old state. Functions whose own code is unchanged but that refer to the object are not in the patch list; they must be replaced only if the patch carries a new copy of the object, and the finding names them.",
  advice: "Keep the data unchanged in the patch; carry new state in a shadow variable (klp_shadow_*) or set it up in a pre-patch callback, and patch every function that depends on the new semantics. If the patch carries a new copy of a read-only object, also replace the functions the finding lists as referring to it.",
  gradedByConfiguration: true
});
function alsoReplace(d) {
  const refs = [...new Set((d.referrers ?? []).map((r) => r.symbol))];
  return refs.length === 0 ? "" : ` If you carry a new copy of ${d.symbol}, also replace: ${someOf(refs)}.`;
}
function dataPlace(d) {
  const refs = [...new Set((d.referrers ?? []).map((r) => r.symbol))];
  const detail = `${d.section}, ${d.status}${d.detail ? `: ${d.detail}` : ""}${refs.length > 0 ? `; if you carry a new copy, also replace: ${someOf(refs)}` : ""}`;
  return { kind: "data", file: d.source, symbol: d.symbol, object: d.owner, detail };
}
function detect(analysis) {
  const findings = [];
  const compared = /* @__PURE__ */ new Set();
  const byCause = /* @__PURE__ */ new Map();
  for (const d of analysis.dataDiffs) {
    compared.add(`${d.source}\0${d.symbol}`);
    if (d.staticLocal || d.status === "added") continue;
    if (d.causes?.some(isLayoutLabel)) continue;
    if (d.causes && d.causes.length > 0) {
      const key = d.causes.join(", ");
      byCause.set(key, [...byCause.get(key) ?? [], d]);
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `Data object '${d.symbol}' (${d.section}) is ${d.status} between base and head` + (d.detail ? `: ${d.detail}` : "") + "." + alsoReplace(d),
      file: d.source,
      symbol: d.symbol,
      object: d.owner
    });
  }
  for (const [cause, list] of byCause) {
    const [first] = list;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: list.length === 1 ? `Data object '${first.symbol}' (${first.section}) is ${first.status} between base and head${first.detail ? `: ${first.detail}` : ""}, because its translation unit compiles the changed ${cause}.${alsoReplace(first)}` : `${list.length} data objects change because their translation units compile the changed ${cause}: ${someOf(list.map((d) => d.symbol))}.`,
      file: first.source,
      symbol: first.symbol,
      object: first.owner,
      ...list.length > 1 ? { places: list.map(dataPlace) } : {}
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== "data" || c.inFunction) continue;
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `The source changes ${c.isStatic ? "static " : ""}data${c.name ? ` '${c.name}'` : ""}: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
          object: objectOfSource(analysis, c.file)
        },
        c.configuration
      )
    );
  }
  return findings;
}

// src/hazards/rules/layout-change.ts
var layout_change_exports = {};
__export(layout_change_exports, {
  detect: () => detect2,
  meta: () => meta2
});
var meta2 = defineMeta({
  id: "layout-change",
  severity: "error",
  title: "Struct or union layout change",
  why: "Instances of the type already exist in the running system with the old layout; patched functions using new offsets or sizes read and write the wrong memory, and unpatchable users keep the old view. One finding per changed type: it names the functions whose code changes with it (patch-list reason `layout`) and the data objects whose contents change with it, in every translation unit built.",
  advice: "Do not change the layout in a live patch: keep the struct as it is and store new fields in a shadow variable attached to each instance (klp_shadow_get_or_alloc).",
  gradedByConfiguration: true
});
function reach(analysis, label) {
  const functions = [];
  const names = (reasons) => reasons.some((r) => r.kind === "layout" && (r.causes ?? []).includes(label));
  for (const o of analysis.patch) {
    for (const f of o.functions) if (names(f.reasons)) functions.push({ kind: "function", file: f.file, line: f.line, symbol: f.symbol, object: o.object, detail: "in the patch list" });
  }
  for (const u of analysis.unpatchable) {
    if (names(u.reasons)) functions.push({ kind: "function", file: u.file, line: u.line, symbol: u.symbol, object: u.object, detail: "cannot be redirected: replaced through its referrers" });
  }
  const data = analysis.dataDiffs.filter((d) => d.causes?.includes(label)).map(dataPlace);
  return { functions, data };
}
function message(c, functions, data) {
  const units = new Set(functions.map((f) => f.file)).size;
  const parts = [];
  if (functions.length > 0) parts.push(`${functions.length} function${functions.length === 1 ? "" : "s"} in ${units} translation unit${units === 1 ? "" : "s"} change${functions.length === 1 ? "s" : ""} with it (${someOf(functions.map((f) => f.symbol ?? ""))})`);
  if (data.length > 0) parts.push(`${data.length} data object${data.length === 1 ? "" : "s"} change${data.length === 1 ? "s" : ""} with it (${someOf(data.map((d) => d.symbol ?? ""))})`);
  const reached = parts.length > 0 ? ` ${parts.join("; ")}.` : "";
  return `${c.kind} ${c.name ? `'${c.name}' ` : ""}changes: ${c.detail}.${reached}`;
}
function detect2(analysis) {
  return analysis.changes.other.filter(isLayoutChange).map((c) => {
    const { functions, data } = reach(analysis, changeLabel(c));
    const places = [...functions, ...data];
    return gradeByConfiguration(
      {
        ruleId: meta2.id,
        severity: meta2.severity,
        message: message(c, functions, data),
        file: c.file,
        line: c.line,
        symbol: c.name,
        object: objectOfSource(analysis, c.file),
        ...places.length > 0 ? { places } : {}
      },
      c.configuration
    );
  });
}

// src/hazards/rules/static-local-changed.ts
var static_local_changed_exports = {};
__export(static_local_changed_exports, {
  detect: () => detect3,
  meta: () => meta3
});
var meta3 = defineMeta({
  id: "static-local-changed",
  severity: "error",
  title: "Static local variable changed",
  why: 'A function-scope static keeps state across calls. The replacement function gets its own copy in the livepatch module (GCC names it foo.N, and N may differ), so state such as "once" flags, counters or caches restarts from its initialiser or is split between old and new code.',
  advice: "Keep static locals unchanged and referenced the same way; to share the running state, have the new function use the original variable (kallsyms/klp relocation) or move the state into a shadow variable.",
  gradedByConfiguration: true
});
function baseName(symbol) {
  return symbol.replace(/\.\d+$/, "");
}
function detect3(analysis) {
  const findings = [];
  const compared = /* @__PURE__ */ new Set();
  for (const d of analysis.dataDiffs) {
    if (!d.staticLocal) continue;
    compared.add(`${d.source}\0${baseName(d.symbol)}`);
    findings.push({
      ruleId: meta3.id,
      severity: meta3.severity,
      message: `Static local '${d.symbol}' (${d.section}) is ${d.status} between base and head${d.detail ? `: ${d.detail}` : ""}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== "data" || !c.inFunction) continue;
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta3.id,
          severity: meta3.severity,
          message: `Static local${c.name ? ` '${c.name}'` : ""} in '${c.inFunction}' changes: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name ?? c.inFunction,
          object: objectOfSource(analysis, c.file)
        },
        c.configuration
      )
    );
  }
  return findings;
}

// src/hazards/rules/init-code.ts
var init_code_exports = {};
__export(init_code_exports, {
  detect: () => detect4,
  isInitMarker: () => isInitMarker,
  meta: () => meta4
});
var meta4 = defineMeta({
  id: "init-code",
  severity: "error",
  title: "Change to __init / __exit code",
  why: "Init code has already run (and its memory was freed) by the time a live patch loads; exit code of built-in code is discarded. Patching it has no effect, and a fix that must take effect at boot cannot be live-patched.",
  advice: "If the fix matters only at boot or module load, ship it in the next regular update. If it changes state that init code set up, fix that state from a livepatch callback instead.",
  gradedByConfiguration: true
});
var INIT_MARKERS = ["__init", "__exit", "__ref", "__meminit", "__devinit", "__cpuinit"];
function isInitMarker(marker) {
  return INIT_MARKERS.includes(marker);
}
function detect4(analysis) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const fn of analysis.changes.functions) {
    const marker = fn.markers.find(isInitMarker);
    if (!marker) continue;
    seen.add(fn.name);
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta4.id,
          severity: meta4.severity,
          message: `'${fn.name}' is marked ${marker}: it ran (or is discarded) before any live patch can load.`,
          file: fn.file,
          line: lineOf(fn),
          symbol: symbolsOf(fn)[0],
          object: objectOfSource(analysis, fn.file)
        },
        fn.configuration
      )
    );
  }
  const changed = new Set(analysis.changes.functions.flatMap((fn) => [fn.name, ...symbolsOf(fn)]));
  for (const u of analysis.unpatchable) {
    if (u.cause !== "init-code" || seen.has(u.symbol)) continue;
    if (u.coverage === "not-needed" && !changed.has(u.symbol)) continue;
    seen.add(u.symbol);
    findings.push({
      ruleId: meta4.id,
      severity: meta4.severity,
      message: `'${u.symbol}' ${u.detail}: init/exit code cannot be live-patched.`,
      file: u.file,
      line: u.line,
      symbol: u.symbol,
      object: u.object
    });
  }
  return findings;
}

// src/hazards/rules/unpatchable-file.ts
var unpatchable_file_exports = {};
__export(unpatchable_file_exports, {
  detect: () => detect5,
  meta: () => meta5
});
var meta5 = defineMeta({
  id: "unpatchable-file",
  severity: "error",
  title: "Change in a file live patching cannot reach",
  why: "Assembly (.S) has no ftrace entries and no clone/inline tracking; vDSO code is mapped into user space; arch/*/boot is the boot image; kernel lib/ code is often linked as lib.a, into several images, or built without ftrace. A function-level live patch cannot replace code in these places.",
  advice: "Leave these files out of the live patch (ship the change in the next regular update), or reach the same effect by patching the C callers."
});
function unreachableBecause(file, kernel) {
  const p = file.path;
  if (file.language === "asm" || p.endsWith(".S")) return "assembly source";
  if (/(^|\/)vdso[^/]*\//.test(p) || /(^|\/)vdso[^/]*\.[chS]$/.test(p)) return "vDSO code, mapped into user space";
  if (kernel && /^arch\/[^/]+\/boot\//.test(p)) return "boot code";
  if (kernel && p.startsWith("lib/") && (file.language === "c" || file.language === "header")) {
    return "kernel lib/ code (lib.a, shared with boot and vDSO images, or built without ftrace)";
  }
  return null;
}
function detect5(analysis) {
  const kernel = isKernelAnalysis(analysis);
  const findings = [];
  for (const file of analysis.changes.files) {
    const because = unreachableBecause(file, kernel);
    if (!because) continue;
    findings.push({
      ruleId: meta5.id,
      severity: meta5.severity,
      message: `${file.path} is ${file.status}: ${because} cannot be live-patched.`,
      file: file.path,
      line: file.addedLines[0] ?? file.deletedLines[0],
      object: objectOfSource(analysis, file.path)
    });
  }
  return findings;
}

// src/hazards/rules/clone-vanished.ts
var clone_vanished_exports = {};
__export(clone_vanished_exports, {
  detect: () => detect6,
  meta: () => meta6
});

// src/hazards/clone-pairs.ts
var ABI_CLONE_REASONS = ["isra", "constprop"];
function cloneKindChanges(changes) {
  const pairs = [];
  const used = /* @__PURE__ */ new Set();
  for (const v of changes) {
    if (v.kind !== "clone-vanished") continue;
    const a = changes.find(
      (c) => c.kind === "clone-appeared" && !used.has(c) && c.source === v.source && c.function === v.function && c.reason !== v.reason
    );
    if (!a) continue;
    used.add(a);
    pairs.push({ vanished: v, appeared: a });
  }
  return pairs;
}
function pairedCloneChanges(changes) {
  return new Set(cloneKindChanges(changes).flatMap((p) => [p.vanished, p.appeared]));
}

// src/hazards/fold.ts
function placeOf(f) {
  return { kind: f.symbol ? "function" : "unit", file: f.file ?? "", line: f.line, symbol: f.symbol, object: f.object };
}
function foldByCause(items, message2) {
  const groups2 = /* @__PURE__ */ new Map();
  for (const item of items) groups2.set(item.cause, [...groups2.get(item.cause) ?? [], item]);
  return [...groups2.values()].map((list) => {
    const findings = list.map((i) => i.finding);
    if (list.length === 1) return findings[0];
    return { ...findings[0], message: message2(list.map((i) => i.from), findings), places: findings.map(placeOf) };
  });
}
function placesText(list) {
  return someOf(list.map((f) => `${f.symbol ?? ""}${f.file ? ` (${f.file})` : ""}`.trim()), 4);
}

// src/hazards/rules/clone-vanished.ts
var meta6 = defineMeta({
  id: "clone-vanished",
  severity: "error",
  title: "Optimisation clone vanished at head",
  why: "Base has a clone (foo.isra.N, foo.constprop.N, foo.part.N...) that head no longer produces. Running callers call that clone directly; isra and constprop clones have a different ABI (dropped or baked-in arguments), so replacing only foo leaves callers on the old code, and a new foo cannot stand in for the clone. Error for isra/constprop, warning for other kinds.",
  advice: `Patch the base clone symbol itself with a body compatible with its ABI, or patch every caller of the clone (the patch list has them, with the reason '${reasonSummary({ kind: "caller-of-changed-clone", chain: [] })}'); or restructure the change so the same clone survives.`
});
function detect6(analysis) {
  const paired = pairedCloneChanges(analysis.cloneChanges);
  const items = analysis.cloneChanges.filter((c) => c.kind === "clone-vanished" && !paired.has(c)).map((c) => {
    const abi = ABI_CLONE_REASONS.includes(c.reason);
    const finding = {
      ruleId: meta6.id,
      severity: abi ? "error" : "warning",
      message: `Base has ${c.reason} clone '${c.other}' of '${c.function}' but head produces no ${c.reason} clone` + (abi ? ": running callers call it with its own ABI and must be patched too." : "."),
      file: c.source,
      line: c.line,
      symbol: c.other,
      object: objectOfSource(analysis, c.source)
    };
    return { finding, cause: `${c.function}\0${c.reason}`, from: c };
  });
  return foldByCause(items, ([c], findings) => {
    const abi = ABI_CLONE_REASONS.includes(c.reason);
    return `Base has ${findings.length} ${c.reason} clones of '${c.function}' that head no longer produces (${placesText(findings)})` + (abi ? ": running callers call them with their own ABI and must be patched too." : ".");
  });
}

// src/hazards/rules/clone-kind-changed.ts
var clone_kind_changed_exports = {};
__export(clone_kind_changed_exports, {
  detect: () => detect7,
  meta: () => meta7
});
var meta7 = defineMeta({
  id: "clone-kind-changed",
  severity: "error",
  title: "Optimisation clone changed kind",
  why: "The same function is cloned differently at head (e.g. constprop at base, isra at head). Running callers call the base clone with its ABI; the head clone is a different symbol with a different ABI. Error when the base clone is isra/constprop, warning otherwise.",
  advice: "Patch the base clone symbol (keeping its ABI) or all of its callers; check the callers of the head clone are patched too."
});
function detect7(analysis) {
  return cloneKindChanges(analysis.cloneChanges).map(({ vanished: v, appeared: a }) => ({
    ruleId: meta7.id,
    severity: ABI_CLONE_REASONS.includes(v.reason) ? "error" : "warning",
    message: `'${v.function}' was cloned as ${v.reason} ('${v.other}') at base and as ${a.reason} ('${a.other}') at head.`,
    file: v.source,
    line: v.line ?? a.line,
    symbol: v.other,
    object: objectOfSource(analysis, v.source)
  }));
}

// src/hazards/rules/new-data.ts
var new_data_exports = {};
__export(new_data_exports, {
  detect: () => detect8,
  meta: () => meta8
});
var meta8 = defineMeta({
  id: "new-data",
  severity: "warning",
  title: "New data object",
  why: "A variable that exists only at head is allocated in the livepatch module, not in the patched object: it starts from its initialiser when the patch loads, not from any state the running system built up, and unpatched code never sees it.",
  advice: "Make sure the new variable needs no state from before the patch (or initialise it in a pre-patch callback); for per-object state prefer a shadow variable."
});
function detect8(analysis) {
  return analysis.dataDiffs.filter((d) => d.status === "added" && !d.staticLocal).map((d) => ({
    ruleId: meta8.id,
    severity: meta8.severity,
    message: `New data object '${d.symbol}' (${d.section}) exists only at head${d.detail ? `: ${d.detail}` : ""}.`,
    file: d.source,
    symbol: d.symbol,
    object: d.owner
  }));
}

// src/hazards/rules/no-ftrace-entry.ts
var no_ftrace_entry_exports = {};
__export(no_ftrace_entry_exports, {
  detect: () => detect9,
  meta: () => meta9
});
var meta9 = defineMeta({
  id: "no-ftrace-entry",
  severity: "error",
  title: "Function livepatch cannot redirect",
  why: `Livepatch redirects a function through the ftrace (__fentry__/mcount) call at its entry. A function without one (notrace; the kernel's inline, which implies notrace, kept out of line; noinstr code) cannot be replaced by itself: its new version is reached only by replacing every function that calls it or takes its address. The patch list does that (reason "referrer", transitively when a referrer cannot be redirected either). Error when running code can still reach the old version: data (an ops table, a callback array) holds its address, or nothing patchable reaches it; warning when it is global and the objects the build skipped may call it; notice when its referrers cover it.`,
  advice: "When it is covered, keep the referrers the patch list names. When data holds its address, patching code cannot retarget that pointer: patch the function that installs it so it installs the new function, or switch the pointer from a livepatch callback (pre_patch/post_unpatch), or make the change in a function livepatch can redirect. When nothing reaches it in the objects built, find its callers (assembly, other objects: run with full-build) and patch those."
});
var HOW = { call: "calls it", jump: "jumps to it", address: "takes its address" };
function changedFunctionOf(analysis, u) {
  return analysis.changes.functions.find((fn) => fn.symbols.includes(u.symbol) && (fn.inHeader || (fn.baseFile ?? fn.file) === u.file));
}
function referrerText(r) {
  const via = r.replacement === "through-referrers" ? ", replaced through its own referrers" : r.replacement === "init-only" ? ", init code that has run" : "";
  return `'${r.symbol}' (${HOW[r.kind]}${via})`;
}
function gaps(u, all) {
  const out = [];
  if (u.dataReferrers.length > 0) {
    const held = u.dataReferrers.map((d) => `'${d.symbol}' (${d.section}${d.file === u.file ? "" : `, ${d.file}`})`);
    out.push(`data holds its address: ${held.join(", ")}; patching code cannot retarget that pointer: patch the function that installs it, or switch it from a livepatch callback`);
  }
  if (u.referrers.length === 0 && u.dataReferrers.length === 0) {
    out.push(`nothing in the objects built calls it or takes its address (called from assembly or from objects not built?)`);
  }
  const uncovered = u.referrers.filter(
    (r) => r.replacement === "through-referrers" && all.some((o) => o.object === r.object && o.file === r.file && o.symbol === r.symbol && o.coverage === "uncovered")
  );
  if (uncovered.length > 0) out.push(`its referrer${uncovered.length > 1 ? "s" : ""} ${uncovered.map((r) => `'${r.symbol}'`).join(", ")} cannot be redirected and ${uncovered.length > 1 ? "are" : "is"} not covered either`);
  return out;
}
function detect9(analysis) {
  const findings = [];
  for (const u of analysis.unpatchable) {
    if (u.coverage === "not-needed" || u.coverage === "init-only") continue;
    const fn = changedFunctionOf(analysis, u);
    const inline = fn?.isInline && u.cause === "no-ftrace-entry" ? ` (inline-marked: the kernel's inline implies notrace; base keeps an out-of-line copy)` : "";
    const head = `'${u.symbol}' cannot be redirected by livepatch: ${u.detail}${inline}`;
    let severity;
    let message2;
    if (u.coverage === "uncovered") {
      severity = "error";
      message2 = `${head}; running code can still reach the old version: ${gaps(u, analysis.unpatchable).join("; ")}.`;
    } else {
      severity = u.referrersOutsideBuild ? "warning" : "notice";
      message2 = `${head}; replaced through ${u.referrers.map(referrerText).join(", ")}, which the patch list carries.` + (u.referrersOutsideBuild ? " It is global and only some objects were built: callers in the others are not seen (run with full-build)." : "");
    }
    findings.push({ ruleId: meta9.id, severity, message: message2, file: u.file, line: u.line, symbol: u.symbol, object: u.object });
  }
  return findings;
}

// src/hazards/rules/clone-appeared.ts
var clone_appeared_exports = {};
__export(clone_appeared_exports, {
  detect: () => detect10,
  meta: () => meta10
});
var meta10 = defineMeta({
  id: "clone-appeared",
  severity: "warning",
  title: "New optimisation clone at head",
  why: "Head produces a clone of a function that base did not clone. The clone is new code in the livepatch module; the callers that head redirects to it must themselves be patched, or they keep calling the old function.",
  advice: "Check that every caller of the new clone at head is in the patch list; if the clone comes from constant propagation of a changed call site, patching the caller covers it."
});
function detect10(analysis) {
  const paired = pairedCloneChanges(analysis.cloneChanges);
  const items = analysis.cloneChanges.filter((c) => c.kind === "clone-appeared" && !paired.has(c)).map((c) => ({
    finding: {
      ruleId: meta10.id,
      severity: meta10.severity,
      message: `Head produces ${c.reason} clone '${c.other}' of '${c.function}', which base did not have.`,
      file: c.source,
      line: c.line,
      symbol: c.other,
      object: objectOfSource(analysis, c.source)
    },
    cause: `${c.function}\0${c.reason}`,
    from: c
  }));
  return foldByCause(items, ([c], findings) => `Head produces ${findings.length} ${c.reason} clones of '${c.function}' that base did not have (${placesText(findings)}).`);
}

// src/hazards/rules/inline-changed.ts
var inline_changed_exports = {};
__export(inline_changed_exports, {
  detect: () => detect11,
  meta: () => meta11
});
var meta11 = defineMeta({
  id: "inline-changed",
  severity: "warning",
  title: "Inlining decision changed",
  why: "Head inlines a function into a caller that base called it from (or stops inlining it). The caller's code changes although its source did not, and the running caller still holds (or still lacks) the old body.",
  advice: "Patch the caller as well (the patch list includes it when the clone graph saw the base inlining); for a newly inlined callee, make sure the callee's other callers are unaffected."
});
function detect11(analysis) {
  const items = analysis.cloneChanges.filter((c) => c.kind === "inline-added" || c.kind === "inline-removed").map((c) => ({
    finding: {
      ruleId: meta11.id,
      severity: meta11.severity,
      message: c.kind === "inline-added" ? `Head inlines '${c.function}' into '${c.other || c.reason}'; base called it out of line.` : `Base inlined '${c.function}' into '${c.other || c.reason}'; head calls it out of line.`,
      file: c.source,
      line: c.line,
      symbol: c.other || c.reason,
      object: objectOfSource(analysis, c.source)
    },
    cause: `${c.kind}\0${c.function}`,
    from: c
  }));
  return foldByCause(
    items,
    ([c], findings) => c.kind === "inline-added" ? `Head inlines '${c.function}' into ${findings.length} callers base called it from out of line (${placesText(findings)}).` : `Base inlined '${c.function}' into ${findings.length} callers that head calls it from out of line (${placesText(findings)}).`
  );
}

// src/hazards/rules/ipa-decision-changed.ts
var ipa_decision_changed_exports = {};
__export(ipa_decision_changed_exports, {
  detect: () => detect12,
  meta: () => meta12
});
var meta12 = defineMeta({
  id: "ipa-decision-changed",
  severity: "warning",
  title: "Non-clone IPA decision changed",
  why: "GCC's extra dumps show a decision about this function that differs between base and head: found const/pure/noreturn/nothrow, or merged with an identical function (ICF). Callers compiled at base rely on the old decision (e.g. they CSE or drop calls to a const function), and the clone dump does not show it.",
  advice: "Patch the callers of the function too (they were compiled against the old decision), or build with -flive-patching=inline-clone so GCC does not make such decisions."
});
function detect12(analysis) {
  return analysis.ipaEvidence.map((e) => ({
    ruleId: meta12.id,
    severity: meta12.severity,
    message: `${e.kind} decision for '${e.function}' changed: base ${e.base ?? "none"} \u2192 head ${e.head ?? "none"}.`,
    file: e.source,
    symbol: e.function,
    object: objectOfSource(analysis, e.source)
  }));
}

// src/hazards/rules/unexplained-change.ts
var unexplained_change_exports = {};
__export(unexplained_change_exports, {
  detect: () => detect13,
  meta: () => meta13
});

// src/hazards/ipa-passes.ts
var PASSES = [
  { name: "pure-const", disabledBy: "no-ipa-pure-const", minLevel: 1 },
  { name: "modref", disabledBy: "no-ipa-modref", minLevel: 1 },
  { name: "ipa-reference", disabledBy: "no-ipa-reference", minLevel: 1 },
  { name: "ICF", disabledBy: "no-ipa-icf", minLevel: 2 },
  { name: "IPA-VRP", disabledBy: "no-ipa-vrp", minLevel: 2 },
  { name: "IPA bit-CP", disabledBy: "no-ipa-bit-cp", minLevel: 2 },
  { name: "IPA-RA", disabledBy: "no-ipa-ra", minLevel: 2 },
  { name: "ipa-stack-alignment", disabledBy: "no-ipa-stack-alignment", minLevel: 1 }
];
var SAFE_LIVE_PATCHING = ["inline-clone", "inline-only-static"];
function level(optLevel) {
  const v = (optLevel ?? "0").replace(/^-?O/, "");
  if (v === "" || v === "1" || v === "g") return 1;
  if (v === "0") return 0;
  return 2;
}
function untrackedIpaPasses(flags) {
  if (flags.livePatching && SAFE_LIVE_PATCHING.includes(flags.livePatching)) return [];
  const lvl = level(flags.optLevel);
  const off = new Set(flags.ipaSwitches.map((s) => s.replace(/^-+f?/, "")));
  return PASSES.filter((p) => lvl >= p.minLevel && !off.has(p.disabledBy)).filter((p) => !(p.name === "IPA-RA" && flags.pg)).map((p) => p.name);
}

// src/hazards/rules/unexplained-change.ts
var meta13 = defineMeta({
  id: "unexplained-change",
  severity: "warning",
  title: "Code changed that the clone graph does not explain",
  why: "The object comparison found a function whose code differs between base and head, but neither the source diff, the clone/inline graph nor a non-function change its translation unit compiles (a struct layout, a macro, data: asked of the preprocessor) says why. Something the dumps do not show (an untracked IPA pass, LTO) reached it, and it must be patched like the rest. One finding per likely cause.",
  advice: "Keep them in the live patch, and find the cause before trusting the patch list: look at the named cause, compare the disassembly (objdump -dr) of base and head, or rebuild with -flive-patching=inline-clone."
});
function likelyCause(analysis, pf) {
  const causes = [];
  const flags = tuFlagsFor(analysis, pf.file, "base") ?? tuFlagsFor(analysis, pf.file, "head");
  if (flags) {
    const passes = untrackedIpaPasses(flags);
    if (flags.lto) causes.push("LTO (cross-TU inlining and cloning)");
    if (passes.length > 0) causes.push(`untracked IPA passes (${passes.join(", ")}) without -flive-patching=inline-clone`);
  }
  return causes.length > 0 ? causes.join("; or ") : "a compiler decision the clone dump does not record";
}
function detect13(analysis) {
  const byCause = /* @__PURE__ */ new Map();
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      if (!pf.reasons.some((r) => r.kind === "unexplained")) continue;
      const cause = likelyCause(analysis, pf);
      byCause.set(cause, [...byCause.get(cause) ?? [], { pf, object: obj.object }]);
    }
  }
  return [...byCause].map(([cause, list]) => {
    const [{ pf, object: object2 }] = list;
    const what = list.length === 1 ? `'${pf.symbol}' changed in the compiled object` : `${list.length} functions changed in the compiled objects (${someOf(list.map((x) => x.pf.symbol))})`;
    const places = list.map((x) => ({ kind: "function", file: x.pf.file, line: x.pf.line, symbol: x.pf.symbol, object: x.object }));
    return {
      ruleId: meta13.id,
      severity: meta13.severity,
      message: `${what} without a source, clone-graph or non-function-change reason; likely cause: ${cause}.`,
      file: pf.file,
      line: pf.line,
      symbol: pf.symbol,
      object: object2,
      ...list.length > 1 ? { places } : {}
    };
  });
}

// src/hazards/rules/ipa-passes-untracked.ts
var ipa_passes_untracked_exports = {};
__export(ipa_passes_untracked_exports, {
  detect: () => detect14,
  meta: () => meta14
});
var meta14 = defineMeta({
  id: "ipa-passes-untracked",
  severity: "warning",
  title: "IPA passes that the clone dump does not track",
  why: "Without -flive-patching=inline-clone GCC may use what it learned about one function when compiling others (pure/const discovery, modref, ICF merging, IPA-VRP/bit-CP value ranges, read-only statics, IPA-RA register use). None of it shows in -fdump-ipa-clones, so callers can depend on the old body of a changed function in ways the patch list does not cover.",
  advice: "Build with -flive-patching=inline-clone (GCC 9+, not with LTO), or review the object comparison for callers whose code changed; run with deep evidence to compare the pure-const and ICF decisions."
});
var LISTED = 20;
function detect14(analysis) {
  const sources = /* @__PURE__ */ new Set();
  for (const fn of analysis.changes.functions) if (!isHeaderPath(fn.file)) sources.add(fn.baseFile ?? fn.file);
  for (const o of analysis.patch) for (const f of o.functions) if (!isHeaderPath(f.file)) sources.add(f.file);
  const groups2 = /* @__PURE__ */ new Map();
  for (const source of [...sources].sort()) {
    const flags = tuFlagsFor(analysis, source, "base") ?? tuFlagsFor(analysis, source, "head");
    if (!flags) continue;
    const passes = untrackedIpaPasses(flags);
    if (passes.length === 0) continue;
    const how = flags.livePatching ? `-flive-patching=${flags.livePatching}` : "no -flive-patching";
    const key = `${how}\0${flags.lto}\0${passes.join(",")}`;
    const group = groups2.get(key) ?? { how, lto: flags.lto, passes, sources: [] };
    group.sources.push(source);
    groups2.set(key, group);
  }
  return [...groups2.values()].map((g) => {
    const [first] = g.sources;
    const named = g.sources.slice(0, LISTED).join(", ") + (g.sources.length > LISTED ? `, \u2026 and ${g.sources.length - LISTED} more` : "");
    const subject = g.sources.length === 1 ? `${first} is` : `${g.sources.length} changed translation units (${named}) are`;
    return {
      ruleId: meta14.id,
      severity: meta14.severity,
      message: `${subject} built with ${g.how}${g.lto ? " and LTO" : ""}: ${g.passes.join(", ")} may change other functions without a trace in the clone dump.`,
      file: first,
      object: objectOfSource(analysis, first)
    };
  });
}

// src/hazards/rules/not-built.ts
var not_built_exports = {};
__export(not_built_exports, {
  detect: () => detect15,
  meta: () => meta15
});
var meta15 = defineMeta({
  id: "not-built",
  severity: "warning",
  title: "Changed source not built",
  why: "The build configuration does not compile this changed file, so its clones, inlining and object code were not analysed. If the production configuration builds it, the patch list is incomplete. Only the PR's own changed sources are reported: a source that only includes a changed header and is not built is not news (one analysis warning counts them).",
  advice: "Analyse with the configuration you ship (kernel: pass your production .config), or confirm the file is not built there."
});
function detect15(analysis) {
  return analysis.notBuilt.map((n) => ({
    ruleId: meta15.id,
    severity: meta15.severity,
    message: `${n.source} changed but was not built: ${n.reason}.`,
    file: n.source
  }));
}

// src/hazards/rules/duplicate-symbol.ts
var duplicate_symbol_exports = {};
__export(duplicate_symbol_exports, {
  detect: () => detect16,
  meta: () => meta16
});
var meta16 = defineMeta({
  id: "duplicate-symbol",
  severity: "notice",
  title: "Symbol name occurs more than once in its object",
  why: "Several static functions share this name in one linked object; livepatch resolves the name through kallsyms and needs the position to pick the right one.",
  advice: "Set .old_sympos in the klp_func entry to the position given (the skeleton in the report does)."
});
function detect16(analysis) {
  const findings = [];
  for (const obj of analysis.patch) {
    for (const f of obj.functions) {
      if (f.sympos <= 0) continue;
      findings.push({
        ruleId: meta16.id,
        severity: meta16.severity,
        message: `'${f.symbol}' occurs more than once in ${obj.object}: use .old_sympos = ${f.sympos}.`,
        file: f.file,
        line: f.line,
        symbol: f.symbol,
        object: obj.object
      });
    }
  }
  return findings;
}

// src/hazards/rules/symbol-missing.ts
var symbol_missing_exports = {};
__export(symbol_missing_exports, {
  detect: () => detect17,
  meta: () => meta17
});
var meta17 = defineMeta({
  id: "symbol-missing",
  severity: "error",
  title: "Function to patch is not in the running kernel",
  why: "livepatch finds each klp_func by name in its object's kallsyms. Its object's symbol table (the running kernel's, given as symbols, or else the full build's own vmlinux and modules) has no such function: it was fully inlined there, its clone has another name, or it is not built, so the patch would not load.",
  advice: "Check that the base build matches the running kernel (configuration, compiler, flags). If the running kernel inlined it, patch the functions it was inlined into there; if its clone has another name, use that name."
});
function detect17(analysis) {
  return (analysis.sympos?.issues ?? []).filter((i) => i.kind === "missing").map((i) => ({
    ruleId: meta17.id,
    severity: meta17.severity,
    message: `'${i.symbol}' (${i.file}) is not in the symbols of ${i.object} (${i.table}): the running kernel has no function of that name to replace.`,
    file: i.file,
    line: i.line,
    symbol: i.symbol,
    object: i.object
  }));
}

// src/hazards/rules/sympos-unverified.ts
var sympos_unverified_exports = {};
__export(sympos_unverified_exports, {
  detect: () => detect18,
  meta: () => meta18
});
var meta18 = defineMeta({
  id: "sympos-unverified",
  severity: "warning",
  title: "old_sympos not checked against the running kernel",
  why: "A static name can occur more than once in vmlinux or a module, and livepatch picks the entry by its position (old_sympos). A position counted over only the objects a partial build compiled, or one the symbol table cannot confirm, may select another function of the same name (error when the table has several and none can be told to be this one).",
  advice: "Pass the running kernel's System.map, a /proc/kallsyms dump, or its vmlinux and .ko files as symbols (--symbols FILE), or analyse with full-build."
});
var WHY = {
  "partial-build": (i) => `old_sympos ${i.sympos} of static '${i.symbol}' in ${i.object} is counted over the objects this partial build compiled; the rest of ${i.object} may hold more '${i.symbol}'. Pass the running kernel's symbols (symbols / --symbols) or use full-build.`,
  "no-table": (i) => `the symbols given have no table for ${i.object}: old_sympos ${i.sympos} of '${i.symbol}' is unverified. Add its .ko, or a /proc/kallsyms dump taken with it loaded.`,
  ambiguous: (i) => `'${i.symbol}' occurs ${i.count} times in ${i.object} (${i.table}) and nothing there tells which one is ${i.file}'s: give the ELF vmlinux / .ko as symbols (its FILE symbols tell), or find it (its neighbours in /proc/kallsyms are the other functions of ${i.file}) and set .old_sympos by hand.`
};
function detect18(analysis) {
  return (analysis.sympos?.issues ?? []).flatMap(
    (i) => i.kind === "missing" ? [] : [{
      ruleId: meta18.id,
      severity: i.kind === "ambiguous" ? "error" : meta18.severity,
      message: WHY[i.kind](i),
      file: i.file,
      line: i.line,
      symbol: i.symbol,
      object: i.object
    }]
  );
}

// src/hazards/rules/fully-inlined.ts
var fully_inlined_exports = {};
__export(fully_inlined_exports, {
  detect: () => detect19,
  meta: () => meta19
});
var meta19 = defineMeta({
  id: "fully-inlined",
  severity: "notice",
  title: "Changed function has no symbol of its own",
  why: "The compiler inlined every call to this function (or dropped it), so the base object has no symbol for it: the change reaches the running system only through the callers that carry its body.",
  advice: 'Nothing to add for the function itself; make sure every caller listed as "inlined into" is in the live patch, and do not list the function in klp_funcs (it cannot be found).'
});
function detect19(analysis) {
  const findings = [];
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => f.symbol)));
  for (const fn of analysis.changes.functions) {
    if (fn.status !== "modified") continue;
    const names = symbolsOf(fn);
    const source = fn.baseFile ?? fn.file;
    const factsKnown = analysis.symbolFacts.some((f) => f.side === "base" && (fn.inHeader || f.source === source));
    const carriers = analysis.patch.flatMap(
      (o) => o.functions.filter((f) => f.reasons.some((r) => r.kind === "inlined" && r.root !== void 0 && names.includes(r.root)))
    );
    const hasCopy = factsKnown ? baseCopies(analysis, fn).length > 0 : names.some((n) => patched.has(n)) || carriers.length === 0;
    if (hasCopy) continue;
    const callers = [...new Set(carriers.map((c) => c.symbol))];
    findings.push({
      ruleId: meta19.id,
      severity: meta19.severity,
      message: callers.length > 0 ? `'${fn.name}' has no symbol in the base object: it is fully inlined into ${callers.map((c) => `'${c}'`).join(", ")}, which ${callers.length === 1 ? "carries" : "carry"} the change.` : (
        // Nothing carries it: no built unit's dump names it, or GCC removed what it was inlined into.
        `'${fn.name}' has no symbol in the base objects and no function there carries its code (no unit built calls it, or GCC removed every caller it was inlined into): the change reaches no code of the base build.`
      ),
      file: fn.file,
      line: lineOf(fn),
      symbol: names[0],
      object: objectOfSource(analysis, source)
    });
  }
  return findings;
}

// src/hazards/rules/line-only-change.ts
var line_only_change_exports = {};
__export(line_only_change_exports, {
  detect: () => detect20,
  meta: () => meta20
});
var meta20 = defineMeta({
  id: "line-only-change",
  severity: "notice",
  title: "Only embedded line numbers changed",
  why: "The function's code differs only in __LINE__ constants (WARN_ON, BUG_ON, printk) because lines above it moved. Behaviour is the same; patching it only keeps warning messages accurate.",
  advice: "Usually leave it out of the live patch; include it only if exact line numbers in warnings matter to you."
});
function detect20(analysis) {
  return analysis.codeDiffs.filter((d) => d.status === "line-only").map((d) => ({
    ruleId: meta20.id,
    severity: meta20.severity,
    message: `'${d.symbol}' differs only in embedded line numbers${d.detail ? ` (${d.detail})` : ""}.`,
    file: d.source,
    symbol: d.symbol,
    object: d.owner
  }));
}

// src/hazards/rules/header-change.ts
var header_change_exports = {};
__export(header_change_exports, {
  detect: () => detect21,
  meta: () => meta21
});
var meta21 = defineMeta({
  id: "header-change",
  severity: "notice",
  title: "Header or include change",
  why: "A changed declaration, enum, typedef or #include in a header can change the code of every TU that includes it without any function in the diff; only the object comparison shows which functions it reached.",
  advice: "Check the patch list for functions whose TU compiles the changed item (reason 'non-function') in TUs you did not touch; enum value changes alter constants baked into running code.",
  gradedByConfiguration: true
});
var KINDS = ["include", "declaration", "typedef", "enum", "other"];
function detect21(analysis) {
  return analysis.changes.other.filter((c) => c.kind === "include" || isHeaderPath(c.file) && KINDS.includes(c.kind)).map(
    (c) => gradeByConfiguration(
      {
        ruleId: meta21.id,
        severity: meta21.severity,
        message: `${c.kind}${c.name ? ` '${c.name}'` : ""} changes in ${c.file}: ${c.detail}.`,
        file: c.file,
        line: c.line,
        symbol: c.name
      },
      c.configuration
    )
  );
}

// src/hazards/rules/macro-change.ts
var macro_change_exports = {};
__export(macro_change_exports, {
  detect: () => detect22,
  meta: () => meta22
});
var meta22 = defineMeta({
  id: "macro-change",
  severity: "notice",
  title: "Macro change",
  why: "A macro is expanded into every function that uses it; the source diff of those functions is empty, so only the object comparison shows which compiled functions changed.",
  advice: "Check that the functions using the macro are in the patch list: as changed, or with the reason 'its TU compiles the changed macro' when their code changed through it.",
  gradedByConfiguration: true
});
function detect22(analysis) {
  return analysis.changes.other.filter((c) => c.kind === "macro").map(
    (c) => gradeByConfiguration(
      {
        ruleId: meta22.id,
        severity: meta22.severity,
        message: `Macro${c.name ? ` '${c.name}'` : ""} changes in ${c.file}: ${c.detail}.`,
        file: c.file,
        line: c.line,
        symbol: c.name
      },
      c.configuration
    )
  );
}

// src/hazards/rules/static-branch.ts
var static_branch_exports = {};
__export(static_branch_exports, {
  detect: () => detect23,
  meta: () => meta23
});

// src/hazards/code-facts.ts
function patchedCode(analysis) {
  const facts = /* @__PURE__ */ new Map();
  for (const f of analysis.codeFacts) facts.set(`${f.side}\0${f.source}\0${f.symbol}`, f);
  const headName = /* @__PURE__ */ new Map();
  for (const d of analysis.codeDiffs) if (d.headSymbol) headName.set(`${d.source}\0${d.symbol}`, d.headSymbol);
  const renamedTo = new Map(analysis.changes.files.filter((f) => f.basePath).map((f) => [f.basePath, f.path]));
  const out = [];
  for (const o of analysis.patch) {
    for (const fn of o.functions) {
      const base = facts.get(`base\0${fn.file}\0${fn.symbol}`);
      const headSource = renamedTo.get(fn.file) ?? fn.file;
      const head = facts.get(`head\0${headSource}\0${headName.get(`${fn.file}\0${fn.symbol}`) ?? fn.symbol}`);
      out.push({ object: o.object, fn, base, head });
    }
  }
  return out;
}
function factsBySource(analysis, side) {
  const out = /* @__PURE__ */ new Map();
  for (const f of analysis.codeFacts) {
    if (f.side !== side) continue;
    const m = out.get(f.source) ?? /* @__PURE__ */ new Map();
    m.set(f.symbol, f);
    out.set(f.source, m);
  }
  return out;
}
function isModule(object2) {
  return object2.endsWith(".ko");
}

// src/hazards/rules/static-branch.ts
var meta23 = defineMeta({
  id: "static-branch",
  severity: "error",
  title: "Jump label (static key) or static call in patched code",
  why: 'A static branch or static call site is code the kernel rewrites when its key changes. The patch module must carry the __jump_table / .static_call_sites entry of every site in the code it replaces. When the key lives in a module (or is defined by the patch itself), the entry needs a livepatch relocation that may be applied after the key was already switched, leaving the site in the wrong state or corrupting code: klp-build refuses it ("unsupported static branch key ... Use static_key_enabled() instead", and the same for static calls), kpatch-build refuses jump labels too. Keys in vmlinux are carried by klp-build. Graded: error for a key defined in a module or added by the patch, warning for a tracepoint / pr_debug key in a module (klp-build disables those sites) or a module key whose home the gate cannot see, notice for a vmlinux key.',
  advice: "In the patched function, test the key with static_key_enabled(&key) (or likely/unlikely around it) instead of static_branch_likely/unlikely, and call a static call's target through KLP_STATIC_CALL() or its function pointer. Never add a new key in a live patch; put new state in a shadow variable."
});
var STATIC_SECTIONS = /* @__PURE__ */ new Set(["__jump_table", ".static_call_sites"]);
function detect23(analysis) {
  const findings = [];
  const newData = new Set(analysis.dataDiffs.filter((d) => d.status === "added").map((d) => `${d.source}\0${d.symbol}`));
  for (const { object: object2, fn, head, base } of patchedCode(analysis)) {
    const code = head ?? base;
    if (!code) continue;
    const grouped = /* @__PURE__ */ new Map();
    for (const use of code.special) {
      if (!STATIC_SECTIONS.has(use.section)) continue;
      const what = use.section === "__jump_table" ? "static branch" : "static call";
      for (const key of use.keys.length > 0 ? use.keys : [{ name: "<unknown key>" }]) {
        const graded = grade(object2, key, newData.has(`${code.source}\0${key.name}`));
        const group = grouped.get(`${graded.severity}\0${graded.why}`) ?? { ...graded, sites: [] };
        group.sites.push(`${what} on key '${key.name}'`);
        grouped.set(`${graded.severity}\0${graded.why}`, group);
      }
    }
    for (const g of grouped.values()) {
      findings.push({
        ruleId: meta23.id,
        severity: g.severity,
        message: `'${fn.symbol}' has a ${g.sites.join(", a ")}: ${g.why}.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object: object2
      });
    }
  }
  return findings;
}
function grade(object2, key, addedByPatch) {
  if (addedByPatch) return { severity: "error", why: "the key is defined by the patch itself, so no running code switches the sites the patch carries" };
  const inert = /^__tracepoint_|__UNIQUE_ID_ddebug|^__SCK__tp_func_/.test(key.name);
  if (!isModule(object2)) {
    return { severity: "notice", why: `keys in ${object2}: klp-build carries these sites, kpatch-build refuses jump labels (use static_key_enabled())` };
  }
  if (inert) return { severity: "warning", why: `tracepoint / pr_debug keys of module ${object2}: klp-build disables these sites in the patch` };
  if (key.section !== void 0) {
    return { severity: "error", why: `keys defined in module ${object2}: these sites cannot be carried by a live patch` };
  }
  return { severity: "warning", why: `keys not defined in this object of module ${object2}: if one lives in a module rather than vmlinux, klp-build refuses its site` };
}

// src/hazards/rules/init-reference.ts
var init_reference_exports = {};
__export(init_reference_exports, {
  detect: () => detect24,
  meta: () => meta24
});
var meta24 = defineMeta({
  id: "init-reference",
  severity: "error",
  title: "Patched code refers to __init / __exit code or data, or to a discarded section",
  why: "Init code and data (.init.text, __initdata, __initconst in .init.rodata, __meminit) are freed after boot or module load, exit code of built-in objects and .discard sections never reach the running kernel. A replacement function that calls or reads them jumps into freed memory. klp-build and kpatch-build refuse such references.",
  advice: "Do not reach init-only code or data from the patched function: copy the value it needs into the patch (a constant or a shadow variable set up by a callback), or keep the old behaviour for that path."
});
var GONE = /^\.(init|exit|meminit|memexit)\.|^\.discard(\.|$)|^\.init\.rodata/;
function detect24(analysis) {
  const findings = [];
  const initElsewhere = /* @__PURE__ */ new Map();
  for (const f of analysis.symbolFacts) if (f.side === "head" && GONE.test(f.section)) initElsewhere.set(f.symbol, f.section);
  for (const { object: object2, fn, head } of patchedCode(analysis)) {
    if (!head || GONE.test(analysis.symbolFacts.find((f) => f.side === "head" && f.source === head.source && f.symbol === head.symbol)?.section ?? "")) continue;
    for (const ref of head.references) {
      const section = ref.section ?? initElsewhere.get(ref.name);
      if (!section || !GONE.test(section)) continue;
      findings.push({
        ruleId: meta24.id,
        severity: meta24.severity,
        message: `'${fn.symbol}' ${ref.kind === "address" ? "refers to" : "calls"} '${ref.name}' in ${section} at head: that ${ref.type === "FUNC" ? "code" : "data"} is gone when the patch runs.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object: object2
      });
    }
  }
  return findings;
}

// src/hazards/rules/special-section.ts
var special_section_exports = {};
__export(special_section_exports, {
  detect: () => detect25,
  meta: () => meta25
});
var meta25 = defineMeta({
  id: "special-section",
  severity: "notice",
  title: "Patched code has entries in special sections the patch must carry",
  why: "Exception-table (__ex_table), BUG/WARN (__bug_table), alternatives (.altinstructions), paravirt (.parainstructions), kCFI (.kcfi_traps) and printk index (.printk_index) entries point into the function's code. A patch module must carry the entries of the code it replaces, or a fault in a user access oopses instead of returning -EFAULT, a WARN loses its file and line, and CPU-feature alternatives stay unapplied. kpatch-build and klp-build extract them per function; hand-built patch modules often do not. Static branches and static calls have their own rule (static-branch); ftrace records, retpoline / return-thunk / call-depth sites, ENDBR seals and lock prefixes are regenerated by any module build and applied by the module loader, so they are not listed.",
  advice: "Build the patch with kpatch-build or klp-build (which carry these entries), or check that the patch module's own build emits the same entries for the replaced functions (objdump -r the module)."
});
var MEANING = {
  __ex_table: "exception fixups (user access)",
  __bug_table: "BUG/WARN sites",
  ".altinstructions": "CPU-feature alternatives",
  ".parainstructions": "paravirt patch sites",
  ".kcfi_traps": "kCFI trap sites",
  ".printk_index": "printk format index"
};
function detect25(analysis) {
  const findings = [];
  for (const { object: object2, fn, head, base } of patchedCode(analysis)) {
    const code = head ?? base;
    if (!code) continue;
    const uses = code.special.filter((u) => Object.hasOwn(MEANING, u.section));
    if (uses.length === 0) continue;
    const list = uses.map((u) => `${u.section} (${MEANING[u.section]}, ${u.references} relocation${u.references === 1 ? "" : "s"})`).join(", ");
    findings.push({
      ruleId: meta25.id,
      severity: meta25.severity,
      message: `'${fn.symbol}' has entries in ${list}: the patch module must carry them with the replaced code.`,
      file: fn.file,
      line: fn.line,
      symbol: fn.symbol,
      object: object2
    });
  }
  return findings;
}

// src/hazards/rules/sibling-call.ts
var sibling_call_exports = {};
__export(sibling_call_exports, {
  detect: () => detect26,
  meta: () => meta26
});

// src/compare/relocation-types.ts
var X86_64_SIZES = {
  1: 8,
  // R_X86_64_64
  2: 4,
  // PC32
  3: 4,
  // GOT32
  4: 4,
  // PLT32
  9: 4,
  // GOTPCREL
  10: 4,
  // 32
  11: 4,
  // 32S
  12: 2,
  // 16
  13: 2,
  // PC16
  14: 1,
  // 8
  15: 1,
  // PC8
  17: 8,
  // DTPOFF64
  18: 8,
  // TPOFF64
  19: 4,
  // TLSGD
  20: 4,
  // TLSLD
  21: 4,
  // DTPOFF32
  22: 4,
  // GOTTPOFF
  23: 4,
  // TPOFF32
  24: 8,
  // PC64
  25: 8,
  // GOTOFF64
  26: 4,
  // GOTPC32
  32: 4,
  // SIZE32
  33: 8,
  // SIZE64
  41: 4,
  // GOTPCRELX
  42: 4
  // REX_GOTPCRELX
};
var X86_64_PC_RELATIVE_32 = /* @__PURE__ */ new Set([2, 4, 9, 19, 20, 22, 26, 41, 42]);
var AARCH64_SIZES = {
  257: 8,
  // ABS64
  258: 4,
  // ABS32
  259: 2,
  // ABS16
  260: 8,
  // PREL64
  261: 4,
  // PREL32
  262: 2
  // PREL16
};
var PPC64_SIZES = {
  1: 4,
  // ADDR32
  3: 2,
  // ADDR16
  4: 2,
  // ADDR16_LO
  5: 2,
  // ADDR16_HI
  6: 2,
  // ADDR16_HA
  26: 4,
  // REL32
  38: 8,
  // ADDR64
  39: 2,
  // ADDR16_HIGHER
  40: 2,
  // ADDR16_HIGHERA
  41: 2,
  // ADDR16_HIGHEST
  42: 2,
  // ADDR16_HIGHESTA
  43: 8,
  // UADDR64
  44: 8,
  // REL64
  47: 2,
  // TOC16
  48: 2,
  // TOC16_LO
  49: 2,
  // TOC16_HI
  50: 2,
  // TOC16_HA
  51: 8,
  // TOC
  249: 2,
  // REL16
  250: 2,
  // REL16_LO
  251: 2,
  // REL16_HI
  252: 2
  // REL16_HA
};
var S390_SIZES = {
  1: 1,
  // 8
  3: 2,
  // 16
  4: 4,
  // 32
  5: 4,
  // PC32
  7: 4,
  // GOT32
  8: 4,
  // PLT32
  13: 4,
  // GOTOFF32
  15: 2,
  // GOT16
  16: 2,
  // PC16
  17: 2,
  // PC16DBL
  18: 2,
  // PLT16DBL
  19: 4,
  // PC32DBL
  20: 4,
  // PLT32DBL
  21: 4,
  // GOTPCDBL
  22: 8,
  // 64
  23: 8,
  // PC64
  24: 8,
  // GOT64
  25: 8,
  // PLT64
  26: 4,
  // GOTENT
  27: 2,
  // GOTOFF16
  28: 8,
  // GOTOFF64
  30: 2,
  // GOTPLT16
  31: 4,
  // GOTPLT32
  32: 8,
  // GOTPLT64
  33: 4,
  // GOTPLTENT
  40: 4,
  // TLS_GD32
  41: 8,
  // TLS_GD64
  43: 4,
  // TLS_GOTIE32
  44: 8,
  // TLS_GOTIE64
  45: 4,
  // TLS_LDM32
  46: 8,
  // TLS_LDM64
  47: 4,
  // TLS_IE32
  48: 8,
  // TLS_IE64
  49: 4,
  // TLS_IEENT
  50: 4,
  // TLS_LE32
  51: 8,
  // TLS_LE64
  52: 4,
  // TLS_LDO32
  53: 8
  // TLS_LDO64
};
var S390_INSN_PLUS_2 = /* @__PURE__ */ new Set([17, 18, 19, 20, 21, 26, 33, 49]);
function relocationFieldSize(machine, type) {
  if (machine === EM_X86_64) return X86_64_SIZES[type] ?? (type === 0 ? 0 : 4);
  if (machine === EM_AARCH64) return AARCH64_SIZES[type] ?? 0;
  if (machine === EM_PPC64) return PPC64_SIZES[type] ?? 0;
  if (machine === EM_S390) return S390_SIZES[type] ?? 0;
  return 0;
}
function codeAddendBias(machine, type) {
  if (machine === EM_X86_64 && X86_64_PC_RELATIVE_32.has(type)) return 4;
  if (machine === EM_S390 && S390_INSN_PLUS_2.has(type)) return -2;
  return 0;
}
var AARCH64_CALL26 = 283;
var AARCH64_JUMP26 = 282;
function codeReferenceKind(machine, type, code, offset) {
  if (machine === EM_X86_64 && X86_64_PC_RELATIVE_32.has(type) && offset >= 1) {
    const op = code[offset - 1];
    if (op === 232) return "call";
    if (op === 233 || offset >= 2 && code[offset - 2] === 15 && op >= 128 && op <= 143) return "jump";
  }
  if (machine === EM_AARCH64) {
    if (type === AARCH64_CALL26) return "call";
    if (type === AARCH64_JUMP26) return "jump";
  }
  return "address";
}

// src/compare/elf.ts
var SHT_SYMTAB = 2;
var SHT_STRTAB = 3;
var SHT_RELA = 4;
var SHT_NOBITS = 8;
var SHT_REL = 9;
var SHT_SYMTAB_SHNDX = 18;
var SHF_WRITE = 1;
var SHF_ALLOC = 2;
var SHF_EXECINSTR = 4;
var SHF_MERGE = 16;
var SHF_STRINGS = 32;
var ET_REL = 1;
var ET_EXEC = 2;
var ET_DYN = 3;
var SHN_UNDEF = 0;
var SHN_LORESERVE = 65280;
var SHN_XINDEX = 65535;
var ElfError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "ElfError";
  }
  path;
};
var SYMBOL_TYPES = { 0: "NOTYPE", 1: "OBJECT", 2: "FUNC", 3: "SECTION", 4: "FILE", 6: "TLS" };
var SYMBOL_BINDINGS = { 0: "LOCAL", 1: "GLOBAL", 2: "WEAK" };
var ELF64_HEADER = 64;
var SECTION_HEADER = 64;
var SYMBOL_ENTRY = 24;
var RELA_ENTRY = 24;
var MAX_NOBITS_SIZE = 2 ** 40;
var EF_PPC64_ABI = 3;
function parseElf(bytes, path, opts = {}) {
  const fail = (reason) => {
    throw new ElfError(path, reason);
  };
  const header2 = readHeader(bytes, fail, opts.linked ?? false);
  const { u32, u64, i64 } = header2;
  const inFile = (off, len, what) => {
    if (!Number.isSafeInteger(off) || !Number.isSafeInteger(len) || off < 0 || len < 0 || off + len > bytes.length) {
      fail(`corrupt: ${what} at 0x${off.toString(16)}+0x${len.toString(16)} lies beyond the end of the file (${bytes.length} bytes)`);
    }
  };
  const sections = readSections(bytes, header2, inFile, fail);
  const stringAt = (table, off, what) => {
    if (table.type !== SHT_STRTAB) fail(`${what}: section ${table.index} is not a string table`);
    const d = table.data;
    if (off >= d.length) fail(`${what}: string offset 0x${off.toString(16)} beyond string table ${table.index} (${d.length} bytes)`);
    let end = d.indexOf(0, off);
    if (end < 0) end = d.length;
    let name = "";
    for (let i = off; i < end; i += 4096) name += String.fromCharCode(...d.subarray(i, Math.min(end, i + 4096)));
    return name;
  };
  if (header2.shstrndx >= sections.length) fail(`section name table index ${header2.shstrndx} out of range (${sections.length} sections)`);
  const shstrtab = sections[header2.shstrndx];
  for (let i = 1; i < sections.length; i++) sections[i].name = stringAt(shstrtab, u32(header2.shoff + i * SECTION_HEADER), `name of section ${i}`);
  const symbols = readSymbols(sections, header2, stringAt, fail);
  if (header2.type === ET_REL) readRelocations(sections, symbols, header2.machine, u64, i64, fail);
  return { path, machine: header2.machine, bigEndian: header2.bigEndian, flags: header2.flags, fileType: header2.type, sections, symbols };
}
function readHeader(bytes, fail, linked) {
  if (bytes.length < 16 || bytes[0] !== 127 || bytes[1] !== 69 || bytes[2] !== 76 || bytes[3] !== 70) {
    fail("not an ELF file (bad magic)");
  }
  if (bytes[4] !== 2) fail(bytes[4] === 1 ? "ELF32 objects are not supported (need ELF64)" : `unknown ELF class ${bytes[4]}`);
  if (bytes[5] !== 1 && bytes[5] !== 2) fail(`unknown ELF data encoding ${bytes[5]}`);
  const bigEndian = bytes[5] === 2;
  if (bytes.length < ELF64_HEADER) fail(`truncated: ${bytes.length} bytes is shorter than the ELF64 header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = !bigEndian;
  const u16 = (o) => view.getUint16(o, le);
  const u32 = (o) => view.getUint32(o, le);
  const hi = bigEndian ? 0 : 4;
  const lo = bigEndian ? 4 : 0;
  const u64 = (o) => view.getUint32(o + lo, le) + view.getUint32(o + hi, le) * 4294967296;
  const i64 = (o) => view.getUint32(o + lo, le) + view.getInt32(o + hi, le) * 4294967296;
  const eType = u16(16);
  if (linked ? ![ET_REL, ET_EXEC, ET_DYN].includes(eType) : eType !== ET_REL) {
    fail(linked ? `neither an object nor a linked image (e_type ${eType}; expected ET_REL, ET_EXEC or ET_DYN)` : `not a relocatable object (e_type ${eType}; expected ET_REL, a .o file)`);
  }
  const machine = u16(18);
  const flags = u32(48);
  const arch = architectureOfMachine(machine, bigEndian);
  if (!arch) {
    const other = architectureOfMachine(machine, !bigEndian);
    fail(
      other ? `${bigEndian ? "big" : "little"}-endian ${machineName(machine)} objects are not supported (${other.name} is ${other.bigEndian ? "big" : "little"}-endian)` : `${machineName(machine)} is not a supported machine (x86-64, AArch64, PPC64 ELFv2, s390x)`
    );
  }
  if (machine === EM_PPC64 && (flags & EF_PPC64_ABI) !== 2) {
    fail(`PPC64 ELFv${flags & EF_PPC64_ABI || 1} object (function descriptors): only the ELFv2 ABI (ppc64le) is supported`);
  }
  const shoff = u64(40);
  const shentsize = u16(58);
  let shnum = u16(60);
  let shstrndx = u16(62);
  if (shoff === 0) fail("no section header table");
  if (shentsize !== SECTION_HEADER) fail(`bad section header size ${shentsize} (ELF64 uses ${SECTION_HEADER})`);
  if (!Number.isSafeInteger(shoff) || shoff + SECTION_HEADER > bytes.length) {
    fail(`corrupt: section header table at 0x${shoff.toString(16)} lies beyond the end of the file (${bytes.length} bytes)`);
  }
  if (shnum === 0) shnum = u64(shoff + 32);
  if (shstrndx === SHN_XINDEX) shstrndx = u32(shoff + 40);
  if (!Number.isSafeInteger(shnum) || shoff + shnum * SECTION_HEADER > bytes.length) {
    fail(`corrupt: ${shnum} section headers at 0x${shoff.toString(16)} do not fit in the file (${bytes.length} bytes)`);
  }
  if (shnum === 0) fail("no sections");
  return { type: eType, machine, bigEndian, flags, shoff, shnum, shstrndx, u16, u32, u64, i64 };
}
function readSections(bytes, h, inFile, fail) {
  const { u32, u64 } = h;
  const sections = [];
  for (let i = 0; i < h.shnum; i++) {
    const at = h.shoff + i * SECTION_HEADER;
    const type = u32(at + 4);
    const offset = u64(at + 24);
    const size = u64(at + 32);
    const hasData = type !== SHT_NOBITS && i !== 0;
    if (hasData) inFile(offset, size, `section ${i}`);
    else if (i !== 0 && !(size <= MAX_NOBITS_SIZE)) fail(`corrupt: NOBITS section ${i} claims 0x${size.toString(16)} bytes`);
    const link = u32(at + 40);
    const info2 = u32(at + 44);
    if ((type === SHT_SYMTAB || type === SHT_RELA || type === SHT_REL || type === SHT_SYMTAB_SHNDX) && link >= h.shnum) {
      fail(`section ${i} links to section ${link}, out of range (${h.shnum} sections)`);
    }
    sections.push({
      index: i,
      name: "",
      type,
      flags: u64(at + 8),
      offset,
      size: i === 0 ? 0 : size,
      link,
      info: info2,
      addralign: u64(at + 48),
      entsize: u64(at + 56),
      data: hasData ? bytes.subarray(offset, offset + size) : new Uint8Array(0),
      relocations: []
    });
  }
  return sections;
}
function readSymbols(sections, h, stringAt, fail) {
  const symtabs = sections.filter((s) => s.type === SHT_SYMTAB);
  if (symtabs.length > 1) fail(`${symtabs.length} symbol tables (a relocatable object has one)`);
  const symtab = symtabs[0];
  const symbols = [];
  if (!symtab) return symbols;
  if (symtab.entsize !== SYMBOL_ENTRY) fail(`symbol table ${symtab.name}: entry size ${symtab.entsize} (ELF64 uses ${SYMBOL_ENTRY})`);
  const strtab = sections[symtab.link];
  const xindex = sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === symtab.index);
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  const le = !h.bigEndian;
  const xview = xindex ? new DataView(xindex.data.buffer, xindex.data.byteOffset, xindex.data.byteLength) : null;
  const count2 = Math.floor(symtab.size / SYMBOL_ENTRY);
  const u64 = (o) => view.getUint32(o + (le ? 0 : 4), le) + view.getUint32(o + (le ? 4 : 0), le) * 4294967296;
  for (let i = 0; i < count2; i++) {
    const s = i * SYMBOL_ENTRY;
    const info2 = view.getUint8(s + 4);
    const other = view.getUint8(s + 5);
    let shndx = view.getUint16(s + 6, le);
    if (shndx === SHN_XINDEX) {
      if (!xview || i * 4 + 4 > xview.byteLength) fail(`symbol ${i} uses SHN_XINDEX but there is no SYMTAB_SHNDX entry`);
      shndx = xview.getUint32(i * 4, le);
    }
    const sym = {
      index: i,
      name: stringAt(strtab, view.getUint32(s, le), `name of symbol ${i}`),
      value: u64(s + 8),
      size: u64(s + 16),
      type: SYMBOL_TYPES[info2 & 15] ?? "OTHER",
      binding: SYMBOL_BINDINGS[info2 >> 4] ?? "OTHER",
      sectionIndex: shndx,
      other,
      localEntry: h.machine === EM_PPC64 ? ppc64LocalEntry(other) : 0
    };
    checkSymbolBounds(sym, sections, h.type !== ET_REL, fail);
    symbols.push(sym);
  }
  for (const sym of symbols) {
    if (sym.type === "SECTION" && sym.name === "" && sym.sectionIndex > 0 && sym.sectionIndex < sections.length) sym.name = sections[sym.sectionIndex].name;
  }
  return symbols;
}
function checkSymbolBounds(sym, sections, linked, fail) {
  const idx = sym.sectionIndex;
  if (idx === SHN_UNDEF || idx >= SHN_LORESERVE) return;
  if (idx >= sections.length) fail(`symbol ${sym.index} '${sym.name}' is in section ${idx}, out of range (${sections.length} sections)`);
  const section = sections[idx];
  if (linked) return;
  const extent = sym.type === "FUNC" || sym.type === "OBJECT" || sym.type === "TLS" ? sym.size : 0;
  if (!(sym.value <= section.size && extent <= section.size - sym.value)) {
    fail(`corrupt: symbol ${sym.index} '${sym.name}' (0x${sym.value.toString(16)}+0x${extent.toString(16)}) lies outside section ${idx} ${section.name} (0x${section.size.toString(16)} bytes)`);
  }
  if (sym.localEntry > sym.size && sym.size > 0) fail(`corrupt: symbol ${sym.index} '${sym.name}' has its local entry past its end`);
}
function ppc64LocalEntry(other) {
  const v = other >> 5 & 7;
  return 1 << v >> 2 << 2;
}
function readRelocations(sections, symbols, machine, u64, i64, fail) {
  for (const rela of sections) {
    if (rela.type === SHT_REL) fail(`section ${rela.name} holds REL relocations; only RELA (every supported machine's ABI) is read`);
    if (rela.type !== SHT_RELA) continue;
    if (rela.entsize !== RELA_ENTRY) fail(`relocation section ${rela.name}: entry size ${rela.entsize} (ELF64 RELA uses ${RELA_ENTRY})`);
    if (rela.info === 0 || rela.info >= sections.length) fail(`relocation section ${rela.name} targets section ${rela.info}, out of range`);
    const target = sections[rela.info];
    if (target.type === SHT_NOBITS) fail(`relocation section ${rela.name} applies to NOBITS section ${target.name}`);
    const count2 = Math.floor(rela.size / RELA_ENTRY);
    const list = target.relocations;
    let sorted = true;
    for (let i = 0; i < count2; i++) {
      const r = rela.offset + i * RELA_ENTRY;
      const info2 = u64(r + 8);
      const symbol = Math.floor(info2 / 4294967296);
      const type = info2 % 4294967296;
      if (symbol >= symbols.length) fail(`relocation ${i} in ${rela.name} names symbol ${symbol}, out of range (${symbols.length} symbols)`);
      const offset = u64(r);
      const field = Math.max(1, relocationFieldSize(machine, type));
      if (!(offset + field <= target.size)) {
        fail(`corrupt: relocation ${i} in ${rela.name} writes at 0x${offset.toString(16)}, outside ${target.name} (0x${target.size.toString(16)} bytes)`);
      }
      if (list.length > 0 && list[list.length - 1].offset > offset) sorted = false;
      list.push({ offset, type, symbol, addend: i64(r + 16) });
    }
    if (!sorted) list.sort((a, b) => a.offset - b.offset);
  }
}

// src/compare/symbol-names.ts
function normaliseName(name) {
  if (!/\.\d/.test(name)) return name;
  return name.split(".").map((part, i) => i > 0 && /^\d+$/.test(part) ? "#" : part).join(".");
}
function nameNumbers(name) {
  return name.split(".").slice(1).filter((p) => /^\d+$/.test(p)).map(Number);
}
function isColdPart(name) {
  return /\.cold(?:\.\d+)?$/.test(name);
}
function childParent(name) {
  const cold = /^(.+)\.cold(?:\.\d+)?$/.exec(name);
  if (cold) return cold[1];
  const part = /^(.+)\.part\.\d+$/.exec(name);
  if (part) return part[1];
  return null;
}
function isCompilerConstant(name) {
  return /^(CSWTCH|__func__|__FUNCTION__|__PRETTY_FUNCTION__)\.\d+$/.test(name);
}
function isStaticLocalName(name) {
  return /^[A-Za-z_$][\w$]*\.\d+$/.test(name) && !isCompilerConstant(name);
}
function sectionBaseName(section, symbol) {
  const suffix = `.${symbol}`;
  if (section.endsWith(suffix) && section.length > suffix.length) return section.slice(0, -suffix.length);
  return section;
}

// src/hazards/rules/sibling-call.ts
var meta26 = defineMeta({
  id: "sibling-call",
  severity: "error",
  title: "Sibling (tail) call out of a patched function on ppc64",
  why: 'On ppc64 a call from the patch module into the kernel goes through a stub that saves and restores the TOC pointer (r2) around it. A sibling call (a `b` instead of `bl`) leaves no frame to restore r2 in, so the callee returns to the caller with the patch module\'s TOC: kpatch-build refuses these ("Found an unsupported sibling call"). x86-64 and arm64 have no TOC and their unwinders see tail calls correctly, so the rule reports nothing there.',
  advice: `Add __attribute__((optimize("-fno-optimize-sibling-calls"))) to the patched function's definition in the patch, so the call returns through the function.`
});
function detect26(analysis) {
  const findings = [];
  for (const { object: object2, fn, head } of patchedCode(analysis)) {
    if (!head || head.machine !== EM_PPC64) continue;
    for (const ref of head.references) {
      if (ref.kind !== "tail-call" || childParent(ref.name) === head.symbol || ref.name.startsWith(".L")) continue;
      findings.push({
        ruleId: meta26.id,
        severity: meta26.severity,
        message: `'${fn.symbol}' ends in a sibling call to '${ref.name}' at head (ppc64): the call needs a frame to restore the TOC.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object: object2
      });
    }
  }
  return findings;
}

// src/hazards/rules/export-change.ts
var export_change_exports = {};
__export(export_change_exports, {
  detect: () => detect27,
  meta: () => meta27
});
var meta27 = defineMeta({
  id: "export-change",
  severity: "error",
  title: "Exported symbol added, removed, moved to a namespace, or its modversions CRC changed",
  why: `Exports are the kernel's module ABI. A live patch cannot remove or re-license an export, move it into a symbol namespace, or change its modversions CRC: modules already loaded keep the old binding, modules loaded later are checked against the running kernel's table, and a patch module carrying the new CRC is refused ("disagrees about version of symbol", kpatch-build: "Version disagreement for symbol"). An added export does not exist in the running kernel. And a patch module that calls a namespaced export needs MODULE_IMPORT_NS. Graded: error for removed / namespace / licence / CRC changes, warning for an added export, notice for a namespace import the patch module needs.`,
  advice: "Keep the export, its licence and namespace as they are in the running kernel; if a header change moved a CRC without an ABI change, hide it from genksyms (#ifndef __GENKSYMS__) or avoid the new #include. A real ABI change of an export cannot be live-patched. Add MODULE_IMPORT_NS(ns) to the patch module for each namespace listed."
});
function detect27(analysis) {
  return [...exportChanges(analysis), ...namespaceImports(analysis)];
}
function exportChanges(analysis) {
  const out = [];
  const key = (e) => `${e.owner}\0${e.symbol}`;
  const base = new Map(analysis.exports.filter((e) => e.side === "base").map((e) => [key(e), e]));
  const head = new Map(analysis.exports.filter((e) => e.side === "head").map((e) => [key(e), e]));
  const headSources = new Set(analysis.symbolFacts.filter((f) => f.side === "head").map((f) => f.source));
  const finding = (e, severity, what) => ({
    ruleId: meta27.id,
    severity,
    message: `Export '${e.symbol}' ${what}.`,
    file: e.source,
    symbol: e.symbol,
    object: e.owner
  });
  for (const [k, b] of base) {
    const h = head.get(k);
    if (!h) {
      if (headSources.has(b.source)) out.push(finding(b, "error", `is removed at head (EXPORT_SYMBOL${b.license.toUpperCase()})`));
      continue;
    }
    if (b.namespace !== h.namespace) out.push(finding(h, "error", `moves from namespace '${b.namespace}' to '${h.namespace}'`));
    if (b.license !== h.license) out.push(finding(h, "error", `changes from EXPORT_SYMBOL${b.license.toUpperCase()} to EXPORT_SYMBOL${h.license.toUpperCase()}`));
    if (b.crc && h.crc && b.crc !== h.crc) out.push(finding(h, "error", `changes its modversions CRC ${b.crc} \u2192 ${h.crc}`));
  }
  for (const [k, h] of head) if (!base.has(k)) out.push(finding(h, "warning", `is added at head${h.namespace ? ` in namespace '${h.namespace}'` : ""}: the running kernel does not export it`));
  return out;
}
function namespaceImports(analysis) {
  const namespaced = /* @__PURE__ */ new Map();
  for (const e of analysis.exports) if (e.side === "head" && e.namespace) namespaced.set(e.symbol, e.namespace);
  if (namespaced.size === 0) return [];
  const out = [];
  for (const { object: object2, fn, head } of patchedCode(analysis)) {
    const needs = [...new Set((head?.references ?? []).filter((r) => namespaced.has(r.name)).map((r) => `${namespaced.get(r.name)} (${r.name})`))];
    if (needs.length === 0) continue;
    out.push({
      ruleId: meta27.id,
      severity: "notice",
      message: `'${fn.symbol}' uses namespaced exports: the patch module needs MODULE_IMPORT_NS for ${needs.join(", ")}.`,
      file: fn.file,
      line: fn.line,
      symbol: fn.symbol,
      object: object2
    });
  }
  return out;
}

// src/hazards/rules/syscall-change.ts
var syscall_change_exports = {};
__export(syscall_change_exports, {
  detect: () => detect28,
  meta: () => meta28
});
var meta28 = defineMeta({
  id: "syscall-change",
  severity: "warning",
  title: "System call definition changed (SYSCALL_DEFINEn)",
  why: "SYSCALL_DEFINEn(name) is not one function: it emits the body as an inline __do_sys_name (no ftrace entry), a __se_sys_name wrapper and the __x64_sys_name / __ia32_sys_name entry points the syscall table calls, plus syscall-tracing metadata and error-injection entries. Recompiling the macro in a patch module re-creates that metadata and entry points, which the module cannot register; kpatch provides KPATCH_SYSCALL_DEFINEn for this. The function to replace is the one that contains the body in the running kernel (the wrapper the body was inlined into), not __do_sys_name.",
  advice: "Write the patched syscall with KPATCH_SYSCALL_DEFINEn (kpatch) or as a plain function replacing the symbol listed in the patch list (__se_sys_name / __x64_sys_name, whichever holds the body on base); never patch __do_sys_name itself."
});
var SYSCALL_MACRO = /^(COMPAT_)?SYSCALL_DEFINE\d$/;
function detect28(analysis) {
  const findings = [];
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => `${f.file}\0${f.symbol}`)));
  for (const fn of analysis.changes.functions) {
    const macro = fn.markers.find((m) => SYSCALL_MACRO.test(m));
    if (!macro) continue;
    const source = fn.baseFile ?? fn.file;
    const targets = fn.symbols.filter((s) => patched.has(`${source}\0${s}`) && !s.startsWith("__do_"));
    const entry = targets.length > 0 ? `patch ${targets.join(", ")}` : `no wrapper of it is in the patch list (${fn.symbols.slice(1).join(", ")} not found on base)`;
    findings.push({
      ruleId: meta28.id,
      severity: meta28.severity,
      message: `System call '${fn.name}' (${macro}) changes: ${entry}; its body ${fn.symbols[0]} has no ftrace entry of its own.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: targets[0] ?? fn.symbols[0],
      object: objectOfSource(analysis, source)
    });
  }
  return findings;
}

// src/hazards/rules/data-semantics.ts
var data_semantics_exports = {};
__export(data_semantics_exports, {
  detect: () => detect29,
  meta: () => meta29
});
var meta29 = defineMeta({
  id: "data-semantics",
  severity: "warning",
  title: "Patched function stops or starts taking a lock, or starts or stops using shared data",
  why: "A live patch switches functions one task at a time, and unpatched code keeps running beside patched code. When a patched function stops taking a lock, or starts reading or writing a variable that other (unpatched) functions use, the old and new code disagree about the data's protocol during and after the transition. The kpatch patch-author guide calls these data semantic changes: the builders compile them without complaint. Found from the relocations of the base and head code, not from the source text.",
  advice: 'Check every other user of the data or lock listed: patch them too, or keep the old protocol. Carry new state in a shadow variable (klp_shadow_get_or_alloc) and switch the protocol from a post-patch callback once every task runs the new code; see the kpatch guide, "Data semantic changes".'
});
var BOOKKEEPING = /^(__tracepoint_|__SCK__|__SCT__|__UNIQUE_ID_|__already_done|__warned|__print_once|__key|__func__|__FUNCTION__|__PRETTY_FUNCTION__|descriptor\.)/;
var LOCKING = /^(_raw_)?(spin|read|write)_(un)?lock(_\w+)?$|^(raw_)?spin_(un)?lock\w*$|^mutex_(un)?lock\w*$|^(down|up)(_read|_write)?(_\w+)?$|^__rcu_read_(un)?lock$|^rcu_read_(un)?lock\w*$|^(percpu_)?(down|up)_(read|write)\w*$/;
function detect29(analysis) {
  const findings = [];
  const baseBySource = factsBySource(analysis, "base");
  const patchedNames = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => `${f.file}\0${f.symbol}`)));
  for (const { object: object2, fn, base, head } of patchedCode(analysis)) {
    if (!base || !head) continue;
    const where = { ruleId: meta29.id, severity: meta29.severity, file: fn.file, line: fn.line, symbol: fn.symbol, object: object2 };
    const locks = (refs) => new Set(refs.filter((r) => r.kind !== "address" && LOCKING.test(r.name)).map((r) => r.name));
    const [lockedBefore, lockedAfter] = [locks(base.references), locks(head.references)];
    for (const l of lockedBefore) if (!lockedAfter.has(l)) findings.push({ ...where, message: `'${fn.symbol}' no longer calls ${l}() at head: code that still takes it no longer excludes this function.` });
    for (const l of lockedAfter) if (!lockedBefore.has(l)) findings.push({ ...where, message: `'${fn.symbol}' starts calling ${l}() at head: unpatched code does not, until the transition completes.` });
    const data = (refs) => new Set(refs.filter((r) => r.type === "OBJECT" || r.type === "NOTYPE" && r.kind === "address" && !r.section).map((r) => r.name).filter((n) => !isCompilerConstant(n) && !isStaticLocalName(n) && !BOOKKEEPING.test(n)));
    const [usedBefore, usedAfter] = [data(base.references), data(head.references)];
    const others = (name) => [...baseBySource.get(fn.file)?.values() ?? []].filter((f) => f.symbol !== fn.symbol && !patchedNames.has(`${fn.file}\0${f.symbol}`) && f.references.some((r) => r.name === name)).map((f) => f.symbol);
    for (const name of usedAfter) {
      if (usedBefore.has(name)) continue;
      const users = others(name);
      const shared = users.length > 0 ? `it is also used by unpatched ${users.slice(0, 4).join(", ")}${users.length > 4 ? ", \u2026" : ""}` : "it is defined or used outside this object too";
      findings.push({ ...where, message: `'${fn.symbol}' starts using '${name}' at head; ${shared}.` });
    }
    for (const name of usedBefore) {
      if (usedAfter.has(name)) continue;
      const users = others(name);
      if (users.length === 0) continue;
      findings.push({ ...where, message: `'${fn.symbol}' stops using '${name}' at head; unpatched ${users.slice(0, 4).join(", ")} still rely on it.` });
    }
  }
  return findings;
}

// src/hazards/rules/code-removal.ts
var code_removal_exports = {};
__export(code_removal_exports, {
  detect: () => detect30,
  meta: () => meta30
});
var meta30 = defineMeta({
  id: "code-removal",
  severity: "notice",
  title: "Function removed at head stays in the running kernel",
  why: "A live patch can only add functions and redirect existing ones: a function the PR deletes keeps existing in the running kernel as dead code, and anything that still reaches it (an unpatched caller, a function pointer stored in data before the patch) keeps running the old code.",
  advice: "Make sure every caller and every place that stored its address is in the patch list or rewritten; if the removal is a fix (the old code must never run again), replace the function instead of deleting it."
});
function detect30(analysis) {
  return analysis.codeDiffs.filter((d) => d.status === "removed" && childParent(d.symbol) === null && !/\.(isra|constprop|part|cold|lto_priv)\./.test(d.symbol)).map((d) => ({
    ruleId: meta30.id,
    severity: meta30.severity,
    message: `Function '${d.symbol}' exists only at base: it stays in the running kernel after the patch, reachable by anything the patch does not redirect.`,
    file: d.source,
    symbol: d.symbol,
    object: d.owner
  }));
}

// src/hazards/rules/data-section.ts
var data_section_exports = {};
__export(data_section_exports, {
  detect: () => detect31,
  meta: () => meta31
});
var meta31 = defineMeta({
  id: "data-section",
  severity: "warning",
  title: "Per-CPU, __read_mostly or once data changed, added, or moved to another section",
  why: `Per-CPU variables (.data..percpu) were copied into every CPU's area at boot: a new initial value never reaches them, and a new per-CPU variable lives in the patch module's small per-CPU reserve. __read_mostly, __ro_after_init and cache-aligned data are placed by the linker; moving a variable into or out of such a section (or to per-CPU) changes how the running kernel's copy is reached: the patched code would use a different object than the unpatched code. "Once" flags (.data..once: WARN_ONCE, pr_*_once) added by a patch start fresh, so the message fires again after patching; kpatch-build refuses changes to .data..read_mostly.`,
  advice: "Keep the variable's section and definition as in the running kernel. Put new per-CPU state in a shadow variable or allocate it (alloc_percpu) from a livepatch callback; replace a new *_once() with an explicit static bool flag in ordinary .data/.bss."
});
var SPECIAL_DATA = /^\.data\.\.(percpu|read_mostly|once|ro_after_init|cacheline_aligned|page_aligned)|^\.t(data|bss)/;
function detect31(analysis) {
  const findings = [];
  for (const d of analysis.dataDiffs) {
    if (!SPECIAL_DATA.test(d.section)) continue;
    const once = d.section.startsWith(".data..once");
    findings.push({
      ruleId: meta31.id,
      severity: once ? "notice" : meta31.severity,
      message: `Data object '${d.symbol}' in ${d.section} is ${d.status} between base and head${once ? ": a once flag added by the patch fires again" : ""}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner
    });
  }
  for (const { object: object2, fn, base, head } of patchedCode(analysis)) {
    if (!base || !head) continue;
    const before = new Map(base.references.filter((r) => r.section !== void 0 && r.type !== "FUNC").map((r) => [r.name, r.section]));
    for (const ref of head.references) {
      const was = before.get(ref.name);
      if (!was || !ref.section || sectionKind(was) === sectionKind(ref.section)) continue;
      findings.push({
        ruleId: meta31.id,
        severity: meta31.severity,
        message: `'${fn.symbol}' refers to '${ref.name}', which moves from ${was} to ${ref.section} at head.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object: object2
      });
    }
  }
  return findings;
}
function sectionKind(section) {
  const m = /^(\.data\.\.[a-z_]+|\.(?:data|bss|rodata|tdata|tbss))/.exec(section);
  return m ? m[1].replace(/^\.bss$/, ".data").replace(/^\.tbss$/, ".tdata") : section;
}

// src/hazards/rules/stuck-transition.ts
var stuck_transition_exports = {};
__export(stuck_transition_exports, {
  detect: () => detect32,
  meta: () => meta32
});
var meta32 = defineMeta({
  id: "stuck-transition",
  severity: "warning",
  title: "A function to patch may never leave some task's stack",
  why: `The livepatch consistency model switches a task to the new code only when none of the patched functions is on its stack. A kthread's main function (handed to kthread_run / kthread_create*), a function that sleeps in a loop around schedule(), and the idle and scheduler entry paths are on some stack for as long as the system runs: the transition never completes, the patch stays "in transition" and a later patch cannot load. No builder warns about this. Found from the base objects: who passes the function's address to kthread_create*, and which functions call schedule() (directly or through a same-file callee). Threads whose function is stored in data (struct smp_hotplug_thread, kthread_worker, workqueues) are not seen.`,
  advice: "Move the fix into a callee the loop calls and returns from (and patch that instead), or make the thread leave the function (kthread_park/unpark or stop/start it from klp callbacks: pre_patch / post_patch). As a last resort, the transition can be forced (/sys/kernel/livepatch/<patch>/force) once you have shown the old code cannot run again."
});
var KTHREAD_CREATE = /^(__)?kthread_create(_on_node|_on_cpu|_worker\w*)?$|^kthread_run\w*$/;
var SLEEPS = /^(schedule|schedule_timeout\w*|schedule_hrtimeout\w*|io_schedule\w*|freezable_schedule\w*|schedule_preempt_disabled|wait_for_completion\w*|kthread_parkme|msleep\w*|ssleep|usleep_range\w*|__wait_event\w*|wait_woken|prepare_to_wait_event)$/;
var LOOP_TESTS = /^(kthread_should_stop|kthread_should_park|kthread_freezable_should_stop|freezing|try_to_freeze)$/;
var ALWAYS_ON_STACK = /* @__PURE__ */ new Set([
  "do_idle",
  "cpu_startup_entry",
  "cpu_idle_poll",
  "default_idle_call",
  "arch_cpu_idle",
  "default_idle",
  "cpuidle_idle_call",
  "cpuidle_enter",
  "cpuidle_enter_state",
  "schedule",
  "__schedule",
  "schedule_idle",
  "preempt_schedule_common",
  "kthread",
  "worker_thread",
  "rescuer_thread",
  "smpboot_thread_fn",
  "ret_from_fork",
  "rest_init",
  "start_kernel",
  "start_secondary",
  "secondary_startup_64",
  "kernel_init",
  "kthreadd"
]);
function detect32(analysis) {
  const findings = [];
  const bySource = factsBySource(analysis, "base");
  for (const { object: object2, fn, base } of patchedCode(analysis)) {
    const where = { ruleId: meta32.id, severity: meta32.severity, file: fn.file, line: fn.line, symbol: fn.symbol, object: object2 };
    if (ALWAYS_ON_STACK.has(fn.symbol)) {
      findings.push({ ...where, message: `'${fn.symbol}' is an idle, scheduler or thread entry path: some task always has it on its stack, so the transition cannot complete.` });
      continue;
    }
    if (!base) continue;
    const unit = bySource.get(base.source) ?? /* @__PURE__ */ new Map();
    const threads = kthreadsStartedWith(unit, fn.symbol);
    const sleeps = sleepPath(unit, base);
    if (threads.length > 0) {
      findings.push({ ...where, message: `'${fn.symbol}' is the main function of kthread ${threads.join(", ")}${sleeps ? ` and sleeps in it (${sleeps})` : ""}: the thread never returns from it, so it keeps the old code on its stack and the transition cannot complete.` });
      continue;
    }
    if (!sleeps) continue;
    const loop = base.references.some((r) => LOOP_TESTS.test(r.name));
    findings.push({
      ...where,
      severity: loop ? "warning" : "notice",
      message: loop ? `'${fn.symbol}' loops around a sleep (${sleeps}) testing kthread_should_stop/freezing: a thread parked in it keeps the old code on its stack.` : `'${fn.symbol}' sleeps (${sleeps}): every task sleeping in it must wake up before the transition completes.`
    });
  }
  return findings;
}
function kthreadsStartedWith(unit, symbol) {
  const names = [];
  for (const f of unit.values()) {
    const creates = f.references.some((r) => r.kind !== "address" && KTHREAD_CREATE.test(r.name));
    if (!creates || !f.references.some((r) => r.kind === "address" && r.name === symbol)) continue;
    names.push(...f.strings.length > 0 ? f.strings.map((s) => `"${s}"`) : [`started by ${f.symbol}()`]);
  }
  return [...new Set(names)];
}
function sleepPath(unit, fn, seen = /* @__PURE__ */ new Set()) {
  seen.add(fn.symbol);
  const direct = fn.references.find((r) => r.kind !== "address" && SLEEPS.test(r.name));
  if (direct) return `${direct.name}()`;
  for (const r of fn.references) {
    if (r.kind === "address" || seen.has(r.name)) continue;
    const callee = unit.get(r.name);
    if (!callee) continue;
    const below = sleepPath(unit, callee, seen);
    if (below) return `${r.name}() \u2192 ${below}`;
  }
  return null;
}

// src/hazards/catalogue.ts
var catalogue = [
  changed_data_exports,
  layout_change_exports,
  static_local_changed_exports,
  init_code_exports,
  unpatchable_file_exports,
  clone_vanished_exports,
  clone_kind_changed_exports,
  new_data_exports,
  no_ftrace_entry_exports,
  clone_appeared_exports,
  inline_changed_exports,
  ipa_decision_changed_exports,
  unexplained_change_exports,
  ipa_passes_untracked_exports,
  not_built_exports,
  duplicate_symbol_exports,
  symbol_missing_exports,
  sympos_unverified_exports,
  fully_inlined_exports,
  line_only_change_exports,
  header_change_exports,
  macro_change_exports,
  static_branch_exports,
  init_reference_exports,
  special_section_exports,
  sibling_call_exports,
  export_change_exports,
  syscall_change_exports,
  data_semantics_exports,
  code_removal_exports,
  data_section_exports,
  stuck_transition_exports
];
var ruleMetas = catalogue.map((r) => r.meta);
function ruleMeta(id) {
  return ruleMetas.find((m) => m.id === id);
}
function detectHazards(analysis) {
  return catalogue.flatMap(
    (rule) => rule.detect(analysis).map((finding) => ({ finding })).sort((a, b) => compareFindings(a.finding, b.finding)).map(({ finding }) => finding)
  );
}
function compareFindings(a, b) {
  return (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.symbol ?? "").localeCompare(b.symbol ?? "") || a.message.localeCompare(b.message);
}

// src/report/escape.ts
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
);
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\e" };
function visible(ch) {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function plainText(s) {
  return String(s).replace(INVISIBLE, visible);
}
var MD_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var MD_SPECIAL = /[&<>\\`*[\]|~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|(?<=www)\.|:(?=\/\/)/gi;
var MD_BLOCK_START = /^([#+=-]|\d+(?=[.)]))/;
var JOIN = "\u2060";
function mdInline(s) {
  return plainText(s).replace(MD_SPECIAL, (ch) => MD_ENTITY[ch] ?? `\\${ch}`).replace(MD_BLOCK_START, (m) => /^\d/.test(m) ? `${m}\\` : `\\${m}`);
}
function mdText(s) {
  return mdInline(s).replace(/@|#|:(?=\w)|\bGH-/gi, (m) => m + JOIN);
}
function mdCode(s) {
  return `<code>${mdInline(s).replace(/@/g, `@${JOIN}`)}</code>`;
}
function percentEncode(s, keep) {
  let out = "";
  for (const ch of String(s)) {
    if (keep.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, "utf8")) out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function mdUrl(url) {
  return percentEncode(url, /^[A-Za-z0-9._~:/?#@!$&*+,;=%-]$/);
}
function sarifUri(path) {
  return String(path).split("/").map((seg) => percentEncode(seg, /^[A-Za-z0-9._~-]$/)).join("/");
}
function cString(s) {
  let out = '"';
  for (const b of Buffer.from(String(s), "utf8")) {
    if (b === 34 || b === 92 || b === 63) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 32 && b < 127 && b !== 60 && b !== 62) out += String.fromCharCode(b);
    else out += `\\${b.toString(8).padStart(3, "0")}`;
  }
  return `${out}"`;
}
function cComment(s) {
  return plainText(s).replace(/\*\//g, "* /").replace(/\/\*/g, "/ *").replace(/[<>]/g, (c) => c === "<" ? "\\x3c" : "\\x3e");
}
function cIdentifier(s) {
  return String(s).replace(/[^A-Za-z0-9_]/g, "_");
}

// src/report/markdown-fit.ts
function pointer(s, url) {
  const see = url ? `see the [full report](${mdUrl(url)})` : "see the full report";
  return `_\u2026 ${s.omitted} more ${s.omitted === 1 ? s.noun : `${s.noun}s`}, ${see}._`;
}
function renderSection(s, url) {
  const parts = [s.heading];
  if (s.items.length > 0) parts.push((s.lead ? `${s.lead}
` : "") + s.items.join(s.joiner));
  if (s.omitted > 0) parts.push(pointer(s, url));
  if (s.tail) parts.push(s.tail);
  return parts.join("\n\n");
}
function sectionBound(s, itemsLen) {
  const ptr = s.omitted > 0 ? 120 + s.noun.length : 0;
  return s.heading.length + (s.lead?.length ?? 0) + itemsLen + ptr + (s.tail?.length ?? 0) + 16;
}
function fitSections(head, sections, footer, maxChars, url) {
  const render = () => [head, ...sections.filter((x) => x.items.length > 0 || x.omitted > 0).map((x) => renderSection(x, url)), footer].join(
    "\n\n"
  ) + "\n";
  const itemsLen = sections.map((x) => x.items.reduce((n, i) => n + i.length + x.joiner.length, 0));
  const fixed = head.length + footer.length + 8;
  let bound = fixed + sections.reduce((n, x, i) => n + sectionBound(x, itemsLen[i]) + 2, 0);
  let text = render();
  while (text.length > maxChars) {
    let victim = -1;
    for (let i = 0; i < sections.length; i++) {
      if (sections[i].items.length === 0) continue;
      if (victim < 0 || sections[i].priority <= sections[victim].priority) victim = i;
    }
    if (victim < 0) break;
    const sec = sections[victim];
    while (sec.items.length > 0 && (bound > maxChars || text.length > maxChars)) {
      const before = sectionBound(sec, itemsLen[victim]);
      const item = sec.items.pop();
      itemsLen[victim] -= item.length + sec.joiner.length;
      sec.omitted++;
      bound += sectionBound(sec, itemsLen[victim]) - before;
      if (bound <= maxChars) break;
    }
    text = render();
  }
  if (text.length > maxChars) {
    const note = "\n\n_\u2026 truncated, see the full report._\n";
    const lines = text.split("\n");
    let out = "";
    for (const line2 of lines) {
      if (out.length + line2.length + 1 + note.length > maxChars) break;
      out += `${line2}
`;
    }
    text = out.trimEnd() + note;
  }
  return text;
}

// src/compare/kallsyms.ts
var SymbolFileError = class extends Error {
  constructor(file, reason) {
    super(`symbols ${file}: ${reason}`);
    this.file = file;
    this.name = "SymbolFileError";
  }
  file;
};
var MAIN_OBJECT = "vmlinux";
function klpObjectName(object2) {
  if (object2 === "vmlinux") return null;
  const base = object2.split("/").pop() ?? object2;
  return base.replace(/\.ko$/, "").replace(/-/g, "_");
}
function kallsymsObjectOf(owner) {
  return owner.endsWith(".ko") ? klpObjectName(owner) : MAIN_OBJECT;
}
function readSymbolTable(bytes, file) {
  if (bytes.length === 0) throw new SymbolFileError(file, "empty file (expected a System.map, a /proc/kallsyms dump, or an ELF vmlinux or .ko)");
  if (bytes[0] === 127 && bytes[1] === 69 && bytes[2] === 76 && bytes[3] === 70) {
    let elf;
    try {
      elf = parseElf(bytes, file, { linked: true });
    } catch (e) {
      if (!(e instanceof ElfError)) throw e;
      throw new SymbolFileError(file, e.message.replace(`${file}: `, ""));
    }
    return [kallsymsFromElf(elf, file)];
  }
  if (bytes.length > MAX_LISTING_BYTES) {
    throw new SymbolFileError(file, `${bytes.length} bytes is not a System.map or /proc/kallsyms dump (those are tens of MB; this reader takes up to ${MAX_LISTING_BYTES / 2 ** 20} MiB) nor an ELF file`);
  }
  return parseSymbolListing(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"), file);
}
var MAX_LISTING_BYTES = 256 * 2 ** 20;
var LISTING_LINE = /^([0-9a-fA-F]+) ([A-Za-z?-]) (\S+)(?:\s+\[(\S+)\])?$/;
var UNDEFINED_LINE = /^\s+[Uwv] \S+$/;
function parseSymbolListing(text, file) {
  const byObject = /* @__PURE__ */ new Map();
  let tagged = false;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line2 = lines[i].replace(/\r$/, "");
    if (line2 === "" || UNDEFINED_LINE.test(line2)) continue;
    const m = LISTING_LINE.exec(line2);
    if (!m) {
      const shown = JSON.stringify(line2.length > 80 ? `${line2.slice(0, 80)}\u2026` : line2);
      throw new SymbolFileError(file, `line ${i + 1} is not 'ADDRESS TYPE NAME [module]' (System.map or /proc/kallsyms): ${shown}`);
    }
    const object2 = m[4] ?? MAIN_OBJECT;
    if (m[4]) tagged = true;
    if (m[2] === "A" || m[2] === "a") continue;
    let names = byObject.get(object2);
    if (!names) byObject.set(object2, names = []);
    names.push(m[3]);
  }
  if (byObject.size === 0) throw new SymbolFileError(file, "no symbols in it (only empty lines)");
  const from = `${file} (${tagged ? "/proc/kallsyms dump" : "System.map"})`;
  return [...byObject].map(([object2, names]) => ({ object: object2, names, from }));
}
var NOT_IN_KALLSYMS = /^(\$|\.L|__crc_|__kstrtab_|__kstrtabns_)/;
function kallsymsFromElf(elf, file) {
  const isModule2 = elf.fileType === ET_REL;
  const object2 = isModule2 ? moduleName(elf) : MAIN_OBJECT;
  if (object2 === null) {
    throw new SymbolFileError(file, "an ELF object without a .modinfo name= is not a kernel module: give a .ko, a linked vmlinux, a System.map or a /proc/kallsyms dump");
  }
  const address = exactAddresses(elf);
  const kept = [];
  const unitFiles = [];
  let unit = -1;
  for (const sym of elf.symbols) {
    if (sym.type === "FILE") unit = unitFiles.push(sym.name) - 1;
    if (sym.index === 0 || sym.type === "FILE" || sym.type === "SECTION" || sym.name === "") continue;
    if (sym.sectionIndex === SHN_UNDEF || sym.sectionIndex >= SHN_LORESERVE) continue;
    const section = elf.sections[sym.sectionIndex];
    if (!(section.flags & SHF_ALLOC)) continue;
    if (isModule2 ? section.name.startsWith(".init") : NOT_IN_KALLSYMS.test(sym.name)) continue;
    kept.push({ name: sym.name, value: address(sym.index), unit: sym.binding === "LOCAL" ? unit : -1 });
  }
  if (kept.length === 0) throw new SymbolFileError(file, "no symbol table (a stripped image?): give the unstripped vmlinux / .ko, or its System.map");
  if (!isModule2) kept.sort((a, b) => a.value < b.value ? -1 : a.value > b.value ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const kind = isModule2 ? `ELF module ${object2}` : elf.fileType === 2 ? "ELF executable" : "ELF shared object";
  return { object: object2, names: kept.map((k) => k.name), units: Int32Array.from(kept, (k) => k.unit), unitFiles, from: `${file} (${kind})` };
}
function exactAddresses(elf) {
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab) return () => 0n;
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  return (index) => view.getBigUint64(index * 24 + 8, !elf.bigEndian);
}
function moduleName(elf) {
  const modinfo = elf.sections.find((s) => s.name === ".modinfo");
  if (!modinfo) return null;
  for (const entry of Buffer.from(modinfo.data).toString("latin1").split("\0")) if (entry.startsWith("name=")) return entry.slice(5);
  return null;
}
function mergeSymbolTables(tables) {
  const out = /* @__PURE__ */ new Map();
  for (const t of tables) {
    const seen = out.get(t.object);
    if (seen) throw new SymbolFileError(t.from, `a second symbol table for ${t.object} (the first is ${seen.from}): give one per object`);
    out.set(t.object, t);
  }
  return out;
}
function symposIn(table, symbol, unit) {
  const at = [];
  table.names.forEach((n, i) => {
    if (n === symbol) at.push(i);
  });
  if (at.length === 0) return { status: "missing" };
  const place = new Map(unit.order.map((n, i) => [n, i]));
  const inUnit = unitCounts(table, place);
  const scores = at.map((i) => unitScore(table, i, symbol, unit.source, place, inUnit));
  const best = scores.reduce((a, b) => b > a ? b : a, 0);
  const unique = best > 0 && scores.filter((s) => s === best).length === 1;
  if (at.length === 1 && (!unit.position || unit.position.count <= 1 || unique)) return { status: "found", sympos: 0, count: 1 };
  if (unique) return { status: "found", sympos: at.length === 1 ? 0 : scores.indexOf(best) + 1, count: at.length };
  if (unit.position && unit.position.count === at.length) return { status: "found", sympos: unit.position.sympos, count: at.length };
  return { status: "ambiguous", count: at.length };
}
function unitScore(table, i, symbol, source, place, inUnit) {
  let n = 0;
  const units = table.units;
  if (units && units[i] >= 0) {
    if (table.unitFiles?.[units[i]] === (source.split("/").pop() ?? source)) n++;
    n += (inUnit.get(units[i]) ?? 0) - (place.has(symbol) ? 1 : 0);
  }
  const unique = uniqueNames(table);
  const own = place.get(symbol) ?? -1;
  for (let j = i - 1; j >= 0 && table.names[j] !== symbol && (place.get(table.names[j]) ?? Infinity) < own; j--) if (unique.has(table.names[j])) n++;
  for (let j = i + 1; j < table.names.length && table.names[j] !== symbol && (place.get(table.names[j]) ?? -1) > own; j++) if (unique.has(table.names[j])) n++;
  return n;
}
function unitCounts(table, place) {
  const counts = /* @__PURE__ */ new Map();
  const units = table.units;
  if (units) {
    for (let j = 0; j < table.names.length; j++) if (units[j] >= 0 && place.has(table.names[j])) counts.set(units[j], (counts.get(units[j]) ?? 0) + 1);
  }
  return counts;
}
var uniqueNamesOf = /* @__PURE__ */ new WeakMap();
function uniqueNames(table) {
  let unique = uniqueNamesOf.get(table);
  if (!unique) {
    const seen = /* @__PURE__ */ new Set();
    unique = /* @__PURE__ */ new Set();
    for (const n of table.names) {
      if (seen.has(n)) unique.delete(n);
      else {
        seen.add(n);
        unique.add(n);
      }
    }
    uniqueNamesOf.set(table, unique);
  }
  return unique;
}

// src/report/skeleton.ts
function identifiers(reserved = []) {
  const used = new Set(reserved);
  return (name) => {
    const base = cIdentifier(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}
var MODULE_FUNCTIONS = ["init", "exit"];
function livepatchSkeleton(report) {
  const funcIdent = identifiers(MODULE_FUNCTIONS);
  const objIdent = identifiers();
  const out = [
    `/* livepatch skeleton from livepatch-gate ${cComment(report.tool.version)}: ${cComment(shortCommit(report.base))}..${cComment(shortCommit(report.head))}.`,
    " * Review every entry; each new_func needs the head version of the function, renamed. */",
    "#include <linux/module.h>",
    "#include <linux/kernel.h>",
    "#include <linux/livepatch.h>",
    ""
  ];
  const replacements = report.patch.flatMap((o) => o.functions.map((f) => ({ f, ident: `livepatch_${funcIdent(f.symbol)}` })));
  const identOf = new Map(replacements.map((r) => [r.f, r.ident]));
  if (replacements.length > 0) {
    out.push(
      "/* Replacement functions: each needs the prototype and the head body of the function it replaces */",
      "/* (a clone keeps the clone's ABI, which can differ from the source prototype; (void) is a placeholder). */",
      "/* Define them here or in another .c file of this module (Kbuild: obj-m := m.o, m-y := this.o bodies.o). */",
      ...replacements.map(({ f, ident }) => `void ${ident}(void); /* ${cComment(f.symbol)} ${cComment(f.file)}${f.line ? `:${Math.trunc(f.line)}` : ""} */`),
      ""
    );
  }
  const notRedirectable = report.unpatchable.filter((u) => u.coverage !== "not-needed");
  if (notRedirectable.length > 0) {
    out.push("/* Not klp_funcs: livepatch cannot redirect these on the base kernel. The new version is reached", " * through the functions that call them or take their address, which are listed below. */");
    for (const u of notRedirectable) {
      const pos = u.sympos > 0 ? `,${Math.trunc(u.sympos)}` : "";
      out.push(`/* ${cComment(`${u.object}: ${u.symbol}${pos}: ${u.detail}; ${coverageText(u)}: ${referrersText(u) || "nothing reaches it"}`)} */`);
    }
    out.push("");
  }
  const objs = [];
  const others = (list, object2) => list.find((o) => o.object === object2)?.functions ?? [];
  const notKlp = (object2) => [...others(report.newFunctions, object2), ...others(report.vanished, object2), ...others(report.notNeeded, object2)];
  for (const obj of report.patch) {
    const object2 = obj.object;
    const name = klpObjectName(obj.object);
    const ident = `funcs_${objIdent(name ?? "vmlinux")}`;
    out.push(`/* ${cComment(obj.object)} */`, `static struct klp_func ${ident}[] = {`);
    for (const f of notKlp(object2)) {
      out.push(`	/* ${cComment(f.symbol)}: ${cComment(f.notPatched ?? "not a klp_func")} */`);
    }
    for (const f of obj.functions) {
      const sympos = f.sympos > 0 ? ` .old_sympos = ${Math.trunc(f.sympos)},` : "";
      const clone = f.symbol.includes(".") ? " /* clone: keep its ABI */" : "";
      out.push(`	{ .old_name = ${cString(f.symbol)}, .new_func = ${identOf.get(f)},${sympos} },${clone}`);
    }
    out.push("	{ }", "};", "");
    objs.push(`	{ .name = ${name === null ? "NULL /* vmlinux */" : cString(name)}, .funcs = ${ident}, },`);
  }
  const patched = new Set(report.patch.map((o) => o.object));
  for (const object2 of new Set([...report.newFunctions, ...report.vanished, ...report.notNeeded].map((o) => o.object))) {
    if (patched.has(object2)) continue;
    out.push(`/* ${cComment(object2)}: no klp_func */`, ...notKlp(object2).map((f) => `/*	${cComment(f.symbol)}: ${cComment(f.notPatched ?? "not a klp_func")} */`), "");
  }
  out.push("static struct klp_object objs[] = {", ...objs, "	{ }", "};", "");
  out.push("static struct klp_patch patch = {", "	.mod = THIS_MODULE,", "	.objs = objs,", "};", "");
  out.push(
    "static int livepatch_init(void)",
    "{",
    "	return klp_enable_patch(&patch);",
    "}",
    "",
    "static void livepatch_exit(void)",
    "{",
    "}",
    "",
    "module_init(livepatch_init);",
    "module_exit(livepatch_exit);",
    'MODULE_LICENSE("GPL");',
    'MODULE_INFO(livepatch, "Y");'
  );
  return out.join("\n");
}

// src/report/markdown.ts
function whereAt(commit, sourceBaseUrl) {
  return (file, line2) => {
    const text = mdCode(location(file, line2));
    if (!file || !sourceBaseUrl) return text;
    return `[${text}](${mdUrl(`${sourceBaseUrl.replace(/\/+$/, "")}/${sarifUri(commit)}/${sarifUri(file)}${line2 ? `#L${line2}` : ""}`)})`;
  };
}
var DEFAULT_MAX_CHARS = 65e3;
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var SEVERITY_HEADING = { error: "Errors", warning: "Warnings", notice: "Notices" };
var PRIORITY = {
  skeleton: 1,
  notices: 2,
  nonFunction: 3,
  notKlp: 3,
  allowed: 4,
  notBuilt: 5,
  warnings: 6,
  warningFindings: 7,
  patch: 8,
  unpatchable: 8,
  errorFindings: 9,
  notAnalysed: 10
};
function cumulativeSections(c) {
  const against = `${shortCommit(c.previous.base)}..${shortCommit(c.previous.head)}${c.previous.pullRequest ? ` (PR #${c.previous.pullRequest})` : ""}`;
  const count2 = (status) => c.entries.filter((e) => e.status === status).length;
  const sections = [
    {
      priority: PRIORITY.patch,
      heading: `### Cumulative patch for atomic replace of the deployed ${mdCode(against)}: ${count2("kept")} kept, ${count2("updated")} updated, ${count2("added")} added, ${count2("dropped")} dropped`,
      lead: [...c.notes.map((n) => `> ${mdText(n)}`), ...c.notes.length > 0 ? [""] : [], "| Status | Function | Object | Location | Why |", "|---|---|---|---|---|"].join("\n"),
      items: c.entries.map((e) => `| ${mdText(e.status)} | ${mdCode(e.symbol)}${e.sympos > 0 ? ` (sympos ${e.sympos})` : ""} | ${mdCode(e.object)} | ${mdCode(e.file)} | ${mdText(e.reason)} |`),
      noun: "function",
      omitted: 0,
      joiner: "\n"
    }
  ];
  if (c.ids.length > 0) {
    sections.push({
      priority: PRIORITY.patch,
      heading: `### Shadow-variable and klp_state ids against the deployed patch (${c.ids.length})`,
      items: c.ids.map((i) => `- ${mdText(i.status)} ${mdText(i.kind)} ${mdCode(i.name)}: ${mdText(i.detail)}`),
      noun: "id",
      omitted: 0,
      joiner: "\n"
    });
  }
  return sections;
}
var PATCH_ROWS_IN_VIEW = 15;
var MIN_COLLAPSED_GROUP = 3;
function causeOnly(f) {
  if (f.reasons.length === 0 || !f.reasons.every((r) => r.kind === "layout" || r.kind === "non-function")) return null;
  return [...new Set(f.reasons.flatMap((r) => r.causes ?? []))].sort().join(", ") || null;
}
function patchSections(obj, where) {
  const withPos = obj.functions.some((f) => f.sympos > 0);
  const header2 = withPos ? "| Function | sympos | Location | Why | Code change |\n|---|---|---|---|---|" : "| Function | Location | Why | Code change |\n|---|---|---|---|";
  const row = (f) => {
    const chains = f.reasons.filter((r) => r.chain.length > 0).map((r) => mdText(chainText(r)));
    const why = `${mdText(reasonsSummary(f))}${f.predicted || causeOnly(f) !== null ? "" : " (object comparison only)"}` + (chains.length > 0 ? `<details><summary>explain</summary>${chains.join("<br>")}</details>` : "");
    const cols = [mdCode(f.symbol), ...withPos ? [f.sympos > 0 ? mdText(String(f.sympos)) : ""] : [], where(f.file, f.line), why, mdText(f.codeChange)];
    return `| ${cols.join(" | ")} |`;
  };
  const groups2 = /* @__PURE__ */ new Map();
  if (obj.functions.length > PATCH_ROWS_IN_VIEW) {
    for (const f of obj.functions) {
      const cause = causeOnly(f);
      if (cause !== null) groups2.set(cause, [...groups2.get(cause) ?? [], f]);
    }
    for (const [cause, list] of groups2) if (list.length < MIN_COLLAPSED_GROUP) groups2.delete(cause);
  }
  const collapsedFns = new Set([...groups2.values()].flat());
  const table = (heading, fns) => ({
    priority: PRIORITY.patch,
    heading,
    lead: header2,
    items: fns.map(row),
    noun: "function",
    omitted: 0,
    joiner: "\n"
  });
  const inView = obj.functions.filter((f) => !collapsedFns.has(f));
  return [
    table(`### Functions to patch in ${mdCode(obj.object)} (${obj.functions.length})`, inView),
    ...[...groups2].map(
      ([cause, list]) => collapsed(table(`Functions to patch in ${mdCode(obj.object)} that change with ${mdText(cause)} (${list.length})`, list))
    )
  ];
}
function notKlpSections(report, atBase, atHead) {
  const lists = [
    ["New at head (compiled into the patch module, not klp_funcs)", report.newFunctions, atHead],
    ["Gone at head (their callers are patched)", report.vanished, atBase],
    ["Reached by the change, no klp_func needed", report.notNeeded, atBase]
  ];
  return lists.filter(([, objs]) => objs.length > 0).map(([title, objs, where]) => {
    const items = objs.flatMap(
      (o) => o.functions.map((f) => `- ${mdCode(f.symbol)} (${mdCode(o.object)}, ${where(f.file, f.line)}): ${mdText(f.notPatched ?? "")}`)
    );
    return { priority: PRIORITY.notKlp, heading: `### ${title} (${items.length})`, items, noun: "function", omitted: 0, joiner: "\n" };
  });
}
function unpatchableSection(list, where) {
  return {
    priority: PRIORITY.unpatchable,
    heading: `### Replaced through their referrers: livepatch cannot redirect them (${list.length})`,
    lead: "| Function | Object | Location | Why not | Reached by | Coverage |\n|---|---|---|---|---|---|",
    items: list.map((u) => {
      const name = u.sympos > 0 ? `${mdCode(u.symbol)} (sympos ${Math.trunc(u.sympos)})` : mdCode(u.symbol);
      const cols = [name, mdCode(u.object), where(u.file, u.line), mdText(u.detail), mdText(referrersText(u)), mdText(coverageText(u))];
      return `| ${cols.join(" | ")} |`;
    }),
    noun: "function",
    omitted: 0,
    joiner: "\n"
  };
}
var MAX_PLACES_SHOWN = 100;
function placesText2(f, where) {
  if (!f.places || f.places.length === 0) return "";
  const counts = /* @__PURE__ */ new Map();
  for (const p of f.places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const nouns = { function: "function", data: "data object", unit: "translation unit" };
  const summary = [...counts].map(([kind, n]) => plural(n, nouns[kind] ?? "place")).join(", ");
  const rows = f.places.slice(0, MAX_PLACES_SHOWN).map((p) => `${p.symbol ? `${mdCode(p.symbol)} ` : ""}${where(p.file, p.line)}${p.detail ? `: ${mdText(p.detail)}` : ""}`);
  if (f.places.length > MAX_PLACES_SHOWN) rows.push(mdText(`\u2026 ${f.places.length - MAX_PLACES_SHOWN} more in the full report`));
  return `<details><summary>${mdText(summary)}</summary>${rows.join("<br>")}</details>`;
}
function findingLine(f, where) {
  const subject = [f.symbol ? mdCode(f.symbol) : "", f.file ? `at ${where(f.file, f.line)}` : "", f.object ? `(${mdCode(f.object)})` : ""].filter((s) => s !== "").join(" ");
  return `- ${subject ? `${subject}: ` : ""}${mdText(f.message)}${f.allowed ? ` \u2014 allowed: ${mdText(f.allowed)}` : ""}${placesText2(f, where)}`;
}
function docsLink(helpUri, docsBaseUrl) {
  return docsBaseUrl ? ` ([docs](${mdUrl(`${docsBaseUrl.replace(/\/$/, "")}/${helpUri.replace(/^docs\//, "")}`)}))` : "";
}
function ruleGroupedItems(findings, item, docsBaseUrl) {
  const items = [];
  let lastRule = "";
  for (const f of findings) {
    let text = item(f);
    if (f.ruleId !== lastRule) {
      const m = ruleMeta(f.ruleId);
      const head = m ? `**${m.id}** \u2014 ${m.title}${docsLink(m.helpUri, docsBaseUrl)}
> ${m.advice}
` : `**${mdText(f.ruleId)}**
`;
      text = `${items.length > 0 ? "\n" : ""}${head}
${text}`;
      lastRule = f.ruleId;
    }
    items.push(text);
  }
  return items;
}
function findingsSection(severity, findings, where, docsBaseUrl) {
  const items = ruleGroupedItems(findings, (f) => findingLine(f, where), docsBaseUrl);
  const priority = severity === "error" ? PRIORITY.errorFindings : severity === "warning" ? PRIORITY.warningFindings : PRIORITY.notices;
  const section = {
    priority,
    heading: `### ${SEVERITY_ICON[severity]} ${SEVERITY_HEADING[severity]} (${findings.length})`,
    items,
    noun: "finding",
    omitted: 0,
    joiner: "\n"
  };
  return severity === "error" ? section : collapsed(section);
}
function collapsed(section) {
  const title = section.heading.replace(/^#+\s*/, "");
  return { ...section, heading: `<details><summary>${title}</summary>`, tail: "</details>" };
}
function verdictLines(report) {
  const s = report.summary;
  const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}`;
  if (report.verdict === "error") {
    return [
      `\u26D4 **Could not analyse**: ${plural(report.notAnalysed.length, "changed function or object")} were not compiled and compared on both sides, so the gate cannot pass (${counts}).`,
      "",
      ...report.verdictReasons.map((r) => `- ${mdText(r)}`)
    ];
  }
  if (report.verdict === "fail") {
    return [`\u274C **Live-patch gate failed**: ${counts}.`, "", ...report.verdictReasons.map((r) => `- ${mdText(r)}`)];
  }
  return [`\u2705 **Live-patch gate passed**: no finding fails the policy (${counts}).`];
}
function renderMarkdown(report, opts = {}) {
  const atBase = whereAt(report.base, opts.sourceBaseUrl);
  const atHead = whereAt(report.head, opts.sourceBaseUrl);
  const active = report.findings.filter((f) => !f.allowed);
  const findingsOf = (sev) => {
    const list = active.filter((f) => f.severity === sev);
    return list.length > 0 ? [findingsSection(sev, list, atHead, opts.docsBaseUrl)] : [];
  };
  const sections = [
    ...notAnalysedSections(report),
    ...findingsOf("error"),
    ...report.patch.flatMap((o) => patchSections(o, atBase)),
    ...report.cumulative ? cumulativeSections(report.cumulative) : [],
    ...report.unpatchable.length > 0 ? [unpatchableSection(report.unpatchable, atBase)] : [],
    ...findingsOf("warning"),
    ...findingsOf("notice"),
    ...allowedSections(report, atHead),
    ...notKlpSections(report, atBase, atHead).map(collapsed),
    ...nonFunctionSections(report, atHead),
    ...notBuiltSections(report),
    ...analysisWarningSections(report),
    ...skeletonSections(report)
  ];
  const url = opts.fullReportUrl;
  const footer = `<sub>livepatch-gate ${mdText(report.tool.version)}${url ? ` \xB7 [full report](${mdUrl(url)})` : ""}</sub>`;
  return fitSections(headOf(report, opts), sections, footer, opts.maxChars ?? DEFAULT_MAX_CHARS, url);
}
function headOf(report, opts) {
  const s = report.summary;
  const head = [];
  if (opts.marker) head.push(opts.marker.startsWith("<!--") ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? "livepatch-gate"}`, "", ...verdictLines(report), "");
  head.push(
    `${mdCode(shortCommit(report.base))} \u2192 ${mdCode(shortCommit(report.head))}${report.pullRequest ? ` (#${Number(report.pullRequest)})` : ""}: ${plural(s.functionsToPatch, "function")} to patch in ${plural(s.objects, "object")}.`
  );
  if (report.comparison) head.push("", `Compared: ${mdText(report.comparison)}.`);
  if (report.symposFrom) head.push("", `Positions (old_sympos): ${mdText(report.symposFrom)}.`);
  if (report.patch.length === 0) head.push("", "No function needs patching.");
  return head.join("\n");
}
function notAnalysedSections(report) {
  if (report.notAnalysed.length === 0) return [];
  const advice = [...new Set(report.notAnalysed.map((n) => n.advice))];
  return [{
    priority: PRIORITY.notAnalysed,
    heading: `### \u26D4 Not analysed (${report.notAnalysed.length})`,
    lead: advice.map((a) => `> What to do: ${mdText(a)}`).join("\n") + "\n",
    items: report.notAnalysed.map((n) => `- ${n.function ? `${mdCode(n.function)} in ` : ""}${mdCode(n.file)}${n.side ? ` (${n.side})` : ""}: ${mdText(n.reason)}`),
    noun: "entry",
    omitted: 0,
    joiner: "\n"
  }];
}
function allowedSections(report, atHead) {
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.allowed,
    heading: `### Allowed by policy (${allowed.length})`,
    items: allowed.map((f) => `${findingLine(f, atHead).replace(/^- /, `- **${mdText(f.ruleId)}** `)}`),
    noun: "finding",
    omitted: 0,
    joiner: "\n"
  })];
}
function nonFunctionSections(report, atHead) {
  if (report.changes.other.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.nonFunction,
    heading: `### Non-function changes (${report.changes.other.length})`,
    lead: "| Kind | Name | Location | What changed |\n|---|---|---|---|",
    items: report.changes.other.map((c) => `| ${mdText(c.kind)} | ${c.name ? mdCode(c.name) : ""} | ${atHead(c.file, c.line)} | ${mdText(c.detail)} |`),
    noun: "change",
    omitted: 0,
    joiner: "\n"
  })];
}
function notBuiltSections(report) {
  if (report.notBuilt.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.notBuilt,
    heading: `### Changed but not built (${report.notBuilt.length})`,
    items: report.notBuilt.map((n) => `- ${mdCode(n.source)}: ${mdText(n.reason)}`),
    noun: "file",
    omitted: 0,
    joiner: "\n"
  })];
}
function analysisWarningSections(report) {
  if (report.warnings.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.warnings,
    heading: `### Analysis warnings (${report.warnings.length})`,
    items: report.warnings.map((w) => {
      const where = location(w.file, w.line);
      return `- \\[${mdText(w.source)}\\]${where ? ` ${mdCode(where)}:` : ""} ${mdText(w.message)}`;
    }),
    noun: "warning",
    omitted: 0,
    joiner: "\n"
  })];
}
function skeletonSections(report) {
  if (report.patch.length === 0) return [];
  return [{
    priority: PRIORITY.skeleton,
    heading: "<details><summary>Livepatch module skeleton (klp_func / klp_object)</summary>",
    items: ["```c\n" + livepatchSkeleton(report) + "\n```"],
    tail: "</details>",
    noun: "skeleton block",
    omitted: 0,
    joiner: "\n"
  }];
}
function renderFailureMarkdown(message2, opts = {}) {
  const lines = [];
  if (opts.marker) lines.push(opts.marker.startsWith("<!--") ? opts.marker : `<!-- ${opts.marker} -->`);
  lines.push(`## ${opts.title ?? "livepatch-gate"}`, "");
  lines.push(`\u26A0\uFE0F **Could not analyse${opts.head ? ` ${mdCode(shortCommit(opts.head))}` : " this change"}**: no verdict. An earlier verdict on this pull request no longer applies.`, "");
  for (const line2 of message2.split("\n").slice(0, 40)) if (line2.trim()) lines.push(`> ${mdText(line2)}`);
  lines.push("", `See the ${opts.fullReportUrl ? `[run log](${mdUrl(opts.fullReportUrl)})` : "run log"} for the build output.`);
  return `${lines.join("\n")}
`;
}

// src/report/aggregate-markdown.ts
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  error: "\u26A0\uFE0F could not analyse",
  missing: "\u26A0\uFE0F no report",
  unreadable: "\u26A0\uFE0F unreadable report"
};
var SEVERITY_HEADING2 = { error: "\u274C Errors", warning: "\u26A0\uFE0F Warnings", notice: "\u2139\uFE0F Notices" };
var PRIORITY2 = { notices: 1, warnings: 2, differences: 4, common: 5, errors: 6 };
function verdictLines2(a) {
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
    priority: PRIORITY2.common,
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
    priority: PRIORITY2.differences,
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
function findingsSection2(severity, findings, all) {
  const items = ruleGroupedItems(findings, (f) => findingItem(f, all));
  const priority = severity === "error" ? PRIORITY2.errors : severity === "warning" ? PRIORITY2.warnings : PRIORITY2.notices;
  return { priority, heading: `### ${SEVERITY_HEADING2[severity]} (${findings.length})`, items, noun: "finding", omitted: 0, joiner: "\n" };
}
function renderAggregateMarkdown(a, opts = {}) {
  const url = opts.fullReportUrl;
  const head = [];
  if (opts.marker) head.push(opts.marker.startsWith("<!--") ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? "livepatch-gate"}: every codestream`, "", ...verdictLines2(a), "");
  if (a.base || a.head) {
    head.push(`${mdCode(shortCommit(a.base))} \u2192 ${mdCode(shortCommit(a.head))}${a.pullRequest ? ` (#${Number(a.pullRequest)})` : ""}`, "");
  }
  head.push(codestreamTable(a));
  const all = a.codestreams.filter((c) => c.status === "pass" || c.status === "fail" || c.status === "error").map((c) => c.label);
  const sections = [];
  const active = a.findings.filter((f) => !f.perCodestream.every((p) => p.allowed));
  const errors = active.filter((f) => f.severity === "error");
  if (errors.length > 0) sections.push(findingsSection2("error", errors, all));
  if (a.common.length > 0) sections.push(commonSection(a.common));
  if (a.differences.length > 0) sections.push(differencesSection(a.differences, all));
  for (const sev of ["warning", "notice"]) {
    const list = active.filter((f) => f.severity === sev);
    if (list.length > 0) sections.push(findingsSection2(sev, list, all));
  }
  const footer = `<sub>livepatch-gate ${mdText(a.tool.version)} \xB7 ${plural(a.codestreams.length, "codestream")}${url ? ` \xB7 [full reports](${mdUrl(url)})` : ""}</sub>`;
  return fitSections(head.join("\n"), sections, footer, opts.maxChars ?? DEFAULT_MAX_CHARS, url);
}

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

// src/report/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
function renderAnnotations(report, limits = { perType: ANNOTATIONS_PER_TYPE }) {
  const omitted = { error: 0, warning: 0, notice: 0 };
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  const active = report.findings.filter((f) => !f.allowed);
  const ordered = [...active.filter((f) => f.file), ...active.filter((f) => !f.file)];
  for (const f of ordered) {
    if (used[f.severity] >= limits.perType) {
      omitted[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const a = {
      level: f.severity,
      // Shown as plain text; @actions/core escapes what would end the workflow command.
      message: plainText(f.message),
      title: plainText(`livepatch-gate ${f.ruleId}${f.symbol ? `: ${f.symbol}` : ""}`)
    };
    if (f.file) a.file = f.file;
    if (f.line) a.startLine = f.line;
    annotations.push(a);
  }
  return { annotations, omitted };
}
function omittedAnnotationsNote(omitted) {
  const parts = ["error", "warning", "notice"].filter((l) => (omitted[l] ?? 0) > 0).map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? "" : "s"}`);
  return parts.length ? `${parts.join(", ")} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_TYPE} per type per step); all findings are listed in this report.` : "";
}

// src/report/sarif.ts
var SARIF_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function pascal(id) {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase());
}
function sarifRule(m, docsBaseUrl) {
  const rule = {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.why },
    help: { text: `${m.why}

What to do: ${m.advice}`, markdown: `${m.why}

**What to do:** ${m.advice}` },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ["livepatch"] }
  };
  if (docsBaseUrl) rule.helpUri = `${docsBaseUrl.replace(/\/$/, "")}/${m.helpUri.replace(/^docs\//, "")}`;
  return rule;
}
function fingerprint(f) {
  return [f.ruleId, f.object ?? "", f.symbol ?? f.file ?? "", f.message].join("|");
}
function renderSarif(report, rules, opts = {}) {
  const max = opts.maxResults ?? SARIF_MAX_RESULTS;
  const driverRules = rules.map((m) => sarifRule(m, opts.docsBaseUrl));
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const notifications = [];
  const located = report.findings.filter((f) => f.file);
  const unlocated = report.findings.length - located.length;
  if (unlocated > 0) {
    notifications.push({ level: "note", message: { text: `${plural(unlocated, "finding")} without a file location ${unlocated === 1 ? "is" : "are"} only in the JSON/markdown report.` } });
  }
  for (const n of report.notAnalysed ?? []) {
    notifications.push({ level: "error", message: { text: plainText(`not analysed: ${n.function ? `${n.function} (${n.file})` : n.file}: ${n.reason}. ${n.advice}`) } });
  }
  const ordered = [...located].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || Number(!!a.allowed) - Number(!!b.allowed)
  );
  const kept = ordered.slice(0, max);
  if (ordered.length > max) {
    notifications.push({
      level: "warning",
      message: { text: `Results truncated: ${ordered.length - max} more findings than GitHub accepts in one run (${max}); see the full JSON report.` }
    });
  }
  const results = kept.map((f) => {
    const region = f.line && f.line > 0 ? { startLine: f.line } : void 0;
    const r = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: plainText(f.symbol && !f.message.includes(f.symbol) ? `${f.symbol}: ${f.message}` : f.message) },
      locations: [
        { physicalLocation: { artifactLocation: { uri: sarifUri(f.file), uriBaseId: "%SRCROOT%" }, ...region ? { region } : {} } }
      ],
      partialFingerprints: { livepatchGate: fingerprint(f) }
    };
    if (f.places && f.places.length > 0) {
      r.relatedLocations = f.places.map((p, i) => ({
        id: i + 1,
        message: { text: plainText(`${p.kind} ${p.symbol ?? ""}${p.detail ? `: ${p.detail}` : ""}`.trim()) },
        physicalLocation: { artifactLocation: { uri: sarifUri(p.file), uriBaseId: "%SRCROOT%" }, ...p.line && p.line > 0 ? { region: { startLine: p.line } } : {} }
      }));
    }
    if (f.allowed) r.suppressions = [{ kind: "external", justification: plainText(f.allowed) }];
    return r;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "livepatch-gate", version: report.tool.version, rules: driverRules } },
        automationDetails: { id: `${(opts.category ?? "livepatch-gate").replace(/\/+$/, "")}/` },
        results,
        invocations: [{ executionSuccessful: (report.notAnalysed ?? []).length === 0, toolExecutionNotifications: notifications }]
      }
    ]
  };
}

// src/report/text.ts
function renderText(report) {
  const s = report.summary;
  const out = [];
  out.push(
    `livepatch-gate ${report.tool.version}: ${shortCommit(report.base)}..${shortCommit(report.head)}` + (report.pullRequest ? ` (PR #${report.pullRequest})` : "")
  );
  out.push(
    report.verdict === "pass" ? "PASS: no finding fails the policy" : report.verdict === "error" ? "ERROR: could not analyse" : "FAIL",
    ...report.verdictReasons.map((r) => `  - ${r}`),
    `${plural(s.functionsToPatch, "function")} to patch in ${plural(s.objects, "object")}; ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}`,
    ""
  );
  for (const obj of report.patch) {
    out.push(`Functions to patch in ${obj.object}:`);
    for (const f of obj.functions) {
      const pos = f.sympos > 0 ? ` [sympos ${f.sympos}]` : "";
      out.push(`  ${f.symbol}${pos}  ${location(f.file, f.line)}  ${f.codeChange}  ${reasonsSummary(f)}${f.predicted ? "" : " (comparison only)"}`);
      for (const r of f.reasons) if (r.chain.length > 1) out.push(`      ${r.chain.join(" -> ")}`);
    }
    out.push("");
  }
  if (report.symposFrom) out.push(`Positions (old_sympos): ${plainText(report.symposFrom)}`, "");
  if (report.notAnalysed.length > 0) {
    out.push(`NOT ANALYSED (${report.notAnalysed.length}):`);
    for (const n of report.notAnalysed) out.push(`  ${n.function ? `${n.function} in ` : ""}${n.file}${n.side ? ` (${n.side})` : ""}: ${n.reason}`);
    for (const a of new Set(report.notAnalysed.map((n) => n.advice))) out.push(`  what to do: ${a}`);
    out.push("");
  }
  const notKlp = [
    ["New at head (not klp_funcs)", report.newFunctions],
    ["Gone at head (callers patched)", report.vanished],
    ["No klp_func needed", report.notNeeded]
  ];
  for (const [title, objs] of notKlp) {
    if (objs.length === 0) continue;
    out.push(`${title}:`);
    for (const o of objs) for (const f of o.functions) out.push(`  ${f.symbol}  ${o.object}  ${location(f.file, f.line)}  ${f.notPatched ?? ""}`);
    out.push("");
  }
  if (report.unpatchable.length > 0) {
    out.push("Not patched directly (livepatch cannot redirect them; their referrers are patched instead):");
    for (const u of report.unpatchable) {
      const pos = u.sympos > 0 ? ` [sympos ${u.sympos}]` : "";
      out.push(`  ${u.symbol}${pos}  ${u.object}  ${location(u.file, u.line)}  ${u.detail}  ${coverageText(u)}`);
      const who = referrersText(u);
      if (who) out.push(`      reached by: ${who}`);
    }
    out.push("");
  }
  if (report.cumulative) {
    const c = report.cumulative;
    out.push(`Cumulative patch for atomic replace of the deployed ${shortCommit(c.previous.base)}..${shortCommit(c.previous.head)}:`);
    for (const n of c.notes) out.push(`  note: ${n}`);
    for (const e of c.entries) out.push(`  ${e.status.padEnd(7)} ${e.symbol}${e.sympos > 0 ? ` [sympos ${e.sympos}]` : ""}  ${e.object}  ${e.file}  ${e.reason}`);
    for (const i of c.ids) out.push(`  ${i.status} ${i.kind} id ${i.name}: ${i.detail}`);
    out.push("");
  }
  for (const sev of SEVERITY_ORDER) {
    const list = report.findings.filter((f) => f.severity === sev && !f.allowed);
    if (list.length === 0) continue;
    out.push(`${sev.toUpperCase()}S (${list.length}):`);
    let last = "";
    for (const f of list) {
      if (f.ruleId !== last) {
        const m = ruleMeta(f.ruleId);
        out.push(`  ${f.ruleId}${m ? `: ${m.title}` : ""}`);
        if (m) out.push(`    advice: ${m.advice}`);
        last = f.ruleId;
      }
      const where = location(f.file, f.line);
      out.push(`    ${where ? `${where}: ` : ""}${f.message}`);
      for (const p of f.places ?? []) out.push(`      ${p.kind} ${p.symbol ? `${p.symbol} ` : ""}${location(p.file, p.line)}${p.detail ? `: ${p.detail}` : ""}`);
    }
    out.push("");
  }
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length > 0) {
    out.push(`ALLOWED BY POLICY (${allowed.length}):`);
    for (const f of allowed) out.push(`  ${f.ruleId} ${location(f.file, f.line)}: ${f.message} (allowed: ${f.allowed})`);
    out.push("");
  }
  if (report.changes.other.length > 0) {
    out.push("Non-function changes:");
    for (const c of report.changes.other) out.push(`  ${c.kind} ${c.name ?? ""} ${location(c.file, c.line)}: ${c.detail}`);
    out.push("");
  }
  if (report.notBuilt.length > 0) {
    out.push("Changed but not built:");
    for (const n of report.notBuilt) out.push(`  ${n.source}: ${n.reason}`);
    out.push("");
  }
  if (report.warnings.length > 0) {
    out.push("Analysis warnings:");
    for (const w of report.warnings) {
      const where = location(w.file, w.line);
      out.push(`  [${w.source}] ${where ? `${where}: ` : ""}${w.message}`);
    }
    out.push("");
  }
  return out.map(plainText).join("\n").trimEnd() + "\n";
}

// src/report/presentation.ts
var REPORT_TITLE = "livepatch-gate";
function patchListOf(report) {
  const out = {};
  for (const o of report.patch) {
    out[o.object] = o.functions.map((f) => f.sympos > 0 ? `${f.symbol},${f.sympos}` : f.symbol);
  }
  return out;
}
function reportFailure(report) {
  if (report.verdict === "error") {
    const lines = report.notAnalysed.map((n) => `- ${n.function ? `${n.function} in ` : ""}${n.file}${n.side ? ` (${n.side})` : ""}: ${n.reason}`);
    const advice = [...new Set(report.notAnalysed.map((n) => n.advice))].join("; ");
    return `could not analyse; this is not a pass:
${lines.join("\n")}
What to do: ${advice}`;
  }
  if (report.verdict === "fail") return `the change is not safe to live-patch as it stands:
${report.verdictReasons.map((r) => `- ${r}`).join("\n")}`;
  return void 0;
}
function presentReport(report) {
  const s = report.summary;
  return {
    verdict: report.verdict,
    document: report,
    markdown: ({ maxChars, marker, links }) => renderMarkdown(report, { maxChars, marker, title: REPORT_TITLE, ...links }),
    text: () => renderText(report),
    // One code-scanning category per codestream, so a matrix's uploads do not replace each other.
    sarif: (links) => renderSarif(report, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: report.codestream ? `livepatch-gate/${report.codestream.label}` : void 0 }),
    annotations: () => renderAnnotations(report),
    outputs: (paths) => ({
      "report-path": paths.reportPath ?? "",
      "sarif-path": paths.sarifPath ?? "",
      verdict: report.verdict,
      "functions-to-patch": String(s.functionsToPatch),
      "patch-list": JSON.stringify(patchListOf(report)),
      errors: String(s.errors),
      warnings: String(s.warnings),
      "comment-url": paths.commentUrl ?? ""
    }),
    headline: `verdict: ${report.verdict}; ${s.functionsToPatch} functions to patch in ${s.objects} objects; ${s.errors} errors, ${s.warnings} warnings`,
    failure: reportFailure(report)
  };
}
function presentAggregate(aggregate) {
  const findings = aggregateFindings(aggregate);
  const count2 = (severity) => findings.filter((f) => f.severity === severity && !f.allowed).length;
  const patchList = {};
  for (const f of [...aggregate.common, ...aggregate.differences]) (patchList[f.object] ??= []).push(f.symbol);
  const what = aggregate.verdict === "fail" ? "a codestream fails the policy" : "could not decide for every codestream";
  return {
    verdict: aggregate.verdict,
    document: aggregate,
    markdown: ({ maxChars, marker, links }) => renderAggregateMarkdown(aggregate, { maxChars, marker, title: REPORT_TITLE, ...links }),
    text: () => renderAggregateText(aggregate),
    sarif: (links) => renderSarif({ findings, tool: aggregate.tool }, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: "livepatch-gate/aggregate" }),
    annotations: () => renderAnnotations({ findings }),
    outputs: (paths) => ({
      "report-path": paths.reportPath ?? "",
      "sarif-path": paths.sarifPath ?? "",
      verdict: aggregate.verdict,
      "functions-to-patch": String(aggregate.common.length + aggregate.differences.length),
      "patch-list": JSON.stringify(patchList),
      errors: String(count2("error")),
      warnings: String(count2("warning")),
      "comment-url": paths.commentUrl ?? ""
    }),
    headline: `aggregate of ${aggregate.codestreams.length} codestreams: ${aggregate.codestreams.map((c) => `${c.label} ${c.status}`).join(", ")}; verdict: ${aggregate.verdict}`,
    failure: aggregate.verdict === "pass" ? void 0 : `${what}:
${aggregate.verdictReasons.map((r) => `- ${r}`).join("\n")}`
  };
}
function presentFailure(message2, head) {
  return {
    verdict: "error",
    document: { error: message2 },
    markdown: ({ marker, links }) => renderFailureMarkdown(message2, { marker, title: REPORT_TITLE, fullReportUrl: links.fullReportUrl, head }),
    text: () => message2,
    sarif: () => renderSarif({ findings: [], tool: { name: "livepatch-gate", version: VERSION } }, ruleMetas),
    annotations: () => ({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } }),
    outputs: (paths) => ({ "report-path": "", "sarif-path": "", verdict: "error", "functions-to-patch": "0", "patch-list": "{}", errors: "0", warnings: "0", "comment-url": paths.commentUrl ?? "" }),
    headline: `could not analyse: ${message2}`,
    failure: message2
  };
}

// src/sinks/report-file.ts
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// src/report/schema.ts
var REPORT_SCHEMA = "livepatch-gate/report";
var REPORT_SCHEMA_VERSION = 2;
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
var PLACE_KINDS = { function: true, data: true, unit: true };
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
        reasons: arrayOf(object({ kind: str, "root?": str, chain: arrayOf(str), "causes?": arrayOf(str) })),
        predicted: bool,
        codeChange: oneOf(CODE_CHANGES),
        "notPatched?": str,
        // Added within version 2 (the data it refers to changed, its own code did not).
        "changedData?": arrayOf(str)
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
  "symposFrom?": str,
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
      "configuration?": object({ status: oneOf(CONFIG_STATUS), evidence: str }),
      // Added within version 2: a folded finding's places.
      "places?": arrayOf(object({ kind: oneOf(PLACE_KINDS), file: str, "line?": line, "symbol?": str, "object?": str, "detail?": str }))
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
function reportFromJson(value, what = "the report") {
  const problems = reportProblems(value);
  if (problems.length) throw new Error(`${what} is not a livepatch-gate report:
  ${problems.join("\n  ")}`);
  const report = value;
  report.unpatchable ??= [];
  report.notAnalysed ??= [];
  return report;
}

// src/sinks/report-file.ts
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
function writeTextFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith("\n") ? text : text + "\n");
}
function writeJsonFile(path, value) {
  writeTextFile(path, JSON.stringify(value, null, 2));
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

// src/sinks/sink-log.ts
var actionsLog = {
  info: (m) => info(m),
  warning: (m) => warning(m)
};
var stderrLog = {
  info: (m) => void process.stderr.write(`${m}
`),
  warning: (m) => void process.stderr.write(`warning: ${m}
`)
};
var silentLog = { info: () => {
}, warning: () => {
} };

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// src/sinks/github-client.ts
var import_light2 = __toESM(require_light(), 1);
var DEFAULTS = { timeoutMs: 15e3, retries: 2, retryBaseMs: 1e3, rateLimitUnitMs: 1e3, maxRateLimitWaitS: 60 };
var GitHubTimeoutError = class extends Error {
  constructor(timeoutMs, request) {
    super(`no response within ${timeoutMs / 1e3} s`);
    this.timeoutMs = timeoutMs;
    this.request = request;
    this.name = "GitHubTimeoutError";
  }
  timeoutMs;
  request;
  timedOut = true;
  /** plugin-retry retries errors with a status >= 400 and the request that failed. */
  status = 500;
};
function requestTimeout(ms) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      const signal = AbortSignal.timeout(ms);
      options.request.signal = signal;
      try {
        const response = await request(options);
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        return response;
      } catch (err) {
        if (signal.aborted) throw new GitHubTimeoutError(ms, options);
        throw err;
      }
    });
  };
}
function createGitHubClient(token, opts = {}) {
  if (!token) throw new Error("no GitHub token: set the `token` input (default ${{ github.token }}) or the token env variable");
  const o = { ...DEFAULTS, ...opts };
  const baseUrl = (opts.apiUrl || process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const waitOrGiveUp = (kind) => (retryAfter, options, _o, retryCount) => {
    const retrying = retryAfter <= o.maxRateLimitWaitS && retryCount < o.retries;
    o.log?.warning(`GitHub ${kind} on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s`}`);
    return retrying;
  };
  const paced = opts.writeIntervalMs === void 0 ? {} : {
    write: new import_light2.default.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs }),
    notifications: new import_light2.default.Group({ maxConcurrent: 1, minTime: opts.writeIntervalMs })
  };
  return getOctokit(
    token,
    {
      baseUrl,
      retry: {
        retries: o.retries,
        retryAfterBaseValue: o.retryBaseMs,
        // Rate limits (403/429) are the throttling plugin's; the rest of 4xx will not change on retry.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        ...paced,
        retryAfterBaseValue: o.rateLimitUnitMs,
        onRateLimit: waitOrGiveUp("rate limit"),
        onSecondaryRateLimit: waitOrGiveUp("secondary rate limit")
      }
    },
    // Innermost first: each retry is a new attempt with its own timeout.
    requestTimeout(o.timeoutMs),
    retry,
    throttling
  );
}
function httpStatus(err) {
  const s = err?.status;
  return typeof s === "number" ? s : void 0;
}
function header(err, name) {
  return err?.response?.headers?.[name];
}
function isRateLimited(err) {
  const s = httpStatus(err);
  if (s === 429) return true;
  if (s !== 403) return false;
  return header(err, "x-ratelimit-remaining") === "0" || header(err, "retry-after") !== void 0 || /rate limit/i.test(String(err.message));
}
function isReadOnly(err) {
  return httpStatus(err) === 403 && !isRateLimited(err);
}
function describeGitHubError(what, err) {
  const e = err;
  const msg = err instanceof Error ? err.message : String(err);
  if (e?.timedOut) return `${what}: GitHub did not answer within ${Number(e.timeoutMs) / 1e3} s (retried)`;
  if (isRateLimited(err)) {
    const reset = Number(header(err, "x-ratelimit-reset"));
    const when = reset > 0 ? `; it resets at ${new Date(reset * 1e3).toISOString()}` : header(err, "retry-after") ? `; retry after ${header(err, "retry-after")} s` : "";
    return `${what}: GitHub API rate limit exceeded (HTTP ${httpStatus(err)}${when}): ${msg}`;
  }
  const status = httpStatus(err);
  if (status === 401) return `${what}: the token was refused (HTTP 401 bad credentials): ${msg}`;
  return `${what} failed${status ? ` (HTTP ${status})` : ""}: ${msg}`;
}

// src/sinks/pr-comment.ts
var COMMENT_LIMIT = 65536;
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var MARKER_PREFIX = "<!-- livepatch-gate:report";
function commentMarker(key) {
  const clean = (key ?? "").trim().replace(/[^A-Za-z0-9._/=+:@-]/g, "_").replace(/-{2,}/g, "-");
  return clean ? `${MARKER_PREFIX} key=${clean} -->` : `${MARKER_PREFIX} -->`;
}
function hasMarkerLine(body, marker) {
  if (!body?.startsWith(marker)) return false;
  const rest = body.slice(marker.length);
  return rest === "" || rest.startsWith("\n") || rest.startsWith("\r\n");
}
function isOurs(c, marker, identity) {
  return hasMarkerLine(c.body, marker) && c.user?.login === identity.login;
}
function byAge(a, b) {
  return Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id;
}
function planStickyComment(comments, marker, identity) {
  const ours = comments.filter((c) => isOurs(c, marker, identity)).sort(byAge);
  if (ours.length === 0) return { update: null, remove: [] };
  return { update: ours[ours.length - 1], remove: ours.slice(0, -1) };
}
function fitCommentBody(body, opts) {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const withMarker = hasMarkerLine(body, opts.marker) ? body : `${opts.marker}
${body}`;
  if (withMarker.length <= limit) return withMarker;
  const where = opts.fullReportUrl ? `: [full report](${opts.fullReportUrl})` : " (see the job summary and the report artifact)";
  const note = `

> [!NOTE]
> Truncated to fit GitHub's ${limit.toLocaleString("en-US")}-character comment limit${where}.
`;
  const closers = "\n```\n</details>\n".repeat(4);
  let cut = withMarker.slice(0, Math.max(0, limit - note.length - closers.length));
  const nl = cut.lastIndexOf("\n");
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  let tail = "";
  const fences = cut.split("\n").filter((l) => /^\s*```/.test(l)).length;
  if (fences % 2 === 1) tail += "\n```";
  const openDetails = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < Math.min(openDetails, 4); i++) tail += "\n</details>";
  const out = cut + tail + note;
  if (out.length > limit) throw new Error(`internal: truncated comment is ${out.length} > ${limit} characters`);
  return out;
}
var READ_ONLY_HINT = "read-only token: fork PR? use the workflow_run mode, see docs/action.md#forks";
var CommentError = class extends Error {
  constructor(message2, status, rateLimited = false) {
    super(message2);
    this.status = status;
    this.rateLimited = rateLimited;
    this.name = "CommentError";
  }
  status;
  rateLimited;
};
function wrap(what, err) {
  return new CommentError(describeGitHubError(what, err), httpStatus(err), isRateLimited(err));
}
async function tokenIdentity(client, log) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.login) return { login: data.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap("GET /user", err);
  }
  try {
    const data = await client.graphql("query { viewer { login } }");
    if (data.viewer?.login) return { login: data.viewer.login };
  } catch (err) {
    if (isRateLimited(err)) throw wrap("GraphQL viewer", err);
  }
  log?.info(`the token does not say who it is (GET /user and GraphQL viewer refused): taking it for GITHUB_TOKEN, whose comments are ${ACTIONS_BOT_LOGIN}'s`);
  return { login: ACTIONS_BOT_LOGIN };
}
async function listComments(client, t) {
  return await client.paginate(client.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100
  });
}
async function removeDuplicates(client, t, remove, log) {
  let removed = 0;
  for (const c of remove) {
    try {
      await client.rest.issues.deleteComment({ owner: t.owner, repo: t.repo, comment_id: c.id });
      removed++;
    } catch (err) {
      if (httpStatus(err) !== 404) log.warning(`could not delete duplicate report comment ${c.html_url}: ${err.message}`);
    }
  }
  return removed;
}
async function publishStickyComment(client, target, body, opts) {
  const text = fitCommentBody(body, { marker: opts.marker, fullReportUrl: opts.fullReportUrl });
  const identity = opts.identity ?? await tokenIdentity(client, opts.log);
  const readOnly = (err) => {
    const message2 = `${READ_ONLY_HINT} (HTTP ${httpStatus(err)}: ${err.message})`;
    opts.log.warning(message2);
    return { status: "read-only", message: message2 };
  };
  let comments;
  try {
    comments = await listComments(client, target);
  } catch (err) {
    if (isReadOnly(err)) return readOnly(err);
    throw wrap(`listing comments of ${target.owner}/${target.repo}#${target.issueNumber}`, err);
  }
  const plan = planStickyComment(comments, opts.marker, identity);
  if (plan.update) {
    try {
      const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: plan.update.id, body: text });
      const removedDuplicates2 = await removeDuplicates(client, target, plan.remove, opts.log);
      return { status: "updated", id: data.id, url: data.html_url, removedDuplicates: removedDuplicates2 };
    } catch (err) {
      if (httpStatus(err) !== 404) {
        if (isReadOnly(err)) return readOnly(err);
        throw wrap(`updating comment ${plan.update.html_url}`, err);
      }
    }
  }
  let created;
  try {
    created = (await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: text })).data;
  } catch (err) {
    if (isReadOnly(err)) return readOnly(err);
    throw wrap(`commenting on ${target.owner}/${target.repo}#${target.issueNumber}`, err);
  }
  let removedDuplicates = 0;
  let survivor = created;
  try {
    const me = created.user?.login ? { login: created.user.login } : identity;
    if (me.login !== identity.login) opts.log.info(`the token comments as ${me.login}, not ${identity.login} as it said`);
    const again = planStickyComment(await listComments(client, target), opts.marker, me);
    removedDuplicates = await removeDuplicates(client, target, again.remove, opts.log);
    if (again.update && again.remove.some((c) => c.id === created.id)) survivor = again.update;
  } catch (err) {
    opts.log.warning(`could not check for duplicate report comments: ${err.message}`);
  }
  return { status: "created", id: survivor.id, url: survivor.html_url, removedDuplicates };
}

export {
  EM_X86_64,
  EM_AARCH64,
  EM_PPC64,
  EM_S390,
  architectureNamed,
  architectureOfMachine,
  machineName,
  targetArchitecture,
  buildTarget,
  changeLabel,
  isLayoutChange,
  isInitMarker,
  plural,
  relocationFieldSize,
  codeAddendBias,
  codeReferenceKind,
  SHT_NOBITS,
  SHF_WRITE,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_MERGE,
  SHF_STRINGS,
  SHN_UNDEF,
  SHN_LORESERVE,
  parseElf,
  normaliseName,
  nameNumbers,
  isColdPart,
  childParent,
  isCompilerConstant,
  isStaticLocalName,
  sectionBaseName,
  ruleMetas,
  detectHazards,
  REPORT_SCHEMA,
  REPORT_SCHEMA_VERSION,
  SymbolFileError,
  kallsymsObjectOf,
  readSymbolTable,
  mergeSymbolTables,
  symposIn,
  mergeReports,
  omittedAnnotationsNote,
  presentReport,
  presentAggregate,
  presentFailure,
  writeTextFile,
  writeJsonFile,
  readReportFile,
  readCodestreamReports,
  createGitHubClient,
  describeGitHubError,
  COMMENT_LIMIT,
  commentMarker,
  CommentError,
  publishStickyComment,
  actionsLog,
  stderrLog,
  silentLog
};
