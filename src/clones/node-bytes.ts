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
import type { ReportBytes } from './report-bytes.js';
import { visibleText } from './visible-text.js';

// Per node: its name checked yet; printable ASCII (as is in text); also without '"' and '\' (as is in JSON).
const KNOWN = 1;
const PLAIN_TEXT = 2;
const PLAIN_JSON = 4;

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
  private readonly nameStart: Int32Array;
  private readonly nameEnd: Int32Array;
  /**
   * Per file id: ' (FILE:', FILE as written in the dump, control characters made visible. The
   * constant runs of bytes around a node's numbers are made once each, so a label or a JSON node is
   * a few copies.
   */
  private readonly rawFileText: Buffer[];
  /**
   * Per file id, made for JSON only: ',"file":"…","line":', and what follows the column, not removed
   * and removed: ',"removed":false' (or true) and ',"rawFile":"…"' when FILE is written differently.
   */
  private fileJson: Buffer[] = [];
  private tailJson: Buffer[] = [];
  private removedTailJson: Buffer[] = [];

  constructor(private readonly g: CloneGraph) {
    this.nameKind = new Uint8Array(g.nodeCount);
    this.nameBytes = g.nameBytes;
    this.nameStart = g.nodeNameStart;
    this.nameEnd = g.nodeNameEnd;
    this.rawFileText = g.rawFiles.map((f) => Buffer.from(` (${visibleText(f)}:`));
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
    if (this.kindOf(n) & PLAIN_TEXT) out.bytes(this.nameBytes, this.nameStart[n], this.nameEnd[n]);
    else out.text(visibleText(nodeName(this.g, n)));
  }

  /** Node n's name as a JSON string. */
  nameJson(out: ReportBytes, n: NodeId): void {
    if (this.kindOf(n) & PLAIN_JSON) {
      out.byte(0x22);
      out.bytes(this.nameBytes, this.nameStart[n], this.nameEnd[n]);
      out.byte(0x22);
    } else {
      out.text(JSON.stringify(nodeName(this.g, n)));
    }
  }

  /** 'name/order (file:line:col)[ [REMOVED]]', FILE as written in the dump (the classic label). */
  label(out: ReportBytes, n: NodeId): void {
    this.labelHead(out, n);
    out.all(this.rawFileText[this.g.nodeFile[n]]);
    this.labelTail(out, n);
  }

  /** The label before its file: 'name/order'. */
  labelHead(out: ReportBytes, n: NodeId): void {
    this.nameText(out, n);
    out.byte(0x2f);
    out.uint(this.g.nodeOrder[n]);
  }

  /** The label's file part, ' (FILE:', for file id f. */
  labelFile(f: number): Buffer {
    return this.rawFileText[f];
  }

  /** The label after its file: 'line:col)[ [REMOVED]]'. */
  labelTail(out: ReportBytes, n: NodeId): void {
    const g = this.g;
    out.uint(g.nodeLine[n]);
    out.byte(0x3a);
    out.uint(g.nodeCol[n]);
    out.byte(0x29);
    if (g.nodeRemoved[n] === 1) out.all(REMOVED);
  }

  /** The fields of the node's JSON object, without braces (the keys and order of jsonNode). */
  jsonFields(out: ReportBytes, n: NodeId): void {
    const g = this.g;
    const f = g.nodeFile[n];
    if (this.fileJson.length !== g.files.length) this.makeFileJson();
    if (this.kindOf(n) & PLAIN_JSON) {
      out.all(PLAIN_NAME_FIELD);
      out.bytes(this.nameBytes, this.nameStart[n], this.nameEnd[n]);
      out.all(PLAIN_NAME_END_ORDER_FIELD);
    } else {
      out.all(NAME_FIELD);
      out.text(JSON.stringify(nodeName(g, n)));
      out.all(ORDER_FIELD);
    }
    out.uint(g.nodeOrder[n]);
    out.all(this.fileJson[f]);
    out.uint(g.nodeLine[n]);
    out.all(COL_FIELD);
    out.uint(g.nodeCol[n]);
    out.all((g.nodeRemoved[n] === 1 ? this.removedTailJson : this.tailJson)[f]);
  }

  private makeFileJson(): void {
    const g = this.g;
    this.fileJson = g.files.map((f) => Buffer.from(`,"file":${JSON.stringify(f)},"line":`));
    const rawFile = g.rawFiles.map((f, i) => (f === g.files[i] ? '' : `,"rawFile":${JSON.stringify(f)}`));
    this.tailJson = rawFile.map((r) => Buffer.from(`,"removed":false${r}`));
    this.removedTailJson = rawFile.map((r) => Buffer.from(`,"removed":true${r}`));
  }
}
