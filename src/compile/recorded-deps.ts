// Which translation units a change reaches, read from a full kernel build's own records: every object
// Kbuild compiled has `dir/.name.o.cmd` with its command and `deps_` (the compiler's `-MMD` list, every
// file the preprocessor opened, fixdep-filtered). For the configuration that build was made with, a TU
// whose compilation can differ is one that read a file that differs, or one whose includes may now
// resolve to a file that did not exist when it was compiled: exact, with no include graph and no
// compile. What the records cannot answer (a Makefile, Kbuild or configuration input changed: other
// objects, flags or options) is said, and the caller asks Kbuild and the include graph instead.
import fs from 'node:fs';
import path from 'node:path';
import { configurationInputs, isKbuildMakefile, objectCmdFiles, objectOfCmd } from './kbuild-outdir.js';
import { parseKbuildCmd, repoRelative } from './kbuild.js';

/** One object of the full build as its `.cmd` file records it (paths relative to the source tree). */
export interface RecordedUnit {
  /** Relative to the output dir: kernel/fork.o. */
  object: string;
  /** The C source compiled (repo-relative). */
  source: string;
  /** Every file the compiler read besides the source: repo-relative, or `.lpg-out/...` for generated ones. */
  deps: string[];
  /** Compiled with the clone dumps (KCFLAGS): a kernel object, not a host program or boot/vDSO code. */
  dumped: boolean;
}

export type RecordedSelection =
  | {
      ok: true;
      /** Units that compile a touched file or may resolve an include to an added one (sorted by source). */
      units: RecordedUnit[];
      /** Touched .c files no dumped unit compiles or includes, with why. */
      notBuilt: { source: string; reason: string }[];
    }
  | { ok: false; why: string };

/**
 * The units of a full build (recorded at commit B) whose compilation can differ at a commit C, pure.
 * `changed`: the paths the PR changes; `drift`: the paths that differ between B and the side's commit
 * (empty when the build is at that commit); `added`: the paths among them that B does not have.
 *
 * A unit is selected when its source or a recorded dep is touched (changed or drift: the preprocessor
 * read it), or when a dep has the basename of an added file (a new header earlier in the -I order, or
 * beside a quoted includer, could shadow the one it read: over-approximated by name). Not answerable from
 * the records, so `ok: false`: a Kbuild or configuration input among the touched paths.
 */
export function selectFromRecordedDeps(units: RecordedUnit[], changed: string[], drift: string[], added: string[], configFile: string | null = null): RecordedSelection {
  const touched = new Set([...changed, ...drift]);
  const blocking = [...[...touched].filter(isKbuildMakefile), ...configurationInputs([...touched], configFile)];
  if (blocking.length > 0) {
    const shown = [...new Set(blocking)].sort();
    return { ok: false, why: `${shown.slice(0, 3).join(', ')}${shown.length > 3 ? ` and ${shown.length - 3} more` : ''} changed (Kbuild or configuration input): the full build's records may not describe this commit's objects` };
  }
  const addedNames = new Set(added.map((p) => path.posix.basename(p)));
  const selected: RecordedUnit[] = [];
  const reached = new Set<string>();
  for (const u of units) {
    if (touched.has(u.source)) reached.add(u.source);
    for (const d of u.deps) if (touched.has(d)) reached.add(d);
    if (!u.dumped) continue;
    const hit = touched.has(u.source) || u.deps.some((d) => touched.has(d) || addedNames.has(path.posix.basename(d)));
    if (hit) selected.push(u);
  }
  const dumpedReach = new Set(selected.flatMap((u) => [u.source, ...u.deps]));
  const notBuilt: { source: string; reason: string }[] = [];
  for (const source of [...touched].filter((p) => p.endsWith('.c')).sort()) {
    if (dumpedReach.has(source)) continue;
    notBuilt.push({
      source,
      reason: reached.has(source)
        ? 'the full build compiles it only without the dump flags (a host program, boot or vDSO code: not part of vmlinux or a module)'
        : 'no object of the full build of this configuration is compiled from it or includes it',
    });
  }
  selected.sort((a, b) => a.source.localeCompare(b.source) || a.object.localeCompare(b.object));
  return { ok: true, units: selected, notBuilt };
}

/**
 * Every `.name.o.cmd` of a Kbuild output dir, read (the I/O side of selectFromRecordedDeps). Only the
 * `cmd_`, `source_` and `deps_` lines matter; generated files keep their output-dir spelling.
 */
export function readRecordedUnits(srcDir: string, out: string): RecordedUnit[] {
  const units: RecordedUnit[] = [];
  // A full build's objects name about ten thousand distinct files a million times: resolve each once.
  const resolved = new Map<string, string | null>();
  const toRepo = (p: string) => {
    let r = resolved.get(p);
    if (r === undefined) resolved.set(p, (r = repoRelative(p, srcDir, out)));
    return r;
  };
  for (const rel of objectCmdFiles(out)) {
    const cmd = parseKbuildCmd(fs.readFileSync(path.join(out, rel), 'utf8'));
    if (!cmd?.source?.endsWith('.c')) continue;
    const source = toRepo(cmd.source);
    if (!source) continue;
    const object = objectOfCmd(rel);
    const deps = cmd.deps.map(toRepo).filter((d): d is string => d !== null && d !== source);
    units.push({ object, source, deps, dumped: cmd.commandLine.includes('-fdump-ipa-clones') });
  }
  return units;
}
