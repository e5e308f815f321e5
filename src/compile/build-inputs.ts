// Changed files that are neither C sources nor headers but decide what the kernel's objects contain: Kbuild
// makefiles, the configuration, and the scripts and host programs the build runs. A PR that changes only
// `ccflags-y` in a Makefile changes the code of every object of that directory without a line of C
// changing, so the fast path (which compiles what the changed C files and headers reach) must compile
// those objects too, or say that it could not. Pure but for namedInCmdFiles, the reader of what the
// build's own records name.
import fs from 'node:fs';
import path from 'node:path';
import { configurationInputs, isKbuildMakefile, objectOfCmd, outDirFiles } from './kbuild-outdir.js';

const isConfigurationInput = (p: string, configFile: string | null) => configurationInputs([p], configFile).length > 0;

export interface BuildInputs {
  /** Directories whose own Makefile or Kbuild file changed: every object Kbuild links from them or below
   *  (`subdir-ccflags-y` reaches subdirectories) is compiled and compared on both sides. */
  dirs: string[];
  /** Files that can change how any object is built: the top and architecture Makefiles, make includes,
   *  and the scripts, host programs and generator inputs the build's commands name. */
  global: string[];
  /** Kconfig files, defconfigs and the configuration file: their effect is the difference between the
   *  two sides' `.config`. */
  config: string[];
}

/**
 * Sorts `changed` (repo-relative, deleted paths too) into the three kinds; C sources, headers, assembly
 * and files the build never reads are in none. `srcArch` is the architecture built (arch/x86): other
 * architectures' makefiles are never read. `namedByBuild` answers, for the candidates, which paths a
 * command or dependency list recorded in the output dir names (`.cmd` files): scripts the build runs,
 * host programs' sources, the inputs of generated headers (syscall tables).
 */
export function classifyBuildInputs(changed: string[], srcArch: string, configFile: string | null, namedByBuild: (paths: string[]) => Set<string>): BuildInputs {
  const res: BuildInputs = { dirs: [], global: [], config: [] };
  const askBuild: string[] = [];
  for (const p of changed) {
    const base = path.posix.basename(p);
    const dir = path.posix.dirname(p);
    const arch = /^arch\/([^/]+)\//.exec(p)?.[1];
    if (arch !== undefined && arch !== srcArch) continue;
    if (p === configFile || /^Kconfig/.test(base) || /^arch\/[^/]+\/configs\//.test(p)) res.config.push(p);
    else if (isKbuildMakefile(p)) {
      const global = dir === '.' || dir === `arch/${srcArch}` || p.startsWith('scripts/') || p.startsWith('tools/') || base.endsWith('.mk') || base === 'Kbuild.include';
      if (global) res.global.push(p);
      else res.dirs.push(dir);
    } else if (!/\.(c|h|S)$/.test(base)) askBuild.push(p);
    else if (/^(scripts|tools)\//.test(p)) askBuild.push(p);
  }
  if (askBuild.length > 0) {
    const named = namedByBuild(askBuild);
    res.global.push(...askBuild.filter((p) => named.has(p)));
  }
  res.dirs = [...new Set(res.dirs)].sort();
  res.global.sort();
  res.config.sort();
  return res;
}

/** The objects of `objects` (output-dir paths such as kernel/sched/core.o) in `dirs` or below them. */
export function objectsUnder(objects: Iterable<string>, dirs: string[]): string[] {
  return [...objects].filter((o) => dirs.some((d) => o.startsWith(d + '/'))).sort();
}

/** The CONFIG_ symbols whose value differs between two `.config` texts (set, unset or changed). */
export function configDifference(base: Map<string, string>, head: Map<string, string>): string[] {
  const names = new Set([...base.keys(), ...head.keys()]);
  return [...names].filter((n) => base.get(n) !== head.get(n)).sort();
}

/** Which of `paths` (repo-relative) a `.cmd` file of the output dir names: in a command or a dep list
 *  (spelled relative to the output dir, absolute, or as is). `except`: the files made by `.cmd`s to leave
 *  out (output-dir paths, kernel/fork.o for kernel/.fork.o.cmd). */
export function namedInCmdFiles(out: string, paths: string[], except: ReadonlySet<string> = new Set()): Set<string> {
  const named = new Set<string>();
  const patterns = paths.map((p) => ({ p, re: new RegExp(`(^|[\\s/='"])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s:;)'"])`, 'm') }));
  for (const rel of outDirFiles(out, (name) => name.startsWith('.') && name.endsWith('.cmd'))) {
    if (named.size === paths.length) break;
    if (except.has(objectOfCmd(rel))) continue;
    const text = fs.readFileSync(path.join(out, rel), 'utf8');
    for (const { p, re } of patterns) if (!named.has(p) && re.test(text)) named.add(p);
  }
  return named;
}

/**
 * Why `make prepare` could have something to redo after `changed` (the files that differ between the
 * commit an output dir was prepared at and this one), or null when it would be a no-op. Kbuild records
 * what each of prepare's outputs was made from (`.cmd` files: the command and, through fixdep, every file
 * read: asm-offsets.c's headers, syscall tables, host programs' sources); its other inputs are
 * configuration inputs, makefiles and tools/ (objtool), and git, which Kbuild runs without here.
 */
export function prepareInputsChanged(changed: string[], configFile: string | null, namedByBuild: (paths: string[]) => Set<string>): string | null {
  const decisive = changed.filter((p) => isConfigurationInput(p, configFile) || isKbuildMakefile(p) || p.startsWith('tools/'));
  if (decisive.length > 0) return `${decisive[0]}${decisive.length > 1 ? ` and ${decisive.length - 1} more` : ''} changed`;
  if (changed.length === 0) return null;
  const named = [...namedByBuild(changed)];
  return named.length > 0 ? `${named[0]}${named.length > 1 ? ` and ${named.length - 1} more` : ''}, read by what prepare made, changed` : null;
}
