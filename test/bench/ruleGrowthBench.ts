// `node out/test/bench/ruleGrowthBench.js`: the credential rules on long lines alone (ruleGrowth.ts),
// the twelve worst; exits 1 when one grows faster than its target.
import { printTable } from './printTable';
import { keywordSearchGrowth, matcherGrowth, ruleGrowth } from './ruleGrowth';
import { TargetCheck } from './targets';

const targets = new TargetCheck();
const growth = [...ruleGrowth(), ...matcherGrowth(), ...keywordSearchGrowth()].sort((a, b) => b.ratio - a.ratio);
for (const g of growth) targets.measure('lineRuleGrowth', g.rule, g.ratio);
printTable(['rule', 'ratio (≤4)', 'long line ms', 'worst line'], growth.slice(0, 12).map((g) => [g.rule, g.ratio.toFixed(1), g.longMs.toFixed(1), g.line]));
const misses = targets.misses();
if (misses.length) {
  console.error(`\nMISSED ${misses.length} target(s):\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('\nEvery rule is linear in the line.');
