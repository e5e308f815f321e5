// GitHub check annotations: at most `perType` per level per step (GitHub: 10), most severe rule
// order first; the rest are counted so the summary can say how many were not shown.
import type { Report, Severity } from '../model.js';
import { plainText } from './escape.js';

export interface Annotation {
  level: Severity;
  message: string;
  file?: string;
  startLine?: number;
  title: string;
}

export interface AnnotationLimits {
  perType: number;
}

export interface Annotations {
  annotations: Annotation[];
  /** Findings not annotated because of the limit, per level. */
  omitted: Record<Severity, number>;
}

export function renderAnnotations(report: Pick<Report, 'findings'>, limits: AnnotationLimits = { perType: 10 }): Annotations {
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
