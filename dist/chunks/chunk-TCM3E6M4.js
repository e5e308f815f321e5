import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  EdgeColumns,
  HEAP_MEMORY,
  MAX_NODES,
  NodeColumns,
  SHARED_MEMORY,
  StringTable,
  cleanPath,
  decodeBytes,
  detectSourceRoot,
  grown,
  hashBytes,
  normaliseSourcePath,
  withIndexes
} from "./chunk-6435ZYN3.js";

// src/clones/read-dumps.ts
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// src/clones/dump-line.ts
var INLINE_REASON = "inlining to";
var KNOWN_REASONS = /* @__PURE__ */ new Set([
  INLINE_REASON,
  "constprop",
  "isra",
  "part",
  "simdclone",
  "(null)",
  "hsa",
  "strub"
]);
var CLONE_PREFIX = "Callgraph clone;";
var REMOVAL_PREFIX = "Callgraph removal;";
function newLineScan() {
  return { text: "", ...newFields() };
}
function newByteLineScan() {
  return { lineEnd: 0, ...newFields() };
}
function newFields() {
  return {
    kind: "blank",
    format: "gcc7",
    message: "",
    aNameStart: 0,
    aNameEnd: 0,
    aOrder: 0,
    aFileStart: 0,
    aFileEnd: 0,
    aLine: 0,
    aCol: 0,
    bNameStart: 0,
    bNameEnd: 0,
    bOrder: 0,
    bFileStart: 0,
    bFileEnd: 0,
    bLine: 0,
    bCol: 0,
    reasonStart: 0,
    reasonEnd: 0
  };
}
var MAX_FIELDS = 14;
var sep = new Int32Array(MAX_FIELDS);
function scanDumpLine(text, s, from = 0, to = text.length) {
  s.text = text;
  let start = from;
  let end = to;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  if (start === end) {
    s.kind = "blank";
    return;
  }
  const isClone = text.startsWith(CLONE_PREFIX, start);
  if (!isClone && !text.startsWith(REMOVAL_PREFIX, start)) {
    return bad(s, `not a clone dump line (expected 'Callgraph clone;' or 'Callgraph removal;'): '${clip(text.slice(start, end))}'`);
  }
  let nsep = 1;
  sep[0] = start + (isClone ? CLONE_PREFIX.length : REMOVAL_PREFIX.length) - 1;
  for (let p = text.indexOf(";", sep[0] + 1); p !== -1 && p < end; p = text.indexOf(";", p + 1)) {
    if (nsep < MAX_FIELDS) sep[nsep] = p;
    nsep++;
  }
  const fields = nsep + 1;
  if (nsep < MAX_FIELDS) sep[nsep] = end;
  if (!isClone) {
    if (fields !== 6) return bad(s, `removal line has ${fields} fields (expected 6)`);
    s.kind = "removal";
    if (!node(s, text, 1, "a")) return;
    return;
  }
  let reasonField;
  if (fields === 12) {
    s.format = "gcc7";
    if (!node(s, text, 1, "a") || !node(s, text, 6, "b")) return;
    reasonField = 11;
  } else if (fields === 14 && fieldIs(text, 6, "<-")) {
    if (!fieldIs(text, 12, "optimization:")) {
      return bad(s, `old-format clone line: field 13 is '${clip(text.slice(sep[11] + 1, sep[12]))}', expected 'optimization:'`);
    }
    s.format = "old";
    if (!node(s, text, 7, "a") || !node(s, text, 1, "b")) return;
    reasonField = 13;
  } else {
    return bad(s, `clone line has ${fields} fields (expected 12, or 14 in the old '<-' format)`);
  }
  s.reasonStart = sep[reasonField - 1] + 1;
  s.reasonEnd = sep[reasonField];
  if (s.reasonStart === s.reasonEnd) return bad(s, "clone line has an empty reason");
  s.kind = "clone";
}
var CLONE_PREFIX_BYTES = Buffer.from(CLONE_PREFIX, "latin1");
var REMOVAL_PREFIX_BYTES = Buffer.from(REMOVAL_PREFIX, "latin1");
var textScan = newLineScan();
var FIELD_POSITIONS = ["aNameStart", "aNameEnd", "aFileStart", "aFileEnd", "bNameStart", "bNameEnd", "bFileStart", "bFileEnd", "reasonStart", "reasonEnd"];
var FIELD_NUMBERS = ["aOrder", "aLine", "aCol", "bOrder", "bLine", "bCol"];
function scanDumpBytes(b, from, limit, s) {
  if (scanWellFormedClone(b, from, limit, s) || scanWellFormedRemoval(b, from, limit, s)) return;
  let lineEnd = b.indexOf(10 /* Newline */, from);
  if (lineEnd === -1 || lineEnd > limit) lineEnd = limit;
  s.lineEnd = lineEnd;
  scanDumpLine(b.toString("latin1", from, lineEnd), textScan);
  s.kind = textScan.kind;
  s.format = textScan.format;
  for (const k of FIELD_POSITIONS) s[k] = from + textScan[k];
  for (const k of FIELD_NUMBERS) s[k] = textScan[k];
  if (s.kind === "malformed") {
    scanDumpLine(decodeBytes(b, from, lineEnd), textScan);
    s.message = textScan.kind === "malformed" ? textScan.message : "malformed line";
  }
}
function scanWellFormedClone(b, from, limit, s) {
  if (!bytesAt(b, from, limit, CLONE_PREFIX_BYTES)) return false;
  let p = scanNode(b, from + CLONE_PREFIX_BYTES.length, limit, s, true);
  if (p < 0 || p >= limit || b[p] !== 59 /* Semicolon */) return false;
  p = scanNode(b, p + 1, limit, s, false);
  if (p < 0 || p >= limit || b[p] !== 59 /* Semicolon */) return false;
  let q = ++p;
  let c = 0;
  while (q < limit && (c = b[q]) !== 59 /* Semicolon */ && c !== 10 /* Newline */) q++;
  if (q < limit && c === 59 /* Semicolon */) return false;
  let end = q;
  while (end > p && b[end - 1] <= 32) end--;
  if (end === p) return false;
  s.reasonStart = p;
  s.reasonEnd = end;
  s.lineEnd = q;
  s.format = "gcc7";
  s.kind = "clone";
  return true;
}
function scanWellFormedRemoval(b, from, limit, s) {
  if (!bytesAt(b, from, limit, REMOVAL_PREFIX_BYTES)) return false;
  let q = scanNode(b, from + REMOVAL_PREFIX_BYTES.length, limit, s, true);
  if (q < 0) return false;
  let c = 0;
  while (q < limit && (c = b[q]) !== 10 /* Newline */ && c <= 32) q++;
  if (q < limit && c !== 10 /* Newline */) return false;
  s.lineEnd = q;
  s.kind = "removal";
  return true;
}
function scanNode(b, p, limit, s, a) {
  let q = p;
  let c = 0;
  let order = 0;
  let line = 0;
  let col = 0;
  while (q < limit && (c = b[q]) !== 59 /* Semicolon */ && c !== 10 /* Newline */) q++;
  if (q === p || q >= limit || c !== 59 /* Semicolon */) return -1;
  const nameStart = p;
  const nameEnd = q;
  for (p = ++q; q < limit && (c = b[q] - 48 /* Zero */) >= 0 && c <= 9; q++) order = order * 10 + c;
  if (q === p || q - p > 9 || q >= limit || b[q] !== 59 /* Semicolon */) return -1;
  for (p = ++q; q < limit && (c = b[q]) !== 59 /* Semicolon */ && c !== 10 /* Newline */; q++) ;
  if (q >= limit || c !== 59 /* Semicolon */) return -1;
  const fileStart = p;
  const fileEnd = q;
  for (p = ++q; q < limit && (c = b[q] - 48 /* Zero */) >= 0 && c <= 9; q++) line = line * 10 + c;
  if (q === p || q - p > 9 || q >= limit || b[q] !== 59 /* Semicolon */) return -1;
  for (p = ++q; q < limit && (c = b[q] - 48 /* Zero */) >= 0 && c <= 9; q++) col = col * 10 + c;
  if (q === p || q - p > 9) return -1;
  setNode(s, a, nameStart, nameEnd, order, fileStart, fileEnd, line, col);
  return q;
}
function setNode(s, a, nameStart, nameEnd, order, fileStart, fileEnd, line, col) {
  if (a) {
    s.aNameStart = nameStart;
    s.aNameEnd = nameEnd;
    s.aOrder = order;
    s.aFileStart = fileStart;
    s.aFileEnd = fileEnd;
    s.aLine = line;
    s.aCol = col;
  } else {
    s.bNameStart = nameStart;
    s.bNameEnd = nameEnd;
    s.bOrder = order;
    s.bFileStart = fileStart;
    s.bFileEnd = fileEnd;
    s.bLine = line;
    s.bCol = col;
  }
}
function bytesAt(b, at, end, value) {
  if (end - at < value.length) return false;
  for (let i = 0; i < value.length; i++) if (b[at + i] !== value[i]) return false;
  return true;
}
function fieldIs(text, k, value) {
  return sep[k] - sep[k - 1] - 1 === value.length && text.startsWith(value, sep[k - 1] + 1);
}
function node(s, text, k, which) {
  const nameStart = sep[k - 1] + 1;
  const nameEnd = sep[k];
  if (nameStart === nameEnd) {
    bad(s, `field ${k + 1}: empty symbol name`);
    return false;
  }
  const name = () => text.slice(nameStart, nameEnd);
  const order = count(text, sep[k] + 1, sep[k + 1]);
  if (order < 0) {
    bad(s, `field ${k + 2}: order '${clip(text.slice(sep[k] + 1, sep[k + 1]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  const line = count(text, sep[k + 2] + 1, sep[k + 3]);
  if (line < 0) {
    bad(s, `field ${k + 4}: line '${clip(text.slice(sep[k + 2] + 1, sep[k + 3]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  const col = count(text, sep[k + 3] + 1, sep[k + 4]);
  if (col < 0) {
    bad(s, `field ${k + 5}: column '${clip(text.slice(sep[k + 3] + 1, sep[k + 4]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  setNode(s, which === "a", nameStart, nameEnd, order, sep[k + 1] + 1, sep[k + 2], line, col);
  return true;
}
function count(text, from, to) {
  const n = to - from;
  if (n <= 0 || n > 9) return -1;
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
function bad(s, message) {
  s.kind = "malformed";
  s.message = message;
}
function clip(s) {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
var scratch = newLineScan();

// src/clones/name-ids.ts
function assignNameIds(pool, nameAt, hashes, nodeCount) {
  const [order, sortedHash] = sortByHash(hashes, nodeCount);
  const candidate = new Int32Array(nodeCount);
  const candidateAt = new Int32Array(nodeCount);
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
  const nodeName = new Int32Array(nodeCount);
  const start = new Int32Array(nodeCount);
  const end = new Int32Array(nodeCount);
  const nonAscii = /* @__PURE__ */ new Map();
  const collided = /* @__PURE__ */ new Map();
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
      if (same !== void 0) {
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
  const collidedIds = /* @__PURE__ */ new Map();
  for (const [h, nodes] of collided) collidedIds.set(h >>> 0, nodes.map((x) => nodeName[x]));
  return {
    nodeName,
    names: new SortedNameTable(pool, start.slice(0, ids), end.slice(0, ids), findHash.slice(0, runs), findId, collidedIds, nonAscii)
  };
}
var SortedNameTable = class {
  constructor(bytes, start, end, findHash, findId, collidedIds, nonAscii) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.findHash = findHash;
    this.findId = findId;
    this.collidedIds = collidedIds;
    this.nonAscii = nonAscii;
  }
  bytes;
  start;
  end;
  findHash;
  findId;
  collidedIds;
  nonAscii;
  get count() {
    return this.start.length;
  }
  get(id) {
    return decodeBytes(this.bytes, this.start[id], this.end[id]);
  }
  find(text) {
    const known = this.nonAscii.get(text);
    if (known !== void 0) return known;
    const b = Buffer.from(text, "utf8");
    const h = hashBytes(b, 0, b.length) >>> 0;
    let lo = 0;
    let hi = this.findHash.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.findHash[mid] >>> 0 < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.findHash.length || this.findHash[lo] >>> 0 !== h) return -1;
    for (const id of [this.findId[lo], ...this.collidedIds.get(h) ?? []]) {
      if (this.end[id] - this.start[id] === b.length && this.bytes.compare(b, 0, b.length, this.start[id], this.end[id]) === 0) return id;
    }
    return -1;
  }
  all() {
    const out = new Array(this.count);
    for (let id = 0; id < out.length; id++) out[id] = this.get(id);
    return out;
  }
};
function sortByHash(hashes, n) {
  let order = new Int32Array(n);
  let key = hashes.slice(0, n);
  let order2 = new Int32Array(n);
  let key2 = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const count2 = new Int32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    count2.fill(0);
    for (let i = 0; i < n; i++) count2[key[i] >>> shift & RADIX - 1]++;
    for (let d = 0, sum = 0; d < RADIX; d++) {
      const c = count2[d];
      count2[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = key[i];
      const to = count2[k >>> shift & RADIX - 1]++;
      order2[to] = order[i];
      key2[to] = k;
    }
    [order, order2] = [order2, order];
    [key, key2] = [key2, key];
  }
  return [order, key];
}
var RADIX_BITS = 11;
var RADIX = 1 << RADIX_BITS;
function sameBytes(b, s1, s2, n) {
  for (let i = 0; i < n; i++) if (b[s1 + i] !== b[s2 + i]) return false;
  return true;
}
function isAscii(b, from, to) {
  for (let i = from; i < to; i++) if (b[i] >= 128) return false;
  return true;
}

// src/clones/tu-sources.ts
var DUMP_SUFFIX = /\.(?:wpa\.|ltrans\d+\.ltrans\.)?\d+i\.ipa-clones$/;
function inferSources(dumps, nodeDump, nodeFile, files) {
  const base = files.map((f) => f.slice(f.lastIndexOf("/") + 1));
  const header = files.map((f) => /\.(h|hh|hpp|hxx|inc)$/.test(f));
  const count2 = new Int32Array(files.length);
  const seen = [];
  for (let from = 0; from < nodeDump.length; ) {
    const d = nodeDump[from];
    let to = from;
    while (to < nodeDump.length && nodeDump[to] === d) to++;
    if (dumps[d].source === null) {
      for (let n = from; n < to; n++) if (count2[nodeFile[n]]++ === 0) seen.push(nodeFile[n]);
      const path = dumps[d].path;
      const stem = path.slice(path.lastIndexOf("/") + 1).replace(DUMP_SUFFIX, "");
      let byName = null;
      let byCount = null;
      let bestCount = 0;
      for (const f of seen) {
        const file = files[f];
        if (base[f] === stem || stem.endsWith(`-${base[f]}`)) {
          if (byName === null || file.length < byName.length) byName = file;
        }
        if (!header[f] && count2[f] > bestCount) {
          byCount = file;
          bestCount = count2[f];
        }
        count2[f] = 0;
      }
      seen.length = 0;
      dumps[d].source = byName ?? byCount;
    }
    from = to;
  }
}

// src/clones/graph-builder.ts
var RECENT_FILES = 4;
function clashKey(order, b, start, end) {
  return `${order}\0${b.toString("latin1", start, end)}`;
}
var CloneGraphBuilder = class {
  files = new StringTable();
  reasons = new StringTable();
  reasonStats = [];
  nodes;
  edges;
  dumps = [];
  current = null;
  dumpNodeStart = 0;
  dumpEdgeStart = 0;
  dumpStamp = 0;
  // Per dump, ORDER → node (ORDER numbers a TU's symbols densely): slot[order] = node, valid when
  // stamp[order] is this dump's stamp. A clash (same ORDER, other name) goes to the map.
  orderSlot = new Int32Array(1 << 12);
  orderStamp = new Int32Array(1 << 12);
  orderClash = /* @__PURE__ */ new Map();
  // Per node of the open dump (index id - dumpNodeStart): latest out-edge and out-degree.
  lastOut = new Int32Array(1 << 12);
  slotScratch = new Int32Array(1 << 12);
  outDeg = new Int32Array(1 << 12);
  /** Edge lookup for nodes whose out-list in this dump got long (a helper inlined everywhere). */
  edgeByPair = /* @__PURE__ */ new Map();
  // Removal lines of the open dump naming a node not seen yet, retried at endDump: ORDER and the name
  // as a slice of pendingNames (a kernel has tens of thousands; an object and a Buffer each was GC work).
  pendingCount = 0;
  pendingOrder = new Int32Array(256);
  pendingAt = new Int32Array(257);
  pendingNames = Buffer.alloc(8192);
  orphanRemovals = 0;
  /** The FILE entries seen last, newest first (-1: none yet). */
  recentFiles = new Int32Array(RECENT_FILES).fill(-1);
  lastReason = -1;
  /** `memory`: where the graph's columns go (SHARED_MEMORY: for worker threads to read, see split-report.ts). */
  constructor(memory = HEAP_MEMORY) {
    this.nodes = new NodeColumns(memory);
    this.edges = new EdgeColumns(memory);
  }
  beginDump(path, source = null) {
    if (this.current) throw new Error(`beginDump(${path}) while ${this.current.path} is open`);
    this.current = { path, source: source === null ? null : cleanPath(source), bytes: 0, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0, firstMalformed: null };
    this.dumpNodeStart = this.nodes.count;
    this.dumpEdgeStart = this.edges.count;
    this.dumpStamp++;
    return this.dumps.length;
  }
  /** Account bytes read for the open dump (for throughput figures). */
  countBytes(n) {
    if (this.current) this.current.bytes += n;
  }
  /**
   * Add one line scanned by scanDumpBytes (positions into b; 1-based lineNo). Nodes already seen in
   * this dump are matched in place; only new names, FILEs and reasons are decoded.
   */
  addBytes(b, s, lineNo) {
    const d = this.open();
    d.lines++;
    if (s.kind === "clone") {
      d.cloneLines++;
      const from = this.node(b, s.aNameStart, s.aNameEnd, s.aOrder, b, s.aFileStart, s.aFileEnd, s.aLine, s.aCol);
      const to = this.node(b, s.bNameStart, s.bNameEnd, s.bOrder, b, s.bFileStart, s.bFileEnd, s.bLine, s.bCol);
      this.edge(from, to, this.reason(b, s.reasonStart, s.reasonEnd, d.path, lineNo));
    } else if (s.kind === "removal") {
      d.removalLines++;
      this.removal(b, s.aNameStart, s.aNameEnd, s.aOrder);
    } else if (s.kind === "malformed") {
      d.malformedLines++;
      d.firstMalformed ??= { line: lineNo, message: s.message };
    }
  }
  /** Add one parsed record (null: a blank line, counted). */
  add(rec, lineNo) {
    const d = this.open();
    d.lines++;
    if (rec === null) return;
    if (rec.kind === "clone") {
      d.cloneLines++;
      const from = this.nodeOf(rec.from);
      const to = this.nodeOf(rec.to);
      const reason = Buffer.from(rec.reason);
      this.edge(from, to, this.reason(reason, 0, reason.length, d.path, lineNo));
    } else if (rec.kind === "removal") {
      d.removalLines++;
      const name = Buffer.from(rec.node.name);
      this.removal(name, 0, name.length, rec.node.order);
    } else {
      d.malformedLines++;
      d.firstMalformed ??= { line: lineNo, message: rec.message };
    }
  }
  nodeOf(n) {
    const name = Buffer.from(n.name);
    const file = Buffer.from(n.file);
    return this.node(name, 0, name.length, n.order, file, 0, file.length, n.line, n.col);
  }
  open() {
    if (!this.current) throw new Error("line added outside beginDump/endDump");
    return this.current;
  }
  endDump() {
    const d = this.open();
    for (let k = 0; k < this.pendingCount; k++) {
      const id = this.lookup(this.pendingNames, this.pendingAt[k], this.pendingAt[k + 1], this.pendingOrder[k]);
      if (id === -1) this.orphanRemovals++;
      else this.nodes.removed[id] = 1;
    }
    this.outLists();
    this.dumps.push(d);
    this.resetDump();
  }
  /**
   * The open dump's part of the out-edge lists (CSR, in edge order). A dump's edges join its own
   * nodes only, so its nodes' lists fill the slots of its edges: made here, per dump, from the
   * out-degrees and newest-first chains kept for merging repeats, not by a pass over the whole graph.
   */
  outLists() {
    const { outStart } = this.nodes;
    const { outEdges, nextSameFrom } = this.edges;
    let slot = this.dumpEdgeStart;
    for (let local = 0, n = this.dumpNodeStart; n < this.nodes.count; local++, n++) {
      outStart[n] = slot;
      slot += this.outDeg[local];
      let at = slot;
      for (let e = this.lastOut[local]; e !== -1; e = nextSameFrom[e]) outEdges[--at] = e;
    }
    outStart[this.nodes.count] = slot;
    this.edgesInSlotOrder();
  }
  /**
   * Renumber the open dump's edges to their out-list slots (edge id = slot): a walk down a node's
   * out-edges then reads each column straight through instead of one cache line per edge (the text
   * report walks a kernel's 825k tree lines in name order, which no cache holds: -6% whole process).
   * The lists keep the order the dump first named each edge in.
   */
  edgesInSlotOrder() {
    const { outEdges } = this.edges;
    const start = this.dumpEdgeStart;
    const count2 = this.edges.count - start;
    if (this.slotScratch.length < count2) this.slotScratch = new Int32Array(Math.max(count2, 2 * this.slotScratch.length));
    const tmp = this.slotScratch;
    for (const column of [this.edges.from, this.edges.to, this.edges.reason, this.edges.mult]) {
      for (let k = 0; k < count2; k++) tmp[k] = column[outEdges[start + k]];
      column.set(tmp.subarray(0, count2), start);
    }
    for (let k = 0; k < count2; k++) outEdges[start + k] = start + k;
  }
  /** Forget everything added since beginDump (the file was not a dump). Interned strings stay. */
  rollbackDump() {
    this.open();
    this.nodes.count = this.dumpNodeStart;
    this.edges.count = this.dumpEdgeStart;
    this.resetDump();
  }
  resetDump() {
    this.current = null;
    this.orderClash.clear();
    this.edgeByPair.clear();
    this.pendingCount = 0;
  }
  /** The open dump's node with this ORDER and name b[start, end), or -1. */
  lookup(b, start, end, order) {
    if (order < this.orderSlot.length && this.orderStamp[order] === this.dumpStamp) {
      const id = this.orderSlot[order];
      if (this.nodes.nameIs(id, b, start, end)) return id;
      return this.orderClash.get(clashKey(order, b, start, end)) ?? -1;
    }
    return -1;
  }
  node(nb, ns, ne, order, fb, fs, fe, line, col) {
    const found = this.lookup(nb, ns, ne, order);
    if (found !== -1) return found;
    if (this.nodes.count >= MAX_NODES) throw new Error(`clone graph too large (more than ${MAX_NODES} nodes)`);
    const file = this.internFile(fb, fs, fe);
    const nodes = this.nodes;
    const id = nodes.add();
    if (order >= this.orderSlot.length) this.growOrders(order);
    if (this.orderStamp[order] === this.dumpStamp) {
      this.orderClash.set(clashKey(order, nb, ns, ne), id);
    } else {
      this.orderStamp[order] = this.dumpStamp;
      this.orderSlot[order] = id;
    }
    nodes.setName(id, nb, ns, ne);
    nodes.order[id] = order;
    nodes.file[id] = file;
    nodes.line[id] = line;
    nodes.col[id] = col;
    nodes.dump[id] = this.dumps.length;
    nodes.removed[id] = 0;
    const local = id - this.dumpNodeStart;
    if (local >= this.lastOut.length) {
      const size = Math.max(local + 1, this.lastOut.length * 2);
      this.lastOut = grown(this.lastOut, size);
      this.outDeg = grown(this.outDeg, size);
    }
    this.lastOut[local] = -1;
    this.outDeg[local] = 0;
    return id;
  }
  growOrders(order) {
    let size = this.orderSlot.length;
    while (size <= order) size *= 2;
    this.orderSlot = grown(this.orderSlot, size);
    this.orderStamp = grown(this.orderStamp, size);
  }
  edge(from, to, reason) {
    const edges = this.edges;
    const local = from - this.dumpNodeStart;
    const deg = this.outDeg[local];
    const key = from * MAX_NODES + to;
    if (deg <= 16) {
      for (let e = this.lastOut[local]; e !== -1; e = edges.nextSameFrom[e]) {
        if (edges.to[e] === to) {
          edges.mult[e]++;
          return;
        }
      }
    } else {
      const e = this.edgeByPair.get(key);
      if (e !== void 0) {
        edges.mult[e]++;
        return;
      }
    }
    const id = edges.add();
    edges.from[id] = from;
    edges.to[id] = to;
    edges.reason[id] = reason;
    edges.mult[id] = 1;
    edges.nextSameFrom[id] = this.lastOut[local];
    this.lastOut[local] = id;
    this.outDeg[local] = deg + 1;
    if (deg + 1 > 16) {
      if (deg + 1 === 17) for (let e = id; e !== -1; e = edges.nextSameFrom[e]) this.edgeByPair.set(from * MAX_NODES + edges.to[e], e);
      else this.edgeByPair.set(key, id);
    }
  }
  removal(b, ns, ne, order) {
    const id = this.lookup(b, ns, ne, order);
    if (id !== -1) this.nodes.removed[id] = 1;
    else this.addPendingRemoval(b, ns, ne, order);
  }
  addPendingRemoval(b, ns, ne, order) {
    const k = this.pendingCount++;
    if (k + 1 >= this.pendingOrder.length) {
      this.pendingOrder = grown(this.pendingOrder, 2 * this.pendingOrder.length);
      this.pendingAt = grown(this.pendingAt, 2 * this.pendingAt.length + 1);
    }
    const at = this.pendingAt[k];
    if (at + ne - ns > this.pendingNames.length) {
      const names = Buffer.alloc(Math.max(2 * this.pendingNames.length, at + ne - ns));
      this.pendingNames.copy(names, 0, 0, at);
      this.pendingNames = names;
    }
    b.copy(this.pendingNames, at, ns, ne);
    this.pendingOrder[k] = order;
    this.pendingAt[k + 1] = at + ne - ns;
  }
  internFile(b, start, end) {
    const recent = this.recentFiles;
    const bytes = this.files.bytes;
    for (let k = 0; k < RECENT_FILES; k++) {
      const entry = recent[k];
      if (entry !== -1 && bytes.equals(entry, b, start, end)) {
        for (let j = k; j > 0; j--) recent[j] = recent[j - 1];
        recent[0] = entry;
        return this.files.ofEntry(entry);
      }
    }
    const id = this.files.id(b, start, end);
    for (let j = RECENT_FILES - 1; j > 0; j--) recent[j] = recent[j - 1];
    recent[0] = this.files.lastEntry;
    return id;
  }
  reason(b, start, end, file, lineNo) {
    let id;
    const last = this.lastReason;
    if (last !== -1 && this.reasons.bytes.equals(last, b, start, end)) {
      id = this.reasons.ofEntry(last);
    } else {
      const known = this.reasons.count;
      id = this.reasons.id(b, start, end);
      this.lastReason = this.reasons.lastEntry;
      if (id === known) {
        const reason = this.reasons.get(id);
        this.reasonStats.push({ reason, lines: 0, known: KNOWN_REASONS.has(reason), firstFile: file, firstLine: lineNo });
      }
    }
    this.reasonStats[id].lines++;
    return id;
  }
  /**
   * Close the graph: normalise FILE paths (sourceRoot, else auto-detected), infer unknown TU sources,
   * build the adjacency (the rest is made on first use, see withIndexes). The builder must not be
   * used afterwards.
   */
  finish(opts = {}) {
    if (this.current) throw new Error(`finish() while ${this.current.path} is open`);
    let sourceRoot = null;
    let sourceRootMethod = null;
    if (opts.sourceRoot) {
      sourceRoot = cleanPath(opts.sourceRoot);
      sourceRootMethod = "option";
    } else {
      const hints = this.dumps.map((d) => d.source).filter((s) => s !== null);
      const detected = detectSourceRoot(this.files.all(), hints);
      if (detected) {
        sourceRoot = detected.root;
        sourceRootMethod = detected.method;
      }
    }
    const compileDir = sourceRoot && opts.compileDir ? cleanPath(opts.compileDir) : null;
    const files = this.files.all().map((f) => normaliseSourcePath(f, sourceRoot, compileDir));
    if (sourceRoot) {
      for (const d of this.dumps) if (d.source?.startsWith("/")) d.source = normaliseSourcePath(d.source, sourceRoot);
    }
    const { nodes, edges } = this;
    const nodeCount = nodes.count;
    const nodeDump = nodes.dump.subarray(0, nodeCount);
    const nodeFile = nodes.file.subarray(0, nodeCount);
    inferSources(this.dumps, nodeDump, nodeFile, files);
    const edgeFrom = edges.from.subarray(0, edges.count);
    const edgeTo = edges.to.subarray(0, edges.count);
    const reasons = this.reasons.all();
    nodes.outStart[nodeCount] = edges.count;
    return withIndexes(
      {
        nodeCount,
        edgeCount: edgeFrom.length,
        nodeOrder: nodes.order.subarray(0, nodeCount),
        nodeFile,
        nodeLine: nodes.line.subarray(0, nodeCount),
        nodeCol: nodes.col.subarray(0, nodeCount),
        nodeDump,
        nodeRemoved: nodes.removed.subarray(0, nodeCount),
        nameBytes: nodes.namePool,
        nodeNameStart: nodes.nameAt.subarray(0, nodeCount),
        nodeNameEnd: nodes.nameAt.subarray(1, nodeCount + 1),
        edgeFrom,
        edgeTo,
        edgeReason: edges.reason.subarray(0, edges.count),
        edgeMult: edges.mult.subarray(0, edges.count),
        files,
        rawFiles: this.files.all(),
        reasons,
        inlineReason: reasons.indexOf(INLINE_REASON),
        reasonStats: this.reasonStats,
        dumps: this.dumps,
        sourceRoot,
        sourceRootMethod,
        orphanRemovals: this.orphanRemovals,
        grouping: null
      },
      () => assignNameIds(nodes.namePool, nodes.nameAt, nodes.nameHash, nodeCount),
      { outStart: nodes.outStart.subarray(0, nodeCount + 1), outEdges: edges.outEdges.subarray(0, edges.count) }
    );
  }
};

// src/clones/read-dumps.ts
var MAX_LINE_BYTES = 64 * 1024;
var MAX_LINE_WARNINGS = 20;
var CHUNK_BYTES = 1024 * 1024;
async function findDumpFiles(inputs, onWarning = () => {
}) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const addFile = (p) => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  const visit = async (p, from) => {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      onWarning({ source: "dump", file: from?.file ?? p, line: from?.line, message: `cannot read input '${p}': ${err.message}` });
      return;
    }
    if (st.isDirectory()) {
      for (const f of walk(p, onWarning)) addFile(f);
    } else {
      addFile(p);
    }
  };
  for (const input of inputs) {
    if (input.startsWith("@") && input.length > 1) {
      const list = input.slice(1);
      let text;
      try {
        text = await readFile(list, "utf8");
      } catch (err) {
        onWarning({ source: "dump", file: list, message: `cannot read list file: ${err.message}` });
        continue;
      }
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const p = lines[i].trim();
        if (p !== "" && !p.startsWith("#")) await visit(p, { file: list, line: i + 1 });
      }
    } else {
      await visit(input);
    }
  }
  return out;
}
function walk(top, onWarning) {
  const out = [];
  const pending = [];
  const enter = (dir, prefix) => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      onWarning({ source: "dump", file: dir, message: `skipped directory: cannot list it: ${err.message}` });
      return;
    }
    names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    pending.push({ dir, prefix, names, next: 0 });
  };
  const topPrefix = join(top, "x").slice(0, -1);
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
    else if (e.isFile() && e.name.endsWith(".ipa-clones")) out.push(p);
  }
  return out;
}
async function readDumpFiles(files, opts = {}) {
  const builder = new CloneGraphBuilder(opts.shared ? SHARED_MEMORY : HEAP_MEMORY);
  const warn = opts.onWarning ?? (() => {
  });
  const skipped = (path, problem) => {
    warn({ source: "dump", file: path, line: problem.line, message: `skipped: ${problem.message}` });
    opts.onSkipped?.(path, problem.message);
  };
  await readInOrder(builder, files, warn, skipped, opts.onProgress);
  const graph = builder.finish({ sourceRoot: opts.sourceRoot, compileDir: opts.compileDir });
  for (const w of unknownReasonWarnings(graph.reasonStats)) warn(w);
  return graph;
}
function unknownReasonWarnings(reasonStats) {
  return reasonStats.filter((r) => !r.known).map((r) => ({
    source: "dump",
    file: r.firstFile,
    line: r.firstLine,
    message: `unknown clone reason '${r.reason}' (${r.lines} line${r.lines === 1 ? "" : "s"}); treated as an optimisation clone`
  }));
}
async function readInOrder(builder, files, warn, skipped, onProgress) {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  for (let i = 0; i < files.length; i++) {
    readFileInto(builder, files[i], buf, warn, skipped);
    onProgress?.(i + 1, files.length);
    if ((i & 255) === 255) await new Promise((resolve) => setImmediate(resolve));
  }
}
function readFileInto(builder, file, buf, warn, skipped) {
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
function readOneDump(path, buf, builder, warn) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    return { message: `cannot open: ${err.message}` };
  }
  const scan = newByteLineScan();
  const tooLong = `line longer than ${MAX_LINE_BYTES} bytes: not a -fdump-ipa-clones file`;
  let lineNo = 0;
  let malformed = 0;
  let dumpLines = 0;
  const lineWarnings = [];
  let held = 0;
  const parse = (limit) => {
    let p = 0;
    while (p < limit) {
      scanDumpBytes(buf, p, limit, scan);
      if (scan.lineEnd - p > MAX_LINE_BYTES) return false;
      lineNo++;
      builder.addBytes(buf, scan, lineNo);
      if (scan.kind === "malformed") {
        malformed++;
        if (malformed <= MAX_LINE_WARNINGS) lineWarnings.push({ source: "dump", file: path, line: lineNo, message: scan.message });
      } else if (scan.kind !== "blank") dumpLines++;
      p = scan.lineEnd + 1;
    }
    return true;
  };
  try {
    for (; ; ) {
      const bytesRead = readSync(fd, buf, held, buf.length - held, null);
      if (bytesRead === 0) break;
      builder.countBytes(bytesRead);
      const end = held + bytesRead;
      const nul = buf.subarray(held, end).indexOf(0);
      if (nul !== -1) {
        let line = lineNo + 1;
        for (let p = buf.indexOf(10); p !== -1 && p < held + nul; p = buf.indexOf(10, p + 1)) line++;
        return { message: "binary data (NUL byte): not a -fdump-ipa-clones file", line };
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
      if (held > MAX_LINE_BYTES) return { message: tooLong, line: lineNo + 1 };
    }
    if (held > 0 && !parse(held)) return { message: tooLong, line: lineNo + 1 };
  } catch (err) {
    return { message: `read error: ${err.message}`, line: lineNo + 1 };
  } finally {
    closeSync(fd);
  }
  if (dumpLines === 0 && malformed > 0) {
    const first = lineWarnings[0];
    return { message: `no line is a clone or removal line (${malformed} malformed, the first: ${first.message}): not a -fdump-ipa-clones file`, line: first.line };
  }
  for (const w of lineWarnings) warn(w);
  if (malformed > MAX_LINE_WARNINGS) {
    warn({ source: "dump", file: path, message: `${malformed - MAX_LINE_WARNINGS} more malformed lines not shown (${malformed} in all)` });
  }
  return null;
}

export {
  findDumpFiles,
  readDumpFiles
};
