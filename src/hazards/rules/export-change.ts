import type { Analysis, ExportFact, Finding } from '../../model.js';
import { patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'export-change',
  severity: 'error',
  title: 'Exported symbol added, removed, moved to a namespace, or its modversions CRC changed',
  why:
    'Exports are the kernel\'s module ABI. A live patch cannot remove or re-license an export, move it into a ' +
    'symbol namespace, or change its modversions CRC: modules already loaded keep the old binding, modules loaded ' +
    'later are checked against the running kernel\'s table, and a patch module carrying the new CRC is refused ' +
    '("disagrees about version of symbol", kpatch-build: "Version disagreement for symbol"). An added export does ' +
    'not exist in the running kernel. And a patch module that calls a namespaced export needs MODULE_IMPORT_NS. ' +
    'Graded: error for removed / namespace / licence / CRC changes, warning for an added export, notice for a ' +
    'namespace import the patch module needs.',
  advice:
    'Keep the export, its licence and namespace as they are in the running kernel; if a header change moved a ' +
    'CRC without an ABI change, hide it from genksyms (#ifndef __GENKSYMS__) or avoid the new #include. A real ' +
    'ABI change of an export cannot be live-patched. Add MODULE_IMPORT_NS(ns) to the patch module for each ' +
    'namespace listed.',
});

export function detect(analysis: Analysis): Finding[] {
  return [...exportChanges(analysis), ...namespaceImports(analysis)];
}

function exportChanges(analysis: Analysis): Finding[] {
  const out: Finding[] = [];
  const key = (e: ExportFact) => `${e.owner}\0${e.symbol}`;
  const base = new Map(analysis.exports.filter((e) => e.side === 'base').map((e) => [key(e), e]));
  const head = new Map(analysis.exports.filter((e) => e.side === 'head').map((e) => [key(e), e]));
  // Only TUs built on both sides can say an export vanished; others were simply not rebuilt.
  const headSources = new Set(analysis.symbolFacts.filter((f) => f.side === 'head').map((f) => f.source));
  const finding = (e: ExportFact, severity: Finding['severity'], what: string): Finding => ({
    ruleId: meta.id,
    severity,
    message: `Export '${e.symbol}' ${what}.`,
    file: e.source,
    symbol: e.symbol,
    object: e.owner,
  });
  for (const [k, b] of base) {
    const h = head.get(k);
    if (!h) {
      if (headSources.has(b.source)) out.push(finding(b, 'error', `is removed at head (EXPORT_SYMBOL${b.license.toUpperCase()})`));
      continue;
    }
    if (b.namespace !== h.namespace) out.push(finding(h, 'error', `moves from namespace '${b.namespace}' to '${h.namespace}'`));
    if (b.license !== h.license) out.push(finding(h, 'error', `changes from EXPORT_SYMBOL${b.license.toUpperCase()} to EXPORT_SYMBOL${h.license.toUpperCase()}`));
    if (b.crc && h.crc && b.crc !== h.crc) out.push(finding(h, 'error', `changes its modversions CRC ${b.crc} → ${h.crc}`));
  }
  for (const [k, h] of head) if (!base.has(k)) out.push(finding(h, 'warning', `is added at head${h.namespace ? ` in namespace '${h.namespace}'` : ''}: the running kernel does not export it`));
  return out;
}

function namespaceImports(analysis: Analysis): Finding[] {
  const namespaced = new Map<string, string>();
  for (const e of analysis.exports) if (e.side === 'head' && e.namespace) namespaced.set(e.symbol, e.namespace);
  if (namespaced.size === 0) return [];
  const out: Finding[] = [];
  for (const { object, fn, head } of patchedCode(analysis)) {
    const needs = [...new Set((head?.references ?? []).filter((r) => namespaced.has(r.name)).map((r) => `${namespaced.get(r.name)} (${r.name})`))];
    if (needs.length === 0) continue;
    out.push({
      ruleId: meta.id,
      severity: 'notice',
      message: `'${fn.symbol}' uses namespaced exports: the patch module needs MODULE_IMPORT_NS for ${needs.join(', ')}.`,
      file: fn.file,
      line: fn.line,
      symbol: fn.symbol,
      object,
    });
  }
  return out;
}
