// A small ELF64 reader for relocatable objects (ET_REL), little- and big-endian: sections, symbols and
// RELA relocations, which is all the object comparison needs. Pure: bytes in, plain data out.
// Objects are build output a pull request controls, so every offset, size and index is checked against
// the file before it is used, and nothing is allocated beyond what the file holds.
// readObject() at the bottom is the only I/O.
import { readFile } from 'node:fs/promises';
import { EM_AARCH64, EM_PPC64, EM_S390, EM_X86_64, architectureOfMachine, machineName } from '../architectures.js';
import { relocationFieldSize } from './relocation-types.js';

export { EM_AARCH64, EM_PPC64, EM_S390, EM_X86_64 };

export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHT_SYMTAB_SHNDX = 18;

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_MERGE = 0x10;
export const SHF_STRINGS = 0x20;

export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;

export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
export const SHN_XINDEX = 0xffff;

export type SymbolType = 'NOTYPE' | 'OBJECT' | 'FUNC' | 'SECTION' | 'FILE' | 'TLS' | 'OTHER';
export type SymbolBinding = 'LOCAL' | 'GLOBAL' | 'WEAK' | 'OTHER';

export interface ElfRelocation {
  /** Offset of the relocated field inside the target section. */
  offset: number;
  /** Machine-specific relocation type (R_X86_64_PC32 = 2, ...). */
  type: number;
  /** Index into ElfObject.symbols. */
  symbol: number;
  addend: number;
}

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  /** File offset and size; NOBITS sections have size but no data. */
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  /** The section's bytes (a view into the file); empty for NOBITS. */
  data: Uint8Array;
  /** RELA relocations that apply to this section, sorted by offset. */
  relocations: ElfRelocation[];
}

export interface ElfSymbol {
  index: number;
  name: string;
  value: number;
  size: number;
  type: SymbolType;
  binding: SymbolBinding;
  /** Section header index (SHN_UNDEF, SHN_ABS, SHN_COMMON, or a real index; SHN_XINDEX resolved). */
  sectionIndex: number;
  /** st_other: visibility, and on PPC64 ELFv2 the local entry point bits. */
  other: number;
  /**
   * Bytes from the symbol to its local entry point (PPC64 ELFv2: calls within a TOC enter after the
   * TOC set-up, where the -mprofile-kernel _mcount call follows); 0 on other machines.
   */
  localEntry: number;
}

export interface ElfObject {
  path: string;
  /** e_machine; parseElf accepts only the machines of src/architectures.ts. */
  machine: number;
  bigEndian: boolean;
  /** e_flags (PPC64: the ABI version in the low bits, 2 for ELFv2). */
  flags: number;
  /** e_type: ET_REL for objects (and kernel modules); ET_EXEC / ET_DYN for a linked vmlinux or program. */
  fileType: number;
  sections: ElfSection[];
  /** The full symbol table in table order; symbols[0] is the null symbol. */
  symbols: ElfSymbol[];
}

/** Thrown for input that is not an ELF64 relocatable object of a supported machine, or is corrupt. */
export class ElfError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ElfError';
  }
}

const SYMBOL_TYPES: Record<number, SymbolType> = { 0: 'NOTYPE', 1: 'OBJECT', 2: 'FUNC', 3: 'SECTION', 4: 'FILE', 6: 'TLS' };
const SYMBOL_BINDINGS: Record<number, SymbolBinding> = { 0: 'LOCAL', 1: 'GLOBAL', 2: 'WEAK' };

const ELF64_HEADER = 64;
const SECTION_HEADER = 64;
const SYMBOL_ENTRY = 24;
const RELA_ENTRY = 24;
/** NOBITS sections have no bytes in the file; a size past this is corruption, not a .bss. */
const MAX_NOBITS_SIZE = 2 ** 40;
/** PPC64 ELFv2 (e_flags & EF_PPC64_ABI); ELFv1 objects call through function descriptors. */
const EF_PPC64_ABI = 3;

/**
 * `linked`: also accept a linked vmlinux or program (ET_EXEC / ET_DYN) and read only its sections and symbol
 * table: what a production symbol table needs (src/compare/kallsyms.ts), not the relocations a linker emitted.
 */
export function parseElf(bytes: Uint8Array, path: string, opts: { linked?: boolean } = {}): ElfObject {
  const fail = (reason: string): never => {
    throw new ElfError(path, reason);
  };
  const header = readHeader(bytes, fail, opts.linked ?? false);
  const { u32, u64, i64 } = header;
  const inFile = (off: number, len: number, what: string) => {
    if (!Number.isSafeInteger(off) || !Number.isSafeInteger(len) || off < 0 || len < 0 || off + len > bytes.length) {
      fail(`corrupt: ${what} at 0x${off.toString(16)}+0x${len.toString(16)} lies beyond the end of the file (${bytes.length} bytes)`);
    }
  };

  const sections = readSections(bytes, header, inFile, fail);
  const stringAt = (table: ElfSection, off: number, what: string): string => {
    if (table.type !== SHT_STRTAB) fail(`${what}: section ${table.index} is not a string table`);
    const d = table.data;
    if (off >= d.length) fail(`${what}: string offset 0x${off.toString(16)} beyond string table ${table.index} (${d.length} bytes)`);
    let end = d.indexOf(0, off);
    if (end < 0) end = d.length;
    // Names are short: fromCharCode beats TextDecoder's per-call cost by far on 10^5 symbols.
    let name = '';
    for (let i = off; i < end; i += 4096) name += String.fromCharCode(...d.subarray(i, Math.min(end, i + 4096)));
    return name;
  };
  if (header.shstrndx >= sections.length) fail(`section name table index ${header.shstrndx} out of range (${sections.length} sections)`);
  const shstrtab = sections[header.shstrndx];
  for (let i = 1; i < sections.length; i++) sections[i].name = stringAt(shstrtab, u32(header.shoff + i * SECTION_HEADER), `name of section ${i}`);

  const symbols = readSymbols(sections, header, stringAt, fail);
  if (header.type === ET_REL) readRelocations(sections, symbols, header.machine, u64, i64, fail);
  return { path, machine: header.machine, bigEndian: header.bigEndian, flags: header.flags, fileType: header.type, sections, symbols };
}

interface Header {
  type: number;
  machine: number;
  bigEndian: boolean;
  flags: number;
  shoff: number;
  shnum: number;
  shstrndx: number;
  u16: (o: number) => number;
  u32: (o: number) => number;
  u64: (o: number) => number;
  i64: (o: number) => number;
}

/** e_ident, type, machine and the section header table's place: everything checked before use. */
function readHeader(bytes: Uint8Array, fail: (reason: string) => never, linked: boolean): Header {
  if (bytes.length < 16 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    fail('not an ELF file (bad magic)');
  }
  if (bytes[4] !== 2) fail(bytes[4] === 1 ? 'ELF32 objects are not supported (need ELF64)' : `unknown ELF class ${bytes[4]}`);
  if (bytes[5] !== 1 && bytes[5] !== 2) fail(`unknown ELF data encoding ${bytes[5]}`);
  const bigEndian = bytes[5] === 2;
  if (bytes.length < ELF64_HEADER) fail(`truncated: ${bytes.length} bytes is shorter than the ELF64 header`);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = !bigEndian;
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  // Two 32-bit reads instead of BigInt (which made parsing GC-bound). Values past 2^53 lose precision,
  // which the bounds checks then reject as "beyond the file". Addends are signed.
  const hi = bigEndian ? 0 : 4;
  const lo = bigEndian ? 4 : 0;
  const u64 = (o: number) => view.getUint32(o + lo, le) + view.getUint32(o + hi, le) * 0x1_0000_0000;
  const i64 = (o: number) => view.getUint32(o + lo, le) + view.getInt32(o + hi, le) * 0x1_0000_0000;

  const eType = u16(16);
  if (linked ? ![ET_REL, ET_EXEC, ET_DYN].includes(eType) : eType !== ET_REL) {
    fail(linked ? `neither an object nor a linked image (e_type ${eType}; expected ET_REL, ET_EXEC or ET_DYN)` : `not a relocatable object (e_type ${eType}; expected ET_REL, a .o file)`);
  }
  const machine = u16(18);
  const flags = u32(48);
  const arch = architectureOfMachine(machine, bigEndian);
  if (!arch) {
    const other = architectureOfMachine(machine, !bigEndian);
    fail(
      other
        ? `${bigEndian ? 'big' : 'little'}-endian ${machineName(machine)} objects are not supported (${other.name} is ${other.bigEndian ? 'big' : 'little'}-endian)`
        : `${machineName(machine)} is not a supported machine (x86-64, AArch64, PPC64 ELFv2, s390x)`,
    );
  }
  if (machine === EM_PPC64 && (flags & EF_PPC64_ABI) !== 2) {
    fail(`PPC64 ELFv${flags & EF_PPC64_ABI || 1} object (function descriptors): only the ELFv2 ABI (ppc64le) is supported`);
  }
  const shoff = u64(40);
  const shentsize = u16(58);
  let shnum = u16(60);
  let shstrndx = u16(62);
  if (shoff === 0) fail('no section header table');
  if (shentsize !== SECTION_HEADER) fail(`bad section header size ${shentsize} (ELF64 uses ${SECTION_HEADER})`);
  if (!Number.isSafeInteger(shoff) || shoff + SECTION_HEADER > bytes.length) {
    fail(`corrupt: section header table at 0x${shoff.toString(16)} lies beyond the end of the file (${bytes.length} bytes)`);
  }
  // More than 0xff00 sections (big -ffunction-sections objects): real counts live in section 0.
  if (shnum === 0) shnum = u64(shoff + 32);
  if (shstrndx === SHN_XINDEX) shstrndx = u32(shoff + 40);
  if (!Number.isSafeInteger(shnum) || shoff + shnum * SECTION_HEADER > bytes.length) {
    fail(`corrupt: ${shnum} section headers at 0x${shoff.toString(16)} do not fit in the file (${bytes.length} bytes)`);
  }
  if (shnum === 0) fail('no sections');
  return { type: eType, machine, bigEndian, flags, shoff, shnum, shstrndx, u16, u32, u64, i64 };
}

function readSections(
  bytes: Uint8Array,
  h: Header,
  inFile: (off: number, len: number, what: string) => void,
  fail: (reason: string) => never,
): ElfSection[] {
  const { u32, u64 } = h;
  const sections: ElfSection[] = [];
  for (let i = 0; i < h.shnum; i++) {
    const at = h.shoff + i * SECTION_HEADER;
    const type = u32(at + 4);
    const offset = u64(at + 24);
    const size = u64(at + 32);
    const hasData = type !== SHT_NOBITS && i !== 0;
    if (hasData) inFile(offset, size, `section ${i}`);
    else if (i !== 0 && !(size <= MAX_NOBITS_SIZE)) fail(`corrupt: NOBITS section ${i} claims 0x${size.toString(16)} bytes`);
    const link = u32(at + 40);
    const info = u32(at + 44);
    if ((type === SHT_SYMTAB || type === SHT_RELA || type === SHT_REL || type === SHT_SYMTAB_SHNDX) && link >= h.shnum) {
      fail(`section ${i} links to section ${link}, out of range (${h.shnum} sections)`);
    }
    sections.push({
      index: i,
      name: '',
      type,
      flags: u64(at + 8),
      offset,
      size: i === 0 ? 0 : size,
      link,
      info,
      addralign: u64(at + 48),
      entsize: u64(at + 56),
      data: hasData ? bytes.subarray(offset, offset + size) : new Uint8Array(0),
      relocations: [],
    });
  }
  return sections;
}

function readSymbols(
  sections: ElfSection[],
  h: Header,
  stringAt: (table: ElfSection, off: number, what: string) => string,
  fail: (reason: string) => never,
): ElfSymbol[] {
  const symtabs = sections.filter((s) => s.type === SHT_SYMTAB);
  if (symtabs.length > 1) fail(`${symtabs.length} symbol tables (a relocatable object has one)`);
  const symtab = symtabs[0];
  const symbols: ElfSymbol[] = [];
  if (!symtab) return symbols;
  if (symtab.entsize !== SYMBOL_ENTRY) fail(`symbol table ${symtab.name}: entry size ${symtab.entsize} (ELF64 uses ${SYMBOL_ENTRY})`);
  const strtab = sections[symtab.link];
  const xindex = sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === symtab.index);
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  const le = !h.bigEndian;
  const xview = xindex ? new DataView(xindex.data.buffer, xindex.data.byteOffset, xindex.data.byteLength) : null;
  const count = Math.floor(symtab.size / SYMBOL_ENTRY);
  const u64 = (o: number) => view.getUint32(o + (le ? 0 : 4), le) + view.getUint32(o + (le ? 4 : 0), le) * 0x1_0000_0000;
  for (let i = 0; i < count; i++) {
    const s = i * SYMBOL_ENTRY;
    const info = view.getUint8(s + 4);
    const other = view.getUint8(s + 5);
    let shndx = view.getUint16(s + 6, le);
    if (shndx === SHN_XINDEX) {
      if (!xview || i * 4 + 4 > xview.byteLength) fail(`symbol ${i} uses SHN_XINDEX but there is no SYMTAB_SHNDX entry`);
      shndx = xview!.getUint32(i * 4, le);
    }
    const sym: ElfSymbol = {
      index: i,
      name: stringAt(strtab, view.getUint32(s, le), `name of symbol ${i}`),
      value: u64(s + 8),
      size: u64(s + 16),
      type: SYMBOL_TYPES[info & 0xf] ?? 'OTHER',
      binding: SYMBOL_BINDINGS[info >> 4] ?? 'OTHER',
      sectionIndex: shndx,
      other,
      localEntry: h.machine === EM_PPC64 ? ppc64LocalEntry(other) : 0,
    };
    checkSymbolBounds(sym, sections, h.type !== ET_REL, fail);
    symbols.push(sym);
  }
  // Section symbols have no name of their own; give them their section's, as readelf shows them.
  for (const sym of symbols) {
    if (sym.type === 'SECTION' && sym.name === '' && sym.sectionIndex > 0 && sym.sectionIndex < sections.length) sym.name = sections[sym.sectionIndex].name;
  }
  return symbols;
}

/** A defined symbol must lie inside its section: the comparison reads its bytes from there. */
function checkSymbolBounds(sym: ElfSymbol, sections: ElfSection[], linked: boolean, fail: (reason: string) => never): void {
  const idx = sym.sectionIndex;
  if (idx === SHN_UNDEF || idx >= SHN_LORESERVE) return;
  if (idx >= sections.length) fail(`symbol ${sym.index} '${sym.name}' is in section ${idx}, out of range (${sections.length} sections)`);
  const section = sections[idx];
  // A linked file's values are addresses, and nothing reads its bytes through them: order is all it gives.
  if (linked) return;
  const extent = sym.type === 'FUNC' || sym.type === 'OBJECT' || sym.type === 'TLS' ? sym.size : 0;
  if (!(sym.value <= section.size && extent <= section.size - sym.value)) {
    fail(`corrupt: symbol ${sym.index} '${sym.name}' (0x${sym.value.toString(16)}+0x${extent.toString(16)}) lies outside section ${idx} ${section.name} (0x${section.size.toString(16)} bytes)`);
  }
  if (sym.localEntry > sym.size && sym.size > 0) fail(`corrupt: symbol ${sym.index} '${sym.name}' has its local entry past its end`);
}

/** PPC64 ELFv2: st_other bits 5-7 encode the global-to-local entry distance (PPC64_LOCAL_ENTRY_OFFSET). */
function ppc64LocalEntry(other: number): number {
  const v = (other >> 5) & 7;
  return ((1 << v) >> 2) << 2;
}

function readRelocations(
  sections: ElfSection[],
  symbols: ElfSymbol[],
  machine: number,
  u64: (o: number) => number,
  i64: (o: number) => number,
  fail: (reason: string) => never,
): void {
  for (const rela of sections) {
    if (rela.type === SHT_REL) fail(`section ${rela.name} holds REL relocations; only RELA (every supported machine's ABI) is read`);
    if (rela.type !== SHT_RELA) continue;
    if (rela.entsize !== RELA_ENTRY) fail(`relocation section ${rela.name}: entry size ${rela.entsize} (ELF64 RELA uses ${RELA_ENTRY})`);
    if (rela.info === 0 || rela.info >= sections.length) fail(`relocation section ${rela.name} targets section ${rela.info}, out of range`);
    const target = sections[rela.info];
    if (target.type === SHT_NOBITS) fail(`relocation section ${rela.name} applies to NOBITS section ${target.name}`);
    const count = Math.floor(rela.size / RELA_ENTRY);
    const list = target.relocations;
    let sorted = true;
    for (let i = 0; i < count; i++) {
      const r = rela.offset + i * RELA_ENTRY;
      // r_info: symbol in the high 32 bits, type in the low 32 (ELF64_R_SYM / ELF64_R_TYPE).
      const info = u64(r + 8);
      const symbol = Math.floor(info / 0x1_0000_0000);
      const type = info % 0x1_0000_0000;
      if (symbol >= symbols.length) fail(`relocation ${i} in ${rela.name} names symbol ${symbol}, out of range (${symbols.length} symbols)`);
      const offset = u64(r);
      const field = Math.max(1, relocationFieldSize(machine, type));
      if (!(offset + field <= target.size)) {
        fail(`corrupt: relocation ${i} in ${rela.name} writes at 0x${offset.toString(16)}, outside ${target.name} (0x${target.size.toString(16)} bytes)`);
      }
      if (list.length > 0 && list[list.length - 1].offset > offset) sorted = false;
      list.push({ offset, type, symbol, addend: i64(r + 16) });
    }
    if (!sorted) list.sort((a, b) => a.offset - b.offset);
  }
}

/** Adapter: reads and parses one object file. */
export async function readObject(path: string): Promise<ElfObject> {
  const bytes = await readFile(path);
  return parseElf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}
