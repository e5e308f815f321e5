// The architectures livepatch-gate builds and compares: one table for the names a user gives (`arch`),
// the kernel's ARCH=, the Debian cross compiler prefix, and what the objects must look like (ELF
// machine, byte order). The build passes ARCH/CROSS_COMPILE on; the comparison refuses any object
// that does not match.

/** ELF e_machine values of the supported architectures. */
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
export const EM_PPC64 = 21;
export const EM_S390 = 22;

export interface Architecture {
  /** Canonical name, also the default codestream label's first half: x86_64, arm64, ppc64le, s390x. */
  name: string;
  /** Kbuild's ARCH= value. */
  kernelArch: string;
  /** The tree under arch/ Kbuild builds it from (SRCARCH: the top Makefile maps x86_64 to x86). */
  srcArch: string;
  /** Debian's cross toolchain prefix (gcc-<triplet> package), as CROSS_COMPILE= wants it. */
  crossPrefix: string;
  /** Names `arch` also accepts (uname -m, kernel ARCH, Debian architecture). */
  aliases: string[];
  machine: number;
  bigEndian: boolean;
  /** Whether Linux 6.1 selects HAVE_LIVEPATCH for it (arm64 gained it only later). */
  livepatchIn61: boolean;
}

export const ARCHITECTURES: readonly Architecture[] = [
  { name: 'x86_64', kernelArch: 'x86_64', srcArch: 'x86', crossPrefix: 'x86_64-linux-gnu-', aliases: ['x86', 'amd64'], machine: EM_X86_64, bigEndian: false, livepatchIn61: true },
  { name: 'arm64', kernelArch: 'arm64', srcArch: 'arm64', crossPrefix: 'aarch64-linux-gnu-', aliases: ['aarch64'], machine: EM_AARCH64, bigEndian: false, livepatchIn61: false },
  { name: 'ppc64le', kernelArch: 'powerpc', srcArch: 'powerpc', crossPrefix: 'powerpc64le-linux-gnu-', aliases: ['powerpc', 'ppc64el'], machine: EM_PPC64, bigEndian: false, livepatchIn61: true },
  { name: 's390x', kernelArch: 's390', srcArch: 's390', crossPrefix: 's390x-linux-gnu-', aliases: ['s390'], machine: EM_S390, bigEndian: true, livepatchIn61: true },
];

/** The architecture a user's `arch` names, or an error listing the accepted names. */
export function architectureNamed(name: string): Architecture {
  const n = name.trim().toLowerCase();
  const found = ARCHITECTURES.find((a) => a.name === n || a.kernelArch === n || a.aliases.includes(n));
  if (!found) {
    const accepted = ARCHITECTURES.map((a) => [a.name, a.kernelArch, ...a.aliases].filter((v, i, all) => all.indexOf(v) === i).join('/')).join(', ');
    throw new Error(`unknown architecture '${name}': use one of ${accepted}`);
  }
  return found;
}

/** The architecture of an ELF e_machine and byte order, or undefined when livepatch-gate does not support it. */
export function architectureOfMachine(machine: number, bigEndian: boolean): Architecture | undefined {
  return ARCHITECTURES.find((a) => a.machine === machine && a.bigEndian === bigEndian);
}

/** The architecture this process runs on (what a build without `arch` produces). */
export function hostArchitecture(): Architecture | undefined {
  const byNode: Record<string, string> = { x64: 'x86_64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' };
  const name = byNode[process.arch];
  return name ? architectureNamed(name) : undefined;
}

/** Human name of an ELF machine for messages: 'x86-64 (62)', 'machine 40'. */
export function machineName(machine: number): string {
  const names: Record<number, string> = { [EM_X86_64]: 'x86-64', [EM_AARCH64]: 'AArch64', [EM_PPC64]: 'PPC64', [EM_S390]: 's390', 3: 'i386', 40: 'ARM', 8: 'MIPS', 243: 'RISC-V', 20: 'PPC' };
  return names[machine] ? `${names[machine]} (e_machine ${machine})` : `e_machine ${machine}`;
}

/** What a build targets: the architecture and the compiler prefix (empty: the host's own gcc). */
export interface BuildTarget {
  arch: Architecture;
  crossCompile: string;
}

/** The architecture a build of `target` produces: the target's, or this machine's (a native build). */
export function targetArchitecture(target: BuildTarget | undefined): Architecture {
  const a = target?.arch ?? hostArchitecture();
  if (!a) throw new Error(`this machine (${process.arch}) is not one livepatch-gate builds kernels on natively: give arch (x86_64, arm64, ppc64le, s390x)`);
  return a;
}

/** A toolchain prefix as Kbuild's CROSS_COMPILE takes it: a path or name ending before `gcc`, no spaces. */
const CROSS_PREFIX = /^[A-Za-z0-9_./+-]*$/;

/**
 * Resolves the `arch` and `cross-compile` a user gave. Only `arch`: Debian's cross prefix when it is
 * not the host's. Only `cross-compile`: the architecture its triplet names. Neither: undefined (native).
 */
export function buildTarget(arch: string | undefined, crossCompile: string | undefined): BuildTarget | undefined {
  const prefix = crossCompile?.trim() ?? '';
  if (!CROSS_PREFIX.test(prefix)) throw new Error(`cross-compile '${crossCompile}' is not a toolchain prefix (letters, digits, '_', '.', '/', '+', '-'; e.g. aarch64-linux-gnu-)`);
  if (arch?.trim()) {
    const a = architectureNamed(arch);
    const native = hostArchitecture()?.name === a.name;
    return { arch: a, crossCompile: crossCompile === undefined ? (native ? '' : a.crossPrefix) : prefix };
  }
  if (!prefix) return undefined;
  const triplet = prefix.split('/').pop() ?? '';
  const a = ARCHITECTURES.find((x) => triplet.startsWith(x.crossPrefix.split('-')[0]));
  if (!a) throw new Error(`cannot tell the architecture of cross-compile '${prefix}': give arch too (x86_64, arm64, ppc64le, s390x)`);
  return { arch: a, crossCompile: prefix };
}
