import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAnnotations } from '../../src/sinks/annotations.js';
import type { Annotation } from '../../src/report/annotations.js';
import { fitSummary, SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../src/sinks/job-summary.js';
import { patchListOf, presentReport } from '../../src/report/presentation.js';
import { readReportFile, writeJsonFile } from '../../src/sinks/report-file.js';
import { reportProblems } from '../../src/report/schema.js';
import { commonDirectory, uploadReportArtifact, type ArtifactUploader } from '../../src/sinks/artifact.js';
import { recordingLog, sampleReport } from './fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lpg-sinks-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  delete process.env.GITHUB_STEP_SUMMARY;
});

describe('annotations', () => {
  test('every annotation given is emitted in order (the cap is the renderer\'s)', () => {
    const seen: { level: string; message: string; file?: string; line?: number }[] = [];
    const given: Annotation[] = [
      { level: 'error', message: 'e', file: 'kernel/fork.c', startLine: 3, title: 't' },
      { level: 'warning', message: 'w', title: 't' },
      { level: 'notice', message: 'n', file: 'a.c', startLine: 1, title: 't' },
    ];
    emitAnnotations(given, (level, message, props) => void seen.push({ level, message, file: props.file, line: props.startLine }));
    expect(seen).toEqual([
      { level: 'error', message: 'e', file: 'kernel/fork.c', line: 3 },
      { level: 'warning', message: 'w', file: undefined, line: undefined },
      { level: 'notice', message: 'n', file: 'a.c', line: 1 },
    ]);
  });

  test('line 0 becomes line 1 so the annotation keeps its file link', () => {
    let line = -1;
    emitAnnotations([{ level: 'error', message: 'm', file: 'a.c', startLine: 0, title: 't' }], (_l, _m, p) => void (line = p.startLine ?? -1));
    expect(line).toBe(1);
  });
});

describe('job summary', () => {
  test('appends to the GITHUB_STEP_SUMMARY file', async () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'previous step\n');
    process.env.GITHUB_STEP_SUMMARY = file;
    const log = recordingLog();
    expect(await writeJobSummary('## livepatch-gate\n\n| a | b |\n', { log })).toBe(true);
    expect(await writeJobSummary('second\n', { log })).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('previous step\n## livepatch-gate')).toBe(true);
    expect(text).toContain('second');
  });

  test('skipped with an info line without GITHUB_STEP_SUMMARY', async () => {
    const log = recordingLog();
    expect(await writeJobSummary('x', { log })).toBe(false);
    expect(log.infos[0]).toMatch(/GITHUB_STEP_SUMMARY is not set/);
  });

  test('kept under 1 MiB in bytes, multibyte text included', async () => {
    const file = join(dir, 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    const big = '```\n' + 'é→ line of text\n'.repeat(120_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    await writeJobSummary(big, { log: recordingLog(), pointer: 'artifact X' });
    const bytes = readFileSync(file);
    expect(bytes.length).toBeLessThan(SUMMARY_LIMIT_BYTES);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('\uFFFD');
    expect(text).toMatch(/\n```\n\n> \[!NOTE\]\n> Truncated .* artifact X/);
    expect(fitSummary('small')).toBe('small');
  });
});

describe('outputs', () => {
  test('every output, patch list per object with sympos for ambiguous names', () => {
    const r = sampleReport();
    expect(patchListOf(r)).toEqual({ vmlinux: ['copy_process', 'helper,2'], 'fs/ext4/ext4.ko': ['ext4_fill_super'] });
    expect(presentReport(r).outputs({ reportPath: '/w/r.json', sarifPath: '/w/r.sarif', commentUrl: 'https://c' })).toEqual({
      'report-path': '/w/r.json',
      'sarif-path': '/w/r.sarif',
      verdict: 'fail',
      'functions-to-patch': '3',
      'patch-list': JSON.stringify({ vmlinux: ['copy_process', 'helper,2'], 'fs/ext4/ext4.ko': ['ext4_fill_super'] }),
      errors: '1',
      warnings: '0',
      'comment-url': 'https://c',
    });
  });
});

describe('report file', () => {
  test('round trip', () => {
    const path = join(dir, 'sub', 'report.json');
    writeJsonFile(path, sampleReport());
    expect(readReportFile(path)).toEqual(sampleReport());
  });

  test('wrong schema, version and shapes are named', () => {
    expect(reportProblems({ schema: 'other' })[0]).toMatch(/schema is "other"/);
    expect(reportProblems({ ...sampleReport(), schemaVersion: 1 })[0]).toMatch(/schemaVersion 1 is not supported/);
    const bad = { ...sampleReport(), verdict: 'maybe', pullRequest: -1, patch: [{ object: 3 }] } as unknown;
    expect(reportProblems(bad)).toEqual([
      'pullRequest: expected a positive integer, got number -1',
      'verdict: expected one of "pass", "fail", "error", got the string "maybe"',
      'patch[0].object: expected a string, got number 3',
      'patch[0].functions: expected an array, got nothing (missing)',
    ]);
    const path = join(dir, 'r.json');
    writeFileSync(path, '{not json');
    expect(() => readReportFile(path)).toThrow(/r.json is not valid JSON/);
    expect(() => readReportFile(join(dir, 'missing.json'))).toThrow(/does not exist/);
  });
});

describe('artifact', () => {
  test('skipped with an info line outside a run', async () => {
    const log = recordingLog();
    const out = await uploadReportArtifact('n', ['a'], { log, env: {} });
    expect(out.status).toBe('skipped');
    expect(log.infos[0]).toMatch(/ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set/);
  });

  test('uploads files under their common directory', async () => {
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    const files = [join(dir, 'a', 'b', 'r.json'), join(dir, 'a', 's.sarif')];
    const calls: unknown[][] = [];
    const uploader: ArtifactUploader = { upload: async (...args) => (calls.push(args), { id: 42, size: 10 }) };
    const out = await uploadReportArtifact('livepatch-gate-report', files, { log: recordingLog(), uploader });
    expect(out).toEqual({ status: 'uploaded', id: 42, size: 10 });
    expect(calls).toEqual([['livepatch-gate-report', files, join(dir, 'a')]]);
    expect(commonDirectory([join(dir, 'x', 'y', 'f'), join(dir, 'x', 'z', 'g')])).toBe(join(dir, 'x'));
  });

  test('a failing upload is a warning', async () => {
    const log = recordingLog();
    const uploader: ArtifactUploader = { upload: async () => { throw new Error('409 Conflict: an artifact with this name already exists'); } };
    const out = await uploadReportArtifact('n', [join(dir, 'f')], { log, uploader });
    expect(out.status).toBe('failed');
    expect(log.warnings[0]).toMatch(/409 Conflict.*distinct artifact-name/);
  });
});
