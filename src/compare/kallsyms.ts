// old_sympos as the running kernel counts it, from a symbol table (pure). livepatch resolves a klp_func
// with klp_find_object_symbol (kernel/livepatch/core.c): it walks the object's kallsyms entries and
// counts every entry of that name, of any type; sympos N picks the Nth, 0 requires exactly one.
// The order it walks (Linux 6.1):
//   vmlinux  kallsyms_on_each_symbol: the table scripts/kallsyms made from `nm -n` and sorted by address
//            (System.map is that same `nm -n` list; /proc/kallsyms prints the table as is);
//   modules  module_kallsyms_on_each_symbol: the .ko's own symbol table order, its core symbols only
//            (is_core_symbol: defined, named, in an allocated section that is not .init*).
// Which of several equal names is the one the patch means is decided by its translation unit: in an ELF
// file by the FILE symbol grouping its locals, in a text listing by the TU's other symbols around it.
import type { ElfObject } from './elf.js';
import { ElfError, ET_REL, parseElf, SHF_ALLOC, SHN_LORESERVE, SHN_UNDEF, SHT_SYMTAB } from './elf.js';

/** One object's kallsyms entries, in the order livepatch counts them. */
export interface KallsymsObject {
  /** 'vmlinux' (or, outside the kernel, the linked program), or a module's name ('ext4', 'nf_conntrack'). */
  object: string;
  names: string[];
  /** Per entry, the translation unit it belongs to (index into unitFiles) when the table says so; -1 unknown. */
  units?: Int32Array;
  /** Per unit, its FILE symbol's name (the source's base name, as the compiler wrote it). */
  unitFiles?: string[];
  /** The file and format it came from, for messages: 'System.map', '/proc/kallsyms dump', 'ELF vmlinux'. */
  from: string;
}

/** A symbol file that is empty, garbled, or not a kind this reader knows; the message names the file. */
export class SymbolFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`symbols ${file}: ${reason}`);
    this.name = 'SymbolFileError';
  }
}

/** The name the main object (vmlinux, or a program) is known by in a symbol table. */
export const MAIN_OBJECT = 'vmlinux';

/** The module name livepatch expects: 'fs/ext4/ext4.ko' → 'ext4' (Kbuild turns '-' into '_'); null for vmlinux. */
export function klpObjectName(object: string): string | null {
  if (object === 'vmlinux') return null;
  const base = object.split('/').pop() ?? object;
  return base.replace(/\.ko$/, '').replace(/-/g, '_');
}

/** The table an owner of the patch list ('vmlinux', 'fs/ext4/ext4.ko', a program) is looked up in. */
export function kallsymsObjectOf(owner: string): string {
  return owner.endsWith('.ko') ? (klpObjectName(owner) as string) : MAIN_OBJECT;
}

/** Reads a System.map, a /proc/kallsyms dump, or an ELF vmlinux / program / .ko, told apart by content. */
export function readSymbolTable(bytes: Uint8Array, file: string): KallsymsObject[] {
  if (bytes.length === 0) throw new SymbolFileError(file, 'empty file (expected a System.map, a /proc/kallsyms dump, or an ELF vmlinux or .ko)');
  if (bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) {
    let elf: ElfObject;
    try {
      elf = parseElf(bytes, file, { linked: true });
    } catch (e) {
      // Only the reader's own verdict on the bytes: anything else is a bug to see, not a bad file.
      if (!(e instanceof ElfError)) throw e;
      throw new SymbolFileError(file, e.message.replace(`${file}: `, ''));
    }
    return [kallsymsFromElf(elf, file)];
  }
  if (bytes.length > MAX_LISTING_BYTES) {
    throw new SymbolFileError(file, `${bytes.length} bytes is not a System.map or /proc/kallsyms dump (those are tens of MB; this reader takes up to ${MAX_LISTING_BYTES / 2 ** 20} MiB) nor an ELF file`);
  }
  return parseSymbolListing(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), file);
}

/**
 * A text listing is decoded whole and split into lines (several times its size in memory); an allmodconfig
 * /proc/kallsyms is about 20 MB. Past this it is not a listing, and past V8's longest string (~512 MiB) the
 * decode itself would fail with an error that names no file.
 */
export const MAX_LISTING_BYTES = 256 * 2 ** 20;

/** `ffffffff81000000 T _text` (System.map, `nm -n`) or `… t helper\t[ext4]` (/proc/kallsyms, modules tagged). */
const LISTING_LINE = /^([0-9a-fA-F]+) ([A-Za-z?-]) (\S+)(?:\s+\[(\S+)\])?$/;
/** Undefined symbols in plain `nm` output (no address): in no symbol table of the object, so skipped. */
const UNDEFINED_LINE = /^\s+[Uwv] \S+$/;

export function parseSymbolListing(text: string, file: string): KallsymsObject[] {
  const byObject = new Map<string, string[]>();
  let tagged = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '' || UNDEFINED_LINE.test(line)) continue;
    const m = LISTING_LINE.exec(line);
    if (!m) {
      const shown = JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line);
      throw new SymbolFileError(file, `line ${i + 1} is not 'ADDRESS TYPE NAME [module]' (System.map or /proc/kallsyms): ${shown}`);
    }
    const object = m[4] ?? MAIN_OBJECT;
    if (m[4]) tagged = true;
    // scripts/kallsyms drops absolute symbols (System.map keeps global ones such as text_size).
    if (m[2] === 'A' || m[2] === 'a') continue;
    let names = byObject.get(object);
    if (!names) byObject.set(object, (names = []));
    names.push(m[3]);
  }
  if (byObject.size === 0) throw new SymbolFileError(file, 'no symbols in it (only empty lines)');
  const from = `${file} (${tagged ? '/proc/kallsyms dump' : 'System.map'})`;
  return [...byObject].map(([object, names]) => ({ object, names, from }));
}

/** What mksysmap drops from `nm -n` before scripts/kallsyms sees it (besides undefined and absolute symbols). */
const NOT_IN_KALLSYMS = /^(\$|\.L|__crc_|__kstrtab_|__kstrtabns_)/;

/** An ELF vmlinux / program (address order) or a kernel module (its symbol table order, core symbols). */
export function kallsymsFromElf(elf: ElfObject, file: string): KallsymsObject {
  const isModule = elf.fileType === ET_REL;
  const object = isModule ? moduleName(elf) : MAIN_OBJECT;
  if (object === null) {
    throw new SymbolFileError(file, 'an ELF object without a .modinfo name= is not a kernel module: give a .ko, a linked vmlinux, a System.map or a /proc/kallsyms dump');
  }
  const address = exactAddresses(elf);
  const kept: { name: string; value: bigint; unit: number }[] = [];
  const unitFiles: string[] = [];
  let unit = -1;
  for (const sym of elf.symbols) {
    if (sym.type === 'FILE') unit = unitFiles.push(sym.name) - 1;
    if (sym.index === 0 || sym.type === 'FILE' || sym.type === 'SECTION' || sym.name === '') continue;
    if (sym.sectionIndex === SHN_UNDEF || sym.sectionIndex >= SHN_LORESERVE) continue;
    const section = elf.sections[sym.sectionIndex];
    if (!(section.flags & SHF_ALLOC)) continue;
    if (isModule ? section.name.startsWith('.init') : NOT_IN_KALLSYMS.test(sym.name)) continue;
    // Globals follow every FILE group in the table: they belong to no known TU.
    kept.push({ name: sym.name, value: address(sym.index), unit: sym.binding === 'LOCAL' ? unit : -1 });
  }
  if (kept.length === 0) throw new SymbolFileError(file, 'no symbol table (a stripped image?): give the unstripped vmlinux / .ko, or its System.map');
  // By address; equal addresses by name as `nm -n` has them (only entries of one name count, and those
  // at one address are one function to livepatch, so ties never change a position).
  if (!isModule) kept.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const kind = isModule ? `ELF module ${object}` : elf.fileType === 2 ? 'ELF executable' : 'ELF shared object';
  return { object, names: kept.map((k) => k.name), units: Int32Array.from(kept, (k) => k.unit), unitFiles, from: `${file} (${kind})` };
}

/**
 * st_value of each symbol, exact: kernel addresses (0xffffffff8...) are past 2^53, where ElfSymbol.value
 * (a number) rounds to 2 KiB steps, and the order within those steps is what counts here.
 */
function exactAddresses(elf: ElfObject): (index: number) => bigint {
  const symtab = elf.sections.find((s) => s.type === SHT_SYMTAB);
  if (!symtab) return () => 0n;
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  return (index) => view.getBigUint64(index * 24 + 8, !elf.bigEndian);
}

/** The module's name as the kernel knows it: `.modinfo` `name=` (KBUILD_MODNAME, written by modpost). */
function moduleName(elf: ElfObject): string | null {
  const modinfo = elf.sections.find((s) => s.name === '.modinfo');
  if (!modinfo) return null;
  for (const entry of Buffer.from(modinfo.data).toString('latin1').split('\0')) if (entry.startsWith('name=')) return entry.slice(5);
  return null;
}

/** Several files make one table per object; two files for one object are a mistake worth stopping for. */
export function mergeSymbolTables(tables: KallsymsObject[]): Map<string, KallsymsObject> {
  const out = new Map<string, KallsymsObject>();
  for (const t of tables) {
    const seen = out.get(t.object);
    if (seen) throw new SymbolFileError(t.from, `a second symbol table for ${t.object} (the first is ${seen.from}): give one per object`);
    out.set(t.object, t);
  }
  return out;
}

/** Where one function of the patch list is in its object's table. */
export type SymposAnswer =
  | { status: 'found'; sympos: number; count: number }
  | { status: 'missing' }
  /** Several entries of that name and nothing tells which is this TU's. */
  | { status: 'ambiguous'; count: number };

/** What is known of the function's translation unit, to tell equal names apart. */
export interface UnitHint {
  /** The TU's source path. */
  source: string;
  /** Symbol names the TU's base object defines, in the order it lays them out (section, then address). */
  order: readonly string[];
  /** Its place among the equal names, counted by the build that saw every object linked (link order). */
  position?: { sympos: number; count: number };
}

export function symposIn(table: KallsymsObject, symbol: string, unit: UnitHint): SymposAnswer {
  const at: number[] = [];
  table.names.forEach((n, i) => {
    if (n === symbol) at.push(i);
  });
  if (at.length === 0) return { status: 'missing' };
  const place = new Map(unit.order.map((n, i) => [n, i]));
  const inUnit = unitCounts(table, place);
  const scores = at.map((i) => unitScore(table, i, symbol, unit.source, place, inUnit));
  // A loop, not Math.max(...scores): a table may hold any number of one name (a garbled file 10^5 and
  // more), past what a spread call's arguments can hold (RangeError).
  const best = scores.reduce((a, b) => (b > a ? b : a), 0);
  const unique = best > 0 && scores.filter((s) => s === best).length === 1;
  // One entry is this TU's unless the build saw more of that name than the table has (then it must look like it).
  if (at.length === 1 && (!unit.position || unit.position.count <= 1 || unique)) return { status: 'found', sympos: 0, count: 1 };
  if (unique) return { status: 'found', sympos: at.length === 1 ? 0 : scores.indexOf(best) + 1, count: at.length };
  // The TU's neighbours say nothing: the build's own count holds only if it saw the same number.
  if (unit.position && unit.position.count === at.length) return { status: 'found', sympos: unit.position.sympos, count: at.length };
  return { status: 'ambiguous', count: at.length };
}

/**
 * How much the entry at `i` looks like the TU's. In an ELF file: its FILE symbol names the TU's source,
 * and how many of the TU's names that FILE group defines. In any order where one TU's entries are
 * contiguous: how many entries next to it are the TU's names that the TU lays out on that side of it
 * (a neighbouring TU's last function sits on the wrong side).
 */
function unitScore(table: KallsymsObject, i: number, symbol: string, source: string, place: ReadonlyMap<string, number>, inUnit: ReadonlyMap<number, number>): number {
  let n = 0;
  const units = table.units;
  if (units && units[i] >= 0) {
    if (table.unitFiles?.[units[i]] === (source.split('/').pop() ?? source)) n++;
    // The TU's names in that FILE group, but for the entry itself.
    n += (inUnit.get(units[i]) ?? 0) - (place.has(symbol) ? 1 : 0);
  }
  // A neighbour counts only if its name is unique in the table: another TU with the same statics
  // (net/ipv4/udp.c and net/ipv6/udp.c) would look like this one.
  const unique = uniqueNames(table);
  const own = place.get(symbol) ?? -1;
  for (let j = i - 1; j >= 0 && table.names[j] !== symbol && (place.get(table.names[j]) ?? Infinity) < own; j--) if (unique.has(table.names[j])) n++;
  for (let j = i + 1; j < table.names.length && table.names[j] !== symbol && (place.get(table.names[j]) ?? -1) > own; j++) if (unique.has(table.names[j])) n++;
  return n;
}

/** Per FILE group, how many of its entries are names the TU defines: one pass, not one per equal name (a table of 10^5 equal names would be quadratic). */
function unitCounts(table: KallsymsObject, place: ReadonlyMap<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  const units = table.units;
  if (units) for (let j = 0; j < table.names.length; j++) if (units[j] >= 0 && place.has(table.names[j])) counts.set(units[j], (counts.get(units[j]) ?? 0) + 1);
  return counts;
}

const uniqueNamesOf = new WeakMap<KallsymsObject, Set<string>>();

function uniqueNames(table: KallsymsObject): Set<string> {
  let unique = uniqueNamesOf.get(table);
  if (!unique) {
    const seen = new Set<string>();
    unique = new Set<string>();
    for (const n of table.names) {
      if (seen.has(n)) unique.delete(n);
      else {
        seen.add(n);
        unique.add(n);
      }
    }
    uniqueNamesOf.set(table, unique);
  }
  return unique;
}
