import type { Analysis, Finding } from '../../model.js';
import { patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'init-reference',
  severity: 'error',
  title: 'Patched code refers to __init / __exit code or data, or to a discarded section',
  why:
    'Init code and data (.init.text, __initdata, __initconst in .init.rodata, __meminit) are freed after boot or ' +
    'module load, exit code of built-in objects and .discard sections never reach the running kernel. A replacement ' +
    'function that calls or reads them jumps into freed memory. klp-build and kpatch-build refuse such references.',
  advice:
    'Do not reach init-only code or data from the patched function: copy the value it needs into the patch (a ' +
    'constant or a shadow variable set up by a callback), or keep the old behaviour for that path.',
});

/** Sections gone (or never loaded) once a live patch can run. */
const GONE = /^\.(init|exit|meminit|memexit)\.|^\.discard(\.|$)|^\.init\.rodata/;

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  // Functions other objects define in init sections (the references of this one are undefined there).
  const initElsewhere = new Map<string, string>();
  for (const f of analysis.symbolFacts) if (f.side === 'head' && GONE.test(f.section)) initElsewhere.set(f.symbol, f.section);
  for (const { object, fn, head } of patchedCode(analysis)) {
    if (!head || GONE.test(analysis.symbolFacts.find((f) => f.side === 'head' && f.source === head.source && f.symbol === head.symbol)?.section ?? '')) continue; // init-code reports init functions themselves
    for (const ref of head.references) {
      const section = ref.section ?? initElsewhere.get(ref.name);
      if (!section || !GONE.test(section)) continue;
      findings.push({
        ruleId: meta.id,
        severity: meta.severity,
        message: `'${fn.symbol}' ${ref.kind === 'address' ? 'refers to' : 'calls'} '${ref.name}' in ${section} at head: that ${ref.type === 'FUNC' ? 'code' : 'data'} is gone when the patch runs.`,
        file: fn.file,
        line: fn.line,
        symbol: fn.symbol,
        object,
      });
    }
  }
  return findings;
}
