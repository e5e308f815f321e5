// Code that changes with no line of C changing: the PR changes only the flags a unit is compiled with.
// Real gcc, make and git; the cause is named (reason 'build-flags' with the flags), not "cause not found".
import fs from 'node:fs';
import path from 'node:path';
import { flagDifference } from '../../src/pipeline/causes.js';
import { runGate } from '../../src/pipeline/gate.js';
import { renderText } from '../../src/report/text.js';
import { commitAll, initRepo, tempDir, writeFiles } from '../compile/helpers.js';

const A_C = ['int helper(int x) {', '#ifdef FAST', '  return x * 3;', '#else', '  return x + 1;', '#endif', '}', 'int api(int y) { return helper(y) + 2; }', ''].join('\n');
const makefile = (flags: string) => `CFLAGS = -O2 ${flags}\nall: a.o\na.o: a.c\n\t$(CC) $(CFLAGS) -c a.c -o a.o\n`;

let dir: string;
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

test('a Makefile-only PR: the changed functions carry the flags that changed as their cause', async () => {
  dir = tempDir('lpg-flags-');
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, { 'a.c': A_C, Makefile: makefile('') });
  const base = commitAll(repo, 'base');
  writeFiles(repo, { Makefile: makefile('-DFAST') });
  const head = commitAll(repo, 'head');
  const { report } = await runGate({ repo, base, head, workDir: path.join(dir, 'work'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, jobs: 1 });
  const helper = report.patch.flatMap((o) => o.functions).find((f) => f.symbol === 'helper');
  expect(helper?.reasons).toEqual([expect.objectContaining({ kind: 'build-flags', causes: ['+-DFAST'] })]);
  expect(report.findings.filter((f) => f.ruleId === 'unexplained-change')).toEqual([]);
  expect(renderText(report)).toContain('its TU is compiled with other flags at head (+-DFAST)');
}, 120_000);

test('flagDifference: what one side only has, each side\'s directories written alike', () => {
  expect(flagDifference({ argv: ['gcc', '-O2', '-I/w/base/src/inc', '-c', 'a.c'], roots: ['/w/base/src'] }, { argv: ['gcc', '-O2', '-fno-inline', '-I/w/head/src/inc', '-c', 'a.c'], roots: ['/w/head/src'] })).toEqual(['+-fno-inline']);
  expect(flagDifference({ argv: ['gcc', '-O2', '-DX', '-DX'], roots: [] }, { argv: ['gcc', '-O1', '-DX'], roots: [] })).toEqual(['+-O1', '--O2', '--DX']);
});
