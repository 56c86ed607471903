// Evaluation of "credentials in git history" on a real clone: the scan runs in a child Node process
// (so its memory is its own), beside a sampler of the whole process tree (Node and its git children),
// and is compared with `git log -p -U0 --all` on the same clone. Rows are printed by context and kind,
// one line per row for classification by hand. No value is printed: findings carry none.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { scanCredentials } from '../../src/core/detect/credentials/credentialScan';
import type { CredentialContext, CredentialFinding } from '../../src/core/detect/detectionTypes';
import { GitRunner } from '../../src/core/git/gitRunner';
import { noteText } from '../../src/core/detect/detectionNotes';
import { translator } from '../../src/core/i18n/translator';

const CONTEXTS: readonly CredentialContext[] = ['code', 'test', 'vendored', 'docs'];

/** What the child prints: the scan's result and its own measurements. */
interface ChildReport {
  findings: CredentialFinding[];
  commitsRead: number;
  notes: string[];
  /** Files left out because the clone lacks them (the baseline leaves them out too). */
  unreadablePaths: string[];
  ms: number;
  /** CPU seconds (user + system) of the scan's Node process alone, without its git children. */
  nodeCpuSeconds: number;
  maxRssKb: number;
}

export interface CredentialsEval {
  repository: string;
  commit: string;
  commits: number;
  findings: CredentialFinding[];
  byContext: Record<CredentialContext, number>;
  seconds: number;
  baselineSeconds: number;
  /** CPU seconds (user + system) of the scan with its git processes, and of the baseline (GNU time). */
  cpuSeconds?: number;
  baselineCpuSeconds?: number;
  /** The baseline's left-out files' readable versions (leftOutReadableSeconds): 0 on a whole clone. */
  leftOutReadableSeconds: number;
  leftOutReadableCpuSeconds?: number;
  /** CPU seconds of the scan's Node process alone (its git children left out). */
  nodeCpuSeconds: number;
  /** The scan's Node process, exact (its own maxRSS). */
  nodePeakMb: number;
  /** Node and every git process it ran, summed, sampled every SAMPLE_MS. */
  treePeakMb: number;
  notes: string[];
  /** One markdown table row for docs/evaluation.md (real, fixture and noise are filled in by hand). */
  row: string;
}

export interface CredentialsEvalOptions {
  log?: (line: string) => void;
}

const SAMPLE_MS = 100;

/** Runs in the child: the scan over every branch and tag, as `handover detect` runs it, without the cache. */
export async function credentialsChild(dir: string): Promise<void> {
  const started = performance.now();
  const result = await scanCredentials({ git: new GitRunner({ cwd: dir, idleTimeoutMs: 600_000 }), cwd: dir, person: { emails: [] } });
  const report: ChildReport = {
    findings: result.findings,
    commitsRead: result.commitsRead,
    notes: result.notes.map((note) => noteText(note, translator('en'))),
    unreadablePaths: [...new Set(result.unreadable.flatMap((c) => c.paths))],
    ms: performance.now() - started,
    nodeCpuSeconds: (({ user, system }) => (user + system) / 1e6)(process.cpuUsage()),
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(report));
}

/** Resident memory of a process and all its descendants, in kB (Linux /proc; 0 elsewhere). */
function treeRssKb(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length) {
    const current = pending.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}

/** GNU time, when installed: the CPU seconds of a command and of every process it waited for (git included). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TIME_ARGS = ['-f', '\ncpu %U %S'];

function cpuOf(stderr: string): number | undefined {
  const found = /\ncpu ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  return found ? Number(found[1]) + Number(found[2]) : undefined;
}

function runChild(dir: string): Promise<{ report: ChildReport; treePeakKb: number; cpuSeconds?: number }> {
  return new Promise((done, fail) => {
    const command = [process.execPath, process.argv[1] ?? '', '--child', 'credentials', dir];
    const child = spawn(TIME ?? command[0] ?? 'node', TIME ? [...TIME_ARGS, ...command] : command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (errors += chunk));
    let out = '';
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, SAMPLE_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.once('error', fail);
    child.once('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`the scan of ${dir} exited with ${code}: ${errors.trim()}`));
      try {
        done({ report: JSON.parse(out) as ChildReport, treePeakKb: peak, cpuSeconds: cpuOf(errors) });
      } catch (err) {
        fail(err as Error);
      }
    });
  });
}

/**
 * `git log -p -U0 --all` on the clone, output to /dev/null, the files it lacks left out (else git dies on
 * the first). `--all` is spelled `--branches --remotes --tags`, the refs the scan reads: a mirror of a
 * hosting service also holds `refs/pull/*`, which a clone does not fetch and the scan does not read.
 */
function baselineSeconds(dir: string, unreadablePaths: readonly string[]): Promise<{ seconds: number; cpuSeconds?: number }> {
  const pathspec = unreadablePaths.length ? ['--', ':(top)', ...unreadablePaths.map((p) => `:(exclude,top,literal)${p}`)] : [];
  return timedGit(dir, ['log', '-p', '-U0', '--branches', '--remotes', '--tags', ...pathspec]);
}

/** Runs git in `dir`, its output dropped, `input` on its standard input: wall seconds, and CPU seconds with GNU time. Rejects when git fails. */
function timedGit(dir: string, args: readonly string[], input?: string): Promise<{ seconds: number; cpuSeconds?: number }> {
  const command = ['git', '-c', 'protocol.allow=never', ...args];
  return new Promise((done, fail) => {
    const started = performance.now();
    const git = spawn(TIME ?? 'git', TIME ? [...TIME_ARGS, ...command] : command.slice(1), { cwd: dir, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], env: { ...process.env, GIT_NO_LAZY_FETCH: '1', LC_ALL: 'C' } });
    let stderr = '';
    git.stderr?.setEncoding('utf8');
    git.stderr?.on('data', (chunk: string) => (stderr += chunk));
    git.once('error', fail);
    git.once('close', (code) => (code === 0 ? done({ seconds: (performance.now() - started) / 1000, cpuSeconds: cpuOf(stderr) }) : fail(new Error(`git ${args[0]} in ${dir} exited with ${code}: ${stderr.trim().split('\n')[0]}`))));
    if (input !== undefined) git.stdin?.end(input);
  });
}

/**
 * The baseline, leaving out also the files git dies on that the scan never asked for (a missing blob of
 * a file the scan's default exclusions skip, such as an archive): each retry adds the paths that name
 * the blob git could not read, found with `git log --raw` (no patches, cheap beside the baseline).
 */
async function baselineLeavingOutMissing(dir: string, unreadablePaths: readonly string[]): Promise<{ seconds: number; cpuSeconds?: number; leftOut: string[] }> {
  const paths = new Set(unreadablePaths);
  for (let attempt = 0; ; attempt++) {
    try {
      return { ...(await baselineSeconds(dir, [...paths])), leftOut: [...paths] };
    } catch (error) {
      const blob = /unable to read ([0-9a-f]{40,64})/.exec(String(error))?.[1];
      if (!blob || attempt >= 20) throw error;
      const raw = await gitOutput(dir, ['log', '--all', '--raw', '--no-abbrev', '--format=', '--no-renames']);
      const before = paths.size;
      for (const line of raw.split('\n')) if (line.includes(blob)) paths.add(line.slice(line.indexOf('\t') + 1));
      if (paths.size === before) throw error;
    }
  }
}

/**
 * What the baseline leaves out that git would read on a whole clone: the left-out files' versions the
 * clone holds. The baseline drops a file's whole history for one missing blob, and such files are the
 * largest (a mirror lacks blobs of 4 MiB and more: minified bundles, whose other versions it keeps), so
 * without this term a partial clone's baseline is cheaper than the reading the scan must do (snipe-it: 23
 * files, 349 readable changes, 649 MB of patch). Each file's readable changes are read by one
 * `git diff-tree --stdin -p -U0` over the commits whose change of it lacks no blob; the times add up.
 */
async function leftOutReadableSeconds(dir: string, leftOut: readonly string[]): Promise<{ seconds: number; cpuSeconds?: number; changes: number }> {
  if (leftOut.length === 0) return { seconds: 0, cpuSeconds: 0, changes: 0 };
  const missing = new Set(
    (await gitOutput(dir, ['rev-list', '--objects', '--missing=print', '--no-object-names', '--branches', '--remotes', '--tags']))
      .split('\n')
      .filter((line) => line.startsWith('?'))
      .map((line) => line.slice(1)),
  );
  const raw = await gitOutput(dir, ['log', '--branches', '--remotes', '--tags', '--no-merges', '--raw', '--no-abbrev', '--no-renames', '--format=C %H', '--', ...leftOut.map((p) => `:(top,literal)${p}`)]);
  const commitsOf = new Map<string, string[]>();
  let commit = '';
  for (const line of raw.split('\n')) {
    if (line.startsWith('C ')) commit = line.slice(2);
    else if (line.startsWith(':')) {
      const tab = line.indexOf('\t');
      const [, , from, to] = line.slice(0, tab).split(' ');
      if (missing.has(from ?? '') || missing.has(to ?? '')) continue;
      const path = line.slice(tab + 1);
      commitsOf.set(path, [...(commitsOf.get(path) ?? []), commit]);
    }
  }
  let seconds = 0;
  let cpuSeconds: number | undefined = 0;
  let changes = 0;
  for (const [path, commits] of commitsOf) {
    changes += commits.length;
    const measured = await timedGit(dir, ['diff-tree', '--stdin', '-r', '-p', '-U0', '--no-renames', '--', `:(top,literal)${path}`], `${commits.join('\n')}\n`);
    seconds += measured.seconds;
    cpuSeconds = cpuSeconds === undefined || measured.cpuSeconds === undefined ? undefined : cpuSeconds + measured.cpuSeconds;
  }
  return { seconds, cpuSeconds, changes };
}

function gitOutput(dir: string, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const git = spawn('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    git.stdout.setEncoding('utf8');
    git.stdout.on('data', (chunk: string) => (out += chunk));
    git.once('error', fail);
    git.once('close', () => done(out.trim()));
  });
}

function mb(kb: number): number {
  return Math.round(kb / 1024);
}

export async function evaluateCredentials(dirArg: string, options: CredentialsEvalOptions = {}): Promise<CredentialsEval> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(dirArg);
  if (!existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const commit = await gitOutput(dir, ['rev-parse', 'HEAD']);
  const repository = basename(dir);
  log(`\n## ${repository}@${commit.slice(0, 12)}`);
  const { report, treePeakKb, cpuSeconds } = await runChild(dir);
  const { seconds: baseline, cpuSeconds: baselineCpu, leftOut } = await baselineLeavingOutMissing(dir, report.unreadablePaths);
  const readable = await leftOutReadableSeconds(dir, leftOut);
  const byContext = { code: 0, test: 0, vendored: 0, docs: 0 } as Record<CredentialContext, number>;
  for (const finding of report.findings) byContext[finding.context]++;
  const seconds = report.ms / 1000;
  const result: CredentialsEval = {
    repository,
    commit,
    commits: report.commitsRead,
    findings: report.findings,
    byContext,
    seconds,
    baselineSeconds: baseline,
    cpuSeconds,
    baselineCpuSeconds: baselineCpu,
    leftOutReadableSeconds: readable.seconds,
    leftOutReadableCpuSeconds: readable.cpuSeconds,
    nodeCpuSeconds: report.nodeCpuSeconds,
    nodePeakMb: mb(report.maxRssKb),
    treePeakMb: mb(treePeakKb),
    notes: report.notes,
    row: '',
  };
  const rows = report.findings.length;
  result.row = `| ${repository}@${commit.slice(0, 12)} | ${report.commitsRead} | ${rows} | ${CONTEXTS.map((c) => byContext[c]).join(' / ')} | ? | ? | ? | ${seconds.toFixed(1)} s (${(seconds / baseline).toFixed(2)}× git log ${baseline.toFixed(1)} s${cpuSeconds !== undefined && baselineCpu !== undefined ? `; CPU ${(cpuSeconds / baselineCpu).toFixed(2)}×` : ''}${readable.changes ? `; ${(seconds / (baseline + readable.seconds)).toFixed(2)}× with the left-out files' ${readable.changes} readable changes, ${readable.seconds.toFixed(1)} s` : ''}) | ${result.nodePeakMb} MB (with git ${result.treePeakMb} MB) |`;

  log(`commits read ${report.commitsRead}, rows ${rows} (${CONTEXTS.map((c) => `${c} ${byContext[c]}`).join(', ')})`);
  log(`time ${seconds.toFixed(1)} s; git log -p -U0 (branches, remotes, tags) ${baseline.toFixed(1)} s; ratio ${(seconds / baseline).toFixed(2)}`);
  if (readable.changes) {
    log(`the baseline left out ${leftOut.length} files (a blob of each is missing); their ${readable.changes} readable changes, as git diff-tree -p -U0: ${readable.seconds.toFixed(1)} s${readable.cpuSeconds !== undefined ? ` (CPU ${readable.cpuSeconds.toFixed(1)} s)` : ''}; ratio to both ${(seconds / (baseline + readable.seconds)).toFixed(2)}`);
  }
  if (cpuSeconds !== undefined && baselineCpu !== undefined) {
    log(`cpu ${cpuSeconds.toFixed(1)} s (node and git); git log -p -U0 (branches, remotes, tags) ${baselineCpu.toFixed(1)} s; ratio ${(cpuSeconds / baselineCpu).toFixed(2)}`);
    log(`cpu of node alone ${report.nodeCpuSeconds.toFixed(1)} s; ratio to git log ${(report.nodeCpuSeconds / baselineCpu).toFixed(2)}`);
  }
  log(`peak memory: node ${result.nodePeakMb} MB; node and git together ${result.treePeakMb} MB (sampled every ${SAMPLE_MS} ms)`);
  for (const note of report.notes) log(`note: ${note}`);
  for (const context of CONTEXTS) {
    const inContext = report.findings.filter((f) => f.context === context);
    if (inContext.length === 0) continue;
    const kinds = new Map<string, number>();
    for (const f of inContext) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    log(`\n### ${context} (${inContext.length}): ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const f of inContext) {
      const more = f.pathCount > 1 ? ` (+${f.pathCount - 1} places)` : '';
      log(`${f.fingerprint}  ${f.kind.padEnd(28)} ${f.firstCommit.slice(0, 12)} ${f.path}:${f.line}${more}`);
    }
  }
  return result;
}
