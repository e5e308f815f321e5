// The output dir's reuse rules, on real git repositories and real make: what counts as a configuration
// input, timestamps that make make redo exactly what changed (whatever order the worktree and the outputs
// were written in), a worktree re-made around a kept output dir, and the phase clock.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { alignTimestamps, configuredFor, configurationInputs, OUT_DIR_NAME, preparedArchitectures, readOutDirState, saveOutDirState } from '../../src/compile/kbuild-outdir.js';
import { ARCHITECTURES, hostArchitecture, targetArchitecture } from '../../src/architectures.js';
import { prepareWorktree } from '../../src/compile/worktree.js';
import { describePhases, PhaseClock } from '../../src/pipeline/phases.js';
import { commitAll, initRepo, tempDir, writeFiles } from './helpers.js';

let root: string;
let repo: string;
let c1: string;
let c2: string;
let c3: string;
beforeAll(() => {
  root = tempDir('lpg-outdir-');
  repo = path.join(root, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  // An O= build in a subdirectory of the tree, like Kbuild's: sources are '../x'.
  writeFiles(repo, {
    'a.txt': 'a1\n',
    'b.txt': 'b1\n',
    'Kconfig': 'config A\n',
    'Makefile.out': 'all: a.out b.out\n%.out: ../%.txt\n\tcp $< $@\n',
  });
  c1 = commitAll(repo, 'one');
  writeFiles(repo, { 'a.txt': 'a2\n' });
  c2 = commitAll(repo, 'two: a.txt');
  writeFiles(repo, { 'Kconfig': 'config A\nconfig B\n' });
  c3 = commitAll(repo, 'three: Kconfig');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** What make would redo in `out` (dry run), as the targets it names. */
function wouldRemake(out: string): string[] {
  const r = spawnSync('make', ['-n', '-f', '../Makefile.out'], { cwd: out, encoding: 'utf8' });
  return [...r.stdout.matchAll(/cp \.\.\/(\w+)\.txt/g)].map((m) => m[1]).sort();
}

test('configuration inputs: Kconfig files, defconfigs, scripts/, the top and arch Makefiles, the config file', () => {
  expect(
    configurationInputs(
      ['kernel/fork.c', 'include/linux/sched.h', 'mm/Kconfig', 'arch/x86/Kconfig.debug', 'arch/x86/configs/x86_64_defconfig', 'scripts/kconfig/conf.c', 'Makefile', 'arch/x86/Makefile', 'kernel/Makefile', 'ci/kernel.config'],
      'ci/kernel.config',
    ),
  ).toEqual(['mm/Kconfig', 'arch/x86/Kconfig.debug', 'arch/x86/configs/x86_64_defconfig', 'scripts/kconfig/conf.c', 'Makefile', 'arch/x86/Makefile', 'ci/kernel.config']);
});

test('a .config is kept across commits unless a configuration input changed, and never for an unknown commit', async () => {
  const state = { configStamp: 's', configuredAt: c1, sources: [c1] };
  expect(await configuredFor(repo, state, 's', c2, null)).toMatchObject({ ok: true });
  expect(await configuredFor(repo, state, 's', c3, null)).toEqual({ ok: false, why: expect.stringMatching(/^Kconfig changed since/) });
  expect(await configuredFor(repo, state, 'other', c2, null)).toMatchObject({ ok: false });
  expect(await configuredFor(repo, { ...state, configuredAt: 'f'.repeat(40) }, 's', c2, null)).toEqual({ ok: false, why: expect.stringMatching(/does not have/) });
});

describe('timestamps', () => {
  test('outputs built at one commit, sources re-checked-out later at another: make redoes only what changed', async () => {
    const wt = path.join(root, 'w1', 'src');
    expect(await prepareWorktree(repo, wt, c1)).toBe('created');
    const out = path.join(wt, OUT_DIR_NAME);
    fs.mkdirSync(out);
    expect(spawnSync('make', ['-f', '../Makefile.out'], { cwd: out }).status).toBe(0);
    saveOutDirState(out, { sources: [c1] });
    // The worktree is made again (as after a cache restore): every source is now newer than the outputs.
    fs.rmSync(path.join(wt, '.git'));
    expect(await prepareWorktree(repo, wt, c2, { keep: OUT_DIR_NAME })).toBe('created');
    expect(fs.readFileSync(path.join(out, 'a.out'), 'utf8')).toBe('a1\n');
    expect(wouldRemake(out)).toEqual(['a', 'b']);
    expect(await alignTimestamps(wt, out, readOutDirState(out), c2)).toEqual(['a.txt']);
    expect(wouldRemake(out)).toEqual(['a']);
  });

  test('a file changed in any commit the outputs may come from is marked, and an unknown commit is no answer (null)', async () => {
    const wt = path.join(root, 'w2', 'src');
    await prepareWorktree(repo, wt, c1);
    const out = path.join(wt, OUT_DIR_NAME);
    fs.mkdirSync(out);
    expect(spawnSync('make', ['-f', '../Makefile.out'], { cwd: out }).status).toBe(0);
    // A run at c2 was killed half-way: outputs may come from c1 or c2. Back at c1, a.txt differs from c2.
    expect(await alignTimestamps(wt, out, { sources: [c1, c2] }, c1)).toEqual(['a.txt']);
    expect(wouldRemake(out)).toEqual(['a']);
    expect(await alignTimestamps(wt, out, { sources: ['e'.repeat(40)] }, c1)).toBeNull();
    expect(await alignTimestamps(wt, out, { sources: [] }, c1)).toBeNull();
  });
});

test('the architectures an output dir was prepared for are the arch/ trees holding generated headers', () => {
  const out = path.join(root, 'arch-out');
  fs.mkdirSync(path.join(out, 'arch', 'x86', 'include', 'generated', 'asm'), { recursive: true });
  // A source-like arch/ dir without generated headers (Kbuild makes arch/<x>/ for objects too) is no build of it.
  fs.mkdirSync(path.join(out, 'arch', 'arm64', 'kernel'), { recursive: true });
  expect(preparedArchitectures(out)).toEqual(['x86']);
  fs.mkdirSync(path.join(out, 'arch', 's390', 'include', 'generated'), { recursive: true });
  expect(preparedArchitectures(out)).toEqual(['s390', 'x86']);
  expect(preparedArchitectures(path.join(root, 'no-such-out'))).toEqual([]);
});

test("a build's architecture: its target's, else this machine's; SRCARCH as the top Makefile maps ARCH", () => {
  expect(ARCHITECTURES.map((a) => `${a.kernelArch}:${a.srcArch}`)).toEqual(['x86_64:x86', 'arm64:arm64', 'powerpc:powerpc', 's390:s390']);
  const s390 = ARCHITECTURES.find((a) => a.name === 's390x')!;
  expect(targetArchitecture({ arch: s390, crossCompile: 's390x-linux-gnu-' })).toBe(s390);
  // A native build is for this machine.
  expect(targetArchitecture(undefined)).toBe(hostArchitecture());
});

test('the phase clock sums each phase and names the slowest', () => {
  let now = 0;
  const clock = new PhaseClock(() => now);
  clock.enter('base prepare');
  now = 60_000;
  clock.enter('base objects');
  now = 70_000;
  clock.enter('head objects');
  now = 82_000;
  clock.end();
  expect(clock.times()).toEqual([
    { name: 'base prepare', seconds: 60 },
    { name: 'base objects', seconds: 10 },
    { name: 'head objects', seconds: 12 },
  ]);
  expect(describePhases(clock.times())).toBe('time by phase: base prepare 60.0 s, base objects 10.0 s, head objects 12.0 s; slowest: base prepare (60.0 s, 73% of 82.0 s)');
});
