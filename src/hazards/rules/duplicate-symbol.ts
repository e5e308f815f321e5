import type { Analysis, Finding } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'duplicate-symbol',
  severity: 'notice',
  title: 'Symbol name occurs more than once in its object',
  why:
    'Several static functions share this name in one linked object; livepatch resolves the name through ' +
    'kallsyms and needs the position to pick the right one.',
  advice: 'Set .old_sympos in the klp_func entry to the position given (the skeleton in the report does).',
});

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const obj of analysis.patch) {
    for (const f of obj.functions) {
      if (f.sympos <= 0) continue;
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${f.symbol}' occurs more than once in ${obj.object}: use .old_sympos = ${f.sympos}.`,
        file: f.file,
        line: f.line,
        symbol: f.symbol,
        object: obj.object,
      });
    }
  }
  return findings;
}
