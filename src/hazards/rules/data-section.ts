import type { Analysis, Finding } from '../../model.js';
import { patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'data-section',
  severity: 'warning',
  title: 'Per-CPU, __read_mostly or once data changed, added, or moved to another section',
  why:
    'Per-CPU variables (.data..percpu) were copied into every CPU\'s area at boot: a new initial value never ' +
    'reaches them, and a new per-CPU variable lives in the patch module\'s small per-CPU reserve. __read_mostly, ' +
    '__ro_after_init and cache-aligned data are placed by the linker; moving a variable into or out of such a ' +
    'section (or to per-CPU) changes how the running kernel\'s copy is reached: the patched code would use a ' +
    'different object than the unpatched code. "Once" flags (.data..once: WARN_ONCE, pr_*_once) added by a patch ' +
    'start fresh, so the message fires again after patching; kpatch-build refuses changes to .data..read_mostly.',
  advice:
    'Keep the variable\'s section and definition as in the running kernel. Put new per-CPU state in a shadow ' +
    'variable or allocate it (alloc_percpu) from a livepatch callback; replace a new *_once() with an explicit ' +
    'static bool flag in ordinary .data/.bss.',
});

const SPECIAL_DATA = /^\.data\.\.(percpu|read_mostly|once|ro_after_init|cacheline_aligned|page_aligned)|^\.t(data|bss)/;

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const d of analysis.dataDiffs) {
    if (!SPECIAL_DATA.test(d.section)) continue;
    const once = d.section.startsWith('.data..once');
    findings.push({
      ruleId: meta.id,
      severity: once ? 'notice' : meta.severity,
      message: `Data object '${d.symbol}' in ${d.section} is ${d.status} between base and head${once ? ': a once flag added by the patch fires again' : ''}.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    });
  }
  for (const { object, fn, base, head } of patchedCode(analysis)) {
    if (!base || !head) continue;
    const before = new Map(base.references.filter((r) => r.section !== undefined && r.type !== 'FUNC').map((r) => [r.name, r.section as string]));
    for (const ref of head.references) {
      const was = before.get(ref.name);
      if (!was || !ref.section || sectionKind(was) === sectionKind(ref.section)) continue;
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${fn.symbol}' refers to '${ref.name}', which moves from ${was} to ${ref.section} at head.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object,
      });
    }
  }
  return findings;
}

/** The section without its -fdata-sections suffix: '.data.foo' and '.data.bar' are both '.data'. */
function sectionKind(section: string): string {
  const m = /^(\.data\.\.[a-z_]+|\.(?:data|bss|rodata|tdata|tbss))/.exec(section);
  // .data ↔ .bss is an initialiser change (changed-data), not a placement change.
  return m ? m[1].replace(/^\.bss$/, '.data').replace(/^\.tbss$/, '.tdata') : section;
}
