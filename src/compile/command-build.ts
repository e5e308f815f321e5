// Non-kernel builds: the user's command runs with `sh -c` in the worktree (the one string livepatch-gate
// hands to a shell, and it is the user's own configuration), CC naming our wrapper. No path is ever part
// of shell text: the wrapper is found on PATH by its bare name, and make's extra arguments are "$@".
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BuildError, type TranslationUnit, type Warning } from '../model.js';
import { parseCompilerLog, unitsFromRuns, type UnitGap } from './command-units.js';
import { installCompilerWrapper, WRAPPER_ENV } from './compiler-wrapper.js';
import type { SideContext } from './context.js';
import { runLogged } from './logged-process.js';
import { cleanWorktree } from './worktree.js';

/** A plain `make ...` (no shell operators): CC can be passed as a make variable, which beats the Makefile's. */
export function isPlainMake(command: string): boolean {
  return /^\s*g?make(\s[^;&|<>`$()]*)?$/.test(command);
}

export async function buildWithCommand(
  ctx: SideContext,
  command: string,
): Promise<{ units: TranslationUnit[]; warnings: Warning[]; gaps: UnitGap[] }> {
  const warnings: Warning[] = [];
  const wrapper = installCompilerWrapper(ctx.workDir);
  if (wrapper.dir.includes(path.delimiter)) {
    throw new BuildError(ctx.side, '(none)', '', `${ctx.side} build: the work dir ${ctx.workDir} contains '${path.delimiter}', which cannot go on PATH (where the build finds the compiler wrapper): choose another work dir`);
  }
  const compileLog = path.join(ctx.sideDir, 'compile-log.jsonl');
  // A cross build runs <prefix>gcc; else $LPG_REAL_CC, else gcc.
  const realCc = ctx.target?.crossCompile ? `${ctx.target.crossCompile}gcc` : process.env[WRAPPER_ENV.realCc] || 'gcc';

  // make reuses any object newer than its sources. Reuse only what is provably ours: objects of a build
  // that finished with the same settings, unchanged since (hashes). Anything else — other flags, a run
  // killed mid-compile (a truncated object), an object touched since — starts from a clean worktree.
  const stateFile = path.join(ctx.sideDir, 'command-state.json');
  const settings = { command, flags: ctx.flags, realCc, ccache: ctx.ccache ?? null };
  const why = reuseRefusal(stateFile, settings);
  if (why) {
    ctx.progress(`${why}: cleaning the worktree`);
    await cleanWorktree(ctx.srcDir);
    fs.rmSync(compileLog, { force: true });
  }
  const state: BuildState = { settings, complete: false, objects: {} };
  fs.writeFileSync(stateFile, JSON.stringify(state));

  // A plain make gets CC (and -j) as arguments: a make variable beats the Makefile's own CC = ...
  const makeArgs: string[] = [];
  if (isPlainMake(command)) {
    makeArgs.push(`CC=${wrapper.name}`);
    if (!/(^|\s)(-j|--jobs)/.test(command)) makeArgs.push(`-j${ctx.jobs}`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Only CC: the wrapper appends our flags, and setting CFLAGS would override the project's own
    // defaults (`CFLAGS ?= -O2`), changing the very optimisations we are here to observe.
    // A bare name: make pastes $(CC) into recipe lines that a shell runs, so it must be shell-safe.
    CC: wrapper.name,
    PATH: `${wrapper.dir}${path.delimiter}${process.env.PATH ?? ''}`,
    ...wrapper.env,
    CMAKE_BUILD_PARALLEL_LEVEL: String(ctx.jobs),
    [WRAPPER_ENV.log]: compileLog,
    [WRAPPER_ENV.flags]: JSON.stringify(ctx.flags),
    [WRAPPER_ENV.realCc]: realCc,
    [WRAPPER_ENV.ccache]: ctx.ccache ?? '',
  };

  // Progress: count the wrapper's log lines now and then rather than echoing the build output.
  const startCount = countLines(compileLog);
  const earlierRuns = fs.existsSync(compileLog) ? parseCompilerLog(fs.readFileSync(compileLog, 'utf8'), compileLog).runs.length : 0;
  let lastCount = startCount;
  const timer = setInterval(() => {
    const n = countLines(compileLog);
    if (n !== lastCount) {
      lastCount = n;
      ctx.progress(`compiled ${n - startCount} objects`);
    }
  }, 1000);
  try {
    const argv = makeArgs.length > 0 ? ['sh', '-c', `${command} "$@"`, 'sh', ...makeArgs] : ['sh', '-c', command];
    await runLogged({ side: ctx.side, argv, cwd: ctx.srcDir, env, logFile: ctx.logFile });
  } finally {
    clearInterval(timer);
  }
  ctx.progress(`compiled ${countLines(compileLog) - startCount} objects (build done)`);

  const text = fs.existsSync(compileLog) ? fs.readFileSync(compileLog, 'utf8') : '';
  const parsed = parseCompilerLog(text, compileLog);
  const result = unitsFromRuns({ runs: parsed.runs, sourceDir: ctx.srcDir, exists: (p) => fs.existsSync(p), currentFrom: earlierRuns });
  fs.writeFileSync(stateFile, JSON.stringify({ settings, complete: true, objects: Object.fromEntries(result.units.map((u) => [u.object, fileHash(u.object)])) } satisfies BuildState));
  warnings.push(...parsed.warnings, ...result.warnings);
  if (result.units.length === 0) {
    warnings.push({
      source: 'build',
      message: `the build command compiled no C sources through the wrapper: make sure it honours $CC (${command})`,
    });
  }
  return { units: result.units, warnings, gaps: result.gaps };
}

interface BuildState {
  settings: Record<string, unknown>;
  /** Written false before the build runs and true after it finished: false means a run was killed. */
  complete: boolean;
  /** sha256 of each unit object when the build finished. */
  objects: Record<string, string>;
}

/** Why the worktree's outputs may not be reused, or null when they provably come from this build setup. */
function reuseRefusal(stateFile: string, settings: BuildState['settings']): string | null {
  if (!fs.existsSync(stateFile)) return null;
  let state: BuildState;
  try {
    state = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as BuildState;
  } catch {
    return 'the previous build state is unreadable';
  }
  if (JSON.stringify(state.settings) !== JSON.stringify(settings)) return 'build settings changed since the last run';
  if (!state.complete) return 'the previous build did not finish (killed?): its objects may be truncated';
  for (const [object, hash] of Object.entries(state.objects ?? {})) {
    if (fs.existsSync(object) && fileHash(object) !== hash) return `${object} changed since the last build`;
  }
  return null;
}

function fileHash(file: string): string {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}

function countLines(file: string): number {
  try {
    const buf = fs.readFileSync(file);
    let n = 0;
    for (const b of buf) if (b === 10) n++;
    return n;
  } catch {
    return 0;
  }
}
