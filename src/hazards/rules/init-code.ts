import type { Analysis, Finding } from '../../model.js';
import { lineOf, objectOfSource, symbolsOf } from '../lookup.js';
import { gradeByConfiguration } from '../configuration.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'init-code',
  severity: 'error',
  title: 'Change to __init / __exit code',
  why:
    'Init code has already run (and its memory was freed) by the time a live patch loads; exit code of ' +
    'built-in code is discarded. Patching it has no effect, and a fix that must take effect at boot cannot be live-patched.',
  advice:
    'If the fix matters only at boot or module load, ship it in the next regular update. If it changes ' +
    'state that init code set up, fix that state from a livepatch callback instead.',
  gradedByConfiguration: true,
});

const INIT_MARKERS = ['__init', '__exit', '__ref', '__meminit', '__devinit', '__cpuinit'];

/** A marker that puts a function in init/exit text (the configuration check judges those functions). */
export function isInitMarker(marker: string): boolean {
  return INIT_MARKERS.includes(marker);
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const fn of analysis.changes.functions) {
    const marker = fn.markers.find(isInitMarker);
    if (!marker) continue;
    seen.add(fn.name);
    findings.push(
      gradeByConfiguration(
        {
          ruleId: meta.id,
          severity: meta.severity,
          message: `'${fn.name}' is marked ${marker}: it ran (or is discarded) before any live patch can load.`,
          file: fn.file,
          line: lineOf(fn),
          symbol: symbolsOf(fn)[0],
          object: objectOfSource(analysis, fn.file),
        },
        fn.configuration,
      ),
    );
  }
  // A base symbol in an init/exit section: src/compare/redirectable.ts decides, the patch list sets it apart.
  const changed = new Set(analysis.changes.functions.flatMap((fn) => [fn.name, ...symbolsOf(fn)]));
  for (const u of analysis.unpatchable) {
    if (u.cause !== 'init-code' || seen.has(u.symbol)) continue;
    if (u.coverage === 'not-needed' && !changed.has(u.symbol)) continue;
    seen.add(u.symbol);
    findings.push({
      ruleId: meta.id,
      severity: meta.severity,
      message: `'${u.symbol}' ${u.detail}: init/exit code cannot be live-patched.`,
      file: u.file,
      line: u.line,
      symbol: u.symbol,
      object: u.object,
    });
  }
  return findings;
}
