// Where sinks say what they did. The action passes @actions/core, the CLI passes stderr, tests a recorder:
// sinks never import the toolkit's logging directly, so they run and test the same everywhere.
import * as core from '@actions/core';

export interface SinkLog {
  info(message: string): void;
  warning(message: string): void;
}

/** The GitHub Actions log (workflow commands on stdout). */
export const actionsLog: SinkLog = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
};

/** Plain stderr, for the CLI. */
export const stderrLog: SinkLog = {
  info: (m) => void process.stderr.write(`${m}\n`),
  warning: (m) => void process.stderr.write(`warning: ${m}\n`),
};

/** Says nothing (the CLI's --quiet). */
export const silentLog: SinkLog = { info: () => {}, warning: () => {} };
