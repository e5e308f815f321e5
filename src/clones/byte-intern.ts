// Interning of byte strings looked up in place in a read buffer. The reader sees every FILE and
// reason millions of times; making a JS string per occurrence just to look it up in a Map was most of
// its time. Here a lookup hashes and compares bytes; a string is decoded once per distinct byte string
// (and only if the caller asks). Symbol names, millions of distinct ones, get their ids another way
// (name-ids.ts). Pure: no I/O.

/** Distinct byte strings → dense ids (0, 1, 2, ... in first-seen order). */
export class ByteInterner {
  // The strings live in fixed-size chunks, filled in order, each as [id: 4 bytes][length: 2][bytes]:
  // a lookup touches one table slot and one spot in a chunk, and growing never copies.
  private readonly chunks: Buffer[] = [];
  private chunk: Buffer = Buffer.alloc(0);
  /** Where the next record goes in `chunk`. */
  private offset = 0;
  /** Per id: the position of its record (chunk index << CHUNK_BITS | offset). */
  private where = new Int32Array(1 << 10);
  /** Open addressing (linear probing), at most half full: per slot [hash, position + 1], 0 = empty. */
  private table = new Int32Array(1 << 12);
  count = 0;
  /** Whether the string added last was ASCII (then it decodes one to one). */
  lastAddedAscii = true;

  /** The id of b[from, to), or -1. */
  find(b: Uint8Array, from: number, to: number): number {
    return this.probe(b, from, to, hashBytes(b, from, to));
  }

  /** The id of b[from, to), added if new (then `count` grows by one). */
  intern(b: Uint8Array, from: number, to: number): number {
    const h = hashBytes(b, from, to);
    const found = this.probe(b, from, to, h);
    if (found !== -1) return found;
    return this.add(b, from, to, h);
  }

  /** Is id k exactly b[from, to)? */
  equals(k: number, b: Uint8Array, from: number, to: number): boolean {
    return this.recordIs(this.where[k], b, from, to);
  }

  /** Id k as a string: UTF-8 (dumps are ASCII but for the odd path; invalid bytes become U+FFFD). */
  decode(k: number): string {
    const pos = this.where[k];
    const chunk = this.chunks[pos >>> CHUNK_BITS];
    const start = (pos & CHUNK_MASK) + RECORD_HEADER;
    return decodeBytes(chunk, start, start + chunk.readUInt16LE(start - 2));
  }

  private recordIs(pos: number, b: Uint8Array, from: number, to: number): boolean {
    const chunk = this.chunks[pos >>> CHUNK_BITS];
    const at = pos & CHUNK_MASK;
    if (chunk[at + 4] + (chunk[at + 5] << 8) !== to - from) return false;
    const s = at + RECORD_HEADER - from;
    for (let i = from; i < to; i++) if (chunk[s + i] !== b[i]) return false;
    return true;
  }

  private probe(b: Uint8Array, from: number, to: number, h: number): number {
    const table = this.table;
    const mask = (table.length >>> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const pos = table[2 * slot + 1] - 1;
      if (pos === -1) return -1;
      if (table[2 * slot] === h && this.recordIs(pos, b, from, to)) {
        const chunk = this.chunks[pos >>> CHUNK_BITS];
        const at = pos & CHUNK_MASK;
        return chunk[at] | (chunk[at + 1] << 8) | (chunk[at + 2] << 16) | (chunk[at + 3] << 24);
      }
    }
  }

  private add(b: Uint8Array, from: number, to: number, h: number): number {
    const k = this.count;
    const n = to - from;
    if (n > 0xffff) throw new Error(`string of ${n} bytes is too long to intern`);
    if (this.offset + RECORD_HEADER + n > this.chunk.length) {
      this.chunk = Buffer.allocUnsafe(CHUNK_SIZE);
      this.chunks.push(this.chunk);
      this.offset = 0;
    }
    const chunk = this.chunk;
    const at = this.offset;
    chunk[at] = k & 0xff;
    chunk[at + 1] = (k >>> 8) & 0xff;
    chunk[at + 2] = (k >>> 16) & 0xff;
    chunk[at + 3] = k >>> 24;
    chunk[at + 4] = n & 0xff;
    chunk[at + 5] = n >>> 8;
    let or = 0;
    for (let i = 0, s = at + RECORD_HEADER; i < n; i++) {
      const c = b[from + i];
      chunk[s + i] = c;
      or |= c;
    }
    this.lastAddedAscii = or < 0x80;
    this.offset = at + RECORD_HEADER + n;
    const pos = ((this.chunks.length - 1) << CHUNK_BITS) | at;
    if (k === this.where.length) this.where = grow(this.where, k + 1);
    this.where[k] = pos;
    this.count = k + 1;
    if (4 * this.count > this.table.length) this.rehash();
    place(this.table, h, pos);
    return k;
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) place(table, old[slot], old[slot + 1] - 1);
    this.table = table;
  }
}

function place(table: Int32Array, h: number, pos: number): void {
  const mask = (table.length >>> 1) - 1;
  let slot = h & mask;
  while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  table[2 * slot] = h;
  table[2 * slot + 1] = pos + 1;
}

// 4 MiB chunks; a position keeps 9 bits of chunk index (2 GiB of strings).
const CHUNK_BITS = 22;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;
const RECORD_HEADER = 6;

/** FNV-1a. Symbol names share long prefixes and suffixes, so every byte goes in. */
export function hashBytes(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], 0x01000193);
  return h;
}

/** b[from, to) as a string: latin1 (a plain copy) when ASCII, else UTF-8. */
export function decodeBytes(b: Buffer, from: number, to: number): string {
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  return b.toString(ascii ? 'latin1' : 'utf8', from, to);
}

function grow(a: Int32Array, atLeast: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(2 * a.length, atLeast));
  next.set(a);
  return next;
}

/**
 * Strings interned by their bytes, as ids, each decoded once (small tables read often: FILEs,
 * reasons). Several byte strings may decode to one string (invalid UTF-8 becomes U+FFFD); they share
 * the id, so an id is one string, as with a Map<string, id>.
 */
export class StringTable {
  readonly bytes = new ByteInterner();
  /** The byte-string id of the last `id` call, to match that string in place later. */
  lastEntry = -1;
  // Byte-string id → string id. The identity (null) until two byte strings share a string.
  private idOfEntry: Int32Array | null = null;
  /** Non-ASCII strings only: ASCII decodes one to one, so its bytes alone identify it. */
  private readonly nonAscii = new Map<string, number>();
  /** By string id. */
  private readonly strings: string[] = [];

  get count(): number {
    return this.strings.length;
  }

  /** The string id of b[from, to), added if new. */
  id(b: Uint8Array, from: number, to: number): number {
    const known = this.bytes.count;
    const entry = this.bytes.intern(b, from, to);
    this.lastEntry = entry;
    if (entry < known) return this.ofEntry(entry);
    let id = -1;
    if (!this.bytes.lastAddedAscii) {
      const text = this.bytes.decode(entry);
      id = this.nonAscii.get(text) ?? -1;
      if (id === -1) this.nonAscii.set(text, this.strings.length);
      else if (this.idOfEntry === null) this.stopIdentity();
    }
    if (id === -1) {
      id = this.strings.length;
      this.strings.push(this.bytes.decode(entry));
    }
    if (this.idOfEntry !== null) {
      if (entry >= this.idOfEntry.length) this.idOfEntry = grow(this.idOfEntry, entry + 1);
      this.idOfEntry[entry] = id;
    }
    return id;
  }

  private stopIdentity(): void {
    const n = this.bytes.count;
    this.idOfEntry = new Int32Array(Math.max(1024, 2 * n));
    for (let k = 0; k < n; k++) this.idOfEntry[k] = k;
  }

  /** The string id of a byte-string id seen before. */
  ofEntry(entry: number): number {
    return this.idOfEntry === null ? entry : this.idOfEntry[entry];
  }

  /** String id → string. */
  get(id: number): string {
    return this.strings[id];
  }

  /** The id of `text`, or -1. */
  find(text: string): number {
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(text)) return this.nonAscii.get(text) ?? -1;
    const b = Buffer.from(text, 'latin1');
    const entry = this.bytes.find(b, 0, b.length);
    return entry === -1 ? -1 : this.ofEntry(entry);
  }

  /** Every string, by id. */
  all(): string[] {
    return this.strings;
  }
}
