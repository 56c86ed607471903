// Ownership benchmark: `node out/test/bench/bench.js [--commits 20000,100000] [--seed 7] [--dir <cache>]`.
// For each size it builds (or reuses) a synthetic repository with git fast-import, then measures, each
// in a fresh Node process so that the peak RSS is that measurement's alone:
//   log   the baseline: the same `git log --numstat` the analysis runs, output drained by Node
//   full  analyzeOwnership from nothing (its state is saved for the next step)
//   warm  one new commit on top, analyzeOwnership with the saved state (reading the JSON included)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeOwnership } from '../../src/core/detect/ownership/ownershipAnalyzer';
import { LOG_FORMAT } from '../../src/core/detect/ownership/logParser';
import type { OwnershipState } from '../../src/core/detect/ownership/ownershipLedger';
import { GitRunner } from '../../src/core/git/gitRunner';
import { buildSyntheticRepo, runGit } from './syntheticHistory';

interface Measurement {
  ms: number;
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

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Runs in the child: one measurement, printed as JSON on stdout. */
async function child(mode: string, repo: string, statePath: string): Promise<Measurement> {
  const started = performance.now();
  if (mode === 'log') {
    const git = new GitRunner({ cwd: repo });
    let bytes = 0;
    const args = ['log', '--no-merges', '--numstat', '-z', '-M', '--no-relative', '--no-color', '--no-ext-diff', '--no-textconv', LOG_FORMAT, '--end-of-options', 'HEAD', '--'];
    for await (const field of git.stream(args)) bytes += field.length + 1;
    return { ms: performance.now() - started, maxRssMb: peakRssMb(), bytes };
  }
  const previous = mode === 'warm' ? (JSON.parse(readFileSync(statePath, 'utf8')) as OwnershipState) : undefined;
  const result = await analyzeOwnership({ git: new GitRunner({ cwd: repo }), cwd: repo, person: PERSON, previous });
  const ms = performance.now() - started;
  const json = JSON.stringify(result.state);
  if (mode === 'full') writeFileSync(statePath, json);
  return { ms, maxRssMb: peakRssMb(), commitsRead: result.commitsRead, files: result.files.length, stateMb: Math.round((json.length / 1048576) * 10) / 10 };
}

function measure(mode: string, repo: string, statePath: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [process.argv[1] ?? '', '--child', mode, repo, statePath], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => (out += chunk));
    proc.once('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Measurement) : reject(new Error(`${mode} measurement exited with ${code}`))));
  });
}

/** One new commit on main, by another author, touching one file; returns the commit to go back to. */
async function addOneCommit(repo: string): Promise<string> {
  const before = (await runGit(repo, ['rev-parse', 'HEAD'])).trim();
  const path = (await runGit(repo, ['ls-tree', '-r', '--name-only', 'HEAD'])).split('\n')[0] ?? 'x.ts';
  const text = 'const warm = 1;\n';
  const message = 'warm\n';
  const stream = `commit refs/heads/main\ncommitter Warm <warm@bench.example> 1999999999 +0000\ndata ${message.length}\n${message}from ${before}\nM 100644 inline ${path}\ndata ${text.length}\n${text}\ndone\n`;
  await runGit(repo, ['fast-import', '--quiet', '--done', '--force'], stream);
  return before;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const result = await child(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '');
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const sizes = (argument('--commits') ?? '20000,100000').split(',').map((s) => Number.parseInt(s, 10)).filter((n) => n > 0);
  const seed = Number.parseInt(argument('--seed') ?? '7', 10);
  const cacheDir = argument('--dir') ?? join(tmpdir(), 'handover-bench');
  const rows: string[][] = [];
  for (const commits of sizes) {
    const options = { commits, seed, initialFiles: 1000, authors: 40 };
    const buildStart = performance.now();
    const { dir, reused } = await buildSyntheticRepo(join(cacheDir, `ownership-${commits}-${seed}-v1`), options);
    const files = (await runGit(dir, ['ls-tree', '-r', '--name-only', 'HEAD'])).split('\n').filter(Boolean).length;
    process.stderr.write(`${commits} commits, ${files} files: ${reused ? 'reused' : 'built'} in ${seconds(performance.now() - buildStart)} s\n`);
    const statePath = join(dir, '.bench-state.json');
    const log = await measure('log', dir, statePath);
    const full = await measure('full', dir, statePath);
    const before = await addOneCommit(dir);
    let warm: Measurement;
    try {
      warm = await measure('warm', dir, statePath);
    } finally {
      await runGit(dir, ['update-ref', 'refs/heads/main', before]);
    }
    if (warm.commitsRead !== 1) throw new Error(`the warm run read ${warm.commitsRead} commits, not 1`);
    rows.push([
      String(commits),
      String(files),
      seconds(log.ms),
      seconds(full.ms),
      (full.ms / log.ms).toFixed(2),
      String(full.maxRssMb),
      seconds(warm.ms),
      String(warm.maxRssMb),
      String(full.stateMb),
      String(full.files),
    ]);
  }
  const header = ['commits', 'files', 'git log s', 'full s', 'full/log (≤1.2)', 'full RSS MB (≤300)', 'warm s (≤1)', 'warm RSS MB', 'state MB', 'owned files'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
