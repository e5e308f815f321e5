// The graph builder's node and edge columns, growable. Rows are added one at a time while dumps are
// read; finish() hands out views of them, with no final copy.
import type { EdgeId, NodeId } from './graph.js';

// One capacity check per row. They start big and grow by quadrupling: the unused tail of a zeroed
// array is never touched, so costs no memory, while every copy first-touches fresh pages, which
// showed in the read time of a kernel.
const INITIAL_ROWS = 1 << 18;
// Edges outnumber nodes by half again (a defconfig kernel: 186k nodes, 282k edges): room for that
// spares a kernel the one growth that copied 5 MB of columns into fresh pages.
const INITIAL_EDGE_ROWS = 1 << 19;
const GROWTH = 4;

/**
 * Where columns live: the heap, or shared memory that worker threads read without a copy (a report
 * written on several threads, see split-report.ts). Zeroed either way.
 */
export interface ColumnMemory {
  int32(n: number): Int32Array<ArrayBufferLike>;
  uint8(n: number): Uint8Array<ArrayBufferLike>;
  bytes(n: number): Buffer<ArrayBufferLike>;
}

export const HEAP_MEMORY: ColumnMemory = {
  int32: (n) => new Int32Array(n),
  uint8: (n) => new Uint8Array(n),
  bytes: (n) => Buffer.alloc(n),
};

export const SHARED_MEMORY: ColumnMemory = {
  int32: (n) => new Int32Array(new SharedArrayBuffer(4 * n)),
  uint8: (n) => new Uint8Array(new SharedArrayBuffer(n)),
  bytes: (n) => Buffer.from(new SharedArrayBuffer(n)),
};

export class NodeColumns {
  count = 0;
  // Node n's name is namePool[nameAt[n], nameAt[n + 1]), its hashBytes nameHash[n]: names get their
  // ids in finish() (see name-ids.ts).
  nameAt: Int32Array<ArrayBufferLike>;
  nameHash: Int32Array<ArrayBufferLike>;
  namePool: Buffer<ArrayBufferLike>;
  order: Int32Array<ArrayBufferLike>;
  file: Int32Array<ArrayBufferLike>;
  line: Int32Array<ArrayBufferLike>;
  col: Int32Array<ArrayBufferLike>;
  dump: Int32Array<ArrayBufferLike>;
  removed: Uint8Array<ArrayBufferLike>;
  /** Where node n's out-edges start in EdgeColumns.outEdges (set when its dump ends). */
  outStart: Int32Array<ArrayBufferLike>;

  constructor(private readonly memory: ColumnMemory = HEAP_MEMORY) {
    this.nameAt = memory.int32(INITIAL_ROWS + 1);
    this.nameHash = memory.int32(INITIAL_ROWS);
    this.namePool = memory.bytes(INITIAL_ROWS * 32);
    this.order = memory.int32(INITIAL_ROWS);
    this.file = memory.int32(INITIAL_ROWS);
    this.line = memory.int32(INITIAL_ROWS);
    this.col = memory.int32(INITIAL_ROWS);
    this.dump = memory.int32(INITIAL_ROWS);
    this.removed = memory.uint8(INITIAL_ROWS);
    this.outStart = memory.int32(INITIAL_ROWS + 1);
  }

  /** A new row's index; its cells must be set. */
  add(): NodeId {
    if (this.count === this.order.length) this.reserve(1);
    return this.count++;
  }

  /** Room for `n` bytes of names at `used` (the end of the last name set). */
  reserveNameBytes(used: number, n: number): void {
    if (used + n > this.namePool.length) {
      const next = this.memory.bytes(Math.max(GROWTH * used, used + n));
      this.namePool.copy(next, 0, 0, used);
      this.namePool = next;
    }
  }

  /** Set the name of the node added last (id) to b[start, end). */
  setName(id: NodeId, b: Uint8Array, start: number, end: number): void {
    const at = this.nameAt[id];
    if (at + end - start > this.namePool.length) this.reserveNameBytes(at, end - start);
    const pool = this.namePool;
    // hashBytes, fused with the copy.
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) {
      const c = b[i];
      pool[at + i - start] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    this.nameHash[id] = h;
    this.nameAt[id + 1] = at + end - start;
  }

  /** Is node id's name b[start, end)? */
  nameIs(id: NodeId, b: Uint8Array, start: number, end: number): boolean {
    const at = this.nameAt[id];
    if (this.nameAt[id + 1] - at !== end - start) return false;
    const pool = this.namePool;
    for (let i = start; i < end; i++) if (pool[at + i - start] !== b[i]) return false;
    return true;
  }

  /** Room for `n` more rows. */
  reserve(n: number): void {
    if (this.count + n > this.order.length) {
      const size = Math.max(GROWTH * this.count, this.count + n);
      const m = this.memory;
      this.nameAt = grown(this.nameAt, size + 1, m);
      this.nameHash = grown(this.nameHash, size, m);
      this.order = grown(this.order, size, m);
      this.file = grown(this.file, size, m);
      this.line = grown(this.line, size, m);
      this.col = grown(this.col, size, m);
      this.dump = grown(this.dump, size, m);
      this.outStart = grown(this.outStart, size + 1, m);
      const removed = m.uint8(size);
      removed.set(this.removed);
      this.removed = removed;
    }
  }
}

export class EdgeColumns {
  count = 0;
  from: Int32Array<ArrayBufferLike>;
  to: Int32Array<ArrayBufferLike>;
  reason: Int32Array<ArrayBufferLike>;
  mult: Int32Array<ArrayBufferLike>;
  /** The previous edge (in this dump) with the same origin, -1 at the end of the list. */
  nextSameFrom: Int32Array<ArrayBufferLike>;
  /** Edge ids by origin, each origin's in edge order (see NodeColumns.outStart). */
  outEdges: Int32Array<ArrayBufferLike>;

  constructor(private readonly memory: ColumnMemory = HEAP_MEMORY) {
    this.from = memory.int32(INITIAL_EDGE_ROWS);
    this.to = memory.int32(INITIAL_EDGE_ROWS);
    this.reason = memory.int32(INITIAL_EDGE_ROWS);
    this.mult = memory.int32(INITIAL_EDGE_ROWS);
    // Only the builder reads it: never shared.
    this.nextSameFrom = new Int32Array(INITIAL_EDGE_ROWS);
    this.outEdges = memory.int32(INITIAL_EDGE_ROWS);
  }

  add(): EdgeId {
    if (this.count === this.from.length) this.reserve(1);
    return this.count++;
  }

  reserve(n: number): void {
    if (this.count + n > this.from.length) {
      const size = Math.max(GROWTH * this.count, this.count + n);
      const m = this.memory;
      this.from = grown(this.from, size, m);
      this.to = grown(this.to, size, m);
      this.reason = grown(this.reason, size, m);
      this.mult = grown(this.mult, size, m);
      this.nextSameFrom = grown(this.nextSameFrom, size);
      this.outEdges = grown(this.outEdges, size, m);
    }
  }
}

/** A copy of `a` with room for `size` entries (on the heap, or in `memory`). */
export function grown(a: Int32Array<ArrayBufferLike>, size: number): Int32Array<ArrayBuffer>;
export function grown(a: Int32Array<ArrayBufferLike>, size: number, memory: ColumnMemory): Int32Array<ArrayBufferLike>;
export function grown(a: Int32Array<ArrayBufferLike>, size: number, memory?: ColumnMemory): Int32Array<ArrayBufferLike> {
  const next = memory ? memory.int32(size) : new Int32Array(size);
  next.set(a);
  return next;
}
