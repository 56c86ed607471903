// Mention search benchmark: `node out/test/bench/mentionsBench.js [--files 50000] [--seed 11] [--dir <cache>]`.
// Builds (or reuses) a one-commit repository of `--files` files written with git fast-import from a
// seeded PRNG — mostly source code, a quarter configuration (YAML, JSON, HCL, shell), some prose — of
// which about 1 in 250 names one of the people, then times findMentions at HEAD with 1, 4 and 16
// identities, counting the `git grep` processes it starts (the goal: one, whatever the number of
// identities) and the whole search (goal: ≤ 1 s at 50,000 files).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMentions } from '../../src/core/detect/mentions';
import { GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { gitEnv, prng, runGit } from './syntheticHistory';
import { printTable } from './printTable';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** GitRunner that counts the git commands it starts, by subcommand. */
class CountingGitRunner extends GitRunner {
  readonly started = new Map<string, number>();
  override stream(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string, void, undefined> {
    const command = args.find((a) => !a.startsWith('-')) ?? '?';
    this.started.set(command, (this.started.get(command) ?? 0) + 1);
    return super.stream(args, separator, options);
  }
}

const PEOPLE = Array.from({ length: 16 }, (_, i) => `person${i}`);

function fileText(path: string, random: () => number): string {
  const lines: string[] = [];
  const count = 10 + Math.floor(random() * 60);
  const names = random() < 0.004;
  for (let i = 0; i < count; i++) {
    const who = PEOPLE[Math.floor(random() * PEOPLE.length)]!;
    if (names && i === 3) lines.push(path.endsWith('.yaml') ? `reviewers:\n  - ${who}` : `owner = "${who}@bench.example"`);
    // About 1 line in 50 holds a longer word that contains a handle (a colleague, a prefix): work for the token test.
    else if (random() < 0.02) lines.push(path.endsWith('.yaml') ? `key${i}: ${who}feng` : `const v${i} = "x${who}";`);
    else if (path.endsWith('.yaml')) lines.push(`key${i}: value-${Math.floor(random() * 1e6)}`);
    else lines.push(`const v${i} = ${Math.floor(random() * 1e9)};`);
  }
  return `${lines.join('\n')}\n`;
}

const EXTENSIONS = ['ts', 'ts', 'ts', 'go', 'go', 'py', 'yaml', 'yaml', 'json', 'tf', 'sh', 'md'];

async function buildTree(dir: string, files: number, seed: number): Promise<boolean> {
  const done = join(dir, '.bench-done');
  if (existsSync(done)) return true;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await runGit(dir, ['init', '-q', '-b', 'main']);
  const random = prng(seed);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  const write = (chunk: string) => new Promise<void>((resolve, reject) => child.stdin.write(chunk, (err) => (err ? reject(err) : resolve())));
  await write('commit refs/heads/main\ncommitter Bench <bench@bench.example> 1700000000 +0000\ndata 5\ntree\n');
  const codeowners = `* @team\n/deploy/ @${PEOPLE[0]}\n`;
  await write(`M 100644 inline CODEOWNERS\ndata ${Buffer.byteLength(codeowners)}\n${codeowners}`);
  for (let i = 0; i < files; i++) {
    const ext = EXTENSIONS[Math.floor(random() * EXTENSIONS.length)]!;
    const path = `svc${i % 97}/mod${i % 13}/f${i}.${ext}`;
    const text = fileText(path, random);
    await write(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}`);
  }
  child.stdin.end('done\n');
  if ((await exited) !== 0) throw new Error('git fast-import failed');
  writeFileSync(done, String(files));
  return false;
}

async function main(): Promise<void> {
  const files = Number.parseInt(argument('--files') ?? '50000', 10);
  const seed = Number.parseInt(argument('--seed') ?? '11', 10);
  const dir = join(argument('--dir') ?? join(tmpdir(), 'handover-bench'), `mentions-${files}-${seed}`);
  const reused = await buildTree(dir, files, seed);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const commit = git('rev-parse', 'HEAD').trim();
  const tracked = git('ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean).length;
  process.stderr.write(`${tracked} files at HEAD (${reused ? 'reused' : 'built'})\n`);
  const rows: string[][] = [];
  for (const count of [1, 4, 16]) {
    const person = { emails: PEOPLE.slice(0, Math.floor(count / 2)).map((p) => `${p}@bench.example`), accounts: PEOPLE.slice(0, Math.ceil(count / 2)) };
    const times: number[] = [];
    let found = 0;
    let greps = 0;
    // The first run warms the object cache as a user's second analysis would; the median of three is reported.
    for (let run = 0; run < 4; run++) {
      const runner = new CountingGitRunner({ cwd: dir });
      const started = performance.now();
      const result = await findMentions({ git: runner, commit, person });
      const ms = performance.now() - started;
      if (run > 0) times.push(ms);
      found = result.mentions.length;
      greps = runner.started.get('grep') ?? 0;
    }
    times.sort((a, b) => a - b);
    rows.push([String(tracked), String(person.emails.length + person.accounts.length), String(greps), (times[1]! / 1000).toFixed(2), String(found)]);
  }
  printTable(['files', 'identities', 'git grep runs (1)', 'search s (≤1)', 'mentions'], rows);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
