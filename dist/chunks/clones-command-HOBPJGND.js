import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  affectedSet,
  findDumpFiles,
  findNodes,
  groupGraph,
  readDumpFiles,
  subgraphOfDumps
} from "./chunk-KGEXGP6F.js";
import {
  ExitCode
} from "./chunk-OBJJJMZA.js";
import "./chunk-7XMN4UL4.js";

// src/cli/clones-command.ts
import { parseArgs } from "node:util";

// src/clones/report-bytes.ts
var REPORT_CHUNK_BYTES = 1 << 20;
var ReportBytes = class {
  /**
   * With `reuse`, a chunk handed out by take() is written into again after the following take():
   * for a consumer that is done with each chunk before it asks for more (the CLI waits for each
   * write), so a report of hundreds of MB lives in a few chunks instead of waiting for the GC.
   */
  constructor(reuse = false) {
    this.reuse = reuse;
  }
  reuse;
  free = [];
  lent = [];
  lending = [];
  buf = Buffer.allocUnsafe(REPORT_CHUNK_BYTES);
  pos = 0;
  full = [];
  fullBytes = 0;
  /** Bytes in finished chunks not taken yet. */
  get pendingBytes() {
    return this.fullBytes;
  }
  /** Text as UTF-8. */
  text(s) {
    if (this.pos + s.length * 3 > this.buf.length) this.finishChunk(s.length * 3);
    this.pos += this.buf.write(s, this.pos);
  }
  /** src[start, end). */
  bytes(src, start, end) {
    const n = end - start;
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
    if (n < 256) for (let i = start; i < end; i++) buf[p++] = src[i];
    else {
      buf.set(src.subarray(start, end), p);
      p += n;
    }
    this.pos = p;
  }
  /** All of src (constant pieces made into bytes once). */
  all(src) {
    this.bytes(src, 0, src.length);
  }
  byte(b) {
    if (this.pos + 1 > this.buf.length) this.finishChunk(1);
    this.buf[this.pos++] = b;
  }
  spaces(n) {
    if (this.pos + n > this.buf.length) this.finishChunk(n);
    const buf = this.buf;
    let p = this.pos;
    for (const end = p + n; p < end; p++) buf[p] = 32;
    this.pos = p;
  }
  /** A non-negative integer in decimal. */
  uint(v) {
    if (this.pos + 16 > this.buf.length) this.finishChunk(16);
    const buf = this.buf;
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    do {
      buf[--p] = 48 + v % 10;
      v = Math.floor(v / 10);
    } while (v > 0);
  }
  mark() {
    return { chunks: this.full.length, buf: this.buf, pos: this.pos };
  }
  /** Forget everything written since `m` (no take() in between). */
  rollback(m) {
    for (let i = m.chunks; i < this.full.length; i++) this.fullBytes -= this.full[i].length;
    this.full.length = m.chunks;
    this.buf = m.buf;
    this.pos = m.pos;
  }
  /** The finished chunks, handed over (a partly filled one stays). */
  take() {
    if (this.reuse) {
      for (const b of this.lent) this.free.push(b);
      this.lent = this.lending;
      this.lending = [];
    }
    const out = this.full;
    this.full = [];
    this.fullBytes = 0;
    return out;
  }
  /** Everything written and not taken yet, the partly filled chunk included. */
  end() {
    if (this.pos > 0) this.finishChunk(0);
    return this.take();
  }
  finishChunk(need) {
    if (this.pos > 0) {
      const done = this.buf.subarray(0, this.pos);
      this.full.push(done);
      this.fullBytes += done.length;
      if (this.reuse && this.buf.length === REPORT_CHUNK_BYTES) this.lending.push(this.buf);
    }
    this.buf = need <= REPORT_CHUNK_BYTES && this.free.length > 0 ? this.free.pop() : Buffer.allocUnsafe(Math.max(REPORT_CHUNK_BYTES, need));
    this.pos = 0;
  }
};

// src/clones/visible-text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function visibleText(s) {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

// src/clones/classic-report.ts
var CLASSIC_TREE_FACTOR = 64;
var CLASSIC_TREE_SLACK = 4096;
var CLASSIC_MAX_DEPTH = 40;
function classicRoots(g, ignoreRemoved = false) {
  const roots = [];
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
function dumpsWithOriginal(g, symbol) {
  const out = /* @__PURE__ */ new Set();
  for (const n of findNodes(g, symbol)) if (g.outStart[n + 1] > g.outStart[n]) out.add(g.nodeDump[n]);
  return out;
}
function* classicReportChunks(g, opts = {}, graphFor = (symbol) => subgraphOfDumps(g, dumpsWithOriginal(g, symbol))) {
  const out = new ReportBytes(opts.reuseChunks);
  const parts = [];
  if (opts.symbols && opts.symbols.length > 0) {
    for (const symbol of opts.symbols) {
      const sg = graphFor(symbol);
      parts.push({ g: sg, roots: findNodes(sg, symbol).filter((n) => !(opts.ignoreRemoved && sg.nodeRemoved[n] === 1)) });
    }
  } else {
    parts.push({ g, roots: classicRoots(g, opts.ignoreRemoved) });
  }
  for (const part of parts) {
    const r = new SectionRenderer(part.g, out, part.roots, opts.onCompactTree);
    for (const root of part.roots) {
      r.section(root);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  yield* out.end();
}
var NL = 10;
var EDGES = Buffer.from(" [edges: ");
var FUNCTION = Buffer.from("Function: ");
var AFFECTED = Buffer.from("\n  Affected functions: ");
var SectionRenderer = class {
  constructor(g, out, roots, onCompact) {
    this.g = g;
    this.out = out;
    this.onCompact = onCompact;
    this.labels = labelsOf(g);
    this.reasons = g.reasons.map((r) => Buffer.from(`${visibleText(r)}: `));
    this.objectFiles = new Array(g.dumps.length);
    const n = g.nodeCount;
    this.onPath = new Uint8Array(n);
    this.reached = new Uint8Array(n);
    this.affected = new Int32Array(n);
    this.pathNode = new Int32Array(n + 1);
    this.pathNext = new Int32Array(n + 1);
    this.ownSection = new Uint8Array(n);
    for (const r of roots) this.ownSection[r] = 1;
    this.expanded = new Uint8Array(n);
    this.expandedList = new Int32Array(n);
  }
  g;
  out;
  onCompact;
  labels;
  reasons;
  objectFiles;
  recursive = Buffer.from(" [RECURSIVE operation]");
  seeAbove = Buffer.from(" [see above]");
  seeSection = Buffer.from(" [see its own Function section]");
  // Per node: it has a section of its own in this report; expanded in the current compact tree.
  ownSection;
  expanded;
  expandedList;
  // Per node: on the current path; reached from the current root (affected), in first-reached order.
  onPath;
  reached;
  affected;
  affectedCount = 0;
  // The depth-first path: its nodes and, per node, the next of its out-edge slots to print.
  pathNode;
  pathNext;
  section(root) {
    const { g, out } = this;
    out.all(FUNCTION);
    this.label(root);
    if (g.grouping === null) out.all(this.objectFile(g.nodeDump[root]));
    out.byte(NL);
    const start = out.mark();
    if (!this.classicTree(root)) {
      out.rollback(start);
      this.clearAffected();
      this.compactTree(root);
      this.reachDepthFirst(root);
      this.onCompact?.(g, root, this.labels.text(root));
    }
    out.all(AFFECTED);
    out.uint(this.affectedCount);
    out.byte(NL);
    for (let i = 0; i < this.affectedCount; i++) this.affectedLine(this.affected[i]);
    out.byte(NL);
    this.clearAffected();
  }
  /** The classic tree; false (output and affected half done) when it outgrows COMPACT's limits. */
  classicTree(root) {
    const { g, out, onPath, pathNode, pathNext } = this;
    const { outStart, outEdges, edgeTo, edgeMult, edgeReason } = g;
    let limit = CLASSIC_TREE_SLACK;
    let limitKnown = false;
    let lines = 0;
    let sp = 0;
    pathNode[0] = root;
    pathNext[0] = outStart[root];
    onPath[root] = 1;
    let ok = true;
    while (sp >= 0) {
      const n = pathNode[sp];
      const i = pathNext[sp];
      if (i === outStart[n + 1]) {
        onPath[n] = 0;
        sp--;
        continue;
      }
      pathNext[sp] = i + 1;
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
      out.spaces(2 * (sp + 1));
      const recursive = onPath[to] === 1;
      if (recursive) {
        out.all(this.reasons[edgeReason[e]]);
        this.label(to);
        out.all(this.recursive);
        if (edgeMult[e] > 1) this.edges(edgeMult[e]);
        out.byte(NL);
      } else {
        this.edgeLine(e);
        sp++;
        pathNode[sp] = to;
        pathNext[sp] = outStart[to];
        onPath[to] = 1;
      }
    }
    for (; sp >= 0; sp--) onPath[pathNode[sp]] = 0;
    return ok;
  }
  /**
   * Each function expanded once (see COMPACT), and not at all when it has a section of its own: so
   * the compact trees of a whole report print each edge about once.
   */
  compactTree(root) {
    const { g, out, onPath, expanded, expandedList, ownSection, pathNode, pathNext } = this;
    const { outStart, outEdges, edgeTo, edgeMult, edgeReason } = g;
    let expandedCount = 0;
    let sp = 0;
    pathNode[0] = root;
    pathNext[0] = outStart[root];
    onPath[root] = 1;
    while (sp >= 0) {
      const n = pathNode[sp];
      const i = pathNext[sp];
      if (i === outStart[n + 1]) {
        onPath[n] = 0;
        sp--;
        continue;
      }
      pathNext[sp] = i + 1;
      const e = outEdges[i];
      const to = edgeTo[e];
      const level = sp + 1;
      out.spaces(2 * Math.min(level, CLASSIC_MAX_DEPTH));
      if (level > CLASSIC_MAX_DEPTH) {
        out.text("[level ");
        out.uint(level);
        out.text("] ");
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
        sp++;
        pathNode[sp] = to;
        pathNext[sp] = outStart[to];
        onPath[to] = 1;
      }
    }
    for (let k = 0; k < expandedCount; k++) expanded[expandedList[k]] = 0;
  }
  /** The affected functions in the classic's order (first reached depth-first), each node expanded once. */
  reachDepthFirst(root) {
    const { g, reached, pathNode, pathNext } = this;
    const { outStart, outEdges, edgeTo } = g;
    let sp = 0;
    pathNode[0] = root;
    pathNext[0] = outStart[root];
    while (sp >= 0) {
      const n = pathNode[sp];
      const i = pathNext[sp];
      if (i === outStart[n + 1]) {
        sp--;
        continue;
      }
      pathNext[sp] = i + 1;
      const to = edgeTo[outEdges[i]];
      if (reached[to] === 1) continue;
      this.reach(to);
      sp++;
      pathNode[sp] = to;
      pathNext[sp] = outStart[to];
    }
  }
  reach(n) {
    if (this.reached[n] === 1) return;
    this.reached[n] = 1;
    this.affected[this.affectedCount++] = n;
  }
  clearAffected() {
    for (let i = 0; i < this.affectedCount; i++) this.reached[this.affected[i]] = 0;
    this.affectedCount = 0;
  }
  label(n) {
    const l = this.labels;
    if (l.start[n] < 0) l.make(n);
    const at = l.start[n] & 1048575;
    this.out.bytes(l.pieces[l.start[n] >>> 20], at + 4, at + l.length[n] - 1);
  }
  /** '    LABEL\n'. */
  affectedLine(n) {
    const l = this.labels;
    if (l.start[n] < 0) l.make(n);
    const at = l.start[n] & 1048575;
    this.out.bytes(l.pieces[l.start[n] >>> 20], at, at + l.length[n]);
  }
  /** 'REASON: LABEL[ [edges: N]]\n', the usual tree line after its indentation. */
  edgeLine(e) {
    const g = this.g;
    this.out.all(this.reasons[g.edgeReason[e]]);
    this.label(g.edgeTo[e]);
    if (g.edgeMult[e] > 1) this.edges(g.edgeMult[e]);
    this.out.byte(NL);
  }
  edges(count) {
    this.out.all(EDGES);
    this.out.uint(count);
    this.out.byte(93);
  }
  objectFile(d) {
    return this.objectFiles[d] ??= Buffer.from(` [object file: ${visibleText(this.g.dumps[d].path)}]`);
  }
};
function reachableEdges(g, root) {
  const queue = [root];
  const seen = new Set(queue);
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
var Labels = class {
  constructor(g) {
    this.g = g;
    this.start = new Int32Array(g.nodeCount).fill(-1);
    this.length = new Int32Array(g.nodeCount);
  }
  g;
  // In 1 MiB pieces, never copied to grow: a kernel's labels are tens of MB.
  pieces = [Buffer.allocUnsafe(LABEL_PIECE)];
  used = 0;
  /** Where node n's affected line starts (piece << 20 | offset; -1: not made yet) and its length. */
  start;
  length;
  text(n) {
    const g = this.g;
    const s = `${visibleText(g.names.get(g.nodeName[n]))}/${g.nodeOrder[n]} (${visibleText(g.rawFiles[g.nodeFile[n]])}:${g.nodeLine[n]}:${g.nodeCol[n]})`;
    return g.nodeRemoved[n] === 1 ? `${s} [REMOVED]` : s;
  }
  make(n) {
    const s = `    ${this.text(n)}
`;
    if (this.used + s.length * 3 > LABEL_PIECE) {
      this.pieces.push(Buffer.allocUnsafe(LABEL_PIECE));
      this.used = 0;
    }
    const piece = this.pieces.length - 1;
    this.start[n] = piece << 20 | this.used;
    this.length[n] = this.pieces[piece].write(s, this.used);
    this.used += this.length[n];
  }
};
var LABEL_PIECE = 1 << 20;
var labelsOfGraph = /* @__PURE__ */ new WeakMap();
function labelsOf(g) {
  let l = labelsOfGraph.get(g);
  if (!l) labelsOfGraph.set(g, l = new Labels(g));
  return l;
}

// src/clones/clones-json.ts
var CHAIN_MAX_STEPS = 64;
function jsonNode(g, n) {
  const f = g.nodeFile[n];
  const node = {
    name: g.names.get(g.nodeName[n]),
    order: g.nodeOrder[n],
    file: g.files[f],
    line: g.nodeLine[n],
    col: g.nodeCol[n],
    removed: g.nodeRemoved[n] === 1
  };
  if (g.rawFiles[f] !== g.files[f]) node.rawFile = g.rawFiles[f];
  return node;
}
function clonesJsonHeader(g, warnings) {
  const inputs = { files: g.dumps.length, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
  for (const d of g.dumps) {
    inputs.lines += d.lines;
    inputs.cloneLines += d.cloneLines;
    inputs.removalLines += d.removalLines;
    inputs.malformedLines += d.malformedLines;
  }
  return {
    schema: "livepatch-gate/clones",
    schemaVersion: 1,
    sourceRoot: g.sourceRoot,
    grouped: g.grouping !== null,
    inputs,
    reasons: g.reasonStats.map((r) => ({ reason: r.reason, lines: r.lines, known: r.known })),
    warnings
  };
}
function entryLinks(g, nodes, via) {
  const at = entryIndexScratch(g);
  const pred = new Int32Array(nodes.length);
  const depth = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) at[nodes[i]] = i + 1;
  for (let i = 0; i < nodes.length; i++) {
    pred[i] = at[g.edgeFrom[via[i]]] - 1;
    depth[i] = pred[i] < 0 ? 1 : depth[pred[i]] + 1;
  }
  for (let i = 0; i < nodes.length; i++) at[nodes[i]] = 0;
  return { pred, depth };
}
var entryIndexOf = /* @__PURE__ */ new WeakMap();
function entryIndexScratch(g) {
  let a = entryIndexOf.get(g);
  if (!a) entryIndexOf.set(g, a = new Int32Array(g.nodeCount));
  return a;
}
function* clonesJsonChunks(header, parts, reuseChunks = false) {
  const out = new ReportBytes(reuseChunks);
  const { warnings, ...rest } = header;
  const open = JSON.stringify(rest, null, 2);
  out.text(`${open.slice(0, open.lastIndexOf("}")).trimEnd()},
  "functions": [`);
  let first = true;
  for (const { g, roots } of parts) {
    const w = new FunctionWriter(g, out);
    for (const root of roots) {
      out.text(first ? "\n    " : ",\n    ");
      first = false;
      w.write(root);
      if (out.pendingBytes > 0) yield* out.take();
    }
  }
  out.text(`${first ? "" : "\n  "}],
  "warnings": ${JSON.stringify(warnings, null, 2).replace(/\n/g, "\n  ")}
}
`);
  yield* out.end();
}
var TO_OPEN = Buffer.from(',"to":{');
var CLOSE2 = Buffer.from("}}");
var AFFECTED_OPEN = Buffer.from('],"affected":[');
var KIND_INLINED = Buffer.from(',"kind":"inlined","reason":');
var KIND_CLONE = Buffer.from(',"kind":"clone","reason":');
var CHAIN_OPEN = Buffer.from(',"chain":[');
var CHAIN_CUT = Buffer.from(',"chainCut":');
var VIA = Buffer.from(',"via":');
var MINUS_ONE = Buffer.from("-1");
var CLOSE_LIST = Buffer.from("]}");
var STEP_FIRST = Buffer.from('{"reason":');
var STEP_NEXT = Buffer.from(',{"reason":');
var STEP_TO = Buffer.from(',"to":');
var FunctionWriter = class {
  constructor(g, out) {
    this.g = g;
    this.out = out;
    this.nodeStart = new Int32Array(g.nodeCount).fill(-1);
    this.nodeLength = new Int32Array(g.nodeCount);
    this.reasonText = g.reasons.map((r) => Buffer.from(JSON.stringify(r)));
    this.edgeHead = g.reasons.map((r, k) => Buffer.from(`{"kind":${JSON.stringify(k === g.inlineReason ? "inline" : "clone")},"reason":${JSON.stringify(r)},"count":`));
    this.dumpText = new Array(g.dumps.length);
  }
  g;
  out;
  // Per node: its fields without braces ('"name":…,"removed":false'), made on first use.
  nodeStart;
  nodeLength;
  nodeBytes = Buffer.allocUnsafe(1 << 16);
  nodeUsed = 0;
  names = /* @__PURE__ */ new Map();
  reasonText;
  edgeHead;
  dumpText;
  chainEdges = new Int32Array(CHAIN_MAX_STEPS);
  write(root) {
    const { g, out } = this;
    out.byte(123);
    this.node(root);
    const d = g.nodeDump[root];
    const dump = this.dumpText[d] ??= Buffer.from(`,"dump":${JSON.stringify(g.dumps[d].path)},"source":${JSON.stringify(g.dumps[d].source)},"edges":[`);
    out.bytes(dump, 0, dump.length);
    for (let i = g.outStart[root]; i < g.outStart[root + 1]; i++) {
      const e = g.outEdges[i];
      if (i > g.outStart[root]) out.byte(44);
      const head = this.edgeHead[g.edgeReason[e]];
      out.bytes(head, 0, head.length);
      out.uint(g.edgeMult[e]);
      out.all(TO_OPEN);
      this.node(g.edgeTo[e]);
      out.all(CLOSE2);
    }
    out.all(AFFECTED_OPEN);
    const set = affectedSet(g, [root]);
    const nodes = set.nodes;
    const via = set.via;
    const { pred, depth } = entryLinks(g, nodes, via);
    const inlined = new Uint8Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const e = via[i];
      inlined[i] = g.edgeReason[e] === g.inlineReason || pred[i] >= 0 && inlined[pred[i]] === 1 ? 1 : 0;
      if (i > 0) out.byte(44);
      out.byte(123);
      this.node(nodes[i]);
      out.all(inlined[i] === 1 ? KIND_INLINED : KIND_CLONE);
      const reason = this.reasonText[g.edgeReason[e]];
      out.bytes(reason, 0, reason.length);
      out.all(CHAIN_OPEN);
      this.chain(i, pred, via, depth[i]);
      out.byte(93);
      if (depth[i] > CHAIN_MAX_STEPS) {
        out.all(CHAIN_CUT);
        out.uint(depth[i] - CHAIN_MAX_STEPS);
      }
      out.all(VIA);
      if (pred[i] < 0) out.all(MINUS_ONE);
      else out.uint(pred[i]);
      out.byte(125);
    }
    out.all(CLOSE_LIST);
  }
  /** The last CHAIN_MAX_STEPS steps to entry i, first step first. */
  chain(i, pred, via, depth) {
    const { g, out } = this;
    const steps = Math.min(depth, CHAIN_MAX_STEPS);
    const edges = this.chainEdges;
    for (let k = steps - 1, j = i; k >= 0; k--, j = pred[j]) edges[k] = via[j];
    for (let k = 0; k < steps; k++) {
      const e = edges[k];
      out.all(k === 0 ? STEP_FIRST : STEP_NEXT);
      const reason = this.reasonText[g.edgeReason[e]];
      out.bytes(reason, 0, reason.length);
      out.all(STEP_TO);
      const name = this.name(g.nodeName[g.edgeTo[e]]);
      out.bytes(name, 0, name.length);
      out.byte(125);
    }
  }
  name(id) {
    let b = this.names.get(id);
    if (!b) this.names.set(id, b = Buffer.from(JSON.stringify(this.g.names.get(id))));
    return b;
  }
  node(n) {
    if (this.nodeStart[n] < 0) this.makeNode(n);
    this.out.bytes(this.nodeBytes, this.nodeStart[n], this.nodeStart[n] + this.nodeLength[n]);
  }
  makeNode(n) {
    const text = JSON.stringify(jsonNode(this.g, n));
    const s = text.slice(1, -1);
    const need = s.length * 3;
    if (this.nodeUsed + need > this.nodeBytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.nodeBytes.length * 2, this.nodeUsed + need));
      this.nodeBytes.copy(bigger, 0, 0, this.nodeUsed);
      this.nodeBytes = bigger;
    }
    this.nodeStart[n] = this.nodeUsed;
    this.nodeLength[n] = this.nodeBytes.write(s, this.nodeUsed);
    this.nodeUsed += this.nodeLength[n];
  }
};

// src/cli/clones-command.ts
var usage = `usage: livepatch-gate clones [PATH|DIR|@LIST]... [options]

Reads GCC -fdump-ipa-clones files and prints, per function with clones or inlines, the tree of
what was derived from it and its "Affected functions" (the report of kgraft-ipa-analysis.py).

inputs:
  PATH               a dump file
  DIR                searched recursively for *.ipa-clones
  @LIST              a file listing one dump path (or directory) per line

options:
  --symbol NAME      report only this function (repeatable); a name no dump has is an error
  --group            merge the same function across dumps (name, order and location equal)
  --ignore-removed   skip functions the compiler removed
  --source-root DIR  absolute source root to strip from absolute paths (default: auto-detected)
  --format FMT       text (default, the classic report) or json (schema livepatch-gate/clones v1)
  --quiet            no progress on stderr
  -h, --help         this help

Progress and warnings go to stderr. Exit codes: 0 ok, 2 bad usage, 3 no readable input or a --symbol
no dump names (the others are still reported).`;
async function run(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      symbol: { type: "string", multiple: true },
      group: { type: "boolean", default: false },
      "ignore-removed": { type: "boolean", default: false },
      "source-root": { type: "string" },
      format: { type: "string", default: "text" },
      quiet: { type: "boolean", default: false }
    }
  });
  const format = values.format;
  if (format !== "text" && format !== "json") {
    throw Object.assign(new Error(`--format must be 'text' or 'json', not '${format}'`), { usageError: true });
  }
  if (positionals.length === 0) {
    throw Object.assign(new Error("no input given: name dump files, directories or @LIST files"), { usageError: true });
  }
  const warnings = [];
  const onWarning = (w) => {
    warnings.push(w);
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
    process.stderr.write(`warning: ${where}${w.message}
`);
  };
  const files = await findDumpFiles(positionals, onWarning);
  if (files.length === 0) {
    process.stderr.write(`livepatch-gate clones: no dump files found in ${positionals.join(" ")} (expected *.ipa-clones files from gcc -fdump-ipa-clones)
`);
    return ExitCode.inputError;
  }
  const started = Date.now();
  const progress = !values.quiet && process.stderr.isTTY;
  let lastShown = 0;
  const graph = await readDumpFiles(
    files.map((path) => ({ path })),
    {
      sourceRoot: values["source-root"] ?? null,
      onWarning,
      onProgress: (done, total) => {
        const now = Date.now();
        if (progress && (now - lastShown > 200 || done === total)) {
          lastShown = now;
          process.stderr.write(`\rreading dumps: ${done}/${total}`);
          if (done === total) process.stderr.write("\n");
        }
      }
    }
  );
  if (graph.dumps.length === 0) {
    process.stderr.write(`livepatch-gate clones: none of the ${files.length} input files could be read as a dump (see warnings above)
`);
    return ExitCode.inputError;
  }
  if (!values.quiet) {
    const lines = graph.dumps.reduce((s, d) => s + d.lines, 0);
    const root = graph.sourceRoot ? `, source root ${graph.sourceRoot} (${graph.sourceRootMethod})` : "";
    process.stderr.write(`read ${graph.dumps.length} dump files, ${lines} lines, in ${((Date.now() - started) / 1e3).toFixed(2)} s${root}
`);
  }
  const asked = values.symbol ?? [];
  const unknown = asked.filter((s) => findNodes(graph, s).length === 0);
  for (const s of unknown) {
    process.stderr.write(`livepatch-gate clones: no function named '${s}' in the ${graph.dumps.length} dump files read (check the spelling, or that its TU's dump is among the inputs)
`);
  }
  const symbols = asked.filter((s) => !unknown.includes(s));
  if (asked.length > 0 && symbols.length === 0) return ExitCode.inputError;
  for (const s of symbols) {
    if (dumpsWithOriginal(graph, s).size === 0) process.stderr.write(`livepatch-gate clones: '${s}' has no clones and is inlined nowhere: it appears only as the target of another function's decisions
`);
  }
  const ignoreRemoved = values["ignore-removed"];
  const shape = (g) => values.group ? groupGraph(g, "classic") : g;
  const graphFor = (symbol) => shape(subgraphOfDumps(graph, dumpsWithOriginal(graph, symbol)));
  if (format === "json") {
    const parts = symbols.length > 0 ? symbols.map((s) => {
      const g = graphFor(s);
      return { g, roots: rootsFor(g, [s], ignoreRemoved) };
    }) : [(({ g }) => ({ g, roots: classicRoots(g, ignoreRemoved) }))({ g: shape(graph) })];
    await writeChunks(clonesJsonChunks(clonesJsonHeader(parts[0].g, warnings), parts, true));
    return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
  }
  const full = symbols.length > 0 ? graph : shape(graph);
  let compact = 0;
  let firstCompact = null;
  const onCompactTree = (g, root, label) => {
    if (compact++ === 0) firstCompact = { source: "dump", file: g.dumps[g.nodeDump[root]].path, message: `Function: ${label}` };
  };
  await writeChunks(classicReportChunks(full, { symbols, ignoreRemoved, onCompactTree, reuseChunks: true }, graphFor));
  if (firstCompact !== null) {
    const first = firstCompact;
    onWarning({
      ...first,
      message: `${compact} function${compact === 1 ? "" : "s"} (the first: ${first.message}) had a tree repeating shared subtrees far beyond the size of the graph, or deeper than ${CLASSIC_MAX_DEPTH} levels: printed with each function expanded once (' [see above]'); the affected functions are the same`
    });
  }
  return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
}
async function writeChunks(chunks) {
  for (const chunk of chunks) {
    await new Promise((resolve, reject) => process.stdout.write(chunk, (err) => err ? reject(err) : resolve()));
  }
}
function rootsFor(g, symbols, ignoreRemoved) {
  return symbols.flatMap((s) => findNodes(g, s)).filter((n) => !(ignoreRemoved && g.nodeRemoved[n] === 1));
}
export {
  run,
  usage
};
