import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  __export
} from "./chunk-7XMN4UL4.js";

// src/hazards/rules/changed-data.ts
var changed_data_exports = {};
__export(changed_data_exports, {
  detect: () => detect,
  meta: () => meta
});

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
  const owners = [
    ...analysis.patch.map((o) => o.object),
    ...analysis.symbolFacts.map((f) => f.owner),
    ...analysis.codeDiffs.map((d) => d.owner)
  ];
  return owners.some((o) => o === "vmlinux" || o.endsWith(".ko"));
}

// src/hazards/rule.ts
function helpUriFor(id) {
  return `docs/hazards.md#${id}`;
}
function defineMeta(meta21) {
  return { ...meta21, helpUri: helpUriFor(meta21.id) };
}

// src/hazards/rules/changed-data.ts
var meta = defineMeta({
  id: "changed-data",
  severity: "error",
  title: "Changed or removed data object",
  why: "A live patch replaces functions, never data: the running kernel keeps the old variable with its old initial value, size and location, so new code reading a changed initialiser or a removed variable sees old state.",
  advice: "Keep the data unchanged in the patch; carry new state in a shadow variable (klp_shadow_*) or set it up in a pre-patch callback, and patch every function that depends on the new semantics."
});
function detect(analysis) {
  const findings = [];
  const compared = /* @__PURE__ */ new Set();
  for (const d of analysis.dataDiffs) {
    compared.add(`${d.source}\0${d.symbol}`);
    if (d.staticLocal || d.status === "added") continue;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `Data object '${d.symbol}' (${d.section}) is ${d.status} between base and head` + (d.detail ? `: ${d.detail}` : "") + ".",
      file: d.source,
      symbol: d.symbol,
      object: d.owner
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== "data" || c.inFunction) continue;
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `The source changes ${c.isStatic ? "static " : ""}data${c.name ? ` '${c.name}'` : ""}: ${c.detail}.`,
      file: c.file,
      line: c.line,
      symbol: c.name,
      object: objectOfSource(analysis, c.file)
    });
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
  why: "Instances of the type already exist in the running system with the old layout; patched functions using new offsets or sizes read and write the wrong memory, and unpatched users keep the old view.",
  advice: "Do not change the layout in a live patch: keep the struct as it is and store new fields in a shadow variable attached to each instance (klp_shadow_get_or_alloc)."
});
function detect2(analysis) {
  return analysis.changes.other.filter((c) => c.kind === "struct" || c.kind === "union").map((c) => ({
    ruleId: meta2.id,
    severity: meta2.severity,
    message: `${c.kind} ${c.name ? `'${c.name}' ` : ""}changes: ${c.detail}.`,
    file: c.file,
    line: c.line,
    symbol: c.name,
    object: objectOfSource(analysis, c.file)
  }));
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
  advice: "Keep static locals unchanged and referenced the same way; to share the running state, have the new function use the original variable (kallsyms/klp relocation) or move the state into a shadow variable."
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
    findings.push({
      ruleId: meta3.id,
      severity: meta3.severity,
      message: `Static local${c.name ? ` '${c.name}'` : ""} in '${c.inFunction}' changes: ${c.detail}.`,
      file: c.file,
      line: c.line,
      symbol: c.name ?? c.inFunction,
      object: objectOfSource(analysis, c.file)
    });
  }
  return findings;
}

// src/hazards/rules/init-code.ts
var init_code_exports = {};
__export(init_code_exports, {
  detect: () => detect4,
  meta: () => meta4
});
var meta4 = defineMeta({
  id: "init-code",
  severity: "error",
  title: "Change to __init / __exit code",
  why: "Init code has already run (and its memory was freed) by the time a live patch loads; exit code of built-in code is discarded. Patching it has no effect, and a fix that must take effect at boot cannot be live-patched.",
  advice: "If the fix matters only at boot or module load, ship it in the next regular update. If it changes state that init code set up, fix that state from a livepatch callback instead."
});
var INIT_MARKERS = ["__init", "__exit", "__ref", "__meminit", "__devinit", "__cpuinit"];
var INIT_SECTIONS = [".init.text", ".exit.text", ".ref.text", ".meminit.text"];
function detect4(analysis) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const fn of analysis.changes.functions) {
    const marker = fn.markers.find((m) => INIT_MARKERS.includes(m));
    if (!marker) continue;
    seen.add(fn.name);
    findings.push({
      ruleId: meta4.id,
      severity: meta4.severity,
      message: `'${fn.name}' is marked ${marker}: it ran (or is discarded) before any live patch can load.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: symbolsOf(fn)[0],
      object: objectOfSource(analysis, fn.file)
    });
  }
  const changed = new Set(analysis.changes.functions.flatMap((fn) => [fn.name, ...symbolsOf(fn)]));
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => f.symbol)));
  for (const fact of analysis.symbolFacts) {
    if (fact.side !== "base" || seen.has(fact.symbol)) continue;
    if (!INIT_SECTIONS.some((s) => fact.section === s || fact.section.startsWith(`${s}.`))) continue;
    if (!changed.has(fact.symbol) && !patched.has(fact.symbol)) continue;
    seen.add(fact.symbol);
    findings.push({
      ruleId: meta4.id,
      severity: meta4.severity,
      message: `'${fact.symbol}' lives in ${fact.section} on base: init/exit code cannot be live-patched.`,
      file: fact.source,
      symbol: fact.symbol,
      object: fact.owner
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

// src/hazards/rules/clone-vanished.ts
var meta6 = defineMeta({
  id: "clone-vanished",
  severity: "error",
  title: "Optimisation clone vanished at head",
  why: "Base has a clone (foo.isra.N, foo.constprop.N, foo.part.N...) that head no longer produces. Running callers call that clone directly; isra and constprop clones have a different ABI (dropped or baked-in arguments), so replacing only foo leaves callers on the old code, and a new foo cannot stand in for the clone. Error for isra/constprop, warning for other kinds.",
  advice: "Patch the base clone symbol itself with a body compatible with its ABI, or patch every caller of the clone (the patch list names them as caller-of-changed-clone); or restructure the change so the same clone survives."
});
function detect6(analysis) {
  const paired = pairedCloneChanges(analysis.cloneChanges);
  return analysis.cloneChanges.filter((c) => c.kind === "clone-vanished" && !paired.has(c)).map((c) => {
    const abi = ABI_CLONE_REASONS.includes(c.reason);
    return {
      ruleId: meta6.id,
      severity: abi ? "error" : "warning",
      message: `Base has ${c.reason} clone '${c.other}' of '${c.function}' but head produces no ${c.reason} clone` + (abi ? ": running callers call it with its own ABI and must be patched too." : "."),
      file: c.source,
      line: c.line,
      symbol: c.other,
      object: objectOfSource(analysis, c.source)
    };
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

// src/hazards/rules/no-ftrace-entry.ts
var meta9 = defineMeta({
  id: "no-ftrace-entry",
  severity: "warning",
  title: "Function without an ftrace entry",
  why: "Livepatch redirects a function through its ftrace (__fentry__/mcount) call at entry. A function compiled without one (notrace, inline-marked, inner __do_sys_* functions) cannot be replaced by itself.",
  advice: "Patch the callers that contain or call it instead (they are listed in the patch list when the clone graph saw the inlining); check that each has an ftrace entry."
});
var INLINE_MARKERS = ["inline", "__always_inline", "__inline", "__inline__", "static inline"];
function baseCopies(analysis, fn) {
  const names = symbolsOf(fn);
  const source = fn.baseFile ?? fn.file;
  return analysis.symbolFacts.filter((f) => f.side === "base" && (fn.inHeader || f.source === source)).filter((f) => names.some((n) => f.symbol === n || f.symbol.startsWith(`${n}.`))).map((f) => f.symbol);
}
function instrumentedSources(analysis) {
  return new Set(analysis.symbolFacts.filter((f) => f.side === "base" && f.hasFentry).map((f) => f.source));
}
function detect9(analysis) {
  const findings = [];
  const instrumented = instrumentedSources(analysis);
  if (instrumented.size === 0) return findings;
  const seen = /* @__PURE__ */ new Set();
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      const fact = analysis.symbolFacts.find(
        (f) => f.side === "base" && f.owner === obj.object && f.symbol === pf.symbol && f.sympos === pf.sympos
      );
      if (!fact || fact.hasFentry || !instrumented.has(fact.source) || isColdPart(pf.symbol)) continue;
      seen.add(pf.symbol);
      findings.push({
        ruleId: meta9.id,
        severity: meta9.severity,
        message: `'${pf.symbol}' is in the patch list but has no __fentry__/mcount call on base: ftrace cannot redirect it; its callers must be patched.`,
        file: pf.file,
        line: pf.line,
        symbol: pf.symbol,
        object: obj.object
      });
    }
  }
  for (const fn of analysis.changes.functions) {
    if (fn.status === "added" || symbolsOf(fn).some((s) => seen.has(s))) continue;
    const notrace = fn.markers.includes("notrace");
    const inline = fn.isInline || fn.markers.some((m) => INLINE_MARKERS.includes(m));
    if (!notrace && !inline) continue;
    const copies = baseCopies(analysis, fn);
    if (!notrace && copies.length > 0) continue;
    const why = notrace ? "is marked notrace: it has no ftrace entry" : `is marked ${fn.markers.includes("__always_inline") ? "__always_inline" : "inline"} and has no out-of-line copy on base`;
    findings.push({
      ruleId: meta9.id,
      severity: meta9.severity,
      message: `'${fn.name}' ${why}; the callers it is inlined into (or that call it) must be patched instead.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: symbolsOf(fn)[0],
      object: objectOfSource(analysis, fn.file)
    });
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
  return analysis.cloneChanges.filter((c) => c.kind === "clone-appeared" && !paired.has(c)).map((c) => ({
    ruleId: meta10.id,
    severity: meta10.severity,
    message: `Head produces ${c.reason} clone '${c.other}' of '${c.function}', which base did not have.`,
    file: c.source,
    line: c.line,
    symbol: c.other,
    object: objectOfSource(analysis, c.source)
  }));
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
  return analysis.cloneChanges.filter((c) => c.kind === "inline-added" || c.kind === "inline-removed").map((c) => ({
    ruleId: meta11.id,
    severity: meta11.severity,
    message: c.kind === "inline-added" ? `Head inlines '${c.function}' into '${c.other || c.reason}'; base called it out of line.` : `Base inlined '${c.function}' into '${c.other || c.reason}'; head calls it out of line.`,
    file: c.source,
    line: c.line,
    symbol: c.other || c.reason,
    object: objectOfSource(analysis, c.source)
  }));
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
  why: "The object comparison found a function whose code differs between base and head, but neither the source diff nor the clone/inline graph says why. Something the dumps do not show (an untracked IPA pass, a macro or header change, a changed constant) reached it, and it must be patched like the rest.",
  advice: "Keep it in the live patch, and find the cause before trusting the patch list: look at the named cause, compare the disassembly (objdump -dr) of base and head, or rebuild with -flive-patching=inline-clone."
});
function likelyCause(analysis, pf) {
  const causes = [];
  const flags = tuFlagsFor(analysis, pf.file, "base") ?? tuFlagsFor(analysis, pf.file, "head");
  if (flags) {
    const passes = untrackedIpaPasses(flags);
    if (flags.lto) causes.push("LTO (cross-TU inlining and cloning)");
    if (passes.length > 0) causes.push(`untracked IPA passes (${passes.join(", ")}) without -flive-patching=inline-clone`);
  }
  const nearby = analysis.changes.other.filter(
    (c) => (c.file === pf.file || isHeaderPath(c.file)) && ["macro", "include", "enum", "typedef", "declaration", "struct", "union"].includes(c.kind)
  );
  if (nearby.length > 0) {
    const names = [...new Set(nearby.map((c) => `${c.kind}${c.name ? ` ${c.name}` : ""}`))].slice(0, 3);
    causes.push(`a non-function change it may use (${names.join(", ")})`);
  }
  return causes.length > 0 ? causes.join("; or ") : "a compiler decision the clone dump does not record";
}
function detect13(analysis) {
  const findings = [];
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      if (!pf.reasons.some((r) => r.kind === "unexplained")) continue;
      findings.push({
        ruleId: meta13.id,
        severity: meta13.severity,
        message: `'${pf.symbol}' changed in the compiled object without a source or clone-graph reason; likely cause: ${likelyCause(analysis, pf)}.`,
        file: pf.file,
        line: pf.line,
        symbol: pf.symbol,
        object: obj.object
      });
    }
  }
  return findings;
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
function detect14(analysis) {
  const sources = /* @__PURE__ */ new Set();
  for (const fn of analysis.changes.functions) if (!isHeaderPath(fn.file)) sources.add(fn.baseFile ?? fn.file);
  for (const o of analysis.patch) for (const f of o.functions) if (!isHeaderPath(f.file)) sources.add(f.file);
  const findings = [];
  for (const source of [...sources].sort()) {
    const flags = tuFlagsFor(analysis, source, "base") ?? tuFlagsFor(analysis, source, "head");
    if (!flags) continue;
    const passes = untrackedIpaPasses(flags);
    if (passes.length === 0) continue;
    const how = flags.livePatching ? `-flive-patching=${flags.livePatching}` : "no -flive-patching";
    findings.push({
      ruleId: meta14.id,
      severity: meta14.severity,
      message: `${source} is built with ${how}${flags.lto ? " and LTO" : ""}: ${passes.join(", ")} may change other functions without a trace in the clone dump.`,
      file: source,
      object: objectOfSource(analysis, source)
    });
  }
  return findings;
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
  why: "The build configuration does not compile this changed file, so its clones, inlining and object code were not analysed. If the production configuration builds it, the patch list is incomplete.",
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

// src/hazards/rules/fully-inlined.ts
var fully_inlined_exports = {};
__export(fully_inlined_exports, {
  detect: () => detect17,
  meta: () => meta17
});
var meta17 = defineMeta({
  id: "fully-inlined",
  severity: "notice",
  title: "Changed function has no symbol of its own",
  why: "The compiler inlined every call to this function (or dropped it), so the base object has no symbol for it: the change reaches the running system only through the callers that carry its body.",
  advice: 'Nothing to add for the function itself; make sure every caller listed as "inlined into" is in the live patch, and do not list the function in klp_funcs (it cannot be found).'
});
var INLINE_MARKERS2 = ["inline", "__always_inline", "__inline", "__inline__"];
function detect17(analysis) {
  const findings = [];
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => f.symbol)));
  for (const fn of analysis.changes.functions) {
    if (fn.status !== "modified") continue;
    if (fn.isInline || fn.markers.some((m) => INLINE_MARKERS2.includes(m))) continue;
    const names = symbolsOf(fn);
    const source = fn.baseFile ?? fn.file;
    const factsKnown = analysis.symbolFacts.some((f) => f.side === "base" && (fn.inHeader || f.source === source));
    const carriers = analysis.patch.flatMap(
      (o) => o.functions.filter((f) => f.reasons.some((r) => r.kind === "inlined" && r.root !== void 0 && names.includes(r.root)))
    );
    const hasCopy = factsKnown ? analysis.symbolFacts.some(
      (f) => f.side === "base" && (fn.inHeader || f.source === source) && names.some((n) => f.symbol === n || f.symbol.startsWith(`${n}.`))
    ) : names.some((n) => patched.has(n)) || carriers.length === 0;
    if (hasCopy) continue;
    const callers = [...new Set(carriers.map((c) => c.symbol))];
    findings.push({
      ruleId: meta17.id,
      severity: meta17.severity,
      message: `'${fn.name}' has no symbol in the base object: it is fully inlined` + (callers.length > 0 ? ` into ${callers.map((c) => `'${c}'`).join(", ")}, which carry the change.` : "."),
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
  detect: () => detect18,
  meta: () => meta18
});
var meta18 = defineMeta({
  id: "line-only-change",
  severity: "notice",
  title: "Only embedded line numbers changed",
  why: "The function's code differs only in __LINE__ constants (WARN_ON, BUG_ON, printk) because lines above it moved. Behaviour is the same; patching it only keeps warning messages accurate.",
  advice: "Usually leave it out of the live patch; include it only if exact line numbers in warnings matter to you."
});
function detect18(analysis) {
  return analysis.codeDiffs.filter((d) => d.status === "line-only").map((d) => ({
    ruleId: meta18.id,
    severity: meta18.severity,
    message: `'${d.symbol}' differs only in embedded line numbers${d.detail ? ` (${d.detail})` : ""}.`,
    file: d.source,
    symbol: d.symbol,
    object: d.owner
  }));
}

// src/hazards/rules/header-change.ts
var header_change_exports = {};
__export(header_change_exports, {
  detect: () => detect19,
  meta: () => meta19
});
var meta19 = defineMeta({
  id: "header-change",
  severity: "notice",
  title: "Header or include change",
  why: "A changed declaration, enum, typedef or #include in a header can change the code of every TU that includes it without any function in the diff; only the object comparison shows which functions it reached.",
  advice: "Check the patch list for functions marked as unexplained or changed in TUs you did not touch; enum value changes alter constants baked into running code."
});
var KINDS = ["include", "declaration", "typedef", "enum", "other"];
function detect19(analysis) {
  return analysis.changes.other.filter((c) => c.kind === "include" || isHeaderPath(c.file) && KINDS.includes(c.kind)).map((c) => ({
    ruleId: meta19.id,
    severity: meta19.severity,
    message: `${c.kind}${c.name ? ` '${c.name}'` : ""} changes in ${c.file}: ${c.detail}.`,
    file: c.file,
    line: c.line,
    symbol: c.name
  }));
}

// src/hazards/rules/macro-change.ts
var macro_change_exports = {};
__export(macro_change_exports, {
  detect: () => detect20,
  meta: () => meta20
});
var meta20 = defineMeta({
  id: "macro-change",
  severity: "notice",
  title: "Macro change",
  why: "A macro is expanded into every function that uses it; the source diff of those functions is empty, so only the object comparison shows which compiled functions changed.",
  advice: "Check that the functions using the macro are in the patch list (as changed or unexplained)."
});
function detect20(analysis) {
  return analysis.changes.other.filter((c) => c.kind === "macro").map((c) => ({
    ruleId: meta20.id,
    severity: meta20.severity,
    message: `Macro${c.name ? ` '${c.name}'` : ""} changes in ${c.file}: ${c.detail}.`,
    file: c.file,
    line: c.line,
    symbol: c.name
  }));
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
  fully_inlined_exports,
  line_only_change_exports,
  header_change_exports,
  macro_change_exports
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

// src/report/format.ts
function location(file, line) {
  if (!file) return "";
  return line ? `${file}:${line}` : file;
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var SEVERITY_ORDER = ["error", "warning", "notice"];
var REASON_TEXT = {
  changed: "changed",
  clone: "clone of a changed function",
  inlined: "a changed function is inlined into it",
  "caller-of-changed-clone": "calls a clone that head does not make the same way",
  "header-copy": "out-of-line copy of a changed header function",
  unexplained: "code changed, not explained by the clone graph",
  new: "new at head"
};
function reasonSummary(r) {
  const from = r.root && r.kind !== "changed" && r.kind !== "new" ? ` (from ${r.root})` : "";
  return `${REASON_TEXT[r.kind] ?? r.kind}${from}`;
}
function reasonsSummary(f) {
  return [...new Set(f.reasons.map(reasonSummary))].join("; ") || "listed";
}
function chainText(r) {
  return r.chain.join(" \u2192 ");
}
function shortCommit(c) {
  return /^[0-9a-f]{40}$/i.test(c) ? c.slice(0, 12) : c;
}

// src/report/skeleton.ts
function klpObjectName(object) {
  if (object === "vmlinux") return null;
  const base = object.split("/").pop() ?? object;
  return base.replace(/\.ko$/, "").replace(/-/g, "_");
}
function cIdentifier(s) {
  return s.replace(/[^A-Za-z0-9_]/g, "_");
}
function skipBecause(f) {
  if (isColdPart(f.symbol)) return "split cold part: replaced together with its parent";
  switch (f.codeChange) {
    case "added":
      return "new at head: part of the module, not a klp_func";
    case "removed":
      return "gone at head: its callers are patched";
    case "unchanged":
      return "the object comparison found no change";
    case "line-only":
      return "only __LINE__ moved";
    default:
      return f.reasons.every((r) => r.kind === "new") ? "new at head: part of the module, not a klp_func" : null;
  }
}
function livepatchSkeleton(report) {
  const out = [
    `/* livepatch skeleton from livepatch-gate ${report.tool.version}: ${shortCommit(report.base)}..${shortCommit(report.head)}.`,
    " * Review every entry; each new_func needs the head version of the function, renamed. */",
    "#include <linux/module.h>",
    "#include <linux/kernel.h>",
    "#include <linux/livepatch.h>",
    ""
  ];
  const objs = [];
  for (const obj of report.patch) {
    const name = klpObjectName(obj.object);
    const ident = `funcs_${cIdentifier(name ?? "vmlinux")}`;
    out.push(`/* ${obj.object} */`, `static struct klp_func ${ident}[] = {`);
    for (const f of obj.functions) {
      const skip = skipBecause(f);
      if (skip) {
        out.push(`	/* ${f.symbol}: ${skip} */`);
        continue;
      }
      const sympos = f.sympos > 0 ? ` .old_sympos = ${f.sympos},` : "";
      const clone = f.symbol.includes(".") ? " /* clone: keep its ABI */" : "";
      out.push(`	{ .old_name = "${f.symbol}", .new_func = livepatch_${cIdentifier(f.symbol)},${sympos} },${clone}`);
    }
    out.push("	{ }", "};", "");
    objs.push(`	{ .name = ${name === null ? "NULL /* vmlinux */" : `"${name}"`}, .funcs = ${ident}, },`);
  }
  out.push("static struct klp_object objs[] = {", ...objs, "	{ }", "};", "");
  out.push("static struct klp_patch patch = {", "	.mod = THIS_MODULE,", "	.objs = objs,", "};");
  return out.join("\n");
}

// src/report/markdown.ts
var DEFAULT_MAX_CHARS = 65e3;
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var SEVERITY_HEADING = { error: "Errors", warning: "Warnings", notice: "Notices" };
var PRIORITY = {
  skeleton: 1,
  notices: 2,
  nonFunction: 3,
  allowed: 4,
  notBuilt: 5,
  warnings: 6,
  warningFindings: 7,
  patch: 8,
  errorFindings: 9
};
function cell(s) {
  return s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function code(s) {
  return s.includes("`") ? `\`\` ${s} \`\`` : `\`${s}\``;
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function patchSection(obj) {
  const withPos = obj.functions.some((f) => f.sympos > 0);
  const header = withPos ? "| Function | sympos | Location | Why | Code change |\n|---|---|---|---|---|" : "| Function | Location | Why | Code change |\n|---|---|---|---|";
  const rows = obj.functions.map((f) => {
    const chains = f.reasons.filter((r) => r.chain.length > 0).map((r) => escapeHtml(cell(chainText(r))));
    const why = `${cell(reasonsSummary(f))}${f.predicted ? "" : " (object comparison only)"}` + (chains.length > 0 ? `<details><summary>explain</summary>${chains.join("<br>")}</details>` : "");
    const cols = [code(f.symbol), ...withPos ? [f.sympos > 0 ? String(f.sympos) : ""] : [], cell(location(f.file, f.line)), why, f.codeChange];
    return `| ${cols.join(" | ")} |`;
  });
  return {
    priority: PRIORITY.patch,
    heading: `### Functions to patch in \`${obj.object}\` (${obj.functions.length})`,
    lead: header,
    items: rows,
    noun: "function",
    omitted: 0,
    joiner: "\n"
  };
}
function findingLine(f) {
  const where = location(f.file, f.line);
  const subject = [f.symbol ? code(f.symbol) : "", where ? `at ${where}` : "", f.object ? `(${f.object})` : ""].filter((s) => s !== "").join(" ");
  return `- ${subject ? `${subject}: ` : ""}${f.message}${f.allowed ? ` \u2014 allowed: ${f.allowed}` : ""}`;
}
function docsLink(helpUri, docsBaseUrl) {
  return docsBaseUrl ? ` ([docs](${docsBaseUrl.replace(/\/$/, "")}/${helpUri.replace(/^docs\//, "")}))` : "";
}
function findingsSection(severity, findings, docsBaseUrl) {
  const items = [];
  let lastRule = "";
  for (const f of findings) {
    let item = findingLine(f);
    if (f.ruleId !== lastRule) {
      const m = ruleMeta(f.ruleId);
      const head = m ? `**${m.id}** \u2014 ${m.title}${docsLink(m.helpUri, docsBaseUrl)}
> ${m.advice}
` : `**${f.ruleId}**
`;
      item = `${items.length > 0 ? "\n" : ""}${head}
${item}`;
      lastRule = f.ruleId;
    }
    items.push(item);
  }
  const priority = severity === "error" ? PRIORITY.errorFindings : severity === "warning" ? PRIORITY.warningFindings : PRIORITY.notices;
  return {
    priority,
    heading: `### ${SEVERITY_ICON[severity]} ${SEVERITY_HEADING[severity]} (${findings.length})`,
    items,
    noun: "finding",
    omitted: 0,
    joiner: "\n"
  };
}
function verdictLines(report) {
  const s = report.summary;
  const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}`;
  if (report.verdict === "fail") {
    return [`\u274C **Live-patch gate failed**: ${counts}.`, "", ...report.verdictReasons.map((r) => `- ${r}`)];
  }
  return [`\u2705 **Live-patch gate passed**: no finding fails the policy (${counts}).`];
}
function pointer(s, url) {
  const see = url ? `see the [full report](${url})` : "see the full report";
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
function renderMarkdown(report, opts = {}) {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const url = opts.fullReportUrl;
  const head = [];
  if (opts.marker) head.push(opts.marker.startsWith("<!--") ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? "livepatch-gate"}`, "", ...verdictLines(report), "");
  const s = report.summary;
  head.push(
    `\`${shortCommit(report.base)}\` \u2192 \`${shortCommit(report.head)}\`${report.pullRequest ? ` (#${report.pullRequest})` : ""}: ${plural(s.functionsToPatch, "function")} to patch in ${plural(s.objects, "object")}.`
  );
  const sections = [];
  if (report.patch.length === 0) {
    head.push("", "No function needs patching.");
  }
  sections.push(...report.patch.map(patchSection));
  const active = report.findings.filter((f) => !f.allowed);
  for (const sev of SEVERITY_ORDER) {
    const list = active.filter((f) => f.severity === sev);
    if (list.length > 0) sections.push(findingsSection(sev, list, opts.docsBaseUrl));
  }
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length > 0) {
    sections.push({
      priority: PRIORITY.allowed,
      heading: `### Allowed by policy (${allowed.length})`,
      items: allowed.map((f) => findingLine({ ...f, message: `**${f.ruleId}** ${f.message}` })),
      noun: "finding",
      omitted: 0,
      joiner: "\n"
    });
  }
  if (report.changes.other.length > 0) {
    sections.push({
      priority: PRIORITY.nonFunction,
      heading: `### Non-function changes (${report.changes.other.length})`,
      lead: "| Kind | Name | Location | What changed |\n|---|---|---|---|",
      items: report.changes.other.map(
        (c) => `| ${c.kind} | ${c.name ? code(cell(c.name)) : ""} | ${cell(location(c.file, c.line))} | ${cell(c.detail)} |`
      ),
      noun: "change",
      omitted: 0,
      joiner: "\n"
    });
  }
  if (report.notBuilt.length > 0) {
    sections.push({
      priority: PRIORITY.notBuilt,
      heading: `### Changed but not built (${report.notBuilt.length})`,
      items: report.notBuilt.map((n) => `- ${code(n.source)}: ${n.reason}`),
      noun: "file",
      omitted: 0,
      joiner: "\n"
    });
  }
  if (report.warnings.length > 0) {
    sections.push({
      priority: PRIORITY.warnings,
      heading: `### Analysis warnings (${report.warnings.length})`,
      items: report.warnings.map((w) => {
        const where = location(w.file, w.line);
        return `- [${w.source}]${where ? ` ${where}:` : ""} ${w.message.replace(/\r?\n/g, " ")}`;
      }),
      noun: "warning",
      omitted: 0,
      joiner: "\n"
    });
  }
  if (report.patch.length > 0) {
    sections.push({
      priority: PRIORITY.skeleton,
      heading: "<details><summary>Livepatch module skeleton (klp_func / klp_object)</summary>",
      items: ["```c\n" + livepatchSkeleton(report) + "\n```"],
      tail: "</details>",
      noun: "skeleton block",
      omitted: 0,
      joiner: "\n"
    });
  }
  const footer = `<sub>livepatch-gate ${report.tool.version}${url ? ` \xB7 [full report](${url})` : ""}</sub>`;
  const render = () => [head.join("\n"), ...sections.filter((x) => x.items.length > 0 || x.omitted > 0).map((x) => renderSection(x, url)), footer].join(
    "\n\n"
  ) + "\n";
  const itemsLen = sections.map((x) => x.items.reduce((n, i) => n + i.length + x.joiner.length, 0));
  const fixed = head.join("\n").length + footer.length + 8;
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
    for (const line of lines) {
      if (out.length + line.length + 1 + note.length > maxChars) break;
      out += `${line}
`;
    }
    text = out.trimEnd() + note;
  }
  return text;
}

// src/report/sarif.ts
var SARIF_MAX_RESULTS = 5e3;
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
    notifications.push({ level: "note", message: { text: `${unlocated} finding(s) without a file location are only in the JSON/markdown report.` } });
  }
  const ordered = [...located].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || Number(!!a.allowed) - Number(!!b.allowed)
  );
  const kept = ordered.slice(0, max);
  if (ordered.length > max) {
    notifications.push({
      level: "warning",
      message: { text: `Results truncated: ${ordered.length - max} more findings than GitHub's ${max} per run; see the full JSON report.` }
    });
  }
  const results = kept.map((f) => {
    const region = f.line && f.line > 0 ? { startLine: f.line } : void 0;
    const r = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: f.symbol && !f.message.includes(f.symbol) ? `${f.symbol}: ${f.message}` : f.message },
      locations: [
        { physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" }, ...region ? { region } : {} } }
      ],
      partialFingerprints: { livepatchGate: fingerprint(f) }
    };
    if (f.allowed) r.suppressions = [{ kind: "external", justification: f.allowed }];
    return r;
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "livepatch-gate", version: report.tool.version, rules: driverRules } },
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }]
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
    report.verdict === "pass" ? "PASS: no finding fails the policy" : "FAIL",
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
  return out.join("\n").trimEnd() + "\n";
}

// src/report/build.ts
function buildReport(analysis, policyResult, meta21) {
  const counted = policyResult.findings.filter((f) => !f.allowed);
  const count = (s) => counted.filter((f) => f.severity === s).length;
  const report = {
    schema: "livepatch-gate/report",
    schemaVersion: 1,
    tool: { name: "livepatch-gate", version: meta21.version },
    repo: analysis.repo,
    base: analysis.baseCommit,
    head: analysis.headCommit,
    verdict: policyResult.verdict,
    verdictReasons: [...policyResult.reasons],
    summary: {
      functionsToPatch: analysis.patch.reduce((n, o) => n + o.functions.length, 0),
      objects: analysis.patch.length,
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice")
    },
    patch: analysis.patch,
    findings: policyResult.findings,
    changes: { functions: analysis.changes.functions, other: analysis.changes.other },
    notBuilt: analysis.notBuilt,
    warnings: [...analysis.changes.warnings, ...analysis.warnings]
  };
  if (meta21.pullRequest !== void 0) report.pullRequest = meta21.pullRequest;
  return report;
}

export {
  normaliseName,
  nameNumbers,
  isColdPart,
  childParent,
  isCompilerConstant,
  isStaticLocalName,
  sectionBaseName,
  ruleMetas,
  detectHazards,
  buildReport,
  renderMarkdown,
  renderSarif,
  renderText
};
