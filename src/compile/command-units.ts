// Turns the compiler wrapper's log (one JSON line per compiler run) into translation units: which C
// source became which object, where its clone dump is, and which program or library it was linked into.
// Pure: the caller says which files exist.
import path from 'node:path';
import type { TranslationUnit, Warning } from '../model.js';
import { dumpPathFor, objectPathFor, parseCompileArgv } from './compile-command.js';

/** One line of the wrapper's log. `argv` is what ran: the real compiler first, our flags appended. */
export interface CompilerRun {
  cwd: string;
  argv: string[];
}

export interface UnitsFromRunsInput {
  runs: CompilerRun[];
  /** The worktree: sources outside it (compiler probes, system files) are not units of this project. */
  sourceDir: string;
  exists: (absPath: string) => boolean;
  /** Index of the first run of this build in `runs` (earlier ones are from earlier builds); default 0. */
  currentFrom?: number;
}

/** A source this build compiled but left nothing comparable for: its functions are not analysed. */
export interface UnitGap {
  source: string;
  reason: string;
}

/**
 * Owner: the program/library whose link command listed the object; else the CMake target named by the
 * object's `CMakeFiles/<target>.dir/` directory (static libraries are made by `ar`, which the wrapper
 * does not see); else the object's path in the worktree (never its basename: a/util.o is not b/util.o).
 */
export function unitsFromRuns(input: UnitsFromRunsInput): { units: TranslationUnit[]; warnings: Warning[]; gaps: UnitGap[] } {
  const { runs, sourceDir, exists } = input;
  const warnings: Warning[] = [];
  const gaps = new Map<string, UnitGap>();
  const current = new Set<string>();
  const byObject = new Map<string, TranslationUnit>();
  // object (absolute) → the last program/library linked from it, and its place in that link command
  const linkedInto = new Map<string, { owner: string; order: number }>();

  runs.forEach((run, index) => {
    const inv = parseCompileArgv(run.argv);
    if (inv.noObject) return;
    if (inv.compileOnly) {
      for (const src of inv.sources) {
        const abs = path.resolve(run.cwd, src);
        const rel = path.relative(sourceDir, abs);
        if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('CMakeFiles')) continue;
        const object = objectPathFor(inv, src, run.cwd);
        if (index >= (input.currentFrom ?? 0)) current.add(object);
        gaps.delete(rel);
        // A later run of the same object (a rebuild) replaces the earlier one.
        byObject.set(object, {
          source: rel,
          object,
          dump: dumpPathFor(inv, src, run.cwd),
          command: run.argv,
          cwd: run.cwd,
          // Unlinked objects are named by their path: a/util.o and b/util.o are two objects, not one util.o.
          owner: cmakeTarget(object) ?? ownerPath(sourceDir, object),
        });
      }
    } else {
      const out = path.resolve(run.cwd, inv.output ?? 'a.out');
      // The program/library name, as a livepatch for it would name it.
      const owner = path.basename(out);
      inv.linkInputs.forEach((input, order) => linkedInto.set(path.resolve(run.cwd, input), { owner, order }));
      // Compiled and linked in one step: no object of the TU exists, only the linked program, whose
      // functions cannot be paired section by section. Not a unit: a gap, so the gate fails closed.
      for (const src of inv.sources) {
        const abs = path.resolve(run.cwd, src);
        const rel = path.relative(sourceDir, abs);
        if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('CMakeFiles')) continue;
        if (![...byObject.values()].some((u) => u.source === rel)) {
          gaps.set(rel, { source: rel, reason: `${rel} was compiled and linked into ${inv.output ?? 'a.out'} in one step: there is no object file of it to compare (compile it with -c)` });
        }
      }
    }
  });

  const units: TranslationUnit[] = [];
  for (const unit of byObject.values()) {
    // Stale records (a source deleted at this commit, an object cleaned away) are not units any more.
    if (!exists(path.join(sourceDir, unit.source))) continue;
    if (!exists(unit.object)) {
      // Compiled by this very build and gone after it: the build deleted it (a temporary object).
      if (current.has(unit.object)) gaps.set(unit.source, { source: unit.source, reason: `${unit.source} was compiled to ${unit.object}, which no longer exists after the build (the build deleted it): nothing to compare` });
      continue;
    }
    const linked = linkedInto.get(unit.object);
    if (linked) {
      unit.owner = linked.owner;
      unit.linkOrder = linked.order;
    }
    if (unit.dump && !exists(unit.dump)) {
      const flagged = unit.command.includes('-fdump-ipa-clones');
      warnings.push({
        source: 'build',
        file: unit.source,
        message: flagged
          ? `no clone dump at ${unit.dump} for ${unit.source} (compiled with -fdump-ipa-clones)`
          : `${unit.source} was compiled without -fdump-ipa-clones: the build overrode the compiler flags`,
      });
      unit.dump = null;
    }
    units.push(unit);
  }
  units.sort((a, b) => a.source.localeCompare(b.source) || a.object.localeCompare(b.object));
  const built = new Set(units.map((u) => u.source));
  return { units, warnings, gaps: [...gaps.values()].filter((g) => !built.has(g.source)) };
}

/** Parses the wrapper's JSON-lines log; a malformed line becomes a warning naming file:line. */
export function parseCompilerLog(text: string, file: string): { runs: CompilerRun[]; warnings: Warning[] } {
  const runs: CompilerRun[] = [];
  const warnings: Warning[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line) as Partial<CompilerRun>;
      if (typeof v.cwd === 'string' && Array.isArray(v.argv)) runs.push({ cwd: v.cwd, argv: v.argv.map(String) });
      else throw new Error('missing cwd/argv');
    } catch (e) {
      warnings.push({ source: 'build', file, line: i + 1, message: `unreadable compiler log line: ${(e as Error).message}` });
    }
  });
  return { runs, warnings };
}

/** An object's path relative to the worktree (absolute when outside it). */
function ownerPath(sourceDir: string, object: string): string {
  const rel = path.relative(sourceDir, object);
  return rel.startsWith('..') || path.isAbsolute(rel) ? object : rel;
}

function cmakeTarget(object: string): string | undefined {
  return /\/CMakeFiles\/([^/]+)\.dir\//.exec(object)?.[1];
}
