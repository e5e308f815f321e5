// Which IPA passes a translation unit ran with, read from its recorded compile command (pure).
import type { Side, TuFlags } from '../model.js';

/** Later flags win, as they do for gcc. */
export function tuFlagsFromCommand(side: Side, source: string, argv: string[]): TuFlags {
  const flags: TuFlags = { side, source, ipaSwitches: [], pg: false, fentry: false, lto: false };
  for (const arg of argv) {
    if (arg.startsWith('-flive-patching')) flags.livePatching = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'inline-clone';
    else if (/^-f(no-)?ipa-/.test(arg) || /^-fno-(inline|partial-inlining|semantic-interposition)/.test(arg)) flags.ipaSwitches.push(arg);
    else if (arg === '-pg' || arg === '-p') flags.pg = true;
    else if (arg === '-mfentry') flags.fentry = true;
    else if (/^-O([0-3sgz]|fast)?$/.test(arg)) flags.optLevel = arg.slice(2) || '1';
    else if (arg === '-flto' || arg.startsWith('-flto=')) flags.lto = true;
    else if (arg === '-fno-lto') flags.lto = false;
  }
  return flags;
}
