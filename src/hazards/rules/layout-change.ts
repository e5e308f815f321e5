import { changeLabel, isLayoutChange } from '../../changes/change-label.js';
import type { Analysis, Finding, FindingPlace, NonFunctionChange } from '../../model.js';
import { objectOfSource, someOf } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';
import { dataPlace } from './changed-data.js';

export const meta = defineMeta({
  id: 'layout-change',
  severity: 'error',
  title: 'Struct or union layout change',
  why:
    'Instances of the type already exist in the running system with the old layout; patched functions ' +
    'using new offsets or sizes read and write the wrong memory, and unpatchable users keep the old view. ' +
    'One finding per changed type: it names the functions whose code changes with it (patch-list reason ' +
    '`layout`) and the data objects whose contents change with it, in every translation unit built.',
  advice:
    'Do not change the layout in a live patch: keep the struct as it is and store new fields in a shadow ' +
    'variable attached to each instance (klp_shadow_get_or_alloc).',
  gradedByConfiguration: true,
});

/** What changes with one layout: functions whose patch-list reason names it, and data objects caused by it. */
function reach(analysis: Analysis, label: string): { functions: FindingPlace[]; data: FindingPlace[] } {
  const functions: FindingPlace[] = [];
  const names = (reasons: { kind: string; causes?: string[] }[]) => reasons.some((r) => r.kind === 'layout' && (r.causes ?? []).includes(label));
  for (const o of analysis.patch) {
    for (const f of o.functions) if (names(f.reasons)) functions.push({ kind: 'function', file: f.file, line: f.line, symbol: f.symbol, object: o.object, detail: 'in the patch list' });
  }
  for (const u of analysis.unpatchable) {
    if (names(u.reasons)) functions.push({ kind: 'function', file: u.file, line: u.line, symbol: u.symbol, object: u.object, detail: 'cannot be redirected: replaced through its referrers' });
  }
  const data = analysis.dataDiffs.filter((d) => d.causes?.includes(label)).map(dataPlace);
  return { functions, data };
}

function message(c: NonFunctionChange, functions: FindingPlace[], data: FindingPlace[]): string {
  const units = new Set(functions.map((f) => f.file)).size;
  const parts: string[] = [];
  if (functions.length > 0) parts.push(`${functions.length} function${functions.length === 1 ? '' : 's'} in ${units} translation unit${units === 1 ? '' : 's'} change${functions.length === 1 ? 's' : ''} with it (${someOf(functions.map((f) => f.symbol ?? ''))})`);
  if (data.length > 0) parts.push(`${data.length} data object${data.length === 1 ? '' : 's'} change${data.length === 1 ? 's' : ''} with it (${someOf(data.map((d) => d.symbol ?? ''))})`);
  const reached = parts.length > 0 ? ` ${parts.join('; ')}.` : '';
  return `${c.kind} ${c.name ? `'${c.name}' ` : ''}changes: ${c.detail}.${reached}`;
}

export function detect(analysis: Analysis): Finding[] {
  return analysis.changes.other.filter(isLayoutChange).map((c) => {
    const { functions, data } = reach(analysis, changeLabel(c));
    const places = [...functions, ...data];
    return gradeByConfiguration(
      {
        ruleId: meta.id,
        severity: meta.severity,
        message: message(c, functions, data),
        file: c.file,
        line: c.line,
        symbol: c.name,
        object: objectOfSource(analysis, c.file),
        ...(places.length > 0 ? { places } : {}),
      },
      c.configuration,
    );
  });
}
