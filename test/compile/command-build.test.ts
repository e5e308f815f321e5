import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildSide, detectProjectKind, type BuildPlan } from '../../src/compile/index.js';
import { BuildError } from '../../src/model.js';
import { commitAll, initRepo, sh, tempDir, writeFiles } from './helpers.js';

const MAKEFILE = `CFLAGS = -O2 -Wall
prog: main.o util.o
\t$(CC) $(CFLAGS) -o prog main.o util.o
%.o: %.c
\t$(CC) $(CFLAGS) -c $< -o $@
`;
const UTIL_BASE = `static int helper(int x) { return x * 3 + 1; }
int work(int y) { return helper(y) + helper(y + 1); }
`;
const UTIL_HEAD = `static int helper(int x) { return x * 5 - 2; }
int work(int y) { return helper(y) + helper(y + 1); }
`;
const MAIN = `int work(int);
int main(int argc, char **argv) { (void)argv; return work(argc); }
`;

describe('buildSide with a build command (make)', () => {
  let root: string;
  let repo: string;
  let base: string;
  let head: string;
  let broken: string;

  beforeAll(() => {
    root = tempDir('lpg-build-');
    repo = path.join(root, 'repo');
    fs.mkdirSync(repo);
    initRepo(repo);
    writeFiles(repo, { Makefile: MAKEFILE, 'main.c': MAIN, 'util.c': UTIL_BASE, '.gitignore': '*.o\n*.ipa-clones\nprog\n' });
    base = commitAll(repo, 'base');
    writeFiles(repo, { 'util.c': UTIL_HEAD });
    head = commitAll(repo, 'head');
    writeFiles(repo, { 'util.c': UTIL_HEAD + 'int broken( {\n' });
    broken = commitAll(repo, 'broken');
    sh(repo, ['git', 'checkout', '-q', '--detach', head]);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const plan = (workDir: string, extra: Partial<BuildPlan> = {}): BuildPlan => ({
    repo,
    workDir,
    kind: 'auto',
    command: 'make',
    changedPaths: ['util.c'],
    extraCflags: [],
    jobs: 2,
    ccache: 'off',
    ...extra,
  });

  test('builds base and head in worktrees with dumps, commands and owners; leaves the checkout alone', async () => {
    const workDir = path.join(root, 'work');
    const progress: string[] = [];
    const statusBefore = sh(repo, ['git', 'status', '--porcelain']);
    for (const [side, commit] of [['base', base], ['head', head]] as const) {
      const result = await buildSide(plan(workDir, { onProgress: (l) => progress.push(l) }), side, commit);
      expect(result.side).toBe(side);
      expect(result.commit).toBe(commit);
      expect(result.sourceDir).toBe(path.join(workDir, side, 'src'));
      expect(sh(result.sourceDir, ['git', 'rev-parse', 'HEAD']).trim()).toBe(commit);
      expect(result.units.map((u) => u.source)).toEqual(['main.c', 'util.c']);
      for (const u of result.units) {
        expect(u.dump).not.toBeNull();
        expect(fs.existsSync(u.dump!)).toBe(true);
        expect(u.object).toBe(path.join(result.sourceDir, u.source.replace(/\.c$/, '.o')));
        expect(fs.existsSync(u.object)).toBe(true);
        expect(u.owner).toBe('prog');
        expect(u.cwd).toBe(result.sourceDir);
        expect(u.command[0]).toBe('gcc');
        expect(u.command).toEqual(expect.arrayContaining(['-O2', '-c', '-fdump-ipa-clones', '-ffunction-sections', '-fdata-sections']));
      }
      expect(result.warnings).toEqual([]);
      expect(fs.existsSync(path.join(workDir, side, 'build.log'))).toBe(true);
    }
    // The dumps are real GCC output: util.c's helper is inlined into work on both sides.
    const headUtil = fs.readFileSync(path.join(workDir, 'head', 'src', 'util.c.000i.ipa-clones'), 'utf8');
    expect(headUtil).toMatch(/^Callgraph clone;helper;.*;work;.*;inlining to$/m);
    expect(progress.some((l) => /^base: compiled \d+ objects/.test(l))).toBe(true);
    expect(progress.every((l) => l.length < 200)).toBe(true);
    // The user's checkout is untouched.
    expect(sh(repo, ['git', 'rev-parse', 'HEAD']).trim()).toBe(head);
    expect(sh(repo, ['git', 'status', '--porcelain'])).toBe(statusBefore);
    expect(fs.existsSync(path.join(repo, 'util.o'))).toBe(false);

    // Second run: the worktree is reused and make has nothing to do, yet the units are all there.
    const objMtime = fs.statSync(path.join(workDir, 'head', 'src', 'main.o')).mtimeMs;
    const again: string[] = [];
    const second = await buildSide(plan(workDir, { onProgress: (l) => again.push(l) }), 'head', head);
    expect(again[0]).toMatch(/^head: worktree reused/);
    expect(second.units.map((u) => u.source)).toEqual(['main.c', 'util.c']);
    expect(fs.statSync(path.join(workDir, 'head', 'src', 'main.o')).mtimeMs).toBe(objMtime);

    // Moving the base worktree to head: only util.c is rebuilt (main.o keeps its mtime).
    const baseMain = path.join(workDir, 'base', 'src', 'main.o');
    const mainMtime = fs.statSync(baseMain).mtimeMs;
    const switched = await buildSide(plan(workDir), 'base', head);
    expect(switched.units.map((u) => u.source)).toEqual(['main.c', 'util.c']);
    expect(fs.statSync(baseMain).mtimeMs).toBe(mainMtime);
    expect(fs.readFileSync(path.join(workDir, 'base', 'src', 'util.c'), 'utf8')).toBe(UTIL_HEAD);
  });

  test('a failing head build throws BuildError naming the side, the command and the log tail', async () => {
    const workDir = path.join(root, 'work-broken');
    const err = await buildSide(plan(workDir), 'head', broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BuildError);
    const be = err as BuildError;
    expect(be.side).toBe('head');
    expect(be.command).toContain('make');
    expect(be.message).toMatch(/^head build failed: .*make/);
    expect(be.logTail).toMatch(/util\.c:3:.*error/);
    expect(be.message).toContain(be.logTail);
  });

  test('a work dir whose name is shell syntax is only ever an argument, never shell text', async () => {
    const marker = path.join(root, 'INJECTED');
    const workDir = path.join(root, `r';touch ${marker};'"$(touch ${marker}2)"`);
    const result = await buildSide(plan(workDir), 'base', base);
    expect(result.units.map((u) => u.source)).toEqual(['main.c', 'util.c']);
    expect(fs.existsSync(marker)).toBe(false);
    expect(fs.existsSync(`${marker}2`)).toBe(false);
    // The generated wrapper script names no path either: it takes them from its environment.
    const wrapper = fs.readFileSync(path.join(workDir, 'bin', 'lpg-cc'), 'utf8');
    expect(wrapper).not.toContain(root);
  });

  test('no build command: a top-level Makefile means make, said in the progress', async () => {
    const progress: string[] = [];
    const result = await buildSide(plan(path.join(root, 'work-default'), { command: undefined, onProgress: (l) => progress.push(l) }), 'base', base);
    expect(result.units.map((u) => u.source).sort()).toEqual(['main.c', 'util.c']);
    expect(progress.some((l) => /using make/.test(l))).toBe(true);
  });

  test('detectProjectKind: a plain C project is a command build', async () => {
    expect(await detectProjectKind(repo)).toBe('command');
  });

  const hasCmake = (() => {
    try {
      execFileSync('cmake', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();
  (hasCmake ? test : test.skip)('CMake project: units per target with dumps', async () => {
    const croot = tempDir('lpg-cmake-');
    try {
      const crepo = path.join(croot, 'repo');
      fs.mkdirSync(crepo);
      initRepo(crepo);
      writeFiles(crepo, {
        'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.13)\nproject(demo C)\nadd_library(util STATIC util.c)\nadd_executable(app main.c)\ntarget_link_libraries(app util)\n',
        'main.c': MAIN,
        'util.c': UTIL_BASE,
      });
      const c = commitAll(crepo, 'cmake');
      const result = await buildSide(
        {
          repo: crepo,
          workDir: path.join(croot, 'work'),
          kind: 'command',
          command: 'cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build',
          changedPaths: ['util.c'],
          extraCflags: [],
          jobs: 2,
          ccache: 'off',
        },
        'base',
        c,
      );
      expect(result.units.map((u) => [u.source, u.owner])).toEqual([
        ['main.c', 'app'],
        ['util.c', 'util'],
      ]);
      for (const u of result.units) {
        expect(u.dump && fs.existsSync(u.dump)).toBeTruthy();
        expect(u.object.endsWith(`build/CMakeFiles/${u.owner}.dir/${u.source}.o`)).toBe(true);
      }
    } finally {
      fs.rmSync(croot, { recursive: true, force: true });
    }
  });
});
