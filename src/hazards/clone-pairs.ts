// A clone that vanished and one of another kind that appeared for the same function in the same TU
// are one event (the clone changed kind); clone-kind-changed reports those, the other clone rules skip them.
import type { CloneChange } from '../model.js';

/** isra drops or changes parameters, constprop bakes constants in: running callers call the old ABI. */
export const ABI_CLONE_REASONS = ['isra', 'constprop'];

export interface CloneKindChange {
  vanished: CloneChange;
  appeared: CloneChange;
}

export function cloneKindChanges(changes: CloneChange[]): CloneKindChange[] {
  const pairs: CloneKindChange[] = [];
  const used = new Set<CloneChange>();
  for (const v of changes) {
    if (v.kind !== 'clone-vanished') continue;
    const a = changes.find(
      (c) =>
        c.kind === 'clone-appeared' && !used.has(c) && c.source === v.source && c.function === v.function && c.reason !== v.reason,
    );
    if (!a) continue;
    used.add(a);
    pairs.push({ vanished: v, appeared: a });
  }
  return pairs;
}

/** The clone changes that are part of a kind change. */
export function pairedCloneChanges(changes: CloneChange[]): Set<CloneChange> {
  return new Set(cloneKindChanges(changes).flatMap((p) => [p.vanished, p.appeared]));
}
