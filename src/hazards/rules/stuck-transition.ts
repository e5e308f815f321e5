import type { Analysis, CodeFact, Finding } from '../../model.js';
import { factsBySource, patchedCode } from '../code-facts.js';
import { defineMeta } from '../rule.js';

export const meta = defineMeta({
  id: 'stuck-transition',
  severity: 'warning',
  title: 'A function to patch may never leave some task\'s stack',
  why:
    'The livepatch consistency model switches a task to the new code only when none of the patched functions is ' +
    'on its stack. A kthread\'s main function (handed to kthread_run / kthread_create*), a function that sleeps in ' +
    'a loop around schedule(), and the idle and scheduler entry paths are on some stack for as long as the system ' +
    'runs: the transition never completes, the patch stays "in transition" and a later patch cannot load. No ' +
    'builder warns about this. Found from the base objects: who passes the function\'s address to kthread_create*, ' +
    'and which functions call schedule() (directly or through a same-file callee). Threads whose function is ' +
    'stored in data (struct smp_hotplug_thread, kthread_worker, workqueues) are not seen.',
  advice:
    'Move the fix into a callee the loop calls and returns from (and patch that instead), or make the thread leave ' +
    'the function (kthread_park/unpark or stop/start it from klp callbacks: pre_patch / post_patch). As a last ' +
    'resort, the transition can be forced (/sys/kernel/livepatch/<patch>/force) once you have shown the old code ' +
    'cannot run again.',
});

/** Calls that create a kthread from a thread function whose address is passed alongside. */
const KTHREAD_CREATE = /^(__)?kthread_create(_on_node|_on_cpu|_worker\w*)?$|^kthread_run\w*$/;
/** Calls that put the calling task to sleep until something wakes it. */
const SLEEPS = /^(schedule|schedule_timeout\w*|schedule_hrtimeout\w*|io_schedule\w*|freezable_schedule\w*|schedule_preempt_disabled|wait_for_completion\w*|kthread_parkme|msleep\w*|ssleep|usleep_range\w*|__wait_event\w*|wait_woken|prepare_to_wait_event)$/;
/** Thread loops that test for being stopped around their sleep. */
const LOOP_TESTS = /^(kthread_should_stop|kthread_should_park|kthread_freezable_should_stop|freezing|try_to_freeze)$/;
/** Always on some stack: the idle loop, the scheduler and the generic thread entry points (Linux 6.1). */
const ALWAYS_ON_STACK = new Set([
  'do_idle', 'cpu_startup_entry', 'cpu_idle_poll', 'default_idle_call', 'arch_cpu_idle', 'default_idle', 'cpuidle_idle_call',
  'cpuidle_enter', 'cpuidle_enter_state', 'schedule', '__schedule', 'schedule_idle', 'preempt_schedule_common',
  'kthread', 'worker_thread', 'rescuer_thread', 'smpboot_thread_fn', 'ret_from_fork', 'rest_init', 'start_kernel',
  'start_secondary', 'secondary_startup_64', 'kernel_init', 'kthreadd',
]);

export function detect(analysis: Analysis): Finding[] {
  const findings: Finding[] = [];
  const bySource = factsBySource(analysis, 'base');
  for (const { object, fn, base } of patchedCode(analysis)) {
    const where = { ruleId: meta.id, severity: meta.severity, file: fn.file, line: fn.line, symbol: fn.symbol, object } as const;
    if (ALWAYS_ON_STACK.has(fn.symbol)) {
      findings.push({ ...where, message: `'${fn.symbol}' is an idle, scheduler or thread entry path: some task always has it on its stack, so the transition cannot complete.` });
      continue;
    }
    if (!base) continue;
    const unit = bySource.get(base.source) ?? new Map<string, CodeFact>();
    const threads = kthreadsStartedWith(unit, fn.symbol);
    const sleeps = sleepPath(unit, base);
    if (threads.length > 0) {
      findings.push({ ...where, message: `'${fn.symbol}' is the main function of kthread ${threads.join(', ')}${sleeps ? ` and sleeps in it (${sleeps})` : ''}: the thread never returns from it, so it keeps the old code on its stack and the transition cannot complete.` });
      continue;
    }
    if (!sleeps) continue;
    const loop = base.references.some((r) => LOOP_TESTS.test(r.name));
    findings.push({
      ...where,
      severity: loop ? 'warning' : 'notice',
      message: loop
        ? `'${fn.symbol}' loops around a sleep (${sleeps}) testing kthread_should_stop/freezing: a thread parked in it keeps the old code on its stack.`
        : `'${fn.symbol}' sleeps (${sleeps}): every task sleeping in it must wake up before the transition completes.`,
    });
  }
  return findings;
}

/** Kthread names (their format strings, or the starter function) of threads created to run `symbol`. */
function kthreadsStartedWith(unit: Map<string, CodeFact>, symbol: string): string[] {
  const names: string[] = [];
  for (const f of unit.values()) {
    const creates = f.references.some((r) => r.kind !== 'address' && KTHREAD_CREATE.test(r.name));
    if (!creates || !f.references.some((r) => r.kind === 'address' && r.name === symbol)) continue;
    names.push(...(f.strings.length > 0 ? f.strings.map((s) => `"${s}"`) : [`started by ${f.symbol}()`]));
  }
  return [...new Set(names)];
}

/** How `fn` reaches a sleep: 'schedule' directly, or 'wait_loop → schedule' through same-file callees. */
function sleepPath(unit: Map<string, CodeFact>, fn: CodeFact, seen = new Set<string>()): string | null {
  seen.add(fn.symbol);
  const direct = fn.references.find((r) => r.kind !== 'address' && SLEEPS.test(r.name));
  if (direct) return `${direct.name}()`;
  for (const r of fn.references) {
    if (r.kind === 'address' || seen.has(r.name)) continue;
    const callee = unit.get(r.name);
    if (!callee) continue;
    const below = sleepPath(unit, callee, seen);
    if (below) return `${r.name}() → ${below}`;
  }
  return null;
}
