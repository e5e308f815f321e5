import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultFormat,
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-2B7EBZ2D.js";
import "./chunk-JOKQ72UD.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-KGEXGP6F.js";
import "./chunk-LJPE4FKY.js";
import "./chunk-NCOWKKHV.js";
import "./chunk-7XMN4UL4.js";
export {
  defaultFormat,
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
};
