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
  size: number;
  /** The affected nodes, nearest first (breadth-first from the roots); roots are not listed. */
  nodes: Int32Array;
  /** Every affected node as an entry with its chain; built on first access. */
  readonly entries: AffectedEntry[];
}

// Columnar result; `entries` (objects and chains) is built on demand: computing every node's affected
// set, as the classic report and the benchmark do, must not allocate a chain per entry.
class ColumnarAffectedSet implements AffectedSet {
  private built: AffectedEntry[] | null = null;
  constructor(
    private readonly g: CloneGraph,
    readonly roots: NodeId[],
    readonly nodes: Int32Array,
    /** Per entry: the edge that reached it, and the index of the entry it came from (-1: a root). */
    private readonly via: Int32Array,
    private readonly prev: Int32Array,
    private readonly rootOf: Int32Array,
    private readonly inlined: Uint8Array,
  ) {}

  get size(): number {
    return this.nodes.length;
  }

  get entries(): AffectedEntry[] {
    if (this.built) return this.built;
    const g = this.g;
    const out: AffectedEntry[] = [];
    for (let i = 0; i < this.nodes.length; i++) {
      const chain: EdgeId[] = [];
      for (let k = i; k !== -1; k = this.prev[k]) chain.push(this.via[k]);
      chain.reverse();
      const node = this.nodes[i];
      out.push({
        node,
        root: this.rootOf[i],
        chain,
        kind: this.inlined[i] === 1 ? 'inlined' : 'clone',
        reason: edgeReasonOf(g, this.via[i]),
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
}
const scratchOf = new WeakMap<CloneGraph, Scratch>();

// Per-graph scratch stamped with an epoch, so one call per node does not allocate graph-sized state.
function scratch(g: CloneGraph): Scratch {
  let s = scratchOf.get(g);
  if (!s || s.epoch >= 0x7ffffffe) {
    s = { epoch: 0, stamp: new Int32Array(g.nodeCount) };
    scratchOf.set(g, s);
  }
  s.epoch++;
  return s;
}

function closure(g: CloneGraph, roots: Iterable<NodeId>, dir: 'forward' | 'reverse'): AffectedSet {
  const start = dir === 'forward' ? g.outStart : g.inStart;
  const list = dir === 'forward' ? g.outEdges : g.inEdges;
  const far = dir === 'forward' ? g.edgeTo : g.edgeFrom;
  const { epoch, stamp } = scratch(g);
  const rootList: NodeId[] = [];
  for (const r of roots) {
    if (stamp[r] === epoch) continue;
    stamp[r] = epoch;
    rootList.push(r);
  }
  const nodes: number[] = [];
  const via: number[] = [];
  const prev: number[] = [];
  const rootOf: number[] = [];
  const inlined: number[] = [];
  const visit = (n: NodeId, from: number, root: NodeId, inl: number) => {
    for (let i = start[n]; i < start[n + 1]; i++) {
      const e = list[i];
      const m = far[e];
      if (stamp[m] === epoch) continue;
      stamp[m] = epoch;
      nodes.push(m);
      via.push(e);
      prev.push(from);
      rootOf.push(root);
      inlined.push(inl === 1 || g.edgeReason[e] === g.inlineReason ? 1 : 0);
    }
  };
  for (const r of rootList) visit(r, -1, r, 0);
  for (let qi = 0; qi < nodes.length; qi++) visit(nodes[qi], qi, rootOf[qi], inlined[qi]);
  return new ColumnarAffectedSet(g, rootList, Int32Array.from(nodes), Int32Array.from(via), Int32Array.from(prev), Int32Array.from(rootOf), Uint8Array.from(inlined));
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
