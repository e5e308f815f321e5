import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-ZKCORL4M.js";
import "./chunk-TAKTSIYC.js";
import "./chunk-PEBDH32I.js";
import "./chunk-42VBXA36.js";
import "./chunk-3A6UOZKH.js";
import "./chunk-NCOWKKHV.js";
import "./chunk-7XMN4UL4.js";
export {
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
};
