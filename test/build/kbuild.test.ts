import {
  includeMatches,
  includersFromDeps,
  parseIncludeGrep,
} from '../../src/build/includers.js';
import {
  kbuildProgressLine,
  objectVerdict,
  parseDotConfig,
  parseKbuildCmd,
  parseKbuildMakefile,
  shellSplit,
} from '../../src/build/kbuild.js';
import { isPlainMake } from '../../src/build/command-build.js';

const MAKEFILE = `# SPDX-License-Identifier: GPL-2.0
obj-y     = fork.o exec_domain.o \\
	    panic.o
obj-$(CONFIG_MODULES) += kmod.o
obj-$(CONFIG_FOO) += foo.o
obj-$(CONFIG_EXT4_FS) += ext4.o
ext4-y	:= balloc.o bitmap.o
ext4-$(CONFIG_EXT4_FS_POSIX_ACL) += acl.o
obj-$(subst m,y,$(CONFIG_WEIRD)) += weird.o
lib-y += lib1.o
obj-y += sched/
`;

describe('Kbuild Makefile verdicts', () => {
  const config = parseDotConfig('CONFIG_MODULES=y\n# CONFIG_FOO is not set\nCONFIG_EXT4_FS=m\nCONFIG_EXT4_FS_POSIX_ACL=y\nCONFIG_LOCALVERSION="x"\n');
  const asg = parseKbuildMakefile(MAKEFILE);
  const verdict = (o: string) => objectVerdict(asg, 'fs/x', o, config, 'fs/x/Makefile');

  test('.config values', () => {
    expect(config.get('CONFIG_FOO')).toBeUndefined();
    expect(config.get('CONFIG_LOCALVERSION')).toBe('x');
  });
  test('obj-y, continuation lines and lib-y go into vmlinux', () => {
    expect(verdict('panic.o')).toMatchObject({ built: true, owner: 'vmlinux' });
    expect(verdict('kmod.o')).toMatchObject({ built: true, owner: 'vmlinux' });
    expect(verdict('lib1.o')).toMatchObject({ built: true, owner: 'vmlinux' });
  });
  test('disabled and unlisted objects are not built, with the reason', () => {
    expect(verdict('foo.o')).toEqual({ built: false, reason: 'fs/x/Makefile:5: obj-$(CONFIG_FOO) is not enabled in .config' });
    expect(verdict('nope.o')).toEqual({ built: false, reason: 'nope.o is not listed in fs/x/Makefile' });
  });
  test('composite module members map to the module', () => {
    expect(verdict('bitmap.o')).toMatchObject({ built: true, owner: 'fs/x/ext4.ko' });
    expect(verdict('acl.o')).toMatchObject({ built: true, owner: 'fs/x/ext4.ko' });
  });
  test('expressions we cannot evaluate are unknown, not guessed', () => {
    expect(verdict('weird.o').built).toBe('unknown');
  });
  test('sub-directories', () => {
    expect(verdict('sched/')).toMatchObject({ built: true, owner: 'vmlinux' });
  });
});

describe('Kbuild .cmd files', () => {
  const CMD = `cmd_kernel/fork.o := gcc -Wp,-MMD,kernel/.fork.o.d -nostdinc -I/s/include -DKBUILD_MODFILE='"kernel/fork"' -DKBUILD_BASENAME='"fork"' -fdump-ipa-clones -c -o kernel/fork.o /s/kernel/fork.c   ; ./tools/objtool/objtool --orc kernel/fork.o

source_kernel/fork.o := /s/kernel/fork.c

deps_kernel/fork.o := \\
    $(wildcard include/config/USER_NS) \\
  /s/include/linux/sched.h \\
  include/generated/autoconf.h \\

kernel/fork.o: $(deps_kernel/fork.o)

$(deps_kernel/fork.o):
`;
  test('command, source and deps (6.1 cmd_ form); savedcmd_ (6.3+) too', () => {
    const cmd = parseKbuildCmd(CMD)!;
    expect(cmd.source).toBe('/s/kernel/fork.c');
    expect(cmd.deps).toEqual(['/s/include/linux/sched.h', 'include/generated/autoconf.h']);
    const argv = shellSplit(cmd.commandLine);
    expect(argv).toContain('-DKBUILD_MODFILE="kernel/fork"');
    expect(argv.slice(-4)).toEqual(['-c', '-o', 'kernel/fork.o', '/s/kernel/fork.c']);
    expect(parseKbuildCmd(CMD.replace('cmd_kernel', 'savedcmd_kernel'))!.commandLine).toBe(cmd.commandLine);
  });
  test('progress lines', () => {
    expect(kbuildProgressLine('  CC      kernel/fork.o')).toBe('[CC] kernel/fork.o');
    expect(kbuildProgressLine('  CC [M]  fs/ext4/inode.o')).toBe('[CC [M]] fs/ext4/inode.o');
    expect(kbuildProgressLine('make[1]: Entering directory')).toBeNull();
  });
});

describe('header includers', () => {
  test('include specs resolve to headers', () => {
    expect(includeMatches('kernel/fork.c', 'linux/sched.h', false, 'include/linux/sched.h')).toBe(true);
    expect(includeMatches('kernel/fork.c', 'asm/pgalloc.h', false, 'arch/x86/include/asm/pgalloc.h')).toBe(true);
    expect(includeMatches('kernel/sched/build_utility.c', 'clock.c', true, 'kernel/sched/clock.c')).toBe(true);
    expect(includeMatches('kernel/fork.c', 'linux/sched.h', false, 'include/linux/sched/sched.h')).toBe(false);
    expect(parseIncludeGrep('a/b.c:3:#include <linux/x.h>\na/b.c:9:  # include "y.h" // c\n')).toEqual([
      { file: 'a/b.c', spec: 'linux/x.h', quoted: false },
      { file: 'a/b.c', spec: 'y.h', quoted: true },
    ]);
    expect(includersFromDeps(new Map([['a.c', ['include/x.h']], ['b.c', []]]), ['include/x.h'])).toEqual(['a.c']);
  });
  test('plain make commands get CC as a make variable', () => {
    expect(isPlainMake('make -C src all')).toBe(true);
    expect(isPlainMake('make && make install')).toBe(false);
    expect(isPlainMake('cmake --build build')).toBe(false);
  });
});
