// Adapter: dump files on disk → CloneGraph. Streams each file through one reused buffer (a typical
// dump fits whole: one read) and parses the lines in place as bytes; the corpus is never held as
// text. Reads are synchronous: on 30,000 small files the async round trips (open/read/close on the
// thread pool) cost more than the parsing; the event loop gets a turn every few hundred files.
//
// A large corpus is read by several threads (worker threads re-enter this same module), batch by
// batch, and put together in file order: the graph, its ids and the warnings are those of a
// single-threaded read (see "Reading with worker threads" below).
import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Warning } from '../model.js';
import { newByteLineScan, scanDumpBytes } from './dump-line.js';
import { CloneGraphBuilder, sliceBuffers, type CloneGraph, type GraphSlice } from './graph.js';

export interface ReadDumpsOptions {
  /** Absolute source root to strip from absolute FILE paths; auto-detected when absent. */
  sourceRoot?: string | null;
  onWarning?: (w: Warning) => void;
  /** Called after each file with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads to read with (main included). Default: up to 4 of the machine's cores for a large corpus
   * (THREADS_MIN_FILES files, or THREADS_MIN_BYTES bytes), else 1.
   */
  threads?: number;
}

/**
 * Below this many files (and bytes) one thread is faster: every worker warms its own JIT up and its
 * batches must be copied over. Measured on 2 cores: a defconfig kernel's 2,700 dumps (70 MB) read in
 * 0.5 s on one thread, 0.6 s on two; a distribution kernel's 32,000 (850 MB) in 4.5 s and 3.8 s.
 */
export const THREADS_MIN_FILES = 8000;
export const THREADS_MIN_BYTES = 256 * 1024 * 1024;
const MAX_DEFAULT_THREADS = 4;

/** A dump that cannot be a text dump: a line this long or a NUL byte means "skip the file". */
export const MAX_LINE_BYTES = 64 * 1024;
/** Per file, malformed lines beyond this many are counted in one summary warning. */
const MAX_LINE_WARNINGS = 20;
/** Read buffer: most dumps fit in one read; bigger ones stream through it. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The dump files named by `inputs`: files as given, directories searched recursively for
 * `*.ipa-clones`, `@LIST` files read for one path per line. Missing paths become warnings.
 */
export async function findDumpFiles(inputs: string[], onWarning: (w: Warning) => void = () => {}): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const addFile = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const visit = async (p: string, from?: { file: string; line: number }): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      onWarning({ source: 'dump', file: from?.file ?? p, line: from?.line, message: `cannot read input '${p}': ${(err as Error).message}` });
      return;
    }
    if (st.isDirectory()) {
      for (const f of walk(p, onWarning)) addFile(f);
    } else {
      addFile(p);
    }
  };
  for (const input of inputs) {
    if (input.startsWith('@') && input.length > 1) {
      const list = input.slice(1);
      let text: string;
      try {
        text = await readFile(list, 'utf8');
      } catch (err) {
        onWarning({ source: 'dump', file: list, message: `cannot read list file: ${(err as Error).message}` });
        continue;
      }
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const p = lines[i].trim();
        if (p !== '' && !p.startsWith('#')) await visit(p, { file: list, line: i + 1 });
      }
    } else {
      await visit(input);
    }
  }
  return out;
}

// Synchronous: a kernel O= tree has thousands of directories and async round trips dominate.
// Iterative (a deep tree must not overflow the stack), in sorted order, depth first. A directory that
// cannot be listed is a warning, like a file that cannot be read: the rest of the tree is still read.
function walk(top: string, onWarning: (w: Warning) => void): string[] {
  const out: string[] = [];
  const pending: { dir: string; names: Dirent[]; next: number }[] = [];
  const enter = (dir: string) => {
    let names: Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      onWarning({ source: 'dump', file: dir, message: `skipped directory: cannot list it: ${(err as Error).message}` });
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    pending.push({ dir, names, next: 0 });
  };
  enter(top);
  while (pending.length > 0) {
    const at = pending[pending.length - 1];
    if (at.next === at.names.length) {
      pending.pop();
      continue;
    }
    const e = at.names[at.next++];
    const p = join(at.dir, e.name);
    if (e.isDirectory()) enter(p);
    else if (e.isFile() && e.name.endsWith('.ipa-clones')) out.push(p);
  }
  return out;
}

/** Read every dump named by `inputs` (see findDumpFiles) into one graph. */
export async function readDumps(inputs: string[], opts: ReadDumpsOptions = {}): Promise<CloneGraph> {
  const files = await findDumpFiles(inputs, opts.onWarning);
  return readDumpFiles(
    files.map((path) => ({ path })),
    opts,
  );
}

/** Read dumps whose TU source the caller already knows (repo-relative), e.g. from the build. */
export async function readDumpFiles(files: DumpFile[], opts: ReadDumpsOptions = {}): Promise<CloneGraph> {
  const builder = new CloneGraphBuilder();
  const warn = opts.onWarning ?? (() => {});
  const threads = threadCount(files, opts);
  if (threads === 1) await readInOrder(builder, files, warn, opts.onProgress);
  else await readInParallel(builder, files, threads, warn, opts.onProgress);
  const graph = builder.finish({ sourceRoot: opts.sourceRoot });
  for (const r of graph.reasonStats) {
    if (!r.known) {
      warn({
        source: 'dump',
        file: r.firstFile,
        line: r.firstLine,
        message: `unknown clone reason '${r.reason}' (${r.lines} line${r.lines === 1 ? '' : 's'}); treated as an optimisation clone`,
      });
    }
  }
  return graph;
}

type DumpFile = { path: string; source?: string };

/** Read files into the builder, in order, yielding to the event loop every 256 files. */
async function readInOrder(builder: CloneGraphBuilder, files: DumpFile[], warn: (w: Warning) => void, onProgress?: (done: number, total: number) => void): Promise<void> {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let i = 0; i < files.length; i++) {
    readFileInto(builder, files[i], buf, warn);
    onProgress?.(i + 1, files.length);
    if ((i & 255) === 255) await new Promise((resolve) => setImmediate(resolve));
  }
}

function readFileInto(builder: CloneGraphBuilder, file: DumpFile, buf: Buffer, warn: (w: Warning) => void): void {
  const { path, source } = file;
  builder.beginDump(path, source ?? null);
  const problem = readOneDump(path, buf, builder, warn);
  if (problem === null) {
    builder.endDump();
  } else {
    builder.rollbackDump();
    warn({ source: 'dump', file: path, line: problem.line, message: `skipped: ${problem.message}` });
  }
}

function threadCount(files: DumpFile[], opts: ReadDumpsOptions): number {
  // Under ts-jest this module is TypeScript, which a worker thread cannot load.
  if (import.meta.url.endsWith('.ts')) return 1;
  const wanted = opts.threads ?? Math.min(MAX_DEFAULT_THREADS, availableParallelism());
  const threads = Math.max(1, Math.min(Math.floor(wanted), files.length));
  if (opts.threads !== undefined || threads === 1 || files.length >= THREADS_MIN_FILES) return threads;
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += statSync(f.path).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return bytes >= THREADS_MIN_BYTES ? threads : 1;
}

// -------------------------------------------------------------------------------------------------
// Reading with worker threads
//
// The files are cut into batches, numbered in file order. Every thread (the main one included)
// claims the next unclaimed batch from a shared counter, so a thread that is slowed down (a big
// file, another process on the core) simply claims fewer. A worker reads its batch into its own
// builder and posts it as a self-contained slice; the main thread appends batches strictly in batch
// order, so the graph, its ids and the warnings are exactly those of a single-threaded read. The main
// thread reads a batch straight into the graph when it is the next one due, else into a side builder.
// Each claim is also recorded in shared memory: if a worker dies, the main thread reads again the
// batches it claimed and never delivered.
// -------------------------------------------------------------------------------------------------

interface BatchJob {
  lpgDumpBatches: {
    files: DumpFile[];
    batchFiles: number;
    /** claims[0]: the next batch to claim; claims[1 + k]: who claimed batch k (worker id + 1). */
    claims: Int32Array;
    worker: number;
  };
}

/** A batch as read by some builder: its slice and its warnings, to replay in order. */
interface ReadBatch {
  batch: number;
  slice: GraphSlice;
  warnings: Warning[];
}

type WorkerMessage = ({ type: 'batch' } & ReadBatch);

function batchOf(files: DumpFile[], batchFiles: number, k: number): DumpFile[] {
  return files.slice(k * batchFiles, (k + 1) * batchFiles);
}

/** Files per batch: enough batches per thread to even out, few enough that each carries some work. */
function batchSize(files: number, threads: number): number {
  return Math.max(8, Math.min(256, Math.ceil(files / (threads * 16))));
}

async function readInParallel(
  builder: CloneGraphBuilder,
  files: DumpFile[],
  threads: number,
  warn: (w: Warning) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const batchFiles = batchSize(files.length, threads);
  const batchCount = Math.ceil(files.length / batchFiles);
  const claims = new Int32Array(new SharedArrayBuffer(4 * (1 + batchCount)));
  const inbox = new BatchInbox();
  for (let w = 0; w < threads - 1; w++) startBatchWorker({ lpgDumpBatches: { files, batchFiles, claims, worker: w } }, inbox);
  const side = new CloneGraphBuilder();
  // Batches read out of turn on this thread, and batches of dead workers still to read.
  const own = new Map<number, ReadBatch>();
  const orphans: number[] = [];
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  let done = 0;
  let next = 0;
  const readBatch = (k: number) => {
    const batch = batchOf(files, batchFiles, k);
    if (k === next) {
      for (const f of batch) readFileInto(builder, f, buf, warn);
      done += batch.length;
      onProgress?.(done, files.length);
      next++;
    } else {
      const warnings: Warning[] = [];
      for (const f of batch) readFileInto(side, f, buf, (w) => warnings.push(w));
      own.set(k, { batch: k, slice: side.takeSlice(), warnings });
    }
  };
  while (next < batchCount) {
    const ready = own.get(next) ?? inbox.take(next);
    if (ready) {
      own.delete(next);
      for (const w of ready.warnings) warn(w);
      builder.appendSlice(ready.slice);
      done += batchOf(files, batchFiles, next).length;
      onProgress?.(done, files.length);
      next++;
      continue;
    }
    for (const ended of inbox.takeEnded()) {
      // Batches it claimed and never delivered (0: claimed by a thread that has yet to record it, or
      // never will; a duplicate read is dropped).
      const claimed = Math.min(Atomics.load(claims, 0), batchCount);
      for (let k = next; k < claimed; k++) {
        const who = Atomics.load(claims, 1 + k);
        if ((who === ended.worker + 1 || who === 0) && !own.has(k) && !inbox.has(k) && !orphans.includes(k)) orphans.push(k);
      }
      if (ended.failure) warn({ source: 'dump', message: `a dump reader thread failed (${ended.failure}); the main thread read its batches again` });
    }
    // (An orphan a slow but live thread delivered meanwhile is appended already: skip it.)
    orphans.sort((x, y) => x - y);
    while (orphans.length > 0 && orphans[0] < next) orphans.shift();
    const orphan = orphans.shift();
    const k = orphan ?? Atomics.add(claims, 0, 1);
    if (k < batchCount) {
      if (orphan === undefined) Atomics.store(claims, 1 + k, MAIN_THREAD);
      readBatch(k);
      // Let worker messages in.
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      await inbox.wait();
    }
    inbox.forget(next);
  }
}

/** Who claimed a batch, in the claims table, for the main thread (workers are 1, 2, ...). */
const MAIN_THREAD = -1;

/** Batches posted by the workers, by batch number; workers that ended (failure: why, if they failed). */
class BatchInbox {
  private readonly batches = new Map<number, ReadBatch>();
  private readonly gone = new Set<number>();
  private ended: { worker: number; failure: string | null }[] = [];
  private wake: (() => void) | null = null;

  put(read: ReadBatch, worker: number): void {
    // What an ended worker still had in flight is read again by the main thread.
    if (this.gone.has(worker)) return;
    this.batches.set(read.batch, read);
    this.notify();
  }

  end(worker: number, failure: string | null): void {
    if (this.gone.has(worker)) return;
    this.gone.add(worker);
    this.ended.push({ worker, failure });
    this.notify();
  }

  take(k: number): ReadBatch | undefined {
    const got = this.batches.get(k);
    this.batches.delete(k);
    return got;
  }

  has(k: number): boolean {
    return this.batches.has(k);
  }

  /** Drop batches before `next`: duplicates of batches already appended. */
  forget(next: number): void {
    for (const k of this.batches.keys()) if (k < next) this.batches.delete(k);
  }

  takeEnded(): { worker: number; failure: string | null }[] {
    const out = this.ended;
    this.ended = [];
    return out;
  }

  /** Until another batch arrives or a worker ends (messages come as events: none can slip in before). */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ended.length > 0) resolve();
      else this.wake = resolve;
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/** Start a worker thread on this module. If it cannot start, or dies, the main thread reads its share. */
function startBatchWorker(job: BatchJob, inbox: BatchInbox): void {
  const id = job.lpgDumpBatches.worker;
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.on('message', (m: WorkerMessage) => inbox.put(m, id));
    worker.on('error', (err) => inbox.end(id, err.message));
    worker.on('exit', (code) => inbox.end(id, code === 0 ? null : `exit code ${code}`));
  } catch (err) {
    inbox.end(id, (err as Error).message);
  }
}

/** The worker side: claim batches until none is left, post each, and end before anything else in its module runs. */
function runBatchWorker(job: BatchJob['lpgDumpBatches']): void {
  const port = parentPort;
  if (!port) return;
  const { files, batchFiles, claims, worker } = job;
  const batchCount = Math.ceil(files.length / batchFiles);
  const builder = new CloneGraphBuilder();
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let k = Atomics.add(claims, 0, 1); k < batchCount; k = Atomics.add(claims, 0, 1)) {
    Atomics.store(claims, 1 + k, worker + 1);
    const warnings: Warning[] = [];
    for (const f of batchOf(files, batchFiles, k)) readFileInto(builder, f, buf, (w) => warnings.push(w));
    const slice = builder.takeSlice();
    port.postMessage({ type: 'batch', batch: k, slice, warnings } satisfies WorkerMessage, sliceBuffers(slice));
  }
  // In a bundle this module may share its file with an entry point (the CLI): don't run that here.
  process.exit(0);
}

/** Stream one file into the builder; returns why the whole file must be skipped, or null. */
function readOneDump(
  path: string,
  buf: Buffer,
  builder: CloneGraphBuilder,
  warn: (w: Warning) => void,
): { message: string; line?: number } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return { message: `cannot open: ${(err as Error).message}` };
  }
  const scan = newByteLineScan();
  const tooLong = `line longer than ${MAX_LINE_BYTES} bytes: not a -fdump-ipa-clones file`;
  let lineNo = 0;
  let malformed = 0;
  // buf[0, held) is data read but not parsed yet: the start of a line whose '\n' is still to come.
  let held = 0;
  // Scan the lines that start in buf[0, limit) and end at a '\n' before limit (or at limit).
  const parse = (limit: number): boolean => {
    let p = 0;
    while (p < limit) {
      scanDumpBytes(buf, p, limit, scan);
      if (scan.lineEnd - p > MAX_LINE_BYTES) return false;
      lineNo++;
      builder.addBytes(buf, scan, lineNo);
      if (scan.kind === 'malformed') {
        malformed++;
        if (malformed <= MAX_LINE_WARNINGS) warn({ source: 'dump', file: path, line: lineNo, message: scan.message });
      }
      p = scan.lineEnd + 1;
    }
    return true;
  };
  try {
    for (;;) {
      const bytesRead = readSync(fd, buf, held, buf.length - held, null);
      if (bytesRead === 0) break;
      builder.countBytes(bytesRead);
      const end = held + bytesRead;
      const nul = buf.subarray(held, end).indexOf(0);
      if (nul !== -1) {
        let line = lineNo + 1;
        for (let p = buf.indexOf(10); p !== -1 && p < held + nul; p = buf.indexOf(10, p + 1)) line++;
        return { message: 'binary data (NUL byte): not a -fdump-ipa-clones file', line };
      }
      const lastNl = buf.subarray(held, end).lastIndexOf(10);
      if (lastNl !== -1) {
        const complete = held + lastNl + 1;
        if (!parse(complete)) return { message: tooLong, line: lineNo + 1 };
        buf.copyWithin(0, complete, end);
        held = end - complete;
      } else {
        held = end;
      }
      // The buffer is bigger than MAX_LINE_BYTES, so a held line that long is surely too long.
      if (held > MAX_LINE_BYTES) return { message: tooLong, line: lineNo + 1 };
    }
    if (held > 0 && !parse(held)) return { message: tooLong, line: lineNo + 1 };
  } catch (err) {
    return { message: `read error: ${(err as Error).message}`, line: lineNo + 1 };
  } finally {
    closeSync(fd);
  }
  if (malformed > MAX_LINE_WARNINGS) {
    warn({ source: 'dump', file: path, message: `${malformed - MAX_LINE_WARNINGS} more malformed lines not shown (${malformed} in all)` });
  }
  return null;
}

// Last, so that everything above is initialised when a worker thread re-enters this module.
if (!isMainThread && (workerData as Partial<BatchJob> | null)?.lpgDumpBatches) runBatchWorker((workerData as BatchJob).lpgDumpBatches);
