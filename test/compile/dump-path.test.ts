// dumpPathFor must predict where the real gcc writes the clone dump: each case compiles and checks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dumpPathFor, objectPathFor, parseCompileArgv } from '../../src/compile/compile-command.js';
import { tempDir, writeFiles } from './helpers.js';

const CASES: string[][] = [
  ['gcc', '-O2', '-c', 'src/t.c', '-o', 'out/x.o'],
  ['gcc', '-O2', '-c', 'src/t.c'],
  ['gcc', '-O2', '-c', 'src/t.c', '-oout/y.obj'],
  ['gcc', '-O2', '-c', 'src/t.c', '-o', 'out/w.o.tmp'],
  ['gcc', '-O2', '-dumpdir', 'd2/', '-c', 'src/t.c', '-o', 'out/w.o'],
  ['gcc', '-O2', '-dumpdir', 'd2', '-c', 'src/t.c', '-o', 'out/w.o'],
  ['gcc', '-O2', '-dumpbase', 'foo', '-c', 'src/t.c', '-o', 'out/v.o'],
  ['gcc', '-O2', '-dumpbase', 'd2/bb.c', '-c', 'src/t.c', '-o', 'out/u.o'],
  ['gcc', '-O2', '-c', '-x', 'c', '/dev/null', '-o', 'out/probe.o'],
  ['gcc', '-O2', 'src/t.c', 'src/m.c', '-o', 'out/prog'],
];

describe('dumpPathFor (verified against gcc)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('lpg-dump-');
    writeFiles(dir, {
      'src/t.c': 'static int h(int x){return x+1;}\nint f(int y){return h(y)*2;}\n',
      'src/m.c': 'int f(int);\nint main(void){return f(1);}\n',
    });
    fs.mkdirSync(path.join(dir, 'out'));
    fs.mkdirSync(path.join(dir, 'd2'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(CASES.map((c) => [c.join(' '), c]))('%s', (_name, argv) => {
    const before = new Set(listDumps(dir));
    execFileSync(argv[0], [...argv.slice(1), '-fdump-ipa-clones'], { cwd: dir });
    const written = listDumps(dir).filter((f) => !before.has(f));
    const inv = parseCompileArgv(argv as string[]);
    const predicted = inv.sources.map((s) => dumpPathFor(inv, s, dir));
    for (const p of predicted) fs.rmSync(p, { force: true });
    expect(predicted.sort()).toEqual(written.sort());
  });

  test('object paths: -o wins, else basename.o in cwd', () => {
    expect(objectPathFor(parseCompileArgv(['gcc', '-c', 'src/t.c', '-o', 'o/x.o']), 'src/t.c', '/w')).toBe('/w/o/x.o');
    expect(objectPathFor(parseCompileArgv(['gcc', '-c', 'src/t.c']), 'src/t.c', '/w')).toBe('/w/t.o');
  });
});

function listDumps(dir: string): string[] {
  const res: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ipa-clones')) res.push(p);
    }
  };
  walk(dir);
  return res;
}
