// Evidence parsers over real gcc dumps: compile base and head variants of a TU with the extra IPA
// dumps and compare what GCC decided.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffIpaDecisions } from '../../src/evidence/diff.js';
import { EVIDENCE_FLAGS, evidenceDumpKind } from '../../src/evidence/dump-files.js';
import { parseIcfDump } from '../../src/evidence/icf.js';
import { parsePureConstDump } from '../../src/evidence/pure-const.js';
import { readIpaDecisions } from '../../src/evidence/read-dumps.js';
import { detectHazards } from '../../src/hazards/catalogue.js';
import { analysisWith } from '../hazards/analysis-fixture.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lpg-evidence-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Compiles `code` as <side>/src/t.c into <side>/out/t.o with the evidence dumps; returns the object path. */
function compile(side: string, code: string, extra: string[] = []): string {
  const src = path.join(tmp, side, 'src');
  const out = path.join(tmp, side, 'out');
  fs.mkdirSync(src, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(src, 't.c'), code);
  const object = path.join(out, 't.o');
  execFileSync('gcc', ['-O2', '-c', ...EVIDENCE_FLAGS, ...extra, 't.c', '-o', object], { cwd: src });
  return object;
}

const BASE = `
static int g;
void set(int v) { g = v; }
int rd(void) { return g; }
int ga(int a) { return a * 3 + 1; }
int gb(int a) { return a * 3 + 2; }
`;
// Head drops the only writer of g (rd becomes const) and makes gb identical to ga (ICF merges them).
const HEAD = `
static int g;
int rd(void) { return g; }
int ga(int a) { return a * 3 + 1; }
int gb(int a) { return a * 3 + 1; }
`;

test('dumps land next to the object, named by output stem + source suffix', () => {
  const object = compile('naming', 'int f(int x) { return x; }');
  const names = fs.readdirSync(path.dirname(object)).sort();
  const kinds = names.map((n) => evidenceDumpKind(n, object, 'src/t.c'));
  expect(kinds.filter((k) => k !== null).sort()).toEqual(['icf', 'pure-const']);
  expect(names.find((n) => evidenceDumpKind(n, object, 't.c') === 'pure-const')).toMatch(/^t\.c\.\d+i\.pure-const$/);
  expect(evidenceDumpKind('t.c.000i.ipa-clones', object, 't.c')).toBeNull();
  expect(evidenceDumpKind('u.c.086i.pure-const', object, 't.c')).toBeNull();
});

test('real pure-const dump: looping const/pure and nothrow lines parse', () => {
  const object = compile(
    'looping',
    `int G;
static int ev(int n);
static __attribute__((noinline)) int od(int n) { return n == 0 ? 0 : ev(n - 1); }
static __attribute__((noinline)) int ev(int n) { return n == 0 ? 1 : od(n - 1); }
int iseven(int n) { return ev(n); }
static int pe(int n);
static __attribute__((noinline)) int po(int n) { return n <= 0 ? G : pe(n - 1); }
static __attribute__((noinline)) int pe(int n) { return n <= 0 ? G + 1 : po(n - 1); }
int ispe(int n) { return pe(n); }
`,
    ['-fexceptions'],
  );
  const dump = fs.readdirSync(path.dirname(object)).find((n) => n.endsWith('.pure-const')) as string;
  const records = parsePureConstDump(fs.readFileSync(path.join(path.dirname(object), dump), 'utf8'));
  const byName = new Map(records.map((r) => [r.function, r]));
  expect(byName.get('od')?.state).toBe('looping const');
  expect(byName.get('po')?.state).toBe('looping pure');
  expect(byName.get('od')?.nothrow).toBe(true);
  expect(byName.get('od')?.order).toEqual(expect.any(Number));
  expect(byName.get('od')?.line).toBeGreaterThan(0);
});

test('base vs head: rd becomes const, gb is merged into ga by ICF', () => {
  const baseObj = compile('base', BASE);
  const headObj = compile('head', HEAD);
  const base = readIpaDecisions(baseObj, 't.c');
  const head = readIpaDecisions(headObj, 't.c');
  expect(base.found).toHaveLength(2);
  expect(head.pureConst.find((r) => r.function === 'rd')?.state).toBe('const');
  expect(base.pureConst.find((r) => r.function === 'rd')?.state).toBeUndefined();
  expect(head.icf).toEqual([expect.objectContaining({ kept: 'ga', merged: 'gb', file: 't.c' })]);
  expect(base.icf).toEqual([]);

  const evidence = diffIpaDecisions('src/t.c', base, head, ['rd', 'ga', 'gb', 'set']);
  expect(evidence).toEqual([
    { source: 'src/t.c', function: 'ga', kind: 'icf', head: 'kept, gb merged into it' },
    { source: 'src/t.c', function: 'gb', kind: 'icf', head: 'merged into ga' },
    { source: 'src/t.c', function: 'rd', kind: 'pure-const', head: 'const' },
  ]);
  // The rule turns each into a warning.
  const findings = detectHazards(analysisWith({ ipaEvidence: evidence })).filter((f) => f.ruleId === 'ipa-decision-changed');
  expect(findings.map((f) => [f.symbol, f.severity])).toEqual([
    ['ga', 'warning'],
    ['gb', 'warning'],
    ['rd', 'warning'],
  ]);
  // Same decisions on both sides: nothing to report.
  expect(diffIpaDecisions('src/t.c', head, head)).toEqual([]);
});

test('ICF line format: location prefix and node orders', () => {
  const object = compile('icf', 'int ga(int a) { return a * 3 + 1; }\nint gb(int a) { return a * 3 + 1; }\n');
  const dump = fs.readdirSync(path.dirname(object)).find((n) => n.endsWith('.icf')) as string;
  const text = fs.readFileSync(path.join(path.dirname(object), dump), 'utf8');
  expect(text).toMatch(/^t\.c:\d+:\d+: optimized: Semantic equality hit:ga\/\d+->gb\/\d+$/m);
  const merges = parseIcfDump(text);
  expect(merges).toEqual([{ kept: 'ga', merged: 'gb', file: 't.c', sourceLine: 1, line: expect.any(Number) }]);
});

test('-flive-patching=inline-clone: the passes do not run, no dump is written', () => {
  const object = compile('klp', HEAD, ['-flive-patching=inline-clone']);
  const got = readIpaDecisions(object, 't.c');
  expect(got).toEqual({ pureConst: [], icf: [], found: [] });
});
