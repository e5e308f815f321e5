// A small ELF64 little-endian reader for relocatable objects (ET_REL): sections, symbols and RELA
// relocations, which is all the object comparison needs. Pure: bytes in, plain data out.
// readObject() at the bottom is the only I/O.
import { readFile } from 'node:fs/promises';

export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;

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
}

export interface ElfObject {
  path: string;
  machine: number;
  sections: ElfSection[];
  /** The full symbol table in table order; symbols[0] is the null symbol. */
  symbols: ElfSymbol[];
}

/** Thrown for input that is not an ELF64 little-endian relocatable object we can read. */
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

export function parseElf(bytes: Uint8Array, path: string): ElfObject {
  const fail = (reason: string): never => {
    throw new ElfError(path, reason);
  };
  if (bytes.length < 16 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    fail('not an ELF file (bad magic)');
  }
  if (bytes[4] !== 2) fail(bytes[4] === 1 ? 'ELF32 objects are not supported (need ELF64)' : `unknown ELF class ${bytes[4]}`);
  if (bytes[5] !== 1) fail(bytes[5] === 2 ? 'big-endian ELF is not supported (need little-endian)' : `unknown ELF data encoding ${bytes[5]}`);
  if (bytes.length < 64) fail(`truncated: ${bytes.length} bytes is shorter than the ELF64 header`);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  // Two 32-bit reads instead of BigInt (which made parsing GC-bound); values up to 2^53 stay exact,
  // far beyond any object's offsets and sizes. Addends are signed.
  const u64 = (o: number) => view.getUint32(o, true) + view.getUint32(o + 4, true) * 0x1_0000_0000;
  const i64 = (o: number) => view.getUint32(o, true) + view.getInt32(o + 4, true) * 0x1_0000_0000;
  const checkRange = (off: number, len: number, what: string) => {
    if (off < 0 || len < 0 || off + len > bytes.length) {
      fail(`truncated: ${what} at 0x${off.toString(16)}+0x${len.toString(16)} lies beyond the end of the file (${bytes.length} bytes)`);
    }
  };

  const eType = u16(16);
  if (eType !== 1) fail(`not a relocatable object (e_type ${eType}; expected ET_REL, a .o file)`);
  const machine = u16(18);
  const shoff = u64(40);
  const shentsize = u16(58);
  let shnum = u16(60);
  let shstrndx = u16(62);
  if (shoff === 0) fail('no section header table');
  if (shentsize < 64) fail(`bad section header size ${shentsize}`);
  checkRange(shoff, shentsize, 'section header 0');
  // More than 0xff00 sections (big -ffunction-sections objects): real counts live in section 0.
  if (shnum === 0) shnum = u64(shoff + 32);
  if (shstrndx === SHN_XINDEX) shstrndx = u32(shoff + 40);
  checkRange(shoff, shnum * shentsize, 'section header table');

  const sections: ElfSection[] = [];
  for (let i = 0; i < shnum; i++) {
    const h = shoff + i * shentsize;
    const type = u32(h + 4);
    const offset = u64(h + 24);
    const size = u64(h + 32);
    const hasData = type !== SHT_NOBITS && i !== 0;
    if (hasData && offset + size > bytes.length) checkRange(offset, size, `section ${i}`);
    sections.push({
      index: i,
      name: '',
      type,
      flags: u64(h + 8),
      offset,
      size,
      link: u32(h + 40),
      info: u32(h + 44),
      addralign: u64(h + 48),
      entsize: u64(h + 56),
      data: hasData ? bytes.subarray(offset, offset + size) : new Uint8Array(0),
      relocations: [],
    });
  }
  const stringAt = (table: ElfSection, off: number): string => {
    const d = table.data;
    if (off >= d.length) fail(`string offset 0x${off.toString(16)} beyond string table ${table.index}`);
    let end = d.indexOf(0, off);
    if (end < 0) end = d.length;
    // Names are short: fromCharCode beats TextDecoder's per-call cost by far on 10^5 symbols.
    let name = '';
    for (let i = off; i < end; i += 4096) name += String.fromCharCode(...d.subarray(i, Math.min(end, i + 4096)));
    return name;
  };
  if (shstrndx >= sections.length) fail(`section name table index ${shstrndx} out of range`);
  const shstrtab = sections[shstrndx];
  for (let i = 1; i < shnum; i++) sections[i].name = stringAt(shstrtab, u32(shoff + i * shentsize));

  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  const symbols: ElfSymbol[] = [];
  if (symtab) {
    if (symtab.link >= sections.length) fail(`symbol string table index ${symtab.link} out of range`);
    const strtab = sections[symtab.link];
    const xindex = sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === symtab.index);
    const xview = xindex ? new DataView(xindex.data.buffer, xindex.data.byteOffset, xindex.data.byteLength) : null;
    const count = Math.floor(symtab.size / 24);
    for (let i = 0; i < count; i++) {
      const s = symtab.offset + i * 24;
      const info = bytes[s + 4];
      let shndx = u16(s + 6);
      if (shndx === SHN_XINDEX) {
        if (!xview || i * 4 + 4 > xview.byteLength) fail(`symbol ${i} uses SHN_XINDEX but there is no SYMTAB_SHNDX entry`);
        shndx = xview!.getUint32(i * 4, true);
      }
      symbols.push({
        index: i,
        name: stringAt(strtab, u32(s)),
        value: u64(s + 8),
        size: u64(s + 16),
        type: SYMBOL_TYPES[info & 0xf] ?? 'OTHER',
        binding: SYMBOL_BINDINGS[info >> 4] ?? 'OTHER',
        sectionIndex: shndx,
      });
    }
  }
  // Section symbols have no name of their own; give them their section's, as readelf shows them.
  for (const sym of symbols) {
    if (sym.type === 'SECTION' && sym.name === '' && sym.sectionIndex < sections.length) sym.name = sections[sym.sectionIndex].name;
  }

  for (const rela of sections) {
    if (rela.type === SHT_REL) fail(`section ${rela.name} holds REL relocations; only RELA (x86-64, AArch64) is supported`);
    if (rela.type !== SHT_RELA) continue;
    if (rela.info >= sections.length) fail(`relocation section ${rela.name} targets section ${rela.info}, out of range`);
    const target = sections[rela.info];
    const count = Math.floor(rela.size / 24);
    const list = target.relocations;
    let sorted = true;
    for (let i = 0; i < count; i++) {
      const r = rela.offset + i * 24;
      const infoLo = u32(r + 8);
      const infoHi = u32(r + 12);
      if (infoHi >= symbols.length) fail(`relocation ${i} in ${rela.name} names symbol ${infoHi}, out of range`);
      const offset = u64(r);
      if (list.length > 0 && list[list.length - 1].offset > offset) sorted = false;
      list.push({ offset, type: infoLo, symbol: infoHi, addend: i64(r + 16) });
    }
    if (!sorted) list.sort((a, b) => a.offset - b.offset);
  }
  return { path, machine, sections, symbols };
}

/** Adapter: reads and parses one object file. */
export async function readObject(path: string): Promise<ElfObject> {
  const bytes = await readFile(path);
  return parseElf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}
