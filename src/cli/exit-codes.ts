/** Documented exit codes of the CLI (README: "Exit codes"). */
export const ExitCode = {
  /** Ran to the end; the gate passed (or no gate was asked for). */
  ok: 0,
  /** Ran to the end; the policy failed the change. */
  gateFailed: 1,
  /** Bad command line. */
  usage: 2,
  /** Input could not be processed: unreadable dumps, missing refs, a failing build. */
  inputError: 3,
} as const;

/** A bad command line: main.ts prints it with the command's usage and exits with ExitCode.usage. */
export class UsageError extends Error {
  readonly usageError = true;
}
