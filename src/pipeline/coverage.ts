// Fail closed: every changed function ends in exactly one state — analysed (its TU compiled with an
// object and a clone dump on both sides, or it is new/removed), not built by this configuration (with
// the build's reason), or NOT ANALYSED (with why and what to do). Pure.
import type { BuildGap, BuildResult, ChangedFunction, NotAnalysed, Side, SourceChanges } from '../model.js';

/** One side's build as coverage sees it: which units have a usable object and dump. */
export interface SideCoverage {
  side: Side;
  build: Pick<BuildResult, 'units' | 'notBuilt' | 'gaps'>;
  /** Object paths that could not be read or parsed, with why. */
  unreadable: Map<string, string>;
  /**
   * Clone dump paths whose decisions are not all known (skipped by the reader, or with malformed
   * lines), with what is wrong, phrased to follow 'the base clone dump of a.c'.
   */
  unusableDumps?: Map<string, string>;
  kernel: boolean;
}

const DUMP_ADVICE =
  'the compiler writes the clone dump as it compiles: a broken or missing line means the compile was cut short (a full disk, a killed compiler) or something else wrote to the file; check the build log and the disk, then run again with a fresh work directory';

function advice(kernel: boolean): string {
  return kernel
    ? 'check the Kbuild log in the work directory; the object must be built by this configuration with the dump flags (KCFLAGS)'
    : "compile every C file through $(CC) with -c to an object the build keeps (livepatch-gate sets CC to its compiler wrapper; a Makefile that calls gcc directly, or compiles and links in one step, bypasses it), or use the kernel path (--kind kernel) for a Linux tree";
}

/** Why `file` has no usable object and dump on this side (and what to do, when the gap says), or null when it has. */
function gapOf(cov: SideCoverage, file: string): Omit<BuildGap, 'source'> | null {
  // A .c file another TU #includes (kernel/sched/build_policy.c) is compiled as part of that TU.
  const units = cov.build.units.filter((u) => u.source === file || (u.deps?.includes(file) ?? false));
  if (units.length === 0) return cov.build.gaps?.find((g) => g.source === file) ?? { reason: `the ${cov.side} build compiled no object for ${file}` };
  for (const u of units) {
    const bad = cov.unreadable.get(u.object);
    if (bad !== undefined) return { reason: `the ${cov.side} object of ${file} cannot be read: ${bad}` };
    if (u.dump === null && /\.c$/.test(file)) return { reason: `the ${cov.side} build of ${file} wrote no -fdump-ipa-clones output: its clones and inlining are unknown` };
    const badDump = u.dump === null ? undefined : cov.unusableDumps?.get(u.dump);
    if (badDump !== undefined) return { reason: `the ${cov.side} clone dump of ${file} ${badDump}: its clones and inlining are unknown`, advice: DUMP_ADVICE };
  }
  return null;
}

function notBuilt(cov: SideCoverage, file: string): boolean {
  return cov.build.notBuilt.some((n) => n.source === file);
}

/** The state of each changed function that is not analysed (the others are analysed or not built). */
export function notAnalysed(changes: SourceChanges, base: SideCoverage, head: SideCoverage): NotAnalysed[] {
  const out: NotAnalysed[] = [];
  const kernel = base.kernel || head.kernel;
  const add = (fn: ChangedFunction | undefined, file: string, side: Side | undefined, gap: Omit<BuildGap, 'source'>) =>
    out.push({ ...(fn ? { function: fn.name } : {}), file, ...(side ? { side } : {}), reason: gap.reason, advice: gap.advice ?? advice(kernel) });

  for (const fn of changes.functions) {
    // New and removed functions are analysed by the diff itself: nothing to compare on the other side.
    if (fn.status !== 'modified') continue;
    const baseFile = fn.baseFile ?? fn.file;
    if (fn.inHeader) {
      // A header function lives in its includers: with no usable unit at all, nothing was compared.
      const usable = (cov: SideCoverage) => cov.build.units.some((u) => u.dump !== null && !cov.unreadable.has(u.object) && !cov.unusableDumps?.has(u.dump));
      if (!usable(base) || !usable(head)) add(fn, fn.file, usable(base) ? 'head' : 'base', { reason: `no translation unit was compiled with clone dumps on the ${usable(base) ? 'head' : 'base'} side, so no includer of ${fn.file} was compared` });
      continue;
    }
    if (notBuilt(base, baseFile) || notBuilt(head, fn.file)) continue;
    const baseGap = gapOf(base, baseFile);
    if (baseGap) {
      add(fn, baseFile, 'base', baseGap);
      continue;
    }
    const headGap = gapOf(head, fn.file);
    if (headGap) add(fn, fn.file, 'head', headGap);
  }

  // A changed file the build could not bound (a kernel build input: a Makefile, the configuration) or
  // left nothing comparable for, with no changed function of its own to carry it.
  const carried = new Set(out.map((n) => n.file));
  for (const cov of [base, head]) {
    for (const gap of cov.build.gaps ?? []) {
      if (carried.has(gap.source) || !changes.files.some((f) => f.path === gap.source)) continue;
      carried.add(gap.source);
      add(undefined, gap.source, cov.side, gap);
    }
  }

  // An object that cannot be read leaves every function in it uncompared, changed or not.
  const named = new Set(out.map((n) => `${n.side}\0${n.file}`));
  for (const cov of [base, head]) {
    for (const u of cov.build.units) {
      const bad = cov.unreadable.get(u.object);
      if (bad === undefined || named.has(`${cov.side}\0${u.source}`)) continue;
      add(undefined, u.source, cov.side, { reason: `the ${cov.side} object ${u.object} cannot be read: ${bad}` });
    }
  }
  return out;
}
