// Non-kernel builds: the user's command runs with `sh -c` in the worktree, CC pointing at our wrapper.
import fs from 'node:fs';
import path from 'node:path';
import type { TranslationUnit, Warning } from '../model.js';
import { parseCompilerLog, unitsFromRuns } from './command-units.js';
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
): Promise<{ units: TranslationUnit[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const wrapper = installCompilerWrapper(ctx.workDir);
  const compileLog = path.join(ctx.sideDir, 'compile-log.jsonl');
  // A cross build runs <prefix>gcc; else $LPG_REAL_CC, else gcc.
  const realCc = ctx.target?.crossCompile ? `${ctx.target.crossCompile}gcc` : process.env[WRAPPER_ENV.realCc] || 'gcc';

  // Outputs built with other flags or another command would be reused by make: start clean instead.
  const stateFile = path.join(ctx.sideDir, 'command-state.json');
  const state = JSON.stringify({ command, flags: ctx.flags, realCc, ccache: ctx.ccache ?? null });
  const previous = fs.existsSync(stateFile) ? fs.readFileSync(stateFile, 'utf8') : null;
  if (previous !== null && previous !== state) {
    ctx.progress('build settings changed since the last run: cleaning the worktree');
    await cleanWorktree(ctx.srcDir);
    fs.rmSync(compileLog, { force: true });
  }
  fs.writeFileSync(stateFile, state);

  let shellCommand = command;
  if (isPlainMake(command)) {
    shellCommand += ` CC='${wrapper}'`;
    if (!/(^|\s)(-j|--jobs)/.test(command)) shellCommand += ` -j${ctx.jobs}`;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Only CC: the wrapper appends our flags, and setting CFLAGS would override the project's own
    // defaults (`CFLAGS ?= -O2`), changing the very optimisations we are here to observe.
    CC: wrapper,
    CMAKE_BUILD_PARALLEL_LEVEL: String(ctx.jobs),
    [WRAPPER_ENV.log]: compileLog,
    [WRAPPER_ENV.flags]: JSON.stringify(ctx.flags),
    [WRAPPER_ENV.realCc]: realCc,
    [WRAPPER_ENV.ccache]: ctx.ccache ?? '',
  };

  // Progress: count the wrapper's log lines now and then rather than echoing the build output.
  const startCount = countLines(compileLog);
  let lastCount = startCount;
  const timer = setInterval(() => {
    const n = countLines(compileLog);
    if (n !== lastCount) {
      lastCount = n;
      ctx.progress(`compiled ${n - startCount} objects`);
    }
  }, 1000);
  try {
    await runLogged({ side: ctx.side, argv: ['sh', '-c', shellCommand], cwd: ctx.srcDir, env, logFile: ctx.logFile });
  } finally {
    clearInterval(timer);
  }
  ctx.progress(`compiled ${countLines(compileLog) - startCount} objects (build done)`);

  const text = fs.existsSync(compileLog) ? fs.readFileSync(compileLog, 'utf8') : '';
  const parsed = parseCompilerLog(text, compileLog);
  const result = unitsFromRuns({ runs: parsed.runs, sourceDir: ctx.srcDir, exists: (p) => fs.existsSync(p) });
  warnings.push(...parsed.warnings, ...result.warnings);
  if (result.units.length === 0) {
    warnings.push({
      source: 'build',
      message: `the build command compiled no C sources through the wrapper: make sure it honours $CC (${command})`,
    });
  }
  return { units: result.units, warnings };
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
