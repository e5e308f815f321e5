import type { Analysis, Finding } from '../../model.js';
import { objectOfSource } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'changed-data',
  severity: 'error',
  title: 'Changed or removed data object',
  why:
    'A live patch replaces functions, never data: the running kernel keeps the old variable with its old ' +
    'initial value, size and location, so new code reading a changed initialiser or a removed variable sees old state.',
  advice:
    'Keep the data unchanged in the patch; carry new state in a shadow variable (klp_shadow_*) or set it up ' +
    'in a pre-patch callback, and patch every function that depends on the new semantics.',
  gradedByConfiguration: true,
});

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const compared = new Set<string>();
  for (const d of analysis.dataDiffs) {
    compared.add(`${d.source}\0${d.symbol}`);
    if (d.staticLocal || d.status === 'added') continue; // static-local-changed / new-data
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message:
        `Data object '${d.symbol}' (${d.section}) is ${d.status} between base and head` +
        (d.detail ? `: ${d.detail}` : '') + '.',
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== 'data' || c.inFunction) continue;
    // The object comparison is more precise when it saw the same variable; don't report twice.
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `The source changes ${c.isStatic ? 'static ' : ''}data${c.name ? ` '${c.name}'` : ''}: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
          object: objectOfSource(analysis, c.file),
        },
        c.configuration,
      ),
    );
  }
  return findings;
}
