// The object comparison, kpatch create-diff-object style: named passes over the two parsed objects.
//   correlateSymbols → nameMaps → compareFunctions → attachChildren → compareData
// Each pass is a small function; compareObjects only runs them in order.
import type { DataDiff, FunctionCodeDiff } from '../model.js';
import type { ElfObject, ElfSymbol } from './elf.js';
import { SHF_STRINGS } from './elf.js';
import { type NameMaps, compareRanges, symbolRange } from './compare-ranges.js';
import { type Pairing, correlate } from './correlate.js';
import { type LineMap, lineMap } from './line-shift.js';
import { functionSymbols, isDefinedIn, relocationsIn, resolveTarget } from './object-index.js';
import { childParent, isCompilerConstant, isStaticLocalName, normaliseName, sectionBaseName } from './symbol-names.js';

export interface CompareContext {
  /** Linked object owner and repo-relative source of the TU (copied into every diff). */
  owner: string;
  source: string;
  /** Unchanged lines that moved in this source file (ChangedFile.lineShift). */
  lineShift?: { base: number; head: number }[];
}

export interface ObjectComparison {
  functions: FunctionCodeDiff[];
  data: DataDiff[];
}

export function compareObjects(base: ElfObject, head: ElfObject, ctx: CompareContext): ObjectComparison {
  const lines = lineMap(ctx.lineShift);
  const { functions, data } = correlateSymbols(base, head);
  const names = nameMaps(functions, data);
  const codeDiffs = compareFunctions(base, head, functions, names, lines, ctx);
  attachChildren(codeDiffs);
  const dataDiffs = compareData(base, head, data, names, lines, ctx);
  return { functions: codeDiffs, data: dataDiffs };
}

// ---------------------------------------------------------------------------------------------
// Pass: correlate symbols
// ---------------------------------------------------------------------------------------------

/** Variables the data comparison covers: objects in .data*, .bss*, .rodata* (not string pools). */
export function dataSymbols(obj: ElfObject): ElfSymbol[] {
  return obj.symbols.filter((s) => {
    if ((s.type !== 'OBJECT' && s.type !== 'TLS') || !isDefinedIn(obj, s) || isCompilerConstant(s.name)) return false;
    const section = obj.sections[s.sectionIndex];
    return /^\.(data|bss|rodata|tdata|tbss)(\.|$)/.test(section.name) && (section.flags & SHF_STRINGS) === 0;
  });
}

/** Identity maps that only normalise numbering: used before the correlation exists. */
const NORMALISED: NameMaps = { base: normaliseName, head: normaliseName };

function correlateSymbols(base: ElfObject, head: ElfObject): { functions: Pairing; data: Pairing } {
  const noLines: LineMap = new Map();
  const sameContent = (b: ElfSymbol, h: ElfSymbol) =>
    compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), NORMALISED, noLines).status === 'unchanged';
  const functions = correlate(functionSymbols(base), functionSymbols(head), { same: sameContent });
  // Static locals with the same name in two functions: the function that uses each one tells them apart.
  const referrers = { base: lazyReferrers(base), head: lazyReferrers(head) };
  const data = correlate(dataSymbols(base), dataSymbols(head), {
    affinity: (sym, side) => referrers[side]().get(sym.name),
    same: sameContent,
  });
  return { functions, data };
}

/** data symbol name → normalised name of the first function referring to it, computed on first use. */
function lazyReferrers(obj: ElfObject): () => Map<string, string> {
  let map: Map<string, string> | null = null;
  return () => {
    if (!map) {
      map = new Map();
      for (const fn of functionSymbols(obj)) {
        const range = symbolRange(obj, fn);
        for (const rel of relocationsIn(range.section, range.start, range.end)) {
          const t = resolveTarget(obj, range.section, rel, false);
          if (t.kind === 'symbol' && !map.has(t.name)) map.set(t.name, normaliseName(fn.name));
        }
      }
    }
    return map;
  };
}

// ---------------------------------------------------------------------------------------------
// Pass: name maps — how relocation targets are named for comparison
// ---------------------------------------------------------------------------------------------

/**
 * Base names compare as themselves; a head name compares as its base partner's name, so a call to
 * foo.isra.3 at head equals a call to foo.isra.0 at base exactly when the two were paired. Names
 * outside the correlation (externals, labels) compare numbering-insensitively.
 */
function nameMaps(...pairings: Pairing[]): NameMaps {
  const baseNames = new Set<string>();
  const headToBase = new Map<string, string>();
  for (const p of pairings) {
    for (const [b, h] of p.pairs) {
      baseNames.add(b.name);
      headToBase.set(h.name, b.name);
    }
  }
  return {
    base: (n) => (baseNames.has(n) ? n : normaliseName(n)),
    head: (n) => headToBase.get(n) ?? normaliseName(n),
  };
}

// ---------------------------------------------------------------------------------------------
// Pass: compare functions
// ---------------------------------------------------------------------------------------------

function compareFunctions(
  base: ElfObject,
  head: ElfObject,
  pairing: Pairing,
  names: NameMaps,
  lines: LineMap,
  ctx: CompareContext,
): FunctionCodeDiff[] {
  const out: FunctionCodeDiff[] = [];
  const where = { owner: ctx.owner, source: ctx.source };
  for (const [b, h] of pairing.pairs) {
    const r = compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), names, lines);
    out.push({
      ...where,
      symbol: b.name,
      ...(h.name !== b.name ? { headSymbol: h.name } : {}),
      status: r.status,
      ...(r.detail ? { detail: r.detail } : {}),
      ...(r.changedData ? { changedData: r.changedData } : {}),
    });
  }
  for (const b of pairing.removed) out.push({ ...where, symbol: b.name, status: 'removed', detail: 'only at base' });
  for (const h of pairing.added) out.push({ ...where, symbol: h.name, headSymbol: h.name, status: 'added', detail: 'only at head' });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pass: attach .cold / .part children to their parents
// ---------------------------------------------------------------------------------------------

/**
 * A live patch replaces foo together with foo.cold and foo.part.N, so a changed child makes its parent's
 * entry changed too (the child keeps its own entry: it is its own symbol). Deepest children go first so
 * foo.part.0.cold reaches foo through foo.part.0.
 */
function attachChildren(diffs: FunctionCodeDiff[]): void {
  const byName = new Map<string, FunctionCodeDiff>();
  for (const d of diffs) byName.set(d.status === 'added' ? (d.headSymbol ?? d.symbol) : d.symbol, d);
  const depth = (s: string) => s.split('.').length;
  const children = diffs.filter((d) => childParent(d.symbol) !== null).sort((a, b) => depth(b.symbol) - depth(a.symbol));
  for (const child of children) {
    if (child.status === 'unchanged') continue;
    const parent = byName.get(childParent(child.symbol)!);
    if (!parent || parent.status === 'added' || parent.status === 'removed') continue;
    const note = `child ${child.symbol} ${child.status}${child.detail ? `: ${child.detail}` : ''}`;
    if (parent.status === 'unchanged') {
      parent.status = child.status === 'line-only' ? 'line-only' : 'changed';
      parent.detail = note;
    } else if (parent.status === 'line-only' && child.status !== 'line-only') {
      parent.status = 'changed';
      parent.detail = `${note}; ${parent.detail ?? ''}`.replace(/; $/, '');
    } else {
      parent.detail = parent.detail ? `${parent.detail}; ${note}` : note;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Pass: compare data
// ---------------------------------------------------------------------------------------------

function compareData(base: ElfObject, head: ElfObject, pairing: Pairing, names: NameMaps, lines: LineMap, ctx: CompareContext): DataDiff[] {
  const out: DataDiff[] = [];
  const describe = (obj: ElfObject, sym: ElfSymbol) => ({
    owner: ctx.owner,
    source: ctx.source,
    symbol: sym.name,
    section: sectionBaseName(obj.sections[sym.sectionIndex].name, sym.name),
    staticLocal: isStaticLocalName(sym.name),
  });
  for (const [b, h] of pairing.pairs) {
    const r = compareRanges(base, symbolRange(base, b), head, symbolRange(head, h), names, lines);
    if (r.status === 'unchanged') continue;
    // Data has no 'line-only' status: a moved __LINE__ stored in a variable still changes the variable.
    const rename = h.name !== b.name ? ` (head: ${h.name})` : '';
    out.push({ ...describe(base, b), status: 'changed', detail: `${r.detail ?? 'contents differ'}${rename}` });
  }
  for (const b of pairing.removed) out.push({ ...describe(base, b), status: 'removed', detail: 'only at base' });
  for (const h of pairing.added) out.push({ ...describe(head, h), status: 'added', detail: 'only at head' });
  return out;
}
