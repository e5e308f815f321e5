// Pure mapping from one file's diff hunks and its base/head definitions to changed functions and
// non-function changes. A definition changed when its source text differs between base and head
// (git's hunk alignment can straddle neighbouring functions; the texts cannot); the hunks give the lines.
import type { ChangedFile, ChangedFunction, NonFunctionChange, Warning } from '../model.js';
import type { CDefinitions, CFunction, CItem } from './c-definitions.js';

/** One unified-diff hunk as parsed by `diff`'s parsePatch (starts follow its convention for empty sides). */
export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

export interface FileDiff {
  /** Head path (base path for deleted files). */
  path: string;
  basePath?: string;
  status: ChangedFile['status'];
  language: ChangedFile['language'];
  hunks: Hunk[];
  /** Definitions on each side; null when the side does not exist or was not parsed. */
  base: CDefinitions | null;
  head: CDefinitions | null;
  /** File texts, used to classify changed lines outside every definition (conditionals vs comments). */
  baseText?: string;
  headText?: string;
}

export interface FileChanges {
  file: ChangedFile;
  functions: ChangedFunction[];
  other: NonFunctionChange[];
  warnings: Warning[];
}

/** Upper bound on lineShift pairs per file: enough for any real function set, bounded for huge moves. */
export const MAX_LINE_SHIFT_PAIRS = 50_000;

export interface HunkLines {
  /** Head lines added. */
  added: number[];
  /** Base lines deleted. */
  deleted: number[];
  /** For each run of deletions, the head line that now follows it (where an annotation can point). */
  deletionPoints: number[];
}

export function hunkLines(hunks: Hunk[]): HunkLines {
  const added: number[] = [];
  const deleted: number[] = [];
  const deletionPoints: number[] = [];
  for (const h of hunks) {
    let b = h.oldStart;
    let a = h.newStart;
    let inDeletion = false;
    for (const line of h.lines) {
      const c = line[0];
      if (c === '-') {
        deleted.push(b++);
        if (!inDeletion) deletionPoints.push(a);
        inDeletion = true;
        continue;
      }
      inDeletion = false;
      if (c === '+') added.push(a++);
      else if (c === ' ') {
        a++;
        b++;
      }
      // '\ No newline at end of file' carries no line.
    }
  }
  return { added, deleted, deletionPoints };
}

/** Changed functions and other changes in one file. */
export function mapFileChanges(diff: FileDiff): FileChanges {
  const lines = hunkLines(diff.hunks);
  const warnings: Warning[] = [];
  const functions: ChangedFunction[] = [];
  const other: NonFunctionChange[] = [];
  const lineShift: { base: number; head: number }[] = [];
  const headPath = diff.path;
  const basePath = diff.basePath ?? diff.path;
  const inHeader = diff.language === 'header';

  const baseFns = diff.base?.functions ?? [];
  const headFns = diff.head?.functions ?? [];
  for (const [b, h] of pairByKey(baseFns, headFns, (f) => f.symbols[0])) {
    if (b && h && b.text === h.text) {
      if (b.startLine !== h.startLine) {
        for (let i = 0; i <= h.endLine - h.startLine && lineShift.length < MAX_LINE_SHIFT_PAIRS; i++) lineShift.push({ base: b.startLine + i, head: h.startLine + i });
      }
      continue;
    }
    const def = (h ?? b) as CFunction;
    const fn: ChangedFunction = {
      name: def.name,
      symbols: def.symbols,
      status: b && h ? 'modified' : h ? 'added' : 'removed',
      file: h ? headPath : basePath,
      changedLines: [],
      isStatic: def.isStatic,
      isInline: def.isInline,
      inHeader,
      // Base markers too: a function that was __init or notrace at base matters even if head drops it.
      markers: [...new Set([...(h?.markers ?? []), ...(b?.markers ?? [])])],
    };
    if (h && diff.basePath && diff.basePath !== diff.path) fn.baseFile = diff.basePath;
    if (b) fn.baseLines = [b.startLine, b.endLine];
    if (h) fn.headLines = [h.startLine, h.endLine];
    fn.changedLines = b && h ? modifiedLines(b, h, lines) : range(def.startLine, def.endLine);
    functions.push(fn);
    if (def.symbolsGuessed) {
      warnings.push({
        source: 'diff',
        file: fn.file,
        line: def.startLine,
        message: `${def.name} is defined by macro ${def.definedByMacro}(): assuming it emits the symbol '${def.symbols[0]}' (a guess; check the macro)`,
      });
    }
  }
  if (lineShift.length >= MAX_LINE_SHIFT_PAIRS) {
    warnings.push({ source: 'diff', file: headPath, message: `more than ${MAX_LINE_SHIFT_PAIRS} moved lines in unchanged functions: line-shift map truncated` });
  }

  const baseItems = [...(diff.base?.items ?? []), ...baseFns.flatMap((f) => f.staticLocals)];
  const headItems = [...(diff.head?.items ?? []), ...headFns.flatMap((f) => f.staticLocals)];
  for (const [b, h] of pairByKey(baseItems, headItems, (i) => `${i.kind}:${i.inFunction ?? ''}:${i.name ?? '<anonymous>'}`)) {
    if (b && h && b.text === h.text) continue;
    const it = (h ?? b) as CItem;
    const status = b && h ? 'changed' : h ? 'added' : 'removed';
    const change: NonFunctionChange = {
      kind: it.kind,
      file: h ? headPath : basePath,
      line: h && b ? firstIn(lines.added, h) ?? h.startLine : it.startLine,
      detail: `${describe(it)} ${status}`,
    };
    if (it.name !== undefined) change.name = it.name;
    if (it.isStatic !== undefined) change.isStatic = it.isStatic;
    if (it.inFunction !== undefined) change.inFunction = it.inFunction;
    if (b) change.baseLines = [b.startLine, b.endLine];
    if (h) change.headLines = [h.startLine, h.endLine];
    other.push(change);
  }

  other.push(...outsideDefinitions(diff, lines));

  const file: ChangedFile = {
    path: headPath,
    status: diff.status,
    language: diff.language,
    addedLines: lines.added,
    deletedLines: lines.deleted,
  };
  if (diff.basePath && diff.basePath !== diff.path) file.basePath = diff.basePath;
  if (diff.head && diff.base) file.lineShift = lineShift;
  return { file, functions, other, warnings };
}

/**
 * Pairs base and head definitions by key and occurrence: the second `f` under #ifdef/#else pairs with
 * the second `f`. Unpaired ones come back with the other side undefined. Order: head order, then removed.
 */
function pairByKey<T>(base: T[], head: T[], key: (x: T) => string): [T | undefined, T | undefined][] {
  const pool = new Map<string, T[]>();
  for (const b of base) {
    const k = key(b);
    pool.set(k, [...(pool.get(k) ?? []), b]);
  }
  const out: [T | undefined, T | undefined][] = [];
  for (const h of head) {
    const list = pool.get(key(h));
    out.push([list?.shift(), h]);
  }
  for (const list of pool.values()) for (const b of list) out.push([b, undefined]);
  return out;
}

/** Head lines changed inside a modified function: the hunk lines, else the lines a line-by-line compare finds. */
function modifiedLines(b: CFunction, h: CFunction, lines: HunkLines): number[] {
  const inHead = (l: number): boolean => l >= h.startLine && l <= h.endLine;
  const fromHunks = [...new Set([...lines.added.filter(inHead), ...lines.deletionPoints.filter(inHead)])].sort((x, y) => x - y);
  const touchedBase = lines.deleted.some((l) => l >= b.startLine && l <= b.endLine);
  if (fromHunks.length > 0) return fromHunks;
  // The hunks lie outside the head range (alignment quirk, or only deletions at its edge): compare texts.
  const bl = b.text.split('\n');
  const hl = h.text.split('\n');
  let top = 0;
  while (top < bl.length && top < hl.length && bl[top] === hl[top]) top++;
  let bottom = 0;
  while (bottom < bl.length - top && bottom < hl.length - top && bl[bl.length - 1 - bottom] === hl[hl.length - 1 - bottom]) bottom++;
  const first = h.startLine + top;
  const last = h.startLine + hl.length - 1 - bottom;
  if (last >= first) return range(first, last);
  return touchedBase || top < hl.length ? [Math.min(first, h.endLine)] : [];
}

function firstIn(added: number[], it: CItem): number | undefined {
  return added.find((l) => l >= it.startLine && l <= it.endLine);
}

function describe(it: CItem): string {
  const name = it.name ?? '(anonymous)';
  switch (it.kind) {
    case 'struct':
    case 'union':
      return `${it.kind} ${name} (layout)`;
    case 'enum':
      return `enum ${name} (values)`;
    case 'macro':
      return it.what === '#undef' ? `#undef ${name}` : `macro ${name}`;
    case 'include':
      return `#include ${name}`;
    case 'data':
      return it.inFunction ? `static local variable ${name} in ${it.inFunction}()` : `${it.what} ${name}`;
    default:
      return it.name ? `${it.what} ${it.name}` : it.what;
  }
}

/**
 * Changed lines outside every definition on their side. Preprocessor conditionals change what compiles:
 * reported. Blank and comment-only lines are not code and are left out (their only effect, moving
 * __LINE__, is covered by lineShift and the object comparison). Anything else is reported as 'other'.
 */
function outsideDefinitions(diff: FileDiff, lines: HunkLines): NonFunctionChange[] {
  if (diff.language !== 'c' && diff.language !== 'header') return [];
  const out: NonFunctionChange[] = [];
  const sides: { changed: number[]; defs: CDefinitions | null; text?: string; path: string; verb: string; span: 'headLines' | 'baseLines' }[] = [
    { changed: lines.added, defs: diff.head, text: diff.headText, path: diff.path, verb: 'added', span: 'headLines' },
    { changed: lines.deleted, defs: diff.base, text: diff.baseText, path: diff.basePath ?? diff.path, verb: 'removed', span: 'baseLines' },
  ];
  for (const side of sides) {
    if (!side.defs || side.text === undefined) continue;
    const covered = new Set<number>();
    const spans = [...side.defs.functions, ...side.defs.items];
    for (const s of spans) for (let l = s.startLine; l <= s.endLine; l++) covered.add(l);
    const textLines = side.text.split('\n');
    let run: { line: number; last: number; conditional: boolean; sample: string } | null = null;
    const flush = (): void => {
      if (!run) return;
      out.push({
        kind: 'other',
        file: side.path,
        line: run.line,
        detail: run.conditional ? `preprocessor conditional ${side.verb}: ${run.sample}` : `code outside any recognised definition ${side.verb}: ${run.sample}`,
        [side.span]: [run.line, run.last],
      });
      run = null;
    };
    let prev = -2;
    for (const l of side.changed) {
      const t = (textLines[l - 1] ?? '').trim();
      const isCode = !covered.has(l) && t !== '' && !/^(\/\/|\/\*|\*)/.test(t) && !t.endsWith('*/');
      if (!isCode || l !== prev + 1) flush();
      prev = l;
      if (!isCode) continue;
      const conditional = /^#\s*(if|ifdef|ifndef|elif|elifdef|elifndef|else|endif)\b/.test(t);
      if (run && run.conditional !== conditional) flush();
      run ??= { line: l, last: l, conditional, sample: t.length > 80 ? `${t.slice(0, 77)}...` : t };
      run.last = l;
    }
    flush();
  }
  return out;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}
