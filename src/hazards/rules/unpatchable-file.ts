import type { Analysis, ChangedFile, Finding } from '../../model.js';
import { isKernelAnalysis, objectOfSource } from '../lookup.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'unpatchable-file',
  severity: 'error',
  title: 'Change in a file live patching cannot reach',
  why:
    'Assembly (.S) has no ftrace entries and no clone/inline tracking; vDSO code is mapped into user space; ' +
    'arch/*/boot is the boot image; kernel lib/ code is often linked as lib.a, into several images, or ' +
    'built without ftrace. A function-level live patch cannot replace code in these places.',
  advice:
    'Leave these files out of the live patch (ship the change in the next regular update), or reach the same ' +
    'effect by patching the C callers.',
});

/** Why a path is out of reach, or null. */
function unreachableBecause(file: ChangedFile, kernel: boolean): string | null {
  const p = file.path;
  if (file.language === 'asm' || p.endsWith('.S')) return 'assembly source';
  if (/(^|\/)vdso[^/]*\//.test(p) || /(^|\/)vdso[^/]*\.[chS]$/.test(p)) return 'vDSO code, mapped into user space';
  if (kernel && /^arch\/[^/]+\/boot\//.test(p)) return 'boot code';
  if (kernel && p.startsWith('lib/') && (file.language === 'c' || file.language === 'header')) {
    return 'kernel lib/ code (lib.a, shared with boot and vDSO images, or built without ftrace)';
  }
  return null;
}

export function detect(analysis: Analysis): Finding[] {
  const kernel = isKernelAnalysis(analysis);
  const findings: Finding[] = [];
  for (const file of analysis.changes.files) {
    const because = unreachableBecause(file, kernel);
    if (!because) continue;
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `${file.path} is ${file.status}: ${because} cannot be live-patched.`,
      file: file.path,
      line: file.addedLines[0] ?? file.deletedLines[0],
      object: objectOfSource(analysis, file.path),
    });
  }
  return findings;
}
