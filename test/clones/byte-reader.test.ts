// The reader's byte-level hot path: interning byte strings, scanning lines in the read buffer, and
// streaming files bigger than the read buffer. Each is checked against the text path it replaced.
import { writeFileSync } from 'node:fs';
import type { Warning } from '../../src/model.js';
import { StringTable } from '../../src/clones/byte-intern.js';
import { newByteLineScan, newLineScan, parseDumpLine, scanDumpBytes, scanDumpLine, type LineFields } from '../../src/clones/dump-line.js';
import { CloneGraphBuilder } from '../../src/clones/graph-builder.js';
import { findNodes, nodeName, type CloneGraph } from '../../src/clones/graph.js';
import { readDumpFiles } from '../../src/clones/read-dumps.js';
import { removeTree, tempTree } from './helpers.js';

describe('StringTable', () => {
  test('ids in first-seen order, found again by bytes and by string, across several chunks', () => {
    const t = new StringTable();
    const texts = Array.from({ length: 200_000 }, (_, i) => `fn_${i}_${'x'.repeat(i % 40)}`);
    const b = Buffer.from(texts.join(';'), 'latin1');
    let at = 0;
    texts.forEach((s, i) => {
      expect(t.id(b, at, at + s.length)).toBe(i);
      at += s.length + 1;
    });
    expect(t.count).toBe(texts.length);
    expect(t.id(Buffer.from(texts[123_456]), 0, texts[123_456].length)).toBe(123_456);
    for (const i of [0, 1, 99_999, 199_999]) {
      expect(t.get(i)).toBe(texts[i]);
      expect(t.find(texts[i])).toBe(i);
    }
    expect(t.find('fn_nope')).toBe(-1);
    expect(t.all()).toEqual(texts);
  });

  test('UTF-8 names decode; byte strings that decode alike (invalid UTF-8) share one id', () => {
    const t = new StringTable();
    const name = Buffer.from('naïve');
    expect(t.id(name, 0, name.length)).toBe(0);
    const bad1 = Buffer.from([0x62, 0xff]);
    const bad2 = Buffer.from([0x62, 0xfe]);
    expect(t.id(bad1, 0, 2)).toBe(1);
    expect(t.id(bad2, 0, 2)).toBe(1);
    expect(t.id(Buffer.from('plain'), 0, 5)).toBe(2);
    expect(t.all()).toEqual(['naïve', 'b\ufffd', 'plain']);
    expect(t.find('naïve')).toBe(0);
    expect(t.find('b\ufffd')).toBe(1);
    expect(t.get(2)).toBe('plain');
  });
});

describe('scanDumpBytes agrees with scanDumpLine', () => {
  const lines = [
    'Callgraph clone;helper;0;b.c;1;12;mid;2;b.c;3;19;inlining to',
    '  Callgraph removal;__ilog2_u64;159;./include/linux/log2.h;40;5\r',
    'Callgraph clone;g.part.3;7;y/old.c;3;5;<-;g;4;y/old.c;3;5;optimization:;part',
    'Callgraph clone;g.part.3;7;y/old.c;3;5;<-;g;4;y/old.c;3;5;optimisation:;part',
    'this is not a dump line',
    'Callgraph clone;g;x;y/old.c;3;5;k;2;y/old.c;9;5;inlining to',
    'Callgraph clone;;1;x.c;1;1;b;2;x.c;1;1;part',
    'Callgraph clone;a;1;x.c;1;1;b;2;x.c;1;1;',
    'Callgraph clone;a;1;x.c;1234567890;1;b;2;x.c;1;1;isra',
    'Callgraph clone;a;1;x.c;1;-1;b;2;x.c;1;1;isra',
    'Callgraph clone;a;1;b;2',
    'Callgraph removal;q;1;x.c;1',
    'Callgraph removal;q;1;x.c;1;1;7',
    '',
    ' \r',
  ];
  const NODE_A = ['aNameStart', 'aNameEnd', 'aOrder', 'aFileStart', 'aFileEnd', 'aLine', 'aCol'];
  const NODE_B = NODE_A.map((k) => k.replace(/^a/, 'b'));
  test.each(lines)('%j', (line) => {
    const text = newLineScan();
    scanDumpLine(line, text);
    // Surrounded by other lines in one buffer, as in the reader.
    const buf = Buffer.from(`x;y\n${line}\nCallgraph removal;z;1;z.c;1;1\n`, 'latin1');
    const bytes = newByteLineScan();
    scanDumpBytes(buf, 4, buf.length, bytes);
    expect(bytes.lineEnd).toBe(4 + line.length);
    expect(bytes.kind).toBe(text.kind);
    if (text.kind === 'malformed') expect(bytes.message).toBe(text.message);
    const fields = text.kind === 'clone' ? [...NODE_A, ...NODE_B, 'reasonStart', 'reasonEnd', 'format'] : text.kind === 'removal' ? NODE_A : [];
    for (const k of fields as (keyof LineFields)[]) {
      const v = bytes[k];
      expect([k, typeof v === 'number' && /Start$|End$/.test(k) ? v - 4 : v]).toEqual([k, text[k]]);
    }
  });
});

describe('readDumpFiles streams files bigger than its read buffer', () => {
  let root: string;
  afterAll(() => removeTree(root));

  test('2.5 MB dump with CRLF, a blank line and no final newline: same graph as parsed records', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 24_000; i++) {
      const caller = i % 2000;
      lines.push(`Callgraph clone;helper_${i % 7};${i % 7};./include/h.h;${10 + (i % 7)};5;caller_${caller};${100 + caller};big.c;${caller};3;inlining to`);
      if (i % 5 === 0) lines.push(`Callgraph clone;caller_${caller};${100 + caller};big.c;${caller};3;caller_${caller}.constprop.0;${5000 + caller};big.c;${caller};3;constprop`);
      if (i % 997 === 0) lines.push('');
    }
    for (let k = 0; k < 7; k++) lines.push(`Callgraph removal;helper_${k};${k};./include/h.h;${10 + k};5`);
    root = tempTree({});
    const path = `${root}/big.c.000i.ipa-clones`;
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
    writeFileSync(path, text);

    const warnings: Warning[] = [];
    const g = await readDumpFiles([{ path, source: 'big.c' }], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);

    const builder = new CloneGraphBuilder();
    builder.beginDump(path, 'big.c');
    lines.forEach((line, i) => builder.add(parseDumpLine(line), i + 1));
    builder.endDump();
    const expected = builder.finish();

    const columns = (x: CloneGraph) => ({
      nodes: [x.nodeName, x.nodeOrder, x.nodeFile, x.nodeLine, x.nodeCol, x.nodeRemoved].map((c) => Array.from(c)),
      edges: [x.edgeFrom, x.edgeTo, x.edgeReason, x.edgeMult].map((c) => Array.from(c)),
      names: x.names.all(),
      files: x.rawFiles,
      reasons: x.reasonStats,
      lines: x.dumps[0].lines,
      cloneLines: x.dumps[0].cloneLines,
    });
    expect(columns(g)).toEqual(columns(expected));
    expect(g.dumps[0]).toMatchObject({ lines: lines.length, bytes: text.length, removalLines: 7 });
    // 7 helpers, 2000 callers, and a constprop clone of every fifth caller.
    expect(g.nodeCount).toBe(7 + 2000 + 400);
  });

  test('removal lines before the clone lines naming their node, and removals of nodes no clone line names, in two dumps', async () => {
    // 3,000 long names removed before any clone line names them (retried at the end of the dump).
    const name = (k: number) => `static_helper_with_a_long_name_${'x'.repeat(20)}_${k}`;
    const first: string[] = [];
    for (let k = 0; k < 3000; k++) first.push(`Callgraph removal;${name(k)};${k};a.c;${k};5`);
    first.push('Callgraph removal;never_cloned;9999;a.c;1;1');
    for (let k = 0; k < 3000; k++) first.push(`Callgraph clone;${name(k)};${k};a.c;${k};5;caller;10000;a.c;1;1;inlining to`);
    // Same names and ORDERs in a second dump: nothing pending is carried over, nothing removed there.
    const second = [`Callgraph clone;${name(1)};1;a.c;1;5;caller;10000;a.c;1;1;inlining to`];
    const dir = tempTree({ 'a.c.000i.ipa-clones': `${first.join('\n')}\n`, 'b.c.000i.ipa-clones': `${second.join('\n')}\n` });
    try {
      const g = await readDumpFiles([{ path: `${dir}/a.c.000i.ipa-clones` }, { path: `${dir}/b.c.000i.ipa-clones` }]);
      const removed = (dump: number) => Array.from({ length: g.nodeCount }, (_, n) => n).filter((n) => g.nodeDump[n] === dump && g.nodeRemoved[n] === 1);
      expect(removed(0).map((n) => nodeName(g, n))).toEqual(Array.from({ length: 3000 }, (_, k) => name(k)));
      expect(removed(1)).toEqual([]);
      expect(g.orphanRemovals).toBe(1);
    } finally {
      removeTree(dir);
    }
  });
});

describe('CloneGraphBuilder keeps every name when its name storage grows', () => {
  test('60,000 nodes with 200-byte names (more than the first name buffer holds)', () => {
    const builder = new CloneGraphBuilder();
    const name = (i: number) => `${'n'.repeat(190)}_${String(i).padStart(6, '0')}`;
    builder.beginDump('big.c.000i.ipa-clones', 'big.c');
    for (let i = 0; i < 30_000; i++) {
      builder.add(parseDumpLine(`Callgraph clone;${name(2 * i)};${2 * i};big.c;1;1;${name(2 * i + 1)};${2 * i + 1};big.c;2;1;inlining to`), i + 1);
    }
    // Seen again: matched by name, not added.
    builder.add(parseDumpLine(`Callgraph clone;${name(0)};0;big.c;1;1;${name(59_999)};59999;big.c;2;1;inlining to`), 30_001);
    builder.endDump();
    const g = builder.finish();
    expect(g.nodeCount).toBe(60_000);
    expect(g.names.count).toBe(60_000);
    for (const i of [0, 1, 12_345, 59_999]) {
      expect(g.names.get(g.nodeName[i])).toBe(name(i));
      expect(g.names.find(name(i))).toBe(g.nodeName[i]);
    }
  });
});

describe('CloneGraphBuilder makes the out-edge lists per dump', () => {
  // What the lists must be: each node's out-edges in edge order (a counting sort by origin).
  const expected = (g: CloneGraph) => {
    const out: number[][] = Array.from({ length: g.nodeCount }, () => []);
    g.edgeFrom.forEach((from, e) => out[from].push(e));
    return out;
  };
  const lists = (g: CloneGraph) => Array.from({ length: g.nodeCount }, (_, n) => [...g.outEdges.subarray(g.outStart[n], g.outStart[n + 1])]);
  const clone = (a: string, ao: number, b: string, bo: number) => parseDumpLine(`Callgraph clone;${a};${ao};x.c;1;1;${b};${bo};x.c;2;1;inlining to`);

  test('repeats merged, a node past 16 out-edges, interleaved origins, a rolled-back file and a growth of the edge columns', () => {
    const builder = new CloneGraphBuilder();
    builder.beginDump('a.c.000i.ipa-clones');
    let line = 0;
    // hub gets 40 targets, some twice; mid's edges interleave with hub's.
    for (let i = 0; i < 40; i++) {
      builder.add(clone('hub', 1, `t${i}`, 100 + i), ++line);
      if (i % 3 === 0) builder.add(clone('mid', 2, `t${i}`, 100 + i), ++line);
      if (i % 5 === 0) builder.add(clone('hub', 1, `t${i}`, 100 + i), ++line);
    }
    builder.endDump();
    builder.beginDump('not-a-dump');
    builder.add(clone('gone', 1, 'gone2', 2), 1);
    builder.rollbackDump();
    // Enough edges in one dump to grow the edge columns past their first size.
    builder.beginDump('b.c.000i.ipa-clones');
    for (let i = 0; i < 600_000; i++) builder.add(clone(`f${i % 1000}`, i % 1000, `g${i}`, 1000 + i), i + 1);
    builder.endDump();
    builder.beginDump('empty.c.000i.ipa-clones');
    builder.endDump();
    const g = builder.finish();
    expect(g.edgeCount).toBe(40 + 14 + 600_000);
    expect(g.edgeMult[g.outEdges[g.outStart[0]]]).toBe(2);
    expect(g.outStart[g.nodeCount]).toBe(g.edgeCount);
    expect(lists(g)).toEqual(expected(g));
    // Edge ids are the out-list slots (a walk reads the edge columns straight through), and each
    // node's list is in the order its dump first named the edges.
    expect(g.outEdges.every((e, slot) => e === slot)).toBe(true);
    const targets = (n: number) => lists(g)[n].map((e) => nodeName(g, g.edgeTo[e]));
    expect(targets(findNodes(g, 'hub')[0])).toEqual(Array.from({ length: 40 }, (_, i) => `t${i}`));
    expect(targets(findNodes(g, 'mid')[0])).toEqual(Array.from({ length: 14 }, (_, i) => `t${3 * i}`));
  });
});
