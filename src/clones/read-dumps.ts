// Adapter: dump files on disk → CloneGraph. Streams each file through one reused buffer (a typical
// dump fits whole: one read) and parses the lines in place as bytes; the corpus is never held as
// text. Reads are synchronous: on 30,000 small files the async round trips (open/read/close on the
// thread pool) cost more than the parsing; the event loop gets a turn every few hundred files.
//
// A large corpus is split in contiguous slices: the main thread reads the first, worker threads (this
// same module, re-entered) the others into their own builders, and the main thread appends their
// tables in file order, so the graph, its ids and the warnings are those of a single-threaded read.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Warning } from '../model.js';
import { newByteLineScan, scanDumpBytes } from './dump-line.js';
import { CloneGraphBuilder, sliceBuffers, type CloneGraph, type GraphSlice, type SliceAppendState } from './graph.js';

export interface ReadDumpsOptions {
  /** Absolute source root to strip from absolute FILE paths; auto-detected when absent. */
  sourceRoot?: string | null;
  onWarning?: (w: Warning) => void;
  /** Called after each file with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads to read with (main included). Default: up to 4 of the machine's cores for a large corpus
   * (THREADS_MIN_FILES files or THREADS_MIN_BYTES bytes), else 1.
   */
  threads?: number;
}

/** Below this many files (and bytes), starting a worker costs more than it saves. */
export const THREADS_MIN_FILES = 400;
export const THREADS_MIN_BYTES = 20 * 1024 * 1024;
const MAX_DEFAULT_THREADS = 4;
/** The main thread's share of the files relative to a worker's: it also appends the workers' slices. */
const MAIN_SHARE = 0.8;

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
      for (const f of walk(p)) addFile(f);
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
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
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
export async function readDumpFiles(files: { path: string; source?: string }[], opts: ReadDumpsOptions = {}): Promise<CloneGraph> {
  const builder = new CloneGraphBuilder();
  const warn = opts.onWarning ?? (() => {});
  const total = files.length;
  const slices = splitSlices(files.length, threadCount(files, opts));
  // Files done per slice, for onProgress.
  const done = new Array<number>(slices.length).fill(0);
  const progress = (slice: number, n: number) => {
    done[slice] = n;
    opts.onProgress?.(done.reduce((a, b) => a + b, 0), total);
  };
  // Workers first, so they read while the main thread reads the first slice.
  const workers = slices.slice(1).map(([from, to], i) => startSliceWorker(files.slice(from, to), (n) => progress(i + 1, n)));
  const [from0, to0] = slices[0];
  await readSliceInto(builder, files.slice(from0, to0), warn, (n) => progress(0, n));
  for (let i = 0; i < workers.length; i++) {
    let state: SliceAppendState | undefined;
    for (;;) {
      const batch = await workers[i].next();
      if (batch === 'failed-to-start') {
        // The worker could not start (e.g. no loadable module file): read its slice here.
        const [from, to] = slices[i + 1];
        await readSliceInto(builder, files.slice(from, to), warn, (n) => progress(i + 1, n));
        break;
      }
      for (const w of batch.warnings) warn(w);
      state = builder.appendSlice(batch.slice, state);
      if (batch.last) {
        progress(i + 1, slices[i + 1][1] - slices[i + 1][0]);
        break;
      }
    }
  }
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

/** Read files into the builder, in order, yielding to the event loop every 256 files. */
async function readSliceInto(
  builder: CloneGraphBuilder,
  files: { path: string; source?: string }[],
  warn: (w: Warning) => void,
  onProgress: (done: number) => void,
): Promise<void> {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let i = 0; i < files.length; i++) {
    readFileInto(builder, files[i], buf, warn);
    onProgress(i + 1);
    if ((i & 255) === 255) await new Promise((resolve) => setImmediate(resolve));
  }
}

function readFileInto(builder: CloneGraphBuilder, file: { path: string; source?: string }, buf: Buffer, warn: (w: Warning) => void): void {
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

function threadCount(files: { path: string }[], opts: ReadDumpsOptions): number {
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

/** Contiguous [from, to) file ranges, the first (the main thread's) a bit smaller. */
function splitSlices(count: number, threads: number): [number, number][] {
  if (threads <= 1) return [[0, count]];
  const unit = count / (MAIN_SHARE + threads - 1);
  const out: [number, number][] = [];
  let from = 0;
  for (let t = 0; t < threads; t++) {
    const to = t === threads - 1 ? count : Math.round(unit * (MAIN_SHARE + t));
    out.push([from, to]);
    from = to;
  }
  return out;
}

interface SliceJob {
  lpgDumpSlice: { path: string; source?: string }[];
}

type WorkerMessage =
  | { type: 'started' }
  | { type: 'progress'; done: number }
  | { type: 'batch'; slice: GraphSlice; warnings: Warning[]; last: boolean };

/** Files a worker reads between two batches: the main thread appends a batch while the worker reads on. */
const BATCH_FILES = 128;

interface SliceWorker {
  /** The next batch, in order; 'failed-to-start' (then the caller reads the slice itself). Rejects if the worker fails later. */
  next(): Promise<{ slice: GraphSlice; warnings: Warning[]; last: boolean } | 'failed-to-start'>;
}

/** Read a slice in a worker thread running this module; its batches queue up until asked for. */
function startSliceWorker(files: { path: string; source?: string }[], onProgress: (done: number) => void): SliceWorker {
  type Item = { slice: GraphSlice; warnings: Warning[]; last: boolean } | 'failed-to-start' | Error;
  const queue: Item[] = [];
  let wake: (() => void) | null = null;
  const push = (item: Item) => {
    queue.push(item);
    wake?.();
    wake = null;
  };
  let started = false;
  let finished = false;
  const fail = (err: Error) => {
    if (finished) return;
    finished = true;
    push(started ? new Error(`dump reader thread failed: ${err.message}`) : 'failed-to-start');
  };
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: { lpgDumpSlice: files } satisfies SliceJob });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'started') started = true;
      else if (m.type === 'progress') onProgress(m.done);
      else {
        if (m.last) finished = true;
        push(m);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exited (${code}) before finishing`)));
  } catch {
    finished = true;
    push('failed-to-start');
  }
  return {
    async next() {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = queue.shift() as Item;
      if (item instanceof Error) throw item;
      return item;
    },
  };
}

/** The worker side: read the slice, post it in batches, and end the thread before anything else in its module runs. */
function runSliceWorker(job: SliceJob): void {
  const port = parentPort;
  if (!port) return;
  port.postMessage({ type: 'started' } satisfies WorkerMessage);
  const builder = new CloneGraphBuilder();
  let warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  const files = job.lpgDumpSlice;
  for (let i = 0; i < files.length; i++) {
    readFileInto(builder, files[i], buf, warn);
    const last = i === files.length - 1;
    if (last || (i + 1) % BATCH_FILES === 0) {
      const slice = builder.takeSlice();
      port.postMessage({ type: 'batch', slice, warnings, last } satisfies WorkerMessage, sliceBuffers(slice));
      warnings = [];
    }
    if ((i & 63) === 63) port.postMessage({ type: 'progress', done: i + 1 } satisfies WorkerMessage);
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
if (!isMainThread && (workerData as Partial<SliceJob> | null)?.lpgDumpSlice) runSliceWorker(workerData as SliceJob);
