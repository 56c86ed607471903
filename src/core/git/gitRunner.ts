import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * Flags on every git call. They turn off every repository setting that could run a command
 * (fsmonitor, hooks, pagers, external diff and credential helpers) and every network transport.
 * simple-git refuses some of these keys unless told they are ours: they are fixed here, never
 * taken from settings, the repository or user text.
 */
export const SAFETY_CONFIG: readonly string[] = [
  'core.quotepath=false',
  'color.ui=false',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'diff.external=',
  'credential.helper=',
  'protocol.allow=never',
  // A repository's own config may allow a protocol by name; these win over it (a lazy fetch of a
  // partial clone's missing objects then fails at once instead of going to the network).
  'protocol.file.allow=never',
  'protocol.git.allow=never',
  'protocol.ssh.allow=never',
  'protocol.http.allow=never',
  'protocol.https.allow=never',
  'protocol.ext.allow=never',
  'log.showSignature=false',
];

export type GitErrorKind = 'not-installed' | 'not-repository' | 'unborn' | 'aborted' | 'timeout' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface StreamOptions {
  /** Fields longer than this many characters are cut (see `GitRunner.stream`). No limit by default. */
  maxFieldLength?: number;
  /** Written to git's standard input, then closed (`--stdin` commands). Without it git reads nothing. */
  input?: Iterable<string>;
  /** Exit codes besides 0 that are not failures (`git grep` exits 1 when nothing matches). */
  okExitCodes?: readonly number[];
  /** Receives what git wrote to standard error (first 64 KiB) once it has exited without failing. */
  onStderr?: (text: string) => void;
  /**
   * git writes its output in full blocks (GIT_FLUSH=0) instead of flushing after every record (what
   * it does on a pipe): for a long output read to its end, such as `git log` over a whole history,
   * where a write per commit costs git a system call and Node a wake-up and a piece of output per
   * commit. Not for a command whose records are waited for one by one.
   */
  buffered?: boolean;
}

export interface ChunkOptions extends StreamOptions {
  /** Stops git when aborted (`readChunks` then rejects): a reader that no longer needs the rest of the output. */
  stop?: AbortSignal;
  /**
   * Up to this many bytes of output are taken from git before the reader gets to them, and the reader
   * is given one piece per turn of the event loop: git keeps writing while a piece that costs the reader
   * more than git took to write is read (without it git can be one pipe, 64 KiB, ahead). 0: none.
   */
  readAhead?: number;
}

/** How long a git process may stay silent before it is stopped, unless the runner is given another. */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
/** Input is handed to git in pieces of about this many characters. */
const INPUT_BATCH = 64 * 1024;
/** What is kept of git's standard error, for the error message. */
const MAX_STDERR = 64 * 1024;

export interface GitRunnerOptions {
  /** Folder to run in: a repository's work tree or any folder below it. */
  cwd: string;
  signal?: AbortSignal;
  /**
   * Stops a git process that prints nothing for this long (default DEFAULT_IDLE_TIMEOUT_MS). For a
   * stream, only the time spent waiting for git counts, not the time the caller takes with a field.
   */
  idleTimeoutMs?: number;
  /**
   * GIT_INDEX_FILE for the streamed commands: a temporary index outside the repository (a bare
   * repository's attributes read from a commit's tree on git before 2.40). Never the repository's own.
   */
  indexFile?: string;
}

/**
 * Environment for git: no prompts, no pager, no locale-dependent output, no lazy fetch of a partial
 * clone's missing objects (GIT_NO_LAZY_FETCH, git 2.45 and later; older gits meet the protocol
 * settings above and fail without network). Inherited GIT_* variables are
 * dropped (GIT_DIR and friends would point git elsewhere, and simple-git refuses several of them).
 */
export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !/^GIT_/i.test(key) && !/^(PAGER|EDITOR|VISUAL|SSH_ASKPASS)$/.test(key)) env[key] = value;
  }
  // GIT_NO_LAZY_FETCH: a partial clone never fetches a missing object behind the user's back (git ≥ 2.45).
  return { ...env, LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GCM_INTERACTIVE: 'never' };
}

/** The one way the product runs git. Arguments never pass through a shell; the only command that changes the work tree is the successor's confirmed checkout (branchActions.ts). */
export class GitRunner {
  private readonly git: SimpleGit;

  constructor(private readonly options: GitRunnerOptions) {
    this.git = simpleGit({
      baseDir: options.cwd,
      binary: 'git',
      maxConcurrentProcesses: 4,
      config: [...SAFETY_CONFIG],
      timeout: { block: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS },
      abort: options.signal,
      allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_OPTIONAL_LOCKS', 'GIT_NO_LAZY_FETCH'],
      unsafe: {
        allowUnsafeFsMonitor: true,
        allowUnsafeHooksPath: true,
        allowUnsafeProtocolOverride: true,
        allowUnsafePager: true,
        allowUnsafeDiffExternal: true,
        allowUnsafeCredentialHelper: true,
      },
    }).env(gitEnvironment());
  }

  /**
   * Runs `git <args>` and yields its output cut at `separator`, as it arrives: for `git log` over a
   * long history the output is never held whole. Same flags and environment as `run`. `input`, when
   * given, is written to git's standard input. Aborting the signal, or leaving the loop early, kills
   * git; so does silence longer than the idle timeout (a `timeout` error).
   *
   * `maxFieldLength` bounds what is kept of one field: a longer field is yielded as its first
   * `maxFieldLength + 1` characters (so the caller can tell it was cut) and the rest is dropped as it
   * arrives, so a 50 MB single-line file in a patch costs no 50 MB string.
   */
  async *stream(args: readonly string[], separator = '\0', options: StreamOptions = {}): AsyncGenerator<string, void, undefined> {
    for await (const batch of this.streamBatches(args, separator, options)) yield* batch;
  }

  /**
   * As `stream`, but yields the fields of each piece of output together: a caller reading millions
   * of lines (`git log -p`) pays one await per piece instead of one per line. `input`, when given, is
   * written to git's standard input (then closed), for `--stdin` commands.
   */
  async *streamBatches(args: readonly string[], separator = '\0', options: StreamOptions = {}): AsyncGenerator<string[], void, undefined> {
    const { signal } = this.options;
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    const limit = options.maxFieldLength ?? Number.POSITIVE_INFINITY;
    if (separator.length === 0 || (Number.isFinite(limit) && separator.length !== 1)) throw new RangeError('maxFieldLength needs a one-character separator');
    const { child, kill, stderr, exited } = this.start(args, options);
    const idleMs = this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    let timedOut = false;
    const decoder = new StringDecoder('utf8');
    // The field being read: text since the last separator, at most `limit + 1` characters of it.
    let pending = '';
    let cut = false;
    let finished = false;
    const chunks = (child.stdout as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    try {
      for (;;) {
        // The idle clock runs only while waiting for git, not while the caller holds a field.
        const timer = setTimeout(() => {
          timedOut = true;
          kill();
        }, idleMs);
        let next: IteratorResult<Buffer>;
        try {
          next = await chunks.next();
        } catch (err) {
          if (timedOut || signal?.aborted) break;
          throw err;
        } finally {
          clearTimeout(timer);
        }
        if (next.done || timedOut || signal?.aborted) break;
        // Only the new text (and a separator split across chunks) is searched, so a long field costs
        // linear time, not one search of everything kept so far per chunk.
        const carried = Math.min(pending.length, separator.length - 1);
        const text = pending.slice(pending.length - carried) + decoder.write(next.value);
        pending = pending.slice(0, pending.length - carried);
        const batch: string[] = [];
        let start = 0;
        let at = text.indexOf(separator);
        while (at >= 0) {
          const field = cut ? pending : pending + text.slice(start, at);
          batch.push(field.length > limit ? field.slice(0, limit + 1) : field);
          pending = '';
          cut = false;
          start = at + separator.length;
          at = text.indexOf(separator, start);
        }
        if (!cut) {
          pending += text.slice(start);
          if (pending.length > limit + separator.length) {
            pending = pending.slice(0, limit + 1);
            cut = true;
          }
        }
        if (batch.length) yield batch;
      }
      if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
      if (timedOut) throw new GitError('timeout', 'git stopped answering and was stopped');
      if (!cut) pending += decoder.end();
      if (pending) yield [pending.length > limit ? pending.slice(0, limit + 1) : pending];
      finished = true;
    } finally {
      if (!finished) {
        kill();
        await chunks.return?.();
      }
      signal?.removeEventListener('abort', kill);
    }
    this.settle(await exited, timedOut, stderr(), options);
  }

  /**
   * Runs `git <args>` and hands its standard output to `onChunk` as raw bytes, piece by piece as git
   * writes it, with no await between pieces (a reader that finds its own lines: the credential scan
   * decodes only the lines it reads). Resolves once git exited; rejects as `stream` does (errors,
   * the idle timeout — counted only while waiting for git —, aborting), and with what `onChunk`
   * threw, after stopping git.
   *
   * When `onChunk` returns a promise, reading pauses until it settles (git waits on its full pipe; the
   * idle clock stops meanwhile): a reader can read another git's output in between. A rejected
   * promise stops git as a throw does. `options.stop` ends git early (the run then rejects).
   */
  async readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void | Promise<void>, options: ChunkOptions = {}): Promise<void> {
    const { signal } = this.options;
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    if (options.stop?.aborted) throw new GitError('failed', 'git was stopped before it started');
    const { child, kill, stderr, exited } = this.start(args, options);
    options.stop?.addEventListener('abort', kill, { once: true });
    let timedOut = false;
    let failed: { error: unknown } | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, this.options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
    const fail = (error: unknown): void => {
      failed ??= { error };
      kill();
    };
    // Pieces not handed on yet, in order: while `onChunk`'s promise is pending, and those read ahead.
    const queued: Buffer[] = [];
    let queuedBytes = 0;
    const readAhead = options.readAhead ?? 0;
    let waiting: Promise<void> | null = null;
    let scheduled = false;
    let paused = false;
    let emptied: (() => void) | null = null;
    const stopped = (): boolean => failed !== undefined || timedOut || signal?.aborted === true;
    // git waits while `onChunk`'s promise is pending, and once the reader is `readAhead` bytes behind.
    const flow = (): void => {
      const pause = waiting !== null || (readAhead > 0 && queuedBytes >= readAhead);
      if (pause === paused) return;
      paused = pause;
      if (pause) child.stdout.pause();
      else child.stdout.resume();
    };
    const later = (): void => {
      scheduled = true;
      setImmediate(handOn);
    };
    function handOn(): void {
      scheduled = false;
      // Reading ahead, one piece per turn: the event loop takes git's output in between.
      let budget = readAhead > 0 ? 1 : Infinity;
      while (queued.length && budget-- > 0 && !stopped()) {
        const chunk = queued.shift() as Buffer;
        queuedBytes -= chunk.length;
        let pending: void | Promise<void>;
        try {
          pending = onChunk(chunk);
        } catch (error) {
          fail(error);
          break;
        }
        timer.refresh();
        if (pending instanceof Promise) {
          clearTimeout(timer);
          waiting = pending.then(
            () => {
              waiting = null;
              timer.refresh();
              flow();
              handOn();
            },
            (error: unknown) => {
              waiting = null;
              fail(error);
              emptied?.();
            },
          );
          flow();
          return;
        }
      }
      if (queued.length && !stopped()) later();
      flow();
      if (!queued.length || stopped()) emptied?.();
    }
    child.stdout.on('data', (chunk: Buffer) => {
      if (stopped()) return;
      queued.push(chunk);
      queuedBytes += chunk.length;
      flow();
      if (waiting || scheduled) return;
      if (readAhead > 0) later();
      else handOn();
    });
    const result = await exited;
    while (waiting || (queued.length && !stopped())) {
      if (waiting) await waiting;
      else await new Promise<void>((done) => (emptied = done));
      emptied = null;
    }
    clearTimeout(timer);
    signal?.removeEventListener('abort', kill);
    options.stop?.removeEventListener('abort', kill);
    if (failed) throw failed.error;
    if (options.stop?.aborted) throw new GitError('failed', 'git was stopped');
    this.settle(result, timedOut, stderr(), options);
  }

  /**
   * Starts `git <args>` with the safety configuration, its standard input written from `input` (an
   * empty one without: never the terminal's), its standard error kept (bounded), and stopped on abort;
   * `buffered`: see StreamOptions.
   */
  private start(args: readonly string[], { input = [], buffered = false }: StreamOptions) {
    const { signal } = this.options;
    const config = SAFETY_CONFIG.flatMap((entry) => ['-c', entry]);
    const env: NodeJS.ProcessEnv = { ...gitEnvironment() };
    if (this.options.indexFile) env.GIT_INDEX_FILE = this.options.indexFile;
    if (buffered) env.GIT_FLUSH = '0';
    const child = spawn('git', [...config, ...args], { cwd: this.options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    // A process git started (a hook, a helper) may still hold the pipe open: reading stops too.
    const kill = (): void => {
      child.kill('SIGKILL');
      child.stdout.destroy();
    };
    signal?.addEventListener('abort', kill, { once: true });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk;
    });
    const exited = new Promise<{ code: number | null; error?: Error }>((done) => {
      child.once('error', (error) => done({ code: null, error }));
      child.once('close', (code) => done({ code }));
    });
    writeInput(child.stdin, input);
    return { child, kill, stderr: (): string => stderr, exited };
  }

  /** Throws what a finished git run means (cancelled, silent too long, failed), else hands on its standard error. */
  private settle({ code, error }: { code: number | null; error?: Error }, timedOut: boolean, stderr: string, options: StreamOptions): void {
    const { signal } = this.options;
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    if (timedOut) throw new GitError('timeout', 'git stopped answering and was stopped');
    if (error) throw classify(error, signal);
    if (code !== 0 && !(code !== null && options.okExitCodes?.includes(code))) throw classify(new Error(stderr || `git exited with ${code}`), signal);
    options.onStderr?.(stderr);
  }

  /** Runs `git <args>` and returns its standard output. */
  async run(args: readonly string[]): Promise<string> {
    try {
      return await this.git.raw([...args]);
    } catch (err) {
      throw classify(err, this.options.signal);
    }
  }
}

/** Writes `input` to git in batches and closes it. git may exit before reading it all (an error): the broken pipe then shows in its exit code. */
function writeInput(stdin: Writable, input: Iterable<string>): void {
  stdin.on('error', () => undefined);
  let batch = '';
  for (const item of input) {
    batch += item;
    if (batch.length >= INPUT_BATCH) {
      stdin.write(batch);
      batch = '';
    }
  }
  stdin.end(batch);
}

function classify(err: unknown, signal?: AbortSignal): GitError {
  const message = err instanceof Error ? err.message : String(err);
  if (signal?.aborted || /abort/i.test((err as { name?: string })?.name ?? '')) return new GitError('aborted', 'git was cancelled');
  if (/ENOENT|spawn git/i.test(message)) return new GitError('not-installed', 'git is not installed or not on PATH');
  if (/not a git repository/i.test(message)) return new GitError('not-repository', firstLine(message));
  if (/does not have any commits yet|bad revision 'HEAD'|unknown revision or path not in the working tree|bad default revision 'HEAD'|ambiguous argument 'HEAD'/i.test(message)) {
    return new GitError('unborn', firstLine(message));
  }
  if (/timed? ?out|block timeout/i.test(message)) return new GitError('timeout', 'git stopped answering and was stopped');
  return new GitError('failed', firstLine(message));
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? text;
}
