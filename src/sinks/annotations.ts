// Check-run annotations through workflow commands (`::error file=...,line=...::message`). What to
// annotate, and GitHub's per-level cap, are decided by src/report/annotations.ts; this emits it.
import * as core from '@actions/core';
import type { Annotation } from '../report/annotations.js';

export type Annotator = (level: Annotation['level'], message: string, props: core.AnnotationProperties) => void;

/** Workflow commands through @actions/core. */
export const actionsAnnotator: Annotator = (level, message, props) => core[level](message, props);

/** Emits every annotation given, in order; one without a file is an annotation on the run. */
export function emitAnnotations(annotations: readonly Annotation[], annotate: Annotator = actionsAnnotator): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) {
      props.file = a.file;
      // Workflow commands want a positive line; 0/NaN would drop the file link.
      props.startLine = a.startLine !== undefined && Number.isInteger(a.startLine) && a.startLine > 0 ? a.startLine : 1;
    }
    annotate(a.level, a.message, props);
  }
}
