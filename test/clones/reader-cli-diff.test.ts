import { writeFileSync } from 'node:fs';
import type { Warning } from '../../src/model.js';
import { diffClones } from '../../src/clones/diff.js';
import { findNodes, nodeInfo, nodeName } from '../../src/clones/graph.js';
import { findDumpFiles, readDumpFiles, readDumps } from '../../src/clones/read-dumps.js';
import { run } from '../../src/cli/clones-command.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { captureOutput, compile, removeTree, tempTree } from './helpers.js';

describe('readDumps: inputs and bad files', () => {
  let root: string;
  beforeAll(() => {
    root = tempTree({
      'd/x/good.c.000i.ipa-clones': 'Callgraph clone;h;0;x/good.c;1;12;f;1;x/good.c;2;5;inlining to\r\nCallgraph removal;h;0;x/good.c;1;12\r\n',
      'd/x/empty.c.000i.ipa-clones': '',
      'd/y/old.c.000i.ipa-clones':
        'Callgraph clone;g.part.3;7;y/old.c;3;5;<-;g;4;y/old.c;3;5;optimization:;part\nthis is not a dump line\nCallgraph clone;g;4;y/old.c;3;5;k;2;y/old.c;9;5;inlining to\nCallgraph clone;g;x;y/old.c;3;5;k;2;y/old.c;9;5;inlining to\nCallgraph clone;k;2;y/old.c;9;5;k.avx2.0;9;y/old.c;9;5;avx2\n',
      'd/z/binary.c.000i.ipa-clones': 'Callgraph clone;a;1;z.c;1;1;b;2;z.c;2;1;inlining to\n\u0000\u0001\u0002',
      'd/z/long.c.000i.ipa-clones': `Callgraph clone;a;1;z.c;1;1;b;2;z.c;2;1;inlining to\n${'x'.repeat(70 * 1024)}\n`,
      'd/z/notes.txt': 'not a dump, not searched',
      'list.txt': 'd/x/good.c.000i.ipa-clones\n\n# comment\nd/missing.ipa-clones\n',
    });
  });
  afterAll(() => removeTree(root));

  test('directory: recursive *.ipa-clones, CRLF, old format, malformed lines and binary files become warnings', async () => {
    const warnings: Warning[] = [];
    const progress: number[] = [];
    const g = await readDumps([`${root}/d`], { onWarning: (w) => warnings.push(w), onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    // binary.c and long.c are skipped whole; empty.c is a normal dump with no lines.
    expect(g.dumps.map((d) => d.path.slice(root.length + 3))).toEqual(['x/empty.c.000i.ipa-clones', 'x/good.c.000i.ipa-clones', 'y/old.c.000i.ipa-clones']);
    expect(findNodes(g, 'a')).toEqual([]);
    const rel = (w: Warning) => `${w.file?.slice(root.length + 1)}:${w.line ?? ''}: ${w.message}`;
    expect(warnings.map(rel)).toEqual([
      "d/y/old.c.000i.ipa-clones:2: not a clone dump line (expected 'Callgraph clone;' or 'Callgraph removal;'): 'this is not a dump line'",
      "d/y/old.c.000i.ipa-clones:4: field 3: order 'x' of g is not a non-negative integer",
      'd/z/binary.c.000i.ipa-clones:2: skipped: binary data (NUL byte): not a -fdump-ipa-clones file',
      'd/z/long.c.000i.ipa-clones:2: skipped: line longer than 65536 bytes: not a -fdump-ipa-clones file',
      "d/y/old.c.000i.ipa-clones:5: unknown clone reason 'avx2' (1 line); treated as an optimisation clone",
    ]);
    const [h] = findNodes(g, 'h');
    expect(nodeInfo(g, h).removed).toBe(true);
    // Old format: edge from the original g to its clone g.part.3, and g's inline into k shares the node.
    const [gNode] = findNodes(g, 'g');
    const out = [...g.outEdges.subarray(g.outStart[gNode], g.outStart[gNode + 1])].map((e) => nodeName(g, g.edgeTo[e]));
    expect(out).toEqual(['g.part.3', 'k']);
    expect(g.dumps[2]).toMatchObject({ lines: 5, cloneLines: 3, malformedLines: 2 });
  });

  test('a directory is read depth first with each directory\'s names sorted: dma/ before dma-buf/ (npm run bench lists them so for the classic)', async () => {
    const tree = tempTree({
      'drivers/dma-buf/dma-buf.c.000i.ipa-clones': '',
      'drivers/dma/acpi-dma.c.000i.ipa-clones': '',
      'drivers/dma.c.000i.ipa-clones': '',
      'drivers/dma/dw/core.c.000i.ipa-clones': '',
    });
    try {
      const files = (await findDumpFiles([`${tree}/drivers`])).map((f) => f.slice(tree.length + 1));
      // Whole paths sorted would put 'dma-buf/' ('-' < '/') and 'dma.c…' ('.' < '/') before 'dma/'.
      expect(files).toEqual(['drivers/dma/acpi-dma.c.000i.ipa-clones', 'drivers/dma/dw/core.c.000i.ipa-clones', 'drivers/dma-buf/dma-buf.c.000i.ipa-clones', 'drivers/dma.c.000i.ipa-clones']);
      // Paths as path.join writes them from the directory given: '.', './x' and 'x/' as 'x/…'.
      const cwd = process.cwd();
      process.chdir(tree);
      try {
        expect((await findDumpFiles(['.']))[0]).toBe('drivers/dma/acpi-dma.c.000i.ipa-clones');
        expect((await findDumpFiles(['./drivers/dma/']))[1]).toBe('drivers/dma/dw/core.c.000i.ipa-clones');
        expect((await findDumpFiles(['drivers/dma-buf/../dma']))[0]).toBe('drivers/dma/acpi-dma.c.000i.ipa-clones');
      } finally {
        process.chdir(cwd);
      }
    } finally {
      removeTree(tree);
    }
  });

  test('@LIST files: one path per line, blanks and # comments skipped, missing entries warned with list:line', async () => {
    const warnings: Warning[] = [];
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const g = await readDumps(['@list.txt'], { onWarning: (w) => warnings.push(w) });
      expect(g.dumps.map((d) => d.path)).toEqual(['d/x/good.c.000i.ipa-clones']);
    } finally {
      process.chdir(cwd);
    }
    expect(warnings).toEqual([expect.objectContaining({ file: 'list.txt', line: 4, message: expect.stringContaining("cannot read input 'd/missing.ipa-clones'") })]);
  });

  test('a file with no clone or removal line is not a dump: one warning, skipped (a README passed by mistake)', async () => {
    const dir = tempTree({
      'README.md': `# notes\n\n${Array.from({ length: 40 }, (_, i) => `line ${i} of prose`).join('\n')}\n`,
      'garbled.c.000i.ipa-clones': 'Callgraph clone;a;1;z.c;1;1;b\nCallgraph clone;a;1;z.c\n',
    });
    try {
      const out = await captureOutput(() => run(['--quiet', `${dir}/README.md`, `${dir}/garbled.c.000i.ipa-clones`]));
      expect(out.result).toBe(ExitCode.inputError);
      expect(out.stdout).toBe('');
      const lines = out.stderr.trim().split('\n');
      expect(lines).toEqual([
        `warning: ${dir}/README.md:1: skipped: no line is a clone or removal line (41 malformed, the first: not a clone dump line (expected 'Callgraph clone;' or 'Callgraph removal;'): '# notes'): not a -fdump-ipa-clones file`,
        expect.stringMatching(new RegExp(`^warning: ${dir}/garbled\\.c\\.000i\\.ipa-clones:1: skipped: no line is a clone or removal line \\(2 malformed, the first: .+\\): not a -fdump-ipa-clones file$`)),
        'livepatch-gate clones: none of the 2 input files could be read as a dump (see warnings above)',
      ]);
    } finally {
      removeTree(dir);
    }
  });

  test('CLI: classic text, json, usage errors and no input', async () => {
    const dir = `${root}/d/x`;
    const text = await captureOutput(() => run(['--quiet', dir]));
    expect(text.result).toBe(ExitCode.ok);
    expect(text.stdout).toBe(
      `Function: h/0 (x/good.c:1:12) [REMOVED] [object file: ${dir}/good.c.000i.ipa-clones]\n  inlining to: f/1 (x/good.c:2:5)\n\n  Affected functions: 1\n    f/1 (x/good.c:2:5)\n\n`,
    );
    const json = await captureOutput(() => run(['--quiet', '--format', 'json', dir]));
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ schema: 'livepatch-gate/clones', schemaVersion: 1, grouped: false, inputs: { files: 2, lines: 2, cloneLines: 1, removalLines: 1 } });
    expect(doc.functions).toEqual([
      expect.objectContaining({
        name: 'h',
        removed: true,
        source: 'x/good.c',
        edges: [{ kind: 'inline', reason: 'inlining to', count: 1, to: expect.objectContaining({ name: 'f', order: 1 }) }],
        affected: [expect.objectContaining({ name: 'f', kind: 'inlined', chain: [{ reason: 'inlining to', to: 'f' }] })],
      }),
    ]);
    const none = await captureOutput(() => run([`${root}/nowhere`]));
    expect(none.result).toBe(ExitCode.inputError);
    expect(none.stderr).toContain('no dump files found');
    await expect(run(['--format', 'xml', dir])).rejects.toMatchObject({ usageError: true });
  });

  test('CLI: an unknown --symbol says so and exits 3; a known one without decisions of its own says so too', async () => {
    const dir = `${root}/d/x`;
    const unknown = await captureOutput(() => run(['--quiet', '--symbol', 'no_such_fn', dir]));
    expect(unknown).toMatchObject({ result: ExitCode.inputError, stdout: '' });
    expect(unknown.stderr).toContain("no function named 'no_such_fn' in the 2 dump files read");
    const mixed = await captureOutput(() => run(['--quiet', '--symbol', 'h', '--symbol', 'no_such_fn', dir]));
    expect(mixed.result).toBe(ExitCode.inputError);
    expect(mixed.stdout).toContain('Function: h/0');
    const target = await captureOutput(() => run(['--quiet', '--symbol', 'f', dir]));
    expect(target).toMatchObject({ result: ExitCode.ok, stdout: '' });
    expect(target.stderr).toContain("'f' has no clones and is inlined nowhere");
  });
});

describe('diffClones on real base and head builds in different worktrees', () => {
  const BASE = `static __attribute__((noinline)) int cp(int a, int b) { int s=0; for (int i=0;i<b;i++) s+=a*i; return s; }
int usecp1(int a) { return cp(a, 10); }
int usecp2(int a) { return cp(a+1, 10); }
static int tiny(int x) { return x * 5 + 1; }
int user1(int x) { return tiny(x) + 2; }
int user2(int x) { return tiny(x) - 2; }
`;
  // Head: cp gets a variable bound (IPA-CP has nothing to propagate), user2 stops calling tiny, user3 starts.
  const HEAD = `static __attribute__((noinline)) int cp(int a, int b) { int s=0; for (int i=0;i<b;i++) s+=a*i; return s; }
int usecp1(int a, int b) { return cp(a, b); }
int usecp2(int a, int b) { return cp(a+1, b+1); }
static int tiny(int x) { return x * 5 + 1; }
int user1(int x) { return tiny(x) + 2; }
int user2(int x) { return x - 2; }
int user3(int x) { return tiny(x) * 3; }
`;
  let root: string;
  afterAll(() => removeTree(root));

  test('vanished constprop clone and changed inlining callers, matched through absolute paths', async () => {
    root = tempTree({ 'base/k/d.c': BASE, 'head/k/d.c': HEAD });
    const bd = compile(`${root}/base`, 'k/d.c', 'k/d.o', { absolute: true });
    const hd = compile(`${root}/head`, 'k/d.c', 'k/d.o', { absolute: true });
    const base = await readDumpFiles([{ path: bd, source: 'k/d.c' }], { sourceRoot: `${root}/base` });
    const head = await readDumpFiles([{ path: hd, source: 'k/d.c' }], { sourceRoot: `${root}/head` });
    expect(findNodes(base, 'cp.constprop.0', { source: 'k/d.c' })).toHaveLength(1);
    expect(findNodes(head, 'cp.constprop.0')).toHaveLength(0);
    expect(nodeInfo(base, findNodes(base, 'tiny')[0]).file).toBe('k/d.c');
    const changes = diffClones(base, head, [
      { source: 'k/d.c', name: 'cp' },
      { source: 'k/d.c', name: 'tiny' },
    ]);
    expect(changes).toEqual([
      { source: 'k/d.c', function: 'cp', kind: 'clone-vanished', reason: 'constprop', other: 'cp.constprop.0', line: 1 },
      { source: 'k/d.c', function: 'tiny', kind: 'inline-removed', reason: 'user2', other: 'user2', line: 4 },
      { source: 'k/d.c', function: 'tiny', kind: 'inline-added', reason: 'user3', other: 'user3', line: 4 },
    ]);
  });
});

describe('diffClones pairing (handwritten dumps)', () => {
  let root: string;
  afterAll(() => removeTree(root));

  test('foo.isra.0 pairs with foo.isra.3, never with foo.constprop.N; ORDER is ignored', async () => {
    root = tempTree({});
    writeFileSync(`${root}/base.ipa-clones`, 'Callgraph clone;foo;3;a.c;5;12;foo.isra.0;40;a.c;5;12;isra\nCallgraph clone;foo;3;a.c;5;12;bar;4;a.c;9;5;inlining to\n');
    writeFileSync(
      `${root}/head.ipa-clones`,
      'Callgraph clone;foo;8;a.c;5;12;foo.isra.3;51;a.c;5;12;isra\nCallgraph clone;foo;8;a.c;5;12;foo.constprop.0;52;a.c;5;12;constprop\nCallgraph clone;foo;8;a.c;5;12;bar;9;a.c;9;5;inlining to\n',
    );
    const base = await readDumpFiles([{ path: `${root}/base.ipa-clones`, source: 'a.c' }]);
    const head = await readDumpFiles([{ path: `${root}/head.ipa-clones`, source: 'a.c' }]);
    expect(diffClones(base, head, [{ source: 'a.c', name: 'foo' }])).toEqual([
      { source: 'a.c', function: 'foo', kind: 'clone-appeared', reason: 'constprop', other: 'foo.constprop.0', line: 5 },
    ]);
    // The same function in another TU source is not looked at.
    expect(diffClones(base, head, [{ source: 'b.c', name: 'foo' }])).toEqual([]);
  });
});
