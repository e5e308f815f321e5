// The multi-threaded reader must give the single-threaded graph column for column, and the same
// warnings in the same order. Worker threads cannot load TypeScript, so the reader is bundled with
// esbuild (as in dist/) and the bundle imported: its workers re-enter the bundle file.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Warning } from '../../src/model.js';
import type * as Clones from '../../src/clones/index.js';
import { readDumpFiles as readDumpFilesFromSource } from '../../src/clones/read-dumps.js';
import { compile, removeTree, tempTree } from './helpers.js';

const FIXTURES = {
  'lib/list.h': `static inline void list_add(int *head, int v) { head[v & 7] += v; }
static inline int clamp(int v) { return v < 0 ? 0 : v > 99 ? 99 : v; }
`,
  'kernel/sched.c': `#include "../lib/list.h"
int table[8];
static int __attribute__((noinline)) scale(int v, int k) { return clamp(v * k) + k; }
static void helper(int v) { list_add(table, v); list_add(table, v + 1); }
int run_a(int v) { helper(v); return scale(v, 3); }
int run_b(int v) { helper(v * 2); return scale(v, 3) + scale(v + 1, 3); }
`,
  'mm/slab.c': `#include "../lib/list.h"
int pool[8];
struct big { int a, b, c, d; };
static int __attribute__((noinline)) unused_arg(struct big *p, int unused) { return p->a + p->d; }
int slab_alloc(int n) { struct big b = { n, 1, 2, 3 }; list_add(pool, n); return unused_arg(&b, 0) + clamp(n); }
int slab_free(int n) { struct big b = { n, 4, 5, 6 }; return unused_arg(&b, 1); }
`,
};

type Graph = Clones.CloneGraph;

/** Everything observable about a graph, in plain data. */
function snapshot(g: Graph) {
  const cols = (['nodeName', 'nodeOrder', 'nodeFile', 'nodeLine', 'nodeCol', 'nodeDump', 'nodeRemoved', 'edgeFrom', 'edgeTo', 'edgeReason', 'edgeMult', 'outStart', 'outEdges', 'inStart', 'inEdges', 'nameStart', 'nameNodes'] as const).map((k) => [k, Array.from(g[k])]);
  return {
    nodeCount: g.nodeCount,
    edgeCount: g.edgeCount,
    cols: Object.fromEntries(cols),
    names: g.names.all(),
    files: g.files,
    rawFiles: g.rawFiles,
    reasons: g.reasons,
    inlineReason: g.inlineReason,
    reasonStats: g.reasonStats,
    dumps: g.dumps,
    sourceRoot: g.sourceRoot,
    sourceRootMethod: g.sourceRootMethod,
    orphanRemovals: g.orphanRemovals,
  };
}

describe('reading dumps with worker threads', () => {
  let root: string;
  let engine: typeof Clones;
  /** The same bundle, but its first worker thread dies (exit code 7) at its 15th file. */
  let crashing: typeof Clones;
  let files: { path: string; source?: string }[];
  let marker: string;

  beforeAll(async () => {
    root = tempTree(FIXTURES);
    const real = [compile(root, 'kernel/sched.c', 'out/kernel/sched.o', { absolute: true }), compile(root, 'mm/slab.c', 'out/mm/slab.o', { absolute: true })];
    const texts = real.map((p) => readFileSync(p, 'latin1'));
    expect(texts.every((t) => t.includes('Callgraph clone;'))).toBe(true);
    // A corpus of many TUs from the real dumps: each copy renames its symbols (so names are new per
    // copy, as in a kernel), and a few files are odd, so that every slice has warnings to keep in order.
    files = [];
    for (let i = 0; i < 330; i++) {
      const src = texts[i % 2];
      let text = src.replace(/(run_[ab]|slab_alloc|slab_free|scale|helper|unused_arg)/g, `$1_${i}`);
      if (i % 97 === 5) text += 'Callgraph clone;garbage\n';
      if (i === 250) text += text.split('\n')[0].replace(/;[^;]*$/, ';never-seen reason') + '\n';
      if (i % 50 === 7) text += `Callgraph clone;caf\xc3\xa9_${i % 3};1;${root}/x.c;1;1;b\xff;2;${root}/x.c;1;1;inlining to\n`;
      const path = join(root, 'out', `tu${String(i).padStart(3, '0')}.c.000i.ipa-clones`);
      if (i === 3 || i === 200) writeFileSync(path, Buffer.from('Callgraph clone;\0binary\n'));
      else if (i === 150) writeFileSync(path, '');
      else writeFileSync(path, Buffer.from(text, 'latin1'));
      files.push(i % 11 === 0 ? { path, source: i % 2 ? 'mm/slab.c' : 'kernel/sched.c' } : { path });
    }
    // A dump gcc wrote, named as it was.
    copyFileSync(real[0], join(root, 'out', 'last.c.000i.ipa-clones'));
    files.push({ path: join(root, 'out', 'last.c.000i.ipa-clones') });

    const out = join(root, 'engine.mjs');
    marker = join(root, 'workers.log');
    const banner = `import { isMainThread as __main } from 'node:worker_threads'; import { appendFileSync as __append } from 'node:fs'; if (!__main) process.on('exit', (c) => __append(${JSON.stringify(marker)}, 'exit ' + c + '\\n'));`;
    await build({ banner: { js: banner }, entryPoints: [join(__dirnameOf(), '..', '..', 'src', 'clones', 'index.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
    engine = (await import(pathToFileURL(out).href)) as typeof Clones;
    const crash = [
      "import { isMainThread as __m, workerData as __wd } from 'node:worker_threads';",
      "import __fs from 'node:fs';",
      "import { syncBuiltinESMExports as __sync } from 'node:module';",
      'const __o = __fs.openSync; let __n = 0;',
      'if (!__m && __wd?.lpgDumpBatches?.worker === 0) { __fs.openSync = (...a) => { if (++__n === 15) process.exit(7); return __o(...a); }; __sync(); }',
    ].join('\n');
    const crashOut = join(root, 'engine-crash.mjs');
    await build({ banner: { js: crash }, entryPoints: [join(__dirnameOf(), '..', '..', 'src', 'clones', 'index.ts')], outfile: crashOut, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' });
    crashing = (await import(pathToFileURL(crashOut).href)) as typeof Clones;
  });

  afterAll(() => removeTree(root));

  /**
   * How many worker threads ran the bundle to the end while `fn` ran: the bundle's banner records each
   * worker's exit (jest's sandboxed `process` does not see worker events).
   */
  async function countingWorkers<T>(fn: () => Promise<T>, expected = 0): Promise<{ result: T; batches: number }> {
    writeFileSync(marker, '');
    const result = await fn();
    // A worker's 'exit' runs as it ends, which may be well after its last message arrived on a busy
    // machine: wait (bounded) for the exits expected, then a little longer for any unexpected one.
    const exits = () => readFileSync(marker, 'utf8').split('\n').filter((l) => l === 'exit 0').length;
    for (let waited = 0; exits() < expected && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { result, batches: exits() };
  }

  async function read(threads: number) {
    const warnings: Warning[] = [];
    const progress: number[] = [];
    const g = await engine.readDumpFiles(files, { threads, onWarning: (w) => warnings.push(w), onProgress: (done, total) => {
      expect(total).toBe(files.length);
      progress.push(done);
    } });
    return { g, warnings, progress };
  }

  test('2 and 3 threads give the single-threaded graph, column for column, and the same warnings in order', async () => {
    const one = await read(1);
    expect(one.g.dumps.length).toBe(files.length - 2);
    expect(one.warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^skipped: binary data/), expect.stringMatching(/unknown clone reason 'never-seen reason'/)]));
    expect(one.warnings.filter((w) => /malformed|expected|field/i.test(w.message)).length).toBeGreaterThan(0);
    expect(one.g.names.all()).toContain('caf\u00e9_1');
    for (const threads of [2, 3]) {
      const { result: many, batches } = await countingWorkers(() => read(threads), threads - 1);
      expect(batches).toBe(threads - 1);
      expect(snapshot(many.g)).toEqual(snapshot(one.g));
      expect(many.warnings).toEqual(one.warnings);
      expect(Math.max(...many.progress)).toBe(files.length);
      // Queries over the merged graph answer as over the single-threaded one.
      const name = engine.nodeName(many.g, many.g.nodeCount - 1);
      const n = engine.findNodes(many.g, name);
      expect(n).toEqual(engine.findNodes(one.g, name));
      expect(n.length).toBeGreaterThan(0);
      expect(engine.affectedSet(many.g, n).entries).toEqual(engine.affectedSet(one.g, n).entries);
    }
  });

  test('readDumps: one thread for a small corpus unless asked; threads asked for give the same graph', async () => {
    const one = await engine.readDumps([join(root, 'out')], { threads: 1 });
    const auto = await countingWorkers(() => engine.readDumps([join(root, 'out')]));
    expect(auto.batches).toBe(0);
    const two = await countingWorkers(() => engine.readDumps([join(root, 'out')], { threads: 2 }), 1);
    expect(two.batches).toBe(1);
    expect(snapshot(auto.result)).toEqual(snapshot(one));
    expect(snapshot(two.result)).toEqual(snapshot(one));
  });

  test('a worker that dies mid-batch: its batches are read again, same graph, one warning more', async () => {
    const one = await read(1);
    const warnings: Warning[] = [];
    // The main thread is slowed down (20 ms a batch) so that the worker surely gets batches to die in.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const g = await crashing.readDumpFiles(files, { threads: 2, onWarning: (w) => warnings.push(w), onProgress: () => Atomics.wait(pause, 0, 0, 20) });
    expect(snapshot(g)).toEqual(snapshot(one.g));
    const failed = warnings.filter((w) => /dump reader thread failed/.test(w.message));
    expect(failed).toEqual([expect.objectContaining({ message: 'a dump reader thread failed (exit code 7); the main thread read its batches again' })]);
    expect(warnings.filter((w) => !failed.includes(w))).toEqual(one.warnings);
  });

  test('where no worker can start (TypeScript source under jest), threads fall back to one', async () => {
    const warnings: Warning[] = [];
    const g = await readDumpFilesFromSource(files, { threads: 2, onWarning: (w) => warnings.push(w) });
    const one = await read(1);
    expect(snapshot(g as unknown as Graph)).toEqual(snapshot(one.g));
    expect(warnings).toEqual(one.warnings);
  });
});

function __dirnameOf(): string {
  return new URL('.', import.meta.url).pathname;
}
