// Lookups over one parsed object that every pass needs: symbols by position, relocations of a byte
// range, masked bytes, and what a relocation really points at (section symbols resolved to the string,
// constant or symbol at the referenced position). Built once per object and cached.
import { createHash } from 'node:crypto';
import {
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHF_MERGE,
  SHF_STRINGS,
  SHF_WRITE,
  SHN_LORESERVE,
  SHN_UNDEF,
  SHT_NOBITS,
  type ElfObject,
  type ElfRelocation,
  type ElfSection,
  type ElfSymbol,
} from './elf.js';
import { codeAddendBias, relocationFieldSize } from './relocation-types.js';
import { normaliseName } from './symbol-names.js';

interface ObjectIndex {
  /** FUNC/OBJECT/TLS symbols of each section, sorted by value. */
  bySection: Map<number, ElfSymbol[]>;
  /** Content digests of read-only objects, keyed by symbol index. */
  digests: Map<number, string>;
}

const indexes = new WeakMap<ElfObject, ObjectIndex>();

function indexOf(obj: ElfObject): ObjectIndex {
  let index = indexes.get(obj);
  if (!index) {
    const bySection = new Map<number, ElfSymbol[]>();
    for (const sym of obj.symbols) {
      if (!isDefinedIn(obj, sym)) continue;
      if (sym.type !== 'FUNC' && sym.type !== 'OBJECT' && sym.type !== 'TLS') continue;
      const list = bySection.get(sym.sectionIndex) ?? [];
      list.push(sym);
      bySection.set(sym.sectionIndex, list);
    }
    for (const list of bySection.values()) list.sort((a, b) => a.value - b.value || b.size - a.size);
    index = { bySection, digests: new Map() };
    indexes.set(obj, index);
  }
  return index;
}

/** True when the symbol is defined in a real section of this object (not undefined/ABS/COMMON). */
export function isDefinedIn(obj: ElfObject, sym: ElfSymbol): boolean {
  return sym.sectionIndex !== SHN_UNDEF && sym.sectionIndex < SHN_LORESERVE && sym.sectionIndex < obj.sections.length;
}

/** Defined FUNC symbols in symbol-table order. */
export function functionSymbols(obj: ElfObject): ElfSymbol[] {
  return obj.symbols.filter((s) => s.type === 'FUNC' && isDefinedIn(obj, s));
}

/** The FUNC/OBJECT symbol whose extent covers `offset` in the section (or starts there when sized 0). */
export function symbolAt(obj: ElfObject, sectionIndex: number, offset: number, type?: 'FUNC' | 'OBJECT'): ElfSymbol | null {
  const list = indexOf(obj).bySection.get(sectionIndex);
  if (!list) return null;
  // Last symbol starting at or before offset, then walk back over overlapping ones (aliases).
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].value <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = found; i >= 0 && i > found - 8; i--) {
    const s = list[i];
    if (type && s.type !== type) continue;
    if (offset < s.value + s.size || (s.size === 0 && offset === s.value)) return s;
  }
  return null;
}

/** The function whose code covers `offset` in the section, or null. */
export function functionAt(obj: ElfObject, sectionIndex: number, offset: number): ElfSymbol | null {
  return symbolAt(obj, sectionIndex, offset, 'FUNC');
}

/** The first defined FUNC symbol starting in [offset, offset + window) of the section, or null. */
export function functionStartingNear(obj: ElfObject, sectionIndex: number, offset: number, window: number): ElfSymbol | null {
  const list = indexOf(obj).bySection.get(sectionIndex) ?? [];
  return list.find((s) => s.type === 'FUNC' && s.value >= offset && s.value < offset + window) ?? null;
}

/** Start of the next FUNC/OBJECT symbol after `offset` in the section, or the section's size. */
export function nextSymbolStart(obj: ElfObject, sectionIndex: number, offset: number): number {
  const next = (indexOf(obj).bySection.get(sectionIndex) ?? []).find((s) => s.value > offset);
  return next ? next.value : obj.sections[sectionIndex].size;
}

/** Relocations of `section` whose field starts in [start, end), by binary search (they are sorted). */
export function relocationsIn(section: ElfSection, start: number, end: number): ElfRelocation[] {
  const rels = section.relocations;
  let lo = 0;
  let hi = rels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rels[mid].offset < start) lo = mid + 1;
    else hi = mid;
  }
  let stop = lo;
  while (stop < rels.length && rels[stop].offset < end) stop++;
  return rels.slice(lo, stop);
}

/**
 * The bytes of [start, end) of a section with relocated fields zeroed. Not for NOBITS sections (they
 * have no bytes, and may claim sizes no file holds): compare their extents instead.
 */
export function maskedBytes(obj: ElfObject, section: ElfSection, start: number, end: number, rels: ElfRelocation[]): Uint8Array {
  if (section.type === SHT_NOBITS) throw new Error(`internal: maskedBytes on NOBITS section ${section.name} of ${obj.path}`);
  const out = new Uint8Array(Math.max(0, Math.min(end, section.data.length) - start));
  out.set(section.data.subarray(start, start + out.length));
  for (const r of rels) {
    const size = relocationFieldSize(obj.machine, r.type);
    out.fill(0, Math.max(0, r.offset - start), Math.min(out.length, r.offset - start + size));
  }
  return out;
}

/** What a relocation refers to, after resolving section symbols to the thing at the referenced position. */
export type RelocationTarget =
  /** A symbol (named directly, or found at the referenced position); delta is the offset from it. */
  | { kind: 'symbol'; name: string; delta: number; digest?: string }
  /** A NUL-terminated string in a mergeable string section. */
  | { kind: 'string'; text: string }
  /** An entry of a mergeable constant pool (.rodata.cst8 ...). */
  | { kind: 'constant'; hex: string }
  /** A position in a section with no symbol there (jump tables, anonymous rodata). */
  | { kind: 'section'; section: string; position: number; digest: string };

/** Resolves relocation `rel` of `section`. Names are raw; callers map or normalise them. */
export function resolveTarget(obj: ElfObject, section: ElfSection, rel: ElfRelocation, withDigests = true): RelocationTarget {
  const sym = obj.symbols[rel.symbol];
  const digestOf = (s: ElfSymbol) => (withDigests ? readOnlyDigest(obj, s) : undefined);
  const anonymous = sym.type === 'SECTION' || (sym.type === 'NOTYPE' && sym.binding === 'LOCAL' && (sym.name === '' || sym.name.startsWith('.L')));
  if (!anonymous || !isDefinedIn(obj, sym)) {
    return { kind: 'symbol', name: sym.name, delta: rel.addend, digest: digestOf(sym) };
  }
  const inCode = (section.flags & SHF_EXECINSTR) !== 0;
  const bias = inCode ? codeAddendBias(obj.machine, rel.type) : 0;
  const target = obj.sections[sym.sectionIndex];
  const position = sym.value + rel.addend + bias;
  if ((target.flags & SHF_STRINGS) !== 0) return { kind: 'string', text: stringAt(target, position) };
  // PPC64: code loads an address from its TOC entry (`ld r9,.toc+N@toc@l(r9)`); the entry, not its
  // position in this TU's .toc, is what the code refers to.
  if (target.name === '.toc') {
    const entry = relocationsIn(target, position, position + 1)[0];
    // (An entry pointing back into .toc would loop: leave it a plain section position.)
    if (entry && entry.offset === position && obj.symbols[entry.symbol].sectionIndex !== target.index) return resolveTarget(obj, target, entry, withDigests);
  }
  const covering = symbolAt(obj, target.index, position);
  if (covering) return { kind: 'symbol', name: covering.name, delta: position - covering.value, digest: digestOf(covering) };
  if ((target.flags & SHF_MERGE) !== 0 && target.entsize > 0) {
    return { kind: 'constant', hex: hex(target.data.subarray(position, position + target.entsize)) };
  }
  return { kind: 'section', section: target.name, position, digest: withDigests ? sectionTailDigest(obj, target, position) : '' };
}

/** A stable text key for a resolved target; `mapName` turns a raw symbol name into the compared name. */
export function targetKey(t: RelocationTarget, mapName: (name: string) => string): string {
  switch (t.kind) {
    case 'symbol':
      return `${mapName(t.name)}${t.delta === 0 ? '' : t.delta > 0 ? `+${t.delta}` : `${t.delta}`}${t.digest ? ` [${t.digest}]` : ''}`;
    case 'string':
      return JSON.stringify(t.text);
    case 'constant':
      return `const:${t.hex}`;
    case 'section':
      return `${normaliseName(t.section)}+${t.position}${t.digest ? ` [${t.digest}]` : ''}`;
  }
}

function stringAt(section: ElfSection, position: number): string {
  const d = section.data;
  if (position < 0 || position >= d.length) return `<string offset ${position} out of range>`;
  let end = d.indexOf(0, position);
  if (end < 0) end = d.length;
  return Buffer.from(d.buffer, d.byteOffset + position, end - position).toString('latin1');
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function isReadOnlyData(section: ElfSection): boolean {
  return (section.flags & SHF_ALLOC) !== 0 && (section.flags & (SHF_WRITE | SHF_EXECINSTR)) === 0;
}

/**
 * Content digest of a local read-only object (switch tables, __func__, function-scope const arrays):
 * a function that reads a changed table is itself changed, though its own bytes are not.
 */
function readOnlyDigest(obj: ElfObject, sym: ElfSymbol): string | undefined {
  if (sym.type !== 'OBJECT' || sym.binding !== 'LOCAL' || !isDefinedIn(obj, sym)) return undefined;
  const section = obj.sections[sym.sectionIndex];
  if (!isReadOnlyData(section)) return undefined;
  const index = indexOf(obj);
  let digest = index.digests.get(sym.index);
  if (digest === undefined) {
    digest = rangeDigest(obj, section, sym.value, sym.value + sym.size);
    index.digests.set(sym.index, digest);
  }
  return digest;
}

function sectionTailDigest(obj: ElfObject, section: ElfSection, position: number): string {
  return rangeDigest(obj, section, Math.max(0, position), nextSymbolStart(obj, section.index, position));
}

/** Digest of masked bytes plus relocations (one level deep: targets by normalised name, not their digests). */
export function rangeDigest(obj: ElfObject, section: ElfSection, start: number, end: number): string {
  if (section.type === SHT_NOBITS) return createHash('sha1').update(`nobits:${Math.max(0, end - start)}`).digest('hex').slice(0, 12);
  const rels = relocationsIn(section, start, end);
  const h = createHash('sha1').update(maskedBytes(obj, section, start, end, rels));
  for (const r of rels) h.update(`|${r.offset - start}:${r.type}:${targetKey(resolveTarget(obj, section, r, false), normaliseName)}`);
  return h.digest('hex').slice(0, 12);
}
