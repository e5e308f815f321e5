// Compile C fixtures with the system gcc into a temp tree and find their -fdump-ipa-clones files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'lpg-clones-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/**
 * `gcc -O2 -fdump-ipa-clones -c SRC -o OUT` in `root` (SRC absolute when `absolute`), returning the
 * dump path (gcc 11+: the object's stem plus the source suffix, next to the object).
 */
export function compile(root: string, src: string, out: string, opts: { absolute?: boolean; flags?: string[] } = {}): string {
  mkdirSync(dirname(join(root, out)), { recursive: true });
  const input = opts.absolute ? join(root, src) : src;
  execFileSync('gcc', ['-O2', '-fdump-ipa-clones', ...(opts.flags ?? []), '-c', input, '-o', out], { cwd: root, stdio: 'pipe' });
  const dump = join(root, dirname(out), `${out.slice(out.lastIndexOf('/') + 1).replace(/\.o$/, '')}${src.slice(src.lastIndexOf('.'))}.000i.ipa-clones`);
  if (!existsSync(dump)) throw new Error(`gcc wrote no dump at ${dump}`);
  return dump;
}

/** Capture what `fn` writes to process.stdout / process.stderr. */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const fake = (append: (s: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = fake((s) => (stdout += s));
  process.stderr.write = fake((s) => (stderr += s));
  try {
    const result = await fn();
    return { result, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
