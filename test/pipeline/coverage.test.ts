import type { ChangedFile, SourceChanges } from '../../src/model.js';
import { notAnalysed, type SideCoverage } from '../../src/pipeline/coverage.js';

const file = (p: string): ChangedFile => ({ path: p, status: 'modified', language: 'other', addedLines: [1], deletedLines: [1] });
const side = (s: 'base' | 'head', gaps: { source: string; reason: string; advice?: string }[] = []): SideCoverage => ({ side: s, build: { units: [], notBuilt: [], gaps }, unreadable: new Map(), kernel: true });

describe('coverage of changed files without functions', () => {
  test('a changed build input the build could not bound is NOT ANALYSED, once, with the build\'s reason', () => {
    const changes: SourceChanges = { files: [file('Makefile'), file('Documentation/x.rst')], functions: [], other: [], warnings: [] };
    const gap = { source: 'Makefile', reason: 'Makefile can change how any object is built: run with full-build: true' };
    const out = notAnalysed(changes, side('base', [gap]), side('head', [gap]));
    expect(out).toEqual([expect.objectContaining({ file: 'Makefile', side: 'base', reason: gap.reason })]);
    expect(out[0].function).toBeUndefined();
  });

  test("a gap's own advice is what the entry advises; without one, the build's", () => {
    const changes: SourceChanges = { files: [file('Makefile'), file('arch/x86/Makefile')], functions: [], other: [], warnings: [] };
    const own = { source: 'Makefile', reason: 'Makefile can change how any object is built', advice: 'run with full-build: true (--full-build)' };
    const plain = { source: 'arch/x86/Makefile', reason: 'arch/x86/Makefile was not bounded' };
    const out = notAnalysed(changes, side('base'), side('head', [own, plain]));
    expect(out.map((n) => [n.file, n.reason, n.advice])).toEqual([
      ['Makefile', own.reason, own.advice],
      ['arch/x86/Makefile', plain.reason, expect.stringContaining('Kbuild log')],
    ]);
  });

  test('a gap for a file the PR does not change is not the PR\'s (an unchanged file compiled in one step)', () => {
    const changes: SourceChanges = { files: [file('README')], functions: [], other: [], warnings: [] };
    expect(notAnalysed(changes, side('base'), side('head', [{ source: 'tool.c', reason: 'compiled and linked in one step' }]))).toEqual([]);
  });
});
