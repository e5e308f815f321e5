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
    ...rules.map((r) => `| [${r.id}](#${r.id}) | ${SEVERITY_TEXT[r.severity]}${r.gradedByConfiguration ? ' ¹' : ''} | ${r.title} |`),
    '',
    '¹ Judged against the built configuration (see [below](#judged-against-the-built-configuration)).',
    '',
    '## Judged against the built configuration',
    '',
    'Some rules report what the source diff shows (a struct, a macro, data, an enum, an `__init` function)',
    'before any object is compared. Kernel headers put much of that under `#ifdef CONFIG_...`, so each such',
    'change is checked against the configuration that was built: every built translation unit that includes',
    'the file is preprocessed again on base and head with its recorded compile command (`gcc -E -dU`), and',
    "the change's preprocessed text is compared (for a macro: the definition the units expand or test).",
    '',
    '- **Compiled out** (the same text on both sides, or no text, in every unit that includes the file): the',
    '  finding is a **notice** whatever the rule or the policy says, and its message says so, naming the macros',
    '  of the `#if` around the change with the values the compiler saw: *Not in this configuration:',
    '  CONFIG_SCHED_CORE is off (#ifdef CONFIG_SCHED_CORE at kernel/sched/sched.h:1138); …*',
    "- **Compiled in** (some unit's text differs): the rule's severity, with the evidence: which unit and what",
    "  differs (*Compiled in: in kernel/sched/core.c the preprocessed struct rq differs (head adds '…')*).",
    '- **Unknown** (no unit built on both sides includes the file, or preprocessing failed): the rule\'s',
    '  severity, with the reason.',
    '',
    'The facts are in each finding\'s `configuration` field of the JSON report ([report-schema.md](report-schema.md)),',
    'so reports of several configurations can show the same change as an error in one and a notice in another',
    '(the aggregate of a matrix lists it once, with its severity per codestream).',
    '',
    'The Linux 6.1 kernel test (`test/kernel/kernel.test.ts`) makes exactly that change: a `struct rq` field',
    'inside `#ifdef CONFIG_SCHED_CORE`, which x86_64 defconfig leaves off. The four units that include',
    '`kernel/sched/sched.h` compile to identical objects, and the `layout-change` finding is a notice whose',
    'evidence names `CONFIG_SCHED_CORE is off` ([what else that test shows](building.md#what-the-x86_64-kernel-test-proves)).',
    '',
    'Cost: one `gcc -E` per side for each built unit that includes a changed file, stopping for a change as soon',
    'as one unit shows it compiled in. Measured on x86_64 defconfig, `kernel/sched/core.c`: 0.8 s of CPU to',
    'preprocess (5.5 MB of output, read back in about 0.5 s) against 3.6 to 4.6 s to compile it; the four',
    'units that include `kernel/sched/sched.h`, both sides, took 38 s on a loaded 2-core machine where',
    'compiling them took 64 s per side.',
    '',
  ];
  for (const r of rules) {
    out.push(`## ${r.id}`, '', `**${r.title}** — default severity: **${SEVERITY_TEXT[r.severity]}**`, '');
    out.push(`**Why it matters for a live patch.** ${r.why}`, '', `**What to do.** ${r.advice}`, '');
    if (r.gradedByConfiguration) out.push('A notice instead when the built configuration compiles the change out ([how](#judged-against-the-built-configuration)).', '');
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
