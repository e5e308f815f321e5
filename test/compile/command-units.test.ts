// unitsFromRuns on wrapper logs as real builds write them: sources keyed by full path, link order,
// one-step compile+link and deleted objects as gaps.
import { unitsFromRuns } from '../../src/compile/command-units.js';

const src = '/w/src';
const cc = (...args: string[]) => ({ cwd: src, argv: ['gcc', ...args, '-fdump-ipa-clones'] });

test('a/util.c and b/util.c stay two units with two owners; link order is recorded', () => {
  const runs = [cc('-c', 'a/util.c', '-o', 'a/util.o'), cc('-c', 'b/util.c', '-o', 'b/util.o'), cc('-c', 'm.c', '-o', 'm.o'), cc('-o', 'prog', 'm.o', 'b/util.o')];
  const { units, gaps } = unitsFromRuns({ runs, sourceDir: src, exists: () => true });
  expect(units.map((u) => [u.source, u.owner, u.linkOrder])).toEqual([
    ['a/util.c', 'a/util.o', undefined],
    ['b/util.c', 'prog', 1],
    ['m.c', 'prog', 0],
  ]);
  expect(gaps).toEqual([]);
});

test('one-step compile+link and an object deleted by this build are gaps, not units', () => {
  const runs = [cc('one.c', '-o', 'one'), cc('-c', 'tmp.c', '-o', 'tmp.o')];
  const { units, gaps } = unitsFromRuns({ runs, sourceDir: src, exists: (p) => !p.endsWith('tmp.o') });
  expect(units).toEqual([]);
  expect(gaps.map((g) => g.source)).toEqual(['one.c', 'tmp.c']);
  expect(gaps[0].reason).toContain('in one step');
  expect(gaps[1].reason).toContain('no longer exists after the build');
  // An object gone that an earlier build compiled is only stale, not a gap of this build.
  expect(unitsFromRuns({ runs, sourceDir: src, exists: (p) => !p.endsWith('tmp.o'), currentFrom: 2 }).gaps.map((g) => g.source)).toEqual(['one.c']);
});
