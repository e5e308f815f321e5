// GitHub check annotations: GitHub shows at most 10 per level per step (50 per job) and silently drops
// the rest, so the cap is applied here, once, findings with a file first; the rest are counted so the
// summary can say how many were not shown. The action's sink emits exactly what this returns.
import type { Report, Severity } from '../model.js';
import { plainText } from './escape.js';

export interface Annotation {
  level: Severity;
  message: string;
  file?: string;
  startLine?: number;
  title: string;
}

/** GitHub's display limit per annotation level per step. */
export const ANNOTATIONS_PER_TYPE = 10;

export interface AnnotationLimits {
  perType: number;
}

export interface Annotations {
  annotations: Annotation[];
  /** Findings not annotated because of the limit, per level. */
  omitted: Record<Severity, number>;
}

export function renderAnnotations(report: Pick<Report, 'findings'>, limits: AnnotationLimits = { perType: ANNOTATIONS_PER_TYPE }): Annotations {
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  // Findings with a file first: an annotation on the diff is worth more than one on the run.
  const active = report.findings.filter((f) => !f.allowed);
  const ordered = [...active.filter((f) => f.file), ...active.filter((f) => !f.file)];
  for (const f of ordered) {
    if (used[f.severity] >= limits.perType) {
      omitted[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const a: Annotation = {
      level: f.severity,
      // Shown as plain text; @actions/core escapes what would end the workflow command.
      message: plainText(f.message),
      title: plainText(`livepatch-gate ${f.ruleId}${f.symbol ? `: ${f.symbol}` : ''}`),
    };
    if (f.file) a.file = f.file;
    if (f.line) a.startLine = f.line;
    annotations.push(a);
  }
  return { annotations, omitted };
}

/** One summary line for what did not fit, or '' when everything was shown. */
export function omittedAnnotationsNote(omitted: Partial<Record<Severity, number>>): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((l) => (omitted[l] ?? 0) > 0)
    .map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`);
  return parts.length
    ? `${parts.join(', ')} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_TYPE} per type per step); all findings are listed in this report.`
    : '';
}
