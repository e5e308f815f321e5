import type { Analysis, Finding } from '../../model.js';
import { lineOf, objectOfSource } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'syscall-change',
  severity: 'warning',
  title: 'System call definition changed (SYSCALL_DEFINEn)',
  why:
    'SYSCALL_DEFINEn(name) is not one function: it emits the body as an inline __do_sys_name (no ftrace entry), ' +
    'a __se_sys_name wrapper and the __x64_sys_name / __ia32_sys_name entry points the syscall table calls, plus ' +
    'syscall-tracing metadata and error-injection entries. Recompiling the macro in a patch module re-creates that ' +
    'metadata and entry points, which the module cannot register; kpatch provides KPATCH_SYSCALL_DEFINEn for this. ' +
    'The function to replace is the one that contains the body in the running kernel (the wrapper the body was ' +
    'inlined into), not __do_sys_name.',
  advice:
    'Write the patched syscall with KPATCH_SYSCALL_DEFINEn (kpatch) or as a plain function replacing the symbol ' +
    'listed in the patch list (__se_sys_name / __x64_sys_name, whichever holds the body on base); never patch ' +
    '__do_sys_name itself.',
});

const SYSCALL_MACRO = /^(COMPAT_)?SYSCALL_DEFINE\d$/;

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const patched = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => `${f.file}\0${f.symbol}`)));
  for (const fn of analysis.changes.functions) {
    const macro = fn.markers.find((m) => SYSCALL_MACRO.test(m));
    if (!macro) continue;
    const source = fn.baseFile ?? fn.file;
    const targets = fn.symbols.filter((s) => patched.has(`${source}\0${s}`) && !s.startsWith('__do_'));
    const entry = targets.length > 0 ? `patch ${targets.join(', ')}` : `no wrapper of it is in the patch list (${fn.symbols.slice(1).join(', ')} not found on base)`;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `System call '${fn.name}' (${macro}) changes: ${entry}; its body ${fn.symbols[0]} has no ftrace entry of its own.`,
      file: fn.file,
      line: lineOf(fn),
      symbol: targets[0] ?? fn.symbols[0],
      object: objectOfSource(analysis, source),
    });
  }
  return findings;
}
