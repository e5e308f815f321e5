// Replace through referrers (pure): a function livepatch cannot redirect on the base build (no ftrace
// entry, noinstr, init code: src/compare/redirectable.ts) leaves the patch list, and every function that
// calls it, jumps to it or takes its address joins it instead, so the patched referrers reach the new
// version. A referrer that cannot be redirected either is replaced through its own referrers in turn.
// References from data (ops tables, callback arrays) cannot be retargeted by patching code: they leave
// the function uncovered, and the no-ftrace-entry rule says what to do.
//
// Referrers come from the relocations of the base objects: within the object, and for a global symbol
// from every object built that links against it.
import type { CodeReferrer, PatchFunction, PatchReason, SymbolFact, UnpatchableFunction } from '../model.js';
import type { Reference } from '../compare/callers.js';
import { isInitDataSection, whyNotRedirectable, type Unredirectable } from '../compare/redirectable.js';
import { childParent, isColdPart } from '../compare/symbol-names.js';

/** What the pass needs of one base unit: who refers to a symbol there. */
export interface ReferrerUnitView {
  source: string;
  owner: string;
  /** Code and data references to `symbol` in this unit's base object. */
  referencesTo(symbol: string): Reference[];
  /** Whether the object refers to `symbol` as an external (undefined) symbol. */
  imports(symbol: string): boolean;
}

/** The patch list being built, as this pass edits it. */
export interface PatchListEditor {
  entries(): { owner: string; entry: PatchFunction }[];
  add(owner: string, source: string, symbol: string, reason: PatchReason, predicted: boolean): void;
  remove(owner: string, source: string, symbol: string): void;
}

export interface ReferrerInput {
  units: ReferrerUnitView[];
  /** Base facts by `${owner}\0${source}\0${symbol}`. */
  facts: Map<string, SymbolFact>;
  /** The build is instrumented for ftrace (src/compare/redirectable.ts isFtraceBuild). */
  ftraceBuild: boolean;
  /** Every object of the project was built (not the kernel fast path): a global's referrers are all seen. */
  wholeBuild: boolean;
  /** What the object comparison says of a base function (for referrers that are not in the patch list). */
  codeChange(owner: string, source: string, symbol: string): PatchFunction['codeChange'];
  lineOf?: (source: string, symbol: string) => number | undefined;
}

interface Pending {
  record: UnpatchableFunction;
  unit: ReferrerUnitView;
  /** The chain up to this function, for its referrers' reasons. */
  chain: string[];
  root: string;
}

const factKey = (owner: string, source: string, symbol: string) => `${owner}\0${source}\0${symbol}`;

/** Code that did not change needs no replacement of its own (unless it is a referrer of code that did). */
function needsReplacing(codeChange: PatchFunction['codeChange'], reasons: PatchReason[]): boolean {
  return codeChange === 'changed' || codeChange === 'unknown' || codeChange === 'removed' || reasons.some((r) => r.kind === 'referrer');
}

/** Whether `importer` can link against a global defined in `definer`: same object, or a module using vmlinux or another module. */
function canLink(importer: string, definer: string): boolean {
  return importer === definer || (importer.endsWith('.ko') && (definer === 'vmlinux' || definer.endsWith('.ko')));
}

const VERB: Record<CodeReferrer['kind'], string> = { call: 'calls', jump: 'jumps to', address: 'takes the address of' };

export function replaceThroughReferrers(list: PatchListEditor, input: ReferrerInput): UnpatchableFunction[] {
  const unitOf = new Map(input.units.map((u) => [`${u.owner}\0${u.source}`, u]));
  const records = new Map<string, UnpatchableFunction>();
  const queue: Pending[] = [];

  const unredirectable = (owner: string, source: string, symbol: string): { fact: SymbolFact; why: Unredirectable } | null => {
    const fact = input.facts.get(factKey(owner, source, symbol));
    const why = fact ? whyNotRedirectable(fact, input.ftraceBuild) : null;
    return fact && why ? { fact, why } : null;
  };

  // Enqueues the referrers of a record the first time it needs replacing. Init code is never replaced:
  // it has run before a live patch can load (the init-code rule reports a change to it).
  const expand = (record: UnpatchableFunction, chain: string[], root: string) => {
    if (record.coverage !== 'not-needed') return;
    if (record.cause === 'init-code') {
      record.coverage = 'init-only';
      return;
    }
    record.coverage = 'uncovered'; // settled after the walk
    const unit = unitOf.get(`${record.object}\0${record.file}`);
    if (unit) queue.push({ record, unit, chain, root });
  };

  const leave = (owner: string, entry: Omit<PatchFunction, 'predicted'>, fact: SymbolFact, why: Unredirectable): UnpatchableFunction => {
    const key = factKey(owner, entry.file, entry.symbol);
    const known = records.get(key);
    if (known) {
      for (const r of entry.reasons) if (!known.reasons.some((k) => k.kind === r.kind && k.root === r.root)) known.reasons.push(r);
      return known;
    }
    list.remove(owner, entry.file, entry.symbol);
    const record: UnpatchableFunction = {
      object: owner,
      symbol: entry.symbol,
      sympos: entry.sympos,
      file: entry.file,
      line: entry.line,
      cause: why.cause,
      detail: why.detail,
      reasons: [...entry.reasons],
      codeChange: entry.codeChange,
      coverage: 'not-needed',
      referrers: [],
      dataReferrers: [],
      referrersOutsideBuild: fact.global && !input.wholeBuild,
    };
    records.set(key, record);
    return record;
  };

  // 1. Entries of the patch list that cannot be redirected leave it.
  for (const { owner, entry } of list.entries()) {
    const hit = unredirectable(owner, entry.file, entry.symbol);
    if (!hit) continue;
    const record = leave(owner, entry, hit.fact, hit.why);
    if (needsReplacing(entry.codeChange, entry.reasons)) {
      const root = entry.reasons.find((r) => r.root !== undefined)?.root ?? entry.symbol;
      expand(record, [`${entry.symbol} cannot be redirected (${hit.why.detail})`], root);
    }
  }

  // 2. Their referrers join it; an unredirectable referrer is replaced through its own, and so on.
  for (let pending = queue.shift(); pending; pending = queue.shift()) {
    const { record, unit, chain, root } = pending;
    for (const { ref, in: where } of referencesOf(record, unit, input)) {
      if (ref.kind === 'data') {
        if (isInitDataSection(ref.section)) continue; // freed after boot, with the init code that used it
        record.dataReferrers.push({ symbol: ref.from, section: ref.section, file: where.source, object: where.owner });
        continue;
      }
      // A split .cold part belongs to its parent: the parent is what gets replaced.
      const symbol = isColdPart(ref.from) ? (childParent(ref.from) ?? ref.from) : ref.from;
      if (symbol === record.symbol && where === unit) continue;
      if (record.referrers.some((r) => r.symbol === symbol && r.file === where.source && r.object === where.owner)) continue;
      const step = `${symbol} ${VERB[ref.kind]} ${record.symbol}`;
      const hit = unredirectable(where.owner, where.source, symbol);
      const replacement = !hit ? 'patched' : hit.why.cause === 'init-code' ? 'init-only' : 'through-referrers';
      record.referrers.push({ symbol, file: where.source, object: where.owner, kind: ref.kind, replacement });
      if (!hit) {
        list.add(where.owner, where.source, symbol, { kind: 'referrer', root, chain: [...chain, step] }, true);
        continue;
      }
      if (replacement === 'init-only') continue;
      const fact = hit.fact;
      const reason: PatchReason = { kind: 'referrer', root, chain: [...chain, `${step}, and cannot be redirected either (${hit.why.detail})`] };
      const next = leave(where.owner, {
          symbol,
          sympos: fact.sympos,
          file: where.source,
          line: input.lineOf?.(where.source, symbol),
          reasons: [reason],
          codeChange: input.codeChange(where.owner, where.source, symbol),
        }, fact, hit.why);
      expand(next, reason.chain, root);
    }
  }

  for (const record of records.values()) if (record.coverage === 'uncovered') record.coverage = isCovered(record, records) ? 'covered' : 'uncovered';
  return [...records.values()].sort((a, b) => a.object.localeCompare(b.object) || a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol));
}

/** The references to a record's symbol: in its own object, and for a global in every object built that links against it. */
function referencesOf(record: UnpatchableFunction, unit: ReferrerUnitView, input: ReferrerInput): { ref: Reference; in: ReferrerUnitView }[] {
  const out = unit.referencesTo(record.symbol).map((ref) => ({ ref, in: unit }));
  const fact = input.facts.get(factKey(record.object, record.file, record.symbol));
  if (!fact?.global) return out;
  for (const other of input.units) {
    if (other === unit || !canLink(other.owner, unit.owner) || !other.imports(record.symbol)) continue;
    out.push(...other.referencesTo(record.symbol).map((ref) => ({ ref, in: other })));
  }
  return out;
}

/**
 * Covered when the running code can reach the function only through patched functions (or init code that
 * has run): no data holds its address, something reaches it, and each unredirectable referrer is covered in
 * turn (a cycle of such functions counts only when some patched function reaches into it).
 */
function isCovered(start: UnpatchableFunction, records: Map<string, UnpatchableFunction>): boolean {
  const seen = new Set<UnpatchableFunction>([start]);
  const todo = [start];
  let reachedPatchable = false;
  for (let r = todo.pop(); r; r = todo.pop()) {
    if (r.dataReferrers.length > 0 || r.referrers.length === 0) return false;
    for (const ref of r.referrers) {
      if (ref.replacement !== 'through-referrers') {
        reachedPatchable = true;
        continue;
      }
      const next = records.get(factKey(ref.object, ref.file, ref.symbol));
      if (!next) return false;
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return reachedPatchable;
}
