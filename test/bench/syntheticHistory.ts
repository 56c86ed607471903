// Synthetic repositories for the ownership and credential benchmarks, written as a `git fast-import`
// stream from a seeded PRNG: the same parameters give the same history (the same commit ids) on every
// machine. About 2 % of the lines carry a word the credential scan looks at (most of them references,
// not secrets) and about 1 in 2,000 a secret-shaped value, so that the scan does the work it does in a
// real ops repository rather than dismissing every line at its prefilter.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SyntheticOptions {
  commits: number;
  seed: number;
  /** Files in the first commit; more are created along the way. */
  initialFiles: number;
  authors: number;
}

/** mulberry32: small, fast, good enough to shape a history. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const ISOLATED_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C', TZ: 'UTC' };

export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...ISOLATED_ENV };
}

interface SyntheticFile {
  path: string;
  lines: string[];
}

/** Writes the fast-import stream of the history into `sink`, commit by commit. */
export async function writeHistory(options: SyntheticOptions, sink: (chunk: string) => Promise<void>): Promise<void> {
  const random = prng(options.seed);
  const pick = (n: number) => Math.floor(random() * n);
  // Skewed authorship: a few people write most of the code.
  const author = () => Math.floor(options.authors * random() ** 2.5);
  const files: SyntheticFile[] = [];
  let serial = 0;
  const newPath = () => `d${pick(40)}/s${pick(8)}/file${serial++}.ts`;
  const token = (length: number) => {
    let text = '';
    for (let i = 0; i < length; i++) text += TOKEN_ALPHABET[pick(TOKEN_ALPHABET.length)];
    return text;
  };
  const line = (tag: number) => {
    const roll = random();
    if (roll < 0.0005) {
      // Values are built from the PRNG at run time: the repository holds secret-shaped text, this file does not.
      const shapes = [
        () => `const key${tag} = "${['gh', 'p_'].join('')}${token(36)}";`,
        () => `// DB_PASSWORD=${token(12)}a7Z`,
        () => `const dsn${tag} = "postgres://app:${token(14)}@db${pick(9)}.internal/app";`,
        () => `export const apiToken${tag} = '${token(32)}';`,
      ];
      return (shapes[pick(shapes.length)] as () => string)();
    }
    if (roll < 0.02) {
      const references = [
        () => `const apiKey${tag} = process.env.API_KEY_${pick(100)};`,
        () => `const password = config.get('db.password.${pick(100)}');`,
        () => `// token ${pick(1e6)} is read from the vault at start-up`,
        () => `const secretName${tag} = "payments-${pick(100)}";`,
        () => `headers.Authorization = \`Bearer \${token${pick(9)}}\`;`,
      ];
      return (references[pick(references.length)] as () => string)();
    }
    return `const v${tag}_${pick(1e6)} = ${pick(1e9)}; // ${'x'.repeat(pick(30))}`;
  };
  const newFile = (): SyntheticFile => {
    const count = 20 + pick(60);
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(line(serial));
    return { path: newPath(), lines };
  };
  const modify = (file: SyntheticFile) => {
    const edits = 1 + pick(4);
    for (let e = 0; e < edits; e++) {
      const at = pick(file.lines.length + 1);
      const kind = random();
      if (kind < 0.4 || file.lines.length < 5) file.lines.splice(at, 0, line(e));
      else if (kind < 0.7) file.lines.splice(Math.min(at, file.lines.length - 1), 1, line(e));
      else file.lines.splice(Math.min(at, file.lines.length - 1), 1);
    }
  };
  const blob = (file: SyntheticFile) => {
    const text = `${file.lines.join('\n')}\n`;
    return `M 100644 inline ${file.path}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  };
  let time = 1_500_000_000;
  let out = '';
  const flush = async () => {
    if (out.length > 0) {
      await sink(out);
      out = '';
    }
  };
  for (let c = 0; c < options.commits; c++) {
    time += 60 + pick(3600);
    const who = author();
    const message = `change ${c}\n`;
    out += `commit refs/heads/main\nmark :${c + 1}\n`;
    out += `author Dev ${who} <dev${who}@bench.example> ${time} +0000\ncommitter Dev ${who} <dev${who}@bench.example> ${time} +0000\n`;
    out += `data ${Buffer.byteLength(message)}\n${message}`;
    if (c > 0) out += `from :${c}\n`;
    if (c === 0) {
      for (let i = 0; i < options.initialFiles; i++) {
        const file = newFile();
        files.push(file);
        out += blob(file);
      }
    } else {
      const roll = random();
      if (roll < 0.005 && files.length > 10) {
        // Rename, sometimes with an edit.
        const file = files[pick(files.length)] as SyntheticFile;
        const to = newPath();
        out += `R ${file.path} ${to}\n`;
        file.path = to;
        if (random() < 0.5) {
          modify(file);
          out += blob(file);
        }
      } else if (roll < 0.007 && files.length > 10) {
        const [gone] = files.splice(pick(files.length), 1);
        if (gone) out += `D ${gone.path}\n`;
      } else {
        if (random() < 0.03) {
          const file = newFile();
          files.push(file);
          out += blob(file);
        }
        const touched = 1 + Math.floor(3 * random() ** 2);
        for (let t = 0; t < touched; t++) {
          const file = files[pick(files.length)] as SyntheticFile;
          modify(file);
          out += blob(file);
        }
      }
    }
    if (out.length > 1 << 20) await flush();
  }
  await flush();
}

/**
 * A repository with the synthetic history in `dir` (created, or reused when an earlier run finished
 * it). The work tree stays empty: the analysis reads only HEAD and the history.
 */
export async function buildSyntheticRepo(dir: string, options: SyntheticOptions): Promise<{ dir: string; reused: boolean }> {
  const done = join(dir, '.bench-done');
  if (existsSync(done)) return { dir, reused: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await runGit(dir, ['init', '-q', '-b', 'main']);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  await writeHistory(options, (chunk) => new Promise<void>((resolve, reject) => child.stdin.write(chunk, (err) => (err ? reject(err) : resolve()))));
  child.stdin.end('done\n');
  if ((await exited) !== 0) throw new Error('git fast-import failed');
  writeFileSync(done, JSON.stringify(options));
  return { dir, reused: false };
}

/** Runs git in `dir` (isolated config); resolves with its standard output. */
export function runGit(dir: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], { cwd: dir, env: gitEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`git ${args[0]} exited with ${code}`))));
    // git may exit before reading its input (most commands read none): that is no error of the benchmark.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}
