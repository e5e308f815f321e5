// What one compiler invocation does, read from its argv: which sources it compiles, which object it
// writes, whether it links, and where GCC (12) writes the -fdump-ipa-clones file. Pure.
import path from 'node:path';

export interface CompileInvocation {
  /** C sources on the command line (as written, possibly relative to cwd). */
  sources: string[];
  /** The -o argument, as written. */
  output?: string;
  /** -c: compile only (one object per source). */
  compileOnly: boolean;
  /** -E / -S / -M without -c: no object and no link. */
  noObject: boolean;
  /** Object / archive inputs (a link's members). */
  linkInputs: string[];
  dumpdir?: string;
  dumpbase?: string;
}

/** Options whose value is the next argument (so the value is not mistaken for an input). */
const TAKES_VALUE = new Set([
  '-o', '-I', '-D', '-U', '-include', '-imacros', '-isystem', '-iquote', '-idirafter', '-iprefix',
  '-MF', '-MT', '-MQ', '-x', '-L', '-l', '-Xlinker', '-Xassembler', '-Xpreprocessor', '-T', '-u',
  '-dumpdir', '-dumpbase', '-dumpbase-ext', '-aux-info', '--param', '-z', '-e', '-wrapper', '-specs',
]);

const C_SOURCE = /\.(c|i)$/;
const LINK_INPUT = /\.(o|a|so|lo|obj)$/;

export function parseCompileArgv(argv: string[]): CompileInvocation {
  const inv: CompileInvocation = { sources: [], compileOnly: false, noObject: false, linkInputs: [] };
  let language: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (TAKES_VALUE.has(a)) {
      const v = argv[++i];
      if (a === '-o') inv.output = v;
      else if (a === '-dumpdir') inv.dumpdir = v;
      else if (a === '-dumpbase') inv.dumpbase = v;
      else if (a === '-x') language = v === 'none' ? undefined : v;
      continue;
    }
    if (a === '-c') inv.compileOnly = true;
    else if (a === '-E' || a === '-S' || a === '-M' || a === '-MM') inv.noObject = true;
    else if (a.startsWith('-o') && a.length > 2) inv.output = a.slice(2);
    else if (a.startsWith('-x') && a.length > 2) language = a.slice(2) === 'none' ? undefined : a.slice(2);
    else if (a.startsWith('-')) continue;
    else if (language === 'c' || (language === undefined && C_SOURCE.test(a))) inv.sources.push(a);
    else if (LINK_INPUT.test(a)) inv.linkInputs.push(a);
  }
  return inv;
}

/** The object a compile-only invocation writes for `source` (GCC default: basename with .o, in cwd). */
export function objectPathFor(inv: CompileInvocation, source: string, cwd: string): string {
  if (inv.output && inv.sources.length === 1) return path.resolve(cwd, inv.output);
  return path.resolve(cwd, path.basename(source).replace(/\.[^.]*$/, '') + '.o');
}

/**
 * Where GCC 12 writes the -fdump-ipa-clones file of `source` for this invocation (verified on gcc 12.2):
 *   -c t.c -o out/x.o      → out/x.c.000i.ipa-clones     (stem of -o, last suffix dropped, + source suffix)
 *   -c t.c                 → ./t.c.000i.ipa-clones       (source basename, in cwd)
 *   -c /dev/null -o d/x.o  → d/x.000i.ipa-clones         (source without suffix adds none)
 *   t.c m.c -o out/prog    → out/prog-t.c.000i.ipa-clones (compile+link: output name, '-', source basename)
 *   -dumpdir D/            → D is a literal prefix replacing the -o directory ('-dumpdir d' gives 'dx.c...')
 *   -dumpbase B            → B (+ no suffix) in the dump dir; a B with a directory is used as is.
 */
export function dumpPathFor(inv: CompileInvocation, source: string, cwd: string): string {
  const suffix = path.extname(source);
  const outDir = inv.output ? path.dirname(inv.output) + '/' : '';
  const dumpdir = inv.dumpdir ?? (outDir === './' ? '' : outDir);
  let base: string;
  if (inv.dumpbase !== undefined) {
    base = inv.dumpbase.includes('/') ? inv.dumpbase : dumpdir + inv.dumpbase;
  } else if (inv.compileOnly || inv.sources.length === 0) {
    const stem = inv.output ? path.basename(inv.output).replace(/\.[^.]*$/, '') : path.basename(source, suffix);
    base = dumpdir + stem + suffix;
  } else {
    // Compile and link in one step: the dump is named after the linked output plus the source name.
    const out = inv.output ?? 'a.out';
    base = (inv.dumpdir ?? outDir) + path.basename(out).replace(/\.[^.]*$/, '') + '-' + path.basename(source);
  }
  return path.resolve(cwd, base + '.000i.ipa-clones');
}
