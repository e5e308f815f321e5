// The Kbuild output directory of one side, and what can be reused in it. It lives inside the side's
// worktree (<side>/src/.lpg-out), so Kbuild spells the source tree `..` (the top Makefile does so when O=
// is a direct subdirectory of the tree): command lines, .cmd files and generated files are then the same
// in base's and head's directories, and a prepared directory copied from one side is up to date for the
// other except where their sources differ. Make decides what that difference redoes, from timestamps:
// alignTimestamps makes them say exactly "these files changed since the outputs were built".
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { git } from '../adapters/git.js';
import { moduleOwners } from './kbuild.js';

/**
 * Paths that differ between two commits. Throws when either is not in the repository (an output dir
 * restored from a cache may name a commit this clone does not have): never read as "nothing changed".
 */
export async function changedPaths(srcDir: string, a: string, b: string): Promise<string[]> {
  const out = await git(srcDir, ['diff', '--name-only', '--no-renames', a, b]);
  return out.split('\n').filter(Boolean);
}

/** The output directory's name inside the side's worktree. */
export const OUT_DIR_NAME = '.lpg-out';
const STATE_FILE = '.livepatch-gate.json';
/** Beyond this many source commits an output dir has seen, it is emptied rather than diffed against each. */
const MAX_SOURCES = 16;

/** What the output directory holds, written only through saveOutDirState. */
export interface OutDirState {
  /** Hash of what the .config was made from: config spec and text, flags, arch and toolchain. */
  configStamp?: string;
  /** The commit whose configuration inputs (configurationInputs) the .config was made with. */
  configuredAt?: string;
  /** The commit `make prepare` last completed on. */
  preparedAt?: string;
  /** The commit a full build (vmlinux + modules) last completed on. */
  fullBuildAt?: string;
  /** Commits whose sources any file here may have been built from (a make killed half-way mixes two). */
  sources: string[];
  /** The Kbuild query's answers here (.livepatch-gate-query/): Makefiles at `at`, walks towards `want`. */
  query?: { at: string; want: string[] | 'all' };
}

export function readOutDirState(out: string): OutDirState {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(out, STATE_FILE), 'utf8')) as Partial<OutDirState>;
    const q = s.query;
    const query = q && typeof q.at === 'string' && (q.want === 'all' || (Array.isArray(q.want) && q.want.every((d) => typeof d === 'string'))) ? q : undefined;
    return { ...s, query, sources: Array.isArray(s.sources) ? s.sources.filter((c): c is string => typeof c === 'string') : [] };
  } catch {
    return { sources: [] };
  }
}

/** Written to a new file and renamed: atomic, and never through a hard link a copy may share. */
export function saveOutDirState(out: string, state: OutDirState): void {
  writeFileReplacing(path.join(out, STATE_FILE), JSON.stringify(state));
}

export function writeFileReplacing(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export function configStampOf(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * Paths whose change can change the .config `make <target>` / `olddefconfig` produce, or the host
 * programs configuration runs: Kconfig files, defconfigs, scripts/ (kconfig itself and the shell
 * helpers Kconfig calls), the top and arch Makefiles (KBUILD_DEFCONFIG, the config targets), and the
 * user's config file. A change to any of them means a side configures on its own; any other change is
 * left to make's own dependencies (generated headers, asm-offsets, host tools are redone if they read it).
 */
export function configurationInputs(paths: string[], configFile: string | null): string[] {
  return paths.filter(
    (p) =>
      /(^|\/)Kconfig[^/]*$/.test(p) ||
      /^arch\/[^/]+\/configs\//.test(p) ||
      p.startsWith('scripts/') ||
      p === 'Makefile' ||
      /^arch\/[^/]+\/Makefile/.test(p) ||
      (configFile !== null && p === configFile),
  );
}

/** Makefiles, Kbuild files and make includes: they decide which objects exist and with which flags. */
export function isKbuildMakefile(p: string): boolean {
  return /^(Makefile|Kbuild)[^/]*$|\.mk$/.test(path.posix.basename(p));
}

/**
 * The files of a Kbuild output dir whose name `keep` accepts, relative to it, sorted: the `source` link
 * Kbuild makes is not followed, make's `.tmp*` and our `.livepatch-gate*` scratch dirs are not entered.
 */
export function outDirFiles(out: string, keep: (name: string) => boolean): string[] {
  const res: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(out, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'source' && !e.name.startsWith('.tmp') && !e.name.startsWith('.livepatch-gate')) walk(r);
      } else if (keep(e.name)) res.push(r);
    }
  };
  if (fs.existsSync(out)) walk('');
  return res.sort();
}

/** The file a Kbuild `.cmd` record describes: kernel/.fork.o.cmd → kernel/fork.o. */
export function objectOfCmd(cmdFile: string): string {
  const dir = path.posix.dirname(cmdFile);
  const made = path.posix.basename(cmdFile).slice(1, -'.cmd'.length);
  return dir === '.' ? made : `${dir}/${made}`;
}

/** Kbuild's records of the objects built in `out`: every dir/.name.o.cmd, output-dir relative, in walk order. */
export function objectCmdFiles(out: string): string[] {
  return outDirFiles(out, (name) => name.startsWith('.') && name.endsWith('.o.cmd'));
}

/** The other way: where Kbuild records how `object` (output-dir relative) was built, dir/.name.o.cmd. */
export function cmdPath(out: string, object: string): string {
  return path.join(out, path.dirname(object), `.${path.basename(object)}.cmd`);
}

/** Whether `state`'s .config is the one `stamp` asks for at `commit`, with what changed in between. */
export async function configuredFor(srcDir: string, state: OutDirState, stamp: string, commit: string, configFile: string | null): Promise<{ ok: boolean; why: string }> {
  if (state.configStamp !== stamp || !state.configuredAt) return { ok: false, why: state.configStamp ? 'the configuration, flags or toolchain changed' : 'not configured yet' };
  if (state.configuredAt === commit) return { ok: true, why: 'configured at this commit' };
  let changed: string[];
  try {
    changed = await changedPaths(srcDir, state.configuredAt, commit);
  } catch {
    return { ok: false, why: `configured at ${state.configuredAt.slice(0, 12)}, a commit this repository does not have` };
  }
  const inputs = configurationInputs(changed, configFile);
  return inputs.length === 0
    ? { ok: true, why: `no configuration input changed since ${state.configuredAt.slice(0, 12)}` }
    : { ok: false, why: `${describePaths(inputs)} changed since ${state.configuredAt.slice(0, 12)} (configuration input${inputs.length > 1 ? 's' : ''})` };
}

/**
 * Makes the timestamps say what changed: every file of `out` gets the same time T, then every tracked
 * file that differs between any commit in state.sources and `commit` gets a later one. Make then redoes
 * exactly what depends on those files, whatever order the worktree and the outputs were written in (a
 * fresh worktree is newer than everything; a copied or cache-restored output dir may be newer than
 * changed sources). Returns the changed files, or null when the outputs' origin is unknown.
 */
export async function alignTimestamps(srcDir: string, out: string, state: OutDirState, commit: string): Promise<string[] | null> {
  if (state.sources.length === 0 || state.sources.length > MAX_SOURCES) return null;
  const changed = new Set<string>();
  try {
    for (const c of state.sources) if (c !== commit) for (const p of await changedPaths(srcDir, c, commit)) changed.add(p);
  } catch {
    return null;
  }
  const t = new Date();
  setTreeTime(out, t);
  while (Date.now() <= t.getTime() + 5) await new Promise((r) => setTimeout(r, 5));
  const later = new Date();
  for (const p of changed) {
    try {
      fs.utimesSync(path.join(srcDir, p), later, later);
    } catch {
      // deleted at this commit: make sees a missing prerequisite and rebuilds what named it
    }
  }
  return [...changed].sort();
}

/** Every file under dir (not symlinks: `source` points at the tree) gets mtime t. */
function setTreeTime(dir: string, t: Date): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    if (e.isDirectory()) setTreeTime(p, t);
    fs.utimesSync(p, t, t);
  }
}

/**
 * Paths that differ between two commits and do not exist in the first: files that can shadow an include
 * resolved at `a` (selectFromRecordedDeps). Throws like changedPaths.
 */
export async function addedPaths(srcDir: string, a: string, b: string): Promise<string[]> {
  const out = await git(srcDir, ['diff', '--name-only', '--no-renames', '--diff-filter=A', a, b]);
  return out.split('\n').filter(Boolean);
}

/**
 * What a full build adds to a prepared output dir, by name: objects, archives, modules and their
 * Kbuild records, clone dumps, the linked images and their maps. Everything else (the .config,
 * generated headers, host programs under scripts/ and tools/, asm-offsets, our query answers) is what
 * configure and prepare wrote. Used to share a full build's prepared state without its gigabytes: a
 * product wrongly kept is never used (the fast path compiles its targets itself and proves them), a
 * prepare output wrongly left out is remade by make.
 */
export function isFullBuildProduct(rel: string): boolean {
  // Our own records (state, object ledger, query answers): the copy gets its own.
  if (rel.startsWith('.livepatch-gate')) return true;
  if (/^(scripts|tools)\//.test(rel)) return false;
  const name = path.posix.basename(rel);
  // Not `.s`: prepare's asm-offsets.s and bounds.s (and their .cmd) are the only ones a build writes.
  return (
    /\.(o|a|ko|mod|lds|symvers|order|builtin|modinfo|cpio|bin|elf|map|gz|xz|lzma|lzo|lz4|zst|bz2)$/.test(name) ||
    /\.mod\.c$/.test(name) ||
    /\.c\.\d{3}[a-z]\.[a-z0-9-]+$/.test(name) ||
    /^\..*\.(o|a|ko|mod|lds)\.cmd$/.test(name) ||
    /^\..*\.d$/.test(name) ||
    /^(vmlinux(\..*)?|System\.map|bzImage|Image|zImage|modules\..*|\.modules\..*|\.vmlinux\..*)$/.test(name) ||
    /(^|\/)\.tmp_/.test(rel)
  );
}

/**
 * Copies the prepared state of a full build's output dir (everything isFullBuildProduct does not name) to
 * `to`, emptied first: new files (reflinked where the file system can), symlinks as links.
 */
export function copyPreparedFiles(from: string, to: string): { files: number; bytes: number } {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(to, { recursive: true });
  let files = 0;
  let bytes = 0;
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(from, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (isFullBuildProduct(r)) continue;
      const src = path.join(from, r);
      const dst = path.join(to, r);
      if (e.isSymbolicLink()) {
        fs.symlinkSync(fs.readlinkSync(src), dst);
      } else if (e.isDirectory()) {
        fs.mkdirSync(dst);
        walk(r);
      } else if (e.isFile()) {
        const st = fs.statSync(src);
        fs.copyFileSync(src, dst, fs.constants.COPYFILE_FICLONE);
        fs.chmodSync(dst, st.mode & 0o7777);
        files++;
        bytes += st.size;
      }
    }
  };
  walk('');
  return { files, bytes };
}

/** A copy of `from` at `to` that shares nothing writable with it (reflinked where the file system can). */
export async function copyOutDir(from: string, to: string, run: (argv: string[]) => Promise<void>): Promise<void> {
  fs.rmSync(to, { recursive: true, force: true });
  await run(['cp', '-a', '--reflink=auto', from, to]);
}

export function describePaths(files: string[]): string {
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

/**
 * The architectures (SRCARCH) whose headers `make prepare` generated here (`arch/<srcarch>/include/
 * generated`), sorted. A dir configured for one architecture and then another holds both: Kbuild
 * leaves the first one's outputs in place.
 */
export function preparedArchitectures(out: string): string[] {
  const arch = path.join(out, 'arch');
  const dirs = fs.existsSync(arch) ? fs.readdirSync(arch) : [];
  return dirs.filter((d) => fs.existsSync(path.join(arch, d, 'include', 'generated'))).sort();
}

/** Each module member's module, from Kbuild's `<dir>/<module>.mod` files of a full build. */
export function moduleOwnersIn(out: string): Map<string, string> {
  return moduleOwners(outDirFiles(out, (name) => name.endsWith('.mod')).map((rel) => ({ path: rel, text: fs.readFileSync(path.join(out, rel), 'utf8') })));
}
