// Graphs made from another graph: nodes merged across dumps (groupGraph), or only some dumps kept
// (subgraphOfDumps). Pure. Both pick nodes and edges of the old graph and rebuild the rest alike.
import { MAX_NODES, withIndexes, type CloneGraph, type DumpId, type EdgeId, type GroupMode, type NodeId } from './graph.js';

/** What a transform decided: per new node the old node it copies, and the new edges. */
interface Picked {
  /** Per new node: the old node whose name, order, location and dump it takes. */
  nodes: ArrayLike<NodeId>;
  removed: Uint8Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeReason: Int32Array;
  edgeMult: Int32Array;
}

/** The graph of the picked nodes and edges (strings, dumps and the rest shared with `g`). */
function rebuild(g: CloneGraph, p: Picked, grouping: GroupMode | null): CloneGraph {
  const pick = (col: Int32Array) => Int32Array.from(p.nodes, (n) => col[n]);
  const nodeName = pick(g.nodeName);
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
      grouping,
    },
    () => ({ nodeName, names }),
  );
}

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
  const picked = {
    nodes: rep,
    removed: Uint8Array.from(allRemoved),
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeReason: Int32Array.from(reason),
    edgeMult: Int32Array.from(mult),
  };
  return rebuild(g, picked, mode);
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
  const pickE = (col: Int32Array) => Int32Array.from(edges, (e) => col[e]);
  const picked = {
    nodes,
    removed: Uint8Array.from(nodes, (n) => g.nodeRemoved[n]),
    edgeFrom: Int32Array.from(edges, (e) => map[g.edgeFrom[e]]),
    edgeTo: Int32Array.from(edges, (e) => map[g.edgeTo[e]]),
    edgeReason: pickE(g.edgeReason),
    edgeMult: pickE(g.edgeMult),
  };
  return rebuild(g, picked, g.grouping);
}
