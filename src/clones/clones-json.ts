// The JSON form of `livepatch-gate clones` (documented in docs/clones.md). Pure.
import type { Warning } from '../model.js';
import { affectedSet, ReachWalk } from './affected.js';
import { edgeKind, type CloneGraph, type EdgeId, type NodeId } from './graph.js';
import { NodeBytes } from './node-bytes.js';
import { PiecePool, ReportBytes, WrittenSpans } from './report-bytes.js';

/**
 * Steps of a chain written out in full: a chain is as deep as the graph, and writing every entry's
 * whole chain made a deep (hostile) chain's report cubic in its length. `via` links every entry anyway.
 */
export const CHAIN_MAX_STEPS = 64;

export interface ClonesJsonNode {
  name: string;
  order: number;
  /** Repo-relative (normalised) FILE; rawFile as written in the dump when it differs. */
  file: string;
  rawFile?: string;
  line: number;
  col: number;
  removed: boolean;
}

export interface ClonesJsonFunction extends ClonesJsonNode {
  /** The dump the function comes from (first one when grouped) and its TU source. */
  dump: string;
  source: string | null;
  /** Direct edges: clones of it and functions it was inlined into. */
  edges: { kind: 'inline' | 'clone'; reason: string; count: number; to: ClonesJsonNode }[];
  /**
   * Transitive closure, nearest first, each with a shortest explaining chain: `via` is the index of
   * the entry it was reached from (-1: the function itself); `chain` lists the steps, the last
   * CHAIN_MAX_STEPS of them when longer (`chainCut`: how many first steps were left out).
   */
  affected: (ClonesJsonNode & { kind: 'inlined' | 'clone'; reason: string; chain: { reason: string; to: string }[]; chainCut?: number; via: number })[];
}

export interface ClonesJson {
  schema: 'livepatch-gate/clones';
  schemaVersion: 1;
  sourceRoot: string | null;
  grouped: boolean;
  inputs: { files: number; lines: number; cloneLines: number; removalLines: number; malformedLines: number };
  reasons: { reason: string; lines: number; known: boolean }[];
  functions: ClonesJsonFunction[];
  warnings: Warning[];
}

export function jsonNode(g: CloneGraph, n: NodeId): ClonesJsonNode {
  const f = g.nodeFile[n];
  const node: ClonesJsonNode = {
    name: g.names.get(g.nodeName[n]),
    order: g.nodeOrder[n],
    file: g.files[f],
    line: g.nodeLine[n],
    col: g.nodeCol[n],
    removed: g.nodeRemoved[n] === 1,
  };
  if (g.rawFiles[f] !== g.files[f]) node.rawFile = g.rawFiles[f];
  return node;
}

/** One function's entry: its direct edges and its affected set. */
export function clonesJsonFunction(g: CloneGraph, root: NodeId): ClonesJsonFunction {
  const edges: ClonesJsonFunction['edges'] = [];
  for (let i = g.outStart[root]; i < g.outStart[root + 1]; i++) {
    const e = g.outEdges[i];
    edges.push({ kind: edgeKind(g, e), reason: g.reasons[g.edgeReason[e]], count: g.edgeMult[e], to: jsonNode(g, g.edgeTo[e]) });
  }
  const set = affectedSet(g, [root]);
  // Breadth-first: an entry's predecessor is the entry its chain's last step leaves (none: the root).
  const indexOf = new Map<NodeId, number>();
  set.nodes.forEach((n, i) => indexOf.set(n, i));
  const affected = set.entries.map((a) => {
    const cut = Math.max(0, a.chain.length - CHAIN_MAX_STEPS);
    return {
      ...jsonNode(g, a.node),
      kind: a.kind,
      reason: a.reason,
      chain: a.chain.slice(cut).map((e) => ({ reason: g.reasons[g.edgeReason[e]], to: g.names.get(g.nodeName[g.edgeTo[e]]) })),
      ...(cut > 0 ? { chainCut: cut } : {}),
      via: indexOf.get(g.edgeFrom[a.chain[a.chain.length - 1]]) ?? -1,
    };
  });
  const dump = g.dumps[g.nodeDump[root]];
  return { ...jsonNode(g, root), dump: dump.path, source: dump.source, edges, affected };
}

/** Everything but the functions: what was read and how (of a graph, or of a split read's summary). */
export function clonesJsonHeader(g: Pick<CloneGraph, 'dumps' | 'sourceRoot' | 'grouping' | 'reasonStats'>, warnings: Warning[]): Omit<ClonesJson, 'functions'> {
  const inputs = { files: g.dumps.length, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
  for (const d of g.dumps) {
    inputs.lines += d.lines;
    inputs.cloneLines += d.cloneLines;
    inputs.removalLines += d.removalLines;
    inputs.malformedLines += d.malformedLines;
  }
  return {
    schema: 'livepatch-gate/clones',
    schemaVersion: 1,
    sourceRoot: g.sourceRoot,
    grouped: g.grouping !== null,
    inputs,
    reasons: g.reasonStats.map((r) => ({ reason: r.reason, lines: r.lines, known: r.known })),
    warnings,
  };
}

/** One entry per root (in the given order), with its direct edges and affected set. */
export function clonesJson(g: CloneGraph, roots: NodeId[], warnings: Warning[]): ClonesJson {
  const { warnings: w, ...header } = clonesJsonHeader(g, warnings);
  return { ...header, functions: roots.map((root) => clonesJsonFunction(g, root)), warnings: w };
}

/**
 * The same document as bytes, in chunks of about REPORT_CHUNK_BYTES, one function at a time: a whole
 * kernel's report is far larger than the biggest string V8 can make. Each node's and each step's JSON
 * is made once per graph and copied where it recurs.
 */
export function* clonesJsonChunks(header: Omit<ClonesJson, 'functions'>, parts: Iterable<{ g: CloneGraph; roots: Iterable<NodeId> }>, reuseChunks = false): Generator<Buffer> {
  const out = new ReportBytes(reuseChunks);
  out.text(clonesJsonOpening(header));
  let first = true;
  for (const { g, roots } of parts) {
    const w = new FunctionWriter(g, out);
    for (const root of roots) {
      out.all(functionSeparator(first));
      first = false;
      w.write(root);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  out.text(clonesJsonClosing(header.warnings, !first));
  yield* out.end();
}

/** The document up to its first function: the header, then the opening of "functions". */
export function clonesJsonOpening(header: Omit<ClonesJson, 'functions'>): string {
  const open = JSON.stringify({ ...header, warnings: undefined }, null, 2);
  return `${open.slice(0, open.lastIndexOf('}')).trimEnd()},\n  "functions": [`;
}

const FIRST_FUNCTION = Buffer.from('\n    ');
const NEXT_FUNCTION = Buffer.from(',\n    ');

/** What goes before a function in the "functions" list. */
export function functionSeparator(first: boolean): Buffer {
  return first ? FIRST_FUNCTION : NEXT_FUNCTION;
}

/** The document after its last function: the warnings, then the end. */
export function clonesJsonClosing(warnings: Warning[], anyFunction: boolean): string {
  return `${anyFunction ? '\n  ' : ''}],\n  "warnings": ${JSON.stringify(warnings, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

/** Writes the functions of one graph, one at a time (without separators): see split-report.ts. */
export function clonesJsonFunctionWriter(g: CloneGraph, out: ReportBytes): (root: NodeId) => void {
  const w = new FunctionWriter(g, out);
  return (root) => w.write(root);
}

const TO_OPEN = Buffer.from(',"to":{');
const CLOSE2 = Buffer.from('}}');
const AFFECTED_OPEN = Buffer.from('],"affected":[');
const CHAIN_END_CUT = Buffer.from('],"chainCut":');
const CHAIN_END_VIA = Buffer.from('],"via":');
const VIA = Buffer.from(',"via":');
const NO_VIA_END = Buffer.from('-1}');
const CLOSE_LIST = Buffer.from(']}');

/** Writes ClonesJsonFunction objects of one graph (compact, keys in clonesJsonFunction's order). */
class FunctionWriter {
  private readonly nodes: NodeBytes;
  // Per reason, the constant run of bytes around it: an affected entry's kind, reason and the opening
  // of its chain (inlined, clone), and a chain step up to its target (first step, later ones).
  private readonly entryInlined: PiecePool;
  private readonly entryClone: PiecePool;
  private readonly stepFirst: PiecePool;
  private readonly stepNext: PiecePool;
  private readonly edgeHead: PiecePool;
  private readonly dumpText: (Buffer | undefined)[];
  private chainEdges = new Int32Array(CHAIN_MAX_STEPS);
  private readonly walk: ReachWalk;
  // Per affected entry of the function being written: some step of its chain is an inline.
  private readonly inlined: Uint8Array;
  // Per affected entry of the function being written: where its chain's steps were written. An
  // entry's chain is its predecessor's plus one step, so it is copied from there.
  private readonly chains = new WrittenSpans(256);
  // Per out-edge of the function being written: where its target's fields were written. The first
  // affected entries are those targets again, in the same order (the set is breadth-first).
  private readonly targets = new WrittenSpans(64);

  constructor(
    private readonly g: CloneGraph,
    private readonly out: ReportBytes,
  ) {
    this.nodes = new NodeBytes(g);
    this.walk = new ReachWalk(g);
    this.inlined = new Uint8Array(g.nodeCount);
    const reasons = g.reasons.map((r) => JSON.stringify(r));
    const pool = (piece: (r: string, k: number) => string) => new PiecePool(reasons.map((r, k) => Buffer.from(piece(r, k))));
    this.entryInlined = pool((r) => `,"kind":"inlined","reason":${r},"chain":[`);
    this.entryClone = pool((r) => `,"kind":"clone","reason":${r},"chain":[`);
    this.stepFirst = pool((r) => `{"reason":${r},"to":`);
    this.stepNext = pool((r) => `,{"reason":${r},"to":`);
    this.edgeHead = pool((r, k) => `{"kind":${JSON.stringify(k === g.inlineReason ? 'inline' : 'clone')},"reason":${r},"count":`);
    this.dumpText = new Array(g.dumps.length);
  }

  write(root: NodeId): void {
    const { g, out, nodes: nb } = this;
    out.byte(0x7b);
    nb.jsonFields(out, root);
    const d = g.nodeDump[root];
    const dump = (this.dumpText[d] ??= Buffer.from(`,"dump":${JSON.stringify(g.dumps[d].path)},"source":${JSON.stringify(g.dumps[d].source)},"edges":[`));
    out.all(dump);
    const first = g.outStart[root];
    const degree = g.outStart[root + 1] - first;
    this.targets.reserve(degree);
    for (let k = 0; k < degree; k++) {
      const e = g.outEdges[first + k];
      if (k > 0) out.byte(0x2c);
      this.edgeHead.write(out, g.edgeReason[e]);
      out.uint(g.edgeMult[e]);
      out.all(TO_OPEN);
      const chunk = out.chunk;
      const start = out.offset;
      nb.jsonFields(out, g.edgeTo[e]);
      this.targets.record(out, k, chunk, start);
      out.all(CLOSE2);
    }
    out.all(AFFECTED_OPEN);
    const walk = this.walk;
    const count = walk.from(root);
    const { nodes, via, pred, depth } = walk;
    this.chains.reserve(count);
    const inlined = this.inlined;
    let k = 0;
    for (let i = 0; i < count; i++) {
      const e = via[i];
      inlined[i] = g.edgeReason[e] === g.inlineReason || (pred[i] >= 0 && inlined[pred[i]] === 1) ? 1 : 0;
      if (i > 0) out.byte(0x2c);
      out.byte(0x7b);
      // Reached straight from the function: the target of out-edge k, written above.
      if (pred[i] < 0) while (k < degree && g.outEdges[first + k] !== e) k++;
      if (pred[i] >= 0 || k === degree || !this.targets.copy(out, k)) nb.jsonFields(out, nodes[i]);
      (inlined[i] === 1 ? this.entryInlined : this.entryClone).write(out, g.edgeReason[e]);
      this.chain(i, pred, via, depth[i]);
      if (depth[i] > CHAIN_MAX_STEPS) {
        out.all(CHAIN_END_CUT);
        out.uint(depth[i] - CHAIN_MAX_STEPS);
        out.all(VIA);
      } else out.all(CHAIN_END_VIA);
      if (pred[i] < 0) out.all(NO_VIA_END);
      else {
        out.uint(pred[i]);
        out.byte(0x7d);
      }
    }
    out.all(CLOSE_LIST);
  }

  /** The last CHAIN_MAX_STEPS steps to entry i, first step first. */
  private chain(i: number, pred: Int32Array, via: Int32Array, depth: number): void {
    const out = this.out;
    const p = pred[i];
    const chunk = out.chunk;
    const start = out.offset;
    if (p < 0) {
      this.step(via[i], true);
    } else if (depth <= CHAIN_MAX_STEPS && this.chains.copy(out, p)) {
      this.step(via[i], false);
    } else {
      const steps = Math.min(depth, CHAIN_MAX_STEPS);
      const edges = this.chainEdges;
      for (let k = steps - 1, j = i; k >= 0; k--, j = pred[j]) edges[k] = via[j];
      for (let k = 0; k < steps; k++) this.step(edges[k], k === 0);
    }
    this.chains.record(out, i, chunk, start);
  }

  /** '{"reason":…,"to":…}' of edge e, after a comma unless first. */
  private step(e: EdgeId, first: boolean): void {
    const { g, out } = this;
    (first ? this.stepFirst : this.stepNext).write(out, g.edgeReason[e]);
    this.nodes.nameJson(out, g.edgeTo[e]);
    out.byte(0x7d);
  }
}
