import type { Analysis, Finding } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'not-built',
  severity: 'warning',
  title: 'Changed source not built',
  why:
    'The build configuration does not compile this changed file, so its clones, inlining and object code ' +
    'were not analysed. If the production configuration builds it, the patch list is incomplete. Only the ' +
    "PR's own changed sources are reported: a source that only includes a changed header and is not built is " +
    'not news (one analysis warning counts them).',
  advice:
    'Analyse with the configuration you ship (kernel: pass your production .config), or confirm the file ' +
    'is not built there.',
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.notBuilt.map((n) => ({
    ruleId: meta.id,
    severity: meta.severity,
    message: `${n.source} changed but was not built: ${n.reason}.`,
    file: n.source,
  }));
}
