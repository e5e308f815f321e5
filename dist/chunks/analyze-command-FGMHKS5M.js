import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-73KCXJXI.js";
import "./chunk-S6GZR5BQ.js";
import "./chunk-PEBDH32I.js";
import "./chunk-MQ33R72O.js";
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
