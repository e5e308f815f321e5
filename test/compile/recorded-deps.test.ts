// Includers from a full build's records: the pure selection (changed and drifted files, added files that
// may shadow an include, Kbuild/configuration inputs refused) and the reader, on .cmd files whose deps
// are real gcc -MMD output in an O= subdirectory of the tree (as Kbuild spells them: ../x.c, generated
// headers relative to the output dir). Also what a full build's prepared files are when head copies them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyPreparedFiles, isFullBuildProduct, OUT_DIR_NAME } from '../../src/compile/kbuild-outdir.js';
import { readRecordedUnits, selectFromRecordedDeps, type RecordedUnit } from '../../src/compile/recorded-deps.js';
import { sh, tempDir, writeFiles } from './helpers.js';

const unit = (object: string, source: string, deps: string[], dumped = true): RecordedUnit => ({ object, source, deps, dumped });
const UNITS = [
  unit('kernel/fork.o', 'kernel/fork.c', ['include/linux/sched.h', 'include/linux/mm.h', '.lpg-out/include/generated/autoconf.h']),
  unit('kernel/exit.o', 'kernel/exit.c', ['include/linux/sched.h']),
  unit('kernel/sched/build_policy.o', 'kernel/sched/build_policy.c', ['kernel/sched/idle.c', 'kernel/sched/sched.h']),
  unit('mm/memory.o', 'mm/memory.c', ['include/linux/mm.h', 'arch/x86/include/asm/pgtable.h']),
  unit('arch/x86/boot/main.o', 'arch/x86/boot/main.c', ['arch/x86/boot/boot.h'], false),
];
const sources = (r: ReturnType<typeof selectFromRecordedDeps>) => (r.ok ? r.units.map((u) => u.object) : r.why);

describe('selectFromRecordedDeps', () => {
  test('a changed .c is its own unit; a changed header selects exactly the units whose deps name it', () => {
    expect(sources(selectFromRecordedDeps(UNITS, ['kernel/exit.c'], [], []))).toEqual(['kernel/exit.o']);
    expect(sources(selectFromRecordedDeps(UNITS, ['include/linux/mm.h'], [], []))).toEqual(['kernel/fork.o', 'mm/memory.o']);
  });

  test('a .c another TU includes is reached through that TU (build_policy.c includes idle.c)', () => {
    const r = selectFromRecordedDeps(UNITS, ['kernel/sched/idle.c'], [], []);
    expect(sources(r)).toEqual(['kernel/sched/build_policy.o']);
    expect(r.ok && r.notBuilt).toEqual([]);
  });

  test('files that differ between the build and this commit (drift) count like the PR\'s own', () => {
    expect(sources(selectFromRecordedDeps(UNITS, ['kernel/exit.c'], ['arch/x86/include/asm/pgtable.h'], []))).toEqual(['kernel/exit.o', 'mm/memory.o']);
  });

  test('an added header selects every unit that read a file of that name (it may shadow it)', () => {
    expect(sources(selectFromRecordedDeps(UNITS, ['arch/x86/include/asm/mm.h'], [], ['arch/x86/include/asm/mm.h']))).toEqual(['kernel/fork.o', 'mm/memory.o']);
    expect(sources(selectFromRecordedDeps(UNITS, ['include/linux/brand-new.h'], [], ['include/linux/brand-new.h']))).toEqual([]);
  });

  test('Kbuild and configuration inputs are not answerable from the records', () => {
    for (const p of ['kernel/Makefile', 'Kbuild', 'scripts/Makefile.build', 'arch/x86/Kconfig', 'arch/x86/configs/x86_64_defconfig', 'scripts/mod/modpost.c', 'ci/my.config']) {
      const r = selectFromRecordedDeps(UNITS, ['kernel/fork.c', p], [], [], 'ci/my.config');
      expect(r.ok).toBe(false);
      expect(!r.ok && r.why).toContain(p);
    }
    expect(selectFromRecordedDeps(UNITS, ['kernel/fork.c'], ['mm/Makefile'], []).ok).toBe(false);
  });

  test('a changed .c no dumped unit reads is not built, with why', () => {
    const r = selectFromRecordedDeps(UNITS, ['drivers/s390/cio/cio.c', 'arch/x86/boot/main.c'], [], []);
    expect(r.ok && r.units).toEqual([]);
    expect(r.ok && r.notBuilt).toEqual([
      { source: 'arch/x86/boot/main.c', reason: expect.stringContaining('only without the dump flags') },
      { source: 'drivers/s390/cio/cio.c', reason: expect.stringContaining('no object of the full build') },
    ]);
  });
});

describe('readRecordedUnits on .cmd files with real gcc deps', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('lpg-recdeps-');
    writeFiles(root, {
      'inc/a.h': 'static inline int a(void) { return 1; }\n',
      'inc/b.h': '#include "a.h"\nstatic inline int b(void) { return a() + 1; }\n',
      'k/x.c': '#include <b.h>\nint x(void) { return b(); }\n',
      'k/y.c': 'int y(void) { return 2; }\n',
      'k/z.c': '#include <a.h>\n#include <generated/g.h>\nint z(void) { return a() + G; }\n',
      [`${OUT_DIR_NAME}/include/generated/g.h`]: '#define G 3\n',
    });
    const out = path.join(root, OUT_DIR_NAME);
    fs.mkdirSync(path.join(out, 'k'));
    for (const [name, flags] of [['x', ['-fdump-ipa-clones']], ['y', ['-fdump-ipa-clones']], ['z', []]] as const) {
      const argv = ['gcc', `-Wp,-MMD,k/.${name}.o.d`, '-I../inc', '-I./include', ...flags, '-c', '-o', `k/${name}.o`, `../k/${name}.c`];
      sh(out, argv);
      // Kbuild's fixdep turns the .d into deps_ lines (the source first, then one dep per line).
      const deps = fs.readFileSync(path.join(out, `k/.${name}.o.d`), 'utf8').replace(/\\\n/g, ' ').split(':')[1].trim().split(/\s+/);
      fs.writeFileSync(
        path.join(out, `k/.${name}.o.cmd`),
        `cmd_k/${name}.o := ${argv.join(' ')}\n\nsource_k/${name}.o := ../k/${name}.c\n\ndeps_k/${name}.o := \\\n${deps.slice(1).map((d) => `  ${d} \\\n`).join('')}  $(wildcard include/config/X) \\\n\nk/${name}.o: $(deps_k/${name}.o)\n\n$(deps_k/${name}.o):\n`,
      );
    }
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('sources, deps (repo-relative, generated in the output dir) and whether the dumps were on', () => {
    const units = readRecordedUnits(root, path.join(root, OUT_DIR_NAME)).sort((a, b) => a.object.localeCompare(b.object));
    expect(units).toEqual([
      { object: 'k/x.o', source: 'k/x.c', deps: ['inc/b.h', 'inc/a.h'], dumped: true },
      { object: 'k/y.o', source: 'k/y.c', deps: [], dumped: true },
      { object: 'k/z.o', source: 'k/z.c', deps: ['inc/a.h', `${OUT_DIR_NAME}/include/generated/g.h`], dumped: false },
    ]);
    const r = selectFromRecordedDeps(units, ['inc/a.h'], [], []);
    expect(r.ok && r.units.map((u) => u.object)).toEqual(['k/x.o']);
  });
});

describe("a full build's prepared files", () => {
  test('products of the full build are named, what configure and prepare wrote is not', () => {
    for (const p of ['kernel/fork.o', 'fs/ext4/ext4.ko', 'fs/ext4/ext4.mod', 'fs/ext4/ext4.mod.c', 'kernel/.fork.o.cmd', 'fs/ext4/.ext4.ko.cmd', 'kernel/fork.c.000i.ipa-clones', 'vmlinux', 'vmlinux.a', 'vmlinux.relocs', 'System.map', 'Module.symvers', 'modules.order', 'built-in.a', '.tmp_vmlinux.kallsyms1', '.livepatch-gate-objects.json', '.livepatch-gate-query/kernel']) {
      expect([p, isFullBuildProduct(p)]).toEqual([p, true]);
    }
    for (const p of ['.config', 'include/generated/autoconf.h', 'include/config/auto.conf', 'arch/x86/include/generated/asm/syscalls_64.h', 'arch/x86/kernel/asm-offsets.s', 'arch/x86/kernel/.asm-offsets.s.cmd', 'kernel/bounds.s', 'scripts/basic/fixdep', 'scripts/mod/empty.o', 'tools/objtool/objtool', 'tools/objtool/check.o', 'Makefile']) {
      expect([p, isFullBuildProduct(p)]).toEqual([p, false]);
    }
  });

  test('copyPreparedFiles copies those (modes and links kept) into an emptied dir', () => {
    const root = tempDir('lpg-prepared-');
    try {
      const from = path.join(root, 'from');
      writeFiles(from, { '.config': 'CONFIG_X=y\n', 'include/generated/autoconf.h': '#define X 1\n', 'scripts/basic/fixdep': '#!/bin/sh\n', 'kernel/fork.o': 'obj', 'kernel/.fork.o.cmd': 'cmd', vmlinux: 'elf' });
      fs.chmodSync(path.join(from, 'scripts/basic/fixdep'), 0o755);
      fs.symlinkSync('..', path.join(from, 'source'));
      const to = path.join(root, 'to');
      writeFiles(to, { stale: 'x' });
      expect(copyPreparedFiles(from, to)).toEqual({ files: 3, bytes: 33 });
      expect(sh(to, ['find', '.', '-type', 'f']).split('\n').filter(Boolean).sort()).toEqual(['./.config', './include/generated/autoconf.h', './scripts/basic/fixdep']);
      expect(fs.statSync(path.join(to, 'scripts/basic/fixdep')).mode & 0o777).toBe(0o755);
      expect(fs.readlinkSync(path.join(to, 'source'))).toBe('..');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
