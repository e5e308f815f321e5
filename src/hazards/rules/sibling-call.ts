import type { Analysis, Finding } from '../../model.js';
import { EM_PPC64 } from '../../compare/elf.js';
import { childParent } from '../../compare/symbol-names.js';
import { patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'sibling-call',
  severity: 'error',
  title: 'Sibling (tail) call out of a patched function on ppc64',
  why:
    'On ppc64 a call from the patch module into the kernel goes through a stub that saves and restores the TOC ' +
    'pointer (r2) around it. A sibling call (a `b` instead of `bl`) leaves no frame to restore r2 in, so the callee ' +
    'returns to the caller with the patch module\'s TOC: kpatch-build refuses these ("Found an unsupported sibling ' +
    'call"). x86-64 and arm64 have no TOC and their unwinders see tail calls correctly, so the rule reports nothing there.',
  advice:
    'Add __attribute__((optimize("-fno-optimize-sibling-calls"))) to the patched function\'s definition in the ' +
    'patch, so the call returns through the function.',
});

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const { object, fn, head } of patchedCode(analysis)) {
    if (!head || head.machine !== EM_PPC64) continue;
    for (const ref of head.references) {
      if (ref.kind !== 'tail-call' || childParent(ref.name) === head.symbol || ref.name.startsWith('.L')) continue;
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${fn.symbol}' ends in a sibling call to '${ref.name}' at head (ppc64): the call needs a frame to restore the TOC.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object,
      });
    }
  }
  return findings;
}
