import type { Analysis, Finding, SymposIssue } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'sympos-unverified',
  severity: 'warning',
  title: 'old_sympos not checked against the running kernel',
  why:
    'A static name can occur more than once in vmlinux or a module, and livepatch picks the entry by its ' +
    'position (old_sympos). A position counted over only the objects a partial build compiled, or one the ' +
    'symbol table cannot confirm, may select another function of the same name (error when the table has ' +
    'several and none can be told to be this one).',
  advice:
    'Pass the running kernel\'s System.map, a /proc/kallsyms dump, or its vmlinux and .ko files as symbols ' +
    '(--symbols FILE), or analyse with full-build.',
});

const WHY: Record<Exclude<SymposIssue['kind'], 'missing'>, (i: SymposIssue) => string> = {
  'partial-build': (i) =>
    `old_sympos ${i.sympos} of static '${i.symbol}' in ${i.object} is counted over the objects this partial build compiled; ` +
    `the rest of ${i.object} may hold more '${i.symbol}'. Pass the running kernel's symbols (symbols / --symbols) or use full-build.`,
  'no-table': (i) =>
    `the symbols given have no table for ${i.object}: old_sympos ${i.sympos} of '${i.symbol}' is unverified. ` +
    `Add its .ko, or a /proc/kallsyms dump taken with it loaded.`,
  ambiguous: (i) =>
    `'${i.symbol}' occurs ${i.count} times in ${i.object} (${i.table}) and nothing there tells which one is ${i.file}'s: ` +
    `give the ELF vmlinux / .ko as symbols (its FILE symbols tell), or find it (its neighbours in /proc/kallsyms are the other functions of ${i.file}) and set .old_sympos by hand.`,
};

export function detect(analysis: Analysis): Finding[] {
  return (analysis.sympos?.issues ?? []).flatMap((i) =>
    i.kind === 'missing'
      ? []
      : [{
          ruleId: meta.id,
          severity: i.kind === 'ambiguous' ? ('error' as const) : meta.severity,
          message: WHY[i.kind](i),
          file: i.file,
          line: i.line,
          symbol: i.symbol,
          object: i.object,
        }],
  );
}
