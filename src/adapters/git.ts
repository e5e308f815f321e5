// Thin git adapter: every git call the pipeline makes goes through here, so errors read the same.
import { execFile } from 'node:child_process';

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim() || 'no output'}`);
    this.name = 'GitError';
  }
}

/** Runs git in `cwd` and returns stdout. Large outputs (diffs of big PRs) are allowed up to 1 GiB. */
export function git(cwd: string, args: string[], opts: { allowFailure?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err && !opts.allowFailure) reject(new GitError(args, stderr || err.message));
      else resolve(stdout);
    });
  });
}

/** Resolves a ref to a full commit id, with an actionable error when it does not exist. */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  const out = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  const id = out.trim();
  if (!id) {
    const inside = await git(repo, ['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
    if (inside.trim() !== 'true') {
      throw new GitError(['rev-parse', ref], `${repo} is not a git repository (or not one this user may read): point --repo / the action's repo at the checkout.`);
    }
    throw new GitError(
      ['rev-parse', ref],
      `'${ref}' is not a commit in ${repo}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref}).`,
    );
  }
  return id;
}

/** The file's text at a commit, or null when it does not exist there. */
export async function showFile(repo: string, commit: string, path: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['show', `${commit}:${path}`], { cwd: repo, maxBuffer: 1 << 30, encoding: 'utf8' }, (err, stdout) =>
      resolve(err ? null : stdout),
    );
  });
}

/** The merge base of two commits: what a PR's diff is taken against. */
export async function mergeBase(repo: string, a: string, b: string): Promise<string> {
  return (await git(repo, ['merge-base', a, b])).trim();
}

/** Adds (or refreshes) a detached worktree of `commit` at `dir`, leaving the user's checkout alone. */
export async function addWorktree(repo: string, dir: string, commit: string): Promise<void> {
  await git(repo, ['worktree', 'remove', '--force', dir], { allowFailure: true });
  await git(repo, ['worktree', 'prune']);
  // Twice --force: a killed `worktree add` leaves its entry locked ("initializing"); the dir is ours.
  await git(repo, ['worktree', 'add', '--force', '--force', '--detach', dir, commit]);
}
