// The job summary (GITHUB_STEP_SUMMARY): the full Markdown report on the run page. GitHub refuses a step
// summary over 1 MiB, so the text is cut (at a line, in bytes) below that with a pointer to the artifact.
import { appendFile } from 'node:fs/promises';
import type { SinkLog } from './sink-log.js';

/** GitHub's per-step summary limit. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_ENV = 'GITHUB_STEP_SUMMARY';

/** Cuts `markdown` to at most `limitBytes` UTF-8 bytes, at a line boundary, with a note saying so. */
export function fitSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES - 1024, pointer = 'the report artifact'): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const note = `\n\n> [!NOTE]\n> Truncated to fit GitHub's 1 MiB job summary limit; the full report is in ${pointer}.\n`;
  const room = limitBytes - Buffer.byteLength(note, 'utf8') - 8;
  // Decoding a byte-truncated buffer may end in a replacement char; cutting at the last newline drops it.
  let cut = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  const fences = cut.split('\n').filter((l) => /^\s*```/.test(l)).length;
  return cut + (fences % 2 ? '\n```' : '') + note;
}

/**
 * Appends the report to the step summary. Returns false (with an info line) when there is no
 * GITHUB_STEP_SUMMARY, e.g. outside Actions; a write failure is a warning, never a failed job.
 */
export async function writeJobSummary(markdown: string, opts: { log: SinkLog; pointer?: string }): Promise<boolean> {
  const path = process.env[SUMMARY_ENV];
  if (!path) {
    opts.log.info(`job summary skipped: ${SUMMARY_ENV} is not set (not running in GitHub Actions?)`);
    return false;
  }
  try {
    // Appending is what core.summary.write() does; its singleton caches the file path of the first call,
    // which is wrong for anything that writes more than one summary file per process (tests, tools).
    await appendFile(path, fitSummary(markdown, undefined, opts.pointer) + '\n', 'utf8');
    return true;
  } catch (err) {
    opts.log.warning(`could not write the job summary: ${(err as Error).message}`);
    return false;
  }
}
