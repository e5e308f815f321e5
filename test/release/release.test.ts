// The release workflow's own check (scripts/release-notes.mjs) on this repository: versions agree and
// the changelog has the version's notes; and on copies where they do not, the reason is named.
import { expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION } from '../../src/version.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };

test('package.json, src/version.ts and CHANGELOG.md name the same version', () => {
  expect(pkg.version).toBe(VERSION);
  const dir = mkdtempSync(join(tmpdir(), 'lpg-release-'));
  const out = execFileSync('node', [join(root, 'scripts/release-notes.mjs'), '--notes', join(dir, 'notes.md')], { encoding: 'utf8' });
  expect(out).toBe(`version=${VERSION}\nmajor=${VERSION.split('.')[0]}\n`);
  expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toMatch(/^### /);
});

test('a version without changelog notes, or versions that disagree, stop the release with the reason', () => {
  const copy = mkdtempSync(join(tmpdir(), 'lpg-release-copy-'));
  mkdirSync(join(copy, 'scripts'));
  mkdirSync(join(copy, 'src'));
  cpSync(join(root, 'scripts/release-notes.mjs'), join(copy, 'scripts/release-notes.mjs'));
  cpSync(join(root, 'src/version.ts'), join(copy, 'src/version.ts'));
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ version: VERSION }));
  writeFileSync(join(copy, 'CHANGELOG.md'), '# Changelog\n\n## [0.0.1] - 2020-01-01\n- old\n');
  const run = () => spawnSync('node', [join(copy, 'scripts/release-notes.mjs')], { encoding: 'utf8' });
  expect(run()).toMatchObject({ status: 1, stderr: expect.stringContaining(`CHANGELOG.md has no '## [${VERSION}]' section`) });
  writeFileSync(join(copy, 'package.json'), JSON.stringify({ version: '9.9.9' }));
  expect(run()).toMatchObject({ status: 1, stderr: expect.stringContaining(`src/version.ts says '${VERSION}', package.json says '9.9.9'`) });
});

test('engines: Node 22 or later (20 is end-of-life); the action runs on node24', () => {
  expect(pkg.engines.node).toBe('>=22');
  expect(readFileSync(join(root, 'action.yml'), 'utf8')).toMatch(/using: ['"]?node24/);
});

test('dist/licenses.txt names every third-party package bundled, with its licence text', () => {
  const text = readFileSync(join(root, 'dist/licenses.txt'), 'utf8');
  for (const pkg of ['@actions/core@', '@octokit/plugin-retry@', 'picomatch@', 'yaml@', 'web-tree-sitter@']) expect(text).toContain(pkg);
  expect(text).toMatch(/Permission is hereby granted/);
});
