// Findings judged against the configuration that is built: a real gcc project where CONFIG_SMP is on
// (-DCONFIG_SMP=1) and CONFIG_SCHED_CORE is off, with layout, macro, data and __init changes under
// each. The configuration check preprocesses the units with their recorded commands; what it compiles
// out becomes a notice that names the macro, what it compiles in keeps its severity with the evidence.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Finding, Report } from '../../src/model.js';
import { runFixture, type Fixture } from './fixture-repo.js';

const RQ_H = `#ifndef RQ_H
#define RQ_H
struct rq {
	int nr_running;
#ifdef CONFIG_SCHED_CORE
	unsigned int core_pick_seq;
#endif
	long clock;
};

struct cfs_rq {
	unsigned int nr_queued;
#ifdef CONFIG_SMP
	int cpu;
#endif
};

#ifdef CONFIG_SCHED_CORE
#define CORE_BUDGET 4
#else
#define CORE_BUDGET 1
#endif

#define UNUSED_LIMIT 3
#endif
`;

const CORE_C = `#include "rq.h"
#define __init __attribute__((section(".init.text")))

#ifdef CONFIG_SCHED_CORE
int core_weight = 3;

static int __init core_setup(void)
{
	return core_weight;
}
#endif

int budget(struct rq *rq, struct cfs_rq *cfs)
{
	return rq->nr_running * CORE_BUDGET + cfs->nr_queued;
}
`;

const MAIN_C = `#include "rq.h"
int budget(struct rq *rq, struct cfs_rq *cfs);
int main(void)
{
	struct rq rq = { 0 };
	struct cfs_rq cfs = { 0 };
	return budget(&rq, &cfs);
}
`;

function replaced(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`fixture edit: ${from} not found`);
	return text.replace(from, to);
}

function only(report: Report, ruleId: string, symbol: string): Finding {
	const hits = report.findings.filter((f) => f.ruleId === ruleId && f.symbol === symbol);
	if (hits.length !== 1) throw new Error(`expected one ${ruleId} finding for ${symbol}: ${JSON.stringify(report.findings, null, 1)}`);
	return hits[0];
}

describe('findings judged against the built configuration (CONFIG_SMP on, CONFIG_SCHED_CORE off)', () => {
	let fx: Fixture;
	let report: Report;
	beforeAll(async () => {
		fx = await runFixture({
			cflags: '-O2 -DCONFIG_SMP=1',
			base: { 'rq.h': RQ_H, 'core.c': CORE_C, 'main.c': MAIN_C },
			head: {
				'rq.h': [
					['\tunsigned int core_pick_seq;\n', '\tunsigned int core_pick_seq;\n\tunsigned int core_forceidle_warned;\n'],
					['\tint cpu;\n', '\tint cpu;\n\tint balance;\n'],
					['#define CORE_BUDGET 4', '#define CORE_BUDGET 8'],
					['#define UNUSED_LIMIT 3', '#define UNUSED_LIMIT 4'],
				].reduce((t, [a, b]) => replaced(t, a, b), RQ_H),
				'core.c': replaced(replaced(CORE_C, 'int core_weight = 3;', 'int core_weight = 5;'), 'return core_weight;', 'return core_weight + 1;'),
			},
		});
		report = fx.report;
	}, 120_000);
	afterAll(() => fx?.cleanup());

	test('a field added under a config that is off: a notice naming the macro, not an error', () => {
		const f = only(report, 'layout-change', 'rq');
		expect(f.severity).toBe('notice');
		expect(f.message).toContain('Not in this configuration: CONFIG_SCHED_CORE is off (#ifdef CONFIG_SCHED_CORE at rq.h:5)');
		expect(f.message).toContain('is the same on base and head in the 2 translation units that include rq.h (core.c, main.c)');
		expect(f.configuration).toMatchObject({
			status: 'compiled-out',
			ruleSeverity: 'error',
			units: ['core.c', 'main.c'],
			conditions: [{ macro: 'CONFIG_SCHED_CORE', value: 'off', directive: '#ifdef CONFIG_SCHED_CORE', file: 'rq.h', line: 5 }],
		});
	});

	test('a field added under a config that is on keeps its error, with the unit and what differs', () => {
		const f = only(report, 'layout-change', 'cfs_rq');
		expect(f.severity).toBe('error');
		expect(f.configuration).toMatchObject({ status: 'compiled-in', ruleSeverity: 'error', conditions: [{ macro: 'CONFIG_SMP', value: 'on' }] });
		expect(f.message).toMatch(/Compiled in: in (core|main)\.c the preprocessed struct cfs_rq differs \(head adds 'int balance;'\); CONFIG_SMP is on/);
	});

	test('a macro changed under a disabled #ifdef: the expanded definition is the same on both sides', () => {
		const f = only(report, 'macro-change', 'CORE_BUDGET');
		expect(f.severity).toBe('notice');
		expect(f.configuration?.status).toBe('compiled-out');
		expect(f.message).toContain('Not in this configuration: CONFIG_SCHED_CORE is off');
		expect(f.message).toContain('the definition of CORE_BUDGET expanded in the 2 translation units');
	});

	test('a macro no unit expands is not in the configuration either', () => {
		const f = only(report, 'macro-change', 'UNUSED_LIMIT');
		expect(f.configuration?.status).toBe('compiled-out');
		expect(f.message).toContain('UNUSED_LIMIT is neither expanded nor tested in the 2 translation units');
	});

	test('data and an __init function changed under a disabled #ifdef are notices', () => {
		const data = only(report, 'changed-data', 'core_weight');
		expect(data.severity).toBe('notice');
		expect(data.configuration).toMatchObject({ status: 'compiled-out', ruleSeverity: 'error', units: ['core.c'] });
		expect(data.message).toContain('Not in this configuration: CONFIG_SCHED_CORE is off (#ifdef CONFIG_SCHED_CORE at core.c:4); the preprocessor drops its lines');
		const init = only(report, 'init-code', 'core_setup');
		expect(init.severity).toBe('notice');
		expect(init.configuration?.status).toBe('compiled-out');
	});

	test('the gate fails only for what the built configuration compiles', () => {
		const errors = report.findings.filter((f) => f.severity === 'error');
		expect(errors.map((f) => `${f.ruleId}:${f.symbol}`)).toEqual(['layout-change:cfs_rq']);
		expect(report.verdict).toBe('fail');
		// The facts travel with the changes too (the report's changes.other).
		expect(report.changes.other.find((c) => c.name === 'rq')?.configuration?.status).toBe('compiled-out');
	});
});
