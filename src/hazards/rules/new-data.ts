import type { Analysis, Finding } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'new-data',
  severity: 'warning',
  title: 'New data object',
  why:
    'A variable that exists only at head is allocated in the livepatch module, not in the patched object: ' +
    'it starts from its initialiser when the patch loads, not from any state the running system built up, ' +
    'and unpatched code never sees it.',
  advice:
    'Make sure the new variable needs no state from before the patch (or initialise it in a pre-patch callback); ' +
    'for per-object state prefer a shadow variable.',
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.dataDiffs
    .filter((d) => d.status === 'added' && !d.staticLocal)
    .map((d) => ({
      ruleId: meta.id,
      severity: meta.severity,
      message: `New data object '${d.symbol}' (${d.section}) exists only at head${d.detail ? `: ${d.detail}` : ''}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    }));
}
