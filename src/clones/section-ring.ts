// The sections a worker thread writes, on their way to the thread that writes the report: a ring of
// shared memory. The writer publishes each section's length before its bytes, so a section larger
// than the ring streams through it; a writer that is a ring ahead waits for the reader (memory stays
// bounded however large the report). One writer, one reader.

// Control cells (Int32, used with Atomics). Byte counters wrap at 2^32; the ring's size is a power of
// two below 2^31, so `counter & mask` is a position and `(written - read) | 0` the bytes waiting.
const WRITTEN = 0;
const READ = 1;
const SECTIONS = 2;
const STATE = 3;
/** 1 while the writer waits for room: only then does the reader wake it (a wake is a system call). */
const WRITER_WAITS = 4;
const RUNNING = 0;
const CLOSED = 1;
const FAILED = 2;

/** Ring size: a few MB keeps the writer well ahead without holding much of the report. */
export const RING_BYTES = 4 << 20;

/** The shared memory of one ring (postable to another thread). */
export interface RingMemory {
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
  /** Per section, its length in bytes (Float64: a section may pass 2 GiB). */
  lengths: SharedArrayBuffer;
}

export function newRing(sections: number, bytes = RING_BYTES): RingMemory {
  if (bytes & (bytes - 1) || bytes >= 2 ** 31) throw new Error(`ring size ${bytes} is not a power of two below 2^31`);
  return { control: new SharedArrayBuffer(20), data: new SharedArrayBuffer(bytes), lengths: new SharedArrayBuffer(8 * Math.max(1, sections)) };
}

/** The views both ends of a ring read and write through. */
class RingEnd {
  protected readonly control: Int32Array;
  protected readonly data: Uint8Array;
  protected readonly lengths: Float64Array;
  protected readonly mask: number;

  constructor(memory: RingMemory) {
    this.control = new Int32Array(memory.control);
    this.data = new Uint8Array(memory.data);
    this.lengths = new Float64Array(memory.lengths);
    this.mask = this.data.length - 1;
  }
}

export class RingWriter extends RingEnd {
  private written = 0;
  private sections = 0;

  /** The lengths of the next sections, published before any of their bytes. */
  sectionLengths(lengths: ArrayLike<number>): void {
    for (let i = 0; i < lengths.length; i++) this.lengths[this.sections++] = lengths[i];
    Atomics.store(this.control, SECTIONS, this.sections);
    Atomics.notify(this.control, SECTIONS);
  }

  /** Bytes of the sections published, in order; waits while the ring is full. */
  write(bytes: Uint8Array): void {
    const { control, data, mask } = this;
    for (let from = 0; from < bytes.length; ) {
      const read = Atomics.load(control, READ);
      const free = data.length - ((this.written - read) | 0);
      if (free === 0) {
        // Say so, then look again: a reader that moved on before it saw the flag is seen here.
        Atomics.store(control, WRITER_WAITS, 1);
        if (Atomics.load(control, READ) === read) Atomics.wait(control, READ, read);
        Atomics.store(control, WRITER_WAITS, 0);
        continue;
      }
      const at = this.written & mask;
      const n = Math.min(free, data.length - at, bytes.length - from);
      data.set(bytes.subarray(from, from + n), at);
      from += n;
      this.written = (this.written + n) | 0;
      Atomics.store(control, WRITTEN, this.written);
      Atomics.notify(control, WRITTEN);
    }
  }

  close(): void {
    Atomics.store(this.control, STATE, CLOSED);
    Atomics.notify(this.control, STATE);
    Atomics.notify(this.control, SECTIONS);
    Atomics.notify(this.control, WRITTEN);
  }

  /** Wake the reader with the news that no more is coming (it then stops with an error). */
  fail(): void {
    Atomics.store(this.control, STATE, FAILED);
    Atomics.notify(this.control, SECTIONS);
    Atomics.notify(this.control, WRITTEN);
  }
}

/** Appends sections to the report being written: a section's bytes, in pieces, as they arrive. */
export interface SectionSink {
  bytes(src: Uint8Array, start: number, end: number): void;
}

export class RingReader extends RingEnd {
  private read = 0;
  private section = 0;
  /** Bytes of the current section still to copy; -1 between sections. */
  private remaining = -1;

  /** `ended`: settles when the writer's thread is gone (then a wait re-checks and stops). */
  constructor(
    memory: RingMemory,
    private readonly ended: Promise<unknown>,
  ) {
    super(memory);
  }

  /**
   * Copy the next section (or what has arrived of it) to `out`: null when it is all there, else a
   * promise to await before calling again for the rest.
   */
  copySection(out: SectionSink): Promise<unknown> | null {
    const { control, data, mask } = this;
    if (this.remaining < 0) {
      const published = Atomics.load(control, SECTIONS);
      if (published <= this.section) return this.waitFor(SECTIONS, published, 'its next section');
      this.remaining = this.lengths[this.section];
    }
    while (this.remaining > 0) {
      const written = Atomics.load(control, WRITTEN);
      const waiting = (written - this.read) | 0;
      if (waiting === 0) return this.waitFor(WRITTEN, written, 'the rest of a section');
      const at = this.read & mask;
      const n = Math.min(waiting, data.length - at, this.remaining);
      out.bytes(data, at, at + n);
      this.remaining -= n;
      this.read = (this.read + n) | 0;
      Atomics.store(control, READ, this.read);
      if (Atomics.load(control, WRITER_WAITS) === 1) Atomics.notify(control, READ);
    }
    this.remaining = -1;
    this.section++;
    return null;
  }

  private waitFor(cell: number, seen: number, what: string): Promise<unknown> {
    const state = Atomics.load(this.control, STATE);
    // Closed: everything was published before; so waiting on a closed or failed ring is an error.
    if (state !== RUNNING) return Promise.reject(new Error(`report worker ${state === FAILED ? 'failed' : 'closed its ring'} before ${what}`));
    const wait = Atomics.waitAsync(this.control, cell, seen);
    return wait.async ? Promise.race([wait.value, this.ended]) : Promise.resolve();
  }
}
