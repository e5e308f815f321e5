import type { Analysis, ChangedFunction, CodeReferrer, Finding, Severity, UnpatchableFunction } from '../../model.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'no-ftrace-entry',
  severity: 'error',
  title: 'Function livepatch cannot redirect',
  why:
    'Livepatch redirects a function through the ftrace (__fentry__/mcount) call at its entry. A function ' +
    'without one (notrace; the kernel\'s inline, which implies notrace, kept out of line; noinstr code) cannot ' +
    'be replaced by itself: its new version is reached only by replacing every function that calls it or ' +
    'takes its address. The patch list does that (reason "referrer", transitively when a referrer cannot be ' +
    'redirected either). Error when running code can still reach the old version: data (an ops table, a ' +
    'callback array) holds its address, or nothing patchable reaches it; warning when it is global and the ' +
    'objects the build skipped may call it; notice when its referrers cover it.',
  advice:
    'When it is covered, keep the referrers the patch list names. When data holds its address, patching code ' +
    'cannot retarget that pointer: patch the function that installs it so it installs the new function, or ' +
    'switch the pointer from a livepatch callback (pre_patch/post_unpatch), or make the change in a function ' +
    'livepatch can redirect. When nothing reaches it in the objects built, find its callers (assembly, other ' +
    'objects: run with full-build) and patch those.',
});

const HOW: Record<CodeReferrer['kind'], string> = { call: 'calls it', jump: 'jumps to it', address: 'takes its address' };

/** The changed function a base symbol is a copy of, when the PR changed it directly. */
function changedFunctionOf(analysis: Analysis, u: UnpatchableFunction): ChangedFunction | undefined {
  return analysis.changes.functions.find((fn) => fn.symbols.includes(u.symbol) && (fn.inHeader || (fn.baseFile ?? fn.file) === u.file));
}

function referrerText(r: CodeReferrer): string {
  const via = r.replacement === 'through-referrers' ? ', replaced through its own referrers' : r.replacement === 'init-only' ? ', init code that has run' : '';
  return `'${r.symbol}' (${HOW[r.kind]}${via})`;
}

function gaps(u: UnpatchableFunction, all: UnpatchableFunction[]): string[] {
  const out: string[] = [];
  if (u.dataReferrers.length > 0) {
    const held = u.dataReferrers.map((d) => `'${d.symbol}' (${d.section}${d.file === u.file ? '' : `, ${d.file}`})`);
    out.push(`data holds its address: ${held.join(', ')}; patching code cannot retarget that pointer: patch the function that installs it, or switch it from a livepatch callback`);
  }
  if (u.referrers.length === 0 && u.dataReferrers.length === 0) {
    out.push(`nothing in the objects built calls it or takes its address (called from assembly or from objects not built?)`);
  }
  const uncovered = u.referrers.filter(
    (r) => r.replacement === 'through-referrers' && all.some((o) => o.object === r.object && o.file === r.file && o.symbol === r.symbol && o.coverage === 'uncovered'),
  );
  if (uncovered.length > 0) out.push(`its referrer${uncovered.length > 1 ? 's' : ''} ${uncovered.map((r) => `'${r.symbol}'`).join(', ')} cannot be redirected and ${uncovered.length > 1 ? 'are' : 'is'} not covered either`);
  return out;
}

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const u of analysis.unpatchable) {
    // Init code is the init-code rule's; code that did not change needs no replacement.
    if (u.coverage === 'not-needed' || u.coverage === 'init-only') continue;
    const fn = changedFunctionOf(analysis, u);
    const inline = fn?.isInline && u.cause === 'no-ftrace-entry' ? ` (inline-marked: the kernel's inline implies notrace; base keeps an out-of-line copy)` : '';
    const head = `'${u.symbol}' cannot be redirected by livepatch: ${u.detail}${inline}`;
    let severity: Severity;
    let message: string;
    if (u.coverage === 'uncovered') {
      severity = 'error';
      message = `${head}; running code can still reach the old version: ${gaps(u, analysis.unpatchable).join('; ')}.`;
    } else {
      severity = u.referrersOutsideBuild ? 'warning' : 'notice';
      message =
        `${head}; replaced through ${u.referrers.map(referrerText).join(', ')}, which the patch list carries.` +
        (u.referrersOutsideBuild ? ' It is global and only some objects were built: callers in the others are not seen (run with full-build).' : '');
    }
    findings.push({ ruleId: meta.id, severity, message, file: u.file, line: u.line, symbol: u.symbol, object: u.object });
  }
  return findings;
}
