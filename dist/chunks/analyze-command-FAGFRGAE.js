import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);
import {
  defaultFormat,
  defaultWorkDir,
  emitReport,
  parseAnalyzeArgs,
  progressPrinter,
  run,
  usage
} from "./chunk-JNPUS7MJ.js";
import "./chunk-4URPKXBD.js";
import "./chunk-U7SVN7AW.js";
import "./chunk-KGEXGP6F.js";
import "./chunk-4X2SHJLV.js";
import "./chunk-OBJJJMZA.js";
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
