// The whole-corpus report (text or JSON) written on several threads. This thread reads the dumps into
// a graph whose columns are in shared memory; each worker thread is sent the graph without a copy and
// writes every Nth block of the report's sections into a ring; this thread writes the other blocks
// and copies the workers' in order. The bytes are those of one thread: a section reads only the
// graph, whichever thread writes it.
//
// Only the writing is split. Measured on 2 cores: two threads reading half the dumps each ran ~50%
// slower than one alone (page faults and read() contend there), while two writers of a large report
// each keep their speed. A thread warms up its own compiled code (~0.2 s), so a small report is
// better written on one (see SPLIT_MIN_LINES in the clones command). Adapter: worker threads.
import { Worker, type MessagePort } from 'node:worker_threads';
import { classicSectionWriter } from './classic-report.js';
import { clonesJsonClosing, clonesJsonFunctionWriter, clonesJsonOpening, functionSeparator, type ClonesJson } from './clones-json.js';
import { dumpOf, graphColumns, graphFromColumns, type CloneGraph, type GraphColumns, type NodeId } from './graph.js';
import { ReportBytes } from './report-bytes.js';
import { newRing, RingReader, RingWriter, type RingMemory } from './section-ring.js';

/** Sections in a block: the unit a thread writes (about 150 KB of a kernel's text report). */
export const BLOCK_SECTIONS = 128;

export interface SplitReportOptions {
  /** The worker threads (startReportWorkers); this thread writes blocks too. */
  workers: ReportWorker[];
  format: 'text' | 'json';
  /** For JSON: clonesJsonHeader of the graph. */
  header?: Omit<ClonesJson, 'functions'>;
  /** Told of each section printed compact (see classic-report.ts), in report order, after the report. */
  onCompactTree?: (dumpPath: string, label: string) => void;
}

/** What a worker is sent: the graph (its columns shared), the roots in report order, its blocks. */
interface RenderJob {
  kind: 'render';
  graph: GraphColumns;
  roots: Int32Array;
  format: 'text' | 'json';
  /** This worker writes the blocks b with b % threads === thread (this thread is 0). */
  thread: number;
  threads: number;
  ring: RingMemory;
}

type FromWorker = { kind: 'done'; compact: CompactSection[] } | { kind: 'failed'; message: string };

/** A section printed compact: its index in the report, and what the warning names. */
interface CompactSection {
  at: number;
  dumpPath: string;
  label: string;
}

/**
 * The report of `roots` (classicRootIds of `g`, whose columns must be in shared memory: readDumpFiles
 * with `shared`) as byte chunks; each is written into again once the next is asked for.
 */
export async function* splitReportChunks(g: CloneGraph, roots: Int32Array, opts: SplitReportOptions): AsyncGenerator<Buffer> {
  const { workers, format, header } = opts;
  const threads = workers.length + 1;
  const blocks = Math.ceil(roots.length / BLOCK_SECTIONS);
  const sharedRoots = new Int32Array(new SharedArrayBuffer(4 * roots.length));
  sharedRoots.set(roots);
  const graph = graphColumns(g);
  const readers = workers.map((w, i) => {
    const ring = newRing(blocksOf(i + 1, threads, blocks));
    w.post({ kind: 'render', graph, roots: sharedRoots, format, thread: i + 1, threads, ring });
    return new RingReader(ring, w.ended);
  });
  try {
    const compact: CompactSection[] = [];
    const out = new ReportBytes(true);
    const sink = { bytes: (src: Uint8Array, start: number, end: number) => out.stream(src, start, end) };
    const section = sectionWriter(g, roots, format, out, compact);
    if (header) out.text(clonesJsonOpening(header));
    for (let b = 0; b < blocks; b++) {
      const owner = b % threads;
      if (owner === 0) {
        for (let i = b * BLOCK_SECTIONS; i < Math.min(roots.length, (b + 1) * BLOCK_SECTIONS); i++) {
          section(i);
          if (out.pendingBytes > 0) yield* out.take();
        }
      } else {
        for (let wait = readers[owner - 1].copySection(sink); wait !== null; wait = readers[owner - 1].copySection(sink)) {
          if (out.pendingBytes > 0) yield* out.take();
          await wait;
        }
      }
      if (out.pendingBytes > 0) yield* out.take();
    }
    for (const done of await Promise.all(workers.map((w) => w.done()))) compact.push(...done);
    compact.sort((a, b) => a.at - b.at);
    for (const c of compact) opts.onCompactTree?.(c.dumpPath, c.label);
    if (header) out.text(clonesJsonClosing(header.warnings, roots.length > 0));
    yield* out.end();
  } finally {
    await stopReportWorkers(workers);
  }
}

/** Blocks written by `thread` of `threads`. */
function blocksOf(thread: number, threads: number, blocks: number): number {
  return thread < blocks ? Math.ceil((blocks - thread) / threads) : 0;
}

/** Writes section i of the report (JSON: with the separator before it); notes compact trees. */
function sectionWriter(g: CloneGraph, roots: Int32Array, format: 'text' | 'json', out: ReportBytes, compact: CompactSection[]): (i: number) => void {
  let at = 0;
  if (format === 'json') {
    const write = clonesJsonFunctionWriter(g, out);
    return (i) => {
      out.all(functionSeparator(i === 0));
      write(roots[i]);
    };
  }
  const write = classicSectionWriter(g, out, roots, (cg, root: NodeId, label) => compact.push({ at, dumpPath: dumpOf(cg, root).path, label }));
  return (i) => {
    at = i;
    write(roots[i]);
  };
}

/** Start `count` worker threads for splitReportChunks (stopReportWorkers if they end up unused). */
export function startReportWorkers(url: URL, count: number): ReportWorker[] {
  return Array.from({ length: count }, () => new ReportWorker(url));
}

export async function stopReportWorkers(workers: ReportWorker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.stop()));
}

/** One worker thread: sent one job, it answers 'done' (or 'failed') once. */
export class ReportWorker {
  private readonly worker: Worker;
  private answer: FromWorker | null = null;
  private failure: Error | null = null;
  private waiting: { resolve: (c: CompactSection[]) => void; reject: (e: Error) => void } | null = null;
  /** Settles when the thread is gone, however it ended. */
  readonly ended: Promise<void>;

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.on('message', (m: FromWorker) => {
      if (m.kind === 'failed') this.fail(new Error(`clones report thread failed: ${m.message}`));
      else this.answer = m;
      this.settle();
    });
    this.worker.on('error', (err) => this.fail(new Error(`clones report thread failed: ${err.stack ?? err.message}`)));
    this.ended = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        if (!this.answer) this.fail(new Error(`clones report thread exited (code ${code}) before it finished`));
        resolve();
      }),
    );
  }

  post(job: RenderJob): void {
    this.worker.postMessage(job);
  }

  /** The compact sections it wrote, once it has written all its blocks. */
  done(): Promise<CompactSection[]> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.settle();
    });
  }

  async stop(): Promise<void> {
    if (!this.answer) await this.worker.terminate();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.settle();
  }

  private settle(): void {
    const w = this.waiting;
    if (!w) return;
    if (this.answer?.kind === 'done') w.resolve(this.answer.compact);
    else if (this.failure) w.reject(this.failure);
    else return;
    this.waiting = null;
  }
}

/** The worker thread's side (clones-worker.ts): write its blocks of the report into its ring. */
export async function runReportWorker(port: MessagePort): Promise<void> {
  let ring: RingWriter | null = null;
  try {
    const job = await new Promise<RenderJob>((resolve) => port.once('message', resolve));
    const writer = (ring = new RingWriter(job.ring));
    const g = graphFromColumns(job.graph);
    const { roots, threads } = job;
    const compact: CompactSection[] = [];
    const out = new ReportBytes(true);
    const section = sectionWriter(g, roots, job.format, out, compact);
    const blocks = Math.ceil(roots.length / BLOCK_SECTIONS);
    for (let b = job.thread; b < blocks; b += threads) {
      const start = out.total;
      for (let i = b * BLOCK_SECTIONS; i < Math.min(roots.length, (b + 1) * BLOCK_SECTIONS); i++) section(i);
      writer.sectionLengths([out.total - start]);
      out.drain((bytes) => writer.write(bytes));
    }
    writer.close();
    port.postMessage({ kind: 'done', compact } satisfies FromWorker);
  } catch (err) {
    ring?.fail();
    port.postMessage({ kind: 'failed', message: (err as Error).stack ?? String(err) } satisfies FromWorker);
  }
}
