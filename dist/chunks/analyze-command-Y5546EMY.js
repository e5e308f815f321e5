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
} from "./chunk-J6E4XJFK.js";
import "./chunk-HH2DARKK.js";
import "./chunk-TCM3E6M4.js";
import "./chunk-6435ZYN3.js";
import "./chunk-5JSFV5S3.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-OGTHRML7.js";
import "./chunk-OBJJJMZA.js";
import "./chunk-4MD525XN.js";
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
