// The whole pipeline on other architectures: the same small project cross-compiled by Debian's gcc 12
// for arm64, ppc64le and s390x (arch → the compiler wrapper runs <triplet>-gcc) with each arch's Linux
// 6.1 ftrace flags. Inlining, a constprop clone, an isra clone that vanishes at head, ftrace entries and
// each arch's relocations go through build → clones → compare → patch list → hazards. A missing cross
// compiler fails these tests (.ci/run installs them).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { EM_AARCH64, EM_PPC64, EM_S390 } from '../../src/architectures.js';
import { readObject } from '../../src/compare/elf.js';
import type { Report } from '../../src/model.js';
import { runFixture, type Fixture } from './fixture-repo.js';

const NET_C = `#include <string.h>
struct pkt { unsigned len, flags; unsigned char data[64]; };
void sink(const void *p);
extern int verbose;

/* Reads two fields through p: IPA-SRA passes them as scalars (weight.isra.0). */
static __attribute__((noinline)) unsigned weight(const struct pkt *p)
{
	return p->len * 3 + (p->flags & 0xf);
}

/* p escapes and k is always 7: a constprop clone. */
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

unsigned pkt_mix(const struct pkt *p)
{
	return mix(p, 7) ^ 3;
}

unsigned pkt_mix2(const struct pkt *p)
{
	return mix(p + 1, 7) + 5;
}

int pkt_route(const struct pkt *p)
{
	return route_class(p->flags) + (verbose ? 10 : 0);
}

int pkt_route_all(const struct pkt *p, int n)
{
	int acc = 0;
	for (int i = 0; i < n; i++)
		acc += route_class(p[i].flags);
	return acc;
}

const char *pkt_name(int kind)
{
	return kind ? "data" : "control";
}
`;

const MAIN_C = `#include <stdio.h>
struct pkt { unsigned len, flags; unsigned char data[64]; };
unsigned pkt_weight(const struct pkt *p);
unsigned pkt_weight_all(const struct pkt *p, int n);
unsigned pkt_mix(const struct pkt *p);
unsigned pkt_mix2(const struct pkt *p);
int pkt_route(const struct pkt *p);
int pkt_route_all(const struct pkt *p, int n);
const char *pkt_name(int kind);
int verbose;
void sink(const void *p) { if (verbose) printf("%p\\n", p); }
int main(int argc, char **argv)
{
	(void)argv;
	struct pkt p[2] = { { 1, 2, { 0 } }, { 3, 4, { 0 } } };
	verbose = argc > 3;
	printf("%u %u %u %u %d %d %s\\n", pkt_weight(p), pkt_weight_all(p, 2), pkt_mix(p), pkt_mix2(p), pkt_route(p), pkt_route_all(p, 2), pkt_name(argc));
	return 0;
}
`;

// Linked like a kernel's built-in objects (ld -r): -mprofile-kernel's _mcount calls cannot be linked
// into a user-space program, and the objects are what the pipeline compares.
const MAKEFILE = (ftrace: string) => `CC ?= gcc
CFLAGS ?= -O2 ${ftrace}

pktd.o: main.o net.o
\t$(CC) -r -nostdlib -o $@ main.o net.o

%.o: %.c
\t$(CC) $(CFLAGS) -c $< -o $@
`;

const NET_HEAD = NET_C
  // weight's pointer escapes at head: the isra clone vanishes, its callers must be replaced.
  .replace('\treturn p->len * 3 + (p->flags & 0xf);', '\tif (p->len > 256)\n\t\tsink(p);\n\treturn p->len * 3 + (p->flags & 0xf);')
  // route_class changes: it has no symbol, the functions it was inlined into carry the change.
  .replace('? 2 : (flags & 1)', '? 3 : (flags & 1)');

interface Target {
  arch: string;
  machine: number;
  /** CC_FLAGS_FTRACE of the arch in Linux 6.1. */
  ftrace: string;
}

const TARGETS: Target[] = [
  { arch: 'arm64', machine: EM_AARCH64, ftrace: '-fpatchable-function-entry=2' },
  { arch: 'ppc64le', machine: EM_PPC64, ftrace: '-pg -mprofile-kernel' },
  { arch: 's390x', machine: EM_S390, ftrace: '-pg -mfentry -mnop-mcount -mrecord-mcount' },
];

const symbols = (report: Report) => report.patch.flatMap((o) => o.functions.map((f) => f.symbol)).sort();

for (const t of TARGETS) {
  describe(`the pipeline on ${t.arch} objects`, () => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await runFixture({ base: { Makefile: MAKEFILE(t.ftrace), 'net.c': NET_C, 'main.c': MAIN_C }, head: { 'net.c': NET_HEAD }, arch: t.arch });
    });
    afterAll(() => fx?.cleanup());

    test('built by the cross compiler: every object is of the arch', async () => {
      const units = fx.analysis.symbolFacts.filter((f) => f.side === 'base');
      expect(units.length).toBeGreaterThan(0);
      const obj = await readObject(`${fx.dir}/work/base/src/net.o`);
      expect(obj.machine).toBe(t.machine);
      expect(fx.report.codestream).toMatchObject({ arch: t.arch });
    });

    test('patch list: the vanished isra clone with its callers, and the callers route_class was inlined into', () => {
      const list = symbols(fx.report);
      // The isra clone exists at base only: not replaceable itself, its running callers are.
      const isra = fx.report.vanished.flatMap((o) => o.functions).find((f) => /^weight\.isra\.\d+$/.test(f.symbol));
      expect(isra).toBeDefined();
      expect(fx.report.findings.find((f) => f.ruleId === 'clone-vanished')).toMatchObject({ symbol: isra!.symbol, severity: 'error' });
      expect(list).toEqual(['pkt_route', 'pkt_route_all', 'pkt_weight', 'pkt_weight_all']);
      const why = (symbol: string) => fx.report.patch[0].functions.find((f) => f.symbol === symbol)!.reasons.map((r) => r.kind);
      expect(why('pkt_weight')).toContain('caller-of-changed-clone');
      expect(why('pkt_route_all')).toContain('inlined');
      // The constprop clone of mix and its callers did not change and are not listed.
      expect(list.filter((s) => s.startsWith('mix') || s.startsWith('pkt_mix') || s === 'pkt_name')).toEqual([]);
      // Nothing whose code changed is unexplained by the clone graph.
      expect(fx.report.findings.filter((f) => f.ruleId === 'unexplained-change')).toEqual([]);
    });

    test('ftrace entries: every function to patch has one, so no no-ftrace-entry finding', () => {
      for (const f of fx.report.patch[0].functions) {
        expect([f.symbol, fx.analysis.symbolFacts.find((x) => x.side === 'base' && x.symbol === f.symbol)?.hasFentry]).toEqual([f.symbol, true]);
      }
      expect(fx.report.findings.filter((f) => f.ruleId === 'no-ftrace-entry')).toEqual([]);
    });

    test('object comparison: only the changed functions differ (relocations of strings, globals, TOC, GOT masked)', () => {
      const changed = fx.analysis.codeDiffs.filter((d) => d.status !== 'unchanged').map((d) => d.symbol).sort();
      expect(changed.filter((s) => /^(pkt_mix|pkt_mix2|pkt_name|main|sink)$|^mix/.test(s))).toEqual([]);
      expect(changed).toEqual(expect.arrayContaining(['pkt_route', 'pkt_route_all']));
    });
  });
}

test('an object of another machine than the arch asked for is an error, never compared', async () => {
  // arch arm64 with an empty cross prefix: the wrapper runs the host gcc, whose x86-64 objects must be refused.
  await expect(
    runFixture({ base: { Makefile: MAKEFILE(''), 'net.c': NET_C, 'main.c': MAIN_C }, head: { 'net.c': NET_HEAD }, arch: 'arm64', crossCompile: '' }),
  ).rejects.toThrow(/base object of (net|main)\.c \(.*\.o\) is x86-64 \(e_machine 62\), little-endian, but this run builds for arm64 \(arch\)/);
});
