import type { Analysis, ChangedFunction, Finding } from '../../model.js';
import { lineOf, objectOfSource, symbolsOf } from '../lookup.js';
import { isColdPart } from '../../compare/symbol-names.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'no-ftrace-entry',
  severity: 'warning',
  title: 'Function without an ftrace entry',
  why:
    'Livepatch redirects a function through its ftrace (__fentry__/mcount) call at entry. A function compiled ' +
    'without one (notrace, inline-marked, inner __do_sys_* functions) cannot be replaced by itself.',
  advice:
    'Patch the callers that contain or call it instead (they are listed in the patch list when the clone ' +
    'graph saw the inlining); check that each has an ftrace entry.',
});

const INLINE_MARKERS = ['inline', '__always_inline', '__inline', '__inline__', 'static inline'];

/** Base symbols (the function or its clones) that are out-of-line copies of a changed function. */
function baseCopies(analysis: Analysis, fn: ChangedFunction): string[] {
  const names = symbolsOf(fn);
  const source = fn.baseFile ?? fn.file;
  return analysis.symbolFacts
    .filter((f) => f.side === 'base' && (fn.inHeader || f.source === source))
    .filter((f) => names.some((n) => f.symbol === n || f.symbol.startsWith(`${n}.`)))
    .map((f) => f.symbol);
}

/**
 * A TU with no function calling __fentry__ was not built for ftrace (-pg/-mfentry or patchable entries):
 * the rule cannot tell anything there, and flagging every function would bury the real findings.
 */
function instrumentedSources(analysis: Analysis): Set<string> {
  return new Set(analysis.symbolFacts.filter((f) => f.side === 'base' && f.hasFentry).map((f) => f.source));
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const instrumented = instrumentedSources(analysis);
  if (instrumented.size === 0) return findings;
  const seen = new Set<string>();
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      const fact = analysis.symbolFacts.find(
        (f) => f.side === 'base' && f.owner === obj.object && f.symbol === pf.symbol && f.sympos === pf.sympos,
      );
      // A .cold part is entered by a jump from its parent, never through a call: it needs no entry.
      if (!fact || fact.hasFentry || !instrumented.has(fact.source) || isColdPart(pf.symbol)) continue;
      seen.add(pf.symbol);
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${pf.symbol}' is in the patch list but has no __fentry__/mcount call on base: ftrace cannot redirect it; its callers must be patched.`,
        file: pf.file,
        line: pf.line,
        symbol: pf.symbol,
        object: obj.object,
      });
    }
  }
  for (const fn of analysis.changes.functions) {
    if (fn.status === 'added' || symbolsOf(fn).some((s) => seen.has(s))) continue;
    const notrace = fn.markers.includes('notrace');
    const inline = fn.isInline || fn.markers.some((m) => INLINE_MARKERS.includes(m));
    if (!notrace && !inline) continue;
    const copies = baseCopies(analysis, fn);
    if (!notrace && copies.length > 0) continue; // an out-of-line copy exists; its facts decide above
    const why = notrace
      ? 'is marked notrace: it has no ftrace entry'
      : `is marked ${fn.markers.includes('__always_inline') ? '__always_inline' : 'inline'} and has no out-of-line copy on base`;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `'${fn.name}' ${why}; the callers it is inlined into (or that call it) must be patched instead.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: symbolsOf(fn)[0],
      object: objectOfSource(analysis, fn.file),
    });
  }
  return findings;
}
