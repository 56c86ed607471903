// The benchmark's targets (README: Performance), checked: a missed target makes `npm run bench` exit 1.

export interface Target {
  /** What is measured, as the tables name it. */
  name: string;
  /** `max`: the value must not exceed `limit`; `min`: it must reach it. */
  kind: 'max' | 'min';
  limit: number;
}

export const TARGETS = {
  // Ownership, in CPU time (user + system, git's processes included) against the same `git log
  // --numstat -M`; the blame step apart, as the issue sets it: the history part ≤ 1.2×, blame ≤ +25 %.
  historyOverLog: { name: 'ownership: full run without the blame step ÷ git log (CPU)', kind: 'max', limit: 1.2 },
  blameOverLog: { name: 'ownership: blame step ÷ git log (CPU)', kind: 'max', limit: 0.25 },
  fullRssMb: { name: 'ownership: full run RSS MB', kind: 'max', limit: 300 },
  warmCpuSeconds: { name: 'ownership: warm run CPU s', kind: 'max', limit: 1 },
  scanOverPatch: { name: 'credentials: scan ÷ git log -p', kind: 'max', limit: 1.3 },
  scanRssMb: { name: 'credentials: scan RSS MB', kind: 'max', limit: 400 },
  secretlintOverOurs: { name: 'credentials: secretlint ÷ our matcher', kind: 'min', limit: 5 },
  // A rule's pattern on a line 16 times longer: about 1 when linear in the line, about 16 when quadratic (ruleGrowth.ts).
  lineRuleGrowth: { name: 'credentials: a rule on a 16× longer line ÷ 16 × the short line', kind: 'max', limit: 4 },
} as const satisfies Record<string, Target>;

export type TargetName = keyof typeof TARGETS;

/** Collects measurements against TARGETS and says which were missed. */
export class TargetCheck {
  private readonly missed: string[] = [];

  /** Records `value` measured at `where` (e.g. "20000 commits"); a value that is not a number is a miss too. */
  measure(target: TargetName, where: string, value: number): void {
    const { name, kind, limit } = TARGETS[target];
    const met = Number.isFinite(value) && (kind === 'max' ? value <= limit : value >= limit);
    if (!met) this.missed.push(`${name} at ${where}: ${Number.isFinite(value) ? value.toFixed(2) : String(value)} (target ${kind === 'max' ? '≤' : '≥'} ${limit})`);
  }

  /** Every missed target, in the order measured; empty when all were met. */
  misses(): readonly string[] {
    return this.missed;
  }
}
