// The report stage: JSON report, markdown (PR comment / job summary), SARIF, annotations, text, skeleton.
export { buildReport, type ReportMeta } from './build.js';
export { renderMarkdown, DEFAULT_MAX_CHARS, type MarkdownOptions } from './markdown.js';
export { renderSarif, SARIF_MAX_RESULTS, type SarifLog, type SarifOptions } from './sarif.js';
export { renderAnnotations, type Annotation, type AnnotationLimits, type Annotations } from './annotations.js';
export { renderText } from './text.js';
export { livepatchSkeleton, klpObjectName } from './skeleton.js';
