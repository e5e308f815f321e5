// The objects a Kbuild work dir has proven: each with the hash of its bytes, of its clone dump and of
// the command and files it was built from (Kbuild's .cmd). What the ledger cannot prove is deleted
// before make runs, so a killed run's truncated object, or one from other sources or flags, is rebuilt
// and never compared.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseKbuildCmd } from './kbuild.js';
import { cmdPath } from './kbuild-outdir.js';

/** Objects whose bytes this work dir has proven, with the inputs they were built from. */
const LEDGER = '.livepatch-gate-objects.json';

interface LedgerEntry {
  object: string;
  dump: string | null;
  inputs: string;
}

/**
 * Deletes any target object (and its dump and .cmd) this work dir cannot prove was completed by make
 * from the inputs present now: a killed run's truncated object, an object from other sources or flags,
 * anything not in the ledger. Make rebuilds them. The ledger entries are dropped first, so a run killed
 * during this build proves nothing.
 */
export function invalidateUnproven(out: string, objects: string[]): void {
  const ledger = readLedger(out);
  const read = new Map<string, string>();
  for (const object of objects) {
    const entry = ledger[object];
    delete ledger[object];
    const proven = entry !== undefined && fileSha(path.join(out, object)) === entry.object && inputsSha(out, object, read) === entry.inputs && dumpSha(out, object) === entry.dump;
    if (!proven) {
      for (const f of [path.join(out, object), cmdPath(out, object), dumpFileOf(out, object)]) fs.rmSync(f, { force: true });
    }
  }
  fs.writeFileSync(path.join(out, LEDGER), JSON.stringify(ledger));
}

/** After make succeeded: the objects, dumps and inputs as they are now. */
export function recordProven(out: string, objects: string[]): void {
  const ledger = readLedger(out);
  const read = new Map<string, string>();
  for (const object of objects) {
    const sha = fileSha(path.join(out, object));
    if (sha === null) continue;
    ledger[object] = { object: sha, dump: dumpSha(out, object), inputs: inputsSha(out, object, read) ?? '' };
  }
  fs.writeFileSync(path.join(out, LEDGER), JSON.stringify(ledger));
}

function readLedger(out: string): Record<string, LedgerEntry> {
  try {
    return JSON.parse(fs.readFileSync(path.join(out, LEDGER), 'utf8')) as Record<string, LedgerEntry>;
  } catch {
    return {};
  }
}

function fileSha(file: string): string | null {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/** Kbuild writes the dump next to the object: dir/name.c.000i.ipa-clones for dir/name.o. */
function dumpFileOf(out: string, object: string): string {
  return path.join(out, object.replace(/\.o$/, '.c.000i.ipa-clones'));
}

function dumpSha(out: string, object: string): string | null {
  return fileSha(dumpFileOf(out, object));
}

/**
 * The command and the content of every file the compiler read (Kbuild's .cmd), as one hash (of each
 * file's own hash: `read` keeps those for one pass, as a full build's objects share most headers).
 */
function inputsSha(out: string, object: string, read: Map<string, string>): string | null {
  const file = cmdPath(out, object);
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, 'utf8');
  const cmd = parseKbuildCmd(text);
  if (!cmd) return null;
  const hash = createHash('sha256').update(text);
  for (const dep of [cmd.source ?? '', ...cmd.deps]) {
    const abs = path.isAbsolute(dep) ? dep : path.join(out, dep);
    let content = read.get(abs);
    if (content === undefined) {
      content = fileSha(abs) ?? '(missing)';
      read.set(abs, content);
    }
    hash.update(`\0${dep}\0${content}`);
  }
  return hash.digest('hex');
}

/** The objects the ledger holds (proven by an earlier run in this work dir). */
export function provenObjects(out: string): string[] {
  return Object.keys(readLedger(out));
}
