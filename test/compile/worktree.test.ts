// Work-dir locking and recovery from a killed run's leftovers, on real git repositories.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { buildSide, type BuildPlan } from '../../src/compile/index.js';
import { lockWorkDir, prepareWorktree } from '../../src/compile/worktree.js';
import { BuildError } from '../../src/model.js';
import { commitAll, initRepo, sh, tempDir, writeFiles } from './helpers.js';

let root: string;
let repo: string;
let c1: string;
let c2: string;
beforeAll(() => {
  root = tempDir('lpg-worktree-');
  repo = path.join(root, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, { 'a.c': 'int a(void) { return 1; }\n' });
  c1 = commitAll(repo, 'one');
  writeFiles(repo, { 'a.c': 'int a(void) { return 2; }\n' });
  c2 = commitAll(repo, 'two');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('leftovers of a killed run', () => {
  test('a stale index.lock in our worktree is removed, not a failure of every later run', async () => {
    const dir = path.join(root, 'w1', 'base', 'src');
    expect(await prepareWorktree(repo, dir, c1)).toBe('created');
    const gitDir = path.resolve(dir, sh(dir, ['git', 'rev-parse', '--git-dir']).trim());
    fs.writeFileSync(path.join(gitDir, 'index.lock'), '');
    expect(await prepareWorktree(repo, dir, c2)).toBe('switched');
    expect(fs.readFileSync(path.join(dir, 'a.c'), 'utf8')).toContain('return 2');
    expect(fs.existsSync(path.join(gitDir, 'index.lock'))).toBe(false);
  });

  test('a half-created worktree (registered and locked "initializing", directory gone) is recovered', async () => {
    const dir = path.join(root, 'w2', 'base', 'src');
    await prepareWorktree(repo, dir, c1);
    sh(repo, ['git', 'worktree', 'lock', '--reason', 'initializing', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'junk'), 'x');
    expect(await prepareWorktree(repo, dir, c2)).toBe('created');
    expect(fs.readFileSync(path.join(dir, 'a.c'), 'utf8')).toContain('return 2');
  });

  test('a failing git command is named as itself (not as "git worktree add")', async () => {
    const workDir = path.join(root, 'w3');
    const plan: BuildPlan = { repo, workDir, kind: 'command', command: 'true', changedPaths: [], extraCflags: [], jobs: 1, ccache: 'off' };
    await prepareWorktree(repo, path.join(workDir, 'base', 'src'), c1);
    const err = await buildSide(plan, 'base', 'f'.repeat(40)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildError);
    expect((err as BuildError).command).toMatch(/^git (-c core\.trustctime=false )?checkout /);
  });
});

describe('one run per work dir', () => {
  test('a second run waits for the first, then proceeds', async () => {
    const workDir = path.join(root, 'w4');
    const first = await lockWorkDir(workDir);
    const progress: string[] = [];
    let acquired = false;
    const second = lockWorkDir(workDir, { waitMs: 5000, pollMs: 20, onProgress: (l) => progress.push(l) }).then((l) => {
      acquired = true;
      return l;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(acquired).toBe(false);
    expect(progress[0]).toMatch(new RegExp(`work dir .*w4 is in use by pid ${process.pid} .*: waiting`));
    first.release();
    (await second).release();
    expect(acquired).toBe(true);
  });

  test('a run that cannot wait says who holds the work dir', async () => {
    const workDir = path.join(root, 'w5');
    const first = await lockWorkDir(workDir);
    await expect(lockWorkDir(workDir, { waitMs: 100, pollMs: 20 })).rejects.toThrow(
      new RegExp(`work dir .*w5 is in use by pid ${process.pid} on .* \\(since .*\\); waited 0.1 s: wait for that run to finish, or use another work dir`),
    );
    first.release();
  });

  test('a lock whose holder is gone (killed run) is taken over', async () => {
    const workDir = path.join(root, 'w6');
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid as number)));
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(path.join(workDir, 'livepatch-gate.lock'), JSON.stringify({ pid: deadPid, host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00Z' }));
    const progress: string[] = [];
    const lock = await lockWorkDir(workDir, { waitMs: 100, onProgress: (l) => progress.push(l) });
    expect(progress.join('\n')).toMatch(new RegExp(`stale lock of pid ${deadPid}`));
    lock.release();
    expect(fs.existsSync(path.join(workDir, 'livepatch-gate.lock'))).toBe(false);
  });
});

describe('a worktree made from another one by hard links', () => {
  test("head's files are linked from base's worktree; only the files that differ are written, base's stay as they are", async () => {
    const base = path.join(root, 'wl', 'base', 'src');
    const head = path.join(root, 'wl', 'head', 'src');
    expect(await prepareWorktree(repo, base, c1)).toBe('created');
    // An ignored output dir (as Kbuild's O= writes it) is not linked and does not stop the linking.
    fs.mkdirSync(path.join(base, '.lpg-out'));
    fs.writeFileSync(path.join(base, '.lpg-out', '.gitignore'), '*\n');
    fs.writeFileSync(path.join(base, '.lpg-out', 'x.o'), 'object');
    expect(await prepareWorktree(repo, head, c2, { keep: '.lpg-out', linkFrom: base })).toBe('linked');
    expect(fs.readFileSync(path.join(head, 'a.c'), 'utf8')).toBe('int a(void) { return 2; }\n');
    expect(fs.readFileSync(path.join(base, 'a.c'), 'utf8')).toBe('int a(void) { return 1; }\n');
    expect(fs.existsSync(path.join(head, '.lpg-out'))).toBe(false);
    expect(sh(head, ['git', 'rev-parse', 'HEAD']).trim()).toBe(c2);
    expect(sh(head, ['git', '-c', 'core.trustctime=false', 'status', '--porcelain']).trim()).toBe('');
    // Moving head back writes a.c anew: base's file is untouched.
    expect(await prepareWorktree(repo, head, c1)).toBe('switched');
    expect(fs.readFileSync(path.join(head, 'a.c'), 'utf8')).toBe('int a(void) { return 1; }\n');
    expect(sh(base, ['git', '-c', 'core.trustctime=false', 'status', '--porcelain']).trim()).toBe('');
  });

  test('a worktree with build outputs of its own (an in-tree build) is never linked from', async () => {
    const base = path.join(root, 'wl2', 'base', 'src');
    const head = path.join(root, 'wl2', 'head', 'src');
    await prepareWorktree(repo, base, c1);
    fs.writeFileSync(path.join(base, 'a.o'), 'object');
    expect(await prepareWorktree(repo, head, c2, { linkFrom: base })).toBe('created');
    expect(fs.statSync(path.join(head, 'a.c')).ino).not.toBe(fs.statSync(path.join(base, 'a.c')).ino);
  });
});
