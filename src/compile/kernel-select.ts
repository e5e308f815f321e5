// Which objects a kernel change reaches, on either side (both then build the same ones): from the
// compiler deps recorded by base's full build when there is one (exact), else from Kbuild's own answer
// to which objects it links (KBUILD_QUERY_MK) and the include graph, confirmed after the build by each
// object's compiler deps (unitsOf in kernel-build.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Warning } from '../model.js';
import { plural } from '../report/format.js';
import { readIncludeGraph } from './includers.js';
import { readRecordedUnits, selectFromRecordedDeps, type RecordedUnit } from './recorded-deps.js';
import { KBUILD_QUERY_MK, parseKbuildWalk, repoRelative, sourceVerdict, type KbuildInventory } from './kbuild.js';
import { addedPaths, changedPaths, configurationInputs, describePaths, isKbuildMakefile, moduleOwnersIn, readOutDirState, type OutDirState } from './kbuild-outdir.js';
import { objectsUnder } from './build-inputs.js';
import { baseOutDir, record, repoPathOf, type KernelRun } from './kernel-run.js';

export interface Target {
  source: string;
  /** Relative to the output dir. */
  object: string;
  owner: string;
  /** Set for a TU selected because it may include a changed file: kept only if its deps say so. */
  includerOf?: true;
}

export interface Selection {
  targets: Target[];
  notBuilt: { source: string; reason: string }[];
  warnings: Warning[];
  /** Changed headers and included .c files (repo-relative): what includer candidates must depend on. */
  includables: Set<string>;
  candidates: number;
}

/**
 * Changed .c files Kbuild links into vmlinux or a module, every object of a directory whose Makefile
 * changed (`makefileDirs`, and below: `subdir-ccflags-y`), plus the TUs Kbuild builds that may include a
 * changed header or a changed .c it does not build on its own. Kbuild is asked through its own makefiles
 * (KBUILD_QUERY_MK), only for the directories on the way to the files in question (the whole tree when a
 * Makefile changed).
 */
export async function selectObjects(run: KernelRun, makefileDirs: string[]): Promise<Selection> {
  const { ctx, out } = run;
  ctx.phase('select');
  const present = ctx.changedPaths.filter((p) => fs.existsSync(path.join(ctx.srcDir, p)));
  const cFiles = present.filter((p) => p.endsWith('.c'));
  const includables = new Set(present.filter((p) => p.endsWith('.h')));
  const res: Selection = { targets: [], notBuilt: [], warnings: [], includables, candidates: 0 };
  const srcArch = run.arch.srcArch;

  let inv = await walkKbuild(run, makefileDirs.length > 0 ? null : ['.', ...cFiles.map((f) => path.posix.dirname(f))]);
  const unbuilt = new Map<string, string>();
  for (const source of cFiles) {
    const v = sourceVerdict(inv, source);
    if (v.built) res.targets.push({ source, object: v.object.object, owner: v.object.owner });
    else unbuilt.set(source, v.reason);
  }
  const selected = new Set(res.targets.map((t) => t.object));
  const underMakefiles = objectsUnder(inv.objects.keys(), makefileDirs).filter((o) => !selected.has(o));
  for (const object of underMakefiles) {
    const found = inv.objects.get(object);
    const source = object.replace(/\.o$/, '.c');
    // Objects assembled from a .S file are not C (the unpatchable-file rule speaks for assembly).
    if (found && fs.existsSync(path.join(ctx.srcDir, source))) res.targets.push({ source, object, owner: found.owner });
  }
  if (makefileDirs.length > 0) ctx.progress(`${describePaths(makefileDirs.map((d) => `${d}/Makefile`))} changed: ${plural(res.targets.length - selected.size, 'object')} Kbuild links from there compiled on both sides`);
  // A .c file Kbuild does not build may still be compiled as part of another TU (`#include "idle.c"`).
  for (const source of unbuilt.keys()) includables.add(source);
  if (includables.size === 0) return res;

  const started = Date.now();
  const graph = await readIncludeGraph(ctx.srcDir, out);
  const forced = inv.forcedIncludes.map((f) => repoRelative(f, ctx.srcDir, out)).filter((f): f is string => f !== null);
  const found = graph.includersOf([...includables], srcArch, forced);
  const candidateSources = [...found.files].filter((f) => f.endsWith('.c'));
  ctx.progress(`include graph: ${candidateSources.length} C files may include ${describePaths([...includables])}${found.everyUnit ? ' (through a file every TU is compiled with)' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (found.everyUnit || candidateSources.length > 0) {
    inv = await walkKbuild(run, found.everyUnit ? null : ['.', ...candidateSources.map((f) => path.posix.dirname(f))]);
  }
  const already = new Set(res.targets.map((t) => t.source));
  const includerSources = found.everyUnit ? [...inv.objects.keys()].map((o) => o.replace(/\.o$/, '.c')).filter((s) => fs.existsSync(path.join(ctx.srcDir, s))) : candidateSources;
  for (const source of includerSources.sort()) {
    if (already.has(source)) continue;
    const v = sourceVerdict(inv, source);
    if (!v.built) continue;
    res.targets.push({ source, object: v.object.object, owner: v.object.owner, includerOf: true });
    res.candidates++;
  }
  ctx.progress(`Kbuild builds ${res.candidates} of them`);
  res.targets.sort((a, b) => a.source.localeCompare(b.source));
  if (res.candidates > 500) {
    res.warnings.push({ source: 'build', message: `${res.candidates} translation units may include ${describePaths([...includables])}: a full build may be faster` });
  }
  // An unbuilt .c file is not built if nothing Kbuild builds may include it.
  for (const [source, reason] of unbuilt) {
    const includedBy = graph.includersOf([source], srcArch, forced);
    const built = [...includedBy.files].some((f) => f.endsWith('.c') && sourceVerdict(inv, f).built);
    if (!built) res.notBuilt.push({ source, reason });
  }
  return res;
}

/**
 * The objects the change reaches, from the records of base's full build (every object's `.cmd` deps:
 * what the compiler read), for either side: both then build the same objects. Null when the records
 * cannot answer (no complete full build, a Kbuild or configuration input changed, a commit unknown
 * here): the Kbuild query and the include graph decide instead.
 */
export async function selectFromFullBuild(run: KernelRun): Promise<Selection | null> {
  const { ctx } = run;
  ctx.phase('select');
  const started = Date.now();
  const baseOut = baseOutDir(ctx);
  const builtAt = readOutDirState(baseOut).fullBuildAt;
  if (!builtAt || !fs.existsSync(path.join(baseOut, 'vmlinux'))) {
    ctx.progress("includers: base's output dir holds no complete full build: asking Kbuild and the include graph");
    return null;
  }
  let drift: string[] = [];
  let added = ctx.changedPaths.filter((p) => !fs.existsSync(path.join(ctx.srcDir, p)));
  if (builtAt !== ctx.commit) {
    try {
      drift = await changedPaths(ctx.srcDir, builtAt, ctx.commit);
      added = await addedPaths(ctx.srcDir, builtAt, ctx.commit);
    } catch {
      ctx.progress(`includers: the full build's commit ${builtAt.slice(0, 12)} is not in this repository: asking Kbuild and the include graph`);
      return null;
    }
  }
  const units = recordedUnitsOf(path.join(ctx.workDir, 'base', 'src'), baseOut, builtAt);
  const selected = selectFromRecordedDeps(units, ctx.changedPaths, drift, added, repoPathOf(run));
  if (!selected.ok) {
    ctx.progress(`includers: ${selected.why}: asking Kbuild and the include graph instead`);
    return null;
  }
  const owners = moduleOwnersIn(baseOut);
  const targets = selected.units.map((u) => ({ source: u.source, object: u.object, owner: owners.get(u.object) ?? 'vmlinux' }));
  ctx.progress(
    `includers from the full build's records (${units.length} objects' compiler deps, built at ${builtAt.slice(0, 12)}): ${plural(targets.length, 'object')} read ${describePaths([...new Set([...ctx.changedPaths, ...drift])]) || 'a changed file (none changed)'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { targets, notBuilt: selected.notBuilt, warnings: [], includables: new Set(), candidates: 0 };
}

/** The full build's records, read once per process for both sides (2,700 `.o.cmd` files, 150 MB for a
 *  defconfig build): keyed by the dir and the commit its full build is at, which fixes their content. */
const recordedUnitsRead = new Map<string, RecordedUnit[]>();
function recordedUnitsOf(srcDir: string, out: string, builtAt: string): RecordedUnit[] {
  const key = `${out}\0${builtAt}`;
  let units = recordedUnitsRead.get(key);
  if (!units) {
    recordedUnitsRead.clear();
    units = readRecordedUnits(srcDir, out);
    recordedUnitsRead.set(key, units);
  }
  return units;
}

/**
 * Runs the Kbuild query (KBUILD_QUERY_MK) towards the directories `want` ('.' alone: the top level
 * only; null: every directory). Each answer file describes one directory whatever the walk was towards,
 * so answers accumulate: a walk is skipped when earlier ones (this side's, or base's in a copied dir)
 * covered `want` and no Makefile, Kbuild file or configuration input changed since (the .config is
 * re-made only with a reset of `query`).
 */
async function walkKbuild(run: KernelRun, want: string[] | null): Promise<KbuildInventory> {
  const { ctx, out } = run;
  const started = Date.now();
  const mk = path.join(out, '.livepatch-gate-query.mk');
  const answers = path.join(out, '.livepatch-gate-query');
  const wanted = want === null ? [] : [...new Set(want)].sort();
  if (want !== null && wanted.length === 0) throw new Error('walkKbuild: an empty directory list would walk the whole tree');
  const before = await validQuery(run, answers);
  const covered = before !== null && (before.want === 'all' || (want !== null && wanted.every((d) => before.want.includes(d))));
  if (!covered) {
    record(run, { query: undefined });
    if (before === null) fs.rmSync(answers, { recursive: true, force: true });
    fs.mkdirSync(answers, { recursive: true });
    fs.writeFileSync(mk, KBUILD_QUERY_MK);
    // make compares LPG_OBJTREE with its $(CURDIR), which getcwd() spells without symlinks.
    await run.make(['-s', `MAKEFILES=${mk}`, `LPG_OBJTREE=${fs.realpathSync(out)}`, `LPG_OUT=${answers}`, `LPG_WANT=${wanted.join(' ')}`, 'lpg-walk']);
  }
  const walked = want === null || before?.want === 'all' ? 'all' : [...new Set([...(before?.want ?? []), ...wanted])].sort();
  record(run, { query: { at: ctx.commit, want: walked } });
  const inv = parseKbuildWalk(fs.readdirSync(answers).map((f) => fs.readFileSync(path.join(answers, f), 'utf8')).join('\n'));
  ctx.progress(`Kbuild query${covered ? ' (answers of an earlier walk, no Makefile changed since)' : ''}: ${inv.dirs.size} directories, ${inv.objects.size} linked objects (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return inv;
}

/** The recorded query answers, if still Kbuild's answers at this commit. */
async function validQuery(run: KernelRun, answers: string): Promise<NonNullable<OutDirState['query']> | null> {
  const q = run.state.query;
  if (!q || !fs.existsSync(answers)) return null;
  if (q.at === run.ctx.commit) return q;
  const changed = await changedPaths(run.ctx.srcDir, q.at, run.ctx.commit).catch(() => null);
  if (changed === null) return null;
  return changed.some(isKbuildMakefile) || configurationInputs(changed, repoPathOf(run)).length > 0 ? null : q;
}
