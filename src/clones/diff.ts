// Base vs head: did the compiler make the same clone and inlining decisions for a function? Pure.
//
// Running callers of foo.isra.0 call the clone directly; if head no longer makes an isra clone (or
// makes a different one) those callers must be patched too. Clones pair numbering-insensitively
// (foo.isra.0 ~ foo.isra.3, never ~ foo.constprop.N); ORDER numbers are never compared across builds.
import { normaliseName } from '../compare/symbol-names.js';
import type { CloneChange } from '../model.js';
import { edgeKind, edgeReasonOf, edgeTarget, findNodes, nodeInfo, nodeName, outEdgesOf, type CloneGraph, type NodeId } from './graph.js';

/** 'foo.constprop.0.isra.3' → 'foo.constprop.#.isra.#': the clone's kind path, numbering removed. */
const cloneKey = normaliseName;

interface SideFacts {
  /** Clone key (reason + numbering-free name) → clone symbols, sorted. */
  clones: Map<string, { reason: string; names: string[] }>;
  /** Numbering-free caller name → a caller symbol as written. */
  callers: Map<string, string>;
  line?: number;
}

function factsOf(g: CloneGraph, source: string, name: string): SideFacts {
  const originals = findNodes(g, name, { source });
  const clones = new Map<string, { reason: string; names: string[] }>();
  const callers = new Map<string, string>();
  const line = originals.length > 0 ? nodeInfo(g, originals[0]).line : undefined;
  // The function and its clones (transitively: foo → foo.part.0 → foo.part.0.isra.0).
  const seen = new Set<NodeId>(originals);
  const queue = [...originals];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    for (const e of outEdgesOf(g, n)) {
      const to = edgeTarget(g, e);
      const toName = nodeName(g, to);
      if (edgeKind(g, e) === 'inline') {
        const key = cloneKey(toName);
        if (!callers.has(key)) callers.set(key, toName);
        continue;
      }
      const reason = edgeReasonOf(g, e);
      const key = `${reason}\0${cloneKey(toName)}`;
      let entry = clones.get(key);
      if (!entry) clones.set(key, (entry = { reason, names: [] }));
      if (!seen.has(to)) {
        entry.names.push(toName);
        seen.add(to);
        queue.push(to);
      }
    }
  }
  for (const c of clones.values()) c.names.sort(bySuffixNumber);
  return { clones, callers, line };
}

function bySuffixNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * For each function (looked up in the dumps of its TU source on each side): clone kinds that vanished
 * or appeared, and callers it is no longer / newly inlined into. Output follows `functions` order.
 */
export function diffClones(base: CloneGraph, head: CloneGraph, functions: { source: string; name: string }[]): CloneChange[] {
  const out: CloneChange[] = [];
  const done = new Set<string>();
  for (const { source, name } of functions) {
    const id = `${source}\0${name}`;
    if (done.has(id)) continue;
    done.add(id);
    const b = factsOf(base, source, name);
    const h = factsOf(head, source, name);
    const change = (kind: CloneChange['kind'], reason: string, other: string, line?: number): void => {
      const c: CloneChange = { source, function: name, kind, reason, other };
      if (line !== undefined) c.line = line;
      out.push(c);
    };
    for (const [key, bc] of [...b.clones].sort(byKey)) {
      const have = h.clones.get(key)?.names.length ?? 0;
      for (const n of bc.names.slice(have)) change('clone-vanished', bc.reason, n, b.line ?? h.line);
    }
    for (const [key, hc] of [...h.clones].sort(byKey)) {
      const had = b.clones.get(key)?.names.length ?? 0;
      for (const n of hc.names.slice(had)) change('clone-appeared', hc.reason, n, h.line ?? b.line);
    }
    for (const [key, caller] of [...b.callers].sort(byKey)) {
      if (!h.callers.has(key)) change('inline-removed', caller, caller, b.line ?? h.line);
    }
    for (const [key, caller] of [...h.callers].sort(byKey)) {
      if (!b.callers.has(key)) change('inline-added', caller, caller, h.line ?? b.line);
    }
  }
  return out;
}

function byKey<T>(a: [string, T], b: [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
