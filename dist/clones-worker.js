import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  runReportWorker
} from "./chunks/chunk-7IPGPRK6.js";
import "./chunks/chunk-6435ZYN3.js";
import "./chunks/chunk-7XMN4UL4.js";

// src/clones-worker.ts
import { parentPort } from "node:worker_threads";
if (!parentPort) throw new Error("clones-worker.js is a worker thread of `livepatch-gate clones`, not a program");
await runReportWorker(parentPort);
