// The hazards only kernel-shaped code shows, end to end: a kernel-like C file (the section layouts of
// Linux 6.1 x86-64 jump labels, exception table, exports and syscall wrappers, written as small macros
// in kern.h) in a real two-commit git repository, built at base and head by gcc through its Makefile and
// analysed by runGate. Rules whose graded cases need a kernel module owner or another architecture are
// tested on real objects in test/hazards/code-facts.test.ts.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ruleMeta } from '../../src/hazards/catalogue.js';
import type { Finding, Report } from '../../src/model.js';
import { runFixture, type Fixture } from './fixture-repo.js';

const KERN_H = `/* Kernel-shaped macros for the fixture: the section layouts of Linux 6.1 x86-64 (jump labels, exception
 * table, exports, syscall wrappers), written for a user-space build. */
#ifndef KERN_H
#define KERN_H
struct static_key { int enabled; };
struct task_struct;
struct pt_regs { unsigned long di, si, dx; };

#define __init __attribute__((section(".init.text"))) __attribute__((cold, noinline))
#define __initdata __attribute__((section(".init.data")))
#define __read_mostly __attribute__((section(".data..read_mostly")))
#define __percpu_data __attribute__((section(".data..percpu")))

static inline __attribute__((always_inline)) int static_branch_unlikely(struct static_key *key)
{
	asm goto("1: .byte 0x0f,0x1f,0x44,0x00,0x00\\n\\t"
		 ".pushsection __jump_table, \\"aw\\"\\n\\t"
		 ".balign 8\\n\\t"
		 ".long 1b - ., %l[l_yes] - .\\n\\t"
		 ".quad %c0 - .\\n\\t"
		 ".popsection\\n\\t"
		 : : "i" (key) : : l_yes);
	return 0;
l_yes:
	return 1;
}

#define _ASM_EXTABLE(from, to) \\
	".pushsection __ex_table, \\"a\\"\\n\\t.balign 4\\n\\t.long (" #from ") - ., (" #to ") - ., 0\\n\\t.popsection\\n\\t"

#define ___EXPORT_SYMBOL(sym, sec, ns) \\
	asm("	.section \\"__ksymtab_strings\\",\\"aMS\\",%progbits,1\\n" \\
	    "__kstrtab_" #sym ":\\n	.asciz \\"" #sym "\\"\\n" \\
	    "__kstrtabns_" #sym ":\\n	.asciz \\"" ns "\\"\\n	.previous\\n" \\
	    "	.section \\"___ksymtab" sec "+" #sym "\\", \\"a\\"\\n	.balign 4\\n" \\
	    "__ksymtab_" #sym ":\\n	.long " #sym " - .\\n	.long __kstrtab_" #sym " - .\\n" \\
	    "	.long __kstrtabns_" #sym " - .\\n	.previous\\n")
#define EXPORT_SYMBOL(sym) ___EXPORT_SYMBOL(sym, "", "")
#define EXPORT_SYMBOL_GPL(sym) ___EXPORT_SYMBOL(sym, "_gpl", "")
#define EXPORT_SYMBOL_NS(sym, ns) ___EXPORT_SYMBOL(sym, "", #ns)

#define SYSCALL_DEFINE1(name, t1, a1) \\
	static inline long __do_sys_##name(t1 a1); \\
	static long __se_sys_##name(long a1) { return __do_sys_##name((t1)a1); } \\
	long __x64_sys_##name(const struct pt_regs *regs); \\
	long __x64_sys_##name(const struct pt_regs *regs) { return __se_sys_##name(regs->di); } \\
	static inline long __do_sys_##name(t1 a1)

struct task_struct *kthread_create_on_node(int (*fn)(void *), void *data, int node, const char *fmt, ...);
#define kthread_run(fn, data, fmt, ...) ({ \\
	struct task_struct *__k = kthread_create_on_node(fn, data, -1, fmt, ##__VA_ARGS__); \\
	if (__k) wake_up_process(__k); \\
	__k; })
int wake_up_process(struct task_struct *t);
void schedule(void);
int kthread_should_stop(void);
void spin_lock(int *l);
void spin_unlock(int *l);
#endif
`;

const KERN_C = `#include "kern.h"

int do_work(int n);
int other(int x);

struct static_key feat_key;
static int boot_table[4] __initdata = { 1, 2, 3, 4 };
int hot_value = 3;
int lk;
int counter;

int use_key(int x)
{
	if (static_branch_unlikely(&feat_key))
		return x * 3;
	return x;
}

int read_user(const int *p)
{
	int v = 0;
	asm volatile("1: movl (%1), %0\\n2:\\n" _ASM_EXTABLE(1b, 2b) : "+r"(v) : "r"(p));
	return v;
}

static int worker_fn(void *data)
{
	while (!kthread_should_stop()) {
		do_work(1);
		schedule();
	}
	return 0;
}

int start_worker(void)
{
	return kthread_run(worker_fn, 0, "lpg_worker/%d", 0) != 0;
}

int uses_boot(int i)
{
	return hot_value + i;
}

void bump(void)
{
	spin_lock(&lk);
	counter++;
	spin_unlock(&lk);
}

int peek(void)
{
	return counter;
}

int old_path(int x)
{
	return x - 1;
}

int exp_fn(int x)
{
	return x + 1;
}
EXPORT_SYMBOL(exp_fn);

SYSCALL_DEFINE1(lpgcall, int, x)
{
	return x * 2;
}

int __init setup_boot(void)
{
	return boot_table[0];
}
`;

const STUBS_C = `#include "kern.h"
struct task_struct { int x; };
static struct task_struct one;
struct task_struct *kthread_create_on_node(int (*fn)(void *), void *data, int node, const char *fmt, ...) { (void)fn; (void)data; (void)node; (void)fmt; return &one; }
int wake_up_process(struct task_struct *t) { return t != 0; }
void schedule(void) {}
int kthread_should_stop(void) { return 1; }
void spin_lock(int *l) { *l = 1; }
void spin_unlock(int *l) { *l = 0; }
int do_work(int n) { return n; }
int other(int x) { return x; }
int main(void) { return 0; }
`;

function edit(text: string, ...replacements: [string, string][]): string {
  let out = text;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`fixture edit: ${JSON.stringify(from)} not found`);
    out = out.replace(from, to);
  }
  return out;
}

const KERN_C_HEAD = edit(
  KERN_C,
  ['return x * 3;', 'return x * 5;'], // static-branch: use_key has a jump label on feat_key
  ['int v = 0;', 'int v = -1;'], // special-section: read_user has an __ex_table entry
  ['do_work(1);', 'do_work(2);'], // stuck-transition: worker_fn is kthread lpg_worker's main loop
  ['return hot_value + i;', 'return hot_value + boot_table[i & 3];'], // init-reference: __initdata
  ['int hot_value = 3;', 'int hot_value __read_mostly = 3;'], // data-section: hot_value moves section
  ['\tspin_lock(&lk);\n\tcounter++;\n\tspin_unlock(&lk);', '\tcounter++;'], // data-semantics: bump drops the lock
  ['int old_path(int x)\n{\n\treturn x - 1;\n}\n\n', ''], // code-removal
  ['EXPORT_SYMBOL(exp_fn);', 'EXPORT_SYMBOL_NS(exp_fn, LPG_NS);\n\nint exp_new(int x)\n{\n\treturn x + 2;\n}\nEXPORT_SYMBOL_GPL(exp_new);'], // export-change
  ['return x * 2;', 'return x * 4;'], // syscall-change
);

function only(report: Report, ruleId: string, symbol: string): Finding {
  expect(ruleMeta(ruleId)?.advice.trim()).not.toBe('');
  const hits = report.findings.filter((f) => f.ruleId === ruleId && f.symbol === symbol);
  if (hits.length !== 1) throw new Error(`expected one ${ruleId} finding for ${symbol}, got: ${JSON.stringify(report.findings.filter((f) => f.ruleId === ruleId), null, 1)}`);
  expect(hits[0].file).toBe('kern.c');
  expect(hits[0].message).toContain(symbol);
  return hits[0];
}

describe('kernel-shaped hazards in a plain -O2 make project', () => {
  let fx: Fixture;
  let report: Report;
  beforeAll(async () => {
    fx = await runFixture({ base: { 'kern.h': KERN_H, 'kern.c': KERN_C, 'stubs.c': STUBS_C }, head: { 'kern.c': KERN_C_HEAD } });
    report = fx.report;
  });
  afterAll(() => fx?.cleanup());

  test('code facts come from the objects: jump-table keys, exception entries, thread function addresses', () => {
    const base = (symbol: string) => fx.analysis.codeFacts.find((f) => f.side === 'base' && f.symbol === symbol);
    expect(base('use_key')?.special).toEqual([{ section: '__jump_table', references: 2, keys: [{ name: 'feat_key', section: '.bss.feat_key' }] }]);
    expect(base('read_user')?.special.map((s) => s.section)).toEqual(['__ex_table']);
    expect(base('start_worker')?.references).toEqual(expect.arrayContaining([
      { name: 'worker_fn', kind: 'address', type: 'FUNC', section: '.text.worker_fn' },
      { name: 'kthread_create_on_node', kind: 'call', type: 'NOTYPE' },
    ]));
    expect(base('start_worker')?.strings).toEqual(['lpg_worker/%d']);
  });

  test('static-branch: a jump label on a key of the program itself is a notice (not a module key)', () => {
    const f = only(report, 'static-branch', 'use_key');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain("'feat_key'");
  });

  test('special-section: the exception-table entry of read_user must travel with it', () => {
    expect(only(report, 'special-section', 'read_user').message).toContain('__ex_table');
  });

  test('stuck-transition: the kthread main loop is named with its thread', () => {
    const f = only(report, 'stuck-transition', 'worker_fn');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('"lpg_worker/%d"');
    expect(f.message).toContain('schedule()');
  });

  test('init-reference: uses_boot reads __initdata at head', () => {
    const f = only(report, 'init-reference', 'uses_boot');
    expect(f.message).toContain("'boot_table'");
    expect(f.message).toContain('.init.data');
  });

  test('data-section: hot_value moves to .data..read_mostly under uses_boot', () => {
    expect(only(report, 'data-section', 'uses_boot').message).toContain('.data..read_mostly');
  });

  test('data-semantics: bump stops taking spin_lock / spin_unlock', () => {
    const msgs = report.findings.filter((f) => f.ruleId === 'data-semantics' && f.symbol === 'bump').map((f) => f.message);
    expect(msgs).toEqual(expect.arrayContaining([expect.stringContaining('no longer calls spin_lock()'), expect.stringContaining('no longer calls spin_unlock()')]));
  });

  test('code-removal: old_path exists only at base', () => {
    only(report, 'code-removal', 'old_path');
  });

  test('export-change: exp_fn moves to a namespace (error), exp_new is added (warning)', () => {
    expect(only(report, 'export-change', 'exp_fn')).toMatchObject({ severity: 'error' });
    expect(only(report, 'export-change', 'exp_fn').message).toContain("'LPG_NS'");
    expect(only(report, 'export-change', 'exp_new')).toMatchObject({ severity: 'warning' });
  });

  test('syscall-change: the wrapper holding the body is named, not __do_sys_', () => {
    const f = only(report, 'syscall-change', '__x64_sys_lpgcall');
    expect(f.message).toContain('patch __x64_sys_lpgcall');
  });
});
