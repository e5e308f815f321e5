import type { Analysis, Finding } from '../../model.js';
import { isHeaderPath } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'header-change',
  severity: 'notice',
  title: 'Header or include change',
  why:
    'A changed declaration, enum, typedef or #include in a header can change the code of every TU that ' +
    'includes it without any function in the diff; only the object comparison shows which functions it reached.',
  advice:
    "Check the patch list for functions whose TU compiles the changed item (reason 'non-function') in TUs you did not touch; enum value " +
    'changes alter constants baked into running code.',
  gradedByConfiguration: true,
});

const KINDS = ['include', 'declaration', 'typedef', 'enum', 'other'];

export function detect(analysis: Analysis): Finding[] {
  return analysis.changes.other
    .filter((c) => c.kind === 'include' || (isHeaderPath(c.file) && KINDS.includes(c.kind)))
    .map((c) =>
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `${c.kind}${c.name ? ` '${c.name}'` : ''} changes in ${c.file}: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
        },
        c.configuration,
      ),
    );
}
