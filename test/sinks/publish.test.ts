// publish(presentation, sinks): the one way every front door writes a report.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeReports } from '../../src/report/merge.js';
import { presentAggregate, presentFailure, presentReport } from '../../src/report/presentation.js';
import { markdownBeside, publish, reportFiles, stdout, type Sink } from '../../src/sinks/publish.js';
import { recordingLog, sampleReport } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lpg-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('report files and stdout from one presentation; later sinks see what earlier ones wrote', async () => {
  const report = sampleReport({ codestream: { label: 's390x-rt', arch: 's390x', config: 'rt' } });
  const json = join(dir, 'out', 'report.json');
  const printed: string[] = [];
  let seenByLater: string | undefined;
  const later: Sink = (_p, state) => void (seenByLater = state.reportPath);
  const log = recordingLog();
  const state = await publish(presentReport(report), [reportFiles({ json, sarif: join(dir, 'r.sarif'), markdown: markdownBeside(json) }, log), stdout('json', (s) => void printed.push(s)), later]);

  expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(report);
  expect(JSON.parse(printed[0])).toEqual(report);
  expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toMatch(/^## livepatch-gate/m);
  // One code-scanning category per codestream: a matrix's SARIF uploads do not replace each other.
  expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].automationDetails.id).toBe('livepatch-gate/s390x-rt/');
  expect(state.files).toEqual([json, join(dir, 'r.sarif'), join(dir, 'out', 'report.md')]);
  expect(seenByLater).toBe(json);
  expect(log.infos.join('\n')).toMatch(/wrote .*report\.json/);
});

test('the step outputs have the same names for a codestream, an aggregate and a failed run', () => {
  const aggregate = mergeReports([{ label: 'x86_64', source: 'x.json', report: sampleReport() }], { version: '1.0.0' });
  const names = (o: Record<string, string>) => Object.keys(o).sort();
  const ofReport = names(presentReport(sampleReport()).outputs({}));
  expect(names(presentAggregate(aggregate).outputs({}))).toEqual(ofReport);
  expect(names(presentFailure('the base build failed').outputs({}))).toEqual(ofReport);
  expect(JSON.parse(presentAggregate(aggregate).outputs({})['patch-list'])).toEqual({ vmlinux: ['copy_process', 'helper'], 'fs/ext4/ext4.ko': ['ext4_fill_super'] });
});

test('why the step fails: the verdict reasons, or what could not be analysed and what to do', () => {
  expect(presentReport(sampleReport({ verdict: 'pass' })).failure).toBeUndefined();
  expect(presentReport(sampleReport()).failure).toMatch(/not safe to live-patch[\s\S]*- 1 error: changed-data/);
  const error = presentReport(sampleReport({ verdict: 'error', notAnalysed: [{ function: 'f', file: 'a.c', reason: 'no dump', advice: 'honour $(CC)' }] })).failure;
  expect(error).toMatch(/could not analyse; this is not a pass:\n- f in a\.c: no dump\nWhat to do: honour \$\(CC\)/);
});
