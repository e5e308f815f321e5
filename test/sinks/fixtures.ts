// Input data for sink tests: a report as the report module would build it, and a recording log.
import type { Report } from '../../src/model.js';
import type { SinkLog } from '../../src/sinks/sink-log.js';

export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    schema: 'livepatch-gate/report',
    schemaVersion: 2,
    tool: { name: 'livepatch-gate', version: '0.1.0' },
    repo: 'acme/linux',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    pullRequest: 7,
    verdict: 'fail',
    verdictReasons: ['1 error: changed-data in kernel/fork.c'],
    summary: { functionsToPatch: 3, objects: 2, errors: 1, warnings: 0, notices: 0 },
    patch: [
      {
        object: 'vmlinux',
        functions: [
          { symbol: 'copy_process', sympos: 0, file: 'kernel/fork.c', line: 1900, reasons: [{ kind: 'changed', chain: ['copy_process'] }], predicted: true, codeChange: 'changed' },
          { symbol: 'helper', sympos: 2, file: 'kernel/fork.c', line: 40, reasons: [{ kind: 'inlined', root: 'x', chain: ['x', 'inlined into helper'] }], predicted: true, codeChange: 'changed' },
        ],
      },
      { object: 'fs/ext4/ext4.ko', functions: [{ symbol: 'ext4_fill_super', sympos: 0, file: 'fs/ext4/super.c', reasons: [], predicted: true, codeChange: 'unknown' }] },
    ],
    newFunctions: [],
    vanished: [],
    notNeeded: [],
    unpatchable: [],
    findings: [{ ruleId: 'changed-data', severity: 'error', message: 'max_threads changed', file: 'kernel/fork.c', line: 12 }],
    changes: { functions: [], other: [] },
    notBuilt: [],
    notAnalysed: [],
    warnings: [],
    ...over,
  };
}

export interface RecordingLog extends SinkLog {
  infos: string[];
  warnings: string[];
}

export function recordingLog(): RecordingLog {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m) => void infos.push(m), warning: (m) => void warnings.push(m) };
}
