// The sample workflows users copy: parseable, least privilege, and the commenter never runs PR code.
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
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
