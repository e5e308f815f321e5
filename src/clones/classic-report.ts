// The text report of the classic kgraft-ipa-analysis.py, line for line, so its users can switch.
// Pure: it renders into byte chunks (a full kernel report is hundreds of MB; the CLI streams them).
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
// the current path is printed with ' [RECURSIVE operation]' and not expanded. Repeating subtrees is
// exponential on some graphs and indentation grows with depth, so a tree that would be far larger than
// the graph it covers is printed compact instead (see COMPACT below): output stays linear in the graph.
// Names and paths are printed with control characters made visible.
import { subgraphOfDumps } from './graph-transforms.js';
import { findNodes, type CloneGraph, type DumpId, type EdgeId, type NodeId } from './graph.js';
import { LABEL_POOL_BYTES, NodeBytes, labelText } from './node-bytes.js';
import { PiecePool, ReportBytes, WrittenSpans, type ReportMark } from './report-bytes.js';
import { visibleText } from './visible-text.js';

export interface ClassicReportOptions {
  /** Only these functions (each as its own report section, like one classic run per symbol). */
  symbols?: string[];
  /** Skip functions the dump removed. */
  ignoreRemoved?: boolean;
  /** Write into chunks again once the consumer asked for the next ones (see ReportBytes). */
  reuseChunks?: boolean;
  /** Called for each function whose tree was printed compact, with its label. */
  onCompactTree?: (g: CloneGraph, root: NodeId, label: string) => void;
}

// COMPACT: a function's classic tree is printed in full unless it has more than
// CLASSIC_TREE_FACTOR × (edges it reaches) + CLASSIC_TREE_SLACK lines or is deeper than
// CLASSIC_MAX_DEPTH levels. Then a function in it is expanded at most once, and not at all when it has
// a section of its own in the report: a mention of a function with edges that is not expanded ends in
// ' [see above]' or ' [see its own Function section]', and lines deeper than CLASSIC_MAX_DEPTH levels
// are indented as that level and start with '[level N] '. The affected list is the same either way.
export const CLASSIC_TREE_FACTOR = 64;
export const CLASSIC_TREE_SLACK = 4096;
export const CLASSIC_MAX_DEPTH = 40;

/** Roots of the full report: every node with out-edges, by name (stable: first-seen order breaks ties). */
export function classicRoots(g: CloneGraph, ignoreRemoved = false): NodeId[] {
  return Array.from(classicRootIds(g, ignoreRemoved));
}

/**
 * classicRoots as an Int32Array, the form the reports walk: a kernel has 10^5 roots, and JS arrays
 * of them (grown by push, then sorted into another) were tens of MB of short-lived heap pages, each
 * a page fault on first touch.
 */
export function classicRootIds(g: CloneGraph, ignoreRemoved = false): Int32Array {
  const { outStart, nodeRemoved } = g;
  const isRoot = (n: NodeId) => outStart[n + 1] > outStart[n] && !(ignoreRemoved && nodeRemoved[n] === 1);
  let count = 0;
  for (let n = 0; n < g.nodeCount; n++) if (isRoot(n)) count++;
  const roots = new Int32Array(count);
  for (let n = 0, k = 0; n < g.nodeCount; n++) if (isRoot(n)) roots[k++] = n;
  return byName(g, roots);
}

/**
 * Nodes (in ascending id order) sorted by name, equal names in id order. Names all ASCII (the usual
 * case): the nodes are sorted by their name bytes, which order them as strings do, with no name ids.
 */
function byName(g: CloneGraph, nodes: Int32Array): Int32Array {
  const { nameBytes, nodeNameStart, nodeNameEnd } = g;
  // The name bytes up to the last of these nodes' names, read straight through (other nodes' names
  // too: a non-ASCII one only sends the sort the slower way, which orders ASCII names the same).
  let end = 0;
  for (let k = 0; k < nodes.length; k++) if (nodeNameEnd[nodes[k]] > end) end = nodeNameEnd[nodes[k]];
  let bits = 0;
  for (let i = 0; i < end; i++) bits |= nameBytes[i];
  if (bits >= 0x80) return byNameId(g, nodes);
  const out = nodes.slice();
  sortAsciiNames(out, nameBytes, nodeNameStart, nodeNameEnd);
  return out;
}

/**
 * byName for names that are not all ASCII: the distinct names (ids) are sorted once as strings
 * (UTF-16 code units, as `<` compares them), then the nodes are placed by their name's rank, a
 * counting sort.
 */
function byNameId(g: CloneGraph, nodes: Int32Array): Int32Array {
  const nm = g.nodeName;
  const rank = new Int32Array(g.names.count).fill(-1);
  const distinct = new Int32Array(Math.min(nodes.length, g.names.count));
  let count = 0;
  for (let i = 0; i < nodes.length; i++) {
    const id = nm[nodes[i]];
    if (rank[id] === -1) {
      rank[id] = 0;
      distinct[count++] = id;
    }
  }
  const sorted = distinct.subarray(0, count).sort(nameOrder(g));
  const start = new Int32Array(count + 1);
  for (let r = 0; r < count; r++) rank[sorted[r]] = r;
  for (let i = 0; i < nodes.length; i++) start[rank[nm[nodes[i]]] + 1]++;
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  const out = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) out[start[rank[nm[nodes[i]]]]++] = nodes[i];
  return out;
}

/**
 * Sorts items (in place) by their byte strings bytes[start[item], end[item]), equal strings by item:
 * a multikey quicksort (each range is split three ways on the byte at one depth, and only the equal
 * part goes one byte deeper), so shared prefixes (kernel names have long ones) are read once per
 * level rather than once per comparison. An explicit stack: a name can be thousands of bytes long.
 */
function sortAsciiNames(ids: Int32Array, bytes: Uint8Array, start: Int32Array, end: Int32Array): void {
  // The byte at depth d plus one, 0 past the end (a prefix sorts first).
  const at = (id: number, d: number) => (start[id] + d < end[id] ? bytes[start[id] + d] + 1 : 0);
  const swap = (i: number, j: number) => {
    const t = ids[i];
    ids[i] = ids[j];
    ids[j] = t;
  };
  const stack: number[] = [0, ids.length, 0];
  while (stack.length > 0) {
    let d = stack.pop() as number;
    let hi = stack.pop() as number;
    let lo = stack.pop() as number;
    while (hi - lo > 1) {
      if (hi - lo < 12) {
        for (let i = lo + 1; i < hi; i++) {
          for (let j = i; j > lo; j--) {
            const c = compareFrom(ids[j - 1], ids[j], d, bytes, start, end);
            if (c < 0 || (c === 0 && ids[j - 1] < ids[j])) break;
            swap(j - 1, j);
          }
        }
        break;
      }
      const pivot = at(ids[lo + ((hi - lo) >> 1)], d);
      let lt = lo;
      let gt = hi;
      for (let i = lo; i < gt; ) {
        const c = at(ids[i], d);
        if (c < pivot) swap(lt++, i++);
        else if (c > pivot) swap(i, --gt);
        else i++;
      }
      stack.push(lo, lt, d, gt, hi, d);
      // Names that all end here are equal: in item order.
      if (pivot === 0) {
        ids.subarray(lt, gt).sort();
        break;
      }
      lo = lt;
      hi = gt;
      d++;
    }
  }
}

function compareFrom(a: number, b: number, d: number, bytes: Uint8Array, start: Int32Array, end: Int32Array): number {
  const la = end[a] - start[a];
  const lb = end[b] - start[b];
  const n = la < lb ? la : lb;
  for (let k = d; k < n; k++) if (bytes[start[a] + k] !== bytes[start[b] + k]) return bytes[start[a] + k] - bytes[start[b] + k];
  return la - lb;
}

/** Name ids compared by their names as strings (each decoded once). */
function nameOrder(g: CloneGraph): (a: number, b: number) => number {
  const text = new Map<number, string>();
  const asText = (id: number) => {
    let t = text.get(id);
    if (t === undefined) text.set(id, (t = g.names.get(id)));
    return t;
  };
  return (a, b) => {
    const ta = asText(a);
    const tb = asText(b);
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  };
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
 * The classic report as byte chunks of about REPORT_CHUNK_BYTES (the last one shorter). With
 * symbols, each symbol is reported on the graph `graphFor(symbol)` gives: by default the dumps that
 * have it as an original, as the classic reads only those. Pass the grouped graph's builder there to
 * combine --symbol with --group.
 */
export function* classicReportChunks(
  g: CloneGraph,
  opts: ClassicReportOptions = {},
  graphFor: (symbol: string) => CloneGraph = (symbol) => subgraphOfDumps(g, dumpsWithOriginal(g, symbol)),
): Generator<Buffer> {
  const out = new ReportBytes(opts.reuseChunks);
  const parts: { g: CloneGraph; roots: ArrayLike<NodeId> }[] = [];
  if (opts.symbols && opts.symbols.length > 0) {
    for (const symbol of opts.symbols) {
      const sg = graphFor(symbol);
      parts.push({ g: sg, roots: findNodes(sg, symbol).filter((n) => !(opts.ignoreRemoved && sg.nodeRemoved[n] === 1)) });
    }
  } else {
    parts.push({ g, roots: classicRootIds(g, opts.ignoreRemoved) });
  }
  for (const part of parts) {
    const r = new SectionRenderer(part.g, out, part.roots, opts.onCompactTree, LABEL_POOL_BYTES);
    for (let i = 0; i < part.roots.length; i++) {
      r.section(part.roots[i]);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  yield* out.end();
}

/**
 * Writes the sections of one graph's report, one at a time (`roots`: all the report's roots in this
 * graph): for a report written on several threads (split-report.ts). Each thread would make all the
 * labels for its share of the sections, so none are made up front (labelPoolBytes 0) unless asked.
 */
export function classicSectionWriter(
  g: CloneGraph,
  out: ReportBytes,
  roots: ArrayLike<NodeId>,
  onCompactTree?: ClassicReportOptions['onCompactTree'],
  labelPoolBytes = 0,
): (root: NodeId) => void {
  const r = new SectionRenderer(g, out, roots, onCompactTree, labelPoolBytes);
  return (root) => r.section(root);
}

/** The classic report as lines (no newlines): for tests and small graphs. */
export function classicReportLines(g: CloneGraph, opts: ClassicReportOptions = {}, graphFor?: (symbol: string) => CloneGraph): string[] {
  const text = Buffer.concat([...classicReportChunks(g, opts, graphFor)]).toString('utf8');
  const lines = text.split('\n');
  lines.pop();
  return lines;
}

const NL = 0x0a;
const EDGES = Buffer.from(' [edges: ');
const FUNCTION = Buffer.from('Function: ');
const AFFECTED = Buffer.from('\n  Affected functions: ');

/** Renders sections of one graph; every label and reason is made into bytes once. */
class SectionRenderer {
  private readonly nodes: NodeBytes;
  private readonly reasons: Buffer[];
  /** A classic tree line's indentation and reason, one piece: reason r at level l is [r * CLASSIC_MAX_DEPTH + l - 1]. */
  private readonly treeLineStarts: PiecePool;
  private readonly objectFiles: (Buffer | undefined)[];
  private readonly recursive = Buffer.from(' [RECURSIVE operation]');
  private readonly seeAbove = Buffer.from(' [see above]');
  private readonly seeSection = Buffer.from(' [see its own Function section]');
  // Per node: it has a section of its own in this report; expanded in the current compact tree.
  private readonly ownSection: Uint8Array;
  private readonly expanded: Uint8Array;
  private readonly expandedList: Int32Array;
  // Without labels made up front (NodeBytes.prepareLabels), per node where its label was last written:
  // a node is printed on several lines of a section (its tree lines, its affected line), so later
  // ones copy those bytes instead of reading its name again.
  private readonly pooled: boolean;
  private readonly labels: WrittenSpans;
  // Per node: reached from the current root (affected), in first-reached order.
  private readonly reached: Uint8Array;
  private readonly affected: Int32Array;
  private affectedCount = 0;
  private readonly path: WalkPath;
  private readonly sectionStart: ReportMark;

  constructor(
    private readonly g: CloneGraph,
    private readonly out: ReportBytes,
    roots: ArrayLike<NodeId>,
    private readonly onCompact?: (g: CloneGraph, root: NodeId, label: string) => void,
    labelPoolBytes = 0,
  ) {
    this.nodes = new NodeBytes(g);
    this.pooled = this.nodes.prepareLabels(labelPoolBytes);
    this.reasons = g.reasons.map((r) => Buffer.from(`${visibleText(r)}: `));
    this.treeLineStarts = new PiecePool(g.reasons.flatMap((r) => Array.from({ length: CLASSIC_MAX_DEPTH }, (_, level) => Buffer.from(`${' '.repeat(2 * (level + 1))}${visibleText(r)}: `))));
    this.objectFiles = new Array(g.dumps.length);
    const n = g.nodeCount;
    this.reached = new Uint8Array(n);
    this.affected = new Int32Array(n);
    this.path = new WalkPath(g);
    this.sectionStart = out.mark();
    this.ownSection = new Uint8Array(n);
    for (let i = 0; i < roots.length; i++) this.ownSection[roots[i]] = 1;
    this.expanded = new Uint8Array(n);
    this.expandedList = new Int32Array(n);
    this.labels = new WrittenSpans(this.pooled ? 0 : n);
  }

  section(root: NodeId): void {
    const { g, out } = this;
    out.all(FUNCTION);
    this.label(root);
    if (g.grouping === null) out.all(this.objectFile(g.nodeDump[root]));
    out.byte(NL);
    const start = out.mark(this.sectionStart);
    if (!this.classicTree(root)) {
      out.rollback(start);
      this.clearAffected();
      this.compactTree(root);
      this.reachDepthFirst(root);
      this.onCompact?.(g, root, labelText(g, root));
    }
    out.all(AFFECTED);
    out.uint(this.affectedCount);
    out.byte(NL);
    for (let i = 0; i < this.affectedCount; i++) this.affectedLine(this.affected[i]);
    out.byte(NL);
    this.clearAffected();
  }

  /** The classic tree; false (output and affected half done) when it outgrows COMPACT's limits. */
  private classicTree(root: NodeId): boolean {
    const { g, out, path } = this;
    const { outEdges, edgeTo, edgeMult, edgeReason } = g;
    const onPath = path.onPath;
    let limit = CLASSIC_TREE_SLACK;
    let limitKnown = false;
    let lines = 0;
    path.push(root);
    let ok = true;
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const sp = path.top;
      // The limit depends on what the root reaches: worked out only for a tree past the slack.
      if (++lines > limit && !limitKnown) {
        limit = CLASSIC_TREE_FACTOR * reachableEdges(g, root) + CLASSIC_TREE_SLACK;
        limitKnown = true;
      }
      if (lines > limit || sp + 1 > CLASSIC_MAX_DEPTH) {
        ok = false;
        break;
      }
      const e = outEdges[i];
      const to = edgeTo[e];
      this.reach(to);
      this.treeLineStarts.write(out, edgeReason[e] * CLASSIC_MAX_DEPTH + sp);
      const recursive = onPath[to] === 1;
      if (recursive) {
        this.label(to);
        out.all(this.recursive);
        if (edgeMult[e] > 1) this.edges(edgeMult[e]);
        out.byte(NL);
      } else {
        this.edgeLine(e);
        path.push(to);
      }
    }
    path.clear();
    return ok;
  }

  /**
   * Each function expanded once (see COMPACT), and not at all when it has a section of its own: so
   * the compact trees of a whole report print each edge about once.
   */
  private compactTree(root: NodeId): void {
    const { g, out, path, expanded, expandedList, ownSection } = this;
    const { outStart, outEdges, edgeTo, edgeMult, edgeReason } = g;
    const onPath = path.onPath;
    let expandedCount = 0;
    path.push(root);
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const e = outEdges[i];
      const to = edgeTo[e];
      const level = path.top + 1;
      out.spaces(2 * Math.min(level, CLASSIC_MAX_DEPTH));
      if (level > CLASSIC_MAX_DEPTH) {
        out.text('[level ');
        out.uint(level);
        out.text('] ');
      }
      const reason = this.reasons[edgeReason[e]];
      out.bytes(reason, 0, reason.length);
      this.label(to);
      const recursive = onPath[to] === 1;
      const hasEdges = outStart[to + 1] > outStart[to];
      const seen = expanded[to] === 1;
      const elsewhere = ownSection[to] === 1;
      if (recursive) out.bytes(this.recursive, 0, this.recursive.length);
      else if (hasEdges && seen) out.bytes(this.seeAbove, 0, this.seeAbove.length);
      else if (hasEdges && elsewhere) out.bytes(this.seeSection, 0, this.seeSection.length);
      if (edgeMult[e] > 1) this.edges(edgeMult[e]);
      out.byte(NL);
      if (!recursive && !seen && !elsewhere && hasEdges) {
        expanded[to] = 1;
        expandedList[expandedCount++] = to;
        path.push(to);
      }
    }
    for (let k = 0; k < expandedCount; k++) expanded[expandedList[k]] = 0;
  }

  /** The affected functions in the classic's order (first reached depth-first), each node expanded once. */
  private reachDepthFirst(root: NodeId): void {
    const { g, reached, path } = this;
    const { outEdges, edgeTo } = g;
    path.push(root);
    while (path.top >= 0) {
      const i = path.nextSlot();
      if (i < 0) continue;
      const to = edgeTo[outEdges[i]];
      if (reached[to] === 1) continue;
      this.reach(to);
      path.push(to);
    }
  }

  private reach(n: NodeId): void {
    if (this.reached[n] === 1) return;
    this.reached[n] = 1;
    this.affected[this.affectedCount++] = n;
  }

  private clearAffected(): void {
    for (let i = 0; i < this.affectedCount; i++) this.reached[this.affected[i]] = 0;
    this.affectedCount = 0;
  }

  private label(n: NodeId): void {
    const out = this.out;
    if (this.pooled) return this.nodes.label(out, n);
    const chunk = out.chunk;
    if (this.labels.copy(out, n)) return;
    const start = out.offset;
    this.nodes.label(out, n);
    this.labels.record(out, n, chunk, start);
  }

  /** '    LABEL\n'. */
  private affectedLine(n: NodeId): void {
    this.out.spaces(4);
    this.label(n);
    this.out.byte(NL);
  }

  /** 'LABEL[ [edges: N]]\n', the usual tree line after its indentation and reason. */
  private edgeLine(e: EdgeId): void {
    const g = this.g;
    this.label(g.edgeTo[e]);
    if (g.edgeMult[e] > 1) this.edges(g.edgeMult[e]);
    this.out.byte(NL);
  }

  private edges(count: number): void {
    this.out.all(EDGES);
    this.out.uint(count);
    this.out.byte(0x5d);
  }

  private objectFile(d: DumpId): Buffer {
    return (this.objectFiles[d] ??= Buffer.from(` [object file: ${visibleText(this.g.dumps[d].path)}]`));
  }
}

/** The path of a depth-first walk: per level its node and the next of its out-edge slots to take. */
class WalkPath {
  private readonly node: Int32Array;
  private readonly next: Int32Array;
  private readonly outStart: Int32Array;
  /** Per node: on the path. */
  readonly onPath: Uint8Array;
  /** The level of the node on top (the root's is 0); -1 when the path is empty. */
  top = -1;

  constructor(g: CloneGraph) {
    this.node = new Int32Array(g.nodeCount + 1);
    this.next = new Int32Array(g.nodeCount + 1);
    this.onPath = new Uint8Array(g.nodeCount);
    this.outStart = g.outStart;
  }

  push(n: NodeId): void {
    const t = ++this.top;
    this.node[t] = n;
    this.next[t] = this.outStart[n];
    this.onPath[n] = 1;
  }

  /** The next out-edge slot of the node on top, or -1 when it had none left (and was popped). */
  nextSlot(): number {
    const t = this.top;
    const n = this.node[t];
    const i = this.next[t];
    if (i === this.outStart[n + 1]) {
      this.onPath[n] = 0;
      this.top--;
      return -1;
    }
    this.next[t] = i + 1;
    return i;
  }

  clear(): void {
    for (; this.top >= 0; this.top--) this.onPath[this.node[this.top]] = 0;
  }
}

/** Edges reachable from `root`: what a compact tree of it prints. Asked only of large trees. */
function reachableEdges(g: CloneGraph, root: NodeId): number {
  const queue: NodeId[] = [root];
  const seen = new Set<NodeId>(queue);
  let edges = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    for (let i = g.outStart[n]; i < g.outStart[n + 1]; i++) {
      edges++;
      const to = g.edgeTo[g.outEdges[i]];
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return edges;
}
