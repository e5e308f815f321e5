import type { Analysis, Finding } from '../../model.js';
import { childParent } from '../../compare/symbol-names.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'code-removal',
  severity: 'notice',
  title: 'Function removed at head stays in the running kernel',
  why:
    'A live patch can only add functions and redirect existing ones: a function the PR deletes keeps existing in ' +
    'the running kernel as dead code, and anything that still reaches it (an unpatched caller, a function pointer ' +
    'stored in data before the patch) keeps running the old code.',
  advice:
    'Make sure every caller and every place that stored its address is in the patch list or rewritten; if the ' +
    'removal is a fix (the old code must never run again), replace the function instead of deleting it.',
});

export function detect(analysis: Analysis): Finding[] {
  return analysis.codeDiffs
    .filter((d) => d.status === 'removed' && childParent(d.symbol) === null && !/\.(isra|constprop|part|cold|lto_priv)\./.test(d.symbol))
    .map((d) => ({
      ruleId: meta.id,
      severity: meta.severity,
      message: `Function '${d.symbol}' exists only at base: it stays in the running kernel after the patch, reachable by anything the patch does not redirect.`,
      file: d.source,
      symbol: d.symbol,
      object: d.owner,
    }));
}
