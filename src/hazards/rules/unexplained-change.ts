import type { Analysis, Finding, FindingPlace, PatchFunction } from '../../model.js';
import { untrackedIpaPasses } from '../ipa-passes.js';
import { someOf, tuFlagsFor } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'unexplained-change',
  severity: 'warning',
  title: 'Code changed that the clone graph does not explain',
  why:
    'The object comparison found a function whose code differs between base and head, but neither the ' +
    'source diff, the clone/inline graph nor a non-function change its translation unit compiles (a struct ' +
    'layout, a macro, data: asked of the preprocessor) says why. Something the dumps do not show (an untracked ' +
    'IPA pass, LTO) reached it, and it must be patched like the rest. One finding per likely cause.',
  advice:
    'Keep them in the live patch, and find the cause before trusting the patch list: look at the named ' +
    'cause, compare the disassembly (objdump -dr) of base and head, or rebuild with -flive-patching=inline-clone.',
});

/** What the analysis knows about the function's TU that the clone dump cannot show (its compile flags). */
function likelyCause(analysis: Analysis, pf: PatchFunction): string {
  const causes: string[] = [];
  const flags = tuFlagsFor(analysis, pf.file, 'base') ?? tuFlagsFor(analysis, pf.file, 'head');
  if (flags) {
    const passes = untrackedIpaPasses(flags);
    if (flags.lto) causes.push('LTO (cross-TU inlining and cloning)');
    if (passes.length > 0) causes.push(`untracked IPA passes (${passes.join(', ')}) without -flive-patching=inline-clone`);
  }
  return causes.length > 0 ? causes.join('; or ') : 'a compiler decision the clone dump does not record';
}

/** One finding per likely cause, with every function it covers as a place. */
export function detect(analysis: Analysis): Finding[] {
  const byCause = new Map<string, { pf: PatchFunction; object: string }[]>();
  for (const obj of analysis.patch) {
    for (const pf of obj.functions) {
      if (!pf.reasons.some((r) => r.kind === 'unexplained')) continue;
      const cause = likelyCause(analysis, pf);
      byCause.set(cause, [...(byCause.get(cause) ?? []), { pf, object: obj.object }]);
    }
  }
  return [...byCause].map(([cause, list]): Finding => {
    const [{ pf, object }] = list;
    const what =
      list.length === 1
        ? `'${pf.symbol}' changed in the compiled object`
        : `${list.length} functions changed in the compiled objects (${someOf(list.map((x) => x.pf.symbol))})`;
    const places: FindingPlace[] = list.map((x) => ({ kind: 'function', file: x.pf.file, line: x.pf.line, symbol: x.pf.symbol, object: x.object }));
    return {
      ruleId: meta.id,
      severity: meta.severity,
      message: `${what} without a source, clone-graph or non-function-change reason; likely cause: ${cause}.`,
      file: pf.file,
      line: pf.line,
      symbol: pf.symbol,
      object,
      ...(list.length > 1 ? { places } : {}),
    };
  });
}
