// The clone graph: dump line → node → edge, and the queries over it. Pure.
//
// A node is one symbol of one dump, keyed by (dump, order, name): the same static name in two TUs is
// two nodes. An edge runs from ORIG to OTHER of a clone line (a change to ORIG reaches OTHER) with its
// reason and multiplicity (the same pair written N times: N call sites inlined). Storage is columnar
// (typed arrays, interned strings) so a full distribution kernel (6M lines) fits in a few hundred MB.
// graph-builder.ts makes a graph from dump lines, graph-transforms.ts one graph from another. The
// accessors at the end are for code that asks about a few nodes; the reports and the affected-set
// walks read the columns directly (per node and edge, millions of times).
import { HEAP_MEMORY, type ColumnMemory } from './graph-columns.js';
import type { NameTable } from './name-ids.js';
import { decodeBytes } from './byte-intern.js';
import { cleanPath } from './source-path.js';

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
  /** The first malformed line (1-based) and why; null when none. */
  firstMalformed: { line: number; message: string } | null;
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
  /**
   * Per node: index into names / files, ORDER, line, column, dump, removed flag (1 = removed). Name
   * ids are made on first use (see withIndexes); nodeNameStart/End give a node's name without them.
   */
  nodeName: Int32Array;
  nodeOrder: Int32Array;
  nodeFile: Int32Array;
  nodeLine: Int32Array;
  nodeCol: Int32Array;
  nodeDump: Int32Array;
  nodeRemoved: Uint8Array;
  /** Per node: its name's bytes, nameBytes[nodeNameStart[n], nodeNameEnd[n]) (what the reports copy). */
  nameBytes: Uint8Array;
  nodeNameStart: Int32Array;
  nodeNameEnd: Int32Array;
  /** Per edge: endpoints, index into reasons, multiplicity. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeReason: Int32Array;
  edgeMult: Int32Array;
  /**
   * CSR adjacency in edge order: out-edges of n are outEdges[outStart[n] .. outStart[n+1]). The
   * in-edges and the nodes by name are made on first use (see withIndexes).
   */
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

/** Node ids are packed two per edge key; this bounds the graph (67M nodes). */
export const MAX_NODES = 1 << 26;

/** The fields withIndexes adds; the first six are made on first read. */
type IndexFields = LazyFields | 'outStart' | 'outEdges';
type LazyFields = 'nodeName' | 'names' | 'inStart' | 'inEdges' | 'nameStart' | 'nameNodes';
const LAZY_FIELDS: ReadonlySet<string> = new Set<LazyFields>(['nodeName', 'names', 'inStart', 'inEdges', 'nameStart', 'nameNodes']);

/** A graph without what it makes on first read: what a worker thread is sent (see graphFromColumns). */
export type GraphColumns = Omit<CloneGraph, LazyFields>;

/** The graph's columns and tables, as they are (none of the lazily made indexes is made for this). */
export function graphColumns(g: CloneGraph): GraphColumns {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(g)) if (!LAZY_FIELDS.has(key)) out[key] = g[key as keyof CloneGraph];
  return out as unknown as GraphColumns;
}

/**
 * A graph again from graphColumns (in a worker thread, over the same shared memory). Its in-edges
 * are made on first read; name ids are not made here at all (names are read per node).
 */
export function graphFromColumns(c: GraphColumns): CloneGraph {
  const noIds = (): never => {
    throw new Error('name ids are not made for a graph sent to a worker thread: read names per node (nodeNameStart/End)');
  };
  return withIndexes(c, noIds, { outStart: c.outStart, outEdges: c.outEdges });
}

/**
 * The graph with its indexes: out-edge lists now; name ids (from `nameIds`), in-edge lists and nodes
 * by name when first read. The whole-corpus reports walk out-edges and copy names as bytes, so they
 * never pay for the others (a kernel's name ids alone were a tenth of its report's time).
 */
export function withIndexes(
  graph: Omit<CloneGraph, IndexFields>,
  nameIds: () => { nodeName: Int32Array; names: NameTable },
  /** Where the out-edge lists go, or the lists themselves (a worker's copy of a graph). */
  out: { memory: ColumnMemory } | { outStart: Int32Array; outEdges: Int32Array } = { memory: HEAP_MEMORY },
): CloneGraph {
  const { outStart, outEdges } = 'memory' in out ? outLists(csr(graph.nodeCount, graph.edgeFrom, out.memory)) : out;
  let ids: { nodeName: Int32Array; names: NameTable } | null = null;
  let ins: Csr | null = null;
  let byName: Csr | null = null;
  const idsNow = () => (ids ??= nameIds());
  const insNow = () => (ins ??= csr(graph.nodeCount, graph.edgeTo));
  const byNameNow = () => (byName ??= csr(idsNow().names.count, idsNow().nodeName));
  const lazy = <T>(get: () => T): PropertyDescriptor => ({ get, enumerable: true });
  return Object.defineProperties(
    { ...graph, outStart, outEdges },
    {
      nodeName: lazy(() => idsNow().nodeName),
      names: lazy(() => idsNow().names),
      inStart: lazy(() => insNow().start),
      inEdges: lazy(() => insNow().items),
      nameStart: lazy(() => byNameNow().start),
      nameNodes: lazy(() => byNameNow().items),
    },
  ) as CloneGraph;
}

interface Csr {
  start: Int32Array;
  items: Int32Array;
}

/** Counting sort of item indexes by key: items[start[k] .. start[k+1]) are the items with key k, in order. */
function csr(keyCount: number, keys: Int32Array, memory: ColumnMemory = HEAP_MEMORY): Csr {
  const start = memory.int32(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i] + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, keyCount);
  const items = memory.int32(keys.length);
  for (let i = 0; i < keys.length; i++) items[fill[keys[i]]++] = i;
  return { start, items };
}

function outLists(c: Csr): { outStart: Int32Array; outEdges: Int32Array } {
  return { outStart: c.start, outEdges: c.items };
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
    name: nodeName(g, id),
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

/** Node id's name: its own bytes decoded (the same string names.get gives, without name ids). */
export function nodeName(g: CloneGraph, id: NodeId): string {
  const b = g.nameBytes;
  return decodeBytes(Buffer.from(b.buffer, b.byteOffset, b.byteLength), g.nodeNameStart[id], g.nodeNameEnd[id]);
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

export function outEdgesOf(g: CloneGraph, id: NodeId): Int32Array {
  return g.outEdges.subarray(g.outStart[id], g.outStart[id + 1]);
}

/** Does node n have out-edges (clones, or functions it was inlined into)? */
export function hasEdges(g: CloneGraph, n: NodeId): boolean {
  return g.outStart[n + 1] > g.outStart[n];
}

export function isRemoved(g: CloneGraph, n: NodeId): boolean {
  return g.nodeRemoved[n] === 1;
}

/** The dump node n was read from. */
export function dumpOf(g: CloneGraph, n: NodeId): DumpInfo {
  return g.dumps[g.nodeDump[n]];
}

/** Node n's FILE, repo-relative (normalised). */
export function fileOf(g: CloneGraph, n: NodeId): string {
  return g.files[g.nodeFile[n]];
}

/** Where edge e runs to: the clone, or the function the body was inlined into. */
export function edgeTarget(g: CloneGraph, e: EdgeId): NodeId {
  return g.edgeTo[e];
}

/** Where edge e starts: the original, or the function that was inlined. */
export function edgeSource(g: CloneGraph, e: EdgeId): NodeId {
  return g.edgeFrom[e];
}
