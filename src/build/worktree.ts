// The side's worktree under workDir: reused across runs so make can reuse its outputs. Never touches the
// user's checkout (git worktrees share the object store, not the working tree). One run at a time holds
// the work dir (lockWorkDir); whatever a killed run left in our worktrees (git lock files, a worktree
// registered but never finished) is cleared here, since no other process can be using them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addWorktree, git } from '../adapters/git.js';

export type WorktreeState = 'created' | 'reused' | 'switched';

/**
 * Makes `dir` a detached worktree of `repo` at `commit`. An existing worktree of the same repository is
 * kept: at the right commit it is reused as is; otherwise `git checkout --detach` moves it, which only
 * rewrites the files that differ, so unchanged files keep their mtimes and make keeps their objects.
 */
export async function prepareWorktree(repo: string, dir: string, commit: string): Promise<WorktreeState> {
  if (fs.existsSync(path.join(dir, '.git')) && (await sameRepository(repo, dir))) {
    await removeStaleGitLocks(dir);
    const head = (await git(dir, ['rev-parse', 'HEAD'], { allowFailure: true })).trim();
    if (head === commit) return 'reused';
    await git(dir, ['checkout', '--quiet', '--force', '--detach', commit]);
    return 'switched';
  }
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
  await addWorktree(repo, dir, commit);
  return 'created';
}

async function sameRepository(repo: string, dir: string): Promise<boolean> {
  const common = async (d: string) =>
    path.resolve(d, (await git(d, ['rev-parse', '--git-common-dir'], { allowFailure: true })).trim());
  try {
    return fs.realpathSync(await common(repo)) === fs.realpathSync(await common(dir));
  } catch {
    return false;
  }
}

/** Removes untracked build outputs from our worktree (never the user's) for a clean rebuild. */
export async function cleanWorktree(dir: string): Promise<void> {
  await git(dir, ['clean', '-fdxq']);
}

/** Lock files git leaves in a worktree's git dir when killed; under our work-dir lock they are stale. */
const GIT_LOCKS = ['index.lock', 'HEAD.lock', 'ORIG_HEAD.lock'];

async function removeStaleGitLocks(dir: string): Promise<void> {
  const gitDir = (await git(dir, ['rev-parse', '--git-dir'], { allowFailure: true })).trim();
  if (!gitDir) return;
  for (const name of GIT_LOCKS) fs.rmSync(path.resolve(dir, gitDir, name), { force: true });
}

// ---------------------------------------------------------------------------------------------
// One run per work dir
// ---------------------------------------------------------------------------------------------

export const LOCK_FILE = 'livepatch-gate.lock';

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface WorkDirLock {
  release(): void;
}

export interface LockOptions {
  /** How long a second run waits for the first (default 30 minutes: a kernel build). */
  waitMs?: number;
  pollMs?: number;
  onProgress?: (line: string) => void;
}

function readHolder(file: string): LockHolder | null {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof v.pid === 'number' ? { pid: v.pid, host: String(v.host ?? ''), since: String(v.since ?? '') } : null;
  } catch {
    return null; // being written, or garbage: treated as held until it can be read
  }
}

/** A holder on this machine whose process is gone left the lock behind (killed run). */
function holderGone(h: LockHolder): boolean {
  if (h.host !== os.hostname()) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Takes the work dir for this run: a lock file created exclusively, naming our pid and host. A second
 * run waits (saying who holds it) up to `waitMs`, then fails naming the holder; a lock whose process is
 * gone is taken over. Released on release() and at process exit.
 */
export async function lockWorkDir(workDir: string, opts: LockOptions = {}): Promise<WorkDirLock> {
  const waitMs = opts.waitMs ?? 30 * 60_000;
  const pollMs = opts.pollMs ?? 1000;
  fs.mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder && holderGone(holder)) {
      opts.onProgress?.(`work dir ${workDir}: removing the stale lock of pid ${holder.pid} (since ${holder.since}), a run that was killed`);
      // Rename first: of two runs recovering at once, only one removes it.
      const moved = `${file}.stale.${process.pid}`;
      try {
        fs.renameSync(file, moved);
        fs.rmSync(moved, { force: true });
      } catch {
        // the other run got there first
      }
      continue;
    }
    const who = holder ? `pid ${holder.pid} on ${holder.host} (since ${holder.since})` : 'another run';
    const waited = Date.now() - started;
    if (waited >= waitMs) {
      throw new Error(`work dir ${workDir} is in use by ${who}; waited ${(waited / 1000).toFixed(1)} s: wait for that run to finish, or use another work dir (--work-dir / work-dir)`);
    }
    if (!told) opts.onProgress?.(`work dir ${workDir} is in use by ${who}: waiting up to ${Math.round(waitMs / 1000)} s`);
    told = true;
    await new Promise((r) => setTimeout(r, Math.min(pollMs, waitMs - waited)));
  }
  const release = () => {
    process.removeListener('exit', release);
    const h = readHolder(file);
    if (h && h.pid === me.pid && h.since === me.since) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { release };
}
