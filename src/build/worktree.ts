// The side's worktree under workDir: reused across runs so make can reuse its outputs. Never touches the
// user's checkout (git worktrees share the object store, not the working tree).
import fs from 'node:fs';
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

/** Paths that differ between two commits (for deciding whether a prepared kernel tree is still valid). */
export async function changedBetween(repo: string, a: string, b: string): Promise<string[]> {
  const out = await git(repo, ['diff', '--name-only', '--no-renames', a, b], { allowFailure: true });
  return out.split('\n').filter(Boolean);
}

/** Removes untracked build outputs from our worktree (never the user's) for a clean rebuild. */
export async function cleanWorktree(dir: string): Promise<void> {
  await git(dir, ['clean', '-fdxq']);
}
