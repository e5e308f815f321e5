// The one PR comment for a whole matrix: the combined verdict, a table of codestreams, what every
// codestream patches (once), what only some do, and each finding once with the codestreams (and
// severities) it has there. Fitted under the comment limit like the single report (markdown-fit.ts).
import type { Severity } from '../model.js';
import { mdCode, mdText, mdUrl } from './escape.js';
import { location, plural, SEVERITY_ORDER, shortCommit } from './format.js';
import { DEFAULT_MAX_CHARS, ruleGroupedItems, type MarkdownOptions } from './markdown.js';
import { fitSections, type Section } from './markdown-fit.js';
import type { AggregateReport, CodestreamStatus, MatrixFinding, MatrixFunction } from './merge.js';

const STATUS: Record<CodestreamStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  error: '⚠️ could not analyse',
  missing: '⚠️ no report',
  unreadable: '⚠️ unreadable report',
};
const SEVERITY_HEADING: Record<Severity, string> = { error: '❌ Errors', warning: '⚠️ Warnings', notice: 'ℹ️ Notices' };
const PRIORITY = { notices: 1, warnings: 2, differences: 4, common: 5, errors: 6 };

function verdictLines(a: AggregateReport): string[] {
  const n = plural(a.codestreams.length, 'codestream');
  const reasons = a.verdictReasons.map((r) => `- ${mdText(r)}`);
  if (a.verdict === 'pass') return [`✅ **Live-patch gate passed in all ${n}.**`];
  if (a.verdict === 'fail') return [`❌ **Live-patch gate failed** (${n}):`, '', ...reasons];
  return [`⚠️ **Could not decide for every codestream** (${n}): a missing or unanalysed codestream is never a pass.`, '', ...reasons];
}

function codestreamTable(a: AggregateReport): string {
  const rows = a.codestreams.map(
    (c) => `| ${mdCode(c.label)} | ${STATUS[c.status]} | ${c.functionsToPatch} | ${c.errors} | ${c.warnings} | ${c.notices} |`,
  );
  return ['| Codestream | Verdict | Functions to patch | Errors | Warnings | Notices |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function labels(list: string[]): string {
  return list.map(mdCode).join(', ');
}

function commonSection(fns: MatrixFunction[]): Section {
  return {
    priority: PRIORITY.common,
    heading: `### Functions to patch in every codestream (${fns.length})`,
    lead: '| Function | Object |\n|---|---|',
    items: fns.map((f) => `| ${mdCode(f.symbol)} | ${mdCode(f.object)} |`),
    noun: 'function',
    omitted: 0,
    joiner: '\n',
  };
}

function differencesSection(fns: MatrixFunction[], all: string[]): Section {
  return {
    priority: PRIORITY.differences,
    heading: `### Functions to patch in some codestreams only (${fns.length})`,
    lead: '| Function | Object | Patched in | Not in |\n|---|---|---|---|',
    items: fns.map((f) => `| ${mdCode(f.symbol)} | ${mdCode(f.object)} | ${labels(f.codestreams)} | ${labels(all.filter((l) => !f.codestreams.includes(l)))} |`),
    noun: 'function',
    omitted: 0,
    joiner: '\n',
  };
}

/** 'in all codestreams', 'in x86_64/defconfig, s390x/defconfig', or per severity where they differ. */
function whereText(f: MatrixFinding, all: string[]): string {
  const severities = new Set(f.perCodestream.map((p) => p.severity));
  if (severities.size > 1) {
    return SEVERITY_ORDER.filter((s) => severities.has(s))
      .map((s) => {
        const here = f.perCodestream.filter((p) => p.severity === s);
        const out = here.find((p) => p.configuration === 'compiled-out');
        return `${s} in ${labels(here.map((p) => p.label))}${out?.evidence ? ` (${mdText(out.evidence)})` : ''}`;
      })
      .join('; ');
  }
  const here = f.perCodestream.map((p) => p.label);
  return here.length === all.length && all.length > 1 ? 'in all codestreams' : `in ${labels(here)}`;
}

function findingItem(f: MatrixFinding, all: string[]): string {
  const where = location(f.file, f.line);
  const subject = [f.symbol ? mdCode(f.symbol) : '', where ? `at ${mdCode(where)}` : '', f.object ? `(${mdCode(f.object)})` : ''].filter(Boolean).join(' ');
  const allowed = f.perCodestream.every((p) => p.allowed) ? ` — allowed: ${mdText(f.perCodestream[0].allowed ?? '')}` : '';
  return `- ${subject ? `${subject}: ` : ''}${mdText(f.message)} — ${whereText(f, all)}${allowed}`;
}

function findingsSection(severity: Severity, findings: MatrixFinding[], all: string[]): Section {
  const items = ruleGroupedItems(findings, (f) => findingItem(f, all));
  const priority = severity === 'error' ? PRIORITY.errors : severity === 'warning' ? PRIORITY.warnings : PRIORITY.notices;
  return { priority, heading: `### ${SEVERITY_HEADING[severity]} (${findings.length})`, items, noun: 'finding', omitted: 0, joiner: '\n' };
}

export function renderAggregateMarkdown(a: AggregateReport, opts: MarkdownOptions = {}): string {
  const url = opts.fullReportUrl;
  const head: string[] = [];
  if (opts.marker) head.push(opts.marker.startsWith('<!--') ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? 'livepatch-gate'}: every codestream`, '', ...verdictLines(a), '');
  if (a.base || a.head) {
    head.push(`${mdCode(shortCommit(a.base))} → ${mdCode(shortCommit(a.head))}${a.pullRequest ? ` (#${Number(a.pullRequest)})` : ''}`, '');
  }
  head.push(codestreamTable(a));

  const all = a.codestreams.filter((c) => c.status === 'pass' || c.status === 'fail' || c.status === 'error').map((c) => c.label);
  const sections: Section[] = [];
  const active = a.findings.filter((f) => !f.perCodestream.every((p) => p.allowed));
  const errors = active.filter((f) => f.severity === 'error');
  if (errors.length > 0) sections.push(findingsSection('error', errors, all));
  if (a.common.length > 0) sections.push(commonSection(a.common));
  if (a.differences.length > 0) sections.push(differencesSection(a.differences, all));
  for (const sev of ['warning', 'notice'] as const) {
    const list = active.filter((f) => f.severity === sev);
    if (list.length > 0) sections.push(findingsSection(sev, list, all));
  }
  const footer = `<sub>livepatch-gate ${mdText(a.tool.version)} · ${plural(a.codestreams.length, 'codestream')}${url ? ` · [full reports](${mdUrl(url)})` : ''}</sub>`;
  return fitSections(head.join('\n'), sections, footer, opts.maxChars ?? DEFAULT_MAX_CHARS, url);
}
