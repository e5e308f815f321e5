// Fail closed, with real gcc, make and git: every way the build can leave a changed function uncompiled
// or uncomparable gives verdict 'error' naming the function and what to do — never a pass.
import fs from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/pipeline/gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { commitAll, initRepo, tempDir, writeFiles } from '../compile/helpers.js';

const A_BASE = 'int helper(int x) { return x + 1; }\nint main(void) { return helper(1); }\n';
const A_HEAD = 'int helper(int x) { return x + 2; }\nint main(void) { return helper(1); }\n';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A two-commit repository whose only change is helper() in a.c, built by `makefile`. */
function project(makefile: string): { repo: string; work: string; base: string; head: string } {
  const dir = tempDir('lpg-failclosed-');
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, { 'a.c': A_BASE, Makefile: makefile });
  const base = commitAll(repo, 'base');
  writeFiles(repo, { 'a.c': A_HEAD });
  const head = commitAll(repo, 'head');
  return { repo, work: path.join(dir, 'work'), base, head };
}

function gate(p: ReturnType<typeof project>) {
  return runGate({ repo: p.repo, base: p.base, head: p.head, workDir: p.work, kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1 });
}

const mk = (...lines: string[]) => lines.join('\n') + '\n';

describe('fail closed', () => {
  test('a Makefile that calls gcc directly (bypassing $(CC)): error naming helper and saying to honour $(CC)', async () => {
    const { report } = await gate(project(mk('prog: a.o', '\tgcc -o prog a.o', 'a.o: a.c', '\tgcc -O2 -c a.c -o a.o')));
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed).toEqual([expect.objectContaining({ function: 'helper', file: 'a.c', side: 'base', reason: expect.stringContaining('compiled no object for a.c') })]);
    expect(report.notAnalysed[0].advice).toContain('$(CC)');
    const md = renderMarkdown(report);
    expect(md).toContain('⛔ **Could not analyse**');
    expect(md).toContain('### ⛔ Not analysed (1)');
    expect(md).not.toContain('✅');
  }, 120_000);

  test('one-step `$(CC) a.c -o prog`: error, no object to compare', async () => {
    const { report } = await gate(project(mk('prog: a.c', '\t$(CC) -O2 a.c -o prog')));
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed[0]).toMatchObject({ function: 'helper', file: 'a.c', reason: expect.stringContaining('in one step') });
  }, 120_000);

  test('a corrupt (truncated) head object: error naming the side and the file', async () => {
    const p = project(mk('prog: a.o', '\t$(CC) -o prog a.o || true', 'a.o: a.c', '\t$(CC) -O2 -c a.c -o a.o', '\tif grep -q "x + 2" a.c; then truncate -s 200 a.o; fi'));
    const { report } = await gate(p);
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed).toEqual([expect.objectContaining({ function: 'helper', file: 'a.c', side: 'head', reason: expect.stringMatching(/head object of a\.c cannot be read: .*a\.o/) })]);
  }, 120_000);

  test('a head clone dump that is not a dump (garbled throughout): error naming the side and the file', async () => {
    const p = project(mk('prog: a.o', '\t$(CC) -o prog a.o', 'a.o: a.c', '\t$(CC) -O2 -c a.c -o a.o', '\tif grep -q "x + 2" a.c; then for f in $$(find . -name "*.ipa-clones"); do echo garbage > $$f; done; fi'));
    const { report } = await gate(p);
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed).toEqual([expect.objectContaining({ function: 'helper', file: 'a.c', side: 'head', reason: expect.stringMatching(/head clone dump of a\.c cannot be read: .*not a -fdump-ipa-clones file.*: its clones and inlining are unknown/) })]);
  }, 120_000);

  test('a head clone dump cut short mid-line (a full disk, a killed compiler): error naming the side, the file and the line', async () => {
    // GCC writes the dump as it goes: what a cut leaves is valid lines and a broken last one, and the
    // decisions after the cut are unknown however many lines read well.
    const p = project(mk('prog: a.o', '\t$(CC) -o prog a.o', 'a.o: a.c', '\t$(CC) -O2 -c a.c -o a.o', '\tif grep -q "x + 2" a.c; then for f in $$(find . -name "*.ipa-clones"); do printf "Callgraph clone;helper;1;a.c;1;5;main" >> $$f; done; fi'));
    const { report } = await gate(p);
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed).toEqual([
      expect.objectContaining({ function: 'helper', file: 'a.c', side: 'head', reason: expect.stringMatching(/head clone dump of a\.c has 1 malformed line \(line \d+: .+\): its clones and inlining are unknown/) }),
    ]);
    expect(report.notAnalysed[0].advice).toContain('cut short');
  }, 120_000);

  test('an object the build deletes after linking: error, not pass', async () => {
    const { report } = await gate(project(mk('prog: a.c', '\t$(CC) -O2 -c a.c -o tmp.o', '\t$(CC) tmp.o -o prog', '\trm -f tmp.o')));
    expect(report.verdict).toBe('error');
    expect(report.notAnalysed[0]).toMatchObject({ function: 'helper', reason: expect.stringContaining('no longer exists after the build') });
  }, 120_000);

  test("a killed run's truncated object is rebuilt, not reused", async () => {
    const p = project(mk('prog: a.o', '\t$(CC) -o prog a.o', 'a.o: a.c', '\t$(CC) -O2 -c a.c -o a.o'));
    const first = await gate(p);
    expect(first.report.verdict).not.toBe('error');
    expect(first.report.notAnalysed).toEqual([]);
    // What a run killed mid-compile leaves: a truncated object newer than its source, and a state that
    // never reached 'complete'.
    const object = path.join(p.work, 'head', 'src', 'a.o');
    fs.truncateSync(object, 64);
    const stateFile = path.join(p.work, 'head', 'command-state.json');
    fs.writeFileSync(stateFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(stateFile, 'utf8')), complete: false }));
    const second = await gate(p);
    expect(second.report.notAnalysed).toEqual([]);
    expect(second.report.verdict).toBe(first.report.verdict);
    expect(fs.statSync(object).size).toBeGreaterThan(64);
    // And an object changed behind a finished build's back is not reused either.
    fs.truncateSync(object, 64);
    const third = await gate(p);
    expect(third.report.notAnalysed).toEqual([]);
    expect(fs.statSync(object).size).toBeGreaterThan(64);
  }, 240_000);
});
