// What a change to some functions reaches through the clone graph. Pure.
//
// From each root, follow edges transitively (breadth-first, so each entry keeps a shortest chain that
// explains it; a visited set makes cycles — recursive inlining — harmless). Removed intermediates pass
// the effect on but are marked: they have no code left to patch.
import { edgeKind, edgeReasonOf, nodeName, type CloneGraph, type EdgeId, type NodeId } from './graph.js';

export interface AffectedEntry {
  node: NodeId;
  /** The root its chain starts at. */
  root: NodeId;
  /** Edges root → … → node, in order (a shortest chain). */
  chain: EdgeId[];
  /**
   * 'clone': an optimisation clone of the root (every step is a clone: constprop, isra, part, ...);
   * 'inlined': the root's body (or its clone's) was inlined into it, possibly through other functions.
   */
  kind: 'clone' | 'inlined';
  /** Reason of the last step: 'inlining to', 'constprop', 'isra', 'part', '(null)', ... */
  reason: string;
  /** The dump removed it: it carries the effect on but is not itself patchable. */
  removed: boolean;
}

export interface AffectedSet {
  roots: NodeId[];
  /** How many nodes are affected (entries.length, without materialising entries). */
  readonly size: number;
  /** The affected nodes, nearest first (breadth-first from the roots); roots are not listed. */
  readonly nodes: Int32Array;
  /** Every affected node as an entry with its chain; built on first access. */
  readonly entries: AffectedEntry[];
}

// Columnar result in one Int32Array (one allocation per call: computing every node's affected set, as
// the classic report and the benchmark do, is dominated by allocations otherwise). `entries` (objects
// with chains) is built on first access.
class ColumnarAffectedSet implements AffectedSet {
  private built: AffectedEntry[] | null = null;
  private nodeView: Int32Array | null = null;
  /** data = [nodes | via edge | prev index (-1: from a root) | root | inlined flag], `size` each. */
  constructor(
    private readonly g: CloneGraph,
    readonly roots: NodeId[],
    readonly size: number,
    private readonly data: Int32Array,
  ) {}

  get nodes(): Int32Array {
    return (this.nodeView ??= this.data.subarray(0, this.size));
  }

  get entries(): AffectedEntry[] {
    if (this.built) return this.built;
    const { g, data, size } = this;
    const out: AffectedEntry[] = [];
    for (let i = 0; i < size; i++) {
      const chain: EdgeId[] = [];
      for (let k = i; k !== -1; k = data[2 * size + k]) chain.push(data[size + k]);
      chain.reverse();
      const node = data[i];
      out.push({
        node,
        root: data[3 * size + i],
        chain,
        kind: data[4 * size + i] === 1 ? 'inlined' : 'clone',
        reason: edgeReasonOf(g, data[size + i]),
        removed: g.nodeRemoved[node] === 1,
      });
    }
    this.built = out;
    return out;
  }
}

/** Forward closure from `roots` ("if these change, what else must be replaced"). */
export function affectedSet(g: CloneGraph, roots: Iterable<NodeId>): AffectedSet {
  return closure(g, roots, 'forward');
}

/**
 * Reverse closure: every function whose body ended up in `id` — inlined into it, directly or through
 * other functions, or the original of a clone that was. Chains run from `id` backwards.
 */
export function inlinedInto(g: CloneGraph, id: NodeId): AffectedSet {
  return closure(g, [id], 'reverse');
}

interface Scratch {
  epoch: number;
  stamp: Int32Array;
  // Result columns, graph-sized, copied out at the end of each call.
  nodes: Int32Array;
  via: Int32Array;
  prev: Int32Array;
  rootOf: Int32Array;
  inlined: Uint8Array;
}
const scratchOf = new WeakMap<CloneGraph, Scratch>();

// Per-graph scratch stamped with an epoch, so one call per node does not allocate graph-sized state.
function scratch(g: CloneGraph): Scratch {
  let s = scratchOf.get(g);
  if (!s || s.epoch >= 0x7ffffffe) {
    const n = g.nodeCount;
    s = { epoch: 0, stamp: new Int32Array(n), nodes: new Int32Array(n), via: new Int32Array(n), prev: new Int32Array(n), rootOf: new Int32Array(n), inlined: new Uint8Array(n) };
    scratchOf.set(g, s);
  }
  s.epoch++;
  return s;
}

function closure(g: CloneGraph, roots: Iterable<NodeId>, dir: 'forward' | 'reverse'): AffectedSet {
  const start = dir === 'forward' ? g.outStart : g.inStart;
  const list = dir === 'forward' ? g.outEdges : g.inEdges;
  const far = dir === 'forward' ? g.edgeTo : g.edgeFrom;
  const inlineReason = g.inlineReason;
  const reasonOf = g.edgeReason;
  const { epoch, stamp, nodes, via, prev, rootOf, inlined } = scratch(g);
  const rootList: NodeId[] = [];
  for (const r of roots) {
    if (stamp[r] === epoch) continue;
    stamp[r] = epoch;
    rootList.push(r);
  }
  // Breadth-first; the queue is the result columns themselves.
  let count = 0;
  const expand = (n: NodeId, from: number, root: NodeId, inl: number): void => {
    for (let i = start[n]; i < start[n + 1]; i++) {
      const e = list[i];
      const m = far[e];
      if (stamp[m] === epoch) continue;
      stamp[m] = epoch;
      nodes[count] = m;
      via[count] = e;
      prev[count] = from;
      rootOf[count] = root;
      inlined[count] = inl === 1 || reasonOf[e] === inlineReason ? 1 : 0;
      count++;
    }
  };
  for (const r of rootList) expand(r, -1, r, 0);
  for (let qi = 0; qi < count; qi++) expand(nodes[qi], qi, rootOf[qi], inlined[qi]);
  const data = new Int32Array(5 * count);
  for (let i = 0; i < count; i++) {
    data[i] = nodes[i];
    data[count + i] = via[i];
    data[2 * count + i] = prev[i];
    data[3 * count + i] = rootOf[i];
    data[4 * count + i] = inlined[i];
  }
  return new ColumnarAffectedSet(g, rootList, count, data);
}

/**
 * A forward chain in words, for reports (PatchReason.chain):
 * ['helper', 'inlined into mid (removed)', 'inlined into f1'] or ['cp', 'constprop clone cp.constprop.0'].
 */
export function describeChain(g: CloneGraph, chain: EdgeId[]): string[] {
  if (chain.length === 0) return [];
  const out = [nodeName(g, g.edgeFrom[chain[0]])];
  for (const e of chain) {
    const to = g.edgeTo[e];
    const removed = g.nodeRemoved[to] === 1 ? ' (removed)' : '';
    out.push(edgeKind(g, e) === 'inline' ? `inlined into ${nodeName(g, to)}${removed}` : `${edgeReasonOf(g, e)} clone ${nodeName(g, to)}${removed}`);
  }
  return out;
}
