import type { Analysis, Finding } from '../../model.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'macro-change',
  severity: 'notice',
  title: 'Macro change',
  why:
    'A macro is expanded into every function that uses it; the source diff of those functions is empty, ' +
    'so only the object comparison shows which compiled functions changed.',
  advice: "Check that the functions using the macro are in the patch list: as changed, or with the reason 'its TU compiles the changed macro' when their code changed through it.",
  gradedByConfiguration: true,
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.changes.other
    .filter((c) => c.kind === 'macro')
    .map((c) =>
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `Macro${c.name ? ` '${c.name}'` : ''} changes in ${c.file}: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
        },
        c.configuration,
      ),
    );
}
