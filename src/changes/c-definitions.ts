// Which C definitions a file holds, with their line ranges: functions (with the symbols the compiler
// emits for them and their markers) and the top-level items that are not functions (types, macros, data).
//
// tree-sitter segments the file and names ordinary functions. Kernel annotations it cannot know are
// masked first (c-lexer.ts). Wherever the tree still has errors, or a definition is hidden in a macro
// (SYSCALL_DEFINE3(open, ...) { ... }), a tolerant token scan takes over for that stretch, so a parse
// error never loses a function.
import type { Node } from 'web-tree-sitter';
import type { NonFunctionChangeKind, Warning } from '../model.js';
import type { CParser } from './c-parser.js';
import { LineIndex, maskAnnotations, matchBracket, tokenize, type MaskedAnnotation, type Token } from './c-lexer.js';

export interface CFunction {
  /** The C-level name (for SYSCALL_DEFINE3(open, ...): 'open'). */
  name: string;
  /** Emitted symbols, most specific first. */
  symbols: string[];
  /** 1-based inclusive lines, from the first specifier/annotation to the closing brace. */
  startLine: number;
  endLine: number;
  isStatic: boolean;
  isInline: boolean;
  markers: string[];
  /** The definition's exact source text: base and head copies are compared on it. */
  text: string;
  /** The macro that defines it (SYSCALL_DEFINE3, BPF_CALL_2, ...), when it is macro-generated. */
  definedByMacro?: string;
  /** True when the symbol names were guessed from an unknown defining macro. */
  symbolsGuessed: boolean;
  /** `static` variables declared inside the body. */
  staticLocals: CItem[];
}

/** A definition that is not a function: struct/union/enum, typedef, macro, data, declaration, include. */
export interface CItem {
  kind: NonFunctionChangeKind;
  name?: string;
  startLine: number;
  endLine: number;
  text: string;
  /** What it is, in a few words: 'struct', 'static variable', 'macro invocation EXPORT_SYMBOL', ... */
  what: string;
  isStatic?: boolean;
  inFunction?: string;
}

export interface CDefinitions {
  functions: CFunction[];
  items: CItem[];
  warnings: Warning[];
}

/** All definitions in one C source or header. `path` is only used in warnings. */
export function definitionsIn(parser: CParser, text: string, path: string): CDefinitions {
  const masked = maskAnnotations(text, tokenize(text));
  const tree = parser.parse(masked.text);
  try {
    const file = new SourceFile(text, masked.text, masked.annotations, path);
    file.walk(tree.rootNode);
    return { functions: file.functions, items: file.items, warnings: file.warnings };
  } finally {
    tree.delete();
  }
}

const CONDITIONALS = new Set(['preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'preproc_elifdef']);
const RECORD = new Set(['struct', 'union', 'enum']);
const NOT_A_NAME = new Set([
  'if', 'while', 'for', 'switch', 'return', 'sizeof', 'typeof', '__typeof__', '__typeof', '_Alignof',
  'alignof', '__alignof__', '_Alignas', '_Static_assert', 'static_assert', 'asm', '__asm__', '__asm',
]);
const SPECIFIERS = new Set(['static', 'extern', 'inline', 'const', 'volatile', 'register', 'auto', '_Thread_local', 'restrict']);
const INLINE_MARKERS = new Set(['inline', '__inline', '__inline__', '__always_inline', 'nokprobe_inline', 'always_inline']);

class SourceFile {
  readonly functions: CFunction[] = [];
  readonly items: CItem[] = [];
  readonly warnings: Warning[] = [];
  /** Tokens of the masked text: annotations are gone, so headers read like plain C. */
  private readonly tokens: Token[];
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    maskedText: string,
    private readonly annotations: MaskedAnnotation[],
    private readonly path: string,
  ) {
    this.tokens = tokenize(maskedText);
    this.lines = new LineIndex(text);
  }

  /** Walks the top level (and preprocessor conditionals); hands every broken stretch to the scanner. */
  walk(container: Node): void {
    const kids = container.children.filter((c): c is Node => c !== null);
    let i = 0;
    while (i < kids.length) {
      const node = kids[i];
      if (CONDITIONALS.has(node.type)) {
        this.walkConditional(node);
        i++;
        continue;
      }
      if (this.takeClean(node, kids[i + 1])) {
        i++;
        continue;
      }
      // A broken stretch: scan tokens from here until an item boundary past the last dirty sibling.
      let j = i;
      while (j + 1 < kids.length && !CONDITIONALS.has(kids[j + 1].type) && !this.isClean(kids[j + 1], kids[j + 2])) j++;
      const end = this.scan(this.tokenAt(node.startIndex), kids[j].endIndex);
      i = j + 1;
      while (i < kids.length && kids[i].startIndex < end) i++;
    }
  }

  private walkConditional(node: Node): void {
    // Only the branch bodies: the condition expression and the directive tokens are not items.
    const skip = new Set([node.childForFieldName('condition')?.id, node.childForFieldName('name')?.id]);
    const body = node.children.filter((c): c is Node => c !== null && c.isNamed && !skip.has(c.id) && c.type !== 'comment');
    const fake = { children: body } as unknown as Node;
    this.walk(fake);
  }

  private isClean(node: Node, next: Node | undefined): boolean {
    return this.classifyClean(node, next) !== null;
  }

  /** Records a node tree-sitter parsed cleanly; false when the scanner must look at it. */
  private takeClean(node: Node, next: Node | undefined): boolean {
    const take = this.classifyClean(node, next);
    if (!take) return false;
    take();
    return true;
  }

  private classifyClean(node: Node, next: Node | undefined): (() => void) | null {
    switch (node.type) {
      case 'comment':
      case ';':
        return () => undefined;
      case 'function_definition':
        return this.cleanFunction(node);
      case 'preproc_def':
      case 'preproc_function_def':
      case 'preproc_include':
      case 'preproc_call':
        return () => this.directive(this.tokenAt(node.startIndex));
      case 'declaration':
      case 'type_definition':
      case 'struct_specifier':
      case 'union_specifier':
      case 'enum_specifier':
        if (node.hasError) return null;
        return () => this.declaration(this.tokenAt(node.startIndex), this.lastTokenBefore(node.endIndex));
      case 'expression_statement':
        // `MACRO(args);` at top level is fine; `MACRO(args)` followed by a block is a macro-defined function.
        if (node.hasError || next?.type === 'compound_statement' || !node.text.trimEnd().endsWith(';')) return null;
        return () => this.declaration(this.tokenAt(node.startIndex), this.lastTokenBefore(node.endIndex));
      default:
        return null;
    }
  }

  private cleanFunction(node: Node): (() => void) | null {
    const body = node.childForFieldName('body');
    const nameNode = functionName(node.childForFieldName('declarator'));
    if (!body || !nameNode || hasErrorOutside(node, body)) return null;
    const open = this.tokenAt(body.startIndex);
    if (this.tokens[open]?.text !== '{') return null;
    const close = matchBracket(this.tokens, open);
    // tree-sitter recovered from an error inside the body by closing it early or late: scan instead.
    if (close < 0 || this.tokens[close].end !== body.endIndex) return null;
    const nameTok = this.tokenAt(nameNode.startIndex);
    return () => this.addFunction(this.tokenAt(node.startIndex), nameTok, open, close);
  }

  // -------------------------------------------------------------------------------------------
  // tolerant scan
  // -------------------------------------------------------------------------------------------

  /** Scans items from token `from` until an item boundary at or past `until`; returns the offset reached. */
  private scan(from: number, until: number): number {
    const toks = this.tokens;
    let k = from;
    while (k < toks.length && toks[k].start < until) {
      const t = toks[k];
      if (t.type === 'pp') {
        this.directive(k);
        k++;
        continue;
      }
      if (t.text === ';') {
        k++;
        continue;
      }
      const next = this.scanItem(k);
      if (next < 0) {
        this.warnings.push({
          source: 'diff',
          file: this.path,
          line: this.lines.lineOf(t.start),
          message: 'unbalanced brackets from here to the end of the file: definitions after this line are not analysed',
        });
        return this.text.length;
      }
      k = next;
    }
    return k < toks.length ? toks[k].start : this.text.length;
  }

  /** One top-level item starting at token k; returns the index after it, or -1 when brackets never close. */
  private scanItem(k: number): number {
    const toks = this.tokens;
    let sawEq = false;
    for (let j = k; j < toks.length; j++) {
      const t = toks[j];
      if (t.type === 'pp') continue;
      if (t.text === '(' || t.text === '[') {
        j = matchBracket(toks, j);
        if (j < 0) return -1;
        continue;
      }
      if (t.text === '=') sawEq = true;
      if (t.text === ';') {
        this.declaration(k, j - 1);
        return j + 1;
      }
      if (t.text === '{') {
        const close = matchBracket(toks, j);
        if (close < 0) return -1;
        const prev = toks[j - 1]?.text ?? '';
        const prev2 = toks[j - 2]?.text ?? '';
        const recordBody = RECORD.has(prev) || (RECORD.has(prev2) && toks[j - 1]?.type === 'id');
        if (sawEq || recordBody || j === k) {
          j = close; // an initialiser or a struct body: the item goes on to its ';'
          continue;
        }
        this.scannedFunction(k, j, close);
        return close + 1;
      }
    }
    return -1;
  }

  private scannedFunction(start: number, open: number, close: number): void {
    const nameTok = pickFunctionName(this.tokens, start, open);
    if (nameTok < 0) {
      const line = this.lines.lineOf(this.tokens[start].start);
      this.warnings.push({ source: 'diff', file: this.path, line, message: 'a block at top level that is not a recognisable function: reported as a non-function item' });
      this.items.push(this.item('other', undefined, start, close, 'unrecognised top-level block'));
      return;
    }
    this.addFunction(start, nameTok, open, close);
  }

  // -------------------------------------------------------------------------------------------
  // building the results
  // -------------------------------------------------------------------------------------------

  private addFunction(startTok: number, nameTok: number, open: number, close: number): void {
    const toks = this.tokens;
    const startOffset = this.extendOverAnnotations(toks[startTok].start);
    const params = toks[nameTok + 1]?.text === '(' ? [nameTok + 1, matchBracket(toks, nameTok + 1)] : [nameTok, nameTok];
    const paramStart = toks[params[0]].start;
    const paramEnd = toks[params[1]]?.end ?? paramStart;
    const header = toks.slice(startTok, open);
    const markers: string[] = [];
    for (const a of this.annotations) {
      if (a.start >= startOffset && a.start < toks[open].start && !(a.start >= paramStart && a.start < paramEnd) && a.marker) markers.push(a.marker);
    }
    if (header.some((t) => t.text === 'inline' && t.start < paramStart)) markers.unshift('inline');
    const beforeName = toks.slice(startTok, nameTok).filter((t) => t.type === 'id');
    const name = toks[nameTok].text;
    const isMacro = beforeName.every((t) => SPECIFIERS.has(t.text)) && /^[A-Z_][A-Z0-9_]*$/.test(name) && params[1] > params[0];
    let fn: Omit<CFunction, 'startLine' | 'endLine' | 'text' | 'staticLocals'>;
    if (isMacro) {
      fn = macroFunction(name, toks.slice(params[0] + 1, params[1]), markers);
    } else {
      fn = {
        name,
        symbols: [name],
        isStatic: beforeName.some((t) => t.text === 'static'),
        isInline: markers.some((m) => INLINE_MARKERS.has(m)),
        markers: [...new Set(markers)],
        symbolsGuessed: false,
      };
    }
    const staticLocals = this.staticLocals(open, close, fn.name);
    this.functions.push({
      ...fn,
      startLine: this.lines.lineOf(startOffset),
      endLine: this.lines.lineOf(toks[close].start),
      text: this.text.slice(startOffset, toks[close].end),
      staticLocals,
    });
  }

  /** `static` declarations inside a function body (any block depth). */
  private staticLocals(open: number, close: number, fn: string): CItem[] {
    const out: CItem[] = [];
    const toks = this.tokens;
    for (let k = open + 1; k < close; k++) {
      if (toks[k].text !== 'static' || toks[k].type !== 'id') continue;
      let e = k;
      while (e < close && toks[e].text !== ';') {
        if (toks[e].text === '(' || toks[e].text === '[' || toks[e].text === '{') e = Math.max(e, matchBracket(toks, e));
        e++;
      }
      const names = declaratorNames(toks.slice(k, e));
      for (const n of names.length ? names : [undefined]) {
        out.push({ ...this.item('data', n, k, e, 'static local variable'), isStatic: true, inFunction: fn });
      }
      k = e;
    }
    return out;
  }

  /** A `;`-terminated top-level item (tokens first..last inclusive, without the ';'). */
  private declaration(first: number, last: number): void {
    const toks = this.tokens.slice(first, last + 1);
    if (toks.length === 0) return;
    const ids = toks.filter((t) => t.type === 'id').map((t) => t.text);
    const add = (kind: NonFunctionChangeKind, name: string | undefined, what: string, isStatic?: boolean): void => {
      const it = this.item(kind, name, first, last, what);
      this.items.push(isStatic === undefined ? it : { ...it, isStatic });
    };
    const recordAt = toks.findIndex((t, k) => RECORD.has(t.text) && (toks[k + 1]?.text === '{' || (toks[k + 1]?.type === 'id' && toks[k + 2]?.text === '{')));
    if (recordAt >= 0) {
      const kw = toks[recordAt].text as 'struct' | 'union' | 'enum';
      const tag = toks[recordAt + 1].type === 'id' ? toks[recordAt + 1].text : undefined;
      const isTypedef = ids[0] === 'typedef';
      const after = declaratorNames(afterBrace(toks, recordAt));
      add(kw, tag ?? (isTypedef ? after[0] : undefined), isTypedef ? `${kw} (typedef)` : kw);
      if (!isTypedef) for (const n of after) add('data', n, 'variable of an inline struct type', ids.includes('static'));
      return;
    }
    if (ids[0] === 'typedef') {
      add('typedef', declaratorNames(toks)[0], 'typedef');
      return;
    }
    // MACRO(args) or static MACRO(args): DEFINE_MUTEX(x), EXPORT_SYMBOL(f), module_init(f), ...
    const lead = toks.findIndex((t) => !SPECIFIERS.has(t.text));
    const macroClose = toks[lead]?.type === 'id' && toks[lead + 1]?.text === '(' ? matchBracket(toks, lead + 1) : -1;
    // `DEFINE_PER_CPU(unsigned long, process_counts) = 0;` carries an initialiser after the macro.
    if (macroClose > 0 && (macroClose === toks.length - 1 || toks[macroClose + 1].text === '=') && !ids.slice(0, lead).some((x) => !SPECIFIERS.has(x))) {
      const macro = toks[lead].text;
      const args = toks.slice(lead + 2, macroClose).filter((t) => t.type === 'id').map((t) => t.text);
      const isStatic = ids.slice(0, lead).includes('static');
      if (/^(DEFINE_|DECLARE_|LIST_HEAD$|HLIST_HEAD$|LLIST_HEAD$)/.test(macro)) {
        add('data', /PER_CPU/.test(macro) ? args[args.length - 1] : args[0], `data defined by ${macro}`, isStatic || /^DEFINE_STATIC/.test(macro));
      } else if (/^EXPORT_SYMBOL/.test(macro)) add('declaration', args[0], `export ${macro}`);
      else add('other', `${macro}(${args[0] ?? ''})`, `macro invocation ${macro}`);
      return;
    }
    const names = declaratorNames(toks);
    if (ids.includes('extern')) {
      add('declaration', names[0], 'extern declaration');
      return;
    }
    if (isPrototype(toks)) {
      add('declaration', names[0], 'function declaration');
      return;
    }
    const isStatic = ids.includes('static');
    if (names.length === 0) add('other', undefined, 'declaration');
    for (const n of names) add('data', n, isStatic ? 'static variable' : 'global variable', isStatic);
  }

  /** A directive token at top level: #define/#undef → macro, #include → include, #if... → skipped here. */
  private directive(k: number): void {
    const t = this.tokens[k];
    const m = /^#\s*(\w+)\s*([^\s(]*)/.exec(t.text);
    if (!m) return;
    const [, dir, arg] = m;
    if (dir === 'define') this.items.push(this.item('macro', arg, k, k, 'macro'));
    else if (dir === 'undef') this.items.push(this.item('macro', arg, k, k, '#undef'));
    else if (dir === 'include' || dir === 'include_next') this.items.push(this.item('include', t.text.replace(/^#\s*include(_next)?\s*/, '').replace(/\s*(\/\/.*|\/\*.*)?$/, ''), k, k, 'include'));
    else if (dir === 'pragma' || dir === 'error' || dir === 'warning' || dir === 'line') this.items.push(this.item('other', undefined, k, k, `#${dir}`));
    // Conditionals (#if/#else/#endif) are not items: the mapper reports changed conditional lines itself.
  }

  private item(kind: NonFunctionChangeKind, name: string | undefined, first: number, last: number, what: string): CItem {
    const start = this.tokens[first].start;
    const end = this.tokens[last].end;
    const it: CItem = { kind, startLine: this.lines.lineOf(start), endLine: this.lines.lastLineOf(end), text: this.text.slice(start, end), what };
    if (name !== undefined) it.name = name;
    return it;
  }

  /** Masked annotations right before a definition (`asmlinkage __visible void ...`) belong to it. */
  private extendOverAnnotations(start: number): number {
    let s = start;
    for (let k = this.annotations.length - 1; k >= 0; k--) {
      const a = this.annotations[k];
      if (a.end > s) continue;
      if (/^\s*$/.test(this.text.slice(a.end, s))) s = a.start;
      else if (a.end < s) break;
    }
    return s;
  }

  /** Index of the first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastTokenBefore(offset: number): number {
    let k = this.tokenAt(offset) - 1;
    if (this.tokens[k]?.text === ';') k--;
    return k;
  }
}

/** The identifier naming the function in a (possibly pointer-returning) declarator chain. */
function functionName(decl: Node | null): Node | null {
  let d = decl;
  while (d) {
    if (d.type === 'function_declarator') {
      const inner = d.childForFieldName('declarator');
      if (inner?.type === 'identifier') return inner;
      // `void (*signal(int))(int)`: the name is deeper in the parenthesised declarator.
      const deeper = inner ? functionName(innerDeclarator(inner)) : null;
      return deeper;
    }
    if (d.type === 'pointer_declarator' || d.type === 'attributed_declarator') d = d.childForFieldName('declarator') ?? d.namedChildren.find((c) => c?.type.endsWith('declarator')) ?? null;
    else return null;
  }
  return null;
}

function innerDeclarator(n: Node): Node | null {
  if (n.type === 'parenthesized_declarator') return n.namedChildren.find((c) => c !== null && c.type.endsWith('declarator')) ?? null;
  if (n.type === 'pointer_declarator') return n.childForFieldName('declarator');
  return n;
}

/** An ERROR or MISSING node in the function's header (the part before its body). */
function hasErrorOutside(fn: Node, body: Node): boolean {
  for (const c of fn.children) {
    if (!c || c.id === body.id) continue;
    if (c.hasError || c.isError || c.isMissing) return true;
  }
  return false;
}

/**
 * The token naming a function among header tokens [start, open): an identifier followed by '(' at depth 0
 * with a type before it; a lone `MACRO(...)` when there is none. -1 when nothing fits.
 */
function pickFunctionName(toks: Token[], start: number, open: number): number {
  const cands: { k: number; typed: boolean }[] = [];
  let sawType = false;
  for (let k = start; k < open; k++) {
    const t = toks[k];
    if (t.type === 'pp') continue;
    if (t.type === 'id' && toks[k + 1]?.text === '(' && !NOT_A_NAME.has(t.text)) cands.push({ k, typed: sawType });
    if (t.text === '(' || t.text === '[') {
      // `(*name(args))(...)`: a function returning a function pointer.
      const close = matchBracket(toks, k);
      if (close < 0 || close > open) return -1;
      if (t.text === '(' && toks[k + 1]?.text === '*' && toks[k + 2]?.type === 'id' && toks[k + 3]?.text === '(' && sawType) cands.push({ k: k + 2, typed: true });
      k = close;
      continue;
    }
    if (t.type === 'id' && !SPECIFIERS.has(t.text)) sawType = true;
  }
  const typed = cands.filter((c) => c.typed);
  const pick = typed.find((c) => !toks[c.k].text.startsWith('__')) ?? typed[0] ?? cands[0];
  return pick ? pick.k : -1;
}

/** Declared names in `int a, *b = 0, c[3]` / `struct x y` / `void (*fp)(int)`: the last id before =,[,(,',' or the end. */
function declaratorNames(toks: Token[]): string[] {
  const names: string[] = [];
  let last: string | undefined;
  let done = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.text === '(') {
      // `(*name)` or `(name)`: the name is inside; otherwise a parameter list follows the name.
      const close = matchBracket(toks, k);
      const inner = toks.slice(k + 1, close < 0 ? toks.length : close);
      const afterName = k > 0 && toks[k - 1].type === 'id' && !SPECIFIERS.has(toks[k - 1].text);
      if (inner[0]?.text === '*' || (!afterName && inner.length === 1 && inner[0].type === 'id')) {
        const id = inner.filter((x) => x.type === 'id').find((x) => !SPECIFIERS.has(x.text));
        if (id && !done) last = id.text;
      }
      done = true;
      k = close < 0 ? toks.length : close;
      continue;
    }
    if (t.text === '{') {
      const close = matchBracket(toks, k);
      k = close < 0 ? toks.length : close;
      continue;
    }
    if (t.text === '[' || t.text === '=') {
      done = true;
      if (t.text === '[') {
        const close = matchBracket(toks, k);
        k = close < 0 ? toks.length : close;
      } else {
        // skip the initialiser up to the next top-level ','
        while (k + 1 < toks.length && toks[k + 1].text !== ',') {
          k++;
          if (toks[k].text === '(' || toks[k].text === '{' || toks[k].text === '[') k = Math.max(k, matchBracket(toks, k));
        }
      }
      continue;
    }
    if (t.text === ',') {
      if (last) names.push(last);
      last = undefined;
      done = false;
      continue;
    }
    if (t.type === 'id' && !done && !SPECIFIERS.has(t.text) && t.text !== 'typedef' && t.text !== 'static') last = t.text;
  }
  if (last) names.push(last);
  return names;
}

/** `int f(int);`: an identifier followed directly by a parameter list at depth 0, with no initialiser. */
function isPrototype(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text === '=') return false;
    if (toks[k].type === 'id' && toks[k + 1]?.text === '(' && k > 0) return true;
  }
  return false;
}

/** Tokens after the record body's closing brace: `struct s { ... } a, b` → `a, b`. */
function afterBrace(toks: Token[], recordAt: number): Token[] {
  const open = toks.findIndex((t, k) => k > recordAt && t.text === '{');
  const close = open < 0 ? -1 : matchBracket(toks, open);
  return close < 0 ? [] : toks.slice(close + 1);
}

/**
 * Symbols of a macro-defined function. x86_64 6.1 (arch/x86/include/asm/syscall_wrapper.h):
 * SYSCALL_DEFINEn(name) emits static inline __do_sys_name (the body), static __se_sys_name, and the
 * __x64_sys_name / __ia32_sys_name entry stubs; SYSCALL_DEFINE0 has no __se_ wrapper. COMPAT_ variants
 * use __do_compat_sys_, __se_compat_sys_, __ia32_compat_sys_ and __x32_compat_sys_. BPF_CALL_n(name) emits
 * the body as static __always_inline ____name and the wrapper name.
 */
function macroFunction(macro: string, args: Token[], markers: string[]): Omit<CFunction, 'startLine' | 'endLine' | 'text' | 'staticLocals'> {
  const name = args.find((t) => t.type === 'id')?.text ?? macro;
  const base = { name, markers: [...new Set([macro, ...markers])], definedByMacro: macro };
  let m = /^SYSCALL_DEFINE(\d)$/.exec(macro);
  if (m) {
    const zero = m[1] === '0';
    const symbols = zero
      ? [`__do_sys_${name}`, `__x64_sys_${name}`, `__ia32_sys_${name}`]
      : [`__do_sys_${name}`, `__se_sys_${name}`, `__x64_sys_${name}`, `__ia32_sys_${name}`];
    return { ...base, symbols, isStatic: true, isInline: !zero, symbolsGuessed: false };
  }
  m = /^COMPAT_SYSCALL_DEFINE(\d)$/.exec(macro);
  if (m) {
    const zero = m[1] === '0';
    const symbols = zero
      ? [`__do_compat_sys_${name}`, `__ia32_compat_sys_${name}`, `__x32_compat_sys_${name}`]
      : [`__do_compat_sys_${name}`, `__se_compat_sys_${name}`, `__ia32_compat_sys_${name}`, `__x32_compat_sys_${name}`];
    return { ...base, symbols, isStatic: true, isInline: !zero, symbolsGuessed: false };
  }
  if (/^BPF_CALL_\d$/.test(macro)) return { ...base, symbols: [`____${name}`, name], isStatic: true, isInline: true, symbolsGuessed: false };
  return { ...base, symbols: [name], isStatic: false, isInline: false, symbolsGuessed: true };
}
