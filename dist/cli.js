#!/usr/bin/env node
import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-U7SVN7AW.js";
import {
  ExitCode
} from "./chunks/chunk-OBJJJMZA.js";
import {
  writeStdout
} from "./chunks/chunk-4MD525XN.js";
import "./chunks/chunk-7XMN4UL4.js";

// src/cli/main.ts
var commands = {
  clones: { summary: "report clones, inlining and affected functions from -fdump-ipa-clones dumps", load: () => import("./chunks/clones-command-Q5EZR7BI.js") },
  analyze: { summary: "build base and head, list the functions a live patch must replace, check hazards", load: () => import("./chunks/analyze-command-Y5546EMY.js") },
  merge: { summary: "one verdict across a matrix of codestreams (architectures \xD7 configurations) from their reports", load: () => import("./chunks/merge-command-BKU5LONT.js") },
  comment: { summary: "publish a saved JSON report to a pull request (workflow_run mode for forks)", load: () => import("./chunks/comment-command-UAGFBZOZ.js") },
  demo: { summary: "run analyze on the bundled example project", load: () => import("./chunks/demo-command-3XU7ZNWN.js") }
};
function topUsage() {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `usage: livepatch-gate <command> [options]

commands:
${lines.join("\n")}

Run 'livepatch-gate <command> --help' for a command's options.`;
}
async function main(argv, context = {}) {
  try {
    return await dispatch(argv, context);
  } catch (err) {
    process.stderr.write(`livepatch-gate: ${err.message}
`);
    return ExitCode.inputError;
  }
}
async function dispatch(argv, context) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    await writeStdout(topUsage() + "\n");
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === "--version" || name === "-V") {
    await writeStdout(`livepatch-gate ${VERSION}
`);
    return ExitCode.ok;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`livepatch-gate: unknown command '${name}'

${topUsage()}
`);
    return ExitCode.usage;
  }
  const mod = await command.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    await writeStdout(mod.usage + "\n");
    return ExitCode.ok;
  }
  try {
    return await mod.run(rest, context);
  } catch (err) {
    const e = err;
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" || e.usageError) {
      process.stderr.write(`livepatch-gate ${name}: ${e.message}

${mod.usage}
`);
      return ExitCode.usage;
    }
    process.stderr.write(`livepatch-gate ${name}: ${e.message}
`);
    if (process.env.LIVEPATCH_GATE_DEBUG) process.stderr.write(`${e.stack}
`);
    return ExitCode.inputError;
  }
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), { clonesWorker: new URL("./clones-worker.js", import.meta.url) });
