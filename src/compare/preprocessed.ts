// The output of `gcc -E -dU` for one translation unit, reduced to what the configuration check asks:
// the code each chosen source file contributes, by source line, and the macros the unit expanded or
// tested. Line markers (`# 12 "kernel/sched/sched.h" 1`) say which source line each output line comes
// from; -dU adds `#define X ...` for every macro expanded and `#undef X` for one tested while undefined.
// Pure: the adapter (src/compile/preprocess.ts) runs the compiler.

export interface PreprocessedUnit {
  /**
   * For each file of interest the unit entered: its preprocessed code by 1-based source line (an
   * `#include` the unit followed reads `#include <path>`). Lines the preprocessor dropped are absent.
   */
  files: Map<string, Map<number, string>>;
  /** Macros the unit expanded or tested: name → the distinct `#define ...` / `#undef NAME` lines seen. */
  macros: Map<string, string[]>;
}

export interface ReadPreprocessedOptions {
  /** Repo-relative files whose lines to keep. */
  files: ReadonlySet<string>;
  /** A path as written in a line marker → repo-relative path, or null outside the tree. */
  repoPath(markerPath: string): string | null;
  /** Absolute prefixes (worktree, output dir) removed from kept text, so __FILE__ compares across sides. */
  stripPrefixes: string[];
  /** Macros whose -dU lines to keep (a kernel unit expands thousands; the check asks about a few). */
  macros: ReadonlySet<string>;
}

const MARKER = /^# (\d+) "((?:[^"\\]|\\.)*)"((?: \d)*)$/;
const MACRO_DIRECTIVE = /^#(define|undef) ([A-Za-z_]\w*)/;

export function readPreprocessed(text: string, opts: ReadPreprocessedOptions): PreprocessedUnit {
  const unit: PreprocessedUnit = { files: new Map(), macros: new Map() };
  const pathCache = new Map<string, string | null>();
  const repoPath = (raw: string): string | null => {
    let p = pathCache.get(raw);
    if (p === undefined) {
      p = opts.repoPath(raw.replace(/\\(.)/g, '$1'));
      pathCache.set(raw, p);
    }
    return p;
  };
  const clean = (s: string): string => {
    let out = s;
    for (const prefix of opts.stripPrefixes) out = out.split(prefix).join('');
    return out.replace(/\s+/g, ' ').trim();
  };
  let file: string | null = null;
  let kept: Map<number, string> | undefined;
  let line = 1;
  const keep = (at: number, s: string): void => {
    if (!kept || s === '') return;
    const before = kept.get(at);
    kept.set(at, before === undefined ? s : `${before} ${s}`);
  };

  for (const raw of text.split('\n')) {
    if (raw.startsWith('#')) {
      const marker = MARKER.exec(raw);
      if (marker) {
        const next = repoPath(marker[2]);
        // Flag 1: entering an included file; the include line is the current line of the includer.
        if (marker[3].includes(' 1')) keep(line, `#include ${next ?? clean(marker[2])}`);
        file = next;
        kept = file !== null && opts.files.has(file) ? getOrCreate(unit.files, file) : undefined;
        line = Number(marker[1]);
        continue;
      }
      const directive = MACRO_DIRECTIVE.exec(raw);
      if (directive) {
        line++;
        if (!opts.macros.has(directive[2])) continue;
        const texts = getOrCreate(unit.macros, directive[2], () => []);
        const t = clean(raw);
        if (!texts.includes(t)) texts.push(t);
        continue;
      }
    }
    keep(line, clean(raw));
    line++;
  }
  return unit;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V = () => new Map() as V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** The preprocessed code of lines [first, last] (all lines without a range), joined; '' when none survived. */
export function preprocessedText(lines: Map<number, string> | undefined, range?: [number, number]): string {
  if (!lines) return '';
  const picked = [...lines.entries()].filter(([l]) => !range || (l >= range[0] && l <= range[1])).sort((a, b) => a[0] - b[0]);
  return picked.map(([, t]) => t).join(' ');
}
