// parseAnalyzeArgs: flags that take lists.
import { expect, test } from '@jest/globals';
import { resolve } from 'node:path';
import { parseAnalyzeArgs } from '../../src/cli/analyze-command.js';

test('--symbols repeats and takes comma lists; paths resolved against the current directory', () => {
  const o = parseAnalyzeArgs(['--base', 'v6.1', '--symbols', 'System.map', '--symbols', 'mods/ext4.ko,mods/xfs.ko', '--format', 'text']);
  expect(o.symbols).toEqual([resolve('System.map'), resolve('mods/ext4.ko'), resolve('mods/xfs.ko')]);
  expect(parseAnalyzeArgs(['--base', 'v6.1', '--format', 'text']).symbols).toEqual([]);
});
