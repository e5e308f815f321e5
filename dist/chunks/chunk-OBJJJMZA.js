import { createRequire as __lpgCreateRequire } from 'node:module'; const require = __lpgCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var ExitCode = {
  /** Ran to the end; the gate passed (or no gate was asked for). */
  ok: 0,
  /** Ran to the end; the policy failed the change. */
  gateFailed: 1,
  /** Bad command line. */
  usage: 2,
  /** Input could not be processed: unreadable dumps, missing refs, a failing build. */
  inputError: 3
};
var UsageError = class extends Error {
  usageError = true;
};

export {
  ExitCode,
  UsageError
};
