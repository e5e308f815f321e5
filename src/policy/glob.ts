// Allow-list globs, matched by picomatch (the matcher behind most of the npm ecosystem's globs), so an
// entry means what users write: `*`, `?`, `**`, character classes (`tcp_v[46]_*`), braces
// (`{tcp,udp}_*`), ranges (`{1..3}`), negated classes as the shell writes them (`[!a]`, `[^a]`) and extglobs. `*` and `?` stay within one path segment; symbols
// contain no `/`, so for them `*` matches any part of the name. A leading `!` (negation) is refused:
// an allow entry names what it accepts.
import picomatch from 'picomatch';

/** Why `glob` cannot be used as an allow-list pattern, or null when it can. */
export function globProblem(glob: string): string | null {
  if (glob.startsWith('!')) return `negated globs are not supported in an allow entry ('${glob}'): list what you accept instead`;
  try {
    picomatch.makeRe(toPicomatch(glob), OPTIONS);
  } catch (e) {
    return `not a valid glob ('${glob}'): ${(e as Error).message}`;
  }
  return null;
}

const OPTIONS = { dot: true, strictBrackets: true } as const;

/** The shell's `[!…]` class negation in picomatch's spelling (`[^…]`); picomatch reads `[!` literally. */
function toPicomatch(glob: string): string {
  return glob.replace(/(^|[^\\])\[!/g, '$1[^');
}

const cache = new Map<string, (value: string) => boolean>();

export function globMatches(glob: string, value: string): boolean {
  let match = cache.get(glob);
  if (!match) {
    match = picomatch(toPicomatch(glob), OPTIONS);
    cache.set(glob, match);
  }
  return match(value);
}
