// Which GCC IPA passes that -fdump-ipa-clones does not show can have run for a TU, from its flags.
// GCC 9+ -flive-patching=inline-clone turns all of them off; inline-only-static too. IPA-RA is off
// under -pg/-p (ftrace kernels). The -O level decides which run at all.
import type { TuFlags } from '../model.js';

interface UntrackedPass {
  /** Name shown to users. */
  name: string;
  /** The -fno-... switch that disables it (without the leading '-f'). */
  disabledBy: string;
  /** Lowest optimisation level it runs at: 1 (-O1/-Og) or 2 (-O2/-O3/-Os/-Ofast). */
  minLevel: 1 | 2;
}

const PASSES: UntrackedPass[] = [
  { name: 'pure-const', disabledBy: 'no-ipa-pure-const', minLevel: 1 },
  { name: 'modref', disabledBy: 'no-ipa-modref', minLevel: 1 },
  { name: 'ipa-reference', disabledBy: 'no-ipa-reference', minLevel: 1 },
  { name: 'ICF', disabledBy: 'no-ipa-icf', minLevel: 2 },
  { name: 'IPA-VRP', disabledBy: 'no-ipa-vrp', minLevel: 2 },
  { name: 'IPA bit-CP', disabledBy: 'no-ipa-bit-cp', minLevel: 2 },
  { name: 'IPA-RA', disabledBy: 'no-ipa-ra', minLevel: 2 },
  { name: 'ipa-stack-alignment', disabledBy: 'no-ipa-stack-alignment', minLevel: 1 },
];

/** -flive-patching values that switch the untracked passes off. */
export const SAFE_LIVE_PATCHING = ['inline-clone', 'inline-only-static'];

/** 0, 1 or 2 from '-O2', 'O2', '2', 's', 'fast', 'g', undefined (GCC's default is -O0). */
function level(optLevel: string | undefined): 0 | 1 | 2 {
  const v = (optLevel ?? '0').replace(/^-?O/, '');
  if (v === '' || v === '1' || v === 'g') return 1; // bare -O means -O1
  if (v === '0') return 0;
  return 2; // 2, 3, s, z, fast
}

/** Names of the untracked IPA passes that can have run for this TU; empty when none can. */
export function untrackedIpaPasses(flags: TuFlags): string[] {
  if (flags.livePatching && SAFE_LIVE_PATCHING.includes(flags.livePatching)) return [];
  const lvl = level(flags.optLevel);
  const off = new Set(flags.ipaSwitches.map((s) => s.replace(/^-+f?/, '')));
  return PASSES.filter((p) => lvl >= p.minLevel && !off.has(p.disabledBy))
    .filter((p) => !(p.name === 'IPA-RA' && flags.pg))
    .map((p) => p.name);
}
