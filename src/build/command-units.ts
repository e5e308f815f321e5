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
}

/**
 * Owner: the program/library whose link command listed the object; else the CMake target named by the
 * object's `CMakeFiles/<target>.dir/` directory (static libraries are made by `ar`, which the wrapper
 * does not see); else the object's basename.
 */
export function unitsFromRuns(input: UnitsFromRunsInput): { units: TranslationUnit[]; warnings: Warning[] } {
  const { runs, sourceDir, exists } = input;
  const warnings: Warning[] = [];
  const byObject = new Map<string, TranslationUnit>();
  // object (absolute) → the last program/library linked from it
  const linkedInto = new Map<string, string>();

  for (const run of runs) {
    const inv = parseCompileArgv(run.argv);
    if (inv.noObject) continue;
    if (inv.compileOnly) {
      for (const src of inv.sources) {
        const abs = path.resolve(run.cwd, src);
        const rel = path.relative(sourceDir, abs);
        if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('CMakeFiles')) continue;
        const object = objectPathFor(inv, src, run.cwd);
        // A later run of the same object (a rebuild) replaces the earlier one.
        byObject.set(object, {
          source: rel,
          object,
          dump: dumpPathFor(inv, src, run.cwd),
          command: run.argv,
          cwd: run.cwd,
          owner: cmakeTarget(object) ?? path.basename(object),
        });
      }
    } else if (inv.output) {
      const out = path.resolve(run.cwd, inv.output);
      // The program/library name, as a livepatch for it would name it.
      const owner = path.basename(out);
      for (const input of inv.linkInputs) linkedInto.set(path.resolve(run.cwd, input), owner);
      // Sources compiled and linked in one step are units of that program too.
      for (const src of inv.sources) {
        const abs = path.resolve(run.cwd, src);
        const rel = path.relative(sourceDir, abs);
        if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('CMakeFiles')) continue;
        byObject.set(`${out}#${rel}`, {
          source: rel,
          object: out,
          dump: dumpPathFor(inv, src, run.cwd),
          command: run.argv,
          cwd: run.cwd,
          owner,
        });
      }
    }
  }

  const units: TranslationUnit[] = [];
  for (const unit of byObject.values()) {
    // Stale records (a source deleted at this commit, an object cleaned away) are not units any more.
    if (!exists(path.join(sourceDir, unit.source)) || !exists(unit.object)) continue;
    const owner = linkedInto.get(unit.object);
    if (owner) unit.owner = owner;
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
  return { units, warnings };
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

function cmakeTarget(object: string): string | undefined {
  return /\/CMakeFiles\/([^/]+)\.dir\//.exec(object)?.[1];
}
