// What the sinks publish, for either kind of run: one codestream's Report (analyze) or a matrix's
// AggregateReport (aggregate / merge). The sinks (src/sinks/publish.ts) see only this: every front door
// (the action's modes, `livepatch-gate analyze`, `livepatch-gate merge`) renders through the same
// functions with the same links and title, and fails for the same reasons.
import { ruleMetas } from '../hazards/catalogue.js';
import type { Report } from '../model.js';
import { renderAggregateMarkdown } from './aggregate-markdown.js';
import { renderAggregateText } from './aggregate-text.js';
import { renderAnnotations, type Annotations } from './annotations.js';
import { renderFailureMarkdown, renderMarkdown } from './markdown.js';
import { aggregateFindings, type AggregateReport } from './merge.js';
import { renderSarif, type SarifLog } from './sarif.js';
import { renderText } from './text.js';
import { VERSION } from '../version.js';

export const REPORT_TITLE = 'livepatch-gate';

/** Where the rendered report may link to; every field is optional (a local CLI run has none). */
export interface ReportLinks {
  /** The report's pointers ("the full report") lead here: the run page or its artifact. */
  fullReportUrl?: string;
  /** Served docs/ of the livepatch-gate version that ran: rule names link into docs/hazards.md. */
  docsBaseUrl?: string;
  /** The repository's blob URL: file:line locations link to the analysed commits. */
  sourceBaseUrl?: string;
}

/** Paths the run wrote, for the step outputs. */
export interface PublishedPaths {
  reportPath?: string;
  sarifPath?: string;
  commentUrl?: string;
}

export interface Presentation {
  verdict: 'pass' | 'fail' | 'error';
  /** The JSON document written to the report file and printed by --format json. */
  document: Report | AggregateReport | { error: string };
  markdown(opts: { maxChars: number; marker?: string; links: ReportLinks }): string;
  text(): string;
  sarif(links: ReportLinks): SarifLog;
  annotations(): Annotations;
  /** The step outputs action.yml declares, as strings. */
  outputs(paths: PublishedPaths): Record<string, string>;
  /** One line for the log. */
  headline: string;
  /** Why the step fails (verdict fail or error), for the step's failure and the CLI's stderr. */
  failure?: string;
}

/**
 * {object: [symbol, ...]} as a livepatch author lists them; a name that occurs more than once in its
 * object gets ",<sympos>" (the old_sympos, as in /sys/kernel/livepatch/<patch>/<object>/<func,sympos>).
 */
export function patchListOf(report: Pick<Report, 'patch'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const o of report.patch) {
    out[o.object] = o.functions.map((f) => (f.sympos > 0 ? `${f.symbol},${f.sympos}` : f.symbol));
  }
  return out;
}

function reportFailure(report: Report): string | undefined {
  if (report.verdict === 'error') {
    const lines = report.notAnalysed.map((n) => `- ${n.function ? `${n.function} in ` : ''}${n.file}${n.side ? ` (${n.side})` : ''}: ${n.reason}`);
    const advice = [...new Set(report.notAnalysed.map((n) => n.advice))].join('; ');
    return `could not analyse; this is not a pass:\n${lines.join('\n')}\nWhat to do: ${advice}`;
  }
  if (report.verdict === 'fail') return `the change is not safe to live-patch as it stands:\n${report.verdictReasons.map((r) => `- ${r}`).join('\n')}`;
  return undefined;
}

/** A codestream's report (analyze). */
export function presentReport(report: Report): Presentation {
  const s = report.summary;
  return {
    verdict: report.verdict,
    document: report,
    markdown: ({ maxChars, marker, links }) => renderMarkdown(report, { maxChars, marker, title: REPORT_TITLE, ...links }),
    text: () => renderText(report),
    // One code-scanning category per codestream, so a matrix's uploads do not replace each other.
    sarif: (links) => renderSarif(report, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: report.codestream ? `livepatch-gate/${report.codestream.label}` : undefined }),
    annotations: () => renderAnnotations(report),
    outputs: (paths) => ({
      'report-path': paths.reportPath ?? '',
      'sarif-path': paths.sarifPath ?? '',
      verdict: report.verdict,
      'functions-to-patch': String(s.functionsToPatch),
      'patch-list': JSON.stringify(patchListOf(report)),
      errors: String(s.errors),
      warnings: String(s.warnings),
      'comment-url': paths.commentUrl ?? '',
    }),
    headline: `verdict: ${report.verdict}; ${s.functionsToPatch} functions to patch in ${s.objects} objects; ${s.errors} errors, ${s.warnings} warnings`,
    failure: reportFailure(report),
  };
}

/** A matrix's aggregate (mode: aggregate, `livepatch-gate merge`). */
export function presentAggregate(aggregate: AggregateReport): Presentation {
  const findings = aggregateFindings(aggregate);
  const count = (severity: string) => findings.filter((f) => f.severity === severity && !f.allowed).length;
  const patchList: Record<string, string[]> = {};
  for (const f of [...aggregate.common, ...aggregate.differences]) (patchList[f.object] ??= []).push(f.symbol);
  const what = aggregate.verdict === 'fail' ? 'a codestream fails the policy' : 'could not decide for every codestream';
  return {
    verdict: aggregate.verdict,
    document: aggregate,
    markdown: ({ maxChars, marker, links }) => renderAggregateMarkdown(aggregate, { maxChars, marker, title: REPORT_TITLE, ...links }),
    text: () => renderAggregateText(aggregate),
    sarif: (links) => renderSarif({ findings, tool: aggregate.tool }, ruleMetas, { docsBaseUrl: links.docsBaseUrl, category: 'livepatch-gate/aggregate' }),
    annotations: () => renderAnnotations({ findings }),
    outputs: (paths) => ({
      'report-path': paths.reportPath ?? '',
      'sarif-path': paths.sarifPath ?? '',
      verdict: aggregate.verdict,
      'functions-to-patch': String(aggregate.common.length + aggregate.differences.length),
      'patch-list': JSON.stringify(patchList),
      errors: String(count('error')),
      warnings: String(count('warning')),
      'comment-url': paths.commentUrl ?? '',
    }),
    headline: `aggregate of ${aggregate.codestreams.length} codestreams: ${aggregate.codestreams.map((c) => `${c.label} ${c.status}`).join(', ')}; verdict: ${aggregate.verdict}`,
    failure: aggregate.verdict === 'pass' ? undefined : `${what}:\n${aggregate.verdictReasons.map((r) => `- ${r}`).join('\n')}`,
  };
}

/** A run that ended without a report (a build failed, a ref is missing): what replaces the sticky verdict. */
export function presentFailure(message: string, head?: string): Presentation {
  return {
    verdict: 'error',
    document: { error: message },
    markdown: ({ marker, links }) => renderFailureMarkdown(message, { marker, title: REPORT_TITLE, fullReportUrl: links.fullReportUrl, head }),
    text: () => message,
    sarif: () => renderSarif({ findings: [], tool: { name: 'livepatch-gate', version: VERSION } }, ruleMetas),
    annotations: () => ({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } }),
    outputs: (paths) => ({ 'report-path': '', 'sarif-path': '', verdict: 'error', 'functions-to-patch': '0', 'patch-list': '{}', errors: '0', warnings: '0', 'comment-url': paths.commentUrl ?? '' }),
    headline: `could not analyse: ${message}`,
    failure: message,
  };
}
