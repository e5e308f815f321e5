// How a non-function change is named wherever it is a cause: 'struct nf_hook_ops', 'macro LIMIT',
// 'data limits'. One spelling, so a patch-list reason, a data object's cause and a finding can be matched.
import type { NonFunctionChange } from '../model.js';

export function changeLabel(c: Pick<NonFunctionChange, 'kind' | 'name'>): string {
  return `${c.kind}${c.name ? ` ${c.name}` : ''}`;
}

/** A struct or union change: instances in the running system keep the old layout. */
export function isLayoutChange(c: Pick<NonFunctionChange, 'kind'>): boolean {
  return c.kind === 'struct' || c.kind === 'union';
}

/** Whether a label (changeLabel) names a struct or union. */
export function isLayoutLabel(label: string): boolean {
  return /^(struct|union)( |$)/.test(label);
}
