// Check-run annotations on the PR's changed lines. GitHub shows at most 10 per type per step (50 per job)
// and silently drops the rest, so we cap them ourselves and say how many were left out.
import * as core from '@actions/core';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file: string;
  startLine: number;
  title: string;
}

/** GitHub's display limit per annotation type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

export type Annotator = (level: AnnotationLevel, message: string, props: core.AnnotationProperties) => void;

/** Workflow commands through @actions/core (`::error file=...,line=...::message`). */
export const actionsAnnotator: Annotator = (level, message, props) => core[level](message, props);

export interface AnnotationResult {
  emitted: Record<AnnotationLevel, number>;
  omitted: Record<AnnotationLevel, number>;
}

/** Emits up to `perType` annotations of each level in the given order (most important first). */
export function emitAnnotations(
  annotations: Annotation[],
  opts: { perType?: number; annotate?: Annotator } = {},
): AnnotationResult {
  const perType = Math.min(opts.perType ?? ANNOTATIONS_PER_TYPE, ANNOTATIONS_PER_TYPE);
  const annotate = opts.annotate ?? actionsAnnotator;
  const emitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of annotations) {
    if (emitted[a.level] >= perType) {
      omitted[a.level]++;
      continue;
    }
    emitted[a.level]++;
    // Workflow commands want a positive line; 0/NaN would drop the file link.
    const startLine = Number.isInteger(a.startLine) && a.startLine > 0 ? a.startLine : 1;
    annotate(a.level, a.message, { title: a.title, file: a.file, startLine });
  }
  return { emitted, omitted };
}

/** One summary line for what did not fit, or '' when everything was shown. */
export function omittedAnnotationsNote(omitted: Partial<Record<AnnotationLevel, number>>): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((l) => (omitted[l] ?? 0) > 0)
    .map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`);
  return parts.length
    ? `${parts.join(', ')} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_TYPE} per type per step); all findings are listed in this report.`
    : '';
}
