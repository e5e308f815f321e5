// Pass 2, compare: one symbol's bytes and relocations on base against its partner on head. Relocated
// fields are masked; relocations compare by (offset, type, resolved target), where targets are mapped
// through the correlation so renumbered clones compare equal. Differences that are only moved line
// numbers are collected separately so the caller can report 'line-only'.
import type { ElfObject, ElfSection, ElfSymbol } from './elf.js';
import { SHT_NOBITS } from './elf.js';
import { type LineMap, explainByteDiffs, isLineMove, stringLineMoves } from './line-shift.js';
import { maskedBytes, nextSymbolStart, relocationsIn, resolveTarget, targetKey, type RelocationTarget } from './object-index.js';
import { isCompilerConstant, isStaticLocalName } from './symbol-names.js';

/** How each side's raw symbol names become comparable names (see compare-objects). */
export interface NameMaps {
  base: (name: string) => string;
  head: (name: string) => string;
}

export interface SymbolRange {
  section: ElfSection;
  start: number;
  end: number;
}

export interface RangeComparison {
  status: 'unchanged' | 'line-only' | 'changed';
  detail?: string;
  /**
   * Read-only data objects (file-scope, not function-scope statics) the range refers to whose contents
   * differ, when nothing else does: the range itself is the same, it only points at changed data.
   */
  changedData?: string[];
}

/** The bytes a symbol covers; a size-0 symbol extends to the next symbol or the section end. */
export function symbolRange(obj: ElfObject, sym: ElfSymbol): SymbolRange {
  const section = obj.sections[sym.sectionIndex];
  const end = sym.size > 0 ? sym.value + sym.size : nextSymbolStart(obj, sym.sectionIndex, sym.value);
  return { section, start: sym.value, end: Math.min(end, section.size) };
}

export function compareRanges(base: ElfObject, b: SymbolRange, head: ElfObject, h: SymbolRange, names: NameMaps, lines: LineMap): RangeComparison {
  const bSize = Math.max(0, b.end - b.start);
  const hSize = Math.max(0, h.end - h.start);
  if (bSize !== hSize) return { status: 'changed', detail: `size ${bSize} → ${hSize} bytes` };
  const bNobits = b.section.type === SHT_NOBITS;
  if (bNobits !== (h.section.type === SHT_NOBITS)) {
    return { status: 'changed', detail: `initialiser changed (${b.section.name} → ${h.section.name})` };
  }
  // Zero-initialised on both sides: nothing to read (and nothing to allocate for a huge .bss object).
  if (bNobits) return { status: 'unchanged' };
  const bRels = relocationsIn(b.section, b.start, b.end);
  const hRels = relocationsIn(h.section, h.start, h.end);
  const bBytes = maskedBytes(base, b.section, b.start, b.end, bRels);
  const hBytes = maskedBytes(head, h.section, h.start, h.end, hRels);
  if (bRels.length !== hRels.length) return { status: 'changed', detail: `${bRels.length} → ${hRels.length} relocations` };

  const moves: [number, number][] = [];
  const changedData = new Set<string>();
  let relocDiff: { at: number; detail: string } | null = null;
  for (let i = 0; i < bRels.length && !relocDiff; i++) {
    const br = bRels[i];
    const hr = hRels[i];
    const at = br.offset - b.start;
    if (at !== hr.offset - h.start) {
      relocDiff = { at, detail: `relocation at +0x${hex(at)} moved to +0x${hex(hr.offset - h.start)}` };
      break;
    }
    if (br.type !== hr.type) {
      relocDiff = { at, detail: `relocation type at +0x${hex(at)}: ${br.type} → ${hr.type}` };
      break;
    }
    const bt = resolveTarget(base, b.section, br);
    const ht = resolveTarget(head, h.section, hr);
    const bk = targetKey(bt, names.base);
    const hk = targetKey(ht, names.head);
    if (bk === hk) continue;
    if (bt.kind === 'string' && ht.kind === 'string') {
      const m = stringLineMoves(bt.text, ht.text, lines);
      if (m) moves.push(...m);
      else relocDiff = { at, detail: `string at +0x${hex(at)}: ${short(bk)} → ${short(hk)}` };
    } else if (
      bt.kind === 'symbol' &&
      ht.kind === 'symbol' &&
      names.base(bt.name) === names.head(ht.name) &&
      bt.digest === ht.digest &&
      isLineMove(lines, bt.delta, ht.delta)
    ) {
      moves.push([bt.delta, ht.delta]);
    } else if (pointsAtChangedData(bt, ht, names)) {
      // Same object, same offset, other contents: the data changed, not this code (see changedData).
      changedData.add((bt as { name: string }).name);
    } else relocDiff = { at, detail: `relocation at +0x${hex(at)}: ${short(bk)} → ${short(hk)}` };
  }

  const bytes = explainByteDiffs(bBytes, hBytes, lines, base.bigEndian);
  if (bytes.unexplained !== null && (!relocDiff || bytes.unexplained < relocDiff.at)) {
    return { status: 'changed', detail: `bytes differ at +0x${hex(bytes.unexplained)}` };
  }
  if (relocDiff) return { status: 'changed', detail: relocDiff.detail };
  moves.push(...bytes.moves);
  const data = changedData.size > 0 ? { changedData: [...changedData].sort() } : {};
  if (moves.length === 0) return { status: 'unchanged', ...data };
  const unique = [...new Set(moves.map(([from, to]) => `${from} → ${to}`))];
  return { status: 'line-only', detail: `only __LINE__ values moved (${unique.join(', ')})`, ...data };
}

/**
 * A reference to the same named data object at the same offset whose content digest differs. A
 * function-scope static (tbl.0) or a compiler constant (CSWTCH.3, __func__.1) belongs to its function:
 * its change stays a change of that function.
 */
function pointsAtChangedData(bt: RelocationTarget, ht: RelocationTarget, names: NameMaps): boolean {
  return (
    bt.kind === 'symbol' &&
    ht.kind === 'symbol' &&
    bt.digest !== undefined &&
    ht.digest !== undefined &&
    bt.delta === ht.delta &&
    names.base(bt.name) === names.head(ht.name) &&
    !isStaticLocalName(bt.name) &&
    !isCompilerConstant(bt.name)
  );
}

function hex(n: number): string {
  return n.toString(16);
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
