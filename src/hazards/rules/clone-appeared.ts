import type { Analysis, Finding } from '../../model.js';
import { pairedCloneChanges } from '../clone-pairs.js';
import { objectOfSource } from '../lookup.js';
import { foldByCause, placesText } from '../fold.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'clone-appeared',
  severity: 'warning',
  title: 'New optimisation clone at head',
  why:
    'Head produces a clone of a function that base did not clone. The clone is new code in the livepatch ' +
    'module; the callers that head redirects to it must themselves be patched, or they keep calling the old function.',
  advice:
    'Check that every caller of the new clone at head is in the patch list; if the clone comes from ' +
    'constant propagation of a changed call site, patching the caller covers it.',
});

export function detect(analysis: Analysis): Finding[] {
  const paired = pairedCloneChanges(analysis.cloneChanges);
  const items = analysis.cloneChanges
    .filter((c) => c.kind === 'clone-appeared' && !paired.has(c))
    .map((c) => ({
      finding: {
        ruleId: meta.id,
        severity: meta.severity,
        message: `Head produces ${c.reason} clone '${c.other}' of '${c.function}', which base did not have.`,
        file: c.source,
        line: c.line,
        symbol: c.other,
        object: objectOfSource(analysis, c.source),
      },
      cause: `${c.function}\0${c.reason}`,
      from: c,
    }));
  return foldByCause(items, ([c], findings) => `Head produces ${findings.length} ${c.reason} clones of '${c.function}' that base did not have (${placesText(findings)}).`);
}
