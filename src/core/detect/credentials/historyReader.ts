// Reads the patches of a history into a visitor, and never stops on an object the clone lacks (a
// partial clone, a mirror without large files): `git log -p` dies on the first blob it cannot read, so
// the reader then reads that commit again without its unreadable files, and goes on with the commits
// after it — older ones included — fed by id to `git log --no-walk --stdin`. Nothing is fetched: the
// git environment forbids lazy fetches and every transport (gitRunner.ts).
//
// When git dies it may or may not have printed the failing commit's header. The commit whose header
// came last is therefore read again without its unreadable files (a no-op when it was complete), and
// the next run starts after it; a run that dies before any header names its first commit as the one.
// Each failure consumes at least one commit, so the reading always ends.
import { GitError, GitRunner } from '../../git/gitRunner';
import type { KeywordIndex } from './keywordIndex';
import { HEADER_FORMAT, PATCH_FLAGS } from './patchParser';
import { PatchScanner, type SelectivePatchVisitor } from './patchScanner';

/** A commit read only in part, or not at all, because the clone lacks some of its objects. */
export interface UnreadableCommit {
  sha: string;
  /** Files of its patch left out (0 when the whole commit was left out). */
  filesSkipped: number;
  /** True when nothing of it could be read (its tree is missing too). */
  whole: boolean;
  /** The files left out (for the evaluation's baseline; never shown: a path may hold a secret). */
  paths: string[];
}

export interface HistoryReadOptions {
  git: GitRunner;
  cwd: string;
  /** Commit ids and `^id` exclusions. */
  range: readonly string[];
  visitor: SelectivePatchVisitor;
  /** The rules' keywords: added and removed lines without one are not handed to the visitor (unless it asks). */
  keywords: KeywordIndex;
  signal?: AbortSignal;
}

/**
 * Commits per `git log --no-walk --stdin` after a failure: git reads every listed commit before the
 * first patch, so a clone with many holes would otherwise pay for the rest of history at each one.
 */
const LISTED_BATCH = 1000;

/** Git's words for an object it could not read (missing, corrupt, or a promisor fetch refused). */
const UNREADABLE = /lazy fetch|unable to read|could not read|cannot read|missing (?:blob|tree|object)|bad object|not a valid object|corrupt|inflate|promisor|could not fetch|unable to fetch/i;

export function isUnreadableObjectError(err: unknown): boolean {
  return err instanceof GitError && err.kind === 'failed' && UNREADABLE.test(err.message);
}

/** The one `git log` the scan streams, over `range` (commit ids, `^id` exclusions). */
export function historyLogArguments(range: readonly string[]): string[] {
  return ['log', '--no-merges', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--'];
}

/** The same log over commits given one per line on standard input, in that order and no others. */
function listedLogArguments(): string[] {
  return ['log', '--no-merges', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--no-walk=unsorted', '--stdin', '--'];
}

/** Reads every commit of `range` into the visitor; returns the commits that could not be read in full. */
export async function readHistory(options: HistoryReadOptions): Promise<UnreadableCommit[]> {
  const { git } = options;
  const unreadable: UnreadableCommit[] = [];
  let order: string[] | null = null; // every commit of the range in log order, listed after a first failure
  let next = 0; // in `order`: the first commit the next run reads
  for (;;) {
    const scanner = new PatchScanner(options.visitor, options.keywords);
    const end = order === null ? 0 : Math.min(order.length, next + LISTED_BATCH);
    const feed = (chunk: Buffer) => scanner.feed(chunk);
    try {
      if (order === null) await git.readChunks(historyLogArguments(options.range), feed);
      else await git.readChunks(listedLogArguments(), feed, { input: order.slice(next, end).map((sha) => `${sha}\n`) });
      scanner.end();
      if (order === null || end >= order.length) return unreadable;
      next = end;
      continue;
    } catch (err) {
      // The commit read last may be incomplete: it is read again below, without what is missing (this
      // scanner, left mid-commit, is dropped). A header git left without its newline still counts.
      if (!isUnreadableObjectError(err)) throw err;
      scanner.flushLine();
    }
    const lastHeader = scanner.lastCommit;
    order ??= await commitOrder(git, options.range);
    let at = next;
    if (lastHeader !== null) {
      const found = order.indexOf(lastHeader, next);
      if (found < 0) throw new GitError('failed', `git log printed commit ${lastHeader.slice(0, 12)} outside the history being read`);
      at = found;
    }
    const sha = order[at];
    if (sha === undefined) return unreadable;
    const skipped = await readCommitWithout(options, sha);
    if (skipped) unreadable.push(skipped);
    next = at + 1;
    if (next >= order.length) return unreadable;
  }
}

/** The commits `git log` walks for `range`, in its order (rev-list walks the same way). */
async function commitOrder(git: GitRunner, range: readonly string[]): Promise<string[]> {
  const order: string[] = [];
  for await (const line of git.stream(['rev-list', '--no-merges', '--end-of-options', ...range, '--'], '\n')) if (line) order.push(line);
  return order;
}

interface RawEntry {
  path: string;
  ids: string[];
}

/** The files a commit changes (against its first parent) with their blob ids; reads no blob. */
function parseRawDiff(output: string): RawEntry[] {
  const fields = output.split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = fields[i] ?? '';
    const path = fields[i + 1] ?? '';
    const [oldMode = '', newMode = '', oldId = '', newId = ''] = meta.replace(/^:/, '').split(' ');
    const ids: string[] = [];
    // Submodules (mode 160000) name commits of another repository: nothing to read here.
    if (!/^0+$/.test(oldId) && oldMode !== '160000') ids.push(oldId);
    if (!/^0+$/.test(newId) && newMode !== '160000') ids.push(newId);
    entries.push({ path, ids });
  }
  return entries;
}

/** Which of `ids` this clone cannot read (one `cat-file --batch-check`; nothing is fetched). */
export async function missingObjects(cwd: string, ids: readonly string[], signal?: AbortSignal): Promise<Set<string>> {
  const missing = new Set<string>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return missing;
  for await (const line of new GitRunner({ cwd, signal }).stream(['cat-file', '--batch-check=%(objectname) %(objecttype)'], '\n', { input: unique.map((id) => `${id}\n`) })) {
    const [id = '', state = ''] = line.split(' ');
    if (state === 'missing') missing.add(id);
  }
  return missing;
}

/**
 * Reads one commit's patch into the visitor without the files whose blobs this clone lacks. Returns
 * what was left out, or null when the commit could be read whole after all.
 */
async function readCommitWithout(options: HistoryReadOptions, sha: string): Promise<UnreadableCommit | null> {
  const { git, signal } = options;
  let entries: RawEntry[];
  try {
    entries = parseRawDiff(await git.run(['diff-tree', '--no-commit-id', '--root', '-r', '--raw', '--no-renames', '--full-index', '-z', '--end-of-options', sha, '--']));
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return { sha, filesSkipped: 0, whole: true, paths: [] };
  }
  const missing = await missingObjects(options.cwd, entries.flatMap((e) => e.ids), signal);
  const left = entries.filter((e) => e.ids.some((id) => missing.has(id))).map((e) => e.path);
  // Paths from the top of the repository whatever folder git runs in, literal, the missing ones excluded.
  const pathspec = [':(top)', ...left.map((path) => `:(exclude,top,literal)${path}`)];
  const scanner = new PatchScanner(options.visitor, options.keywords);
  try {
    const args = ['diff-tree', '--root', '--always', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', sha, '--', ...pathspec];
    await new GitRunner({ cwd: options.cwd, signal }).readChunks(args, (chunk) => scanner.feed(chunk));
    scanner.end();
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    return { sha, filesSkipped: 0, whole: true, paths: [] };
  }
  return left.length ? { sha, filesSkipped: left.length, whole: false, paths: left } : null;
}
