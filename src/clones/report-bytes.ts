// The clone reports are written as bytes into large chunks: a kernel's text report is hundreds of MB,
// and building it as strings (a template per line, a concatenation per write) cost more than reading
// the dumps. Pure: the caller takes the full chunks and writes them where it likes.

/** Size of a chunk handed to the writer: large writes, few of them. */
export const REPORT_CHUNK_BYTES = 1 << 20;

/** Where a section started, to take it back (see ReportBytes.rollback). */
export interface ReportMark {
  chunks: number;
  buf: Buffer;
  pos: number;
}

// The decimal digits of 0 .. SMALL - 1, right-aligned in 4 bytes each, and their lengths.
const SMALL = 10000;
const SMALL_DIGITS = new Uint8Array(4 * SMALL);
const SMALL_LENGTH = new Uint8Array(SMALL);
for (let v = 0; v < SMALL; v++) {
  const d = String(v);
  SMALL_LENGTH[v] = d.length;
  for (let i = 0; i < d.length; i++) SMALL_DIGITS[4 * v + 4 - d.length + i] = d.charCodeAt(i);
}

export class ReportBytes {
  /**
   * With `reuse`, a chunk handed out by take() is written into again after the following take():
   * for a consumer that is done with each chunk before it asks for more (the CLI waits for each
   * write), so a report of hundreds of MB lives in a few chunks instead of waiting for the GC.
   */
  constructor(
    private readonly reuse = false,
    /** The first chunk (any size), instead of a new one of REPORT_CHUNK_BYTES. */
    first?: Buffer,
  ) {
    this.buf = first ?? Buffer.allocUnsafe(REPORT_CHUNK_BYTES);
    this.view = viewOf(this.buf);
  }

  private free: Buffer[] = [];
  private lent: Buffer[] = [];
  private lending: Buffer[] = [];
  private buf: Buffer;
  /** The chunk being written, for copies four bytes at a time (see copyWords). */
  private view: DataView;
  private pos = 0;
  private full: Buffer[] = [];
  private fullBytes = 0;
  private takenBytes = 0;
  private serial = 0;

  /**
   * Where the next byte goes in the chunk being written, and which chunk that is (a new number for
   * every chunk): what copyBack needs to repeat bytes written earlier in the same chunk.
   */
  get offset(): number {
    return this.pos;
  }
  get chunk(): number {
    return this.serial;
  }

  /**
   * Write again bytes [start, end) of the chunk being written (a plain memory copy): for pieces that
   * recur close together. False, and nothing written, when they would not fit in the chunk.
   */
  copyBack(start: number, end: number): boolean {
    if (this.pos + end - start > this.buf.length) return false;
    this.buf.copyWithin(this.pos, start, end);
    this.pos += end - start;
    return true;
  }

  /** Bytes in finished chunks not taken yet. */
  get pendingBytes(): number {
    return this.fullBytes;
  }

  /** Bytes written so far (taken or not), less what was rolled back. */
  get total(): number {
    return this.takenBytes + this.fullBytes + this.pos;
  }

  /** Text as UTF-8. */
  text(s: string): void {
    if (this.pos + s.length * 3 > this.buf.length) this.finishChunk(s.length * 3);
    this.pos += this.buf.write(s, this.pos);
  }

  /** src[start, end). */
  bytes(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
    // Most pieces are a few dozen bytes: a loop beats the call into a native copy.
    if (n < 256) for (let i = start; i < end; i++) buf[p++] = src[i];
    else {
      buf.set(src.subarray(start, end), p);
      p += n;
    }
    this.pos = p;
  }

  /**
   * The bytes [start, end) of the buffer `from` views: four bytes at a time, the last four
   * overlapping the word before (pieces of 4 bytes or more). For pieces copied millions of times from
   * one source (the label pool, the name table): a byte loop cost 2-3 times as much for a 35-byte
   * name, and a native copy needs a subarray object first.
   */
  copyWords(from: DataView, start: number, end: number): void {
    const n = end - start;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    let p = this.pos;
    if (n >= 4) {
      const to = this.view;
      const last = end - 4;
      for (let i = start; i < last; i += 4, p += 4) to.setInt32(p, from.getInt32(i, true), true);
      p = this.pos + n;
      to.setInt32(p - 4, from.getInt32(last, true), true);
    } else {
      const buf = this.buf;
      for (let i = start; i < end; i++) buf[p++] = from.getUint8(i);
    }
    this.pos = p;
  }

  /**
   * src[start, end) of any length (another thread's part of the report): fills the chunk being
   * written and goes on in the next, so no chunk outgrows REPORT_CHUNK_BYTES.
   */
  stream(src: Uint8Array, start: number, end: number): void {
    while (start < end) {
      if (this.pos === this.buf.length) this.finishChunk(1);
      const n = Math.min(end - start, this.buf.length - this.pos);
      this.buf.set(src.subarray(start, start + n), this.pos);
      this.pos += n;
      start += n;
    }
  }

  /**
   * All of src (constant pieces made into bytes once). A whole array is copied with set(), which
   * the compiler turns into a plain memory copy (~10 ns for any short piece, a byte loop took 45 ns
   * for a 50-byte path); only a part of one (bytes()) would need a subarray object first.
   */
  all(src: Uint8Array): void {
    const n = src.length;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    this.buf.set(src, this.pos);
    this.pos += n;
  }

  byte(b: number): void {
    if (this.pos + 1 > this.buf.length) this.finishChunk(1);
    this.buf[this.pos++] = b;
  }

  spaces(n: number): void {
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
    for (const end = p + n; p < end; p++) buf[p] = 0x20;
    this.pos = p;
  }

  /** A non-negative integer in decimal. */
  uint(v: number): void {
    if (this.pos + 16 > this.buf.length) this.finishChunk(16);
    const buf = this.buf;
    if (v < SMALL) {
      // Orders, lines and columns: copied from a table, no division.
      const end = 4 * v + 4;
      let p = this.pos;
      for (let i = end - SMALL_LENGTH[v]; i < end; i++) buf[p++] = SMALL_DIGITS[i];
      this.pos = p;
      return;
    }
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    do {
      buf[--p] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }

  /** Where the report is now, written into `m` (a renderer marks every section: one object will do). */
  mark(m: ReportMark = { chunks: 0, buf: this.buf, pos: 0 }): ReportMark {
    m.chunks = this.full.length;
    m.buf = this.buf;
    m.pos = this.pos;
    return m;
  }

  /** Forget everything written since `m` (no take() in between). */
  rollback(m: ReportMark): void {
    for (let i = m.chunks; i < this.full.length; i++) this.fullBytes -= this.full[i].length;
    this.full.length = m.chunks;
    this.buf = m.buf;
    this.view = viewOf(this.buf);
    this.pos = m.pos;
    this.serial++;
  }

  /** The finished chunks, handed over (a partly filled one stays). */
  take(): Buffer[] {
    if (this.reuse) {
      for (const b of this.lent) this.free.push(b);
      this.lent = this.lending;
      this.lending = [];
    }
    const out = this.full;
    this.full = [];
    this.takenBytes += this.fullBytes;
    this.fullBytes = 0;
    return out;
  }

  /**
   * Hand everything written so far to `sink`, the partly filled chunk too, which is then written
   * into again from its start: for a consumer that copies the bytes before returning.
   */
  drain(sink: (bytes: Uint8Array) => void): void {
    for (const chunk of this.take()) sink(chunk);
    if (this.pos > 0) {
      sink(this.buf.subarray(0, this.pos));
      this.takenBytes += this.pos;
      this.pos = 0;
      this.serial++;
    }
  }

  /** Everything written and not taken yet, the partly filled chunk included. */
  end(): Buffer[] {
    if (this.pos > 0) this.finishChunk(0);
    return this.take();
  }

  private finishChunk(need: number): void {
    if (this.pos > 0) {
      const done = this.buf.subarray(0, this.pos);
      this.full.push(done);
      this.fullBytes += done.length;
      if (this.reuse && this.buf.length === REPORT_CHUNK_BYTES) this.lending.push(this.buf);
    }
    this.serial++;
    this.buf = need <= REPORT_CHUNK_BYTES && this.free.length > 0 ? (this.free.pop() as Buffer) : Buffer.allocUnsafe(Math.max(REPORT_CHUNK_BYTES, need));
    this.view = viewOf(this.buf);
    this.pos = 0;
  }
}

/**
 * Constant pieces written millions of times by index (a tree line's indentation and reason, a label's
 * FILE part), kept in one buffer and copied four bytes at a time: a native copy of a short piece
 * costs a call into the runtime each time.
 */
export class PiecePool {
  private readonly view: DataView;
  private readonly at: Int32Array;

  constructor(pieces: Uint8Array[]) {
    this.at = new Int32Array(pieces.length + 1);
    for (let i = 0; i < pieces.length; i++) this.at[i + 1] = this.at[i] + pieces[i].length;
    const bytes = new Uint8Array(this.at[pieces.length]);
    for (let i = 0; i < pieces.length; i++) bytes.set(pieces[i], this.at[i]);
    this.view = viewOf(bytes);
  }

  /** Piece i. */
  write(out: ReportBytes, i: number): void {
    out.copyWords(this.view, this.at[i], this.at[i + 1]);
  }
}

/** A DataView of all of `b`'s bytes. */
export function viewOf(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Where pieces were written, by index (a node's label, an affected entry's chain, an edge's target):
 * start, end and chunk. A piece that recurs while its first copy is still in the chunk being written
 * is copied from there (ReportBytes.copyBack, a plain memory copy) instead of being made again.
 */
export class WrittenSpans {
  private start: Int32Array;
  private end: Int32Array;
  private chunk: Int32Array;

  constructor(size: number) {
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.chunk = new Int32Array(size).fill(-1);
  }

  /** Room for indexes below `size`; growing forgets what was recorded (for spans of one function). */
  reserve(size: number): void {
    if (this.chunk.length >= size) return;
    const n = Math.max(size, 2 * this.chunk.length);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.chunk = new Int32Array(n).fill(-1);
  }

  /** Piece i written again from where it was recorded; false, and nothing written, when it is not in the chunk being written. */
  copy(out: ReportBytes, i: number): boolean {
    return this.chunk[i] === out.chunk && out.copyBack(this.start[i], this.end[i]);
  }

  /** Piece i was written from `start` of chunk `chunk` to where `out` is now (copied later only if all in that chunk). */
  record(out: ReportBytes, i: number, chunk: number, start: number): void {
    this.chunk[i] = out.chunk === chunk ? chunk : -1;
    this.start[i] = start;
    this.end[i] = out.offset;
  }
}
