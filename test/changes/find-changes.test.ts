import { findSourceChanges } from '../../src/changes/find-changes.js';
import type { ChangedFunction, SourceChanges } from '../../src/model.js';
import { FORK_C, OPEN_C, SCHED_H } from './fixtures.js';
import { twoCommitRepo, type Tree } from './repo.js';

async function changes(base: Tree, head: Tree): Promise<SourceChanges> {
  const repo = twoCommitRepo(base, head);
  try {
    return await findSourceChanges(repo.dir, repo.base, repo.head);
  } finally {
    repo.cleanup();
  }
}

function fn(c: SourceChanges, name: string): ChangedFunction {
  const f = c.functions.find((x) => x.name === name);
  if (!f) throw new Error(`${name} not among ${c.functions.map((x) => x.name).join(', ')}`);
  return f;
}

/** Line (1-based) of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not found`);
  return i + 1;
}

describe('findSourceChanges on real git repositories', () => {
  test('base = head (a push run that only builds the base): no changed file at all', async () => {
    const repo = twoCommitRepo({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': FORK_C + '\n' });
    try {
      expect(await findSourceChanges(repo.dir, repo.base, repo.base)).toEqual({ files: [], functions: [], other: [], warnings: [] });
    } finally {
      repo.cleanup();
    }
  });

  test('body change in a static function: only that function, modified, changed head lines', async () => {
    const head = FORK_C.replace('node = tsk_fork_get_node(orig);', 'node = tsk_fork_get_node(orig) + 0;');
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    expect(c.functions.map((f) => f.name)).toEqual(['dup_task_struct']);
    const f = fn(c, 'dup_task_struct');
    const line = lineOf(head, 'tsk_fork_get_node(orig) + 0');
    expect(f).toMatchObject({ status: 'modified', file: 'kernel/fork.c', symbols: ['dup_task_struct'], isStatic: true, isInline: false, inHeader: false, changedLines: [line] });
    expect(f.headLines).toEqual([lineOf(head, 'static struct task_struct *dup_task_struct'), lineOf(head, 'static struct task_struct *dup_task_struct') + 12]);
    expect(f.baseLines).toEqual(f.headLines);
    expect(c.other).toEqual([]);
    expect(c.files).toEqual([expect.objectContaining({ path: 'kernel/fork.c', status: 'modified', language: 'c', addedLines: [line], deletedLines: [line], lineShift: [] })]);
  });

  test('progress counts read as words: one changed function, no other change, one file', async () => {
    const head = FORK_C.replace('node = tsk_fork_get_node(orig);', 'node = tsk_fork_get_node(orig) + 0;');
    const repo = twoCommitRepo({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    try {
      const said: string[] = [];
      await findSourceChanges(repo.dir, repo.base, repo.head, { onProgress: (m) => said.push(m) });
      expect(said).toContain('1 changed function, 0 other changes in 1 file');
      expect(said.some((m) => m.endsWith(': 1 changed file'))).toBe(true);
    } finally {
      repo.cleanup();
    }
  });

  test('signature change', async () => {
    const head = FORK_C.replace('static void set_max_threads(unsigned int max_threads_suggested)', 'static void set_max_threads(unsigned long max_threads_suggested)');
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    expect(c.functions).toHaveLength(1);
    expect(fn(c, 'set_max_threads')).toMatchObject({ status: 'modified', changedLines: [lineOf(head, 'static void set_max_threads')] });
  });

  test('added and removed functions; a rename in place is removed + added', async () => {
    const head = FORK_C.replace('static notrace int copy_clone_args(int flags)', 'static notrace int copy_clone_flags(int flags)').replace(
      'void __weak arch_release_task_struct',
      'static int new_helper(int x)\n{\n\treturn x * 2;\n}\n\nvoid __weak arch_release_task_struct',
    );
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    const start = lineOf(head, 'static int new_helper');
    expect(fn(c, 'new_helper')).toMatchObject({ status: 'added', headLines: [start, start + 3], changedLines: [start, start + 1, start + 2, start + 3] });
    expect(fn(c, 'new_helper').baseLines).toBeUndefined();
    expect(fn(c, 'copy_clone_flags')).toMatchObject({ status: 'added', markers: ['notrace'] });
    const removed = fn(c, 'copy_clone_args');
    const baseStart = lineOf(FORK_C, 'copy_clone_args');
    expect(removed).toMatchObject({ status: 'removed', baseLines: [baseStart, baseStart + 3], changedLines: [baseStart, baseStart + 1, baseStart + 2, baseStart + 3] });
    expect(c.functions).toHaveLength(3);
  });

  test('renamed file with a changed function: baseFile set, unchanged functions not reported', async () => {
    const head = OPEN_C.replace('return do_sys_openat2(dfd, filename, &how);', 'return do_sys_openat2(dfd, filename, &how) ?: 0;');
    const c = await changes({ 'fs/open.c': OPEN_C }, { 'fs/open2.c': head });
    expect(c.files).toEqual([expect.objectContaining({ path: 'fs/open2.c', basePath: 'fs/open.c', status: 'renamed', language: 'c' })]);
    expect(c.functions).toEqual([expect.objectContaining({ name: 'do_sys_open', status: 'modified', file: 'fs/open2.c', baseFile: 'fs/open.c' })]);
  });

  test('static inline change in a header: inHeader and isInline', async () => {
    const head = SCHED_H.replace('return unlikely(tif_need_resched());', 'return unlikely(tif_need_resched() != 0);');
    const c = await changes({ 'include/linux/sched.h': SCHED_H }, { 'include/linux/sched.h': head });
    expect(c.files[0].language).toBe('header');
    expect(c.functions).toEqual([
      expect.objectContaining({ name: 'need_resched', status: 'modified', isStatic: true, isInline: true, inHeader: true, markers: ['__always_inline'] }),
    ]);
    const head2 = SCHED_H.replace('return PRIO_TO_NICE', 'return -PRIO_TO_NICE');
    const c2 = await changes({ 'include/linux/sched.h': SCHED_H }, { 'include/linux/sched.h': head2 });
    expect(c2.functions).toEqual([expect.objectContaining({ name: 'task_nice', isInline: true, markers: ['inline'], inHeader: true })]);
  });

  test('__init and notrace markers', async () => {
    const head = FORK_C.replace('set_max_threads(MAX_THREADS);', 'set_max_threads(MAX_THREADS / 2);').replace('return flags & CLONE_LEGACY_FLAGS;', 'return flags & ~CLONE_LEGACY_FLAGS;');
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    expect(fn(c, 'fork_init')).toMatchObject({ markers: ['__init'], isStatic: false });
    expect(fn(c, 'copy_clone_args')).toMatchObject({ markers: ['notrace'], isStatic: true });
  });

  test('SYSCALL_DEFINE3 change: C name and the x86_64 symbols', async () => {
    const head = OPEN_C.replace('flags |= O_LARGEFILE;', 'flags |= O_LARGEFILE | O_CLOEXEC;');
    const c = await changes({ 'fs/open.c': OPEN_C }, { 'fs/open.c': head });
    expect(c.functions).toEqual([
      expect.objectContaining({
        name: 'open',
        symbols: ['__do_sys_open', '__se_sys_open', '__x64_sys_open', '__ia32_sys_open'],
        status: 'modified',
        markers: ['SYSCALL_DEFINE3'],
        changedLines: [lineOf(head, 'O_CLOEXEC')],
        headLines: [lineOf(head, 'SYSCALL_DEFINE3'), lineOf(head, 'SYSCALL_DEFINE3') + 5],
      }),
    ]);
    expect(c.warnings).toEqual([]);
  });

  test('struct layout, macro, global data and static local changes', async () => {
    const head = FORK_C.replace('struct vm_struct *stack_vm_area;', 'struct vm_struct *stack_vm_area;\n\tint extra;')
      .replace('#define RESOURCE_LIMIT 16', '#define RESOURCE_LIMIT 32')
      .replace('static int max_threads;', 'static int max_threads = 1;')
      .replace('static int warned;', 'static long warned;');
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    const other = c.other.map(({ kind, name, line, isStatic, inFunction }) => ({ kind, name, line, isStatic, inFunction }));
    expect(other).toEqual(
      expect.arrayContaining([
        { kind: 'struct', name: 'vm_stack', line: lineOf(head, 'int extra;'), isStatic: undefined, inFunction: undefined },
        { kind: 'macro', name: 'RESOURCE_LIMIT', line: lineOf(head, '#define RESOURCE_LIMIT'), isStatic: undefined, inFunction: undefined },
        { kind: 'data', name: 'max_threads', line: lineOf(head, 'static int max_threads'), isStatic: true, inFunction: undefined },
        { kind: 'data', name: 'warned', line: lineOf(head, 'static long warned'), isStatic: true, inFunction: 'fork_init' },
      ]),
    );
    expect(c.other).toHaveLength(4);
    expect(c.other.find((o) => o.kind === 'struct')?.detail).toBe('struct vm_stack (layout) changed');
    // The static local's declaration is inside fork_init, so the function changed too.
    expect(c.functions.map((f) => f.name)).toEqual(['fork_init']);
  });

  test('pure line shift: moved function is not changed; lineShift maps its lines', async () => {
    const head = FORK_C.replace('#define RESOURCE_LIMIT 16', '#define RESOURCE_LIMIT 16\n/* two more\n   comment lines */');
    const c = await changes({ 'kernel/fork.c': FORK_C }, { 'kernel/fork.c': head });
    expect(c.functions).toEqual([]);
    expect(c.other).toEqual([]); // comment-only lines outside definitions are not code
    const shift = c.files[0].lineShift ?? [];
    const b = lineOf(FORK_C, 'static void set_max_threads');
    expect(shift).toContainEqual({ base: b, head: b + 2 });
    expect(shift.every((p) => p.head === p.base + 2)).toBe(true);
    expect(c.files[0].addedLines).toEqual([10, 11]);
  });

  test('.S file, binary file, deleted file and an added file', async () => {
    const bin = Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]);
    const c = await changes(
      { 'arch/x86/entry/entry_64.S': 'SYM_CODE_START(entry)\n\tret\n', 'firmware/blob.bin': bin, 'fs/open.c': OPEN_C },
      { 'arch/x86/entry/entry_64.S': 'SYM_CODE_START(entry)\n\tnop\n\tret\n', 'firmware/blob.bin': Buffer.from([9, 0, 9]), 'include/new.h': SCHED_H },
    );
    const byPath = Object.fromEntries(c.files.map((f) => [f.path, f]));
    expect(byPath['arch/x86/entry/entry_64.S']).toMatchObject({ language: 'asm', status: 'modified', addedLines: [2] });
    expect(byPath['firmware/blob.bin']).toMatchObject({ language: 'other', addedLines: [], deletedLines: [] });
    expect(c.warnings).toContainEqual(expect.objectContaining({ source: 'diff', file: 'firmware/blob.bin' }));
    expect(byPath['fs/open.c']).toMatchObject({ status: 'deleted' });
    const removed = c.functions.filter((f) => f.file === 'fs/open.c');
    expect(removed.map((f) => [f.name, f.status])).toEqual([
      ['do_sys_open', 'removed'],
      ['open', 'removed'],
      ['open', 'removed'],
      ['log_open', 'removed'],
    ]);
    expect(removed.find((f) => f.name === 'log_open')?.markers).toEqual(['asmlinkage', '__visible', '__printf', 'noinline']);
    expect(byPath['include/new.h']).toMatchObject({ status: 'added', language: 'header' });
    expect(c.functions.filter((f) => f.file === 'include/new.h').map((f) => [f.name, f.status])).toEqual([
      ['task_nice', 'added'],
      ['need_resched', 'added'],
    ]);
  });

  test('unknown commit: a clear git error', async () => {
    const repo = twoCommitRepo({ 'a.c': 'int a;\n' }, { 'a.c': 'int b;\n' });
    try {
      await expect(findSourceChanges(repo.dir, repo.base, 'deadbeef')).rejects.toThrow(/git .*diff.*failed/);
    } finally {
      repo.cleanup();
    }
  });
});
