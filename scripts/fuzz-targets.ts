// What `npm run fuzz` drives (bundled by scripts/fuzz.mjs): each target takes one generated input and
// either returns or throws. A named Error is an answer (bad input said so); a TypeError, RangeError or
// anything that is not an Error is a crash. Markdown/text outputs are also checked for inertness.
import { parseElf } from '../src/compare/elf.js';
import { mergeSymbolTables, readSymbolTable, SymbolFileError, symposIn } from '../src/compare/kallsyms.js';
import { classicReportLines, classicRoots, clonesJsonChunks, clonesJsonHeader, readDumpFiles } from '../src/clones/index.js';
import { livepatchSkeleton, renderAnnotations, renderMarkdown, renderSarif, renderText } from '../src/report/index.js';
import { ruleMetas } from '../src/hazards/catalogue.js';
import { reportFromJson } from '../src/report/schema.js';
import { commentMarker } from '../src/sinks/pr-comment.js';
import type { Report } from '../src/model.js';

export { parseElf };

/**
 * A production symbol file as `symbols` / `--symbols` reads it (src/adapters/symbol-files.ts: readSymbolTable,
 * then mergeSymbolTables), then every seed name looked up as the sympos pass does. The only fine error is a
 * SymbolFileError (it names the file, and the line for a listing); any other error is a crash (UNNAMED:).
 */
export function symbols(bytes: Uint8Array, file: string, names: readonly string[]): number {
  try {
    let n = 0;
    for (const table of mergeSymbolTables(readSymbolTable(bytes, file)).values()) {
      for (const name of names) if (symposIn(table, name, { source: 'a.c', order: names }).status === 'found') n++;
    }
    return n;
  } catch (e) {
    if (e instanceof SymbolFileError) {
      if (!e.message.startsWith(`symbols ${file}`)) throw new Error(`UNNAMED: does not name the file: ${e.message}`);
      throw e;
    }
    if (e instanceof Error && e.constructor === Error) throw new Error(`UNNAMED: ${e.message}`);
    throw e;
  }
}

export async function dump(path: string): Promise<number> {
  const graph = await readDumpFiles([{ path }], { onWarning: () => {} });
  const lines = classicReportLines(graph);
  // The JSON report is written as bytes, names copied unless they need escaping: it must parse (a
  // SyntaxError is a crash) and list the functions the text report lists. Small graphs only: a deep
  // inline chain's JSON is quadratic in its length (every function lists the rest with its chain).
  if (graph.edgeCount <= 200) {
    const json = JSON.parse(Buffer.concat([...clonesJsonChunks(clonesJsonHeader(graph, []), [{ g: graph, roots: classicRoots(graph) }])]).toString('utf8'));
    if (json.functions.length !== lines.filter((l) => l.startsWith('Function: ')).length) throw new TypeError('clones JSON and text list different functions');
  }
  return lines.length;
}

/** Comment mode: a report read from a file is validated (a named Error when not valid), then rendered, as the sinks do. */
export function report(value: unknown): string {
  return renderAll(reportFromJson(value));
}

const ALLOWED_TAGS = new Set(['<code>', '</code>', '<details>', '</details>', '<summary>', '</summary>', '<br>', '<sub>', '</sub>']);

/** Every renderer; throws when an output is not inert (a tag, a comment or a control from the data). */
export function renderAll(r: Report): string {
  const marker = commentMarker();
  const md = renderMarkdown(r, { marker, maxChars: 65_000 });
  const rest = md.slice(md.indexOf('\n') + 1).replace(/^```c\n[\s\S]*?\n```$/m, '');
  if (rest.includes('<!--')) throw new Error('INERT: an HTML comment in the markdown');
  for (const t of rest.match(/<[^>]*>/g) ?? []) if (!ALLOWED_TAGS.has(t)) throw new Error(`INERT: tag ${t} in the markdown`);
  if (/@[A-Za-z0-9]/.test(rest.replace(/<code>.*?<\/code>/g, ''))) throw new Error('INERT: a mention in the markdown');
  const text = renderText(r);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/.test(text)) throw new Error('INERT: a control character in the text');
  renderSarif(r, ruleMetas);
  renderAnnotations(r);
  livepatchSkeleton(r);
  return md;
}
