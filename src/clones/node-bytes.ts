// A node as the reports print it, written as bytes straight from the graph's columns: the classic
// label 'name/order (file:line:col)[ [REMOVED]]' and the JSON fields. Pure.
//
// A report prints a node on almost every line (millions of lines for a kernel). Decoding its name into
// a string and encoding the label again cost more than walking the graph, and keeping every label as
// bytes cost tens of MB; so a name that needs no escaping (printable ASCII: nearly all of them) is
// copied from the name table's bytes, and only the others go through strings (visibleText for the
// text report, JSON.stringify for JSON), exactly as before. Names are read per node (nodeNameStart/End):
// the reports need no name ids.
import { nodeName, type CloneGraph, type NodeId } from './graph.js';
import { PiecePool, ReportBytes, viewOf } from './report-bytes.js';
import { visibleText } from './visible-text.js';

// Per node: its name checked yet; printable ASCII (as is in text); also without '"' and '\' (as is in JSON).
const KNOWN = 1;
const PLAIN_TEXT = 2;
const PLAIN_JSON = 4;

/**
 * The most memory a report's labels may take made up front (see LabelPool): a defconfig kernel's take
 * 8 MB; a distribution kernel's (~90 MB) are made as they are printed.
 */
export const LABEL_POOL_BYTES = 32 << 20;

const REMOVED = Buffer.from(' [REMOVED]');
const NAME_FIELD = Buffer.from('"name":');
const PLAIN_NAME_FIELD = Buffer.from('"name":"');
const ORDER_FIELD = Buffer.from(',"order":');
const PLAIN_NAME_END_ORDER_FIELD = Buffer.from('","order":');
const COL_FIELD = Buffer.from(',"col":');

/** The classic label as a string (for messages): what NodeBytes.label writes. */
export function labelText(g: CloneGraph, n: NodeId): string {
  const s = `${visibleText(nodeName(g, n))}/${g.nodeOrder[n]} (${visibleText(g.rawFiles[g.nodeFile[n]])}:${g.nodeLine[n]}:${g.nodeCol[n]})`;
  return g.nodeRemoved[n] === 1 ? `${s} [REMOVED]` : s;
}

export class NodeBytes {
  private readonly nameKind: Uint8Array;
  // The graph's name columns, held here: read on every label.
  private readonly nameBytes: Uint8Array;
  private readonly nameView: DataView;
  private readonly nameStart: Int32Array;
  private readonly nameEnd: Int32Array;
  /**
   * Per file id: ' (FILE:', FILE as written in the dump, control characters made visible. The
   * constant runs of bytes around a node's numbers are made once each, so a label or a JSON node is
   * a few copies.
   */
  private readonly rawFileText: PiecePool;
  /**
   * Made for JSON only: per file id, ',"file":"…","line":'; and what follows the column, not removed
   * (2f) and removed (2f + 1): ',"removed":false' (or true) and ',"rawFile":"…"' when FILE is written
   * differently.
   */
  private fileJson: { file: PiecePool; tail: PiecePool } | null = null;
  private labelPool: LabelPool | null = null;

  constructor(private readonly g: CloneGraph) {
    this.nameKind = new Uint8Array(g.nodeCount);
    this.nameBytes = g.nameBytes;
    this.nameView = viewOf(g.nameBytes);
    this.nameStart = g.nodeNameStart;
    this.nameEnd = g.nodeNameEnd;
    this.rawFileText = new PiecePool(g.rawFiles.map((f) => Buffer.from(` (${visibleText(f)}:`)));
  }

  private kindOf(n: NodeId): number {
    let k = this.nameKind[n];
    if (k === 0) {
      const { nameBytes: bytes, nameStart, nameEnd } = this;
      k = KNOWN | PLAIN_TEXT | PLAIN_JSON;
      for (let i = nameStart[n]; i < nameEnd[n]; i++) {
        const c = bytes[i];
        if (c < 0x20 || c > 0x7e) {
          k = KNOWN;
          break;
        }
        if (c === 0x22 || c === 0x5c) k = KNOWN | PLAIN_TEXT;
      }
      this.nameKind[n] = k;
    }
    return k;
  }

  /** Node n's name as the text report prints it (control characters made visible). */
  nameText(out: ReportBytes, n: NodeId): void {
    if (this.kindOf(n) & PLAIN_TEXT) out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
    else out.text(visibleText(nodeName(this.g, n)));
  }

  /** Node n's name as a JSON string. */
  nameJson(out: ReportBytes, n: NodeId): void {
    if (this.kindOf(n) & PLAIN_JSON) {
      out.byte(0x22);
      out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
      out.byte(0x22);
    } else {
      out.text(JSON.stringify(nodeName(this.g, n)));
    }
  }

  /**
   * Make every label up front, when they fit `budget` bytes (see LabelPool): label() copies them then.
   * For a report that prints most nodes many times, in an order other than the graph's.
   */
  prepareLabels(budget: number): boolean {
    this.labelPool = LabelPool.make(this.g, budget, this.labelHead, this.labelTail);
    return this.labelPool !== null;
  }

  /** 'name/order (file:line:col)[ [REMOVED]]', FILE as written in the dump (the classic label). */
  label(out: ReportBytes, n: NodeId): void {
    const pool = this.labelPool;
    if (pool !== null) return pool.write(out, n, this.rawFileText);
    this.labelHead(out, n);
    this.rawFileText.write(out, this.g.nodeFile[n]);
    this.labelTail(out, n);
  }

  /** The label before its file: 'name/order'. */
  private readonly labelHead = (out: ReportBytes, n: NodeId): void => {
    this.nameText(out, n);
    out.byte(0x2f);
    out.uint(this.g.nodeOrder[n]);
  };

  /** The label after its file: 'line:col)[ [REMOVED]]'. */
  private readonly labelTail = (out: ReportBytes, n: NodeId): void => {
    const g = this.g;
    out.uint(g.nodeLine[n]);
    out.byte(0x3a);
    out.uint(g.nodeCol[n]);
    out.byte(0x29);
    if (g.nodeRemoved[n] === 1) out.all(REMOVED);
  };

  /** The fields of the node's JSON object, without braces (the keys and order of jsonNode). */
  jsonFields(out: ReportBytes, n: NodeId): void {
    const g = this.g;
    const f = g.nodeFile[n];
    const json = (this.fileJson ??= this.makeFileJson());
    if (this.kindOf(n) & PLAIN_JSON) {
      out.all(PLAIN_NAME_FIELD);
      out.copyWords(this.nameView, this.nameStart[n], this.nameEnd[n]);
      out.all(PLAIN_NAME_END_ORDER_FIELD);
    } else {
      out.all(NAME_FIELD);
      out.text(JSON.stringify(nodeName(g, n)));
      out.all(ORDER_FIELD);
    }
    out.uint(g.nodeOrder[n]);
    json.file.write(out, f);
    out.uint(g.nodeLine[n]);
    out.all(COL_FIELD);
    out.uint(g.nodeCol[n]);
    json.tail.write(out, 2 * f + g.nodeRemoved[n]);
  }

  private makeFileJson(): { file: PiecePool; tail: PiecePool } {
    const g = this.g;
    const rawFile = g.rawFiles.map((f, i) => (f === g.files[i] ? '' : `,"rawFile":${JSON.stringify(f)}`));
    return {
      file: new PiecePool(g.files.map((f) => Buffer.from(`,"file":${JSON.stringify(f)},"line":`))),
      tail: new PiecePool(rawFile.flatMap((r) => [Buffer.from(`,"removed":false${r}`), Buffer.from(`,"removed":true${r}`)])),
    };
  }
}

/** A label's head and tail besides its name, at most: '/', ORDER, line and column (10 digits each), ':', ')', ' [REMOVED]'. */
const LABEL_FIXED_BYTES = 1 + 3 * 10 + 2 + 10;

/**
 * Every node's label, made once, node by node, into one buffer: all of it but the FILE part, which is
 * one piece per file id (a few hundred KB for a kernel, so it stays in the cache). The text report
 * comes in name order, so each line reads its node's columns (name, ORDER, FILE, line, column) where
 * its dump was last read thousands of sections earlier: a cache miss for each. Made in node order the
 * columns are read straight through, and a line then copies three pieces. On the real defconfig dumps
 * (2M lines, 186k nodes) the whole process took 6-10% less time for 3-5 MB. (The same for the JSON
 * fields: 2-6%, within the noise, for 9-20 MB: not done.)
 */
class LabelPool {
  private readonly view: DataView;

  private constructor(
    bytes: Buffer,
    /** Per node n: where its head starts (3n), its tail starts (3n + 1), its file id (3n + 2); 3n + 3 ends it. */
    private readonly at: Int32Array,
  ) {
    this.view = viewOf(bytes);
  }

  /**
   * The pool, or null when it would take more than `budget` bytes: the names' bytes plus
   * LABEL_FIXED_BYTES a node. A name written longer than its bytes (escaped) may not fit, and then
   * there is no pool.
   */
  static make(g: CloneGraph, budget: number, head: (out: ReportBytes, n: NodeId) => void, tail: (out: ReportBytes, n: NodeId) => void): LabelPool | null {
    if (budget <= 0 || g.nodeCount === 0) return null;
    let room = 0;
    for (let n = 0; n < g.nodeCount; n++) room += g.nodeNameEnd[n] - g.nodeNameStart[n] + LABEL_FIXED_BYTES;
    if (room > budget) return null;
    const bytes = Buffer.allocUnsafe(room);
    const out = new ReportBytes(false, bytes);
    const chunk = out.chunk;
    const at = new Int32Array(3 * g.nodeCount + 1);
    for (let n = 0; n < g.nodeCount; n++) {
      head(out, n);
      at[3 * n + 1] = out.offset;
      at[3 * n + 2] = g.nodeFile[n];
      tail(out, n);
      if (out.chunk !== chunk) return null;
      at[3 * n + 3] = out.offset;
    }
    return new LabelPool(bytes, at);
  }

  /** Node n's label: head, fileText[its file], tail. */
  write(out: ReportBytes, n: NodeId, fileText: PiecePool): void {
    const { at, view } = this;
    const k = 3 * n;
    out.copyWords(view, at[k], at[k + 1]);
    fileText.write(out, at[k + 2]);
    out.copyWords(view, at[k + 1], at[k + 3]);
  }
}
