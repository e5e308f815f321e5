import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../support/fake-github.js';
import { main } from '../../src/cli/main.js';
import { writeJsonFile } from '../../src/sinks/report-file.js';
import { sampleReport } from '../sinks/fixtures.js';
import { captureOutput } from '../clones/helpers.js';

let gh: FakeGitHub;
let dir: string;
beforeAll(async () => {
  gh = await FakeGitHub.start({ token: 'cli-token' });
  dir = mkdtempSync(join(tmpdir(), 'lpg-cli-comment-'));
  writeJsonFile(join(dir, 'r.json'), sampleReport());
});
afterAll(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
  delete process.env.LPG_TEST_TOKEN;
});

test('livepatch-gate comment publishes with the token from the environment', async () => {
  process.env.LPG_TEST_TOKEN = 'cli-token';
  const args = ['comment', '--report', join(dir, 'r.json'), '--repo', 'acme/linux', '--token-env', 'LPG_TEST_TOKEN', '--api-url', gh.url];
  const first = await captureOutput(() => main(args));
  expect(first.result).toBe(0);
  // The comment's URL on stdout, for a script to pass on.
  expect(first.stdout).toMatch(/^https?:\/\/\S+\n$/);
  expect((await captureOutput(() => main([...args, '--pr', '8']))).result).toBe(0);
  expect(gh.commentsOn('acme/linux', 7)).toHaveLength(1);
  expect(gh.commentsOn('acme/linux', 8)).toHaveLength(1);
  expect(gh.requests.every((r) => r.authorization === 'token cli-token')).toBe(true);
});

test('usage errors: missing token variable, bad PR number', async () => {
  const base = ['comment', '--report', join(dir, 'r.json'), '--repo', 'acme/linux', '--api-url', gh.url];
  expect(await main([...base, '--token-env', 'LPG_NO_SUCH_VAR'])).toBe(2);
  expect(await main([...base, '--token-env', 'LPG_TEST_TOKEN', '--pr', 'x'])).toBe(2);
});
