// Is a change found in the source diff in the code the configuration compiles? The compiler answers:
// each built translation unit that includes the file was preprocessed on base and head (gcc -E -dU with
// its recorded command), and the change's preprocessed text is compared here. No #if is evaluated by us;
// the #if lines around the change are only read to name the macros that decided, with the values the
// compiler reported for them. Pure.
import type { ConfigurationFacts } from '../model.js';
import { plural } from '../report/format.js';
import { preprocessedText, type PreprocessedUnit } from './preprocessed.js';

/** What to compare for one change. */
export interface ChangeSubject {
  /**
   * 'lines': the preprocessed text of the definition's lines (struct, data, enum, function, ...);
   * 'macro': the definitions of the macro the units expanded or tested;
   * 'file': everything the file contributes (a changed #if can enable code outside its own lines).
   */
  compare: 'lines' | 'macro' | 'file';
  /** Repo-relative path at head, and at base when renamed. */
  file: string;
  baseFile: string;
  baseLines?: [number, number];
  headLines?: [number, number];
  /** The macro name, for 'macro'. */
  macro?: string;
  /** The #if groups around the change (from enclosingConditions on the side the change's line is on). */
  conditions: EnclosingCondition[];
  /** How to call the thing in evidence: 'struct rq', 'macro LIMIT', 'data threshold'. */
  label: string;
}

/** One translation unit preprocessed on both sides, or why it could not be. */
export interface PreprocessedPair {
  source: string;
  base: PreprocessedUnit | { error: string };
  head: PreprocessedUnit | { error: string };
}

export interface EnclosingCondition {
  /** The directive as written, e.g. '#ifdef CONFIG_SCHED_CORE' or '#else (of #if IS_ENABLED(CONFIG_X))'. */
  directive: string;
  file: string;
  line: number;
  /** Macros named in the directive (and in the earlier branches of its group, for #elif/#else). */
  macros: string[];
}

const NOT_MACROS = new Set(['defined', 'IS_ENABLED', 'IS_BUILTIN', 'IS_MODULE', 'IS_REACHABLE', '__has_include', '__has_include_next', '__has_attribute', '__has_builtin', '__has_cpp_attribute']);

/**
 * The #if/#ifdef/#ifndef groups (innermost last) that enclose `line` in `text`; include guards
 * (`#ifndef X` followed by `#define X`) are left out. Reading, not evaluating: which branch is taken is
 * the compiler's answer.
 */
export function enclosingConditions(text: string, file: string, line: number): EnclosingCondition[] {
  const lines = text.split('\n');
  const stack: { opening: string; openLine: number; current: string; currentLine: number; macros: string[]; guard: boolean }[] = [];
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) {
    let t = lines[i];
    const start = i;
    while (t.endsWith('\\') && i + 1 < lines.length) t = t.slice(0, -1) + ' ' + lines[++i];
    const m = /^\s*#\s*(ifdef|ifndef|if|elifdef|elifndef|elif|else|endif)\b(.*)$/.exec(t);
    if (!m) continue;
    const [, kind, rest] = m;
    const expr = rest.replace(/\/\*.*?\*\//g, ' ').replace(/\/\/.*$|\/\*.*$/, '').replace(/\s+/g, ' ').trim();
    const directive = `#${kind}${expr ? ` ${expr}` : ''}`;
    if (kind === 'if' || kind === 'ifdef' || kind === 'ifndef') {
      const guard = kind === 'ifndef' && new RegExp(`^\\s*#\\s*define\\s+${escapeRegExp(expr)}\\b`).test(nextCodeLine(lines, i + 1));
      stack.push({ opening: directive, openLine: start + 1, current: directive, currentLine: start + 1, macros: macrosIn(expr), guard });
    } else if (kind === 'endif') {
      stack.pop();
    } else if (stack.length > 0) {
      const top = stack[stack.length - 1];
      top.current = kind === 'else' ? `#else (of ${top.opening}, line ${top.openLine})` : `${directive} (of ${top.opening}, line ${top.openLine})`;
      top.currentLine = start + 1;
      for (const macro of macrosIn(expr)) if (!top.macros.includes(macro)) top.macros.push(macro);
    }
  }
  return stack.filter((g) => !g.guard).map((g) => ({ directive: g.current, file, line: g.currentLine, macros: g.macros }));
}

function nextCodeLine(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) if (lines[i].trim() !== '') return lines[i];
  return '';
}

function macrosIn(expr: string): string[] {
  const out: string[] = [];
  for (const m of expr.matchAll(/\b[A-Za-z_]\w*\b/g)) if (!NOT_MACROS.has(m[0]) && !out.includes(m[0])) out.push(m[0]);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isUnit = (u: PreprocessedPair['base']): u is PreprocessedUnit => !('error' in u);

/** The value a unit reported for a macro it tested: 'off', 'on', '=VALUE', or undefined if it never did. */
function macroValue(unit: PreprocessedUnit, macro: string): string | undefined {
  // Kconfig tristates: CONFIG_X_MODULE is defined for =m (IS_ENABLED tests both).
  if (unit.macros.get(`${macro}_MODULE`)?.some((d) => d.startsWith('#define'))) return 'm';
  const texts = unit.macros.get(macro);
  if (!texts || texts.length === 0) return undefined;
  const last = texts[texts.length - 1];
  if (last.startsWith('#undef')) return 'off';
  const body = last.replace(/^#define \S+ ?/, '');
  return body === '1' || body === '' ? 'on' : `=${body}`;
}

/** Values of the subject's condition macros over the units that include the file. */
function conditionFacts(subject: ChangeSubject, units: PreprocessedUnit[]): ConfigurationFacts['conditions'] {
  const out: ConfigurationFacts['conditions'] = [];
  for (const c of subject.conditions) {
    for (const macro of c.macros) {
      const values = [...new Set(units.map((u) => macroValue(u, macro)).filter((v): v is string => v !== undefined))];
      out.push({ macro, value: values.length === 0 ? 'not tested' : values.join(' / '), directive: c.directive, file: c.file, line: c.line });
    }
  }
  return out;
}

/** The subject's preprocessed text in one unit on one side. */
function textIn(subject: ChangeSubject, unit: PreprocessedUnit, side: 'base' | 'head'): string {
  const file = side === 'base' ? subject.baseFile : subject.file;
  if (subject.compare === 'macro') return [...(unit.macros.get(subject.macro ?? '') ?? [])].sort().join(' | ');
  const range = side === 'base' ? subject.baseLines : subject.headLines;
  if (subject.compare === 'lines' && !range) return '';
  return preprocessedText(unit.files.get(file), subject.compare === 'lines' ? range : undefined);
}

/** 'a b X c d' vs 'a b Y c d' → ['X', 'Y'], cut to `max` characters each. */
export function differingMiddle(a: string, b: string, max = 80): [string, string] {
  const ta = a.split(' ');
  const tb = b.split(' ');
  let top = 0;
  while (top < ta.length && top < tb.length && ta[top] === tb[top]) top++;
  let bottom = 0;
  while (bottom < ta.length - top && bottom < tb.length - top && ta[ta.length - 1 - bottom] === tb[tb.length - 1 - bottom]) bottom++;
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  return [cut(ta.slice(top, ta.length - bottom).join(' ')), cut(tb.slice(top, tb.length - bottom).join(' '))];
}

function listUnits(units: string[]): string {
  const shown = units.slice(0, 4).join(', ');
  return units.length > 4 ? `${shown} and ${units.length - 4} more` : shown;
}

/**
 * The verdict for one change over the units preprocessed on both sides. Compiled in as soon as one unit
 * differs; compiled out only when every unit that includes the file was preprocessed on both sides and
 * none differs; unknown otherwise (fail closed: the rule keeps its severity).
 */
export function judgeChange(subject: ChangeSubject, pairs: PreprocessedPair[]): ConfigurationFacts {
  const including: { source: string; base: PreprocessedUnit; head: PreprocessedUnit }[] = [];
  const failed: string[] = [];
  for (const p of pairs) {
    const baseIn = isUnit(p.base) && p.base.files.has(subject.baseFile);
    const headIn = isUnit(p.head) && p.head.files.has(subject.file);
    if (isUnit(p.base) && isUnit(p.head)) {
      if (baseIn || headIn) including.push({ source: p.source, base: p.base, head: p.head });
    } else {
      failed.push(`${p.source} (${[p.base, p.head].filter((u) => !isUnit(u)).map((u) => (u as { error: string }).error).join('; ')})`);
    }
  }
  const units = including.map((u) => u.source);
  const conditions = conditionFacts(subject, including.flatMap((u) => [u.head, u.base]));
  const decided = conditions.filter((c) => c.value !== 'not tested');
  const inner = subject.conditions[subject.conditions.length - 1];
  const because = decided.length > 0 ? `${decided.map((c) => `${c.macro} is ${c.value}`).join(', ')} (${inner.directive} at ${inner.file}:${inner.line})` : '';

  for (const u of including) {
    const base = textIn(subject, u.base, 'base');
    const head = textIn(subject, u.head, 'head');
    if (base === head) continue;
    const [was, now] = differingMiddle(base, head);
    const what = was === '' ? `head adds '${now}'` : now === '' ? `head drops '${was}'` : `'${was}' becomes '${now}'`;
    const where = subject.compare === 'macro' ? `the definition of ${subject.macro} it expands or tests differs` : `the preprocessed ${subject.label} differs`;
    return { status: 'compiled-in', conditions, units, evidence: `compiled in: in ${u.source} ${where} (${what})${because ? `; ${because}` : ''}.` };
  }
  if (failed.length > 0) {
    return { status: 'unknown', conditions, units, evidence: `the configuration check could not preprocess ${listUnits(failed)}: the change is judged as if compiled in.` };
  }
  if (including.length === 0) {
    return { status: 'unknown', conditions, units, evidence: `no translation unit built on both sides includes ${subject.file}: the change is judged as if compiled in.` };
  }
  const inUnits = `${plural(including.length, 'translation unit')} that include ${subject.file} (${listUnits(units)})`;
  const unchanged =
    subject.compare === 'macro'
      ? including.every((u) => !u.base.macros.has(subject.macro ?? '') && !u.head.macros.has(subject.macro ?? ''))
        ? `${subject.macro} is neither expanded nor tested in the ${inUnits}`
        : `the definition of ${subject.macro} expanded in the ${inUnits} is the same on base and head`
      : including.every((u) => textIn(subject, u.base, 'base') === '')
        ? `the preprocessor drops its lines in the ${inUnits}`
        : `the preprocessed ${subject.label} is the same on base and head in the ${inUnits}`;
  return { status: 'compiled-out', conditions, units, evidence: `not in this configuration: ${because ? `${because}; ` : ''}${unchanged}.` };
}
