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
export class NodeColumns {
  count = 0;
  // Node n's name is namePool[nameAt[n], nameAt[n + 1]), its hashBytes nameHash[n]: names get their
  // ids in finish() (see name-ids.ts).
  nameAt = new Int32Array(INITIAL_ROWS + 1);
  nameHash = new Int32Array(INITIAL_ROWS);
  namePool = Buffer.alloc(INITIAL_ROWS * 32);
  order = new Int32Array(INITIAL_ROWS);
  file = new Int32Array(INITIAL_ROWS);
  line = new Int32Array(INITIAL_ROWS);
  col = new Int32Array(INITIAL_ROWS);
  dump = new Int32Array(INITIAL_ROWS);
  removed = new Uint8Array(INITIAL_ROWS);

  /** A new row's index; its cells must be set. */
  add(): NodeId {
    if (this.count === this.order.length) this.reserve(1);
    return this.count++;
  }

  /** Room for `n` bytes of names at `used` (the end of the last name set). */
  reserveNameBytes(used: number, n: number): void {
    if (used + n > this.namePool.length) {
      const next = Buffer.alloc(Math.max(GROWTH * used, used + n));
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
      this.nameAt = grown(this.nameAt, size + 1);
      this.nameHash = grown(this.nameHash, size);
      this.order = grown(this.order, size);
      this.file = grown(this.file, size);
      this.line = grown(this.line, size);
      this.col = grown(this.col, size);
      this.dump = grown(this.dump, size);
      const removed = new Uint8Array(size);
      removed.set(this.removed);
      this.removed = removed;
    }
  }
}

export class EdgeColumns {
  count = 0;
  from = new Int32Array(INITIAL_EDGE_ROWS);
  to = new Int32Array(INITIAL_EDGE_ROWS);
  reason = new Int32Array(INITIAL_EDGE_ROWS);
  mult = new Int32Array(INITIAL_EDGE_ROWS);
  /** The previous edge (in this dump) with the same origin, -1 at the end of the list. */
  nextSameFrom = new Int32Array(INITIAL_EDGE_ROWS);

  add(): EdgeId {
    if (this.count === this.from.length) this.reserve(1);
    return this.count++;
  }

  reserve(n: number): void {
    if (this.count + n > this.from.length) {
      const size = Math.max(GROWTH * this.count, this.count + n);
      this.from = grown(this.from, size);
      this.to = grown(this.to, size);
      this.reason = grown(this.reason, size);
      this.mult = grown(this.mult, size);
      this.nextSameFrom = grown(this.nextSameFrom, size);
    }
  }
}

/** A copy of `a` with room for `size` entries. */
export function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(a);
  return next;
}
