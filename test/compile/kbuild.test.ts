import { IncludeGraph, includeMatches, parseIncludeGrep } from '../../src/compile/includers.js';
import {
  kbuildProgressLine,
  parseDotConfig,
  parseKbuildCmd,
  parseKbuildWalk,
  shellSplit,
  sourceVerdict,
} from '../../src/compile/kbuild.js';
import { isPlainMake } from '../../src/compile/command-build.js';

// Lines as Linux 6.1's own makefiles produce them through KBUILD_QUERY_MK (x86_64 defconfig, trimmed).
const WALK = `T ./built-in.a  lib/lib.a  arch/x86/lib/lib.a
U 
D . 1 1
Y .   init/built-in.a   kernel/built-in.a   mm/built-in.a   fs/built-in.a   drivers/built-in.a lib/built-in.a
L . 
S . drivers fs init kernel lib mm
F . -Wp,-MMD,./.lpg-query.d -nostdinc -I/s/arch/x86/include -include /s/include/linux/kconfig.h -include /s/include/linux/compiler_types.h -D__KERNEL__
D mm 1 1
Y mm mm/filemap.o mm/memory.o mm/page_alloc.o mm/shuffle.o
L mm 
S mm 
C mm mm/page-alloc.o mm/page_alloc.o mm/shuffle.o
D lib 1 1
Y lib lib/sort.o
L lib lib/ctype.o lib/sort.o lib/kobject.o
S lib 
D drivers 1 1
Y drivers drivers/net/built-in.a
S drivers drivers/net drivers/ata
D drivers/ata 0 1
Y drivers/ata drivers/ata/ata_generic.o
M drivers/ata drivers/ata/libata.o drivers/ata/libata-core.o drivers/ata/libata-scsi.o
M drivers/ata drivers/ata/ahci.o
S drivers/ata 
D fs 1 1
Y fs fs/open.o fs/ext4/built-in.a
S fs fs/ext4
D fs/ext4 1 1
Y fs/ext4 fs/ext4/balloc.o fs/ext4/inode.o
C fs/ext4 fs/ext4/ext4.o fs/ext4/balloc.o fs/ext4/inode.o
S fs/ext4 
`;

describe('Kbuild query (what Kbuild itself says it links)', () => {
  const inv = parseKbuildWalk(WALK);
  const verdict = (source: string) => sourceVerdict(inv, source);

  test('.config values', () => {
    const config = parseDotConfig('CONFIG_MODULES=y\n# CONFIG_FOO is not set\nCONFIG_LOCALVERSION="x"\n');
    expect(config.get('CONFIG_FOO')).toBeUndefined();
    expect(config.get('CONFIG_LOCALVERSION')).toBe('x');
  });
  test('obj-y of directories Kbuild links into built-in.a go into vmlinux, with their composite', () => {
    expect(verdict('mm/memory.c')).toEqual({ built: true, object: { object: 'mm/memory.o', owner: 'vmlinux' } });
    expect(verdict('mm/shuffle.c')).toEqual({ built: true, object: { object: 'mm/shuffle.o', owner: 'vmlinux', composite: 'mm/page-alloc.o' } });
    expect(verdict('fs/ext4/inode.c')).toMatchObject({ built: true, object: { owner: 'vmlinux', composite: 'fs/ext4/ext4.o' } });
  });
  test('lib-y goes into vmlinux when vmlinux links that lib.a', () => {
    expect(verdict('lib/ctype.c')).toMatchObject({ built: true, object: { owner: 'vmlinux' } });
  });
  test('modules and composite module members map to their .ko', () => {
    expect(verdict('drivers/ata/libata-scsi.c')).toEqual({ built: true, object: { object: 'drivers/ata/libata-scsi.o', owner: 'drivers/ata/libata.ko', composite: 'drivers/ata/libata.o' } });
    expect(verdict('drivers/ata/ahci.c')).toEqual({ built: true, object: { object: 'drivers/ata/ahci.o', owner: 'drivers/ata/ahci.ko' } });
  });
  test('obj-y of a directory entered for modules only is not linked', () => {
    expect(verdict('drivers/ata/ata_generic.c')).toEqual({ built: false, reason: 'drivers/ata/Makefile does not link ata_generic.o into vmlinux or a module under this configuration' });
  });
  test('unlisted files and directories Kbuild does not enter, with where it stops', () => {
    expect(verdict('mm/nommu.c')).toEqual({ built: false, reason: 'mm/Makefile does not link nommu.o into vmlinux or a module under this configuration' });
    expect(verdict('drivers/s390/cio/cio.c')).toEqual({ built: false, reason: 'Kbuild does not enter drivers/s390/ for vmlinux or a module under this configuration (it enters drivers/, nothing there lists drivers/s390/)' });
    expect(verdict('samples/x/y.c')).toEqual({ built: false, reason: 'Kbuild does not enter samples/ for vmlinux or a module under this configuration (it enters the top level, nothing there lists samples/)' });
  });
  test('forced includes of every compile command', () => {
    expect(inv.forcedIncludes).toEqual(['/s/include/linux/kconfig.h', '/s/include/linux/compiler_types.h']);
  });
});

describe('include graph', () => {
  test('include specs resolve to headers, not to other architectures', () => {
    expect(includeMatches('kernel/fork.c', 'linux/sched.h', false, 'include/linux/sched.h', 'x86')).toBe(true);
    expect(includeMatches('kernel/fork.c', 'asm/pgalloc.h', false, 'arch/x86/include/asm/pgalloc.h', 'x86')).toBe(true);
    expect(includeMatches('kernel/fork.c', 'asm/pgalloc.h', false, 'arch/s390/include/asm/pgalloc.h', 'x86')).toBe(false);
    expect(includeMatches('kernel/sched/build_policy.c', 'idle.c', true, 'kernel/sched/idle.c', 'x86')).toBe(true);
    expect(includeMatches('drivers/a/b.c', '../c.h', true, 'drivers/c.h', 'x86')).toBe(true);
    expect(includeMatches('kernel/fork.c', 'linux/sched.h', false, 'include/linux/sched/sched.h', 'x86')).toBe(false);
    // "common.h" beside its includer is always that file (the preprocessor looks there first); without
    // one, any common.h reachable through an -I path may be meant.
    const tree = new Set(['arch/arm/mach-davinci/common.h', 'security/tomoyo/common.h']);
    expect(includeMatches('arch/arm/mach-davinci/cputype.h', 'common.h', true, 'security/tomoyo/common.h', 'x86', (f) => tree.has(f))).toBe(false);
    expect(includeMatches('drivers/x/y.h', 'common.h', true, 'security/tomoyo/common.h', 'x86', (f) => tree.has(f))).toBe(true);
    expect(includeMatches('security/tomoyo/audit.c', 'common.h', true, 'security/tomoyo/common.h', 'x86', (f) => tree.has(f))).toBe(true);
    // Found through an -I directory, not beside the includer (kbuild-accuracy found these two missed).
    expect(includeMatches('drivers/gpu/drm/i915/gt/intel_rps.c', '../../../platform/x86/intel_ips.h', true, 'drivers/platform/x86/intel_ips.h', 'x86', (f) => tree.has(f))).toBe(true);
    expect(includeMatches('drivers/cpufreq/intel_pstate.c', '../drivers/thermal/intel/thermal_interrupt.h', true, 'drivers/thermal/intel/thermal_interrupt.h', 'x86', (f) => tree.has(f))).toBe(true);
    expect(parseIncludeGrep('a/b.c:#include <linux/x.h>\na/b.c:  # include "y.h" // c\na/b.c:#include_next <z.h>\na/b.c:/* include */\n')).toEqual([
      { file: 'a/b.c', spec: 'linux/x.h', quoted: false },
      { file: 'a/b.c', spec: 'y.h', quoted: true },
      { file: 'a/b.c', spec: 'z.h', quoted: false },
    ]);
  });
  test('includers, transitively, and through a forced include every unit', () => {
    const graph = new IncludeGraph(parseIncludeGrep([
      'kernel/sched/build_policy.c:#include "idle.c"',
      'kernel/sched/idle.c:#include <linux/tick.h>',
      'include/linux/tick.h:#include <linux/clockchips.h>',
      'kernel/time/tick-sched.c:#include <linux/tick.h>',
      'arch/s390/kernel/time.c:#include <linux/clockchips.h>',
      'include/linux/kconfig.h:#include <generated/autoconf.h>',
    ].join('\n')));
    expect([...graph.includersOf(['kernel/sched/idle.c'], 'x86').files]).toEqual(['kernel/sched/build_policy.c']);
    expect([...graph.includersOf(['include/linux/clockchips.h'], 'x86').files].sort()).toEqual([
      'arch/s390/kernel/time.c', // other arches' files may include a generic header: Kbuild decides whether they are built
      'include/linux/tick.h',
      'kernel/sched/build_policy.c',
      'kernel/sched/idle.c',
      'kernel/time/tick-sched.c',
    ]);
    expect(graph.includersOf(['include/generated/autoconf.h'], 'x86', ['include/linux/kconfig.h']).everyUnit).toBe(true);
    expect(graph.includersOf(['include/linux/tick.h'], 'x86', ['include/linux/kconfig.h']).everyUnit).toBe(false);
  });
  test('plain make commands get CC as a make variable', () => {
    expect(isPlainMake('make -C src all')).toBe(true);
    expect(isPlainMake('make && make install')).toBe(false);
    expect(isPlainMake('cmake --build build')).toBe(false);
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
