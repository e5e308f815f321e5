// Source paths in dumps are "as the compiler saw them": 'kernel/fork.c', './include/linux/x.h', or
// '/home/ci/wt-base/kernel/fork.c' for O= builds and other worktrees. Base and head are built in
// different directories, so everything is compared as repo-relative POSIX paths. Pure.

// A path with an empty, '.' or '..' segment or a trailing '/': one cleanPath must rewrite. Most FILEs
// of a dump (thousands in a kernel) have none and are returned as they are, without a split and join.
const NOT_CLEAN = /(^|\/)\.\.?(\/|$)|\/\/|.\/$/;

/** Collapse '.', '..' and repeated slashes; keep leading '..' of relative paths (we cannot resolve them). */
export function cleanPath(p: string): string {
  if (!NOT_CLEAN.test(p)) return p;
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/**
 * Repo-relative form of a dump FILE: './' and '..' collapsed, and `root` (an absolute source root)
 * removed from absolute paths under it. Absolute paths outside the root (system headers) stay absolute.
 * With `compileDir` (the compiler's absolute cwd), a relative FILE is resolved against it first: a
 * kernel built with O= in a subdirectory of the tree names its sources '../kernel/fork.c'.
 */
export function normaliseSourcePath(file: string, root?: string | null, compileDir?: string | null): string {
  const clean = cleanPath(compileDir && !file.startsWith('/') ? `${compileDir}/${file}` : file);
  if (root && clean.startsWith('/')) {
    const r = cleanPath(root);
    if (r === '/') return clean.slice(1);
    if (clean.startsWith(`${r}/`)) return clean.slice(r.length + 1);
  }
  return clean;
}

export interface DetectedRoot {
  root: string;
  /** 'suffix': absolute paths ending in known relative ones; 'prefix': longest common directory. */
  method: 'suffix' | 'prefix';
}

/**
 * Guess the absolute source root of a build from the FILE paths of its dumps.
 * First choice: an absolute path that ends with a path also seen relative (in the dumps, or as a
 * known TU source in `hints`) names its root — the most voted root wins. Fallback: the longest
 * common directory of the absolute paths outside /usr. Null when no absolute paths occur.
 */
export function detectSourceRoot(files: Iterable<string>, hints: Iterable<string> = []): DetectedRoot | null {
  const relative = new Set<string>();
  const absolute: string[] = [];
  for (const f of files) {
    const c = cleanPath(f);
    if (c.startsWith('/')) absolute.push(c);
    else if (c !== '' && !c.startsWith('..')) relative.add(c);
  }
  for (const h of hints) {
    const c = cleanPath(h);
    if (!c.startsWith('/') && c !== '' && !c.startsWith('..')) relative.add(c);
  }
  if (absolute.length === 0) return null;

  const votes = new Map<string, number>();
  for (const a of relative.size > 0 ? absolute : []) {
    // The longest relative suffix gives the shortest, most specific root.
    for (let pos = a.indexOf('/', 1); pos > 0; pos = a.indexOf('/', pos + 1)) {
      if (relative.has(a.slice(pos + 1))) {
        const root = a.slice(0, pos);
        votes.set(root, (votes.get(root) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [root, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && root.length < best.length)) {
      best = root;
      bestVotes = n;
    }
  }
  if (best !== null) return { root: best, method: 'suffix' };

  const own = absolute.filter((a) => !a.startsWith('/usr/'));
  if (own.length === 0) return null;
  let prefix = own[0].slice(0, own[0].lastIndexOf('/'));
  for (const a of own) {
    while (prefix !== '' && !a.startsWith(`${prefix}/`)) prefix = prefix.slice(0, prefix.lastIndexOf('/'));
  }
  return prefix === '' ? null : { root: prefix, method: 'prefix' };
}
