import { detectHazards, ruleMetas } from '../../src/hazards/catalogue.js';
import type { Analysis, Finding, Report } from '../../src/model.js';
import { applyPolicy, loadPolicy } from '../../src/policy/policy.js';
import {
  buildReport,
  livepatchSkeleton,
  renderAnnotations,
  renderMarkdown,
  renderSarif,
  renderText,
} from '../../src/report/index.js';
import { splitPatchList } from '../../src/pipeline/patch-list.js';
import { patchListOf } from '../../src/report/presentation.js';
import { omittedAnnotationsNote } from '../../src/report/annotations.js';
import { analysisWith, changedFunction, fact, patchFunction } from '../hazards/analysis-fixture.js';

function sampleAnalysis(extraFunctions = 0): Analysis {
  const many = Array.from({ length: extraFunctions }, (_, i) =>
    patchFunction(`caller_${i}`, 'kernel/many.c', {
      line: i + 1,
      predicted: i % 2 === 0,
      reasons: [{ kind: 'inlined', root: 'helper', chain: ['helper', `inlined into mid_${i} (removed)`, `inlined into caller_${i}`] }],
    }),
  );
  return analysisWith({
    changes: {
      files: [],
      functions: [changedFunction('helper', 'kernel/a.c'), changedFunction('setup', 'init/main.c', { markers: ['__init'] })],
      other: [{ kind: 'macro', file: 'include/linux/m.h', line: 2, name: 'MAX_X', detail: '16 | 32 → 64' }],
      warnings: [{ source: 'diff', message: 'could not parse kernel/odd.c', file: 'kernel/odd.c', line: 4 }],
    },
    ...splitPatchList([
      {
        object: 'vmlinux',
        functions: [
          patchFunction('helper', 'kernel/a.c'),
          patchFunction('show', 'kernel/a.c', { sympos: 2, reasons: [{ kind: 'inlined', root: 'helper', chain: ['helper', 'inlined into show'] }] }),
          patchFunction('sra.isra.0', 'kernel/a.c', { reasons: [{ kind: 'clone', root: 'helper', chain: ['helper', 'isra clone'] }] }),
          patchFunction('quiet', 'kernel/a.c', { codeChange: 'line-only' }),
          ...many,
        ],
      },
      { object: 'fs/ext4/ext4-mod.ko', functions: [patchFunction('ext4_x', 'fs/ext4/x.c')] },
    ]),
    symbolFacts: [fact('helper', 'kernel/a.c'), fact('show', 'kernel/a.c', { sympos: 2 })],
    cloneChanges: [{ source: 'kernel/a.c', function: 'sra', kind: 'clone-vanished', reason: 'isra', other: 'sra.isra.0', line: 6 }],
    notBuilt: [{ source: 'drivers/y.c', reason: 'CONFIG_Y is not set' }],
    codeDiffs: [{ owner: 'vmlinux', source: 'kernel/a.c', symbol: 'quiet', status: 'line-only' }],
  });
}

function reportOf(analysis: Analysis, policyText: string | null = null): Report {
  const result = applyPolicy(detectHazards(analysis), loadPolicy(policyText));
  return buildReport(analysis, result, { version: '0.1.0', pullRequest: 42 });
}

/** Markdown checks a reader would notice: balanced fences and <details>, every table row complete. */
function expectWellFormed(md: string): void {
  expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|---/.test(lines[i])) continue;
    const cols = lines[i].split('|').length;
    for (let j = i + 1; j < lines.length && lines[j].startsWith('|'); j++) {
      expect(lines[j].replace(/\\\|/g, '').split('|').length).toBe(cols);
    }
    // A table ends with a blank line (GFM would swallow a following paragraph as a row).
    let end = i + 1;
    while (end < lines.length && lines[end].startsWith('|')) end++;
    if (end < lines.length) expect(lines[end]).toBe('');
  }
}

describe('buildReport', () => {
  test('versioned JSON with verdict, counts and everything the sinks need', () => {
    const r = reportOf(sampleAnalysis());
    expect(r).toMatchObject({ schema: 'livepatch-gate/report', schemaVersion: 2, tool: { name: 'livepatch-gate', version: '0.1.0' } });
    expect(r.pullRequest).toBe(42);
    expect(r.verdict).toBe('fail');
    expect(r.verdictReasons.join(' ')).toMatch(/clone-vanished/);
    // quiet (only __LINE__ moved) is not a klp_func.
    expect(r.summary).toEqual({ functionsToPatch: 4, objects: 2, errors: 2, warnings: 1, notices: 3 });
    expect(r.warnings).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test('allowed findings do not count and the verdict passes', () => {
    const r = reportOf(
      sampleAnalysis(),
      'allow:\n  - rule: clone-vanished\n    reason: callers patched\n  - rule: init-code\n    symbol: setup\n    reason: boot only\n',
    );
    expect(r.verdict).toBe('pass');
    expect(r.summary.errors).toBe(0);
    expect(r.findings.filter((f) => f.allowed)).toHaveLength(2);
  });
});

describe('renderMarkdown', () => {
  test('full report: verdict, tables with sympos, details chains, advice, skeleton', () => {
    const md = renderMarkdown(reportOf(sampleAnalysis()), {
      marker: 'livepatch-gate:report',
      fullReportUrl: 'https://example.test/run/1',
      docsBaseUrl: 'https://example.test/blob/main/docs',
    });
    expect(md).toContain('**clone-vanished** — Optimisation clone vanished at head ([docs](https://example.test/blob/main/docs/hazards.md#clone-vanished))');
    expect(md.startsWith('<!-- livepatch-gate:report -->\n## livepatch-gate')).toBe(true);
    expect(md).toMatch(/❌ \*\*Live-patch gate failed\*\*/);
    expect(md).toContain('| Function | sympos | Location | Why | Code change |');
    expect(md).toContain('| <code>show</code> | 2 | <code>kernel/a.c:10</code> |');
    expect(md).toContain('<details><summary>explain</summary>helper → inlined into show</details>');
    expect(md).toContain('### Functions to patch in <code>fs/ext4/ext4-mod.ko</code> (1)');
    expect(md).toContain('> Patch the base clone symbol itself'); // clone-vanished advice
    expect(md).toContain('16 \\| 32 → 64'); // pipes escaped in cells
    expect(md).toContain('<details><summary>Changed but not built (1)</summary>');
    expect(md).toContain('\\[diff\\] <code>kernel/odd.c:4</code>: could not parse');
    expect(md).toContain('.name = "ext4_mod"');
    expect(md).not.toContain('more functions');
    expectWellFormed(md);
  });

  test('pass verdict', () => {
    const md = renderMarkdown(reportOf(sampleAnalysis(), 'fail-on: none'));
    expect(md).toMatch(/✅ \*\*Live-patch gate passed\*\*/);
  });

  test.each([2500, 4000, 12000])('truncates lowest-priority sections first under maxChars=%i', (maxChars) => {
    const report = reportOf(sampleAnalysis(400));
    const full = renderMarkdown(report, { maxChars: 10_000_000 });
    expect(full.length).toBeGreaterThan(50_000);
    const md = renderMarkdown(report, { maxChars, fullReportUrl: 'https://example.test/full' });
    expect(md.length).toBeLessThanOrEqual(maxChars);
    expect(md).toMatch(/_… \d+ more (functions?|skeleton block|notices?|findings?), see the \[full report\]\(https:\/\/example\.test\/full\)\._/);
    // Verdict and error findings survive; the skeleton goes first.
    expect(md).toMatch(/Live-patch gate failed/);
    expect(md).toContain('### ❌ Errors (2)');
    expect(md).not.toContain('static struct klp_func');
    expectWellFormed(md);
    // Rows that remain are whole rows from the full report.
    for (const line of md.split('\n').filter((l) => l.startsWith('| <code>caller_'))) expect(full).toContain(line);
  });

  test('counts in the pointer add up', () => {
    const report = reportOf(sampleAnalysis(400));
    const md = renderMarkdown(report, { maxChars: 20_000 });
    const shown = md.split('\n').filter((l) => /^\| <code>(caller_|helper|show|sra|quiet)/.test(l)).length;
    const more = Number(/_… (\d+) more functions/.exec(md)?.[1]);
    expect(shown + more).toBe(403);
  });
});

describe('renderSarif', () => {
  test('SARIF 2.1.0 with catalogue rules, levels, locations, suppressions', () => {
    const report = reportOf(sampleAnalysis(), 'allow:\n  - rule: init-code\n    reason: boot only\n');
    const sarif = renderSarif(report, ruleMetas, { docsBaseUrl: 'https://example.test/docs/' });
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('livepatch-gate');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ruleMetas.map((m) => m.id));
    const cv = run.tool.driver.rules.find((r) => r.id === 'clone-vanished');
    expect(cv?.helpUri).toBe('https://example.test/docs/hazards.md#clone-vanished');
    expect(cv?.help.text).toMatch(/What to do: Patch the base clone/);
    const result = run.results.find((r) => r.ruleId === 'clone-vanished');
    expect(result).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'kernel/a.c' }, region: { startLine: 6 } } }],
    });
    expect(run.tool.driver.rules[result?.ruleIndex ?? -1].id).toBe('clone-vanished');
    expect(run.results.find((r) => r.ruleId === 'line-only-change')?.level).toBe('note');
    expect(run.results.find((r) => r.ruleId === 'init-code')?.suppressions).toEqual([{ kind: 'external', justification: 'boot only' }]);
  });

  test("caps results at GitHub's 25,000 per run, most severe first, with a notification", () => {
    const findings: Finding[] = Array.from({ length: 25_003 }, (_, i) => ({
      ruleId: i === 25_002 ? 'clone-vanished' : 'line-only-change',
      severity: i === 25_002 ? 'error' : 'notice',
      message: `m${i}`,
      file: 'a.c',
      line: i + 1,
    }));
    const report = buildReport(analysisWith(), { findings, verdict: 'pass', reasons: [] }, { version: '0.1.0' });
    const run = renderSarif(report, ruleMetas).runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results[0]).toMatchObject({ ruleId: 'clone-vanished', level: 'error' });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/3 more findings than GitHub accepts in one run \(25000\)/);
  });

  test('automationDetails: one code-scanning category per codestream', () => {
    const report = buildReport(analysisWith(), { findings: [], verdict: 'pass', reasons: [] }, { version: '0.1.0' });
    expect(renderSarif(report, ruleMetas).runs[0].automationDetails).toEqual({ id: 'livepatch-gate/' });
    expect(renderSarif(report, ruleMetas, { category: 'livepatch-gate/s390x-rt' }).runs[0].automationDetails).toEqual({ id: 'livepatch-gate/s390x-rt/' });
  });
});

test('renderAnnotations: at most perType per level, the rest counted', () => {
  const findings: Finding[] = [
    ...Array.from({ length: 13 }, (_, i): Finding => ({ ruleId: 'clone-vanished', severity: 'error', message: `e${i}`, file: 'a.c', line: i + 1, symbol: `s${i}` })),
    ...Array.from({ length: 4 }, (_, i): Finding => ({ ruleId: 'not-built', severity: 'warning', message: `w${i}`, file: `w${i}.c` })),
    { ruleId: 'not-built', severity: 'warning', message: 'allowed', file: 'x.c', allowed: 'ok' },
  ];
  const report = buildReport(analysisWith(), { findings, verdict: 'fail', reasons: [] }, { version: '0.1.0' });
  const { annotations, omitted } = renderAnnotations(report, { perType: 10 });
  expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
  expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(4);
  expect(omitted).toEqual({ error: 3, warning: 0, notice: 0 });
  expect(annotations[0]).toEqual({ level: 'error', message: 'e0', file: 'a.c', startLine: 1, title: 'livepatch-gate clone-vanished: s0' });
  // GitHub's cap is the default; what did not fit is one line for the summary.
  expect(renderAnnotations(report).omitted.error).toBe(3);
  expect(omittedAnnotationsNote(omitted)).toMatch(/^3 errors not shown as annotations \(GitHub shows 10 per type per step\)/);
  expect(omittedAnnotationsNote({ error: 0 })).toBe('');
});

test('livepatchSkeleton: klp_func per object with sympos, module names, skipped entries', () => {
  const c = livepatchSkeleton(reportOf(sampleAnalysis()));
  expect(c).toContain('{ .old_name = "helper", .new_func = livepatch_helper, },');
  expect(c).toContain('{ .old_name = "show", .new_func = livepatch_show, .old_sympos = 2, },');
  expect(c).toContain('.new_func = livepatch_sra_isra_0,');
  expect(c).toContain('/* quiet: only __LINE__ moved */');
  expect(c).toContain('{ .name = NULL /* vmlinux */, .funcs = funcs_vmlinux, },');
  expect(c).toContain('{ .name = "ext4_mod", .funcs = funcs_ext4_mod, },');
});

test('livepatchSkeleton: a module source: declared replacements, klp_enable_patch in module_init, licence and livepatch tag', () => {
  const a = analysisWith({
    ...splitPatchList([{ object: 'vmlinux', functions: [patchFunction('init', 'kernel/a.c'), patchFunction('show.isra.0', 'kernel/a.c', { sympos: 2 })] }]),
  });
  const c = livepatchSkeleton(reportOf(a));
  // 'init' is a kernel function here: its replacement must not collide with the module's own livepatch_init.
  expect([...c.matchAll(/^void (livepatch_\w+)\(void\);/gm)].map((m) => m[1])).toEqual(['livepatch_init_2', 'livepatch_show_isra_0']);
  expect(c).toContain('{ .old_name = "init", .new_func = livepatch_init_2, },');
  expect(c).toContain('{ .old_name = "show.isra.0", .new_func = livepatch_show_isra_0, .old_sympos = 2, }, /* clone: keep its ABI */');
  expect(c).toMatch(/static int livepatch_init\(void\)\n\{\n\treturn klp_enable_patch\(&patch\);\n\}/);
  for (const line of ['module_init(livepatch_init);', 'module_exit(livepatch_exit);', 'MODULE_LICENSE("GPL");', 'MODULE_INFO(livepatch, "Y");']) expect(c).toContain(line);
});

test('livepatchSkeleton: a .cold part travels with its parent, no klp_func of its own', () => {
  const a = analysisWith({
    ...splitPatchList([{ object: 'vmlinux', functions: [patchFunction('dup_mmap', 'kernel/fork.c'), patchFunction('dup_mmap.cold', 'kernel/fork.c')] }]),
  });
  const c = livepatchSkeleton(reportOf(a));
  expect(c).toContain('{ .old_name = "dup_mmap", .new_func = livepatch_dup_mmap, },');
  expect(c).toContain('/* dup_mmap.cold: split cold part: replaced together with dup_mmap */');
  expect(c).not.toContain('.old_name = "dup_mmap.cold"');
});

test('renderText: verdict, patch list, findings with advice', () => {
  const t = renderText(reportOf(sampleAnalysis()));
  expect(t).toMatch(/^livepatch-gate 0\.1\.0: aaaaaaaaaaaa\.\.bbbbbbbbbbbb \(PR #42\)\nFAIL\n/);
  expect(t).toContain('show [sympos 2]  kernel/a.c:10');
  expect(t).toContain('helper -> inlined into show');
  expect(t).toMatch(/ERRORS \(2\):\n {2}init-code: Change to __init \/ __exit code\n {4}advice: /);
});

test('one patch list: functions-to-patch, patch-list, JSON patch and the skeleton count the same klp_funcs', () => {
  const lists = splitPatchList([
    {
      object: 'vmlinux',
      functions: [
        patchFunction('changed_fn', 'kernel/a.c'),
        patchFunction('changed_fn.cold', 'kernel/a.c'),
        patchFunction('brand_new', 'kernel/a.c', { codeChange: 'added', reasons: [{ kind: 'new', root: 'brand_new', chain: ['brand_new is new at head'] }] }),
        patchFunction('weight.isra.0', 'kernel/a.c', { codeChange: 'removed', reasons: [{ kind: 'clone', root: 'weight', chain: ['weight', 'isra clone'] }] }),
        patchFunction('same', 'kernel/a.c', { codeChange: 'unchanged' }),
        patchFunction('quiet', 'kernel/a.c', { codeChange: 'line-only' }),
        patchFunction('caller', 'kernel/a.c', { codeChange: 'unknown' }),
      ],
    },
    { object: 'm.ko', functions: [patchFunction('only_new', 'm/x.c', { codeChange: 'added', reasons: [{ kind: 'new', chain: [] }] })] },
  ]);
  const report = reportOf(analysisWith(lists));
  const klp = ['caller', 'changed_fn'];
  expect(report.patch.flatMap((o) => o.functions.map((f) => f.symbol)).sort()).toEqual(klp);
  expect(report.summary).toMatchObject({ functionsToPatch: 2, objects: 1 });
  expect(patchListOf(report)).toEqual({ vmlinux: ['changed_fn', 'caller'] });
  const skeleton = livepatchSkeleton(report);
  expect([...skeleton.matchAll(/\.old_name = "([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(klp);
  expect(skeleton).not.toContain('"m"');
  expect(report.newFunctions.flatMap((o) => o.functions.map((f) => `${o.object}:${f.symbol}`))).toEqual(['vmlinux:brand_new', 'm.ko:only_new']);
  expect(report.vanished.flatMap((o) => o.functions.map((f) => f.symbol))).toEqual(['weight.isra.0']);
  expect(report.notNeeded.flatMap((o) => o.functions.map((f) => f.symbol))).toEqual(['changed_fn.cold', 'same', 'quiet']);
  const md = renderMarkdown(report);
  expect(md).toContain('### Functions to patch in <code>vmlinux</code> (2)');
  expect(md).toContain('<details><summary>New at head (compiled into the patch module, not klp_funcs) (2)</summary>');
  expect(md).toContain('<details><summary>Gone at head (their callers are patched) (1)</summary>');
});

test('markdown: errors and what to do come before the patch tables; file:line links to the analysed commits', () => {
  const findings: Finding[] = [{ ruleId: 'clone-vanished', severity: 'error', message: 'gone', file: 'kernel/a.c', line: 6, symbol: 'sra.isra.0' }];
  const report = buildReport(analysisWith(), { findings, verdict: 'fail', reasons: ['1 error'] }, { version: '1.0.0' });
  const md = renderMarkdown(report, { sourceBaseUrl: 'https://github.com/acme/linux/blob' });
  const errors = md.indexOf('Errors (1)');
  const advice = md.indexOf(ruleMetas.find((m) => m.id === 'clone-vanished')!.advice);
  const table = md.indexOf('### Functions to patch');
  expect(errors).toBeGreaterThan(0);
  expect(advice).toBeGreaterThan(errors);
  if (table >= 0) expect(table).toBeGreaterThan(advice);
  expect(md).toContain(`at [<code>kernel/a.c:6</code>](https://github.com/acme/linux/blob/${report.head}/kernel/a.c#L6)`);
  for (const o of report.patch) for (const f of o.functions.filter((x) => x.file && x.line)) {
    expect(md).toContain(`(https://github.com/acme/linux/blob/${report.base}/${f.file}#L${f.line})`);
  }
  // Without a URL, locations stay plain code.
  expect(renderMarkdown(report)).toContain('at <code>kernel/a.c:6</code>');
});

test('markdown: a folded finding keeps its places collapsed on its own line, the first 100 of them', () => {
  const places = Array.from({ length: 250 }, (_, i) => ({ kind: 'function' as const, file: `net/m${i}.c`, symbol: `m${i}_prio`, detail: 'in the patch list' }));
  const findings: Finding[] = [{ ruleId: 'layout-change', severity: 'error', message: 'struct hook_ops changes', file: 'hook.h', line: 6, symbol: 'hook_ops', places }];
  const md = renderMarkdown(buildReport(analysisWith(), { findings, verdict: 'fail', reasons: ['1 error'] }, { version: '1.0.0' }));
  const line = md.split('\n').find((l) => l.startsWith('- <code>hook_ops</code>')) ?? '';
  expect(line).toContain('<details><summary>250 functions</summary><code>m0_prio</code> <code>net/m0.c</code>: in the patch list<br>');
  expect(line).toContain('<code>m99_prio</code>');
  expect(line).not.toContain('<code>m100_prio</code>');
  expect(line).toContain('… 150 more in the full report</details>');
});
