// A one-fix PR on a real C project whose shared header changes a struct's layout: the header is
// included by many translation units (some the Makefile does not build), each with an ops table of that
// struct and functions that only pass the table on, plus a data object whose initializer the PR changes
// and functions that only reference it. Built at base and head by gcc through its Makefile and analysed
// by runGate, like every pipeline fixture (test/pipeline/fixture-repo.ts).
import { runFixture, type Files, type Fixture } from './fixture-repo.js';

/** Translation units with an ops table of `struct hook_ops`, built; and includers the Makefile leaves out. */
export const MODULES = Array.from({ length: 40 }, (_, i) => `mod${String(i + 1).padStart(2, '0')}`);
export const UNBUILT = Array.from({ length: 6 }, (_, i) => `extra${String(i + 1).padStart(2, '0')}`);

const HOOK_H = `#ifndef HOOK_H
#define HOOK_H
struct hook_ops {
	int (*fn)(void *priv, int pf);
	void *priv;
	int pf;
	int priority;
};
int register_hooks(const struct hook_ops *ops, unsigned n);
void unregister_hooks(const struct hook_ops *ops, unsigned n);
#endif
`;

const CORE_C = `#include "hook.h"

static const struct hook_ops *table[64];
static unsigned used;

/* The data object the PR changes, and two functions that only read it. */
static const int limits[4] = { 16, 32, 64, 128 };

__attribute__((noinline)) int limit_of(unsigned i)
{
	return limits[i & 3];
}

__attribute__((noinline)) int over_limit(unsigned i, int v)
{
	return v > limits[i & 3];
}

int register_hooks(const struct hook_ops *ops, unsigned n)
{
	for (unsigned i = 0; i < n && used < 64; i++) {
		if (ops[i].priority < -100 || ops[i].pf > 12)
			return -1;
		table[used++] = &ops[i];
	}
	return 0;
}

void unregister_hooks(const struct hook_ops *ops, unsigned n)
{
	for (unsigned i = 0; i < used; i++)
		if (table[i] >= ops && table[i] < ops + n)
			table[i] = 0;
}

/* The PR's own fix. */
__attribute__((noinline)) unsigned active_hooks(void)
{
	unsigned n = 0;
	for (unsigned i = 0; i < used; i++)
		n += table[i] != 0;
	return n;
}
`;

function moduleC(name: string, n: number): string {
  return `#include "hook.h"

static int ${name}_fn(void *priv, int pf)
{
	return pf + ${n} + (priv != 0);
}

static const struct hook_ops ${name}_ops[] = {
	{ .fn = ${name}_fn, .pf = 2, .priority = ${n} },
	{ .fn = ${name}_fn, .pf = 10, .priority = -${n} },
};

int ${name}_init(void)
{
	return register_hooks(${name}_ops, 2);
}

void ${name}_exit(void)
{
	unregister_hooks(${name}_ops, 2);
}

__attribute__((noinline)) int ${name}_prio(const struct hook_ops *o)
{
	return o->priority * ${n};
}

int ${name}_ping(void)
{
	return ${n};
}
`;
}

function mainC(): string {
  const decls = MODULES.map((m) => `int ${m}_init(void); void ${m}_exit(void); int ${m}_prio(const struct hook_ops *o); int ${m}_ping(void);`).join('\n');
  const calls = MODULES.map((m) => `\tr += ${m}_init() + ${m}_prio(0 ? 0 : &dummy) + ${m}_ping();\n\t${m}_exit();`).join('\n');
  return `#include "hook.h"
${decls}
int limit_of(unsigned i);
int over_limit(unsigned i, int v);
unsigned active_hooks(void);
static struct hook_ops dummy;

int main(int argc, char **argv)
{
	int r = 0;
	(void)argv;
${calls}
	return r + limit_of(argc) + over_limit(argc, 3) + (int)active_hooks();
}
`;
}

function makefile(): string {
  const objects = ['core.o', 'main.o', ...MODULES.map((m) => `${m}.o`)];
  return [
    'CC ?= gcc',
    // Not position independent, like the kernel: a const ops table with pointers lands in .rodata.
    'CFLAGS ?= -O2 -fno-pie',
    `OBJS = ${objects.join(' ')}`,
    '',
    'prog: $(OBJS)',
    '\t$(CC) $(CFLAGS) -no-pie -o $@ $(OBJS)',
    '',
    '%.o: %.c hook.h',
    '\t$(CC) $(CFLAGS) -I. -c $< -o $@',
    '',
  ].join('\n');
}

export const BASE: Files = {
  Makefile: makefile(),
  'hook.h': HOOK_H,
  'core.c': CORE_C,
  'main.c': mainC(),
  ...Object.fromEntries(MODULES.map((m, i) => [`${m}.c`, moduleC(m, i + 1)])),
  // Include the header, but the Makefile does not build them: not news for this PR.
  ...Object.fromEntries(UNBUILT.map((m, i) => [`${m}.c`, moduleC(m, 100 + i)])),
};

/** The one fix: a field added to struct hook_ops, one limit raised, active_hooks counts differently. */
export const HEAD: Files = {
  'hook.h': HOOK_H.replace('\tvoid *priv;\n', '\tvoid *priv;\n\tunsigned long flags;\n'),
  'core.c': CORE_C.replace('{ 16, 32, 64, 128 }', '{ 16, 32, 64, 256 }').replace('n += table[i] != 0;', 'n += table[i] != 0 && table[i]->fn != 0;'),
};

export function runCausesFixture(): Promise<Fixture> {
  return runFixture({ base: BASE, head: HEAD });
}
