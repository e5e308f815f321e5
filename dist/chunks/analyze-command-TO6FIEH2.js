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
} from "./chunk-G23VAVPJ.js";
import "./chunk-BJB6BTYO.js";
import "./chunk-RS37XNF7.js";
import "./chunk-QFFBDJMH.js";
import "./chunk-FCO346ZT.js";
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
