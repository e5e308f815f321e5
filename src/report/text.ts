// Plain terminal output for the CLI.
import { ruleMeta } from '../hazards/catalogue.js';
import type { Report } from '../model.js';
import { plainText } from './escape.js';
import { coverageText, location, plural, reasonsSummary, referrersText, SEVERITY_ORDER, shortCommit } from './format.js';

export function renderText(report: Report): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(
    `livepatch-gate ${report.tool.version}: ${shortCommit(report.base)}..${shortCommit(report.head)}` +
      (report.pullRequest ? ` (PR #${report.pullRequest})` : ''),
  );
  out.push(
    report.verdict === 'pass' ? 'PASS: no finding fails the policy' : report.verdict === 'error' ? 'ERROR: could not analyse' : 'FAIL',
    ...report.verdictReasons.map((r) => `  - ${r}`),
    `${plural(s.functionsToPatch, 'function')} to patch in ${plural(s.objects, 'object')}; ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}`,
    '',
  );
  for (const obj of report.patch) {
    out.push(`Functions to patch in ${obj.object}:`);
    for (const f of obj.functions) {
      const pos = f.sympos > 0 ? ` [sympos ${f.sympos}]` : '';
      out.push(`  ${f.symbol}${pos}  ${location(f.file, f.line)}  ${f.codeChange}  ${reasonsSummary(f)}${f.predicted ? '' : ' (comparison only)'}`);
      for (const r of f.reasons) if (r.chain.length > 1) out.push(`      ${r.chain.join(' -> ')}`);
    }
    out.push('');
  }
  if (report.symposFrom) out.push(`Positions (old_sympos): ${plainText(report.symposFrom)}`, '');
  if (report.notAnalysed.length > 0) {
    out.push(`NOT ANALYSED (${report.notAnalysed.length}):`);
    for (const n of report.notAnalysed) out.push(`  ${n.function ? `${n.function} in ` : ''}${n.file}${n.side ? ` (${n.side})` : ''}: ${n.reason}`);
    for (const a of new Set(report.notAnalysed.map((n) => n.advice))) out.push(`  what to do: ${a}`);
    out.push('');
  }
  const notKlp: [string, Report['patch']][] = [
    ['New at head (not klp_funcs)', report.newFunctions],
    ['Gone at head (callers patched)', report.vanished],
    ['No klp_func needed', report.notNeeded],
  ];
  for (const [title, objs] of notKlp) {
    if (objs.length === 0) continue;
    out.push(`${title}:`);
    for (const o of objs) for (const f of o.functions) out.push(`  ${f.symbol}  ${o.object}  ${location(f.file, f.line)}  ${f.notPatched ?? ''}`);
    out.push('');
  }
  if (report.unpatchable.length > 0) {
    out.push('Not patched directly (livepatch cannot redirect them; their referrers are patched instead):');
    for (const u of report.unpatchable) {
      const pos = u.sympos > 0 ? ` [sympos ${u.sympos}]` : '';
      out.push(`  ${u.symbol}${pos}  ${u.object}  ${location(u.file, u.line)}  ${u.detail}  ${coverageText(u)}`);
      const who = referrersText(u);
      if (who) out.push(`      reached by: ${who}`);
    }
    out.push('');
  }
  if (report.cumulative) {
    const c = report.cumulative;
    out.push(`Cumulative patch for atomic replace of the deployed ${shortCommit(c.previous.base)}..${shortCommit(c.previous.head)}:`);
    for (const n of c.notes) out.push(`  note: ${n}`);
    for (const e of c.entries) out.push(`  ${e.status.padEnd(7)} ${e.symbol}${e.sympos > 0 ? ` [sympos ${e.sympos}]` : ''}  ${e.object}  ${e.file}  ${e.reason}`);
    for (const i of c.ids) out.push(`  ${i.status} ${i.kind} id ${i.name}: ${i.detail}`);
    out.push('');
  }
  for (const sev of SEVERITY_ORDER) {
    const list = report.findings.filter((f) => f.severity === sev && !f.allowed);
    if (list.length === 0) continue;
    out.push(`${sev.toUpperCase()}S (${list.length}):`);
    let last = '';
    for (const f of list) {
      if (f.ruleId !== last) {
        const m = ruleMeta(f.ruleId);
        out.push(`  ${f.ruleId}${m ? `: ${m.title}` : ''}`);
        if (m) out.push(`    advice: ${m.advice}`);
        last = f.ruleId;
      }
      const where = location(f.file, f.line);
      out.push(`    ${where ? `${where}: ` : ''}${f.message}`);
      for (const p of f.places ?? []) out.push(`      ${p.kind} ${p.symbol ? `${p.symbol} ` : ''}${location(p.file, p.line)}${p.detail ? `: ${p.detail}` : ''}`);
    }
    out.push('');
  }
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length > 0) {
    out.push(`ALLOWED BY POLICY (${allowed.length}):`);
    for (const f of allowed) out.push(`  ${f.ruleId} ${location(f.file, f.line)}: ${f.message} (allowed: ${f.allowed})`);
    out.push('');
  }
  if (report.changes.other.length > 0) {
    out.push('Non-function changes:');
    for (const c of report.changes.other) out.push(`  ${c.kind} ${c.name ?? ''} ${location(c.file, c.line)}: ${c.detail}`);
    out.push('');
  }
  if (report.notBuilt.length > 0) {
    out.push('Changed but not built:');
    for (const n of report.notBuilt) out.push(`  ${n.source}: ${n.reason}`);
    out.push('');
  }
  if (report.warnings.length > 0) {
    out.push('Analysis warnings:');
    for (const w of report.warnings) {
      const where = location(w.file, w.line);
      out.push(`  [${w.source}] ${where ? `${where}: ` : ''}${w.message}`);
    }
    out.push('');
  }
  // Each entry is one line: a control character in it came from the report (a name, a message) and is
  // shown, not obeyed (no ESC sequences, no CR overwriting, no line that starts a workflow command).
  return out.map(plainText).join('\n').trimEnd() + '\n';
}
