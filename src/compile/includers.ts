// Which translation units can include a changed header (or a changed `.c` another TU `#include`s, like
// kernel/sched/build_policy.c including "idle.c"), kernel fast path. One `git grep` of every #include
// line in the tree (plus the generated headers of the output dir) gives an in-memory include graph; the
// changed files' includers are found by walking it backwards. The walk over-approximates the
// preprocessor, never under-approximates it (except for includes spelled through macros, which the
// kernel uses only to re-include trace headers a TU already names, and for headers Kbuild generates
// while it builds objects, such as crypto/*.asn1.h, until the output dir has them): conditional includes count, and a
// `<x/y.h>` matches every `.../x/y.h` not under another architecture. The caller intersects the result
// with what Kbuild builds and confirms each candidate with the compiler's own dependency list
// (`deps_` of the `.name.o.cmd` Kbuild writes), so the final set is exact for the configuration.
import fs from 'node:fs';
import path from 'node:path';
import { git } from '../adapters/git.js';
import { outDirFiles } from './kbuild-outdir.js';

/** `#include <spec>` / `#include "spec"` (or `#include_next`) written in `file`. */
export interface IncludeEdge {
  file: string;
  spec: string;
  quoted: boolean;
}

const INCLUDE_LINE = /^\s*#\s*include(?:_next)?\s*([<"])([^>"]+)[>"]/;

/** Parses `git grep` output without line numbers (`file:text`). */
export function parseIncludeGrep(out: string): IncludeEdge[] {
  const res: IncludeEdge[] = [];
  for (const line of out.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const inc = INCLUDE_LINE.exec(line.slice(colon + 1));
    if (inc) res.push({ file: line.slice(0, colon), quoted: inc[1] === '"', spec: inc[2] });
  }
  return res;
}

/**
 * Can `#include <spec>` / `"spec"` written in `includer` resolve to `header` (paths relative to the
 * tree)? A superset of what the preprocessor does for some -I list of `srcArch`: quoted names relative
 * to the includer, else any directory ending in the spec, except other architectures' trees.
 */
export function includeMatches(includer: string, spec: string, quoted: boolean, header: string, srcArch: string, exists?: (file: string) => boolean): boolean {
  if (quoted) {
    const local = path.posix.normalize(path.posix.join(path.posix.dirname(includer), spec));
    if (local === header) return true;
    // The preprocessor looks beside the includer first: if that file exists, `"spec"` is always it
    // (`#include_next "spec"` would not, but Linux 6.1 has none outside tools/).
    if (exists?.(local)) return false;
  }
  // `"../../../platform/x86/intel_ips.h"` found through an -I directory: the header ends with what
  // follows the leading `../` steps (i915's -I drivers/gpu/drm/i915 reaches drivers/platform/x86/).
  const tail = spec.replace(/^(\.\.?\/)+/, '');
  if (header !== tail && !header.endsWith('/' + tail)) return false;
  const arch = /^arch\/([^/]+)\//.exec(header);
  return !arch || arch[1] === srcArch;
}

/** The include lines of a whole tree, indexed by the basename they name. */
export class IncludeGraph {
  private readonly byName = new Map<string, IncludeEdge[]>();

  /** `files`: every file of the tree, when known: a quoted include of a file beside its includer then
   *  resolves only there (without it, `"common.h"` matches every common.h of the tree). */
  constructor(
    edges: Iterable<IncludeEdge>,
    private readonly files?: Set<string>,
  ) {
    for (const e of edges) {
      const name = path.posix.basename(e.spec);
      const list = this.byName.get(name);
      if (list) list.push(e);
      else this.byName.set(name, [e]);
    }
  }

  /**
   * Every file that includes one of `changed`, directly or through other files, and whether one of the
   * `forced` includes (`-include` on every compile command) is among them: then every TU is.
   */
  includersOf(changed: string[], srcArch: string, forced: string[] = []): { files: Set<string>; everyUnit: boolean } {
    const seen = new Set(changed);
    const queue = [...changed];
    const files = new Set<string>();
    while (queue.length > 0) {
      const target = queue.pop() as string;
      for (const e of this.byName.get(path.posix.basename(target)) ?? []) {
        if (seen.has(e.file) || !includeMatches(e.file, e.spec, e.quoted, target, srcArch, this.files && ((f) => this.files!.has(f)))) continue;
        seen.add(e.file);
        files.add(e.file);
        queue.push(e.file);
      }
    }
    return { files, everyUnit: forced.some((f) => seen.has(f)) };
  }
}


/**
 * The include graph of a worktree at its commit (tracked `.c`/`.h` files) plus the generated headers of
 * a Kbuild output directory (includeGraphOf).
 */
export async function readIncludeGraph(srcDir: string, outDir: string): Promise<IncludeGraph> {
  // A fixed-string grep and the exact pattern in JS: git's POSIX regex engine is ten times slower.
  const out = await git(srcDir, ['grep', '-I', '--no-color', '-F', '-e', 'include', '--', '*.c', '*.h'], { allowFailure: true });
  const files = (await git(srcDir, ['ls-files', '-z'])).split('\0').filter(Boolean);
  return includeGraphOf(parseIncludeGrep(out), files, outDir);
}

/**
 * The include graph of a source tree's `edges` and `files`, plus every header of a Kbuild output
 * directory: the asm-generic wrappers of `arch/<arch>/include/generated` (`#include <asm-generic/x.h>`,
 * how most TUs reach include/asm-generic), and headers generated beside their users while objects are
 * built (crypto/rsapubkey.asn1.h includes <linux/asn1_decoder.h>; present once that directory was
 * built). Their paths are relative to that directory (Kbuild never generates a file the tree has).
 */
export function includeGraphOf(edges: IncludeEdge[], files: Iterable<string>, outDir: string): IncludeGraph {
  const all = new Set(files);
  const withGenerated = [...edges];
  for (const rel of outDirFiles(outDir, (name) => name.endsWith('.h'))) {
    all.add(rel);
    for (const line of fs.readFileSync(path.join(outDir, rel), 'utf8').split('\n')) {
      const inc = INCLUDE_LINE.exec(line);
      if (inc) withGenerated.push({ file: rel, quoted: inc[1] === '"', spec: inc[2] });
    }
  }
  return new IncludeGraph(withGenerated, all);
}
