// old_sympos follows link order (kallsyms order), not source-path order: real gcc, make and git.
import fs from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/pipeline/gate.js';
import { commitAll, initRepo, tempDir, writeFiles } from '../build/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

test('two static helper in b.c and a.c linked b.o a.o: changing a.c gives sympos 2', async () => {
  const dir = tempDir('lpg-sympos-');
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  const helper = (k: number) => `__attribute__((noinline)) static int helper(int x) { return x * ${k} + 3; }\n`;
  writeFiles(repo, {
    // b.o first on the link line, although a.c sorts first by path.
    Makefile: 'prog: b.o a.o\n\t$(CC) -o prog b.o a.o\n%.o: %.c\n\t$(CC) -O2 -c $< -o $@\n',
    'a.c': `${helper(5)}int fa(int x) { return helper(x); }\n`,
    'b.c': `${helper(7)}int fb(int x) { return helper(x); }\nint fa(int);\nint main(void) { return fa(1) + fb(2); }\n`,
  });
  const base = commitAll(repo, 'base');
  writeFiles(repo, { 'a.c': `${helper(6)}int fa(int x) { return helper(x); }\n` });
  const head = commitAll(repo, 'head');
  const { report } = await runGate({ repo, base, head, workDir: path.join(dir, 'work'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1 });
  expect(report.notAnalysed).toEqual([]);
  const entry = report.patch.flatMap((o) => o.functions).find((f) => f.symbol === 'helper');
  expect(entry).toMatchObject({ file: 'a.c', sympos: 2 });
  // The linked program's own symbol table agrees: b.c's helper comes first.
  expect(report.patch.map((o) => o.object)).toEqual(['prog']);
}, 180_000);
