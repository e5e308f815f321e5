// The embedded example through the real pipeline: gcc builds base and head, and the patch list is
// exactly what GCC's decisions require (see example/README.md).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleRepo, exampleGateOptions, findExampleDir } from '../../src/cli/demo-command.js';
import type { Report } from '../../src/model.js';
import { runGate } from '../../src/pipeline/gate.js';

describe('the embedded example', () => {
  let tmp: string;
  let report: Report;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'lpg-example-'));
    const repo = createExampleRepo(findExampleDir(), tmp);
    ({ report } = await runGate(exampleGateOptions(repo, join(tmp, 'work'))));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const entry = (symbol: string) =>
    [...report.patch, ...report.newFunctions, ...report.vanished, ...report.notNeeded].flatMap((o) => o.functions).find((f) => f.symbol === symbol);

  test('finds the changed functions in the diff', () => {
    expect(report.changes.functions.map((f) => `${f.status} ${f.name}`).sort()).toEqual([
      'added stats_reject',
      'modified clamp_len',
      'modified route_class',
      'modified weight',
    ]);
    expect(report.changes.functions.find((f) => f.name === 'clamp_len')).toMatchObject({ inHeader: true, isInline: true, file: 'src/packet.h' });
  });

  test('lists exactly what a live patch must replace, in the one program', () => {
    expect(report.patch.map((o) => o.object)).toEqual(['pktd']);
    expect(report.patch[0].functions.map((f) => `${f.file}:${f.symbol}`)).toEqual([
      'src/packet.c:checksum',
      'src/packet.c:packet_checksum_all',
      'src/packet.c:packet_route',
      'src/stats.c:stats_record',
    ]);
    // Beside the klp_funcs, never among them: the clone head no longer makes, and the new function.
    expect(report.vanished.flatMap((o) => o.functions.map((f) => `${o.object}:${f.symbol}`))).toEqual(['pktd:weight.constprop.0.isra.0']);
    expect(report.newFunctions.flatMap((o) => o.functions.map((f) => `${o.object}:${f.symbol}`))).toEqual(['pktd:stats_reject']);
    expect(report.summary.functionsToPatch).toBe(4);
  });

  test('explains each entry', () => {
    // route_class is fully inlined: its callers carry it.
    expect(entry('packet_route')?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['inlined', 'caller-of-changed-clone']));
    expect(entry('packet_route')?.reasons.find((r) => r.kind === 'inlined')?.chain).toEqual(['route_class', 'inlined into packet_route']);
    // The header's static inline reaches two TUs.
    expect(entry('checksum')?.reasons[0]).toMatchObject({ kind: 'inlined', root: 'clamp_len' });
    expect(entry('stats_record')?.reasons[0]).toMatchObject({ kind: 'inlined', root: 'clamp_len' });
    // The clone chain weight → constprop → isra, which head no longer produces.
    expect(entry('weight.constprop.0.isra.0')?.reasons[0]).toMatchObject({ kind: 'clone', chain: ['weight', 'constprop clone weight.constprop.0', 'isra clone weight.constprop.0.isra.0'] });
    expect(entry('weight.constprop.0.isra.0')?.codeChange).toBe('removed');
    expect(entry('packet_checksum_all')?.reasons.find((r) => r.kind === 'caller-of-changed-clone')?.root).toBe('weight');
    expect(entry('stats_reject')).toMatchObject({ codeChange: 'added', reasons: [{ kind: 'new' }] });
    // Everything is predicted: nothing changed that the clone graph does not explain.
    expect(report.patch[0].functions.every((f) => f.predicted)).toBe(true);
    expect(report.patch[0].functions.filter((f) => f.codeChange === 'changed').map((f) => f.symbol).sort()).toEqual([
      'checksum',
      'packet_checksum_all',
      'packet_route',
      'stats_record',
    ]);
  });

  test('fails the default policy on the vanished isra clone', () => {
    expect(report.verdict).toBe('fail');
    const vanished = report.findings.filter((f) => f.ruleId === 'clone-vanished');
    expect(vanished).toEqual([expect.objectContaining({ severity: 'error', symbol: 'weight.constprop.0.isra.0', file: 'src/packet.c' })]);
    expect(report.findings.find((f) => f.ruleId === 'fully-inlined')?.symbol).toBe('route_class');
  });
});
