// Adapter: dump files on disk → CloneGraph. Streams each file through one reused buffer (a typical
// dump fits whole: one read) and parses the lines in place as bytes; the corpus is never held as
// text. Reads are synchronous: on 30,000 small files the async round trips (open/read/close on the
// thread pool) cost more than the parsing; the event loop gets a turn every few hundred files.
// One thread: worker threads saved 0.7 s of 4.5 s on 32,000 dumps, while `analyze` reads the dumps
// of what it built, a few files or a defconfig kernel's 2,700 (see docs/clones.md, Performance).
import { closeSync, openSync, readdirSync, readSync, type Dirent } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../model.js';
import { newByteLineScan, scanDumpBytes } from './dump-line.js';
import { CloneGraphBuilder } from './graph-builder.js';
import { HEAP_MEMORY, SHARED_MEMORY } from './graph-columns.js';
import type { CloneGraph, ReasonStat } from './graph.js';

export interface ReadDumpsOptions {
  /** Absolute source root to strip from absolute FILE paths; auto-detected when absent. */
  sourceRoot?: string | null;
  /** The compiler's cwd, which relative FILE paths are relative to (with sourceRoot); absent: the root. */
  compileDir?: string | null;
  onWarning?: (w: Warning) => void;
  /**
   * Called for each file not read into the graph (cannot be opened, not a dump), with why; it is also
   * a warning 'skipped: <why>'.
   */
  onSkipped?: (path: string, why: string) => void;
  /** Called after each file with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Put the graph's columns in shared memory, for worker threads to read (split-report.ts). */
  shared?: boolean;
}

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
// Paths are what join(top, a, b, ...) gives, built by appending: readdir names are plain names (no
// '/', never '.' or '..'), so only the top needs normalising, and join per entry was most of the
// walk's time and garbage in a kernel O= tree (13.5k entries).
function walk(top: string, onWarning: (w: Warning) => void): string[] {
  const out: string[] = [];
  const pending: { dir: string; prefix: string; names: Dirent[]; next: number }[] = [];
  const enter = (dir: string, prefix: string) => {
    let names: Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      onWarning({ source: 'dump', file: dir, message: `skipped directory: cannot list it: ${(err as Error).message}` });
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    pending.push({ dir, prefix, names, next: 0 });
  };
  // join(top, 'x') less its 'x': '' for '.', '/' for '/', 'd/' for './d' or 'd/'.
  const topPrefix = join(top, 'x').slice(0, -1);
  enter(top, topPrefix);
  while (pending.length > 0) {
    const at = pending[pending.length - 1];
    if (at.next === at.names.length) {
      pending.pop();
      continue;
    }
    const e = at.names[at.next++];
    const p = at.prefix + e.name;
    if (e.isDirectory()) enter(p, `${p}/`);
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
  const builder = new CloneGraphBuilder(opts.shared ? SHARED_MEMORY : HEAP_MEMORY);
  const warn = opts.onWarning ?? (() => {});
  const skipped = (path: string, problem: { message: string; line?: number }) => {
    warn({ source: 'dump', file: path, line: problem.line, message: `skipped: ${problem.message}` });
    opts.onSkipped?.(path, problem.message);
  };
  await readInOrder(builder, files, warn, skipped, opts.onProgress);
  const graph = builder.finish({ sourceRoot: opts.sourceRoot, compileDir: opts.compileDir });
  for (const w of unknownReasonWarnings(graph.reasonStats)) warn(w);
  return graph;
}

/** One warning per reason GCC is not known to write, at its first line: given after the read. */
export function unknownReasonWarnings(reasonStats: ReasonStat[]): Warning[] {
  return reasonStats
    .filter((r) => !r.known)
    .map((r) => ({
      source: 'dump',
      file: r.firstFile,
      line: r.firstLine,
      message: `unknown clone reason '${r.reason}' (${r.lines} line${r.lines === 1 ? '' : 's'}); treated as an optimisation clone`,
    }));
}

export type DumpFile = { path: string; source?: string };

/** Read files into the builder, in order, yielding to the event loop every 256 files. */
async function readInOrder(
  builder: CloneGraphBuilder,
  files: DumpFile[],
  warn: (w: Warning) => void,
  skipped: (path: string, problem: { message: string; line?: number }) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let i = 0; i < files.length; i++) {
    readFileInto(builder, files[i], buf, warn, skipped);
    onProgress?.(i + 1, files.length);
    if ((i & 255) === 255) await new Promise((resolve) => setImmediate(resolve));
  }
}

function readFileInto(
  builder: CloneGraphBuilder,
  file: DumpFile,
  buf: Buffer,
  warn: (w: Warning) => void,
  skipped: (path: string, problem: { message: string; line?: number }) => void,
): void {
  const { path, source } = file;
  builder.beginDump(path, source ?? null);
  const problem = readOneDump(path, buf, builder, warn);
  if (problem === null) {
    builder.endDump();
  } else {
    builder.rollbackDump();
    skipped(path, problem);
  }
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
  let dumpLines = 0;
  // Line warnings wait for the end of the file: a file with no clone or removal line is not a dump
  // (a README passed by mistake), one warning for it, not one per line.
  const lineWarnings: Warning[] = [];
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
        if (malformed <= MAX_LINE_WARNINGS) lineWarnings.push({ source: 'dump', file: path, line: lineNo, message: scan.message });
      } else if (scan.kind !== 'blank') dumpLines++;
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
  if (dumpLines === 0 && malformed > 0) {
    const first = lineWarnings[0];
    return { message: `no line is a clone or removal line (${malformed} malformed, the first: ${first.message}): not a -fdump-ipa-clones file`, line: first.line };
  }
  for (const w of lineWarnings) warn(w);
  if (malformed > MAX_LINE_WARNINGS) {
    warn({ source: 'dump', file: path, message: `${malformed - MAX_LINE_WARNINGS} more malformed lines not shown (${malformed} in all)` });
  }
  return null;
}
