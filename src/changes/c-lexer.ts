// A small C lexer: enough to skip comments, strings and preprocessor lines, match brackets, and hide
// kernel annotation macros (__init, notrace, __printf(1, 2), ...) that tree-sitter cannot know about.

export type TokenType = 'id' | 'num' | 'str' | 'chr' | 'punct' | 'pp';

export interface Token {
  type: TokenType;
  text: string;
  /** Offsets into the text: [start, end). */
  start: number;
  end: number;
}

/** Tokens of `text`; comments vanish, a whole preprocessor directive (with continuations) is one 'pp' token. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let lineStart = true; // only whitespace since the last newline: a '#' here starts a directive
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '#' && lineStart) {
      const start = i;
      i = directiveEnd(text, i);
      out.push({ type: 'pp', text: text.slice(start, i), start, end: i });
      continue;
    }
    lineStart = false;
    const start = i;
    if (c === '"' || c === "'") {
      i = quotedEnd(text, i);
      out.push({ type: c === '"' ? 'str' : 'chr', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (isIdStart(c)) {
      while (i < n && isIdPart(text[i])) i++;
      // L"..." / u8"..." prefixes belong to the literal.
      if ((text[i] === '"' || text[i] === "'") && /^(L|u|U|u8)$/.test(text.slice(start, i))) {
        const q = text[i];
        i = quotedEnd(text, i);
        out.push({ type: q === '"' ? 'str' : 'chr', text: text.slice(start, i), start, end: i });
        continue;
      }
      out.push({ type: 'id', text: text.slice(start, i), start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      i++;
      while (i < n && (isIdPart(text[i]) || text[i] === '.' || ((text[i] === '+' || text[i] === '-') && /[eEpP]/.test(text[i - 1])))) i++;
      out.push({ type: 'num', text: text.slice(start, i), start, end: i });
      continue;
    }
    const three = text.slice(i, i + 3);
    const two = text.slice(i, i + 2);
    const len = three === '...' || three === '<<=' || three === '>>=' ? 3 : PUNCT2.has(two) ? 2 : 1;
    i += len;
    out.push({ type: 'punct', text: text.slice(start, i), start, end: i });
  }
  return out;
}

const PUNCT2 = new Set(['->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '##']);

function isIdStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
}
function isIdPart(c: string): boolean {
  return isIdStart(c) || isDigit(c);
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function quotedEnd(text: string, i: number): number {
  const q = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== q && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
  return Math.min(text.length, j + 1);
}

/** End of the directive starting at `i`: the newline not preceded by a backslash (comments may span lines). */
function directiveEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\n') return i;
    if (c === '\\' && text[i + 1] === '\n') i += 2;
    else if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') i += 3;
    else if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") i = quotedEnd(text, i);
    else i++;
  }
  return n;
}

/** Index of the token closing the bracket opened at tokens[open], or -1 when unbalanced. */
export function matchBracket(tokens: Token[], open: number): number {
  const o = tokens[open].text;
  const c = o === '(' ? ')' : o === '[' ? ']' : '}';
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'punct') continue;
    if (t.text === o) depth++;
    else if (t.text === c && --depth === 0) return k;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Annotation macros
// ---------------------------------------------------------------------------------------------

/** Function/data annotations worth reporting as markers (kernel compiler.h, init.h, linkage.h...). */
const REPORTED_BARE = [
  '__init', '__exit', '__ref', '__meminit', '__cpuinit', '__devinit', '__devexit', '__init_or_module',
  '__exit_or_module', '__init_memblock', '__sched', '__cpuidle', '__head', '__irq_entry', '__softirq_entry',
  'notrace', 'noinstr', '__noinstr', '__always_inline', '__inline', '__inline__', 'nokprobe_inline',
  'noinline', '__noinline', 'noinline_for_stack', '__cold', '__hot', '__weak', '__visible', 'asmlinkage',
  '__used', '__maybe_unused', '__always_unused', '__must_check', '__noreturn', '__flatten', '__pure',
  '__attribute_const__', '__naked', '__noclone', '__kprobes', '__nocfi', '__noendbr', '__noscs',
  '__no_kcsan', '__no_sanitize_address', '__no_kasan', '__no_sanitize_thread', '__no_sanitize_undefined',
  '__no_sanitize_or_inline', '__no_stack_protector', '__nostackprotector', '__latent_entropy', '__malloc',
  '__bpf_kfunc', '__lockfunc', '__fastcall', '__initdata', '__initconst', '__exitdata', '__read_mostly',
  '__ro_after_init', '__initdata_or_module', '__refdata', '__refconst', '__nosavedata', '__cacheline_aligned',
  '__cacheline_aligned_in_smp', '____cacheline_aligned', '____cacheline_aligned_in_smp',
  '____cacheline_internodealigned_in_smp', '__page_aligned_data', '__page_aligned_bss', '__packed',
  '__randomize_layout', '__no_randomize_layout', '__designated_init', '__data_racy', '__nonstring',
];
/** Annotations taking arguments: the macro name is the marker, the argument list is hidden with it. */
const REPORTED_CALL = [
  '__printf', '__scanf', '__section', '__aligned', '__alias', '__acquires', '__releases', '__must_hold',
  '__counted_by', '__cleanup', '__assume_aligned', '__alloc_size', '__realloc_size', '__attribute__',
  '__attribute', '__diag_ignore_all', '__no_sanitize', '__nocapture', '__symver',
];
/** Sparse/type qualifiers: hidden so the parse succeeds, never reported (they sit in parameter lists). */
const SILENT = ['__user', '__kernel', '__iomem', '__rcu', '__percpu', '__force', '__bitwise', '__nocast', '__safe', '__private', '__must_check_fn', '__extension__'];

const BARE = new Set([...REPORTED_BARE, ...SILENT]);
const CALL = new Set(REPORTED_CALL);
const SILENT_SET = new Set(SILENT);

/** An annotation hidden from the parser: where it was and the marker to report ('' for silent ones). */
export interface MaskedAnnotation {
  start: number;
  end: number;
  marker: string;
}

export interface MaskedSource {
  /** Same length and line structure as the input; annotations replaced by spaces. */
  text: string;
  annotations: MaskedAnnotation[];
}

/**
 * Replaces annotation macros with spaces (offsets and lines are kept) so tree-sitter sees plain C.
 * `__attribute__((noinline, cold))` reports 'noinline' and 'cold'. Directives are left alone.
 */
export function maskAnnotations(text: string, tokens: Token[]): MaskedSource {
  const chars = text.split('');
  const annotations: MaskedAnnotation[] = [];
  const blank = (s: number, e: number): void => {
    for (let k = s; k < e; k++) if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = ' ';
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'id') continue;
    if (BARE.has(t.text)) {
      blank(t.start, t.end);
      annotations.push({ start: t.start, end: t.end, marker: SILENT_SET.has(t.text) ? '' : t.text });
    } else if (CALL.has(t.text) && tokens[k + 1]?.text === '(') {
      const close = matchBracket(tokens, k + 1);
      if (close < 0) continue;
      const end = tokens[close].end;
      blank(t.start, end);
      if (t.text === '__attribute__' || t.text === '__attribute') {
        for (const name of attributeNames(tokens.slice(k + 2, close))) annotations.push({ start: t.start, end, marker: name });
      } else annotations.push({ start: t.start, end, marker: t.text });
      k = close;
    }
  }
  return { text: chars.join(''), annotations };
}

/** The attribute names inside `((a, b(x), __c__))`: 'a', 'b', 'c'. */
function attributeNames(inner: Token[]): string[] {
  const names: string[] = [];
  let depth = 0;
  let expectName = true;
  for (const t of inner) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 1 && t.text === ',') expectName = true;
    else if (depth === 1 && expectName && t.type === 'id') {
      names.push(t.text.replace(/^__(.+)__$/, '$1'));
      expectName = false;
    }
  }
  return names;
}

/** 1-based line of each offset, via a precomputed table of line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** Line of the last character of [start, end): an item ending with its newline ends on that line. */
  lastLineOf(end: number): number {
    return this.lineOf(Math.max(0, end - 1));
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
