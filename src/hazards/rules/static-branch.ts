import type { Analysis, Finding, Severity } from '../../model.js';
import { isModule, patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'static-branch',
  severity: 'error',
  title: 'Jump label (static key) or static call in patched code',
  why:
    'A static branch or static call site is code the kernel rewrites when its key changes. The patch module ' +
    'must carry the __jump_table / .static_call_sites entry of every site in the code it replaces. When the key ' +
    'lives in a module (or is defined by the patch itself), the entry needs a livepatch relocation that may be ' +
    'applied after the key was already switched, leaving the site in the wrong state or corrupting code: ' +
    'klp-build refuses it ("unsupported static branch key ... Use static_key_enabled() instead", and the same for ' +
    'static calls), kpatch-build refuses jump labels too. Keys in vmlinux are carried by klp-build. Graded: error ' +
    'for a key defined in a module or added by the patch, warning for a tracepoint / pr_debug key in a module ' +
    '(klp-build disables those sites) or a module key whose home the gate cannot see, notice for a vmlinux key.',
  advice:
    'In the patched function, test the key with static_key_enabled(&key) (or likely/unlikely around it) instead ' +
    'of static_branch_likely/unlikely, and call a static call\'s target through KLP_STATIC_CALL() or its function ' +
    'pointer. Never add a new key in a live patch; put new state in a shadow variable.',
});

const STATIC_SECTIONS = new Set(['__jump_table', '.static_call_sites']);

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  // Keys the patch itself defines: data that exists only at head.
  const newData = new Set(analysis.dataDiffs.filter((d) => d.status === 'added').map((d) => `${d.source}\0${d.symbol}`));
  for (const { object, fn, head, base } of patchedCode(analysis)) {
    const code = head ?? base;
    if (!code) continue;
    // One finding per grade and reason: a vmlinux function with five tracepoints is one notice, not five.
    const grouped = new Map<string, { severity: Severity; why: string; sites: string[] }>();
    for (const use of code.special) {
      if (!STATIC_SECTIONS.has(use.section)) continue;
      const what = use.section === '__jump_table' ? 'static branch' : 'static call';
      for (const key of use.keys.length > 0 ? use.keys : [{ name: '<unknown key>' }]) {
        const graded = grade(object, key, newData.has(`${code.source}\0${key.name}`));
        const group = grouped.get(`${graded.severity}\0${graded.why}`) ?? { ...graded, sites: [] };
        group.sites.push(`${what} on key '${key.name}'`);
        grouped.set(`${graded.severity}\0${graded.why}`, group);
      }
    }
    for (const g of grouped.values()) {
      findings.push({
        ruleId: meta.id,
        severity: g.severity,
        message: `'${fn.symbol}' has a ${g.sites.join(', a ')}: ${g.why}.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object,
      });
    }
  }
  return findings;
}

function grade(object: string, key: { name: string; section?: string }, addedByPatch: boolean): { severity: Severity; why: string } {
  if (addedByPatch) return { severity: 'error', why: 'the key is defined by the patch itself, so no running code switches the sites the patch carries' };
  const inert = /^__tracepoint_|__UNIQUE_ID_ddebug|^__SCK__tp_func_/.test(key.name);
  if (!isModule(object)) {
    return { severity: 'notice', why: `keys in ${object}: klp-build carries these sites, kpatch-build refuses jump labels (use static_key_enabled())` };
  }
  if (inert) return { severity: 'warning', why: `tracepoint / pr_debug keys of module ${object}: klp-build disables these sites in the patch` };
  if (key.section !== undefined) {
    return { severity: 'error', why: `keys defined in module ${object}: these sites cannot be carried by a live patch` };
  }
  return { severity: 'warning', why: `keys not defined in this object of module ${object}: if one lives in a module rather than vmlinux, klp-build refuses its site` };
}
