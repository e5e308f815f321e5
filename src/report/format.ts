// Small text pieces the renderers share: locations, reasons, counts.
import type { Finding, PatchFunction, PatchReason, Severity } from '../model.js';

export function location(file?: string, line?: number): string {
  if (!file) return '';
  return line ? `${file}:${line}` : file;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

const REASON_TEXT: Record<PatchReason['kind'], string> = {
  changed: 'changed',
  clone: 'clone of a changed function',
  inlined: 'a changed function is inlined into it',
  'caller-of-changed-clone': 'calls a clone that head does not make the same way',
  'header-copy': 'out-of-line copy of a changed header function',
  unexplained: 'code changed, not explained by the clone graph',
  new: 'new at head',
};

/** One line per reason: 'inlined (root helper)'. */
export function reasonSummary(r: PatchReason): string {
  const from = r.root && r.kind !== 'changed' && r.kind !== 'new' ? ` (from ${r.root})` : '';
  return `${REASON_TEXT[r.kind] ?? r.kind}${from}`;
}

export function reasonsSummary(f: PatchFunction): string {
  return [...new Set(f.reasons.map(reasonSummary))].join('; ') || 'listed';
}

/** The explanation chain of a reason: 'helper → inlined into mid (removed) → inlined into f1'. */
export function chainText(r: PatchReason): string {
  return r.chain.join(' → ');
}

export function shortCommit(c: string): string {
  return /^[0-9a-f]{40}$/i.test(c) ? c.slice(0, 12) : c;
}

export function findingLocation(f: Finding): string {
  return location(f.file, f.line);
}
