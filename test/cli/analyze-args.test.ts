// `livepatch-gate analyze` flags → the gate's options (every option named: EveryGateOption).
import { expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import { parseAnalyzeArgs } from '../../src/cli/analyze-command.js';
import { UsageError } from '../../src/cli/exit-codes.js';

test('the PR-check flags reach the gate: merge-base, label, pr', () => {
  const o = parseAnalyzeArgs(['--base', 'origin/main', '--merge-base', '--label', 'x86_64-rt', '--pr', '42', '--format', 'json', '--work-dir', 'w']);
  expect(o).toMatchObject({ base: 'origin/main', head: 'HEAD', mergeBase: true, label: 'x86_64-rt', pullRequest: 42, format: 'json', workDir: resolve('w'), kind: 'auto' });
  expect(parseAnalyzeArgs(['--base', 'v1', '--format', 'text'])).toMatchObject({ mergeBase: false, label: undefined, pullRequest: undefined });
});

test('--symbols repeats and takes comma lists; paths resolved against the current directory', () => {
  const o = parseAnalyzeArgs(['--base', 'v6.1', '--symbols', 'System.map', '--symbols', 'mods/ext4.ko,mods/xfs.ko', '--format', 'text']);
  expect(o.symbols).toEqual([resolve('System.map'), resolve('mods/ext4.ko'), resolve('mods/xfs.ko')]);
  expect(parseAnalyzeArgs(['--base', 'v6.1', '--format', 'text']).symbols).toEqual([]);
});

test('bad values are usage errors that name the flag', () => {
  const bad = (args: string[]) => () => parseAnalyzeArgs(['--base', 'v1', ...args]);
  expect(bad(['--pr', 'x'])).toThrow(new UsageError("--pr takes a pull request number, not 'x'"));
  expect(bad(['--pr', '0'])).toThrow(UsageError);
  expect(bad(['--format', 'html'])).toThrow(new UsageError("--format must be markdown, text or json, not 'html'"));
  expect(bad(['--jobs', '1.5'])).toThrow(/--jobs takes a positive whole number/);
  expect(() => parseAnalyzeArgs(['--format', 'text'])).toThrow(/--base is required/);
});

test('--base-build: touched by default, full, anything else a usage error naming the option', () => {
  expect(parseAnalyzeArgs(['--base', 'v1']).baseBuild).toBe('touched');
  expect(parseAnalyzeArgs(['--base', 'v1', '--base-build', 'full']).baseBuild).toBe('full');
  expect(() => parseAnalyzeArgs(['--base', 'v1', '--base-build', 'all'])).toThrow("--base-build must be touched or full, not 'all'");
});
