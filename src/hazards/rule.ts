// The shape every hazard rule module shares (ESLint style): metadata next to its detector.
import type { Analysis, Finding, Severity } from '../model.js';

export interface RuleMeta {
  /** Stable kebab-case id; also the anchor in docs/hazards.md. */
  id: string;
  /** Default severity; a finding may carry a different one when the rule grades cases (see `detect`). */
  severity: Severity;
  title: string;
  /** Why it matters for a live patch, in a sentence or two. */
  why: string;
  /** What the patch author should do. */
  advice: string;
  /**
   * The rule reports changes found in the source diff, so its findings are graded by the configuration
   * check (src/hazards/configuration.ts): a notice when the built configuration compiles the change out.
   */
  gradedByConfiguration?: boolean;
  /** Repo-relative link to the rule's section of the docs. */
  helpUri: string;
}

export interface HazardRule {
  meta: RuleMeta;
  detect(analysis: Analysis): Finding[];
}

/** The docs anchor for a rule id (GitHub turns '## `clone-vanished`' into '#clone-vanished'). */
export function helpUriFor(id: string): string {
  return `docs/hazards.md#${id}`;
}

/** Builds rule metadata with its helpUri derived from the id, so the two never drift. */
export function defineMeta(meta: Omit<RuleMeta, 'helpUri'>): RuleMeta {
  return { ...meta, helpUri: helpUriFor(meta.id) };
}
