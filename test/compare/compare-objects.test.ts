import { compareObjects } from '../../src/compare/compare-objects.js';
import type { FunctionCodeDiff } from '../../src/model.js';
import { GccFixture, shiftAfter } from './gcc-fixture.js';

const gcc = new GccFixture();
afterAll(() => gcc.cleanup());
const ctx = { owner: 'vmlinux', source: 'kernel/demo.c' };

function byName(diffs: FunctionCodeDiff[], symbol: string): FunctionCodeDiff {
  const d = diffs.find((x) => x.symbol === symbol);
  if (!d) throw new Error(`no diff for ${symbol} in ${JSON.stringify(diffs)}`);
  return d;
}

describe('compareObjects: functions', () => {
  it('marks a changed constant changed and leaves the other functions unchanged', async () => {
    const src = (k: number) => `
extern int ext(int);
int stable(int x) { return ext(x) + 11; }
int tweak(int x) { return ext(x) * ${k}; }
static int helper_data = 4;
int reader(void) { return helper_data; }
`;
    const base = await gcc.object('demo', src(1000));
    const head = await gcc.object('demo', src(2000));
    const { functions, data } = compareObjects(base, head, ctx);
    expect(byName(functions, 'stable').status).toBe('unchanged');
    expect(byName(functions, 'reader').status).toBe('unchanged');
    const tweak = byName(functions, 'tweak');
    expect(tweak.status).toBe('changed');
    expect(tweak.detail).toMatch(/bytes differ at \+0x/);
    expect(tweak).toMatchObject({ owner: 'vmlinux', source: 'kernel/demo.c' });
    expect(data).toEqual([]);
  });

  it('reports a function whose only change is a moved __LINE__ as line-only', async () => {
    const base = `#include <stdio.h>
extern int ext(int);
int other(int x) { return ext(x) + 1; }
void report(int v) { printf("value %d at line %d\\n", v, __LINE__); }
`;
    const head = base.replace('int other', '\nint other');
    const lineShift = shiftAfter(3, 1, 10);
    const a = await gcc.object('line', base);
    const b = await gcc.object('line', head);
    const { functions } = compareObjects(a, b, { ...ctx, lineShift });
    const report = byName(functions, 'report');
    expect(report.status).toBe('line-only');
    expect(report.detail).toContain('4 → 5');
    expect(byName(functions, 'other').status).toBe('unchanged');
    // Without the line map the same difference is a real change.
    expect(byName(compareObjects(a, b, ctx).functions, 'report').status).toBe('changed');
  });

  it('treats a __stringify(__LINE__) string that moved as line-only', async () => {
    const base = `#include <stdio.h>
#define S2(x) #x
#define S(x) S2(x)
void where(void) { puts("at " __FILE__ ":" S(__LINE__)); }
`;
    const head = base.replace('void where', '\n\nvoid where');
    const a = await gcc.object('str', base);
    const b = await gcc.object('str', head);
    const res = compareObjects(a, b, { ...ctx, lineShift: shiftAfter(4, 2, 10) });
    expect(byName(res.functions, 'where').status).toBe('line-only');
  });

  it('compares string literals by content, not by their offset in the string section', async () => {
    // Without -fdata-sections all strings share .rodata.str1.1 (and all code shares .text), so a longer
    // string in first() moves second()'s string; second() must still compare unchanged.
    const src = (s: string) => `#include <stdio.h>
void first(void) { puts("${s}"); }
void second(void) { puts("unchanged text"); }
`;
    const a = await gcc.object('strings', src('beta'), ['-O2']);
    const b = await gcc.object('strings', src('beta is longer now'), ['-O2']);
    const { functions } = compareObjects(a, b, ctx);
    const first = byName(functions, 'first');
    expect(first.status).toBe('changed');
    expect(first.detail).toContain('"beta" → "beta is longer now"');
    expect(byName(functions, 'second').status).toBe('unchanged');
    // second's string really moved.
    const strOffset = (o: typeof a) => {
      const text = o.sections.find((s) => s.name === '.text')!;
      const second = o.symbols.find((s) => s.name === 'second')!;
      const rel = text.relocations.find((r) => r.offset >= second.value && o.sections[o.symbols[r.symbol].sectionIndex]?.name.startsWith('.rodata'));
      return rel ? o.symbols[rel.symbol].value + rel.addend : undefined;
    };
    expect(strOffset(a)).toBeDefined();
    expect(strOffset(a)).not.toBe(strOffset(b));
  });

  it('pairs renumbered constprop clones by content and reports added/removed functions', async () => {
    const src = (use1: string, extra: string) => `
struct s { int a, b, c; };
extern int ext(int);
static __attribute__((noinline)) int get(struct s *p, int k) {
  int r = 0;
  for (int i = 0; i < p->b; i++) {
    if (k == 3) r += ext(i * 3) + ext(i + 7);
    else if (k == 5) r += ext(i * 11) - ext(i ^ 9);
    else r += ext(i) * ext(k);
  }
  return r;
}
int use1(struct s *p) { return ${use1}; }
int use2(struct s *p, int k) { return get(p, k) + 1; }
${extra}
`;
    const flags = ['-O2', '-fipa-cp-clone', '-ffunction-sections', '-fdata-sections'];
    const a = await gcc.object('clones', src('get(p, 3) + get(p, 5)', 'int gone(void) { return 1; }'), flags);
    const b = await gcc.object('clones', src('get(p, 3)', 'int fresh(void) { return 2; }'), flags);
    const names = (o: typeof a) => o.symbols.filter((s) => s.name.startsWith('get.constprop')).map((s) => s.name);
    expect(names(a)).toEqual(['get.constprop.0', 'get.constprop.1']);
    expect(names(b)).toEqual(['get.constprop.0']);
    const { functions } = compareObjects(a, b, ctx);
    const paired = functions.find((d) => d.symbol.startsWith('get.constprop') && d.status === 'unchanged')!;
    expect(paired).toBeDefined();
    expect(paired.headSymbol).toBe('get.constprop.0');
    expect(paired.symbol).toBe('get.constprop.1');
    expect(byName(functions, 'get.constprop.0').status).toBe('removed');
    expect(byName(functions, 'gone').status).toBe('removed');
    expect(functions.find((d) => d.symbol === 'fresh')).toMatchObject({ status: 'added', headSymbol: 'fresh' });
    // use2 calls get itself; use1 changed (one call fewer).
    expect(byName(functions, 'use2').status).toBe('unchanged');
    expect(byName(functions, 'use1').status).toBe('changed');
  });

  it('pairs isra clones whose numbers differ and compares calls to them through the pairing', async () => {
    // The clone numbers are forced with asm labels so the two sides really disagree (foo.isra.0 ↔ foo.isra.3).
    const src = (n: number, k: number) => `
extern int ext(int);
static __attribute__((noinline)) int foo_clone(int x) __asm__("foo.isra.${n}");
static __attribute__((noinline)) int foo_clone(int x) { return ext(x * ${k}); }
static __attribute__((noinline)) int bar_clone(int x) __asm__("bar.constprop.${n}");
static __attribute__((noinline)) int bar_clone(int x) { return ext(x + 5); }
int caller(int x) { return foo_clone(x) + bar_clone(x); }
`;
    const a = await gcc.object('isra', src(0, 3));
    const b = await gcc.object('isra', src(3, 3));
    expect(a.symbols.some((s) => s.name === 'foo.isra.0')).toBe(true);
    expect(b.symbols.some((s) => s.name === 'foo.isra.3')).toBe(true);
    const { functions } = compareObjects(a, b, ctx);
    expect(byName(functions, 'foo.isra.0')).toMatchObject({ headSymbol: 'foo.isra.3', status: 'unchanged' });
    expect(byName(functions, 'bar.constprop.0')).toMatchObject({ headSymbol: 'bar.constprop.3', status: 'unchanged' });
    expect(byName(functions, 'caller').status).toBe('unchanged');
    expect(functions.filter((d) => d.status === 'added' || d.status === 'removed')).toEqual([]);

    // Kinds never pair: an isra clone at base and a constprop clone at head are removed + added.
    const c = await gcc.object('isra', src(0, 3).replace('foo.isra.0', 'foo.constprop.0'));
    const cross = compareObjects(a, c, ctx).functions;
    expect(byName(cross, 'foo.isra.0').status).toBe('removed');
    expect(cross.find((d) => d.symbol === 'foo.constprop.0')?.status).toBe('added');
    expect(byName(cross, 'caller').status).toBe('changed');

    // A changed clone is changed; its caller's call still pairs.
    const d = await gcc.object('isra', src(3, 4));
    const changed = compareObjects(a, d, ctx).functions;
    expect(byName(changed, 'foo.isra.0').status).toBe('changed');
    expect(byName(changed, 'caller').status).toBe('unchanged');
  });

  it('attaches a changed .cold child to its parent', async () => {
    const src = (k: number) => `
extern void slow(int);
extern int ext(int);
extern void __attribute__((cold)) report_bug(const char *, int);
int f(int x) {
  int r = ext(x);
  if (r > 100) {
    report_bug("bad value", r);
    slow(x); slow(x + 1); slow(x * ${k});
    return ext(r * 5);
  }
  return x * 2;
}
`;
    const a = await gcc.object('cold', src(7));
    const b = await gcc.object('cold', src(9));
    const cold = a.symbols.find((s) => s.name === 'f.cold')!;
    expect(cold).toBeDefined();
    expect(a.sections[cold.sectionIndex].name).toBe('.text.unlikely.f');
    const { functions } = compareObjects(a, b, ctx);
    expect(byName(functions, 'f.cold').status).toBe('changed');
    const parent = byName(functions, 'f');
    expect(parent.status).toBe('changed');
    expect(parent.detail).toContain('child f.cold changed');
    // Unchanged source: both unchanged.
    const same = compareObjects(a, await gcc.object('cold', src(7)), ctx).functions;
    expect(same.every((d) => d.status === 'unchanged')).toBe(true);
  });
});

describe('compareObjects: data', () => {
  it('reports changed, added and removed variables and changed static locals', async () => {
    const base = `
int limit = 5;
int old_only = 1;
const int table[3] = { 1, 2, 3 };
int counter(void) { static int calls = 10; return calls++; }
int stable_local(void) { static int n; return n++; }
`;
    const head = `
int limit = 6;
int new_only = 1;
const int table[3] = { 1, 2, 3 };
int counter(void) { static int calls = 11; return calls++; }
int stable_local(void) { static int n; return n++; }
`;
    const a = await gcc.object('data', base);
    const b = await gcc.object('data', head);
    const { data } = compareObjects(a, b, ctx);
    const find = (symbol: string) => data.find((d) => d.symbol === symbol);
    expect(find('limit')).toMatchObject({ status: 'changed', section: '.data', staticLocal: false });
    expect(find('old_only')).toMatchObject({ status: 'removed', section: '.data' });
    expect(find('new_only')).toMatchObject({ status: 'added', section: '.data' });
    expect(find('table')).toBeUndefined();
    const calls = data.find((d) => d.symbol.startsWith('calls.'));
    expect(calls).toMatchObject({ status: 'changed', staticLocal: true, section: '.data' });
    expect(data.find((d) => d.symbol.startsWith('n.'))).toBeUndefined();
    expect(data).toHaveLength(4);
  });

  it('pairs two functions\' same-named static locals by the function that uses them', async () => {
    const src = (x: number, y: number) => `
int a(void) { static int count = ${x}; return count++; }
int b(void) { static int count = ${y}; return count++; }
`;
    const base = await gcc.object('locals', src(1, 2));
    const head = await gcc.object('locals', src(1, 3));
    const { data, functions } = compareObjects(base, head, ctx);
    expect(data).toHaveLength(1);
    // The changed one is b's count, whatever number GCC gave it.
    const bCount = base.symbols.find((s) => s.name.startsWith('count.') && base.sections[s.sectionIndex].data[0] === 2)!;
    expect(data[0]).toMatchObject({ symbol: bCount.name, status: 'changed', staticLocal: true });
    expect(functions.every((f) => f.status === 'unchanged')).toBe(true);
  });
});
