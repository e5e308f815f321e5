// Why code and data changed when no changed function explains it (pure). The object comparison finds a
// function whose code differs, or a data object whose contents differ, that neither the source diff nor
// the clone graph reaches; the compiler then says which of the PR's non-function changes its translation
// unit compiles differently (configuration-check.ts: changesCompiledIn). That is the cause, in the
// domain's words: "uses struct nf_hook_ops, whose layout changes". Only what no such change reaches stays
// 'unexplained'.
import { changeLabel, isLayoutChange } from '../changes/change-label.js';
import type { DataDiff, FunctionCodeDiff, NonFunctionChange, PatchLists, PatchObject, PatchReason, UnpatchableFunction } from '../model.js';
import { normaliseName } from '../compare/symbol-names.js';

export interface CauseEvidence {
  /** The source diff's non-function changes (changes.other). */
  other: NonFunctionChange[];
  /** Source → indexes into `other` that its unit compiles differently on base and head. */
  compiled: ReadonlyMap<string, number[]>;
  codeDiffs: FunctionCodeDiff[];
  /** Source → the compile flags only one side has ('+-fno-inline', '--O2'): flagDifference. */
  flags: ReadonlyMap<string, string[]>;
}

/**
 * The flags of a unit's compile command that only one side has, as '+flag' (head only) and '-flag' (base
 * only); each side's own directories are written alike first, so only what the build chose differs.
 */
export function flagDifference(base: { argv: string[]; roots: string[] }, head: { argv: string[]; roots: string[] }): string[] {
  const norm = (argv: string[], roots: string[]) => argv.map((a) => roots.reduce((x, r) => (r ? x.split(r).join('<dir>') : x), a));
  const b = norm(base.argv, base.roots);
  const h = norm(head.argv, head.roots);
  const count = (list: string[]) => list.reduce((m, a) => m.set(a, (m.get(a) ?? 0) + 1), new Map<string, number>());
  const bc = count(b);
  const hc = count(h);
  const out: string[] = [];
  for (const [a, n] of hc) for (let i = bc.get(a) ?? 0; i < n; i++) out.push(`+${a}`);
  for (const [a, n] of bc) for (let i = hc.get(a) ?? 0; i < n; i++) out.push(`-${a}`);
  return out;
}

/** Sources whose unit must be asked: those with unexplained code, and those with changed data the diff does not name. */
export function sourcesToExplain(lists: Pick<PatchLists, 'patch' | 'notNeeded' | 'unpatchable'>, dataDiffs: DataDiff[], other: NonFunctionChange[]): Set<string> {
  const out = new Set<string>();
  for (const o of [...lists.patch, ...lists.notNeeded]) for (const f of o.functions) if (f.reasons.some((r) => r.kind === 'unexplained')) out.add(f.file);
  for (const u of lists.unpatchable) if (u.reasons.some((r) => r.kind === 'unexplained')) out.add(u.file);
  for (const d of dataDiffs) if (!d.staticLocal && d.status !== 'added' && !changedByDiff(d, other)) out.add(d.source);
  return out;
}

/** The diff changes this very object (data 'limits' in its own file): its cause is the PR itself. */
function changedByDiff(d: DataDiff, other: NonFunctionChange[]): boolean {
  return other.some((c) => c.kind === 'data' && c.name === d.symbol && c.file === d.source);
}

/** The explanation of one unexplained reason from what its unit compiles, or the reason unchanged. */
function explain(reason: PatchReason, symbol: string, file: string, owner: string, ev: CauseEvidence, details: Map<string, string | undefined>): PatchReason {
  if (reason.kind !== 'unexplained') return reason;
  const changes = (ev.compiled.get(file) ?? []).map((i) => ev.other[i]);
  const flags = ev.flags.get(file) ?? [];
  if (changes.length === 0 && flags.length === 0) return reason;
  const detail = details.get(`${owner}\0${file}\0${normaliseName(symbol)}`);
  const code = `the code of ${symbol} differs${detail ? ` (${detail})` : ''}`;
  if (changes.length === 0) {
    return { kind: 'build-flags', causes: flags, chain: [`${file} is compiled with other flags at head (${flags.join(' ')}): its build files changed`, code] };
  }
  const layouts = changes.filter(isLayoutChange);
  const named = (list: NonFunctionChange[]) => list.map((c) => `${changeLabel(c)} (${c.file}:${c.line})`).join(', ');
  if (layouts.length > 0) {
    const others = changes.filter((c) => !isLayoutChange(c));
    return {
      kind: 'layout',
      causes: layouts.map(changeLabel),
      chain: [
        `${named(layouts)} change${layouts.length === 1 ? 's' : ''} layout`,
        `${file} compiles the new layout (its preprocessed text differs between base and head)${others.length > 0 ? `, and also ${named(others)}` : ''}`,
        code,
      ],
    };
  }
  return {
    kind: 'non-function',
    causes: changes.map(changeLabel),
    chain: [`${file} compiles ${named(changes)} differently on base and head (preprocessed text)`, code],
  };
}

/** The lists with every explainable 'unexplained' reason replaced by its cause, and data objects given theirs. */
export function explainCauses(lists: PatchLists, dataDiffs: DataDiff[], ev: CauseEvidence): { lists: PatchLists; dataDiffs: DataDiff[] } {
  const details = new Map(ev.codeDiffs.map((d) => [`${d.owner}\0${d.source}\0${normaliseName(d.symbol)}`, d.detail]));
  const objects = (list: PatchObject[]): PatchObject[] =>
    list.map((o) => ({ ...o, functions: o.functions.map((f) => ({ ...f, reasons: f.reasons.map((r) => explain(r, f.symbol, f.file, o.object, ev, details)) })) }));
  const unpatchable: UnpatchableFunction[] = lists.unpatchable.map((u) => ({ ...u, reasons: u.reasons.map((r) => explain(r, u.symbol, u.file, u.object, ev, details)) }));
  const data = dataDiffs.map((d) => {
    if (d.staticLocal || d.status === 'added' || changedByDiff(d, ev.other)) return d;
    const causes = (ev.compiled.get(d.source) ?? []).map((i) => changeLabel(ev.other[i]));
    return causes.length > 0 ? { ...d, causes: [...new Set(causes)] } : d;
  });
  return {
    lists: { patch: objects(lists.patch), newFunctions: lists.newFunctions, vanished: lists.vanished, notNeeded: objects(lists.notNeeded), unpatchable },
    dataDiffs: data,
  };
}
