import { definitionsIn } from '../../src/changes/c-definitions.js';
import { loadCParser, wasmCandidates, type CParser } from '../../src/changes/c-parser.js';
import { FORK_C } from './fixtures.js';

let parser: CParser;
beforeAll(async () => {
  parser = await loadCParser();
});

const names = (text: string): string[] => definitionsIn(parser, text, 't.c').functions.map((f) => f.name);

describe('definitionsIn', () => {
  test('kernel annotations tree-sitter does not know', () => {
    const d = definitionsIn(parser, FORK_C, 'kernel/fork.c');
    expect(d.functions.map((f) => [f.name, f.isStatic, f.isInline, f.markers])).toEqual([
      ['account_kernel_stack', true, true, ['__always_inline']],
      ['arch_release_task_struct', false, false, ['__weak']],
      ['dup_task_struct', true, false, []],
      ['set_max_threads', true, false, []],
      ['fork_init', false, false, ['__init']],
      ['copy_clone_args', true, false, ['notrace']],
      ['fork', true, false, ['SYSCALL_DEFINE0']],
      ['clone', true, true, ['SYSCALL_DEFINE5']],
    ]);
    expect(d.functions.find((f) => f.name === 'fork')?.symbols).toEqual(['__do_sys_fork', '__x64_sys_fork', '__ia32_sys_fork']);
    expect(d.functions.find((f) => f.name === 'fork_init')?.staticLocals.map((s) => [s.name, s.inFunction])).toEqual([['warned', 'fork_init']]);
    expect(d.items.map((i) => [i.kind, i.name ?? null])).toEqual([
      ['include', '<linux/slab.h>'],
      ['include', '<linux/init.h>'],
      ['include', '<linux/syscalls.h>'],
      ['macro', 'RESOURCE_LIMIT'],
      ['struct', 'vm_stack'],
      ['data', 'total_forks'],
      ['data', 'nr_threads'],
      ['data', 'max_threads'],
      ['data', 'process_counts'],
    ]);
    expect(d.warnings).toEqual([]);
  });

  test('unknown annotation macros: the tolerant scan still finds the function and its lines', () => {
    const src = 'static int __my_section foo(void)\n{\n\treturn 1;\n}\n\nint __my_attr(3) bar(int a) __my_lock(x)\n{\n\treturn a;\n}\n';
    const d = definitionsIn(parser, src, 't.c');
    expect(d.functions.map((f) => [f.name, f.startLine, f.endLine, f.isStatic])).toEqual([
      ['foo', 1, 4, true],
      ['bar', 6, 9, false],
    ]);
  });

  test('generic MACRO(name, ...) { } definitions: name from the first argument, symbol marked as a guess', () => {
    const d = definitionsIn(parser, 'DEFINE_IDTENTRY_RAW(exc_int3)\n{\n\thandle(regs);\n}\nBPF_CALL_2(bpf_map_lookup, struct bpf_map *, map, void *, key)\n{\n\treturn 0;\n}\n', 't.c');
    expect(d.functions.map((f) => [f.name, f.symbols, f.symbolsGuessed, f.definedByMacro])).toEqual([
      ['exc_int3', ['exc_int3'], true, 'DEFINE_IDTENTRY_RAW'],
      ['bpf_map_lookup', ['____bpf_map_lookup', 'bpf_map_lookup'], false, 'BPF_CALL_2'],
    ]);
  });

  test('#ifdef/#else alternatives, function returning a function pointer, struct-returning functions', () => {
    const src = [
      '#ifdef CONFIG_X',
      'static int f(int a) { return a; }',
      '#else',
      'static int f(int a) { return 0; }',
      '#endif',
      'void (*signal(int sig, void (*h)(int)))(int) { return h; }',
      'struct page *alloc_pages(int order) { return NULL; }',
      'static const struct file_operations fops = { .open = f, };',
    ].join('\n');
    expect(names(src)).toEqual(['f', 'f', 'signal', 'alloc_pages']);
  });

  test('a header split by #ifdef inside a function header does not lose the function', () => {
    const src = '#ifdef CONFIG_64BIT\nstatic long g(long a)\n#else\nstatic int g(int a)\n#endif\n{\n\treturn a;\n}\nint after(void) { return 0; }\n';
    expect(names(src)).toEqual(['g', 'after']);
  });

  test('unbalanced braces: a warning with file and line, nothing thrown', () => {
    const d = definitionsIn(parser, 'int ok(void) { return 0; }\nint broken(void) {\n\tif (x) {\n', 'lib/bad.c');
    expect(d.functions.map((f) => f.name)).toEqual(['ok']);
    expect(d.warnings).toEqual([expect.objectContaining({ file: 'lib/bad.c', line: 2 })]);
  });
});

describe('wasm location', () => {
  test('bundle layouts: next to dist/index.js and one level up from dist/chunks', () => {
    expect(wasmCandidates('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm', 'file:///opt/a/dist/index.js').slice(0, 2)).toEqual([
      '/opt/a/dist/tree-sitter.wasm',
      '/opt/a/tree-sitter.wasm',
    ]);
    expect(wasmCandidates('tree-sitter-c.wasm', 'tree-sitter-c/tree-sitter-c.wasm', 'file:///opt/a/dist/chunks/c-1.js')).toContain('/opt/a/dist/tree-sitter-c.wasm');
  });
});
