// Symbol names → dense ids, decided once all dumps are read. Pure: no I/O.
//
// Why not a hash table filled while reading: a distribution kernel has millions of distinct names, so
// every lookup in such a table is a cache and TLB miss, one after the other (on a virtual machine a
// TLB miss is a two-level page walk): that was a fifth of the reader's time. Instead each node keeps
// its name's bytes and hash in node order (cheap, sequential), and the names are told apart here in
// a few sequential passes: a radix sort of the hashes, then one byte comparison per node against its
// run's first occurrence.
// The ids are those a hash table would have given: 0, 1, 2, ... in first-seen (node) order.
import { decodeBytes, hashBytes } from './byte-intern.js';

/** Names by id: what the graph's queries need. */
export interface NameTable {
  readonly count: number;
  /** Id → name (decoded on demand: most are never asked for). */
  get(id: number): string;
  /** Name → id, or -1. */
  find(text: string): number;
  /** Every name, decoded now (whole-graph reports). */
  all(): string[];
  /**
   * Id → its UTF-8 bytes, bytes[start[id], end[id]), for writers that copy names without decoding
   * them (a non-ASCII name: the first spelling seen of those that decode alike).
   */
  readonly bytes: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/**
 * Give every node's name an id. Node n's name is pool[nameAt[n], nameAt[n + 1]) and hashes[n] its
 * hashBytes. Byte strings that decode to the same string (invalid UTF-8 becomes U+FFFD) share an id.
 */
export function assignNameIds(pool: Buffer, nameAt: Int32Array, hashes: Int32Array, nodeCount: number): { nodeName: Int32Array; names: NameTable } {
  const [order, sortedHash] = sortByHash(hashes, nodeCount);
  // Candidates: per node, the first node (lowest index) with the same hash, which the stable sort
  // puts first in its run, and where that node's name starts. No bytes are read here: they are
  // compared below in node order, which reads the pool sequentially on one side.
  const candidate = new Int32Array(nodeCount);
  const candidateAt = new Int32Array(nodeCount);
  // One entry per run, in hash order, for find().
  const findHash = new Int32Array(nodeCount);
  const findNode = new Int32Array(nodeCount);
  let runs = 0;
  for (let i = 0; i < nodeCount; ) {
    const h = sortedHash[i];
    const first = order[i];
    const at = nameAt[first];
    findHash[runs] = h;
    findNode[runs++] = first;
    for (; i < nodeCount && sortedHash[i] === h; i++) {
      const n = order[i];
      candidate[n] = first;
      candidateAt[n] = at;
    }
  }
  // Ids in node order. A node whose bytes differ from its candidate's has a colliding hash: it is
  // matched against the other names with that hash seen so far (rare: a map of lists is fine).
  // Non-ASCII names are rare too: those are also matched by their decoded text.
  const nodeName = new Int32Array(nodeCount);
  const start = new Int32Array(nodeCount);
  const end = new Int32Array(nodeCount);
  const nonAscii = new Map<string, number>();
  const collided = new Map<number, number[]>();
  let ids = 0;
  for (let n = 0; n < nodeCount; n++) {
    const from = nameAt[n];
    const to = nameAt[n + 1];
    const c = candidate[n];
    if (c !== n) {
      const cAt = candidateAt[n];
      if (nameAt[c + 1] - cAt === to - from && sameBytes(pool, cAt, from, to - from)) {
        nodeName[n] = nodeName[c];
        continue;
      }
      const others = collided.get(hashes[n]) ?? [];
      const same = others.find((o) => nameAt[o + 1] - nameAt[o] === to - from && sameBytes(pool, nameAt[o], from, to - from));
      if (same !== undefined) {
        nodeName[n] = nodeName[same];
        continue;
      }
      others.push(n);
      collided.set(hashes[n], others);
    }
    let id = -1;
    if (!isAscii(pool, from, to)) {
      const text = decodeBytes(pool, from, to);
      id = nonAscii.get(text) ?? -1;
      if (id === -1) nonAscii.set(text, ids);
    }
    if (id === -1) {
      id = ids++;
      start[id] = from;
      end[id] = to;
    }
    nodeName[n] = id;
  }
  const findId = new Int32Array(runs);
  for (let k = 0; k < runs; k++) findId[k] = nodeName[findNode[k]];
  const collidedIds = new Map<number, number[]>();
  for (const [h, nodes] of collided) collidedIds.set(h >>> 0, nodes.map((x) => nodeName[x]));
  return {
    nodeName,
    names: new SortedNameTable(pool, start.slice(0, ids), end.slice(0, ids), findHash.slice(0, runs), findId, collidedIds, nonAscii),
  };
}

class SortedNameTable implements NameTable {
  constructor(
    readonly bytes: Buffer,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** Per hash, ascending as unsigned, the id of its first name; collidedIds: its other names' ids. */
    private readonly findHash: Int32Array,
    private readonly findId: Int32Array,
    private readonly collidedIds: Map<number, number[]>,
    private readonly nonAscii: Map<string, number>,
  ) {}

  get count(): number {
    return this.start.length;
  }

  get(id: number): string {
    return decodeBytes(this.bytes, this.start[id], this.end[id]);
  }

  find(text: string): number {
    const known = this.nonAscii.get(text);
    if (known !== undefined) return known;
    const b = Buffer.from(text, 'utf8');
    const h = hashBytes(b, 0, b.length) >>> 0;
    // The first entry whose hash is >= h, then every entry with hash h.
    let lo = 0;
    let hi = this.findHash.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.findHash[mid] >>> 0 < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.findHash.length || this.findHash[lo] >>> 0 !== h) return -1;
    for (const id of [this.findId[lo], ...(this.collidedIds.get(h) ?? [])]) {
      if (this.end[id] - this.start[id] === b.length && this.bytes.compare(b, 0, b.length, this.start[id], this.end[id]) === 0) return id;
    }
    return -1;
  }

  all(): string[] {
    const out = new Array<string>(this.count);
    for (let id = 0; id < out.length; id++) out[id] = this.get(id);
    return out;
  }
}

/**
 * Node indexes 0..n-1 ordered by hash (as unsigned), stable, and the hashes in that order: an LSD
 * radix sort in three 11-bit passes that carries the keys along (no random reads of `hashes`).
 */
function sortByHash(hashes: Int32Array, n: number): [Int32Array, Int32Array] {
  let order = new Int32Array(n);
  let key = hashes.slice(0, n);
  let order2 = new Int32Array(n);
  let key2 = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count = new Int32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(key[i] >>> shift) & (RADIX - 1)]++;
    for (let d = 0, sum = 0; d < RADIX; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = key[i];
      const to = count[(k >>> shift) & (RADIX - 1)]++;
      order2[to] = order[i];
      key2[to] = k;
    }
    [order, order2] = [order2, order];
    [key, key2] = [key2, key];
  }
  return [order, key];
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/** Are b[s1, s1 + n) and b[s2, s2 + n) equal? */
function sameBytes(b: Uint8Array, s1: number, s2: number, n: number): boolean {
  for (let i = 0; i < n; i++) if (b[s1 + i] !== b[s2 + i]) return false;
  return true;
}

function isAscii(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] >= 0x80) return false;
  return true;
}
