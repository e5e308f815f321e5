// old_sympos checked against a symbol table (pure): the running kernel's (`symbols`), else the base full
// build's linked vmlinux and modules. Every klp_func must exist in its object's table, and its position
// comes from there; without a table, the positions counted over a partial build are named unverified.
import type { PatchLists, PatchObject, SymbolFact, SymposCheck, SymposIssue } from '../model.js';
import type { ElfObject } from '../compare/elf.js';
import { kallsymsObjectOf, symposIn, type KallsymsObject } from '../compare/kallsyms.js';

export interface SymposInput {
  /** Symbol tables by kallsyms object name ('vmlinux', 'ext4'), and where they came from. */
  tables?: { source: 'production' | 'build'; byObject: Map<string, KallsymsObject>; files: string[] };
  /** Names each base TU's object defines, in layout order (tells equal names apart in a table): unitLayout. */
  unitLayout: (source: string) => readonly string[];
  /** Base facts, sympos counted over the objects built. */
  baseFacts: SymbolFact[];
  /** The kernel fast path: the build compiled part of each object, so its own counts may miss repeats. */
  partialBuild: boolean;
  /** Every object was built and placed in link order: the build's own counts are whole and ordered. */
  countsInLinkOrder: boolean;
}

export function checkSympos(lists: PatchLists, input: SymposInput): { lists: PatchLists; check: SymposCheck } {
  const issues: SymposIssue[] = [];
  const counts = new Map<string, number>();
  const facts = new Map<string, SymbolFact>();
  for (const f of input.baseFacts) {
    const key = `${f.owner}\0${f.symbol}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    facts.set(`${f.owner}\0${f.source}\0${f.symbol}`, f);
  }
  const tables = input.tables;

  const patch: PatchObject[] = lists.patch.map((obj) => ({
    object: obj.object,
    functions: obj.functions.map((f) => {
      const at = { object: obj.object, symbol: f.symbol, file: f.file, line: f.line };
      const fact = facts.get(`${obj.object}\0${f.file}\0${f.symbol}`);
      if (!tables) {
        // Only a static name can repeat unseen: a global one is unique in its linked object.
        if (input.partialBuild && fact && !fact.global) issues.push({ ...at, kind: 'partial-build', sympos: f.sympos });
        return f;
      }
      const table = tables.byObject.get(kallsymsObjectOf(obj.object));
      if (!table) {
        issues.push({ ...at, kind: 'no-table', sympos: f.sympos });
        return f;
      }
      const count = counts.get(`${obj.object}\0${f.symbol}`) ?? 0;
      const position = input.countsInLinkOrder && count > 0 ? { sympos: f.sympos, count } : undefined;
      const answer = symposIn(table, f.symbol, { source: f.file, order: input.unitLayout(f.file), position });
      if (answer.status === 'missing') {
        issues.push({ ...at, kind: 'missing', sympos: f.sympos, table: table.from });
        return f;
      }
      if (answer.status === 'ambiguous') {
        issues.push({ ...at, kind: 'ambiguous', sympos: f.sympos, count: answer.count, table: table.from });
        return f;
      }
      return { ...f, sympos: answer.sympos };
    }),
  }));

  // Not klp_funcs, but the report and the skeleton name them with a position too: the table's, when it has one.
  const unpatchable = lists.unpatchable.map((u) => {
    const table = tables?.byObject.get(kallsymsObjectOf(u.object));
    const answer = table ? symposIn(table, u.symbol, { source: u.file, order: input.unitLayout(u.file) }) : undefined;
    return answer?.status === 'found' ? { ...u, sympos: answer.sympos } : u;
  });

  const check: SymposCheck = { source: tables?.source ?? 'objects', files: tables?.files ?? [], issues };
  return { lists: { ...lists, patch, unpatchable }, check };
}

/** The names an object defines in the order it lays them out: by section, then address (symbol table order on ties). */
export function unitLayout(elf: ElfObject): string[] {
  return elf.symbols
    .filter((s) => s.sectionIndex > 0 && s.sectionIndex < elf.sections.length && s.name !== '' && s.type !== 'SECTION' && s.type !== 'FILE')
    .sort((a, b) => a.sectionIndex - b.sectionIndex || a.value - b.value || a.index - b.index)
    .map((s) => s.name);
}
