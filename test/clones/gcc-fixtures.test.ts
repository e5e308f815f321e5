// Real gcc 12 dumps: every clone kind, removed intermediates, recursion, two TUs with equal static
// names, absolute paths. Expected facts below were checked by hand against the C sources.
import { readFileSync } from 'node:fs';
import { affectedSet, describeChain, ReachWalk, inlinedInto } from '../../src/clones/affected.js';
import { classicReportLines } from '../../src/clones/classic-report.js';
import { groupGraph } from '../../src/clones/graph-transforms.js';
import { edgeKind, findNodes, nodeInfo, nodeName, outEdgesOf, type CloneGraph } from '../../src/clones/graph.js';
import { readDumps } from '../../src/clones/read-dumps.js';
import { compile, removeTree, tempTree } from './helpers.js';

const A_C = `static int helper(int x) { return x * 3 + 1; }
static int mid(int x) { return helper(x) + helper(x+1); }
int f1(int x) { return mid(x) * 2; }
int f2(int x) { return mid(x) + helper(x); }
static __attribute__((noinline)) int cp(int a, int b) { int s=0; for (int i=0;i<b;i++) s+=a*i; return s; }
int usecp1(int a) { return cp(a, 10); }
int usecp2(int a) { return cp(a+1, 10); }
struct S { int a, b, c, d; };
static __attribute__((noinline)) int sra(struct S *s) { return s->a + s->d; }
int usesra(struct S *s) { return sra(s) + sra(s+1); }
int rec(int n) { return n <= 1 ? 1 : n * rec(n - 1) + rec(n-2); }
extern void ext(int);
static void split_me(int x) { if (__builtin_expect(x > 100, 0)) { for (int i = 0; i < x; i++) ext(i*i); ext(x); ext(x+2); ext(x*5); } }
void callsplit(int x) { split_me(x); split_me(x+1); }
`;

const names = (g: CloneGraph, ids: Iterable<number>) => [...ids].map((n) => nodeName(g, n));

describe('one TU with every clone kind (src/a.c → out/a.o)', () => {
  let root: string;
  let dump: string;
  let g: CloneGraph;
  const one = (name: string) => {
    const ids = findNodes(g, name);
    expect(ids).toHaveLength(1);
    return ids[0];
  };
  const label = (name: string) => {
    const n = nodeInfo(g, one(name));
    return `${n.name}/${n.order} (${n.rawFile}:${n.line}:${n.col})${n.removed ? ' [REMOVED]' : ''}`;
  };

  beforeAll(async () => {
    root = tempTree({ 'src/a.c': A_C });
    dump = compile(root, 'src/a.c', 'out/a.o');
    g = await readDumps([dump]);
  });
  afterAll(() => removeTree(root));

  test('gcc really made each kind', () => {
    expect(dump).toBe(`${root}/out/a.c.000i.ipa-clones`);
    const text = readFileSync(dump, 'utf8');
    for (const r of [';inlining to', ';constprop', ';isra', ';part', ';(null)', 'Callgraph removal;helper;']) expect(text).toContain(r);
    expect(g.reasonStats.every((r) => r.known)).toBe(true);
    expect(g.dumps[0].source).toBe('src/a.c');
  });

  test('graph: helper inlined twice into removed mid, mid into f1 and f2', () => {
    const helper = one('helper');
    expect(nodeInfo(g, helper)).toMatchObject({ file: 'src/a.c', line: 1, col: 12, removed: true });
    const edges = [...outEdgesOf(g, helper)].map((e) => [nodeName(g, g.edgeTo[e]), edgeKind(g, e), g.edgeMult[e]]);
    expect(edges).toEqual([
      ['mid', 'inline', 2],
      ['f2', 'inline', 1],
    ]);
    expect(nodeInfo(g, one('mid')).removed).toBe(true);
    expect(nodeInfo(g, one('f1')).removed).toBe(false);
  });

  test('affected set of helper passes through the removed intermediate', () => {
    const a = affectedSet(g, [one('helper')]);
    expect(names(g, a.nodes)).toEqual(['mid', 'f2', 'f1']);
    const byName = new Map(a.entries.map((e) => [nodeName(g, e.node), e]));
    expect(byName.get('mid')).toMatchObject({ kind: 'inlined', removed: true, reason: 'inlining to' });
    expect(byName.get('f2')).toMatchObject({ kind: 'inlined', removed: false });
    expect(describeChain(g, byName.get('f1')!.chain)).toEqual(['helper', 'inlined into mid (removed)', 'inlined into f1']);
    expect(describeChain(g, byName.get('f2')!.chain)).toEqual(['helper', 'inlined into f2']);
  });

  test('optimisation clones: constprop, isra, part (whose head is inlined)', () => {
    const cp = affectedSet(g, [one('cp')]).entries;
    expect(cp.map((e) => [nodeName(g, e.node), e.kind, e.reason])).toEqual([['cp.constprop.0', 'clone', 'constprop']]);
    const sra = affectedSet(g, [one('sra')]).entries;
    expect(sra.map((e) => [nodeName(g, e.node), e.kind, e.reason])).toEqual([['sra.isra.0', 'clone', 'isra']]);
    const split = affectedSet(g, [one('split_me')]).entries;
    expect(split.map((e) => [nodeName(g, e.node), e.kind, e.reason, e.removed])).toEqual([
      ['split_me.part.0', 'clone', 'part', true],
      ['callsplit', 'inlined', 'inlining to', false],
    ]);
  });

  test('recursion: (null) master clone inlined back, cycle-safe', () => {
    const recs = findNodes(g, 'rec');
    expect(recs).toHaveLength(2);
    const [orig, master] = recs;
    const a = affectedSet(g, [orig]).entries;
    expect(a.map((e) => [e.node, e.kind, e.reason, e.removed])).toEqual([[master, 'clone', '(null)', true]]);
    // From the master clone, the original is reached (it was inlined back into it).
    expect(affectedSet(g, [master]).entries.map((e) => e.node)).toEqual([orig]);
  });

  test('ReachWalk, one walk after another in both directions: nearest first, and each entry\'s predecessor and depth are the chain the affected set derives', () => {
    for (const forward of [true, false]) {
      const walk = new ReachWalk(g, forward);
      const near = forward ? g.edgeFrom : g.edgeTo;
      for (let n = 0; n < g.nodeCount; n++) {
        const set = forward ? affectedSet(g, [n]) : inlinedInto(g, n);
        const count = walk.from(n);
        expect(Array.from(walk.nodes.subarray(0, count))).toEqual(Array.from(set.nodes));
        set.entries.forEach((entry, i) => {
          const chain: number[] = [];
          for (let j = i; j >= 0; j = walk.pred[j]) chain.unshift(walk.via[j]);
          expect(chain).toEqual(entry.chain);
          expect(walk.depth[i]).toBe(entry.chain.length);
          // The entry's edge leaves its predecessor's node (or the root), and nearer entries come first.
          expect(near[walk.via[i]]).toBe(walk.pred[i] < 0 ? n : walk.nodes[walk.pred[i]]);
          if (i > 0) expect(walk.depth[i]).toBeGreaterThanOrEqual(walk.depth[i - 1]);
        });
      }
    }
    // Several roots: each once, in the order given; their own entries are not listed.
    const walk = new ReachWalk(g);
    const [f1, helper] = [one('f1'), one('helper')];
    const count = walk.fromAll([helper, f1, helper]);
    expect(Array.from(walk.rootIds.subarray(0, walk.rootCount))).toEqual([helper, f1]);
    expect(Array.from(walk.nodes.subarray(0, count))).toEqual(Array.from(affectedSet(g, [helper, f1]).nodes));
  });

  test('inlinedInto: everything whose body ended up in a function', () => {
    expect(names(g, inlinedInto(g, one('f2')).nodes).sort()).toEqual(['helper', 'mid']);
    expect(names(g, inlinedInto(g, one('f1')).nodes).sort()).toEqual(['helper', 'mid']);
    expect(names(g, inlinedInto(g, one('callsplit')).nodes).sort()).toEqual(['split_me', 'split_me.part.0']);
  });

  test('classic report text', () => {
    const text = [...classicReportLines(g)].join('\n');
    const obj = ` [object file: ${dump}]`;
    const recs = findNodes(g, 'rec').map((n) => nodeInfo(g, n));
    const rec = (i: number) => `rec/${recs[i].order} (src/a.c:11:5)${recs[i].removed ? ' [REMOVED]' : ''}`;
    const expected = [
      `Function: ${label('cp')}${obj}`,
      `  constprop: ${label('cp.constprop.0')}`,
      '',
      '  Affected functions: 1',
      `    ${label('cp.constprop.0')}`,
      '',
      `Function: ${label('helper')}${obj}`,
      `  inlining to: ${label('mid')} [edges: 2]`,
      `    inlining to: ${label('f1')}`,
      `    inlining to: ${label('f2')}`,
      `  inlining to: ${label('f2')}`,
      '',
      '  Affected functions: 3',
      `    ${label('mid')}`,
      `    ${label('f1')}`,
      `    ${label('f2')}`,
      '',
      `Function: ${label('mid')}${obj}`,
      `  inlining to: ${label('f1')}`,
      `  inlining to: ${label('f2')}`,
      '',
      '  Affected functions: 2',
      `    ${label('f1')}`,
      `    ${label('f2')}`,
      '',
      `Function: ${rec(0)}${obj}`,
      `  (null): ${rec(1)}`,
      `    inlining to: ${rec(0)} [RECURSIVE operation] [edges: ${g.edgeMult[outEdgesOf(g, findNodes(g, 'rec')[1])[0]]}]`,
      '',
      '  Affected functions: 2',
      `    ${rec(1)}`,
      `    ${rec(0)}`,
      '',
    ].join('\n');
    expect(text.startsWith(expected)).toBe(true);
    expect(label('mid')).toMatch(/^mid\/\d+ \(src\/a\.c:2:12\) \[REMOVED\]$/);
    const roots = text.split('\n').filter((l) => l.startsWith('Function: ')).map((l) => l.slice(10, l.indexOf('/')));
    expect(roots).toEqual(['cp', 'helper', 'mid', 'rec', 'rec', 'split_me', 'split_me.part.0', 'sra']);
    expect(text).toContain(`Function: ${label('split_me')}${obj}\n  part: ${label('split_me.part.0')}\n    inlining to: ${label('callsplit')} [edges: 2]\n  inlining to: ${label('callsplit')} [edges: 2]\n`);
  });

  test('classic --symbol and --ignore-removed', () => {
    const text = [...classicReportLines(g, { symbols: ['mid'] })].join('\n');
    expect(text.split('\n').filter((l) => l.startsWith('Function:'))).toEqual([`Function: ${label('mid')} [object file: ${dump}]`]);
    const kept = [...classicReportLines(g, { ignoreRemoved: true })].filter((l) => l.startsWith('Function:'));
    expect(kept.map((l) => l.slice(10, l.indexOf('/')))).toEqual(['cp', 'rec', 'sra']);
  });
});

describe('two TUs with equal static names, one compiled from an absolute path', () => {
  const SHARED = 'static int shared_helper(int x) { return x * 7 + 3; }\n';
  let root: string;
  let g: CloneGraph;
  beforeAll(async () => {
    root = tempTree({
      'src/shared.h': SHARED,
      'src/b.c': '#include "shared.h"\nstatic int local_helper(int x) { return x + 1; }\nint b_entry(int x) { return shared_helper(x) + local_helper(x); }\n',
      'src/c.c': '#include "shared.h"\nstatic int local_helper(int x) { return x - 1; }\nint c_entry(int x) { return shared_helper(x) * local_helper(x); }\n',
    });
    compile(root, 'src/b.c', 'out/b.o');
    compile(root, 'src/c.c', 'out/c.o', { absolute: true });
    g = await readDumps([`${root}/out`]);
  });
  afterAll(() => removeTree(root));

  test('the absolute dump really has absolute paths; they normalise to repo-relative', () => {
    expect(readFileSync(`${root}/out/c.c.000i.ipa-clones`, 'utf8')).toContain(`;${root}/src/shared.h;`);
    expect(g.sourceRoot).toBe(root);
    expect(g.dumps.map((d) => d.source)).toEqual(['src/b.c', 'src/c.c']);
    const helpers = findNodes(g, 'shared_helper').map((n) => nodeInfo(g, n));
    expect(helpers.map((h) => h.file)).toEqual(['src/shared.h', 'src/shared.h']);
    expect(helpers.map((h) => h.rawFile)).toEqual(['src/shared.h', `${root}/src/shared.h`]);
  });

  test('ungrouped: equal names in two TUs stay apart', () => {
    const [hb, hc] = findNodes(g, 'shared_helper');
    expect(names(g, affectedSet(g, [hb]).nodes)).toEqual(['b_entry']);
    expect(names(g, affectedSet(g, [hc]).nodes)).toEqual(['c_entry']);
    const [lb] = findNodes(g, 'local_helper', { source: 'src/b.c' });
    const [lc] = findNodes(g, 'local_helper', { source: 'src/c.c' });
    expect(lb).not.toBe(lc);
    expect(names(g, affectedSet(g, [lc]).nodes)).toEqual(['c_entry']);
    expect(findNodes(g, 'local_helper', { dump: 0 })).toEqual([lb]);
  });

  test('grouped: the header function merges (same name, order, location); local ones never', () => {
    const hs = findNodes(g, 'shared_helper').map((n) => nodeInfo(g, n));
    expect(hs[0].order).toBe(hs[1].order); // both TUs see the header first
    const gg = groupGraph(g, 'classic');
    const [h] = findNodes(gg, 'shared_helper');
    expect(findNodes(gg, 'shared_helper')).toHaveLength(1);
    expect(names(gg, affectedSet(gg, [h]).nodes)).toEqual(['b_entry', 'c_entry']);
    expect(findNodes(gg, 'local_helper')).toHaveLength(2);
    const text = [...classicReportLines(gg)].join('\n');
    expect(text).not.toContain('[object file:');
    expect(text).toContain(`Function: shared_helper/${hs[0].order} (src/shared.h:1:12) [REMOVED]\n  inlining to: b_entry/`);
  });
});
