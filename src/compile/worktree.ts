// The side's worktree under workDir: reused across runs so make can reuse its outputs. Never touches the
// user's checkout (git worktrees share the object store, not the working tree). One run at a time holds
// the work dir (lockWorkDir); whatever a killed run left in our worktrees (git lock files, a worktree
// registered but never finished) is cleared here, since no other process can be using them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { addWorktree, git } from '../adapters/git.js';

export type WorktreeState = 'created' | 'linked' | 'reused' | 'switched';

/**
 * Our worktrees' files may be hard links shared between base and head (linkWorktree): linking changes
 * every file's ctime, which git would otherwise read as "maybe modified" and rewrite. Nothing else
 * writes these worktrees, and git still compares mtime, size and inode.
 */
const WT = ['-c', 'core.trustctime=false'];

export interface WorktreeOptions {
  /** An untracked child (a build output dir restored from a cache without its worktree) that survives. */
  keep?: string;
  /** A clean worktree of the same repository to link files from when `dir` must be made. */
  linkFrom?: string;
}

/**
 * Makes `dir` a detached worktree of `repo` at `commit`. An existing worktree of the same repository is
 * kept: at the right commit it is reused as is; otherwise `git checkout --detach` moves it, which only
 * rewrites the files that differ, so unchanged files keep their mtimes and make keeps their objects.
 */
export async function prepareWorktree(repo: string, dir: string, commit: string, opts: WorktreeOptions = {}): Promise<WorktreeState> {
  if (fs.existsSync(path.join(dir, '.git')) && (await sameRepository(repo, dir))) {
    await removeStaleGitLocks(dir);
    const head = (await git(dir, ['rev-parse', 'HEAD'], { allowFailure: true })).trim();
    if (head === commit) return 'reused';
    await git(dir, [...WT, 'checkout', '--quiet', '--force', '--detach', commit]);
    return 'switched';
  }
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const kept = opts.keep && fs.existsSync(path.join(dir, opts.keep)) ? `${dir}.keep-${process.pid}` : null;
  if (kept) {
    fs.rmSync(kept, { recursive: true, force: true });
    fs.renameSync(path.join(dir, opts.keep as string), kept);
  }
  if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
  const linked = opts.linkFrom ? await linkWorktree(repo, opts.linkFrom, dir, commit, opts.keep) : false;
  if (!linked) await addWorktree(repo, dir, commit);
  if (kept) {
    fs.rmSync(path.join(dir, opts.keep as string), { recursive: true, force: true });
    fs.renameSync(kept, path.join(dir, opts.keep as string));
  }
  return linked ? 'linked' : 'created';
}

/**
 * A new worktree of `commit` at `dir` made from `from`, a clean worktree of the same repository: its
 * files hard-linked (`cp -al`), its index copied, then `git checkout` moves it to `commit`, writing only
 * the files that differ. Git replaces a file it checks out (unlink, create), never writes into it, so
 * `from`'s files are never changed through a link. On a Linux tree: 10 s instead of 50-80 s for a
 * checkout (2 loaded cores). False, with nothing left at `dir`, when `from` is not usable.
 */
async function linkWorktree(repo: string, from: string, dir: string, commit: string, skip?: string): Promise<boolean> {
  if (!fs.existsSync(path.join(from, '.git')) || !(await sameRepository(repo, from))) return false;
  const fromHead = (await git(from, ['rev-parse', 'HEAD'], { allowFailure: true })).trim();
  // Clean, and nothing but tracked files besides `skip`: an in-tree build's objects must never be shared
  // (a compiler writes its output in place, through the link).
  if (!fromHead) return false;
  try {
    const status = await git(from, [...WT, 'status', '--porcelain', '--untracked-files=normal', '--ignored']);
    if (status.split('\n').some((l) => l.trim() !== '' && !(skip && (l.slice(3) === skip || l.slice(3) === `${skip}/`)))) return false;
  } catch {
    return false;
  }
  try {
    await git(repo, ['worktree', 'prune']);
    await git(repo, ['worktree', 'add', '--force', '--force', '--no-checkout', '--detach', dir, fromHead]);
    const names = fs.readdirSync(from).filter((n) => n !== '.git' && n !== skip);
    if (names.length > 0) await run(['cp', '-al', '--', ...names.map((n) => path.join(from, n)), dir]);
    const index = async (d: string) => path.resolve(d, (await git(d, ['rev-parse', '--git-path', 'index'])).trim());
    fs.copyFileSync(await index(from), await index(dir));
    await git(dir, [...WT, 'checkout', '--quiet', '--detach', commit]);
    return true;
  } catch {
    await git(repo, ['worktree', 'remove', '--force', dir], { allowFailure: true });
    fs.rmSync(dir, { recursive: true, force: true });
    return false;
  }
}

function run(argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(argv[0], argv.slice(1), (err, _out, stderr) => (err ? reject(new Error(`${argv[0]} failed: ${stderr || err.message}`)) : resolve()));
  });
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
