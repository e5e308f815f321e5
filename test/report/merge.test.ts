// One verdict across a matrix, on real reports: the example project analysed as two codestreams whose
// GCC decisions differ (IPA-SRA on and off), plus a missing and a corrupt codestream.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleRepo, exampleGateOptions, findExampleDir } from '../../src/cli/demo-command.js';
import { run as mergeCli } from '../../src/cli/merge-command.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { ruleMetas } from '../../src/hazards/catalogue.js';
import type { Report } from '../../src/model.js';
import { runGate } from '../../src/pipeline/gate.js';
import { renderAggregateMarkdown } from '../../src/report/aggregate-markdown.js';
import { aggregateFindings, mergeReports } from '../../src/report/merge.js';
import { renderSarif } from '../../src/report/sarif.js';
import { readCodestreamReports } from '../../src/sinks/report-file.js';
import { captureOutput } from '../clones/helpers.js';
import { runFixture } from '../pipeline/fixture-repo.js';

describe('merge: the example as two codestreams that disagree', () => {
  let tmp: string;
  let reports: string;
  let sra: Report;
  let noSra: Report;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lpg-merge-'));
    const repo = createExampleRepo(findExampleDir(), tmp);
    const gate = (label: string, extraCflags: string[]) => runGate({ ...exampleGateOptions(repo, join(tmp, `work-${extraCflags.length}`)), extraCflags, label });
    sra = (await gate('x86_64/default', [])).report;
    noSra = (await gate('x86_64/no-ipa-sra', ['-fno-ipa-sra'])).report;
    reports = join(tmp, 'reports');
    for (const [dir, r] of [['livepatch-gate-report-a', sra], ['livepatch-gate-report-b', noSra]] as const) {
      mkdirSync(join(reports, dir), { recursive: true });
      writeFileSync(join(reports, dir, 'livepatch-gate-report.json'), JSON.stringify(r));
    }
  }, 300_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('each report names its codestream', () => {
    expect(sra.codestream).toEqual({ label: 'x86_64/default', arch: expect.any(String), config: 'default' });
    expect(noSra.codestream?.label).toBe('x86_64/no-ipa-sra');
  });

  test('one verdict; the vanished isra clone is an error in one codestream only', () => {
    const a = mergeReports(readCodestreamReports([reports]), { version: 'test' });
    expect(a.codestreams.map((c) => [c.label, c.status])).toEqual([
      ['x86_64/default', 'fail'],
      ['x86_64/no-ipa-sra', noSra.verdict],
    ]);
    expect(a.verdict).toBe('fail');
    const vanished = a.findings.find((f) => f.ruleId === 'clone-vanished');
    expect(vanished?.perCodestream).toEqual([{ label: 'x86_64/default', severity: 'error' }]);
    // A vanished clone is not a klp_func (report.vanished); without IPA-SRA the constprop clone is patched instead.
    expect(sra.vanished.flatMap((o) => o.functions.map((f) => f.symbol))).toContain('weight.constprop.0.isra.0');
    expect(a.differences).toContainEqual(expect.objectContaining({ symbol: 'weight.constprop.0', codestreams: ['x86_64/no-ipa-sra'] }));
    // What both builds patch is listed once.
    expect(a.common.map((f) => f.symbol)).toEqual(expect.arrayContaining(['checksum', 'stats_record']));
    expect(a.common.some((f) => a.differences.some((d) => d.symbol === f.symbol && d.object === f.object))).toBe(false);
    const md = renderAggregateMarkdown(a);
    expect(md).toContain('| <code>x86_64/default</code> | ❌ fail |');
    expect(md).toMatch(/Functions to patch in some codestreams only/);
    expect(md).toMatch(/weight\.constprop\.0/);
  });

  test('SARIF and annotations: every finding once, with the codestreams it is limited to', () => {
    const a = mergeReports(readCodestreamReports([reports]), { version: 'test' });
    const findings = aggregateFindings(a);
    const keys = findings.map((f) => `${f.ruleId}|${f.file}|${f.line}|${f.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    const run = renderSarif({ findings, tool: a.tool }, ruleMetas, { category: 'livepatch-gate/aggregate' }).runs[0];
    expect(run.automationDetails.id).toBe('livepatch-gate/aggregate/');
    expect(run.results.find((r) => r.ruleId === 'clone-vanished')?.message.text).toContain('[x86_64/default: error]');
    const shared = sra.findings.filter((f) => noSra.findings.some((g) => g.ruleId === f.ruleId && g.message === f.message && g.file === f.file && g.line === f.line));
    expect(shared.length).toBeGreaterThan(0);
    expect(run.results.length).toBe(findings.filter((f) => f.file).length);
  });

  test('a missing or corrupt codestream is never a pass: exit 3 and said so', async () => {
    const corrupt = join(tmp, 'corrupt');
    mkdirSync(corrupt, { recursive: true });
    writeFileSync(join(corrupt, 'livepatch-gate-report.json'), JSON.stringify({ ...noSra, verdict: 'pass', findings: null }));
    const a = mergeReports(readCodestreamReports([join(reports, 'livepatch-gate-report-b'), corrupt]), { version: 'test', expected: ['x86_64/no-ipa-sra', 's390x/default'] });
    expect(a.verdict).toBe('error');
    expect(a.codestreams.map((c) => c.status)).toEqual([noSra.verdict, 'unreadable', 'missing']);
    expect(a.verdictReasons.join('\n')).toMatch(/findings: expected an array/);
    expect(a.verdictReasons.join('\n')).toMatch(/s390x\/default: missing/);

    const out = await captureOutput(() => mergeCli(['--format', 'text', '--expect', 'x86_64/default,x86_64/no-ipa-sra,s390x/default', reports]));
    expect(out.result).toBe(ExitCode.inputError);
    expect(out.stdout).toContain('COULD NOT DECIDE');
    expect(out.stdout).toMatch(/s390x\/default\s+missing/);
    const ok = await captureOutput(() => mergeCli(['--format', 'json', reports]));
    expect(ok.result).toBe(ExitCode.gateFailed);
    expect(JSON.parse(ok.stdout)).toMatchObject({ schema: 'livepatch-gate/aggregate', verdict: 'fail' });
  });

  test('reports of different changes, or two with one label, are refused', () => {
    const other = { ...noSra, head: '0'.repeat(40) };
    const a = mergeReports([{ label: 'a', source: 'a', report: sra }, { label: 'b', source: 'b', report: other }], { version: 'test' });
    expect(a.verdict).toBe('error');
    expect(a.verdictReasons[0]).toMatch(/not of one change/);
    expect(() => mergeReports([{ label: 'a', source: 'x', report: sra }, { label: 'a', source: 'y', report: noSra }], { version: 'test' })).toThrow(/two reports carry the codestream label 'a'/);
  });
});

describe('merge: one header change, compiled out in one configuration and in in the other', () => {
  test('the same layout finding is an error where CONFIG_SCHED_CORE is on and a notice where it is off, shown once', async () => {
    const RQ = '#ifndef RQ_H\n#define RQ_H\nstruct rq {\n\tint nr_running;\n#ifdef CONFIG_SCHED_CORE\n\tunsigned int core_pick_seq;\n#endif\n\tlong clock;\n};\n#endif\n';
    const USE = '#include "rq.h"\nlong rq_clock(struct rq *rq) { return rq->clock + rq->nr_running; }\n';
    const fx = await runFixture({
      base: { 'rq.h': RQ, 'use.c': USE, 'main.c': '#include "rq.h"\nlong rq_clock(struct rq *rq);\nint main(void) { struct rq r = { 0 }; return (int)rq_clock(&r); }\n' },
      head: { 'rq.h': RQ.replace('\tunsigned int core_pick_seq;\n', '\tunsigned int core_pick_seq;\n\tunsigned int core_forceidle;\n') },
    });
    try {
      const core = await runGate({ repo: fx.repo, base: 'base', head: 'HEAD', workDir: join(fx.dir, 'work-core'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: ['-DCONFIG_SCHED_CORE=1'], deepEvidence: false, label: 'x86_64/sched-core' });
      const a = mergeReports(
        [
          { label: 'x86_64/defconfig', source: 'defconfig', report: fx.report },
          { label: 'x86_64/sched-core', source: 'sched-core', report: core.report },
        ],
        { version: 'test' },
      );
      const layout = a.findings.filter((f) => f.ruleId === 'layout-change' && f.symbol === 'rq');
      expect(layout).toHaveLength(1);
      expect(layout[0].severity).toBe('error');
      expect(layout[0].perCodestream).toEqual([
        expect.objectContaining({ label: 'x86_64/defconfig', severity: 'notice', configuration: 'compiled-out' }),
        expect.objectContaining({ label: 'x86_64/sched-core', severity: 'error', configuration: 'compiled-in' }),
      ]);
      expect(a.verdict).toBe('fail');
      expect(a.codestreams.map((c) => c.status)).toEqual(['pass', 'fail']);
      const md = renderAggregateMarkdown(a);
      expect(md).toMatch(/error in <code>x86_64\/sched-core<\/code>; notice in <code>x86_64\/defconfig<\/code> \(not in this configuration: CONFIG_SCHED_CORE is off/i);
    } finally {
      fx.cleanup();
    }
  }, 180_000);
});
