// The patch list made cumulative for atomic replace: given the report of the live patch already deployed
// (previous-report), which klp_funcs the next patch keeps from it, which this change adds or updates, and
// which it no longer needs, with reasons; and what happens to the shadow-variable / klp_state ids. Pure.
import { REPORT_SCHEMA } from './schema.js';
import type { CumulativeEntry, CumulativePatch, LivepatchId, PatchFunction, PatchObject, Report } from '../model.js';

/** What of the deployed patch's report this needs (older reports may lack the newer lists). */
export type PreviousReport = Pick<Report, 'base' | 'head' | 'patch'> & Partial<Pick<Report, 'pullRequest' | 'livepatchIds'>>;

export function cumulativePatch(previous: PreviousReport, current: Report): CumulativePatch {
  const sameBase = previous.base === current.base;
  const key = (object: string, f: PatchFunction) => `${object}\0${f.symbol}\0${f.sympos}`;
  const index = (objs: PatchObject[] | undefined) => new Map((objs ?? []).flatMap((o) => o.functions.map((f) => [key(o.object, f), { object: o.object, f }] as const)));
  const prev = index(previous.patch);
  const cur = index(current.patch);
  const vanished = index(current.vanished);
  const notNeeded = index(current.notNeeded);
  const entries: CumulativeEntry[] = [];
  const entry = (object: string, f: PatchFunction, status: CumulativeEntry['status'], reason: string): CumulativeEntry => ({ object, symbol: f.symbol, sympos: f.sympos, file: f.file, status, reason });

  for (const [k, { object, f }] of prev) {
    const now = cur.get(k);
    if (now) {
      entries.push(entry(object, f, sameBase ? 'kept' : 'updated', sameBase ? `still differs from the running kernel: ${why(now.f)}` : `in the deployed patch and changed again: ${why(now.f)}`));
    } else if (vanished.has(k)) {
      entries.push(entry(object, f, 'dropped', `no longer emitted at head (${vanished.get(k)?.f.notPatched ?? 'gone'}); its callers are patched instead`));
    } else if (sameBase && notNeeded.has(k)) {
      entries.push(entry(object, f, 'dropped', `compiles to the running code again (${notNeeded.get(k)?.f.notPatched ?? notNeeded.get(k)?.f.codeChange})`));
    } else if (sameBase) {
      entries.push(entry(object, f, 'dropped', 'the change no longer reaches it: the running code is what head compiles'));
    } else {
      entries.push(entry(object, f, 'kept', `from the deployed patch (${why(f)}); this change does not touch it`));
    }
  }
  for (const [k, { object, f }] of cur) if (!prev.has(k)) entries.push(entry(object, f, 'added', `by this change: ${why(f)}`));
  entries.sort((a, b) => a.object.localeCompare(b.object) || a.file.localeCompare(b.file) || a.symbol.localeCompare(b.symbol));

  const notes: string[] = [];
  if (!sameBase) {
    notes.push(
      `The deployed patch was built against ${previous.base.slice(0, 12)} (the running kernel); this run compares ${current.base.slice(0, 12)}..${current.head.slice(0, 12)}. ` +
        'Entries added here carry that base\'s symbol names and old_sympos: check them against the running kernel, or run again with base set to the running kernel for an exact cumulative list.',
    );
  }
  return {
    previous: { base: previous.base, head: previous.head, ...(previous.pullRequest !== undefined ? { pullRequest: previous.pullRequest } : {}) },
    sameBase,
    entries,
    ids: compareIds(previous.livepatchIds ?? [], current.livepatchIds ?? [], new Set(current.changes.functions.map((f) => f.file))),
    notes,
  };
}

function why(f: PatchFunction): string {
  return f.reasons.map((r) => r.chain.join(' → ') || r.kind).join('; ') || f.codeChange;
}

function compareIds(previous: LivepatchId[], current: LivepatchId[], changedFiles: Set<string>): CumulativePatch['ids'] {
  const k = (id: LivepatchId) => `${id.kind}\0${id.name}`;
  const before = new Map(previous.map((id) => [k(id), id]));
  const out: CumulativePatch['ids'] = [];
  for (const id of current) {
    const was = before.get(k(id));
    const label = `${id.name}${id.value && id.value !== id.name ? ` = ${id.value}` : ''}${id.version ? ` (version ${id.version})` : ''}`;
    if (!was) {
      out.push({ kind: id.kind, name: id.name, status: 'new', detail: `${label} is new: the deployed patch does not use it` });
    } else if ((was.value ?? '') !== (id.value ?? '') || (was.version ?? '') !== (id.version ?? '')) {
      out.push({ kind: id.kind, name: id.name, status: 'changed', detail: `was ${was.value ?? was.name}${was.version ? ` (version ${was.version})` : ''}, now ${label}: state the deployed patch created is read with another meaning` });
    } else {
      out.push({ kind: id.kind, name: id.name, status: 'reused', detail: `${label}, as in the deployed patch: the new patch takes over its state` });
    }
  }
  const now = new Set(current.map(k));
  for (const id of previous) {
    if (now.has(k(id)) || !changedFiles.has(id.file)) continue;
    out.push({ kind: id.kind, name: id.name, status: 'gone', detail: `used by the deployed patch (${id.file}:${id.line}) but no longer: free its state in a callback, or keep using it` });
  }
  return out;
}

/** Parses and checks a previous report file's text; the message says what is wrong. */
export function parsePreviousReport(text: string, path: string): PreviousReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`previous report ${path} is not JSON: ${(err as Error).message}`);
  }
  const r = data as Partial<Report>;
  if (r?.schema !== REPORT_SCHEMA) throw new Error(`previous report ${path} is not a livepatch-gate report (schema is ${JSON.stringify(r?.schema)})`);
  if (typeof r.base !== 'string' || typeof r.head !== 'string' || !Array.isArray(r.patch)) {
    throw new Error(`previous report ${path} lacks base, head or patch: pass the JSON report (report-file) of the run that built the deployed patch`);
  }
  for (const o of r.patch) {
    if (typeof o?.object !== 'string' || !Array.isArray(o.functions) || o.functions.some((f) => typeof f?.symbol !== 'string')) {
      throw new Error(`previous report ${path}: a patch entry has no object or function symbols`);
    }
  }
  return r as PreviousReport;
}
