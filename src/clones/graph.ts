// The clone graph: dump line → node → edge. Pure (the reader feeds it records).
//
// A node is one symbol of one dump, keyed by (dump, order, name): the same static name in two TUs is
// two nodes. An edge runs from ORIG to OTHER of a clone line (a change to ORIG reaches OTHER) with its
// reason and multiplicity (the same pair written N times: N call sites inlined). Storage is columnar
// (typed arrays, interned strings) so a full distribution kernel (6M lines) fits in a few hundred MB.
import { INLINE_REASON, KNOWN_REASONS, newLineScan, scanDumpLine, type DumpLine, type LineScan } from './dump-line.js';
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
  names: string[];
  nameIndex: Map<string, number>;
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

/** Node ids are packed two per edge key; this bounds the graph (67M nodes). */
const MAX_NODES = 1 << 26;

class IntVec {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  truncate(n: number): void {
    this.length = n;
  }
  take(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

// V8 keeps substrings (13+ chars) as slices of their parent: interning one would pin the whole read
// chunk. Slicing a fresh concatenation re-parents it onto a copy of just this string (3x faster than
// a Buffer round trip).
function flatCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * Builds a CloneGraph one dump at a time: beginDump, add lines (addScan on the hot path, or parsed
 * records with add), endDump (or rollbackDump for a file that turned out not to be a dump), finish.
 */
export class CloneGraphBuilder {
  private readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly rawFiles: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly reasons: string[] = [];
  private readonly reasonIndex = new Map<string, number>();
  private readonly reasonStats: ReasonStat[] = [];

  private readonly nName = new IntVec(1 << 16);
  private readonly nOrder = new IntVec(1 << 16);
  private readonly nFile = new IntVec(1 << 16);
  private readonly nLine = new IntVec(1 << 16);
  private readonly nCol = new IntVec(1 << 16);
  private readonly nDump = new IntVec(1 << 16);
  private removed = new Uint8Array(1 << 16);
  private readonly eFrom = new IntVec(1 << 16);
  private readonly eTo = new IntVec(1 << 16);
  private readonly eReason = new IntVec(1 << 16);
  private readonly eMult = new IntVec(1 << 16);
  /** Per edge: the previous edge (in this dump) with the same origin, -1 at the end of the list. */
  private readonly eNextSameFrom = new IntVec(1 << 16);

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
  // Per node of the open dump (index id - dumpNodeStart): its latest out-edge and out-degree.
  private lastOut = new Int32Array(1 << 12);
  private outDeg = new Int32Array(1 << 12);
  /** Edge lookup for nodes whose out-list in this dump got long (a helper inlined everywhere). */
  private readonly edgeByPair = new Map<number, EdgeId>();
  private pendingRemovals: { order: number; name: string }[] = [];
  private orphanRemovals = 0;
  private lastFile = -1;
  private lastReason = -1;
  private readonly scan = newLineScan();

  beginDump(path: string, source: string | null = null): DumpId {
    if (this.current) throw new Error(`beginDump(${path}) while ${this.current.path} is open`);
    this.current = { path, source: source === null ? null : cleanPath(source), bytes: 0, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
    this.dumpNodeStart = this.nName.length;
    this.dumpEdgeStart = this.eFrom.length;
    this.dumpStamp++;
    return this.dumps.length;
  }

  /** Account bytes read for the open dump (for throughput figures). */
  countBytes(n: number): void {
    if (this.current) this.current.bytes += n;
  }

  /**
   * Scan and add the line text[from, to) (1-based lineNo); returns the scan (valid until the next
   * call). Scanning in place in a chunk of many lines saves a string per line.
   */
  addLine(text: string, lineNo: number, from = 0, to = text.length): LineScan {
    const s = this.scan;
    scanDumpLine(text, s, from, to);
    this.addScan(s, lineNo);
    return s;
  }

  /** Add one scanned line. Nodes already seen in this dump are matched in place, without slicing. */
  addScan(s: LineScan, lineNo: number): void {
    const d = this.open();
    d.lines++;
    const t = s.text;
    if (s.kind === 'clone') {
      d.cloneLines++;
      const from = this.node(t, s.aNameStart, s.aNameEnd, s.aOrder, t, s.aFileStart, s.aFileEnd, s.aLine, s.aCol);
      const to = this.node(t, s.bNameStart, s.bNameEnd, s.bOrder, t, s.bFileStart, s.bFileEnd, s.bLine, s.bCol);
      this.edge(from, to, this.reason(t, s.reasonStart, s.reasonEnd, d.path, lineNo));
    } else if (s.kind === 'removal') {
      d.removalLines++;
      this.removal(t, s.aNameStart, s.aNameEnd, s.aOrder);
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
      const a = rec.from;
      const b = rec.to;
      const from = this.node(a.name, 0, a.name.length, a.order, a.file, 0, a.file.length, a.line, a.col);
      const to = this.node(b.name, 0, b.name.length, b.order, b.file, 0, b.file.length, b.line, b.col);
      this.edge(from, to, this.reason(rec.reason, 0, rec.reason.length, d.path, lineNo));
    } else if (rec.kind === 'removal') {
      d.removalLines++;
      this.removal(rec.node.name, 0, rec.node.name.length, rec.node.order);
    } else {
      d.malformedLines++;
    }
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
      else this.removed[id] = 1;
    }
    this.dumps.push(d);
    this.resetDump();
  }

  /** Forget everything added since beginDump (the file was not a dump). Interned strings stay. */
  rollbackDump(): void {
    this.open();
    const n = this.dumpNodeStart;
    for (const v of [this.nName, this.nOrder, this.nFile, this.nLine, this.nCol, this.nDump]) v.truncate(n);
    this.removed.fill(0, n);
    for (const v of [this.eFrom, this.eTo, this.eReason, this.eMult, this.eNextSameFrom]) v.truncate(this.dumpEdgeStart);
    this.resetDump();
  }

  private resetDump(): void {
    this.current = null;
    this.orderClash.clear();
    this.edgeByPair.clear();
    this.pendingRemovals = [];
  }

  private nameIs(id: NodeId, t: string, start: number, end: number): boolean {
    const name = this.names[this.nName.data[id]];
    return name.length === end - start && t.startsWith(name, start);
  }

  /** The open dump's node with this ORDER and name, or -1. */
  private lookup(t: string, start: number, end: number, order: number): NodeId {
    if (order < this.orderSlot.length && this.orderStamp[order] === this.dumpStamp) {
      const id = this.orderSlot[order];
      if (this.nameIs(id, t, start, end)) return id;
      return this.orderClash.get(`${order}\0${t.slice(start, end)}`) ?? -1;
    }
    return -1;
  }

  private node(t: string, ns: number, ne: number, order: number, ft: string, fs: number, fe: number, line: number, col: number): NodeId {
    const found = this.lookup(t, ns, ne, order);
    if (found !== -1) return found;
    const id = this.nName.length;
    if (id >= MAX_NODES) throw new Error(`clone graph too large (more than ${MAX_NODES} nodes)`);
    if (order >= this.orderSlot.length) this.growOrders(order);
    if (this.orderStamp[order] === this.dumpStamp) {
      // Same ORDER under another name should not happen within one TU; keep both rather than merge.
      this.orderClash.set(`${order}\0${t.slice(ns, ne)}`, id);
    } else {
      this.orderStamp[order] = this.dumpStamp;
      this.orderSlot[order] = id;
    }
    this.nName.push(this.intern(t, ns, ne));
    this.nOrder.push(order);
    this.nFile.push(this.internFile(ft, fs, fe));
    this.nLine.push(line);
    this.nCol.push(col);
    this.nDump.push(this.dumps.length);
    if (id >= this.removed.length) {
      const next = new Uint8Array(this.removed.length * 2);
      next.set(this.removed);
      this.removed = next;
    }
    this.removed[id] = 0;
    const local = id - this.dumpNodeStart;
    if (local >= this.lastOut.length) {
      const size = Math.max(local + 1, this.lastOut.length * 2);
      this.lastOut = new Int32Array(size);
      this.outDeg = new Int32Array(size).fill(0);
      // Earlier nodes of this dump keep their lists: rebuild them from the dump's edges.
      this.lastOut.fill(-1);
      for (let e = this.dumpEdgeStart; e < this.eFrom.length; e++) {
        const f = this.eFrom.data[e] - this.dumpNodeStart;
        this.lastOut[f] = e;
        this.outDeg[f]++;
      }
    }
    this.lastOut[local] = -1;
    this.outDeg[local] = 0;
    return id;
  }

  private growOrders(order: number): void {
    let size = this.orderSlot.length;
    while (size <= order) size *= 2;
    const slot = new Int32Array(size);
    slot.set(this.orderSlot);
    const stamp = new Int32Array(size);
    stamp.set(this.orderStamp);
    this.orderSlot = slot;
    this.orderStamp = stamp;
  }

  private edge(from: NodeId, to: NodeId, reason: number): void {
    // Like the classic reader, an edge is the (ORIG, OTHER) pair: a repeat only raises its count.
    const local = from - this.dumpNodeStart;
    const deg = this.outDeg[local];
    const key = from * MAX_NODES + to;
    if (deg <= 16) {
      for (let e = this.lastOut[local]; e !== -1; e = this.eNextSameFrom.data[e]) {
        if (this.eTo.data[e] === to) {
          this.eMult.data[e]++;
          return;
        }
      }
    } else {
      const e = this.edgeByPair.get(key);
      if (e !== undefined) {
        this.eMult.data[e]++;
        return;
      }
    }
    const id = this.eFrom.length;
    this.eFrom.push(from);
    this.eTo.push(to);
    this.eReason.push(reason);
    this.eMult.push(1);
    this.eNextSameFrom.push(this.lastOut[local]);
    this.lastOut[local] = id;
    this.outDeg[local] = deg + 1;
    if (deg + 1 > 16) {
      if (deg + 1 === 17) for (let e = id; e !== -1; e = this.eNextSameFrom.data[e]) this.edgeByPair.set(from * MAX_NODES + this.eTo.data[e], e);
      else this.edgeByPair.set(key, id);
    }
  }

  private removal(t: string, ns: number, ne: number, order: number): void {
    const id = this.lookup(t, ns, ne, order);
    // Removal lines normally follow the clone lines naming the node; otherwise retry at endDump.
    if (id !== -1) this.removed[id] = 1;
    else this.pendingRemovals.push({ order, name: flatCopy(t.slice(ns, ne)) });
  }

  private intern(t: string, start: number, end: number): number {
    const name = t.slice(start, end);
    let id = this.nameIndex.get(name);
    if (id === undefined) {
      id = this.names.length;
      const flat = flatCopy(name);
      this.names.push(flat);
      this.nameIndex.set(flat, id);
    }
    return id;
  }

  private internFile(t: string, start: number, end: number): number {
    // Consecutive nodes mostly share their FILE: compare in place before slicing.
    const last = this.lastFile;
    if (last !== -1) {
      const f = this.rawFiles[last];
      if (f.length === end - start && t.startsWith(f, start)) return last;
    }
    const file = t.slice(start, end);
    let id = this.fileIndex.get(file);
    if (id === undefined) {
      id = this.rawFiles.length;
      const flat = flatCopy(file);
      this.rawFiles.push(flat);
      this.fileIndex.set(flat, id);
    }
    this.lastFile = id;
    return id;
  }

  private reason(t: string, start: number, end: number, file: string, lineNo: number): number {
    let id = this.lastReason;
    const r = id === -1 ? '' : this.reasons[id];
    if (id === -1 || r.length !== end - start || !t.startsWith(r, start)) {
      const reason = t.slice(start, end);
      id = this.reasonIndex.get(reason) ?? -1;
      if (id === -1) {
        id = this.reasons.length;
        const flat = flatCopy(reason);
        this.reasons.push(flat);
        this.reasonIndex.set(flat, id);
        this.reasonStats.push({ reason: flat, lines: 0, known: KNOWN_REASONS.has(flat), firstFile: file, firstLine: lineNo });
      }
      this.lastReason = id;
    }
    this.reasonStats[id].lines++;
    return id;
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
      const detected = detectSourceRoot(this.rawFiles, hints);
      if (detected) {
        sourceRoot = detected.root;
        sourceRootMethod = detected.method;
      }
    }
    const files = this.rawFiles.map((f) => normaliseSourcePath(f, sourceRoot));
    if (sourceRoot) for (const d of this.dumps) if (d.source?.startsWith('/')) d.source = normaliseSourcePath(d.source, sourceRoot);

    const nodeCount = this.nName.length;
    const nodeDump = this.nDump.take();
    const nodeFile = this.nFile.take();
    inferSources(this.dumps, nodeDump, nodeFile, files);

    const edgeFrom = this.eFrom.take();
    const edgeTo = this.eTo.take();
    const nodeName = this.nName.take();
    const [outStart, outEdges] = csr(nodeCount, edgeFrom);
    const [inStart, inEdges] = csr(nodeCount, edgeTo);
    const [nameStart, nameNodes] = csr(this.names.length, nodeName);
    return {
      nodeCount,
      edgeCount: edgeFrom.length,
      nodeName,
      nodeOrder: this.nOrder.take(),
      nodeFile,
      nodeLine: this.nLine.take(),
      nodeCol: this.nCol.take(),
      nodeDump,
      nodeRemoved: this.removed.slice(0, nodeCount),
      edgeFrom,
      edgeTo,
      edgeReason: this.eReason.take(),
      edgeMult: this.eMult.take(),
      outStart,
      outEdges,
      inStart,
      inEdges,
      nameStart,
      nameNodes,
      names: this.names,
      nameIndex: this.nameIndex,
      files,
      rawFiles: this.rawFiles,
      reasons: this.reasons,
      inlineReason: this.reasons.indexOf(INLINE_REASON),
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
  const perDump = new Map<number, Map<number, number>>();
  for (let n = 0; n < nodeDump.length; n++) {
    const d = nodeDump[n];
    if (dumps[d].source !== null) continue;
    let m = perDump.get(d);
    if (!m) perDump.set(d, (m = new Map()));
    m.set(nodeFile[n], (m.get(nodeFile[n]) ?? 0) + 1);
  }
  for (const [d, counts] of perDump) {
    const base = dumps[d].path.slice(dumps[d].path.lastIndexOf('/') + 1);
    const stem = base.replace(DUMP_SUFFIX, '');
    let byName: string | null = null;
    let byCount: string | null = null;
    let bestCount = 0;
    for (const [f, c] of counts) {
      const file = files[f];
      const fileBase = file.slice(file.lastIndexOf('/') + 1);
      if (fileBase === stem || stem.endsWith(`-${fileBase}`)) {
        if (byName === null || file.length < byName.length) byName = file;
      }
      if (!/\.(h|hh|hpp|hxx|inc)$/.test(file) && c > bestCount) {
        byCount = file;
        bestCount = c;
      }
    }
    dumps[d].source = byName ?? byCount;
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
    name: g.names[g.nodeName[id]],
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
  return g.names[g.nodeName[id]];
}

/** 'name/order (file:line:col)' with FILE as written in the dump, plus ' [REMOVED]': the classic label. */
export function nodeLabel(g: CloneGraph, id: NodeId): string {
  const s = `${g.names[g.nodeName[id]]}/${g.nodeOrder[id]} (${g.rawFiles[g.nodeFile[id]]}:${g.nodeLine[id]}:${g.nodeCol[id]})`;
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
  const k = g.nameIndex.get(name);
  if (k === undefined) return [];
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
  const [nameStart, nameNodes] = csr(g.names.length, nodeName);
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
  const [nameStart, nameNodes] = csr(g.names.length, name);
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
