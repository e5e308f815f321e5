// Facts about each function symbol that livepatch cares about: where it lives, whether it is global,
// whether ftrace can hook it, and its position among equal names in the linked object (old_sympos).
//
// How each architecture's kernel (6.1, gcc 12) marks an ftrace entry, checked on cross-gcc output:
//   x86-64   -pg -mfentry: `call __fentry__` first (after endbr64); objtool may add __mcount_loc.
//   arm64    -fpatchable-function-entry=2: two NOPs, recorded in __patchable_function_entries.
//   ppc64le  -pg -mprofile-kernel: `mflr r0; bl _mcount` right after the local entry point (the
//            global entry sets up the TOC first); recordmcount adds __mcount_loc.
//   s390x    -pg -mfentry -mnop-mcount -mrecord-mcount: a 6-byte `jgnop` recorded in __mcount_loc;
//            older compilers -mhotpatch=0,3: the same jgnop with no record at all.
// notrace (no_instrument_function, or patchable_function_entry(0,0) on arm64) leaves all of these out.
import { EM_S390 } from '../architectures.js';
import type { Side, SymbolFact } from '../model.js';
import type { ElfObject, ElfSymbol } from './elf.js';
import { functionAt, functionStartingNear, functionSymbols, isDefinedIn, relocationsIn } from './object-index.js';

const FENTRY_NAMES = new Set(['__fentry__', 'mcount', '__mcount', '_mcount']);
/** The entry call comes after at most endbr64 / mflr r0 / a few bytes of prologue (from the local entry). */
const ENTRY_WINDOW = 16;
/** Sections whose entries point at ftrace call sites: -fpatchable-function-entry and -mrecord-mcount. */
const ENTRY_RECORD_SECTIONS = new Set(['__patchable_function_entries', '__mcount_loc']);
/** -fpatchable-function-entry=M,N puts N nops before the symbol; records then point a little before it. */
const PREFIX_NOP_WINDOW = 64;
/** s390 `brcl 0,0` (jgnop): the -mhotpatch / -mnop-mcount entry. */
const S390_JGNOP = [0xc0, 0x04, 0x00, 0x00, 0x00, 0x00];

export function symbolFacts(obj: ElfObject, side: Side, owner: string, source: string): SymbolFact[] {
  const recorded = entryRecords(obj);
  const hotpatch = obj.machine === EM_S390 && !hasEntryRecords(obj);
  return functionSymbols(obj).map((sym) => ({
    side,
    owner,
    source,
    symbol: sym.name,
    section: obj.sections[sym.sectionIndex].name,
    global: sym.binding === 'GLOBAL' || sym.binding === 'WEAK',
    hasFentry: recorded.has(sym.index) || callsFentryAtEntry(obj, sym) || (hotpatch && startsWithJgnop(obj, sym)),
    sympos: 0,
    size: sym.size,
  }));
}

function callsFentryAtEntry(obj: ElfObject, sym: ElfSymbol): boolean {
  const section = obj.sections[sym.sectionIndex];
  const start = sym.value + sym.localEntry;
  const end = Math.min(start + ENTRY_WINDOW, sym.size > 0 ? sym.value + sym.size : start + ENTRY_WINDOW);
  return relocationsIn(section, sym.value, end).some((r) => FENTRY_NAMES.has(obj.symbols[r.symbol].name));
}

/** s390 hotpatch objects carry no record: the jgnop at the entry is the ftrace site. */
function startsWithJgnop(obj: ElfObject, sym: ElfSymbol): boolean {
  const data = obj.sections[sym.sectionIndex].data;
  return sym.value + S390_JGNOP.length <= data.length && S390_JGNOP.every((b, i) => data[sym.value + i] === b);
}

function hasEntryRecords(obj: ElfObject): boolean {
  return obj.sections.some((s) => ENTRY_RECORD_SECTIONS.has(s.name));
}

/** Indexes of the functions that __patchable_function_entries / __mcount_loc entries point at. */
function entryRecords(obj: ElfObject): Set<number> {
  const out = new Set<number>();
  for (const section of obj.sections) {
    if (!ENTRY_RECORD_SECTIONS.has(section.name)) continue;
    for (const rel of section.relocations) {
      const target = obj.symbols[rel.symbol];
      if (!isDefinedIn(obj, target)) continue;
      const pos = target.value + rel.addend;
      const fn = functionAt(obj, target.sectionIndex, pos) ?? functionStartingNear(obj, target.sectionIndex, pos, PREFIX_NOP_WINDOW);
      if (fn) out.add(fn.index);
    }
  }
  return out;
}

/**
 * Numbers functions whose name occurs more than once in a linked object (per side and owner) 1..n, and
 * leaves unique names at 0. Assumes the facts come in link order (TUs in the order given, symbols in
 * symbol-table order within a TU), which is the order kallsyms sees them for -ffunction-sections code
 * placed by the default linker scripts. Local names are what repeat; a global of the same name counts
 * once at its position (it is in kallsyms too), further globals of that name are weak definitions the
 * linker discards, so they get 0.
 */
export function assignSympos(facts: SymbolFact[]): SymbolFact[] {
  const groups = new Map<string, number[]>();
  const seenGlobal = new Set<string>();
  facts.forEach((f, i) => {
    const key = `${f.side}\u0000${f.owner}\u0000${f.symbol}`;
    if (f.global) {
      if (seenGlobal.has(key)) return;
      seenGlobal.add(key);
    }
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const position = new Map<number, number>();
  for (const list of groups.values()) {
    if (list.length < 2 || list.every((i) => facts[i].global)) continue;
    list.forEach((i, n) => position.set(i, n + 1));
  }
  return facts.map((f, i) => ({ ...f, sympos: position.get(i) ?? 0 }));
}
