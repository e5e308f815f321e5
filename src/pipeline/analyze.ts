// The whole pipeline, shared by the action and the CLI:
//   changed functions (source diff) → build base/head (what the change touches) → affected sets (base)
//   → object comparison → patch list → configuration check → coverage (fail closed).
// Hazards, policy and the report come after (src/pipeline/gate.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { mergeBase, resolveCommit, showFile } from '../adapters/git.js';
import { readSymbolFiles } from '../adapters/symbol-files.js';
import { architectureOfMachine, buildTarget, machineName, type Architecture } from '../architectures.js';
import { buildSide, type BaseBuild, type BuildPlan } from '../compile/index.js';
import { lockWorkDir } from '../compile/worktree.js';
import { cmdPath } from '../compile/kbuild-outdir.js';
import { findSourceChanges } from '../changes/find-changes.js';
import { livepatchIds } from '../changes/livepatch-ids.js';
import { affectedSet, describeChain } from '../clones/affected.js';
import { diffClones } from '../clones/diff.js';
import { dumpOf, fileOf, findNodes, nodeInfo, type CloneGraph } from '../clones/graph.js';
import { readDumpFiles } from '../clones/read-dumps.js';
import { cleanPath } from '../clones/source-path.js';
import { callersOf, importsSymbol, referencesTo } from '../compare/callers.js';
import { compareObjects } from '../compare/compare-objects.js';
import { parseElf, type ElfObject } from '../compare/elf.js';
import { codeFacts, exportFacts, symversCrcs } from '../compare/special-sections.js';
import { assignSympos, symbolFacts } from '../compare/symbol-facts.js';
import { diffIpaDecisions } from '../evidence/diff.js';
import { EVIDENCE_FLAGS } from '../evidence/dump-files.js';
import { readIpaDecisions } from '../evidence/read-dumps.js';
import { plural } from '../report/format.js';
import type {
  Analysis,
  BuildResult,
  DataDiff,
  FunctionCodeDiff,
  PatchLists,
  SourceChanges,
  TranslationUnit,
  Warning,
} from '../model.js';
import { explainCauses, flagDifference, sourcesToExplain } from './causes.js';
import { changesCompiledIn, checkAgainstConfiguration } from './configuration-check.js';
import { computePatchList, type AffectedFunction, type BaseUnitView } from './patch-list.js';
import { checkSympos, unitLayout, type SymposInput } from './sympos.js';
import { tuFlagsFromCommand } from './tu-flags.js';
import { notAnalysed } from './coverage.js';
import { describePhases, PhaseClock } from './phases.js';

export interface AnalyzeOptions {
  /** The user's checkout; never modified (builds happen in worktrees under workDir). */
  repo: string;
  /** Refs or commit ids. */
  base: string;
  head: string;
  /** Compare head against merge-base(base, head) instead of base: a PR's own change, not the base branch's later commits. */
  mergeBase?: boolean;
  /** Which commits are compared and why, for the report (from the event). */
  comparison?: string;
  /** Where worktrees, build outputs and caches go. */
  workDir: string;
  /** 'auto' detects a Linux tree (Kbuild) vs a project built by `buildCommand`. */
  kind: 'auto' | 'kernel' | 'command';
  buildCommand?: string;
  /** Kernel: path to a .config, or a make target such as 'defconfig'. */
  kernelConfig?: string;
  /** Kernel: build everything instead of only the touched objects. */
  fullBuild: boolean;
  /** Kernel, without fullBuild: 'full' makes base a full build (cached on push, reused by PRs); default 'touched'. */
  baseBuild?: BaseBuild;
  extraCflags: string[];
  /** Target architecture and toolchain prefix (src/architectures.ts); default: native. */
  arch?: string;
  crossCompile?: string;
  /** Add -fdump-ipa-pure-const / -fdump-ipa-icf-details and report decisions that differ. */
  deepEvidence: boolean;
  /** The running kernel's symbol files (System.map, /proc/kallsyms dumps, vmlinux / .ko): old_sympos is checked there. */
  symbols?: string[];
  jobs?: number;
  onProgress?: (message: string) => void;
}

interface BuiltUnit {
  unit: TranslationUnit;
  bytes: Buffer;
  elf: ElfObject;
  /** Modversions CRCs of its exports, from the Kbuild .o.cmd file (empty outside Kbuild or without MODVERSIONS). */
  crcs: Map<string, string>;
}

/** One run per work dir: a second one waits for it (see lockWorkDir), since both would build in its worktrees. */
export async function analyze(opts: AnalyzeOptions): Promise<Analysis> {
  const lock = await lockWorkDir(opts.workDir, { onProgress: opts.onProgress });
  try {
    return await analyzeInWorkDir(opts);
  } finally {
    lock.release();
  }
}

/** What every pass of one run shares: its options, progress, phase clock and collected warnings. */
interface Run {
  opts: AnalyzeOptions;
  progress: (message: string) => void;
  clock: PhaseClock;
  warnings: Warning[];
  jobs: number;
}

/** The build of one side, read: its clone graph, its objects, and what could not be read. */
interface ReadSide {
  build: BuildResult;
  graph: CloneGraph;
  objects: BuiltUnit[];
  unreadable: Map<string, string>;
  /** Clone dumps whose decisions are not all known (see readGraph), with what is wrong. */
  unusableDumps: Map<string, string>;
}

async function analyzeInWorkDir(opts: AnalyzeOptions): Promise<Analysis> {
  const run: Run = { opts, progress: opts.onProgress ?? (() => {}), clock: new PhaseClock(), warnings: [], jobs: opts.jobs ?? availableParallelism() };
  const { target, production, baseCommit, headCommit } = await resolveInputs(opts);
  const changes = await diffSources(run, baseCommit, headCommit);
  const [baseBuild, headBuild] = await buildBothSides(run, changes, baseCommit, headCommit);
  const [base, head] = await readBothSides(run, baseBuild, headBuild, target);
  const compared = compareBothSides(run, base, head, changes);
  const { lists, sympos } = await planPatch(run, base, head, changes, compared, production);
  const facts = collectFacts(run, base, head, changes, lists, compared.codeDiffs);
  const configured = await checkAgainstConfiguration(changes, baseBuild, headBuild, { jobs: run.jobs, warnings: run.warnings, onProgress: run.progress });
  const unanalysed = failClosed(changes, base, head);
  const explained = await explainWhatChanged(run, base, head, lists, compared, configured);
  const notBuilt = ownNotBuilt(changes, [...baseBuild.notBuilt, ...headBuild.notBuilt], run.warnings);
  const livepatchIds = await changedLivepatchIds(opts.repo, headCommit, changes);
  run.clock.end();
  run.progress(describePhases(run.clock.times()));
  return {
    repo: opts.repo,
    baseCommit,
    headCommit,
    ...(opts.comparison ? { comparison: opts.comparison } : opts.mergeBase ? { comparison: `head against the merge-base of ${opts.base} and ${opts.head}` } : {}),
    buildKind: headBuild.kind,
    changes: configured.changes,
    ...explained.lists,
    codeDiffs: compared.codeDiffs,
    dataDiffs: explained.dataDiffs,
    cloneChanges: compared.cloneChanges,
    symbolFacts: [...compared.baseFacts, ...compared.headFacts],
    ...facts,
    notBuilt,
    notAnalysed: unanalysed,
    livepatchIds,
    sympos,
    warnings: distinctWarnings(run.warnings),
  };
}

/** Resolved before any build: a bad arch, symbol file or ref fails in a second. */
async function resolveInputs(opts: AnalyzeOptions) {
  const target = buildTarget(opts.arch, opts.crossCompile);
  const production = opts.symbols?.length ? await readSymbolFiles(opts.symbols) : undefined;
  const headCommit = await resolveCommit(opts.repo, opts.head);
  const baseCommit = opts.mergeBase ? await mergeBase(opts.repo, await resolveCommit(opts.repo, opts.base), headCommit) : await resolveCommit(opts.repo, opts.base);
  return { target, production, baseCommit, headCommit };
}

/** The source diff: changed functions and non-function changes (its warnings stay with it: the report lists them first). */
async function diffSources(run: Run, baseCommit: string, headCommit: string): Promise<SourceChanges> {
  run.clock.enter('changes');
  run.progress(`changes: diffing ${baseCommit.slice(0, 12)}..${headCommit.slice(0, 12)}`);
  return findSourceChanges(run.opts.repo, baseCommit, headCommit, { onProgress: run.progress });
}

/** Base, then head, with clone dumps: only what the change touches unless a full build is asked for. */
async function buildBothSides(run: Run, changes: SourceChanges, baseCommit: string, headCommit: string): Promise<[BuildResult, BuildResult]> {
  const { opts, progress } = run;
  const plan: BuildPlan = {
    repo: opts.repo,
    workDir: opts.workDir,
    kind: opts.kind,
    command: opts.buildCommand,
    kernelConfig: opts.kernelConfig,
    fullBuild: opts.fullBuild,
    baseBuild: opts.baseBuild,
    changedPaths: [...new Set(changes.files.flatMap((f) => (f.basePath ? [f.path, f.basePath] : [f.path])))],
    extraCflags: [...opts.extraCflags, ...(opts.deepEvidence ? EVIDENCE_FLAGS : [])],
    arch: opts.arch,
    crossCompile: opts.crossCompile,
    jobs: opts.jobs,
    onProgress: progress,
    onPhase: (phase) => {
      run.clock.enter(phase);
      progress(`phase: ${phase}`);
    },
  };
  const built: BuildResult[] = [];
  for (const [side, commit] of [['base', baseCommit], ['head', headCommit]] as const) {
    const b = await buildSide(plan, side, commit);
    run.warnings.push(...b.warnings);
    progress(`${side}: ${plural(b.units.length, 'translation unit')} built in ${b.seconds.toFixed(1)} s`);
    built.push(b);
  }
  return [built[0], built[1]];
}

/** Clone graphs and objects of both sides; objects of another machine than the target are an error. */
async function readBothSides(run: Run, baseBuild: BuildResult, headBuild: BuildResult, target: ReturnType<typeof buildTarget>): Promise<[ReadSide, ReadSide]> {
  run.clock.enter('analysis');
  run.progress('phase: analysis');
  const [baseDumps, headDumps] = await Promise.all([readGraph(baseBuild, run.warnings), readGraph(headBuild, run.warnings)]);
  const [baseRead, headRead] = await Promise.all([readObjects(baseBuild), readObjects(headBuild)]);
  checkMachines(baseRead.objects, headRead.objects, target?.arch);
  return [
    { build: baseBuild, ...baseDumps, ...baseRead },
    { build: headBuild, ...headDumps, ...headRead },
  ];
}

/** Function by function and data object by data object; symbol facts (sympos in link order) and clone decisions. */
function compareBothSides(run: Run, base: ReadSide, head: ReadSide, changes: SourceChanges) {
  run.progress('compare: comparing base and head objects function by function');
  const { codeDiffs, dataDiffs } = compareSides(base.objects, head.objects, changes);
  const baseFacts = assignSympos(inLinkOrder(base.objects).flatMap((b) => symbolFacts(b.elf, 'base', b.unit.owner, b.unit.source)));
  const headFacts = assignSympos(inLinkOrder(head.objects).flatMap((b) => symbolFacts(b.elf, 'head', b.unit.owner, b.unit.source)));
  const mentions = dumpMentionIndex(base.graph);
  const views = base.objects.map((b) => baseUnitView(b, base.graph, mentions));
  const cloneChanges = diffClones(base.graph, head.graph, cloneQuestions(changes, views));
  return { codeDiffs, dataDiffs, baseFacts, headFacts, views, cloneChanges };
}
type Compared = ReturnType<typeof compareBothSides>;

/** The patch list on base, then old_sympos checked against a symbol table (production, the full build's, or none). */
async function planPatch(run: Run, base: ReadSide, head: ReadSide, changes: SourceChanges, compared: Compared, production: Awaited<ReturnType<typeof readSymbolFiles>> | undefined) {
  // The fast path sees only the objects it rebuilt: old_sympos cannot count a repeat of a static name
  // in the rest of vmlinux or the module (a symbol table can, below), and the referrers of a global in
  // other objects are not seen.
  const kernelFastPath = !run.opts.fullBuild && base.build.kind === 'kernel';
  const patchLists = computePatchList({
    changed: changes.functions,
    units: compared.views,
    headOwners: new Map(head.build.units.map((u) => [u.source, u.owner])),
    cloneChanges: compared.cloneChanges,
    codeDiffs: compared.codeDiffs,
    baseFacts: compared.baseFacts,
    lineOf: lineLookup(base.graph, changes),
    wholeBuild: !kernelFastPath,
    kernelBuild: base.build.kind === 'kernel',
  });
  const checked = checkSympos(patchLists, {
    tables: production
      ? { source: 'production', byObject: production, files: run.opts.symbols as string[] }
      : base.build.linked
        ? await buildSymbolTables(base.build, patchLists)
        : undefined,
    unitLayout: definedNames(base.objects),
    baseFacts: compared.baseFacts,
    partialBuild: kernelFastPath,
    countsInLinkOrder: !kernelFastPath && base.build.units.every((u) => u.linkOrder !== undefined),
  });
  return { lists: checked.lists, sympos: checked.check };
}

/** Fail closed: what was not compiled and compared on both sides is named, and makes the verdict 'error'. */
function failClosed(changes: SourceChanges, base: ReadSide, head: ReadSide): Analysis['notAnalysed'] {
  return notAnalysed(
    changes,
    { side: 'base', build: base.build, unreadable: base.unreadable, unusableDumps: base.unusableDumps, kernel: base.build.kind === 'kernel' },
    { side: 'head', build: head.build, unreadable: head.unreadable, unusableDumps: head.unusableDumps, kernel: head.build.kind === 'kernel' },
  );
}

/**
 * What no changed function explains is asked of the compiler: which non-function change (a struct's
 * layout, a macro, data) does its unit compile differently? Data objects get the functions that refer to them.
 */
async function explainWhatChanged(run: Run, base: ReadSide, head: ReadSide, lists: PatchLists, compared: Compared, configured: Awaited<ReturnType<typeof checkAgainstConfiguration>>) {
  const toExplain = sourcesToExplain(lists, compared.dataDiffs, configured.changes.other);
  const started = Date.now();
  const compiled = await changesCompiledIn(configured, base.build, head.build, toExplain, run.jobs);
  if (toExplain.size > 0) run.progress(`causes: ${plural(toExplain.size, 'unit')} with code or data no changed function explains; ${compiled.size} compile a changed struct, macro or data differently (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return explainCauses(lists, withDataReferrers(compared.dataDiffs, base.objects), { other: configured.changes.other, compiled, codeDiffs: compared.codeDiffs, flags: flagsChanged(base.build, head.build) });
}

/** Units compiled with other flags at head (a Makefile's ccflags, a per-file CFLAGS_x.o), by source. */
function flagsChanged(base: BuildResult, head: BuildResult): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const roots = (b: BuildResult) => [b.outputDir, b.sourceDir];
  const headUnits = new Map(head.units.map((u) => [`${u.source}\0${u.owner}`, u]));
  for (const u of base.units) {
    const h = headUnits.get(`${u.source}\0${u.owner}`);
    if (!h) continue;
    const diff = flagDifference({ argv: u.command, roots: roots(base) }, { argv: h.command, roots: roots(head) });
    if (diff.length > 0) out.set(u.source, diff);
  }
  return out;
}

/** What the hazard rules read beside the patch list: compile flags, code facts, exports, IPA evidence. */
function collectFacts(run: Run, base: ReadSide, head: ReadSide, changes: SourceChanges, lists: PatchLists, codeDiffs: FunctionCodeDiff[]) {
  return {
    tuFlags: [...base.build.units.map((u) => tuFlagsFromCommand('base', u.source, u.command)), ...head.build.units.map((u) => tuFlagsFromCommand('head', u.source, u.command))],
    codeFacts: collectCodeFacts(base.objects, head.objects, [...lists.patch, ...lists.newFunctions, ...lists.vanished, ...lists.notNeeded], codeDiffs, changes),
    exports: [
      ...base.objects.flatMap((b) => exportFacts(b.elf, 'base', b.unit.owner, b.unit.source, b.crcs)),
      ...head.objects.flatMap((h) => exportFacts(h.elf, 'head', h.unit.owner, h.unit.source, h.crcs)),
    ],
    ipaEvidence: run.opts.deepEvidence ? collectIpaEvidence(base.objects, head.objects, run.warnings) : [],
  };
}

/**
 * The PR's own changed sources the configuration does not build (once each). A source that only includes
 * a changed file is not news: those are counted in one warning.
 */
function ownNotBuilt(changes: SourceChanges, all: BuildResult['notBuilt'], warnings: Warning[]): BuildResult['notBuilt'] {
  const changed = new Set(changes.files.flatMap((f) => (f.basePath ? [f.path, f.basePath] : [f.path])));
  const seen = new Set<string>();
  const own: BuildResult['notBuilt'] = [];
  const others: string[] = [];
  for (const n of all) {
    if (seen.has(n.source)) continue;
    seen.add(n.source);
    if (changed.has(n.source)) own.push(n);
    else others.push(n.source);
  }
  if (others.length > 0) {
    const shown = others.slice(0, 3).join(', ');
    warnings.push({ source: 'build', message: `${plural(others.length, 'source')} that may include a changed file ${others.length === 1 ? 'is' : 'are'} not built by this configuration (${shown}${others.length > 3 ? ', …' : ''}); they are not analysed` });
  }
  return own;
}

/**
 * Each changed or removed data object with the functions of the base build whose code refers to it: in its
 * own object, and for a global in every object that links against it.
 */
function withDataReferrers(dataDiffs: DataDiff[], base: BuiltUnit[]): DataDiff[] {
  return dataDiffs.map((d) => {
    if (d.status === 'added') return d;
    const own = base.find((b) => b.unit.source === d.source && b.unit.owner === d.owner);
    if (!own) return d;
    const global = own.elf.symbols.some((s) => s.name === d.symbol && s.binding !== 'LOCAL' && s.sectionIndex > 0);
    const referrers: NonNullable<DataDiff['referrers']> = [];
    for (const b of base) {
      if (b !== own && !(global && b.unit.owner === d.owner && importsSymbol(b.elf, d.symbol))) continue;
      for (const symbol of callersOf(b.elf, d.symbol)) referrers.push({ symbol, source: b.unit.source });
    }
    return referrers.length > 0 ? { ...d, referrers } : d;
  });
}

/** Shadow-variable / klp_state ids in the C sources and headers the change touches, at head. */
async function changedLivepatchIds(repo: string, headCommit: string, changes: SourceChanges): Promise<Analysis['livepatchIds']> {
  const files = changes.files.filter((f) => f.status !== 'deleted' && (f.language === 'c' || f.language === 'header'));
  const texts = await Promise.all(files.map((f) => showFile(repo, headCommit, f.path)));
  return files.flatMap((f, i) => (texts[i] === null ? [] : livepatchIds(f.path, texts[i] as string)));
}

/**
 * The side's clone graph, and the dumps whose decisions it does not all have (the coverage pass makes
 * their units NOT ANALYSED): those the reader skipped, and those with malformed lines. GCC writes a
 * dump as it compiles, so a broken line is a cut (a full disk, a killed compiler) or a corruption, and
 * what was lost with it is unknown however many lines read well.
 */
async function readGraph(build: BuildResult, warnings: Warning[]): Promise<{ graph: CloneGraph; unusableDumps: Map<string, string> }> {
  const files = build.units.filter((u) => u.dump !== null).map((u) => ({ path: u.dump as string, source: u.source }));
  for (const u of build.units) {
    // Assembly has no IPA decisions to dump; only a C unit without a dump is a gap.
    if (u.dump === null && /\.c$/.test(u.source)) warnings.push({ source: 'dump', file: u.source, message: `${build.side}: no -fdump-ipa-clones output for ${u.source}; its clones and inlining are unknown` });
  }
  const unusableDumps = new Map<string, string>();
  const graph = await readDumpFiles(files, {
    sourceRoot: build.sourceDir,
    compileDir: build.outputDir,
    onWarning: (w) => warnings.push(w),
    onSkipped: (path, why) => unusableDumps.set(path, `cannot be read: ${why}`),
  });
  for (const d of graph.dumps) {
    const first = d.firstMalformed;
    if (first === null) continue;
    unusableDumps.set(d.path, `has ${plural(d.malformedLines, 'malformed line')} (${d.malformedLines === 1 ? '' : 'the first: '}line ${first.line}: ${first.message})`);
  }
  return { graph, unusableDumps };
}

/** A full kernel build's own vmlinux and modules, for the objects the patch list touches. */
async function buildSymbolTables(base: BuildResult, lists: PatchLists): Promise<NonNullable<SymposInput['tables']>> {
  const files = [...new Set(lists.patch.map((o) => join(base.outputDir, o.object)))].filter((f) => existsSync(f));
  return { source: 'build', byObject: await readSymbolFiles(files), files };
}

/** Per base TU, the names its object defines in layout order: what tells its entry apart among equal names. */
function definedNames(objects: BuiltUnit[]): (source: string) => readonly string[] {
  const bySource = new Map(objects.map((b) => [b.unit.source, b.elf]));
  const memo = new Map<string, string[]>();
  return (source) => {
    let names = memo.get(source);
    if (!names) {
      const elf = bySource.get(source);
      memo.set(source, (names = elf ? unitLayout(elf) : []));
    }
    return names;
  };
}

/**
 * Objects in the order their owner links them (kallsyms order, which old_sympos counts in); objects
 * whose place the build did not show keep their order after the placed ones.
 */
function inLinkOrder(objects: BuiltUnit[]): BuiltUnit[] {
  const place = (b: BuiltUnit) => b.unit.linkOrder ?? Number.MAX_SAFE_INTEGER;
  return objects.map((b, i) => ({ b, i })).sort((x, y) => place(x.b) - place(y.b) || x.i - y.i).map((x) => x.b);
}

/** Thrown when base and head objects cannot be compared at all: built for different machines. */
export class ObjectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectError';
  }
}

/**
 * Every built object, parsed. One that cannot be read (empty, truncated, corrupt, another machine) is
 * kept aside with why: its functions are not compared, and the coverage pass makes that an 'error'.
 */
async function readObjects(build: BuildResult): Promise<{ objects: BuiltUnit[]; unreadable: Map<string, string> }> {
  const objects: BuiltUnit[] = [];
  const unreadable = new Map<string, string>();
  for (const unit of build.units) {
    try {
      const bytes = await readFile(unit.object);
      objects.push({ unit, bytes, elf: parseElf(bytes, unit.object), crcs: await readCrcs(unit.object) });
    } catch (err) {
      unreadable.set(unit.object, (err as Error).message);
    }
  }
  return { objects, unreadable };
}

/** `#SYMVER` lines Kbuild's genksyms step appended to `dir/.name.o.cmd`; none when there is no such file. */
async function readCrcs(object: string): Promise<Map<string, string>> {
  try {
    return symversCrcs(await readFile(cmdPath(dirname(object), basename(object)), 'utf8'));
  } catch {
    return new Map();
  }
}

/**
 * Code facts (special sections, references) of every function in the TUs the patch touches, on both
 * sides: whole TUs, because what starts a kthread or owns a key usually sits beside the patched function.
 */
function collectCodeFacts(base: BuiltUnit[], head: BuiltUnit[], patch: Analysis['patch'], codeDiffs: FunctionCodeDiff[], changes: SourceChanges): Analysis['codeFacts'] {
  const touched = new Set<string>([...patch.flatMap((o) => o.functions.map((f) => f.file)), ...codeDiffs.filter((d) => d.status !== 'unchanged').map((d) => d.source)]);
  for (const f of changes.files) if (f.basePath && touched.has(f.basePath)) touched.add(f.path);
  return [
    ...base.filter((b) => touched.has(b.unit.source)).flatMap((b) => codeFacts(b.elf, 'base', b.unit.owner, b.unit.source)),
    ...head.filter((h) => touched.has(h.unit.source)).flatMap((h) => codeFacts(h.elf, 'head', h.unit.owner, h.unit.source)),
  ];
}

/**
 * Base and head must come from one compiler for one machine: an object of another machine (a wrong
 * CC, a stale object of another ARCH) would compare as "everything changed" or, worse, as equal.
 * Expected: the `arch` asked for, else the first base object's.
 */
function checkMachines(base: BuiltUnit[], head: BuiltUnit[], expected: Architecture | undefined): void {
  const sides = [...base.map((b) => ['base', b] as const), ...head.map((h) => ['head', h] as const)];
  if (sides.length === 0) return;
  const [firstSide, first] = sides[0];
  const want = expected ?? architectureOfMachine(first.elf.machine, first.elf.bigEndian);
  for (const [side, b] of sides) {
    if (b.elf.machine === want?.machine && b.elf.bigEndian === want.bigEndian) continue;
    const got = `${machineName(b.elf.machine)}, ${b.elf.bigEndian ? 'big' : 'little'}-endian`;
    const why = expected ? `this run builds for ${expected.name} (arch)` : `the ${firstSide} object ${first.elf.path} is ${want?.name ?? machineName(first.elf.machine)}`;
    throw new ObjectError(
      `${side} object of ${b.unit.source} (${b.elf.path}) is ${got}, but ${why}: base and head must be built by the same compiler for one architecture (check arch, cross-compile and the build command's CC)`,
    );
  }
}

/** One copy of each warning both sides raised (same source, text and place). */
function distinctWarnings(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = JSON.stringify([w.source, w.file, w.line, w.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Pure/const/noreturn and ICF decisions that differ, per TU built on both sides. */
function collectIpaEvidence(base: BuiltUnit[], head: BuiltUnit[], warnings: Warning[]): Analysis['ipaEvidence'] {
  const headBySource = new Map(head.map((h) => [h.unit.source, h.unit]));
  const out: Analysis['ipaEvidence'] = [];
  for (const { unit } of base) {
    const h = headBySource.get(unit.source);
    if (!h) continue;
    const b = readIpaDecisions(unit.object, unit.source);
    const hd = readIpaDecisions(h.object, h.source);
    if (b.found.length === 0 || hd.found.length === 0) {
      warnings.push({ source: 'evidence', file: unit.source, message: `no -fdump-ipa-pure-const / -fdump-ipa-icf-details output found next to ${b.found.length === 0 ? unit.object : h.object}` });
      continue;
    }
    out.push(...diffIpaDecisions(unit.source, b, hd));
  }
  return out;
}

/** Per TU present on both sides (renames followed), the function and data differences. */
function compareSides(base: BuiltUnit[], head: BuiltUnit[], changes: SourceChanges): { codeDiffs: FunctionCodeDiff[]; dataDiffs: DataDiff[] } {
  const renamedTo = new Map(changes.files.filter((f) => f.basePath).map((f) => [f.basePath as string, f.path]));
  const changedFile = new Map(changes.files.map((f) => [f.path, f]));
  const headBySource = new Map(head.map((h) => [h.unit.source, h]));
  const codeDiffs: FunctionCodeDiff[] = [];
  const dataDiffs: DataDiff[] = [];
  for (const b of base) {
    const headSource = renamedTo.get(b.unit.source) ?? b.unit.source;
    const h = headBySource.get(headSource);
    if (!h) continue;
    // Byte-identical objects cannot differ function by function: every function is unchanged (the patch
    // list must say so rather than 'unknown' for a source change that compiles to the same code).
    if (b.bytes.equals(h.bytes)) {
      const names = new Set(b.elf.symbols.filter((s) => s.type === 'FUNC' && s.sectionIndex > 0).map((s) => s.name));
      for (const symbol of names) codeDiffs.push({ owner: b.unit.owner, source: b.unit.source, symbol, status: 'unchanged' });
      continue;
    }
    const file = changedFile.get(headSource);
    const result = compareObjects(b.elf, h.elf, { owner: b.unit.owner, source: b.unit.source, lineShift: file?.lineShift });
    codeDiffs.push(...result.functions);
    dataDiffs.push(...result.data);
  }
  return { codeDiffs, dataDiffs };
}

/**
 * Which TU sources' dumps mention a symbol (optionally at a FILE): computed once per question over
 * the whole graph, then asked per unit (a header change on a full build asks every unit).
 */
function dumpMentionIndex(graph: CloneGraph): (name: string, file?: string) => ReadonlySet<string | null> {
  const memo = new Map<string, Set<string | null>>();
  return (name, file) => {
    const key = `${name}\0${file ?? ''}`;
    let sources = memo.get(key);
    if (!sources) {
      sources = new Set();
      for (const n of findNodes(graph, name)) if (!file || fileOf(graph, n) === file) sources.add(dumpOf(graph, n).source);
      memo.set(key, sources);
    }
    return sources;
  };
}

function baseUnitView(built: BuiltUnit, graph: CloneGraph, mentions: ReturnType<typeof dumpMentionIndex>): BaseUnitView {
  const { unit, elf } = built;
  const functions = new Set(elf.symbols.filter((s) => s.type === 'FUNC' && s.sectionIndex > 0).map((s) => s.name));
  const affectedCache = new Map<string, AffectedFunction[]>();
  const dumpSource = cleanPath(unit.source);
  return {
    source: unit.source,
    owner: unit.owner,
    functions,
    deps: unit.deps,
    dumpMentions: (name, file) => mentions(name, file).has(dumpSource),
    // Asked once for the clone questions and again for the patch list: compute each set once.
    affected: (name): AffectedFunction[] => {
      let hits = affectedCache.get(name);
      if (hits) return hits;
      const roots = findNodes(graph, name, { source: unit.source });
      hits = roots.length === 0 ? [] : affectedSet(graph, roots).entries.map((e): AffectedFunction => {
        const info = nodeInfo(graph, e.node);
        return { name: info.name, removed: e.removed, via: e.kind === 'clone' ? 'clone' : 'inline', reason: e.reason, chain: describeChain(graph, e.chain) };
      });
      affectedCache.set(name, hits);
      return hits;
    },
    callersOf: (symbol) => callersOf(elf, symbol),
    referencesTo: (symbol) => referencesTo(elf, symbol),
    imports: (symbol) => importsSymbol(elf, symbol),
  };
}

/** The functions whose clone/inline decisions must be compared across base and head. */
function cloneQuestions(changes: SourceChanges, views: BaseUnitView[]): { source: string; name: string }[] {
  const out = new Map<string, { source: string; name: string }>();
  const ask = (source: string, name: string) => out.set(`${source}\0${name}`, { source, name });
  for (const fn of changes.functions) {
    if (fn.status === 'added') continue;
    const file = fn.baseFile ?? fn.file;
    for (const v of views) {
      for (const symbol of fn.symbols) {
        if (v.source === file || (fn.inHeader && v.dumpMentions(symbol, file))) {
          ask(v.source, symbol);
          // Clones of what the changed function was inlined into can change too.
          for (const hit of v.affected(symbol)) if (hit.via === 'inline') ask(v.source, hit.name);
        }
      }
    }
  }
  return [...out.values()];
}

/** Definition lines: from the diff for changed functions, else from the base dump. */
function lineLookup(graph: CloneGraph, changes: SourceChanges): (source: string, symbol: string) => number | undefined {
  const changed = new Map<string, SourceChanges['functions'][number]>();
  for (const f of changes.functions) for (const s of f.symbols) if (!changed.has(`${f.baseFile ?? f.file}\0${s}`)) changed.set(`${f.baseFile ?? f.file}\0${s}`, f);
  return (source, symbol) => {
    const fn = changed.get(`${source}\0${symbol}`);
    if (fn) return fn.baseLines?.[0] ?? fn.headLines?.[0];
    const node = findNodes(graph, symbol, { source })[0];
    return node === undefined ? undefined : nodeInfo(graph, node).line || undefined;
  };
}

