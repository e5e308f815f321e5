import type { Analysis, CodeReference, Finding } from '../../model.js';
import { isCompilerConstant, isStaticLocalName } from '../../compare/symbol-names.js';
import { factsBySource, patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'data-semantics',
  severity: 'warning',
  title: 'Patched function stops or starts taking a lock, or starts or stops using shared data',
  why:
    'A live patch switches functions one task at a time, and unpatched code keeps running beside patched code. ' +
    'When a patched function stops taking a lock, or starts reading or writing a variable that other (unpatched) ' +
    'functions use, the old and new code disagree about the data\'s protocol during and after the transition. The ' +
    'kpatch patch-author guide calls these data semantic changes: the builders compile them without complaint. ' +
    'Found from the relocations of the base and head code, not from the source text.',
  advice:
    'Check every other user of the data or lock listed: patch them too, or keep the old protocol. Carry new state ' +
    'in a shadow variable (klp_shadow_get_or_alloc) and switch the protocol from a post-patch callback once every ' +
    'task runs the new code; see the kpatch guide, "Data semantic changes".',
});

/** Tracepoint, static-call, lockdep and once bookkeeping: references to them are instrumentation, not data. */
const BOOKKEEPING = /^(__tracepoint_|__SCK__|__SCT__|__UNIQUE_ID_|__already_done|__warned|__print_once|__key|__func__|__FUNCTION__|__PRETTY_FUNCTION__|descriptor\.)/;
const LOCKING = /^(_raw_)?(spin|read|write)_(un)?lock(_\w+)?$|^(raw_)?spin_(un)?lock\w*$|^mutex_(un)?lock\w*$|^(down|up)(_read|_write)?(_\w+)?$|^__rcu_read_(un)?lock$|^rcu_read_(un)?lock\w*$|^(percpu_)?(down|up)_(read|write)\w*$/;

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const baseBySource = factsBySource(analysis, 'base');
  const patchedNames = new Set(analysis.patch.flatMap((o) => o.functions.map((f) => `${f.file}\0${f.symbol}`)));
  for (const { object, fn, base, head } of patchedCode(analysis)) {
    if (!base || !head) continue;
    const where = { ruleId: meta.id, severity: meta.severity, file: fn.file, line: fn.line, symbol: fn.symbol, object } as const;
    const locks = (refs: CodeReference[]) => new Set(refs.filter((r) => r.kind !== 'address' && LOCKING.test(r.name)).map((r) => r.name));
    const [lockedBefore, lockedAfter] = [locks(base.references), locks(head.references)];
    for (const l of lockedBefore) if (!lockedAfter.has(l)) findings.push({ ...where, message: `'${fn.symbol}' no longer calls ${l}() at head: code that still takes it no longer excludes this function.` });
    for (const l of lockedAfter) if (!lockedBefore.has(l)) findings.push({ ...where, message: `'${fn.symbol}' starts calling ${l}() at head: unpatched code does not, until the transition completes.` });

    const data = (refs: CodeReference[]) => new Set(refs.filter((r) => r.type === 'OBJECT' || (r.type === 'NOTYPE' && r.kind === 'address' && !r.section)).map((r) => r.name).filter((n) => !isCompilerConstant(n) && !isStaticLocalName(n) && !BOOKKEEPING.test(n)));
    const [usedBefore, usedAfter] = [data(base.references), data(head.references)];
    const others = (name: string) => [...(baseBySource.get(fn.file)?.values() ?? [])]
      .filter((f) => f.symbol !== fn.symbol && !patchedNames.has(`${fn.file}\0${f.symbol}`) && f.references.some((r) => r.name === name))
      .map((f) => f.symbol);
    for (const name of usedAfter) {
      if (usedBefore.has(name)) continue;
      const users = others(name);
      const shared = users.length > 0 ? `it is also used by unpatched ${users.slice(0, 4).join(', ')}${users.length > 4 ? ', …' : ''}` : 'it is defined or used outside this object too';
      findings.push({ ...where, message: `'${fn.symbol}' starts using '${name}' at head; ${shared}.` });
    }
    for (const name of usedBefore) {
      if (usedAfter.has(name)) continue;
      const users = others(name);
      if (users.length === 0) continue;
      findings.push({ ...where, message: `'${fn.symbol}' stops using '${name}' at head; unpatched ${users.slice(0, 4).join(', ')} still rely on it.` });
    }
  }
  return findings;
}
