// docs/hazards.md, generated from the rule metadata (scripts/gen-docs.mjs writes it; a test checks it).
import { coverage, type CoverageItem } from './coverage.js';
import type { RuleMeta } from './rule.js';

const SEVERITY_TEXT = { error: 'error', warning: 'warning', notice: 'notice' } as const;

export function renderHazardsDoc(rules: readonly RuleMeta[], items: readonly CoverageItem[] = coverage): string {
  const out: string[] = [
    '# Hazard rules',
    '',
    '<!-- Generated from src/hazards/rules/*.ts by `node scripts/gen-docs.mjs`; edit the rule metadata, not this file. -->',
    '',
    'Each rule is one module in `src/hazards/rules/<id>.ts`. The severity is the default; change it or turn a rule',
    'off in `.github/livepatch-gate.yml` (see [policy.md](policy.md)). Rule ids are stable.',
    '',
    '| Rule | Default severity | What it reports |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.id}](#${r.id}) | ${SEVERITY_TEXT[r.severity]} | ${r.title} |`),
    '',
  ];
  for (const r of rules) {
    out.push(`## ${r.id}`, '', `**${r.title}** — default severity: **${SEVERITY_TEXT[r.severity]}**`, '');
    out.push(`**Why it matters for a live patch.** ${r.why}`, '', `**What to do.** ${r.advice}`, '');
  }
  out.push(
    '## What the builders refuse, and where the gate reports it',
    '',
    'Each section of the kpatch patch-author guide and each case klp-build refuses or warns about, with the rules',
    'that report it, or why the gate cannot.',
    '',
    '| Source | Pitfall | Rules | How / why not |',
    '|---|---|---|---|',
    ...items.map((c) => `| ${c.source} | ${c.item} | ${c.rules.length > 0 ? c.rules.map((id) => `[${id}](#${id})`).join(', ') : '—'} | ${c.note.replace(/\|/g, '\\|')} |`),
    '',
  );
  return out.join('\n');
}
