// The codestream a run analyses: which architecture and configuration, and the label that names it in a
// matrix ('x86_64/defconfig' unless the user gives one). One owner for the default, used by the action,
// the CLI and the report.
import { basename } from 'node:path';
import type { Codestream } from '../model.js';

/** The architecture name distributions use (uname -m style) for Node's process.arch of this machine. */
export function hostArch(nodeArch: string = process.arch): string {
  const names: Record<string, string> = { x64: 'x86_64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x', ia32: 'i686', arm: 'arm' };
  return names[nodeArch] ?? nodeArch;
}

/** 'defconfig' for a make target, 'rt' for '.github/kernel/rt.config', 'config-6.1-azure' for '/boot/config-6.1-azure'. */
export function configName(kernelConfig: string | undefined, kind: 'kernel' | 'command'): string {
  if (kind === 'command') return 'default';
  if (!kernelConfig) return 'defconfig';
  const name = basename(kernelConfig).replace(/^\./, '').replace(/\.config$/, '');
  return name || 'config';
}

export function codestreamOf(opts: { label?: string; arch?: string; kernelConfig?: string; kind: 'kernel' | 'command' }): Codestream {
  const arch = opts.arch || hostArch();
  const config = configName(opts.kernelConfig, opts.kind);
  const label = opts.label?.trim() || `${arch}/${config}`;
  return { label, arch, config };
}
