// The PR comment / job summary. Sections are cut lowest priority first to stay under maxChars, each
// cut leaving an explicit "… N more" pointer; table rows and list items are never split.
import { ruleMeta } from '../hazards/catalogue.js';
import type { Finding, PatchObject, Report, Severity } from '../model.js';
import { mdCode, mdText, mdUrl } from './escape.js';
import { chainText, location, plural, reasonsSummary, SEVERITY_ORDER, shortCommit } from './format.js';
import { livepatchSkeleton } from './skeleton.js';

export interface MarkdownOptions {
  /** Default 65,000 (GitHub comments take 65,536). */
  maxChars?: number;
  /** Link for the "see the full report" pointers (artifact, job summary). */
  fullReportUrl?: string;
  /** Hidden marker to find the sticky comment again; wrapped in <!-- --> unless it already is. */
  marker?: string;
  title?: string;
  /** Absolute URL docs/hazards.md is served from (e.g. the repo's blob URL of docs/); rule names link there. */
  docsBaseUrl?: string;
}

export const DEFAULT_MAX_CHARS = 65_000;

/** A cuttable part of the page. Items are atomic (a table row, a list item) and cut from the end. */
interface Section {
  /** Lower is cut first. */
  priority: number;
  heading: string;
  /** Lines between heading and items (a table header), dropped with the last item. */
  lead?: string;
  items: string[];
  /** Blank-line separated after the items (closing tags). */
  tail?: string;
  /** What an item is, singular, for the pointer: 'function', 'finding'... */
  noun: string;
  omitted: number;
  /** Items joined by '\n' (table rows, list items) or by '\n\n' (blocks). */
  joiner: string;
}

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
// Cut order: lowest first.
const PRIORITY = {
  skeleton: 1,
  notices: 2,
  nonFunction: 3,
  allowed: 4,
  notBuilt: 5,
  warnings: 6,
  warningFindings: 7,
  patch: 8,
  errorFindings: 9,
};

 // Every string from the report goes through mdText (prose) or mdCode (names): see escape.ts.

function patchSection(obj: PatchObject): Section {
  const withPos = obj.functions.some((f) => f.sympos > 0);
  const header = withPos
    ? '| Function | sympos | Location | Why | Code change |\n|---|---|---|---|---|'
    : '| Function | Location | Why | Code change |\n|---|---|---|---|';
  const rows = obj.functions.map((f) => {
    const chains = f.reasons.filter((r) => r.chain.length > 0).map((r) => mdText(chainText(r)));
    // Most entries follow from the clone graph; say so only of those the object comparison alone found.
    const why =
      `${mdText(reasonsSummary(f))}${f.predicted ? '' : ' (object comparison only)'}` +
      (chains.length > 0 ? `<details><summary>explain</summary>${chains.join('<br>')}</details>` : '');
    const cols = [mdCode(f.symbol), ...(withPos ? [f.sympos > 0 ? mdText(String(f.sympos)) : ''] : []), mdCode(location(f.file, f.line)), why, mdText(f.codeChange)];
    return `| ${cols.join(' | ')} |`;
  });
  return {
    priority: PRIORITY.patch,
    heading: `### Functions to patch in ${mdCode(obj.object)} (${obj.functions.length})`,
    lead: header,
    items: rows,
    noun: 'function',
    omitted: 0,
    joiner: '\n',
  };
}

function findingLine(f: Finding): string {
  const where = location(f.file, f.line);
  const subject = [f.symbol ? mdCode(f.symbol) : '', where ? `at ${mdCode(where)}` : '', f.object ? `(${mdCode(f.object)})` : '']
    .filter((s) => s !== '')
    .join(' ');
  return `- ${subject ? `${subject}: ` : ''}${mdText(f.message)}${f.allowed ? ` — allowed: ${mdText(f.allowed)}` : ''}`;
}

/** Findings of one severity: each rule's first item carries the rule's title and advice. */
function docsLink(helpUri: string, docsBaseUrl?: string): string {
  return docsBaseUrl ? ` ([docs](${mdUrl(`${docsBaseUrl.replace(/\/$/, '')}/${helpUri.replace(/^docs\//, '')}`)}))` : '';
}

function findingsSection(severity: Severity, findings: Finding[], docsBaseUrl?: string): Section {
  const items: string[] = [];
  let lastRule = '';
  for (const f of findings) {
    let item = findingLine(f);
    if (f.ruleId !== lastRule) {
      const m = ruleMeta(f.ruleId);
      const head = m ? `**${m.id}** — ${m.title}${docsLink(m.helpUri, docsBaseUrl)}\n> ${m.advice}\n` : `**${mdText(f.ruleId)}**\n`;
      item = `${items.length > 0 ? '\n' : ''}${head}\n${item}`;
      lastRule = f.ruleId;
    }
    items.push(item);
  }
  const priority = severity === 'error' ? PRIORITY.errorFindings : severity === 'warning' ? PRIORITY.warningFindings : PRIORITY.notices;
  return {
    priority,
    heading: `### ${SEVERITY_ICON[severity]} ${SEVERITY_HEADING[severity]} (${findings.length})`,
    items,
    noun: 'finding',
    omitted: 0,
    joiner: '\n',
  };
}

function verdictLines(report: Report): string[] {
  const s = report.summary;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}`;
  if (report.verdict === 'fail') {
    return [`❌ **Live-patch gate failed**: ${counts}.`, '', ...report.verdictReasons.map((r) => `- ${mdText(r)}`)];
  }
  return [`✅ **Live-patch gate passed**: no finding fails the policy (${counts}).`];
}

function pointer(s: Section, url?: string): string {
  const see = url ? `see the [full report](${mdUrl(url)})` : 'see the full report';
  return `_… ${s.omitted} more ${s.omitted === 1 ? s.noun : `${s.noun}s`}, ${see}._`;
}

function renderSection(s: Section, url?: string): string {
  const parts = [s.heading];
  if (s.items.length > 0) parts.push((s.lead ? `${s.lead}\n` : '') + s.items.join(s.joiner));
  if (s.omitted > 0) parts.push(pointer(s, url));
  if (s.tail) parts.push(s.tail); // closes an HTML block even when every item was cut
  return parts.join('\n\n');
}

/** An upper bound of renderSection's length, kept cheap so cutting thousands of rows stays linear. */
function sectionBound(s: Section, itemsLen: number): number {
  const ptr = s.omitted > 0 ? 120 + s.noun.length : 0;
  return s.heading.length + (s.lead?.length ?? 0) + itemsLen + ptr + (s.tail?.length ?? 0) + 16;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const url = opts.fullReportUrl;
  const head: string[] = [];
  if (opts.marker) head.push(opts.marker.startsWith('<!--') ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? 'livepatch-gate'}`, '', ...verdictLines(report), '');
  const s = report.summary;
  head.push(
    `${mdCode(shortCommit(report.base))} → ${mdCode(shortCommit(report.head))}${report.pullRequest ? ` (#${Number(report.pullRequest)})` : ''}: ` +
      `${plural(s.functionsToPatch, 'function')} to patch in ${plural(s.objects, 'object')}.`,
  );

  const sections: Section[] = [];
  if (report.patch.length === 0) {
    head.push('', 'No function needs patching.');
  }
  sections.push(...report.patch.map(patchSection));
  const active = report.findings.filter((f) => !f.allowed);
  for (const sev of SEVERITY_ORDER) {
    const list = active.filter((f) => f.severity === sev);
    if (list.length > 0) sections.push(findingsSection(sev, list, opts.docsBaseUrl));
  }
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length > 0) {
    sections.push({
      priority: PRIORITY.allowed,
      heading: `### Allowed by policy (${allowed.length})`,
      items: allowed.map((f) => `${findingLine(f).replace(/^- /, `- **${mdText(f.ruleId)}** `)}`),
      noun: 'finding',
      omitted: 0,
      joiner: '\n',
    });
  }
  if (report.changes.other.length > 0) {
    sections.push({
      priority: PRIORITY.nonFunction,
      heading: `### Non-function changes (${report.changes.other.length})`,
      lead: '| Kind | Name | Location | What changed |\n|---|---|---|---|',
      items: report.changes.other.map(
        (c) => `| ${mdText(c.kind)} | ${c.name ? mdCode(c.name) : ''} | ${mdCode(location(c.file, c.line))} | ${mdText(c.detail)} |`,
      ),
      noun: 'change',
      omitted: 0,
      joiner: '\n',
    });
  }
  if (report.notBuilt.length > 0) {
    sections.push({
      priority: PRIORITY.notBuilt,
      heading: `### Changed but not built (${report.notBuilt.length})`,
      items: report.notBuilt.map((n) => `- ${mdCode(n.source)}: ${mdText(n.reason)}`),
      noun: 'file',
      omitted: 0,
      joiner: '\n',
    });
  }
  if (report.warnings.length > 0) {
    sections.push({
      priority: PRIORITY.warnings,
      heading: `### Analysis warnings (${report.warnings.length})`,
      items: report.warnings.map((w) => {
        const where = location(w.file, w.line);
        return `- \\[${mdText(w.source)}\\]${where ? ` ${mdCode(where)}:` : ''} ${mdText(w.message)}`;
      }),
      noun: 'warning',
      omitted: 0,
      joiner: '\n',
    });
  }
  if (report.patch.length > 0) {
    sections.push({
      priority: PRIORITY.skeleton,
      heading: '<details><summary>Livepatch module skeleton (klp_func / klp_object)</summary>',
      items: ['```c\n' + livepatchSkeleton(report) + '\n```'],
      tail: '</details>',
      noun: 'skeleton block',
      omitted: 0,
      joiner: '\n',
    });
  }
  const footer = `<sub>livepatch-gate ${mdText(report.tool.version)}${url ? ` · [full report](${mdUrl(url)})` : ''}</sub>`;

  const render = (): string =>
    [head.join('\n'), ...sections.filter((x) => x.items.length > 0 || x.omitted > 0).map((x) => renderSection(x, url)), footer].join(
      '\n\n',
    ) + '\n';

  // Cut items from the lowest-priority section (the later one on ties) until the bound fits.
  const itemsLen = sections.map((x) => x.items.reduce((n, i) => n + i.length + x.joiner.length, 0));
  const fixed = head.join('\n').length + footer.length + 8;
  let bound = fixed + sections.reduce((n, x, i) => n + sectionBound(x, itemsLen[i]) + 2, 0);
  let text = render();
  while (text.length > maxChars) {
    let victim = -1;
    for (let i = 0; i < sections.length; i++) {
      if (sections[i].items.length === 0) continue;
      if (victim < 0 || sections[i].priority <= sections[victim].priority) victim = i;
    }
    if (victim < 0) break; // nothing left to cut
    const sec = sections[victim];
    while (sec.items.length > 0 && (bound > maxChars || text.length > maxChars)) {
      const before = sectionBound(sec, itemsLen[victim]);
      const item = sec.items.pop() as string;
      itemsLen[victim] -= item.length + sec.joiner.length;
      sec.omitted++;
      bound += sectionBound(sec, itemsLen[victim]) - before;
      if (bound <= maxChars) break;
    }
    text = render();
  }
  if (text.length > maxChars) {
    // Only the verdict and summary are left: cut whole lines, and say so.
    const note = '\n\n_… truncated, see the full report._\n';
    const lines = text.split('\n');
    let out = '';
    for (const line of lines) {
      if (out.length + line.length + 1 + note.length > maxChars) break;
      out += `${line}\n`;
    }
    text = out.trimEnd() + note;
  }
  return text;
}
