// What a function's code takes part in beyond its own bytes, read from one object: the special-section
// entries that point into it (jump labels, static calls, exception tables, alternatives, ...), the keys
// those entries name, what its code refers to (calls, sibling calls, addresses taken, data and the
// sections that data lives in), and the object's exports. A live-patch builder must carry each special
// entry with the function or refuse the patch; the hazard rules decide which (src/hazards/rules).
// Pure: parsed objects in, plain facts out.
import type { CodeFact, CodeReference, ExportFact, ReferenceKind, Side } from '../model.js';
import { EM_AARCH64, EM_PPC64, EM_X86_64, SHF_EXECINSTR, type ElfObject, type ElfRelocation, type ElfSection, type ElfSymbol } from './elf.js';
import { symbolRange } from './compare-ranges.js';
import { functionAt, functionSymbols, isDefinedIn, relocationsIn, resolveTarget } from './object-index.js';

/**
 * Sections whose entries point at code and must travel with it (kpatch-build and klp-build both extract
 * them per function). Keyed sections name a static-branch / static-call key after the code address.
 */
export const SPECIAL_SECTIONS = [
  '__jump_table',
  '.static_call_sites',
  '__ex_table',
  '__bug_table',
  '.altinstructions',
  '.parainstructions',
  '.smp_locks',
  '.retpoline_sites',
  '.return_sites',
  '.call_sites',
  '.ibt_endbr_seal',
  '.kcfi_traps',
  '.printk_index',
  '__patchable_function_entries',
  '__mcount_loc',
] as const;
const SPECIAL = new Set<string>(SPECIAL_SECTIONS);
const KEYED = new Set(['__jump_table', '.static_call_sites']);

/** Instrumentation, thunks and the ppc64 TOC base: not calls or data the patch author wrote. */
const PLUMBING = /^(\.TOC\.|__fentry__|mcount|_mcount|__mcount|__x86_return_thunk|__x86_indirect_thunk_\w+|__x86_indirect_call_thunk_\w+|__stack_chk_fail|__sanitizer_cov_\w+)$/;
const MAX_STRINGS = 8;

/** Code facts for the functions of `obj` (all, or the names in `only`). */
export function codeFacts(obj: ElfObject, side: Side, owner: string, source: string, only?: ReadonlySet<string>): CodeFact[] {
  const special = specialEntries(obj);
  return functionSymbols(obj)
    .filter((fn) => !only || only.has(fn.name))
    .map((fn) => ({
      side,
      owner,
      source,
      symbol: fn.name,
      machine: obj.machine,
      special: special.get(fn.index) ?? [],
      ...codeReferences(obj, fn),
    }));
}

// ---------------------------------------------------------------------------------------------
// Special sections: which function each entry points into, and the keys keyed entries name
// ---------------------------------------------------------------------------------------------

type SpecialUse = CodeFact['special'][number];

/** function symbol index → the special sections pointing into it. */
function specialEntries(obj: ElfObject): Map<number, SpecialUse[]> {
  const out = new Map<number, SpecialUse[]>();
  const useOf = (fn: ElfSymbol, section: string): SpecialUse => {
    const list = out.get(fn.index) ?? [];
    out.set(fn.index, list);
    let use = list.find((u) => u.section === section);
    if (!use) list.push((use = { section, references: 0, keys: [] }));
    return use;
  };
  for (const section of obj.sections) {
    if (!SPECIAL.has(section.name)) continue;
    // Entries list the code address first and the key after it (x86-64, arm64, ppc64, s390 alike):
    // a key belongs to the function of the nearest code reference before it.
    let last: SpecialUse | null = null;
    for (const rel of section.relocations) {
      const fn = codeTargetOf(obj, rel);
      if (fn) {
        last = useOf(fn, section.name);
        last.references++;
        continue;
      }
      if (!last || !KEYED.has(section.name)) continue;
      const key = obj.symbols[rel.symbol];
      const t = resolveTarget(obj, section, rel, false);
      const name = t.kind === 'symbol' ? t.name : key.name;
      if (last.keys.some((k) => k.name === name)) continue;
      last.keys.push(isDefinedIn(obj, key) ? { name, section: obj.sections[key.sectionIndex].name } : { name });
    }
  }
  return out;
}

/** The function a data relocation points into, when it points at code defined in this object. */
function codeTargetOf(obj: ElfObject, rel: ElfRelocation): ElfSymbol | null {
  const sym = obj.symbols[rel.symbol];
  if (!isDefinedIn(obj, sym)) return null;
  const target = obj.sections[sym.sectionIndex];
  if ((target.flags & SHF_EXECINSTR) === 0) return null;
  // Data relocations carry no PC bias: symbol value + addend is the position.
  return functionAt(obj, target.index, sym.value + rel.addend);
}

// ---------------------------------------------------------------------------------------------
// References from a function's code
// ---------------------------------------------------------------------------------------------

function codeReferences(obj: ElfObject, fn: ElfSymbol): { references: CodeReference[]; strings: string[] } {
  const range = symbolRange(obj, fn);
  const seen = new Map<string, CodeReference>();
  const strings: string[] = [];
  for (const rel of relocationsIn(range.section, range.start, range.end)) {
    const t = resolveTarget(obj, range.section, rel, false);
    if (t.kind === 'string') {
      if (strings.length < MAX_STRINGS && !strings.includes(t.text)) strings.push(t.text);
      continue;
    }
    if (t.kind !== 'symbol' || t.name === fn.name || PLUMBING.test(t.name)) continue;
    const sym = symbolNamed(obj, rel, t.name);
    const kind = instructionKind(obj, range.section, rel);
    const key = `${t.name}\0${kind}`;
    if (seen.has(key)) continue;
    seen.set(key, {
      name: t.name,
      kind,
      type: sym?.type ?? 'NOTYPE',
      ...(sym && isDefinedIn(obj, sym) ? { section: obj.sections[sym.sectionIndex].name } : {}),
    });
  }
  return { references: [...seen.values()], strings };
}

/** The symbol a resolved name came from: the relocation's own, or the one covering its position. */
function symbolNamed(obj: ElfObject, rel: ElfRelocation, name: string): ElfSymbol | undefined {
  const own = obj.symbols[rel.symbol];
  return own.name === name ? own : definedByName(obj).get(name);
}

const definedNames = new WeakMap<ElfObject, Map<string, ElfSymbol>>();

function definedByName(obj: ElfObject): Map<string, ElfSymbol> {
  let map = definedNames.get(obj);
  if (!map) {
    map = new Map();
    for (const s of obj.symbols) if ((s.type === 'FUNC' || s.type === 'OBJECT' || s.type === 'TLS') && isDefinedIn(obj, s) && !map.has(s.name)) map.set(s.name, s);
    definedNames.set(obj, map);
  }
  return map;
}

/**
 * Call, sibling (tail) call, or any other reference, from the instruction the relocation sits in.
 * x86-64: e8 rel32 is a call, e9 rel32 and 0f 8x rel32 are jumps; ppc64: `b` (LK = 0) vs `bl`;
 * arm64: JUMP26 vs CALL26. Anything else (lea, mov, data) takes the target's address or reads it.
 */
export function instructionKind(obj: ElfObject, section: ElfSection, rel: ElfRelocation): ReferenceKind {
  const d = section.data;
  if (obj.machine === EM_X86_64 && (rel.type === 2 || rel.type === 4) && rel.offset >= 1) {
    const op = d[rel.offset - 1];
    if (op === 0xe8) return 'call';
    if (op === 0xe9) return 'tail-call';
    if (rel.offset >= 2 && d[rel.offset - 2] === 0x0f && (op & 0xf0) === 0x80) return 'tail-call';
    return 'address';
  }
  if (obj.machine === EM_PPC64 && rel.type === 10 /* R_PPC64_REL24 */ && rel.offset + 4 <= d.length) {
    const word = d[rel.offset] | (d[rel.offset + 1] << 8) | (d[rel.offset + 2] << 16) | (d[rel.offset + 3] << 24);
    return (word & 1) === 1 ? 'call' : 'tail-call';
  }
  if (obj.machine === EM_AARCH64) {
    if (rel.type === 283 /* CALL26 */) return 'call';
    if (rel.type === 282 /* JUMP26 */) return 'tail-call';
  }
  return 'address';
}

// ---------------------------------------------------------------------------------------------
// Exports (Linux 6.1: one ___ksymtab<license>+<sym> section per export, namespace in __kstrtabns_<sym>)
// ---------------------------------------------------------------------------------------------

export function exportFacts(obj: ElfObject, side: Side, owner: string, source: string, crcs: ReadonlyMap<string, string> = new Map()): ExportFact[] {
  const out: ExportFact[] = [];
  for (const section of obj.sections) {
    const m = /^___ksymtab(_gpl|_unused|_unused_gpl)?\+(.+)$/.exec(section.name);
    if (!m) continue;
    const symbol = m[2];
    const crc = crcs.get(symbol);
    out.push({ side, owner, source, symbol, license: m[1] ?? '', namespace: namespaceOf(obj, symbol), ...(crc ? { crc } : {}) });
  }
  return out;
}

function namespaceOf(obj: ElfObject, symbol: string): string {
  const label = obj.symbols.find((s) => s.name === `__kstrtabns_${symbol}` && isDefinedIn(obj, s));
  if (!label) return '';
  const data = obj.sections[label.sectionIndex].data;
  let end = data.indexOf(0, label.value);
  if (end < 0) end = data.length;
  return Buffer.from(data.buffer, data.byteOffset + label.value, end - label.value).toString('latin1');
}

/** Modversions CRCs genksyms appended to a Kbuild `.o.cmd` file (Linux 5.19+: `#SYMVER name 0xcrc`). */
export function symversCrcs(cmdText: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of cmdText.matchAll(/^#SYMVER (\S+) (0x[0-9a-fA-F]+)$/gm)) out.set(m[1], m[2].toLowerCase());
  return out;
}
