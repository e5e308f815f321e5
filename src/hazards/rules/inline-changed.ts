import type { Analysis, Finding } from '../../model.js';
import { objectOfSource } from '../lookup.js';
import { foldByCause, placesText } from '../fold.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'inline-changed',
  severity: 'warning',
  title: 'Inlining decision changed',
  why:
    'Head inlines a function into a caller that base called it from (or stops inlining it). The caller\'s ' +
    'code changes although its source did not, and the running caller still holds (or still lacks) the old body.',
  advice:
    'Patch the caller as well (the patch list includes it when the clone graph saw the base inlining); ' +
    'for a newly inlined callee, make sure the callee\'s other callers are unaffected.',
});

export function detect(analysis: Analysis): Finding[] {
  const items = analysis.cloneChanges
    .filter((c) => c.kind === 'inline-added' || c.kind === 'inline-removed')
    .map((c) => ({
      finding: {
        ruleId: meta.id,
        severity: meta.severity,
        message:
          c.kind === 'inline-added'
            ? `Head inlines '${c.function}' into '${c.other || c.reason}'; base called it out of line.`
            : `Base inlined '${c.function}' into '${c.other || c.reason}'; head calls it out of line.`,
        file: c.source,
        line: c.line,
        symbol: c.other || c.reason,
        object: objectOfSource(analysis, c.source),
      },
      cause: `${c.kind}\0${c.function}`,
      from: c,
    }));
  // A changed header function inlined differently in many units is one decision to review: one finding.
  return foldByCause(items, ([c], findings) =>
    c.kind === 'inline-added'
      ? `Head inlines '${c.function}' into ${findings.length} callers base called it from out of line (${placesText(findings)}).`
      : `Base inlined '${c.function}' into ${findings.length} callers that head calls it from out of line (${placesText(findings)}).`,
  );
}
