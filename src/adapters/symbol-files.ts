// Reads symbol files (System.map, /proc/kallsyms dumps, vmlinux / .ko) into one table per object; the
// format is told by content (src/compare/kallsyms.ts).
import { readFile } from 'node:fs/promises';
import { mergeSymbolTables, readSymbolTable, SymbolFileError, type KallsymsObject } from '../compare/kallsyms.js';

export async function readSymbolFiles(files: string[]): Promise<Map<string, KallsymsObject>> {
  const tables: KallsymsObject[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw new SymbolFileError(file, `cannot read it: ${(e as Error).message}`);
    }
    tables.push(...readSymbolTable(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file));
  }
  return mergeSymbolTables(tables);
}
