// The one rule for "livepatch cannot redirect this function on the base build". Livepatch replaces a
// function through the ftrace hook at its entry, so a function without a usable hook can only be replaced
// through the code that reaches it (src/pipeline/referrers.ts). Decided from the base object's facts
// (SymbolFact, src/compare/symbol-facts.ts), never from source markers: `inline`, `notrace`, `noinstr` and
// `__init` all show up there as a missing entry call or a section.
import type { SymbolFact, UnredirectableCause } from '../model.js';
import { isColdPart } from './symbol-names.js';

/** Init/exit code: ftrace drops the entries of init code once its memory is freed after boot. */
export const INIT_SECTIONS = ['.init.text', '.exit.text', '.meminit.text', '.memexit.text'];
/** Code that must never be instrumented (noinstr entry/exit paths): no ftrace entry by design. */
const NOINSTR_SECTIONS = ['.noinstr.text', '.entry.text'];

export interface Unredirectable {
  cause: UnredirectableCause;
  /** What in the base object makes it so, in a few words. */
  detail: string;
}

const inSection = (fact: SymbolFact, sections: string[]) =>
  sections.find((s) => fact.section === s || fact.section.startsWith(`${s}.`));

/**
 * Init/exit data and tables (.init.data, .init.rodata, .initcall6.init, .init.setup, .exit.data): freed
 * after boot like init code, so a pointer kept there never reaches the old code once a patch can load.
 */
export function isInitDataSection(section: string): boolean {
  return /^\.(init|exit)\.|^\.initcall|\.init$/.test(section);
}

/**
 * Whether the build was made for ftrace at all: a kernel build always is (it checked CONFIG_LIVEPATCH,
 * which needs ftrace), another project when any function of it calls __fentry__/mcount. Without ftrace
 * nothing can be redirected, and saying so of every function would bury the real findings, so a missing
 * entry then decides nothing.
 */
export function isFtraceBuild(kernelBuild: boolean, baseFacts: readonly SymbolFact[]): boolean {
  return kernelBuild || baseFacts.some((f) => f.hasFentry);
}

/**
 * Why livepatch cannot redirect this base function, or null when it can. A split `.cold` part is never
 * entered through a call: it travels with its parent and needs no entry of its own.
 */
export function whyNotRedirectable(fact: SymbolFact, ftraceBuild: boolean): Unredirectable | null {
  if (isColdPart(fact.symbol)) return null;
  const init = inSection(fact, INIT_SECTIONS);
  if (init) return { cause: 'init-code', detail: `lives in ${init}: its ftrace entry is gone once init memory is freed` };
  const noinstr = inSection(fact, NOINSTR_SECTIONS);
  if (noinstr) return { cause: 'noinstr', detail: `lives in ${noinstr}: code that must never be instrumented` };
  if (ftraceBuild && !fact.hasFentry) return { cause: 'no-ftrace-entry', detail: 'no __fentry__/mcount call at its entry on base' };
  return null;
}
