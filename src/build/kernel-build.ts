// Linux (Kbuild) builds, out of tree in <workDir>/<side>/out. Fast path: only the objects the PR can
// change; full build: vmlinux + modules.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TranslationUnit, Warning } from '../model.js';
import { dumpPathFor, parseCompileArgv } from './compile-command.js';
import type { SideContext } from './context.js';
import { readIncludeGraph } from './includers.js';
import {
  KBUILD_QUERY_MK,
  kbuildProgressLine,
  moduleOwners,
  parseDotConfig,
  parseKbuildCmd,
  parseKbuildWalk,
  repoRelative,
  shellSplit,
  sourceVerdict,
  type KbuildInventory,
} from './kbuild.js';
import { runLogged } from './logged-process.js';

export interface KernelOptions {
  kernelConfig?: string;
  fullBuild: boolean;
}

export interface KernelBuildOutput {
  outputDir: string;
  /** vmlinux and the modules were linked in outputDir from these units (full build). */
  linked?: boolean;
  units: TranslationUnit[];
  notBuilt: { source: string; reason: string }[];
  warnings: Warning[];
}

/** Symbols LIVEPATCH needs on x86_64 / arm64 / ppc64 / s390 (it depends on DYNAMIC_FTRACE_WITH_REGS/ARGS). */
const LIVEPATCH_SYMBOLS = ['FTRACE', 'FUNCTION_TRACER', 'DYNAMIC_FTRACE', 'KALLSYMS', 'KALLSYMS_ALL', 'MODULES', 'SYSFS', 'LIVEPATCH'];

/** Reproducible build stamps so outputs (and ccache entries) of two runs compare equal. */
const KBUILD_ENV = {
  KBUILD_BUILD_TIMESTAMP: 'Thu Jan  1 00:00:00 UTC 1970',
  KBUILD_BUILD_USER: 'livepatch-gate',
  KBUILD_BUILD_HOST: 'livepatch-gate',
};

interface OutState {
  configStamp: string;
  preparedCommit?: string;
  fullBuildCommit?: string;
}

export async function buildKernel(ctx: SideContext, opts: KernelOptions): Promise<KernelBuildOutput> {
  const out = path.join(ctx.sideDir, 'out');
  fs.mkdirSync(out, { recursive: true });
  const warnings: Warning[] = [];
  const notBuilt: { source: string; reason: string }[] = [];
  const env = { ...process.env, ...KBUILD_ENV };
  const make: MakeRunner = (args, progress = false, line = kbuildProgressLine) =>
    runLogged({
      side: ctx.side,
      argv: [
        'make', '-C', ctx.srcDir, `O=${out}`, `-j${ctx.jobs}`, `KCFLAGS=${ctx.flags.join(' ')}`,
        ...crossMakeArgs(ctx),
        ...args,
      ],
      cwd: ctx.srcDir,
      env,
      logFile: ctx.logFile,
      progress: progress ? line : undefined,
      onProgress: progress ? ctx.progress : undefined,
    });

  // 1. .config: from the user's file or a make target, plus LIVEPATCH. Reused while its inputs are equal.
  const stateFile = path.join(out, '.livepatch-gate.json');
  const state: Partial<OutState> = fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : {};
  const configSpec = opts.kernelConfig ?? 'defconfig';
  const configFile = resolveConfigFile(configSpec, ctx);
  const configStamp = createHash('sha256')
    .update(JSON.stringify({ configSpec, text: configFile ? fs.readFileSync(configFile, 'utf8') : null, flags: ctx.flags, cc: ctx.ccache ?? null, ...(ctx.target ? { arch: ctx.target.arch.kernelArch, cross: ctx.target.crossCompile } : {}) }))
    .digest('hex');
  const dotConfig = path.join(out, '.config');
  if (state.configStamp !== configStamp || !fs.existsSync(dotConfig)) {
    ctx.progress(`configuring (${configFile ? path.basename(configFile) : configSpec})`);
    if (configFile) {
      fs.copyFileSync(configFile, dotConfig);
      await make(['olddefconfig']);
    } else {
      await make([configSpec]);
    }
    if (parseDotConfig(fs.readFileSync(dotConfig, 'utf8')).get('CONFIG_LIVEPATCH') !== 'y') {
      const enable = LIVEPATCH_SYMBOLS.flatMap((s) => ['--enable', s]);
      await runLogged({
        side: ctx.side,
        argv: ['bash', path.join(ctx.srcDir, 'scripts/config'), '--file', dotConfig, ...enable, '--disable', 'TRIM_UNUSED_KSYMS'],
        cwd: ctx.srcDir,
        env,
        logFile: ctx.logFile,
      });
      await make(['olddefconfig']);
    }
    state.configStamp = configStamp;
    state.preparedCommit = undefined;
    state.fullBuildCommit = undefined;
    fs.writeFileSync(stateFile, JSON.stringify(state));
  }
  const config = parseDotConfig(fs.readFileSync(dotConfig, 'utf8'));
  if (config.get('CONFIG_LIVEPATCH') !== 'y') {
    // Both sides say this; the message names no side so the analysis keeps it once.
    const arch = ctx.target?.arch.kernelArch ?? 'x86_64';
    warnings.push({
      source: 'build',
      message:
        config.get('CONFIG_HAVE_LIVEPATCH') !== 'y'
          ? `live patching is not available for ARCH=${arch} in this kernel (the architecture does not select HAVE_LIVEPATCH), so CONFIG_LIVEPATCH cannot be enabled: the patch list shows what a live patch would have to replace, but this kernel cannot load one`
          : 'CONFIG_LIVEPATCH is not enabled after olddefconfig (its dependencies, e.g. DYNAMIC_FTRACE_WITH_REGS/ARGS, are not available for this arch/config)',
    });
  }

  if (opts.fullBuild) {
    ctx.progress('full build (vmlinux + modules)');
    await make([], true);
    state.preparedCommit = ctx.commit;
    state.fullBuildCommit = ctx.commit;
    fs.writeFileSync(stateFile, JSON.stringify(state));
    const units = collectAllUnits(ctx, out, warnings);
    return { outputDir: out, linked: true, units, notBuilt, warnings };
  }

  // 2. prepare: skipped when this output dir was prepared for this config and commit.
  if (state.preparedCommit !== ctx.commit) {
    ctx.progress('make prepare');
    await make(['prepare']);
    state.preparedCommit = ctx.commit;
    fs.writeFileSync(stateFile, JSON.stringify(state));
  } else {
    ctx.progress('already prepared for this config, skipping make prepare');
  }

  // 3. Which objects: Kbuild says what this configuration builds; the include graph and the compiler
  // say which of those read a changed header (or a changed .c another TU includes).
  const selection = await selectObjects(ctx, out, make);
  notBuilt.push(...selection.notBuilt);
  warnings.push(...selection.warnings);
  const targets = selection.targets.sort((a, b) => a.source.localeCompare(b.source));

  if (targets.length > 0) {
    invalidateUnproven(out, targets.map((t) => t.object));
    ctx.progress(`objects: building ${targets.length}`);
    await make(targets.map((t) => t.object), true, objectCounter(targets.length));
    recordProven(out, targets.map((t) => t.object));
  }

  const units: TranslationUnit[] = [];
  let notIncluding = 0;
  for (const t of targets) {
    const unit = unitFromCmd(ctx, out, t.object, t.owner, warnings);
    if (!unit) {
      notBuilt.push({ source: t.source, reason: `Kbuild did not produce ${t.object} (no .cmd file)` });
      continue;
    }
    // An includer candidate is a unit only if the compiler really read a changed file.
    if (t.includerOf && !(unit.deps ?? []).some((d) => selection.includables.has(d))) {
      notIncluding++;
      continue;
    }
    units.push(unit);
  }
  if (selection.candidates > 0) {
    ctx.progress(`${selection.candidates - notIncluding} of ${selection.candidates} candidate includers really include the changed files (compiler deps)`);
  }
  return { outputDir: out, units, notBuilt, warnings };
}

/** ARCH=/CROSS_COMPILE= for a cross build, and ccache in front of the (cross) gcc. */
function crossMakeArgs(ctx: SideContext): string[] {
  const prefix = ctx.target?.crossCompile ?? '';
  return [
    ...(ctx.target ? [`ARCH=${ctx.target.arch.kernelArch}`] : []),
    ...(prefix ? [`CROSS_COMPILE=${prefix}`] : []),
    ...(ctx.ccache ? [`CC=${ctx.ccache} ${prefix}gcc`] : []),
  ];
}

interface Target {
  source: string;
  /** Relative to the output dir. */
  object: string;
  owner: string;
  /** Set for a TU selected because it may include a changed file: kept only if its deps say so. */
  includerOf?: true;
}

interface Selection {
  targets: Target[];
  notBuilt: { source: string; reason: string }[];
  warnings: Warning[];
  /** Changed headers and included .c files (repo-relative): what includer candidates must depend on. */
  includables: Set<string>;
  candidates: number;
}

/**
 * Changed .c files Kbuild links into vmlinux or a module, plus the TUs Kbuild builds that may include a
 * changed header or a changed .c it does not build on its own. Kbuild is asked through its own makefiles
 * (KBUILD_QUERY_MK), only for the directories on the way to the files in question.
 */
async function selectObjects(ctx: SideContext, out: string, make: MakeRunner): Promise<Selection> {
  const present = ctx.changedPaths.filter((p) => fs.existsSync(path.join(ctx.srcDir, p)));
  const cFiles = present.filter((p) => p.endsWith('.c'));
  const includables = new Set(present.filter((p) => p.endsWith('.h')));
  const res: Selection = { targets: [], notBuilt: [], warnings: [], includables, candidates: 0 };
  const srcArch = srcArchOf(out);

  let inv = await walkKbuild(ctx, out, make, ['.', ...cFiles.map((f) => path.posix.dirname(f))]);
  const unbuilt = new Map<string, string>();
  for (const source of cFiles) {
    const v = sourceVerdict(inv, source);
    if (v.built) res.targets.push({ source, object: v.object.object, owner: v.object.owner });
    else unbuilt.set(source, v.reason);
  }
  // A .c file Kbuild does not build may still be compiled as part of another TU (`#include "idle.c"`).
  for (const source of unbuilt.keys()) includables.add(source);
  if (includables.size === 0) return res;

  const started = Date.now();
  const graph = await readIncludeGraph(ctx.srcDir, out, srcArch);
  const forced = inv.forcedIncludes.map((f) => repoRelative(f, ctx.srcDir, out)).filter((f): f is string => f !== null);
  const found = graph.includersOf([...includables], srcArch, forced);
  const candidateSources = [...found.files].filter((f) => f.endsWith('.c'));
  ctx.progress(`include graph: ${candidateSources.length} C files may include ${describe([...includables])}${found.everyUnit ? ' (through a file every TU is compiled with)' : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (found.everyUnit || candidateSources.length > 0) {
    inv = await walkKbuild(ctx, out, make, found.everyUnit ? null : ['.', ...candidateSources.map((f) => path.posix.dirname(f))]);
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
  if (res.candidates > 500) {
    res.warnings.push({ source: 'build', message: `${res.candidates} translation units may include ${describe([...includables])}: a full build may be faster` });
  }
  // An unbuilt .c file is not built if nothing Kbuild builds may include it.
  for (const [source, reason] of unbuilt) {
    const includedBy = graph.includersOf([source], srcArch, forced);
    const built = [...includedBy.files].some((f) => f.endsWith('.c') && sourceVerdict(inv, f).built);
    if (!built) res.notBuilt.push({ source, reason });
  }
  return res;
}

type MakeRunner = (args: string[], progress?: boolean, line?: (l: string) => string | null) => Promise<void>;

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

/** Runs the Kbuild query (KBUILD_QUERY_MK) towards the directories `want` ('.' alone: the top level
 *  only; null: every directory). */
async function walkKbuild(ctx: SideContext, out: string, make: MakeRunner, want: string[] | null): Promise<KbuildInventory> {
  const started = Date.now();
  const mk = path.join(out, '.livepatch-gate-query.mk');
  const answers = path.join(out, '.livepatch-gate-query');
  fs.writeFileSync(mk, KBUILD_QUERY_MK);
  fs.rmSync(answers, { recursive: true, force: true });
  fs.mkdirSync(answers);
  const wanted = want === null ? [] : [...new Set(want)].sort();
  if (want !== null && wanted.length === 0) throw new Error('walkKbuild: an empty directory list would walk the whole tree');
  // make compares LPG_OBJTREE with its $(CURDIR), which getcwd() spells without symlinks.
  await make(['-s', `MAKEFILES=${mk}`, `LPG_OBJTREE=${fs.realpathSync(out)}`, `LPG_OUT=${answers}`, `LPG_WANT=${wanted.join(' ')}`, 'lpg-walk']);
  const inv = parseKbuildWalk(fs.readdirSync(answers).map((f) => fs.readFileSync(path.join(answers, f), 'utf8')).join('\n'));
  ctx.progress(`Kbuild query: ${inv.dirs.size} directories, ${inv.objects.size} linked objects (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return inv;
}

/** The kernel's SRCARCH as the prepared output dir records it (arch/<srcarch>/include/generated). */
function srcArchOf(out: string): string {
  const dirs = fs.existsSync(path.join(out, 'arch')) ? fs.readdirSync(path.join(out, 'arch')) : [];
  return dirs.find((d) => fs.existsSync(path.join(out, 'arch', d, 'include', 'generated'))) ?? 'x86';
}

function describe(files: string[]): string {
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

/** Objects whose bytes this work dir has proven, with the inputs they were built from. */
const LEDGER = '.livepatch-gate-objects.json';

interface LedgerEntry {
  object: string;
  dump: string | null;
  inputs: string;
}

/**
 * Deletes any target object (and its dump and .cmd) this work dir cannot prove was completed by make
 * from the inputs present now: a killed run's truncated object, an object from other sources or flags,
 * anything not in the ledger. Make rebuilds them. The ledger entries are dropped first, so a run killed
 * during this build proves nothing.
 */
function invalidateUnproven(out: string, objects: string[]): void {
  const ledger = readLedger(out);
  for (const object of objects) {
    const entry = ledger[object];
    delete ledger[object];
    const proven = entry !== undefined && fileSha(path.join(out, object)) === entry.object && inputsSha(out, object) === entry.inputs && dumpSha(out, object) === entry.dump;
    if (!proven) {
      for (const f of [path.join(out, object), cmdPath(out, object), dumpFileOf(out, object)]) fs.rmSync(f, { force: true });
    }
  }
  fs.writeFileSync(path.join(out, LEDGER), JSON.stringify(ledger));
}

/** After make succeeded: the objects, dumps and inputs as they are now. */
function recordProven(out: string, objects: string[]): void {
  const ledger = readLedger(out);
  for (const object of objects) {
    const sha = fileSha(path.join(out, object));
    if (sha === null) continue;
    ledger[object] = { object: sha, dump: dumpSha(out, object), inputs: inputsSha(out, object) ?? '' };
  }
  fs.writeFileSync(path.join(out, LEDGER), JSON.stringify(ledger));
}

function readLedger(out: string): Record<string, LedgerEntry> {
  try {
    return JSON.parse(fs.readFileSync(path.join(out, LEDGER), 'utf8')) as Record<string, LedgerEntry>;
  } catch {
    return {};
  }
}

function fileSha(file: string): string | null {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/** Kbuild writes the dump next to the object: dir/name.c.000i.ipa-clones for dir/name.o. */
function dumpFileOf(out: string, object: string): string {
  return path.join(out, object.replace(/\.o$/, '.c.000i.ipa-clones'));
}

function dumpSha(out: string, object: string): string | null {
  return fileSha(dumpFileOf(out, object));
}

/** The command and the content of every file the compiler read (Kbuild's .cmd), as one hash. */
function inputsSha(out: string, object: string): string | null {
  const file = cmdPath(out, object);
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const cmd = parseKbuildCmd(text);
  if (!cmd) return null;
  const hash = createHash('sha256').update(text);
  for (const dep of [cmd.source ?? '', ...cmd.deps]) {
    const abs = path.isAbsolute(dep) ? dep : path.join(out, dep);
    hash.update(`\0${dep}\0`);
    try {
      hash.update(fs.readFileSync(abs));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}

function resolveConfigFile(spec: string, ctx: SideContext): string | null {
  const candidates = path.isAbsolute(spec) ? [spec] : [path.join(ctx.srcDir, spec), path.join(ctx.repo, spec)];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  if (spec.includes('/') || spec.startsWith('.')) {
    throw new Error(`kernel config '${spec}' not found (looked in ${candidates.join(', ')})`);
  }
  return null;
}

function cmdPath(out: string, object: string): string {
  return path.join(out, path.dirname(object), `.${path.basename(object)}.cmd`);
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
  const res: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'source' && !e.name.startsWith('.tmp')) walk(path.join(dir, e.name));
      } else if (e.name.startsWith('.') && e.name.endsWith('.o.cmd')) {
        res.push(path.relative(out, path.join(dir, e.name.slice(1, -4))));
      }
    }
  };
  walk(out);
  return res.sort();
}

/** Full build: every C object compiled with our flags (host tools and boot code are not). */
function collectAllUnits(ctx: SideContext, out: string, warnings: Warning[]): TranslationUnit[] {
  const modFiles: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'source' && !e.name.startsWith('.tmp')) walk(p);
      } else if (e.name.endsWith('.mod')) modFiles.push({ path: path.relative(out, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(out);
  const owners = moduleOwners(modFiles);
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
