// Compiles C fixtures with the system gcc (or a cross gcc) into a temp dir and parses the objects with our reader.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type ElfObject, readObject } from '../../src/compare/elf.js';

export const SECTION_FLAGS = ['-O2', '-ffunction-sections', '-fdata-sections'];

export class GccFixture {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lpg-compare-'));
  private n = 0;

  /** `cc`: the compiler to run, e.g. 's390x-linux-gnu-gcc'. */
  constructor(readonly cc = 'gcc') {}

  /** Writes `source` as <name>.c in a fresh subdirectory, compiles it with `flags`, returns the object path. */
  compile(name: string, source: string, flags: string[] = SECTION_FLAGS): string {
    const dir = path.join(this.dir, String(this.n++));
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, `${name}.c`), source);
    // Relative paths and cwd: __FILE__ must not differ between the base and head directories.
    execFileSync(this.cc, [...flags, '-c', `${name}.c`, '-o', `${name}.o`], { cwd: dir, stdio: 'pipe' });
    return path.join(dir, `${name}.o`);
  }

  async object(name: string, source: string, flags?: string[]): Promise<ElfObject> {
    return readObject(this.compile(name, source, flags));
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** base → head line pairs for a file where `inserted` lines were added before head line `at`. */
export function shiftAfter(at: number, inserted: number, lastLine: number): { base: number; head: number }[] {
  const out: { base: number; head: number }[] = [];
  for (let l = 1; l <= lastLine; l++) out.push({ base: l, head: l >= at ? l + inserted : l });
  return out;
}
