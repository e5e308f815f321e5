// computePatchList through its seam (BaseUnitView): each pass on a small hand-made base build. The same
// function runs end to end on real gcc output in test/pipeline/*.test.ts and the kernel tests.
import { expect, test } from '@jest/globals';
import type { Reference } from '../../src/compare/callers.js';
import type { ChangedFunction, CloneChange, FunctionCodeDiff, PatchLists, SymbolFact } from '../../src/model.js';
import { computePatchList, type AffectedFunction, type BaseUnitView, type PatchListInput } from '../../src/pipeline/patch-list.js';

const OWNER = 'vmlinux';
const SOURCE = 'kernel/a.c';

function unit(functions: string[], opts: { affected?: Record<string, AffectedFunction[]>; callers?: Record<string, string[]>; refs?: Record<string, Reference[]> } = {}): BaseUnitView {
  return {
    source: SOURCE,
    owner: OWNER,
    functions: new Set(functions),
    dumpMentions: (name) => functions.includes(name),
    affected: (name) => opts.affected?.[name] ?? [],
    callersOf: (symbol) => opts.callers?.[symbol] ?? [],
    referencesTo: (symbol) => opts.refs?.[symbol] ?? [],
    imports: () => false,
  };
}

function fact(symbol: string, over: Partial<SymbolFact> = {}): SymbolFact {
  return { side: 'base', owner: OWNER, source: SOURCE, symbol, section: `.text.${symbol}`, global: false, hasFentry: true, sympos: 0, size: 16, ...over };
}

function changed(name: string, over: Partial<ChangedFunction> = {}): ChangedFunction {
  return { name, symbols: [name], status: 'modified', file: SOURCE, changedLines: [3], isStatic: true, isInline: false, inHeader: false, markers: [], ...over } as ChangedFunction;
}

function diff(symbol: string, status: FunctionCodeDiff['status'], over: Partial<FunctionCodeDiff> = {}): FunctionCodeDiff {
  return { owner: OWNER, source: SOURCE, symbol, status, ...over };
}

function run(over: Partial<PatchListInput>): PatchLists {
  const units = over.units ?? [];
  const baseFacts = over.baseFacts ?? units.flatMap((u) => [...u.functions].map((f) => fact(f)));
  return computePatchList({ changed: [], units, headOwners: new Map(), cloneChanges: [], codeDiffs: [], baseFacts, wholeBuild: true, kernelBuild: true, ...over });
}

const patched = (lists: PatchLists) => lists.patch.flatMap((o) => o.functions.map((f) => `${f.symbol}:${f.reasons.map((r) => r.kind).join('+')}`)).sort();

test('a changed function, its clone and what it was inlined into; what GCC removed is not listed', () => {
  const u = unit(['helper', 'helper.isra.0', 'caller'], {
    affected: {
      helper: [
        { name: 'helper.isra.0', removed: false, via: 'clone', reason: 'isra', chain: ['helper', 'isra clone helper.isra.0'] },
        { name: 'caller', removed: false, via: 'inline', chain: ['helper', 'inlined into caller'] },
        { name: 'gone', removed: true, via: 'inline', chain: ['helper', 'inlined into gone'] },
      ],
    },
  });
  const lists = run({ units: [u], changed: [changed('helper')], codeDiffs: [diff('helper', 'changed'), diff('helper.isra.0', 'changed'), diff('caller', 'changed')] });
  expect(patched(lists)).toEqual(['caller:inlined', 'helper.isra.0:clone', 'helper:changed']);
});

test('a function new at head is listed apart, under the object head links it into', () => {
  const lists = run({ changed: [changed('fresh', { status: 'added' })], headOwners: new Map([[SOURCE, OWNER]]) });
  expect(lists.patch).toEqual([]);
  expect(lists.newFunctions[0].functions.map((f) => f.symbol)).toEqual(['fresh']);
});

test('callers of a clone head no longer makes are patched: they call its specialised ABI', () => {
  const u = unit(['f.constprop.0', 'user'], { callers: { 'f.constprop.0': ['user', 'f.constprop.0'] } });
  const change: CloneChange = { source: SOURCE, function: 'f', kind: 'clone-vanished', reason: 'constprop', other: 'f.constprop.0' };
  const lists = run({ units: [u], cloneChanges: [change], codeDiffs: [diff('user', 'changed'), diff('f.constprop.0', 'removed')] });
  expect(patched(lists)).toEqual(['user:caller-of-changed-clone']);
  expect(lists.patch[0].functions[0].reasons[0].chain).toEqual(['f.constprop.0 (constprop clone of f) exists at base but not at head', 'user calls f.constprop.0 with its specialised ABI']);
});

test('a caller whose code changed because head inlines a callee is explained, not unexplained', () => {
  const change: CloneChange = { source: SOURCE, function: 'small', kind: 'inline-added', reason: 'inline', other: 'big' };
  const lists = run({ units: [unit(['big', 'small'])], cloneChanges: [change], codeDiffs: [diff('big', 'changed')] });
  expect(patched(lists)).toEqual(['big:inlined']);
  expect(lists.patch[0].functions[0].predicted).toBe(false);
});

test('changed code nothing explains is listed as unexplained; a changed .cold part travels with its parent', () => {
  const lists = run({ units: [unit(['odd', 'odd.cold'])], codeDiffs: [diff('odd', 'changed', { detail: 'bytes differ' }), diff('odd.cold', 'changed')] });
  expect(patched(lists)).toEqual(['odd:unexplained']);
  expect(lists.notNeeded[0].functions.map((f) => `${f.symbol}: ${f.notPatched}`)).toEqual(['odd.cold: split cold part: replaced together with odd']);
});

test('a changed function livepatch cannot redirect is replaced through the function that calls it', () => {
  const u = unit(['nohook', 'entry'], { refs: { nohook: [{ from: 'entry', kind: 'call', section: '.text.entry' }] } });
  const lists = run({
    units: [u],
    baseFacts: [fact('nohook', { hasFentry: false }), fact('entry')],
    changed: [changed('nohook')],
    codeDiffs: [diff('nohook', 'changed'), diff('entry', 'unchanged')],
  });
  expect(patched(lists)).toEqual(['entry:referrer']);
  expect(lists.unpatchable.map((x) => `${x.symbol} ${x.coverage} by ${x.referrers.map((r) => r.symbol).join(',')}`)).toEqual(['nohook covered by entry']);
});

test('a kernel build is made for ftrace even when no object fact shows an entry call; another build is not', () => {
  const u = unit(['nohook', 'entry'], { refs: { nohook: [{ from: 'entry', kind: 'call', section: '.text.entry' }] } });
  const input = {
    units: [u],
    baseFacts: [fact('nohook', { hasFentry: false }), fact('entry', { hasFentry: false })],
    changed: [changed('nohook')],
    codeDiffs: [diff('nohook', 'changed'), diff('entry', 'unchanged')],
  };
  // Neither function can be redirected in the kernel: nothing that reaches nohook can be replaced.
  const kernel = run({ ...input, kernelBuild: true });
  expect(patched(kernel)).toEqual([]);
  expect(kernel.unpatchable.map((x) => `${x.symbol} ${x.cause}`)).toEqual(['entry no-ftrace-entry', 'nohook no-ftrace-entry']);
  // A project built without ftrace: a missing entry decides nothing, the changed function is listed.
  expect(patched(run({ ...input, kernelBuild: false }))).toEqual(['nohook:changed']);
});

test('old_sympos comes from the base facts', () => {
  const lists = run({ units: [unit(['show'])], baseFacts: [fact('show', { sympos: 2 })], changed: [changed('show')], codeDiffs: [diff('show', 'changed')] });
  expect(lists.patch[0].functions[0]).toMatchObject({ symbol: 'show', sympos: 2, codeChange: 'changed' });
});
