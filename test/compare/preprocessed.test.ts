// The configuration check's parts: real `gcc -E -dU` output read back by source line, the #if lines
// around a change, the compile command turned into a preprocess command, and the verdict.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { preprocessArgv, preprocessUnit } from '../../src/compile/preprocess.js';
import { enclosingConditions, judgeChange, type ChangeSubject } from '../../src/compare/compiled-change.js';
import { preprocessedText, type PreprocessedUnit } from '../../src/compare/preprocessed.js';
import type { TranslationUnit } from '../../src/model.js';

const HEADER = `#ifndef S_H
#define S_H
struct rq {
	int a;
#ifdef CONFIG_CORE
	int core;
#endif
	long b;
};
#if IS_ENABLED(CONFIG_DBG) || defined(CONFIG_X)
#define LIMIT 5
#else
#define LIMIT 4
#endif
#endif
`;

const SOURCE = `#define IS_ENABLED(x) defined(x##_MODULE) || defined(x)
#include "s.h"
int f(struct rq *r) { return r->a + LIMIT; }
const char *where(void) { return __FILE__; }
`;

describe('gcc -E -dU read back', () => {
  let dir: string;
  const unit = (flags: string[]): TranslationUnit => ({
    source: 't.c',
    object: join(dir, 't.o'),
    dump: null,
    command: ['gcc', '-O2', ...flags, '-Wp,-MMD,.t.o.d', '-fdump-ipa-clones', '-c', '-o', 't.o', join(dir, 't.c')],
    cwd: dir,
    owner: 'prog',
  });
  const read = (flags: string[]): Promise<PreprocessedUnit> =>
    preprocessUnit(unit(flags), { sourceDir: dir, outputDir: dir }, { files: new Set(['s.h', 't.c']), macros: new Set(['LIMIT', 'CONFIG_CORE', 'CONFIG_X', 'CONFIG_DBG']) });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lpg-pp-'));
    writeFileSync(join(dir, 's.h'), HEADER);
    writeFileSync(join(dir, 't.c'), SOURCE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the preprocess argv drops the object, dependency and dump outputs', () => {
    expect(preprocessArgv(unit([]).command)).toEqual(['gcc', '-O2', join(dir, 't.c'), '-E', '-dU']);
    expect(preprocessArgv(['ccache', 'gcc', '-MD', '-MF', 'x.d', '-DX=1', '-ox.o', '-c', 'a.c'])).toEqual(['ccache', 'gcc', '-DX=1', 'a.c', '-E', '-dU']);
  });

  test('lines by source line, the include, and the macros the unit tested or expanded', async () => {
    const off = await read([]);
    const lines = off.files.get('s.h');
    expect(preprocessedText(lines, [3, 9])).toBe('struct rq { int a; long b; };');
    expect(lines?.has(6)).toBe(false);
    expect(off.files.get('t.c')?.get(2)).toBe('#include s.h');
    // __FILE__ is written without the worktree, so base and head compare equal.
    expect(off.files.get('t.c')?.get(4)).toBe('const char *where(void) { return "t.c"; }');
    expect(off.macros.get('CONFIG_CORE')).toEqual(['#undef CONFIG_CORE']);
    expect(off.macros.get('LIMIT')).toEqual(['#define LIMIT 4']);
    const on = await read(['-DCONFIG_CORE', '-DCONFIG_X=1']);
    expect(preprocessedText(on.files.get('s.h'), [3, 9])).toBe('struct rq { int a; int core; long b; };');
    expect(on.macros.get('LIMIT')).toEqual(['#define LIMIT 5']);
    expect(on.macros.get('CONFIG_X')).toEqual(['#define CONFIG_X 1']);
  });

  test('a compile failure is an error, not an empty unit', async () => {
    await expect(read(['-include', 'missing.h'])).rejects.toThrow(/-E failed: .*missing\.h/);
  });

  test('the verdict: compiled out when the text is the same, in when one unit differs', async () => {
    const subject: ChangeSubject = {
      compare: 'lines', file: 's.h', baseFile: 's.h', baseLines: [3, 9], headLines: [3, 9], label: 'struct rq',
      conditions: enclosingConditions(HEADER, 's.h', 6),
    };
    const off = await read([]);
    const on = await read(['-DCONFIG_CORE']);
    expect(judgeChange(subject, [{ source: 't.c', base: off, head: off }])).toMatchObject({ status: 'compiled-out', conditions: [{ macro: 'CONFIG_CORE', value: 'off' }] });
    const inFacts = judgeChange(subject, [{ source: 't.c', base: off, head: on }]);
    expect(inFacts).toMatchObject({ status: 'compiled-in', units: ['t.c'] });
    expect(inFacts.evidence).toContain("in t.c the preprocessed struct rq differs (head adds 'int core;')");
    expect(judgeChange(subject, [{ source: 't.c', base: off, head: { error: 'gcc -E failed' } }]).status).toBe('unknown');
    expect(judgeChange(subject, []).status).toBe('unknown');
  });
});

describe('the #if lines around a change', () => {
  test('names the macros of each enclosing group, not include guards', () => {
    expect(enclosingConditions(HEADER, 's.h', 6)).toEqual([{ directive: '#ifdef CONFIG_CORE', file: 's.h', line: 5, macros: ['CONFIG_CORE'] }]);
    expect(enclosingConditions(HEADER, 's.h', 4)).toEqual([]);
    expect(enclosingConditions(HEADER, 's.h', 13)).toEqual([
      { directive: '#else (of #if IS_ENABLED(CONFIG_DBG) || defined(CONFIG_X), line 10)', file: 's.h', line: 12, macros: ['CONFIG_DBG', 'CONFIG_X'] },
    ]);
  });

  test('continuation lines and comments', () => {
    const text = '#if defined(CONFIG_A) && \\\n    defined(CONFIG_B) /* both */\nint x;\n#endif\n';
    expect(enclosingConditions(text, 'a.c', 3)).toEqual([{ directive: '#if defined(CONFIG_A) && defined(CONFIG_B)', file: 'a.c', line: 1, macros: ['CONFIG_A', 'CONFIG_B'] }]);
  });
});
