import fs from 'node:fs';
import path from 'node:path';
import { classifyBuildInputs, configDifference, namedInCmdFiles, objectsUnder, prepareInputsChanged } from '../../src/compile/build-inputs.js';
import { tempDir } from './helpers.js';

describe('changed build inputs of a kernel PR', () => {
  const noneNamed = () => new Set<string>();

  test('a directory Makefile or Kbuild file: its objects (and below) are compiled on both sides', () => {
    const r = classifyBuildInputs(['fs/ramfs/Makefile', 'drivers/net/Kbuild', 'fs/ramfs/inode.c'], 'x86', null, noneNamed);
    expect(r).toEqual({ dirs: ['drivers/net', 'fs/ramfs'], global: [], config: [] });
    expect(objectsUnder(['fs/ramfs/inode.o', 'fs/ramfs/sub/x.o', 'fs/ramfsx/y.o', 'fs/ext4/inode.o'], r.dirs)).toEqual(['fs/ramfs/inode.o', 'fs/ramfs/sub/x.o']);
  });

  test('the top and architecture Makefiles, make includes and scripts/ makefiles reach every object', () => {
    const r = classifyBuildInputs(['Makefile', 'arch/x86/Makefile', 'arch/x86/Makefile_32.cpu', 'scripts/Makefile.lib', 'scripts/Kbuild.include', 'tools/objtool/Makefile', 'x/y.mk'], 'x86', null, noneNamed);
    expect(r.global).toEqual(['Makefile', 'arch/x86/Makefile', 'arch/x86/Makefile_32.cpu', 'scripts/Kbuild.include', 'scripts/Makefile.lib', 'tools/objtool/Makefile', 'x/y.mk']);
    expect(r.dirs).toEqual([]);
  });

  test("another architecture's files are never read by this build", () => {
    expect(classifyBuildInputs(['arch/arm64/Makefile', 'arch/s390/kernel/Makefile', 'arch/arm64/Kconfig', 'arch/arm64/tools/gen.sh'], 'x86', null, () => new Set(['arch/arm64/tools/gen.sh']))).toEqual({ dirs: [], global: [], config: [] });
  });

  test('Kconfig files, defconfigs and the configuration file are judged by the .config they give', () => {
    const r = classifyBuildInputs(['init/Kconfig', 'fs/ext4/Kconfig', 'arch/x86/configs/x86_64_defconfig', 'ci/kernel.config', 'arch/x86/Kconfig.debug'], 'x86', 'ci/kernel.config', noneNamed);
    expect(r.config).toEqual(['arch/x86/Kconfig.debug', 'arch/x86/configs/x86_64_defconfig', 'ci/kernel.config', 'fs/ext4/Kconfig', 'init/Kconfig']);
  });

  test('other files count only when the output dir\'s recorded commands name them (scripts run, generator inputs)', () => {
    const asked: string[][] = [];
    const named = (paths: string[]) => {
      asked.push(paths);
      return new Set(paths.filter((p) => p.endsWith('.tbl') || p === 'scripts/basic/fixdep.c'));
    };
    const r = classifyBuildInputs(['arch/x86/entry/syscalls/syscall_64.tbl', 'Documentation/x.rst', 'scripts/checkpatch.pl', 'scripts/basic/fixdep.c', 'kernel/fork.c', 'include/linux/x.h', 'arch/x86/kernel/head_64.S'], 'x86', null, named);
    expect(asked).toEqual([['arch/x86/entry/syscalls/syscall_64.tbl', 'Documentation/x.rst', 'scripts/checkpatch.pl', 'scripts/basic/fixdep.c']]);
    expect(r.global).toEqual(['arch/x86/entry/syscalls/syscall_64.tbl', 'scripts/basic/fixdep.c']);
  });

  test('no candidate, no question: a PR of C files and headers does not read the output dir', () => {
    let asked = 0;
    classifyBuildInputs(['kernel/fork.c', 'include/linux/sched.h'], 'x86', null, () => {
      asked++;
      return new Set<string>();
    });
    expect(asked).toBe(0);
  });

  test('configDifference names every symbol set, unset or changed', () => {
    const a = new Map([['CONFIG_A', 'y'], ['CONFIG_B', 'm'], ['CONFIG_C', '1']]);
    const b = new Map([['CONFIG_A', 'y'], ['CONFIG_B', 'y'], ['CONFIG_D', 'y']]);
    expect(configDifference(a, b)).toEqual(['CONFIG_B', 'CONFIG_C', 'CONFIG_D']);
    expect(configDifference(a, new Map(a))).toEqual([]);
  });

  test('namedInCmdFiles: paths a recorded command or dep list names, spelled relative to O=, absolute or as is', () => {
    const out = tempDir('lpg-cmd-');
    try {
      fs.mkdirSync(path.join(out, 'arch/x86/include/generated/asm'), { recursive: true });
      fs.writeFileSync(path.join(out, 'arch/x86/include/generated/asm/.syscalls_64.h.cmd'), "cmd_arch/x86/include/generated/asm/syscalls_64.h := sh '../scripts/syscalltbl.sh' --abis common,64 ../arch/x86/entry/syscalls/syscall_64.tbl arch/x86/include/generated/asm/syscalls_64.h\n");
      fs.mkdirSync(path.join(out, 'scripts/basic'), { recursive: true });
      fs.writeFileSync(path.join(out, 'scripts/basic/.fixdep.cmd'), 'source_scripts/basic/fixdep := /w/linux/scripts/basic/fixdep.c\ndeps_scripts/basic/fixdep := \\\n  /usr/include/stdio.h \\\n');
      fs.mkdirSync(path.join(out, 'source'));
      fs.writeFileSync(path.join(out, 'source/.x.cmd'), 'scripts/checkpatch.pl');
      const asked = ['arch/x86/entry/syscalls/syscall_64.tbl', 'scripts/syscalltbl.sh', 'scripts/basic/fixdep.c', 'scripts/checkpatch.pl', 'entry/syscalls/syscall_64.tbl.orig', 'tbl'];
      expect([...namedInCmdFiles(out, asked)].sort()).toEqual(['arch/x86/entry/syscalls/syscall_64.tbl', 'scripts/basic/fixdep.c', 'scripts/syscalltbl.sh']);
      // An object this dir compiled names its source; left out, its source no longer counts.
      fs.mkdirSync(path.join(out, 'kernel'));
      fs.writeFileSync(path.join(out, 'kernel/.fork.o.cmd'), 'source_kernel/fork.o := ../kernel/fork.c\n');
      expect([...namedInCmdFiles(out, ['kernel/fork.c'])]).toEqual(['kernel/fork.c']);
      expect([...namedInCmdFiles(out, ['kernel/fork.c'], new Set(['kernel/fork.o']))]).toEqual([]);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('prepareInputsChanged: make prepare is skipped only when nothing it made read a changed file', () => {
    // What the prepared dir's .cmd files name (asm-offsets.c reads sched.h; a syscall table).
    const recorded = new Set(['include/linux/sched.h', 'arch/x86/entry/syscalls/syscall_64.tbl']);
    const named = (paths: string[]) => new Set(paths.filter((p) => recorded.has(p)));
    expect(prepareInputsChanged(['kernel/exit.c', 'include/linux/namei.h'], null, named)).toBeNull();
    expect(prepareInputsChanged([], null, named)).toBeNull();
    expect(prepareInputsChanged(['kernel/exit.c', 'include/linux/sched.h'], null, named)).toBe('include/linux/sched.h, read by what prepare made, changed');
    expect(prepareInputsChanged(['fs/ramfs/Makefile'], null, named)).toBe('fs/ramfs/Makefile changed');
    expect(prepareInputsChanged(['tools/objtool/check.c', 'init/Kconfig'], null, named)).toBe('tools/objtool/check.c and 1 more changed');
    expect(prepareInputsChanged(['ci/my.config'], 'ci/my.config', named)).toBe('ci/my.config changed');
  });
});
