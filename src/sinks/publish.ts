// One way to publish a report: `publish(presentation, sinks)` runs the sinks in order, each seeing what
// the earlier ones produced (the artifact's URL for the comment's "full report" pointers, the comment's
// URL for the step outputs). The action's modes and the CLI's commands differ only in their list of
// sinks; what is rendered, and how, is the presentation's (src/report/presentation.ts). reportFiles and
// stdout run anywhere; the others are the GitHub Actions step's (groups, workflow commands, outputs).
import * as core from '@actions/core';
import { basename, dirname, extname, join } from 'node:path';
import { omittedAnnotationsNote } from '../report/annotations.js';
import type { Presentation, PublishedPaths, ReportLinks } from '../report/presentation.js';
import { emitAnnotations } from './annotations.js';
import { uploadReportArtifact } from './artifact.js';
import { writeJobSummary } from './job-summary.js';
import { COMMENT_LIMIT, commentMarker, publishStickyComment, type CommentTarget } from './pr-comment.js';
import { createGitHubClient } from './github-client.js';
import { writeJsonFile, writeTextFile } from './report-file.js';
import { actionsLog, type SinkLog } from './sink-log.js';
import { writeStdout } from './stdout-writer.js';

/** What the sinks of one run have produced so far. */
export interface PublishState extends PublishedPaths {
  links: ReportLinks;
  /** Files to upload as the artifact. */
  files: string[];
  /** Lines the job summary adds under the report (e.g. annotations left out). */
  summaryNotes: string[];
}

export type Sink = (p: Presentation, state: PublishState) => void | Promise<void>;

/** Runs `sinks` in order over one presentation; returns what they produced. */
export async function publish(p: Presentation, sinks: readonly Sink[], links: ReportLinks = {}): Promise<PublishState> {
  const state: PublishState = { links: { ...links }, files: [], summaryNotes: [] };
  for (const sink of sinks) await sink(p, state);
  return state;
}

/** The report files: JSON, SARIF and the unabridged markdown (for reports too big for a comment). */
export function reportFiles(paths: { json?: string; sarif?: string; markdown?: string }, log: SinkLog = actionsLog): Sink {
  return (p, state) => {
    const written: string[] = [];
    if (paths.json) {
      writeJsonFile(paths.json, p.document);
      state.reportPath = paths.json;
      written.push(paths.json);
    }
    if (paths.sarif) {
      writeJsonFile(paths.sarif, p.sarif(state.links));
      state.sarifPath = paths.sarif;
      written.push(paths.sarif);
    }
    if (paths.markdown) {
      writeTextFile(paths.markdown, p.markdown({ maxChars: Number.MAX_SAFE_INTEGER, links: state.links }));
      written.push(paths.markdown);
    }
    state.files.push(...written);
    if (written.length) log.info(`wrote ${written.join(', ')}`);
  };
}

/** report.json → report.md: where the action puts the unabridged markdown, beside the JSON report. */
export function markdownBeside(jsonPath: string): string {
  return join(dirname(jsonPath), `${basename(jsonPath, extname(jsonPath))}.md`);
}

export type OutputFormat = 'text' | 'markdown' | 'json';

/** The CLI's stdout: the report as text, markdown or JSON. */
export function stdout(format: OutputFormat, write: (s: string) => unknown = writeStdout): Sink {
  return async (p, state) => {
    const out = format === 'json' ? JSON.stringify(p.document, null, 2) : format === 'text' ? p.text() : p.markdown({ maxChars: Number.MAX_SAFE_INTEGER, links: state.links });
    await write(out.endsWith('\n') ? out : `${out}\n`);
  };
}

/** The files written so far, as one artifact; its page becomes the "full report" link. */
export function artifact(name: string, artifactUrl: (id: number) => string | undefined): Sink {
  return async (_p, state) => {
    const art = await core.group('Upload the report artifact', () => uploadReportArtifact(name, state.files, { log: actionsLog }));
    if (art.status === 'uploaded' && art.id !== undefined) state.links.fullReportUrl = artifactUrl(art.id) ?? state.links.fullReportUrl;
  };
}

/** Check annotations on the changed lines (the renderer applies GitHub's cap). */
export function annotations(): Sink {
  return (p, state) => {
    const rendered = p.annotations();
    emitAnnotations(rendered.annotations);
    const note = omittedAnnotationsNote(rendered.omitted);
    if (note) state.summaryNotes.push(note);
  };
}

/** The job summary: the whole report (cut below GitHub's 1 MiB with a pointer to `pointer`). */
export function jobSummary(pointer: string): Sink {
  return async (p, state) => {
    const summary = p.markdown({ maxChars: 900_000, links: state.links });
    await writeJobSummary([summary, ...state.summaryNotes].join('\n\n') + (state.summaryNotes.length ? '\n' : ''), { log: actionsLog, pointer });
  };
}

/**
 * The sticky PR comment, found again by its marker (a run that could not analyse replaces the verdict
 * with its failure: presentFailure). A comment that could not be published is a warning:
 * the report is in the summary and the artifact, and a failed comment is not a failed gate.
 */
export function stickyComment(target: CommentTarget, token: string, opts: { key?: string } = {}): Sink {
  return async (p, state) => {
    await core.group('Publish the PR comment', async () => {
      const marker = commentMarker(opts.key);
      const body = p.markdown({ maxChars: COMMENT_LIMIT - 1024, marker, links: state.links });
      try {
        const outcome = await publishStickyComment(createGitHubClient(token, { log: actionsLog }), target, body, { marker, log: actionsLog, fullReportUrl: state.links.fullReportUrl });
        if (outcome.status === 'read-only') return;
        actionsLog.info(`${outcome.status} ${outcome.url}${outcome.removedDuplicates ? ` (removed ${outcome.removedDuplicates} duplicates)` : ''}`);
        state.commentUrl = outcome.url;
      } catch (err) {
        actionsLog.warning(`could not publish the PR comment: ${(err as Error).message}`);
      }
    });
  };
}

/** The step outputs action.yml declares. */
export function stepOutputs(): Sink {
  return (p, state) => {
    for (const [name, value] of Object.entries(p.outputs(state))) core.setOutput(name, value);
  };
}
