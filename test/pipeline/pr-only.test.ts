// The PR is only its own change, with real git, make and gcc: the base branch moved on after the PR
// branched; comparing against the merge-base (or the merge commit's first parent) must list only the
// PR's function, never the base branch's later ones.
import fs from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/pipeline/gate.js';
import { commitAll, initRepo, sh, tempDir, writeFiles } from '../compile/helpers.js';

const MAKEFILE = 'prog: a.o b.o\n\t$(CC) -o prog a.o b.o\n%.o: %.c\n\t$(CC) -O2 -c $< -o $@\n';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test('a base branch that moved on: only the PR change, through the merge-base and through the merge commit', async () => {
  const dir = tempDir('lpg-pronly-');
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, { Makefile: MAKEFILE, 'a.c': 'int pr_fn(int x) { return x + 1; }\n', 'b.c': 'int base_fn(int x) { return x * 2; }\nint main(void) { return base_fn(1); }\n' });
  commitAll(repo, 'fork point');
  sh(repo, ['git', 'checkout', '-q', '-b', 'feature']);
  writeFiles(repo, { 'a.c': 'int pr_fn(int x) { return x + 7; }\n' });
  const prHead = commitAll(repo, 'the PR');
  sh(repo, ['git', 'checkout', '-q', 'main']);
  writeFiles(repo, { 'b.c': 'int base_fn(int x) { return x * 3; }\nint main(void) { return base_fn(1); }\n' });
  const baseTip = commitAll(repo, 'the base branch moves on');
  // What GitHub's refs/pull/N/merge is: the PR merged into the base tip.
  sh(repo, ['git', 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature']);
  const merge = sh(repo, ['git', 'rev-parse', 'HEAD']).trim();

  const opts = { repo, workDir: path.join(dir, 'work'), kind: 'command' as const, buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1 };
  const changed = (r: Awaited<ReturnType<typeof runGate>>) => r.report.changes.functions.map((f) => f.name).sort();

  // Naive base.sha..head.sha: the base branch's base_fn change shows up, reversed, as the PR's.
  const naive = await runGate({ ...opts, base: baseTip, head: prHead });
  expect(changed(naive)).toEqual(['base_fn', 'pr_fn']);

  const viaMergeBase = await runGate({ ...opts, base: baseTip, head: prHead, mergeBase: true, comparison: 'merge-base test' });
  expect(changed(viaMergeBase)).toEqual(['pr_fn']);
  expect(viaMergeBase.report.base).toBe(sh(repo, ['git', 'merge-base', baseTip, prHead]).trim());
  expect(viaMergeBase.report.comparison).toBe('merge-base test');

  const viaMerge = await runGate({ ...opts, base: `${merge}^1`, head: merge });
  expect(changed(viaMerge)).toEqual(['pr_fn']);
  expect(viaMerge.report.base).toBe(baseTip);
  expect(viaMerge.report.patch.flatMap((o) => o.functions.map((f) => f.symbol))).toEqual(['pr_fn']);
}, 300_000);
