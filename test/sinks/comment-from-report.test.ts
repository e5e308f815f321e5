import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { commentFromReport, type CommentRenderer } from '../../src/sinks/comment-from-report.js';
import { commentMarker } from '../../src/sinks/pr-comment.js';
import { writeJsonFile } from '../../src/sinks/report-file.js';
import { renderMarkdown } from '../../src/report/index.js';
import { readReportFile } from '../../src/sinks/report-file.js';
import { reportProblems } from '../../src/report/schema.js';
import { recordingLog, sampleReport } from './fixtures.js';

const REPO = 'acme/linux';
const HEAD = 'b'.repeat(40);
// The real renderer lives in src/report; here a minimal one that shows what it was given.
const render: CommentRenderer = (r, o) => `${o.marker}\nverdict ${r.verdict}, ${r.summary.functionsToPatch} functions (max ${o.maxChars})`;

let gh: FakeGitHub;
let dir: string;
let reportPath: string;
beforeAll(async () => {
  gh = await FakeGitHub.start({ token: 'wr1te' });
  dir = mkdtempSync(join(tmpdir(), 'lpg-cfr-'));
  reportPath = join(dir, 'livepatch-gate-report.json');
  writeJsonFile(reportPath, sampleReport());
});
afterAll(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  gh.comments.clear();
  gh.pulls.clear();
  gh.failure = 'none';
});

const base = () => ({ reportPath, repository: REPO, token: 'wr1te', apiUrl: gh.url, render, log: recordingLog() });

test('posts, then updates, the sticky comment on report.pullRequest', async () => {
  gh.setPullRequest(REPO, 7, HEAD);
  const first = await commentFromReport({ ...base(), expectHeadSha: HEAD });
  expect(first).toMatchObject({ status: 'created', pullRequest: 7 });
  const second = await commentFromReport({ ...base(), expectHeadSha: HEAD });
  expect(second).toMatchObject({ status: 'updated', pullRequest: 7 });
  const [c] = gh.commentsOn(REPO, 7);
  expect(c.body).toMatch(/^<!-- livepatch-gate:report -->\nverdict fail, 3 functions \(max 64512\)$/);
});

test('a report naming a PR whose head is not the run\'s head is not published', async () => {
  gh.setPullRequest(REPO, 7, 'c'.repeat(40));
  const log = recordingLog();
  const out = await commentFromReport({ ...base(), log, expectHeadSha: HEAD });
  expect(out.status).toBe('stale');
  expect(log.warnings[0]).toMatch(/not commenting on #7: its head is cccccccccccc but the report's run built bbbbbbbbbbbb/);
  expect(gh.commentsOn(REPO, 7)).toHaveLength(0);
});

test('pr override and key', async () => {
  const out = await commentFromReport({ ...base(), pullRequest: 9, commentKey: 'drivers' });
  expect(out).toMatchObject({ status: 'created', pullRequest: 9 });
  expect(gh.commentsOn(REPO, 9)[0].body).toContain(commentMarker('drivers'));
});

test('bad repository and missing PR are clear errors', async () => {
  await expect(commentFromReport({ ...base(), repository: 'nope' })).rejects.toThrow(/owner\/name/);
  const noPr = join(dir, 'nopr.json');
  writeJsonFile(noPr, sampleReport({ pullRequest: undefined }));
  await expect(commentFromReport({ ...base(), reportPath: noPr })).rejects.toThrow(/names no pull request/);
});

describe('forged reports: a clear error naming the field, never a TypeError', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- forging means writing any shape
  type Forge = [string, (r: Record<string, any>) => void, RegExp];
  const forged: Forge[] = [
    ['reasons: null', (r) => (r.patch[0].functions[0].reasons = null), /patch\[0\]\.functions\[0\]\.reasons: expected an array, got null/],
    ['chain of numbers', (r) => (r.patch[0].functions[1].reasons[0].chain = [1, 2]), /reasons\[0\]\.chain\[0\]: expected a string, got number 1/],
    ['functions: null', (r) => (r.patch[1].functions = null), /patch\[1\]\.functions: expected an array, got null/],
    ['symbol: object', (r) => (r.patch[0].functions[0].symbol = { toString: 1 }), /functions\[0\]\.symbol: expected a string, got an object/],
    ['sympos: string', (r) => (r.patch[0].functions[0].sympos = '1'), /sympos: expected a non-negative integer/],
    ['codeChange unknown', (r) => (r.patch[0].functions[0].codeChange = '<b>x</b>'), /codeChange: expected one of/],
    ['findings: object', (r) => (r.findings = {}), /\n {2}findings: expected an array, got an object/],
    ['finding message null', (r) => (r.findings[0].message = null), /findings\[0\]\.message: expected a string, got null/],
    ['finding severity', (r) => (r.findings[0].severity = 'fatal'), /findings\[0\]\.severity: expected one of "error", "warning", "notice"/],
    ['finding line', (r) => (r.findings[0].line = -3), /findings\[0\]\.line: expected a non-negative integer/],
    ['tool missing', (r) => delete r.tool, /\n {2}tool: expected an object, got nothing \(missing\)/],
    ['tool.version number', (r) => (r.tool.version = 1), /tool\.version: expected a string/],
    ['verdictReasons: null', (r) => (r.verdictReasons = null), /verdictReasons: expected an array, got null/],
    ['summary NaN', (r) => (r.summary.errors = 'NaN'), /summary\.errors: expected a non-negative integer/],
    ['changes.other null', (r) => (r.changes.other = null), /changes\.other: expected an array, got null/],
    ['notBuilt entry', (r) => (r.notBuilt = [{ source: 1 }]), /notBuilt\[0\]\.source: expected a string[\s\S]*notBuilt\[0\]\.reason: expected a string/],
    ['warnings entry null', (r) => (r.warnings = [null]), /warnings\[0\]: expected an object, got null/],
    ['base null', (r) => (r.base = null), /\n {2}base: expected a string, got null/],
    ['patch entry is a string', (r) => (r.patch = ['vmlinux']), /patch\[0\]: expected an object, got the string "vmlinux"/],
  ];

  test.each(forged)('%s', async (_name, forge, message) => {
    const r = JSON.parse(JSON.stringify(sampleReport())) as Parameters<Forge[1]>[0];
    forge(r);
    const path = join(dir, 'forged.json');
    writeJsonFile(path, r);
    const err = await commentFromReport({ ...base(), reportPath: path }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TypeError);
    expect((err as Error).message).toMatch(/is not a livepatch-gate report/);
    expect((err as Error).message).toMatch(message);
    expect(gh.commentsOn(REPO, 7)).toHaveLength(0);
  });

  test('not an object at all', async () => {
    const path = join(dir, 'array.json');
    writeJsonFile(path, [sampleReport()]);
    await expect(commentFromReport({ ...base(), reportPath: path })).rejects.toThrow(/not a JSON object \(got an array\)/);
  });

  test('a valid report passes and renders; a million bad entries list 20 problems and a count', () => {
    expect(() => renderMarkdown(readReportFile(reportPath))).not.toThrow();
    const r = { ...sampleReport(), warnings: Array.from({ length: 1_000_000 }, () => null) };
    const problems = reportProblems(r);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('… and 999980 more');
  });
});
