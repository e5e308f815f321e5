import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  MAX_NODES,
  ReachWalk,
  dumpOf,
  findNodes,
  graphColumns,
  graphFromColumns,
  nodeName,
  withIndexes
} from "./chunk-6435ZYN3.js";

// src/clones/graph-transforms.ts
function rebuild(g, p, grouping) {
  const pick = (col) => Int32Array.from(p.nodes, (n) => col[n]);
  const nodeName2 = pick(g.nodeName);
  const names = g.names;
  const { files, rawFiles, reasons, inlineReason, reasonStats, dumps, sourceRoot, sourceRootMethod, orphanRemovals, nameBytes } = g;
  return withIndexes(
    {
      files,
      rawFiles,
      reasons,
      inlineReason,
      reasonStats,
      dumps,
      sourceRoot,
      sourceRootMethod,
      orphanRemovals,
      nameBytes,
      nodeCount: p.nodes.length,
      edgeCount: p.edgeFrom.length,
      nodeOrder: pick(g.nodeOrder),
      nodeFile: pick(g.nodeFile),
      nodeLine: pick(g.nodeLine),
      nodeCol: pick(g.nodeCol),
      nodeDump: pick(g.nodeDump),
      nodeRemoved: p.removed,
      nodeNameStart: pick(g.nodeNameStart),
      nodeNameEnd: pick(g.nodeNameEnd),
      edgeFrom: p.edgeFrom,
      edgeTo: p.edgeTo,
      edgeReason: p.edgeReason,
      edgeMult: p.edgeMult,
      grouping
    },
    () => ({ nodeName: nodeName2, names })
  );
}
function groupGraph(g, mode) {
  const keyOf = /* @__PURE__ */ new Map();
  const map = new Int32Array(g.nodeCount);
  const rep = [];
  const allRemoved = [];
  for (let n = 0; n < g.nodeCount; n++) {
    const loc = `${g.nodeName[n]}\0${g.files[g.nodeFile[n]]}\0${g.nodeLine[n]}\0${g.nodeCol[n]}`;
    const key = mode === "classic" ? `${loc}\0${g.nodeOrder[n]}` : loc;
    let id = keyOf.get(key);
    if (id === void 0) {
      id = rep.length;
      keyOf.set(key, id);
      rep.push(n);
      allRemoved.push(1);
    }
    if (g.nodeRemoved[n] === 0) allRemoved[id] = 0;
    map[n] = id;
  }
  if (mode === "location") splitRecursionClones(g, map, rep, allRemoved);
  const edgeIndex = /* @__PURE__ */ new Map();
  const from = [];
  const to = [];
  const reason = [];
  const mult = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const a = map[g.edgeFrom[e]];
    const b = map[g.edgeTo[e]];
    const key = a * MAX_NODES + b;
    const seen = edgeIndex.get(key);
    if (seen !== void 0) {
      mult[seen] += g.edgeMult[e];
      continue;
    }
    edgeIndex.set(key, from.length);
    from.push(a);
    to.push(b);
    reason.push(g.edgeReason[e]);
    mult.push(g.edgeMult[e]);
  }
  const picked = {
    nodes: rep,
    removed: Uint8Array.from(allRemoved),
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeReason: Int32Array.from(reason),
    edgeMult: Int32Array.from(mult)
  };
  return rebuild(g, picked, mode);
}
function splitRecursionClones(g, map, rep, allRemoved) {
  const splitKey = /* @__PURE__ */ new Map();
  for (let e = 0; e < g.edgeCount; e++) {
    const a = g.edgeFrom[e];
    const b = g.edgeTo[e];
    if (map[a] !== map[b] || a === b || g.edgeReason[e] === g.inlineReason) continue;
    const origGroup = map[a];
    let id = splitKey.get(origGroup);
    if (id === void 0) {
      id = rep.length;
      splitKey.set(origGroup, id);
      rep.push(b);
      allRemoved.push(1);
    }
    if (g.nodeRemoved[b] === 0) allRemoved[id] = 0;
    map[b] = id;
  }
}
function subgraphOfDumps(g, keep) {
  const map = new Int32Array(g.nodeCount).fill(-1);
  const nodes = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (keep.has(g.nodeDump[n])) {
      map[n] = nodes.length;
      nodes.push(n);
    }
  }
  const edges = [];
  for (let e = 0; e < g.edgeCount; e++) if (map[g.edgeFrom[e]] !== -1 && map[g.edgeTo[e]] !== -1) edges.push(e);
  const pickE = (col) => Int32Array.from(edges, (e) => col[e]);
  const picked = {
    nodes,
    removed: Uint8Array.from(nodes, (n) => g.nodeRemoved[n]),
    edgeFrom: Int32Array.from(edges, (e) => map[g.edgeFrom[e]]),
    edgeTo: Int32Array.from(edges, (e) => map[g.edgeTo[e]]),
    edgeReason: pickE(g.edgeReason),
    edgeMult: pickE(g.edgeMult)
  };
  return rebuild(g, picked, g.grouping);
}

// src/clones/report-bytes.ts
var REPORT_CHUNK_BYTES = 1 << 20;
var SMALL = 1e4;
var SMALL_DIGITS = new Uint8Array(4 * SMALL);
var SMALL_LENGTH = new Uint8Array(SMALL);
for (let v = 0; v < SMALL; v++) {
  const d = String(v);
  SMALL_LENGTH[v] = d.length;
  for (let i = 0; i < d.length; i++) SMALL_DIGITS[4 * v + 4 - d.length + i] = d.charCodeAt(i);
}
var ReportBytes = class {
  /**
   * With `reuse`, a chunk handed out by take() is written into again after the following take():
   * for a consumer that is done with each chunk before it asks for more (the CLI waits for each
   * write), so a report of hundreds of MB lives in a few chunks instead of waiting for the GC.
   */
  constructor(reuse = false, first) {
    this.reuse = reuse;
    this.buf = first ?? Buffer.allocUnsafe(REPORT_CHUNK_BYTES);
    this.view = viewOf(this.buf);
  }
  reuse;
  free = [];
  lent = [];
  lending = [];
  buf;
  /** The chunk being written, for copies four bytes at a time (see copyWords). */
  view;
  pos = 0;
  full = [];
  fullBytes = 0;
  takenBytes = 0;
  serial = 0;
  /**
   * Where the next byte goes in the chunk being written, and which chunk that is (a new number for
   * every chunk): what copyBack needs to repeat bytes written earlier in the same chunk.
   */
  get offset() {
    return this.pos;
  }
  get chunk() {
    return this.serial;
  }
  /**
   * Write again bytes [start, end) of the chunk being written (a plain memory copy): for pieces that
   * recur close together. False, and nothing written, when they would not fit in the chunk.
   */
  copyBack(start, end) {
    if (this.pos + end - start > this.buf.length) return false;
    this.buf.copyWithin(this.pos, start, end);
    this.pos += end - start;
    return true;
  }
  /** Bytes in finished chunks not taken yet. */
  get pendingBytes() {
    return this.fullBytes;
  }
  /** Bytes written so far (taken or not), less what was rolled back. */
  get total() {
    return this.takenBytes + this.fullBytes + this.pos;
  }
  /** Text as UTF-8. */
  text(s) {
    if (this.pos + s.length * 3 > this.buf.length) this.finishChunk(s.length * 3);
    this.pos += this.buf.write(s, this.pos);
  }
  /** src[start, end). */
  bytes(src, start, end) {
    const n = end - start;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
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
  copyWords(from, start, end) {
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
  stream(src, start, end) {
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
  all(src) {
    const n = src.length;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    this.buf.set(src, this.pos);
    this.pos += n;
  }
  byte(b) {
    if (this.pos + 1 > this.buf.length) this.finishChunk(1);
    this.buf[this.pos++] = b;
  }
  spaces(n) {
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
    for (const end = p + n; p < end; p++) buf[p] = 32;
    this.pos = p;
  }
  /** A non-negative integer in decimal. */
  uint(v) {
    if (this.pos + 16 > this.buf.length) this.finishChunk(16);
    const buf = this.buf;
    if (v < SMALL) {
      const end = 4 * v + 4;
      let p2 = this.pos;
      for (let i = end - SMALL_LENGTH[v]; i < end; i++) buf[p2++] = SMALL_DIGITS[i];
      this.pos = p2;
      return;
    }
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    do {
      buf[--p] = 48 + v % 10;
      v = Math.floor(v / 10);
    } while (v > 0);
  }
  /** Where the report is now, written into `m` (a renderer marks every section: one object will do). */
  mark(m = { chunks: 0, buf: this.buf, pos: 0 }) {
    m.chunks = this.full.length;
    m.buf = this.buf;
    m.pos = this.pos;
    return m;
  }
  /** Forget everything written since `m` (no take() in between). */
  rollback(m) {
    for (let i = m.chunks; i < this.full.length; i++) this.fullBytes -= this.full[i].length;
    this.full.length = m.chunks;
    this.buf = m.buf;
    this.view = viewOf(this.buf);
    this.pos = m.pos;
    this.serial++;
  }
  /** The finished chunks, handed over (a partly filled one stays). */
  take() {
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
  drain(sink) {
    for (const chunk of this.take()) sink(chunk);
    if (this.pos > 0) {
      sink(this.buf.subarray(0, this.pos));
      this.takenBytes += this.pos;
      this.pos = 0;
      this.serial++;
    }
  }
  /** Everything written and not taken yet, the partly filled chunk included. */
  end() {
    if (this.pos > 0) this.finishChunk(0);
    return this.take();
  }
  finishChunk(need) {
    if (this.pos > 0) {
      const done = this.buf.subarray(0, this.pos);
      this.full.push(done);
      this.fullBytes += done.length;
      if (this.reuse && this.buf.length === REPORT_CHUNK_BYTES) this.lending.push(this.buf);
    }
    this.serial++;
    this.buf = need <= REPORT_CHUNK_BYTES && this.free.length > 0 ? this.free.pop() : Buffer.allocUnsafe(Math.max(REPORT_CHUNK_BYTES, need));
    this.view = viewOf(this.buf);
    this.pos = 0;
  }
};
var PiecePool = class {
  view;
  at;
  constructor(pieces) {
    this.at = new Int32Array(pieces.length + 1);
    for (let i = 0; i < pieces.length; i++) this.at[i + 1] = this.at[i] + pieces[i].length;
    const bytes = new Uint8Array(this.at[pieces.length]);
    for (let i = 0; i < pieces.length; i++) bytes.set(pieces[i], this.at[i]);
    this.view = viewOf(bytes);
  }
  /** Piece i. */
  write(out, i) {
    out.copyWords(this.view, this.at[i], this.at[i + 1]);
  }
};
function viewOf(b) {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
var WrittenSpans = class {
  start;
  end;
  chunk;
  constructor(size) {
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.chunk = new Int32Array(size).fill(-1);
  }
  /** Room for indexes below `size`; growing forgets what was recorded (for spans of one function). */
  reserve(size) {
    if (this.chunk.length >= size) return;
    const n = Math.max(size, 2 * this.chunk.length);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.chunk = new Int32Array(n).fill(-1);
  }
  /** Piece i written again from where it was recorded; false, and nothing written, when it is not in the chunk being written. */
  copy(out, i) {
    return this.chunk[i] === out.chunk && out.copyBack(this.start[i], this.end[i]);
  }
  /** Piece i was written from `start` of chunk `chunk` to where `out` is now (copied later only if all in that chunk). */
  record(out, i, chunk, start) {
    this.chunk[i] = out.chunk === chunk ? chunk : -1;
    this.start[i] = start;
    this.end[i] = out.offset;
  }
};

// src/clones/visible-text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visibleText(s) {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

// src/clones/node-bytes.ts
var KNOWN = 1;
var PLAIN_TEXT = 2;
var PLAIN_JSON = 4;
var LABEL_POOL_BYTES = 32 << 20;
var REMOVED = Buffer.from(" [REMOVED]");
var NAME_FIELD = Buffer.from('"name":');
var PLAIN_NAME_FIELD = Buffer.from('"name":"');
var ORDER_FIELD = Buffer.from(',"order":');
var PLAIN_NAME_END_ORDER_FIELD = Buffer.from('","order":');
var COL_FIELD = Buffer.from(',"col":');
function labelText(g, n) {
  const s = `${visibleText(nodeName(g, n))}/${g.nodeOrder[n]} (${visibleText(g.rawFiles[g.nodeFile[n]])}:${g.nodeLine[n]}:${g.nodeCol[n]})`;
  return g.nodeRemoved[n] === 1 ? `${s} [REMOVED]` : s;
}
var NodeBytes = class {
  constructor(g) {
    this.g = g;
    this.nameKind = new Uint8Array(g.nodeCount);
    this.nameBytes = g.nameBytes;
    this.nameView = viewOf(g.nameBytes);
    this.nameStart = g.nodeNameStart;
    this.nameEnd = g.nodeNameEnd;
    this.rawFileText = new PiecePool(g.rawFiles.map((f) => Buffer.from(` (${visibleText(f)}:`)));
  }
  g;
  nameKind;
  // The graph's name columns, held here: read on every label.
  nameBytes;
  nameView;
  nameStart;
  nameEnd;
  /**
   * Per file id: ' (FILE:', FILE as written in the dump, control characters made visible. The
   * constant runs of bytes around a node's numbers are made once each, so a label or a JSON node is
   * a few copies.
   */
  rawFileText;
  /**
   * Made for JSON only: per file id, ',"file":"…","line":'; and what follows the column, not removed
   * (2f) and removed (2f + 1): ',"removed":false' (or true) and ',"rawFile":"…"' when FILE is written
   * differently.
   */
  fileJson = null;
  labelPool = null;
  kindOf(n) {
    let k = this.nameKind[n];
    if (k === 0) {
      const { nameBytes: bytes, nameStart, nameEnd } = this;
      k = KNOWN | PLAIN_TEXT | PLAIN_JSON;
      for (let i = nameStart[n]; i < nameEnd[n]; i++) {
        const c = bytes[i];
        if (c < 32 || c > 126) {
          k = KNOWN;
          break;
        }
        if (c === 34 || c === 92) k = KNOWN | PLAIN_TEXT;
      }
      this.nameKind[n] = k;
    }
    return k;
  }
  /** Node n's name as the text report prints it (control characters made visible). */
  nameText(out, n) {
    if (this.kindOf(n) & PLAIN_TEXT) out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
    else out.text(visibleText(nodeName(this.g, n)));
  }
  /** Node n's name as a JSON string. */
  nameJson(out, n) {
    if (this.kindOf(n) & PLAIN_JSON) {
      out.byte(34);
      out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
      out.byte(34);
    } else {
      out.text(JSON.stringify(nodeName(this.g, n)));
    }
  }
  /**
   * Make every label up front, when they fit `budget` bytes (see LabelPool): label() copies them then.
   * For a report that prints most nodes many times, in an order other than the graph's.
   */
  prepareLabels(budget) {
    this.labelPool = LabelPool.make(this.g, budget, this.labelHead, this.labelTail);
    return this.labelPool !== null;
  }
  /** 'name/order (file:line:col)[ [REMOVED]]', FILE as written in the dump (the classic label). */
  label(out, n) {
    const pool = this.labelPool;
    if (pool !== null) return pool.write(out, n, this.rawFileText);
    this.labelHead(out, n);
    this.rawFileText.write(out, this.g.nodeFile[n]);
    this.labelTail(out, n);
  }
  /** The label before its file: 'name/order'. */
  labelHead = (out, n) => {
    this.nameText(out, n);
    out.byte(47);
    out.uint(this.g.nodeOrder[n]);
  };
  /** The label after its file: 'line:col)[ [REMOVED]]'. */
  labelTail = (out, n) => {
    const g = this.g;
    out.uint(g.nodeLine[n]);
    out.byte(58);
    out.uint(g.nodeCol[n]);
    out.byte(41);
    if (g.nodeRemoved[n] === 1) out.all(REMOVED);
  };
  /** The fields of the node's JSON object, without braces (the keys and order of jsonNode). */
  jsonFields(out, n) {
    const g = this.g;
    const f = g.nodeFile[n];
    const json = this.fileJson ??= this.makeFileJson();
    if (this.kindOf(n) & PLAIN_JSON) {
      out.all(PLAIN_NAME_FIELD);
      out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
      out.all(PLAIN_NAME_END_ORDER_FIELD);
    } else {
      out.all(NAME_FIELD);
      out.text(JSON.stringify(nodeName(g, n)));
      out.all(ORDER_FIELD);
    }
    out.uint(g.nodeOrder[n]);
    json.file.write(out, f);
    out.uint(g.nodeLine[n]);
    out.all(COL_FIELD);
    out.uint(g.nodeCol[n]);
    json.tail.write(out, 2 * f + g.nodeRemoved[n]);
  }
  makeFileJson() {
    const g = this.g;
    const rawFile = g.rawFiles.map((f, i) => f === g.files[i] ? "" : `,"rawFile":${JSON.stringify(f)}`);
    return {
      file: new PiecePool(g.files.map((f) => Buffer.from(`,"file":${JSON.stringify(f)},"line":`))),
      tail: new PiecePool(rawFile.flatMap((r) => [Buffer.from(`,"removed":false${r}`), Buffer.from(`,"removed":true${r}`)]))
    };
  }
};
var LABEL_FIXED_BYTES = 1 + 3 * 10 + 2 + 10;
var LabelPool = class _LabelPool {
  constructor(bytes, at) {
    this.at = at;
    this.view = viewOf(bytes);
  }
  at;
  view;
  /**
   * The pool, or null when it would take more than `budget` bytes: the names' bytes plus
   * LABEL_FIXED_BYTES a node. A name written longer than its bytes (escaped) may not fit, and then
   * there is no pool.
   */
  static make(g, budget, head, tail) {
    if (budget <= 0 || g.nodeCount === 0) return null;
    let room = 0;
    for (let n = 0; n < g.nodeCount; n++) room += g.nodeNameEnd[n] - g.nodeNameStart[n] + LABEL_FIXED_BYTES;
    if (room > budget) return null;
    const bytes = Buffer.allocUnsafe(room);
    const out = new ReportBytes(false, bytes);
    const chunk = out.chunk;
    const at = new Int32Array(3 * g.nodeCount + 1);
    for (let n = 0; n < g.nodeCount; n++) {
      head(out, n);
      at[3 * n + 1] = out.offset;
      at[3 * n + 2] = g.nodeFile[n];
      tail(out, n);
      if (out.chunk !== chunk) return null;
      at[3 * n + 3] = out.offset;
    }
    return new _LabelPool(bytes, at);
  }
  /** Node n's label: head, fileText[its file], tail. */
  write(out, n, fileText) {
    const { at, view } = this;
    const k = 3 * n;
    out.copyWords(view, at[k], at[k + 1]);
    fileText.write(out, at[k + 2]);
    out.copyWords(view, at[k + 1], at[k + 3]);
  }
};

// src/clones/classic-report.ts
var CLASSIC_TREE_FACTOR = 64;
var CLASSIC_TREE_SLACK = 4096;
var CLASSIC_MAX_DEPTH = 40;
function classicRootIds(g, ignoreRemoved = false) {
  const { outStart, nodeRemoved } = g;
  const isRoot = (n) => outStart[n + 1] > outStart[n] && !(ignoreRemoved && nodeRemoved[n] === 1);
  let count = 0;
  for (let n = 0; n < g.nodeCount; n++) if (isRoot(n)) count++;
  const roots = new Int32Array(count);
  for (let n = 0, k = 0; n < g.nodeCount; n++) if (isRoot(n)) roots[k++] = n;
  return byName(g, roots);
}
function byName(g, nodes) {
  const { nameBytes, nodeNameStart, nodeNameEnd } = g;
  let end = 0;
  for (let k = 0; k < nodes.length; k++) if (nodeNameEnd[nodes[k]] > end) end = nodeNameEnd[nodes[k]];
  let bits = 0;
  for (let i = 0; i < end; i++) bits |= nameBytes[i];
  if (bits >= 128) return byNameId(g, nodes);
  const out = nodes.slice();
  sortAsciiNames(out, nameBytes, nodeNameStart, nodeNameEnd);
  return out;
}
function byNameId(g, nodes) {
  const nm = g.nodeName;
  const rank = new Int32Array(g.names.count).fill(-1);
  const distinct = new Int32Array(Math.min(nodes.length, g.names.count));
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const id = nm[nodes[i]];
    if (rank[id] === -1) {
      rank[id] = 0;
      distinct[count++] = id;
    }
  }
  const sorted = distinct.subarray(0, count).sort(nameOrder(g));
  const start = new Int32Array(count + 1);
  for (let r = 0; r < count; r++) rank[sorted[r]] = r;
  for (let i = 0; i < nodes.length; i++) start[rank[nm[nodes[i]]] + 1]++;
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  const out = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[start[rank[nm[nodes[i]]]]++] = nodes[i];
  return out;
}
function sortAsciiNames(ids, bytes, start, end) {
  const at = (id, d) => start[id] + d < end[id] ? bytes[start[id] + d] + 1 : 0;
  const swap = (i, j) => {
    const t = ids[i];
    ids[i] = ids[j];
    ids[j] = t;
  };
  const stack = [0, ids.length, 0];
  while (stack.length > 0) {
    let d = stack.pop();
    let hi = stack.pop();
    let lo = stack.pop();
    while (hi - lo > 1) {
      if (hi - lo < 12) {
        for (let i = lo + 1; i < hi; i++) {
          for (let j = i; j > lo; j--) {
            const c = compareFrom(ids[j - 1], ids[j], d, bytes, start, end);
            if (c < 0 || c === 0 && ids[j - 1] < ids[j]) break;
            swap(j - 1, j);
          }
        }
        break;
      }
      const pivot = at(ids[lo + (hi - lo >> 1)], d);
      let lt = lo;
      let gt = hi;
      for (let i = lo; i < gt; ) {
        const c = at(ids[i], d);
        if (c < pivot) swap(lt++, i++);
        else if (c > pivot) swap(i, --gt);
        else i++;
      }
      stack.push(lo, lt, d, gt, hi, d);
      if (pivot === 0) {
        ids.subarray(lt, gt).sort();
        break;
      }
      lo = lt;
      hi = gt;
      d++;
    }
  }
}
function compareFrom(a, b, d, bytes, start, end) {
  const la = end[a] - start[a];
  const lb = end[b] - start[b];
  const n = la < lb ? la : lb;
  for (let k = d; k < n; k++) if (bytes[start[a] + k] !== bytes[start[b] + k]) return bytes[start[a] + k] - bytes[start[b] + k];
  return la - lb;
}
function nameOrder(g) {
  const text = /* @__PURE__ */ new Map();
  const asText = (id) => {
    let t = text.get(id);
    if (t === void 0) text.set(id, t = g.names.get(id));
    return t;
  };
  return (a, b) => {
    const ta = asText(a);
    const tb = asText(b);
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  };
}
function dumpsWithOriginal(g, symbol) {
  const out = /* @__PURE__ */ new Set();
  for (const n of findNodes(g, symbol)) if (g.outStart[n + 1] > g.outStart[n]) out.add(g.nodeDump[n]);
  return out;
}
function* classicReportChunks(g, opts = {}, graphFor = (symbol) => subgraphOfDumps(g, dumpsWithOriginal(g, symbol))) {
  const out = new ReportBytes(opts.reuseChunks);
  const parts = [];
  if (opts.symbols && opts.symbols.length > 0) {
    for (const symbol of opts.symbols) {
      const sg = graphFor(symbol);
      parts.push({ g: sg, roots: findNodes(sg, symbol).filter((n) => !(opts.ignoreRemoved && sg.nodeRemoved[n] === 1)) });
    }
  } else {
    parts.push({ g, roots: classicRootIds(g, opts.ignoreRemoved) });
  }
  for (const part of parts) {
    const r = new SectionRenderer(part.g, out, part.roots, opts.onCompactTree, LABEL_POOL_BYTES);
    for (let i = 0; i < part.roots.length; i++) {
      r.section(part.roots[i]);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  yield* out.end();
}
function classicSectionWriter(g, out, roots, onCompactTree, labelPoolBytes = 0) {
  const r = new SectionRenderer(g, out, roots, onCompactTree, labelPoolBytes);
  return (root) => r.section(root);
}
var NL = 10;
var EDGES = Buffer.from(" [edges: ");
var FUNCTION = Buffer.from("Function: ");
var AFFECTED = Buffer.from("\n  Affected functions: ");
var SectionRenderer = class {
  constructor(g, out, roots, onCompact, labelPoolBytes = 0) {
    this.g = g;
    this.out = out;
    this.onCompact = onCompact;
    this.nodes = new NodeBytes(g);
    this.pooled = this.nodes.prepareLabels(labelPoolBytes);
    this.reasons = g.reasons.map((r) => Buffer.from(`${visibleText(r)}: `));
    this.treeLineStarts = new PiecePool(g.reasons.flatMap((r) => Array.from({ length: CLASSIC_MAX_DEPTH }, (_, level) => Buffer.from(`${" ".repeat(2 * (level + 1))}${visibleText(r)}: `))));
    this.objectFiles = new Array(g.dumps.length);
    const n = g.nodeCount;
    this.reached = new Uint8Array(n);
    this.affected = new Int32Array(n);
    this.path = new WalkPath(g);
    this.sectionStart = out.mark();
    this.ownSection = new Uint8Array(n);
    for (let i = 0; i < roots.length; i++) this.ownSection[roots[i]] = 1;
    this.expanded = new Uint8Array(n);
    this.expandedList = new Int32Array(n);
    this.labels = new WrittenSpans(this.pooled ? 0 : n);
  }
  g;
  out;
  onCompact;
  nodes;
  reasons;
  /** A classic tree line's indentation and reason, one piece: reason r at level l is [r * CLASSIC_MAX_DEPTH + l - 1]. */
  treeLineStarts;
  objectFiles;
  recursive = Buffer.from(" [RECURSIVE operation]");
  seeAbove = Buffer.from(" [see above]");
  seeSection = Buffer.from(" [see its own Function section]");
  // Per node: it has a section of its own in this report; expanded in the current compact tree.
  ownSection;
  expanded;
  expandedList;
  // Without labels made up front (NodeBytes.prepareLabels), per node where its label was last written:
  // a node is printed on several lines of a section (its tree lines, its affected line), so later
  // ones copy those bytes instead of reading its name again.
  pooled;
  labels;
  // Per node: reached from the current root (affected), in first-reached order.
  reached;
  affected;
  affectedCount = 0;
  path;
  sectionStart;
  section(root) {
    const { g, out } = this;
    out.all(FUNCTION);
    this.label(root);
    if (g.grouping === null) out.all(this.objectFile(g.nodeDump[root]));
    out.byte(NL);
    const start = out.mark(this.sectionStart);
    if (!this.classicTree(root)) {
      out.rollback(start);
      this.clearAffected();
      this.compactTree(root);
      this.reachDepthFirst(root);
      this.onCompact?.(g, root, labelText(g, root));
    }
    out.all(AFFECTED);
    out.uint(this.affectedCount);
    out.byte(NL);
    for (let i = 0; i < this.affectedCount; i++) this.affectedLine(this.affected[i]);
    out.byte(NL);
    this.clearAffected();
  }
  /** The classic tree; false (output and affected half done) when it outgrows COMPACT's limits. */
  classicTree(root) {
    const { g, out, path } = this;
    const { outEdges, edgeTo, edgeMult, edgeReason } = g;
    const onPath = path.onPath;
    let limit = CLASSIC_TREE_SLACK;
    let limitKnown = false;
    let lines = 0;
    path.push(root);
    let ok = true;
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const sp = path.top;
      if (++lines > limit && !limitKnown) {
        limit = CLASSIC_TREE_FACTOR * reachableEdges(g, root) + CLASSIC_TREE_SLACK;
        limitKnown = true;
      }
      if (lines > limit || sp + 1 > CLASSIC_MAX_DEPTH) {
        ok = false;
        break;
      }
      const e = outEdges[i];
      const to = edgeTo[e];
      this.reach(to);
      this.treeLineStarts.write(out, edgeReason[e] * CLASSIC_MAX_DEPTH + sp);
      const recursive = onPath[to] === 1;
      if (recursive) {
        this.label(to);
        out.all(this.recursive);
        if (edgeMult[e] > 1) this.edges(edgeMult[e]);
        out.byte(NL);
      } else {
        this.edgeLine(e);
        path.push(to);
      }
    }
    path.clear();
    return ok;
  }
  /**
   * Each function expanded once (see COMPACT), and not at all when it has a section of its own: so
   * the compact trees of a whole report print each edge about once.
   */
  compactTree(root) {
    const { g, out, path, expanded, expandedList, ownSection } = this;
    const { outStart, outEdges, edgeTo, edgeMult, edgeReason } = g;
    const onPath = path.onPath;
    let expandedCount = 0;
    path.push(root);
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const e = outEdges[i];
      const to = edgeTo[e];
      const level = path.top + 1;
      out.spaces(2 * Math.min(level, CLASSIC_MAX_DEPTH));
      if (level > CLASSIC_MAX_DEPTH) {
        out.text("[level ");
        out.uint(level);
        out.text("] ");
      }
      const reason = this.reasons[edgeReason[e]];
      out.bytes(reason, 0, reason.length);
      this.label(to);
      const recursive = onPath[to] === 1;
      const hasEdges = outStart[to + 1] > outStart[to];
      const seen = expanded[to] === 1;
      const elsewhere = ownSection[to] === 1;
      if (recursive) out.bytes(this.recursive, 0, this.recursive.length);
      else if (hasEdges && seen) out.bytes(this.seeAbove, 0, this.seeAbove.length);
      else if (hasEdges && elsewhere) out.bytes(this.seeSection, 0, this.seeSection.length);
      if (edgeMult[e] > 1) this.edges(edgeMult[e]);
      out.byte(NL);
      if (!recursive && !seen && !elsewhere && hasEdges) {
        expanded[to] = 1;
        expandedList[expandedCount++] = to;
        path.push(to);
      }
    }
    for (let k = 0; k < expandedCount; k++) expanded[expandedList[k]] = 0;
  }
  /** The affected functions in the classic's order (first reached depth-first), each node expanded once. */
  reachDepthFirst(root) {
    const { g, reached, path } = this;
    const { outEdges, edgeTo } = g;
    path.push(root);
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const to = edgeTo[outEdges[i]];
      if (reached[to] === 1) continue;
      this.reach(to);
      path.push(to);
    }
  }
  reach(n) {
    if (this.reached[n] === 1) return;
    this.reached[n] = 1;
    this.affected[this.affectedCount++] = n;
  }
  clearAffected() {
    for (let i = 0; i < this.affectedCount; i++) this.reached[this.affected[i]] = 0;
    this.affectedCount = 0;
  }
  label(n) {
    const out = this.out;
    if (this.pooled) return this.nodes.label(out, n);
    const chunk = out.chunk;
    if (this.labels.copy(out, n)) return;
    const start = out.offset;
    this.nodes.label(out, n);
    this.labels.record(out, n, chunk, start);
  }
  /** '    LABEL\n'. */
  affectedLine(n) {
    this.out.spaces(4);
    this.label(n);
    this.out.byte(NL);
  }
  /** 'LABEL[ [edges: N]]\n', the usual tree line after its indentation and reason. */
  edgeLine(e) {
    const g = this.g;
    this.label(g.edgeTo[e]);
    if (g.edgeMult[e] > 1) this.edges(g.edgeMult[e]);
    this.out.byte(NL);
  }
  edges(count) {
    this.out.all(EDGES);
    this.out.uint(count);
    this.out.byte(93);
  }
  objectFile(d) {
    return this.objectFiles[d] ??= Buffer.from(` [object file: ${visibleText(this.g.dumps[d].path)}]`);
  }
};
var WalkPath = class {
  node;
  next;
  outStart;
  /** Per node: on the path. */
  onPath;
  /** The level of the node on top (the root's is 0); -1 when the path is empty. */
  top = -1;
  constructor(g) {
    this.node = new Int32Array(g.nodeCount + 1);
    this.next = new Int32Array(g.nodeCount + 1);
    this.onPath = new Uint8Array(g.nodeCount);
    this.outStart = g.outStart;
  }
  push(n) {
    const t = ++this.top;
    this.node[t] = n;
    this.next[t] = this.outStart[n];
    this.onPath[n] = 1;
  }
  /** The next out-edge slot of the node on top, or -1 when it had none left (and was popped). */
  nextSlot() {
    const t = this.top;
    const n = this.node[t];
    const i = this.next[t];
    if (i === this.outStart[n + 1]) {
      this.onPath[n] = 0;
      this.top--;
      return -1;
    }
    this.next[t] = i + 1;
    return i;
  }
  clear() {
    for (; this.top >= 0; this.top--) this.onPath[this.node[this.top]] = 0;
  }
};
function reachableEdges(g, root) {
  const queue = [root];
  const seen = new Set(queue);
  let edges = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    for (let i = g.outStart[n]; i < g.outStart[n + 1]; i++) {
      edges++;
      const to = g.edgeTo[g.outEdges[i]];
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return edges;
}

// src/clones/clones-json.ts
var CHAIN_MAX_STEPS = 64;
function clonesJsonHeader(g, warnings) {
  const inputs = { files: g.dumps.length, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
  for (const d of g.dumps) {
    inputs.lines += d.lines;
    inputs.cloneLines += d.cloneLines;
    inputs.removalLines += d.removalLines;
    inputs.malformedLines += d.malformedLines;
  }
  return {
    schema: "livepatch-gate/clones",
    schemaVersion: 1,
    sourceRoot: g.sourceRoot,
    grouped: g.grouping !== null,
    inputs,
    reasons: g.reasonStats.map((r) => ({ reason: r.reason, lines: r.lines, known: r.known })),
    warnings
  };
}
function* clonesJsonChunks(header, parts, reuseChunks = false) {
  const out = new ReportBytes(reuseChunks);
  out.text(clonesJsonOpening(header));
  let first = true;
  for (const { g, roots } of parts) {
    const w = new FunctionWriter(g, out);
    for (const root of roots) {
      out.all(functionSeparator(first));
      first = false;
      w.write(root);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  out.text(clonesJsonClosing(header.warnings, !first));
  yield* out.end();
}
function clonesJsonOpening(header) {
  const open = JSON.stringify({ ...header, warnings: void 0 }, null, 2);
  return `${open.slice(0, open.lastIndexOf("}")).trimEnd()},
  "functions": [`;
}
var FIRST_FUNCTION = Buffer.from("\n    ");
var NEXT_FUNCTION = Buffer.from(",\n    ");
function functionSeparator(first) {
  return first ? FIRST_FUNCTION : NEXT_FUNCTION;
}
function clonesJsonClosing(warnings, anyFunction) {
  return `${anyFunction ? "\n  " : ""}],
  "warnings": ${JSON.stringify(warnings, null, 2).replace(/\n/g, "\n  ")}
}
`;
}
function clonesJsonFunctionWriter(g, out) {
  const w = new FunctionWriter(g, out);
  return (root) => w.write(root);
}
var TO_OPEN = Buffer.from(',"to":{');
var CLOSE2 = Buffer.from("}}");
var AFFECTED_OPEN = Buffer.from('],"affected":[');
var CHAIN_END_CUT = Buffer.from('],"chainCut":');
var CHAIN_END_VIA = Buffer.from('],"via":');
var VIA = Buffer.from(',"via":');
var NO_VIA_END = Buffer.from("-1}");
var CLOSE_LIST = Buffer.from("]}");
var FunctionWriter = class {
  constructor(g, out) {
    this.g = g;
    this.out = out;
    this.nodes = new NodeBytes(g);
    this.walk = new ReachWalk(g);
    this.inlined = new Uint8Array(g.nodeCount);
    const reasons = g.reasons.map((r) => JSON.stringify(r));
    const pool = (piece) => new PiecePool(reasons.map((r, k) => Buffer.from(piece(r, k))));
    this.entryInlined = pool((r) => `,"kind":"inlined","reason":${r},"chain":[`);
    this.entryClone = pool((r) => `,"kind":"clone","reason":${r},"chain":[`);
    this.stepFirst = pool((r) => `{"reason":${r},"to":`);
    this.stepNext = pool((r) => `,{"reason":${r},"to":`);
    this.edgeHead = pool((r, k) => `{"kind":${JSON.stringify(k === g.inlineReason ? "inline" : "clone")},"reason":${r},"count":`);
    this.dumpText = new Array(g.dumps.length);
  }
  g;
  out;
  nodes;
  // Per reason, the constant run of bytes around it: an affected entry's kind, reason and the opening
  // of its chain (inlined, clone), and a chain step up to its target (first step, later ones).
  entryInlined;
  entryClone;
  stepFirst;
  stepNext;
  edgeHead;
  dumpText;
  chainEdges = new Int32Array(CHAIN_MAX_STEPS);
  walk;
  // Per affected entry of the function being written: some step of its chain is an inline.
  inlined;
  // Per affected entry of the function being written: where its chain's steps were written. An
  // entry's chain is its predecessor's plus one step, so it is copied from there.
  chains = new WrittenSpans(256);
  // Per out-edge of the function being written: where its target's fields were written. The first
  // affected entries are those targets again, in the same order (the set is breadth-first).
  targets = new WrittenSpans(64);
  write(root) {
    const { g, out, nodes: nb } = this;
    out.byte(123);
    nb.jsonFields(out, root);
    const d = g.nodeDump[root];
    const dump = this.dumpText[d] ??= Buffer.from(`,"dump":${JSON.stringify(g.dumps[d].path)},"source":${JSON.stringify(g.dumps[d].source)},"edges":[`);
    out.all(dump);
    const first = g.outStart[root];
    const degree = g.outStart[root + 1] - first;
    this.targets.reserve(degree);
    for (let k2 = 0; k2 < degree; k2++) {
      const e = g.outEdges[first + k2];
      if (k2 > 0) out.byte(44);
      this.edgeHead.write(out, g.edgeReason[e]);
      out.uint(g.edgeMult[e]);
      out.all(TO_OPEN);
      const chunk = out.chunk;
      const start = out.offset;
      nb.jsonFields(out, g.edgeTo[e]);
      this.targets.record(out, k2, chunk, start);
      out.all(CLOSE2);
    }
    out.all(AFFECTED_OPEN);
    const walk = this.walk;
    const count = walk.from(root);
    const { nodes, via, pred, depth } = walk;
    this.chains.reserve(count);
    const inlined = this.inlined;
    let k = 0;
    for (let i = 0; i < count; i++) {
      const e = via[i];
      inlined[i] = g.edgeReason[e] === g.inlineReason || pred[i] >= 0 && inlined[pred[i]] === 1 ? 1 : 0;
      if (i > 0) out.byte(44);
      out.byte(123);
      if (pred[i] < 0) while (k < degree && g.outEdges[first + k] !== e) k++;
      if (pred[i] >= 0 || k === degree || !this.targets.copy(out, k)) nb.jsonFields(out, nodes[i]);
      (inlined[i] === 1 ? this.entryInlined : this.entryClone).write(out, g.edgeReason[e]);
      this.chain(i, pred, via, depth[i]);
      if (depth[i] > CHAIN_MAX_STEPS) {
        out.all(CHAIN_END_CUT);
        out.uint(depth[i] - CHAIN_MAX_STEPS);
        out.all(VIA);
      } else out.all(CHAIN_END_VIA);
      if (pred[i] < 0) out.all(NO_VIA_END);
      else {
        out.uint(pred[i]);
        out.byte(125);
      }
    }
    out.all(CLOSE_LIST);
  }
  /** The last CHAIN_MAX_STEPS steps to entry i, first step first. */
  chain(i, pred, via, depth) {
    const out = this.out;
    const p = pred[i];
    const chunk = out.chunk;
    const start = out.offset;
    if (p < 0) {
      this.step(via[i], true);
    } else if (depth <= CHAIN_MAX_STEPS && this.chains.copy(out, p)) {
      this.step(via[i], false);
    } else {
      const steps = Math.min(depth, CHAIN_MAX_STEPS);
      const edges = this.chainEdges;
      for (let k = steps - 1, j = i; k >= 0; k--, j = pred[j]) edges[k] = via[j];
      for (let k = 0; k < steps; k++) this.step(edges[k], k === 0);
    }
    this.chains.record(out, i, chunk, start);
  }
  /** '{"reason":…,"to":…}' of edge e, after a comma unless first. */
  step(e, first) {
    const { g, out } = this;
    (first ? this.stepFirst : this.stepNext).write(out, g.edgeReason[e]);
    this.nodes.nameJson(out, g.edgeTo[e]);
    out.byte(125);
  }
};

// src/clones/split-report.ts
import { Worker } from "node:worker_threads";

// src/clones/section-ring.ts
var WRITTEN = 0;
var READ = 1;
var SECTIONS = 2;
var STATE = 3;
var WRITER_WAITS = 4;
var RUNNING = 0;
var CLOSED = 1;
var FAILED = 2;
var RING_BYTES = 4 << 20;
function newRing(sections, bytes = RING_BYTES) {
  if (bytes & bytes - 1 || bytes >= 2 ** 31) throw new Error(`ring size ${bytes} is not a power of two below 2^31`);
  return { control: new SharedArrayBuffer(20), data: new SharedArrayBuffer(bytes), lengths: new SharedArrayBuffer(8 * Math.max(1, sections)) };
}
var RingEnd = class {
  control;
  data;
  lengths;
  mask;
  constructor(memory) {
    this.control = new Int32Array(memory.control);
    this.data = new Uint8Array(memory.data);
    this.lengths = new Float64Array(memory.lengths);
    this.mask = this.data.length - 1;
  }
};
var RingWriter = class extends RingEnd {
  written = 0;
  sections = 0;
  /** The lengths of the next sections, published before any of their bytes. */
  sectionLengths(lengths) {
    for (let i = 0; i < lengths.length; i++) this.lengths[this.sections++] = lengths[i];
    Atomics.store(this.control, SECTIONS, this.sections);
    Atomics.notify(this.control, SECTIONS);
  }
  /** Bytes of the sections published, in order; waits while the ring is full. */
  write(bytes) {
    const { control, data, mask } = this;
    for (let from = 0; from < bytes.length; ) {
      const read = Atomics.load(control, READ);
      const free = data.length - (this.written - read | 0);
      if (free === 0) {
        Atomics.store(control, WRITER_WAITS, 1);
        if (Atomics.load(control, READ) === read) Atomics.wait(control, READ, read);
        Atomics.store(control, WRITER_WAITS, 0);
        continue;
      }
      const at = this.written & mask;
      const n = Math.min(free, data.length - at, bytes.length - from);
      data.set(bytes.subarray(from, from + n), at);
      from += n;
      this.written = this.written + n | 0;
      Atomics.store(control, WRITTEN, this.written);
      Atomics.notify(control, WRITTEN);
    }
  }
  close() {
    Atomics.store(this.control, STATE, CLOSED);
    Atomics.notify(this.control, STATE);
    Atomics.notify(this.control, SECTIONS);
    Atomics.notify(this.control, WRITTEN);
  }
  /** Wake the reader with the news that no more is coming (it then stops with an error). */
  fail() {
    Atomics.store(this.control, STATE, FAILED);
    Atomics.notify(this.control, SECTIONS);
    Atomics.notify(this.control, WRITTEN);
  }
};
var RingReader = class extends RingEnd {
  /** `ended`: settles when the writer's thread is gone (then a wait re-checks and stops). */
  constructor(memory, ended) {
    super(memory);
    this.ended = ended;
  }
  ended;
  read = 0;
  section = 0;
  /** Bytes of the current section still to copy; -1 between sections. */
  remaining = -1;
  /**
   * Copy the next section (or what has arrived of it) to `out`: null when it is all there, else a
   * promise to await before calling again for the rest.
   */
  copySection(out) {
    const { control, data, mask } = this;
    if (this.remaining < 0) {
      const published = Atomics.load(control, SECTIONS);
      if (published <= this.section) return this.waitFor(SECTIONS, published, "its next section");
      this.remaining = this.lengths[this.section];
    }
    while (this.remaining > 0) {
      const written = Atomics.load(control, WRITTEN);
      const waiting = written - this.read | 0;
      if (waiting === 0) return this.waitFor(WRITTEN, written, "the rest of a section");
      const at = this.read & mask;
      const n = Math.min(waiting, data.length - at, this.remaining);
      out.bytes(data, at, at + n);
      this.remaining -= n;
      this.read = this.read + n | 0;
      Atomics.store(control, READ, this.read);
      if (Atomics.load(control, WRITER_WAITS) === 1) Atomics.notify(control, READ);
    }
    this.remaining = -1;
    this.section++;
    return null;
  }
  waitFor(cell, seen, what) {
    const state = Atomics.load(this.control, STATE);
    if (state !== RUNNING) return Promise.reject(new Error(`report worker ${state === FAILED ? "failed" : "closed its ring"} before ${what}`));
    const wait = Atomics.waitAsync(this.control, cell, seen);
    return wait.async ? Promise.race([wait.value, this.ended]) : Promise.resolve();
  }
};

// src/clones/split-report.ts
var BLOCK_SECTIONS = 128;
async function* splitReportChunks(g, roots, opts) {
  const { workers, format, header } = opts;
  const threads = workers.length + 1;
  const blocks = Math.ceil(roots.length / BLOCK_SECTIONS);
  const sharedRoots = new Int32Array(new SharedArrayBuffer(4 * roots.length));
  sharedRoots.set(roots);
  const graph = graphColumns(g);
  const readers = workers.map((w, i) => {
    const ring = newRing(blocksOf(i + 1, threads, blocks));
    w.post({ kind: "render", graph, roots: sharedRoots, format, thread: i + 1, threads, ring });
    return new RingReader(ring, w.ended);
  });
  try {
    const compact = [];
    const out = new ReportBytes(true);
    const sink = { bytes: (src, start, end) => out.stream(src, start, end) };
    const section = sectionWriter(g, roots, format, out, compact);
    if (header) out.text(clonesJsonOpening(header));
    for (let b = 0; b < blocks; b++) {
      const owner = b % threads;
      if (owner === 0) {
        for (let i = b * BLOCK_SECTIONS; i < Math.min(roots.length, (b + 1) * BLOCK_SECTIONS); i++) {
          section(i);
          if (out.pendingBytes > 0) yield* out.take();
        }
      } else {
        for (let wait = readers[owner - 1].copySection(sink); wait !== null; wait = readers[owner - 1].copySection(sink)) {
          if (out.pendingBytes > 0) yield* out.take();
          await wait;
        }
      }
      if (out.pendingBytes > 0) yield* out.take();
    }
    for (const done of await Promise.all(workers.map((w) => w.done()))) compact.push(...done);
    compact.sort((a, b) => a.at - b.at);
    for (const c of compact) opts.onCompactTree?.(c.dumpPath, c.label);
    if (header) out.text(clonesJsonClosing(header.warnings, roots.length > 0));
    yield* out.end();
  } finally {
    await stopReportWorkers(workers);
  }
}
function blocksOf(thread, threads, blocks) {
  return thread < blocks ? Math.ceil((blocks - thread) / threads) : 0;
}
function sectionWriter(g, roots, format, out, compact) {
  let at = 0;
  if (format === "json") {
    const write2 = clonesJsonFunctionWriter(g, out);
    return (i) => {
      out.all(functionSeparator(i === 0));
      write2(roots[i]);
    };
  }
  const write = classicSectionWriter(g, out, roots, (cg, root, label) => compact.push({ at, dumpPath: dumpOf(cg, root).path, label }));
  return (i) => {
    at = i;
    write(roots[i]);
  };
}
function startReportWorkers(url, count) {
  return Array.from({ length: count }, () => new ReportWorker(url));
}
async function stopReportWorkers(workers) {
  await Promise.all(workers.map((w) => w.stop()));
}
var ReportWorker = class {
  worker;
  answer = null;
  failure = null;
  waiting = null;
  /** Settles when the thread is gone, however it ended. */
  ended;
  constructor(url) {
    this.worker = new Worker(url);
    this.worker.on("message", (m) => {
      if (m.kind === "failed") this.fail(new Error(`clones report thread failed: ${m.message}`));
      else this.answer = m;
      this.settle();
    });
    this.worker.on("error", (err) => this.fail(new Error(`clones report thread failed: ${err.stack ?? err.message}`)));
    this.ended = new Promise(
      (resolve) => this.worker.once("exit", (code) => {
        if (!this.answer) this.fail(new Error(`clones report thread exited (code ${code}) before it finished`));
        resolve();
      })
    );
  }
  post(job) {
    this.worker.postMessage(job);
  }
  /** The compact sections it wrote, once it has written all its blocks. */
  done() {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.settle();
    });
  }
  async stop() {
    if (!this.answer) await this.worker.terminate();
  }
  fail(err) {
    this.failure ??= err;
    this.settle();
  }
  settle() {
    const w = this.waiting;
    if (!w) return;
    if (this.answer?.kind === "done") w.resolve(this.answer.compact);
    else if (this.failure) w.reject(this.failure);
    else return;
    this.waiting = null;
  }
};
async function runReportWorker(port) {
  let ring = null;
  try {
    const job = await new Promise((resolve) => port.once("message", resolve));
    const writer = ring = new RingWriter(job.ring);
    const g = graphFromColumns(job.graph);
    const { roots, threads } = job;
    const compact = [];
    const out = new ReportBytes(true);
    const section = sectionWriter(g, roots, job.format, out, compact);
    const blocks = Math.ceil(roots.length / BLOCK_SECTIONS);
    for (let b = job.thread; b < blocks; b += threads) {
      const start = out.total;
      for (let i = b * BLOCK_SECTIONS; i < Math.min(roots.length, (b + 1) * BLOCK_SECTIONS); i++) section(i);
      writer.sectionLengths([out.total - start]);
      out.drain((bytes) => writer.write(bytes));
    }
    writer.close();
    port.postMessage({ kind: "done", compact });
  } catch (err) {
    ring?.fail();
    port.postMessage({ kind: "failed", message: err.stack ?? String(err) });
  }
}

export {
  groupGraph,
  subgraphOfDumps,
  CLASSIC_MAX_DEPTH,
  classicRootIds,
  dumpsWithOriginal,
  classicReportChunks,
  clonesJsonHeader,
  clonesJsonChunks,
  splitReportChunks,
  startReportWorkers,
  stopReportWorkers,
  runReportWorker
};
