// The clone graph: dump line → node → edge. Pure (the reader feeds it records).
//
// A node is one symbol of one dump, keyed by (dump, order, name): the same static name in two TUs is
// two nodes. An edge runs from ORIG to OTHER of a clone line (a change to ORIG reaches OTHER) with its
// reason and multiplicity (the same pair written N times: N call sites inlined). Storage is columnar
// (typed arrays, interned strings) so a full distribution kernel (6M lines) fits in a few hundred MB.
import { StringTable, type ExportedStrings } from './byte-intern.js';
import { INLINE_REASON, KNOWN_REASONS, type DumpLine, type DumpNode, type LineFields } from './dump-line.js';
import { assignNameIds, type NameTable } from './name-ids.js';
import { cleanPath, detectSourceRoot, normaliseSourcePath } from './source-path.js';

export type NodeId = number;
export type EdgeId = number;
export type DumpId = number;

export interface DumpInfo {
  /** The dump file as given (or found). */
  path: string;
  /** Repo-relative source of the translation unit; given by the caller or inferred; null if unknown. */
  source: string | null;
  /** Bytes and lines read. */
  bytes: number;
  lines: number;
  cloneLines: number;
  removalLines: number;
  malformedLines: number;
}

export interface ReasonStat {
  reason: string;
  /** Number of clone lines with this reason. */
  lines: number;
  known: boolean;
  /** Where it was first seen (dump path, 1-based line). */
  firstFile: string;
  firstLine: number;
}

export interface CloneGraph {
  nodeCount: number;
  edgeCount: number;
  /** Per node: index into names / files, ORDER, line, column, dump, removed flag (1 = removed). */
  nodeName: Int32Array;
  nodeOrder: Int32Array;
  nodeFile: Int32Array;
  nodeLine: Int32Array;
  nodeCol: Int32Array;
  nodeDump: Int32Array;
  nodeRemoved: Uint8Array;
  /** Per edge: endpoints, index into reasons, multiplicity. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeReason: Int32Array;
  edgeMult: Int32Array;
  /** CSR adjacency in edge order: out-edges of n are outEdges[outStart[n] .. outStart[n+1]). */
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
  /** Nodes by name id, in node order. */
  nameStart: Int32Array;
  nameNodes: Int32Array;
  /** Symbol names by id (nodeName): millions in a kernel, so kept as bytes and decoded on demand. */
  names: NameTable;
  /** Normalised repo-relative FILE per file id, and the FILE as written in the dump. */
  files: string[];
  rawFiles: string[];
  reasons: string[];
  /** Index into reasons of 'inlining to', or -1 when no line had it. */
  inlineReason: number;
  reasonStats: ReasonStat[];
  dumps: DumpInfo[];
  /** The absolute root removed from absolute FILE paths, and how it was chosen. */
  sourceRoot: string | null;
  sourceRootMethod: 'option' | 'suffix' | 'prefix' | null;
  /** Removal lines naming a symbol no clone line mentioned (GCC writes them only for cloned nodes). */
  orphanRemovals: number;
  /** Null, or how nodes were merged across dumps (see groupGraph). */
  grouping: GroupMode | null;
}

/** 'classic': name + ORDER + location, like kgraft-ipa-analysis.py --group; 'location': name + location. */
export type GroupMode = 'classic' | 'location';

/**
 * What a builder read from a run of dumps, as plain transferable data (typed arrays over their own
 * buffers): a worker thread reads a batch of the dumps and the main thread appends it (appendSlice).
 * It stands alone: nodes and dumps are numbered from its first, files and reasons index its own tables.
 */
export interface GraphSlice
  extends Pick<
    CloneGraph,
    'nodeCount' | 'edgeCount' | 'nodeOrder' | 'nodeFile' | 'nodeLine' | 'nodeCol' | 'nodeDump' | 'nodeRemoved' | 'edgeFrom' | 'edgeTo' | 'edgeReason' | 'edgeMult' | 'reasonStats' | 'dumps' | 'orphanRemovals'
  > {
  /** Per node its name's bytes (nameBytes[nameEnds[i - 1] ?? 0, nameEnds[i])) and hashBytes. */
  nameBytes: Uint8Array;
  nameEnds: Int32Array;
  nameHashes: Int32Array;
  /** FILE and reason tables; reasonStats are by the slice's reason id. */
  files: ExportedStrings;
  reasons: ExportedStrings;
}


/** The typed arrays of a slice, to hand to postMessage as its transfer list. */
export function sliceBuffers(s: GraphSlice): ArrayBuffer[] {
  const arrays = [s.nodeOrder, s.nodeFile, s.nodeLine, s.nodeCol, s.nodeDump, s.nodeRemoved, s.edgeFrom, s.edgeTo, s.edgeReason, s.edgeMult, s.nameBytes, s.nameEnds, s.nameHashes];
  for (const t of [s.files, s.reasons]) arrays.push(t.bytes, t.ends, t.ids);
  const out = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  return [...out];
}

/** Node ids are packed two per edge key; this bounds the graph (67M nodes). */
const MAX_NODES = 1 << 26;

// The builder's node and edge columns. One capacity check per row; finish() hands out views, with no
// final copy. They start big and grow by quadrupling: the unused tail of a zeroed array is never
// touched, so costs no memory, while every copy first-touches fresh pages, which showed in the read
// time of a kernel.
const INITIAL_ROWS = 1 << 18;
const GROWTH = 4;
class NodeColumns {
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

class EdgeColumns {
  count = 0;
  from = new Int32Array(INITIAL_ROWS);
  to = new Int32Array(INITIAL_ROWS);
  reason = new Int32Array(INITIAL_ROWS);
  mult = new Int32Array(INITIAL_ROWS);
  /** The previous edge (in this dump) with the same origin, -1 at the end of the list. */
  nextSameFrom = new Int32Array(INITIAL_ROWS);

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
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(a);
  return next;
}

// Latin-1 is one char per byte, so distinct names give distinct keys even when not valid UTF-8.
function clashKey(order: number, b: Buffer, start: number, end: number): string {
  return `${order}\0${b.toString('latin1', start, end)}`;
}

/**
 * Builds a CloneGraph one dump at a time: beginDump, add lines (addBytes on the hot path, or parsed
 * records with add), endDump (or rollbackDump for a file that turned out not to be a dump), finish.
 */
export class CloneGraphBuilder {
  private files = new StringTable();
  private reasons = new StringTable();
  private reasonStats: ReasonStat[] = [];

  private readonly nodes = new NodeColumns();
  private readonly edges = new EdgeColumns();

  private dumps: DumpInfo[] = [];
  private current: DumpInfo | null = null;
  private dumpNodeStart = 0;
  private dumpEdgeStart = 0;
  private dumpStamp = 0;
  // Per dump, ORDER → node (ORDER numbers a TU's symbols densely): slot[order] = node, valid when
  // stamp[order] is this dump's stamp. A clash (same ORDER, other name) goes to the map.
  private orderSlot = new Int32Array(1 << 12);
  private orderStamp = new Int32Array(1 << 12);
  private readonly orderClash = new Map<string, NodeId>();
  // Per node of the open dump (index id - dumpNodeStart): latest out-edge and out-degree.
  private lastOut = new Int32Array(1 << 12);
  private outDeg = new Int32Array(1 << 12);
  /** Edge lookup for nodes whose out-list in this dump got long (a helper inlined everywhere). */
  private readonly edgeByPair = new Map<number, EdgeId>();
  private pendingRemovals: { order: number; name: Buffer }[] = [];
  private orphanRemovals = 0;
  private lastFile = -1;
  private lastReason = -1;

  beginDump(path: string, source: string | null = null): DumpId {
    if (this.current) throw new Error(`beginDump(${path}) while ${this.current.path} is open`);
    this.current = { path, source: source === null ? null : cleanPath(source), bytes: 0, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
    this.dumpNodeStart = this.nodes.count;
    this.dumpEdgeStart = this.edges.count;
    this.dumpStamp++;
    return this.dumps.length;
  }

  /** Account bytes read for the open dump (for throughput figures). */
  countBytes(n: number): void {
    if (this.current) this.current.bytes += n;
  }

  /**
   * Add one line scanned by scanDumpBytes (positions into b; 1-based lineNo). Nodes already seen in
   * this dump are matched in place; only new names, FILEs and reasons are decoded.
   */
  addBytes(b: Buffer, s: LineFields, lineNo: number): void {
    const d = this.open();
    d.lines++;
    if (s.kind === 'clone') {
      d.cloneLines++;
      const from = this.node(b, s.aNameStart, s.aNameEnd, s.aOrder, b, s.aFileStart, s.aFileEnd, s.aLine, s.aCol);
      const to = this.node(b, s.bNameStart, s.bNameEnd, s.bOrder, b, s.bFileStart, s.bFileEnd, s.bLine, s.bCol);
      this.edge(from, to, this.reason(b, s.reasonStart, s.reasonEnd, d.path, lineNo));
    } else if (s.kind === 'removal') {
      d.removalLines++;
      this.removal(b, s.aNameStart, s.aNameEnd, s.aOrder);
    } else if (s.kind === 'malformed') {
      d.malformedLines++;
    }
  }

  /** Add one parsed record (null: a blank line, counted). */
  add(rec: DumpLine | null, lineNo: number): void {
    const d = this.open();
    d.lines++;
    if (rec === null) return;
    if (rec.kind === 'clone') {
      d.cloneLines++;
      const from = this.nodeOf(rec.from);
      const to = this.nodeOf(rec.to);
      const reason = Buffer.from(rec.reason);
      this.edge(from, to, this.reason(reason, 0, reason.length, d.path, lineNo));
    } else if (rec.kind === 'removal') {
      d.removalLines++;
      const name = Buffer.from(rec.node.name);
      this.removal(name, 0, name.length, rec.node.order);
    } else {
      d.malformedLines++;
    }
  }

  private nodeOf(n: DumpNode): NodeId {
    const name = Buffer.from(n.name);
    const file = Buffer.from(n.file);
    return this.node(name, 0, name.length, n.order, file, 0, file.length, n.line, n.col);
  }

  private open(): DumpInfo {
    if (!this.current) throw new Error('line added outside beginDump/endDump');
    return this.current;
  }

  endDump(): void {
    const d = this.open();
    for (const r of this.pendingRemovals) {
      const id = this.lookup(r.name, 0, r.name.length, r.order);
      if (id === -1) this.orphanRemovals++;
      else this.nodes.removed[id] = 1;
    }
    this.dumps.push(d);
    this.resetDump();
  }

  /** Forget everything added since beginDump (the file was not a dump). Interned strings stay. */
  rollbackDump(): void {
    this.open();
    this.nodes.count = this.dumpNodeStart;
    this.edges.count = this.dumpEdgeStart;
    this.resetDump();
  }

  private resetDump(): void {
    this.current = null;
    this.orderClash.clear();
    this.edgeByPair.clear();
    this.pendingRemovals = [];
  }

  /** The open dump's node with this ORDER and name b[start, end), or -1. */
  private lookup(b: Buffer, start: number, end: number, order: number): NodeId {
    if (order < this.orderSlot.length && this.orderStamp[order] === this.dumpStamp) {
      const id = this.orderSlot[order];
      if (this.nodes.nameIs(id, b, start, end)) return id;
      return this.orderClash.get(clashKey(order, b, start, end)) ?? -1;
    }
    return -1;
  }

  private node(nb: Buffer, ns: number, ne: number, order: number, fb: Buffer, fs: number, fe: number, line: number, col: number): NodeId {
    const found = this.lookup(nb, ns, ne, order);
    if (found !== -1) return found;
    if (this.nodes.count >= MAX_NODES) throw new Error(`clone graph too large (more than ${MAX_NODES} nodes)`);
    const file = this.internFile(fb, fs, fe);
    const nodes = this.nodes;
    const id = nodes.add();
    if (order >= this.orderSlot.length) this.growOrders(order);
    if (this.orderStamp[order] === this.dumpStamp) {
      // Same ORDER under another name should not happen within one TU; keep both rather than merge.
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

  private growOrders(order: number): void {
    let size = this.orderSlot.length;
    while (size <= order) size *= 2;
    this.orderSlot = grown(this.orderSlot, size);
    this.orderStamp = grown(this.orderStamp, size);
  }

  private edge(from: NodeId, to: NodeId, reason: number): void {
    // Like the classic reader, an edge is the (ORIG, OTHER) pair: a repeat only raises its count.
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
      if (e !== undefined) {
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

  private removal(b: Buffer, ns: number, ne: number, order: number): void {
    const id = this.lookup(b, ns, ne, order);
    // Removal lines normally follow the clone lines naming the node; otherwise retry at endDump.
    if (id !== -1) this.nodes.removed[id] = 1;
    else this.pendingRemovals.push({ order, name: Buffer.from(b.subarray(ns, ne)) });
  }

  private internFile(b: Buffer, start: number, end: number): number {
    // Consecutive nodes mostly share their FILE: compare in place before hashing.
    const last = this.lastFile;
    if (last !== -1 && this.files.bytes.equals(last, b, start, end)) return this.files.ofEntry(last);
    const id = this.files.id(b, start, end);
    this.lastFile = this.files.lastEntry;
    return id;
  }

  private reason(b: Buffer, start: number, end: number, file: string, lineNo: number): number {
    let id: number;
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
   * Everything read so far (whole dumps only) as a slice for another builder's appendSlice; then this
   * builder starts afresh (keeping its buffers), so every slice stands alone. The arrays are fresh
   * copies, so they can be transferred to another thread.
   */
  takeSlice(): GraphSlice {
    if (this.current) throw new Error(`takeSlice() while ${this.current.path} is open`);
    const { nodes, edges } = this;
    const n = nodes.count;
    const e = edges.count;
    const slice: GraphSlice = {
      nodeCount: n,
      edgeCount: e,
      nodeOrder: nodes.order.slice(0, n),
      nodeFile: nodes.file.slice(0, n),
      nodeLine: nodes.line.slice(0, n),
      nodeCol: nodes.col.slice(0, n),
      nodeDump: nodes.dump.slice(0, n),
      nodeRemoved: nodes.removed.slice(0, n),
      edgeFrom: edges.from.slice(0, e),
      edgeTo: edges.to.slice(0, e),
      edgeReason: edges.reason.slice(0, e),
      edgeMult: edges.mult.slice(0, e),
      // A copy (Buffer's own slice() would be a view, and transferring it would detach the pool).
      nameBytes: new Uint8Array(nodes.namePool.subarray(0, nodes.nameAt[n])),
      nameEnds: nodes.nameAt.slice(1, n + 1),
      nameHashes: nodes.nameHash.slice(0, n),
      files: this.files.exportEntries(),
      reasons: this.reasons.exportEntries(),
      reasonStats: this.reasonStats,
      dumps: this.dumps,
      orphanRemovals: this.orphanRemovals,
    };
    nodes.count = 0;
    edges.count = 0;
    this.files = new StringTable();
    this.reasons = new StringTable();
    this.reasonStats = [];
    this.dumps = [];
    this.orphanRemovals = 0;
    this.lastFile = -1;
    this.lastReason = -1;
    return slice;
  }

  /**
   * Append a slice another builder took (takeSlice) after this builder's dumps: the result is what
   * this builder would hold had it read those dumps itself (same ids, same order).
   */
  appendSlice(s: GraphSlice): void {
    if (this.current) throw new Error(`appendSlice() while ${this.current.path} is open`);
    const { nodes, edges } = this;
    if (nodes.count + s.nodeCount > MAX_NODES) throw new Error(`clone graph too large (more than ${MAX_NODES} nodes)`);
    const files = this.files.internAll(s.files, new Int32Array(s.files.ids.length));
    const reasons = new Int32Array(s.reasonStats.length);
    let start = 0;
    for (let k = 0; k < s.reasons.ids.length; k++) {
      const known = this.reasons.count;
      const id = this.reasons.id(s.reasons.bytes, start, s.reasons.ends[k]);
      start = s.reasons.ends[k];
      const own = s.reasons.ids[k];
      reasons[own] = id;
      if (id === known) this.reasonStats.push({ ...s.reasonStats[own], lines: 0 });
    }
    for (let r = 0; r < s.reasonStats.length; r++) this.reasonStats[reasons[r]].lines += s.reasonStats[r].lines;
    // The cached last entries stay valid (tables only grow), but start afresh for the next dump.
    this.lastFile = -1;
    this.lastReason = -1;

    const at = nodes.count;
    const dumpBase = this.dumps.length;
    nodes.reserve(s.nodeCount);
    const nameBase = nodes.nameAt[at];
    nodes.reserveNameBytes(nameBase, s.nameBytes.length);
    nodes.namePool.set(s.nameBytes, nameBase);
    nodes.nameHash.set(s.nameHashes, at);
    for (let i = 0; i < s.nodeCount; i++) {
      nodes.nameAt[at + i + 1] = nameBase + s.nameEnds[i];
      nodes.file[at + i] = files[s.nodeFile[i]];
      nodes.dump[at + i] = dumpBase + s.nodeDump[i];
    }
    nodes.order.set(s.nodeOrder, at);
    nodes.line.set(s.nodeLine, at);
    nodes.col.set(s.nodeCol, at);
    nodes.removed.set(s.nodeRemoved, at);
    nodes.count += s.nodeCount;

    const eat = edges.count;
    edges.reserve(s.edgeCount);
    for (let i = 0; i < s.edgeCount; i++) {
      edges.from[eat + i] = at + s.edgeFrom[i];
      edges.to[eat + i] = at + s.edgeTo[i];
      edges.reason[eat + i] = reasons[s.edgeReason[i]];
    }
    edges.mult.set(s.edgeMult, eat);
    edges.count += s.edgeCount;

    for (const d of s.dumps) this.dumps.push(d);
    this.orphanRemovals += s.orphanRemovals;
  }

  /**
   * Close the graph: normalise FILE paths (sourceRoot, else auto-detected), infer unknown TU sources,
   * build the adjacency and name indexes. The builder must not be used afterwards.
   */
  finish(opts: { sourceRoot?: string | null } = {}): CloneGraph {
    if (this.current) throw new Error(`finish() while ${this.current.path} is open`);
    let sourceRoot: string | null = null;
    let sourceRootMethod: CloneGraph['sourceRootMethod'] = null;
    if (opts.sourceRoot) {
      sourceRoot = cleanPath(opts.sourceRoot);
      sourceRootMethod = 'option';
    } else {
      const hints = this.dumps.map((d) => d.source).filter((s): s is string => s !== null);
      const detected = detectSourceRoot(this.files.all(), hints);
      if (detected) {
        sourceRoot = detected.root;
        sourceRootMethod = detected.method;
      }
    }
    const files = this.files.all().map((f) => normaliseSourcePath(f, sourceRoot));
    if (sourceRoot) for (const d of this.dumps) if (d.source?.startsWith('/')) d.source = normaliseSourcePath(d.source, sourceRoot);

    const { nodes, edges } = this;
    const nodeCount = nodes.count;
    const nodeDump = nodes.dump.subarray(0, nodeCount);
    const nodeFile = nodes.file.subarray(0, nodeCount);
    inferSources(this.dumps, nodeDump, nodeFile, files);

    const edgeFrom = edges.from.subarray(0, edges.count);
    const edgeTo = edges.to.subarray(0, edges.count);
    const { nodeName, names } = assignNameIds(nodes.namePool, nodes.nameAt, nodes.nameHash, nodeCount);
    const [outStart, outEdges] = csr(nodeCount, edgeFrom);
    const [inStart, inEdges] = csr(nodeCount, edgeTo);
    const [nameStart, nameNodes] = csr(names.count, nodeName);
    return {
      nodeCount,
      edgeCount: edgeFrom.length,
      nodeName,
      nodeOrder: nodes.order.subarray(0, nodeCount),
      nodeFile,
      nodeLine: nodes.line.subarray(0, nodeCount),
      nodeCol: nodes.col.subarray(0, nodeCount),
      nodeDump,
      nodeRemoved: nodes.removed.subarray(0, nodeCount),
      edgeFrom,
      edgeTo,
      edgeReason: edges.reason.subarray(0, edges.count),
      edgeMult: edges.mult.subarray(0, edges.count),
      outStart,
      outEdges,
      inStart,
      inEdges,
      nameStart,
      nameNodes,
      names,
      files,
      rawFiles: this.files.all(),
      reasons: this.reasons.all(),
      inlineReason: this.reasons.all().indexOf(INLINE_REASON),
      reasonStats: this.reasonStats,
      dumps: this.dumps,
      sourceRoot,
      sourceRootMethod,
      orphanRemovals: this.orphanRemovals,
      grouping: null,
    };
  }
}

/** Counting sort of item indexes by key: start[k]..start[k+1] lists the items with key k, in order. */
function csr(keyCount: number, keys: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i] + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keyCount);
  const items = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) items[fill[keys[i]]++] = i;
  return [start, items];
}

const DUMP_SUFFIX = /\.(?:wpa\.|ltrans\d+\.ltrans\.)?\d+i\.ipa-clones$/;

/**
 * The TU source of a dump the caller did not name: the FILE whose basename the dump is named after
 * (`out/fork.c.000i.ipa-clones`, or `prog-t.c...` for compile+link), else the most used non-header FILE.
 */
function inferSources(dumps: DumpInfo[], nodeDump: Int32Array, nodeFile: Int32Array, files: string[]): void {
  const base = files.map((f) => f.slice(f.lastIndexOf('/') + 1));
  const header = files.map((f) => /\.(h|hh|hpp|hxx|inc)$/.test(f));
  // Nodes are in dump order, so each dump's nodes are one run: count its FILEs there.
  const count = new Int32Array(files.length);
  const seen: number[] = [];
  for (let from = 0; from < nodeDump.length; ) {
    const d = nodeDump[from];
    let to = from;
    while (to < nodeDump.length && nodeDump[to] === d) to++;
    if (dumps[d].source === null) {
      for (let n = from; n < to; n++) if (count[nodeFile[n]]++ === 0) seen.push(nodeFile[n]);
      const path = dumps[d].path;
      const stem = path.slice(path.lastIndexOf('/') + 1).replace(DUMP_SUFFIX, '');
      let byName: string | null = null;
      let byCount: string | null = null;
      let bestCount = 0;
      for (const f of seen) {
        const file = files[f];
        if (base[f] === stem || stem.endsWith(`-${base[f]}`)) {
          if (byName === null || file.length < byName.length) byName = file;
        }
        if (!header[f] && count[f] > bestCount) {
          byCount = file;
          bestCount = count[f];
        }
        count[f] = 0;
      }
      seen.length = 0;
      dumps[d].source = byName ?? byCount;
    }
    from = to;
  }
}

// -------------------------------------------------------------------------------------------------
// Queries
// -------------------------------------------------------------------------------------------------

export interface NodeInfo {
  id: NodeId;
  name: string;
  order: number;
  /** Repo-relative FILE (normalised) and as written in the dump. */
  file: string;
  rawFile: string;
  line: number;
  col: number;
  removed: boolean;
  dump: DumpId;
  dumpPath: string;
  /** TU source of the node's dump. */
  source: string | null;
}

export function nodeInfo(g: CloneGraph, id: NodeId): NodeInfo {
  const dump = g.nodeDump[id];
  return {
    id,
    name: g.names.get(g.nodeName[id]),
    order: g.nodeOrder[id],
    file: g.files[g.nodeFile[id]],
    rawFile: g.rawFiles[g.nodeFile[id]],
    line: g.nodeLine[id],
    col: g.nodeCol[id],
    removed: g.nodeRemoved[id] === 1,
    dump,
    dumpPath: g.dumps[dump].path,
    source: g.dumps[dump].source,
  };
}

export function nodeName(g: CloneGraph, id: NodeId): string {
  return g.names.get(g.nodeName[id]);
}

/** 'name/order (file:line:col)' with FILE as written in the dump, plus ' [REMOVED]': the classic label. */
export function nodeLabel(g: CloneGraph, id: NodeId): string {
  const s = `${g.names.get(g.nodeName[id])}/${g.nodeOrder[id]} (${g.rawFiles[g.nodeFile[id]]}:${g.nodeLine[id]}:${g.nodeCol[id]})`;
  return g.nodeRemoved[id] === 1 ? `${s} [REMOVED]` : s;
}

export type EdgeKind = 'inline' | 'clone';

export function edgeKind(g: CloneGraph, e: EdgeId): EdgeKind {
  return g.edgeReason[e] === g.inlineReason ? 'inline' : 'clone';
}

export function edgeReasonOf(g: CloneGraph, e: EdgeId): string {
  return g.reasons[g.edgeReason[e]];
}

/** Nodes called `name`, in first-seen order; optionally only in one dump or in dumps of one TU source. */
export function findNodes(g: CloneGraph, name: string, where: { dump?: DumpId; source?: string } = {}): NodeId[] {
  const k = g.names.find(name);
  if (k === -1) return [];
  const source = where.source === undefined ? undefined : cleanPath(where.source);
  const out: NodeId[] = [];
  for (let i = g.nameStart[k]; i < g.nameStart[k + 1]; i++) {
    const n = g.nameNodes[i];
    const d = g.nodeDump[n];
    if (where.dump !== undefined && d !== where.dump) continue;
    if (source !== undefined && g.dumps[d].source !== source) continue;
    out.push(n);
  }
  return out;
}

/** Dumps whose TU source is `source` (several when the same TU was dumped more than once, e.g. LTO). */
export function dumpsOfSource(g: CloneGraph, source: string): DumpId[] {
  const s = cleanPath(source);
  const out: DumpId[] = [];
  g.dumps.forEach((d, i) => {
    if (d.source === s) out.push(i);
  });
  return out;
}

export function outEdgesOf(g: CloneGraph, id: NodeId): Int32Array {
  return g.outEdges.subarray(g.outStart[id], g.outStart[id + 1]);
}

export function inEdgesOf(g: CloneGraph, id: NodeId): Int32Array {
  return g.inEdges.subarray(g.inStart[id], g.inStart[id + 1]);
}

// -------------------------------------------------------------------------------------------------
// Grouping across dumps
// -------------------------------------------------------------------------------------------------

/**
 * Merge the same function across dumps (a static inline header function copied into many TUs).
 * 'classic' keys by name + ORDER + location (kgraft-ipa-analysis.py --group); 'location' drops ORDER
 * (but keeps a recursion master clone apart from its original). A merged node keeps its first
 * occurrence's dump and is removed only if every copy was removed. Repeated edges add up.
 */
export function groupGraph(g: CloneGraph, mode: GroupMode): CloneGraph {
  const keyOf = new Map<string, NodeId>();
  const map = new Int32Array(g.nodeCount);
  const rep: number[] = [];
  const allRemoved: number[] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    // The normalised FILE: the same header seen as 'src/x.h' and '/abs/tree/src/x.h' is one location.
    const loc = `${g.nodeName[n]}\0${g.files[g.nodeFile[n]]}\0${g.nodeLine[n]}\0${g.nodeCol[n]}`;
    const key = mode === 'classic' ? `${loc}\0${g.nodeOrder[n]}` : loc;
    let id = keyOf.get(key);
    if (id === undefined) {
      id = rep.length;
      keyOf.set(key, id);
      rep.push(n);
      allRemoved.push(1);
    }
    if (g.nodeRemoved[n] === 0) allRemoved[id] = 0;
    map[n] = id;
  }
  if (mode === 'location') splitRecursionClones(g, map, rep, allRemoved);

  const count = rep.length;
  const pick = (col: Int32Array) => Int32Array.from(rep, (n) => col[n]);
  const edgeIndex = new Map<number, EdgeId>();
  const from: number[] = [];
  const to: number[] = [];
  const reason: number[] = [];
  const mult: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) {
    const a = map[g.edgeFrom[e]];
    const b = map[g.edgeTo[e]];
    const key = a * MAX_NODES + b;
    const seen = edgeIndex.get(key);
    if (seen !== undefined) {
      mult[seen] += g.edgeMult[e];
      continue;
    }
    edgeIndex.set(key, from.length);
    from.push(a);
    to.push(b);
    reason.push(g.edgeReason[e]);
    mult.push(g.edgeMult[e]);
  }
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const nodeName = pick(g.nodeName);
  const [outStart, outEdges] = csr(count, edgeFrom);
  const [inStart, inEdges] = csr(count, edgeTo);
  const [nameStart, nameNodes] = csr(g.names.count, nodeName);
  return {
    ...g,
    nodeCount: count,
    edgeCount: edgeFrom.length,
    nodeName,
    nodeOrder: pick(g.nodeOrder),
    nodeFile: pick(g.nodeFile),
    nodeLine: pick(g.nodeLine),
    nodeCol: pick(g.nodeCol),
    nodeDump: pick(g.nodeDump),
    nodeRemoved: Uint8Array.from(allRemoved),
    edgeFrom,
    edgeTo,
    edgeReason: Int32Array.from(reason),
    edgeMult: Int32Array.from(mult),
    outStart,
    outEdges,
    inStart,
    inEdges,
    nameStart,
    nameNodes,
    grouping: mode,
  };
}

/**
 * Without ORDER in the key, `rec/0 -(null)-> rec/2` (a recursion master clone: same name and location)
 * would collapse into a self-loop. Give such clone targets their own group node.
 */
function splitRecursionClones(g: CloneGraph, map: Int32Array, rep: number[], allRemoved: number[]): void {
  const splitKey = new Map<number, number>();
  for (let e = 0; e < g.edgeCount; e++) {
    const a = g.edgeFrom[e];
    const b = g.edgeTo[e];
    if (map[a] !== map[b] || a === b || g.edgeReason[e] === g.inlineReason) continue;
    // b is a distinct symbol sharing a's key: the clone side of the pair gets a separate group per original group.
    const origGroup = map[a];
    let id = splitKey.get(origGroup);
    if (id === undefined) {
      id = rep.length;
      splitKey.set(origGroup, id);
      rep.push(b);
      allRemoved.push(1);
    }
    if (g.nodeRemoved[b] === 0) allRemoved[id] = 0;
    map[b] = id;
  }
}

/**
 * The graph restricted to some dumps (node and edge order kept). The classic --symbol mode reads only
 * the dumps where the symbol is an original; the CLI uses this to give the same answer.
 */
export function subgraphOfDumps(g: CloneGraph, keep: ReadonlySet<DumpId>): CloneGraph {
  const map = new Int32Array(g.nodeCount).fill(-1);
  const nodes: number[] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (keep.has(g.nodeDump[n])) {
      map[n] = nodes.length;
      nodes.push(n);
    }
  }
  const edges: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) if (map[g.edgeFrom[e]] !== -1 && map[g.edgeTo[e]] !== -1) edges.push(e);
  const pickN = (col: Int32Array) => Int32Array.from(nodes, (n) => col[n]);
  const pickE = (col: Int32Array) => Int32Array.from(edges, (e) => col[e]);
  const edgeFrom = Int32Array.from(edges, (e) => map[g.edgeFrom[e]]);
  const edgeTo = Int32Array.from(edges, (e) => map[g.edgeTo[e]]);
  const name = pickN(g.nodeName);
  const [outStart, outEdges] = csr(nodes.length, edgeFrom);
  const [inStart, inEdges] = csr(nodes.length, edgeTo);
  const [nameStart, nameNodes] = csr(g.names.count, name);
  return {
    ...g,
    nodeCount: nodes.length,
    edgeCount: edges.length,
    nodeName: name,
    nodeOrder: pickN(g.nodeOrder),
    nodeFile: pickN(g.nodeFile),
    nodeLine: pickN(g.nodeLine),
    nodeCol: pickN(g.nodeCol),
    nodeDump: pickN(g.nodeDump),
    nodeRemoved: Uint8Array.from(nodes, (n) => g.nodeRemoved[n]),
    edgeFrom,
    edgeTo,
    edgeReason: pickE(g.edgeReason),
    edgeMult: pickE(g.edgeMult),
    outStart,
    outEdges,
    inStart,
    inEdges,
    nameStart,
    nameNodes,
  };
}
