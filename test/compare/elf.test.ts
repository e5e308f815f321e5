import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ElfError, EM_X86_64, SHT_RELA, parseElf, readObject } from '../../src/compare/elf.js';
import { GccFixture } from './gcc-fixture.js';

const gcc = new GccFixture();
afterAll(() => gcc.cleanup());

const SOURCE = `
#include <stdio.h>
int counter = 3;
static int hidden;
int bump(int x) { hidden += x; return counter + hidden; }
void hello(void) { puts("hello"); }
`;

/** readelf -sW symbol rows: [value, size, type, bind, ndx, name]. */
function readelfSymbols(o: string): string[][] {
  const out = execFileSync('readelf', ['-sW', o], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => /^\d+:$/.test(f[0]))
    .map((f) => [f[1], f[2], f[3], f[4], f[6], f[7] ?? '']);
}

describe('parseElf', () => {
  it('reads sections, symbols and RELA relocations as readelf does', async () => {
    const o = gcc.compile('basic', SOURCE);
    const obj = await readObject(o);
    expect(obj.machine).toBe(EM_X86_64);
    const rows = readelfSymbols(o);
    expect(obj.symbols).toHaveLength(rows.length);
    obj.symbols.forEach((s, i) => {
      const [value, size, type, bind, ndx, name] = rows[i];
      expect(s.value).toBe(parseInt(value, 16));
      expect(s.size).toBe(Number(size));
      expect(s.type).toBe(type);
      expect(s.binding).toBe(bind);
      if (/^\d+$/.test(ndx)) expect(s.sectionIndex).toBe(Number(ndx));
      // readelf leaves section symbols unnamed in -s output; we name them after their section.
      if (type !== 'SECTION') expect(s.name).toBe(name);
      else expect(s.name).toBe(obj.sections[s.sectionIndex].name);
    });
    const text = obj.sections.find((s) => s.name === '.text.bump')!;
    const relaCount = obj.sections.find((s) => s.type === SHT_RELA && s.name === '.rela.text.bump')!.size / 24;
    expect(text.relocations).toHaveLength(relaCount);
    const relocOut = execFileSync('readelf', ['-rW', o], { encoding: 'utf8' });
    const section = relocOut.split("Relocation section '.rela.text.bump'")[1].split('Relocation section')[0];
    const offsets = [...section.matchAll(/^([0-9a-f]{16})\s/gm)].map((m) => parseInt(m[1], 16));
    expect(text.relocations.map((r) => r.offset)).toEqual(offsets);
    expect(text.relocations.some((r) => obj.symbols[r.symbol].name === '.bss.hidden' || obj.symbols[r.symbol].name === 'counter')).toBe(true);
  });

  it('rejects non-ELF, ELF32, big-endian and truncated input with the path in the message', async () => {
    const o = gcc.compile('reject', SOURCE);
    const bytes = new Uint8Array(fs.readFileSync(o));
    const notElf = path.join(gcc.dir, 'not-elf.o');
    fs.writeFileSync(notElf, 'int main(void) { return 0; }\n');
    await expect(readObject(notElf)).rejects.toThrow(`${notElf}: not an ELF file`);
    const elf32 = bytes.slice();
    elf32[4] = 1;
    expect(() => parseElf(elf32, 'x32.o')).toThrow(/x32\.o: ELF32 objects are not supported/);
    const bad = bytes.slice();
    bad[5] = 3;
    expect(() => parseElf(bad, 'enc.o')).toThrow(/enc\.o: unknown ELF data encoding 3/);
    expect(() => parseElf(bytes.slice(0, 40), 'short.o')).toThrow(/short\.o: truncated/);
    expect(() => parseElf(bytes.slice(0, bytes.length - 100), 'cut.o')).toThrow(ElfError);
    expect(() => parseElf(bytes.slice(0, bytes.length - 100), 'cut.o')).toThrow(/cut\.o: corrupt: /);
  });
});
