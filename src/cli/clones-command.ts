// `livepatch-gate clones`: the classic kgraft-ipa-analysis.py report (or JSON) from dump files.
import { parseArgs } from 'node:util';
import type { Warning } from '../model.js';
import { CLASSIC_MAX_DEPTH, classicReportChunks, classicRootIds, dumpsWithOriginal } from '../clones/classic-report.js';
import { clonesJsonChunks, clonesJsonHeader } from '../clones/clones-json.js';
import { groupGraph, subgraphOfDumps } from '../clones/graph-transforms.js';
import { dumpOf, findNodes, isRemoved, type CloneGraph, type NodeId } from '../clones/graph.js';
import { findDumpFiles, readDumpFiles } from '../clones/read-dumps.js';
import { ExitCode } from './exit-codes.js';

export const usage = `usage: livepatch-gate clones [PATH|DIR|@LIST]... [options]

Reads GCC -fdump-ipa-clones files and prints, per function with clones or inlines, the tree of
what was derived from it and its "Affected functions" (the report of kgraft-ipa-analysis.py).

inputs:
  PATH               a dump file
  DIR                searched recursively for *.ipa-clones
  @LIST              a file listing one dump path (or directory) per line

options:
  --symbol NAME      report only this function (repeatable); a name no dump has is an error
  --group            merge the same function across dumps (name, order and location equal)
  --ignore-removed   skip functions the compiler removed
  --source-root DIR  absolute source root to strip from absolute paths (default: auto-detected)
  --format FMT       text (default, the classic report) or json (schema livepatch-gate/clones v1)
  --quiet            no progress on stderr
  -h, --help         this help

Progress and warnings go to stderr. Exit codes: 0 ok, 2 bad usage, 3 no readable input or a --symbol
no dump names (the others are still reported).`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      symbol: { type: 'string', multiple: true },
      group: { type: 'boolean', default: false },
      'ignore-removed': { type: 'boolean', default: false },
      'source-root': { type: 'string' },
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    throw Object.assign(new Error(`--format must be 'text' or 'json', not '${format}'`), { usageError: true });
  }
  if (positionals.length === 0) {
    throw Object.assign(new Error('no input given: name dump files, directories or @LIST files'), { usageError: true });
  }

  const warnings: Warning[] = [];
  const onWarning = (w: Warning) => {
    warnings.push(w);
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
    process.stderr.write(`warning: ${where}${w.message}\n`);
  };
  const files = await findDumpFiles(positionals, onWarning);
  if (files.length === 0) {
    process.stderr.write(`livepatch-gate clones: no dump files found in ${positionals.join(' ')} (expected *.ipa-clones files from gcc -fdump-ipa-clones)\n`);
    return ExitCode.inputError;
  }

  const started = Date.now();
  const progress = !values.quiet && process.stderr.isTTY;
  let lastShown = 0;
  const graph = await readDumpFiles(
    files.map((path) => ({ path })),
    {
      sourceRoot: values['source-root'] ?? null,
      onWarning,
      onProgress: (done, total) => {
        const now = Date.now();
        if (progress && (now - lastShown > 200 || done === total)) {
          lastShown = now;
          process.stderr.write(`\rreading dumps: ${done}/${total}`);
          if (done === total) process.stderr.write('\n');
        }
      },
    },
  );
  if (graph.dumps.length === 0) {
    process.stderr.write(`livepatch-gate clones: none of the ${files.length} input files could be read as a dump (see warnings above)\n`);
    return ExitCode.inputError;
  }
  if (!values.quiet) {
    const lines = graph.dumps.reduce((s, d) => s + d.lines, 0);
    const root = graph.sourceRoot ? `, source root ${graph.sourceRoot} (${graph.sourceRootMethod})` : '';
    process.stderr.write(`read ${graph.dumps.length} dump files, ${lines} lines, in ${((Date.now() - started) / 1000).toFixed(2)} s${root}\n`);
  }

  const asked = values.symbol ?? [];
  const unknown = asked.filter((s) => findNodes(graph, s).length === 0);
  for (const s of unknown) {
    process.stderr.write(`livepatch-gate clones: no function named '${s}' in the ${graph.dumps.length} dump files read (check the spelling, or that its TU's dump is among the inputs)\n`);
  }
  const symbols = asked.filter((s) => !unknown.includes(s));
  if (asked.length > 0 && symbols.length === 0) return ExitCode.inputError;
  for (const s of symbols) {
    if (dumpsWithOriginal(graph, s).size === 0) process.stderr.write(`livepatch-gate clones: '${s}' has no clones and is inlined nowhere: it appears only as the target of another function's decisions\n`);
  }
  const ignoreRemoved = values['ignore-removed'];
  const shape = (g: CloneGraph) => (values.group ? groupGraph(g, 'classic') : g);
  // Like the classic, --symbol reads only the dumps where the symbol is an original.
  const graphFor = (symbol: string) => shape(subgraphOfDumps(graph, dumpsWithOriginal(graph, symbol)));

  if (format === 'json') {
    const parts =
      symbols.length > 0
        ? symbols.map((s) => {
            const g = graphFor(s);
            return { g, roots: rootsFor(g, [s], ignoreRemoved) };
          })
        : [(({ g }) => ({ g, roots: classicRootIds(g, ignoreRemoved) }))({ g: shape(graph) })];
    await writeChunks(clonesJsonChunks(clonesJsonHeader(parts[0].g, warnings), parts, true));
    return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
  }

  const full = symbols.length > 0 ? graph : shape(graph);
  // Trees printed compact (see classic-report.ts): one warning for all, naming the first.
  let compact = 0;
  let firstCompact: Warning | null = null;
  const onCompactTree = (g: CloneGraph, root: NodeId, label: string) => {
    if (compact++ === 0) firstCompact = { source: 'dump', file: dumpOf(g, root).path, message: `Function: ${label}` };
  };
  await writeChunks(classicReportChunks(full, { symbols, ignoreRemoved, onCompactTree, reuseChunks: true }, graphFor));
  if (firstCompact !== null) {
    const first: Warning = firstCompact;
    onWarning({
      ...first,
      message: `${compact} function${compact === 1 ? '' : 's'} (the first: ${first.message}) had a tree repeating shared subtrees far beyond the size of the graph, or deeper than ${CLASSIC_MAX_DEPTH} levels: printed with each function expanded once (' [see above]'); the affected functions are the same`,
    });
  }
  return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
}

/**
 * Writes the report's chunks to stdout, each written (or failed) before the next is asked for: the
 * generator writes into a chunk again once handed the turn (reports can be gigabytes).
 */
async function writeChunks(chunks: Iterable<Uint8Array>): Promise<void> {
  for (const chunk of chunks) {
    await new Promise<void>((resolve, reject) => process.stdout.write(chunk, (err) => (err ? reject(err) : resolve())));
  }
}

function rootsFor(g: CloneGraph, symbols: string[], ignoreRemoved: boolean): NodeId[] {
  return symbols.flatMap((s) => findNodes(g, s)).filter((n) => !(ignoreRemoved && isRemoved(g, n)));
}
