import type { Analysis, Finding } from '../../model.js';
import { isHeaderPath, objectOfSource, tuFlagsFor } from '../lookup.js';
import { untrackedIpaPasses } from '../ipa-passes.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'ipa-passes-untracked',
  severity: 'warning',
  title: 'IPA passes that the clone dump does not track',
  why:
    'Without -flive-patching=inline-clone GCC may use what it learned about one function when compiling ' +
    'others (pure/const discovery, modref, ICF merging, IPA-VRP/bit-CP value ranges, read-only statics, ' +
    'IPA-RA register use). None of it shows in -fdump-ipa-clones, so callers can depend on the old body ' +
    'of a changed function in ways the patch list does not cover.',
  advice:
    'Build with -flive-patching=inline-clone (GCC 9+, not with LTO), or review the object comparison for ' +
    'callers whose code changed; run with deep evidence to compare the pure-const and ICF decisions.',
});

/** Names listed in one finding before '… and N more'. */
const LISTED = 20;

/**
 * One finding per way of building (the -flive-patching setting, LTO and the passes that follow), naming
 * every changed TU built that way: a kernel builds them all alike, so one line says what N would.
 */
export function detect(analysis: Analysis): Finding[] {
  const sources = new Set<string>();
  for (const fn of analysis.changes.functions) if (!isHeaderPath(fn.file)) sources.add(fn.baseFile ?? fn.file);
  for (const o of analysis.patch) for (const f of o.functions) if (!isHeaderPath(f.file)) sources.add(f.file);
  const groups = new Map<string, { how: string; lto: boolean; passes: string[]; sources: string[] }>();
  for (const source of [...sources].sort()) {
    const flags = tuFlagsFor(analysis, source, 'base') ?? tuFlagsFor(analysis, source, 'head');
    if (!flags) continue;
    const passes = untrackedIpaPasses(flags);
    if (passes.length === 0) continue;
    const how = flags.livePatching ? `-flive-patching=${flags.livePatching}` : 'no -flive-patching';
    const key = `${how}\0${flags.lto}\0${passes.join(',')}`;
    const group = groups.get(key) ?? { how, lto: flags.lto, passes, sources: [] };
    group.sources.push(source);
    groups.set(key, group);
  }
  return [...groups.values()].map((g): Finding => {
    const [first] = g.sources;
    const named = g.sources.slice(0, LISTED).join(', ') + (g.sources.length > LISTED ? `, … and ${g.sources.length - LISTED} more` : '');
    const subject = g.sources.length === 1 ? `${first} is` : `${g.sources.length} changed translation units (${named}) are`;
    return {
      ruleId: meta.id,
      severity: meta.severity,
      message: `${subject} built with ${g.how}${g.lto ? ' and LTO' : ''}: ${g.passes.join(', ')} may change other functions without a trace in the clone dump.`,
      file: first,
      object: objectOfSource(analysis, first),
    };
  });
}
