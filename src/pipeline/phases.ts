// Where a run's time goes: each side's build phases (worktree, configure, prepare, select, objects) and
// the analysis, timed as they are entered, so the log names the slowest at the end. Pure but the clock.

export interface PhaseTime {
  name: string;
  seconds: number;
}

export class PhaseClock {
  private readonly done: PhaseTime[] = [];
  private current: { name: string; since: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** Ends the current phase (if any) and starts `name`. */
  enter(name: string): void {
    this.end();
    this.current = { name, since: this.now() };
  }

  end(): void {
    if (!this.current) return;
    this.done.push({ name: this.current.name, seconds: (this.now() - this.current.since) / 1000 });
    this.current = null;
  }

  /** Phases in order, a phase entered twice summed at its first place. */
  times(): PhaseTime[] {
    const sums = new Map<string, number>();
    for (const p of this.done) sums.set(p.name, (sums.get(p.name) ?? 0) + p.seconds);
    return [...sums].map(([name, seconds]) => ({ name, seconds }));
  }
}

/** 'time by phase: base worktree 3.1 s, ...; slowest: base prepare (61.0 s, 45% of 135.2 s)'. */
export function describePhases(times: PhaseTime[]): string {
  if (times.length === 0) return 'time by phase: none recorded';
  const total = times.reduce((a, p) => a + p.seconds, 0);
  const slowest = times.reduce((a, p) => (p.seconds > a.seconds ? p : a));
  const pct = total > 0 ? Math.round((100 * slowest.seconds) / total) : 0;
  return `time by phase: ${times.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ')}; slowest: ${slowest.name} (${slowest.seconds.toFixed(1)} s, ${pct}% of ${total.toFixed(1)} s)`;
}
