// Indexes over an Analysis that several rules need: which object a source ends up in, a source's
// compile flags, a function's symbol facts. Built per call; rules stay pure functions of the Analysis.
import type { Analysis, ChangedFunction, Side, SymbolFact, TuFlags } from '../model.js';

/** The linked object (vmlinux / module / program) a source file ends up in, when any stage knows. */
export function objectOfSource(analysis: Analysis, source: string): string | undefined {
  for (const f of analysis.symbolFacts) if (f.source === source) return f.owner;
  for (const d of analysis.codeDiffs) if (d.source === source) return d.owner;
  for (const d of analysis.dataDiffs) if (d.source === source) return d.owner;
  return undefined;
}

export function tuFlagsFor(analysis: Analysis, source: string, side: Side = 'base'): TuFlags | undefined {
  return analysis.tuFlags.find((t) => t.source === source && t.side === side);
}

/**
 * The base symbols that are out-of-line copies of a changed function: the function itself or its clones and
 * split parts (foo.isra.0, foo.cold), in its own TU, or in any TU for a function defined in a header.
 */
export function baseCopies(analysis: Analysis, fn: ChangedFunction): SymbolFact[] {
  const names = symbolsOf(fn);
  const source = fn.baseFile ?? fn.file;
  return analysis.symbolFacts.filter(
    (f) => f.side === 'base' && (fn.inHeader || f.source === source) && names.some((n) => f.symbol === n || f.symbol.startsWith(`${n}.`)),
  );
}

/** The symbols a changed function is emitted under (never empty: falls back to its C name). */
export function symbolsOf(fn: ChangedFunction): string[] {
  return fn.symbols.length > 0 ? fn.symbols : [fn.name];
}

/** First line of a changed function on the side that has it. */
export function lineOf(fn: ChangedFunction): number | undefined {
  return fn.headLines?.[0] ?? fn.baseLines?.[0] ?? fn.changedLines[0];
}

/** True for a C header (.h): its changes reach every unit that includes it. */
export function isHeaderPath(path: string): boolean {
  return path.endsWith('.h');
}

/**
 * Whether the analysis is of a Linux kernel tree: built by Kbuild. Kernel-only path rules (lib/,
 * arch/x/boot) would be noise in other projects, where lib/ is ordinary code. It is the build's word,
 * not a guess from object names: a change only to arch/x86/boot, or to lib/ code no object links,
 * compiles into no vmlinux object and is still kernel code.
 */
export function isKernelAnalysis(analysis: Analysis): boolean {
  return analysis.buildKind === 'kernel';
}

/** A few names of a list for a message: 'a, b, c and 4 more' (a folded finding's places list them all). */
export function someOf(names: string[], max = 8): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
