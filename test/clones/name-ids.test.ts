// Name ids decided after reading (name-ids.ts): the ids a hash table filled in node order would give,
// whatever the hashes do. Hash collisions are forced by passing fake hashes.
import { hashBytes } from '../../src/clones/byte-intern.js';
import { assignNameIds } from '../../src/clones/name-ids.js';

/** Node names as the builder lays them out: bytes in node order, nameAt offsets, hashes. */
function layout(names: (string | Buffer)[], hash: (b: Buffer) => number = (b) => hashBytes(b, 0, b.length)) {
  const parts = names.map((n) => (typeof n === 'string' ? Buffer.from(n) : n));
  const pool = Buffer.concat(parts);
  const nameAt = new Int32Array(parts.length + 1);
  const hashes = new Int32Array(parts.length);
  parts.forEach((p, i) => {
    nameAt[i + 1] = nameAt[i] + p.length;
    hashes[i] = hash(p);
  });
  return assignNameIds(pool, nameAt, hashes, parts.length);
}

/** What a Map filled in node order gives. */
function expectedIds(names: string[]): number[] {
  const ids = new Map<string, number>();
  return names.map((n) => {
    if (!ids.has(n)) ids.set(n, ids.size);
    return ids.get(n) as number;
  });
}

describe('assignNameIds', () => {
  test('ids in first-seen order; every name found again', () => {
    const names = ['list_add', 'fork', 'list_add', 'mm_init.constprop.0', 'fork', 'x', 'list_add', 'y', 'x'];
    const { nodeName, names: table } = layout(names);
    expect(Array.from(nodeName)).toEqual(expectedIds(names));
    expect(table.count).toBe(5);
    expect(table.all()).toEqual(['list_add', 'fork', 'mm_init.constprop.0', 'x', 'y']);
    for (const n of names) expect(table.get(table.find(n))).toBe(n);
    expect(table.find('nope')).toBe(-1);
    expect(table.find('')).toBe(-1);
  });

  test('hash collisions (all names in one run): every name keeps its own id, duplicates still merge', () => {
    const names = ['a', 'b', 'a', 'c', 'b', 'b', 'd', 'c', 'a'];
    const { nodeName, names: table } = layout(names, () => 42);
    expect(Array.from(nodeName)).toEqual(expectedIds(names));
    expect(table.all()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('two hashes, some colliding, mixed with unique names: same as a map', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `fn_${(i * 7919) % 1300}`);
    const { nodeName } = layout(names, (b) => (b.length % 2 === 0 ? 1 : -1));
    expect(Array.from(nodeName)).toEqual(expectedIds(names));
  });

  test('a real FNV-1a collision: both names found by find()', () => {
    // Birthday search: among ~2^17 names two 32-bit hashes meet.
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; pair === null; i++) {
      const name = `sym_${i}`;
      const h = hashBytes(Buffer.from(name), 0, name.length);
      const other = seen.get(h);
      if (other !== undefined) pair = [other, name];
      else seen.set(h, name);
    }
    const [x, y] = pair;
    const names = [x, 'unrelated', y, x, y];
    const { nodeName, names: table } = layout(names);
    expect(Array.from(nodeName)).toEqual([0, 1, 2, 0, 2]);
    expect(table.find(x)).toBe(0);
    expect(table.find(y)).toBe(2);
    expect(table.find('unrelated')).toBe(1);
  });

  test('byte strings that decode alike (invalid UTF-8) share one id; UTF-8 names are found', () => {
    const { nodeName, names: table } = layout(['naïve', Buffer.from([0x62, 0xff]), 'plain', Buffer.from([0x62, 0xfe]), 'naïve']);
    expect(Array.from(nodeName)).toEqual([0, 1, 2, 1, 0]);
    expect(table.all()).toEqual(['naïve', 'b\ufffd', 'plain']);
    expect(table.find('naïve')).toBe(0);
    expect(table.find('b\ufffd')).toBe(1);
  });

  test('no nodes', () => {
    const { nodeName, names } = layout([]);
    expect(nodeName.length).toBe(0);
    expect(names.count).toBe(0);
    expect(names.find('x')).toBe(-1);
  });
});
