import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { commentFromReport, type CommentRenderer } from '../../src/sinks/comment-from-report.js';
import { commentMarker } from '../../src/sinks/pr-comment.js';
import { writeJsonFile } from '../../src/sinks/report-file.js';
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
