// Adapter: the PR's source diff (git, rename-aware) → SourceChanges. git and file reads happen here;
// the C parsing (definitionsIn) and the mapping (mapFileChanges) are pure.
import { parsePatch } from 'diff';
import { git, showFile } from '../adapters/git.js';
import type { ChangedFile, SourceChanges, Warning } from '../model.js';
import { plural } from '../report/format.js';
import { definitionsIn } from './c-definitions.js';
import { loadCParser, type CParser } from './c-parser.js';
import { mapFileChanges, type FileDiff, type Hunk } from './map-hunks.js';

export interface FindChangesOptions {
  /** Parse at most this many C/header files (the rest are listed without function mapping). Default 2000. */
  maxFiles?: number;
  /** Files larger than this (bytes, either side) are listed but not parsed. Default 8 MiB. */
  maxFileBytes?: number;
  onProgress?: (msg: string) => void;
}

/** The C-family language of a path: what the mapper and the hazard rules treat it as. */
export function languageOf(path: string): ChangedFile['language'] {
  if (/\.c$/.test(path)) return 'c';
  if (/\.h$/.test(path)) return 'header';
  if (/\.[sS]$/.test(path)) return 'asm';
  return 'other';
}

/** What changed between two commits, mapped to C functions and non-function items. */
export async function findSourceChanges(repo: string, base: string, head: string, opts: FindChangesOptions = {}): Promise<SourceChanges> {
  const maxFiles = opts.maxFiles ?? 2000;
  const maxBytes = opts.maxFileBytes ?? 8 << 20;
  const progress = opts.onProgress ?? (() => undefined);
  const raw = await git(repo, [
    '-c', 'core.quotepath=false',
    'diff', '-M', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/',
    base, head, '--',
  ]);
  // parsePatch('') is one patch with no file: base = head (a push run that only builds) changes nothing.
  const patches = parsePatch(raw).filter((p) => p.oldFileName !== undefined || p.newFileName !== undefined);
  progress(`diff ${short(base)}..${short(head)}: ${plural(patches.length, 'changed file')}`);

  const out: SourceChanges = { files: [], functions: [], other: [], warnings: [] };
  let parser: CParser | null = null;
  let parsed = 0;
  let skippedForLimit = 0;
  for (const p of patches) {
    const oldPath = stripPrefix(p.oldFileName, 'a/');
    const newPath = stripPrefix(p.newFileName, 'b/');
    const status: ChangedFile['status'] = p.isCreate || !oldPath ? 'added' : p.isDelete || !newPath ? 'deleted' : p.isRename ? 'renamed' : 'modified';
    const path = (status === 'deleted' ? oldPath : newPath) as string;
    const basePath = status === 'renamed' ? (oldPath as string) : undefined;
    const language = languageOf(path);
    const hunks: Hunk[] = p.hunks;
    const diff: FileDiff = { path, status, language, hunks, base: null, head: null };
    if (basePath) diff.basePath = basePath;

    if (p.isBinary) {
      out.warnings.push({ source: 'diff', file: path, message: 'binary file changed: not analysed (no line or function information)' });
    } else if ((language === 'c' || language === 'header') && hunks.length > 0) {
      if (parsed >= maxFiles) skippedForLimit++;
      else {
        parsed++;
        parser ??= await loadCParser();
        await readSides(repo, base, head, diff, maxBytes, out.warnings);
        if (diff.baseText !== undefined) diff.base = definitionsIn(parser, diff.baseText, diff.basePath ?? path);
        if (diff.headText !== undefined) diff.head = definitionsIn(parser, diff.headText, path);
        // Parse problems are reported for the side that will be built and patched (head), else base.
        out.warnings.push(...((diff.head ?? diff.base)?.warnings ?? []));
        if (parsed % 200 === 0) progress(`parsed ${parsed} C files`);
      }
    }
    const mapped = mapFileChanges(diff);
    out.files.push(mapped.file);
    out.functions.push(...mapped.functions);
    out.other.push(...mapped.other);
    out.warnings.push(...mapped.warnings);
  }
  if (skippedForLimit > 0) {
    out.warnings.push({
      source: 'diff',
      message: `${skippedForLimit} more C/header files changed beyond the limit of ${maxFiles}: listed with their lines but not mapped to functions (raise maxFiles)`,
    });
  }
  progress(`${plural(out.functions.length, 'changed function')}, ${plural(out.other.length, 'other change')} in ${plural(out.files.length, 'file')}`);
  return out;
}

/** Base and head texts of one file (only the sides that exist), honouring the size limit. */
async function readSides(repo: string, base: string, head: string, diff: FileDiff, maxBytes: number, warnings: Warning[]): Promise<void> {
  const [baseText, headText] = await Promise.all([
    diff.status === 'added' ? null : showFile(repo, base, diff.basePath ?? diff.path),
    diff.status === 'deleted' ? null : showFile(repo, head, diff.path),
  ]);
  for (const [side, text, commit] of [['base', baseText, base], ['head', headText, head]] as const) {
    const exists = side === 'base' ? diff.status !== 'added' : diff.status !== 'deleted';
    if (!exists) continue;
    if (text === null) {
      warnings.push({ source: 'diff', file: diff.path, message: `cannot read the ${side} version at ${short(commit)}: functions not mapped on that side` });
    } else if (text.length > maxBytes) {
      warnings.push({ source: 'diff', file: diff.path, message: `${side} version is ${text.length} bytes (limit ${maxBytes}): not parsed, functions not mapped` });
    } else if (side === 'base') diff.baseText = text;
    else diff.headText = text;
  }
  // Mapping one side only would report every function as added or removed: map neither instead.
  if (diff.status !== 'added' && diff.status !== 'deleted' && (diff.baseText === undefined || diff.headText === undefined)) {
    delete diff.baseText;
    delete diff.headText;
  }
}

function stripPrefix(name: string | undefined, prefix: string): string | undefined {
  if (!name || name === '/dev/null') return undefined;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

function short(commit: string): string {
  return /^[0-9a-f]{40}$/.test(commit) ? commit.slice(0, 12) : commit;
}
