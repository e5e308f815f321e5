// The bundled CLI as a user runs it: `node dist/cli.js analyze|demo ...` on the example repository.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExampleRepo, findExampleDir } from '../../src/cli/demo-command.js';
import { requireBundle } from '../support/run-action.js';

const CLI = requireBundle(resolve('dist', 'cli.js'));

function cli(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('livepatch-gate CLI', () => {
  let tmp: string;
  let repo: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'lpg-cli-'));
    repo = createExampleRepo(findExampleDir(), tmp);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test('analyze prints the report, writes JSON and SARIF, and exits 1 when the gate fails', () => {
    const json = join(tmp, 'r.json');
    const sarif = join(tmp, 'r.sarif');
    const r = cli(['analyze', '--repo', repo, '--base', 'base', '--work-dir', join(tmp, 'w'), '--json', json, '--sarif', sarif, '--format', 'text']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^livepatch-gate .*\nFAIL\n/);
    expect(r.stdout).toContain('packet_checksum_all');
    expect(r.stderr).toMatch(/base: .*translation unit/);
    // The worktrees git registers in the user's repository are named, with how to remove them.
    expect(r.stderr).toMatch(/worktrees kept for the next run in .*git -C .* worktree prune/);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ schema: 'livepatch-gate/report', verdict: 'fail', summary: { functionsToPatch: 4 } });
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
  });

  test('--fail-on none passes the same change; the second run reuses the worktrees', () => {
    const r = cli(['analyze', '--repo', repo, '--base', 'base', '--work-dir', join(tmp, 'w'), '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Live-patch gate passed');
    expect(r.stderr).toMatch(/worktree reused/);
  });

  test('usage errors exit 2, analysis errors exit 3, with the reason', () => {
    expect(cli(['analyze', '--repo', repo])).toMatchObject({ code: 2, stderr: expect.stringContaining('--base is required') });
    expect(cli(['analyze', '--repo', repo, '--bogus'])).toMatchObject({ code: 2 });
    expect(cli(['nonsense'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'nonsense'") });
    const missing = cli(['analyze', '--repo', repo, '--base', 'no-such-ref', '--quiet']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/'no-such-ref' is not a commit .*fetch-depth: 0/);
    expect(cli(['analyze', '--repo', tmp, '--base', 'HEAD', '--quiet'])).toMatchObject({ code: 3, stderr: expect.stringContaining(`${tmp} is not a git repository`) });
    const notKernel = cli(['analyze', '--repo', repo, '--base', 'base', '--kind', 'kernel', '--work-dir', join(tmp, 'w'), '--quiet']);
    expect(notKernel.code).toBe(3);
    expect(notKernel.stderr).toMatch(/base build: a kernel build was asked for \(--kind kernel\), but [0-9a-f]{12} is not a Linux tree/);
    expect(cli(['--version']).stdout).toMatch(/^livepatch-gate \d+\.\d+\.\d+/);
  });

  test('demo runs the example end to end and exits 0', () => {
    const r = cli(['demo', '--quiet', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    // The vanished isra clone is no klp_func: it is listed apart, and its callers are patched.
    expect(report.vanished[0].functions.map((f: { symbol: string }) => f.symbol)).toContain('weight.constprop.0.isra.0');
    expect(report.patch[0].functions.map((f: { symbol: string }) => f.symbol)).toContain('packet_route');
  });
  test('without --format: text on a terminal, markdown when piped', () => {
    const piped = cli(['demo', '--quiet']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('<details>');
    // util-linux `script` runs the CLI on a pseudo-terminal, as a person at a shell would.
    const tty = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} demo --quiet`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(tty.status).toBe(0);
    expect(tty.stdout).not.toContain('<details>');
    expect(tty.stdout).toMatch(/functions to patch in pktd/i);
  });

  test('a report that cannot be written (a full disk) is an error; a reader that stops reading is not', async () => {
    const toFullDisk = (args: string[]) => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
        return { code: r.status, stderr: r.stderr };
      } finally {
        closeSync(full);
      }
    };
    expect(toFullDisk(['--version'])).toEqual({ code: 3, stderr: 'livepatch-gate: cannot write to standard output: ENOSPC: no space left on device, write\n' });
    expect(toFullDisk(['analyze', '--help'])).toMatchObject({ code: 3, stderr: expect.stringContaining('cannot write to standard output: ENOSPC') });
    const analyze = ['analyze', '--repo', repo, '--base', 'base', '--work-dir', join(tmp, 'w'), '--fail-on', 'none', '--quiet'];
    const json = join(tmp, 'full-disk.json');
    const full = toFullDisk([...analyze, '--json', json, '--format', 'text']);
    expect(full.code).toBe(3);
    expect(full.stderr).toBe('livepatch-gate analyze: cannot write to standard output: ENOSPC: no space left on device, write\n');
    expect(JSON.parse(readFileSync(json, 'utf8')).verdict).toBe('pass');
    // The reader is gone before the report is ready: the gate's exit code stands, nothing on stderr.
    const child = spawn(process.execPath, [CLI, ...analyze, '--format', 'markdown'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
