// Entry of the worker threads of `livepatch-gate clones` (bundled as dist/clones-worker.js, beside
// dist/cli.js): each writes its blocks of the report's sections (split-report.ts).
import { parentPort } from 'node:worker_threads';
import { runReportWorker } from './clones/split-report.js';

if (!parentPort) throw new Error('clones-worker.js is a worker thread of `livepatch-gate clones`, not a program');
await runReportWorker(parentPort);
