// `livepatch-gate clones`: the classic kgraft-ipa-analysis.py report (or JSON) from dump files.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Warning } from '../model.js';
import { CLASSIC_MAX_DEPTH, classicReportChunks, classicRootIds, dumpsWithOriginal } from '../clones/classic-report.js';
import { clonesJsonChunks, clonesJsonHeader } from '../clones/clones-json.js';
import { groupGraph, subgraphOfDumps } from '../clones/graph-transforms.js';
import { dumpOf, findNodes, isRemoved, type CloneGraph, type NodeId } from '../clones/graph.js';
import { findDumpFiles, readDumpFiles } from '../clones/read-dumps.js';
import { splitReportChunks, startReportWorkers, stopReportWorkers, type ReportWorker } from '../clones/split-report.js';
import { writeStdoutChunks } from '../sinks/stdout-writer.js';
import { ExitCode } from './exit-codes.js';
import type { CliContext } from './main.js';

/**
 * Without --jobs, a report of fewer dump lines than this is written on one thread. Measured on 2
 * cores (docs/clones.md): a defconfig kernel (0.5M lines) gained nothing from a second thread (each
 * thread warms up its own compiled code, ~0.2 s), a distribution-sized corpus (6.2M lines) 22%.
 */
export const SPLIT_MIN_LINES = 2_000_000;
/** Threads at most by default: two, one on a one-core machine. */
const DEFAULT_JOBS = Math.min(2, availableParallelism());
const MAX_JOBS = 64;

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
  -j, --jobs N       threads writing the report: the same bytes on any number (default: ${DEFAULT_JOBS} for
                     ${SPLIT_MIN_LINES / 1e6}M dump lines or more, else 1; --symbol and --group use one)
  --quiet            no progress on stderr
  -h, --help         this help

Progress and warnings go to stderr. Exit codes: 0 ok, 2 bad usage, 3 no readable input, a --symbol no
dump names (the others are still reported), or the report could not be written (e.g. a full disk).`;

/** The command line, checked. */
interface ClonesOptions {
  inputs: string[];
  symbols: string[];
  group: boolean;
  ignoreRemoved: boolean;
  sourceRoot: string | null;
  format: 'text' | 'json';
  /** --jobs, or null: decided by the size of the read. */
  jobs: number | null;
  quiet: boolean;
}

export async function run(argv: string[], context: CliContext = {}): Promise<number> {
  const o = parseOptions(argv);
  // The whole report (no --symbol, no --group) can be written on several threads (split-report.ts).
  const workerUrl = context.clonesWorker;
  const splittable = (o.jobs ?? DEFAULT_JOBS) > 1 && o.symbols.length === 0 && !o.group && workerUrl !== undefined && existsSync(fileURLToPath(workerUrl));
  const workers: ReportWorker[] = [];
  try {
    return await clones(o, splittable ? { url: workerUrl, workers } : null);
  } finally {
    await stopReportWorkers(workers);
  }
}

function parseOptions(argv: string[]): ClonesOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      symbol: { type: 'string', multiple: true },
      group: { type: 'boolean', default: false },
      'ignore-removed': { type: 'boolean', default: false },
      'source-root': { type: 'string' },
      format: { type: 'string', default: 'text' },
      jobs: { type: 'string', short: 'j' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const usageError = (message: string) => Object.assign(new Error(message), { usageError: true });
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)) throw usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not '${values.jobs}'`);
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw usageError(`--format must be 'text' or 'json', not '${format}'`);
  if (positionals.length === 0) throw usageError('no input given: name dump files, directories or @LIST files');
  return {
    inputs: positionals,
    symbols: values.symbol ?? [],
    group: values.group,
    ignoreRemoved: values['ignore-removed'],
    sourceRoot: values['source-root'] ?? null,
    format,
    jobs,
    quiet: values.quiet,
  };
}

/**
 * Find the dumps, read them, write the report: with `split`, on worker threads too (started into
 * `split.workers`) when --jobs says so or, without it, when the read is large.
 */
async function clones(o: ClonesOptions, split: { url: URL; workers: ReportWorker[] } | null): Promise<number> {
  const warnings: Warning[] = [];
  const onWarning = (w: Warning) => {
    warnings.push(w);
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
    process.stderr.write(`warning: ${where}${w.message}\n`);
  };
  const files = await findDumpFiles(o.inputs, onWarning);
  if (files.length === 0) {
    process.stderr.write(`livepatch-gate clones: no dump files found in ${o.inputs.join(' ')} (expected *.ipa-clones files from gcc -fdump-ipa-clones)\n`);
    return ExitCode.inputError;
  }

  const started = Date.now();
  const graph = await readDumpFiles(
    files.map((path) => ({ path })),
    { sourceRoot: o.sourceRoot, onWarning, onProgress: progressLine(o.quiet), shared: split !== null },
  );
  if (graph.dumps.length === 0) {
    process.stderr.write(`livepatch-gate clones: none of the ${files.length} input files could be read as a dump (see warnings above)\n`);
    return ExitCode.inputError;
  }
  const lines = graph.dumps.reduce((s, d) => s + d.lines, 0);
  if (!o.quiet) {
    const root = graph.sourceRoot ? `, source root ${graph.sourceRoot} (${graph.sourceRootMethod})` : '';
    process.stderr.write(`read ${graph.dumps.length} dump files, ${lines} lines, in ${((Date.now() - started) / 1000).toFixed(2)} s${root}\n`);
  }

  const compact = compactTrees(onWarning);
  const threads = o.jobs ?? (lines >= SPLIT_MIN_LINES ? DEFAULT_JOBS : 1);
  if (split && threads > 1) {
    const workers = startReportWorkers(split.url, threads - 1);
    split.workers.push(...workers);
    const roots = classicRootIds(graph, o.ignoreRemoved);
    const header = o.format === 'json' ? clonesJsonHeader(graph, warnings) : undefined;
    await writeStdoutChunks(splitReportChunks(graph, roots, { workers, format: o.format, header, onCompactTree: compact.note }));
    compact.warn();
    return ExitCode.ok;
  }
  return reportOneThread(graph, o, warnings, compact);
}

/** The report on this thread: every function, or --symbol's, of the graph or --group's. */
async function reportOneThread(graph: CloneGraph, o: ClonesOptions, warnings: Warning[], compact: CompactTrees): Promise<number> {
  const unknown = o.symbols.filter((s) => findNodes(graph, s).length === 0);
  for (const s of unknown) {
    process.stderr.write(`livepatch-gate clones: no function named '${s}' in the ${graph.dumps.length} dump files read (check the spelling, or that its TU's dump is among the inputs)\n`);
  }
  const symbols = o.symbols.filter((s) => !unknown.includes(s));
  if (o.symbols.length > 0 && symbols.length === 0) return ExitCode.inputError;
  for (const s of symbols) {
    if (dumpsWithOriginal(graph, s).size === 0) process.stderr.write(`livepatch-gate clones: '${s}' has no clones and is inlined nowhere: it appears only as the target of another function's decisions\n`);
  }
  const shape = (g: CloneGraph) => (o.group ? groupGraph(g, 'classic') : g);
  // Like the classic, --symbol reads only the dumps where the symbol is an original.
  const graphFor = (symbol: string) => shape(subgraphOfDumps(graph, dumpsWithOriginal(graph, symbol)));
  const ignoreRemoved = o.ignoreRemoved;

  if (o.format === 'json') {
    const parts =
      symbols.length > 0
        ? symbols.map((s) => {
            const g = graphFor(s);
            return { g, roots: rootsFor(g, [s], ignoreRemoved) };
          })
        : [(({ g }) => ({ g, roots: classicRootIds(g, ignoreRemoved) }))({ g: shape(graph) })];
    await writeStdoutChunks(clonesJsonChunks(clonesJsonHeader(parts[0].g, warnings), parts, true));
    return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
  }

  const full = symbols.length > 0 ? graph : shape(graph);
  const onCompactTree = (g: CloneGraph, root: NodeId, label: string) => compact.note(dumpOf(g, root).path, label);
  await writeStdoutChunks(classicReportChunks(full, { symbols, ignoreRemoved, onCompactTree, reuseChunks: true }, graphFor));
  compact.warn();
  return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
}

/** "reading dumps: N/M" on a terminal, at most five times a second. */
function progressLine(quiet: boolean): (done: number, total: number) => void {
  const show = !quiet && process.stderr.isTTY;
  let lastShown = 0;
  return (done, total) => {
    const now = Date.now();
    if (show && (now - lastShown > 200 || done === total)) {
      lastShown = now;
      process.stderr.write(`\rreading dumps: ${done}/${total}`);
      if (done === total) process.stderr.write('\n');
    }
  };
}

/** Trees printed compact (see classic-report.ts): one warning for all, naming the first. */
interface CompactTrees {
  note(dumpPath: string, label: string): void;
  warn(): void;
}

function compactTrees(onWarning: (w: Warning) => void): CompactTrees {
  let count = 0;
  let first: Warning | null = null;
  return {
    note(dumpPath, label) {
      if (count++ === 0) first = { source: 'dump', file: dumpPath, message: `Function: ${label}` };
    },
    warn() {
      if (first === null) return;
      const f: Warning = first;
      onWarning({
        ...f,
        message: `${count} function${count === 1 ? '' : 's'} (the first: ${f.message}) had a tree repeating shared subtrees far beyond the size of the graph, or deeper than ${CLASSIC_MAX_DEPTH} levels: printed with each function expanded once (' [see above]'); the affected functions are the same`,
      });
    },
  };
}

function rootsFor(g: CloneGraph, symbols: string[], ignoreRemoved: boolean): NodeId[] {
  return symbols.flatMap((s) => findNodes(g, s)).filter((n) => !(ignoreRemoved && isRemoved(g, n)));
}
