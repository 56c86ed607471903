// Ownership and credential benchmark:
//   `node out/test/bench/bench.js [--commits 20000,100000] [--seed 7] [--dir <cache>] [--secretlint-commits 20000]
//    [--repeat N] [--ownership-only]`.
// For each size it builds (or reuses) a synthetic repository with git fast-import, then measures, each
// in a fresh Node process so that the peak RSS is that measurement's alone:
//   log        the baseline: the same `git log --numstat` the analysis runs, output drained by Node
//   full       analyzeOwnership from nothing (its state is saved for the next step); the CPU time from
//              its first `git blame` on is the blame step's, measured apart
// Ownership is compared in CPU time (user + system of the measuring Node process and of the git
// processes it waited for, from /proc/self/stat): on a shared machine wall time measures the
// neighbours. Wall times are printed beside. Log, full and warm run N times each (--repeat N,
// default 3; log and full alternating) and the run of least CPU time counts: one run's CPU moves by
// more than the margins measured (a first run of `npm run bench` read 1.28 where three gave 0.99–1.06).
//   warm       one new commit on top, analyzeOwnership with the saved state and blame results (reading the JSON included)
//   patch      the credential baseline: the same `git log -p -U0 …` the scan runs, drained by Node
//   scan       scanCredentials over every branch and tag, from nothing (its state is saved)
//   scanwarm   one new commit on top, scanCredentials with the saved state
//   rules      each credential rule's pattern on a long line against a short one (ruleGrowth.ts)
//   secretlint the added lines of the first N commits (one source per file per commit, as its
//              lintSource API takes whole texts) through @secretlint/core with its recommended
//              preset, and the same sources through our matcher, both without git
// secretlint is the comparison because it is the maintained JavaScript secret scanner (published by
// its author for Node, used by @vscode/vsce before packaging): the same runtime, so the ratio measures
// the matching, not the language. 12.0 is its last line that runs on Node 20, this project's floor.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyLogArguments, scanCredentials, scanTips } from '../../src/core/detect/credentials/credentialScan';
import { FileMatcher, MAX_LINE_LENGTH } from '../../src/core/detect/credentials/fileMatcher';
import { PatchLineParser, type PatchVisitor } from '../../src/core/detect/credentials/patchParser';
import type { CredentialScanState } from '../../src/core/detect/credentials/scanState';
import { currentLinesCacheFrom } from '../../src/core/detect/ownership/currentLines';
import { analyzeOwnership } from '../../src/core/detect/ownership/ownershipAnalyzer';
import { LOG_FORMAT } from '../../src/core/detect/ownership/logParser';
import type { OwnershipState } from '../../src/core/detect/ownership/ownershipLedger';
import { GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { TargetCheck } from './targets';
import { cpuMs } from './processCpu';
import { buildSyntheticRepo, runGit } from './syntheticHistory';
import { printTable } from './printTable';
import { matcherGrowth, ruleGrowth } from './ruleGrowth';

interface Measurement {
  ms: number;
  /** CPU time (user + system) of the measuring process and of the git processes it started and waited for. */
  cpuMs: number;
  /** Ownership: CPU time from the first `git blame` to the end (the blame step, measured apart). */
  blameCpuMs?: number;
  findings?: number;
  /** secretlint mode: their time and ours over the same sources, and what each found. */
  theirMs?: number;
  ourMs?: number;
  sources?: number;
  theirFindings?: number;
  maxRssMb: number;
  commitsRead?: number;
  files?: number;
  bytes?: number;
  stateMb?: number;
}

const PERSON = { emails: ['dev0@bench.example'] };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function leastCpu(runs: readonly Measurement[]): Measurement {
  return runs.reduce((least, run) => (run.cpuMs < least.cpuMs ? run : least));
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The added lines of each file of each commit, as one text per file: what secretlint is given. */
async function addedSources(repo: string, commits: number): Promise<{ path: string; text: string }[]> {
  const git = new GitRunner({ cwd: repo });
  const { tips } = await scanTips(git, false);
  const sources: { path: string; text: string }[] = [];
  let lines: string[] = [];
  let path = '';
  let read = 0;
  const visitor: PatchVisitor = {
    commit: () => undefined,
    commitEnd: () => void read++,
    file: (p) => {
      path = p;
      lines = [];
    },
    hunk: () => undefined,
    added: (text) => void (text.length <= MAX_LINE_LENGTH && lines.push(text)),
    removed: () => undefined,
    fileEnd: () => {
      if (lines.length) sources.push({ path, text: `${lines.join('\n')}\n` });
    },
  };
  const parser = new PatchLineParser(visitor);
  for await (const line of git.stream(historyLogArguments(tips), '\n', { maxFieldLength: MAX_LINE_LENGTH + 1 })) {
    parser.feed(line);
    if (read >= commits) break;
  }
  parser.end();
  return sources;
}

async function compareWithSecretlint(repo: string, commits: number): Promise<Measurement> {
  const sources = await addedSources(repo, commits);
  // Both packages are ES modules; this file is bundled as CommonJS.
  const { lintSource } = await import('@secretlint/core');
  const { creator: recommendedPreset } = await import('@secretlint/secretlint-rule-preset-recommend');
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }] };
  let theirFindings = 0;
  const theirStart = performance.now();
  for (const source of sources) {
    const result = await lintSource({ source: { content: source.text, filePath: source.path, contentType: 'text' }, options: { config, maskSecrets: true, noPhysicFilePath: true } });
    theirFindings += result.messages.length;
  }
  const theirMs = performance.now() - theirStart;
  let findings = 0;
  const ourStart = performance.now();
  for (const source of sources) {
    const matcher = new FileMatcher(source.path);
    let line = 1;
    for (const text of source.text.split('\n')) matcher.push(text, line++, () => void findings++);
  }
  const ourMs = performance.now() - ourStart;
  return { ms: theirMs + ourMs, cpuMs: 0, maxRssMb: peakRssMb(), theirMs, ourMs, sources: sources.length, theirFindings, findings };
}

/** Runs in the child: one measurement, printed as JSON on stdout. */
async function child(mode: string, repo: string, statePath: string): Promise<Measurement> {
  const started = performance.now();
  const cpuStarted = cpuMs();
  const cpu = () => cpuMs() - cpuStarted;
  if (mode === 'secretlint') return compareWithSecretlint(repo, Number(process.argv[6] ?? '20000'));
  if (mode === 'patch') {
    const git = new GitRunner({ cwd: repo });
    const { tips } = await scanTips(git, false);
    let bytes = 0;
    for await (const line of git.stream(historyLogArguments(tips), '\n', { maxFieldLength: MAX_LINE_LENGTH + 1 })) bytes += line.length + 1;
    return { ms: performance.now() - started, cpuMs: cpu(), maxRssMb: peakRssMb(), bytes };
  }
  if (mode === 'scan' || mode === 'scanwarm') {
    const previous = mode === 'scanwarm' ? (JSON.parse(readFileSync(statePath, 'utf8')) as CredentialScanState) : undefined;
    const result = await scanCredentials({ git: new GitRunner({ cwd: repo }), cwd: repo, person: PERSON, previous });
    const ms = performance.now() - started;
    const cpuUsed = cpu();
    if (mode === 'scan') writeFileSync(statePath, JSON.stringify(result.state));
    return { ms, cpuMs: cpuUsed, maxRssMb: peakRssMb(), commitsRead: result.commitsRead, findings: result.findings.length };
  }
  if (mode === 'log') {
    const git = new GitRunner({ cwd: repo });
    let bytes = 0;
    const args = ['log', '--no-merges', '--numstat', '-z', '-M', '--no-relative', '--no-color', '--no-ext-diff', '--no-textconv', LOG_FORMAT, '--end-of-options', 'HEAD', '--'];
    // As the analysis reads it: in full blocks (GIT_FLUSH=0), as git writes to a file.
    for await (const field of git.stream(args, '\0', { buffered: true })) bytes += field.length + 1;
    return { ms: performance.now() - started, cpuMs: cpu(), maxRssMb: peakRssMb(), bytes };
  }
  // As the product does (ownershipRun.ts): the history state and the blame results of the last run.
  // Blame is the analysis's last step: the CPU time from its first `git blame` on is the blame step's.
  let blameStartCpu: number | undefined;
  class BlameStartRunner extends GitRunner {
    // (Every reader of lines goes through streamBatches: `stream` too.)
    override streamBatches(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string[], void, undefined> {
      if (args[0] === 'blame' && blameStartCpu === undefined) blameStartCpu = cpuMs();
      return super.streamBatches(args, separator, options);
    }
  }
  const previous = mode === 'warm' ? (JSON.parse(readFileSync(statePath, 'utf8')) as OwnershipState) : undefined;
  const blamed = mode === 'warm' ? (JSON.parse(readFileSync(`${statePath}.blame`, 'utf8')) as { mailmap?: string }) : undefined;
  const currentLinesCache = blamed ? currentLinesCacheFrom(blamed, blamed.mailmap ?? '') : undefined;
  const result = await analyzeOwnership({ git: new BlameStartRunner({ cwd: repo }), cwd: repo, person: PERSON, previous, currentLinesCache });
  const ms = performance.now() - started;
  const cpuUsed = cpu();
  const blameCpuMs = blameStartCpu === undefined ? 0 : cpuMs() - blameStartCpu;
  const json = JSON.stringify(result.state);
  if (mode === 'full') {
    writeFileSync(statePath, json);
    writeFileSync(`${statePath}.blame`, JSON.stringify(result.currentLinesCache));
  }
  return { ms, cpuMs: cpuUsed, blameCpuMs, maxRssMb: peakRssMb(), commitsRead: result.commitsRead, files: result.files.length, stateMb: Math.round((json.length / 1048576) * 10) / 10 };
}

function measure(mode: string, repo: string, statePath: string, extra = ''): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [process.argv[1] ?? '', '--child', mode, repo, statePath, extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => (out += chunk));
    proc.once('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Measurement) : reject(new Error(`${mode} measurement exited with ${code}`))));
  });
}

/** One new commit on main, by another author, touching one file; returns the commit to go back to. */
async function addOneCommit(repo: string): Promise<string> {
  const before = (await runGit(repo, ['rev-parse', 'HEAD'])).trim();
  // A day after HEAD, as a re-run the next day sees it. (A date years later re-ranks the candidates by
  // how recently they were touched, and the newly ranked ones are blamed as in a cold run.)
  const time = Number((await runGit(repo, ['log', '-1', '--format=%ct'])).trim()) + 86_400;
  const path = (await runGit(repo, ['ls-tree', '-r', '--name-only', 'HEAD'])).split('\n')[0] ?? 'x.ts';
  const text = 'const warm = 1;\n';
  const message = 'warm\n';
  const stream = `commit refs/heads/main\ncommitter Warm <warm@bench.example> ${time} +0000\ndata ${message.length}\n${message}from ${before}\nM 100644 inline ${path}\ndata ${text.length}\n${text}\ndone\n`;
  await runGit(repo, ['fast-import', '--quiet', '--done', '--force'], stream);
  return before;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const result = await child(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '');
    // secretlint leaves something scheduled that keeps Node alive for minutes after the work is done
    // (its times are measured in-process, so this is not counted): the measuring child exits once its
    // result is written.
    process.stdout.write(JSON.stringify(result), () => process.exit(0));
    return;
  }
  const sizes = (argument('--commits') ?? '20000,100000').split(',').map((s) => Number.parseInt(s, 10)).filter((n) => n > 0);
  const seed = Number.parseInt(argument('--seed') ?? '7', 10);
  const cacheDir = argument('--dir') ?? join(tmpdir(), 'handover-bench');
  const secretlintCommits = Number.parseInt(argument('--secretlint-commits') ?? '20000', 10);
  const repeat = Math.max(1, Number.parseInt(argument('--repeat') ?? '3', 10) || 1);
  const ownershipOnly = process.argv.includes('--ownership-only');
  const rows: string[][] = [];
  const credentialRows: string[][] = [];
  const targets = new TargetCheck();
  for (const commits of sizes) {
    const options = { commits, seed, initialFiles: 1000, authors: 40 };
    const buildStart = performance.now();
    const { dir, reused } = await buildSyntheticRepo(join(cacheDir, `ownership-${commits}-${seed}-v2`), options);
    const files = (await runGit(dir, ['ls-tree', '-r', '--name-only', 'HEAD'])).split('\n').filter(Boolean).length;
    process.stderr.write(`${commits} commits, ${files} files: ${reused ? 'reused' : 'built'} in ${seconds(performance.now() - buildStart)} s\n`);
    const statePath = join(dir, '.bench-state.json');
    // The baseline and the full run alternate, `repeat` times each; the run of least CPU time of each
    // counts (a neighbour's load adds to a measurement, never takes away).
    const logs: Measurement[] = [];
    const fulls: Measurement[] = [];
    for (let run = 0; run < repeat; run++) {
      logs.push(await measure('log', dir, statePath));
      fulls.push(await measure('full', dir, statePath));
    }
    const log = leastCpu(logs);
    const full = leastCpu(fulls);
    const credentialStatePath = join(dir, '.bench-credentials.json');
    const patch = ownershipOnly ? undefined : await measure('patch', dir, statePath);
    const scanned = ownershipOnly ? undefined : await measure('scan', dir, credentialStatePath);
    const before = await addOneCommit(dir);
    const warms: Measurement[] = [];
    let scanWarm: Measurement | undefined;
    try {
      for (let run = 0; run < repeat; run++) warms.push(await measure('warm', dir, statePath));
      scanWarm = ownershipOnly ? undefined : await measure('scanwarm', dir, credentialStatePath);
    } finally {
      await runGit(dir, ['update-ref', 'refs/heads/main', before]);
    }
    const warm = leastCpu(warms);
    if (warm.commitsRead !== 1) throw new Error(`the warm run read ${warm.commitsRead} commits, not 1`);
    if (scanWarm && scanWarm.commitsRead !== 1) throw new Error(`the warm credential scan read ${scanWarm.commitsRead} commits, not 1`);
    const where = `${commits} commits`;
    const blameCpu = full.blameCpuMs ?? 0;
    targets.measure('historyOverLog', where, (full.cpuMs - blameCpu) / log.cpuMs);
    targets.measure('blameOverLog', where, blameCpu / log.cpuMs);
    targets.measure('fullRssMb', where, full.maxRssMb);
    targets.measure('warmCpuSeconds', where, warm.cpuMs / 1000);
    rows.push([
      String(commits),
      String(files),
      `${seconds(log.cpuMs)} / ${seconds(log.ms)}`,
      `${seconds(full.cpuMs)} / ${seconds(full.ms)}`,
      (full.cpuMs / log.cpuMs).toFixed(2),
      ((full.cpuMs - blameCpu) / log.cpuMs).toFixed(2),
      (blameCpu / log.cpuMs).toFixed(2),
      (full.ms / log.ms).toFixed(2),
      String(full.maxRssMb),
      `${seconds(warm.cpuMs)} / ${seconds(warm.ms)}`,
      String(warm.maxRssMb),
      String(full.stateMb),
      String(full.files),
    ]);
    if (!patch || !scanned || !scanWarm) continue;
    const compared = commits <= secretlintCommits || sizes.indexOf(commits) === 0 ? await measure('secretlint', dir, statePath, String(Math.min(commits, secretlintCommits))) : undefined;
    // End to end, per commit: our scan against the same `git log -p` plus secretlint over its added lines.
    const ourPerCommit = scanned.ms / commits;
    const theirPerCommit = compared?.theirMs !== undefined ? patch.ms / commits + compared.theirMs / Math.min(commits, secretlintCommits) : undefined;
    targets.measure('scanOverPatch', where, scanned.ms / patch.ms);
    targets.measure('scanRssMb', where, scanned.maxRssMb);
    if (compared?.theirMs !== undefined && compared.ourMs) targets.measure('secretlintOverOurs', where, compared.theirMs / compared.ourMs);
    credentialRows.push([
      String(commits),
      seconds(patch.ms),
      seconds(scanned.ms),
      (scanned.ms / patch.ms).toFixed(2),
      String(scanned.maxRssMb),
      seconds(scanWarm.ms),
      String(scanned.findings),
      compared ? `${compared.sources} src: ${seconds(compared.theirMs ?? 0)} s / ${seconds(compared.ourMs ?? 0)} s` : '-',
      theirPerCommit !== undefined ? (theirPerCommit / ourPerCommit).toFixed(1) : '-',
      compared?.theirMs !== undefined && compared.ourMs ? (compared.theirMs / compared.ourMs).toFixed(1) : '-',
      compared ? `${compared.theirFindings} / ${compared.findings}` : '-',
    ]);
  }
  console.log(`Ownership, CPU time (user + system of Node and its git processes; least of ${repeat} run(s) each) / wall time:`);
  printTable(
    ['commits', 'files', 'git log s', 'full s', 'full/log', 'history/log (≤1.2)', 'blame/log (≤0.25)', 'wall full/log', 'full RSS MB (≤300)', 'warm s (≤1 CPU)', 'warm RSS MB', 'state MB', 'owned files'],
    rows,
  );
  console.log('');
  printTable(
    ['commits', 'git log -p s', 'scan s', 'scan/patch (≤1.3)', 'scan RSS MB (≤400)', 'warm scan s', 'findings', 'secretlint vs our matcher', 'git log+secretlint ÷ scan', 'secretlint ÷ our matcher (≥5)', 'found: theirs / ours'],
    credentialRows,
  );
  if (!ownershipOnly) {
    // The rules' patterns on long lines (a minified bundle's line reaches them whole): linear, not quadratic.
    const growth = [...ruleGrowth(), ...matcherGrowth()].sort((a, b) => b.ratio - a.ratio);
    for (const g of growth) targets.measure('lineRuleGrowth', g.rule, g.ratio);
    console.log('');
    console.log('Credential rules on a 16,384-character line against a 1,024-character one (ratio ÷ 16; ≈1 linear, ≈16 quadratic), the five worst:');
    printTable(['rule', 'ratio (≤4)', 'long line ms', 'worst line'], growth.slice(0, 5).map((g) => [g.rule, g.ratio.toFixed(1), g.longMs.toFixed(1), g.line]));
  }
  const misses = targets.misses();
  if (misses.length) {
    console.error(`\nMISSED ${misses.length} target(s):\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery target met.');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
