// Linux (Kbuild) builds, out of tree in <workDir>/<side>/src/.lpg-out (linked as <side>/out). Fast path:
// only the objects the PR can change (which ones: kernel-select.ts); full build: vmlinux + modules.
import fs from 'node:fs';
import path from 'node:path';
import { targetArchitecture } from '../architectures.js';
import type { BuildGap, TranslationUnit, Warning } from '../model.js';
import { plural } from '../report/format.js';
import { dumpPathFor, parseCompileArgv } from './compile-command.js';
import type { SideContext } from './context.js';
import { invalidateUnproven, provenObjects, recordProven } from './object-ledger.js';
import { kbuildProgressLine, parseDotConfig, parseKbuildCmd, repoRelative, shellSplit } from './kbuild.js';
import {
  alignTimestamps,
  changedPaths,
  configStampOf,
  configuredFor,
  cmdPath,
  copyOutDir,
  copyPreparedFiles,
  describePaths,
  moduleOwnersIn,
  objectCmdFiles,
  objectOfCmd,
  OUT_DIR_NAME,
  preparedArchitectures,
  readOutDirState,
} from './kbuild-outdir.js';
import { runLogged } from './logged-process.js';
import { classifyBuildInputs, configDifference, namedInCmdFiles, prepareInputsChanged, type BuildInputs } from './build-inputs.js';
import { baseOutDir, record, repoPathOf, type KernelOptions, type KernelRun, type MakeRunner } from './kernel-run.js';
import { selectFromFullBuild, selectObjects, type Selection, type Target } from './kernel-select.js';

export type { KernelOptions } from './kernel-run.js';

export interface KernelBuildOutput {
  outputDir: string;
  /** vmlinux and the modules were linked in outputDir from these units (full build). */
  linked?: boolean;
  units: TranslationUnit[];
  notBuilt: { source: string; reason: string }[];
  /** Changed files whose effect the fast path cannot bound (build inputs): NOT ANALYSED, with why. */
  gaps: BuildGap[];
  warnings: Warning[];
}

/** Symbols LIVEPATCH needs on x86_64 / arm64 / ppc64 / s390 (it depends on DYNAMIC_FTRACE_WITH_REGS/ARGS). */
const LIVEPATCH_SYMBOLS = ['FTRACE', 'FUNCTION_TRACER', 'DYNAMIC_FTRACE', 'KALLSYMS', 'KALLSYMS_ALL', 'MODULES', 'SYSFS', 'LIVEPATCH'];

/**
 * Reproducible build stamps so outputs of two runs compare equal. No git for Kbuild: scripts/setlocalversion
 * would put each side's commit id into the release string (CONFIG_LOCALVERSION_AUTO, or the "+" of an
 * untagged tree), which differs between base and head by construction, not by the PR's change, and makes
 * head's prepare rewrite include/config/kernel.release and utsrelease.h and rebuild what includes them.
 */
const KBUILD_ENV = {
  KBUILD_BUILD_TIMESTAMP: 'Thu Jan  1 00:00:00 UTC 1970',
  KBUILD_BUILD_USER: 'livepatch-gate',
  KBUILD_BUILD_HOST: 'livepatch-gate',
  GIT_DIR: '/dev/null',
};

/**
 * The kernel build as passes: empty an output dir built for another architecture, adopt one (this
 * side's, or a copy of base's prepared one), align its timestamps with the sources, configure, prepare,
 * select the objects Kbuild builds from the changed files, build them. Every change to the output dir's state goes through `record`.
 */
export async function buildKernel(ctx: SideContext, opts: KernelOptions): Promise<KernelBuildOutput> {
  const run = openRun(ctx, opts);
  ctx.phase('output dir');
  dropOtherArchitecture(run);
  await adoptOutDir(run);
  await alignWithSources(run);
  await configure(run);
  checkLivepatch(run);
  if (opts.fullBuild) {
    await buildEverything(run);
    return { outputDir: run.out, linked: true, units: collectAllUnits(ctx, run.out, run.warnings), notBuilt: run.notBuilt, gaps: [], warnings: run.warnings };
  }
  const fullBase = opts.baseFull === true && ctx.side === 'base';
  if (fullBase) await ensureFullBuild(run);
  else await prepare(run);
  checkPreparedArchitecture(run);
  const inputs = changedBuildInputs(run);
  const selection = (opts.baseFull ? await selectFromFullBuild(run) : null) ?? (await selectObjects(run, inputs.dirs));
  run.notBuilt.push(...selection.notBuilt);
  run.warnings.push(...selection.warnings);
  await buildObjects(run, selection.targets);
  const units = unitsOf(run, selection);
  // Base's vmlinux and modules are the full build at this commit: old_sympos is counted there.
  return { outputDir: run.out, ...(fullBase ? { linked: true } : {}), units, notBuilt: run.notBuilt, gaps: unboundedInputs(run, inputs), warnings: run.warnings };
}

/** The changed build inputs (src/compile/build-inputs.ts), the output dir's recorded commands asked for
 *  the scripts and generator inputs the build runs or reads. */
function changedBuildInputs(run: KernelRun): BuildInputs {
  return classifyBuildInputs(run.ctx.changedPaths, run.arch.srcArch, repoPathOf(run), (paths) => namedInCmdFiles(run.out, paths));
}

/**
 * What the fast path cannot bound, as gaps (the verdict is then "could not analyse"), said once, by
 * head: a change to how every object is built, or a configuration that differs between the sides.
 * A Kconfig change that leaves the .config as it was changes nothing and is only noted.
 */
function unboundedInputs(run: KernelRun, inputs: BuildInputs): BuildGap[] {
  const { ctx } = run;
  if (ctx.side !== 'head') return [];
  const advice =
    'run with full-build: true (--full-build), which compiles and compares every object: the kernel fast path compiles only what the changed C files, headers and directory Makefiles reach, so it cannot tell which functions this changes';
  const gaps: BuildGap[] = inputs.global.map((source) => ({
    source,
    reason: `${source} can change how any object is built (a top-level or architecture Makefile, a make include, or a script, host program or generator input the build's commands name)`,
    advice,
  }));
  if (inputs.config.length > 0) {
    const read = (dir: string) => parseDotConfig(fs.readFileSync(path.join(dir, '.config'), 'utf8'));
    const differ = configDifference(read(baseOutDir(ctx)), read(run.out));
    if (differ.length === 0) ctx.progress(`${describePaths(inputs.config)} changed, the configuration did not (base's and head's .config are equal)`);
    else {
      const shown = `${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ` and ${differ.length - 5} more` : ''}`;
      gaps.push(...inputs.config.map((source) => ({ source, reason: `head's configuration differs from base's (${shown})`, advice })));
    }
  }
  return gaps;
}

function openRun(ctx: SideContext, opts: KernelOptions): KernelRun {
  const out = path.join(ctx.srcDir, OUT_DIR_NAME);
  fs.mkdirSync(out, { recursive: true });
  linkOldLayout(ctx.sideDir, out);
  const env = { ...process.env, ...KBUILD_ENV };
  // Run in the output dir with the tree's Makefile, as Kbuild's own O= sub-make does: options that make
  // does not pass to sub-makes (-o, used to skip prepare) then reach the make that has those targets.
  const make: MakeRunner = (args, progress = false, line = kbuildProgressLine) =>
    runLogged({
      side: ctx.side,
      argv: ['make', '-C', out, '-f', path.join(ctx.srcDir, 'Makefile'), `-j${ctx.jobs}`, `KCFLAGS=${ctx.flags.join(' ')}`, ...crossMakeArgs(ctx), ...args],
      cwd: out,
      env,
      logFile: ctx.logFile,
      progress: progress ? line : undefined,
      onProgress: progress ? ctx.progress : undefined,
    });
  const configSpec = opts.kernelConfig ?? 'defconfig';
  const configFile = resolveConfigFile(configSpec, ctx);
  const configStamp = configStampOf({
    configSpec,
    text: configFile ? fs.readFileSync(configFile, 'utf8') : null,
    flags: ctx.flags,
    ...(ctx.target ? { arch: ctx.target.arch.kernelArch, cross: ctx.target.crossCompile } : {}),
  });
  return { ctx, opts, arch: targetArchitecture(ctx.target), out, make, configFile, configStamp, state: readOutDirState(out), warnings: [], notBuilt: [] };
}

/** `<side>/out` stays the documented name of the output dir: a link to the real one in the worktree. */
function linkOldLayout(sideDir: string, out: string): void {
  const link = path.join(sideDir, 'out');
  const target = path.relative(sideDir, out);
  let st: fs.Stats | null = null;
  try {
    st = fs.lstatSync(link);
  } catch {
    // absent
  }
  if (st?.isSymbolicLink() && fs.readlinkSync(link) === target) return;
  // An output dir of an earlier version (absolute paths everywhere): nothing in it can be reused.
  if (st) fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link);
}

/**
 * Head reuses base's configured and prepared output dir (a copy) when its own is not configured for
 * it and base's is: same configuration, flags and toolchain, and no configuration input
 * (configurationInputs) differs between the commit base configured at and head. Make redoes what the
 * remaining differences reach (alignWithSources).
 */
async function adoptOutDir(run: KernelRun): Promise<void> {
  const { ctx } = run;
  if (ctx.side !== 'head' || run.opts.fullBuild) return;
  const own = await configuredFor(ctx.srcDir, run.state, run.configStamp, ctx.commit, repoPathOf(run));
  if (own.ok && run.state.preparedAt) return;
  const baseOut = baseOutDir(ctx);
  const baseState = readOutDirState(baseOut);
  if (!baseState.preparedAt) return;
  const shared = await configuredFor(ctx.srcDir, baseState, run.configStamp, ctx.commit, repoPathOf(run));
  if (!shared.ok) {
    ctx.progress(`configuring on its own, not sharing base's output dir: ${shared.why}`);
    return;
  }
  const started = Date.now();
  if (baseState.fullBuildAt) {
    // A full build is hundreds of MB of objects head never uses (it compiles and proves its own targets):
    // only what configure and prepare wrote is copied, and head's state says it is prepared at that commit.
    const copied = copyPreparedFiles(baseOut, run.out);
    record(run, { configStamp: baseState.configStamp, configuredAt: baseState.configuredAt, preparedAt: baseState.fullBuildAt, fullBuildAt: undefined, query: undefined, sources: [baseState.fullBuildAt] });
    ctx.progress(`sharing base's configuration and prepared files (${shared.why}): ${copied.files} files, ${(copied.bytes / 1e6).toFixed(1)} MB of base's full build copied (no objects) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  await copyOutDir(baseOut, run.out, (argv) => runLogged({ side: ctx.side, argv, cwd: ctx.sideDir, env: process.env, logFile: ctx.logFile }));
  run.state = readOutDirState(run.out);
  ctx.progress(`sharing base's configuration and prepared output dir (${shared.why}): copied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * An output dir that holds a build for another architecture is emptied: Kbuild configures over it and
 * leaves that build's objects and generated headers in place (a work dir used for two architectures),
 * and every pass after this one reads the dir as this architecture's (its arch/ Makefiles and headers,
 * its .cmd files).
 */
function dropOtherArchitecture(run: KernelRun): void {
  const others = preparedArchitectures(run.out).filter((a) => a !== run.arch.srcArch);
  if (others.length === 0) return;
  run.ctx.progress(`output dir holds a build for ${others.map((a) => `arch/${a}`).join(', ')}, not arch/${run.arch.srcArch} (${run.arch.name}): emptied`);
  fs.rmSync(run.out, { recursive: true, force: true });
  fs.mkdirSync(run.out);
  run.state = { sources: [] };
}

/** Kbuild prepared the architecture this build is for: the selection reads its arch/ tree by that name. */
function checkPreparedArchitecture(run: KernelRun): void {
  const prepared = preparedArchitectures(run.out);
  if (prepared.length !== 1 || prepared[0] !== run.arch.srcArch) {
    throw new Error(`make prepare left generated headers for ${prepared.map((a) => `arch/${a}`).join(', ') || 'no architecture'} in ${run.out}, expected arch/${run.arch.srcArch} only (ARCH=${run.arch.kernelArch})`);
  }
}

/**
 * Timestamps that say what changed since the outputs were built (alignTimestamps); an output dir whose
 * origin is unknown is emptied. Then this commit joins the sources the outputs may come from, before
 * any make writes there.
 */
async function alignWithSources(run: KernelRun): Promise<void> {
  const { ctx, state } = run;
  const upToDate = ctx.worktree === 'reused' && state.sources.length === 1 && state.sources[0] === ctx.commit;
  if (!upToDate && fs.readdirSync(run.out).length > 0) {
    const changed = await alignTimestamps(ctx.srcDir, run.out, state, ctx.commit);
    if (changed === null) {
      ctx.progress('output dir of unknown origin: emptied');
      fs.rmSync(run.out, { recursive: true, force: true });
      fs.mkdirSync(run.out);
      run.state = { sources: [] };
    } else if (state.sources.some((c) => c !== ctx.commit)) {
      ctx.progress(`output dir built from ${state.sources.map((c) => c.slice(0, 12)).join(', ')}: ${plural(changed.length, 'changed file')} marked newer than its outputs, make redoes what depends on them`);
    }
  }
  if (!run.state.sources.includes(ctx.commit)) record(run, { sources: [...run.state.sources, ctx.commit] });
}

/** .config: from the user's file or a make target, plus LIVEPATCH; kept while configuredFor says so. */
async function configure(run: KernelRun): Promise<void> {
  const { ctx, out, make } = run;
  const dotConfig = path.join(out, '.config');
  const current = await configuredFor(ctx.srcDir, run.state, run.configStamp, ctx.commit, repoPathOf(run));
  if (current.ok && fs.existsSync(dotConfig)) {
    if (run.state.configuredAt !== ctx.commit) record(run, { configuredAt: ctx.commit });
    return;
  }
  ctx.phase('configure');
  ctx.progress(`configuring (${run.configFile ? path.basename(run.configFile) : (run.opts.kernelConfig ?? 'defconfig')}): ${current.why}`);
  record(run, { configStamp: undefined, configuredAt: undefined, preparedAt: undefined, fullBuildAt: undefined, query: undefined });
  if (run.configFile) {
    fs.copyFileSync(run.configFile, dotConfig);
    await make(['olddefconfig']);
  } else {
    await make([run.opts.kernelConfig ?? 'defconfig']);
  }
  if (parseDotConfig(fs.readFileSync(dotConfig, 'utf8')).get('CONFIG_LIVEPATCH') !== 'y') {
    const enable = LIVEPATCH_SYMBOLS.flatMap((s) => ['--enable', s]);
    await runLogged({
      side: ctx.side,
      argv: ['bash', path.join(ctx.srcDir, 'scripts/config'), '--file', dotConfig, ...enable, '--disable', 'TRIM_UNUSED_KSYMS'],
      cwd: ctx.srcDir,
      env: process.env,
      logFile: ctx.logFile,
    });
    await make(['olddefconfig']);
  }
  record(run, { configStamp: run.configStamp, configuredAt: ctx.commit });
}

function checkLivepatch(run: KernelRun): void {
  const config = parseDotConfig(fs.readFileSync(path.join(run.out, '.config'), 'utf8'));
  if (config.get('CONFIG_LIVEPATCH') === 'y') return;
  // Both sides say this; the message names no side so the analysis keeps it once.
  const arch = run.arch.kernelArch;
  run.warnings.push({
    source: 'build',
    message:
      config.get('CONFIG_HAVE_LIVEPATCH') !== 'y'
        ? `live patching is not available for ARCH=${arch} in this kernel (the architecture does not select HAVE_LIVEPATCH), so CONFIG_LIVEPATCH cannot be enabled: the patch list shows what a live patch would have to replace, but this kernel cannot load one`
        : 'CONFIG_LIVEPATCH is not enabled after olddefconfig (its dependencies, e.g. DYNAMIC_FTRACE_WITH_REGS/ARGS, are not available for this arch/config)',
  });
}

/** vmlinux + modules. */
async function buildEverything(run: KernelRun): Promise<void> {
  run.ctx.phase('full build');
  run.ctx.progress('full build (vmlinux + modules)');
  record(run, { fullBuildAt: undefined });
  await run.make([], true);
  record(run, { preparedAt: run.ctx.commit, fullBuildAt: run.ctx.commit, sources: [run.ctx.commit] });
}

/**
 * Base's full build at this commit (the distribution pattern). Already there (the state says a full make
 * completed at this commit and the dir's files come from it alone): no make at all. Otherwise make
 * brings it there: from nothing, or incrementally from the commit a restored cache was saved at (the
 * timestamps say what changed since, alignWithSources). The object ledger then records every dumped
 * object, so a later run reuses one only while its bytes and inputs are still what make left.
 */
async function ensureFullBuild(run: KernelRun): Promise<void> {
  const { ctx } = run;
  const at = run.state.fullBuildAt;
  if (at === ctx.commit && run.state.sources.length === 1 && run.state.sources[0] === ctx.commit && fs.existsSync(path.join(run.out, 'vmlinux'))) {
    ctx.progress(`full build of ${ctx.commit.slice(0, 12)} present (vmlinux + modules): no make`);
    return;
  }
  ctx.phase('full build');
  const keep = toolsKept(await changedSincePrepared(run));
  ctx.progress(at ? `full build (vmlinux + modules), incremental from the full build of ${at.slice(0, 12)}` : 'full build (vmlinux + modules)');
  // Unset before make touches anything: a killed run leaves a dir that claims no full build, and keeps
  // every commit its files may come from (sources) until the make completes.
  record(run, { fullBuildAt: undefined, preparedAt: undefined });
  await run.make([...keep, 'prepare'], true, prepareProgressLine);
  await run.make([], true);
  record(run, { preparedAt: ctx.commit, fullBuildAt: ctx.commit, sources: [ctx.commit] });
  const started = Date.now();
  const objects = listCmdObjects(run.out).filter((o) => fs.readFileSync(cmdPath(run.out, o), 'utf8').includes('-fdump-ipa-clones'));
  recordProven(run.out, objects);
  ctx.progress(`ledger: ${objects.length} objects of the full build recorded with their dumps and inputs (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/** What differs between the commit the dir was prepared at and this one; null when it was not
 *  prepared or that commit is unknown here (then nothing of prepare's can be taken as current). */
async function changedSincePrepared(run: KernelRun): Promise<string[] | null> {
  const before = run.state.preparedAt;
  return before === undefined ? null : changedPaths(run.ctx.srcDir, before, run.ctx.commit).catch(() => null);
}

/**
 * `-o` for the host tools prepare builds, when nothing under tools/ changed since (`changedSincePrepared`):
 * tools/ (objtool) is built with absolute paths, so a copied dir would rebuild it; its inputs are tools/
 * itself and the host compiler settings (configuration inputs, which stop sharing).
 */
function toolsKept(changed: string[] | null): string[] {
  return changed === null || changed.some((p) => p.startsWith('tools/')) ? [] : PREPARED_TOOLS.flatMap((t) => ['-o', t]);
}

/** `make prepare`, skipped when this output dir was prepared at this commit (timestamps aligned). */
async function prepare(run: KernelRun): Promise<void> {
  const { ctx } = run;
  if (run.state.preparedAt === ctx.commit) {
    ctx.progress('already prepared for this config, skipping make prepare');
    return;
  }
  ctx.phase('prepare');
  const before = run.state.preparedAt;
  const changed = await changedSincePrepared(run);
  if (before !== undefined) {
    // The objects this dir compiled (the ledger) are not prepare's outputs: their sources do not count.
    const objects = new Set(provenObjects(run.out));
    const why = changed === null ? `commit ${before.slice(0, 12)} unknown here` : prepareInputsChanged(changed, repoPathOf(run), (paths) => namedInCmdFiles(run.out, paths, objects));
    if (why === null) {
      ctx.progress(`make prepare skipped: nothing prepare made at ${before.slice(0, 12)} read a file that differs at this commit (Kbuild's .cmd records), and no makefile, configuration input or tools/ file changed`);
      record(run, { preparedAt: ctx.commit, ...(run.state.fullBuildAt ? {} : { sources: [ctx.commit] }) });
      return;
    }
    ctx.progress(`make prepare needed: ${why}`);
  }
  const keep = toolsKept(changed);
  ctx.progress(before ? `make prepare (incremental: prepared at ${before.slice(0, 12)}${keep.length > 0 ? '; tools/ unchanged, objtool kept' : ''})` : 'make prepare');
  record(run, { preparedAt: undefined });
  await run.make([...keep, 'prepare'], true, prepareProgressLine);
  // Everything prepare makes is now from this commit; objects are proven by content (the ledger), so
  // unless vmlinux and the like of a full build are here, the dir's outputs come from this commit only.
  record(run, { preparedAt: ctx.commit, ...(run.state.fullBuildAt ? {} : { sources: [ctx.commit] }) });
}

/** Host programs `make prepare` builds under tools/ (6.1: objtool; resolve_btfids with BTF). */
const PREPARED_TOOLS = ['tools/objtool', 'tools/bpf/resolve_btfids'];

/** What `make prepare` redoes, named: host tools, asm-offsets, updated headers (not the hundreds of
 *  one-line asm-generic wrappers a first prepare writes). */
function prepareProgressLine(line: string): string | null {
  const m = /^\s{2}(HOSTCC|HOSTLD|CC|UPD|LD|LINK|DESCEND)\s+(\S+)$/.exec(line);
  return m ? `prepare: [${m[1]}] ${m[2]}` : null;
}

/**
 * The selected objects, built by Kbuild (`make dir/file.o ...`). `make prepare` just ran or this dir
 * is prepared at this commit, so `-o prepare` keeps make from walking prepare's whole tree again
 * (several seconds of a no-op on a kernel).
 */
async function buildObjects(run: KernelRun, targets: Target[]): Promise<void> {
  if (targets.length === 0) return;
  run.ctx.phase('objects');
  const objects = targets.map((t) => t.object);
  invalidateUnproven(run.out, objects);
  // A full build completed at this commit, and every target proven (bytes, dump and inputs as make left
  // them): make would find nothing to do; the objects are used as they are.
  const full = run.state.fullBuildAt === run.ctx.commit && run.state.sources.length === 1 && run.state.sources[0] === run.ctx.commit;
  if (full && objects.every((o) => fs.existsSync(path.join(run.out, o)))) {
    run.ctx.progress(`objects: all ${objects.length} from the full build of this commit, proven by the ledger: no make`);
    recordProven(run.out, objects);
    return;
  }
  run.ctx.progress(`objects: building ${targets.length}`);
  await run.make(['-o', 'prepare', ...objects], true, objectCounter(targets.length));
  recordProven(run.out, objects);
}

/** The built targets as units; an includer candidate stays only if the compiler really read a changed file. */
function unitsOf(run: KernelRun, selection: Selection): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  let notIncluding = 0;
  for (const t of selection.targets) {
    const unit = unitFromCmd(run.ctx, run.out, t.object, t.owner, run.warnings);
    if (!unit) {
      run.notBuilt.push({ source: t.source, reason: `Kbuild did not produce ${t.object} (no .cmd file)` });
      continue;
    }
    if (t.includerOf && !(unit.deps ?? []).some((d) => selection.includables.has(d))) {
      notIncluding++;
      continue;
    }
    units.push(unit);
  }
  if (selection.candidates > 0) {
    run.ctx.progress(`${selection.candidates - notIncluding} of ${selection.candidates} candidate includers really include the changed files (compiler deps)`);
  }
  return units;
}

/** ARCH=/CROSS_COMPILE= for a cross build. No ccache: it declines every -fdump-* compile. */
function crossMakeArgs(ctx: SideContext): string[] {
  const prefix = ctx.target?.crossCompile ?? '';
  return [...(ctx.target ? [`ARCH=${ctx.target.arch.kernelArch}`] : []), ...(prefix ? [`CROSS_COMPILE=${prefix}`] : [])];
}

/** Progress lines for a build of `total` objects: 'objects 3/7 [CC] kernel/fork.o'. */
function objectCounter(total: number): (line: string) => string | null {
  let done = 0;
  return (line) => {
    const p = kbuildProgressLine(line);
    if (!p || !p.startsWith('[CC')) return p;
    done = Math.min(done + 1, total);
    return `objects ${done}/${total} ${p}`;
  };
}

function resolveConfigFile(spec: string, ctx: SideContext): string | null {
  const candidates = path.isAbsolute(spec) ? [spec] : [path.join(ctx.srcDir, spec), path.join(ctx.repo, spec)];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  if (spec.includes('/') || spec.startsWith('.')) {
    throw new Error(`kernel config '${spec}' not found (looked in ${candidates.join(', ')})`);
  }
  return null;
}

function unitFromCmd(ctx: SideContext, out: string, object: string, owner: string, warnings: Warning[]): TranslationUnit | null {
  const file = cmdPath(out, object);
  if (!fs.existsSync(file)) return null;
  const cmd = parseKbuildCmd(fs.readFileSync(file, 'utf8'));
  if (!cmd) {
    warnings.push({ source: 'build', file, line: 1, message: 'no cmd_/savedcmd_ line in Kbuild .cmd file' });
    return null;
  }
  const command = shellSplit(cmd.commandLine);
  const inv = parseCompileArgv(command);
  const srcArg = inv.sources[0] ?? cmd.source;
  if (!srcArg) return null;
  const source = repoRelative(srcArg, ctx.srcDir, out);
  if (!source) return null;
  let dump: string | null = dumpPathFor(inv, srcArg, out);
  if (!fs.existsSync(dump)) {
    warnings.push({ source: 'build', file: source, message: `no clone dump at ${dump} for ${object}` });
    dump = null;
  }
  const deps = cmd.deps.map((d) => repoRelative(d, ctx.srcDir, out)).filter((d): d is string => d !== null && d !== source);
  return { source, object: path.join(out, object), dump, command, cwd: out, owner, deps };
}

/** All `.name.o.cmd` files under the output dir (relative object paths). */
function listCmdObjects(out: string): string[] {
  return objectCmdFiles(out).map(objectOfCmd).sort();
}

/** Full build: every C object compiled with our flags (host tools and boot code are not). */
function collectAllUnits(ctx: SideContext, out: string, warnings: Warning[]): TranslationUnit[] {
  const owners = moduleOwnersIn(out);
  const units: TranslationUnit[] = [];
  for (const object of listCmdObjects(out)) {
    const text = fs.readFileSync(cmdPath(out, object), 'utf8');
    if (!text.includes('-fdump-ipa-clones')) continue;
    const cmd = parseKbuildCmd(text);
    if (!cmd?.source?.endsWith('.c')) continue;
    const unit = unitFromCmd(ctx, out, object, owners.get(object) ?? 'vmlinux', warnings);
    if (unit) units.push(unit);
  }
  return units;
}
