// GitRunner.stream takes no standard input; `git check-attr --stdin` needs one. This runs git the same
// way (the same safety flags and environment, never a shell) with the given input, and yields its
// output cut at `separator`. Aborting the signal, or leaving the loop early, kills git.
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { GitError, SAFETY_CONFIG, gitEnvironment } from '../../git/gitRunner';

export interface GitWithInputOptions {
  cwd: string;
  args: readonly string[];
  /** Written to git's standard input, then closed. */
  input: Iterable<string>;
  separator?: string;
  signal?: AbortSignal;
}

export async function* streamGitWithInput(options: GitWithInputOptions): AsyncGenerator<string, void, undefined> {
  const { signal } = options;
  const separator = options.separator ?? '\0';
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
  const config = SAFETY_CONFIG.flatMap((entry) => ['-c', entry]);
  const child = spawn('git', [...config, ...options.args], { cwd: options.cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 64 * 1024) stderr += chunk;
  });
  // git may exit before reading everything (an error): the broken pipe is reported through its exit code.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; error?: Error }>((done) => {
    child.once('error', (error) => done({ code: null, error }));
    child.once('close', (code) => done({ code }));
  });
  let batch = '';
  for (const item of options.input) {
    batch += item;
    if (batch.length >= 64 * 1024) {
      child.stdin.write(batch);
      batch = '';
    }
  }
  child.stdin.end(batch);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let finished = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let start = 0;
      let cut = pending.indexOf(separator);
      while (cut >= 0) {
        yield pending.slice(start, cut);
        start = cut + separator.length;
        cut = pending.indexOf(separator, start);
      }
      pending = pending.slice(start);
    }
    pending += decoder.end();
    if (pending) yield pending;
    finished = true;
  } finally {
    if (!finished) kill();
    signal?.removeEventListener('abort', kill);
  }
  const { code, error } = await exited;
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
  if (error) throw new GitError(/ENOENT/.test(error.message) ? 'not-installed' : 'failed', error.message);
  if (code !== 0) throw new GitError('failed', (stderr.trim().split('\n')[0] ?? '') || `git exited with ${code}`);
}
