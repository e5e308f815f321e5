// One line of a GCC `-fdump-ipa-clones` file → a record. Pure: no I/O, no state.
//
//   Callgraph clone;ORIG;ORDER;FILE;LINE;COL;OTHER;ORDER;FILE;LINE;COL;REASON          (GCC 7.1+, 12 fields)
//   Callgraph clone;CLONE;ORDER;FILE;LINE;COL;<-;ORIG;ORDER;FILE;LINE;COL;optimization:;REASON   (old, 14)
//   Callgraph removal;NAME;ORDER;FILE;LINE;COL                                           (6 fields)
//
// For `inlining to`, OTHER is the caller the body was inlined into; for every other reason it is a new
// clone symbol. Either way the edge runs from ORIG to OTHER: a change to ORIG reaches OTHER.
import { decodeBytes } from './byte-intern.js';

/** A symbol as the dump names it. ORDER is a per-TU symbol number: never compare it across builds. */
export interface DumpNode {
  name: string;
  order: number;
  /** As the compiler saw it: relative, './'-prefixed or absolute. Normalise with source-path.ts. */
  file: string;
  line: number;
  col: number;
}

export interface CloneLine {
  kind: 'clone';
  /** The original function. */
  from: DumpNode;
  /** The clone, or for `inlining to` the caller it was inlined into. */
  to: DumpNode;
  /** 'inlining to', 'constprop', 'isra', 'part', '(null)', target names... kept verbatim. */
  reason: string;
  /** 'gcc7' for the 12-field format, 'old' for the 14-field one. */
  format: 'gcc7' | 'old';
}

export interface RemovalLine {
  kind: 'removal';
  node: DumpNode;
}

export interface MalformedLine {
  kind: 'malformed';
  /** Why the line was not understood, e.g. "clone line has 9 fields (expected 12 or 14)". */
  message: string;
}

export type DumpLine = CloneLine | RemovalLine | MalformedLine;

/** The reason GCC writes when a body was inlined; every other reason creates a new symbol. */
export const INLINE_REASON = 'inlining to';

/** Reasons GCC is known to write (gcc 7-14). Others are kept, counted and reported. */
export const KNOWN_REASONS: ReadonlySet<string> = new Set([
  INLINE_REASON,
  'constprop',
  'isra',
  'part',
  'simdclone',
  '(null)',
  'hsa',
  'strub',
]);

const CLONE_PREFIX = 'Callgraph clone;';
const REMOVAL_PREFIX = 'Callgraph removal;';

/** Where the fields of one line are: node a is the original ("from"), b the clone or caller ("to"). */
export interface LineFields {
  kind: 'blank' | 'clone' | 'removal' | 'malformed';
  format: 'gcc7' | 'old';
  /** Why the line is malformed. */
  message: string;
  aNameStart: number;
  aNameEnd: number;
  aOrder: number;
  aFileStart: number;
  aFileEnd: number;
  aLine: number;
  aCol: number;
  bNameStart: number;
  bNameEnd: number;
  bOrder: number;
  bFileStart: number;
  bFileEnd: number;
  bLine: number;
  bCol: number;
  reasonStart: number;
  reasonEnd: number;
}

/** scanDumpLine's result: positions index into `text`. parseDumpLine is this scan turned into objects. */
export interface LineScan extends LineFields {
  text: string;
}

/**
 * scanDumpBytes's result: positions index into the bytes. The reader's hot path (millions of lines)
 * scans the read buffer in place and decodes a field only for a symbol, FILE or reason not seen yet.
 */
export interface ByteLineScan extends LineFields {
  /** Where the line ends: its '\n', or the scan limit. */
  lineEnd: number;
}

export function newLineScan(): LineScan {
  return { text: '', ...newFields() };
}

export function newByteLineScan(): ByteLineScan {
  return { lineEnd: 0, ...newFields() };
}

function newFields(): LineFields {
  return {
    kind: 'blank', format: 'gcc7', message: '',
    aNameStart: 0, aNameEnd: 0, aOrder: 0, aFileStart: 0, aFileEnd: 0, aLine: 0, aCol: 0,
    bNameStart: 0, bNameEnd: 0, bOrder: 0, bFileStart: 0, bFileEnd: 0, bLine: 0, bCol: 0,
    reasonStart: 0, reasonEnd: 0,
  };
}

// Separator positions of the line being scanned: start of field k is sep[k-1]+1, end is sep[k].
const MAX_FIELDS = 14;
const sep = new Int32Array(MAX_FIELDS);

/**
 * Scan the line text[from, to) (default: all of text) into `s`, which is reused between calls.
 * Surrounding whitespace (CRLF) is ignored. Positions in `s` index into `text`.
 */
export function scanDumpLine(text: string, s: LineScan, from = 0, to = text.length): void {
  s.text = text;
  let start = from;
  let end = to;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  if (start === end) {
    s.kind = 'blank';
    return;
  }
  const isClone = text.startsWith(CLONE_PREFIX, start);
  if (!isClone && !text.startsWith(REMOVAL_PREFIX, start)) {
    return bad(s, `not a clone dump line (expected 'Callgraph clone;' or 'Callgraph removal;'): '${clip(text.slice(start, end))}'`);
  }
  // Field 0 is the prefix; sep[k-1]..sep[k] delimit field k, the last one ends at `end`.
  let nsep = 1;
  sep[0] = start + (isClone ? CLONE_PREFIX.length : REMOVAL_PREFIX.length) - 1;
  for (let p = text.indexOf(';', sep[0] + 1); p !== -1 && p < end; p = text.indexOf(';', p + 1)) {
    if (nsep < MAX_FIELDS) sep[nsep] = p;
    nsep++;
  }
  const fields = nsep + 1;
  if (nsep < MAX_FIELDS) sep[nsep] = end;
  if (!isClone) {
    if (fields !== 6) return bad(s, `removal line has ${fields} fields (expected 6)`);
    s.kind = 'removal';
    if (!node(s, text, 1, 'a')) return;
    return;
  }
  let reasonField: number;
  if (fields === 12) {
    s.format = 'gcc7';
    if (!node(s, text, 1, 'a') || !node(s, text, 6, 'b')) return;
    reasonField = 11;
  } else if (fields === 14 && fieldIs(text, 6, '<-')) {
    if (!fieldIs(text, 12, 'optimization:')) {
      return bad(s, `old-format clone line: field 13 is '${clip(text.slice(sep[11] + 1, sep[12]))}', expected 'optimization:'`);
    }
    // Old format: the first node is the clone, the one after '<-' the original.
    s.format = 'old';
    if (!node(s, text, 7, 'a') || !node(s, text, 1, 'b')) return;
    reasonField = 13;
  } else {
    return bad(s, `clone line has ${fields} fields (expected 12, or 14 in the old '<-' format)`);
  }
  s.reasonStart = sep[reasonField - 1] + 1;
  s.reasonEnd = sep[reasonField];
  if (s.reasonStart === s.reasonEnd) return bad(s, 'clone line has an empty reason');
  s.kind = 'clone';
}

const CLONE_PREFIX_BYTES = Buffer.from(CLONE_PREFIX, 'latin1');
const REMOVAL_PREFIX_BYTES = Buffer.from(REMOVAL_PREFIX, 'latin1');
// A const enum, inlined as literals: V8 reloads a module-level constant on every loop iteration,
// which cost the scan a fifth of its time.
const enum Byte {
  Semicolon = 0x3b,
  Newline = 0x0a,
  Zero = 0x30,
}
const textScan = newLineScan();
const FIELD_POSITIONS = ['aNameStart', 'aNameEnd', 'aFileStart', 'aFileEnd', 'bNameStart', 'bNameEnd', 'bFileStart', 'bFileEnd', 'reasonStart', 'reasonEnd'] as const;
const FIELD_NUMBERS = ['aOrder', 'aLine', 'aCol', 'bOrder', 'bLine', 'bCol'] as const;

/**
 * Scan the line that starts at b[from] and ends at the first '\n' before `limit` (or at limit) into
 * `s`, reused between calls: scanDumpLine's rules on bytes. Positions in `s` index into `b`. The
 * lines GCC writes take a fast path that makes no string; any other line (blank, leading blanks, the
 * old 14-field format, malformed) is rare and is scanned by scanDumpLine as Latin-1 text, one char per
 * byte, so its positions carry over.
 */
export function scanDumpBytes(b: Buffer, from: number, limit: number, s: ByteLineScan): void {
  if (scanWellFormedClone(b, from, limit, s) || scanWellFormedRemoval(b, from, limit, s)) return;
  let lineEnd = b.indexOf(Byte.Newline, from);
  if (lineEnd === -1 || lineEnd > limit) lineEnd = limit;
  s.lineEnd = lineEnd;
  scanDumpLine(b.toString('latin1', from, lineEnd), textScan);
  s.kind = textScan.kind;
  s.format = textScan.format;
  for (const k of FIELD_POSITIONS) s[k] = from + textScan[k];
  for (const k of FIELD_NUMBERS) s[k] = textScan[k];
  // The message quotes the line: word it from the UTF-8 text, as scanDumpLine would.
  if (s.kind === 'malformed') {
    scanDumpLine(decodeBytes(b, from, lineEnd), textScan);
    s.message = textScan.kind === 'malformed' ? textScan.message : 'malformed line';
  }
}

// The fast paths: GCC writes nothing but well-formed lines, so try to read one in a single pass that
// parses the numbers as it goes. Anything unexpected (leading blanks, a '\n' or a missing ';' where a
// field should end, a non-digit in a number, an extra field) returns false and the line goes through
// the general scan above, which decides; a line either path accepts gets the same fields from both.

/** A 12-field clone line with at most trailing blanks (CRLF); false if it is anything else. */
function scanWellFormedClone(b: Buffer, from: number, limit: number, s: ByteLineScan): boolean {
  if (!bytesAt(b, from, limit, CLONE_PREFIX_BYTES)) return false;
  let p = scanNode(b, from + CLONE_PREFIX_BYTES.length, limit, s, true);
  if (p < 0 || p >= limit || b[p] !== Byte.Semicolon) return false;
  p = scanNode(b, p + 1, limit, s, false);
  if (p < 0 || p >= limit || b[p] !== Byte.Semicolon) return false;
  // The reason runs to the end of the line, less its trailing blanks; one more ';' is another field.
  let q = ++p;
  let c = 0;
  while (q < limit && (c = b[q]) !== Byte.Semicolon && c !== Byte.Newline) q++;
  if (q < limit && c === Byte.Semicolon) return false;
  let end = q;
  while (end > p && b[end - 1] <= 32) end--;
  if (end === p) return false;
  s.reasonStart = p;
  s.reasonEnd = end;
  s.lineEnd = q;
  s.format = 'gcc7';
  s.kind = 'clone';
  return true;
}

/** A 6-field removal line with at most trailing blanks; false if it is anything else. */
function scanWellFormedRemoval(b: Buffer, from: number, limit: number, s: ByteLineScan): boolean {
  if (!bytesAt(b, from, limit, REMOVAL_PREFIX_BYTES)) return false;
  let q = scanNode(b, from + REMOVAL_PREFIX_BYTES.length, limit, s, true);
  if (q < 0) return false;
  // COL ends the line: only blanks up to the '\n' (or the limit).
  let c = 0;
  while (q < limit && (c = b[q]) !== Byte.Newline && c <= 32) q++;
  if (q < limit && c !== Byte.Newline) return false;
  s.lineEnd = q;
  s.kind = 'removal';
  return true;
}

/**
 * NAME;ORDER;FILE;LINE;COL at p into node a or b of `s`: returns where COL's digits end, or -1 when
 * the fields are not there.
 */
function scanNode(b: Buffer, p: number, limit: number, s: ByteLineScan, a: boolean): number {
  let q = p;
  let c = 0;
  let order = 0;
  let line = 0;
  let col = 0;
  while (q < limit && (c = b[q]) !== Byte.Semicolon && c !== Byte.Newline) q++;
  if (q === p || q >= limit || c !== Byte.Semicolon) return -1;
  const nameStart = p;
  const nameEnd = q;
  for (p = ++q; q < limit && (c = b[q] - Byte.Zero) >= 0 && c <= 9; q++) order = order * 10 + c;
  if (q === p || q - p > 9 || q >= limit || b[q] !== Byte.Semicolon) return -1;
  for (p = ++q; q < limit && (c = b[q]) !== Byte.Semicolon && c !== Byte.Newline; q++);
  if (q >= limit || c !== Byte.Semicolon) return -1;
  const fileStart = p;
  const fileEnd = q;
  for (p = ++q; q < limit && (c = b[q] - Byte.Zero) >= 0 && c <= 9; q++) line = line * 10 + c;
  if (q === p || q - p > 9 || q >= limit || b[q] !== Byte.Semicolon) return -1;
  for (p = ++q; q < limit && (c = b[q] - Byte.Zero) >= 0 && c <= 9; q++) col = col * 10 + c;
  if (q === p || q - p > 9) return -1;
  setNode(s, a, nameStart, nameEnd, order, fileStart, fileEnd, line, col);
  return q;
}

/** Node a's (or b's) fields of a scan. */
function setNode(s: LineFields, a: boolean, nameStart: number, nameEnd: number, order: number, fileStart: number, fileEnd: number, line: number, col: number): void {
  if (a) {
    s.aNameStart = nameStart;
    s.aNameEnd = nameEnd;
    s.aOrder = order;
    s.aFileStart = fileStart;
    s.aFileEnd = fileEnd;
    s.aLine = line;
    s.aCol = col;
  } else {
    s.bNameStart = nameStart;
    s.bNameEnd = nameEnd;
    s.bOrder = order;
    s.bFileStart = fileStart;
    s.bFileEnd = fileEnd;
    s.bLine = line;
    s.bCol = col;
  }
}

function bytesAt(b: Buffer, at: number, end: number, value: Uint8Array): boolean {
  if (end - at < value.length) return false;
  for (let i = 0; i < value.length; i++) if (b[at + i] !== value[i]) return false;
  return true;
}

function fieldIs(text: string, k: number, value: string): boolean {
  return sep[k] - sep[k - 1] - 1 === value.length && text.startsWith(value, sep[k - 1] + 1);
}

/** Fields k..k+4 into node a or b; false (and s marked malformed) when invalid. */
function node(s: LineScan, text: string, k: number, which: 'a' | 'b'): boolean {
  const nameStart = sep[k - 1] + 1;
  const nameEnd = sep[k];
  if (nameStart === nameEnd) {
    bad(s, `field ${k + 1}: empty symbol name`);
    return false;
  }
  const name = () => text.slice(nameStart, nameEnd);
  const order = count(text, sep[k] + 1, sep[k + 1]);
  if (order < 0) {
    bad(s, `field ${k + 2}: order '${clip(text.slice(sep[k] + 1, sep[k + 1]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  const line = count(text, sep[k + 2] + 1, sep[k + 3]);
  if (line < 0) {
    bad(s, `field ${k + 4}: line '${clip(text.slice(sep[k + 2] + 1, sep[k + 3]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  const col = count(text, sep[k + 3] + 1, sep[k + 4]);
  if (col < 0) {
    bad(s, `field ${k + 5}: column '${clip(text.slice(sep[k + 3] + 1, sep[k + 4]))}' of ${name()} is not a non-negative integer`);
    return false;
  }
  setNode(s, which === 'a', nameStart, nameEnd, order, sep[k + 1] + 1, sep[k + 2], line, col);
  return true;
}

/** Decimal digits only (Number() would accept '', ' 1', '0x1f', '1e3'); -1 when invalid. */
function count(text: string, from: number, to: number): number {
  const n = to - from;
  if (n <= 0 || n > 9) return -1;
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function bad(s: LineScan, message: string): void {
  s.kind = 'malformed';
  s.message = message;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const scratch = newLineScan();

/** Parse one line (with or without its '\n' / '\r\n'). Blank lines give null. */
export function parseDumpLine(text: string): DumpLine | null {
  const s = scratch;
  scanDumpLine(text, s);
  switch (s.kind) {
    case 'blank':
      return null;
    case 'malformed':
      return { kind: 'malformed', message: s.message };
    case 'removal':
      return { kind: 'removal', node: scannedNode(s, 'a') };
    case 'clone':
      return { kind: 'clone', from: scannedNode(s, 'a'), to: scannedNode(s, 'b'), reason: text.slice(s.reasonStart, s.reasonEnd), format: s.format };
  }
}

export function scannedNode(s: LineScan, which: 'a' | 'b'): DumpNode {
  const t = s.text;
  return which === 'a'
    ? { name: t.slice(s.aNameStart, s.aNameEnd), order: s.aOrder, file: t.slice(s.aFileStart, s.aFileEnd), line: s.aLine, col: s.aCol }
    : { name: t.slice(s.bNameStart, s.bNameEnd), order: s.bOrder, file: t.slice(s.bFileStart, s.bFileEnd), line: s.bLine, col: s.bCol };
}
