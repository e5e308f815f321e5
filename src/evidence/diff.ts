// Base vs head IPA decisions for a set of functions → Analysis['ipaEvidence'] entries.
import type { Analysis } from '../model.js';
import type { IcfMerge } from './icf.js';
import type { PureConstRecord } from './pure-const.js';

export type IpaEvidence = Analysis['ipaEvidence'][number];

/** What one side's extra dumps said for one TU; a dump that was not written is an empty list. */
export interface IpaDecisions {
  pureConst: PureConstRecord[];
  icf: IcfMerge[];
}

/** The decisions that concern one function, one string per kind ('const', 'merged into ga', ...). */
function decisionsOf(d: IpaDecisions, fn: string): Map<string, string> {
  const out = new Map<string, string>();
  const pc = d.pureConst.find((r) => r.function === fn);
  if (pc?.state) out.set('pure-const', pc.state);
  for (const flag of ['nothrow', 'noreturn', 'malloc'] as const) if (pc?.[flag]) out.set(flag, flag);
  const into = d.icf.find((m) => m.merged === fn);
  const kept = d.icf.filter((m) => m.kept === fn).map((m) => m.merged).sort();
  if (into) out.set('icf', `merged into ${into.kept}`);
  else if (kept.length > 0) out.set('icf', `kept, ${kept.join(', ')} merged into it`);
  return out;
}

/**
 * Differences between base and head decisions of one TU for the given functions (all functions either
 * side mentions when omitted). Sorted by function, then kind.
 */
export function diffIpaDecisions(
  source: string,
  base: IpaDecisions,
  head: IpaDecisions,
  functions?: Iterable<string>,
): IpaEvidence[] {
  const names = functions
    ? new Set(functions)
    : new Set([
        ...[base, head].flatMap((d) => d.pureConst.map((r) => r.function)),
        ...[base, head].flatMap((d) => d.icf.flatMap((m) => [m.kept, m.merged])),
      ]);
  const out: IpaEvidence[] = [];
  for (const fn of [...names].sort()) {
    const b = decisionsOf(base, fn);
    const h = decisionsOf(head, fn);
    for (const kind of [...new Set([...b.keys(), ...h.keys()])].sort()) {
      if (b.get(kind) === h.get(kind)) continue;
      const e: IpaEvidence = { source, function: fn, kind };
      if (b.has(kind)) e.base = b.get(kind);
      if (h.has(kind)) e.head = h.get(kind);
      out.push(e);
    }
  }
  return out;
}
