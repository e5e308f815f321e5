// Builds Analysis objects for rule, policy and report tests: an empty analysis plus the parts a test sets.
import type { Analysis, ChangedFunction, PatchFunction, SymbolFact, TuFlags, UnpatchableFunction } from '../../src/model.js';

export function analysisWith(parts: Partial<Analysis> = {}): Analysis {
  return {
    repo: '/tmp/repo',
    baseCommit: 'a'.repeat(40),
    headCommit: 'b'.repeat(40),
    buildKind: 'command',
    changes: { files: [], functions: [], other: [], warnings: [] },
    patch: [],
    newFunctions: [],
    vanished: [],
    notNeeded: [],
    unpatchable: [],
    codeDiffs: [],
    dataDiffs: [],
    cloneChanges: [],
    symbolFacts: [],
    codeFacts: [],
    exports: [],
    tuFlags: [],
    notBuilt: [],
    notAnalysed: [],
    ipaEvidence: [],
    livepatchIds: [],
    warnings: [],
    ...parts,
  };
}

export function changedFunction(name: string, file: string, extra: Partial<ChangedFunction> = {}): ChangedFunction {
  return {
    name,
    symbols: [name],
    status: 'modified',
    file,
    baseLines: [10, 20],
    headLines: [10, 21],
    changedLines: [12],
    isStatic: true,
    isInline: false,
    inHeader: false,
    markers: [],
    ...extra,
  };
}

export function patchFunction(symbol: string, file: string, extra: Partial<PatchFunction> = {}): PatchFunction {
  return {
    symbol,
    sympos: 0,
    file,
    line: 10,
    reasons: [{ kind: 'changed', root: symbol, chain: [symbol] }],
    predicted: true,
    codeChange: 'changed',
    ...extra,
  };
}

export function fact(symbol: string, source: string, extra: Partial<SymbolFact> = {}): SymbolFact {
  return {
    side: 'base',
    owner: 'vmlinux',
    source,
    symbol,
    section: `.text.${symbol}`,
    global: false,
    hasFentry: true,
    sympos: 0,
    size: 64,
    ...extra,
  };
}

export function flags(source: string, extra: Partial<TuFlags> = {}): TuFlags {
  return { side: 'base', source, ipaSwitches: [], pg: true, fentry: true, optLevel: '2', lto: false, ...extra };
}

/** A function the patch needs that livepatch cannot redirect, covered by one patched caller unless told. */
export function unpatchableFunction(symbol: string, file: string, extra: Partial<UnpatchableFunction> = {}): UnpatchableFunction {
  return {
    object: 'vmlinux',
    symbol,
    sympos: 0,
    file,
    line: 10,
    cause: 'no-ftrace-entry',
    detail: 'no __fentry__/mcount call at its entry on base',
    reasons: [{ kind: 'changed', root: symbol, chain: [symbol] }],
    codeChange: 'changed',
    coverage: 'covered',
    referrers: [{ symbol: 'caller', file, object: 'vmlinux', kind: 'call', replacement: 'patched' }],
    dataReferrers: [],
    referrersOutsideBuild: false,
    ...extra,
  };
}
