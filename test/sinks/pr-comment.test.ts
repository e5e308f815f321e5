import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { FakeGitHub, GITHUB_ACTIONS_BOT } from '../support/fake-github.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/sinks/github-client.js';
import { COMMENT_LIMIT, CommentError, commentMarker, fitCommentBody, planStickyComment, publishStickyComment } from '../../src/sinks/pr-comment.js';
import { recordingLog } from './fixtures.js';

const REPO = 'acme/linux';
const target = { owner: 'acme', repo: 'linux', issueNumber: 7 };
const marker = commentMarker();

let gh: FakeGitHub;
let client: GitHubClient;
// Real retries, throttling and timeouts, with waits scaled down so every test stays fast.
const FAST: GitHubClientOptions = { timeoutMs: 2000, retries: 2, retryBaseMs: 5, rateLimitUnitMs: 10, maxRateLimitWaitS: 60, writeIntervalMs: 0 };

beforeAll(async () => {
  gh = await FakeGitHub.start({ token: 't0ken' });
  client = createGitHubClient('t0ken', { ...FAST, apiUrl: gh.url });
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  gh.comments.clear();
  gh.requests.length = 0;
  gh.reset();
  gh.identity = GITHUB_ACTIONS_BOT;
  gh.userEndpoint = 'forbidden';
});

describe('sticky PR comment against the REST API', () => {
  test('first publish creates the comment, the second updates the same one', async () => {
    const log = recordingLog();
    const first = await publishStickyComment(client, target, 'first body', { marker, log });
    expect(first.status).toBe('created');
    const [c1] = gh.commentsOn(REPO, 7);
    expect(c1.body).toContain(marker);
    expect(c1.body).toContain('first body');
    expect(first).toMatchObject({ id: c1.id, url: `https://github.com/${REPO}/pull/7#issuecomment-${c1.id}` });

    const second = await publishStickyComment(client, target, 'second body', { marker, log });
    expect(second).toMatchObject({ status: 'updated', id: c1.id });
    const all = gh.commentsOn(REPO, 7);
    expect(all).toHaveLength(1);
    expect(all[0].body).toContain('second body');
    expect(all[0].body).not.toContain('first body');
    expect(gh.calls('PATCH')).toHaveLength(1);
    expect(gh.requests.every((r) => r.authorization === 'token t0ken')).toBe(true);
    expect(log.warnings).toEqual([]);
  });

  test('never touches a comment carrying the marker from someone else, nor another key', async () => {
    const human = gh.addComment(REPO, 7, `quoting the bot: ${marker} hello`, { login: 'alice', type: 'User' });
    const otherKey = gh.addComment(REPO, 7, `${commentMarker('drivers')}\nother job`);
    const out = await publishStickyComment(client, target, 'ours', { marker, log: recordingLog() });
    expect(out.status).toBe('created');
    expect(gh.comments.get(human.id)?.body).toContain('hello');
    expect(gh.comments.get(otherKey.id)?.body).toContain('other job');
    expect(gh.commentsOn(REPO, 7)).toHaveLength(3);
  });

  test('duplicates from concurrent runs: the newest is updated, older ones of ours deleted', async () => {
    const old1 = gh.addComment(REPO, 7, `${marker}\nold 1`);
    const human = gh.addComment(REPO, 7, 'LGTM', { login: 'alice', type: 'User' });
    const old2 = gh.addComment(REPO, 7, `${marker}\nold 2`);
    const newest = gh.addComment(REPO, 7, `${marker}\nnewest`);
    const out = await publishStickyComment(client, target, 'fresh', { marker, log: recordingLog() });
    expect(out).toMatchObject({ status: 'updated', id: newest.id, removedDuplicates: 2 });
    expect(gh.commentsOn(REPO, 7).map((c) => c.id)).toEqual([human.id, newest.id]);
    expect(gh.comments.get(newest.id)?.body).toContain('fresh');
    expect(gh.calls('DELETE').map((r) => r.path).sort()).toEqual(
      [old1.id, old2.id].map((id) => `/repos/${REPO}/issues/comments/${id}`).sort(),
    );
  });

  test('two concurrent first runs converge on one comment', async () => {
    const outs = await Promise.all([
      publishStickyComment(client, target, 'run A', { marker, log: recordingLog() }),
      publishStickyComment(client, target, 'run B', { marker, log: recordingLog() }),
    ]);
    const left = gh.commentsOn(REPO, 7);
    expect(left).toHaveLength(1);
    expect(outs.map((o) => (o.status === 'read-only' ? 0 : o.id))).toEqual([left[0].id, left[0].id]);
  });

  test('finds our comment on a later page (pagination through Link headers)', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(REPO, 7, `comment ${i}`, { login: 'bob', type: 'User' });
    const ours = gh.addComment(REPO, 7, `${marker}\nold`);
    const out = await publishStickyComment(client, target, 'new', { marker, log: recordingLog() });
    expect(out).toMatchObject({ status: 'updated', id: ours.id });
    const lists = gh.calls('GET', /\/issues\/7\/comments$/);
    expect(lists.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((r) => r.query.per_page === '100')).toBe(true);
  });

  test('a token that knows its login (GET /user) only matches its own comments', async () => {
    gh.userEndpoint = 'ok';
    gh.identity = { login: 'lpg-bot', type: 'User' };
    const actions = gh.addComment(REPO, 7, `${marker}\nfrom GITHUB_TOKEN`, GITHUB_ACTIONS_BOT);
    const out = await publishStickyComment(client, target, 'pat body', { marker, log: recordingLog() });
    expect(out.status).toBe('created');
    expect(gh.comments.get(actions.id)?.body).toContain('from GITHUB_TOKEN');
    expect(gh.calls('GET', /^\/user$/)).toHaveLength(1);
  });

  test('a keyed job never takes a comment that only mentions our marker below its first line', async () => {
    // Job "x" wrote a report listing a file named like the unkeyed marker (as older versions did, raw).
    const other = gh.addComment(REPO, 7, `${commentMarker('x')}\n| ${marker}.c | changed |`);
    const out = await publishStickyComment(client, target, 'unkeyed job', { marker, log: recordingLog() });
    expect(out.status).toBe('created');
    expect(gh.comments.get(other.id)?.body).toContain('| <!-- livepatch-gate:report -->.c |');
    expect(gh.calls('PATCH')).toHaveLength(0);
    expect(gh.calls('DELETE')).toHaveLength(0);
  });

  test('GITHUB_TOKEN (GET /user 403): another app\'s bot comment with our marker is not ours', async () => {
    const otherApp = gh.addComment(REPO, 7, `${marker}\nsomeone else`, { login: 'other-app[bot]', type: 'Bot' });
    const dependabot = gh.addComment(REPO, 7, `${marker}\n> quoting the gate`, { login: 'dependabot[bot]', type: 'Bot' });
    const first = await publishStickyComment(client, target, 'ours', { marker, log: recordingLog() });
    expect(first.status).toBe('created');
    const second = await publishStickyComment(client, target, 'ours again', { marker, log: recordingLog() });
    expect(second).toMatchObject({ status: 'updated', id: first.status === 'created' ? first.id : -1, removedDuplicates: 0 });
    expect(gh.comments.get(otherApp.id)?.body).toBe(`${marker}\nsomeone else`);
    expect(gh.comments.get(dependabot.id)?.body).toBe(`${marker}\n> quoting the gate`);
    expect(gh.commentsOn(REPO, 7)).toHaveLength(3);
    expect(gh.calls('DELETE')).toHaveLength(0);
  });

  test('an app token (GET /user 403) knows itself through GraphQL viewer and never touches github-actions[bot]', async () => {
    gh.identity = { login: 'lpg-app[bot]', type: 'Bot' };
    const actions = gh.addComment(REPO, 7, `${marker}\nfrom GITHUB_TOKEN`, GITHUB_ACTIONS_BOT);
    const mine = gh.addComment(REPO, 7, `${marker}\nolder app comment`);
    const out = await publishStickyComment(client, target, 'app body', { marker, log: recordingLog() });
    expect(out).toMatchObject({ status: 'updated', id: mine.id });
    expect(gh.comments.get(actions.id)?.body).toContain('from GITHUB_TOKEN');
    expect(gh.calls('POST', /^\/graphql$/)).toHaveLength(1);
  });

  test('a read-only token (fork PR) degrades to a warning without throwing', async () => {
    gh.failure = 'read-only';
    const log = recordingLog();
    const out = await publishStickyComment(client, target, 'body', { marker, log });
    expect(out.status).toBe('read-only');
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/read-only token: fork PR\? use the workflow_run mode, see docs\/action.md#forks/);
    expect(log.warnings[0]).toContain('HTTP 403');
    expect(gh.commentsOn(REPO, 7)).toHaveLength(0);
  });

  test('a server error that persists is a CommentError naming the status, after the retries', async () => {
    gh.failure = 'server-error';
    await expect(publishStickyComment(client, target, 'body', { marker, log: recordingLog() })).rejects.toThrow(CommentError);
    await expect(publishStickyComment(client, target, 'body', { marker, log: recordingLog() })).rejects.toThrow(/HTTP 500/);
    // Each publish: GET /user and GraphQL viewer fail over to the default identity, then the list: 3 tries each.
    expect(gh.calls('GET', /\/comments$/)).toHaveLength(2 * 3);
  });

  test('a body over the limit is truncated under 65,536 characters and accepted', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `| fn_${i} | kernel/f${i}.c | changed |`).join('\n');
    const body = `## livepatch-gate\n<details><summary>all</summary>\n\n| f | file | why |\n|---|---|---|\n${rows}\n</details>\n`;
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT);
    const out = await publishStickyComment(client, target, body, { marker, log: recordingLog(), fullReportUrl: 'https://example.test/run/1' });
    expect(out.status).toBe('created');
    const [c] = gh.commentsOn(REPO, 7);
    expect(c.body.length).toBeLessThan(COMMENT_LIMIT);
    expect(c.body.startsWith(marker)).toBe(true);
    expect(c.body).toContain('[full report](https://example.test/run/1)');
    expect(c.body).toMatch(/<\/details>\n\n> \[!NOTE\]/);
  });
});

describe('a flaky API', () => {
  test('one HTTP 500 on the list and one on the post are retried', async () => {
    gh.failNext({ status: 500, method: 'GET', path: /\/comments$/ }, { status: 502, method: 'POST', path: /\/comments$/ });
    const out = await publishStickyComment(client, target, 'body', { marker, log: recordingLog() });
    expect(out.status).toBe('created');
    expect(gh.calls('POST', /\/comments$/).map((r) => r.status)).toEqual([502, 201]);
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1);
  });

  test('a primary rate limit (x-ratelimit-remaining: 0) is reported as a rate limit, not as a fork PR', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const limited = { status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } };
    gh.failNext({ ...limited, method: 'GET', path: /\/comments$/ });
    const log = recordingLog();
    const logged = createGitHubClient('t0ken', { ...FAST, apiUrl: gh.url, log });
    const err = await publishStickyComment(logged, target, 'body', { marker, log }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommentError);
    expect(err).toMatchObject({ status: 403, rateLimited: true });
    expect((err as Error).message).toMatch(/rate limit exceeded \(HTTP 403; it resets at \d{4}-.*Z\)/);
    expect((err as Error).message).not.toMatch(/fork PR/);
    expect(log.warnings.join('\n')).toMatch(/rate limit on GET .*not waiting 36\d\d s/);
  });

  test('a secondary rate limit (403 and 429 with Retry-After) is waited out and retried', async () => {
    gh.failNext(
      { status: 403, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '2' }, method: 'GET', path: /\/comments$/ },
      { status: 429, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': '1' }, method: 'POST', path: /\/comments$/ },
    );
    const log = recordingLog();
    const logged = createGitHubClient('t0ken', { ...FAST, apiUrl: gh.url, log });
    const out = await publishStickyComment(logged, target, 'body', { marker, log });
    expect(out.status).toBe('created');
    expect(log.warnings.filter((w) => /secondary rate limit on .* retrying in [12] s/.test(w))).toHaveLength(2);
  });

  test('a request timeout: a GitHub that does not answer ends in a named error, in bounded time', async () => {
    const slow = createGitHubClient('t0ken', { ...FAST, apiUrl: gh.url, timeoutMs: 150, retries: 1 });
    gh.delayMs = 60_000;
    const started = Date.now();
    const err = await publishStickyComment(slow, target, 'body', { marker, log: recordingLog(), identity: { login: 'github-actions[bot]' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommentError);
    expect((err as Error).message).toMatch(/listing comments of acme\/linux#7: GitHub did not answer within 0.15 s \(retried\)/);
    expect(Date.now() - started).toBeLessThan(2000); // two attempts of 150 ms and a short backoff
    expect(gh.calls('GET', /\/comments$/)).toHaveLength(2);
  });

  test('a slow answer inside the timeout is not cut', async () => {
    gh.delayMs = 100;
    const out = await publishStickyComment(client, target, 'body', { marker, log: recordingLog() });
    expect(out.status).toBe('created');
  });
});

describe('pure planning and fitting', () => {
  const c = (id: number, body: string, login = 'github-actions[bot]', type = 'Bot') => ({
    id,
    body,
    user: { login, type },
    created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, id)).toISOString(),
    html_url: `u${id}`,
  });

  test('keyed and unkeyed markers never match each other', () => {
    expect(commentMarker('a')).toBe('<!-- livepatch-gate:report key=a -->');
    expect(commentMarker('a')).not.toContain(commentMarker());
    expect(commentMarker('x --> <script>')).not.toMatch(/-->.*-->/);
    const plan = planStickyComment([c(1, commentMarker('a')), c(2, commentMarker())], commentMarker('a'), { login: 'github-actions[bot]' });
    expect(plan.update?.id).toBe(1);
  });

  test('ours = our marker as the first line AND our exact login; no other bot, no marker further down', () => {
    const me = { login: 'github-actions[bot]' };
    const plan = planStickyComment(
      [
        c(1, marker, 'mallory', 'User'),
        c(2, marker, 'my-app[bot]', 'Bot'),
        c(3, `quote:\n${marker}`),
        c(4, ` ${marker}\nindented`),
        c(5, `${marker}.c is a file`),
        c(6, `${marker}\r\nours (CRLF)`),
        c(7, `${marker}\nours`),
      ],
      marker,
      me,
    );
    expect(plan).toEqual({ update: expect.objectContaining({ id: 7 }), remove: [expect.objectContaining({ id: 6 })] });
  });

  test('fitting closes an open code fence and keeps short bodies as they are', () => {
    expect(fitCommentBody(`${marker}\nshort`, { marker })).toBe(`${marker}\nshort`);
    expect(fitCommentBody('short', { marker })).toBe(`${marker}\nshort`);
    const long = '```\n' + 'x'.repeat(80).concat('\n').repeat(2000);
    const fitted = fitCommentBody(long, { marker, limit: 10_000 });
    expect(fitted.length).toBeLessThanOrEqual(10_000);
    expect(fitted.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
  });
});
