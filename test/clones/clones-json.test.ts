// The streamed JSON text is the same document as the in-memory one.
import { classicRoots } from '../../src/clones/classic-report.js';
import { clonesJson, clonesJsonChunks, clonesJsonHeader } from '../../src/clones/clones-json.js';
import { readDumps } from '../../src/clones/read-dumps.js';
import { removeTree, tempTree } from './helpers.js';

test('clonesJsonChunks streams exactly the clonesJson document', async () => {
  const dir = tempTree({
    'b.c.000i.ipa-clones': ['Callgraph clone;helper;0;b.c;1;12;mid;2;b.c;3;19;inlining to', 'Callgraph clone;mid;2;b.c;3;19;f1;3;b.c;4;5;inlining to', 'Callgraph clone;cp;1;b.c;2;38;cp.constprop.0;7;b.c;2;38;constprop', 'Callgraph removal;helper;0;b.c;1;12', ''].join('\n'),
  });
  try {
    const g = await readDumps([dir]);
    const roots = classicRoots(g, false);
    const warnings = [{ source: 'dump', message: 'an example warning' }];
    const streamed = JSON.parse(Buffer.concat([...clonesJsonChunks(clonesJsonHeader(g, warnings), [{ g, roots }])]).toString());
    expect(streamed).toEqual(JSON.parse(JSON.stringify(clonesJson(g, roots, warnings))));
    expect(streamed.functions.length).toBeGreaterThan(0);
    const empty = JSON.parse(Buffer.concat([...clonesJsonChunks(clonesJsonHeader(g, []), [])]).toString());
    expect(empty.functions).toEqual([]);
  } finally {
    removeTree(dir);
  }
});

test('clonesJsonChunks: escaped names, FILEs written differently and removed nodes, across many chunks', async () => {
  // Several MB of report: nodes recur within and across functions (their fields are copied from where
  // they were last written in the chunk), and chunk boundaries fall everywhere.
  const names = (i: number) => [`plain${i}`, `q"uote${i}`, `back\\slash${i}`, `caf\u00e9${i}`][i % 4];
  const files = ['./src/a.c', 'src/b.c', 'src//c.c'];
  const dumps: Record<string, string> = {};
  for (let d = 0; d < 40; d++) {
    const lines: string[] = [];
    for (let i = 0; i < 150; i++) {
      const f = files[i % 3];
      const o = 4 * i;
      lines.push(`Callgraph clone;${names(i)};${o};${f};${i + 1};5;mid${i};${o + 1};${f};${i + 2};7;inlining to`);
      lines.push(`Callgraph clone;mid${i};${o + 1};${f};${i + 2};7;top${i % 7};${o + 2};src/b.c;900;1;inlining to`);
      lines.push(`Callgraph clone;top${i % 7};${o + 2};src/b.c;900;1;top${i % 7}.constprop.0;${o + 3};src/b.c;900;1;constprop`);
      if (i % 5 === 0) lines.push(`Callgraph removal;${names(i)};${o};${f};${i + 1};5`);
    }
    // A function with several edges: one to itself (recursive inlining), one to a function also reached through another.
    for (let j = 0; j < 4; j++) {
      lines.push(`Callgraph clone;hub;9000;src/h.c;1;1;caller${j};${9001 + j};./src/h.c;${10 + j};1;inlining to`);
      if (j === 1) lines.push('Callgraph clone;hub;9000;src/h.c;1;1;hub;9000;src/h.c;1;1;inlining to');
    }
    lines.push('Callgraph clone;caller0;9001;./src/h.c;10;1;caller3;9004;./src/h.c;13;1;inlining to');
    lines.push('Callgraph clone;hub;9000;src/h.c;1;1;hub.isra.0;9005;src/h.c;1;1;isra');
    dumps[`d${d}/u${d}.c.000i.ipa-clones`] = `${lines.join('\n')}\n`;
  }
  const dir = tempTree(dumps);
  try {
    const g = await readDumps([dir]);
    const roots = classicRoots(g, false);
    const chunks = [...clonesJsonChunks(clonesJsonHeader(g, []), [{ g, roots }])];
    expect(chunks.length).toBeGreaterThan(3);
    const streamed = JSON.parse(Buffer.concat(chunks).toString());
    // Same keys in the same order, same values.
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(clonesJson(g, roots, [])));
    const byName = (name: string) => streamed.functions.find((f: { name: string }) => f.name === name);
    expect(byName('q"uote9')).toMatchObject({ file: 'src/a.c', rawFile: './src/a.c', removed: false });
    expect(byName('q"uote5')).toMatchObject({ file: 'src/c.c', rawFile: 'src//c.c', removed: true });
    expect(byName('caf\u00e93')).toMatchObject({ file: 'src/a.c', line: 4, col: 5 });
    const hub = byName('hub');
    expect(hub.edges.map((e: { to: { name: string } }) => e.to.name)).toEqual(['caller0', 'caller1', 'hub', 'caller2', 'caller3', 'hub.isra.0']);
    expect(hub.affected.map((a: { name: string; via: number }) => `${a.name}<${a.via}`)).toEqual(['caller0<-1', 'caller1<-1', 'caller2<-1', 'caller3<-1', 'hub.isra.0<-1']);
    expect(byName('back\\slash2').affected[0]).toMatchObject({ name: 'mid2', file: 'src/c.c', kind: 'inlined', chain: [{ reason: 'inlining to', to: 'mid2' }], via: -1 });
  } finally {
    removeTree(dir);
  }
});
