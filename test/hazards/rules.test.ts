import fs from 'node:fs';
import path from 'node:path';
import { catalogue, detectHazards, ruleMeta, ruleMetas } from '../../src/hazards/catalogue.js';
import { coverage } from '../../src/hazards/coverage.js';
import { renderHazardsDoc } from '../../src/hazards/docs.js';
import type { Analysis, Finding } from '../../src/model.js';
import { analysisWith, changedFunction, fact, flags, patchFunction, unpatchableFunction } from './analysis-fixture.js';

function only(analysis: Analysis, ruleId: string): Finding[] {
  return detectHazards(analysis).filter((f) => f.ruleId === ruleId);
}

function expectRule(findings: Finding[], ruleId: string, severity: string, message: RegExp): Finding {
  expect(findings).toHaveLength(1);
  const f = findings[0];
  expect(f.ruleId).toBe(ruleId);
  expect(f.severity).toBe(severity);
  expect(f.message).toMatch(message);
  const meta = ruleMeta(ruleId);
  expect(meta?.advice.length).toBeGreaterThan(20);
  expect(meta?.why.length).toBeGreaterThan(20);
  return f;
}

describe('catalogue', () => {
  test('ids are unique kebab-case, one module per rule file', () => {
    const ids = ruleMetas.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const files = fs.readdirSync(path.join('src', 'hazards', 'rules')).map((f) => f.replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual([...ids].sort());
    for (const r of catalogue) expect(r.meta.helpUri).toBe(`docs/hazards.md#${r.meta.id}`);
  });

  test('docs/hazards.md is generated from the rule metadata (node scripts/gen-docs.mjs)', () => {
    const doc = fs.readFileSync('docs/hazards.md', 'utf8');
    expect(doc).toBe(renderHazardsDoc(ruleMetas));
    for (const m of ruleMetas) {
      expect(doc).toContain(`## ${m.id}`);
      expect(doc).toContain(m.advice);
    }
  });

  test('every builder pitfall in the coverage table names existing rules or says why not', () => {
    for (const c of coverage) {
      for (const id of c.rules) expect(ruleMetas.map((m) => m.id)).toContain(id);
      expect(c.note.trim()).not.toBe('');
    }
  });

  test('an empty analysis has no findings', () => {
    expect(detectHazards(analysisWith())).toEqual([]);
  });
});

describe('data rules', () => {
  test('changed-data: DataDiff changed and a source data change; deduplicated by name', () => {
    const a = analysisWith({
      dataDiffs: [{ owner: 'vmlinux', source: 'kernel/a.c', symbol: 'limits', section: '.data', status: 'changed', staticLocal: false }],
      changes: {
        files: [],
        functions: [],
        warnings: [],
        other: [
          { kind: 'data', file: 'kernel/a.c', line: 3, name: 'limits', detail: 'initialiser changed' },
          { kind: 'data', file: 'kernel/b.c', line: 7, name: 'table', detail: 'entry added', isStatic: true },
        ],
      },
    });
    const found = only(a, 'changed-data');
    expect(found.map((f) => f.symbol).sort()).toEqual(['limits', 'table']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found.find((f) => f.symbol === 'limits')?.object).toBe('vmlinux');
    expect(found.find((f) => f.symbol === 'table')?.line).toBe(7);
  });

  test('new-data: added DataDiff is a warning, not changed-data', () => {
    const a = analysisWith({
      dataDiffs: [{ owner: 'vmlinux', source: 'kernel/a.c', symbol: 'fresh', section: '.bss', status: 'added', staticLocal: false }],
    });
    expectRule(only(a, 'new-data'), 'new-data', 'warning', /'fresh' \(\.bss\) exists only at head/);
    expect(only(a, 'changed-data')).toEqual([]);
  });

  test('static-local-changed: DataDiff staticLocal and NonFunctionChange inFunction', () => {
    const a = analysisWith({
      dataDiffs: [{ owner: 'vmlinux', source: 'kernel/a.c', symbol: 'once.0', section: '.data', status: 'removed', staticLocal: true }],
      changes: {
        files: [],
        functions: [],
        warnings: [],
        other: [
          { kind: 'data', file: 'kernel/a.c', line: 5, name: 'once', detail: 'removed', isStatic: true, inFunction: 'f' },
          { kind: 'data', file: 'kernel/c.c', line: 9, name: 'count', detail: 'added', isStatic: true, inFunction: 'g' },
        ],
      },
    });
    const found = only(a, 'static-local-changed');
    expect(found.map((f) => f.symbol)).toEqual(['once.0', 'count']);
    expect(found[1].message).toMatch(/in 'g'/);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(only(a, 'changed-data')).toEqual([]);
  });

  test('layout-change: struct and union', () => {
    const a = analysisWith({
      changes: {
        files: [],
        functions: [],
        warnings: [],
        other: [
          { kind: 'struct', file: 'include/linux/x.h', line: 4, name: 'task_info', detail: 'field added' },
          { kind: 'enum', file: 'include/linux/x.h', line: 9, name: 'mode', detail: 'value added' },
        ],
      },
    });
    expectRule(only(a, 'layout-change'), 'layout-change', 'error', /struct 'task_info' changes: field added/);
    expectRule(only(a, 'header-change'), 'header-change', 'notice', /enum 'mode'/);
  });
});

describe('code placement rules', () => {
  test('init-code: __init marker and .init.text section on base', () => {
    const a = analysisWith({
      changes: { files: [], other: [], warnings: [], functions: [changedFunction('setup_x', 'init/main.c', { markers: ['__init'] })] },
      // The patch list sets a function in .init.text apart (src/compare/redirectable.ts decides).
      unpatchable: [
        unpatchableFunction('late', 'init/late.c', { cause: 'init-code', detail: 'lives in .init.text: its ftrace entry is gone once init memory is freed', coverage: 'init-only', referrers: [] }),
      ],
    });
    const found = only(a, 'init-code');
    expect(found.map((f) => f.symbol)).toEqual(['late', 'setup_x']);
    expect(found[1].message).toMatch(/marked __init/);
    expect(found[0].message).toMatch(/\.init\.text/);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  test('unpatchable-file: asm, vdso, arch boot and kernel lib/', () => {
    const file = (p: string, language: 'c' | 'asm' | 'header' = 'c') => ({
      path: p,
      status: 'modified' as const,
      language,
      addedLines: [3],
      deletedLines: [],
    });
    const a = analysisWith({
      buildKind: 'kernel',
      patch: [{ object: 'vmlinux', functions: [] }],
      changes: {
        functions: [],
        other: [],
        warnings: [],
        files: [
          file('arch/x86/entry/entry_64.S', 'asm'),
          file('arch/x86/entry/vdso/vclock_gettime.c'),
          file('arch/x86/boot/main.c'),
          file('lib/string.c'),
          file('kernel/fork.c'),
        ],
      },
    });
    const found = only(a, 'unpatchable-file');
    expect(found.map((f) => f.file).sort()).toEqual([
      'arch/x86/boot/main.c',
      'arch/x86/entry/entry_64.S',
      'arch/x86/entry/vdso/vclock_gettime.c',
      'lib/string.c',
    ]);
    expect(found.every((f) => f.severity === 'error' && f.line === 3)).toBe(true);
  });

  test('unpatchable-file: a kernel change that no built object holds (boot code, lib/) is still kernel code', () => {
    // Nothing to patch and no object compared: only the build says this is a kernel.
    const files = ['arch/x86/boot/main.c', 'lib/string.c'].map((p) => ({ path: p, status: 'modified' as const, language: 'c' as const, addedLines: [2], deletedLines: [] }));
    const a = analysisWith({ buildKind: 'kernel', changes: { functions: [], other: [], warnings: [], files } });
    expect(only(a, 'unpatchable-file').map((f) => f.file)).toEqual(['arch/x86/boot/main.c', 'lib/string.c']);
    // A project built with its own command may have a lib/ of ordinary code, whatever its objects are called.
    expect(only({ ...a, buildKind: 'command', patch: [{ object: 'vmlinux', functions: [] }] }, 'unpatchable-file')).toEqual([]);
  });

  test('unpatchable-file: lib/ is ordinary code outside the kernel', () => {
    const a = analysisWith({
      patch: [{ object: 'prog', functions: [] }],
      changes: {
        functions: [],
        other: [],
        warnings: [],
        files: [{ path: 'lib/util.c', status: 'modified', language: 'c', addedLines: [1], deletedLines: [] }],
      },
    });
    expect(only(a, 'unpatchable-file')).toEqual([]);
  });

  test('no-ftrace-entry: notice when referrers cover it, warning when objects not built may call it', () => {
    const a = analysisWith({
      changes: {
        files: [],
        other: [],
        warnings: [],
        functions: [changedFunction('udplite_getfrag', 'include/net/udplite.h', { isInline: true, inHeader: true, markers: ['inline'] })],
      },
      unpatchable: [
        unpatchableFunction('udplite_getfrag', 'net/ipv4/udp.c', { sympos: 1, referrers: [{ symbol: 'udp_sendmsg', file: 'net/ipv4/udp.c', object: 'vmlinux', kind: 'address', replacement: 'patched' }] }),
        unpatchableFunction('raw_helper', 'kernel/b.c', { referrersOutsideBuild: true }),
        unpatchableFunction('quiet', 'kernel/c.c', { coverage: 'not-needed', codeChange: 'unchanged' }),
        unpatchableFunction('setup', 'init/main.c', { cause: 'init-code', coverage: 'init-only' }),
      ],
    });
    const found = only(a, 'no-ftrace-entry');
    expect(found.map((f) => [f.symbol, f.severity])).toEqual([
      ['raw_helper', 'warning'],
      ['udplite_getfrag', 'notice'],
    ]);
    expect(found[1].message).toMatch(/inline-marked: the kernel's inline implies notrace/);
    expect(found[1].message).toMatch(/replaced through 'udp_sendmsg' \(takes its address\)/);
    expect(found[0].message).toMatch(/only some objects were built/);
  });

  test('no-ftrace-entry: an error when data holds its address, nothing reaches it, or a referrer is uncovered', () => {
    const a = analysisWith({
      unpatchable: [
        unpatchableFunction('op_read', 'drivers/x.c', {
          coverage: 'uncovered',
          referrers: [],
          dataReferrers: [{ symbol: 'x_ops', section: '.rodata', file: 'drivers/x.c', object: 'vmlinux' }],
        }),
        unpatchableFunction('lonely', 'kernel/a.c', { coverage: 'uncovered', referrers: [] }),
        unpatchableFunction('leaf', 'kernel/d.c', {
          coverage: 'uncovered',
          referrers: [{ symbol: 'mid', file: 'kernel/d.c', object: 'vmlinux', kind: 'call', replacement: 'through-referrers' }],
        }),
        unpatchableFunction('mid', 'kernel/d.c', { coverage: 'uncovered', referrers: [] }),
      ],
    });
    const found = only(a, 'no-ftrace-entry');
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found.find((f) => f.symbol === 'op_read')?.message).toMatch(/data holds its address: 'x_ops' \(\.rodata\); patching code cannot retarget that pointer: patch the function that installs it/);
    expect(found.find((f) => f.symbol === 'lonely')?.message).toMatch(/nothing in the objects built calls it or takes its address/);
    expect(found.find((f) => f.symbol === 'leaf')?.message).toMatch(/its referrer 'mid' cannot be redirected and is not covered either/);
  });

  test('duplicate-symbol: reports old_sympos', () => {
    const a = analysisWith({ patch: [{ object: 'vmlinux', functions: [patchFunction('show', 'fs/a.c', { sympos: 2 })] }] });
    expectRule(only(a, 'duplicate-symbol'), 'duplicate-symbol', 'notice', /\.old_sympos = 2/);
  });

  test('fully-inlined: no base symbol, callers named', () => {
    const a = analysisWith({
      symbolFacts: [fact('caller', 'kernel/a.c')],
      changes: { files: [], other: [], warnings: [], functions: [changedFunction('helper', 'kernel/a.c')] },
      patch: [
        {
          object: 'vmlinux',
          functions: [
            patchFunction('caller', 'kernel/a.c', { reasons: [{ kind: 'inlined', root: 'helper', chain: ['helper', 'inlined into caller'] }] }),
          ],
        },
      ],
    });
    const f = expectRule(only(a, 'fully-inlined'), 'fully-inlined', 'notice', /fully inlined into 'caller', which carries the change/);
    expect(f.object).toBe('vmlinux');
  });

  test('fully-inlined: an inline-marked function with no out-of-line copy (no-ftrace-entry has nothing to say)', () => {
    const a = analysisWith({
      symbolFacts: [fact('caller', 'kernel/b.c')],
      changes: { files: [], other: [], warnings: [], functions: [changedFunction('tiny', 'kernel/b.c', { isInline: true, markers: ['__always_inline'] })] },
    });
    // Nothing in the patch carries it: not said to be inlined anywhere.
    const f = expectRule(only(a, 'fully-inlined'), 'fully-inlined', 'notice', /'tiny' has no symbol in the base objects and no function there carries its code/);
    expect(f.message).not.toMatch(/fully inlined/);
    expect(only(a, 'no-ftrace-entry')).toEqual([]);
  });

  test('fully-inlined: a constprop clone counts as a copy', () => {
    const a = analysisWith({
      symbolFacts: [fact('helper.constprop.0', 'kernel/a.c')],
      changes: { files: [], other: [], warnings: [], functions: [changedFunction('helper', 'kernel/a.c')] },
    });
    expect(only(a, 'fully-inlined')).toEqual([]);
  });
});

describe('compiler decision rules', () => {
  test('ipa-passes-untracked: names the passes; silent with inline-clone; IPA-RA off with -pg', () => {
    const fns = [changedFunction('f', 'kernel/a.c'), changedFunction('g', 'kernel/b.c'), changedFunction('h', 'kernel/c.c')];
    const a = analysisWith({
      changes: { files: [], other: [], warnings: [], functions: fns },
      tuFlags: [
        flags('kernel/a.c'),
        flags('kernel/b.c', { livePatching: 'inline-clone' }),
        flags('kernel/c.c', { pg: false, ipaSwitches: ['-fno-ipa-icf', '-fno-ipa-modref'] }),
      ],
    });
    const found = only(a, 'ipa-passes-untracked');
    expect(found.map((f) => f.file)).toEqual(['kernel/a.c', 'kernel/c.c']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/no -flive-patching: pure-const, modref, ipa-reference, ICF, IPA-VRP, IPA bit-CP, ipa-stack-alignment/);
    expect(found[0].message).not.toMatch(/IPA-RA/);
    expect(found[1].message).toMatch(/IPA-RA/);
    expect(found[1].message).not.toMatch(/ICF|modref/);
  });

  test('clone-vanished: error for isra/constprop, warning for part', () => {
    const a = analysisWith({
      cloneChanges: [
        { source: 'fs/a.c', function: 'sra', kind: 'clone-vanished', reason: 'isra', other: 'sra.isra.0', line: 6 },
        { source: 'fs/a.c', function: 'split', kind: 'clone-vanished', reason: 'part', other: 'split.part.0', line: 19 },
      ],
    });
    const found = only(a, 'clone-vanished');
    expect(found.map((f) => [f.symbol, f.severity])).toEqual([
      ['sra.isra.0', 'error'],
      ['split.part.0', 'warning'],
    ]);
    expect(found[0].message).toMatch(/callers call it with its own ABI/);
  });

  test('clone-appeared and clone-kind-changed pair up', () => {
    const a = analysisWith({
      cloneChanges: [
        { source: 'fs/a.c', function: 'cp', kind: 'clone-vanished', reason: 'constprop', other: 'cp.constprop.0', line: 2 },
        { source: 'fs/a.c', function: 'cp', kind: 'clone-appeared', reason: 'isra', other: 'cp.isra.0', line: 2 },
        { source: 'fs/a.c', function: 'nw', kind: 'clone-appeared', reason: 'part', other: 'nw.part.0', line: 30 },
      ],
    });
    expectRule(only(a, 'clone-kind-changed'), 'clone-kind-changed', 'error', /constprop \('cp.constprop.0'\) at base and as isra/);
    expectRule(only(a, 'clone-appeared'), 'clone-appeared', 'warning', /part clone 'nw.part.0'/);
    expect(only(a, 'clone-vanished')).toEqual([]);
  });

  test('inline-changed: added and removed', () => {
    const a = analysisWith({
      cloneChanges: [
        { source: 'fs/a.c', function: 'helper', kind: 'inline-added', reason: 'mid', other: 'mid' },
        { source: 'fs/a.c', function: 'helper', kind: 'inline-removed', reason: 'top', other: 'top' },
      ],
    });
    const found = only(a, 'inline-changed');
    expect(found.map((f) => f.message)).toEqual([
      "Head inlines 'helper' into 'mid'; base called it out of line.",
      "Base inlined 'helper' into 'top'; head calls it out of line.",
    ]);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  test('one finding per cause: a header function whose clone vanishes, or that is inlined differently, in many units', () => {
    const units = ['net/a.c', 'net/b.c', 'net/c.c'];
    const a = analysisWith({
      cloneChanges: units.flatMap((source, i) => [
        { source, function: 'hook_prio', kind: 'clone-vanished' as const, reason: 'isra', other: `hook_prio.isra.${i}`, line: 4 },
        { source, function: 'hook_prio', kind: 'inline-added' as const, reason: `caller${i}`, other: `caller${i}` },
      ]),
    });
    const vanished = expectRule(only(a, 'clone-vanished'), 'clone-vanished', 'error', /^Base has 3 isra clones of 'hook_prio' that head no longer produces \(hook_prio\.isra\.0 \(net\/a\.c\), .*: running callers call them/);
    expect(vanished.places?.map((p) => [p.symbol, p.file])).toEqual(units.map((u, i) => [`hook_prio.isra.${i}`, u]));
    const inlined = expectRule(only(a, 'inline-changed'), 'inline-changed', 'warning', /^Head inlines 'hook_prio' into 3 callers/);
    expect(inlined.places).toHaveLength(3);
  });

  test('unexplained-change: names the likely cause from TuFlags', () => {
    const a = analysisWith({
      tuFlags: [flags('kernel/a.c', { pg: false })],
      patch: [
        {
          object: 'vmlinux',
          functions: [patchFunction('odd', 'kernel/a.c', { predicted: false, reasons: [{ kind: 'unexplained', chain: [] }] })],
        },
      ],
    });
    const f = expectRule(only(a, 'unexplained-change'), 'unexplained-change', 'warning', /likely cause: untracked IPA passes \(.*IPA-RA/);
    expect(f.object).toBe('vmlinux');
  });

  test('line-only-change is a notice', () => {
    const a = analysisWith({
      codeDiffs: [{ owner: 'vmlinux', source: 'kernel/a.c', symbol: 'warn_me', status: 'line-only', detail: 'imm 120 → 121' }],
    });
    expectRule(only(a, 'line-only-change'), 'line-only-change', 'notice', /'warn_me' differs only in embedded line numbers/);
  });

  test('macro-change and header include change are notices', () => {
    const a = analysisWith({
      changes: {
        files: [],
        functions: [],
        warnings: [],
        other: [
          { kind: 'macro', file: 'include/linux/m.h', line: 2, name: 'MAX_X', detail: '16 → 32' },
          { kind: 'include', file: 'kernel/a.c', line: 1, detail: '#include <linux/y.h> added' },
        ],
      },
    });
    expectRule(only(a, 'macro-change'), 'macro-change', 'notice', /'MAX_X'.*16 → 32/);
    expectRule(only(a, 'header-change'), 'header-change', 'notice', /include changes in kernel\/a.c/);
  });

  test('not-built and ipa-decision-changed are warnings', () => {
    const a = analysisWith({
      notBuilt: [{ source: 'drivers/x/y.c', reason: 'CONFIG_Y is not set' }],
      ipaEvidence: [{ source: 'kernel/a.c', function: 'sq', kind: 'pure-const', head: 'const' }],
    });
    expectRule(only(a, 'not-built'), 'not-built', 'warning', /CONFIG_Y is not set/);
    expectRule(only(a, 'ipa-decision-changed'), 'ipa-decision-changed', 'warning', /base none → head const/);
  });
});

test('detectHazards order is catalogue order, then file and line', () => {
  const a = analysisWith({
    notBuilt: [{ source: 'b.c', reason: 'r' }, { source: 'a.c', reason: 'r' }],
    dataDiffs: [{ owner: 'p', source: 'z.c', symbol: 'd', section: '.data', status: 'changed', staticLocal: false }],
  });
  expect(detectHazards(a).map((f) => `${f.ruleId}:${f.file}`)).toEqual(['changed-data:z.c', 'not-built:a.c', 'not-built:b.c']);
});
