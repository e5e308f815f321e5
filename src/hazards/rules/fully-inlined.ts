import type { Analysis, Finding } from '../../model.js';
import { baseCopies, lineOf, objectOfSource, symbolsOf } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'fully-inlined',
  severity: 'notice',
  title: 'Changed function has no symbol of its own',
  why:
    'The compiler inlined every call to this function (or dropped it), so the base object has no symbol ' +
    'for it: the change reaches the running system only through the callers that carry its body.',
  advice:
    'Nothing to add for the function itself; make sure every caller listed as "inlined into" is in the ' +
    'live patch, and do not list the function in klp_funcs (it cannot be found).',
});

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => f.symbol)));
  for (const fn of analysis.changes.functions) {
    if (fn.status !== 'modified') continue;
    const names = symbolsOf(fn);
    const source = fn.baseFile ?? fn.file;
    const factsKnown = analysis.symbolFacts.some((f) => f.side === 'base' && (fn.inHeader || f.source === source));
    const carriers = analysis.patch.flatMap((o) =>
      o.functions.filter((f) => f.reasons.some((r) => r.kind === 'inlined' && r.root !== undefined && names.includes(r.root))),
    );
    // An out-of-line copy is patched itself, or through its referrers when it cannot be redirected (no-ftrace-entry).
    const hasCopy = factsKnown ? baseCopies(analysis, fn).length > 0 : names.some((n) => patched.has(n)) || carriers.length === 0;
    if (hasCopy) continue;
    const callers = [...new Set(carriers.map((c) => c.symbol))];
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message:
        callers.length > 0
          ? `'${fn.name}' has no symbol in the base object: it is fully inlined into ${callers.map((c) => `'${c}'`).join(', ')}, which ${callers.length === 1 ? 'carries' : 'carry'} the change.`
          : // Nothing carries it: no built unit's dump names it, or GCC removed what it was inlined into.
            `'${fn.name}' has no symbol in the base objects and no function there carries its code (no unit built calls it, or GCC removed every caller it was inlined into): the change reaches no code of the base build.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: names[0],
      object: objectOfSource(analysis, source),
    });
  }
  return findings;
}
