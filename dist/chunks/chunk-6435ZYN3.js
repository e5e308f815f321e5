import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);

// src/clones/graph-columns.ts
var INITIAL_ROWS = 1 << 18;
var INITIAL_EDGE_ROWS = 1 << 19;
var GROWTH = 4;
var HEAP_MEMORY = {
  int32: (n) => new Int32Array(n),
  uint8: (n) => new Uint8Array(n),
  bytes: (n) => Buffer.alloc(n)
};
var SHARED_MEMORY = {
  int32: (n) => new Int32Array(new SharedArrayBuffer(4 * n)),
  uint8: (n) => new Uint8Array(new SharedArrayBuffer(n)),
  bytes: (n) => Buffer.from(new SharedArrayBuffer(n))
};
var NodeColumns = class {
  constructor(memory = HEAP_MEMORY) {
    this.memory = memory;
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
  memory;
  count = 0;
  // Node n's name is namePool[nameAt[n], nameAt[n + 1]), its hashBytes nameHash[n]: names get their
  // ids in finish() (see name-ids.ts).
  nameAt;
  nameHash;
  namePool;
  order;
  file;
  line;
  col;
  dump;
  removed;
  /** Where node n's out-edges start in EdgeColumns.outEdges (set when its dump ends). */
  outStart;
  /** A new row's index; its cells must be set. */
  add() {
    if (this.count === this.order.length) this.reserve(1);
    return this.count++;
  }
  /** Room for `n` bytes of names at `used` (the end of the last name set). */
  reserveNameBytes(used, n) {
    if (used + n > this.namePool.length) {
      const next = this.memory.bytes(Math.max(GROWTH * used, used + n));
      this.namePool.copy(next, 0, 0, used);
      this.namePool = next;
    }
  }
  /** Set the name of the node added last (id) to b[start, end). */
  setName(id, b, start, end) {
    const at = this.nameAt[id];
    if (at + end - start > this.namePool.length) this.reserveNameBytes(at, end - start);
    const pool = this.namePool;
    let h = 2166136261 | 0;
    for (let i = start; i < end; i++) {
      const c = b[i];
      pool[at + i - start] = c;
      h = Math.imul(h ^ c, 16777619);
    }
    this.nameHash[id] = h;
    this.nameAt[id + 1] = at + end - start;
  }
  /** Is node id's name b[start, end)? */
  nameIs(id, b, start, end) {
    const at = this.nameAt[id];
    if (this.nameAt[id + 1] - at !== end - start) return false;
    const pool = this.namePool;
    for (let i = start; i < end; i++) if (pool[at + i - start] !== b[i]) return false;
    return true;
  }
  /** Room for `n` more rows. */
  reserve(n) {
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
};
var EdgeColumns = class {
  constructor(memory = HEAP_MEMORY) {
    this.memory = memory;
    this.from = memory.int32(INITIAL_EDGE_ROWS);
    this.to = memory.int32(INITIAL_EDGE_ROWS);
    this.reason = memory.int32(INITIAL_EDGE_ROWS);
    this.mult = memory.int32(INITIAL_EDGE_ROWS);
    this.nextSameFrom = new Int32Array(INITIAL_EDGE_ROWS);
    this.outEdges = memory.int32(INITIAL_EDGE_ROWS);
  }
  memory;
  count = 0;
  from;
  to;
  reason;
  mult;
  /** The previous edge (in this dump) with the same origin, -1 at the end of the list. */
  nextSameFrom;
  /** Edge ids by origin, each origin's in edge order (see NodeColumns.outStart). */
  outEdges;
  add() {
    if (this.count === this.from.length) this.reserve(1);
    return this.count++;
  }
  reserve(n) {
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
};
function grown(a, size, memory) {
  const next = memory ? memory.int32(size) : new Int32Array(size);
  next.set(a);
  return next;
}

// src/clones/byte-intern.ts
var ByteInterner = class {
  // The strings live in fixed-size chunks, filled in order, each as [id: 4 bytes][length: 2][bytes]:
  // a lookup touches one table slot and one spot in a chunk, and growing never copies.
  chunks = [];
  chunk = Buffer.alloc(0);
  /** Where the next record goes in `chunk`. */
  offset = 0;
  /** Per id: the position of its record (chunk index << CHUNK_BITS | offset). */
  where = new Int32Array(1 << 10);
  /** Open addressing (linear probing), at most half full: per slot [hash, position + 1], 0 = empty. */
  table = new Int32Array(1 << 12);
  count = 0;
  /** Whether the string added last was ASCII (then it decodes one to one). */
  lastAddedAscii = true;
  /** The id of b[from, to), or -1. */
  find(b, from, to) {
    return this.probe(b, from, to, hashBytes(b, from, to));
  }
  /** The id of b[from, to), added if new (then `count` grows by one). */
  intern(b, from, to) {
    const h = hashBytes(b, from, to);
    const found = this.probe(b, from, to, h);
    if (found !== -1) return found;
    return this.add(b, from, to, h);
  }
  /** Is id k exactly b[from, to)? */
  equals(k, b, from, to) {
    return this.recordIs(this.where[k], b, from, to);
  }
  /** Id k as a string: UTF-8 (dumps are ASCII but for the odd path; invalid bytes become U+FFFD). */
  decode(k) {
    const pos = this.where[k];
    const chunk = this.chunks[pos >>> CHUNK_BITS];
    const start = (pos & CHUNK_MASK) + RECORD_HEADER;
    return decodeBytes(chunk, start, start + chunk.readUInt16LE(start - 2));
  }
  recordIs(pos, b, from, to) {
    const chunk = this.chunks[pos >>> CHUNK_BITS];
    const at = pos & CHUNK_MASK;
    if (chunk[at + 4] + (chunk[at + 5] << 8) !== to - from) return false;
    const s = at + RECORD_HEADER - from;
    for (let i = from; i < to; i++) if (chunk[s + i] !== b[i]) return false;
    return true;
  }
  probe(b, from, to, h) {
    const table = this.table;
    const mask = (table.length >>> 1) - 1;
    for (let slot = h & mask; ; slot = slot + 1 & mask) {
      const pos = table[2 * slot + 1] - 1;
      if (pos === -1) return -1;
      if (table[2 * slot] === h && this.recordIs(pos, b, from, to)) {
        const chunk = this.chunks[pos >>> CHUNK_BITS];
        const at = pos & CHUNK_MASK;
        return chunk[at] | chunk[at + 1] << 8 | chunk[at + 2] << 16 | chunk[at + 3] << 24;
      }
    }
  }
  add(b, from, to, h) {
    const k = this.count;
    const n = to - from;
    if (n > 65535) throw new Error(`string of ${n} bytes is too long to intern`);
    if (this.offset + RECORD_HEADER + n > this.chunk.length) {
      this.chunk = Buffer.allocUnsafe(CHUNK_SIZE);
      this.chunks.push(this.chunk);
      this.offset = 0;
    }
    const chunk = this.chunk;
    const at = this.offset;
    chunk[at] = k & 255;
    chunk[at + 1] = k >>> 8 & 255;
    chunk[at + 2] = k >>> 16 & 255;
    chunk[at + 3] = k >>> 24;
    chunk[at + 4] = n & 255;
    chunk[at + 5] = n >>> 8;
    let or = 0;
    for (let i = 0, s = at + RECORD_HEADER; i < n; i++) {
      const c = b[from + i];
      chunk[s + i] = c;
      or |= c;
    }
    this.lastAddedAscii = or < 128;
    this.offset = at + RECORD_HEADER + n;
    const pos = this.chunks.length - 1 << CHUNK_BITS | at;
    if (k === this.where.length) this.where = grow(this.where, k + 1);
    this.where[k] = pos;
    this.count = k + 1;
    if (4 * this.count > this.table.length) this.rehash();
    place(this.table, h, pos);
    return k;
  }
  rehash() {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) place(table, old[slot], old[slot + 1] - 1);
    this.table = table;
  }
};
function place(table, h, pos) {
  const mask = (table.length >>> 1) - 1;
  let slot = h & mask;
  while (table[2 * slot + 1] !== 0) slot = slot + 1 & mask;
  table[2 * slot] = h;
  table[2 * slot + 1] = pos + 1;
}
var CHUNK_BITS = 22;
var CHUNK_SIZE = 1 << CHUNK_BITS;
var CHUNK_MASK = CHUNK_SIZE - 1;
var RECORD_HEADER = 6;
function hashBytes(b, from, to) {
  let h = 2166136261 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i], 16777619);
  return h;
}
function decodeBytes(b, from, to) {
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (b[i] >= 128) {
      ascii = false;
      break;
    }
  }
  return b.toString(ascii ? "latin1" : "utf8", from, to);
}
function grow(a, atLeast) {
  const next = new Int32Array(Math.max(2 * a.length, atLeast));
  next.set(a);
  return next;
}
var StringTable = class {
  bytes = new ByteInterner();
  /** The byte-string id of the last `id` call, to match that string in place later. */
  lastEntry = -1;
  // Byte-string id → string id. The identity (null) until two byte strings share a string.
  idOfEntry = null;
  /** Non-ASCII strings only: ASCII decodes one to one, so its bytes alone identify it. */
  nonAscii = /* @__PURE__ */ new Map();
  /** By string id. */
  strings = [];
  get count() {
    return this.strings.length;
  }
  /** The string id of b[from, to), added if new. */
  id(b, from, to) {
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
  stopIdentity() {
    const n = this.bytes.count;
    this.idOfEntry = new Int32Array(Math.max(1024, 2 * n));
    for (let k = 0; k < n; k++) this.idOfEntry[k] = k;
  }
  /** The string id of a byte-string id seen before. */
  ofEntry(entry) {
    return this.idOfEntry === null ? entry : this.idOfEntry[entry];
  }
  /** String id → string. */
  get(id) {
    return this.strings[id];
  }
  /** The id of `text`, or -1. */
  find(text) {
    if (!/^[\x00-\x7f]*$/.test(text)) return this.nonAscii.get(text) ?? -1;
    const b = Buffer.from(text, "latin1");
    const entry = this.bytes.find(b, 0, b.length);
    return entry === -1 ? -1 : this.ofEntry(entry);
  }
  /** Every string, by id. */
  all() {
    return this.strings;
  }
};

// src/clones/source-path.ts
var NOT_CLEAN = /(^|\/)\.\.?(\/|$)|\/\/|.\/$/;
function cleanPath(p) {
  if (!NOT_CLEAN.test(p)) return p;
  const absolute = p.startsWith("/");
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}
function normaliseSourcePath(file, root, compileDir) {
  const clean = cleanPath(compileDir && !file.startsWith("/") ? `${compileDir}/${file}` : file);
  if (root && clean.startsWith("/")) {
    const r = cleanPath(root);
    if (r === "/") return clean.slice(1);
    if (clean.startsWith(`${r}/`)) return clean.slice(r.length + 1);
  }
  return clean;
}
function detectSourceRoot(files, hints = []) {
  const relative = /* @__PURE__ */ new Set();
  const absolute = [];
  for (const f of files) {
    const c = cleanPath(f);
    if (c.startsWith("/")) absolute.push(c);
    else if (c !== "" && !c.startsWith("..")) relative.add(c);
  }
  for (const h of hints) {
    const c = cleanPath(h);
    if (!c.startsWith("/") && c !== "" && !c.startsWith("..")) relative.add(c);
  }
  if (absolute.length === 0) return null;
  const votes = /* @__PURE__ */ new Map();
  for (const a of relative.size > 0 ? absolute : []) {
    for (let pos = a.indexOf("/", 1); pos > 0; pos = a.indexOf("/", pos + 1)) {
      if (relative.has(a.slice(pos + 1))) {
        const root = a.slice(0, pos);
        votes.set(root, (votes.get(root) ?? 0) + 1);
        break;
      }
    }
  }
  let best = null;
  let bestVotes = 0;
  for (const [root, n] of votes) {
    if (n > bestVotes || n === bestVotes && best !== null && root.length < best.length) {
      best = root;
      bestVotes = n;
    }
  }
  if (best !== null) return { root: best, method: "suffix" };
  const own = absolute.filter((a) => !a.startsWith("/usr/"));
  if (own.length === 0) return null;
  let prefix = own[0].slice(0, own[0].lastIndexOf("/"));
  for (const a of own) {
    while (prefix !== "" && !a.startsWith(`${prefix}/`)) prefix = prefix.slice(0, prefix.lastIndexOf("/"));
  }
  return prefix === "" ? null : { root: prefix, method: "prefix" };
}

// src/clones/graph.ts
var MAX_NODES = 1 << 26;
var LAZY_FIELDS = /* @__PURE__ */ new Set(["nodeName", "names", "inStart", "inEdges", "nameStart", "nameNodes"]);
function graphColumns(g) {
  const out = {};
  for (const key of Object.keys(g)) if (!LAZY_FIELDS.has(key)) out[key] = g[key];
  return out;
}
function graphFromColumns(c) {
  const noIds = () => {
    throw new Error("name ids are not made for a graph sent to a worker thread: read names per node (nodeNameStart/End)");
  };
  return withIndexes(c, noIds, { outStart: c.outStart, outEdges: c.outEdges });
}
function withIndexes(graph, nameIds, out = { memory: HEAP_MEMORY }) {
  const { outStart, outEdges } = "memory" in out ? outLists(csr(graph.nodeCount, graph.edgeFrom, out.memory)) : out;
  let ids = null;
  let ins = null;
  let byName = null;
  const idsNow = () => ids ??= nameIds();
  const insNow = () => ins ??= csr(graph.nodeCount, graph.edgeTo);
  const byNameNow = () => byName ??= csr(idsNow().names.count, idsNow().nodeName);
  const lazy = (get) => ({ get, enumerable: true });
  return Object.defineProperties(
    { ...graph, outStart, outEdges },
    {
      nodeName: lazy(() => idsNow().nodeName),
      names: lazy(() => idsNow().names),
      inStart: lazy(() => insNow().start),
      inEdges: lazy(() => insNow().items),
      nameStart: lazy(() => byNameNow().start),
      nameNodes: lazy(() => byNameNow().items)
    }
  );
}
function csr(keyCount, keys, memory = HEAP_MEMORY) {
  const start = memory.int32(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i] + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keyCount);
  const items = memory.int32(keys.length);
  for (let i = 0; i < keys.length; i++) items[fill[keys[i]]++] = i;
  return { start, items };
}
function outLists(c) {
  return { outStart: c.start, outEdges: c.items };
}
function nodeInfo(g, id) {
  const dump = g.nodeDump[id];
  return {
    id,
    name: nodeName(g, id),
    order: g.nodeOrder[id],
    file: g.files[g.nodeFile[id]],
    rawFile: g.rawFiles[g.nodeFile[id]],
    line: g.nodeLine[id],
    col: g.nodeCol[id],
    removed: g.nodeRemoved[id] === 1,
    dump,
    dumpPath: g.dumps[dump].path,
    source: g.dumps[dump].source
  };
}
function nodeName(g, id) {
  const b = g.nameBytes;
  return decodeBytes(Buffer.from(b.buffer, b.byteOffset, b.byteLength), g.nodeNameStart[id], g.nodeNameEnd[id]);
}
function edgeKind(g, e) {
  return g.edgeReason[e] === g.inlineReason ? "inline" : "clone";
}
function edgeReasonOf(g, e) {
  return g.reasons[g.edgeReason[e]];
}
function findNodes(g, name, where = {}) {
  const k = g.names.find(name);
  if (k === -1) return [];
  const source = where.source === void 0 ? void 0 : cleanPath(where.source);
  const out = [];
  for (let i = g.nameStart[k]; i < g.nameStart[k + 1]; i++) {
    const n = g.nameNodes[i];
    const d = g.nodeDump[n];
    if (where.dump !== void 0 && d !== where.dump) continue;
    if (source !== void 0 && g.dumps[d].source !== source) continue;
    out.push(n);
  }
  return out;
}
function outEdgesOf(g, id) {
  return g.outEdges.subarray(g.outStart[id], g.outStart[id + 1]);
}
function isRemoved(g, n) {
  return g.nodeRemoved[n] === 1;
}
function dumpOf(g, n) {
  return g.dumps[g.nodeDump[n]];
}
function fileOf(g, n) {
  return g.files[g.nodeFile[n]];
}
function edgeTarget(g, e) {
  return g.edgeTo[e];
}
function edgeSource(g, e) {
  return g.edgeFrom[e];
}

// src/clones/affected.ts
var ARENA_SIZE = 1 << 16;
var arena = new Int32Array(ARENA_SIZE);
var arenaUsed = 0;
function arenaSpace(n) {
  if (arenaUsed + n > arena.length) {
    arena = new Int32Array(Math.max(ARENA_SIZE, n));
    arenaUsed = 0;
  }
  const at = arenaUsed;
  arenaUsed += n;
  return at;
}
var ColumnarAffectedSet = class {
  constructor(g, roots, viaArena, at, size, forward) {
    this.g = g;
    this.roots = roots;
    this.viaArena = viaArena;
    this.at = at;
    this.size = size;
    this.forward = forward;
  }
  g;
  roots;
  viaArena;
  at;
  size;
  forward;
  built = null;
  nodeList = null;
  get via() {
    return this.viaArena.subarray(this.at, this.at + this.size);
  }
  get nodes() {
    if (this.nodeList) return this.nodeList;
    const far = this.forward ? this.g.edgeTo : this.g.edgeFrom;
    const out = new Int32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = far[this.viaArena[this.at + i]];
    return this.nodeList = out;
  }
  get entries() {
    if (this.built) return this.built;
    const g = this.g;
    const via = this.via;
    const nodes = this.nodes;
    const near = this.forward ? g.edgeFrom : g.edgeTo;
    const indexOf = /* @__PURE__ */ new Map();
    nodes.forEach((n, i) => indexOf.set(n, i));
    const out = [];
    for (let i = 0; i < via.length; i++) {
      const chain = [];
      let inlined = false;
      for (let k = i; k !== void 0; k = indexOf.get(near[via[k]])) {
        const e = via[k];
        chain.push(e);
        if (g.edgeReason[e] === g.inlineReason) inlined = true;
      }
      chain.reverse();
      const node = nodes[i];
      out.push({
        node,
        root: near[chain[0]],
        chain,
        kind: inlined ? "inlined" : "clone",
        reason: edgeReasonOf(g, via[i]),
        removed: isRemoved(g, node)
      });
    }
    this.built = out;
    return out;
  }
};
var ReachWalk = class {
  /** Per entry: its node, the edge that reached it, the entry that edge leaves (-1: a root), its chain's length. */
  nodes;
  via;
  pred;
  depth;
  /** The last walk's roots, each once, in the order given: rootIds[0, rootCount). */
  rootIds = new Int32Array(16);
  rootCount = 0;
  /** visited[n] = 1: n is a root or an entry of the walk under way (cleared before a walk returns). */
  visited;
  start;
  list;
  /** Per adjacency slot (outEdges / inEdges order), the node at the far end: one lookup less per step. */
  far;
  /** Forward: along out-edges (what a change reaches); else along in-edges (what ended up in a node). */
  constructor(g, forward = true) {
    const n = g.nodeCount;
    this.nodes = new Int32Array(n);
    this.via = new Int32Array(n);
    this.pred = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.visited = new Uint8Array(n);
    this.start = forward ? g.outStart : g.inStart;
    this.list = forward ? g.outEdges : g.inEdges;
    const ends = forward ? g.edgeTo : g.edgeFrom;
    const list = this.list;
    this.far = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) this.far[i] = ends[list[i]];
  }
  /** Walk from one root; returns how many entries there are. */
  from(root) {
    this.rootIds[0] = root;
    this.rootCount = 1;
    this.visited[root] = 1;
    return this.walk();
  }
  /** Walk from several roots (each once; the first of repeats counts). */
  fromAll(roots) {
    let count = 0;
    for (const r of roots) {
      if (this.visited[r] === 1) continue;
      this.visited[r] = 1;
      if (count === this.rootIds.length) {
        const more = new Int32Array(2 * count);
        more.set(this.rootIds);
        this.rootIds = more;
      }
      this.rootIds[count++] = r;
    }
    this.rootCount = count;
    return this.walk();
  }
  /** The roots' edges first (qi < 0 walks the roots), then each entry's in turn. */
  walk() {
    const { visited, nodes, via, pred, depth, start, list, far, rootIds, rootCount } = this;
    let count = 0;
    for (let qi = -rootCount; qi < count; qi++) {
      const n = qi < 0 ? rootIds[rootCount + qi] : nodes[qi];
      for (let i = start[n], end = start[n + 1]; i < end; i++) {
        const m = far[i];
        if (visited[m] === 1) continue;
        visited[m] = 1;
        nodes[count] = m;
        via[count] = list[i];
        pred[count] = qi < 0 ? -1 : qi;
        depth[count] = qi < 0 ? 1 : depth[qi] + 1;
        count++;
      }
    }
    for (let k = 0; k < rootCount; k++) visited[rootIds[k]] = 0;
    for (let i = 0; i < count; i++) visited[nodes[i]] = 0;
    return count;
  }
};
function affectedSet(g, roots) {
  return closure(g, roots, true);
}
var walksOf = /* @__PURE__ */ new WeakMap();
function closure(g, roots, forward) {
  let walks = walksOf.get(g);
  if (!walks) walksOf.set(g, walks = { forward: null, backward: null });
  const walk = forward ? walks.forward ??= new ReachWalk(g, true) : walks.backward ??= new ReachWalk(g, false);
  const count = walk.fromAll(roots);
  const at = arenaSpace(count);
  const kept = arena;
  const via = walk.via;
  for (let i = 0; i < count; i++) kept[at + i] = via[i];
  const rootList = [];
  for (let k = 0; k < walk.rootCount; k++) rootList.push(walk.rootIds[k]);
  return new ColumnarAffectedSet(g, rootList, kept, at, count, forward);
}
function describeChain(g, chain) {
  if (chain.length === 0) return [];
  const out = [nodeName(g, edgeSource(g, chain[0]))];
  for (const e of chain) {
    const to = edgeTarget(g, e);
    const removed = isRemoved(g, to) ? " (removed)" : "";
    out.push(edgeKind(g, e) === "inline" ? `inlined into ${nodeName(g, to)}${removed}` : `${edgeReasonOf(g, e)} clone ${nodeName(g, to)}${removed}`);
  }
  return out;
}

export {
  HEAP_MEMORY,
  SHARED_MEMORY,
  NodeColumns,
  EdgeColumns,
  grown,
  hashBytes,
  decodeBytes,
  StringTable,
  cleanPath,
  normaliseSourcePath,
  detectSourceRoot,
  MAX_NODES,
  graphColumns,
  graphFromColumns,
  withIndexes,
  nodeInfo,
  nodeName,
  edgeKind,
  edgeReasonOf,
  findNodes,
  outEdgesOf,
  isRemoved,
  dumpOf,
  fileOf,
  edgeTarget,
  ReachWalk,
  affectedSet,
  describeChain
};
