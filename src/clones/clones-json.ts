// The JSON form of `livepatch-gate clones` (documented in docs/clones.md). Pure.
import type { Warning } from '../model.js';
import { affectedSet } from './affected.js';
import { edgeKind, type CloneGraph, type NodeId } from './graph.js';

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
  /** Transitive closure, nearest first, each with a shortest explaining chain. */
  affected: (ClonesJsonNode & { kind: 'inlined' | 'clone'; reason: string; chain: { reason: string; to: string }[] })[];
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
  const affected = affectedSet(g, [root]).entries.map((a) => ({
    ...jsonNode(g, a.node),
    kind: a.kind,
    reason: a.reason,
    chain: a.chain.map((e) => ({ reason: g.reasons[g.edgeReason[e]], to: g.names.get(g.nodeName[g.edgeTo[e]]) })),
  }));
  const dump = g.dumps[g.nodeDump[root]];
  return { ...jsonNode(g, root), dump: dump.path, source: dump.source, edges, affected };
}

/** Everything but the functions: what was read and how. */
export function clonesJsonHeader(g: CloneGraph, warnings: Warning[]): Omit<ClonesJson, 'functions'> {
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
 * The same document as text, one function at a time: a whole kernel's report is far larger than
 * the biggest string V8 can make, so it is never built in one piece.
 */
export function* clonesJsonText(header: Omit<ClonesJson, 'functions'>, functions: Iterable<ClonesJsonFunction>): Generator<string> {
  const { warnings, ...rest } = header;
  const open = JSON.stringify(rest, null, 2);
  yield `${open.slice(0, open.lastIndexOf('}')).trimEnd()},\n  "functions": [`;
  let first = true;
  for (const f of functions) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(f)}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}],\n  "warnings": ${JSON.stringify(warnings, null, 2).replace(/\n/g, '\n  ')}\n}\n`;
}
