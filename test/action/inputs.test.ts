import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { eventDefaults, gateOptionsOf, INPUT_NAMES, readInputs, type EventInfo } from '../../src/action/inputs.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  branding: unknown;
};

const prEvent: EventInfo = {
  name: 'pull_request',
  payload: { pull_request: { number: 12, base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } },
};
const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/rt' };
const getter = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('action.yml', () => {
  test('declares exactly the inputs the code reads, node24 and dist/index.js', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toBeTruthy();
  });

  test('declares every output the sinks set', async () => {
    const { presentReport } = await import('../../src/report/presentation.js');
    const { sampleReport } = await import('../sinks/fixtures.js');
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(presentReport(sampleReport()).outputs({ reportPath: 'r' })).sort());
  });
});

describe('readInputs', () => {
  test('pull_request: base/head/PR from the event, files under the workspace', () => {
    const i = readInputs(getter({}), prEvent, env);
    expect(i).toMatchObject({
      mode: 'analyze',
      base: 'b'.repeat(40),
      head: 'h'.repeat(40),
      pullRequest: 12,
      workingDirectory: '/ws',
      workDir: '/tmp/rt/livepatch-gate',
      reportFile: '/ws/livepatch-gate-report.json',
      sarifFile: '/ws/livepatch-gate.sarif',
      comment: true,
      annotations: true,
      fullBuild: false,
      configPath: undefined,
      commentKey: '',
    });
  });

  test('explicit values win; a non-default config is a checkout path; key from working-directory', () => {
    const i = readInputs(
      getter({ base: 'v6.1', head: 'HEAD', 'working-directory': 'linux', config: 'ci/lpg.yml', 'full-build': 'true', 'extra-cflags': ' -O2  -g ', 'pr-number': '5' }),
      prEvent,
      env,
    );
    expect(i).toMatchObject({ base: 'v6.1', head: 'HEAD', workingDirectory: '/ws/linux', configPath: '/ws/linux/ci/lpg.yml', fullBuild: true, extraCflags: ['-O2', '-g'], pullRequest: 5, commentKey: 'linux' });
    expect(readInputs(getter({ config: '.github/livepatch-gate.yml' }), prEvent, env).configPath).toBeUndefined();
  });

  test('base-build: touched by default, full for the distribution pattern, anything else named', () => {
    expect(readInputs(getter({}), prEvent, env).baseBuild).toBe('touched');
    expect(gateOptionsOf(readInputs(getter({ 'base-build': 'full' }), prEvent, env)).baseBuild).toBe('full');
    expect(() => readInputs(getter({ 'base-build': 'yes' }), prEvent, env)).toThrow("input 'base-build' must be touched or full, not 'yes'");
  });

  test('symbols: one path per line or comma, under the workspace unless absolute', () => {
    expect(readInputs(getter({}), prEvent, env).symbols).toEqual([]);
    expect(readInputs(getter({ symbols: 'prod/System.map\nprod/ext4.ko, /abs/kallsyms' }), prEvent, env).symbols).toEqual(['/ws/prod/System.map', '/ws/prod/ext4.ko', '/abs/kallsyms']);
  });

  test('pull_request: the merge commit against its first parent when GitHub made one, else the merge-base', () => {
    const merge = 'm'.repeat(40);
    const withMerge = readInputs(getter({}), prEvent, { ...env, GITHUB_SHA: merge });
    expect(withMerge).toMatchObject({ base: `${merge}^1`, head: merge, mergeBase: false, pullRequest: 12 });
    expect(withMerge.comparison).toMatch(/merge commit GitHub made for #12 .*refs\/pull\/12\/merge/);
    const noMerge = readInputs(getter({}), prEvent, { ...env, GITHUB_SHA: 'h'.repeat(40) });
    expect(noMerge).toMatchObject({ base: 'b'.repeat(40), head: 'h'.repeat(40), mergeBase: true });
    expect(noMerge.comparison).toMatch(/merge-base/);
    // Explicit inputs are the user's choice: no event rewriting.
    expect(readInputs(getter({ base: 'v6.1', head: 'HEAD' }), prEvent, { ...env, GITHUB_SHA: merge })).toMatchObject({ base: 'v6.1', head: 'HEAD', mergeBase: false, comparison: undefined });
  });

  test('push: before/after; a new branch needs an explicit base', () => {
    expect(eventDefaults({ name: 'push', payload: { before: 'a1', after: 'b2' } })).toEqual({ base: 'a1', head: 'b2' });
    expect(() => readInputs(getter({}), { name: 'push', payload: { before: '0'.repeat(40), after: 'b2' } }, env)).toThrow(/new branch has no 'before' commit/);
    expect(() => readInputs(getter({}), { name: 'workflow_dispatch', payload: {} }, env)).toThrow(/input 'base' is required for 'workflow_dispatch'/);
  });

  test('comment-from-report needs report-path, not base/head', () => {
    const ev: EventInfo = { name: 'workflow_run', payload: { workflow_run: { head_sha: 'x', pull_requests: [] } } };
    expect(() => readInputs(getter({ mode: 'comment-from-report' }), ev, env)).toThrow(/report-path/);
    expect(readInputs(getter({ mode: 'comment-from-report', 'report-path': 'r/report.json' }), ev, env)).toMatchObject({ reportPath: '/ws/r/report.json', pullRequest: undefined });
  });

  test('bad values are named', () => {
    expect(() => readInputs(getter({ comment: 'maybe' }), prEvent, env)).toThrow(/input 'comment' must be true or false, not 'maybe'/);
    expect(() => readInputs(getter({ mode: 'x' }), prEvent, env)).toThrow(/input 'mode'/);
    expect(() => readInputs(getter({ 'pr-number': 'abc' }), prEvent, env)).toThrow(/pr-number/);
  });
});
