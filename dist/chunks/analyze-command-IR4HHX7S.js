import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-HQCOU4GH.js";
import "./chunk-SRJIA2H3.js";
import "./chunk-PEBDH32I.js";
import "./chunk-3DLW5E4J.js";
import "./chunk-2OG5DITX.js";
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
