import { callersOf, importsSymbol, referencesTo } from '../../src/compare/callers.js';
import { isFtraceBuild, isInitDataSection, whyNotRedirectable } from '../../src/compare/redirectable.js';
import { compareObjects } from '../../src/compare/compare-objects.js';
import { functionAt } from '../../src/compare/object-index.js';
import { assignSympos, symbolFacts } from '../../src/compare/symbol-facts.js';
import { GccFixture, SECTION_FLAGS } from './gcc-fixture.js';

const gcc = new GccFixture();
afterAll(() => gcc.cleanup());

describe('symbolFacts', () => {
  const src = `
extern int ext(int);
int traced(int x) { return ext(x) + 1; }
__attribute__((no_instrument_function)) int untraced(int x) { return ext(x) + 2; }
static __attribute__((noinline)) int local_helper(int x) { return ext(x * 3); }
int user(int x) { return local_helper(x) + local_helper(x + 1); }
`;

  it('finds the __fentry__ call of -pg -mfentry functions and not of notrace ones', async () => {
    const obj = await gcc.object('fentry', src, [...SECTION_FLAGS, '-pg', '-mfentry', '-fno-pic']);
    const facts = symbolFacts(obj, 'base', 'vmlinux', 'kernel/fentry.c');
    const fact = (name: string) => facts.find((f) => f.symbol === name)!;
    expect(fact('traced')).toMatchObject({ hasFentry: true, global: true, section: '.text.traced', sympos: 0, side: 'base', owner: 'vmlinux' });
    expect(fact('traced').size).toBe(obj.symbols.find((s) => s.name === 'traced')!.size);
    expect(fact('untraced').hasFentry).toBe(false);
    expect(fact('local_helper')).toMatchObject({ hasFentry: true, global: false });
    // Without -pg nothing is traceable.
    const plain = symbolFacts(await gcc.object('fentry', src), 'head', 'vmlinux', 'kernel/fentry.c');
    expect(plain.every((f) => !f.hasFentry)).toBe(true);
  });

  it('counts -fpatchable-function-entry records as ftrace entries', async () => {
    // Kernels with patchable entries define notrace as patchable_function_entry(0, 0).
    const notrace = src.replace('no_instrument_function', 'patchable_function_entry(0, 0)');
    const obj = await gcc.object('patchable', notrace, [...SECTION_FLAGS, '-fpatchable-function-entry=2']);
    const facts = symbolFacts(obj, 'base', 'vmlinux', 'kernel/p.c');
    expect(facts.find((f) => f.symbol === 'traced')!.hasFentry).toBe(true);
    expect(facts.find((f) => f.symbol === 'untraced')!.hasFentry).toBe(false);
  });

  it('numbers duplicate static names across the TUs of one linked object', async () => {
    const tu = (k: number) => `
extern int ext(int);
static __attribute__((noinline)) int helper(int x) { return ext(x * ${k}); }
int entry${k}(int x) { return helper(x) + helper(x + 1); }
`;
    const one = await gcc.object('one', tu(3));
    const two = await gcc.object('two', tu(5));
    const facts = assignSympos([
      ...symbolFacts(one, 'base', 'vmlinux', 'a/one.c'),
      ...symbolFacts(two, 'base', 'vmlinux', 'b/two.c'),
      ...symbolFacts(two, 'base', 'drivers/x.ko', 'drivers/x.c'),
    ]);
    const helpers = facts.filter((f) => f.symbol === 'helper');
    expect(helpers.map((f) => [f.source, f.owner, f.sympos])).toEqual([
      ['a/one.c', 'vmlinux', 1],
      ['b/two.c', 'vmlinux', 2],
      ['drivers/x.c', 'drivers/x.ko', 0],
    ]);
    expect(facts.filter((f) => f.symbol.startsWith('entry')).every((f) => f.sympos === 0)).toBe(true);
  });
});

describe('callersOf', () => {
  it('finds the callers of an isra clone, numbering-insensitively on request', async () => {
    const src = `
struct s { int a, b, c; };
extern int ext(int);
static __attribute__((noinline)) int get_b(struct s *p) { return ext(p->b); }
int use1(struct s *p) { return get_b(p) + 1; }
int use2(struct s *p) { return get_b(p) * 2; }
int bystander(int x) { return ext(x); }
`;
    const obj = await gcc.object('callers', src);
    const clone = obj.symbols.find((s) => /^get_b\.isra\.\d+$/.test(s.name));
    expect(clone).toBeDefined();
    expect(callersOf(obj, clone!.name)).toEqual(['use1', 'use2']);
    expect(callersOf(obj, 'get_b.isra.7')).toEqual([]);
    expect(callersOf(obj, 'get_b.isra.7', { anyNumbering: true })).toEqual(['use1', 'use2']);
    expect(callersOf(obj, 'ext')).toEqual([clone!.name, 'bystander']);
    const use2 = obj.symbols.find((s) => s.name === 'use2')!;
    expect(functionAt(obj, use2.sectionIndex, use2.value + 1)?.name).toBe('use2');
    expect(functionAt(obj, use2.sectionIndex, use2.value + use2.size)).toBeNull();
  });
});

describe('read-only tables', () => {
  it('marks a function changed when only its switch lookup table changed', async () => {
    const src = (v: number) => `
int pick(unsigned x) { switch (x) { case 0: return 11; case 1: return 22; case 2: return ${v}; case 3: return 41; case 4: return 57; case 5: return 63; default: return 0; } }
`;
    const a = await gcc.object('cswtch', src(39));
    const b = await gcc.object('cswtch', src(40));
    expect(a.symbols.some((s) => s.name.startsWith('CSWTCH.'))).toBe(true);
    const { functions, data } = compareObjects(a, b, { owner: 'vmlinux', source: 't.c' });
    expect(functions.find((f) => f.symbol === 'pick')!.status).toBe('changed');
    expect(data).toEqual([]);
  });
});

describe('referencesTo: who reaches a function, from code and from data', () => {
  const src = `
struct ops { int (*read)(int); };
extern int ext(int);
extern int (*hook)(int);
static __attribute__((noinline)) int target(int x) { return ext(x) * 3; }
int caller(int x) { return target(x) + 1; }
int tail(int x) { return target(x); }
void installer(void) { hook = target; }
const struct ops target_ops = { .read = target };
int uses_ext(int x) { return ext(x) + 2; }
`;

  it('tells calls, tail jumps, address-taking and data apart; ftrace and unwind records are no referrers', async () => {
    const obj = await gcc.object('refs', src, [...SECTION_FLAGS, '-pg', '-mfentry', '-mrecord-mcount', '-fasynchronous-unwind-tables']);
    const refs = referencesTo(obj, 'target').map((r) => [r.from, r.kind]);
    expect(refs).toEqual(expect.arrayContaining([['caller', 'call'], ['tail', 'jump'], ['installer', 'address'], ['target_ops', 'data']]));
    expect(refs).toHaveLength(4);
    // The import of an undefined global is what links another object's references to a definition.
    expect(importsSymbol(obj, 'ext')).toBe(true);
    expect(importsSymbol(obj, 'target')).toBe(false);
    // callersOf keeps its meaning: functions whose code refers to the symbol, not data.
    expect(callersOf(obj, 'target').sort()).toEqual(['caller', 'installer', 'tail']);
  });

  it('whyNotRedirectable: one rule from the base facts', async () => {
    const obj = await gcc.object(
      'redirect',
      `
extern int ext(int);
int traced(int x) { return ext(x) + 1; }
__attribute__((no_instrument_function)) int untraced(int x) { return ext(x) + 2; }
__attribute__((section(".init.text"), noinline)) int boot(int x) { return ext(x) + 3; }
__attribute__((section(".noinstr.text"), no_instrument_function, noinline)) int entry_work(int x) { return ext(x) + 4; }
`,
      [...SECTION_FLAGS, '-pg', '-mfentry', '-fno-pic'],
    );
    const facts = symbolFacts(obj, 'base', 'vmlinux', 'kernel/r.c');
    const why = (name: string) => {
      const fact = facts.find((f) => f.symbol === name);
      expect(fact).toBeDefined();
      return whyNotRedirectable(fact!, isFtraceBuild(false, facts))?.cause ?? null;
    };
    expect(why('traced')).toBeNull();
    expect(why('untraced')).toBe('no-ftrace-entry');
    expect(why('boot')).toBe('init-code');
    expect(why('entry_work')).toBe('noinstr');
    // A build without ftrace at all says nothing of missing entries (sections still decide).
    const plain = symbolFacts(obj, 'base', 'prog', 'r.c').map((f) => ({ ...f, hasFentry: false }));
    expect(isFtraceBuild(false, plain)).toBe(false);
    // A kernel build is made for ftrace whatever its objects say (named as a command build's would be).
    expect(isFtraceBuild(true, plain)).toBe(true);
    expect(whyNotRedirectable(plain.find((f) => f.symbol === 'untraced')!, false)).toBeNull();
    expect(whyNotRedirectable(plain.find((f) => f.symbol === 'boot')!, false)?.cause).toBe('init-code');
    expect(whyNotRedirectable({ ...plain[0], symbol: 'traced.cold' }, true)).toBeNull();
  });

  it('init data is freed after boot: a pointer kept there is no way to reach old code', () => {
    for (const s of ['.init.data', '.init.rodata', '.initcall6.init', '.init.setup', '.exit.data', '.con_initcall.init']) expect(isInitDataSection(s)).toBe(true);
    for (const s of ['.rodata', '.data.rel.ro.local.table_ops', '.data', '__ksymtab_foo', '.data..read_mostly']) expect(isInitDataSection(s)).toBe(false);
  });
});
