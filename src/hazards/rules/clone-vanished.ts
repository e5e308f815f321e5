import type { Analysis, Finding } from '../../model.js';
import { ABI_CLONE_REASONS, pairedCloneChanges } from '../clone-pairs.js';
import { objectOfSource } from '../lookup.js';
import { foldByCause, placesText } from '../fold.js';
import { defineMeta } from '../rule.js';
import { reasonSummary } from '../../report/format.js';

export const meta = defineMeta({
  id: 'clone-vanished',
  severity: 'error',
  title: 'Optimisation clone vanished at head',
  why:
    'Base has a clone (foo.isra.N, foo.constprop.N, foo.part.N...) that head no longer produces. Running ' +
    'callers call that clone directly; isra and constprop clones have a different ABI (dropped or baked-in ' +
    'arguments), so replacing only foo leaves callers on the old code, and a new foo cannot stand in for the clone. ' +
    'Error for isra/constprop, warning for other kinds.',
  advice:
    'Patch the base clone symbol itself with a body compatible with its ABI, or patch every caller of the ' +
    `clone (the patch list has them, with the reason '${reasonSummary({ kind: 'caller-of-changed-clone', chain: [] })}'); or restructure the change so the same clone survives.`,
});

export function detect(analysis: Analysis): Finding[] {
  const paired = pairedCloneChanges(analysis.cloneChanges);
  const items = analysis.cloneChanges
    .filter((c) => c.kind === 'clone-vanished' && !paired.has(c))
    .map((c) => {
      const abi = ABI_CLONE_REASONS.includes(c.reason);
      const finding = {
        ruleId: meta.id,
        severity: abi ? 'error' : 'warning',
        message:
          `Base has ${c.reason} clone '${c.other}' of '${c.function}' but head produces no ${c.reason} clone` +
          (abi ? ': running callers call it with its own ABI and must be patched too.' : '.'),
        file: c.source,
        line: c.line,
        symbol: c.other,
        object: objectOfSource(analysis, c.source),
      } satisfies Finding;
      return { finding, cause: `${c.function}\0${c.reason}`, from: c };
    });
  // A changed header function loses the same clone in every unit that includes it: one finding.
  return foldByCause(items, ([c], findings) => {
    const abi = ABI_CLONE_REASONS.includes(c.reason);
    return `Base has ${findings.length} ${c.reason} clones of '${c.function}' that head no longer produces (${placesText(findings)})` + (abi ? ': running callers call them with their own ABI and must be patched too.' : '.');
  });
}
