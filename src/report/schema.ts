// The JSON report's schema: its name and version, and the check of every field the sinks and renderers
// read. A saved report comes from a PR run and may be forged ("reasons": null, a number for a name, a
// verdict we do not know): it is refused with the path of every bad field, never met by a TypeError in
// a renderer. Pure; src/sinks/report-file.ts reads the files.
import type { CodeReferrer, Finding, FindingPlace, PatchFunction, Report, UnpatchableFunction } from '../model.js';

export const REPORT_SCHEMA = 'livepatch-gate/report';
export const REPORT_SCHEMA_VERSION = 2;

// Checked field by field; unknown fields are allowed (fields are added within a schema version).
const MAX_PROBLEMS = 20;

type Check = (v: unknown, path: string, problems: Problems) => void;

/** The first MAX_PROBLEMS problems and a count of the rest: a forged file can have millions. */
class Problems {
  readonly list: string[] = [];
  more = 0;
  push(p: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
    else this.more++;
  }
}

function got(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

const expect = (ok: (v: unknown) => boolean, what: string): Check => (v, path, problems) => {
  if (!ok(v)) problems.push(`${path}: expected ${what}, got ${got(v)}`);
};
const str = expect((v) => typeof v === 'string', 'a string');
const bool = expect((v) => typeof v === 'boolean', 'true or false');
const count = expect((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a non-negative integer');
const line = count;
const oneOf = (values: Record<string, true>): Check => {
  const keys = Object.keys(values);
  return expect((v) => typeof v === 'string' && Object.hasOwn(values, v), `one of ${keys.map((k) => JSON.stringify(k)).join(', ')}`);
};
const arrayOf = (item: Check): Check => (v, path, problems) => {
  if (!Array.isArray(v)) return void problems.push(`${path}: expected an array, got ${got(v)}`);
  v.forEach((x, i) => item(x, `${path}[${i}]`, problems));
};
/** Fields: name → check; a name ending in '?' may be missing (not null). */
const object = (fields: Record<string, Check>): Check => (v, path, problems) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return void problems.push(`${path}: expected an object, got ${got(v)}`);
  const o = v as Record<string, unknown>;
  for (const [key, check] of Object.entries(fields)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    if (optional && o[name] === undefined) continue;
    check(o[name], path ? `${path}.${name}` : name, problems);
  }
};

// Enumerations as records over the model's unions: widening a union (a new verdict) fails to compile here.
const VERDICTS = { pass: true, fail: true, error: true } satisfies Record<Report['verdict'], true>;
const COVERAGE = { covered: true, uncovered: true, 'not-needed': true, 'init-only': true } satisfies Record<UnpatchableFunction['coverage'], true>;
const REFERENCE_KINDS = { call: true, jump: true, address: true } satisfies Record<CodeReferrer['kind'], true>;
const REPLACEMENTS = { patched: true, 'through-referrers': true, 'init-only': true } satisfies Record<CodeReferrer['replacement'], true>;
const CONFIG_STATUS = { 'compiled-in': true, 'compiled-out': true, unknown: true } satisfies Record<NonNullable<Finding['configuration']>['status'], true>;
const PLACE_KINDS = { function: true, data: true, unit: true } satisfies Record<FindingPlace['kind'], true>;
const SEVERITIES = { error: true, warning: true, notice: true } satisfies Record<Finding['severity'], true>;
const CODE_CHANGES = { changed: true, 'line-only': true, unchanged: true, added: true, removed: true, unknown: true } satisfies Record<
  PatchFunction['codeChange'],
  true
>;

const patchObjects = arrayOf(
  object({
    object: str,
    functions: arrayOf(
      object({
        symbol: str,
        sympos: count,
        file: str,
        'line?': line,
        // Reason kinds are open: a newer writer's kind is shown by name.
        reasons: arrayOf(object({ kind: str, 'root?': str, chain: arrayOf(str), 'causes?': arrayOf(str) })),
        predicted: bool,
        codeChange: oneOf(CODE_CHANGES),
        'notPatched?': str,
        // Added within version 2 (the data it refers to changed, its own code did not).
        'changedData?': arrayOf(str),
      }),
    ),
  }),
);

const reportShape = object({
  tool: object({ name: str, version: str }),
  repo: str,
  base: str,
  head: str,
  'pullRequest?': expect((v) => Number.isSafeInteger(v) && (v as number) > 0, 'a positive integer'),
  'codestream?': object({ label: str, arch: str, config: str }),
  verdict: oneOf(VERDICTS),
  verdictReasons: arrayOf(str),
  summary: object({ functionsToPatch: count, objects: count, errors: count, warnings: count, notices: count }),
  patch: patchObjects,
  newFunctions: patchObjects,
  vanished: patchObjects,
  notNeeded: patchObjects,
  // Added within version 2: a report of an earlier 2.x writer has none (read as empty).
  'unpatchable?': arrayOf(
    object({
      object: str,
      symbol: str,
      sympos: count,
      file: str,
      'line?': line,
      detail: str,
      coverage: oneOf(COVERAGE),
      referrers: arrayOf(object({ symbol: str, kind: oneOf(REFERENCE_KINDS), replacement: oneOf(REPLACEMENTS) })),
      dataReferrers: arrayOf(object({ symbol: str, section: str })),
      referrersOutsideBuild: bool,
    }),
  ),
  'notAnalysed?': arrayOf(object({ 'function?': str, file: str, reason: str, advice: str })),
  'comparison?': str,
  'symposFrom?': str,
  findings: arrayOf(
    object({
      ruleId: str,
      severity: oneOf(SEVERITIES),
      message: str,
      'file?': str,
      'line?': line,
      'symbol?': str,
      'object?': str,
      'allowed?': str,
      'configuration?': object({ status: oneOf(CONFIG_STATUS), evidence: str }),
      // Added within version 2: a folded finding's places.
      'places?': arrayOf(object({ kind: oneOf(PLACE_KINDS), file: str, 'line?': line, 'symbol?': str, 'object?': str, 'detail?': str })),
    }),
  ),
  changes: object({
    functions: arrayOf(object({ name: str, file: str })),
    other: arrayOf(object({ kind: str, file: str, line, 'name?': str, detail: str })),
  }),
  notBuilt: arrayOf(object({ source: str, reason: str })),
  warnings: arrayOf(object({ source: str, message: str, 'file?': str, 'line?': line })),
});


/** Checks every field the sinks and renderers read; returns the problems, each naming its field (empty when valid). */
export function reportProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`not a JSON object (got ${got(value)})`];
  const r = value as Record<string, unknown>;
  if (r.schema !== REPORT_SCHEMA) return [`schema is ${JSON.stringify(r.schema)}, expected "${REPORT_SCHEMA}"`];
  if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return [`schemaVersion ${JSON.stringify(r.schemaVersion)} is not supported (this livepatch-gate reads version ${REPORT_SCHEMA_VERSION}); use the same livepatch-gate version for the analyze and the comment workflows`];
  }
  const problems = new Problems();
  reportShape(value, '', problems);
  return problems.more > 0 ? [...problems.list, `… and ${problems.more} more`] : problems.list;
}

/**
 * A parsed JSON value as a Report: validated (an Error naming `what` and every bad field), then the
 * fields added within version 2 filled in, so renderers meet the Report type and nothing less.
 */
export function reportFromJson(value: unknown, what = 'the report'): Report {
  const problems = reportProblems(value);
  if (problems.length) throw new Error(`${what} is not a livepatch-gate report:\n  ${problems.join('\n  ')}`);
  const report = value as Report;
  report.unpatchable ??= [];
  report.notAnalysed ??= [];
  return report;
}

