// The PR comment / job summary: the report as prioritised sections, fitted under maxChars by
// markdown-fit.ts (lowest priority cut first, each cut leaving an explicit "… N more" pointer).
import { ruleMeta } from '../hazards/catalogue.js';
import type { Finding, PatchObject, Report, Severity, UnpatchableFunction } from '../model.js';
import { mdCode, mdText, mdUrl, sarifUri } from './escape.js';
import { chainText, coverageText, location, plural, reasonsSummary, referrersText, shortCommit } from './format.js';
import { fitSections, type Section } from './markdown-fit.js';
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
  /**
   * The repository's blob URL ('https://github.com/acme/linux/blob'): every file:line becomes a link to
   * that line at the analysed commit (patch-list entries at base, the running code; findings at head).
   */
  sourceBaseUrl?: string;
}

/** How a file:line is shown: a link to it at one commit, or plain code. */
type Where = (file?: string, line?: number) => string;

function whereAt(commit: string, sourceBaseUrl?: string): Where {
  return (file, line) => {
    const text = mdCode(location(file, line));
    if (!file || !sourceBaseUrl) return text;
    return `[${text}](${mdUrl(`${sourceBaseUrl.replace(/\/+$/, '')}/${sarifUri(commit)}/${sarifUri(file)}${line ? `#L${line}` : ''}`)})`;
  };
}

export const DEFAULT_MAX_CHARS = 65_000;

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
// Cut order: lowest first.
const PRIORITY = {
  skeleton: 1,
  notices: 2,
  nonFunction: 3,
  notKlp: 3,
  allowed: 4,
  notBuilt: 5,
  warnings: 6,
  warningFindings: 7,
  patch: 8,
  unpatchable: 8,
  errorFindings: 9,
  notAnalysed: 10,
};

 // Every string from the report goes through mdText (prose) or mdCode (names): see escape.ts.

/** The cumulative (atomic-replace) list against the deployed patch, when previous-report was given. */
function cumulativeSections(c: NonNullable<Report['cumulative']>): Section[] {
  const against = `${shortCommit(c.previous.base)}..${shortCommit(c.previous.head)}${c.previous.pullRequest ? ` (PR #${c.previous.pullRequest})` : ''}`;
  const count = (status: string) => c.entries.filter((e) => e.status === status).length;
  const sections: Section[] = [
    {
      priority: PRIORITY.patch,
      heading: `### Cumulative patch for atomic replace of the deployed ${mdCode(against)}: ${count('kept')} kept, ${count('updated')} updated, ${count('added')} added, ${count('dropped')} dropped`,
      lead: [...c.notes.map((n) => `> ${mdText(n)}`), ...(c.notes.length > 0 ? [''] : []), '| Status | Function | Object | Location | Why |', '|---|---|---|---|---|'].join('\n'),
      items: c.entries.map((e) => `| ${mdText(e.status)} | ${mdCode(e.symbol)}${e.sympos > 0 ? ` (sympos ${e.sympos})` : ''} | ${mdCode(e.object)} | ${mdCode(e.file)} | ${mdText(e.reason)} |`),
      noun: 'function',
      omitted: 0,
      joiner: '\n',
    },
  ];
  if (c.ids.length > 0) {
    sections.push({
      priority: PRIORITY.patch,
      heading: `### Shadow-variable and klp_state ids against the deployed patch (${c.ids.length})`,
      items: c.ids.map((i) => `- ${mdText(i.status)} ${mdText(i.kind)} ${mdCode(i.name)}: ${mdText(i.detail)}`),
      noun: 'id',
      omitted: 0,
      joiner: '\n',
    });
  }
  return sections;
}

/** Above this many rows an object's table collapses the functions that only change with one cause. */
const PATCH_ROWS_IN_VIEW = 15;
/** A cause reaching fewer functions than this stays in the table. */
const MIN_COLLAPSED_GROUP = 3;

/** The cause an entry changes with when that is its only reason (a struct layout, a macro): its group key. */
function causeOnly(f: PatchObject['functions'][number]): string | null {
  if (f.reasons.length === 0 || !f.reasons.every((r) => r.kind === 'layout' || r.kind === 'non-function')) return null;
  return [...new Set(f.reasons.flatMap((r) => r.causes ?? []))].sort().join(', ') || null;
}

/**
 * An object's klp_funcs as a table. A long table keeps in view what the PR itself reaches (changed,
 * clones, inlined, callers, referrers, unexplained) and collapses each group of functions that only change
 * with one non-function change (a struct's layout), under a summary naming the cause and the count.
 */
function patchSections(obj: PatchObject, where: Where): Section[] {
  const withPos = obj.functions.some((f) => f.sympos > 0);
  const header = withPos
    ? '| Function | sympos | Location | Why | Code change |\n|---|---|---|---|---|'
    : '| Function | Location | Why | Code change |\n|---|---|---|---|';
  const row = (f: PatchObject['functions'][number]) => {
    const chains = f.reasons.filter((r) => r.chain.length > 0).map((r) => mdText(chainText(r)));
    // Most entries follow from the clone graph or a named cause; say so only of those the object comparison alone found.
    const why =
      `${mdText(reasonsSummary(f))}${f.predicted || causeOnly(f) !== null ? '' : ' (object comparison only)'}` +
      (chains.length > 0 ? `<details><summary>explain</summary>${chains.join('<br>')}</details>` : '');
    const cols = [mdCode(f.symbol), ...(withPos ? [f.sympos > 0 ? mdText(String(f.sympos)) : ''] : []), where(f.file, f.line), why, mdText(f.codeChange)];
    return `| ${cols.join(' | ')} |`;
  };
  const groups = new Map<string, PatchObject['functions']>();
  if (obj.functions.length > PATCH_ROWS_IN_VIEW) {
    for (const f of obj.functions) {
      const cause = causeOnly(f);
      if (cause !== null) groups.set(cause, [...(groups.get(cause) ?? []), f]);
    }
    for (const [cause, list] of groups) if (list.length < MIN_COLLAPSED_GROUP) groups.delete(cause);
  }
  const collapsedFns = new Set([...groups.values()].flat());
  const table = (heading: string, fns: PatchObject['functions']): Section => ({
    priority: PRIORITY.patch,
    heading,
    lead: header,
    items: fns.map(row),
    noun: 'function',
    omitted: 0,
    joiner: '\n',
  });
  const inView = obj.functions.filter((f) => !collapsedFns.has(f));
  return [
    table(`### Functions to patch in ${mdCode(obj.object)} (${obj.functions.length})`, inView),
    ...[...groups].map(([cause, list]) =>
      collapsed(table(`Functions to patch in ${mdCode(obj.object)} that change with ${mdText(cause)} (${list.length})`, list)),
    ),
  ];
}

/** New functions, vanished ones and those needing no klp_func: beside the patch tables, never in them. */
function notKlpSections(report: Report, atBase: Where, atHead: Where): Section[] {
  const lists: [string, PatchObject[], Where][] = [
    ['New at head (compiled into the patch module, not klp_funcs)', report.newFunctions, atHead],
    ['Gone at head (their callers are patched)', report.vanished, atBase],
    ['Reached by the change, no klp_func needed', report.notNeeded, atBase],
  ];
  return lists
    .filter(([, objs]) => objs.length > 0)
    .map(([title, objs, where]) => {
      const items = objs.flatMap((o) =>
        o.functions.map((f) => `- ${mdCode(f.symbol)} (${mdCode(o.object)}, ${where(f.file, f.line)}): ${mdText(f.notPatched ?? '')}`),
      );
      return { priority: PRIORITY.notKlp, heading: `### ${title} (${items.length})`, items, noun: 'function', omitted: 0, joiner: '\n' };
    });
}

/** Functions livepatch cannot redirect: not klp_funcs, and how their referrers in the patch list cover them. */
function unpatchableSection(list: UnpatchableFunction[], where: Where): Section {
  return {
    priority: PRIORITY.unpatchable,
    heading: `### Replaced through their referrers: livepatch cannot redirect them (${list.length})`,
    lead: '| Function | Object | Location | Why not | Reached by | Coverage |\n|---|---|---|---|---|---|',
    items: list.map((u) => {
      const name = u.sympos > 0 ? `${mdCode(u.symbol)} (sympos ${Math.trunc(u.sympos)})` : mdCode(u.symbol);
      const cols = [name, mdCode(u.object), where(u.file, u.line), mdText(u.detail), mdText(referrersText(u)), mdText(coverageText(u))];
      return `| ${cols.join(' | ')} |`;
    }),
    noun: 'function',
    omitted: 0,
    joiner: '\n',
  };
}

const MAX_PLACES_SHOWN = 100;

/** A folded finding's places, collapsed on the finding's own line (one item stays one line). */
function placesText(f: Finding, where: Where): string {
  if (!f.places || f.places.length === 0) return '';
  const counts = new Map<string, number>();
  for (const p of f.places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const nouns = { function: 'function', data: 'data object', unit: 'translation unit' } as const;
  const summary = [...counts].map(([kind, n]) => plural(n, nouns[kind as keyof typeof nouns] ?? 'place')).join(', ');
  // One finding is one item the fitter cannot split: a cause reaching thousands of places shows the first ones.
  const rows = f.places.slice(0, MAX_PLACES_SHOWN).map((p) => `${p.symbol ? `${mdCode(p.symbol)} ` : ''}${where(p.file, p.line)}${p.detail ? `: ${mdText(p.detail)}` : ''}`);
  if (f.places.length > MAX_PLACES_SHOWN) rows.push(mdText(`… ${f.places.length - MAX_PLACES_SHOWN} more in the full report`));
  return `<details><summary>${mdText(summary)}</summary>${rows.join('<br>')}</details>`;
}

function findingLine(f: Finding, where: Where): string {
  const subject = [f.symbol ? mdCode(f.symbol) : '', f.file ? `at ${where(f.file, f.line)}` : '', f.object ? `(${mdCode(f.object)})` : '']
    .filter((s) => s !== '')
    .join(' ');
  return `- ${subject ? `${subject}: ` : ''}${mdText(f.message)}${f.allowed ? ` — allowed: ${mdText(f.allowed)}` : ''}${placesText(f, where)}`;
}

/** Findings of one severity: each rule's first item carries the rule's title and advice. */
function docsLink(helpUri: string, docsBaseUrl?: string): string {
  return docsBaseUrl ? ` ([docs](${mdUrl(`${docsBaseUrl.replace(/\/$/, '')}/${helpUri.replace(/^docs\//, '')}`)}))` : '';
}

/**
 * Findings as list items, grouped by rule: each rule's first item carries its title and what to do (the
 * single report and the matrix aggregate list findings the same way).
 */
export function ruleGroupedItems<F extends { ruleId: string }>(findings: F[], item: (f: F) => string, docsBaseUrl?: string): string[] {
  const items: string[] = [];
  let lastRule = '';
  for (const f of findings) {
    let text = item(f);
    if (f.ruleId !== lastRule) {
      const m = ruleMeta(f.ruleId);
      const head = m ? `**${m.id}** — ${m.title}${docsLink(m.helpUri, docsBaseUrl)}\n> ${m.advice}\n` : `**${mdText(f.ruleId)}**\n`;
      text = `${items.length > 0 ? '\n' : ''}${head}\n${text}`;
      lastRule = f.ruleId;
    }
    items.push(text);
  }
  return items;
}

function findingsSection(severity: Severity, findings: Finding[], where: Where, docsBaseUrl?: string): Section {
  const items = ruleGroupedItems(findings, (f) => findingLine(f, where), docsBaseUrl);
  const priority = severity === 'error' ? PRIORITY.errorFindings : severity === 'warning' ? PRIORITY.warningFindings : PRIORITY.notices;
  const section: Section = {
    priority,
    heading: `### ${SEVERITY_ICON[severity]} ${SEVERITY_HEADING[severity]} (${findings.length})`,
    items,
    noun: 'finding',
    omitted: 0,
    joiner: '\n',
  };
  // Errors are the decision and stay in view; warnings and notices are there for whoever opens them.
  return severity === 'error' ? section : collapsed(section);
}

/**
 * Below the fold: the section inside <details>, its title as the summary. The budget a reviewer reads
 * without a click is the verdict, what could not be analysed, the errors and the patch list.
 */
function collapsed(section: Section): Section {
  const title = section.heading.replace(/^#+\s*/, '');
  return { ...section, heading: `<details><summary>${title}</summary>`, tail: '</details>' };
}

function verdictLines(report: Report): string[] {
  const s = report.summary;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}`;
  if (report.verdict === 'error') {
    return [
      `⛔ **Could not analyse**: ${plural(report.notAnalysed.length, 'changed function or object')} were not compiled and compared on both sides, so the gate cannot pass (${counts}).`,
      '',
      ...report.verdictReasons.map((r) => `- ${mdText(r)}`),
    ];
  }
  if (report.verdict === 'fail') {
    return [`❌ **Live-patch gate failed**: ${counts}.`, '', ...report.verdictReasons.map((r) => `- ${mdText(r)}`)];
  }
  return [`✅ **Live-patch gate passed**: no finding fails the policy (${counts}).`];
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const atBase = whereAt(report.base, opts.sourceBaseUrl);
  const atHead = whereAt(report.head, opts.sourceBaseUrl);
  const active = report.findings.filter((f) => !f.allowed);
  const findingsOf = (sev: Severity) => {
    const list = active.filter((f) => f.severity === sev);
    return list.length > 0 ? [findingsSection(sev, list, atHead, opts.docsBaseUrl)] : [];
  };
  // A reviewer's order: what could not be analysed (without it the verdict means nothing), what fails and
  // what to do about it, what the patch replaces, then the rest, collapsed.
  const sections: Section[] = [
    ...notAnalysedSections(report),
    ...findingsOf('error'),
    ...report.patch.flatMap((o) => patchSections(o, atBase)),
    ...(report.cumulative ? cumulativeSections(report.cumulative) : []),
    ...(report.unpatchable.length > 0 ? [unpatchableSection(report.unpatchable, atBase)] : []),
    ...findingsOf('warning'),
    ...findingsOf('notice'),
    ...allowedSections(report, atHead),
    ...notKlpSections(report, atBase, atHead).map(collapsed),
    ...nonFunctionSections(report, atHead),
    ...notBuiltSections(report),
    ...analysisWarningSections(report),
    ...skeletonSections(report),
  ];
  const url = opts.fullReportUrl;
  const footer = `<sub>livepatch-gate ${mdText(report.tool.version)}${url ? ` · [full report](${mdUrl(url)})` : ''}</sub>`;
  return fitSections(headOf(report, opts), sections, footer, opts.maxChars ?? DEFAULT_MAX_CHARS, url);
}

/** Marker, title, verdict, the commits and the count: never cut. */
function headOf(report: Report, opts: MarkdownOptions): string {
  const s = report.summary;
  const head: string[] = [];
  if (opts.marker) head.push(opts.marker.startsWith('<!--') ? opts.marker : `<!-- ${opts.marker} -->`);
  head.push(`## ${opts.title ?? 'livepatch-gate'}`, '', ...verdictLines(report), '');
  head.push(
    `${mdCode(shortCommit(report.base))} → ${mdCode(shortCommit(report.head))}${report.pullRequest ? ` (#${Number(report.pullRequest)})` : ''}: ` +
      `${plural(s.functionsToPatch, 'function')} to patch in ${plural(s.objects, 'object')}.`,
  );
  if (report.comparison) head.push('', `Compared: ${mdText(report.comparison)}.`);
  if (report.symposFrom) head.push('', `Positions (old_sympos): ${mdText(report.symposFrom)}.`);
  if (report.patch.length === 0) head.push('', 'No function needs patching.');
  return head.join('\n');
}

function notAnalysedSections(report: Report): Section[] {
  if (report.notAnalysed.length === 0) return [];
  const advice = [...new Set(report.notAnalysed.map((n) => n.advice))];
  return [{
    priority: PRIORITY.notAnalysed,
    heading: `### ⛔ Not analysed (${report.notAnalysed.length})`,
    lead: advice.map((a) => `> What to do: ${mdText(a)}`).join('\n') + '\n',
    items: report.notAnalysed.map((n) => `- ${n.function ? `${mdCode(n.function)} in ` : ''}${mdCode(n.file)}${n.side ? ` (${n.side})` : ''}: ${mdText(n.reason)}`),
    noun: 'entry',
    omitted: 0,
    joiner: '\n',
  }];
}

function allowedSections(report: Report, atHead: Where): Section[] {
  const allowed = report.findings.filter((f) => f.allowed);
  if (allowed.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.allowed,
    heading: `### Allowed by policy (${allowed.length})`,
    items: allowed.map((f) => `${findingLine(f, atHead).replace(/^- /, `- **${mdText(f.ruleId)}** `)}`),
    noun: 'finding',
    omitted: 0,
    joiner: '\n',
  })];
}

function nonFunctionSections(report: Report, atHead: Where): Section[] {
  if (report.changes.other.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.nonFunction,
    heading: `### Non-function changes (${report.changes.other.length})`,
    lead: '| Kind | Name | Location | What changed |\n|---|---|---|---|',
    items: report.changes.other.map((c) => `| ${mdText(c.kind)} | ${c.name ? mdCode(c.name) : ''} | ${atHead(c.file, c.line)} | ${mdText(c.detail)} |`),
    noun: 'change',
    omitted: 0,
    joiner: '\n',
  })];
}

function notBuiltSections(report: Report): Section[] {
  if (report.notBuilt.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.notBuilt,
    heading: `### Changed but not built (${report.notBuilt.length})`,
    items: report.notBuilt.map((n) => `- ${mdCode(n.source)}: ${mdText(n.reason)}`),
    noun: 'file',
    omitted: 0,
    joiner: '\n',
  })];
}

function analysisWarningSections(report: Report): Section[] {
  if (report.warnings.length === 0) return [];
  return [collapsed({
    priority: PRIORITY.warnings,
    heading: `### Analysis warnings (${report.warnings.length})`,
    items: report.warnings.map((w) => {
      const where = location(w.file, w.line);
      return `- \\[${mdText(w.source)}\\]${where ? ` ${mdCode(where)}:` : ''} ${mdText(w.message)}`;
    }),
    noun: 'warning',
    omitted: 0,
    joiner: '\n',
  })];
}

function skeletonSections(report: Report): Section[] {
  if (report.patch.length === 0) return [];
  return [{
    priority: PRIORITY.skeleton,
    heading: '<details><summary>Livepatch module skeleton (klp_func / klp_object)</summary>',
    items: ['```c\n' + livepatchSkeleton(report) + '\n```'],
    tail: '</details>',
    noun: 'skeleton block',
    omitted: 0,
    joiner: '\n',
  }];
}

/**
 * The sticky comment of a run that could not analyse (a build that failed, a missing commit): it
 * replaces the earlier verdict, which no longer says anything about this head.
 */
export function renderFailureMarkdown(message: string, opts: Pick<MarkdownOptions, 'marker' | 'title' | 'fullReportUrl'> & { head?: string } = {}): string {
  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker.startsWith('<!--') ? opts.marker : `<!-- ${opts.marker} -->`);
  lines.push(`## ${opts.title ?? 'livepatch-gate'}`, '');
  lines.push(`⚠️ **Could not analyse${opts.head ? ` ${mdCode(shortCommit(opts.head))}` : ' this change'}**: no verdict. An earlier verdict on this pull request no longer applies.`, '');
  for (const line of message.split('\n').slice(0, 40)) if (line.trim()) lines.push(`> ${mdText(line)}`);
  lines.push('', `See the ${opts.fullReportUrl ? `[run log](${mdUrl(opts.fullReportUrl)})` : 'run log'} for the build output.`);
  return `${lines.join('\n')}\n`;
}
