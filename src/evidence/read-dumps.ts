// Adapter: finds and reads one TU's evidence dumps next to its object and parses them.
import fs from 'node:fs';
import path from 'node:path';
import type { IpaDecisions } from './diff.js';
import { evidenceDumpKind } from './dump-files.js';
import { parseIcfDump } from './icf.js';
import { parsePureConstDump } from './pure-const.js';

/** Missing dumps (pass disabled, or not asked for) give empty lists; `found` says which were there. */
export function readIpaDecisions(object: string, source: string): IpaDecisions & { found: string[] } {
  const dir = path.dirname(object);
  const out: IpaDecisions & { found: string[] } = { pureConst: [], icf: [], found: [] };
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const kind = evidenceDumpKind(name, object, source);
    if (!kind) continue;
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    out.found.push(file);
    if (kind === 'pure-const') out.pureConst.push(...parsePureConstDump(text));
    else out.icf.push(...parseIcfDump(text));
  }
  return out;
}
