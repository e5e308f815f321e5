// Pass 1, correlate: pair base and head symbols. Names pair exactly after clone/static-local numbers are
// normalised (foo.isra.0 ↔ foo.isra.3, count.0 ↔ count.1); kinds never mix. When several symbols share
// a normalised name (two constprop clones, two functions' `static int count`), pair by an affinity key
// (e.g. the function that uses a static local), then identical content, then numbering order.
import type { ElfSymbol } from './elf.js';
import { nameNumbers, normaliseName } from './symbol-names.js';

export interface Pairing {
  /** [base, head], in base symbol-table order. */
  pairs: [ElfSymbol, ElfSymbol][];
  removed: ElfSymbol[];
  added: ElfSymbol[];
}

export interface CorrelateOptions {
  /** A key that must match for ambiguous names (e.g. the referring function), or undefined. */
  affinity?: (sym: ElfSymbol, side: 'base' | 'head') => string | undefined;
  /** True when the two symbols' contents compare equal (numbering-insensitive). */
  same?: (base: ElfSymbol, head: ElfSymbol) => boolean;
}

export function correlate(base: readonly ElfSymbol[], head: readonly ElfSymbol[], opts: CorrelateOptions = {}): Pairing {
  const headGroups = new Map<string, ElfSymbol[]>();
  for (const h of head) {
    const key = normaliseName(h.name);
    const list = headGroups.get(key);
    if (list) list.push(h);
    else headGroups.set(key, [h]);
  }
  const baseGroups = new Map<string, ElfSymbol[]>();
  for (const b of base) {
    const key = normaliseName(b.name);
    const list = baseGroups.get(key);
    if (list) list.push(b);
    else baseGroups.set(key, [b]);
  }

  const partner = new Map<ElfSymbol, ElfSymbol>();
  const pairedHead = new Set<ElfSymbol>();
  for (const [key, bs] of baseGroups) {
    const hs = headGroups.get(key);
    if (!hs) continue;
    if (bs.length === 1 && hs.length === 1) {
      partner.set(bs[0], hs[0]);
      pairedHead.add(hs[0]);
      continue;
    }
    for (const [b, h] of pairAmbiguous(bs, hs, opts)) {
      partner.set(b, h);
      pairedHead.add(h);
    }
  }

  const pairs: [ElfSymbol, ElfSymbol][] = [];
  const removed: ElfSymbol[] = [];
  for (const b of base) {
    const h = partner.get(b);
    if (h) pairs.push([b, h]);
    else removed.push(b);
  }
  return { pairs, removed, added: head.filter((h) => !pairedHead.has(h)) };
}

function pairAmbiguous(bs: ElfSymbol[], hs: ElfSymbol[], opts: CorrelateOptions): [ElfSymbol, ElfSymbol][] {
  const byNumbering = (a: ElfSymbol, b: ElfSymbol) => compareNumbers(nameNumbers(a.name), nameNumbers(b.name)) || a.index - b.index;
  const restB = [...bs].sort(byNumbering);
  const restH = [...hs].sort(byNumbering);
  const out: [ElfSymbol, ElfSymbol][] = [];
  const take = (match: (b: ElfSymbol, h: ElfSymbol) => boolean) => {
    for (let i = 0; i < restB.length; i++) {
      const j = restH.findIndex((h) => match(restB[i], h));
      if (j < 0) continue;
      out.push([restB[i], restH[j]]);
      restB.splice(i--, 1);
      restH.splice(j, 1);
    }
  };
  const { affinity, same } = opts;
  if (affinity) {
    // Only unique affinity keys decide a pair; duplicates fall through to content and order.
    const uniqueKeys = (list: ElfSymbol[], side: 'base' | 'head') => {
      const counts = new Map<string, number>();
      for (const s of list) {
        const k = affinity(s, side);
        if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    const cb = uniqueKeys(restB, 'base');
    const ch = uniqueKeys(restH, 'head');
    take((b, h) => {
      const kb = affinity(b, 'base');
      return kb !== undefined && cb.get(kb) === 1 && ch.get(kb) === 1 && affinity(h, 'head') === kb;
    });
  }
  if (same) take(same);
  while (restB.length > 0 && restH.length > 0) out.push([restB.shift()!, restH.shift()!]);
  return out;
}

function compareNumbers(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
