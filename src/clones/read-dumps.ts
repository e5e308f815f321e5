// Adapter: dump files on disk → CloneGraph. Streams each file in fixed-size chunks through one reused
// buffer and splits lines by hand; the corpus is never held as text. Reads are synchronous: on 30,000
// small files the async round trips (open/read/close on the thread pool) cost more than the parsing
// (measured: 2,700 files 6.2 s async vs see docs/clones.md); the event loop gets a turn every few files.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../model.js';
import { CloneGraphBuilder, type CloneGraph } from './graph.js';

export interface ReadDumpsOptions {
  /** Absolute source root to strip from absolute FILE paths; auto-detected when absent. */
  sourceRoot?: string | null;
  onWarning?: (w: Warning) => void;
  /** Called after each file with the number of files done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** A dump that cannot be a text dump: a line this long or a NUL byte means "skip the file". */
export const MAX_LINE_BYTES = 64 * 1024;
/** Per file, malformed lines beyond this many are counted in one summary warning. */
const MAX_LINE_WARNINGS = 20;
const CHUNK_BYTES = 256 * 1024;

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
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let i = 0; i < files.length; i++) {
    const { path, source } = files[i];
    builder.beginDump(path, source ?? null);
    const problem = readOneDump(path, buf, builder, warn);
    if (problem === null) {
      builder.endDump();
    } else {
      builder.rollbackDump();
      warn({ source: 'dump', file: path, line: problem.line, message: `skipped: ${problem.message}` });
    }
    opts.onProgress?.(i + 1, files.length);
    if ((i & 255) === 255) await new Promise((resolve) => setImmediate(resolve));
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
  let lineNo = 0;
  let malformed = 0;
  let leftover: Buffer | null = null;
  const onLine = (text: string, from: number, to: number) => {
    lineNo++;
    const scan = builder.addLine(text, lineNo, from, to);
    if (scan.kind === 'malformed') {
      malformed++;
      if (malformed <= MAX_LINE_WARNINGS) warn({ source: 'dump', file: path, line: lineNo, message: scan.message });
    }
  };
  try {
    for (;;) {
      const bytesRead = readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      builder.countBytes(bytesRead);
      const chunk = buf.subarray(0, bytesRead);
      const nul = chunk.indexOf(0);
      if (nul !== -1) {
        let line = lineNo + 1;
        for (let p = chunk.indexOf(10); p !== -1 && p < nul; p = chunk.indexOf(10, p + 1)) line++;
        return { message: 'binary data (NUL byte): not a -fdump-ipa-clones file', line };
      }
      const lastNl = chunk.lastIndexOf(10);
      if (lastNl === -1) {
        leftover = leftover ? Buffer.concat([leftover, chunk]) : Buffer.from(chunk);
      } else {
        const head = leftover ? Buffer.concat([leftover, chunk.subarray(0, lastNl)]) : chunk.subarray(0, lastNl);
        const tooLong = splitLines(decode(head), onLine);
        if (tooLong) return { message: `line longer than ${MAX_LINE_BYTES} bytes: not a -fdump-ipa-clones file`, line: lineNo + 1 };
        leftover = lastNl + 1 < bytesRead ? Buffer.from(chunk.subarray(lastNl + 1)) : null;
      }
      if (leftover && leftover.length > MAX_LINE_BYTES) {
        return { message: `line longer than ${MAX_LINE_BYTES} bytes: not a -fdump-ipa-clones file`, line: lineNo + 1 };
      }
    }
    if (leftover && leftover.length > 0) {
      const last = decode(leftover);
      onLine(last, 0, last.length);
    }
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

// Dumps are ASCII but for the odd path: latin1 is a plain copy, UTF-8 needs validation.
function decode(b: Buffer): string {
  return b.toString(isAscii(b) ? 'latin1' : 'utf8');
}

/** Calls onLine for each '\n'-separated line of text; true (and stops) at an over-long line. */
function splitLines(text: string, onLine: (text: string, from: number, to: number) => void): boolean {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    // Characters ≤ bytes, so a long line in characters is surely too long in bytes.
    if (end - start > MAX_LINE_BYTES) return true;
    onLine(text, start, end);
    if (nl === -1) return false;
    start = nl + 1;
  }
}
