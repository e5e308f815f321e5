import type { CDefinitions, CFunction, CItem } from '../../src/changes/c-definitions.js';
import { hunkLines, mapFileChanges, type FileDiff, type Hunk } from '../../src/changes/map-hunks.js';

function fnDef(name: string, startLine: number, endLine: number, text: string, extra: Partial<CFunction> = {}): CFunction {
  return { name, symbols: [name], startLine, endLine, isStatic: false, isInline: false, markers: [], text, symbolsGuessed: false, staticLocals: [], ...extra };
}
function defs(functions: CFunction[], items: CItem[] = []): CDefinitions {
  return { functions, items, warnings: [] };
}
function diff(hunks: Hunk[], base: CDefinitions | null, head: CDefinitions | null, extra: Partial<FileDiff> = {}): FileDiff {
  return { path: 'a.c', status: 'modified', language: 'c', hunks, base, head, ...extra };
}

describe('hunkLines', () => {
  test('added, deleted and deletion points (parsePatch start convention)', () => {
    const r = hunkLines([
      { oldStart: 4, oldLines: 0, newStart: 4, newLines: 2, lines: ['+a', '+b'] },
      { oldStart: 7, oldLines: 2, newStart: 9, newLines: 0, lines: ['-c', '-d'] },
      { oldStart: 10, oldLines: 1, newStart: 10, newLines: 1, lines: ['-e', '+E', '\\ No newline at end of file'] },
    ]);
    expect(r).toEqual({ added: [4, 5, 10], deleted: [7, 8, 10], deletionPoints: [9, 10] });
  });
});

describe('mapFileChanges', () => {
  test('identical function texts are unchanged even when a hunk straddles them; moved lines are recorded', () => {
    const f = 'int f(void)\n{\n\treturn 0;\n}';
    // git aligned an inserted function so that the added lines overlap f's head range.
    const r = mapFileChanges(
      diff([{ oldStart: 3, oldLines: 0, newStart: 3, newLines: 5, lines: ['+\treturn 0;', '+}', '+', '+int g(void)', '+{'] }], defs([fnDef('f', 1, 4, f)]), defs([fnDef('g', 1, 4, f.replace('f', 'g')), fnDef('f', 6, 9, f)])),
    );
    expect(r.functions.map((x) => [x.name, x.status])).toEqual([['g', 'added']]);
    expect(r.file.lineShift).toEqual([
      { base: 1, head: 6 },
      { base: 2, head: 7 },
      { base: 3, head: 8 },
      { base: 4, head: 9 },
    ]);
  });

  test('deletion-only change inside a function points at the head line after the deletion', () => {
    const r = mapFileChanges(
      diff([{ oldStart: 3, oldLines: 1, newStart: 3, newLines: 0, lines: ['-\tx++;'] }], defs([fnDef('f', 1, 5, 'int f(void)\n{\n\tx++;\n\treturn x;\n}')]), defs([fnDef('f', 1, 4, 'int f(void)\n{\n\treturn x;\n}')])),
    );
    expect(r.functions).toEqual([expect.objectContaining({ name: 'f', status: 'modified', changedLines: [3], baseLines: [1, 5], headLines: [1, 4] })]);
  });

  test('#ifdef alternatives with the same name pair in order; markers union base and head', () => {
    const b = defs([fnDef('f', 2, 2, 'int f(void) { return 1; }', { markers: ['__init'] }), fnDef('f', 4, 4, 'int f(void) { return 0; }')]);
    const h = defs([fnDef('f', 2, 2, 'int f(void) { return 2; }'), fnDef('f', 4, 4, 'int f(void) { return 0; }')]);
    const r = mapFileChanges(diff([{ oldStart: 2, oldLines: 1, newStart: 2, newLines: 1, lines: ['-x', '+y'] }], b, h));
    expect(r.functions).toEqual([expect.objectContaining({ name: 'f', status: 'modified', headLines: [2, 2], markers: ['__init'] })]);
  });

  test('items: added/removed/changed with names, static locals keyed by function', () => {
    const item = (kind: CItem['kind'], name: string, line: number, text: string, extra: Partial<CItem> = {}): CItem => ({ kind, name, startLine: line, endLine: line, text, what: kind === 'data' ? 'static variable' : kind, ...extra });
    const local = (text: string): CItem => item('data', 'n', 3, text, { isStatic: true, inFunction: 'f', what: 'static local variable' });
    const b = defs([fnDef('f', 2, 4, 'a', { staticLocals: [local('static int n;')] })], [item('macro', 'OLD', 1, '#define OLD 1')]);
    const h = defs([fnDef('f', 2, 4, 'b', { staticLocals: [local('static int n = 1;')] })], [item('data', 'v', 1, 'static int v;', { isStatic: true })]);
    const r = mapFileChanges(diff([{ oldStart: 1, oldLines: 3, newStart: 1, newLines: 3, lines: ['-#define OLD 1', '+static int v;', '-x', '-y', '+x', '+y'] }], b, h));
    expect(r.other).toEqual([
      { kind: 'data', name: 'v', file: 'a.c', line: 1, isStatic: true, detail: 'static variable v added', headLines: [1, 1] },
      { kind: 'data', name: 'n', file: 'a.c', line: 3, isStatic: true, inFunction: 'f', detail: 'static local variable n in f() changed', baseLines: [3, 3], headLines: [3, 3] },
      { kind: 'macro', name: 'OLD', file: 'a.c', line: 1, detail: 'macro OLD removed', baseLines: [1, 1] },
    ]);
  });

  test('changed preprocessor conditionals outside definitions are reported; comments are not', () => {
    const head = '#ifdef CONFIG_A\n/* note */\nint f(void) { return 0; }\n#endif\n';
    const r = mapFileChanges(
      diff([{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 2, lines: ['+#ifdef CONFIG_A', '+/* note */'] }, { oldStart: 2, oldLines: 0, newStart: 4, newLines: 1, lines: ['+#endif'] }], defs([fnDef('f', 1, 1, 'int f(void) { return 0; }')]), defs([fnDef('f', 3, 3, 'int f(void) { return 0; }')]), { headText: head, baseText: 'int f(void) { return 0; }\n' }),
    );
    expect(r.functions).toEqual([]);
    expect(r.other.map((o) => [o.kind, o.line, o.detail, o.headLines])).toEqual([
      ['other', 1, 'preprocessor conditional added: #ifdef CONFIG_A', [1, 1]],
      ['other', 4, 'preprocessor conditional added: #endif', [4, 4]],
    ]);
  });

  test('a changed macro-defined function with guessed symbols warns; deleted files remove every function', () => {
    const g = fnDef('exc_int3', 1, 3, 'X', { symbolsGuessed: true, definedByMacro: 'DEFINE_IDTENTRY_RAW' });
    const r = mapFileChanges(diff([{ oldStart: 1, oldLines: 3, newStart: 0, newLines: 0, lines: ['-a', '-b', '-c'] }], defs([g]), null, { status: 'deleted' }));
    expect(r.functions).toEqual([expect.objectContaining({ name: 'exc_int3', status: 'removed', changedLines: [1, 2, 3], baseLines: [1, 3] })]);
    expect(r.warnings).toEqual([expect.objectContaining({ file: 'a.c', line: 1, message: expect.stringContaining('DEFINE_IDTENTRY_RAW') })]);
    expect(r.file.lineShift).toBeUndefined();
  });
});
