// CPU time of the measuring process and of its children, for benchmarks on a shared machine (where
// wall time measures the neighbours).
import { readFileSync } from 'node:fs';

/** Linux's USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS = 100;

/**
 * CPU time so far (user + system, ms) of this process and of its children that have exited (git, waited
 * for by Node): /proc/self/stat's utime, stime, cutime and cstime. Where /proc is absent, this
 * process's own time only.
 */
export function cpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces); utime is field 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, at) => sum + Number(fields[at]), 0);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
}
