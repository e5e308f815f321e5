#!/usr/bin/env node
// The command-line front door: `livepatch-gate <command> ...`. See src/cli/main.ts.
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
