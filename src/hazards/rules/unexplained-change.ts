import type { Analysis, Finding, PatchFunction } from '../../model.js';
import { untrackedIpaPasses } from '../ipa-passes.js';
import { isHeaderPath, tuFlagsFor } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'unexplained-change',
  severity: 'warning',
  title: 'Code changed that the clone graph does not explain',
  why:
    'The object comparison found a function whose code differs between base and head, but neither the ' +
    'source diff nor the clone/inline graph says why. Something the dumps do not show (an untracked IPA ' +
    'pass, a macro or header change, a changed constant) reached it, and it must be patched like the rest.',
  advice:
    'Keep it in the live patch, and find the cause before trusting the patch list: look at the named ' +
    'cause, compare the disassembly (objdump -dr) of base and head, or rebuild with -flive-patching=inline-clone.',
});

/** The most likely cause, from what the analysis knows about the function's TU and the PR. */
function likelyCause(analysis: Analysis, pf: PatchFunction): string {
  const causes: string[] = [];
  const flags = tuFlagsFor(analysis, pf.file, 'base') ?? tuFlagsFor(analysis, pf.file, 'head');
  if (flags) {
    const passes = untrackedIpaPasses(flags);
    if (flags.lto) causes.push('LTO (cross-TU inlining and cloning)');
    if (passes.length > 0) causes.push(`untracked IPA passes (${passes.join(', ')}) without -flive-patching=inline-clone`);
  }
  const nearby = analysis.changes.other.filter(
    (c) => (c.file === pf.file || isHeaderPath(c.file)) && ['macro', 'include', 'enum', 'typedef', 'declaration', 'struct', 'union'].includes(c.kind),
  );
  if (nearby.length > 0) {
    const names = [...new Set(nearby.map((c) => `${c.kind}${c.name ? ` ${c.name}` : ''}`))].slice(0, 3);
    causes.push(`a non-function change it may use (${names.join(', ')})`);
  }
  return causes.length > 0 ? causes.join('; or ') : 'a compiler decision the clone dump does not record';
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      if (!pf.reasons.some((r) => r.kind === 'unexplained')) continue;
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${pf.symbol}' changed in the compiled object without a source or clone-graph reason; likely cause: ${likelyCause(analysis, pf)}.`,
        file: pf.file,
        line: pf.line,
        symbol: pf.symbol,
        object: obj.object,
      });
    }
  }
  return findings;
}
