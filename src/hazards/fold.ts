// One finding per cause: findings that share a cause (the same clone decision about the same function in
// many translation units, as a changed header function gives) become one finding whose places list where.
import type { Finding, FindingPlace } from '../model.js';
import { someOf } from './lookup.js';

export interface Caused<T> {
  finding: Finding;
  /** Findings with the same key have the same cause. */
  cause: string;
  /** What the finding was made from (a clone change), for the folded message. */
  from: T;
}

/** Places of a finding: the function (or unit) it names. */
function placeOf(f: Finding): FindingPlace {
  return { kind: f.symbol ? 'function' : 'unit', file: f.file ?? '', line: f.line, symbol: f.symbol, object: f.object };
}

/**
 * Findings folded by cause, in first-seen order: a cause met once keeps its finding; a cause met several
 * times keeps the first finding's place, takes `message(list)` and lists every place.
 */
export function foldByCause<T>(items: Caused<T>[], message: (list: T[], findings: Finding[]) => string): Finding[] {
  const groups = new Map<string, Caused<T>[]>();
  for (const item of items) groups.set(item.cause, [...(groups.get(item.cause) ?? []), item]);
  return [...groups.values()].map((list) => {
    const findings = list.map((i) => i.finding);
    if (list.length === 1) return findings[0];
    return { ...findings[0], message: message(list.map((i) => i.from), findings), places: findings.map(placeOf) };
  });
}

/** 'foo.isra.0 (a.c), foo.isra.1 (b.c) and 3 more' */
export function placesText(list: Finding[]): string {
  return someOf(list.map((f) => `${f.symbol ?? ''}${f.file ? ` (${f.file})` : ''}`.trim()), 4);
}
