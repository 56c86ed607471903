import * as assert from 'node:assert/strict';
import { TargetCheck, TARGETS } from '../bench/targets';

describe('the benchmark targets', () => {
  it('pass values within the limits, the limit itself included', () => {
    const check = new TargetCheck();
    check.measure('historyOverLog', '20000 commits', 1.2);
    check.measure('blameOverLog', '20000 commits', 0.25);
    check.measure('fullRssMb', '20000 commits', 120);
    check.measure('warmCpuSeconds', '20000 commits', 0.4);
    check.measure('scanOverPatch', '20000 commits', 1.0);
    check.measure('scanRssMb', '20000 commits', 400);
    check.measure('secretlintOverOurs', '20000 commits', 5);
    assert.deepEqual(check.misses(), []);
  });

  it('name every missed ratio or memory target with the value and where it was measured', () => {
    const check = new TargetCheck();
    check.measure('historyOverLog', '100000 commits', 1.21);
    check.measure('blameOverLog', '20000 commits', 0.26);
    check.measure('scanRssMb', '100000 commits', 512);
    check.measure('secretlintOverOurs', '20000 commits', 4.9);
    check.measure('warmCpuSeconds', '20000 commits', Number.NaN);
    assert.deepEqual(check.misses(), [
      'ownership: full run without the blame step ÷ git log (CPU) at 100000 commits: 1.21 (target ≤ 1.2)',
      'ownership: blame step ÷ git log (CPU) at 20000 commits: 0.26 (target ≤ 0.25)',
      'credentials: scan RSS MB at 100000 commits: 512.00 (target ≤ 400)',
      'credentials: secretlint ÷ our matcher at 20000 commits: 4.90 (target ≥ 5)',
      'ownership: warm run CPU s at 20000 commits: NaN (target ≤ 1)',
    ]);
  });

  it('hold the targets the README states', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(TARGETS).map(([key, t]) => [key, `${t.kind} ${t.limit}`])),
      { historyOverLog: 'max 1.2', blameOverLog: 'max 0.25', fullRssMb: 'max 300', warmCpuSeconds: 'max 1', scanOverPatch: 'max 1.3', scanRssMb: 'max 400', secretlintOverOurs: 'min 5', lineRuleGrowth: 'max 4' },
    );
  });
});
