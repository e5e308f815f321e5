import { parseDumpLine } from '../../src/clones/dump-line.js';
import { cleanPath, detectSourceRoot, normaliseSourcePath } from '../../src/clones/source-path.js';
import { normaliseName } from '../../src/compare/symbol-names.js';

describe('parseDumpLine', () => {
  test('12-field clone line (gcc 7.1+): ORIG then OTHER', () => {
    expect(parseDumpLine('Callgraph clone;helper;0;b.c;1;12;mid;2;b.c;3;19;inlining to')).toEqual({
      kind: 'clone',
      from: { name: 'helper', order: 0, file: 'b.c', line: 1, col: 12 },
      to: { name: 'mid', order: 2, file: 'b.c', line: 3, col: 19 },
      reason: 'inlining to',
      format: 'gcc7',
    });
  });

  test('(null) and unknown reasons are kept verbatim', () => {
    const rec = parseDumpLine('Callgraph clone;rec;0;t4.c;2;5;rec;2;t4.c;2;5;(null)');
    expect(rec).toMatchObject({ kind: 'clone', reason: '(null)', from: { order: 0 }, to: { order: 2 } });
    expect(parseDumpLine('Callgraph clone;f;1;a.c;1;1;f.arch_atom.0;3;a.c;1;1;arch_atom')).toMatchObject({ reason: 'arch_atom' });
  });

  test('old 14-field format: the first node is the clone, the node after <- the original', () => {
    const rec = parseDumpLine(
      'Callgraph clone;ovl_setxattr.part.3;1348;fs/overlayfs/inode.c;210;5;<-;ovl_setxattr;1291;fs/overlayfs/inode.c;210;5;optimization:;part',
    );
    expect(rec).toEqual({
      kind: 'clone',
      from: { name: 'ovl_setxattr', order: 1291, file: 'fs/overlayfs/inode.c', line: 210, col: 5 },
      to: { name: 'ovl_setxattr.part.3', order: 1348, file: 'fs/overlayfs/inode.c', line: 210, col: 5 },
      reason: 'part',
      format: 'old',
    });
  });

  test('removal line, absolute and ./ paths kept as written', () => {
    expect(parseDumpLine('Callgraph removal;__ilog2_u64;159;./include/linux/log2.h;40;5')).toEqual({
      kind: 'removal',
      node: { name: '__ilog2_u64', order: 159, file: './include/linux/log2.h', line: 40, col: 5 },
    });
  });

  test('CRLF and surrounding whitespace are tolerated; blank lines give null', () => {
    expect(parseDumpLine('Callgraph removal;h;0;b.c;1;12\r\n')).toMatchObject({ kind: 'removal', node: { col: 12 } });
    expect(parseDumpLine('Callgraph clone;a;1;x.c;1;1;b;2;x.c;2;1;inlining to\r')).toMatchObject({ reason: 'inlining to' });
    expect(parseDumpLine('')).toBeNull();
    expect(parseDumpLine('  \r')).toBeNull();
  });

  test.each([
    ['Callgraph clone;a;1;x.c;1;1;b;2;x.c;2;1', /11 fields/],
    ['Callgraph clone;a;1;x.c;1;1;b;2;x.c;2;1;inlining to;extra', /13 fields/],
    ['Callgraph clone;a;x;x.c;1;1;b;2;x.c;2;1;inlining to', /order 'x' of a is not a non-negative integer/],
    ['Callgraph clone;a;1;x.c;1;1;b;-2;x.c;2;1;inlining to', /order '-2' of b/],
    ['Callgraph clone;a;1;x.c;1e3;1;b;2;x.c;2;1;inlining to', /line '1e3' of a/],
    ['Callgraph clone;a;1;x.c;1;1;b;2;x.c;2; 1;inlining to', /column ' 1' of b/],
    ['Callgraph clone;;1;x.c;1;1;b;2;x.c;2;1;inlining to', /empty symbol name/],
    ['Callgraph clone;a;1;x.c;1;1;b;2;x.c;2;1;', /empty reason/],
    ['Callgraph clone;a;1;x.c;1;1;<-;b;2;x.c;2;1;optimisation;part', /expected 'optimization:'/],
    ['Callgraph removal;a;1;x.c;1', /removal line has 5 fields/],
    [';; Function main (main, funcdef_no=0)', /not a clone dump line/],
  ])('malformed: %s', (line, message) => {
    const rec = parseDumpLine(line);
    expect(rec?.kind).toBe('malformed');
    expect(rec && rec.kind === 'malformed' ? rec.message : '').toMatch(message);
  });
});

describe('source paths', () => {
  test('cleanPath collapses ./, // and inner ..', () => {
    expect(cleanPath('./include/linux/x.h')).toBe('include/linux/x.h');
    expect(cleanPath('arch/x86/../../include//a.h')).toBe('include/a.h');
    expect(cleanPath('../include/a.h')).toBe('../include/a.h');
    expect(cleanPath('/src/linux/./kernel/../kernel/fork.c')).toBe('/src/linux/kernel/fork.c');
  });

  // Clean paths are returned without being rewritten: names that only look like '.' or '..' stay.
  test.each([
    ['', ''],
    ['/', '/'],
    ['.', '.'],
    ['..', '..'],
    ['a/', 'a'],
    ['/a/..', '/'],
    ['a/..', '.'],
    ['a/.', 'a'],
    ['//a', '/a'],
    ['.hidden/x.c', '.hidden/x.c'],
    ['a/..b/c..', 'a/..b/c..'],
    ['a/.../b', 'a/.../b'],
    ['/work/linux/kernel/fork.c', '/work/linux/kernel/fork.c'],
  ])('cleanPath(%j) is %j', (p, clean) => {
    expect(cleanPath(p)).toBe(clean);
  });

  test('normaliseSourcePath strips the root from absolute paths under it only', () => {
    expect(normaliseSourcePath('/home/ci/wt-base/kernel/fork.c', '/home/ci/wt-base/')).toBe('kernel/fork.c');
    expect(normaliseSourcePath('/usr/lib/gcc/include/stddef.h', '/home/ci/wt-base')).toBe('/usr/lib/gcc/include/stddef.h');
    expect(normaliseSourcePath('/home/ci/wt-base2/a.c', '/home/ci/wt-base')).toBe('/home/ci/wt-base2/a.c');
    expect(normaliseSourcePath('./kernel/fork.c')).toBe('kernel/fork.c');
  });

  test('normaliseSourcePath resolves relative paths against the compiler cwd (Kbuild O= inside the tree)', () => {
    expect(normaliseSourcePath('../kernel/fork.c', '/w/base/src', '/w/base/src/.lpg-out')).toBe('kernel/fork.c');
    expect(normaliseSourcePath('include/generated/bounds.h', '/w/base/src', '/w/base/src/.lpg-out')).toBe('.lpg-out/include/generated/bounds.h');
  });

  test('detectSourceRoot: absolute paths ending in known relative ones vote for their root', () => {
    expect(detectSourceRoot(['/w/base/kernel/fork.c', './include/linux/sched.h', '/w/base/include/linux/sched.h'])).toEqual({
      root: '/w/base',
      method: 'suffix',
    });
    expect(detectSourceRoot(['/w/head/kernel/fork.c'], ['kernel/fork.c'])).toEqual({ root: '/w/head', method: 'suffix' });
    expect(detectSourceRoot(['/w/o/kernel/fork.c', '/w/o/mm/slab.c', '/usr/include/stdio.h'])).toEqual({ root: '/w/o', method: 'prefix' });
    expect(detectSourceRoot(['kernel/fork.c'])).toBeNull();
  });
});

test('clones pair by their kind path: normaliseName drops clone numbering only', () => {
  expect(normaliseName('foo.isra.0')).toBe('foo.isra.#');
  expect(normaliseName('foo.isra.13')).toBe(normaliseName('foo.isra.0'));
  expect(normaliseName('foo.constprop.0.isra.2')).toBe('foo.constprop.#.isra.#');
  expect(normaliseName('foo.constprop.1')).not.toBe(normaliseName('foo.isra.1'));
  expect(normaliseName('md5_64')).toBe('md5_64');
});
