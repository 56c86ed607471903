// Who wrote the lines a file has now: `git blame --incremental -w -M` at the described commit,
// whitespace changes ignored, lines followed when moved within the file (not in a file of more than
// MAX_MOVE_WORK line-commits), reading only the commits that changed the file when the history pass
// gave them (fileHistory.ts). Copies across files (-C)
// are not followed: on real histories -C doubled the cost of the blame step. Only the
// candidate files (those history names as the person's) are blamed, a few at a time, and each result
// is kept under the file's blob id (and path), so a re-run costs nothing for an unchanged file. The
// cache holds counts and hashed author ids only: no line, no e-mail, no name.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, type GitRunner } from '../../git/gitRunner';
import { authorId, nameId } from './ownershipLedger';

/** [author id (hash of the mailmapped e-mail), name id, lines]. */
export type BlameTally = [string, string, number];

export interface CurrentLines {
  /** Lines blamed (the file's lines at the commit). */
  lines: number;
  byAuthor: BlameTally[];
}

export interface CurrentLinesCache {
  version: number;
  /** Hash of the .mailmap blame applied: another .mailmap means other authors. */
  mailmap: string;
  /** `<blob id>:<path>` → result. */
  entries: Record<string, CurrentLines>;
}

export const CURRENT_LINES_CACHE_VERSION = 1;
/**
 * Above this many line-commits (the file's lines × the commits that changed it), blame does not follow
 * lines moved within the file: `-M` costs 2.5 times the blame of such a file (git's diff.c: 7,858 lines,
 * 1,190 commits), where a moved block is a small part of the file.
 */
export const MAX_MOVE_WORK = 1_000_000;

/** Files blamed at the same time (blame is CPU-bound; the machine is shared with the editor). */
export const BLAME_PARALLEL = 2;

const GROUP = /^([0-9a-f]{40,64}) \d+ \d+ (\d+)$/;

/** Where a run's graft files are written: one folder made on first use, removed by the run at its end. */
export class GraftFiles {
  private folder: Promise<string> | undefined;
  private count = 0;
  private removed = false;

  /** Writes `grafts` to a new file of the folder and returns its path; after `remove`, refuses (a blame still running when its run was cancelled). */
  async write(grafts: string): Promise<string> {
    if (this.removed) throw new GitError('aborted', 'git was cancelled');
    this.folder ??= mkdtemp(join(tmpdir(), 'handover-blame-'));
    const file = join(await this.folder, `grafts-${this.count++}`);
    await writeFile(file, grafts, 'utf8');
    return file;
  }

  /** Removes the folder and every file in it. */
  async remove(): Promise<void> {
    this.removed = true;
    const folder = this.folder;
    this.folder = undefined;
    if (folder) await rm(await folder, { recursive: true, force: true });
  }
}

/**
 * Blames one file; throws GitError when git cannot (missing objects, cancelled). With `grafts`
 * (fileHistory.ts), blame reads only the commits that changed the file; they are written to a file
 * of `files` (a folder of this call's own when not given, removed before it returns).
 */
export async function blameFile(git: GitRunner, commit: string, path: string, grafts?: string, moves = true, files?: GraftFiles): Promise<CurrentLines> {
  const flags = ['blame', '--incremental', '-w', ...(moves ? ['-M'] : [])];
  if (grafts === undefined) return tallyBlame(git.streamBatches([...flags, commit, '--', path], '\n'));
  const own = files ? undefined : new GraftFiles();
  try {
    const file = await (files ?? (own as GraftFiles)).write(grafts);
    return await tallyBlame(git.streamBatches([...flags, '-S', file, commit, '--', path], '\n'));
  } finally {
    await own?.remove();
  }
}

/** Reads blame's output a piece at a time (one await per piece of output, not per line: a file's blame can be tens of thousands of lines). */
async function tallyBlame(output: AsyncIterable<readonly string[]>): Promise<CurrentLines> {
  const linesByCommit = new Map<string, number>();
  const authorOf = new Map<string, { mail: string; name: string }>();
  let current = '';
  for await (const batch of output) {
    for (const line of batch) {
      const group = GROUP.exec(line);
      if (group?.[1] && group[2]) {
        current = group[1];
        linesByCommit.set(current, (linesByCommit.get(current) ?? 0) + Number(group[2]));
        if (!authorOf.has(current)) authorOf.set(current, { mail: '', name: '' });
        continue;
      }
      const author = authorOf.get(current);
      if (!author) continue;
      if (line.startsWith('author-mail ')) author.mail = line.slice('author-mail '.length).replace(/^<|>$/g, '');
      else if (line.startsWith('author ')) author.name = line.slice('author '.length);
    }
  }
  const byKey = new Map<string, BlameTally>();
  let total = 0;
  for (const [sha, count] of linesByCommit) {
    const { mail, name } = authorOf.get(sha) ?? { mail: '', name: '' };
    const id = authorId(mail, name);
    const nid = name.trim() ? nameId(name) : '';
    const key = `${id}\0${nid}`;
    const tally = byKey.get(key);
    if (tally) tally[2] += count;
    else byKey.set(key, [id, nid, count]);
    total += count;
  }
  const byAuthor = [...byKey.values()].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  return { lines: total, byAuthor };
}

export interface PersonLines {
  /** Lines the person last wrote. */
  person: number;
  /** Lines of the author (other than the person) who holds the most. */
  topOther: number;
  lines: number;
}

/** The person's lines and the largest other author's, from a blame result. */
export function personLines(current: CurrentLines, personIds: ReadonlySet<string>, personNames: ReadonlySet<string>): PersonLines {
  let person = 0;
  const others = new Map<string, number>();
  for (const [id, name, count] of current.byAuthor) {
    if (personIds.has(id) || (name !== '' && personNames.has(name))) person += count;
    else others.set(id, (others.get(id) ?? 0) + count);
  }
  let topOther = 0;
  for (const count of others.values()) topOther = Math.max(topOther, count);
  return { person, topOther, lines: current.lines };
}

/** A file's key in the cache: its blob id and its path. */
export function currentLinesKey(blob: string, path: string): string {
  return `${blob}:${path}`;
}

export interface BlameRequest {
  path: string;
  blob: string;
  /** The file's history as grafts (fileHistory.ts), computed when the file is blamed; undefined: plain blame. */
  grafts?: () => string | undefined;
  /** Follow lines moved within the file (`-M`); default true. */
  moves?: boolean;
}

export interface BlameRun {
  results: Map<string, CurrentLines>;
  /** Paths git could not blame (missing objects…). */
  failed: string[];
  /** Paths not blamed because the time budget ran out. */
  unmeasured: string[];
  /** Files actually blamed by this run (not from the cache). */
  blamed: number;
}

/**
 * Blames `requests` in order, BLAME_PARALLEL at a time, reading and filling `cache`. With `budgetMs`,
 * no new blame starts once that much time has passed (the rest is reported as unmeasured).
 */
export async function blameFiles(
  git: GitRunner,
  commit: string,
  requests: readonly BlameRequest[],
  cache: CurrentLinesCache,
  options: { budgetMs?: number; signal?: AbortSignal; runnerFor?: (signal: AbortSignal) => GitRunner } = {},
): Promise<BlameRun> {
  const run: BlameRun = { results: new Map(), failed: [], unmeasured: [], blamed: 0 };
  const started = Date.now();
  const todo: BlameRequest[] = [];
  for (const request of requests) {
    const cached = cache.entries[currentLinesKey(request.blob, request.path)];
    if (cached) run.results.set(request.path, cached);
    else todo.push(request);
  }
  // With a budget, blames still running when it ends are stopped too (a file of a long history can
  // take seconds): they count as unmeasured.
  const budget = options.budgetMs !== undefined && options.runnerFor && todo.length ? new AbortController() : undefined;
  const stop = () => budget?.abort();
  const timer = budget ? setTimeout(stop, options.budgetMs) : undefined;
  options.signal?.addEventListener('abort', stop, { once: true });
  const runner = budget && options.runnerFor ? options.runnerFor(budget.signal) : git;
  // One folder for the run's graft files, not one made and removed per file.
  const graftFiles = new GraftFiles();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const request = todo[next++] as BlameRequest;
      if (options.signal?.aborted) throw new GitError('aborted', 'git was cancelled');
      if (budget?.signal.aborted || (options.budgetMs !== undefined && Date.now() - started > options.budgetMs)) {
        run.unmeasured.push(request.path);
        continue;
      }
      try {
        const result = await blameFile(runner, commit, request.path, request.grafts?.(), request.moves ?? true, graftFiles);
        run.results.set(request.path, result);
        cache.entries[currentLinesKey(request.blob, request.path)] = result;
        run.blamed++;
      } catch (err) {
        if (options.signal?.aborted) throw new GitError('aborted', 'git was cancelled');
        if (err instanceof GitError && err.kind === 'aborted') {
          if (!budget) throw err;
          run.unmeasured.push(request.path); // stopped at the end of the budget
        } else run.failed.push(request.path);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(BLAME_PARALLEL, todo.length) }, worker));
  } finally {
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
    await graftFiles.remove();
  }
  run.failed.sort();
  run.unmeasured.sort();
  return run;
}

/** Entries kept in the cache: the files just asked about first, then others (other people's candidates). */
export const MAX_CACHED_FILES = 5000;

/** The cache with the files just asked about kept, and others up to MAX_CACHED_FILES. */
export function pruneCache(cache: CurrentLinesCache, keep: readonly BlameRequest[]): CurrentLinesCache {
  const entries: Record<string, CurrentLines> = {};
  let count = 0;
  for (const request of keep) {
    const key = currentLinesKey(request.blob, request.path);
    const entry = cache.entries[key];
    if (entry && !(key in entries)) {
      entries[key] = entry;
      count++;
    }
  }
  for (const [key, entry] of Object.entries(cache.entries)) {
    if (count >= MAX_CACHED_FILES) break;
    if (!(key in entries)) {
      entries[key] = entry;
      count++;
    }
  }
  return { ...cache, entries };
}

/** A cache read from disk, or a fresh one when it is absent, damaged, of another version or another .mailmap. */
export function currentLinesCacheFrom(value: unknown, mailmap: string): CurrentLinesCache {
  const fresh: CurrentLinesCache = { version: CURRENT_LINES_CACHE_VERSION, mailmap, entries: {} };
  if (typeof value !== 'object' || value === null) return fresh;
  const v = value as Partial<CurrentLinesCache>;
  if (v.version !== CURRENT_LINES_CACHE_VERSION || v.mailmap !== mailmap || typeof v.entries !== 'object' || v.entries === null) return fresh;
  const entries: Record<string, CurrentLines> = {};
  for (const [key, entry] of Object.entries(v.entries)) {
    if (
      entry &&
      typeof entry.lines === 'number' &&
      Array.isArray(entry.byAuthor) &&
      entry.byAuthor.every((t) => Array.isArray(t) && t.length === 3 && typeof t[0] === 'string' && typeof t[1] === 'string' && typeof t[2] === 'number')
    ) {
      entries[key] = entry;
    }
  }
  return { ...fresh, entries };
}
