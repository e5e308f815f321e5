import type { Analysis, Finding } from '../../model.js';
import { ABI_CLONE_REASONS, cloneKindChanges } from '../clone-pairs.js';
import { objectOfSource } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'clone-kind-changed',
  severity: 'error',
  title: 'Optimisation clone changed kind',
  why:
    'The same function is cloned differently at head (e.g. constprop at base, isra at head). Running callers ' +
    'call the base clone with its ABI; the head clone is a different symbol with a different ABI. ' +
    'Error when the base clone is isra/constprop, warning otherwise.',
  advice:
    'Patch the base clone symbol (keeping its ABI) or all of its callers; check the callers of the head clone are patched too.',
});

export function detect(analysis: Analysis): Finding[] {
  return cloneKindChanges(analysis.cloneChanges).map(({ vanished: v, appeared: a }) => ({
    ruleId: meta.id,
    severity: ABI_CLONE_REASONS.includes(v.reason) ? 'error' : 'warning',
    message: `'${v.function}' was cloned as ${v.reason} ('${v.other}') at base and as ${a.reason} ('${a.other}') at head.`,
    file: v.source,
    line: v.line ?? a.line,
    symbol: v.other,
    object: objectOfSource(analysis, v.source),
  }));
}
