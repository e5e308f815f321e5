// Assembles the JSON report (docs/report-schema.md) from the analysis and the policy's verdict.
import { basename } from 'node:path';
import type { Analysis, Codestream, Report, SymposCheck } from '../model.js';
import type { PolicyResult } from '../policy/policy.js';
import { REPORT_SCHEMA, REPORT_SCHEMA_VERSION } from './schema.js';

export interface ReportMeta {
  version: string;
  pullRequest?: number;
  codestream?: Codestream;
}

export function buildReport(analysis: Analysis, policyResult: PolicyResult, meta: ReportMeta): Report {
  const counted = policyResult.findings.filter((f) => !f.allowed);
  const count = (s: string): number => counted.filter((f) => f.severity === s).length;
  const report: Report = {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'livepatch-gate', version: meta.version },
    repo: analysis.repo,
    base: analysis.baseCommit,
    head: analysis.headCommit,
    // Fail closed: a changed function that was not compiled and compared is never a pass.
    verdict: analysis.notAnalysed.length > 0 ? 'error' : policyResult.verdict,
    verdictReasons: [...notAnalysedReasons(analysis), ...policyResult.reasons],
    summary: {
      functionsToPatch: analysis.patch.reduce((n, o) => n + o.functions.length, 0),
      objects: analysis.patch.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    },
    patch: analysis.patch,
    newFunctions: analysis.newFunctions,
    vanished: analysis.vanished,
    notNeeded: analysis.notNeeded,
    unpatchable: analysis.unpatchable,
    findings: policyResult.findings,
    changes: { functions: analysis.changes.functions, other: analysis.changes.other },
    notBuilt: analysis.notBuilt,
    notAnalysed: analysis.notAnalysed,
    warnings: [...analysis.changes.warnings, ...analysis.warnings],
  };
  if (meta.pullRequest !== undefined) report.pullRequest = meta.pullRequest;
  if (analysis.comparison) report.comparison = analysis.comparison;
  if (analysis.sympos && analysis.patch.length > 0) report.symposFrom = symposFrom(analysis.sympos);
  if (meta.codestream) report.codestream = meta.codestream;
  if (analysis.livepatchIds.length > 0) report.livepatchIds = analysis.livepatchIds;
  return report;
}

/** Where old_sympos came from, for a reader who has to trust it. */
function symposFrom(check: SymposCheck): string {
  const files = [...new Set(check.files.map((f) => basename(f)))];
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  if (check.source === 'production') return `the running kernel's symbols (${named})`;
  if (check.source === 'build') return `the base full build's linked ${named || 'images'}`;
  return 'counted over the objects built (not checked against a vmlinux or System.map)';
}

/** One sentence on what could not be analysed, naming the first few functions or files. */
function notAnalysedReasons(analysis: Analysis): string[] {
  const n = analysis.notAnalysed;
  if (n.length === 0) return [];
  const names = n.slice(0, 5).map((x) => (x.function ? `'${x.function}' (${x.file})` : x.file));
  return [`could not analyse ${n.length} changed function${n.length === 1 ? '' : 's'} or object${n.length === 1 ? '' : 's'}: ${names.join(', ')}${n.length > 5 ? ', …' : ''}; nothing about ${n.length === 1 ? 'it' : 'them'} was compiled and compared on both sides.`];
}
