// old_sympos follows kallsyms order and, when given, the running kernel's own symbols: real gcc, make and git.
import fs from 'node:fs';
import path from 'node:path';
import { runGate, type GateOptions } from '../../src/pipeline/gate.js';
import { livepatchSkeleton } from '../../src/report/skeleton.js';
import { patchListOf } from '../../src/report/presentation.js';
import { commitAll, initRepo, sh, tempDir, writeFiles } from '../compile/helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const helper = (k: number) => `__attribute__((noinline)) static int helper(int x) { return x * ${k} + 3; }\n`;
const A = (k: number) => `${helper(k)}int fa(int x) { return helper(x); }\nint fa2(int x) { return helper(x + 1) + 2; }\n`;
const B = `${helper(7)}int fb(int x) { return helper(x); }\nint fa(int);\nint main(void) { return fa(1) + fb(2); }\n`;

/** A repository whose base links b.o a.o, changing a.c's helper at head. */
function twoHelpers(): { dir: string; repo: string; base: string; head: string; gate: (o?: Partial<GateOptions>) => ReturnType<typeof runGate> } {
  const dir = tempDir('lpg-sympos-');
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, {
    // b.o first on the link line, although a.c sorts first by path.
    Makefile: 'prog: b.o a.o\n\t$(CC) -o prog b.o a.o\n%.o: %.c\n\t$(CC) -O2 -c $< -o $@\n',
    'a.c': A(5),
    'b.c': B,
  });
  const base = commitAll(repo, 'base');
  writeFiles(repo, { 'a.c': A(6) });
  const head = commitAll(repo, 'head');
  const gate = (o: Partial<GateOptions> = {}) =>
    runGate({ repo, base, head, workDir: path.join(dir, 'work'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1, ...o });
  return { dir, repo, base, head, gate };
}

/** "The running kernel": the base sources built apart and linked in the other order, a.o b.o. */
function production(dir: string, sources: Record<string, string>, cflags: string[]): string {
  const prod = path.join(dir, 'production');
  writeFiles(prod, sources);
  for (const f of Object.keys(sources)) sh(prod, ['gcc', ...cflags, '-c', f, '-o', f.replace(/\.c$/, '.o')]);
  sh(prod, ['gcc', '-no-pie', '-o', 'vmlinux', ...['a.o', 'b.o'].filter((o) => fs.existsSync(path.join(prod, o)))]);
  fs.writeFileSync(path.join(prod, 'System.map'), sh(prod, ['nm', '-n', 'vmlinux']));
  return prod;
}

test('two static helper in b.c and a.c linked b.o a.o: changing a.c gives sympos 2', async () => {
  const { gate } = twoHelpers();
  const { report, analysis } = await gate();
  expect(report.notAnalysed).toEqual([]);
  const entry = report.patch.flatMap((o) => o.functions).find((f) => f.symbol === 'helper');
  expect(entry).toMatchObject({ file: 'a.c', sympos: 2 });
  expect(report.patch.map((o) => o.object)).toEqual(['prog']);
  // A whole build placed in link order: nothing unverified, no table to check against.
  expect(analysis.sympos).toEqual({ source: 'objects', files: [], issues: [] });
  expect(report.symposFrom).toBe('counted over the objects built (not checked against a vmlinux or System.map)');
}, 180_000);

test('production symbols decide: the running image links a.o b.o, so a.c\'s helper is 1 (System.map, kallsyms dump, ELF)', async () => {
  const { dir, gate } = twoHelpers();
  const prod = production(dir, { 'a.c': A(5), 'b.c': B }, ['-O2']);
  // /proc/kallsyms style: the same vmlinux entries, plus a module that is not this program.
  const kallsyms = path.join(prod, 'kallsyms');
  fs.writeFileSync(kallsyms, fs.readFileSync(path.join(prod, 'System.map'), 'utf8') + 'ffffffffc0000000 t helper\t[other_mod]\n');
  for (const file of ['System.map', 'kallsyms', 'vmlinux']) {
    const { report, analysis } = await gate({ symbols: [path.join(prod, file)] });
    expect(analysis.sympos).toMatchObject({ source: 'production', files: [path.join(prod, file)], issues: [] });
    const entry = report.patch.flatMap((o) => o.functions).find((f) => f.symbol === 'helper');
    expect(entry).toMatchObject({ file: 'a.c', sympos: 1 });
    expect(report.symposFrom).toBe(`the running kernel's symbols (${file})`);
    // Every output says the same.
    expect(patchListOf(report).prog).toContain('helper,1');
    expect(livepatchSkeleton(report)).toContain('.old_name = "helper", .new_func = livepatch_helper, .old_sympos = 1,');
    expect(report.findings.find((f) => f.ruleId === 'duplicate-symbol')?.message).toMatch(/\.old_sympos = 1/);
  }
}, 300_000);

test('a klp_func the running kernel does not have is an error naming it', async () => {
  const dir = tempDir('lpg-sympos-missing-');
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  const a = (k: number) => `static int helper(int x) { return x * ${k} + 3; }\nint fa(int x) { return helper(x) + 1; }\n`;
  const b = 'int fa(int);\nint main(void) { return fa(1); }\n';
  // The base build keeps helper out of line (-fno-inline); the running kernel was built with -O2, which inlined it.
  writeFiles(repo, { Makefile: 'prog: b.o a.o\n\t$(CC) -o prog b.o a.o\n%.o: %.c\n\t$(CC) -O2 -fno-inline -c $< -o $@\n', 'a.c': a(5), 'b.c': b });
  const base = commitAll(repo, 'base');
  writeFiles(repo, { 'a.c': a(6) });
  const head = commitAll(repo, 'head');
  const prod = production(dir, { 'a.c': a(5), 'b.c': b }, ['-O2']);
  expect(fs.readFileSync(path.join(prod, 'System.map'), 'utf8')).not.toMatch(/ helper$/m);
  const { report } = await runGate({ repo, base, head, workDir: path.join(dir, 'work'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1, symbols: [path.join(prod, 'System.map')] });
  expect(report.patch.flatMap((o) => o.functions.map((f) => f.symbol))).toEqual(['helper']);
  const missing = report.findings.filter((f) => f.ruleId === 'symbol-missing');
  expect(missing).toEqual([expect.objectContaining({ severity: 'error', symbol: 'helper', file: 'a.c', object: 'prog' })]);
  expect(missing[0].message).toMatch(/'helper' \(a.c\) is not in the symbols of prog \(.*System.map \(System.map\)\)/);
  expect(report.verdict).toBe('fail');
}, 180_000);

test('a garbled symbols file stops the run before any build, naming the file', async () => {
  const { dir, gate } = twoHelpers();
  const bad = path.join(dir, 'System.map');
  fs.writeFileSync(bad, 'ffffffff81000000 T _text\n<html>not found</html>\n');
  await expect(gate({ symbols: [bad] })).rejects.toThrow(`symbols ${bad}: line 2 is not 'ADDRESS TYPE NAME [module]'`);
  expect(fs.existsSync(path.join(dir, 'work', 'base', 'build.log'))).toBe(false);
}, 60_000);
