// A second change on top of a deployed live patch: the gate, given the deployed patch's JSON report
// (--previous-report / previous-report), lists the next patch cumulatively for atomic replace. A real
// three-commit git repository (running kernel R, deployed patch B, next change C) built by gcc through
// its Makefile at each side, analysed by runGate.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CumulativeEntry, Report } from '../../src/model.js';
import { runGate } from '../../src/pipeline/gate.js';
import { parsePreviousReport } from '../../src/report/cumulative.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { makefileFor } from './fixture-repo.js';

const FIX_C = (a: number, b: number, c: number) => `__attribute__((noinline)) int f1(int x) { return x + ${a}; }
__attribute__((noinline)) int f2(int x) { return x + ${b}; }
__attribute__((noinline)) int f3(int x) { return x + ${c}; }
`;

const LP_C = (defines: string, uses: string) => `${defines}
void *klp_shadow_get(void *obj, unsigned long id);
void *klp_shadow_alloc(void *obj, unsigned long id, unsigned long size, int gfp, void *ctor, void *data);
void *klp_shadow_get(void *obj, unsigned long id) { return (void *)((char *)obj + id); }
void *klp_shadow_alloc(void *obj, unsigned long id, unsigned long size, int gfp, void *ctor, void *data) { (void)size; (void)gfp; (void)ctor; (void)data; return (void *)((char *)obj + id); }
void *state_of(void *obj)
{
${uses}
}
`;

const MAIN_C = 'int f1(int), f2(int), f3(int);\nvoid *state_of(void *obj);\nint main(void) { static char o[8]; return f1(1) + f2(2) + f3(3) + (state_of(o) != 0); }\n';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' };
const git = (repo: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });

function commit(repo: string, tag: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(repo, path), text);
  writeFileSync(join(repo, 'Makefile'), makefileFor(Object.keys(files), 'prog', '-O2'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', tag);
  git(repo, 'tag', tag);
}

const statuses = (r: Report) => Object.fromEntries((r.cumulative?.entries ?? []).filter((e) => e.file === 'fix.c').map((e: CumulativeEntry) => [e.symbol, e.status]));

describe('cumulative patch list against a deployed live patch', () => {
  let dir: string;
  let deployed: string;
  const gate = (base: string, head: string, previousReport?: string) =>
    runGate({ repo: join(dir, 'repo'), base, head, workDir: join(dir, 'work'), kind: 'command', buildCommand: 'make', fullBuild: false, extraCflags: [], deepEvidence: false, previousReport });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lpg-cumulative-'));
    const repo = join(dir, 'repo');
    execFileSync('mkdir', [repo]);
    git(repo, 'init', '-q', '-b', 'main');
    // R: the running kernel. B: the deployed patch (f1, f2 fixed; shadow id SHADOW_A = 1). C: the next change.
    commit(repo, 'R', { 'fix.c': FIX_C(1, 2, 3), 'lp.c': LP_C('#define SHADOW_A 1', '\treturn klp_shadow_get(obj, 0);'), 'main.c': MAIN_C });
    commit(repo, 'B', { 'fix.c': FIX_C(10, 20, 3), 'lp.c': LP_C('#define SHADOW_A 1', '\treturn klp_shadow_get(obj, SHADOW_A);'), 'main.c': MAIN_C });
    commit(repo, 'C', {
      'fix.c': FIX_C(1, 21, 30),
      'lp.c': LP_C('#define SHADOW_A 2\n#define SHADOW_B 7', '\tif (!klp_shadow_get(obj, SHADOW_A))\n\t\treturn klp_shadow_alloc(obj, SHADOW_B, 8, 0, 0, 0);\n\treturn 0;'),
      'main.c': MAIN_C,
    });
    const { report } = await gate('R', 'B');
    deployed = join(dir, 'deployed.json');
    writeFileSync(deployed, JSON.stringify(report));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the deployed report records its klp_funcs and shadow ids', () => {
    const prev = parsePreviousReport(readFileSync(deployed, 'utf8'), deployed);
    expect(prev.patch.flatMap((o) => o.functions.map((f) => f.symbol)).sort()).toEqual(['f1', 'f2', 'state_of']);
    expect(prev.livepatchIds).toEqual([{ kind: 'shadow', name: 'SHADOW_A', value: '1', file: 'lp.c', line: 8 }]);
  });

  test('against the running kernel (same base): kept, added and dropped (f1 is back to the running code)', async () => {
    const { report } = await gate('R', 'C', deployed);
    expect(report.cumulative?.sameBase).toBe(true);
    expect(statuses(report)).toEqual({ f1: 'dropped', f2: 'kept', f3: 'added' });
    expect(report.cumulative?.entries.find((e) => e.symbol === 'f1')?.reason).toContain('no longer reaches it');
    expect(report.cumulative?.ids).toEqual([
      { kind: 'shadow', name: 'SHADOW_A', status: 'changed', detail: expect.stringContaining('was 1, now SHADOW_A = 2') },
      { kind: 'shadow', name: 'SHADOW_B', status: 'new', detail: expect.stringContaining('SHADOW_B = 7 is new') },
    ]);
    expect(renderMarkdown(report)).toContain('Cumulative patch for atomic replace');
    expect(renderText(report)).toContain('dropped f1');
  });

  test('on top of the deployed patch (PR base = its head): updated, kept and added, with the caveat about names', async () => {
    const { report } = await gate('B', 'C', deployed);
    expect(report.cumulative?.sameBase).toBe(false);
    expect(statuses(report)).toEqual({ f1: 'updated', f2: 'updated', f3: 'added' });
    expect(report.cumulative?.notes[0]).toContain('run again with base set to the running kernel');
  });

  test('a file that is not a report is a clear error before any build', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema":"something-else"}');
    await expect(gate('R', 'C', bad)).rejects.toThrow(/is not a livepatch-gate report/);
    await expect(gate('R', 'C', join(dir, 'missing.json'))).rejects.toThrow(/cannot read previous report .*no such file/);
  });
});
