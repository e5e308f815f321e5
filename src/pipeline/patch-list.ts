// What a live patch must replace, per linked object (pure).
//
// Computed on the BASE build, because that is the code running in production:
//   changed function → its out-of-line copy, its clones, everything it was inlined into (transitively),
//   → callers of its optimisation clones when head no longer makes the same clone (they call the old ABI),
//   → anything else whose machine code changed that none of the above explains ('unexplained'),
//   → what livepatch cannot redirect is replaced through its callers and referrers (./referrers.ts).
// The last pass splits the entries into klp_funcs and the rest (new, vanished, not needed), once, so
// every output counts and lists the same klp_funcs.
import type {
  ChangedFunction,
  CloneChange,
  FunctionCodeDiff,
  PatchFunction,
  PatchLists,
  PatchObject,
  PatchReason,
  SymbolFact,
} from '../model.js';
import { isFtraceBuild } from '../compare/redirectable.js';
import { childParent, isColdPart, normaliseName } from '../compare/symbol-names.js';
import { replaceThroughReferrers, type ReferrerUnitView } from './referrers.js';

/** One function reached from a changed function through the base clone graph. */
export interface AffectedFunction {
  name: string;
  /** Removed by GCC (fully inlined / replaced by a clone): passes the effect on, not patchable itself. */
  removed: boolean;
  via: 'clone' | 'inline';
  /** Clone reason ('constprop', 'isra', 'part', ...) for via 'clone'. */
  reason?: string;
  /** Explanation steps from the changed function to this one. */
  chain: string[];
}

/** The base build of one translation unit, as the patch list needs to see it. */
export interface BaseUnitView extends ReferrerUnitView {
  source: string;
  owner: string;
  /** Function symbols defined in the base object (the truth about what exists). */
  functions: Set<string>;
  /** Whether the base clone dump mentions `name` (declared in `file` when given). */
  dumpMentions(name: string, file?: string): boolean;
  /** The affected set of `name` in this TU's base dump. */
  affected(name: string): AffectedFunction[];
  /** Functions of the base object that reference `symbol` from their code (relocations). */
  callersOf(symbol: string): string[];
  /** Headers this TU includes (when the build recorded them). */
  deps?: string[];
}

export interface PatchListInput {
  changed: ChangedFunction[];
  units: BaseUnitView[];
  /** Head-side units by source, to place new functions. */
  headOwners: Map<string, string>;
  cloneChanges: CloneChange[];
  codeDiffs: FunctionCodeDiff[];
  /** Base symbol facts with sympos assigned. */
  baseFacts: SymbolFact[];
  /** Source line of a symbol when known (from dumps / diff), for the report. */
  lineOf?: (source: string, symbol: string) => number | undefined;
  /** Every object of the project was built (not the kernel fast path): all referrers of a global are seen. */
  wholeBuild: boolean;
  /** The build is a kernel's (Kbuild, BuildResult.kind): made for ftrace whatever its objects say. */
  kernelBuild: boolean;
}

class PatchListBuilder {
  private readonly byObject = new Map<string, Map<string, PatchFunction>>();

  constructor(
    private readonly facts: Map<string, SymbolFact>,
    private readonly diffs: Map<string, FunctionCodeDiff>,
    private readonly lineOf: PatchListInput['lineOf'],
  ) {}

  add(owner: string, source: string, symbol: string, reason: PatchReason, predicted: boolean): void {
    let fns = this.byObject.get(owner);
    if (!fns) this.byObject.set(owner, (fns = new Map()));
    const key = `${source}\0${symbol}`;
    const existing = fns.get(key);
    if (existing) {
      if (!existing.reasons.some((r) => r.kind === reason.kind && r.root === reason.root)) existing.reasons.push(reason);
      existing.predicted ||= predicted;
      return;
    }
    const fact = this.facts.get(`${owner}\0${source}\0${symbol}`);
    const diff = this.diffs.get(`${owner}\0${source}\0${normaliseName(symbol)}`);
    fns.set(key, {
      symbol,
      sympos: fact?.sympos ?? 0,
      file: source,
      line: this.lineOf?.(source, symbol),
      reasons: [reason],
      predicted,
      codeChange: reason.kind === 'new' ? 'added' : (diff?.status ?? 'unknown'),
      ...(diff?.changedData ? { changedData: diff.changedData } : {}),
    });
  }

  entry(owner: string, source: string, symbol: string): PatchFunction | undefined {
    return this.byObject.get(owner)?.get(`${source}\0${symbol}`);
  }

  has(owner: string, source: string, symbol: string): boolean {
    return this.byObject.get(owner)?.has(`${source}\0${symbol}`) ?? false;
  }

  remove(owner: string, source: string, symbol: string): void {
    this.byObject.get(owner)?.delete(`${source}\0${symbol}`);
  }

  entries(): { owner: string; entry: PatchFunction }[] {
    return [...this.byObject.entries()].flatMap(([owner, fns]) => [...fns.values()].map((entry) => ({ owner, entry })));
  }

  result(): PatchObject[] {
    const order = (o: string) => (o === 'vmlinux' ? '' : o);
    return [...this.byObject.entries()]
      .sort(([a], [b]) => order(a).localeCompare(order(b)))
      .map(([object, fns]) => ({
        object,
        functions: [...fns.values()].sort((a, b) => a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol)),
      }));
  }
}

type ListName = Exclude<keyof PatchLists, 'patch' | 'unpatchable'>;
type SplitLists = Omit<PatchLists, 'unpatchable'>;

/** Which list an entry belongs to and why, or null for a klp_func. The one definition of a klp_func. */
export function notAKlpFunc(f: PatchFunction): { list: ListName; why: string } | null {
  if (f.codeChange === 'added' || (f.reasons.length > 0 && f.reasons.every((r) => r.kind === 'new'))) {
    return { list: 'newFunctions', why: 'new at head: part of the patch module, not a replacement' };
  }
  if (f.codeChange === 'removed') return { list: 'vanished', why: 'gone at head: its callers are patched instead' };
  // GCC's hot/cold split: the .cold part is only jumped to from its parent, never called.
  if (isColdPart(f.symbol)) return { list: 'notNeeded', why: `split cold part: replaced together with ${childParent(f.symbol) ?? 'its parent'}` };
  // A referrer of a function livepatch cannot redirect is replaced for what it reaches, not for its own code.
  if (f.reasons.some((r) => r.kind === 'referrer')) return null;
  if (f.codeChange === 'unchanged' && f.changedData) {
    const data = f.changedData.join(', ');
    return { list: 'notNeeded', why: `its own code is unchanged; it refers to changed data ${data}: replace it only if the patch carries a new copy of ${data}` };
  }
  if (f.codeChange === 'unchanged') return { list: 'notNeeded', why: 'the object comparison found no change' };
  if (f.codeChange === 'line-only') return { list: 'notNeeded', why: 'only __LINE__ moved' };
  return null;
}

/** Splits the entries into klp_funcs and the lists beside them (empty objects dropped). */
export function splitPatchList(entries: PatchObject[]): SplitLists {
  const lists: SplitLists = { patch: [], newFunctions: [], vanished: [], notNeeded: [] };
  for (const obj of entries) {
    const per: Record<keyof SplitLists, PatchFunction[]> = { patch: [], newFunctions: [], vanished: [], notNeeded: [] };
    for (const f of obj.functions) {
      const not = notAKlpFunc(f);
      if (not) per[not.list].push({ ...f, notPatched: not.why });
      else per.patch.push(f);
    }
    for (const list of Object.keys(per) as (keyof SplitLists)[]) {
      if (per[list].length > 0) lists[list].push({ object: obj.object, functions: per[list] });
    }
  }
  return lists;
}

/** Units whose base build may contain a copy of `fn`: its own TU, or for headers every includer that has it. */
function unitsDefining(fn: ChangedFunction, units: BaseUnitView[], bySource: Map<string, BaseUnitView[]>): BaseUnitView[] {
  const file = fn.baseFile ?? fn.file;
  if (!fn.inHeader) return bySource.get(file) ?? [];
  return units.filter(
    (u) =>
      fn.symbols.some((s) => u.dumpMentions(s, file)) ||
      ((u.deps?.includes(file) ?? false) && fn.symbols.some((s) => u.functions.has(s))),
  );
}

/** The patch list on the base build, as a list of passes; an entry keeps every reason that added it. */
export function computePatchList(input: PatchListInput): PatchLists {
  const index = indexInput(input);
  const out = new PatchListBuilder(index.facts, index.diffs, input.lineOf);
  addChangedFunctions(input, index, out);
  addCallersOfVanishedClones(input, index, out);
  addCodeOfChangedDecisions(input, index, out);
  addUnexplainedChanges(input, out);
  const unpatchable = replaceUnredirectable(input, index, out);
  addColdParts(input, out);
  return { ...splitPatchList(out.result()), unpatchable };
}

interface InputIndex {
  /** A full kernel build has tens of thousands of units: a TU's units by source, not by scanning. */
  bySource: Map<string, BaseUnitView[]>;
  /** Base symbol facts by owner, source and symbol. */
  facts: Map<string, SymbolFact>;
  /** Code diffs by owner, source and clone-numbering-free symbol. */
  diffs: Map<string, FunctionCodeDiff>;
}

function indexInput(input: PatchListInput): InputIndex {
  const bySource = new Map<string, BaseUnitView[]>();
  for (const u of input.units) bySource.set(u.source, [...(bySource.get(u.source) ?? []), u]);
  const facts = new Map(input.baseFacts.map((f) => [`${f.owner}\0${f.source}\0${f.symbol}`, f]));
  const diffs = new Map<string, FunctionCodeDiff>();
  for (const d of input.codeDiffs) diffs.set(`${d.owner}\0${d.source}\0${normaliseName(d.symbol)}`, d);
  return { bySource, facts, diffs };
}

/** Pass 1: each changed function's out-of-line copies, its clones and what it was inlined into; new functions where head puts them. */
function addChangedFunctions(input: PatchListInput, index: InputIndex, out: PatchListBuilder): void {
  for (const fn of input.changed) {
    if (fn.status === 'added') {
      const owner = input.headOwners.get(fn.file);
      if (owner) out.add(owner, fn.file, fn.symbols[0] ?? fn.name, { kind: 'new', root: fn.name, chain: [`${fn.name} is new at head`] }, true);
      continue;
    }
    for (const unit of unitsDefining(fn, input.units, index.bySource)) {
      const reasonForSelf: PatchReason = fn.inHeader
        ? { kind: 'header-copy', root: fn.name, chain: [`${fn.name} (${fn.file}) has an out-of-line copy in ${unit.source}`] }
        : { kind: 'changed', root: fn.name, chain: [`${fn.name} changed in this PR`] };
      for (const symbol of fn.symbols) {
        // A removed function needs no replacement of its own: patching what inlined or called it is enough.
        if (fn.status !== 'removed' && unit.functions.has(symbol)) out.add(unit.owner, unit.source, symbol, reasonForSelf, true);
        for (const hit of unit.affected(symbol)) {
          if (hit.removed || !unit.functions.has(hit.name)) continue;
          out.add(unit.owner, unit.source, hit.name, { kind: hit.via === 'clone' ? 'clone' : 'inlined', root: fn.name, chain: hit.chain }, true);
        }
      }
    }
  }
}

/** Pass 2: callers of a base clone whose ABI head no longer produces: they call the old clone directly. */
function addCallersOfVanishedClones(input: PatchListInput, index: InputIndex, out: PatchListBuilder): void {
  for (const change of input.cloneChanges) {
    if (change.kind !== 'clone-vanished') continue;
    for (const unit of index.bySource.get(change.source) ?? []) {
      for (const caller of unit.callersOf(change.other)) {
        if (caller === change.other || childParent(caller) === change.other) continue;
        out.add(unit.owner, unit.source, caller, {
          kind: 'caller-of-changed-clone',
          root: change.function,
          chain: [`${change.other} (${change.reason} clone of ${change.function}) exists at base but not at head`, `${caller} calls ${change.other} with its specialised ABI`],
        }, true);
      }
    }
  }
}

/**
 * Pass 3: code that changed because GCC decided differently at head: a caller now calls a new clone, or
 * now inlines a function it called. Not needed for correctness on its own, but the code differs, so it
 * ships, and the reason is known: not 'unexplained'.
 */
function addCodeOfChangedDecisions(input: PatchListInput, index: InputIndex, out: PatchListBuilder): void {
  const changedCode = new Set(input.codeDiffs.filter((d) => d.status === 'changed').map((d) => `${d.owner}\0${d.source}\0${d.symbol}`));
  for (const change of input.cloneChanges) {
    if (change.kind !== 'clone-appeared' && change.kind !== 'inline-added') continue;
    for (const unit of index.bySource.get(change.source) ?? []) {
      const callers = change.kind === 'inline-added' ? [change.other] : unit.callersOf(change.function);
      for (const caller of callers) {
        if (!changedCode.has(`${unit.owner}\0${unit.source}\0${caller}`) || out.has(unit.owner, unit.source, caller)) continue;
        const chain =
          change.kind === 'inline-added'
            ? [`head inlines ${change.function} into ${caller}; base calls it out of line`]
            : [`head creates ${change.other} (${change.reason} clone of ${change.function})`, `${caller} calls ${change.function} at base and the new clone at head`];
        out.add(unit.owner, unit.source, caller, { kind: change.kind === 'inline-added' ? 'inlined' : 'caller-of-changed-clone', root: change.function, chain }, false);
      }
    }
  }
}

/** Pass 4, the ground truth: code that changed without any of the above explaining it. */
function addUnexplainedChanges(input: PatchListInput, out: PatchListBuilder): void {
  for (const d of input.codeDiffs) {
    // A changed .cold part marks its parent changed too; it joins the list with the parent (addColdParts).
    if (d.status !== 'changed' || isColdPart(d.symbol)) continue;
    if (out.has(d.owner, d.source, d.symbol)) continue;
    out.add(d.owner, d.source, d.symbol, {
      kind: 'unexplained',
      chain: [`machine code of ${d.symbol} changed${d.detail ? ` (${d.detail})` : ''}, but no changed function's clones or inlining explain it`],
    }, false);
  }
}

/** Pass 5: what livepatch cannot redirect leaves the list; what calls it or takes its address joins it. */
function replaceUnredirectable(input: PatchListInput, index: InputIndex, out: PatchListBuilder): PatchLists['unpatchable'] {
  return replaceThroughReferrers(out, {
    units: input.units,
    facts: index.facts,
    ftraceBuild: isFtraceBuild(input.kernelBuild, input.baseFacts),
    wholeBuild: input.wholeBuild,
    codeChange: (owner, source, symbol) => index.diffs.get(`${owner}\0${source}\0${normaliseName(symbol)}`)?.status ?? 'unknown',
    lineOf: input.lineOf,
  });
}

/**
 * Pass 6: split-off .cold parts carry no dump line: they travel with whichever parent is patched, for
 * whatever reason the parent is in the list.
 */
function addColdParts(input: PatchListInput, out: PatchListBuilder): void {
  for (const unit of input.units) {
    for (const name of unit.functions) {
      const parent = isColdPart(name) ? childParent(name) : null;
      const listed = parent === null ? undefined : out.entry(unit.owner, unit.source, parent);
      if (parent === null || listed === undefined) continue;
      out.add(unit.owner, unit.source, name, { kind: 'clone', root: listed.reasons[0].root, chain: [parent, `split cold part of ${parent} (travels with it)`] }, listed.predicted);
    }
  }
}
