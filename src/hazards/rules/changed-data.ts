import { isLayoutLabel } from '../../changes/change-label.js';
import type { Analysis, DataDiff, Finding, FindingPlace } from '../../model.js';
import { objectOfSource, someOf } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'changed-data',
  severity: 'error',
  title: 'Changed or removed data object',
  why:
    'A live patch replaces functions, never data: the running kernel keeps the old variable with its old ' +
    'initial value, size and location, so new code reading a changed initialiser or a removed variable sees old state. ' +
    'Functions whose own code is unchanged but that refer to the object are not in the patch list; they must be ' +
    'replaced only if the patch carries a new copy of the object, and the finding names them.',
  advice:
    'Keep the data unchanged in the patch; carry new state in a shadow variable (klp_shadow_*) or set it up ' +
    'in a pre-patch callback, and patch every function that depends on the new semantics. If the patch carries ' +
    'a new copy of a read-only object, also replace the functions the finding lists as referring to it.',
  gradedByConfiguration: true,
});

/** 'If you carry a new copy of X, also replace: f, g.' (empty when nothing refers to it). */
export function alsoReplace(d: DataDiff): string {
  const refs = [...new Set((d.referrers ?? []).map((r) => r.symbol))];
  return refs.length === 0 ? '' : ` If you carry a new copy of ${d.symbol}, also replace: ${someOf(refs)}.`;
}

/** A changed data object as a place of a folded finding. */
export function dataPlace(d: DataDiff): FindingPlace {
  const refs = [...new Set((d.referrers ?? []).map((r) => r.symbol))];
  const detail = `${d.section}, ${d.status}${d.detail ? `: ${d.detail}` : ''}${refs.length > 0 ? `; if you carry a new copy, also replace: ${someOf(refs)}` : ''}`;
  return { kind: 'data', file: d.source, symbol: d.symbol, object: d.owner, detail };
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const compared = new Set<string>();
  // Data that changed because its unit compiles other changes is one finding per cause; a layout
  // change's data is reported with the layout (layout-change).
  const byCause = new Map<string, DataDiff[]>();
  for (const d of analysis.dataDiffs) {
    compared.add(`${d.source}\0${d.symbol}`);
    if (d.staticLocal || d.status === 'added') continue; // static-local-changed / new-data
    if (d.causes?.some(isLayoutLabel)) continue;
    if (d.causes && d.causes.length > 0) {
      const key = d.causes.join(', ');
      byCause.set(key, [...(byCause.get(key) ?? []), d]);
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `Data object '${d.symbol}' (${d.section}) is ${d.status} between base and head` + (d.detail ? `: ${d.detail}` : '') + '.' + alsoReplace(d),
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    });
  }
  for (const [cause, list] of byCause) {
    const [first] = list;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message:
        list.length === 1
          ? `Data object '${first.symbol}' (${first.section}) is ${first.status} between base and head${first.detail ? `: ${first.detail}` : ''}, because its translation unit compiles the changed ${cause}.${alsoReplace(first)}`
          : `${list.length} data objects change because their translation units compile the changed ${cause}: ${someOf(list.map((d) => d.symbol))}.`,
      file: first.source,
      symbol: first.symbol,
      object: first.owner,
      ...(list.length > 1 ? { places: list.map(dataPlace) } : {}),
    });
  }
  for (const c of analysis.changes.other) {
    if (c.kind !== 'data' || c.inFunction) continue;
    // The object comparison is more precise when it saw the same variable; don't report twice.
    if (c.name && compared.has(`${c.file}\0${c.name}`)) continue;
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `The source changes ${c.isStatic ? 'static ' : ''}data${c.name ? ` '${c.name}'` : ''}: ${c.detail}.`,
          file: c.file,
          line: c.line,
          symbol: c.name,
          object: objectOfSource(analysis, c.file),
        },
        c.configuration,
      ),
    );
  }
  return findings;
}
