// Real temporary git repositories for the changes tests: commit a base tree, then a head tree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | Buffer>;

export interface TwoCommitRepo {
  dir: string;
  base: string;
  head: string;
  cleanup(): void;
}

function run(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
}

function writeTree(dir: string, tree: Tree): void {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** base tree committed, then head tree (files absent from `head` are deleted). */
export function twoCommitRepo(base: Tree, head: Tree): TwoCommitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'lpg-changes-'));
  const commit = (msg: string): string => {
    run(dir, ['add', '-A']);
    run(dir, ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', msg]);
    return run(dir, ['rev-parse', 'HEAD']).trim();
  };
  run(dir, ['init', '-q']);
  writeTree(dir, base);
  const b = commit('base');
  for (const path of Object.keys(base)) if (!(path in head)) rmSync(join(dir, path));
  writeTree(dir, head);
  const h = commit('head');
  return { dir, base: b, head: h, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
