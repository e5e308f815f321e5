// One verdict across a matrix: the reports of every codestream (architecture × configuration) a vendor
// ships, merged into one aggregate report. Pure: reports in, aggregate out. A codestream whose report is
// missing, unreadable or could not be analysed is never counted as a pass.
import type { ConfigurationFacts, Finding, Report, Severity } from '../model.js';
import { SEVERITY_ORDER } from './format.js';

export const AGGREGATE_SCHEMA = 'livepatch-gate/aggregate';
export const AGGREGATE_SCHEMA_VERSION = 1;

/** One codestream as the aggregate sees it. */
export interface CodestreamInput {
  label: string;
  /** Where its report came from (a file path), for messages. */
  source: string;
  /** The report, or why there is none. */
  report?: Report;
  problem?: string;
}

export type CodestreamStatus = 'pass' | 'fail' | 'error' | 'missing' | 'unreadable';

export interface CodestreamSummary {
  label: string;
  status: CodestreamStatus;
  /** Why it is not pass/fail (missing, unreadable, could not analyse), or its verdict reasons. */
  reasons: string[];
  functionsToPatch: number;
  errors: number;
  warnings: number;
  notices: number;
  source?: string;
}

/** A function to patch, named by its linked object and symbol (and sympos, which can differ per arch). */
export interface MatrixFunction {
  object: string;
  symbol: string;
  /** The codestreams whose patch list has it. */
  codestreams: string[];
}

/** One finding, the same (rule, place, symbol, message) in one or more codestreams. */
export interface MatrixFinding {
  ruleId: string;
  message: string;
  file?: string;
  line?: number;
  symbol?: string;
  object?: string;
  /**
   * Its severity in each codestream that reports it: a change a configuration compiles out is a notice
   * there and keeps its severity where it is compiled in (with the compiler's evidence for each).
   */
  perCodestream: { label: string; severity: Severity; allowed?: string; configuration?: ConfigurationFacts['status']; evidence?: string }[];
  /** The most severe of those, allowed ones aside unless all are allowed. */
  severity: Severity;
}

export interface AggregateReport {
  schema: typeof AGGREGATE_SCHEMA;
  schemaVersion: typeof AGGREGATE_SCHEMA_VERSION;
  tool: { name: 'livepatch-gate'; version: string };
  repo: string;
  base: string;
  head: string;
  pullRequest?: number;
  verdict: 'pass' | 'fail' | 'error';
  verdictReasons: string[];
  codestreams: CodestreamSummary[];
  /** Patched in every analysed codestream. */
  common: MatrixFunction[];
  /** Patched in some analysed codestreams only. */
  differences: MatrixFunction[];
  findings: MatrixFinding[];
}

export interface MergeOptions {
  version: string;
  /** Labels the matrix must have produced; any without a report is 'missing'. */
  expected?: string[];
}

function statusOf(report: Report): CodestreamStatus {
  const verdict = report.verdict as string;
  return verdict === 'pass' || verdict === 'fail' ? verdict : 'error';
}

function summarize(input: CodestreamInput): CodestreamSummary {
  const base = { label: input.label, source: input.source, functionsToPatch: 0, errors: 0, warnings: 0, notices: 0 };
  if (!input.report) return { ...base, status: 'unreadable', reasons: [input.problem ?? 'no report'] };
  const r = input.report;
  return { ...base, status: statusOf(r), reasons: [...r.verdictReasons], ...r.summary };
}

function functionsByKey(inputs: CodestreamInput[]): Map<string, MatrixFunction> {
  const out = new Map<string, MatrixFunction>();
  for (const { label, report } of inputs) {
    if (!report) continue;
    for (const obj of report.patch) {
      for (const fn of obj.functions) {
        const key = `${obj.object}\0${fn.symbol}`;
        const entry = out.get(key) ?? { object: obj.object, symbol: fn.symbol, codestreams: [] };
        if (!entry.codestreams.includes(label)) entry.codestreams.push(label);
        out.set(key, entry);
      }
    }
  }
  return out;
}

/**
 * The same finding in several codestreams. A source-diff finding judged against each configuration
 * says different things where it is compiled in and out, so its message is not part of its identity.
 */
function findingKey(f: Finding): string {
  return [f.ruleId, f.file ?? '', f.line ?? '', f.symbol ?? '', f.object ?? '', f.configuration ? '' : f.message].join('\0');
}

function mostSevere(list: MatrixFinding['perCodestream']): Severity {
  const counted = list.some((p) => !p.allowed) ? list.filter((p) => !p.allowed) : list;
  return SEVERITY_ORDER.find((s) => counted.some((p) => p.severity === s)) ?? 'notice';
}

function mergeFindings(inputs: CodestreamInput[]): MatrixFinding[] {
  const out = new Map<string, MatrixFinding>();
  for (const { label, report } of inputs) {
    if (!report) continue;
    for (const f of report.findings) {
      const key = findingKey(f);
      let entry = out.get(key);
      if (!entry) {
        entry = { ruleId: f.ruleId, message: f.message, file: f.file, line: f.line, symbol: f.symbol, object: f.object, perCodestream: [], severity: f.severity };
        out.set(key, entry);
      }
      // The message of the most severe codestream leads (it says what the change does where it matters).
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(entry.perCodestream[0]?.severity ?? 'notice')) entry.message = f.message;
      entry.perCodestream.push({
        label,
        severity: f.severity,
        ...(f.allowed ? { allowed: f.allowed } : {}),
        ...(f.configuration ? { configuration: f.configuration.status, evidence: f.configuration.evidence } : {}),
      });
    }
  }
  const merged = [...out.values()];
  for (const m of merged) m.severity = mostSevere(m.perCodestream);
  return merged.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** Reports of one matrix must be of one change: same repository state on both sides. */
function sameChange(inputs: CodestreamInput[]): string[] {
  const read = inputs.filter((i) => i.report);
  const pairs = new Set(read.map((i) => `${i.report!.base}..${i.report!.head}`));
  if (pairs.size <= 1) return [];
  return [`the reports are not of one change: ${read.map((i) => `${i.label} compared ${i.report!.base.slice(0, 12)}..${i.report!.head.slice(0, 12)}`).join(', ')}`];
}

export function mergeReports(inputs: CodestreamInput[], opts: MergeOptions): AggregateReport {
  const duplicate = inputs.map((i) => i.label).filter((l, i, all) => all.indexOf(l) !== i);
  if (duplicate.length > 0) {
    throw new Error(`two reports carry the codestream label '${duplicate[0]}': give each matrix job its own label (input label / --label)`);
  }
  const summaries = inputs.map(summarize);
  for (const label of opts.expected ?? []) {
    if (!inputs.some((i) => i.label === label)) {
      summaries.push({ label, status: 'missing', reasons: ['no report: the matrix job did not finish or did not upload its report'], functionsToPatch: 0, errors: 0, warnings: 0, notices: 0 });
    }
  }

  const analysed = inputs.filter((i) => i.report);
  const functions = [...functionsByKey(analysed).values()];
  const everywhere = (f: MatrixFunction) => f.codestreams.length === analysed.length;
  const byName = (a: MatrixFunction, b: MatrixFunction) => a.object.localeCompare(b.object) || a.symbol.localeCompare(b.symbol);

  const verdictReasons: string[] = [...sameChange(inputs)];
  for (const s of summaries) {
    if (s.status === 'fail') verdictReasons.push(...s.reasons.map((r) => `${s.label}: ${r}`));
    else if (s.status !== 'pass') verdictReasons.push(`${s.label}: ${s.status === 'error' ? 'could not analyse' : s.status}: ${s.reasons.join('; ')}`);
  }
  const cannotDecide = summaries.some((s) => s.status === 'error' || s.status === 'missing' || s.status === 'unreadable') || sameChange(inputs).length > 0 || summaries.length === 0;
  if (summaries.length === 0) verdictReasons.push('no codestream reports were found');
  const verdict = cannotDecide ? 'error' : summaries.some((s) => s.status === 'fail') ? 'fail' : 'pass';

  const first = analysed[0]?.report;
  const aggregate: AggregateReport = {
    schema: AGGREGATE_SCHEMA,
    schemaVersion: AGGREGATE_SCHEMA_VERSION,
    tool: { name: 'livepatch-gate', version: opts.version },
    repo: first?.repo ?? '',
    base: first?.base ?? '',
    head: first?.head ?? '',
    verdict,
    verdictReasons,
    codestreams: summaries,
    common: functions.filter(everywhere).sort(byName),
    differences: functions.filter((f) => !everywhere(f)).sort(byName),
    findings: mergeFindings(analysed),
  };
  const pr = analysed.find((i) => i.report!.pullRequest !== undefined)?.report!.pullRequest;
  if (pr !== undefined) aggregate.pullRequest = pr;
  return aggregate;
}

/**
 * The aggregate's findings as single-report findings, each once, for SARIF and annotations: its most
 * severe level, and the codestreams it occurs in named in the message when that is not all of them.
 */
export function aggregateFindings(a: AggregateReport): Finding[] {
  const analysed = a.codestreams.filter((c) => c.status === 'pass' || c.status === 'fail' || c.status === 'error').length;
  return a.findings.map((m) => {
    const where = m.perCodestream.length === analysed && analysed > 1 ? '' : ` [${m.perCodestream.map((p) => `${p.label}: ${p.severity}`).join(', ')}]`;
    const allAllowed = m.perCodestream.every((p) => p.allowed);
    const f: Finding = { ruleId: m.ruleId, severity: m.severity, message: `${m.message}${where}` };
    if (m.file) f.file = m.file;
    if (m.line) f.line = m.line;
    if (m.symbol) f.symbol = m.symbol;
    if (m.object) f.object = m.object;
    if (allAllowed) f.allowed = m.perCodestream[0].allowed;
    return f;
  });
}
