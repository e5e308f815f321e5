// Which translation units include a changed header (kernel fast path).
// Two sources, best first:
//  1. Kbuild's recorded deps (`deps_...` in every `.name.o.cmd`) from a previous FULL build of this
//     output dir: exact, costs one read of ~2,700 small files for defconfig (about a second).
//  2. Otherwise a scan of `#include` lines with `git grep` (one pass over the tree per header level,
//     a few seconds on Linux), followed transitively through headers that include the changed one.
//     It approximates the preprocessor: `<x/y.h>` matches any `include/` directory (include/,
//     include/uapi/, arch/*/include/...), `"y.h"` matches relative to the including file or by an
//     `include/` suffix. Conditional includes count as includes (over-approximation: safe, costs time).
import path from 'node:path';
import { git } from '../adapters/git.js';

/** Does `#include <spec>` / `"spec"` written in `includer` refer to `header`? (repo-relative paths) */
export function includeMatches(includer: string, spec: string, quoted: boolean, header: string): boolean {
  if (quoted && path.posix.normalize(path.posix.join(path.posix.dirname(includer), spec)) === header) return true;
  if (header === spec) return true;
  const m = /(^|\/)include\/(generated\/)?(uapi\/)?(.*)$/.exec(header);
  if (m && (m[4] === spec || `${m[3] ?? ''}${m[4]}` === spec)) return true;
  // Kbuild directories often add -I$(srctree)/$(src): a quoted include resolved in the same tree.
  return quoted && header.endsWith('/' + spec) && header.split('/')[0] === includer.split('/')[0];
}

const INCLUDE_LINE = /^\s*#\s*include\s*([<"])([^>"]+)[>"]/;

/** Parses `git grep -n` output (`file:line:text`) into include specs. */
export function parseIncludeGrep(out: string): { file: string; spec: string; quoted: boolean }[] {
  const res: { file: string; spec: string; quoted: boolean }[] = [];
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\d+:(.*)$/.exec(line);
    if (!m) continue;
    const inc = INCLUDE_LINE.exec(m[2]);
    if (inc) res.push({ file: m[1], quoted: inc[1] === '"', spec: inc[2] });
  }
  return res;
}

/**
 * C files (repo-relative) that include any of `headers`, directly or through other headers.
 * `limit` caps the number of header levels expanded so a change to a ubiquitous header cannot turn the
 * fast path into an unbounded scan; hitting it is reported by the caller.
 */
export async function scanIncluders(
  srcDir: string,
  headers: string[],
  limit = 400,
): Promise<{ sources: string[]; truncated: boolean }> {
  const seen = new Set(headers);
  const queue = [...headers];
  const sources = new Set<string>();
  let expanded = 0;
  while (queue.length > 0) {
    if (expanded >= limit) return { sources: [...sources].sort(), truncated: true };
    // One git grep per batch of headers: their basenames in one alternation.
    const batch = queue.splice(0, 50);
    expanded += batch.length;
    const names = [...new Set(batch.map((h) => path.posix.basename(h).replace(/[.[\]()*+?^$|\\]/g, '\\$&')))];
    const pattern = `^\\s*#\\s*include\\s*[<"]([^>"]*/)?(${names.join('|')})[>"]`;
    const out = await git(srcDir, ['grep', '-n', '-E', '-e', pattern, '--', '*.c', '*.h'], { allowFailure: true });
    for (const inc of parseIncludeGrep(out)) {
      if (!batch.some((h) => includeMatches(inc.file, inc.spec, inc.quoted, h))) continue;
      if (inc.file.endsWith('.c')) sources.add(inc.file);
      if (!seen.has(inc.file)) {
        seen.add(inc.file);
        queue.push(inc.file);
      }
    }
  }
  return { sources: [...sources].sort(), truncated: false };
}

/** From recorded deps: the sources whose deps contain one of `headers`. */
export function includersFromDeps(deps: Map<string, string[]>, headers: string[]): string[] {
  const wanted = new Set(headers);
  const res: string[] = [];
  for (const [source, list] of deps) if (list.some((d) => wanted.has(d))) res.push(source);
  return res.sort();
}
