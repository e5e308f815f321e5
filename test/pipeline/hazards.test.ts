// Every hazard rule triggered end to end: real C projects in real git repositories, built at base and
// head by gcc through their Makefile, analysed by runGate (analyze → detectHazards → policy → report).
// Three projects keep the builds few: one -O2 project carrying most rules (one file per hazard), one
// built for ftrace with -flive-patching=inline-clone, and (opt-in, minutes) a Linux tree for not-built.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { catalogue, ruleMeta } from '../../src/hazards/catalogue.js';
import type { Finding, PatchFunction, Report, Severity } from '../../src/model.js';
import { runFixture, type Files, type Fixture } from './fixture-repo.js';

/** `text` with each [from, to] applied once; a `from` that is not there is a broken fixture. */
function edit(text: string, ...replacements: [string, string][]): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
    out = out.replace(from, to);
  }
  return out;
}

/** The findings of one rule, after checking what every finding of it must satisfy. */
function findingsOf(report: Report, ruleId: string): Finding[] {
  const meta = ruleMeta(ruleId);
  expect(meta).toBeDefined();
  expect(meta?.advice.trim()).not.toBe('');
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/**
 * The one finding of `ruleId` about `symbol` (or, without a symbol, about `file`), with the rule's
 * default severity unless the rule documents a graded one; its message names the symbol or file.
 */
function expectFinding(report: Report, ruleId: string, where: { symbol?: string; file: string; severity?: Severity }): Finding {
  const all = findingsOf(report, ruleId);
  const hits = all.filter((f) => f.file === where.file && (where.symbol === undefined || f.symbol === where.symbol));
  if (hits.length !== 1) throw new Error(`expected one ${ruleId} finding for ${where.symbol ?? where.file}, got: ${JSON.stringify(all, null, 1)}`);
  const [finding] = hits;
  expect(finding.severity).toBe(where.severity ?? ruleMeta(ruleId)?.severity);
  expect(finding.message).toContain(where.symbol ?? where.file);
  return finding;
}

/** Every entry the change reaches: klp_funcs and the lists beside them (new, vanished, not needed). */
function patchEntries(report: Report): (PatchFunction & { object: string })[] {
  return [...report.patch, ...report.newFunctions, ...report.vanished, ...report.notNeeded].flatMap((o) => o.functions.map((f) => ({ ...f, object: o.object })));
}

function patchEntry(report: Report, file: string, symbol: string): PatchFunction & { object: string } {
  const hit = patchEntries(report).find((f) => f.file === file && f.symbol === symbol);
  if (!hit) throw new Error(`${file}:${symbol} is not in the patch list: ${patchEntries(report).map((f) => `${f.file}:${f.symbol}`).join(', ')}`);
  return hit;
}

const reasonKinds = (f: PatchFunction) => f.reasons.map((r) => r.kind);

/** Rule ids some test below saw fire through the real pipeline. */
const triggered = new Set<string>();
const note = (report: Report) => report.findings.forEach((f) => triggered.add(f.ruleId));

// ---------------------------------------------------------------------------------------------------
// Project 1: `prog`, default CFLAGS -O2 (no -flive-patching), deep evidence on.
// ---------------------------------------------------------------------------------------------------

const PKT_H = `#ifndef PKT_H
#define PKT_H
struct pkt { unsigned len, flags; unsigned char data[64]; };
void sink(const void *p);
#endif
`;

const CLONES_C = `#include "pkt.h"

/* Reads two fields through p: IPA-SRA passes them as scalars (weight.isra.0). */
static __attribute__((noinline)) unsigned weight(const struct pkt *p)
{
	return p->len * 3 + (p->flags & 0xf);
}

/* p escapes: no IPA-SRA clone at base. */
static __attribute__((noinline)) unsigned score(const struct pkt *p)
{
	sink(p);
	return p->len + (p->flags >> 2);
}

/* p escapes and k is always 7: a constprop clone at base. */
static __attribute__((noinline)) unsigned mix(const struct pkt *p, int k)
{
	sink(p);
	return p->len * k + p->flags;
}

/* Small: inlined into both callers and removed. */
static int route_class(unsigned flags)
{
	return (flags & 3) == 3 ? 2 : (flags & 1);
}

static __attribute__((noinline)) int helper(int x)
{
	return x * 13 + 1;
}

unsigned pkt_weight(const struct pkt *p)
{
	return weight(p) + 1;
}

unsigned pkt_weight_all(const struct pkt *p, int n)
{
	unsigned acc = 0;
	for (int i = 0; i < n; i++)
		acc ^= weight(&p[i]);
	return acc;
}

unsigned pkt_score(const struct pkt *p)
{
	return score(p) * 2 + score(p + 1);
}

unsigned pkt_mix1(const struct pkt *p)
{
	return mix(p, 7) + 1;
}

unsigned pkt_mix2(const struct pkt *p)
{
	return mix(p, 7) ^ 3;
}

int pkt_route(const struct pkt *p)
{
	return route_class(p->flags) + helper(p->len);
}

int pkt_route2(const struct pkt *p)
{
	return route_class(p->flags >> 1) - helper(p->flags);
}
`;

const DATA_C = `int threshold = 10;

struct conf { int a; int b; };

int over(int x)
{
	return x > threshold;
}

int conf_sum(const struct conf *c)
{
	return c->a + c->b;
}

int next_id(void)
{
	static int id = 1;
	return id++;
}
`;

const MACRO_C = `#include "mode.h"
#define LIMIT 100

int limit_check(int x)
{
	return x > LIMIT ? LIMIT : x;
}

int mode_is_b(int m)
{
	return m == MODE_B;
}
`;

const LINE_C = `#include <stdio.h>

void report_line(void)
{
	printf("at line %d\\n", __LINE__);
}
`;

const dupC = (n: number) => `static __attribute__((noinline)) int lookup(int x)
{
	return x * ${n} + 1;
}

int dup${n}(int x)
{
	return lookup(x) + ${n};
}
`;

const INIT_C = `__attribute__((section(".init.text"))) __attribute__((noinline)) int setup_table(int *t)
{
	for (int i = 0; i < 16; i++)
		t[i] = i * 2;
	return 16;
}
`;

const PURE_C = `static int level;

void set_level(int v)
{
	level = v;
}

int get_level(void)
{
	return level;
}
`;

const FAST_S = `	.text
	.globl fast_add
fast_add:
	lea (%rdi,%rsi), %rax
	ret
	.section .note.GNU-stack,"",@progbits
`;

const UTIL_C = `int util_twice(int x)
{
	return x * 2;
}
`;

const MAIN_C = `#include <stdio.h>
#include "pkt.h"
unsigned pkt_weight(const struct pkt *p);
unsigned pkt_weight_all(const struct pkt *p, int n);
unsigned pkt_score(const struct pkt *p);
unsigned pkt_mix1(const struct pkt *p);
unsigned pkt_mix2(const struct pkt *p);
int pkt_route(const struct pkt *p);
int pkt_route2(const struct pkt *p);
int over(int x);
int next_id(void);
int limit_check(int x);
int mode_is_b(int m);
void report_line(void);
int dup5(int x);
int dup7(int x);
int setup_table(int *t);
int get_level(void);
long fast_add(long a, long b);
int util_twice(int x);

void sink(const void *p) { (void)p; }

int main(void)
{
	struct pkt p[2] = { { 3, 5, { 0 } }, { 4, 6, { 0 } } };
	int t[16];
	report_line();
	printf("%u %u %u %u %u %d %d\\n", pkt_weight(p), pkt_weight_all(p, 2), pkt_score(p), pkt_mix1(p), pkt_mix2(p), pkt_route(p), pkt_route2(p));
	printf("%d %d %d %d %d %d %d %d %ld %d\\n", over(3), next_id(), limit_check(7), mode_is_b(1), dup5(1), dup7(2), setup_table(t), get_level(), fast_add(1, 2), util_twice(4));
	return 0;
}
`;

const MODE_H = 'enum mode { MODE_A, MODE_B };\nstatic inline int mode_spare(int x) { return x + 7; }\n';

const PROG_BASE: Files = {
  'pkt.h': PKT_H,
  'mode.h': MODE_H,
  'clones.c': CLONES_C,
  'data.c': DATA_C,
  'macro.c': MACRO_C,
  'line.c': LINE_C,
  'dup1.c': dupC(5),
  'dup2.c': dupC(7),
  'init.c': INIT_C,
  'pure.c': PURE_C,
  'fast.S': FAST_S,
  'lib/util.c': UTIL_C,
  'main.c': MAIN_C,
};

const PROG_HEAD: Files = {
  'clones.c': edit(
    CLONES_C,
    // clone-vanished: weight's pointer escapes at head, so no weight.isra clone.
    ['\treturn p->len * 3 + (p->flags & 0xf);', '\tif (p->len > 256)\n\t\tsink(p);\n\treturn p->len * 3 + (p->flags & 0xf);'],
    // clone-appeared: score's pointer no longer escapes, so head makes score.isra.0.
    ['\tsink(p);\n\treturn p->len + (p->flags >> 2);', '\treturn p->len + (p->flags >> 2);'],
    // clone-kind-changed: mix no longer escapes p and gets two different k: isra instead of constprop.
    ['\tsink(p);\n\treturn p->len * k + p->flags;', '\treturn p->len * k + p->flags;'],
    ['\treturn mix(p, 7) ^ 3;', '\treturn mix(p, 9) ^ 3;'],
    // fully-inlined: route_class's body changes; it has no symbol of its own.
    ['? 2 : (flags & 1)', '? 3 : (flags & 1)'],
    // inline-changed: helper loses noinline, head inlines it into both callers.
    ['static __attribute__((noinline)) int helper', 'static int helper'],
  ),
  'data.c': edit(
    DATA_C,
    ['int threshold = 10;', 'int threshold = 20;\nint spare_limit = 5;'], // changed-data, new-data
    ['struct conf { int a; int b; };', 'struct conf { int a; int extra; int b; };'], // layout-change
    ['return x > threshold;', 'return x > threshold + spare_limit;'],
    ['static int id = 1;', 'static int id = 100;'], // static-local-changed
  ),
  'macro.c': edit(MACRO_C, ['#define LIMIT 100', '#define LIMIT 200']), // macro-change, unexplained-change
  // header-change; fully-inlined with nothing carrying it: mode_spare is called by no unit.
  'mode.h': edit(MODE_H, ['enum mode { MODE_A, MODE_B };', 'enum mode { MODE_A, MODE_NEW, MODE_B };'], ['return x + 7;', 'return x + 8;']),
  // line-only-change: a comment above the function moves its __LINE__.
  'line.c': edit(LINE_C, ['void report_line', '/*\n * Reports where it is: only __LINE__ moves when lines are added above.\n */\nvoid report_line']),
  'dup1.c': edit(dupC(5), ['x * 5 + 1', 'x * 5 + 3']), // duplicate-symbol (both lookups change)
  'dup2.c': edit(dupC(7), ['x * 7 + 1', 'x * 7 + 3']),
  'init.c': edit(INIT_C, ['t[i] = i * 2;', 't[i] = i * 3;']), // init-code
  // ipa-decision-changed: with no writer left, level is read-only and get_level becomes const.
  'pure.c': edit(PURE_C, ['void set_level(int v)\n{\n\tlevel = v;\n}\n\n', '']),
  'fast.S': edit(FAST_S, ['lea (%rdi,%rsi), %rax', 'leaq (%rdi,%rsi), %rax']), // unpatchable-file
  'lib/util.c': edit(UTIL_C, ['return x * 2;', 'return x + x;']), // not unpatchable outside a kernel
};

describe('hazards in a plain -O2 make project', () => {
  let fx: Fixture;
  let report: Report;
  // Base and head builds of the fixture project with deep evidence: minutes on a loaded 2-core machine.
  beforeAll(async () => {
    fx = await runFixture({ base: PROG_BASE, head: PROG_HEAD, deepEvidence: true });
    report = fx.report;
    note(report);
  }, 600_000);
  afterAll(() => fx?.cleanup());

  test('the project is one program and the gate fails on its errors', () => {
    expect(report.patch.map((o) => o.object)).toEqual(['prog']);
    expect(report.verdict).toBe('fail');
  });

  test('changed-data: an initialised global changes', () => {
    const f = expectFinding(report, 'changed-data', { symbol: 'threshold', file: 'data.c' });
    expect(f.object).toBe('prog');
    // The object comparison and the source diff saw the same variable: one finding, not two.
    expect(findingsOf(report, 'changed-data').filter((x) => x.file === 'data.c')).toHaveLength(1);
    // pure.c's static level lost its only writer: GCC folds it to 0 and drops the variable.
    expect(expectFinding(report, 'changed-data', { symbol: 'level', file: 'pure.c' }).message).toContain('removed');
  });

  test('new-data: a global exists only at head', () => {
    expectFinding(report, 'new-data', { symbol: 'spare_limit', file: 'data.c' });
  });

  test('layout-change: a struct gains a field in the middle', () => {
    expectFinding(report, 'layout-change', { symbol: 'conf', file: 'data.c' });
    // conf_sum's offsets moved though its source did not change: the object comparison catches it, and the
    // compiler names the cause (data.c compiles the new layout of struct conf).
    expect(patchEntry(report, 'data.c', 'conf_sum').reasons).toMatchObject([{ kind: 'layout', causes: ['struct conf'] }]);
  });

  test('static-local-changed: a function-scope static gets a new initialiser', () => {
    expectFinding(report, 'static-local-changed', { symbol: 'id.0', file: 'data.c' });
    expect(findingsOf(report, 'changed-data').map((f) => f.symbol)).not.toContain('id.0');
  });

  test('init-code: a function in .init.text changes', () => {
    expectFinding(report, 'init-code', { symbol: 'setup_table', file: 'init.c' });
    // Livepatch cannot redirect init code: it is set apart from the patch list, not a klp_func.
    expect(patchEntries(report).map((e) => e.symbol)).not.toContain('setup_table');
    expect(report.unpatchable.find((u) => u.symbol === 'setup_table')).toMatchObject({
      file: 'init.c',
      cause: 'init-code',
      coverage: 'init-only',
      codeChange: 'changed',
      reasons: [{ kind: 'changed', root: 'setup_table', chain: expect.any(Array) }],
    });
  });

  test('unpatchable-file: a changed .S file; lib/ is ordinary code outside a kernel', () => {
    const f = expectFinding(report, 'unpatchable-file', { file: 'fast.S' });
    expect(f.message).toContain('assembly');
    expect(findingsOf(report, 'unpatchable-file').map((x) => x.file)).toEqual(['fast.S']);
    expect(patchEntry(report, 'lib/util.c', 'util_twice').reasons[0].kind).toBe('changed');
  });

  test('clone-vanished: the isra clone is gone at head and its callers must be patched', () => {
    expectFinding(report, 'clone-vanished', { symbol: 'weight.isra.0', file: 'clones.c', severity: 'error' });
    expect(patchEntry(report, 'clones.c', 'weight.isra.0')).toMatchObject({ codeChange: 'removed', reasons: [{ kind: 'clone', root: 'weight' }] });
    for (const caller of ['pkt_weight', 'pkt_weight_all']) {
      const entry = patchEntry(report, 'clones.c', caller);
      // Their source did not change: only the vanished clone's ABI puts them in the patch list.
      expect(entry.reasons).toEqual([expect.objectContaining({ kind: 'caller-of-changed-clone', root: 'weight' })]);
      expect(entry.reasons[0].chain.join(' ')).toContain('weight.isra.0');
      expect(entry.codeChange).toBe('changed');
    }
  });

  test('clone-appeared: head makes an isra clone base did not have', () => {
    expectFinding(report, 'clone-appeared', { symbol: 'score.isra.0', file: 'clones.c' });
    // Its caller now calls the clone: its code changed, and the patch list carries it.
    expect(patchEntry(report, 'clones.c', 'pkt_score').codeChange).toBe('changed');
    // ... and the clone change explains it: not reported as an unexplained change.
    expect(patchEntry(report, 'clones.c', 'pkt_score').reasons).toEqual([
      expect.objectContaining({ kind: 'caller-of-changed-clone', root: 'score', chain: expect.arrayContaining([expect.stringContaining('score.isra.0')]) }),
    ]);
    expect(findingsOf(report, 'unexplained-change').map((x) => x.symbol)).not.toContain('pkt_score');
  });

  test('clone-kind-changed: constprop at base, isra at head (error: the base clone has its own ABI)', () => {
    const f = expectFinding(report, 'clone-kind-changed', { symbol: 'mix.constprop.0', file: 'clones.c', severity: 'error' });
    expect(f.message).toContain('mix.isra.0');
    // The pair is one event: neither clone-vanished nor clone-appeared reports it again.
    expect(findingsOf(report, 'clone-vanished').map((x) => x.symbol)).toEqual(['weight.isra.0']);
    expect(findingsOf(report, 'clone-appeared').map((x) => x.symbol)).toEqual(['score.isra.0']);
    // pkt_mix1's source is unchanged, but it calls the vanished constprop clone.
    expect(reasonKinds(patchEntry(report, 'clones.c', 'pkt_mix1'))).toEqual(['caller-of-changed-clone']);
    expect(reasonKinds(patchEntry(report, 'clones.c', 'pkt_mix2'))).toEqual(['changed', 'caller-of-changed-clone']);
  });

  test('inline-changed: head inlines helper into both callers (one decision, one finding with both places)', () => {
    const f = expectFinding(report, 'inline-changed', { symbol: 'pkt_route', file: 'clones.c' });
    expect(f.message).toMatch(/^Head inlines 'helper' into 2 callers/);
    expect(f.places?.map((p) => p.symbol).sort()).toEqual(['pkt_route', 'pkt_route2']);
    expect(patchEntry(report, 'clones.c', 'helper').codeChange).toBe('removed');
  });

  test('fully-inlined: route_class has no symbol; its two callers carry it', () => {
    const f = expectFinding(report, 'fully-inlined', { symbol: 'route_class', file: 'clones.c' });
    expect(f.message).toContain("'pkt_route'");
    expect(f.message).toContain("'pkt_route2'");
    expect(patchEntries(report).some((e) => e.symbol === 'route_class')).toBe(false);
    for (const caller of ['pkt_route', 'pkt_route2']) {
      expect(patchEntry(report, 'clones.c', caller).reasons).toContainEqual(
        expect.objectContaining({ kind: 'inlined', root: 'route_class', chain: ['route_class', `inlined into ${caller}`] }),
      );
    }
  });

  test('fully-inlined: mode_spare, which no unit calls, is not said to be inlined anywhere', () => {
    const f = expectFinding(report, 'fully-inlined', { symbol: 'mode_spare', file: 'mode.h' });
    expect(f.message).toMatch(/no function there carries its code/);
    expect(f.message).not.toMatch(/fully inlined/);
    expect(patchEntries(report).some((e) => e.reasons.some((r) => r.root === 'mode_spare'))).toBe(false);
  });

  test('ipa-decision-changed: get_level becomes const at head (deep evidence)', () => {
    const f = expectFinding(report, 'ipa-decision-changed', { symbol: 'get_level', file: 'pure.c' });
    expect(f.message).toMatch(/pure-const decision .*base none → head const/);
  });

  test('macro-change: a #define reaches a function the diff does not touch, and the compiler names it as the cause', () => {
    expectFinding(report, 'macro-change', { symbol: 'LIMIT', file: 'macro.c' });
    const entry = patchEntry(report, 'macro.c', 'limit_check');
    expect(entry).toMatchObject({ predicted: false, codeChange: 'changed', reasons: [{ kind: 'non-function' }] });
    expect(entry.reasons[0].causes).toContain('macro LIMIT');
    // Explained, so not unexplained-change.
    expect(findingsOf(report, 'unexplained-change').flatMap((x) => [x.symbol, ...(x.places ?? []).map((p) => p.symbol)])).not.toContain('limit_check');
  });

  test('unexplained-change: only what no change explains (get_level: an IPA decision the clone dump does not record)', () => {
    const f = expectFinding(report, 'unexplained-change', { symbol: 'get_level', file: 'pure.c' });
    expect(f.message).toContain('untracked IPA passes');
    expect(reasonKinds(patchEntry(report, 'pure.c', 'get_level'))).toEqual(['unexplained']);
  });

  test('header-change: an enum in a header gains a value', () => {
    expectFinding(report, 'header-change', { symbol: 'mode', file: 'mode.h' });
    // MODE_B's value is baked into mode_is_b, in a TU the diff does not touch: macro.c compiles the changed enum.
    const entry = patchEntry(report, 'macro.c', 'mode_is_b');
    expect(reasonKinds(entry)).toEqual(['non-function']);
    expect(entry.reasons[0].causes).toContain('enum mode');
  });

  test('line-only-change: only __LINE__ moved; the function is not unexplained', () => {
    const diff = fx.analysis.codeDiffs.find((d) => d.source === 'line.c' && d.symbol === 'report_line');
    expect(diff?.status).toBe('line-only');
    const f = expectFinding(report, 'line-only-change', { symbol: 'report_line', file: 'line.c' });
    const lineOfLine = (text: string) => text.split('\n').findIndex((l) => l.includes('printf')) + 1;
    expect(f.message).toContain(`${lineOfLine(LINE_C)} → ${lineOfLine(PROG_HEAD['line.c'] as string)}`);
    expect(patchEntries(report).filter((e) => e.symbol === 'report_line' && reasonKinds(e).includes('unexplained'))).toEqual([]);
    expect(findingsOf(report, 'unexplained-change').map((x) => x.symbol)).not.toContain('report_line');
  });

  test('duplicate-symbol: two static lookup() in one program get distinct sympos', () => {
    const one = expectFinding(report, 'duplicate-symbol', { symbol: 'lookup', file: 'dup1.c' });
    const two = expectFinding(report, 'duplicate-symbol', { symbol: 'lookup', file: 'dup2.c' });
    expect(patchEntry(report, 'dup1.c', 'lookup').sympos).toBe(1);
    expect(patchEntry(report, 'dup2.c', 'lookup').sympos).toBe(2);
    expect(one.message).toContain('.old_sympos = 1');
    expect(two.message).toContain('.old_sympos = 2');
  });

  test('ipa-passes-untracked: one warning names every changed TU built without -flive-patching', () => {
    const [f, ...more] = findingsOf(report, 'ipa-passes-untracked');
    expect(more).toEqual([]);
    expect(f.file).toBe('clones.c');
    expect(f.message).toMatch(/^\d+ changed translation units \(clones\.c, data\.c, .*init\.c, .*pure\.c\) are built with no -flive-patching: /);
    // line.c has only a line-only change: nothing to patch there, so it is not named.
    expect(f.message).not.toContain('line.c');
  });

  test('a function changed in source but compiled identically is unchanged, not unknown', () => {
    expect(patchEntry(report, 'lib/util.c', 'util_twice').codeChange).toBe('unchanged');
  });
});

// ---------------------------------------------------------------------------------------------------
// Project 2: built for ftrace (-pg -mfentry) with -flive-patching=inline-clone.
// ---------------------------------------------------------------------------------------------------

const TRACE_C = `#define notrace __attribute__((no_instrument_function))

static notrace __attribute__((noinline)) int raw_read(int x)
{
	return x * 3 + 1;
}

__attribute__((no_instrument_function)) __attribute__((noinline)) int raw_write(int x)
{
	return x ^ 0x55;
}

__attribute__((noinline)) int traced(int x)
{
	return raw_read(x) + 1;
}

int main(void)
{
	return traced(1) + raw_write(2) > 1000;
}
`;

describe('hazards in an ftrace-instrumented build with -flive-patching=inline-clone', () => {
  let fx: Fixture;
  let report: Report;
  beforeAll(async () => {
    fx = await runFixture({
      program: 'traced',
      cflags: '-O2 -pg -mfentry -flive-patching=inline-clone',
      base: { 'trace.c': TRACE_C },
      head: {
        'trace.c': edit(TRACE_C, ['x * 3 + 1', 'x * 3 + 2'], ['x ^ 0x55', 'x ^ 0xaa'], ['raw_read(x) + 1', 'raw_read(x) + 3']),
      },
    });
    report = fx.report;
    note(report);
  });
  afterAll(() => fx?.cleanup());

  test('the build really is instrumented: traced calls __fentry__, the notrace functions do not', () => {
    const facts = fx.analysis.symbolFacts.filter((f) => f.side === 'base' && f.source === 'trace.c');
    expect(facts.find((f) => f.symbol === 'traced')?.hasFentry).toBe(true);
    expect(facts.find((f) => f.symbol === 'raw_read')?.hasFentry).toBe(false);
    expect(facts.find((f) => f.symbol === 'raw_write')?.hasFentry).toBe(false);
  });

  test('no-ftrace-entry: the changed notrace functions, covered by their callers (test/pipeline/referrers.test.ts has the rest)', () => {
    expect(expectFinding(report, 'no-ftrace-entry', { symbol: 'raw_read', file: 'trace.c', severity: 'notice' }).message).toContain("'traced' (calls it)");
    expect(expectFinding(report, 'no-ftrace-entry', { symbol: 'raw_write', file: 'trace.c', severity: 'notice' }).message).toContain("'main' (calls it)");
    expect(findingsOf(report, 'no-ftrace-entry').map((f) => f.symbol).sort()).toEqual(['raw_read', 'raw_write']);
    expect(reasonKinds(patchEntry(report, 'trace.c', 'traced'))).toEqual(['changed', 'referrer']);
    expect(reasonKinds(patchEntry(report, 'trace.c', 'main'))).toEqual(['referrer']);
    expect(patchEntries(report).map((e) => e.symbol)).not.toContain('raw_read');
  });

  test('ipa-passes-untracked: nothing to say with -flive-patching=inline-clone', () => {
    expect(fx.analysis.tuFlags.find((t) => t.source === 'trace.c')).toMatchObject({ livePatching: 'inline-clone', pg: true, fentry: true });
    expect(findingsOf(report, 'ipa-passes-untracked')).toEqual([]);
    expect(report.verdict).toBe('pass');
  });
});

// not-built: only the Kbuild fast path knows what a configuration does not build; the kernel test
// (test/kernel/kernel.test.ts) covers it on a real Linux tree.

/** Rules of kernel-shaped code, fired through the real pipeline in kernel-hazards.test.ts (sibling-call: ppc64 only, see test/hazards/code-facts.test.ts). */
const KERNEL_SHAPED = ['static-branch', 'init-reference', 'special-section', 'sibling-call', 'export-change', 'syscall-change', 'data-semantics', 'code-removal', 'data-section', 'stuck-transition'];

/** Rules about the running kernel's symbols, fired in sympos.test.ts (symbol-missing) and sympos-check.test.ts (the kernel fast path's sympos-unverified). */
const SYMBOL_TABLE = ['symbol-missing', 'sympos-unverified'];

test('every catalogue rule fired through the real pipeline (not-built: see the kernel test; kernel-shaped rules: kernel-hazards.test.ts)', () => {
  const expected = catalogue.map((r) => r.meta.id).filter((id) => id !== 'not-built' && !KERNEL_SHAPED.includes(id) && !SYMBOL_TABLE.includes(id));
  expect([...triggered].filter((id) => !KERNEL_SHAPED.includes(id)).sort()).toEqual(expected.sort());
});
