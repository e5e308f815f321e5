// Objects of every supported architecture, from Debian's real cross compilers (gcc 12): the reader
// agrees with readelf (both byte orders), each architecture's ftrace entry is found with the flags its
// Linux 6.1 Makefile uses, the comparison masks each architecture's relocations, and corrupt or foreign
// objects end in a named ElfError, quickly. The cross compilers are installed by .ci/run: a missing one
// fails these tests.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { compareObjects } from '../../src/compare/compare-objects.js';
import { EM_AARCH64, EM_PPC64, EM_S390, EM_X86_64, ElfError, SHT_RELA, parseElf, readObject, type ElfObject } from '../../src/compare/elf.js';
import { symbolFacts } from '../../src/compare/symbol-facts.js';
import { GccFixture, SECTION_FLAGS, shiftAfter } from './gcc-fixture.js';

interface Target {
  arch: string;
  cc: string;
  machine: number;
  bigEndian: boolean;
  /** CC_FLAGS_FTRACE of the arch in Linux 6.1 (Makefile, arch/<arch>/Makefile), as gcc 12 gets them. */
  ftrace: string[];
  /** The kernel's notrace for that arch (include/linux/compiler_types.h). */
  notrace: string;
}

const NO_INSTRUMENT = '__attribute__((no_instrument_function))';
const TARGETS: Target[] = [
  { arch: 'x86_64', cc: 'gcc', machine: EM_X86_64, bigEndian: false, ftrace: ['-pg', '-mfentry', '-fno-pic'], notrace: NO_INSTRUMENT },
  {
    arch: 'arm64',
    cc: 'aarch64-linux-gnu-gcc',
    machine: EM_AARCH64,
    bigEndian: false,
    ftrace: ['-fpatchable-function-entry=2'],
    notrace: '__attribute__((patchable_function_entry(0, 0)))',
  },
  { arch: 'ppc64le', cc: 'powerpc64le-linux-gnu-gcc', machine: EM_PPC64, bigEndian: false, ftrace: ['-pg', '-mprofile-kernel', '-mcmodel=medium'], notrace: NO_INSTRUMENT },
  { arch: 's390x', cc: 's390x-linux-gnu-gcc', machine: EM_S390, bigEndian: true, ftrace: ['-pg', '-mfentry', '-mnop-mcount', '-mrecord-mcount'], notrace: NO_INSTRUMENT },
];

const SOURCE = (notrace: string, k: number, extra = '') => `
extern int counter;
extern int table[];
extern void sink(const char *msg, int v);
static const char *names[] = { "zero", "one", "two" };
static int __attribute__((noinline)) helper(int x) { return x * counter + ${k}; }
int traced(int x) { sink("traced", helper(x)); return table[x & 7]; }
${notrace} int untraced(int x) { return x + counter; }
const char *pick(int n) {
  switch (n) { case 0: return "a"; case 1: return names[1]; case 2: return "c"; case 3: return names[2]; case 4: return "e"; default: return "?"; }
}
int other(int x) { sink("other", x); return counter + table[1]; }
${extra}
`;

/** readelf -sW rows: [value, size, type, bind, ndx, name]. */
function readelfSymbols(o: string): string[][] {
  return execFileSync('readelf', ['-sW', o], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\[<localentry>: \d+\]\s*/, '').trim().split(/\s+/))
    .filter((f) => /^\d+:$/.test(f[0]))
    .map((f) => [f[1], f[2], f[3], f[4], f[6], f[7] ?? '']);
}

/** readelf -rW: per relocation section name, [offset, type number] rows. */
function readelfRelocations(o: string): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  let current: [number, number][] | null = null;
  for (const line of execFileSync('readelf', ['-rW', o], { encoding: 'utf8' }).split('\n')) {
    const head = /^Relocation section '([^']+)'/.exec(line);
    if (head) out.set(head[1], (current = []));
    const row = /^([0-9a-f]{16})\s+([0-9a-f]{16})\s/.exec(line);
    if (row && current) current.push([parseInt(row[1], 16), Number(BigInt(`0x${row[2]}`) & 0xffffffffn)]);
  }
  return out;
}

for (const t of TARGETS) {
  describe(`${t.arch} objects (${t.cc})`, () => {
    const gcc = new GccFixture(t.cc);
    afterAll(() => gcc.cleanup());
    const flags = [...SECTION_FLAGS, ...t.ftrace];

    it('reads header, symbols and RELA relocations as readelf does', async () => {
      const o = gcc.compile('read', SOURCE(t.notrace, 1), flags);
      const obj = await readObject(o);
      expect(obj).toMatchObject({ machine: t.machine, bigEndian: t.bigEndian });
      const rows = readelfSymbols(o);
      expect(obj.symbols).toHaveLength(rows.length);
      obj.symbols.forEach((s, i) => {
        const [value, size, type, bind, ndx, name] = rows[i];
        expect([s.value, s.size, s.type, s.binding]).toEqual([parseInt(value, 16), Number(size), type, bind]);
        if (/^\d+$/.test(ndx)) expect(s.sectionIndex).toBe(Number(ndx));
        if (type !== 'SECTION') expect(s.name).toBe(name);
      });
      const relocations = readelfRelocations(o);
      expect(relocations.size).toBeGreaterThan(0);
      for (const rela of obj.sections.filter((s) => s.type === SHT_RELA)) {
        const target = obj.sections[rela.info];
        expect(target.relocations.map((r) => [r.offset, r.type])).toEqual(relocations.get(rela.name));
      }
    });

    it('finds the ftrace entry the 6.1 kernel uses for this arch, and none on notrace functions', async () => {
      const obj = await gcc.object('ftrace', SOURCE(t.notrace, 1), flags);
      const facts = symbolFacts(obj, 'base', 'vmlinux', 'kernel/x.c');
      const hasFentry = (name: string) => facts.find((f) => f.symbol === name)?.hasFentry;
      expect(hasFentry('traced')).toBe(true);
      expect(hasFentry('helper')).toBe(true);
      expect(hasFentry('untraced')).toBe(false);
      // Without the flags, nothing is traceable.
      const plain = symbolFacts(await gcc.object('plain', SOURCE(t.notrace, 1)), 'base', 'vmlinux', 'kernel/x.c');
      expect(plain.filter((f) => f.hasFentry)).toEqual([]);
    });

    it('compares function by function: only the changed function and its caller differ', async () => {
      const base = await gcc.object('cmp', SOURCE(t.notrace, 1), flags);
      // Head changes helper, and adds a function with a new string and a new extern reference: every
      // other function's strings, TOC entries and GOT references move but stay the same.
      const head = await gcc.object(
        'cmp',
        SOURCE(t.notrace, 2, 'extern int fresh; int added(int x) { sink("a new string", x); return fresh + x; }').replace(
          'extern int counter;',
          'extern int fresh;\nextern int counter;',
        ),
        flags,
      );
      const r = compareObjects(base, head, { owner: 'vmlinux', source: 'kernel/x.c' });
      const status = Object.fromEntries(r.functions.map((f) => [f.symbol, f.status]));
      expect(status).toEqual({ helper: 'changed', traced: 'unchanged', untraced: 'unchanged', pick: 'unchanged', other: 'unchanged', added: 'added' });
    });

    it('reads string literals from where the code points (x86-64 -4, s390 +2 addends)', async () => {
      const base = await gcc.object('str', SOURCE(t.notrace, 1), flags);
      // Only the first two characters change: a reader off by the addend's bias would see "her" twice.
      const head = await gcc.object('str', SOURCE(t.notrace, 1).replace('sink("other"', 'sink("OTher"'), flags);
      const r = compareObjects(base, head, { owner: 'vmlinux', source: 'kernel/x.c' });
      expect(r.functions.filter((f) => f.status !== 'unchanged').map((f) => [f.symbol, f.status])).toEqual([['other', 'changed']]);
    });

    if (t.machine === EM_X86_64 || t.machine === EM_S390) {
      // (AArch64 and PPC64 keep small constants in instruction bit-fields: a moved line shows as changed.)
      it('recognises a moved __LINE__ immediate in the object byte order as line-only', async () => {
        const src = (blank: string) => `extern void sink(const char *msg, int v);\n${blank}int where(int x) { sink("at", __LINE__); return x + 1; }\n`;
        // Line 254 → 258 (0x00fe → 0x0102): both bytes of the immediate change, only its byte order explains it.
        const base = await gcc.object('line', src('\n'.repeat(252)), flags);
        const head = await gcc.object('line', src('\n'.repeat(256)), flags);
        const r = compareObjects(base, head, { owner: 'vmlinux', source: 'kernel/x.c', lineShift: shiftAfter(2, 4, 260) });
        expect(r.functions.map((f) => [f.symbol, f.status])).toEqual([['where', 'line-only']]);
      });
    }

    if (t.machine === EM_PPC64) {
      it('knows ELFv2 local entry points (st_other) and finds _mcount after the TOC set-up', async () => {
        const o = gcc.compile('entry', SOURCE(t.notrace, 1), flags);
        const obj = await readObject(o);
        const local = execFileSync('readelf', ['-sW', o], { encoding: 'utf8' });
        const traced = obj.symbols.find((s) => s.name === 'traced')!;
        expect(local).toMatch(/\[<localentry>: 8\]\s+\d+ traced/);
        expect(traced.localEntry).toBe(8);
        const mcount = obj.sections[traced.sectionIndex].relocations.find((r) => obj.symbols[r.symbol].name === '_mcount');
        expect(mcount!.offset).toBeGreaterThanOrEqual(traced.localEntry);
      });
    }

    // Not a timing test: the bound only catches a hostile count that makes the reader loop (billions of
    // entries take minutes); a loaded 2-core machine can pause a single case for a second.
    it('rejects corrupt objects with a named ElfError, none of them looping', () => {
      const obj = parseElf(new Uint8Array(fs.readFileSync(gcc.compile('fuzz', SOURCE(t.notrace, 1), flags))), 'base.o');
      const result = hostileSweep(obj, fs.readFileSync(gcc.compile('fuzz', SOURCE(t.notrace, 1), flags)));
      expect(result.otherErrors).toEqual([]);
      expect(result.rejected).toBeGreaterThan(100);
      expect(result.slowestMs).toBeLessThan(10_000);
    });

    it('refuses what it cannot compare: ELF32, foreign machines, PPC64 ELFv1', () => {
      const bytes = new Uint8Array(fs.readFileSync(gcc.compile('foreign', SOURCE(t.notrace, 1), flags)));
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const arm32 = bytes.slice();
      new DataView(arm32.buffer).setUint16(18, 40, !t.bigEndian);
      expect(() => parseElf(arm32, 'dir/arm.o')).toThrow(/^dir\/arm\.o: ARM \(e_machine 40\) is not a supported machine/);
      const flipped = bytes.slice();
      flipped[5] = t.bigEndian ? 1 : 2;
      expect(() => parseElf(flipped, 'flip.o')).toThrow(ElfError);
      if (t.machine === EM_PPC64) {
        const v1 = bytes.slice();
        new DataView(v1.buffer).setUint32(48, (view.getUint32(48, true) & ~3) | 1, true);
        expect(() => parseElf(v1, 'v1.o')).toThrow(/v1\.o: PPC64 ELFv1 object \(function descriptors\): only the ELFv2 ABI/);
      }
    });
  });
}

/**
 * Sets every section-header, symbol and relocation field to extreme values (the shapes of the 12,778
 * fuzz cases in issue 9) and runs the reader, the comparison and the symbol facts on each.
 */
function hostileSweep(base: ElfObject, original: Buffer): { rejected: number; otherErrors: string[]; slowestMs: number } {
  const le = !base.bigEndian;
  const orig = new Uint8Array(original);
  const shoff = Number(new DataView(orig.buffer, orig.byteOffset).getBigUint64(40, le));
  const values = [0xffffffffffffffffn, 0x7fffffffn, 0x100000000n, 0x10000000000n, 1n];
  const cases: ((v: DataView) => void)[] = [];
  for (const sec of base.sections) {
    for (const f of [8, 24, 32, 56]) for (const x of values) cases.push((v) => v.setBigUint64(shoff + sec.index * 64 + f, x, le));
    for (const f of [4, 40, 44]) for (const x of [0xffffffff, 0x7fffffff, 1]) cases.push((v) => v.setUint32(shoff + sec.index * 64 + f, x, le));
  }
  const symtab = base.sections.find((s) => s.name === '.symtab')!;
  for (const sym of base.symbols) for (const f of [8, 16]) for (const x of values) cases.push((v) => v.setBigUint64(symtab.offset + sym.index * 24 + f, x, le));
  for (const rela of base.sections.filter((s) => s.type === SHT_RELA)) {
    for (let i = 0; i < rela.size / 24; i++) for (const f of [0, 8, 16]) for (const x of values) cases.push((v) => v.setBigUint64(rela.offset + i * 24 + f, x, le));
  }
  let rejected = 0;
  let slowestMs = 0;
  const otherErrors: string[] = [];
  for (const mutate of cases) {
    const bytes = orig.slice();
    mutate(new DataView(bytes.buffer));
    const started = Date.now();
    try {
      const head = parseElf(bytes, 'head.o');
      compareObjects(base, head, { owner: 'vmlinux', source: 'x.c' });
      symbolFacts(head, 'head', 'vmlinux', 'x.c');
    } catch (e) {
      if (e instanceof ElfError && e.message.startsWith('head.o: ')) rejected++;
      else otherErrors.push(String(e));
    }
    slowestMs = Math.max(slowestMs, Date.now() - started);
  }
  return { rejected, otherErrors, slowestMs };
}
