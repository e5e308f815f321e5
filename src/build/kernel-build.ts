// Linux (Kbuild) builds, out of tree in <workDir>/<side>/out. Fast path: only the objects the PR can
// change; full build: vmlinux + modules.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TranslationUnit, Warning } from '../model.js';
import { dumpPathFor, parseCompileArgv } from './compile-command.js';
import type { SideContext } from './context.js';
import { includersFromDeps, scanIncluders } from './includers.js';
import {
  kbuildProgressLine,
  moduleOwners,
  objectVerdict,
  parseDotConfig,
  parseKbuildCmd,
  parseKbuildMakefile,
  repoRelative,
  shellSplit,
  type ConfigValues,
} from './kbuild.js';
import { BuildError } from '../model.js';
import { runLogged } from './logged-process.js';

export interface KernelOptions {
  kernelConfig?: string;
  fullBuild: boolean;
}

export interface KernelBuildOutput {
  outputDir: string;
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
  const make = (args: string[], progress = false) =>
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
      progress: progress ? kbuildProgressLine : undefined,
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
    return { outputDir: out, units, notBuilt, warnings };
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

  // 3. Which objects: changed .c files, plus TUs including a changed header (or a changed .c that
  // Kbuild does not build on its own, such as kernel/sched's `#include "clock.c"` pattern).
  const present = ctx.changedPaths.filter((p) => fs.existsSync(path.join(ctx.srcDir, p)));
  const candidates = new Set<string>();
  const headers: string[] = [];
  for (const p of present) {
    if (p.endsWith('.h')) headers.push(p);
    else if (p.endsWith('.c')) {
      const v = verdictFor(ctx.srcDir, p, config);
      if (v.built === false && /is not listed in/.test(v.reason)) headers.push(p);
      else candidates.add(p);
    }
  }
  if (headers.length > 0) {
    const started = Date.now();
    const recorded = state.fullBuildCommit ? recordedDeps(ctx, out) : null;
    let found: string[];
    if (recorded && recorded.size > 0) {
      found = includersFromDeps(recorded, headers);
    } else {
      const scan = await scanIncluders(ctx.srcDir, headers);
      found = scan.sources;
      if (scan.truncated) {
        warnings.push({ source: 'build', message: `include scan for ${headers.join(', ')} stopped after 400 headers: some includers may be missing; use a full build` });
      }
    }
    ctx.progress(`${found.length} sources include the changed headers (${recorded ? 'recorded deps' : 'include scan'}, ${((Date.now() - started) / 1000).toFixed(1)}s)`);
    if (found.length > 500) {
      warnings.push({ source: 'build', message: `${found.length} translation units include the changed headers: a full build may be faster` });
    }
    for (const f of found) candidates.add(f);
  }

  const targets: { source: string; object: string; owner: string }[] = [];
  const uncertain: { source: string; object: string; owner: string; reason: string }[] = [];
  for (const source of [...candidates].sort()) {
    const v = verdictFor(ctx.srcDir, source, config);
    const object = source.replace(/\.c$/, '.o');
    if (v.built === true) targets.push({ source, object, owner: v.owner });
    else if (v.built === 'unknown') uncertain.push({ source, object, owner: 'vmlinux', reason: v.reason });
    else notBuilt.push({ source, reason: v.reason });
  }

  if (targets.length > 0) {
    ctx.progress(`building ${targets.length} objects`);
    await make(targets.map((t) => t.object), true);
  }
  // Objects whose Makefile line we could not evaluate: try each alone, a failure means "not built".
  for (const u of uncertain) {
    try {
      await make([u.object], true);
      targets.push(u);
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      notBuilt.push({ source: u.source, reason: `${u.reason}; Kbuild could not build it (see ${ctx.logFile})` });
    }
  }

  const units: TranslationUnit[] = [];
  for (const t of targets) {
    const unit = unitFromCmd(ctx, out, t.object, t.owner, warnings);
    if (unit) units.push(unit);
    else notBuilt.push({ source: t.source, reason: `Kbuild did not produce ${t.object} (no .cmd file)` });
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

function resolveConfigFile(spec: string, ctx: SideContext): string | null {
  const candidates = path.isAbsolute(spec) ? [spec] : [path.join(ctx.srcDir, spec), path.join(ctx.repo, spec)];
  for (const c of candidates) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  if (spec.includes('/') || spec.startsWith('.')) {
    throw new Error(`kernel config '${spec}' not found (looked in ${candidates.join(', ')})`);
  }
  return null;
}

/** Checks the directory Makefile (and its parents' `dir/` lines) for `source`'s object under `config`. */
function verdictFor(srcDir: string, source: string, config: ConfigValues): ReturnType<typeof objectVerdict> {
  const dir = path.posix.dirname(source);
  const own = objectVerdictIn(srcDir, dir, path.posix.basename(source).replace(/\.c$/, '.o'), config);
  if (own.built !== true) return own;
  // Walk up: each parent must descend into the child directory (top-level dirs are listed by the
  // top Makefile and arch Makefiles in ways we do not evaluate).
  for (let d = dir; d.includes('/'); d = path.posix.dirname(d)) {
    const parent = path.posix.dirname(d);
    const v = objectVerdictIn(srcDir, parent, path.posix.basename(d) + '/', config);
    if (v.built === false && !/is not listed in/.test(v.reason)) return v;
    if (v.built === true && v.owner !== 'vmlinux' && own.owner === 'vmlinux') {
      // obj-m += subdir/ turns the subdir's obj-y into module code; its module name needs the subdir's Makefile.
      return { built: 'unknown', reason: `${parent}: ${path.posix.basename(d)}/ is built as a module` };
    }
  }
  return own;
}

function objectVerdictIn(srcDir: string, dir: string, objectName: string, config: ConfigValues) {
  const kbuild = path.join(srcDir, dir, 'Kbuild');
  const makefile = fs.existsSync(kbuild) ? kbuild : path.join(srcDir, dir, 'Makefile');
  if (!fs.existsSync(makefile)) return { built: false as const, reason: `no Makefile or Kbuild file in ${dir}` };
  const rel = path.relative(srcDir, makefile);
  return objectVerdict(parseKbuildMakefile(fs.readFileSync(makefile, 'utf8')), dir, objectName, config, rel);
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

function recordedDeps(ctx: SideContext, out: string): Map<string, string[]> {
  const deps = new Map<string, string[]>();
  for (const object of listCmdObjects(out)) {
    const cmd = parseKbuildCmd(fs.readFileSync(cmdPath(out, object), 'utf8'));
    const src = cmd?.source && repoRelative(cmd.source, ctx.srcDir, out);
    if (!cmd || !src || !src.endsWith('.c')) continue;
    deps.set(src, cmd.deps.map((d) => repoRelative(d, ctx.srcDir, out)).filter((d): d is string => d !== null));
  }
  return deps;
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
