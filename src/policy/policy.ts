// The gate policy: which findings fail the check, severity overrides, and the allow-list.
// Read from .github/livepatch-gate.yml (pure: the caller reads the file), overridable by the
// `fail-on` action input / CLI flag.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Finding, Severity } from '../model.js';
import { ruleMetas } from '../hazards/catalogue.js';
import { plural } from '../report/format.js';
import { globMatches, globProblem } from './glob.js';

export const POLICY_PATH = '.github/livepatch-gate.yml';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface AllowEntry {
  rule: string;
  /** Glob over the finding's symbol. */
  symbol?: string;
  /** Glob over the finding's repo-relative file ('*' stays in one directory, '**' crosses). */
  file?: string;
  reason: string;
}

export interface Policy {
  /** Findings fail the check when their severity or rule id is listed; both empty = never fail ('none'). */
  failOn: { severities: Severity[]; rules: string[] };
  /** Severity overrides per rule id; 'off' drops the rule's findings. */
  rules: Record<string, Severity | 'off'>;
  allow: AllowEntry[];
  /** Where fail-on came from: built-in default, the config file, or the input/flag. */
  failOnSource: 'default' | 'config' | 'override';
}

export interface PolicyResult {
  findings: Finding[];
  verdict: 'pass' | 'fail';
  /** One sentence per failing rule/severity. */
  reasons: string[];
}

/** A policy file or fail-on value that cannot be used; the message names the key. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

export const defaultPolicy = (): Policy => ({
  failOn: { severities: ['error'], rules: [] },
  rules: {},
  allow: [],
  failOnSource: 'default',
});

const knownRules = (): Set<string> => new Set(ruleMetas.map((m) => m.id));

function fail(where: string, message: string): never {
  throw new PolicyError(`${where}: ${message}`);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : JSON.stringify(v);
}

/** Parses a fail-on list: severities and/or rule ids, or 'none' alone. */
function parseFailOn(items: unknown[], where: string): Policy['failOn'] {
  const rules = knownRules();
  const out: Policy['failOn'] = { severities: [], rules: [] };
  const values = items.map((v, i) => {
    if (typeof v !== 'string' || v.trim() === '') fail(`${where}[${i}]`, `expected a severity or rule id, got ${describe(v)}`);
    return v.trim();
  });
  if (values.includes('none')) {
    if (values.length > 1) fail(where, "'none' cannot be combined with other values");
    return out;
  }
  values.forEach((v, i) => {
    if ((SEVERITIES as string[]).includes(v)) {
      if (!out.severities.includes(v as Severity)) out.severities.push(v as Severity);
    } else if (rules.has(v)) {
      if (!out.rules.includes(v)) out.rules.push(v);
    } else {
      fail(`${where}[${i}]`, `unknown value '${v}': use error, warning, notice, none or a rule id (${[...rules].join(', ')})`);
    }
  });
  if (out.severities.length === 0 && out.rules.length === 0) fail(where, "empty: list severities or rule ids, or 'none'");
  return out;
}

/** 'error,warning' or 'error warning' or 'none', as given to the action input / CLI flag. */
export function parseFailOnValue(value: string): Policy['failOn'] {
  return parseFailOn(value.split(/[\s,]+/).filter((s) => s !== ''), 'fail-on input');
}

function parseRules(v: unknown): Policy['rules'] {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' || Array.isArray(v)) fail(`${POLICY_PATH}: rules`, `expected a mapping of rule id to severity, got ${describe(v)}`);
  const known = knownRules();
  const out: Policy['rules'] = {};
  for (const [id, sev] of Object.entries(v as Record<string, unknown>)) {
    if (!known.has(id)) fail(`${POLICY_PATH}: rules.${id}`, `unknown rule id (known: ${[...known].join(', ')})`);
    if (typeof sev !== 'string' || ![...SEVERITIES, 'off'].includes(sev)) {
      fail(`${POLICY_PATH}: rules.${id}`, `expected error, warning, notice or off, got ${describe(sev)}`);
    }
    out[id] = sev as Severity | 'off';
  }
  return out;
}

function parseAllow(v: unknown): AllowEntry[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) fail(`${POLICY_PATH}: allow`, `expected a list of entries, got ${describe(v)}`);
  const known = knownRules();
  return v.map((entry: unknown, i) => {
    const where = `${POLICY_PATH}: allow[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(where, `expected a mapping, got ${describe(entry)}`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!['rule', 'symbol', 'file', 'reason'].includes(key)) fail(`${where}.${key}`, 'unknown key (allowed: rule, symbol, file, reason)');
    }
    if (typeof e.rule !== 'string' || e.rule === '') fail(`${where}.rule`, 'is required: the rule id to allow');
    if (!known.has(e.rule)) fail(`${where}.rule`, `unknown rule id '${e.rule}' (known: ${[...known].join(', ')})`);
    if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      fail(`${where}.reason`, 'is required: say why this finding is acceptable (it is shown in the report)');
    }
    const out: AllowEntry = { rule: e.rule, reason: e.reason.trim() };
    for (const key of ['symbol', 'file'] as const) {
      if (e[key] === undefined || e[key] === null) continue;
      if (typeof e[key] !== 'string' || e[key] === '') fail(`${where}.${key}`, `expected a non-empty string (glob), got ${describe(e[key])}`);
      const problem = globProblem(e[key] as string);
      if (problem) fail(`${where}.${key}`, problem);
      out[key] = e[key] as string;
    }
    return out;
  });
}

/**
 * Builds the policy from the config file's text (null when there is none) and the fail-on input,
 * which wins over the file's fail-on. Throws PolicyError naming the offending key.
 */
export function loadPolicy(text: string | null, failOnOverride?: string): Policy {
  const policy = defaultPolicy();
  if (text !== null && text.trim() !== '') {
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch (err) {
      const e = err as Error;
      const line = err instanceof YAMLParseError && err.linePos ? `:${err.linePos[0].line}` : '';
      throw new PolicyError(`${POLICY_PATH}${line}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
    if (doc !== null && doc !== undefined) {
      if (typeof doc !== 'object' || Array.isArray(doc)) fail(POLICY_PATH, `expected a mapping at the top, got ${describe(doc)}`);
      const d = doc as Record<string, unknown>;
      for (const key of Object.keys(d)) {
        if (!['fail-on', 'rules', 'allow'].includes(key)) fail(`${POLICY_PATH}: ${key}`, 'unknown key (allowed: fail-on, rules, allow)');
      }
      if (d['fail-on'] !== undefined && d['fail-on'] !== null) {
        const f = d['fail-on'];
        policy.failOn = parseFailOn(Array.isArray(f) ? f : [f], `${POLICY_PATH}: fail-on`);
        policy.failOnSource = 'config';
      }
      policy.rules = parseRules(d.rules);
      policy.allow = parseAllow(d.allow);
    }
  }
  if (failOnOverride !== undefined && failOnOverride.trim() !== '') {
    policy.failOn = parseFailOnValue(failOnOverride);
    policy.failOnSource = 'override';
  }
  return policy;
}

function allowFor(f: Finding, allow: AllowEntry[]): AllowEntry | undefined {
  return allow.find(
    (a) =>
      a.rule === f.ruleId &&
      (a.symbol === undefined || (f.symbol !== undefined && globMatches(a.symbol, f.symbol))) &&
      (a.file === undefined || (f.file !== undefined && globMatches(a.file, f.file))),
  );
}

/**
 * A change the built configuration compiles out is a notice: neither a severity override nor a rule id
 * in fail-on grades it up (only `fail-on: notice` fails it).
 */
const compiledOut = (f: Finding): boolean => f.configuration?.status === 'compiled-out';

/** Applies overrides and the allow-list, and decides the verdict. Input findings are not modified. */
export function applyPolicy(findings: Finding[], policy: Policy): PolicyResult {
  const out: Finding[] = [];
  for (const original of findings) {
    const override = policy.rules[original.ruleId];
    if (override === 'off') continue;
    const f: Finding = { ...original };
    if (override && !compiledOut(original)) f.severity = override;
    const allowed = allowFor(f, policy.allow);
    if (allowed) f.allowed = allowed.reason;
    out.push(f);
  }
  const failing = out.filter(
    (f) =>
      !f.allowed &&
      (policy.failOn.severities.includes(f.severity) || (policy.failOn.rules.includes(f.ruleId) && !compiledOut(f))),
  );
  // One sentence per (rule, severity), in finding order.
  const groups = new Map<string, Finding[]>();
  for (const f of failing) {
    const key = `${f.ruleId}\0${f.severity}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const reasons = [...groups.values()].map((group) => {
    const { ruleId, severity } = group[0];
    const names = [...new Set(group.map((f) => f.symbol ?? f.file).filter((s): s is string => s !== undefined))];
    const shown = names.slice(0, 3).map((n) => `'${n}'`).join(', ');
    const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
    const because = policy.failOn.severities.includes(severity) ? '' : ` (fail-on lists ${ruleId})`;
    return `${plural(group.length, severity)} from ${ruleId}${because}${shown ? `: ${shown}${more}` : ''}.`;
  });
  return { findings: out, verdict: failing.length > 0 ? 'fail' : 'pass', reasons };
}
