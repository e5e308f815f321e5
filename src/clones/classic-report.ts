// The text report of the classic kgraft-ipa-analysis.py, line for line, so its users can switch.
// Pure: a generator of lines (a full kernel report is large; the CLI streams it).
//
//   Function: helper/0 (b.c:1:12) [REMOVED] [object file: /tmp/t/b.c.000i.ipa-clones]
//     inlining to: mid/2 (b.c:3:19) [REMOVED]
//       inlining to: f1/3 (b.c:4:5)
//   <blank>
//     Affected functions: 2
//       mid/2 (b.c:3:19) [REMOVED]
//       f1/3 (b.c:4:5)
//   <blank>
//
// The tree repeats a shared subtree under each path to it (as the classic does); a node already on
// the current path is printed with ' [RECURSIVE operation]' and not expanded.
import { findNodes, nodeLabel, subgraphOfDumps, type CloneGraph, type DumpId, type NodeId } from './graph.js';

export interface ClassicReportOptions {
  /** Only these functions (each as its own report section, like one classic run per symbol). */
  symbols?: string[];
  /** Skip functions the dump removed. */
  ignoreRemoved?: boolean;
}

/** Roots of the full report: every node with out-edges, by name (stable: first-seen order breaks ties). */
export function classicRoots(g: CloneGraph, ignoreRemoved = false): NodeId[] {
  const roots: NodeId[] = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (g.outStart[n + 1] > g.outStart[n] && !(ignoreRemoved && g.nodeRemoved[n] === 1)) roots.push(n);
  }
  const names = g.names.all();
  const nm = g.nodeName;
  return roots.sort((a, b) => {
    const x = names[nm[a]];
    const y = names[nm[b]];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

/**
 * The dumps the classic --symbol mode reads: those with a clone line whose original is `symbol`.
 * Needs the ungrouped graph (one node per dump).
 */
export function dumpsWithOriginal(g: CloneGraph, symbol: string): Set<DumpId> {
  const out = new Set<DumpId>();
  for (const n of findNodes(g, symbol)) if (g.outStart[n + 1] > g.outStart[n]) out.add(g.nodeDump[n]);
  return out;
}

/**
 * The classic report, line by line (no trailing newlines). With symbols, each symbol is reported on
 * the graph `graphFor(symbol)` gives: by default the dumps that have it as an original, as the classic
 * reads only those. Pass the grouped graph's builder there to combine --symbol with --group.
 */
export function* classicReportLines(
  g: CloneGraph,
  opts: ClassicReportOptions = {},
  graphFor: (symbol: string) => CloneGraph = (symbol) => subgraphOfDumps(g, dumpsWithOriginal(g, symbol)),
): Generator<string> {
  if (opts.symbols && opts.symbols.length > 0) {
    for (const symbol of opts.symbols) {
      const sg = graphFor(symbol);
      const roots = findNodes(sg, symbol).filter((n) => !(opts.ignoreRemoved && sg.nodeRemoved[n] === 1));
      yield* sections(sg, roots);
    }
  } else {
    yield* sections(g, classicRoots(g, opts.ignoreRemoved));
  }
}

function* sections(g: CloneGraph, roots: NodeId[]): Generator<string> {
  const onPath = new Uint8Array(g.nodeCount);
  for (const root of roots) {
    const obj = g.grouping === null ? ` [object file: ${g.dumps[g.nodeDump[root]].path}]` : '';
    yield `Function: ${nodeLabel(g, root)}${obj}`;
    const affected = new Set<NodeId>();
    yield* tree(g, root, 2, onPath, affected);
    yield '';
    yield `  Affected functions: ${affected.size}`;
    for (const a of affected) yield `    ${nodeLabel(g, a)}`;
    yield '';
  }
}

function* tree(g: CloneGraph, node: NodeId, indent: number, onPath: Uint8Array, affected: Set<NodeId>): Generator<string> {
  onPath[node] = 1;
  const pad = ' '.repeat(indent);
  for (let i = g.outStart[node]; i < g.outStart[node + 1]; i++) {
    const e = g.outEdges[i];
    const to = g.edgeTo[e];
    affected.add(to);
    let line = `${pad}${g.reasons[g.edgeReason[e]]}: ${nodeLabel(g, to)}`;
    if (onPath[to] === 1) line += ' [RECURSIVE operation]';
    if (g.edgeMult[e] > 1) line += ` [edges: ${g.edgeMult[e]}]`;
    yield line;
    if (onPath[to] !== 1) yield* tree(g, to, indent + 2, onPath, affected);
  }
  onPath[node] = 0;
}
