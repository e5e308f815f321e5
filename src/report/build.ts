// Assembles the JSON report (docs/report-schema.md) from the analysis and the policy's verdict.
import type { Analysis, Codestream, Report } from '../model.js';
import type { PolicyResult } from '../policy/policy.js';

export interface ReportMeta {
  version: string;
  pullRequest?: number;
  codestream?: Codestream;
}

export function buildReport(analysis: Analysis, policyResult: PolicyResult, meta: ReportMeta): Report {
  const counted = policyResult.findings.filter((f) => !f.allowed);
  const count = (s: string): number => counted.filter((f) => f.severity === s).length;
  const report: Report = {
    schema: 'livepatch-gate/report',
    schemaVersion: 2,
    tool: { name: 'livepatch-gate', version: meta.version },
    repo: analysis.repo,
    base: analysis.baseCommit,
    head: analysis.headCommit,
    verdict: policyResult.verdict,
    verdictReasons: [...policyResult.reasons],
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
    warnings: [...analysis.changes.warnings, ...analysis.warnings],
  };
  if (meta.pullRequest !== undefined) report.pullRequest = meta.pullRequest;
  if (meta.codestream) report.codestream = meta.codestream;
  return report;
}
