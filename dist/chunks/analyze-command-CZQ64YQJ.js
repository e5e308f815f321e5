import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultFormat,
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  parseFormat,
  progressPrinter,
  run,
  usage
} from "./chunk-ATX756O3.js";
import "./chunk-HM52NPNZ.js";
import "./chunk-HICGUVRO.js";
import "./chunk-H7HB4UOI.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-OGTHRML7.js";
import "./chunk-OBJJJMZA.js";
import "./chunk-7XMN4UL4.js";
export {
  defaultFormat,
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  parseFormat,
  progressPrinter,
  run,
  usage
};
