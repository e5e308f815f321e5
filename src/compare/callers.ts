// Who refers to a symbol, from the relocations of one object: the functions whose code calls it, jumps
// to it or takes its address, and the data (ops tables, callback arrays, export tables) that holds its
// address. Callers of a clone whose ABI vanished at head, and referrers of a function livepatch cannot
// redirect, are found here.
import { SHF_ALLOC, SHF_EXECINSTR, SHN_UNDEF, type ElfObject } from './elf.js';
import { functionSymbols, relocationsIn, resolveTarget, symbolAt } from './object-index.js';
import { codeReferenceKind } from './relocation-types.js';
import { normaliseName } from './symbol-names.js';
import { symbolRange } from './compare-ranges.js';

/** How a referrer reaches a symbol: from code (a call, a jump, its address taken) or from data. */
export type ReferenceKind = 'call' | 'jump' | 'address' | 'data';

export interface Reference {
  /** The function (for code) or data object holding the reference; a section name when no symbol covers it. */
  from: string;
  kind: ReferenceKind;
  /** Section the reference sits in: '.text.udp_sendmsg', '.rodata', '.data.rel.ro.local'. */
  section: string;
}

/**
 * Allocated sections whose relocations describe code rather than hold program data: ftrace and unwind
 * records, objtool annotations, alternatives and exception tables. Their entries point at (or into)
 * functions without being a way to reach them.
 */
const METADATA_SECTIONS = [
  '.eh_frame',
  '__mcount_loc',
  '__patchable_function_entries',
  '.orc_unwind',
  '.orc_unwind_ip',
  '.ibt_endbr_seal',
  '.retpoline_sites',
  '.return_sites',
  '.call_sites',
  '.static_call_sites',
  '__jump_table',
  '.altinstructions',
  '.parainstructions',
  '__ex_table',
  '__bug_table',
  '.smp_locks',
  '.kcfi_traps',
  '.discard',
  '.note',
];

function isProgramData(flags: number, name: string): boolean {
  if ((flags & SHF_ALLOC) === 0 || (flags & SHF_EXECINSTR) !== 0) return false;
  return !METADATA_SECTIONS.some((m) => name === m || name.startsWith(`${m}.`));
}

const referenceIndexes = new WeakMap<ElfObject, Map<string, Reference[]>>();

/** target symbol name → references to it (functions in symbol-table order, then data), one per (from, kind). */
export function referencesByTarget(obj: ElfObject): Map<string, Reference[]> {
  const cached = referenceIndexes.get(obj);
  if (cached) return cached;
  const built = new Map<string, Reference[]>();
  const add = (target: string, ref: Reference) => {
    const list = built.get(target);
    if (!list) built.set(target, [ref]);
    else if (!list.some((r) => r.from === ref.from && r.kind === ref.kind)) list.push(ref);
  };
  for (const fn of functionSymbols(obj)) {
    const range = symbolRange(obj, fn);
    for (const rel of relocationsIn(range.section, range.start, range.end)) {
      const t = resolveTarget(obj, range.section, rel, false);
      if (t.kind !== 'symbol' || t.name === fn.name) continue;
      add(t.name, { from: fn.name, kind: codeReferenceKind(obj.machine, rel.type, range.section.data, rel.offset), section: range.section.name });
    }
  }
  for (const section of obj.sections) {
    if (section.relocations.length === 0 || !isProgramData(section.flags, section.name)) continue;
    for (const rel of section.relocations) {
      const t = resolveTarget(obj, section, rel, false);
      if (t.kind !== 'symbol') continue;
      const holder = symbolAt(obj, section.index, rel.offset, 'OBJECT');
      add(t.name, { from: holder?.name ?? section.name, kind: 'data', section: section.name });
    }
  }
  referenceIndexes.set(obj, built);
  return built;
}

/** Every reference to `symbol` in this object (code and data). */
export function referencesTo(obj: ElfObject, symbol: string): Reference[] {
  return [...(referencesByTarget(obj).get(symbol) ?? [])];
}

const importIndexes = new WeakMap<ElfObject, Set<string>>();

/** Whether this object refers to `symbol` as an undefined (external) symbol: it links against a global of that name. */
export function importsSymbol(obj: ElfObject, symbol: string): boolean {
  let names = importIndexes.get(obj);
  if (!names) {
    names = new Set(obj.symbols.filter((s, i) => i > 0 && s.sectionIndex === SHN_UNDEF && s.name !== '').map((s) => s.name));
    importIndexes.set(obj, names);
  }
  return names.has(symbol);
}

/**
 * Functions whose code refers to `symbol` (calls, jumps, address taken; section-relative references
 * included). With `anyNumbering`, foo.isra.0 also matches foo.isra.2 (same clone kind, other number).
 */
export function callersOf(obj: ElfObject, symbol: string, opts: { anyNumbering?: boolean } = {}): string[] {
  const fromCode = (refs: Reference[] | undefined) => (refs ?? []).filter((r) => r.kind !== 'data').map((r) => r.from);
  const index = referencesByTarget(obj);
  if (!opts.anyNumbering) return [...new Set(fromCode(index.get(symbol)))];
  const wanted = normaliseName(symbol);
  const out = new Set<string>();
  for (const [target, refs] of index) {
    if (normaliseName(target) === wanted) for (const c of fromCode(refs)) if (c !== symbol) out.add(c);
  }
  return [...out];
}
