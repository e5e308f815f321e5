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
 * The breadth-first walk behind every affected set, into arrays made once per graph and direction:
 * entries [0, count) nearest first, each with the edge that reached it, the entry that edge leaves
 * (-1: a root) and its chain's length. affectedSet and inlinedInto keep what they need of a walk; a
 * writer that walks every function of a kernel (150k walks) reads the arrays directly: an
 * AffectedSet and its small arrays per function were a fifth of the JSON report's time.
 */
export class ReachWalk {
  /** Per entry: its node, the edge that reached it, the entry that edge leaves (-1: a root), its chain's length. */
  readonly nodes: Int32Array;
  readonly via: Int32Array;
  readonly pred: Int32Array;
  readonly depth: Int32Array;
  /** The last walk's roots, each once, in the order given: rootIds[0, rootCount). */
  rootIds: Int32Array = new Int32Array(16);
  rootCount = 0;
  /** visited[n] = 1: n is a root or an entry of the walk under way (cleared before a walk returns). */
  private readonly visited: Uint8Array;
  private readonly start: Int32Array;
  private readonly list: Int32Array;
  /** Per adjacency slot (outEdges / inEdges order), the node at the far end: one lookup less per step. */
  private readonly far: Int32Array;

  /** Forward: along out-edges (what a change reaches); else along in-edges (what ended up in a node). */
  constructor(g: CloneGraph, forward = true) {
    const n = g.nodeCount;
    this.nodes = new Int32Array(n);
    this.via = new Int32Array(n);
    this.pred = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.visited = new Uint8Array(n);
    this.start = forward ? g.outStart : g.inStart;
    this.list = forward ? g.outEdges : g.inEdges;
    const ends = forward ? g.edgeTo : g.edgeFrom;
    const list = this.list;
    this.far = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) this.far[i] = ends[list[i]];
  }

  /** Walk from one root; returns how many entries there are. */
  from(root: NodeId): number {
    this.rootIds[0] = root;
    this.rootCount = 1;
    this.visited[root] = 1;
    return this.walk();
  }

  /** Walk from several roots (each once; the first of repeats counts). */
  fromAll(roots: Iterable<NodeId>): number {
    let count = 0;
    for (const r of roots) {
      if (this.visited[r] === 1) continue;
      this.visited[r] = 1;
      if (count === this.rootIds.length) {
        const more = new Int32Array(2 * count);
        more.set(this.rootIds);
        this.rootIds = more;
      }
      this.rootIds[count++] = r;
    }
    this.rootCount = count;
    return this.walk();
  }

  /** The roots' edges first (qi < 0 walks the roots), then each entry's in turn. */
  private walk(): number {
    const { visited, nodes, via, pred, depth, start, list, far, rootIds, rootCount } = this;
    let count = 0;
    for (let qi = -rootCount; qi < count; qi++) {
      const n = qi < 0 ? rootIds[rootCount + qi] : nodes[qi];
      for (let i = start[n], end = start[n + 1]; i < end; i++) {
        const m = far[i];
        if (visited[m] === 1) continue;
        visited[m] = 1;
        nodes[count] = m;
        via[count] = list[i];
        pred[count] = qi < 0 ? -1 : qi;
        depth[count] = qi < 0 ? 1 : depth[qi] + 1;
        count++;
      }
    }
    for (let k = 0; k < rootCount; k++) visited[rootIds[k]] = 0;
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

// Per graph, its walks (forward, backward), so one call per node does not allocate graph-sized state.
const walksOf = new WeakMap<CloneGraph, { forward: ReachWalk | null; backward: ReachWalk | null }>();

function closure(g: CloneGraph, roots: Iterable<NodeId>, forward: boolean): AffectedSet {
  let walks = walksOf.get(g);
  if (!walks) walksOf.set(g, (walks = { forward: null, backward: null }));
  const walk = forward ? (walks.forward ??= new ReachWalk(g, true)) : (walks.backward ??= new ReachWalk(g, false));
  const count = walk.fromAll(roots);
  const at = arenaSpace(count);
  const kept = arena;
  const via = walk.via;
  for (let i = 0; i < count; i++) kept[at + i] = via[i];
  const rootList: NodeId[] = [];
  for (let k = 0; k < walk.rootCount; k++) rootList.push(walk.rootIds[k]);
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
