// Dispatches `livepatch-gate <command>` to one module per command. Each command module exports
// `run(argv: string[]): Promise<number>` (an exit code from ./exit-codes.ts) and `usage: string`.
import { writeStdout } from '../sinks/stdout-writer.js';
import { VERSION } from '../version.js';
import { ExitCode } from './exit-codes.js';

interface CommandModule {
  run(argv: string[], context: CliContext): Promise<number>;
  usage: string;
}

/** What the entry point knows about where it runs. */
export interface CliContext {
  /** The clones worker script, when the CLI runs from the bundle (src/ has none to start). */
  clonesWorker?: URL;
}

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  clones: { summary: 'report clones, inlining and affected functions from -fdump-ipa-clones dumps', load: () => import('./clones-command.js') },
  analyze: { summary: 'build base and head, list the functions a live patch must replace, check hazards', load: () => import('./analyze-command.js') },
  merge: { summary: 'one verdict across a matrix of codestreams (architectures × configurations) from their reports', load: () => import('./merge-command.js') },
  comment: { summary: 'publish a saved JSON report to a pull request (workflow_run mode for forks)', load: () => import('./comment-command.js') },
  demo: { summary: 'run analyze on the bundled example project', load: () => import('./demo-command.js') },
};

function topUsage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(9)} ${c.summary}`);
  return `usage: livepatch-gate <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'livepatch-gate <command> --help' for a command's options.`;
}

export async function main(argv: string[], context: CliContext = {}): Promise<number> {
  try {
    return await dispatch(argv, context);
  } catch (err) {
    // Help or the version could not be written (a full disk): see stdout-writer.ts.
    process.stderr.write(`livepatch-gate: ${(err as Error).message}\n`);
    return ExitCode.inputError;
  }
}

async function dispatch(argv: string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await writeStdout(topUsage() + '\n');
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === '--version' || name === '-V') {
    await writeStdout(`livepatch-gate ${VERSION}\n`);
    return ExitCode.ok;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`livepatch-gate: unknown command '${name}'\n\n${topUsage()}\n`);
    return ExitCode.usage;
  }
  const mod = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    await writeStdout(mod.usage + '\n');
    return ExitCode.ok;
  }
  try {
    return await mod.run(rest, context);
  } catch (err) {
    const e = err as Error & { code?: string; usageError?: boolean };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || e.usageError) {
      process.stderr.write(`livepatch-gate ${name}: ${e.message}\n\n${mod.usage}\n`);
      return ExitCode.usage;
    }
    process.stderr.write(`livepatch-gate ${name}: ${e.message}\n`);
    if (process.env.LIVEPATCH_GATE_DEBUG) process.stderr.write(`${e.stack}\n`);
    return ExitCode.inputError;
  }
}

