// Recognising "only __LINE__ moved": a blank line above WARN()/printk("%d", __LINE__) changes an
// immediate, an addend or a stringified number in the code without changing what it does.

/** base line → head line, for unchanged lines that moved (from ChangedFile.lineShift). */
export type LineMap = ReadonlyMap<number, number>;

export function lineMap(shift: readonly { base: number; head: number }[] | undefined): LineMap {
  const map = new Map<number, number>();
  for (const { base, head } of shift ?? []) if (base !== head) map.set(base, head);
  return map;
}

/** A value that is line L on base and L's new line on head. */
export function isLineMove(lines: LineMap, base: number, head: number): boolean {
  return base !== head && lines.get(base) === head;
}

export interface ByteExplanation {
  /** Byte offset of the first difference that is not a moved line number, or null when all are. */
  unexplained: number | null;
  /** The (base → head) line moves that explain the other differences. */
  moves: [number, number][];
}

const WIDTHS = [4, 2, 1];

/**
 * Explains differing bytes of two equally long buffers as 1/2/4-byte immediates (in the object's byte
 * order: s390x is big-endian) that hold a moved line number. Each difference must be covered by such a
 * window; linear in the buffer length.
 */
export function explainByteDiffs(base: Uint8Array, head: Uint8Array, lines: LineMap, bigEndian = false): ByteExplanation {
  const read = bigEndian ? readBe : readLe;
  const moves: [number, number][] = [];
  let covered = -1; // bytes up to here are explained
  for (let p = 0; p < base.length; p++) {
    if (base[p] === head[p] || p <= covered) continue;
    if (lines.size === 0) return { unexplained: p, moves };
    // Bytes before p are equal or explained, so a window may start up to w-1 bytes earlier.
    let window: [number, number, number, number] | null = null;
    for (const w of WIDTHS) {
      for (let s = Math.max(0, p - w + 1); s <= p && s + w <= base.length && !window; s++) {
        const b = read(base, s, w);
        const h = read(head, s, w);
        if (isLineMove(lines, b, h)) window = [s, w, b, h];
      }
      if (window) break;
    }
    if (!window) return { unexplained: p, moves };
    covered = window[0] + window[1] - 1;
    moves.push([window[2], window[3]]);
  }
  return { unexplained: null, moves };
}

function readBe(bytes: Uint8Array, at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 256 + bytes[at + i];
  return v;
}

function readLe(bytes: Uint8Array, at: number, width: number): number {
  let v = 0;
  for (let i = width - 1; i >= 0; i--) v = v * 256 + bytes[at + i];
  return v;
}

/**
 * When two strings differ only in decimal numbers that are moved line numbers (__stringify(__LINE__)),
 * the moves; otherwise null.
 */
export function stringLineMoves(base: string, head: string, lines: LineMap): [number, number][] | null {
  const split = (s: string) => s.split(/(\d+)/);
  const a = split(base);
  const b = split(head);
  if (a.length !== b.length) return null;
  const moves: [number, number][] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    // Odd indices are the digit runs.
    if (i % 2 === 0 || !isLineMove(lines, Number(a[i]), Number(b[i]))) return null;
    moves.push([Number(a[i]), Number(b[i])]);
  }
  return moves.length > 0 ? moves : null;
}
