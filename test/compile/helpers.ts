// Real temporary git repositories for the build tests.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'lpg test',
  GIT_AUTHOR_EMAIL: 'lpg@example.invalid',
  GIT_COMMITTER_NAME: 'lpg test',
  GIT_COMMITTER_EMAIL: 'lpg@example.invalid',
};

export function sh(cwd: string, argv: string[]): string {
  return execFileSync(argv[0], argv.slice(1), { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 28 });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

/** Commits everything in `dir` and returns the commit id. */
export function commitAll(dir: string, message: string): string {
  sh(dir, ['git', 'add', '-A']);
  sh(dir, ['git', 'commit', '-q', '-m', message]);
  return sh(dir, ['git', 'rev-parse', 'HEAD']).trim();
}

export function initRepo(dir: string): void {
  sh(dir, ['git', 'init', '-q', '-b', 'main']);
}
