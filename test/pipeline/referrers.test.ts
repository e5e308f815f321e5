// What livepatch cannot redirect is replaced through its callers and referrers: one real C project built
// for ftrace (-pg -mfentry, kernel-style `inline` that implies notrace), base and head by gcc through its
// Makefile, analysed by the whole gate. Each file is one case.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding, PatchFunction, Report, UnpatchableFunction } from '../../src/model.js';
import { livepatchSkeleton } from '../../src/report/skeleton.js';
import { patchListOf } from '../../src/report/presentation.js';
import { runFixture, type Files, type Fixture } from './fixture-repo.js';

/** `text` with `from` replaced once; a `from` that is not there is a broken fixture. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}

// The kernel's include/linux/compiler_types.h: `inline` implies notrace.
const COMPILER_H = `#define notrace __attribute__((no_instrument_function))
#define inline inline __attribute__((__gnu_inline__)) __attribute__((__unused__)) notrace
#define __inline__ inline
#define noinline __attribute__((noinline))
`;

// A notrace function called directly by one traced function.
const DIRECT_C = `#include "compiler.h"
static notrace noinline int raw_read(int x)
{
	return x * 3 + 1;
}

int read_twice(int x)
{
	return raw_read(x) + raw_read(x + 1);
}
`;

// The udplite_getfrag shape: a header inline kept out of line because two callers store its address.
const FRAG_H = `#include "compiler.h"
typedef int (*getfrag_t)(void *from, char *to, int off, int len);
int append_data(getfrag_t getfrag, void *from, char *to, int len);

static __inline__ int lite_getfrag(void *from, char *to, int off, int len)
{
	const char *f = from;
	for (int i = 0; i < len; i++)
		to[i] = f[off + i] ^ 1;
	return 0;
}
`;

const SEND4_C = `#include "frag.h"
static noinline int plain_getfrag(void *from, char *to, int off, int len)
{
	const char *f = from;
	for (int i = 0; i < len; i++)
		to[i] = f[off + i];
	return 0;
}

int send4(int lite, void *from, char *to, int len)
{
	getfrag_t getfrag = lite ? lite_getfrag : plain_getfrag;
	return append_data(getfrag, from, to, len);
}
`;

const SEND6_C = `#include "frag.h"
int send6(void *from, char *to, int len)
{
	return append_data(lite_getfrag, from, to, len);
}
`;

// Two levels: leaf (notrace) is called only by mid (notrace), which only entry calls.
const CHAIN_C = `#include "compiler.h"
static notrace noinline int leaf(int x)
{
	return x ^ 0x5a;
}

static notrace noinline int mid(int x)
{
	return leaf(x) + leaf(x >> 1);
}

int entry(int x)
{
	return mid(x) * 2;
}
`;

// Reached only through an ops table: patching code cannot retarget the pointer.
const OPS_C = `#include "compiler.h"
struct ops { int (*read)(int); };
static notrace noinline int op_read(int x)
{
	return x + 7;
}

const struct ops table_ops = { .read = op_read };
`;

// A global notrace function called from another object: its referrer is found across the objects built.
const HELPER_C = `#include "compiler.h"
notrace noinline int shared_helper(int x)
{
	return x * 5;
}
`;

const USER_C = `int shared_helper(int x);
int use_helper(int x)
{
	return shared_helper(x) + 1;
}
`;

const MAIN_C = `#include "frag.h"
struct ops { int (*read)(int); };
extern const struct ops table_ops;
int read_twice(int x);
int send4(int lite, void *from, char *to, int len);
int send6(void *from, char *to, int len);
int entry(int x);
int use_helper(int x);

int append_data(getfrag_t getfrag, void *from, char *to, int len)
{
	return getfrag(from, to, 0, len);
}

int main(void)
{
	char a[4] = "abc", b[4];
	return read_twice(1) + send4(1, a, b, 3) + send6(a, b, 3) + entry(2) + table_ops.read(3) + use_helper(4);
}
`;

const BASE: Files = {
  'compiler.h': COMPILER_H,
  'frag.h': FRAG_H,
  'direct.c': DIRECT_C,
  'send4.c': SEND4_C,
  'send6.c': SEND6_C,
  'chain.c': CHAIN_C,
  'ops.c': OPS_C,
  'helper.c': HELPER_C,
  'user.c': USER_C,
  'main.c': MAIN_C,
};

const HEAD: Files = {
  'direct.c': edit(DIRECT_C, 'x * 3 + 1', 'x * 3 + 2'),
  'frag.h': edit(FRAG_H, '^ 1;', '^ 2;'),
  'chain.c': edit(CHAIN_C, 'x ^ 0x5a', 'x ^ 0xa5'),
  'ops.c': edit(OPS_C, 'x + 7', 'x + 9'),
  'helper.c': edit(HELPER_C, 'x * 5', 'x * 6'),
};

function entries(report: Report): (PatchFunction & { object: string })[] {
  return report.patch.flatMap((o) => o.functions.map((f) => ({ ...f, object: o.object })));
}

function entry(report: Report, file: string, symbol: string): PatchFunction {
  const hit = entries(report).find((f) => f.file === file && f.symbol === symbol);
  if (!hit) throw new Error(`${file}:${symbol} is not in the patch list: ${entries(report).map((f) => `${f.file}:${f.symbol}`).join(', ')}`);
  return hit;
}

function unpatchable(report: Report, file: string, symbol: string): UnpatchableFunction {
  const hit = report.unpatchable.find((u) => u.file === file && u.symbol === symbol);
  if (!hit) throw new Error(`${file}:${symbol} is not listed as unpatchable: ${JSON.stringify(report.unpatchable, null, 1)}`);
  return hit;
}

function finding(report: Report, file: string, symbol: string): Finding {
  const hits = report.findings.filter((f) => f.ruleId === 'no-ftrace-entry' && f.file === file && f.symbol === symbol);
  if (hits.length !== 1) throw new Error(`expected one no-ftrace-entry finding for ${file}:${symbol}: ${JSON.stringify(report.findings, null, 1)}`);
  return hits[0];
}

describe('functions livepatch cannot redirect are replaced through their referrers', () => {
  let fx: Fixture;
  let report: Report;
  beforeAll(async () => {
    fx = await runFixture({ program: 'refs', cflags: '-O2 -pg -mfentry', base: BASE, head: HEAD });
    report = fx.report;
  });
  afterAll(() => fx?.cleanup());

  test('the patch list, the skeleton and the outputs name only functions that can be redirected', () => {
    const facts = fx.analysis.symbolFacts.filter((f) => f.side === 'base');
    for (const f of entries(report)) {
      const fact = facts.find((x) => x.source === f.file && x.symbol === f.symbol);
      expect(fact?.hasFentry).toBe(true);
    }
    const listed = Object.values(patchListOf(report)).flat().map((s) => s.split(',')[0]);
    const klpFuncs = [...livepatchSkeleton(report).matchAll(/\.old_name = "([^"]+)"/g)].map((m) => m[1]);
    for (const name of ['raw_read', 'lite_getfrag', 'leaf', 'mid', 'op_read', 'shared_helper']) {
      expect(listed).not.toContain(name);
      expect(klpFuncs).not.toContain(name);
    }
    // A referrer's own code did not change, but it must be replaced to reach the new callee.
    expect(klpFuncs).toEqual(expect.arrayContaining(['read_twice', 'send4', 'send6', 'entry', 'use_helper']));
  });

  test('a notrace function called directly: its caller is patched, the function is covered', () => {
    const u = unpatchable(report, 'direct.c', 'raw_read');
    expect(u).toMatchObject({ cause: 'no-ftrace-entry', coverage: 'covered', dataReferrers: [] });
    expect(u.referrers).toEqual([expect.objectContaining({ symbol: 'read_twice', kind: 'call', replacement: 'patched' })]);
    const caller = entry(report, 'direct.c', 'read_twice');
    expect(caller.reasons).toEqual([
      { kind: 'referrer', root: 'raw_read', chain: [expect.stringMatching(/^raw_read cannot be redirected \(no __fentry__/), 'read_twice calls raw_read'] },
    ]);
    expect(finding(report, 'direct.c', 'raw_read')).toMatchObject({ severity: 'notice', message: expect.stringContaining("'read_twice' (calls it)") });
  });

  test('a header inline kept out of line because callers store its address: every copy, both referrers', () => {
    const copies = report.unpatchable.filter((u) => u.symbol === 'lite_getfrag');
    expect(copies.map((u) => [u.file, u.sympos]).sort()).toEqual([['send4.c', 1], ['send6.c', 2]]);
    expect(unpatchable(report, 'send4.c', 'lite_getfrag').referrers).toEqual([expect.objectContaining({ symbol: 'send4', kind: 'address' })]);
    expect(unpatchable(report, 'send6.c', 'lite_getfrag').referrers).toEqual([expect.objectContaining({ symbol: 'send6', kind: 'address' })]);
    for (const [file, caller] of [['send4.c', 'send4'], ['send6.c', 'send6']]) {
      expect(entry(report, file, caller).reasons).toEqual([
        expect.objectContaining({ kind: 'referrer', root: 'lite_getfrag', chain: expect.arrayContaining([`${caller} takes the address of lite_getfrag`]) }),
      ]);
      const f = finding(report, file, 'lite_getfrag');
      expect(f.severity).toBe('notice');
      expect(f.message).toContain("inline-marked: the kernel's inline implies notrace");
    }
  });

  test('a referrer chain two levels deep: leaf through mid through entry', () => {
    expect(unpatchable(report, 'chain.c', 'leaf')).toMatchObject({
      coverage: 'covered',
      referrers: [expect.objectContaining({ symbol: 'mid', kind: 'call', replacement: 'through-referrers' })],
    });
    expect(unpatchable(report, 'chain.c', 'mid')).toMatchObject({
      coverage: 'covered',
      codeChange: 'unchanged',
      reasons: [expect.objectContaining({ kind: 'referrer', root: 'leaf' })],
      referrers: [expect.objectContaining({ symbol: 'entry', kind: 'call', replacement: 'patched' })],
    });
    expect(entry(report, 'chain.c', 'entry').reasons).toEqual([
      {
        kind: 'referrer',
        root: 'leaf',
        chain: [
          expect.stringMatching(/^leaf cannot be redirected/),
          expect.stringMatching(/^mid calls leaf, and cannot be redirected either/),
          'entry calls mid',
        ],
      },
    ]);
    expect(finding(report, 'chain.c', 'leaf').severity).toBe('notice');
    expect(finding(report, 'chain.c', 'mid').message).toContain("'entry' (calls it)");
  });

  test('a function referenced only from a data table: an error with advice, not a silent gap', () => {
    const u = unpatchable(report, 'ops.c', 'op_read');
    expect(u).toMatchObject({ coverage: 'uncovered', referrers: [], dataReferrers: [{ symbol: 'table_ops', section: expect.stringMatching(/^\.(rodata|data\.rel\.ro)/), file: 'ops.c', object: 'refs' }] });
    const f = finding(report, 'ops.c', 'op_read');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/data holds its address: 'table_ops' \(\.(rodata|data\.rel\.ro)[^)]*\); patching code cannot retarget that pointer: patch the function that installs it/);
    expect(report.verdict).toBe('fail');
    expect(report.verdictReasons.join(' ')).toContain('no-ftrace-entry');
  });

  test('a global notrace function: its caller in another object is found', () => {
    const u = unpatchable(report, 'helper.c', 'shared_helper');
    expect(u).toMatchObject({ coverage: 'covered', referrersOutsideBuild: false });
    expect(u.referrers).toEqual([expect.objectContaining({ symbol: 'use_helper', file: 'user.c', kind: 'call', replacement: 'patched' })]);
    expect(entry(report, 'user.c', 'use_helper').reasons[0]).toMatchObject({ kind: 'referrer', root: 'shared_helper' });
  });

  test('the reports show them apart, with how each is covered', () => {
    expect(report.summary.functionsToPatch).toBe(entries(report).length);
    const skeleton = livepatchSkeleton(report);
    expect(skeleton).toMatch(/\/\* refs: op_read: no __fentry__\/mcount call at its entry on base; NOT covered: data table_ops \(\.(rodata|data\.rel\.ro)[^)]*\) \*\//);
    expect(skeleton).toContain('/* refs: raw_read: no __fentry__/mcount call at its entry on base; covered by its referrers: read_twice (calls it) */');
  });
});
