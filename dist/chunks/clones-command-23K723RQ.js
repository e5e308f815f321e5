import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  affectedSet,
  edgeKind,
  findDumpFiles,
  findNodes,
  groupGraph,
  nodeLabel,
  readDumpFiles,
  subgraphOfDumps
} from "./chunk-42VBXA36.js";
import {
  ExitCode
} from "./chunk-NCOWKKHV.js";
import "./chunk-7XMN4UL4.js";

// src/cli/clones-command.ts
import { parseArgs } from "node:util";

// src/clones/classic-report.ts
function classicRoots(g, ignoreRemoved = false) {
  const roots = [];
  for (let n = 0; n < g.nodeCount; n++) {
    if (g.outStart[n + 1] > g.outStart[n] && !(ignoreRemoved && g.nodeRemoved[n] === 1)) roots.push(n);
  }
  const names = g.names.all();
  const nm = g.nodeName;
  return roots.sort((a, b) => {
    const x = names[nm[a]];
    const y = names[nm[b]];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}
function dumpsWithOriginal(g, symbol) {
  const out = /* @__PURE__ */ new Set();
  for (const n of findNodes(g, symbol)) if (g.outStart[n + 1] > g.outStart[n]) out.add(g.nodeDump[n]);
  return out;
}
function* classicReportLines(g, opts = {}, graphFor = (symbol) => subgraphOfDumps(g, dumpsWithOriginal(g, symbol))) {
  if (opts.symbols && opts.symbols.length > 0) {
    for (const symbol of opts.symbols) {
      const sg = graphFor(symbol);
      const roots = findNodes(sg, symbol).filter((n) => !(opts.ignoreRemoved && sg.nodeRemoved[n] === 1));
      yield* sections(sg, roots);
    }
  } else {
    yield* sections(g, classicRoots(g, opts.ignoreRemoved));
  }
}
function* sections(g, roots) {
  const onPath = new Uint8Array(g.nodeCount);
  for (const root of roots) {
    const obj = g.grouping === null ? ` [object file: ${g.dumps[g.nodeDump[root]].path}]` : "";
    yield `Function: ${nodeLabel(g, root)}${obj}`;
    const affected = /* @__PURE__ */ new Set();
    yield* tree(g, root, 2, onPath, affected);
    yield "";
    yield `  Affected functions: ${affected.size}`;
    for (const a of affected) yield `    ${nodeLabel(g, a)}`;
    yield "";
  }
}
function* tree(g, node, indent, onPath, affected) {
  onPath[node] = 1;
  const pad = " ".repeat(indent);
  for (let i = g.outStart[node]; i < g.outStart[node + 1]; i++) {
    const e = g.outEdges[i];
    const to = g.edgeTo[e];
    affected.add(to);
    let line = `${pad}${g.reasons[g.edgeReason[e]]}: ${nodeLabel(g, to)}`;
    if (onPath[to] === 1) line += " [RECURSIVE operation]";
    if (g.edgeMult[e] > 1) line += ` [edges: ${g.edgeMult[e]}]`;
    yield line;
    if (onPath[to] !== 1) yield* tree(g, to, indent + 2, onPath, affected);
  }
  onPath[node] = 0;
}

// src/clones/clones-json.ts
function jsonNode(g, n) {
  const f = g.nodeFile[n];
  const node = {
    name: g.names.get(g.nodeName[n]),
    order: g.nodeOrder[n],
    file: g.files[f],
    line: g.nodeLine[n],
    col: g.nodeCol[n],
    removed: g.nodeRemoved[n] === 1
  };
  if (g.rawFiles[f] !== g.files[f]) node.rawFile = g.rawFiles[f];
  return node;
}
function clonesJsonFunction(g, root) {
  const edges = [];
  for (let i = g.outStart[root]; i < g.outStart[root + 1]; i++) {
    const e = g.outEdges[i];
    edges.push({ kind: edgeKind(g, e), reason: g.reasons[g.edgeReason[e]], count: g.edgeMult[e], to: jsonNode(g, g.edgeTo[e]) });
  }
  const affected = affectedSet(g, [root]).entries.map((a) => ({
    ...jsonNode(g, a.node),
    kind: a.kind,
    reason: a.reason,
    chain: a.chain.map((e) => ({ reason: g.reasons[g.edgeReason[e]], to: g.names.get(g.nodeName[g.edgeTo[e]]) }))
  }));
  const dump = g.dumps[g.nodeDump[root]];
  return { ...jsonNode(g, root), dump: dump.path, source: dump.source, edges, affected };
}
function clonesJsonHeader(g, warnings) {
  const inputs = { files: g.dumps.length, lines: 0, cloneLines: 0, removalLines: 0, malformedLines: 0 };
  for (const d of g.dumps) {
    inputs.lines += d.lines;
    inputs.cloneLines += d.cloneLines;
    inputs.removalLines += d.removalLines;
    inputs.malformedLines += d.malformedLines;
  }
  return {
    schema: "livepatch-gate/clones",
    schemaVersion: 1,
    sourceRoot: g.sourceRoot,
    grouped: g.grouping !== null,
    inputs,
    reasons: g.reasonStats.map((r) => ({ reason: r.reason, lines: r.lines, known: r.known })),
    warnings
  };
}
function* clonesJsonText(header, functions) {
  const { warnings, ...rest } = header;
  const open = JSON.stringify(rest, null, 2);
  yield `${open.slice(0, open.lastIndexOf("}")).trimEnd()},
  "functions": [`;
  let first = true;
  for (const f of functions) {
    yield `${first ? "" : ","}
    ${JSON.stringify(f)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],
  "warnings": ${JSON.stringify(warnings, null, 2).replace(/\n/g, "\n  ")}
}
`;
}

// src/cli/clones-command.ts
var usage = `usage: livepatch-gate clones [PATH|DIR|@LIST]... [options]

Reads GCC -fdump-ipa-clones files and prints, per function with clones or inlines, the tree of
what was derived from it and its "Affected functions" (the report of kgraft-ipa-analysis.py).

inputs:
  PATH               a dump file
  DIR                searched recursively for *.ipa-clones
  @LIST              a file listing one dump path (or directory) per line

options:
  --symbol NAME      report only this function (repeatable)
  --group            merge the same function across dumps (name, order and location equal)
  --ignore-removed   skip functions the compiler removed
  --source-root DIR  absolute source root to strip from absolute paths (default: auto-detected)
  --format FMT       text (default, the classic report) or json (schema livepatch-gate/clones v1)
  --quiet            no progress on stderr
  -h, --help         this help

Progress and warnings go to stderr. Exit codes: 0 ok, 2 bad usage, 3 no readable input.`;
async function run(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      symbol: { type: "string", multiple: true },
      group: { type: "boolean", default: false },
      "ignore-removed": { type: "boolean", default: false },
      "source-root": { type: "string" },
      format: { type: "string", default: "text" },
      quiet: { type: "boolean", default: false }
    }
  });
  const format = values.format;
  if (format !== "text" && format !== "json") {
    throw Object.assign(new Error(`--format must be 'text' or 'json', not '${format}'`), { usageError: true });
  }
  if (positionals.length === 0) {
    throw Object.assign(new Error("no input given: name dump files, directories or @LIST files"), { usageError: true });
  }
  const warnings = [];
  const onWarning = (w) => {
    warnings.push(w);
    const where = w.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
    process.stderr.write(`warning: ${where}${w.message}
`);
  };
  const files = await findDumpFiles(positionals, onWarning);
  if (files.length === 0) {
    process.stderr.write(`livepatch-gate clones: no dump files found in ${positionals.join(" ")} (expected *.ipa-clones files from gcc -fdump-ipa-clones)
`);
    return ExitCode.inputError;
  }
  const started = Date.now();
  const progress = !values.quiet && process.stderr.isTTY;
  let lastShown = 0;
  const graph = await readDumpFiles(
    files.map((path) => ({ path })),
    {
      sourceRoot: values["source-root"] ?? null,
      onWarning,
      onProgress: (done, total) => {
        const now = Date.now();
        if (progress && (now - lastShown > 200 || done === total)) {
          lastShown = now;
          process.stderr.write(`\rreading dumps: ${done}/${total}`);
          if (done === total) process.stderr.write("\n");
        }
      }
    }
  );
  if (graph.dumps.length === 0) {
    process.stderr.write(`livepatch-gate clones: none of the ${files.length} input files could be read as a dump (see warnings above)
`);
    return ExitCode.inputError;
  }
  if (!values.quiet) {
    const lines = graph.dumps.reduce((s, d) => s + d.lines, 0);
    const root = graph.sourceRoot ? `, source root ${graph.sourceRoot} (${graph.sourceRootMethod})` : "";
    process.stderr.write(`read ${graph.dumps.length} dump files, ${lines} lines, in ${((Date.now() - started) / 1e3).toFixed(2)} s${root}
`);
  }
  const symbols = values.symbol ?? [];
  const ignoreRemoved = values["ignore-removed"];
  const shape = (g) => values.group ? groupGraph(g, "classic") : g;
  const graphFor = (symbol) => shape(subgraphOfDumps(graph, dumpsWithOriginal(graph, symbol)));
  if (format === "json") {
    let text;
    if (symbols.length > 0) {
      const parts = symbols.map((s) => ({ g: graphFor(s), s }));
      const header = clonesJsonHeader(parts[0].g, warnings);
      text = clonesJsonText(header, (function* () {
        for (const { g, s } of parts) for (const root of rootsFor(g, [s], ignoreRemoved)) yield clonesJsonFunction(g, root);
      })());
    } else {
      const g = shape(graph);
      text = clonesJsonText(clonesJsonHeader(g, warnings), (function* () {
        for (const root of classicRoots(g, ignoreRemoved)) yield clonesJsonFunction(g, root);
      })());
    }
    await writeChunked(text);
    return ExitCode.ok;
  }
  const full = symbols.length > 0 ? graph : shape(graph);
  await writeChunked((function* () {
    for (const line of classicReportLines(full, { symbols, ignoreRemoved }, graphFor)) yield `${line}
`;
  })());
  return ExitCode.ok;
}
async function writeChunked(parts) {
  let buffer = "";
  for (const part of parts) {
    buffer += part;
    if (buffer.length > 1 << 16) {
      await writeOut(buffer);
      buffer = "";
    }
  }
  if (buffer) await writeOut(buffer);
}
function writeOut(s) {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => err ? reject(err) : resolve());
  });
}
function rootsFor(g, symbols, ignoreRemoved) {
  return symbols.flatMap((s) => findNodes(g, s)).filter((n) => !(ignoreRemoved && g.nodeRemoved[n] === 1));
}
export {
  run,
  usage
};
