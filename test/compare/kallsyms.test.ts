// Symbol tables in kallsyms order, from real gcc/ld output: two static helper() in b.c and a.c linked
// b.o a.o (System.map from `nm -n`, a /proc/kallsyms-style dump, the linked ELF, a module made by ld -r).
import fs from 'node:fs';
import path from 'node:path';
import { kallsymsObjectOf, MAX_LISTING_BYTES, mergeSymbolTables, readSymbolTable, SymbolFileError, symposIn, type KallsymsObject } from '../../src/compare/kallsyms.js';
import { parseElf } from '../../src/compare/elf.js';
import { unitLayout } from '../../src/pipeline/sympos.js';
import { sh, tempDir, writeFiles } from '../compile/helpers.js';

let dir: string;
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));
const table = (name: string): KallsymsObject[] => readSymbolTable(read(name), name);
/** What the pipeline knows of a TU: the names its object defines, in layout order. */
const unitOf = (object: string) => ({ source: object.replace(/\.o$/, '.c'), order: unitLayout(parseElf(read(object), object)) });

beforeAll(() => {
  dir = tempDir('lpg-kallsyms-');
  const helper = (k: number) => `__attribute__((noinline)) int helper_${k}(int x);\n__attribute__((noinline)) static int helper(int x) { return x * ${k} + 3; }\n`;
  writeFiles(dir, {
    // A static counter each: a module's kallsyms lists locals only, and one static alone tells no TU apart.
    'a.c': `${helper(5)}static int calls_a;\nint fa(int x) { calls_a++; return helper(x) + 1; }\nint fa2(int x) { return helper(x + 1); }\n`,
    'b.c': `${helper(7)}static int calls_b;\nint fb(int x) { calls_b++; return helper(x) - 1; }\nint fa(int);\nint main(void) { return fa(1) + fb(2); }\n`,
    'modinfo.c': 'static const char modname[] __attribute__((section(".modinfo"), used, aligned(1))) = "name=my_mod";\n',
  });
  for (const f of ['a', 'b', 'modinfo']) sh(dir, ['gcc', '-O2', '-c', `${f}.c`, '-o', `${f}.o`]);
  sh(dir, ['gcc', '-no-pie', '-o', 'vmlinux', 'b.o', 'a.o']);
  fs.writeFileSync(path.join(dir, 'System.map'), sh(dir, ['nm', '-n', 'vmlinux']));
  sh(dir, ['ld', '-r', '-o', 'my-mod.ko', 'b.o', 'a.o', 'modinfo.o']);
  // /proc/kallsyms prints vmlinux in kallsyms (address) order, then each module in its symbol table order.
  const moduleLines = sh(dir, ['nm', '-p', 'my-mod.ko']).split('\n').filter((l) => / [a-zA-Z] /.test(l) && !/ [Uan] /.test(l));
  fs.writeFileSync(path.join(dir, 'kallsyms'), sh(dir, ['nm', '-n', 'vmlinux']) + moduleLines.map((l) => `${l}\t[my_mod]\n`).join(''));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sympos in kallsyms order', () => {
  test('System.map (nm -n of the linked image): b.c\'s helper is 1, a.c\'s is 2, told apart by their TU', () => {
    const [map] = table('System.map');
    expect(map).toMatchObject({ object: 'vmlinux', from: 'System.map (System.map)' });
    expect(symposIn(map, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 2, count: 2 });
    expect(symposIn(map, 'helper', unitOf('b.o'))).toEqual({ status: 'found', sympos: 1, count: 2 });
    expect(symposIn(map, 'fa', unitOf('a.o'))).toEqual({ status: 'found', sympos: 0, count: 1 });
    expect(symposIn(map, 'gone', unitOf('a.o'))).toEqual({ status: 'missing' });
  });

  test('the linked ELF: same positions (address order), TU from its FILE symbol group', () => {
    const [elf] = table('vmlinux');
    expect(elf.object).toBe('vmlinux');
    expect(elf.from).toMatch(/ELF executable/);
    expect(symposIn(elf, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 2, count: 2 });
    expect(symposIn(elf, 'helper', unitOf('b.o'))).toEqual({ status: 'found', sympos: 1, count: 2 });
  });

  test('a module (ld -r, .modinfo name=): its own name and symbol table order', () => {
    const [mod] = table('my-mod.ko');
    expect(mod.object).toBe('my_mod');
    expect(kallsymsObjectOf('drivers/x/my-mod.ko')).toBe('my_mod');
    expect(symposIn(mod, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 2, count: 2 });
  });

  test('a /proc/kallsyms dump: vmlinux and [module] entries are separate objects', () => {
    const tables = mergeSymbolTables(table('kallsyms'));
    expect([...tables.keys()]).toEqual(['vmlinux', 'my_mod']);
    expect(tables.get('my_mod')?.from).toBe('kallsyms (/proc/kallsyms dump)');
    expect(symposIn(tables.get('my_mod') as KallsymsObject, 'helper', unitOf('b.o'))).toEqual({ status: 'found', sympos: 1, count: 2 });
    expect(symposIn(tables.get('vmlinux') as KallsymsObject, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 2, count: 2 });
  });

  test('neighbours that say nothing: the build\'s own link-order count is used only when it saw as many', () => {
    const [map] = table('System.map');
    expect(symposIn(map, 'helper', { source: 'x.c', order: [], position: { sympos: 2, count: 2 } })).toEqual({ status: 'found', sympos: 2, count: 2 });
    expect(symposIn(map, 'helper', { source: 'x.c', order: [], position: { sympos: 1, count: 1 } })).toEqual({ status: 'ambiguous', count: 2 });
    expect(symposIn(map, 'helper', { source: 'x.c', order: [] })).toEqual({ status: 'ambiguous', count: 2 });
  });
});

test('kallsyms order is address order, not the linked symbol table\'s: a __cold helper sits in .text.unlikely after every .text', () => {
  // The kernel's TEXT_TEXT order (include/asm-generic/vmlinux.lds.h): .text, then .text.unlikely; at the
  // kernel's addresses, past 2^53, where a double cannot tell the two helpers (16 bytes apart) apart.
  writeFiles(dir, {
    'cold.c': '__attribute__((noinline, cold)) static int helper(int x) { return x * 9 + 3; }\nint fc(int x) { return helper(x) + 4; }\n',
    'text.lds': 'SECTIONS { . = 0xffffffff81000000; .text : { *(.text .text.fixup) *(.text.unlikely .text.unlikely.*) } .data : { *(.data) } .bss : { *(.bss) } }\n',
  });
  sh(dir, ['gcc', '-O2', '-c', 'cold.c', '-o', 'cold.o']);
  sh(dir, ['ld', '-T', 'text.lds', '-o', 'vmlinux-cold', 'cold.o', 'a.o']);
  // The symbol table lists cold.o's helper first (link order); by address it comes second.
  const symtab = sh(dir, ['nm', '-p', 'vmlinux-cold']).split('\n').filter((l) => / t helper$/.test(l));
  const byAddress = sh(dir, ['nm', '-n', 'vmlinux-cold']).split('\n').filter((l) => / t helper$/.test(l));
  expect(symtab).toEqual([...byAddress].reverse());
  const cold = { source: 'cold.c', order: unitLayout(parseElf(read('cold.o'), 'cold.o')) };
  const [elf] = table('vmlinux-cold');
  expect(symposIn(elf, 'helper', cold)).toEqual({ status: 'found', sympos: 2, count: 2 });
  expect(symposIn(elf, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 1, count: 2 });
  fs.writeFileSync(path.join(dir, 'System.map-cold'), sh(dir, ['nm', '-n', 'vmlinux-cold']));
  expect(symposIn(table('System.map-cold')[0], 'helper', cold)).toEqual({ status: 'found', sympos: 2, count: 2 });
});

test('absolute symbols are not kallsyms entries (scripts/kallsyms drops them; System.map keeps global ones)', () => {
  const [map] = readSymbolTable(new TextEncoder().encode('00000000000001ea A kexec_control_code_size\nffffffff81000000 T _text\n'), 'System.map');
  expect(map.names).toEqual(['_text']);
});

describe('bad symbol files are errors naming the file', () => {
  const bad = (name: string, text: string | Uint8Array) => () => readSymbolTable(typeof text === 'string' ? new TextEncoder().encode(text) : text, name);
  test('empty', () => expect(bad('empty.map', '')).toThrow(/symbols empty.map: empty file/));
  test('garbled text names the line', () => expect(bad('x.map', 'ffffffff81000000 T _text\nthis is not a map\n')).toThrow(/symbols x.map: line 2 is not 'ADDRESS TYPE NAME \[module\]'/));
  test('only blank lines', () => expect(bad('blank.map', '\n\n')).toThrow(SymbolFileError));
  test('a truncated ELF', () => expect(bad('vmlinux.cut', read('vmlinux').subarray(0, 40))).toThrow(/symbols vmlinux.cut: truncated/));
  test('an object that is not a module', () => expect(bad('a.o', read('a.o'))).toThrow(/symbols a.o: an ELF object without a .modinfo name= is not a kernel module/));
  test('a listing with 200,000 more entries of one name still answers, not a RangeError (fuzz: symbols target)', () => {
    // Math.max(...scores) over every equal name overflowed the call's argument stack past ~10^5.
    const map = sh(dir, ['nm', '-n', 'vmlinux']);
    const helperLine = map.split('\n').find((l) => / t helper$/.test(l)) as string;
    const [big] = readSymbolTable(new TextEncoder().encode(map + `${helperLine}\n`.repeat(200_000)), 'big.map');
    // The copies come after the program's own entries: a.c's helper is still the one among its TU's names.
    expect(symposIn(big, 'helper', unitOf('a.o'))).toEqual({ status: 'found', sympos: 2, count: 200_002 });
    expect(symposIn(big, 'helper', { source: 'x.c', order: [] })).toEqual({ status: 'ambiguous', count: 200_002 });
  });
  test('a text file too big to be a listing is named, before it is decoded (past ~512 MiB the decode fails naming no file)', () => {
    expect(bad('huge.map', new Uint8Array(MAX_LISTING_BYTES + 1))).toThrow(/symbols huge.map: 268435457 bytes is not a System.map/);
  });
  test('two tables for one object', () => expect(() => mergeSymbolTables([...table('System.map'), ...table('vmlinux')])).toThrow(/a second symbol table for vmlinux/));
});
