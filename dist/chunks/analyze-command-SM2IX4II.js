import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-GAIKTHD7.js";
import "./chunk-O35DFMDF.js";
import "./chunk-PEBDH32I.js";
import "./chunk-XV3RIAVL.js";
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
