#!/usr/bin/env node
// The command-line front door: `livepatch-gate <command> ...`. See src/cli/main.ts.
import { main } from './cli/main.js';

// The bundle puts the clones worker beside this file (dist/clones-worker.js).
process.exitCode = await main(process.argv.slice(2), { clonesWorker: new URL('./clones-worker.js', import.meta.url) });
