// Where the kernel tests find Linux 6.1 (scripts/fetch-kernel.sh): ${LPG_KERNEL_SRC:-<repo>/.cache/linux-6.1}.
// Locally a missing tree skips the kernel suites with a line saying how to get one; in CI (CI=true, as
// .ci/run and GitHub Actions set it) it fails them: a CI run must not pass having built no kernel.
import fs from 'node:fs';
import path from 'node:path';

export const kernelSrc = process.env.LPG_KERNEL_SRC ?? path.resolve(process.cwd(), '.cache/linux-6.1');

/** Whether the kernel suite `name` can run; throws in CI when it cannot. */
export function kernelTreeAvailable(name: string): boolean {
  if (fs.existsSync(path.join(kernelSrc, 'Makefile')) && fs.existsSync(path.join(kernelSrc, 'Kconfig'))) return true;
  const why = `no kernel tree at ${kernelSrc} (run scripts/fetch-kernel.sh or set LPG_KERNEL_SRC)`;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`${name} cannot run in CI: ${why}`);
  // Straight to stderr: jest prints no console output for a suite whose tests all skip.
  process.stderr.write(`${name} skipped: ${why}\n`);
  return false;
}
