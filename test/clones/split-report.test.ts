// `clones --jobs N`: the report written on worker threads is the one-thread report, byte for byte (the
// bundled CLI under Node 24, on real gcc dumps, the workers' part far larger than their rings), and
// the ring between the threads on its own.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newRing, RING_BYTES, RingReader, RingWriter } from '../../src/clones/section-ring.js';
import { node24Path, requireBundle } from '../support/run-action.js';
import { compile, removeTree, tempTree } from './helpers.js';

const CLI = requireBundle(resolve('dist', 'cli.js'));
requireBundle(resolve('dist', 'clones-worker.js'));

/** 60 inline helpers, each inlined into a dozen of 40 static functions, themselves inlined into 40 more. */
function inlineHeavySource(): string {
  const lines: string[] = [];
  for (let h = 0; h < 60; h++) lines.push(`static inline int h${h}(int x) { return x * ${h + 3} + (x >> ${(h % 7) + 1}); }`);
  for (let c = 0; c < 40; c++) {
    const body = Array.from({ length: 12 }, (_, k) => `h${(c * 7 + k) % 60}(x+${k})`).join(' + ');
    lines.push(`static int mid${c}(int x) { return ${body}; }`);
  }
  for (let f = 0; f < 40; f++) lines.push(`int f${f}(int x) { return mid${f}(x) + mid${(f + 1) % 40}(x*2) + mid${(f + 5) % 40}(x-1); }`);
  lines.push('static __attribute__((noinline)) int cp(int a, int b) { int s=0; for (int i=0;i<b;i++) s+=a*i; return s; }');
  for (let u = 0; u < 10; u++) lines.push(`int usecp${u}(int a) { return cp(a+${u}, 10); }`);
  return `${lines.join('\n')}\n`;
}

describe('the bundled CLI with --jobs', () => {
  let root: string;
  const clones = (...args: string[]) => {
    const r = spawnSync(node24Path(), [CLI, 'clones', ...args], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 30 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
  };

  beforeAll(() => {
    root = tempTree({ 'src/t.c': inlineHeavySource() });
    const dump = compile(root, 'src/t.c', 'out/t.o');
    // The same TU built into 360 directories: 40k sections, ~12 MB of text report.
    for (let d = 0; d < 360; d++) {
      mkdirSync(join(root, 'corpus', `d${String(d).padStart(3, '0')}`), { recursive: true });
      copyFileSync(dump, join(root, 'corpus', `d${String(d).padStart(3, '0')}`, 't.c.000i.ipa-clones'));
    }
    // Warnings come out in file order whatever the threads: a malformed line, a reason gcc does not
    // write, a file that is not a dump.
    writeFileSync(join(root, 'corpus', 'd100', 'bad.c.000i.ipa-clones'), 'Callgraph clone;x;1\nCallgraph clone;a;1;b.c;1;1;a.foo.0;2;b.c;1;1;foo\n');
    writeFileSync(join(root, 'corpus', 'd200', 'bin.c.000i.ipa-clones'), Buffer.from([0x43, 0, 1, 2]));
  });
  afterAll(() => removeTree(root));

  test('text: the same bytes and warnings on 1, 2 and 3 threads, and by default', () => {
    const one = clones('--quiet', '-j1', 'corpus');
    expect(one.status).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(3 * RING_BYTES);
    expect(one.stderr).toContain('d100/bad.c.000i.ipa-clones:1:');
    expect(one.stderr).toContain("unknown clone reason 'foo'");
    expect(one.stderr).toContain('d200/bin.c.000i.ipa-clones:1: skipped: binary data');
    for (const jobs of ['2', '3']) {
      const many = clones('--quiet', '-j', jobs, 'corpus');
      expect(many.status).toBe(0);
      expect(many.stderr).toBe(one.stderr);
      expect(Buffer.compare(many.stdout, one.stdout)).toBe(0);
    }
    expect(Buffer.compare(clones('--quiet', 'corpus').stdout, one.stdout)).toBe(0);
  });

  test('JSON and --ignore-removed: the same bytes on 2 threads', () => {
    for (const args of [['--format', 'json'], ['--ignore-removed']]) {
      const one = clones('--quiet', '-j1', ...args, 'corpus');
      const two = clones('--quiet', '-j2', ...args, 'corpus');
      expect(two.status).toBe(0);
      expect(Buffer.compare(two.stdout, one.stdout)).toBe(0);
    }
    const json = clones('--quiet', '-j2', '--format', 'json', 'corpus').stdout;
    expect(json.length).toBeGreaterThan(3 * RING_BYTES);
    const doc = JSON.parse(json.toString('utf8'));
    expect(doc.functions.length).toBeGreaterThan(20_000);
    expect(doc.warnings.map((w: { message: string }) => w.message).join('\n')).toContain("unknown clone reason 'foo'");
  });

  test('a full disk is an error naming it; a reader that stops reading (| head) ends the report quietly', async () => {
    for (const jobs of ['1', '2']) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(node24Path(), [CLI, 'clones', '--quiet', '-j', jobs, 'corpus'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/\nlivepatch-gate clones: cannot write to standard output: ENOSPC/);
      expect(r.stderr).not.toContain('Unhandled');
      const child = spawn(node24Path(), [CLI, 'clones', '--quiet', '-j', jobs, 'corpus'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(stderr).not.toMatch(/EPIPE|Unhandled|cannot write/);
    }
  });

  test('a bad --jobs is a usage error; --symbol and --group are written on one thread', () => {
    for (const bad of ['0', 'two', '1.5', '65']) {
      const r = clones('-j', bad, 'corpus');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--jobs must be a whole number from 1 to 64');
    }
    const one = clones('--quiet', '--group', '-j1', 'corpus');
    expect(Buffer.compare(clones('--quiet', '--group', '-j2', 'corpus').stdout, one.stdout)).toBe(0);
    const sym = clones('--quiet', '--symbol', 'h3', '-j2', 'corpus');
    expect(sym.status).toBe(0);
    expect(Buffer.compare(sym.stdout, clones('--quiet', '--symbol', 'h3', 'corpus').stdout)).toBe(0);
  });
});

describe('the section ring', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  /** A sink collecting what the reader copies. */
  const collect = () => {
    const parts: number[] = [];
    return { parts, sink: { bytes: (src: Uint8Array, start: number, end: number) => parts.push(...src.subarray(start, end)) }, text: () => Buffer.from(parts).toString('utf8') };
  };
  const never = new Promise<never>(() => {});

  test('sections arrive whole and in order, across the wrap and larger than the ring', async () => {
    const memory = newRing(3, 16);
    const writer = new RingWriter(memory);
    const reader = new RingReader(memory, never);
    const out = collect();
    writer.sectionLengths([5, 20]);
    writer.write(bytes('hello'));
    expect(reader.copySection(out.sink)).toBeNull();
    expect(out.text()).toBe('hello');
    // 20 bytes through a 16-byte ring: 16 now, the reader takes them, 4 more.
    writer.write(bytes('abcdefghijklmnop'));
    const wait = reader.copySection(out.sink);
    expect(wait).not.toBeNull();
    writer.write(bytes('qrst'));
    await wait;
    expect(reader.copySection(out.sink)).toBeNull();
    expect(out.text()).toBe('helloabcdefghijklmnopqrst');
    // A reader ahead of the writer waits, and is woken by the next section.
    const next = reader.copySection(out.sink);
    expect(next).not.toBeNull();
    writer.sectionLengths([3]);
    writer.write(bytes('end'));
    await next;
    expect(reader.copySection(out.sink)).toBeNull();
    expect(out.text()).toMatch(/end$/);
  });

  test('a closed or failed ring stops a waiting reader with an error, never a short report', async () => {
    for (const end of ['close', 'fail'] as const) {
      const memory = newRing(2, 16);
      const writer = new RingWriter(memory);
      const reader = new RingReader(memory, never);
      const out = collect();
      writer.sectionLengths([4]);
      writer.write(bytes('ab'));
      const wait = reader.copySection(out.sink);
      expect(wait).not.toBeNull();
      writer[end]();
      await wait;
      await expect(reader.copySection(out.sink) ?? Promise.resolve()).rejects.toThrow(end === 'fail' ? /failed/ : /closed its ring/);
    }
  });

  test('a writer thread that is gone wakes the reader', async () => {
    const memory = newRing(1, 16);
    let gone: () => void = () => {};
    const reader = new RingReader(memory, new Promise<void>((resolve) => (gone = resolve)));
    const wait = reader.copySection(collect().sink);
    expect(wait).not.toBeNull();
    gone();
    await wait;
  });

  test('ring sizes must be powers of two', () => {
    expect(() => newRing(1, 24)).toThrow(/power of two/);
  });
});
