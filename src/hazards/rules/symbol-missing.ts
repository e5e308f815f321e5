import type { Analysis, Finding } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'symbol-missing',
  severity: 'error',
  title: 'Function to patch is not in the running kernel',
  why:
    'livepatch finds each klp_func by name in its object\'s kallsyms. Its object\'s symbol table (the running ' +
    'kernel\'s, given as symbols, or else the full build\'s own vmlinux and modules) has no such function: it was ' +
    'fully inlined there, its clone has another name, or it is not built, so the patch would not load.',
  advice:
    'Check that the base build matches the running kernel (configuration, compiler, flags). If the running ' +
    'kernel inlined it, patch the functions it was inlined into there; if its clone has another name, use that name.',
});

export function detect(analysis: Analysis): Finding[] {
  return (analysis.sympos?.issues ?? [])
    .filter((i) => i.kind === 'missing')
    .map((i) => ({
      ruleId: meta.id,
      severity: meta.severity,
      message: `'${i.symbol}' (${i.file}) is not in the symbols of ${i.object} (${i.table}): the running kernel has no function of that name to replace.`,
      file: i.file,
      line: i.line,
      symbol: i.symbol,
      object: i.object,
    }));
}
