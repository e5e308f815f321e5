import type { Analysis, Finding } from '../../model.js';
import { objectOfSource } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'layout-change',
  severity: 'error',
  title: 'Struct or union layout change',
  why:
    'Instances of the type already exist in the running system with the old layout; patched functions ' +
    'using new offsets or sizes read and write the wrong memory, and unpatched users keep the old view.',
  advice:
    'Do not change the layout in a live patch: keep the struct as it is and store new fields in a shadow ' +
    'variable attached to each instance (klp_shadow_get_or_alloc).',
  gradedByConfiguration: true,
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.changes.other
    .filter((c) => c.kind === 'struct' || c.kind === 'union')
    .map((c) =>
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `${c.kind} ${c.name ? `'${c.name}' ` : ''}changes: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
          object: objectOfSource(analysis, c.file),
        },
        c.configuration,
      ),
    );
}
