// `npm run test:mutation`: StrykerJS on the modules in scope (stryker.config.mjs).
//
// With HANDOVER_MUTATION_MODULE set, one Stryker run over those modules, as the variable names them.
// Without it, one Stryker run per module, one after the other, each with that module's tests only: in a
// single run over every module a mutant of module-level code ("static": it runs outside any one test)
// would run the tests of every module (in a run of all of them, a `valueJudgement` constant's mutant ran
// the edit's property test too: 605 such mutants, an estimated nine hours). `edit` runs as its three
// parts (`editGuards`, `editOutline`, `editSplices`: together its mutants exactly, each without the
// property test, so their composed score is a lower bound of `edit`'s). Then prints each module's
// score and writes them to reports/mutation/summary.md. Arguments after `--` go to every Stryker run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stryker = ['--import', './scripts/strykerMochaCompat.mjs', 'node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...process.argv.slice(2)];

/** Runs Stryker once with `module` as HANDOVER_MUTATION_MODULE (undefined: as the environment says). */
function runStryker(module) {
  const env = module === undefined ? process.env : { ...process.env, HANDOVER_MUTATION_MODULE: module };
  const started = Date.now();
  const result = spawnSync(process.execPath, stryker, { cwd: root, env, stdio: 'inherit' });
  return { status: result.status ?? 1, seconds: (Date.now() - started) / 1000 };
}

if (process.env.HANDOVER_MUTATION_MODULE?.trim()) process.exit(runStryker(undefined).status);

/** Each run of a whole run, smallest first (a run stopped early has the most modules done), and the module each counts for. */
const RUNS = [
  ['atomicWrite', 'atomicWrite'],
  ['insideRepository', 'insideRepository'],
  ['masking', 'masking'],
  ['editCommands', 'editCommands'],
  ['markdownText', 'markdownText'],
  ['checkCommand', 'checkCommand'],
  ['fileLock', 'fileLock'],
  ['valueJudgement', 'valueJudgement'],
  ['branches', 'branches'],
  ['editGuards', 'edit'],
  ['editOutline', 'edit'],
  ['editSplices', 'edit'],
];

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Mutant counts by status in a Stryker JSON report (mutation-testing-report-schema). */
function countsOf(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = {};
  for (const source of Object.values(report.files)) {
    for (const mutant of source.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  return counts;
}

function add(into, counts) {
  for (const [status, n] of Object.entries(counts)) into[status] = (into[status] ?? 0) + n;
}

/** Stryker's score: (killed + timeout) ÷ (killed + timeout + survived + no coverage). */
function scoreOf(counts) {
  let detected = 0;
  let undetected = 0;
  for (const [status, n] of Object.entries(counts)) {
    if (DETECTED.has(status)) detected += n;
    else if (UNDETECTED.has(status)) undetected += n;
  }
  return detected + undetected === 0 ? null : (100 * detected) / (detected + undetected);
}

const pct = (value) => (value === null ? '–' : `${value.toFixed(2)} %`);

/** The table of every module run so far, written after each run: a run stopped early still leaves what it measured. */
function writeSummary(modules, ended) {
  const lines = [
    `Mutation scores of one \`npm run test:mutation\` (${ended ? 'ended' : 'so far'} ${new Date().toISOString()}; arguments: ${process.argv.slice(2).join(' ') || 'none'})`,
    '',
    '| module | runs | killed | timeout | survived | no coverage | compile errors | ignored | score | wall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [module, { counts, seconds, runs, complete }] of modules) {
    const n = (status) => counts[status] ?? 0;
    lines.push(`| ${module} | ${runs.join(' + ')}${complete ? '' : ' (a run failed)'} | ${n('Killed')} | ${n('Timeout')} | ${n('Survived')} | ${n('NoCoverage')} | ${n('CompileError')} | ${n('Ignored')} | ${pct(scoreOf(counts))} | ${Math.round(seconds)} s |`);
  }
  const summary = `${lines.join('\n')}\n`;
  mkdirSync(`${root}reports/mutation`, { recursive: true });
  writeFileSync(`${root}reports/mutation/summary.md`, summary);
  return summary;
}

const modules = new Map();
let failed = false;
for (const [run, module] of RUNS) {
  console.log(`\n=== mutation testing: ${run}${run === module ? '' : ` (part of ${module})`} ===\n`);
  const { status, seconds } = runStryker(run);
  const file = `${root}reports/mutation/${run}.json`;
  const entry = modules.get(module) ?? { counts: {}, seconds: 0, runs: [], complete: true };
  entry.seconds += seconds;
  entry.runs.push(run);
  if (status !== 0 || !existsSync(file)) {
    failed = true;
    entry.complete = false;
    console.error(`mutation testing: the run of ${run} ended with status ${status}`);
  } else {
    add(entry.counts, countsOf(file));
  }
  modules.set(module, entry);
  writeSummary(modules, false);
}

const summary = writeSummary(modules, true);
console.log(`\n${summary}\n(written to reports/mutation/summary.md)`);
process.exit(failed ? 1 : 0);
