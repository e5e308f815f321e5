// checkSympos (pure) and the two rules it feeds: the partial-build and no-table cases, which need a
// kernel fast path or a module the symbols do not cover (the real-gcc cases are in sympos.test.ts).
import { detectHazards } from '../../src/hazards/catalogue.js';
import { checkSympos } from '../../src/pipeline/sympos.js';
import type { PatchLists } from '../../src/model.js';
import { analysisWith, fact, patchFunction } from '../hazards/analysis-fixture.js';

const lists = (): PatchLists => ({
  patch: [
    { object: 'vmlinux', functions: [patchFunction('helper', 'kernel/a.c', { sympos: 1 }), patchFunction('do_fork', 'kernel/fork.c')] },
    { object: 'fs/ext4/ext4.ko', functions: [patchFunction('ext4_helper', 'fs/ext4/super.c')] },
  ],
  newFunctions: [],
  vanished: [],
  notNeeded: [],
  unpatchable: [],
});
const baseFacts = [fact('helper', 'kernel/a.c', { sympos: 1 }), fact('helper', 'kernel/b.c', { sympos: 2 }), fact('do_fork', 'kernel/fork.c', { global: true }), fact('ext4_helper', 'fs/ext4/super.c', { owner: 'fs/ext4/ext4.ko' })];

test('kernel fast path without symbols: each static klp_func\'s position is an unverified warning (globals are unique)', () => {
  const { check, lists: out } = checkSympos(lists(), { unitLayout: () => [], baseFacts, partialBuild: true, countsInLinkOrder: false });
  expect(out).toEqual(lists());
  expect(check.issues.map((i) => [i.kind, i.object, i.symbol])).toEqual([
    ['partial-build', 'vmlinux', 'helper'],
    ['partial-build', 'fs/ext4/ext4.ko', 'ext4_helper'],
  ]);
  const findings = detectHazards(analysisWith({ ...out, sympos: check })).filter((f) => f.ruleId === 'sympos-unverified');
  expect(findings.map((f) => [f.severity, f.symbol])).toEqual([['warning', 'ext4_helper'], ['warning', 'helper']]);
  expect(findings.find((f) => f.symbol === 'helper')?.message).toMatch(/old_sympos 1 of static 'helper' in vmlinux is counted over the objects this partial build compiled.*--symbols/);
});

test('symbols without the module: its klp_funcs are unverified, vmlinux ones checked', () => {
  const byObject = new Map([['vmlinux', { object: 'vmlinux', names: ['do_fork', 'x', 'helper', 'helper'], from: 'System.map (System.map)' }]]);
  const { check, lists: out } = checkSympos(lists(), {
    tables: { source: 'production', byObject, files: ['System.map'] },
    unitLayout: () => [],
    baseFacts,
    partialBuild: true,
    countsInLinkOrder: false,
  });
  expect(check.issues.map((i) => [i.kind, i.symbol, i.count])).toEqual([
    ['ambiguous', 'helper', 2],
    ['no-table', 'ext4_helper', undefined],
  ]);
  const findings = detectHazards(analysisWith({ ...out, sympos: check })).filter((f) => f.ruleId === 'sympos-unverified');
  expect(findings.map((f) => [f.severity, f.symbol])).toEqual([['warning', 'ext4_helper'], ['error', 'helper']]);
  expect(findings.find((f) => f.symbol === 'ext4_helper')?.message).toMatch(/no table for fs\/ext4\/ext4.ko/);
});
