// A real two-commit C project in a temporary git repository, analysed by the real pipeline (runGate):
// gcc builds base and head through the project's own Makefile, exactly as the action would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGate, type GateResult } from '../../src/pipeline/gate.js';

/** File path → contents; in `head`, null deletes the file. */
export type Files = Record<string, string | null>;

export interface FixtureSpec {
  /** Name of the linked program (the patch-list object). */
  program?: string;
  /** The Makefile's default CFLAGS (`CFLAGS ?= ...`). */
  cflags?: string;
  base: Files;
  /** Edits applied on top of base for the head commit. */
  head: Files;
  deepEvidence?: boolean;
  /** Build for this architecture (the pipeline's `arch`: the compiler wrapper runs its cross gcc). */
  arch?: string;
  crossCompile?: string;
}

export interface Fixture extends GateResult {
  dir: string;
  repo: string;
  cleanup(): void;
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'lpg test',
  GIT_AUTHOR_EMAIL: 'lpg@example.invalid',
  GIT_COMMITTER_NAME: 'lpg test',
  GIT_COMMITTER_EMAIL: 'lpg@example.invalid',
};

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
}

/**
 * Every .c and .S of the tree is compiled with `$(CC) $(CFLAGS) -c` and linked into one program; every
 * object depends on every header so header edits rebuild what includes them.
 */
export function makefileFor(files: string[], program: string, cflags: string): string {
  const objects = files.filter((f) => /\.[cS]$/.test(f)).sort().map((f) => f.replace(/\.[cS]$/, '.o'));
  const headers = files.filter((f) => f.endsWith('.h')).sort();
  return [
    'CC ?= gcc',
    `CFLAGS ?= ${cflags}`,
    `OBJS = ${objects.join(' ')}`,
    `HDRS = ${headers.join(' ')}`,
    '',
    `${program}: $(OBJS)`,
    '\t$(CC) $(CFLAGS) -o $@ $(OBJS)',
    '',
    '%.o: %.c $(HDRS)',
    '\t$(CC) $(CFLAGS) -I. -c $< -o $@',
    '',
    '%.o: %.S',
    '\t$(CC) $(CFLAGS) -c $< -o $@',
    '',
  ].join('\n');
}

function writeTree(repo: string, files: Record<string, string>, program: string, cflags: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  if (!('Makefile' in files)) writeFileSync(join(repo, 'Makefile'), makefileFor(Object.keys(files), program, cflags));
}

function applyEdits(base: Files, head: Files): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const [path, text] of Object.entries({ ...base, ...head })) if (text !== null) tree[path] = text;
  return tree;
}

/** Commits base, then head; builds both and runs the whole gate. Call cleanup() when done. */
export async function runFixture(spec: FixtureSpec): Promise<Fixture> {
  const program = spec.program ?? 'prog';
  const cflags = spec.cflags ?? '-O2';
  const dir = mkdtempSync(join(tmpdir(), 'lpg-pipeline-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    const baseTree = applyEdits(spec.base, {});
    writeTree(repo, baseTree, program, cflags);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'tag', 'base');
    for (const [path, text] of Object.entries(spec.head)) if (text === null) rmSync(join(repo, path));
    writeTree(repo, applyEdits(spec.base, spec.head), program, cflags);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'head');
    const result = await runGate({
      repo,
      base: 'base',
      head: 'HEAD',
      workDir: join(dir, 'work'),
      kind: 'command',
      buildCommand: 'make',
      fullBuild: false,
      extraCflags: [],
      deepEvidence: spec.deepEvidence ?? false,
      ...(spec.arch ? { arch: spec.arch } : {}),
      ...(spec.crossCompile !== undefined ? { crossCompile: spec.crossCompile } : {}),
    });
    return { ...result, dir, repo, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}
