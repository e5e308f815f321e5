// End to end through the bundle: `node dist/index.js` with runner-style env against the fake GitHub.
// Fails when dist/index.js is missing (npm run bundle); LPG_ACTION_ENTRY points it at another bundle.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { DIST_ENTRY, requireBundle, runAction } from '../support/run-action.js';
import { writeJsonFile } from '../../src/sinks/report-file.js';
import { sampleReport } from '../sinks/fixtures.js';

const HEAD = 'b'.repeat(40);
requireBundle(DIST_ENTRY);

describe('the bundled action', () => {
  let gh: FakeGitHub;
  let dir: string;
  beforeAll(async () => {
    gh = await FakeGitHub.start({ token: 'ghs_write' });
    dir = mkdtempSync(join(tmpdir(), 'lpg-e2e-'));
    writeJsonFile(join(dir, 'report', 'livepatch-gate-report.json'), sampleReport({ pullRequest: 7, head: HEAD }));
  });
  afterAll(async () => {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const workflowRun = { name: 'workflow_run', payload: { workflow_run: { head_sha: HEAD, html_url: 'https://github.com/acme/linux/actions/runs/99', pull_requests: [] } } };

  test.each(['current', 'node24'] as const)('comment-from-report posts, then updates, the sticky comment (%s node)', async (node) => {
    gh.comments.clear();
    gh.setPullRequest('acme/linux', 7, HEAD);
    for (let round = 0; round < 2; round++) {
      const r = await runAction({
        inputs: { mode: 'comment-from-report', 'report-path': 'report/livepatch-gate-report.json' },
        event: workflowRun,
        apiUrl: gh.url,
        token: 'ghs_write',
        workspace: dir,
        node,
      });
      try {
        expect({ code: r.exitCode, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
        const [c] = gh.commentsOn('acme/linux', 7);
        expect(r.outputs['comment-url']).toBe(`https://github.com/acme/linux/pull/7#issuecomment-${c.id}`);
        expect(c.body).toContain('<!-- livepatch-gate:report -->');
        expect(c.body).toContain('copy_process');
        expect(r.stdout).toContain(round === 0 ? 'created the report comment on #7' : 'updated the report comment on #7');
      } finally {
        r.cleanup();
      }
    }
    expect(gh.commentsOn('acme/linux', 7)).toHaveLength(1);
  });

  test('a read-only token warns and the step still succeeds', async () => {
    gh.comments.clear();
    gh.failure = 'read-only';
    const r = await runAction({
      inputs: { mode: 'comment-from-report', 'report-path': 'report/livepatch-gate-report.json', 'pr-number': '7' },
      event: { name: 'workflow_dispatch', payload: {} },
      apiUrl: gh.url,
      token: 'ghs_write',
      workspace: dir,
    });
    gh.failure = 'none';
    r.cleanup();
    expect(r.exitCode).toBe(0);
    expect(r.commands.find((c) => c.command === 'warning')?.message).toMatch(/read-only token: fork PR\?/);
  });

  test('bad input fails the step with a clear message', async () => {
    const r = await runAction({ inputs: { mode: 'comment-from-report' }, event: workflowRun, apiUrl: gh.url, workspace: dir });
    r.cleanup();
    expect(r.exitCode).toBe(1);
    expect(r.commands.find((c) => c.command === 'error')?.message).toMatch(/^livepatch-gate: input 'report-path' is required/);
  });
  test('aggregate: one comment and one verdict for a matrix; a missing codestream fails the step', async () => {
    gh.comments.clear();
    const arm = sampleReport({ pullRequest: 7, head: HEAD, verdict: 'pass', verdictReasons: [], findings: [], codestream: { label: 'arm64/defconfig', arch: 'arm64', config: 'defconfig' } });
    arm.patch = [{ object: 'vmlinux', functions: arm.patch[0].functions.slice(0, 1) }];
    writeJsonFile(join(dir, 'matrix', 'livepatch-gate-report-x86', 'livepatch-gate-report.json'), sampleReport({ pullRequest: 7, head: HEAD, codestream: { label: 'x86_64/defconfig', arch: 'x86_64', config: 'defconfig' } }));
    writeJsonFile(join(dir, 'matrix', 'livepatch-gate-report-arm64', 'livepatch-gate-report.json'), arm);
    const pr = { name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: 'a'.repeat(40) }, head: { sha: HEAD } } } };
    const run = (expected: string) =>
      runAction({ inputs: { mode: 'aggregate', reports: 'matrix', 'expected-codestreams': expected, 'report-file': 'aggregate.json' }, event: pr, apiUrl: gh.url, token: 'ghs_write', workspace: dir });
    const r = await run('x86_64/defconfig, arm64/defconfig');
    try {
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      const comments = gh.commentsOn('acme/linux', 7);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toContain('every codestream');
      expect(comments[0].body).toContain('| <code>arm64/defconfig</code> | ✅ pass |');
      // copy_process is patched in both codestreams: listed once, in the common table.
      expect(comments[0].body).toMatch(/Functions to patch in every codestream \(1\)[\s\S]*copy_process/);
      expect(comments[0].body).toMatch(/some codestreams only \(2\)/);
      expect(r.commands.find((c) => c.command === 'error' && c.message.startsWith('livepatch-gate:'))?.message).toMatch(/a codestream fails the policy:\n- x86_64\/defconfig: 1 error/);
    } finally {
      r.cleanup();
    }
    const missing = await run('x86_64/defconfig, arm64/defconfig, s390x/defconfig');
    try {
      expect(missing.exitCode).toBe(1);
      expect(missing.outputs.verdict).toBe('error');
      expect(missing.commands.find((c) => c.command === 'error' && c.message.startsWith('livepatch-gate:'))?.message).toMatch(/could not decide for every codestream[\s\S]*s390x\/defconfig: missing/);
      expect(gh.commentsOn('acme/linux', 7)).toHaveLength(1);
      expect(gh.commentsOn('acme/linux', 7)[0].body).toContain('⚠️ no report');
    } finally {
      missing.cleanup();
    }
  });
});
