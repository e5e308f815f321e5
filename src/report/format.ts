// Small text pieces the renderers share: locations, reasons, counts.
import type { PatchFunction, PatchReason, Severity, UnpatchableFunction } from '../model.js';

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
  layout: 'uses a struct/union whose layout changes',
  'non-function': 'its TU compiles a changed non-function item',
  'build-flags': 'its TU is compiled with other flags at head',
  unexplained: 'code changed, cause not found',
  referrer: 'reaches a function livepatch cannot redirect',
  new: 'new at head',
};

/** One line per reason: 'inlined (root helper)'. */
export function reasonSummary(r: PatchReason): string {
  if ((r.kind === 'layout' || r.kind === 'non-function') && r.causes && r.causes.length > 0) {
    return r.kind === 'layout' ? `uses ${r.causes.join(', ')}, whose layout changes` : `its TU compiles the changed ${r.causes.join(', ')}`;
  }
  if (r.kind === 'build-flags' && r.causes && r.causes.length > 0) return `its TU is compiled with other flags at head (${r.causes.join(' ')})`;
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

const COVERAGE_TEXT: Record<UnpatchableFunction['coverage'], string> = {
  covered: 'covered by its referrers',
  uncovered: 'NOT covered',
  'not-needed': 'code unchanged: nothing to replace',
  'init-only': 'init code: has run before a live patch can load',
};

/** How an unpatchable function is covered, in a few words. */
export function coverageText(u: UnpatchableFunction): string {
  const outside = u.coverage === 'covered' && u.referrersOutsideBuild ? ' (objects not built unseen)' : '';
  return `${COVERAGE_TEXT[u.coverage]}${outside}`;
}

/** Who reaches an unpatchable function: 'udp_sendmsg (takes its address), mid (calls it; through its referrers), data ops (.rodata)'. */
export function referrersText(u: UnpatchableFunction): string {
  const how = { call: 'calls it', jump: 'jumps to it', address: 'takes its address' } as const;
  const via = { patched: '', 'through-referrers': '; through its referrers', 'init-only': '; init code' } as const;
  return [
    ...u.referrers.map((r) => `${r.symbol} (${how[r.kind]}${via[r.replacement]})`),
    ...u.dataReferrers.map((d) => `data ${d.symbol} (${d.section})`),
  ].join(', ');
}

export function shortCommit(c: string): string {
  return /^[0-9a-f]{40}$/i.test(c) ? c.slice(0, 12) : c;
}
