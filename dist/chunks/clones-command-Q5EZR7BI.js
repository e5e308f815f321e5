import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  CLASSIC_MAX_DEPTH,
  classicReportChunks,
  classicRootIds,
  clonesJsonChunks,
  clonesJsonHeader,
  dumpsWithOriginal,
  groupGraph,
  splitReportChunks,
  startReportWorkers,
  stopReportWorkers,
  subgraphOfDumps
} from "./chunk-7IPGPRK6.js";
import {
  findDumpFiles,
  readDumpFiles
} from "./chunk-TCM3E6M4.js";
import {
  dumpOf,
  findNodes,
  isRemoved
} from "./chunk-6435ZYN3.js";
import {
  ExitCode
} from "./chunk-OBJJJMZA.js";
import {
  writeStdoutChunks
} from "./chunk-4MD525XN.js";
import "./chunk-7XMN4UL4.js";

// src/cli/clones-command.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var SPLIT_MIN_LINES = 2e6;
var DEFAULT_JOBS = Math.min(2, availableParallelism());
var MAX_JOBS = 64;
var usage = `usage: livepatch-gate clones [PATH|DIR|@LIST]... [options]

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
async function run(argv, context = {}) {
  const o = parseOptions(argv);
  const workerUrl = context.clonesWorker;
  const splittable = (o.jobs ?? DEFAULT_JOBS) > 1 && o.symbols.length === 0 && !o.group && workerUrl !== void 0 && existsSync(fileURLToPath(workerUrl));
  const workers = [];
  try {
    return await clones(o, splittable ? { url: workerUrl, workers } : null);
  } finally {
    await stopReportWorkers(workers);
  }
}
function parseOptions(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      symbol: { type: "string", multiple: true },
      group: { type: "boolean", default: false },
      "ignore-removed": { type: "boolean", default: false },
      "source-root": { type: "string" },
      format: { type: "string", default: "text" },
      jobs: { type: "string", short: "j" },
      quiet: { type: "boolean", default: false }
    }
  });
  const usageError = (message) => Object.assign(new Error(message), { usageError: true });
  const jobs = values.jobs === void 0 ? null : Number(values.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)) throw usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not '${values.jobs}'`);
  const format = values.format;
  if (format !== "text" && format !== "json") throw usageError(`--format must be 'text' or 'json', not '${format}'`);
  if (positionals.length === 0) throw usageError("no input given: name dump files, directories or @LIST files");
  return {
    inputs: positionals,
    symbols: values.symbol ?? [],
    group: values.group,
    ignoreRemoved: values["ignore-removed"],
    sourceRoot: values["source-root"] ?? null,
    format,
    jobs,
    quiet: values.quiet
  };
}
async function clones(o, split) {
  const warnings = [];
  const onWarning = (w) => {
    warnings.push(w);
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
    process.stderr.write(`warning: ${where}${w.message}
`);
  };
  const files = await findDumpFiles(o.inputs, onWarning);
  if (files.length === 0) {
    process.stderr.write(`livepatch-gate clones: no dump files found in ${o.inputs.join(" ")} (expected *.ipa-clones files from gcc -fdump-ipa-clones)
`);
    return ExitCode.inputError;
  }
  const started = Date.now();
  const graph = await readDumpFiles(
    files.map((path) => ({ path })),
    { sourceRoot: o.sourceRoot, onWarning, onProgress: progressLine(o.quiet), shared: split !== null }
  );
  if (graph.dumps.length === 0) {
    process.stderr.write(`livepatch-gate clones: none of the ${files.length} input files could be read as a dump (see warnings above)
`);
    return ExitCode.inputError;
  }
  const lines = graph.dumps.reduce((s, d) => s + d.lines, 0);
  if (!o.quiet) {
    const root = graph.sourceRoot ? `, source root ${graph.sourceRoot} (${graph.sourceRootMethod})` : "";
    process.stderr.write(`read ${graph.dumps.length} dump files, ${lines} lines, in ${((Date.now() - started) / 1e3).toFixed(2)} s${root}
`);
  }
  const compact = compactTrees(onWarning);
  const threads = o.jobs ?? (lines >= SPLIT_MIN_LINES ? DEFAULT_JOBS : 1);
  if (split && threads > 1) {
    const workers = startReportWorkers(split.url, threads - 1);
    split.workers.push(...workers);
    const roots = classicRootIds(graph, o.ignoreRemoved);
    const header = o.format === "json" ? clonesJsonHeader(graph, warnings) : void 0;
    await writeStdoutChunks(splitReportChunks(graph, roots, { workers, format: o.format, header, onCompactTree: compact.note }));
    compact.warn();
    return ExitCode.ok;
  }
  return reportOneThread(graph, o, warnings, compact);
}
async function reportOneThread(graph, o, warnings, compact) {
  const unknown = o.symbols.filter((s) => findNodes(graph, s).length === 0);
  for (const s of unknown) {
    process.stderr.write(`livepatch-gate clones: no function named '${s}' in the ${graph.dumps.length} dump files read (check the spelling, or that its TU's dump is among the inputs)
`);
  }
  const symbols = o.symbols.filter((s) => !unknown.includes(s));
  if (o.symbols.length > 0 && symbols.length === 0) return ExitCode.inputError;
  for (const s of symbols) {
    if (dumpsWithOriginal(graph, s).size === 0) process.stderr.write(`livepatch-gate clones: '${s}' has no clones and is inlined nowhere: it appears only as the target of another function's decisions
`);
  }
  const shape = (g) => o.group ? groupGraph(g, "classic") : g;
  const graphFor = (symbol) => shape(subgraphOfDumps(graph, dumpsWithOriginal(graph, symbol)));
  const ignoreRemoved = o.ignoreRemoved;
  if (o.format === "json") {
    const parts = symbols.length > 0 ? symbols.map((s) => {
      const g = graphFor(s);
      return { g, roots: rootsFor(g, [s], ignoreRemoved) };
    }) : [(({ g }) => ({ g, roots: classicRootIds(g, ignoreRemoved) }))({ g: shape(graph) })];
    await writeStdoutChunks(clonesJsonChunks(clonesJsonHeader(parts[0].g, warnings), parts, true));
    return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
  }
  const full = symbols.length > 0 ? graph : shape(graph);
  const onCompactTree = (g, root, label) => compact.note(dumpOf(g, root).path, label);
  await writeStdoutChunks(classicReportChunks(full, { symbols, ignoreRemoved, onCompactTree, reuseChunks: true }, graphFor));
  compact.warn();
  return unknown.length > 0 ? ExitCode.inputError : ExitCode.ok;
}
function progressLine(quiet) {
  const show = !quiet && process.stderr.isTTY;
  let lastShown = 0;
  return (done, total) => {
    const now = Date.now();
    if (show && (now - lastShown > 200 || done === total)) {
      lastShown = now;
      process.stderr.write(`\rreading dumps: ${done}/${total}`);
      if (done === total) process.stderr.write("\n");
    }
  };
}
function compactTrees(onWarning) {
  let count = 0;
  let first = null;
  return {
    note(dumpPath, label) {
      if (count++ === 0) first = { source: "dump", file: dumpPath, message: `Function: ${label}` };
    },
    warn() {
      if (first === null) return;
      const f = first;
      onWarning({
        ...f,
        message: `${count} function${count === 1 ? "" : "s"} (the first: ${f.message}) had a tree repeating shared subtrees far beyond the size of the graph, or deeper than ${CLASSIC_MAX_DEPTH} levels: printed with each function expanded once (' [see above]'); the affected functions are the same`
      });
    }
  };
}
function rootsFor(g, symbols, ignoreRemoved) {
  return symbols.flatMap((s) => findNodes(g, s)).filter((n) => !(ignoreRemoved && isRemoved(g, n)));
}
export {
  SPLIT_MIN_LINES,
  run,
  usage
};
