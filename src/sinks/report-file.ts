// The saved JSON report: written by the analyze run (and uploaded as an artifact), read back by the
// workflow_run commenter. The file comes from a PR run and may be forged: validate before trusting it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Report } from '../model.js';
import type { CodestreamInput } from '../report/merge.js';

export const REPORT_SCHEMA = 'livepatch-gate/report';
export const REPORT_SCHEMA_VERSION = 2;
/** A real report is far below this; anything bigger is not ours. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Writes text, creating the directory. */
export function writeTextFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.endsWith('\n') ? text : text + '\n');
}

/** Writes `value` as pretty JSON, creating the directory. */
export function writeJsonFile(path: string, value: unknown): void {
  writeTextFile(path, JSON.stringify(value, null, 2));
}

/** Checks the shape the sinks rely on; returns a list of problems (empty when valid). */
export function reportProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const r = value as Record<string, unknown>;
  if (r.schema !== REPORT_SCHEMA) return [`schema is ${JSON.stringify(r.schema)}, expected "${REPORT_SCHEMA}"`];
  if (r.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return [`schemaVersion ${JSON.stringify(r.schemaVersion)} is not supported (this livepatch-gate reads version ${REPORT_SCHEMA_VERSION}); use the same livepatch-gate version for the analyze and the comment workflows`];
  }
  const need = (key: string, ok: (v: unknown) => boolean, what: string) => {
    if (!ok(r[key])) problems.push(`${key}: expected ${what}`);
  };
  const isStr = (v: unknown) => typeof v === 'string';
  const isArr = (v: unknown) => Array.isArray(v);
  need('repo', isStr, 'a string');
  need('base', isStr, 'a string');
  need('head', isStr, 'a string');
  need('verdict', (v) => v === 'pass' || v === 'fail' || v === 'error', '"pass", "fail" or "error"');
  need('notAnalysed', isArr, 'an array');
  need('verdictReasons', (v) => isArr(v) && (v as unknown[]).every(isStr), 'an array of strings');
  for (const list of ['patch', 'newFunctions', 'vanished', 'notNeeded']) need(list, isArr, 'an array');
  // Added within version 2: a report of an earlier 2.x writer has none (read as empty below).
  if (r.unpatchable !== undefined) need('unpatchable', isArr, 'an array');
  need('findings', isArr, 'an array');
  need('notBuilt', isArr, 'an array');
  need('warnings', isArr, 'an array');
  need('changes', (v) => typeof v === 'object' && v !== null && isArr((v as Record<string, unknown>).functions), 'an object with functions[]');
  need('summary', (v) => {
    if (typeof v !== 'object' || v === null) return false;
    const s = v as Record<string, unknown>;
    return ['functionsToPatch', 'objects', 'errors', 'warnings', 'notices'].every((k) => Number.isInteger(s[k]));
  }, 'an object of integer counts');
  if (r.pullRequest !== undefined && !(Number.isInteger(r.pullRequest) && (r.pullRequest as number) > 0)) {
    problems.push('pullRequest: expected a positive integer');
  }
  if (isArr(r.patch)) {
    (r.patch as unknown[]).forEach((o, i) => {
      const ob = o as Record<string, unknown> | null;
      if (!ob || typeof ob.object !== 'string' || !isArr(ob.functions)) problems.push(`patch[${i}]: expected {object, functions[]}`);
    });
  }
  return problems;
}

/** Reads and validates a saved report, with an error that names the file and every problem. */
export function readReportFile(path: string): Report {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new Error(`report file ${path} does not exist (did the analyze run upload its artifact, and did the download step put it there?)`);
  }
  if (size > MAX_REPORT_BYTES) throw new Error(`report file ${path} is ${size} bytes: too large to be a livepatch-gate report`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`report file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  const problems = reportProblems(value);
  if (problems.length) throw new Error(`report file ${path} is not a livepatch-gate report:\n  ${problems.join('\n  ')}`);
  const report = value as Report;
  report.unpatchable ??= [];
  return report;
}

/**
 * The codestream reports of a matrix: each path is a report file or a directory searched (recursively)
 * for *.json reports, as actions/download-artifact lays them out. A file that is not a valid report is
 * kept as an unreadable codestream, never dropped: the aggregate must not pass without it.
 */
export function readCodestreamReports(paths: string[]): CodestreamInput[] {
  const files: { path: string; label: string }[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Error(`reports: ${p} does not exist (did the download step put the matrix's report artifacts there?)`);
    }
    if (!isDir) {
      files.push({ path: p, label: basename(p).replace(/\.json$/, '') });
      continue;
    }
    for (const rel of (readdirSync(p, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort()) {
      files.push({ path: join(p, rel), label: rel.replace(/\.json$/, '') });
    }
  }
  return files.map(({ path, label }): CodestreamInput => {
    try {
      const report = readReportFile(path);
      return { label: report.codestream?.label ?? label, source: path, report };
    } catch (err) {
      return { label, source: path, problem: (err as Error).message.replace(/\n\s*/g, '; ') };
    }
  });
}
