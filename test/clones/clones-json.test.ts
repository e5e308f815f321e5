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
