// Step outputs for later steps (`steps.<id>.outputs.verdict`, ...). Pure mapping + one setter.
import * as core from '@actions/core';
import type { Report } from '../model.js';

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

export interface OutputPaths {
  reportPath: string;
  sarifPath?: string;
  commentUrl?: string;
}

/** Every output action.yml declares, as strings. */
export function actionOutputs(report: Report, paths: OutputPaths): Record<string, string> {
  return {
    'report-path': paths.reportPath,
    'sarif-path': paths.sarifPath ?? '',
    verdict: report.verdict,
    'functions-to-patch': String(report.summary.functionsToPatch),
    'patch-list': JSON.stringify(patchListOf(report)),
    errors: String(report.summary.errors),
    warnings: String(report.summary.warnings),
    'comment-url': paths.commentUrl ?? '',
  };
}

export function setActionOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
