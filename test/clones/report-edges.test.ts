// Dump reader edges (hostile or odd input): deep inline chains, trees that repeat shared subtrees
// exponentially, control characters in names, directories that cannot be listed.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Warning } from '../../src/model.js';
import { affectedSet } from '../../src/clones/affected.js';
import { CLASSIC_MAX_DEPTH, classicReportChunks, classicReportLines, classicRootIds, classicRoots, classicSectionWriter } from '../../src/clones/classic-report.js';
import { LABEL_POOL_BYTES, NodeBytes } from '../../src/clones/node-bytes.js';
import { ReportBytes } from '../../src/clones/report-bytes.js';
import { CHAIN_MAX_STEPS, clonesJson, clonesJsonChunks, clonesJsonHeader } from '../../src/clones/clones-json.js';
import { findNodes, nodeName } from '../../src/clones/graph.js';
import { readDumps } from '../../src/clones/read-dumps.js';
import { run } from '../../src/cli/clones-command.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { captureOutput, removeTree, tempTree } from './helpers.js';

const clone = (a: string, ao: number, b: string, bo: number, reason = 'inlining to') => `Callgraph clone;${a};${ao};a.c;${ao + 1};5;${b};${bo};a.c;${bo + 1};5;${reason}\n`;

/** f0 inlined into f1, f1 into f2, ... fN-1 into fN. */
function chain(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += clone(`f${i}`, i, `f${i + 1}`, i + 1);
  return s;
}

/** A ladder of diamonds: every path through it is a distinct classic tree branch (2^levels of them). */
function diamonds(levels: number): string {
  let s = '';
  for (let i = 0; i < levels; i++) {
    const top = 3 * i;
    s += clone(`t${i}`, top, `l${i}`, top + 1) + clone(`t${i}`, top, `r${i}`, top + 2);
    s += clone(`l${i}`, top + 1, `t${i + 1}`, top + 3) + clone(`r${i}`, top + 2, `t${i + 1}`, top + 3);
  }
  return s;
}

const bytesOf = (chunks: Iterable<Buffer>) => {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
};

describe('deep and exponential trees', () => {
  let root: string;
  beforeAll(() => {
    root = tempTree({ 'deep/a.c.000i.ipa-clones': chain(4000), 'd1000/a.c.000i.ipa-clones': chain(1000), 'diamonds/a.c.000i.ipa-clones': diamonds(40) });
  });
  afterAll(() => removeTree(root));

  test('a 4,000-deep inline chain: no stack overflow, every affected set complete', async () => {
    const g = await readDumps([`${root}/deep`]);
    const compact: string[] = [];
    // 223 MB of report (4000 affected lists): look at its start and end only.
    let first = '';
    let last = Buffer.alloc(0);
    let bytes = 0;
    for (const chunk of classicReportChunks(g, { onCompactTree: (_g, _r, label) => compact.push(label) })) {
      if (first === '') first = chunk.subarray(0, 4096).toString();
      last = Buffer.concat([last, chunk]).subarray(-4096);
      bytes += chunk.length;
    }
    const [f0] = findNodes(g, 'f0');
    expect(affectedSet(g, [f0]).size).toBe(4000);
    expect(first).toMatch(/^Function: f0\/0 \(a\.c:1:5\) \[object file: [^\n]*\]\n {2}inlining to: f1\/1 \(a\.c:2:5\) \[see its own Function section\]\n\n {2}Affected functions: 4000\n {4}f1\/1 \(a\.c:2:5\)\n/);
    // Sections of chains no deeper than CLASSIC_MAX_DEPTH keep the classic form.
    expect(compact).toHaveLength(4000 - CLASSIC_MAX_DEPTH);
    // Sorted by name, f999 comes last: 3,001 affected, ending at the chain's end.
    expect(last.toString().endsWith('    f3999/3999 (a.c:4000:5)\n    f4000/4000 (a.c:4001:5)\n\n')).toBe(true);
    // About 8M affected lines of 28 bytes, and one tree line per section.
    expect(bytes).toBeLessThan(240_000_000);
  });

  test('a 1,000-deep chain: the report is the affected lists plus about one line per edge (was 359 MB)', async () => {
    const g = await readDumps([`${root}/d1000`]);
    const bytes = bytesOf(classicReportChunks(g));
    // The affected lists alone: 500,500 lines of about 25 bytes.
    expect(bytes).toBeLessThan(16_000_000);
    const lines = classicReportLines(g);
    const treeLines = lines.filter((l) => /^ +inlining to: /.test(l)).length;
    expect(treeLines).toBeLessThan(1000 * (CLASSIC_MAX_DEPTH + 2));
    expect(lines.filter((l) => l.startsWith('Function: '))).toHaveLength(1000);
  });

  test('JSON of a deep chain: every entry links to the one it was reached from; chains past CHAIN_MAX_STEPS are cut', async () => {
    const dir = tempTree({ 'a.c.000i.ipa-clones': chain(100) });
    try {
      const g = await readDumps([dir]);
      const [f0] = findNodes(g, 'f0');
      const doc = JSON.parse(Buffer.concat([...clonesJsonChunks(clonesJsonHeader(g, []), [{ g, roots: [f0] }])]).toString());
      expect(doc).toEqual(JSON.parse(JSON.stringify(clonesJson(g, [f0], []))));
      const affected = doc.functions[0].affected;
      expect(affected).toHaveLength(100);
      expect(affected.map((a: { via: number }) => a.via)).toEqual(Array.from({ length: 100 }, (_, i) => i - 1));
      expect(affected[63]).toMatchObject({ name: 'f64', kind: 'inlined' });
      expect(affected[63].chain).toHaveLength(64);
      expect(affected[63].chainCut).toBeUndefined();
      expect(affected[99].chain).toHaveLength(CHAIN_MAX_STEPS);
      expect(affected[99]).toMatchObject({ name: 'f100', chainCut: 100 - CHAIN_MAX_STEPS });
      expect(affected[99].chain[0]).toEqual({ reason: 'inlining to', to: `f${101 - CHAIN_MAX_STEPS}` });
    } finally {
      removeTree(dir);
    }
  });

  test('2^40 paths through a diamond ladder: compact tree, classic affected set', async () => {
    const g = await readDumps([`${root}/diamonds`]);
    const [t0] = findNodes(g, 't0');
    const started = Date.now();
    const lines = classicReportLines(g, { symbols: ['t0'] });
    expect(Date.now() - started).toBeLessThan(10_000);
    const at = lines.indexOf('  Affected functions: 120');
    expect(at).toBeGreaterThan(0);
    const listed = lines.slice(at + 1, -1).map((l) => l.trim().split('/')[0]);
    expect(listed.sort()).toEqual(Array.from(affectedSet(g, [t0]).nodes, (n) => g.names.get(g.nodeName[n])).sort());
    expect(lines.filter((l) => l.endsWith(' [see above]')).length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(400);
  });

  test('small trees with shared subtrees keep the classic form (repeated under each path)', async () => {
    const dir = tempTree({ 'a.c.000i.ipa-clones': diamonds(2) });
    try {
      const g = await readDumps([dir]);
      const lines = classicReportLines(g, { symbols: ['t0'] });
      expect(lines.slice(1, 9)).toEqual([
        '  inlining to: l0/1 (a.c:2:5)',
        '    inlining to: t1/3 (a.c:4:5)',
        '      inlining to: l1/4 (a.c:5:5)',
        '        inlining to: t2/6 (a.c:7:5)',
        '      inlining to: r1/5 (a.c:6:5)',
        '        inlining to: t2/6 (a.c:7:5)',
        '  inlining to: r0/2 (a.c:3:5)',
        '    inlining to: t1/3 (a.c:4:5)',
      ]);
    } finally {
      removeTree(dir);
    }
  });
});

describe('names a pull request controls', () => {
  test('ESC and CR in names and paths are printed visibly in the text report, kept in JSON', async () => {
    const dir = tempTree({ 'x/a.c.000i.ipa-clones': 'Callgraph clone;ev\u001b[2Jil;0;a\rb.c;1;5;caller\u202e;1;a.c;3;5;inlining to\n' });
    try {
      const text = await captureOutput(() => run(['--quiet', dir]));
      expect(text.stdout).toContain('Function: ev\\x1b[2Jil/0 (a\\x0db.c:1:5) [object file: ');
      expect(text.stdout).toContain('  inlining to: caller\\u{202e}/1 (a.c:3:5)\n');
      // eslint-disable-next-line no-control-regex
      expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
      const json = JSON.parse((await captureOutput(() => run(['--quiet', '--format', 'json', dir]))).stdout);
      expect(json.functions[0].name).toBe('ev\u001b[2Jil');
    } finally {
      removeTree(dir);
    }
  });
});

describe('names written as bytes', () => {
  // The reports copy a name's bytes when it needs no escaping and go through strings otherwise; the
  // functions are ordered by name as JavaScript compares strings (UTF-16 code units).
  const names = ['b', 'a', 'ab', 'A', '_x', 'a"q', 'back\\slash', 'é', 'z\u00e9', '\u{1F600}', '\uFFFD', 'a\u0007'];
  test('functions in string order; names, quotes and backslashes as JSON.stringify writes them', async () => {
    const lines = names.map((n, i) => clone(n, 2 * i, `c${i}`, 2 * i + 1)).join('');
    const dir = tempTree({ 'x/a.c.000i.ipa-clones': lines });
    try {
      const g = await readDumps([dir]);
      const order = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      const json = (await captureOutput(() => run(['--quiet', '--format', 'json', dir]))).stdout;
      const doc = JSON.parse(json);
      expect(doc.functions.map((f: { name: string }) => f.name)).toEqual(order);
      for (const f of doc.functions) expect(json).toContain(`"name":${JSON.stringify(f.name)},"order":${f.order},`);
      const text = classicReportLines(g).filter((l) => l.startsWith('Function: '));
      const shown = text.map((l) => l.slice('Function: '.length, l.lastIndexOf('/', l.indexOf(' ('))));
      expect(shown).toEqual(order.map((n) => n.replace('\u0007', '\\x07')));
    } finally {
      removeTree(dir);
    }
  });
  test('ASCII names (sorted as bytes) in string order, shared prefixes and all', async () => {
    const ascii = ['b', 'a', 'ab', 'A', '_x', 'a"q', 'aa', 'a_', 'a0', 'Z', '~', ' sp'];
    for (let i = 0; i < 40; i++) ascii.push(`__se_sys_${String.fromCharCode(97 + ((i * 7) % 26))}${i % 3 === 0 ? '' : i}`);
    const dir = tempTree({ 'x/a.c.000i.ipa-clones': ascii.map((n, i) => clone(n, 2 * i, `c${i}`, 2 * i + 1)).join('') });
    try {
      const g = await readDumps([dir]);
      const order = [...ascii].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      expect(classicRoots(g).filter((n) => !nodeName(g, n).startsWith('c')).map((n) => nodeName(g, n))).toEqual(order);
      // The reports' typed form is the same list.
      const ids = classicRootIds(g);
      expect(ids).toBeInstanceOf(Int32Array);
      expect(Array.from(ids)).toEqual(classicRoots(g));
    } finally {
      removeTree(dir);
    }
  });
});

describe('ReportBytes.copyWords', () => {
  test('copies every length at every alignment, across a chunk boundary, as a byte-for-byte copy', () => {
    const src = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 0xff));
    const from = new DataView(src.buffer, src.byteOffset, src.length);
    const expected: Buffer[] = [];
    // A first chunk of 100 bytes: the pieces after it go to a new chunk when they do not fit.
    const out = new ReportBytes(false, Buffer.alloc(100));
    for (let start = 0; start < 9; start++) {
      for (let n = 0; n <= 70; n++) {
        out.copyWords(from, start, start + n);
        expected.push(src.subarray(start, start + n));
        // An odd byte between pieces: copies land at every offset of the chunk.
        out.byte(0x2a);
        expected.push(Buffer.from([0x2a]));
      }
    }
    expect(Buffer.concat(out.end()).equals(Buffer.concat(expected))).toBe(true);
  });
});

describe('labels made up front (NodeBytes.prepareLabels)', () => {
  type Graph = Awaited<ReturnType<typeof readDumps>>;
  /** The text report with labels made up front under `budget` (0: each as it is printed). */
  const textWith = (g: Graph, budget: number) => {
    const roots = classicRootIds(g);
    const out = new ReportBytes();
    const write = classicSectionWriter(g, out, roots, undefined, budget);
    for (const r of roots) write(r);
    return Buffer.concat(out.end()).toString();
  };
  // Removed nodes, a name past 256 bytes, quotes and backslashes, ORDERs and lines past 10,000, FILEs
  // written two ways, a recursion, repeated edges: every part of a label.
  const plain =
    clone('helper', 0, 'mid', 1) +
    clone('mid', 1, 'top', 2) +
    clone('mid', 1, 'top', 2) +
    clone('top', 2, 'mid', 1) +
    clone('x'.repeat(300), 12345, 'caller', 67890, 'constprop') +
    clone('q"uo\\te', 30, 'caller', 67890) +
    'Callgraph clone;abs;3;/src/tree/a.c;123456;7;user;4;./a.c;1;1;inlining to\n' +
    'Callgraph removal;helper;0;a.c;1;5\nCallgraph removal;caller;67890;a.c;67891;5\n';

  test('the same report as labels made as they are printed', async () => {
    const dir = tempTree({ 'x/a.c.000i.ipa-clones': plain, 'y/b.c.000i.ipa-clones': chain(50) });
    try {
      const g = await readDumps([dir]);
      expect(new NodeBytes(g).prepareLabels(LABEL_POOL_BYTES)).toBe(true);
      const asPrinted = textWith(g, 0);
      expect(asPrinted).toContain('Function: helper/0 (a.c:1:5) [REMOVED]');
      expect(asPrinted).toContain(`${'x'.repeat(300)}/12345 (a.c:12346:5)`);
      expect(textWith(g, LABEL_POOL_BYTES)).toBe(asPrinted);
      expect(Buffer.concat([...classicReportChunks(g)]).toString()).toBe(asPrinted);
    } finally {
      removeTree(dir);
    }
  });

  test('over the budget, or a name whose escapes outgrow the room: nothing made up front, the same report', async () => {
    const dir = tempTree({ 'x/a.c.000i.ipa-clones': plain + clone('\u0007'.repeat(200), 20, 'bell', 21) });
    try {
      const g = await readDumps([dir]);
      expect(new NodeBytes(g).prepareLabels(LABEL_POOL_BYTES)).toBe(false);
      expect(new NodeBytes(g).prepareLabels(100)).toBe(false);
      const asPrinted = textWith(g, 0);
      expect(asPrinted).toContain(`Function: ${'\\x07'.repeat(200)}/20 (a.c:21:5)`);
      expect(textWith(g, LABEL_POOL_BYTES)).toBe(asPrinted);
      expect(Buffer.concat([...classicReportChunks(g)]).toString()).toBe(asPrinted);
    } finally {
      removeTree(dir);
    }
  });
});

describe('equal names across dumps', () => {
  // Sorted by name bytes, node by node (no name ids): equal names stay in node (dump) order, in the
  // short ranges sorted by insertion and in the long ones split three ways.
  test('keep dump order, for 3 copies and for 40', async () => {
    const files: Record<string, string> = {};
    for (let d = 0; d < 40; d++) {
      const key = `d${String(d).padStart(2, '0')}/t.c.000i.ipa-clones`;
      files[key] = clone('same', 1, `f${d}`, 2) + (d < 3 ? clone('few', 3, `g${d}`, 4) : '') + clone(`same${d % 4}`, 5, `h${d}`, 6);
    }
    const dir = tempTree(files);
    try {
      const g = await readDumps([dir]);
      const roots = classicRoots(g);
      for (const name of ['same', 'few', 'same1']) {
        const dumps = roots.filter((n) => nodeName(g, n) === name).map((n) => g.nodeDump[n]);
        expect(dumps.length).toBeGreaterThan(2);
        expect(dumps).toEqual([...dumps].sort((a, b) => a - b));
      }
      expect(roots.map((n) => nodeName(g, n)).filter((n) => !/^[fgh]\d/.test(n))).toEqual(
        ['few', 'few', 'few', ...Array(40).fill('same'), ...[0, 1, 2, 3].flatMap((k) => Array(10).fill(`same${k}`))],
      );
    } finally {
      removeTree(dir);
    }
  });
});

describe('directories that cannot be listed', () => {
  test('an unreadable subdirectory is a warning naming it, like an unreadable file; the rest is read', async () => {
    const dir = tempTree({ 'ok/a.c.000i.ipa-clones': clone('h', 0, 'f', 1), 'zz/b.c.000i.ipa-clones': clone('g', 0, 'k', 1) });
    const cwd = process.cwd();
    try {
      let unreadable: string;
      if (process.getuid?.() === 0) {
        // Permissions do not stop root: a directory whose path is longer than PATH_MAX cannot be listed.
        unreadable = `${dir}/long`;
        mkdirSync(unreadable);
        process.chdir(unreadable);
        for (let i = 0; i < 18; i++) {
          const name = String(i).padStart(250, 'd');
          mkdirSync(name);
          process.chdir(name);
          unreadable += `/${name}`;
        }
        writeFileSync('c.c.000i.ipa-clones', clone('x', 0, 'y', 1));
        process.chdir(cwd);
        unreadable = unreadable.slice(0, unreadable.indexOf('/', 4096 - 260));
      } else {
        unreadable = `${dir}/locked`;
        mkdirSync(unreadable);
        chmodSync(unreadable, 0);
      }
      const warnings: Warning[] = [];
      const g = await readDumps([dir], { onWarning: (w) => warnings.push(w) });
      expect(g.dumps.map((d) => d.path.slice(dir.length + 1))).toEqual(['ok/a.c.000i.ipa-clones', 'zz/b.c.000i.ipa-clones']);
      expect(warnings).toEqual([{ source: 'dump', file: expect.stringMatching(new RegExp(`^${dir}/(long|locked)`)), message: expect.stringMatching(/^skipped directory: cannot list it: (ENAMETOOLONG|EACCES)/) }]);
      const cli = await captureOutput(() => run(['--quiet', dir]));
      expect(cli.result).toBe(ExitCode.ok);
      expect(cli.stderr).toMatch(/^warning: \/.*: skipped directory: cannot list it: /);
    } finally {
      process.chdir(cwd);
      execFileSync('chmod', ['-R', 'u+rwx', dir]);
      execFileSync('rm', ['-rf', dir]);
    }
  });
});
