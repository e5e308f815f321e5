import type { Analysis, Finding } from '../../model.js';
import { objectOfSource } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'ipa-decision-changed',
  severity: 'warning',
  title: 'Non-clone IPA decision changed',
  why:
    'GCC\'s extra dumps show a decision about this function that differs between base and head: found ' +
    'const/pure/noreturn/nothrow, or merged with an identical function (ICF). Callers compiled at base rely on ' +
    'the old decision (e.g. they CSE or drop calls to a const function), and the clone dump does not show it.',
  advice:
    'Patch the callers of the function too (they were compiled against the old decision), or build with ' +
    '-flive-patching=inline-clone so GCC does not make such decisions.',
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.ipaEvidence.map((e) => ({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${e.kind} decision for '${e.function}' changed: base ${e.base ?? 'none'} → head ${e.head ?? 'none'}.`,
    file: e.source,
    symbol: e.function,
    object: objectOfSource(analysis, e.source),
  }));
}
