// What a change to some functions reaches through the clone graph. Pure.
//
// From each root, follow edges transitively (breadth-first, so each entry keeps a shortest chain that
// explains it; a visited set makes cycles — recursive inlining — harmless). Removed intermediates pass
// the effect on but are marked: they have no code left to patch.
import { edgeKind, edgeReasonOf, edgeSource, edgeTarget, isRemoved, nodeName, type CloneGraph, type EdgeId, type NodeId } from './graph.js';

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
  /** Per entry, the edge that reached it (its chain's last step): a view, valid while the set is. */
  readonly via: Int32Array;
  /** Every affected node as an entry with its chain; built on first access. */
  readonly entries: AffectedEntry[];
}

// Computing every node's affected set (the classic report, the benchmark: millions of calls) is
// dominated by allocation and copying, so a result keeps only the edge that reached each entry, as a
// range of a shared arena (a typed array or a JS array per call costs an allocation each, and garbage
// to collect; a kept result keeps its 256 KB arena alive). Everything else follows from those edges:
// an entry's node is its edge's far end, its predecessor the entry of the edge's near end.
const ARENA_SIZE = 1 << 16;
let arena = new Int32Array(ARENA_SIZE);
let arenaUsed = 0;

/** Room for n entries: the current arena's range, or a fresh arena (old ones live on in their results). */
function arenaSpace(n: number): number {
  if (arenaUsed + n > arena.length) {
    arena = new Int32Array(Math.max(ARENA_SIZE, n));
    arenaUsed = 0;
  }
  const at = arenaUsed;
  arenaUsed += n;
  return at;
}

class ColumnarAffectedSet implements AffectedSet {
  private built: AffectedEntry[] | null = null;
  private nodeList: Int32Array | null = null;
  constructor(
    private readonly g: CloneGraph,
    readonly roots: NodeId[],
    /** viaArena[at + i]: the edge that reached entry i (breadth-first order), for i < size. */
    private readonly viaArena: Int32Array,
    private readonly at: number,
    readonly size: number,
    private readonly forward: boolean,
  ) {}

  get via(): Int32Array {
    return this.viaArena.subarray(this.at, this.at + this.size);
  }

  get nodes(): Int32Array {
    if (this.nodeList) return this.nodeList;
    const far = this.forward ? this.g.edgeTo : this.g.edgeFrom;
    const out = new Int32Array(this.size);
    for (let i = 0; i < out.length; i++) out[i] = far[this.viaArena[this.at + i]];
    return (this.nodeList = out);
  }

  get entries(): AffectedEntry[] {
    if (this.built) return this.built;
    const g = this.g;
    const via = this.via;
    const nodes = this.nodes;
    const near = this.forward ? g.edgeFrom : g.edgeTo;
    const indexOf = new Map<NodeId, number>();
    nodes.forEach((n, i) => indexOf.set(n, i));
    const out: AffectedEntry[] = [];
    for (let i = 0; i < via.length; i++) {
      const chain: EdgeId[] = [];
      let inlined = false;
      // The near end of each step's edge is the previous entry, or (not listed) a root.
      for (let k: number | undefined = i; k !== undefined; k = indexOf.get(near[via[k]])) {
        const e = via[k];
        chain.push(e);
        if (g.edgeReason[e] === g.inlineReason) inlined = true;
      }
      chain.reverse();
      const node = nodes[i];
      out.push({
        node,
        root: near[chain[0]],
        chain,
        kind: inlined ? 'inlined' : 'clone',
        reason: edgeReasonOf(g, via[i]),
        removed: isRemoved(g, node),
      });
    }
    this.built = out;
    return out;
  }
}

/**
 * affectedSet of one function at a time, into arrays made once per graph: entries [0, count) in
 * affectedSet's order, each with the edge that reached it, the entry that edge leaves (-1: the
 * function itself) and its chain's length. For a writer that walks every function of a kernel: the
 * objects and small arrays of an AffectedSet per walk (150k of them) were a fifth of the JSON
 * report's time.
 */
export class ForwardWalk {
  /** Per entry: its node, the edge that reached it, the entry that edge leaves (-1: the root), its chain's length. */
  readonly nodes: Int32Array;
  readonly via: Int32Array;
  readonly pred: Int32Array;
  readonly depth: Int32Array;
  private readonly visited: Uint8Array;

  constructor(private readonly g: CloneGraph) {
    const n = g.nodeCount;
    this.nodes = new Int32Array(n);
    this.via = new Int32Array(n);
    this.pred = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.visited = new Uint8Array(n);
  }

  /** Walk breadth-first from `root`; returns how many entries there are. */
  from(root: NodeId): number {
    const { g, visited, nodes, via, pred, depth } = this;
    const { outStart, outEdges, edgeTo } = g;
    visited[root] = 1;
    let count = 0;
    for (let qi = -1; qi < count; qi++) {
      const n = qi < 0 ? root : nodes[qi];
      for (let i = outStart[n], end = outStart[n + 1]; i < end; i++) {
        const e = outEdges[i];
        const m = edgeTo[e];
        if (visited[m] === 1) continue;
        visited[m] = 1;
        nodes[count] = m;
        via[count] = e;
        pred[count] = qi;
        depth[count] = qi < 0 ? 1 : depth[qi] + 1;
        count++;
      }
    }
    visited[root] = 0;
    for (let i = 0; i < count; i++) visited[nodes[i]] = 0;
    return count;
  }
}

/** Forward closure from `roots` ("if these change, what else must be replaced"). */
export function affectedSet(g: CloneGraph, roots: Iterable<NodeId>): AffectedSet {
  return closure(g, roots, true);
}

/**
 * Reverse closure: every function whose body ended up in `id` — inlined into it, directly or through
 * other functions, or the original of a clone that was. Chains run from `id` backwards.
 */
export function inlinedInto(g: CloneGraph, id: NodeId): AffectedSet {
  return closure(g, [id], false);
}

interface Scratch {
  /** visited[n] = 1: n is a root or already queued in this call (cleared before returning). */
  visited: Uint8Array;
  /** The breadth-first queue: per entry its node and the edge that reached it. */
  queue: Int32Array;
  via: Int32Array;
  /** Per adjacency slot (outEdges / inEdges order), the node at the far end: one lookup less per step. */
  outFar: Int32Array | null;
  inFar: Int32Array | null;
}
const scratchOf = new WeakMap<CloneGraph, Scratch>();

// Per-graph scratch, so one call per node does not allocate graph-sized state.
function scratch(g: CloneGraph): Scratch {
  let s = scratchOf.get(g);
  if (!s) {
    const n = g.nodeCount;
    s = { visited: new Uint8Array(n), queue: new Int32Array(n), via: new Int32Array(n), outFar: null, inFar: null };
    scratchOf.set(g, s);
  }
  return s;
}

function farEnds(list: Int32Array, far: Int32Array): Int32Array {
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = far[list[i]];
  return out;
}

function closure(g: CloneGraph, roots: Iterable<NodeId>, forward: boolean): AffectedSet {
  const s = scratch(g);
  const start = forward ? g.outStart : g.inStart;
  const list = forward ? g.outEdges : g.inEdges;
  const far = forward ? (s.outFar ??= farEnds(g.outEdges, g.edgeTo)) : (s.inFar ??= farEnds(g.inEdges, g.edgeFrom));
  const { visited, queue, via } = s;
  const rootList: NodeId[] = [];
  for (const r of roots) {
    if (visited[r] === 1) continue;
    visited[r] = 1;
    rootList.push(r);
  }
  // Breadth-first: the roots' edges first (qi < 0 walks rootList), then each queued entry's in turn.
  let count = 0;
  for (let qi = -rootList.length; qi < count; qi++) {
    const n = qi < 0 ? rootList[rootList.length + qi] : queue[qi];
    for (let i = start[n], end = start[n + 1]; i < end; i++) {
      const m = far[i];
      if (visited[m] === 1) continue;
      visited[m] = 1;
      queue[count] = m;
      via[count] = list[i];
      count++;
    }
  }
  for (const r of rootList) visited[r] = 0;
  for (let i = 0; i < count; i++) visited[queue[i]] = 0;
  const at = arenaSpace(count);
  const kept = arena;
  for (let i = 0; i < count; i++) kept[at + i] = via[i];
  return new ColumnarAffectedSet(g, rootList, kept, at, count, forward);
}

/**
 * A forward chain in words, for reports (PatchReason.chain):
 * ['helper', 'inlined into mid (removed)', 'inlined into f1'] or ['cp', 'constprop clone cp.constprop.0'].
 */
export function describeChain(g: CloneGraph, chain: EdgeId[]): string[] {
  if (chain.length === 0) return [];
  const out = [nodeName(g, edgeSource(g, chain[0]))];
  for (const e of chain) {
    const to = edgeTarget(g, e);
    const removed = isRemoved(g, to) ? ' (removed)' : '';
    out.push(edgeKind(g, e) === 'inline' ? `inlined into ${nodeName(g, to)}${removed}` : `${edgeReasonOf(g, e)} clone ${nodeName(g, to)}${removed}`);
  }
  return out;
}
