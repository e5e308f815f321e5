// The ids a live patch's own state protocol uses, read from C source: shadow variables
// (klp_shadow_get/alloc/get_or_alloc/free(obj, id, ...), klp_shadow_free_all(id, ...)) and klp_state
// entries ({ .id = X, .version = N }). A cumulative patch must keep each id's meaning: a reused id with
// another value, or a state whose version changes, breaks the handover from the deployed patch. Pure.
import type { LivepatchId } from '../model.js';

const SHADOW_CALL = /\bklp_shadow_(get_or_alloc|get|alloc|free_all|free)\s*\(/g;
const STATE_ENTRY = /\.id\s*=\s*([A-Za-z_]\w*|0[xX][0-9a-fA-F]+|\d+)\s*,\s*\.version\s*=\s*([A-Za-z_]\w*|\d+)/g;

const ID_KEYWORDS = new Set(['void', 'unsigned', 'long', 'int', 'id']);

export function livepatchIds(file: string, text: string): LivepatchId[] {
  const defines = new Map<string, string>();
  for (const m of text.matchAll(/^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)[ \t]+(.+?)[ \t]*$/gm)) defines.set(m[1], m[2]);
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const valueOf = (name: string) => (/^(0[xX][0-9a-fA-F]+|\d+)$/.test(name) ? name : defines.get(name));
  const out: LivepatchId[] = [];
  for (const m of text.matchAll(SHADOW_CALL)) {
    const args = splitArgs(text, (m.index ?? 0) + m[0].length);
    const name = (m[1] === 'free_all' ? args[0] : args[1])?.trim();
    // An id is a macro name or a number; anything else is the function's own prototype or definition.
    if (!name || !/^([A-Za-z_]\w*|0[xX][0-9a-fA-F]+|\d+)[uUlL]*$/.test(name) || ID_KEYWORDS.has(name)) continue;
    const value = valueOf(name);
    out.push({ kind: 'shadow', name, ...(value ? { value } : {}), file, line: lineAt(m.index ?? 0) });
  }
  if (/\bstruct\s+klp_state\b/.test(text)) {
    for (const m of text.matchAll(STATE_ENTRY)) {
      const value = valueOf(m[1]);
      out.push({ kind: 'klp-state', name: m[1], ...(value ? { value } : {}), version: valueOf(m[2]) ?? m[2], file, line: lineAt(m.index ?? 0) });
    }
  }
  // One entry per id and kind: the first use names it.
  const seen = new Set<string>();
  return out.filter((id) => !seen.has(`${id.kind}\0${id.name}`) && seen.add(`${id.kind}\0${id.name}`));
}

/** The top-level comma-separated arguments of a call whose '(' ends just before `start`. */
function splitArgs(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = start; i < text.length && i < start + 2000; i++) {
    const c = text[i];
    if (c === '(') depth++;
    if (c === ')' && depth-- === 0) break;
    if (c === ',' && depth === 0) {
      args.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  args.push(current);
  return args;
}
