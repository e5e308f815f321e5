// The saved JSON report: written by the analyze run (and uploaded as an artifact), read back by the
// workflow_run commenter. The file comes from a PR run and may be forged: validate before trusting it.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Report } from '../model.js';
import { reportFromJson } from '../report/schema.js';
import type { CodestreamInput } from '../report/merge.js';

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
  return reportFromJson(value, `report file ${path}`);
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
