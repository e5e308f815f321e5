// The list of hazard rules, in report order. Adding a rule: one module in rules/ and one line here.
import type { Analysis, Finding } from '../model.js';
import type { HazardRule, RuleMeta } from './rule.js';
import * as changedData from './rules/changed-data.js';
import * as layoutChange from './rules/layout-change.js';
import * as staticLocalChanged from './rules/static-local-changed.js';
import * as initCode from './rules/init-code.js';
import * as unpatchableFile from './rules/unpatchable-file.js';
import * as cloneVanished from './rules/clone-vanished.js';
import * as cloneKindChanged from './rules/clone-kind-changed.js';
import * as newData from './rules/new-data.js';
import * as noFtraceEntry from './rules/no-ftrace-entry.js';
import * as cloneAppeared from './rules/clone-appeared.js';
import * as inlineChanged from './rules/inline-changed.js';
import * as ipaDecisionChanged from './rules/ipa-decision-changed.js';
import * as unexplainedChange from './rules/unexplained-change.js';
import * as ipaPassesUntracked from './rules/ipa-passes-untracked.js';
import * as notBuilt from './rules/not-built.js';
import * as duplicateSymbol from './rules/duplicate-symbol.js';
import * as symbolMissing from './rules/symbol-missing.js';
import * as symposUnverified from './rules/sympos-unverified.js';
import * as fullyInlined from './rules/fully-inlined.js';
import * as lineOnlyChange from './rules/line-only-change.js';
import * as headerChange from './rules/header-change.js';
import * as macroChange from './rules/macro-change.js';
import * as staticBranch from './rules/static-branch.js';
import * as initReference from './rules/init-reference.js';
import * as specialSection from './rules/special-section.js';
import * as siblingCall from './rules/sibling-call.js';
import * as exportChange from './rules/export-change.js';
import * as syscallChange from './rules/syscall-change.js';
import * as dataSemantics from './rules/data-semantics.js';
import * as codeRemoval from './rules/code-removal.js';
import * as dataSection from './rules/data-section.js';
import * as stuckTransition from './rules/stuck-transition.js';

export const catalogue: readonly HazardRule[] = [
  changedData,
  layoutChange,
  staticLocalChanged,
  initCode,
  unpatchableFile,
  cloneVanished,
  cloneKindChanged,
  newData,
  noFtraceEntry,
  cloneAppeared,
  inlineChanged,
  ipaDecisionChanged,
  unexplainedChange,
  ipaPassesUntracked,
  notBuilt,
  duplicateSymbol,
  symbolMissing,
  symposUnverified,
  fullyInlined,
  lineOnlyChange,
  headerChange,
  macroChange,
  staticBranch,
  initReference,
  specialSection,
  siblingCall,
  exportChange,
  syscallChange,
  dataSemantics,
  codeRemoval,
  dataSection,
  stuckTransition,
];

/** Every rule's metadata, in catalogue order (SARIF tool.driver.rules, docs, policy validation). */
export const ruleMetas: readonly RuleMeta[] = catalogue.map((r) => r.meta);

export function ruleMeta(id: string): RuleMeta | undefined {
  return ruleMetas.find((m) => m.id === id);
}

/**
 * Runs every rule. Order is stable: catalogue order, then file, line, symbol and message, so reports
 * diff cleanly between runs.
 */
export function detectHazards(analysis: Analysis): Finding[] {
  return catalogue.flatMap((rule) =>
    rule
      .detect(analysis)
      .map((finding) => ({ finding }))
      .sort((a, b) => compareFindings(a.finding, b.finding))
      .map(({ finding }) => finding),
  );
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.symbol ?? '').localeCompare(b.symbol ?? '') ||
    a.message.localeCompare(b.message)
  );
}
