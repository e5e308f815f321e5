// Builds a CloneGraph from dump lines, one dump at a time. Pure (the reader feeds it the lines).
import { StringTable } from './byte-intern.js';
import { INLINE_REASON, KNOWN_REASONS, type DumpLine, type DumpNode, type LineFields } from './dump-line.js';
import { EdgeColumns, grown, HEAP_MEMORY, NodeColumns, type ColumnMemory } from './graph-columns.js';
import { MAX_NODES, withIndexes, type CloneGraph, type DumpId, type DumpInfo, type EdgeId, type NodeId, type ReasonStat } from './graph.js';
import { assignNameIds } from './name-ids.js';
import { cleanPath, detectSourceRoot, normaliseSourcePath } from './source-path.js';
import { inferSources } from './tu-sources.js';

/** FILEs compared in place before a FILE is hashed (see internFile). */
const RECENT_FILES = 4;

// Latin-1 is one char per byte, so distinct names give distinct keys even when not valid UTF-8.
function clashKey(order: number, b: Buffer, start: number, end: number): string {
  return `${order}\0${b.toString('latin1', start, end)}`;
}

/**
 * Builds a CloneGraph one dump at a time: beginDump, add lines (addBytes on the hot path, or parsed
 * records with add), endDump (or rollbackDump for a file that turned out not to be a dump), finish.
 */
export class CloneGraphBuilder {
  private readonly files = new StringTable();
  private readonly reasons = new StringTable();
  private readonly reasonStats: ReasonStat[] = [];

  private readonly nodes: NodeColumns;
  private readonly edges: EdgeColumns;

  private readonly dumps: DumpInfo[] = [];
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
  private slotScratch = new Int32Array(1 << 12);
  private outDeg = new Int32Array(1 << 12);
  /** Edge lookup for nodes whose out-list in this dump got long (a helper inlined everywhere). */
  private readonly edgeByPair = new Map<number, EdgeId>();
  // Removal lines of the open dump naming a node not seen yet, retried at endDump: ORDER and the name
  // as a slice of pendingNames (a kernel has tens of thousands; an object and a Buffer each was GC work).
  private pendingCount = 0;
  private pendingOrder = new Int32Array(256);
  private pendingAt = new Int32Array(257);
  private pendingNames = Buffer.alloc(8192);
  private orphanRemovals = 0;
  /** The FILE entries seen last, newest first (-1: none yet). */
  private readonly recentFiles = new Int32Array(RECENT_FILES).fill(-1);
  private lastReason = -1;

  /** `memory`: where the graph's columns go (SHARED_MEMORY: for worker threads to read, see split-report.ts). */
  constructor(memory: ColumnMemory = HEAP_MEMORY) {
    this.nodes = new NodeColumns(memory);
    this.edges = new EdgeColumns(memory);
  }

  beginDump(path: string, source: string | null = null): DumpId {
    if (this.current) throw new Error(`beginDump(${path}) while ${this.current.path} is open`);
    this.current = { path, source: source === null ? null : cleanPath(source), bytes: 0, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0, firstMalformed: null };
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
      d.firstMalformed ??= { line: lineNo, message: s.message };
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
      d.firstMalformed ??= { line: lineNo, message: rec.message };
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
  private outLists(): void {
    const { outStart } = this.nodes;
    const { outEdges, nextSameFrom } = this.edges;
    let slot = this.dumpEdgeStart;
    for (let local = 0, n = this.dumpNodeStart; n < this.nodes.count; local++, n++) {
      outStart[n] = slot;
      slot += this.outDeg[local];
      // The chain runs newest first: fill the node's slots from the end.
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
  private edgesInSlotOrder(): void {
    const { outEdges } = this.edges;
    const start = this.dumpEdgeStart;
    const count = this.edges.count - start;
    if (this.slotScratch.length < count) this.slotScratch = new Int32Array(Math.max(count, 2 * this.slotScratch.length));
    const tmp = this.slotScratch;
    for (const column of [this.edges.from, this.edges.to, this.edges.reason, this.edges.mult]) {
      for (let k = 0; k < count; k++) tmp[k] = column[outEdges[start + k]];
      column.set(tmp.subarray(0, count), start);
    }
    for (let k = 0; k < count; k++) outEdges[start + k] = start + k;
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
    this.pendingCount = 0;
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
    else this.addPendingRemoval(b, ns, ne, order);
  }

  private addPendingRemoval(b: Buffer, ns: number, ne: number, order: number): void {
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

  private internFile(b: Buffer, start: number, end: number): number {
    // A dump's nodes come from a few FILEs (its source and the headers it inlines from), in runs:
    // compare in place with the last few seen (most differ in length) before hashing.
    const recent = this.recentFiles;
    const bytes = this.files.bytes;
    for (let k = 0; k < RECENT_FILES; k++) {
      const entry = recent[k];
      if (entry !== -1 && bytes.equals(entry, b, start, end)) {
        // Move it to the front, so a run of it finds it first.
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
   * Close the graph: normalise FILE paths (sourceRoot, else auto-detected), infer unknown TU sources,
   * build the adjacency (the rest is made on first use, see withIndexes). The builder must not be
   * used afterwards.
   */
  finish(opts: { sourceRoot?: string | null; compileDir?: string | null } = {}): CloneGraph {
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
    const compileDir = sourceRoot && opts.compileDir ? cleanPath(opts.compileDir) : null;
    const files = this.files.all().map((f) => normaliseSourcePath(f, sourceRoot, compileDir));
    if (sourceRoot) for (const d of this.dumps) if (d.source?.startsWith('/')) d.source = normaliseSourcePath(d.source, sourceRoot);

    const { nodes, edges } = this;
    const nodeCount = nodes.count;
    const nodeDump = nodes.dump.subarray(0, nodeCount);
    const nodeFile = nodes.file.subarray(0, nodeCount);
    inferSources(this.dumps, nodeDump, nodeFile, files);

    const edgeFrom = edges.from.subarray(0, edges.count);
    const edgeTo = edges.to.subarray(0, edges.count);
    const reasons = this.reasons.all();
    // A graph of no dump has no list ends written yet.
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
        grouping: null,
      },
      () => assignNameIds(nodes.namePool, nodes.nameAt, nodes.nameHash, nodeCount),
      { outStart: nodes.outStart.subarray(0, nodeCount + 1), outEdges: edges.outEdges.subarray(0, edges.count) },
    );
  }
}
