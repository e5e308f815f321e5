// Adapter: preprocesses one built translation unit again, with the exact compile command its build
// recorded, turned into `gcc -E -dU` (preprocessed code with line markers, plus every macro the unit
// expanded or tested). The configuration check (src/pipeline/configuration-check.ts) compares base and
// head from it. The argv is the build's own; it runs without a shell, like the build did.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { readPreprocessed, type PreprocessedUnit } from '../compare/preprocessed.js';
import type { TranslationUnit } from '../model.js';

/** Options that write files or change what -E prints; their value is the next argument when listed here. */
const DROP_WITH_VALUE = new Set(['-o', '-MF', '-MT', '-MQ', '-dumpdir', '-dumpbase', '-dumpbase-ext', '-aux-info']);
const DROP = /^(-c|-S|-E|-M|-MM|-MD|-MMD|-MP|-MG|-o.+|-Wp,-M.*|-fdump-.*|-save-temps.*|-fstack-usage|-fcallgraph-info.*|-d[A-Z]+|-P|-C|-CC)$/;

/** The compile argv as a preprocess-only argv writing to stdout: -c, -o, dependency and dump outputs removed. */
export function preprocessArgv(argv: string[]): string[] {
  const out = [argv[0]];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (DROP_WITH_VALUE.has(a)) i++;
    else if (!DROP.test(a)) out.push(a);
  }
  return [...out, '-E', '-dU'];
}

/** Where one side's tree lives, to turn marker paths into repo-relative ones. */
export interface SideTree {
  sourceDir: string;
  outputDir: string;
}

/** A marker path → repo-relative path under the side's sources, or null (system, generated, <built-in>). */
export function repoPathIn(tree: SideTree, cwd: string): (markerPath: string) => string | null {
  return (p) => {
    if (p.startsWith('<')) return null;
    const rel = path.relative(tree.sourceDir, path.resolve(cwd, p));
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
  };
}

/** What to keep of the output: the lines of these repo-relative files and the -dU lines of these macros. */
export interface PreprocessQuestion {
  files: ReadonlySet<string>;
  macros: ReadonlySet<string>;
}

export async function preprocessUnit(unit: TranslationUnit, tree: SideTree, question: PreprocessQuestion): Promise<PreprocessedUnit> {
  const argv = preprocessArgv(unit.command);
  const text = await new Promise<string>((resolve, reject) => {
    // latin1: byte-for-byte, whatever encoding string literals use.
    execFile(argv[0], argv.slice(1), { cwd: unit.cwd, maxBuffer: 1 << 30, encoding: 'latin1' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(argv[0])} -E failed: ${String(stderr).trim().split('\n').slice(-3).join(' ') || err.message}`));
      else resolve(stdout);
    });
  });
  const prefixes = [tree.sourceDir, tree.outputDir].flatMap((d) => [`${d}/`, d]);
  return readPreprocessed(text, { ...question, repoPath: repoPathIn(tree, unit.cwd), stripPrefixes: prefixes });
}
