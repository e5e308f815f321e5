// Every line a reviewer needs and nothing else: on a one-fix PR that changes a struct's layout in a header
// included by many translation units (test/pipeline/causes-fixture.ts, real gcc), every patch-list entry
// and finding names its real cause, functions whose own code is identical are not patched but listed
// under the data they refer to, findings are one per cause, and the comment fits on one screen.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Report } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { MODULES, UNBUILT, runCausesFixture } from './causes-fixture.js';
import type { Fixture } from './fixture-repo.js';

/** The comment as a reviewer sees it before opening anything: a collapsed block shows its summary line only. */
export function visibleLines(markdown: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of markdown.split('\n')) {
    const opens = (line.match(/<details>/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    if (depth === 0) out.push(line);
    depth += opens - closes;
  }
  return out.filter((l) => l.trim() !== '');
}

/** One screen above the fold: verdict, errors with what to do, the patch list. */
const SCREEN_LINES = 40;

let fx: Fixture;
let report: Report;

beforeAll(async () => {
  fx = await runCausesFixture();
  report = fx.report;
}, 300_000);

afterAll(() => fx?.cleanup());

const entries = (r: Report) => r.patch.flatMap((o) => o.functions);

describe('causes on a struct-layout change included by many translation units', () => {
  test('every patch-list entry names its cause: changed in the PR, or uses struct hook_ops whose layout changes', () => {
    const bySymbol = new Map(entries(report).map((f) => [f.symbol, f]));
    expect([...bySymbol.keys()].sort()).toEqual(['active_hooks', 'register_hooks', 'unregister_hooks', ...MODULES.map((m) => `${m}_prio`)].sort());
    expect(bySymbol.get('active_hooks')?.reasons.map((r) => r.kind)).toEqual(['changed']);
    for (const name of ['register_hooks', 'unregister_hooks', ...MODULES.map((m) => `${m}_prio`)]) {
      const reasons = bySymbol.get(name)?.reasons ?? [];
      expect(reasons).toMatchObject([{ kind: 'layout', causes: ['struct hook_ops'] }]);
      // The evidence: its unit compiles the new layout, and its own code differs.
      expect(reasons[0].chain.join(' → ')).toMatch(/compiles the new layout .* the code of \S+ differs \((bytes|relocation|size)/);
    }
    expect(entries(report).flatMap((f) => f.reasons).filter((r) => r.kind === 'unexplained')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'unexplained-change')).toEqual([]);
  });

  test('functions whose own code is identical are not patched: they are listed under the data they refer to', () => {
    const limitOf = fx.analysis.codeDiffs.find((d) => d.source === 'core.c' && d.symbol === 'limit_of');
    expect(limitOf).toMatchObject({ status: 'unchanged', changedData: ['limits'] });
    const listed = new Set([...report.patch, ...report.notNeeded].flatMap((o) => o.functions.map((f) => f.symbol)));
    for (const name of ['limit_of', 'over_limit', ...MODULES.flatMap((m) => [`${m}_init`, `${m}_exit`])]) expect(listed.has(name)).toBe(false);
    const data = report.findings.filter((f) => f.ruleId === 'changed-data');
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ symbol: 'limits', file: 'core.c', severity: 'error' });
    expect(data[0].message).toContain('If you carry a new copy of limits, also replace: limit_of, over_limit.');
  });

  test('one finding per cause: the layout change names the functions and data objects that change with it', () => {
    const layout = report.findings.filter((f) => f.ruleId === 'layout-change');
    expect(layout).toHaveLength(1);
    const [f] = layout;
    expect(f).toMatchObject({ symbol: 'hook_ops', file: 'hook.h', severity: 'error' });
    const places = f.places ?? [];
    expect(places.filter((p) => p.kind === 'function').map((p) => p.symbol).sort()).toEqual(['register_hooks', 'unregister_hooks', ...MODULES.map((m) => `${m}_prio`)].sort());
    const data = places.filter((p) => p.kind === 'data');
    expect(data.map((p) => p.symbol).sort()).toEqual(['dummy', ...MODULES.map((m) => `${m}_ops`)].sort());
    expect(data.find((p) => p.symbol === 'mod01_ops')?.detail).toContain('also replace: mod01_init, mod01_exit');
    expect(f.message).toContain(`${MODULES.length + 2} functions in ${MODULES.length + 1} translation units change with it`);
    expect(f.message).toContain(`${MODULES.length + 1} data objects change with it`);
    // The headline counts causes: the layout change and the changed data object.
    expect(report.summary.errors).toBe(2);
    expect(report.verdictReasons).toHaveLength(2);
  });

  test('includers the build does not compile are not news', () => {
    const json = JSON.stringify(report);
    for (const m of UNBUILT) expect(json).not.toContain(`${m}.c`);
    expect(report.findings.filter((f) => f.ruleId === 'not-built')).toEqual([]);
  });

  test('budget: verdict, errors with what to do and the patch list fit on one screen; the rest is collapsed', () => {
    const md = renderMarkdown(report);
    const visible = visibleLines(md);
    expect(visible.length).toBeLessThanOrEqual(SCREEN_LINES);
    const text = visible.join('\n');
    expect(text).toContain('Live-patch gate failed');
    expect(text).toContain('**layout-change**');
    expect(text).toContain('> Do not change the layout in a live patch'); // what to do
    expect(text).toContain('**changed-data**');
    expect(text).toContain(`### Functions to patch in <code>prog</code> (${entries(report).length})`);
    // The PR's own change is a row in view; the functions that only change with the layout are one line.
    expect(text).toContain('| <code>active_hooks</code> |');
    const layoutOnly = entries(report).length - 1;
    expect(text).toContain(`<details><summary>Functions to patch in <code>prog</code> that change with struct hook_ops (${layoutOnly})</summary>`);
    for (const f of entries(report).filter((e) => e.symbol !== 'active_hooks')) {
      expect(text).not.toContain(`| <code>${f.symbol}</code> |`);
      expect(md).toContain(`| <code>${f.symbol}</code> |`);
    }
    // Warnings, non-function changes and the skeleton are a click away, not gone.
    expect(text).not.toContain('ipa-passes-untracked');
    expect(md).toContain('<details><summary>⚠️ Warnings (1)</summary>');
    expect(md).toContain('<details><summary>Non-function changes (2)</summary>');
  });

  test('the terminal report lists a folded finding’s places under it', () => {
    const text = renderText(report);
    expect(text).toMatch(/^ {6}data mod01_ops mod01\.c: .*also replace: mod01_init, mod01_exit$/m);
    expect(text).toMatch(/^ {6}function mod12_prio mod12\.c/m);
  });
});
