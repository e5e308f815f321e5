// Who refers to a symbol, from the relocations in each function's code: the callers that must be patched
// when a clone they call (foo.isra.0, foo.constprop.1) changes its ABI or vanishes at head.
import type { ElfObject } from './elf.js';
import { functionSymbols, relocationsIn, resolveTarget } from './object-index.js';
import { normaliseName } from './symbol-names.js';
import { symbolRange } from './compare-ranges.js';

const referenceIndexes = new WeakMap<ElfObject, Map<string, string[]>>();

/** target symbol name → functions (symbol-table order) whose code has a relocation resolving to it. */
export function referencesByTarget(obj: ElfObject): Map<string, string[]> {
  let index = referenceIndexes.get(obj);
  if (!index) {
    index = new Map();
    for (const fn of functionSymbols(obj)) {
      const range = symbolRange(obj, fn);
      for (const rel of relocationsIn(range.section, range.start, range.end)) {
        const t = resolveTarget(obj, range.section, rel, false);
        if (t.kind !== 'symbol' || t.name === fn.name) continue;
        const list = index.get(t.name);
        if (!list) index.set(t.name, [fn.name]);
        else if (list[list.length - 1] !== fn.name) list.push(fn.name);
      }
    }
    referenceIndexes.set(obj, index);
  }
  return index;
}

/**
 * Functions whose code refers to `symbol` (calls, jumps, address taken; section-relative references
 * included). With `anyNumbering`, foo.isra.0 also matches foo.isra.2 (same clone kind, other number).
 */
export function callersOf(obj: ElfObject, symbol: string, opts: { anyNumbering?: boolean } = {}): string[] {
  const index = referencesByTarget(obj);
  if (!opts.anyNumbering) return [...(index.get(symbol) ?? [])];
  const wanted = normaliseName(symbol);
  const out = new Set<string>();
  for (const [target, callers] of index) {
    if (normaliseName(target) === wanted) for (const c of callers) if (c !== symbol) out.add(c);
  }
  return [...out];
}
