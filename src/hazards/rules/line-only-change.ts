import type { Analysis, Finding } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'line-only-change',
  severity: 'notice',
  title: 'Only embedded line numbers changed',
  why:
    'The function\'s code differs only in __LINE__ constants (WARN_ON, BUG_ON, printk) because lines above it moved. ' +
    'Behaviour is the same; patching it only keeps warning messages accurate.',
  advice:
    'Usually leave it out of the live patch; include it only if exact line numbers in warnings matter to you.',
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.codeDiffs
    .filter((d) => d.status === 'line-only')
    .map((d) => ({
      ruleId: meta.id,
      severity: meta.severity,
      message: `'${d.symbol}' differs only in embedded line numbers${d.detail ? ` (${d.detail})` : ''}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    }));
}
