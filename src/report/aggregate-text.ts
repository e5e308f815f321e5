// The aggregate for a terminal: the combined verdict, one line per codestream, the functions to patch
// (common and per codestream) and the findings with where they occur.
import { plainText } from './escape.js';
import { location } from './format.js';
import type { AggregateReport } from './merge.js';

export function renderAggregateText(a: AggregateReport): string {
  const out: string[] = [];
  out.push(`livepatch-gate ${a.tool.version}: ${a.codestreams.length} codestreams, ${a.base.slice(0, 12)}..${a.head.slice(0, 12)}`);
  out.push(a.verdict === 'pass' ? 'PASS' : a.verdict === 'fail' ? 'FAIL' : 'COULD NOT DECIDE');
  for (const r of a.verdictReasons) out.push(`  - ${plainText(r)}`);
  out.push('', 'Codestreams:');
  for (const c of a.codestreams) {
    out.push(`  ${plainText(c.label).padEnd(28)} ${c.status.padEnd(10)} ${c.functionsToPatch} to patch, ${c.errors} errors, ${c.warnings} warnings, ${c.notices} notices`);
  }
  if (a.common.length > 0) {
    out.push('', `Functions to patch in every codestream (${a.common.length}):`);
    for (const f of a.common) out.push(`  ${plainText(f.object)}: ${plainText(f.symbol)}`);
  }
  if (a.differences.length > 0) {
    out.push('', `Functions to patch in some codestreams only (${a.differences.length}):`);
    for (const f of a.differences) out.push(`  ${plainText(f.object)}: ${plainText(f.symbol)}  only in ${f.codestreams.map(plainText).join(', ')}`);
  }
  if (a.findings.length > 0) {
    out.push('', `Findings (${a.findings.length}):`);
    for (const f of a.findings) {
      const where = location(f.file, f.line);
      const per = f.perCodestream.map((p) => `${plainText(p.label)}: ${p.severity}${p.allowed ? ' (allowed)' : ''}`).join(', ');
      out.push(`  ${f.severity.toUpperCase()} ${f.ruleId}${where ? ` ${plainText(where)}` : ''}${f.symbol ? ` ${plainText(f.symbol)}` : ''}: ${plainText(f.message)} [${per}]`);
    }
  }
  return `${out.join('\n')}\n`;
}
