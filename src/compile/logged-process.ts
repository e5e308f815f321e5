// Runs a build step with its output appended to the side's build log; a failure becomes a BuildError
// that names the side, the command and the last lines of the log.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { BuildError, type Side } from '../model.js';

export interface LoggedRun {
  side: Side;
  /** argv; run without a shell unless the caller passes ['sh', '-c', ...]. */
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Called for every output line; returns a short progress line or null. */
  progress?: (line: string) => string | null;
  onProgress?: (line: string) => void;
}

const TAIL_LINES = 40;

export async function runLogged(run: LoggedRun): Promise<void> {
  const log = fs.openSync(run.logFile, 'a');
  const shown = displayCommand(run.argv);
  fs.writeSync(log, `\n$ ${shown}    # in ${run.cwd}\n`);
  try {
    const code = await new Promise<number | string>((resolve, reject) => {
      const child = spawn(run.argv[0], run.argv.slice(1), { cwd: run.cwd, env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let pending = '';
      const onData = (chunk: Buffer) => {
        fs.writeSync(log, chunk);
        if (!run.progress || !run.onProgress) return;
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const p = run.progress(line);
          if (p) run.onProgress(p);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', (c, signal) => resolve(c ?? signal ?? 'unknown'));
    }).catch((e: Error) => e.message);
    if (code !== 0) {
      fs.writeSync(log, `\n[livepatch-gate] command exited with ${code}\n`);
      throw new BuildError(run.side, shown, logTail(run.logFile));
    }
  } finally {
    fs.closeSync(log);
  }
}

/** The last ~40 lines of a log file (read from its end, logs of full kernel builds are large). */
export function logTail(file: string, lines = TAIL_LINES): string {
  const size = fs.statSync(file).size;
  const len = Math.min(size, 64 * 1024);
  const buf = Buffer.alloc(len);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buf, 0, len, size - len);
  } finally {
    fs.closeSync(fd);
  }
  return buf.toString('utf8').split('\n').slice(-lines - 1).join('\n').trimEnd();
}

export function displayCommand(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
