// The configuration check: is each change the source diff found (struct layout, data, macros, enums,
// declarations, #if lines, __init functions) in the code the built configuration compiles? Every built
// translation unit that includes a changed file is preprocessed again on base and head with its
// recorded command (src/compile/preprocess.ts) and the change's preprocessed text compared
// (src/compare/compiled-change.ts). The facts are attached to the changes; the hazard rules grade
// their findings from them (src/hazards/configuration.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { preprocessUnit, type PreprocessQuestion } from '../compile/preprocess.js';
import { enclosingConditions, judgeChange, type ChangeSubject, type PreprocessedPair } from '../compare/compiled-change.js';
import { changeLabel } from '../changes/change-label.js';
import { isInitMarker } from '../hazards/rules/init-code.js';
import type { BuildResult, ChangedFunction, ConfigurationFacts, NonFunctionChange, SourceChanges, TranslationUnit, Warning } from '../model.js';
import { plural } from '../report/format.js';

export interface ConfigurationCheck {
  changes: SourceChanges;
  /** The unit pairs it preprocessed (changesCompiledIn reuses them instead of running gcc -E again). */
  preprocessed: PreprocessedPair[];
  /** Units preprocessed (pairs: one on each side) and the wall time, for the progress line and docs. */
  unitsPreprocessed: number;
  seconds: number;
}

interface Subject {
  subject: ChangeSubject;
  /** Where the facts go: an index into changes.other or changes.functions. */
  target: { list: 'other' | 'functions'; index: number };
}

interface UnitPair {
  source: string;
  base: TranslationUnit;
  head: TranslationUnit;
}

export async function checkAgainstConfiguration(
  changes: SourceChanges,
  base: BuildResult,
  head: BuildResult,
  opts: { jobs: number; warnings: Warning[]; onProgress?: (m: string) => void },
): Promise<ConfigurationCheck> {
  const started = Date.now();
  const subjects = await subjectsOf(changes, base, head);
  if (subjects.length === 0) return { changes, preprocessed: [], unitsPreprocessed: 0, seconds: 0 };
  const pairs = unitPairs(changes, base, head);
  const preprocessed = await preprocessWhileUndecided(subjects, pairs, base, head, opts.jobs);
  const failures = preprocessed.filter((p) => 'error' in p.base || 'error' in p.head);
  if (failures.length > 0) {
    opts.warnings.push({ source: 'configuration', message: `could not preprocess ${plural(failures.length, 'translation unit')} for the configuration check (first: ${failures[0].source}); changes they include keep their severity` });
  }
  const facts = subjects.map((s) => judgeChange(s.subject, preprocessed));
  const seconds = (Date.now() - started) / 1000;
  const count = (status: ConfigurationFacts['status']) => facts.filter((f) => f.status === status).length;
  opts.onProgress?.(`configuration: ${plural(preprocessed.length, 'unit')} preprocessed on each side in ${seconds.toFixed(1)} s; ${plural(count('compiled-in'), 'change')} compiled in, ${count('compiled-out')} compiled out, ${count('unknown')} unknown`);
  return { changes: withFacts(changes, subjects, facts), preprocessed, unitsPreprocessed: preprocessed.length, seconds };
}

/**
 * Which of the source diff's non-function changes (struct layouts, macros, data, enums...) each of the
 * given translation units compiles differently on base and head, asked of the compiler: the units are
 * preprocessed on both sides and each change judged in each unit alone (src/compare/compiled-change.ts).
 * This is the evidence that explains code that changed with no function changing: the unit compiles
 * the new layout of struct X. Returns source → indexes into `changes.other`.
 */
export async function changesCompiledIn(
  check: Pick<ConfigurationCheck, 'changes' | 'preprocessed'>,
  base: BuildResult,
  head: BuildResult,
  sources: ReadonlySet<string>,
  jobs: number,
): Promise<Map<string, number[]>> {
  const { changes } = check;
  const out = new Map<string, number[]>();
  const subjects = (await subjectsOf(changes, base, head)).filter((s) => s.target.list === 'other');
  if (subjects.length === 0 || sources.size === 0) return out;
  const question = questionFor(subjects);
  // Units the configuration check preprocessed already (same files and macros asked, or more) are not run again.
  const done = new Map(check.preprocessed.filter((p) => sources.has(p.source)).map((p) => [p.source, p]));
  const pairs = unitPairs(changes, base, head).filter((p) => sources.has(p.source) && !done.has(p.source) && subjects.some((s) => mayInclude(p.base, s.subject.baseFile) || mayInclude(p.head, s.subject.file)));
  const perBatch = Math.max(1, Math.floor(jobs / 2));
  const judge = (results: PreprocessedPair[]) => {
    for (const r of results) {
      const compiled = subjects.filter((s) => judgeChange(s.subject, [r]).status === 'compiled-in').map((s) => s.target.index);
      if (compiled.length > 0) out.set(r.source, compiled);
    }
  };
  judge([...done.values()]);
  for (let i = 0; i < pairs.length; i += perBatch) judge(await Promise.all(pairs.slice(i, i + perBatch).map((p) => preprocessPair(p, base, head, question))));
  return out;
}

function questionFor(subjects: Subject[]): PreprocessQuestion {
  return {
    files: new Set(subjects.flatMap((s) => [s.subject.file, s.subject.baseFile])),
    macros: new Set(subjects.flatMap((s) => [...(s.subject.macro ? [s.subject.macro] : []), ...s.subject.conditions.flatMap((c) => c.macros.flatMap((m) => [m, `${m}_MODULE`]))])),
  };
}

async function preprocessPair(p: UnitPair, base: BuildResult, head: BuildResult, question: PreprocessQuestion): Promise<PreprocessedPair> {
  const [b, h] = await Promise.all([
    preprocessUnit(p.base, base, question).catch((e: Error) => ({ error: e.message })),
    preprocessUnit(p.head, head, question).catch((e: Error) => ({ error: e.message })),
  ]);
  return { source: p.source, base: b, head: h };
}

/** The changes to judge, each with what to compare and the #if lines around it. */
async function subjectsOf(changes: SourceChanges, base: BuildResult, head: BuildResult): Promise<Subject[]> {
  const basePathOf = new Map(changes.files.map((f) => [f.path, f.basePath ?? f.path]));
  const texts = new Map<string, Promise<string | null>>();
  const textOf = (build: BuildResult, file: string) => {
    const key = `${build.side}\0${file}`;
    let t = texts.get(key);
    if (!t) texts.set(key, (t = readFile(path.join(build.sourceDir, file), 'utf8').catch(() => null)));
    return t;
  };
  const out: Subject[] = [];
  const add = async (target: Subject['target'], item: { file: string; baseLines?: [number, number]; headLines?: [number, number] }, line: number, compare: ChangeSubject['compare'], label: string, macro?: string) => {
    if (!/\.(c|h)$/.test(item.file)) return;
    const onHead = item.headLines !== undefined || item.baseLines === undefined;
    const file = item.file;
    const baseFile = basePathOf.get(file) ?? file;
    const text = await textOf(onHead ? head : base, onHead ? file : baseFile);
    const conditions = text === null ? [] : enclosingConditions(text, onHead ? file : baseFile, line);
    const subject: ChangeSubject = { compare, file, baseFile, conditions, label };
    if (item.baseLines) subject.baseLines = item.baseLines;
    if (item.headLines) subject.headLines = item.headLines;
    if (macro !== undefined) subject.macro = macro;
    out.push({ subject, target });
  };
  for (const [index, c] of changes.other.entries()) {
    const label = changeLabel(c);
    const spans = c.baseLines !== undefined || c.headLines !== undefined;
    const compare = c.kind === 'macro' && c.name ? 'macro' : c.kind === 'other' || !spans ? 'file' : 'lines';
    await add({ list: 'other', index }, c, c.line, compare, label, compare === 'macro' ? c.name : undefined);
  }
  for (const [index, fn] of changes.functions.entries()) {
    if (!fn.markers.some(isInitMarker)) continue;
    const line = fn.changedLines[0] ?? fn.headLines?.[0] ?? fn.baseLines?.[0] ?? 1;
    await add({ list: 'functions', index }, fn, line, fn.baseLines || fn.headLines ? 'lines' : 'file', `function ${fn.name}`);
  }
  return out;
}

/** Units built on both sides (renamed sources followed), in base order. */
function unitPairs(changes: SourceChanges, base: BuildResult, head: BuildResult): UnitPair[] {
  const renamedTo = new Map(changes.files.filter((f) => f.basePath).map((f) => [f.basePath as string, f.path]));
  const headBySource = new Map(head.units.map((u) => [u.source, u]));
  const out: UnitPair[] = [];
  for (const b of base.units) {
    const h = headBySource.get(renamedTo.get(b.source) ?? b.source);
    if (h) out.push({ source: b.source, base: b, head: h });
  }
  return out;
}

/** Whether a unit may include `file`: its own source, a recorded dep, or unknown (no deps recorded). */
function mayInclude(unit: TranslationUnit, file: string): boolean {
  return unit.source === file || unit.deps === undefined || unit.deps.includes(file);
}

/**
 * Preprocesses the pairs that can still change a verdict: a change already shown compiled in needs no
 * more units; one not yet shown needs every unit that may include its file (compiled out must hold in all).
 */
async function preprocessWhileUndecided(subjects: Subject[], pairs: UnitPair[], base: BuildResult, head: BuildResult, jobs: number): Promise<PreprocessedPair[]> {
  const question = questionFor(subjects);
  const done: PreprocessedPair[] = [];
  let pending = subjects.map((s) => s.subject);
  const queue = [...pairs];
  const perBatch = Math.max(1, Math.floor(jobs / 2));
  while (pending.length > 0) {
    const batch: UnitPair[] = [];
    while (batch.length < perBatch && queue.length > 0) {
      const p = queue.shift() as UnitPair;
      if (pending.some((s) => mayInclude(p.base, s.baseFile) || mayInclude(p.head, s.file))) batch.push(p);
    }
    if (batch.length === 0) break;
    const results = await Promise.all(batch.map((p) => preprocessPair(p, base, head, question)));
    done.push(...results);
    pending = pending.filter((s) => judgeChange(s, results).status !== 'compiled-in');
  }
  return done;
}

function withFacts(changes: SourceChanges, subjects: Subject[], facts: ConfigurationFacts[]): SourceChanges {
  const other: NonFunctionChange[] = [...changes.other];
  const functions: ChangedFunction[] = [...changes.functions];
  subjects.forEach((s, i) => {
    if (s.target.list === 'other') other[s.target.index] = { ...other[s.target.index], configuration: facts[i] };
    else functions[s.target.index] = { ...functions[s.target.index], configuration: facts[i] };
  });
  return { ...changes, other, functions };
}
