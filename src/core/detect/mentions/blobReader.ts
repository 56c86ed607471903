// Reads blobs by id with one `git cat-file --batch` (same safety flags and environment as every git
// call, never a shell). The output is read as bytes — each object's header gives its size in bytes —
// and each blob is handed over decoded as UTF-8. A missing object is reported, not fatal.
import { spawn } from 'node:child_process';
import { GitError, SAFETY_CONFIG, gitEnvironment } from '../../git/gitRunner';

export type BlobResult = { id: string; text: string } | { id: string; missing: true };

export async function* readBlobs(cwd: string, ids: readonly string[], signal?: AbortSignal): AsyncGenerator<BlobResult, void, undefined> {
  if (ids.length === 0) return;
  signal?.throwIfAborted();
  const config = SAFETY_CONFIG.flatMap((entry) => ['-c', entry]);
  const child = spawn('git', [...config, 'cat-file', '--batch'], { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
  const kill = () => child.kill('SIGKILL');
  signal?.addEventListener('abort', kill, { once: true });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 16 * 1024) stderr += chunk;
  });
  child.stdin.on('error', () => undefined);
  const exited = new Promise<{ code: number | null; error?: Error }>((done) => {
    child.once('error', (error) => done({ code: null, error }));
    child.once('close', (code) => done({ code }));
  });
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  const decoder = new TextDecoder('utf-8');
  let buffer: Buffer = Buffer.alloc(0);
  let finished = false;
  let index = 0;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const newline = buffer.indexOf(0x0a);
        if (newline < 0) break;
        const header = buffer.subarray(0, newline).toString('latin1');
        const id = ids[index] ?? '';
        if (/ missing$/.test(header)) {
          index++;
          buffer = buffer.subarray(newline + 1);
          yield { id, missing: true };
          continue;
        }
        const size = Number(/^\S+ \S+ (\d+)$/.exec(header)?.[1] ?? NaN);
        if (!Number.isFinite(size)) throw new GitError('failed', `git cat-file: unexpected output "${header.slice(0, 80)}"`);
        if (buffer.length < newline + 1 + size + 1) break;
        const text = decoder.decode(buffer.subarray(newline + 1, newline + 1 + size));
        buffer = buffer.subarray(newline + 1 + size + 1);
        index++;
        yield { id, text };
      }
    }
    finished = true;
  } finally {
    if (!finished) kill();
    signal?.removeEventListener('abort', kill);
  }
  const { code, error } = await exited;
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
  if (error) throw new GitError(/ENOENT/.test(error.message) ? 'not-installed' : 'failed', error.message);
  if (code !== 0) throw new GitError('failed', `git cat-file: ${(stderr.trim().split('\n')[0] ?? '') || `exited with ${code}`}`);
}
