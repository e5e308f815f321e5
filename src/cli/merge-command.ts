// `livepatch-gate merge`: one verdict across a matrix of codestreams (architectures × configurations)
// from their saved reports, as the action's `mode: aggregate` does before it comments.
import { parseArgs } from 'node:util';
import { mergeReports, type AggregateReport } from '../report/merge.js';
import { presentAggregate } from '../report/presentation.js';
import { publish, reportFiles, stdout } from '../sinks/publish.js';
import { silentLog } from '../sinks/sink-log.js';
import { readCodestreamReports } from '../sinks/report-file.js';
import { VERSION } from '../version.js';
import { parseFormat } from './analyze-command.js';
import { ExitCode, UsageError } from './exit-codes.js';

export const usage = `usage: livepatch-gate merge [options] REPORT|DIR...

Merges the JSON reports of every codestream a vendor ships (one per matrix job: an architecture and a
configuration, named by its label) into one verdict: a table of codestreams, the functions every
codestream patches, those only some do, and each finding once with the codestreams it occurs in.
A directory is searched for *.json reports (the layout actions/download-artifact leaves).

options:
  --expect LABELS    comma-separated labels the matrix must have produced; one without a report
                     makes the verdict "could not decide" (exit 3), never a pass
  --format FMT       text | markdown | json (default: text on a terminal, markdown when piped)
  --json FILE        also write the aggregate report (schema livepatch-gate/aggregate)
  --sarif FILE       also write one SARIF run with every finding once
  --markdown FILE    also write the markdown (the PR comment)

exit codes: 0 every codestream passed, 1 a codestream failed the policy, 2 bad usage,
3 could not decide (a codestream missing, unreadable, or not analysed; reports of different changes)`;

export function exitCodeOf(a: AggregateReport): number {
  return a.verdict === 'pass' ? ExitCode.ok : a.verdict === 'fail' ? ExitCode.gateFailed : ExitCode.inputError;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      expect: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'string' },
      sarif: { type: 'string' },
      markdown: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('name the codestream reports (files or directories)');
  const format = parseFormat(values.format);
  const expected = values.expect?.split(',').map((s) => s.trim()).filter(Boolean);

  const aggregate = mergeReports(readCodestreamReports(positionals), { version: VERSION, expected });
  await publish(presentAggregate(aggregate), [reportFiles({ json: values.json, sarif: values.sarif, markdown: values.markdown }, silentLog), stdout(format)]);
  return exitCodeOf(aggregate);
}
