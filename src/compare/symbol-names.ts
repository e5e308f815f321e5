// GCC symbol-name conventions the comparison relies on: clone suffixes (foo.isra.0, foo.constprop.1,
// foo.part.0, foo.cold), static locals (count.0) and -fdata-sections section names (.data.<name>).

/**
 * The name with every numeric dot-component replaced by '#': foo.isra.3 → foo.isra.#, count.1 → count.#.
 * GCC numbers clones and static locals per TU, so the numbers shift between builds; the kinds
 * (isra, constprop, part, cold) stay in the name, so different kinds never compare equal.
 */
export function normaliseName(name: string): string {
  if (!/\.\d/.test(name)) return name;
  return name
    .split('.')
    .map((part, i) => (i > 0 && /^\d+$/.test(part) ? '#' : part))
    .join('.');
}

/** The numeric components of a name, for ordering symbols that normalise equally. */
export function nameNumbers(name: string): number[] {
  return name
    .split('.')
    .slice(1)
    .filter((p) => /^\d+$/.test(p))
    .map(Number);
}

/** GCC's hot/cold split part: entered by a jump from its parent, never called, no ftrace entry. */
export function isColdPart(name: string): boolean {
  return /\.cold(?:\.\d+)?$/.test(name);
}

/**
 * The function a split-off child belongs to: foo.cold → foo, foo.part.0 → foo, foo.part.0.cold → foo.part.0.
 * A live patch must replace the parent together with its children; null when the name is no child.
 */
export function childParent(name: string): string | null {
  const cold = /^(.+)\.cold(?:\.\d+)?$/.exec(name);
  if (cold) return cold[1];
  const part = /^(.+)\.part\.\d+$/.exec(name);
  if (part) return part[1];
  return null;
}

/** Compiler-generated read-only objects that belong to the function that uses them, not program data. */
export function isCompilerConstant(name: string): boolean {
  return /^(CSWTCH|__func__|__FUNCTION__|__PRETTY_FUNCTION__)\.\d+$/.test(name);
}

/** GCC's name for a function-scope static: 'count.0' (identifier, one dot, a number). */
export function isStaticLocalName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*\.\d+$/.test(name) && !isCompilerConstant(name);
}

/**
 * The section a variable lives in without its -fdata-sections suffix: .data.foo → .data,
 * .bss.count.0 → .bss, .rodata.tbl → .rodata; sections named by attribute keep their name.
 */
export function sectionBaseName(section: string, symbol: string): string {
  const suffix = `.${symbol}`;
  if (section.endsWith(suffix) && section.length > suffix.length) return section.slice(0, -suffix.length);
  return section;
}
