// The code facts (special sections, references) of the functions a live patch replaces, paired across
// base and head: the rules about jump labels, __init references, sibling calls and stuck transitions
// all ask "what does the patched function's code take part in, before and after".
import type { Analysis, CodeFact, PatchFunction } from '../model.js';

export interface PatchedCode {
  object: string;
  fn: PatchFunction;
  /** The running code (base) and the code the patch carries (head); either may be missing. */
  base?: CodeFact;
  head?: CodeFact;
}

/** Every patch-list entry with its base and head code facts (head found through the comparison's pairing). */
export function patchedCode(analysis: Analysis): PatchedCode[] {
  const facts = new Map<string, CodeFact>();
  for (const f of analysis.codeFacts) facts.set(`${f.side}\0${f.source}\0${f.symbol}`, f);
  const headName = new Map<string, string>();
  for (const d of analysis.codeDiffs) if (d.headSymbol) headName.set(`${d.source}\0${d.symbol}`, d.headSymbol);
  const renamedTo = new Map(analysis.changes.files.filter((f) => f.basePath).map((f) => [f.basePath as string, f.path]));
  const out: PatchedCode[] = [];
  for (const o of analysis.patch) {
    for (const fn of o.functions) {
      const base = facts.get(`base\0${fn.file}\0${fn.symbol}`);
      const headSource = renamedTo.get(fn.file) ?? fn.file;
      const head = facts.get(`head\0${headSource}\0${headName.get(`${fn.file}\0${fn.symbol}`) ?? fn.symbol}`);
      out.push({ object: o.object, fn, base, head });
    }
  }
  return out;
}

/** The facts of one side, indexed by source then symbol. */
export function factsBySource(analysis: Analysis, side: 'base' | 'head'): Map<string, Map<string, CodeFact>> {
  const out = new Map<string, Map<string, CodeFact>>();
  for (const f of analysis.codeFacts) {
    if (f.side !== side) continue;
    const m = out.get(f.source) ?? new Map<string, CodeFact>();
    m.set(f.symbol, f);
    out.set(f.source, m);
  }
  return out;
}

export function isModule(object: string): boolean {
  return object.endsWith('.ko');
}
