// SARIF 2.1.0 for GitHub code scanning: rules from the hazard catalogue, one result per finding
// with a file. GitHub accepts at most 25,000 results per run (and shows the 5,000 most severe): results
// are ordered by severity, and what is over the limit is counted in a notification. Each codestream's
// run carries its own automationDetails id, so uploads of a matrix (x86_64/default, s390x/rt, …) are
// separate analyses in code scanning instead of replacing each other.
import type { RuleMeta } from '../hazards/rule.js';
import type { Finding, Report, Severity } from '../model.js';
import { plainText, sarifUri } from './escape.js';
import { plural, SEVERITY_ORDER } from './format.js';

export const SARIF_MAX_RESULTS = 25_000;

type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } };
  }[];
  /** A folded finding's other places (Finding.places): the functions and data objects the same cause reaches. */
  relatedLocations?: {
    id: number;
    message: { text: string };
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number } };
  }[];
  partialFingerprints: { livepatchGate: string };
  suppressions?: { kind: 'external'; justification: string }[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    results: SarifResult[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: SarifLevel; message: { text: string } }[];
    }[];
  }[];
}

export interface SarifOptions {
  /** Absolute URL that docs/hazards.md is served from; rule helpUris are made absolute with it. */
  docsBaseUrl?: string;
  maxResults?: number;
  /**
   * The code-scanning category (automationDetails.id, without the trailing run part): one per
   * codestream, e.g. 'livepatch-gate/x86_64-defconfig'. Default 'livepatch-gate'.
   */
  category?: string;
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}

function sarifRule(m: RuleMeta, docsBaseUrl?: string): SarifRule {
  const rule: SarifRule = {
    id: m.id,
    name: pascal(m.id),
    shortDescription: { text: m.title },
    fullDescription: { text: m.why },
    help: { text: `${m.why}\n\nWhat to do: ${m.advice}`, markdown: `${m.why}\n\n**What to do:** ${m.advice}` },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ['livepatch'] },
  };
  if (docsBaseUrl) rule.helpUri = `${docsBaseUrl.replace(/\/$/, '')}/${m.helpUri.replace(/^docs\//, '')}`;
  return rule;
}

/** A fingerprint that survives line moves: rule, object, symbol (or file) and message. */
function fingerprint(f: Finding): string {
  return [f.ruleId, f.object ?? '', f.symbol ?? f.file ?? '', f.message].join('|');
}

export function renderSarif(report: Pick<Report, 'findings' | 'tool'> & Partial<Pick<Report, 'notAnalysed'>>, rules: readonly RuleMeta[], opts: SarifOptions = {}): SarifLog {
  const max = opts.maxResults ?? SARIF_MAX_RESULTS;
  const driverRules = rules.map((m) => sarifRule(m, opts.docsBaseUrl));
  const index = new Map(rules.map((m, i) => [m.id, i]));
  const notifications: SarifLog['runs'][number]['invocations'][number]['toolExecutionNotifications'] = [];
  // Code scanning needs a file location on every result; the rest are in the other reports.
  const located = report.findings.filter((f) => f.file);
  const unlocated = report.findings.length - located.length;
  if (unlocated > 0) {
    notifications.push({ level: 'note', message: { text: `${plural(unlocated, 'finding')} without a file location ${unlocated === 1 ? 'is' : 'are'} only in the JSON/markdown report.` } });
  }
  // Could not analyse: the run did not do its job; code scanning shows it as a failed invocation.
  for (const n of report.notAnalysed ?? []) {
    notifications.push({ level: 'error', message: { text: plainText(`not analysed: ${n.function ? `${n.function} (${n.file})` : n.file}: ${n.reason}. ${n.advice}`) } });
  }
  const ordered = [...located].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || Number(!!a.allowed) - Number(!!b.allowed),
  );
  const kept = ordered.slice(0, max);
  if (ordered.length > max) {
    notifications.push({
      level: 'warning',
      message: { text: `Results truncated: ${ordered.length - max} more findings than GitHub accepts in one run (${max}); see the full JSON report.` },
    });
  }
  const results = kept.map((f): SarifResult => {
    const region = f.line && f.line > 0 ? { startLine: f.line } : undefined;
    const r: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: plainText(f.symbol && !f.message.includes(f.symbol) ? `${f.symbol}: ${f.message}` : f.message) },
      locations: [
        { physicalLocation: { artifactLocation: { uri: sarifUri(f.file as string), uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } },
      ],
      partialFingerprints: { livepatchGate: fingerprint(f) },
    };
    if (f.places && f.places.length > 0) {
      r.relatedLocations = f.places.map((p, i) => ({
        id: i + 1,
        message: { text: plainText(`${p.kind} ${p.symbol ?? ''}${p.detail ? `: ${p.detail}` : ''}`.trim()) },
        physicalLocation: { artifactLocation: { uri: sarifUri(p.file), uriBaseId: '%SRCROOT%' }, ...(p.line && p.line > 0 ? { region: { startLine: p.line } } : {}) },
      }));
    }
    if (f.allowed) r.suppressions = [{ kind: 'external', justification: plainText(f.allowed) }];
    return r;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'livepatch-gate', version: report.tool.version, rules: driverRules } },
        automationDetails: { id: `${(opts.category ?? 'livepatch-gate').replace(/\/+$/, '')}/` },
        results,
        invocations: [{ executionSuccessful: (report.notAnalysed ?? []).length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
}
