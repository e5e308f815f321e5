import type { Analysis, Finding } from '../../model.js';
import { objectOfSource } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'static-local-changed',
  severity: 'error',
  title: 'Static local variable changed',
  why:
    'A function-scope static keeps state across calls. The replacement function gets its own copy in the ' +
    'livepatch module (GCC names it foo.N, and N may differ), so state such as "once" flags, counters or ' +
    'caches restarts from its initialiser or is split between old and new code.',
  advice:
    'Keep static locals unchanged and referenced the same way; to share the running state, have the new ' +
    'function use the original variable (kallsyms/klp relocation) or move the state into a shadow variable.',
  gradedByConfiguration: true,
});

/** 'counter.0' → 'counter': GCC's suffix for function-scope statics. */
function baseName(symbol: string): string {
  return symbol.replace(/\.\d+$/, '');
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const compared = new Set<string>();
  for (const d of analysis.dataDiffs) {
    if (!d.staticLocal) continue;
    compared.add(`${d.source}\0${baseName(d.symbol)}`);
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `Static local '${d.symbol}' (${d.section}) is ${d.status} between base and head${d.detail ? `: ${d.detail}` : ''}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== 'data' || !c.inFunction) continue;
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `Static local${c.name ? ` '${c.name}'` : ''} in '${c.inFunction}' changes: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name ?? c.inFunction,
          object: objectOfSource(analysis, c.file),
        },
        c.configuration,
      ),
    );
  }
  return findings;
}
