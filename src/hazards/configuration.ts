// Findings that come from the source diff alone are graded by the configuration check's facts
// (src/pipeline/configuration-check.ts): a change the built configuration compiles out is a notice that
// says so; one compiled in keeps the rule's severity and says where it differs. One place, so every
// such rule words and grades it the same way.
import type { ConfigurationFacts, Finding } from '../model.js';

export function gradeByConfiguration(finding: Finding, facts: ConfigurationFacts | undefined): Finding {
  if (!facts) return finding;
  const evidence = facts.evidence.charAt(0).toUpperCase() + facts.evidence.slice(1);
  return {
    ...finding,
    severity: facts.status === 'compiled-out' ? 'notice' : finding.severity,
    message: `${finding.message} ${evidence}`,
    configuration: { ...facts, ruleSeverity: finding.severity },
  };
}
