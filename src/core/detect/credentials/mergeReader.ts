// What merge commits add themselves. The history's log leaves merges out (`--no-merges`): what a merge
// brings from its parents was read in their own commits. A merge can still add text of its own — a
// conflict resolved with a new value, a file added while merging (an "evil merge") — which only its
// combined diff shows, as lines that are in none of its parents (PatchLineParser reads them so). This
// reads the combined diffs of the range's merges, beside the log, into a visitor of the same ledger.
// Only the merges the combined listing shows a file of (one that differs from every parent) can have a
// combined diff: those alone are given to `git diff-tree --stdin --cc` (on debops 330 of 5,190 merges;
// synapse's merges took 4.8 s of git's CPU read by `git log --merges --cc`, 3.0 s so). Should the
// listing fail, every merge is read by `git log`.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { isUnreadableObjectError } from '../../git/readableRefs';
import { readBlobFacts } from '../ownership/blobFacts';
import { ByteLines, decodeLine } from './byteLines';
import { MAX_LINE_LENGTH } from './fileMatcher';
import { BESIDE_THE_LOG } from './historyReader';
import { HEADER_FORMAT, PATCH_FLAGS, PatchLineParser, type CommitInfo, type PatchVisitor } from './patchParser';

export interface MergeReading {
  /** Merge commits whose combined diff was read whole. */
  merges: number;
  /** Files left out of every merge's combined diff because their versions are too large to line up (MAX_COMBINED_CELLS). */
  tooLarge: number;
  /** False when git stopped on an object the clone lacks (a partial clone): the merges after `stoppedAt` in log order were not read. */
  complete: boolean;
  /** The merge being read when git stopped, if it had begun one. */
  stoppedAt: string | null;
}

/** Readings of the merges after a failure, each leaving out more files: enough for the holes a mirror has, bounded all the same. */
const MAX_ATTEMPTS = 8;

/**
 * A merge's file whose two largest parent versions have line counts whose product passes this is left out
 * of the combined diffs. git lines up the lines each parent lost at a place with a table of their
 * product (combine-diff.c, coalesce_lines: 8 bytes a cell): a merge that rewrote a 1.7 MB bundle of
 * 59,000 lines differing from both parents (snipe-it) grew git past 22 GB. 2^25 cells is 256 MiB at
 * worst (two versions of 5,800 lines, each rewritten whole); a conflict in a source file of that size
 * stays in. The bound is the versions' whole line counts: the lines lost at one place cannot be more.
 */
export const MAX_COMBINED_CELLS = 2 ** 25;
/** Versions are counted (their blobs read) only where the product of their sizes in bytes passes this: below, the lines cannot pass MAX_COMBINED_CELLS unless they average under 11 bytes. */
const COUNT_LINES_ABOVE_BYTES = 2 ** 32;

/** The `git log` of the merges of `range` (commit ids, `^id` exclusions), each as its combined diff, without the `excluded` paths. */
export function mergeLogArguments(range: readonly string[], excluded: readonly string[] = []): string[] {
  return [...BESIDE_THE_LOG, 'log', '--merges', '--cc', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--', ...excludedPathspec(excluded)];
}

/** The pathspec that reads every file but the `excluded` paths (none: no pathspec). */
function excludedPathspec(excluded: readonly string[]): string[] {
  return excluded.length ? [':(top)', ...excluded.map((p) => `:(exclude,top,literal)${p}`)] : [];
}

/**
 * `git diff-tree` of the merges given on its standard input, each as its combined diff, without the `excluded` paths
 * (the same output as mergeLogArguments' for those merges).
 */
export function mergeDiffArguments(excluded: readonly string[] = []): string[] {
  return [...BESIDE_THE_LOG, 'diff-tree', '--stdin', '--always', '--cc', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--', ...excludedPathspec(excluded)];
}

/**
 * Reads the lines the range's merges add themselves into `visitor`. Where git stops on an object the
 * clone lacks (a combined diff cannot leave a file out by itself), the merges are read again without
 * the files that hold it — those `knownUnreadable()` names (the paths the history's reading left out)
 * and the file of the merge being read whose blob git named — as often as that makes progress, up to
 * MAX_ATTEMPTS. What was read before is read again into the same ledger (it keeps one occurrence).
 * Stops, said in `complete` and `stoppedAt`, when it can go no further; and quietly when `stop()`
 * turns true (the scan ended).
 */
export async function readMergeAdditions(
  git: GitRunner,
  range: readonly string[],
  visitor: PatchVisitor,
  stop: () => boolean = () => false,
  knownUnreadable: () => Promise<readonly string[]> = async () => [],
): Promise<MergeReading> {
  const { tooLarge, unreadable, withFiles } = await mergeFilesLeftOut(git, range);
  const excluded = new Set<string>([...tooLarge, ...unreadable]);
  if (withFiles?.length === 0) return { merges: 0, complete: true, stoppedAt: null, tooLarge: tooLarge.length };
  for (let attempt = 1; ; attempt++) {
    const reading = { ...(await readOnce(git, range, visitor, stop, [...excluded], withFiles)), tooLarge: tooLarge.length };
    if (reading.complete || attempt >= MAX_ATTEMPTS || stop()) return reading;
    const before = excluded.size;
    if (attempt === 1) for (const path of await knownUnreadable()) excluded.add(path);
    if (reading.stoppedAt && reading.missing) for (const path of await pathsHolding(git, reading.stoppedAt, reading.missing)) excluded.add(path);
    if (excluded.size === before) return reading;
  }
}

/** One reading (of the `merges` given, or else of every merge of `range`); on an unreadable object, the merge being read and the object git named. */
async function readOnce(git: GitRunner, range: readonly string[], visitor: PatchVisitor, stop: () => boolean, excluded: readonly string[], merges: readonly string[] | null): Promise<Omit<MergeReading, 'tooLarge'> & { missing?: string }> {
  let read = 0;
  let current: CommitInfo | null = null;
  const counting: PatchVisitor = {
    commit: (info) => {
      current = info;
      visitor.commit(info);
    },
    file: (path) => visitor.file(path),
    hunk: (section) => visitor.hunk(section),
    added: (text, line) => visitor.added(text, line),
    removed: () => undefined,
    fileEnd: (section) => visitor.fileEnd(section),
    commitEnd: () => {
      read++;
      current = null;
      visitor.commitEnd();
    },
  };
  const parser = new PatchLineParser(counting);
  const lines = new ByteLines((bytes, start, end) => readMergeLines(parser, bytes, start, end));
  const halt = new AbortController();
  try {
    await git.readChunks(
      merges ? mergeDiffArguments(excluded) : mergeLogArguments(range, excluded),
      (chunk) => {
        if (stop()) halt.abort();
        else lines.feed(chunk);
      },
      merges ? { stop: halt.signal, input: merges.map((sha) => `${sha}\n`) } : { stop: halt.signal },
    );
    lines.flush();
  } catch (err) {
    if (!halt.signal.aborted) {
      if (!(err instanceof GitError) || !isUnreadableObjectError(err)) throw err;
      // (The merge being read is not counted: its end was never seen. A line git left cut is dropped.)
      // (Counted before parser.end(), which ends the cut merge and would count it.)
      const counted = read;
      const stoppedAt = (current as CommitInfo | null)?.sha ?? null;
      parser.end();
      return { merges: counted, complete: false, stoppedAt, missing: /\b[0-9a-f]{40,64}\b/.exec(err.message)?.[0] };
    }
  }
  parser.end();
  return { merges: read, complete: true, stoppedAt: null };
}

const NEWLINE = 10;
const PLUS = 43;
const MINUS = 45;
const SPACE = 32;

/** What a line's marks tell, in a combined hunk of `columns` parents, without decoding it (PatchLineParser's reading of them). */
const enum CombinedMark {
  /** In the merge's result as in a parent (some column blank, none `-`): counted, not read. */
  FromParent,
  /** Not in the merge's result (`-` in a column): nothing. */
  NotInResult,
  /** `+` in every column (the merge's own line), or not a line of the hunk: the parser reads it. */
  ToRead,
}

function combinedMark(bytes: Buffer, start: number, columns: number): CombinedMark {
  let plus = 0;
  // The line's newline ends the loop early when the line is shorter than its marks.
  for (let i = start; i < start + columns; i++) {
    const b = bytes[i];
    if (b === PLUS) plus++;
    else if (b === MINUS) return CombinedMark.NotInResult;
    else if (b !== SPACE) return CombinedMark.ToRead;
  }
  return plus === columns ? CombinedMark.ToRead : CombinedMark.FromParent;
}

/**
 * Reads whole lines of the merges' combined diffs (`end - 1` is a newline) into `parser`. Most lines of
 * a combined hunk came from a parent: they are counted from their marks and never decoded; only the
 * lines the merge added itself, and the headers, are.
 */
export function readMergeLines(parser: PatchLineParser, bytes: Buffer, start: number, end: number): void {
  let i = start;
  while (i < end) {
    const stop = bytes.indexOf(NEWLINE, i);
    const columns = parser.combinedColumns();
    const mark = columns > 0 ? combinedMark(bytes, i, columns) : CombinedMark.ToRead;
    if (mark === CombinedMark.FromParent) parser.passCombined();
    else if (mark === CombinedMark.ToRead) parser.feed(decodeLine(bytes, i, stop, MAX_LINE_LENGTH + 2));
    i = stop + 1;
  }
}

/**
 * The paths of the range's merges whose combined diff would be too large to compute (MAX_COMBINED_CELLS),
 * from the merges' combined raw listing (the files that differ from every parent, by blob id: trees are
 * read, no diff is made), the parent versions' sizes, and the line counts of the large ones (blobFacts.ts,
 * one `cat-file --batch`; a binary version has none: git does not line it up). A blob the clone lacks has
 * no size (git stops on it later, and the reading goes around it). Nothing when a step cannot be read.
 */
export async function filesTooLargeToCombine(git: GitRunner, range: readonly string[]): Promise<string[]> {
  return (await mergeFilesLeftOut(git, range)).tooLarge;
}

/** Paths left out of the merges' combined diffs before their first reading. */
interface MergeFilesLeftOut {
  /** Versions too large to line up (MAX_COMBINED_CELLS). */
  tooLarge: string[];
  /**
   * Files of a merge's combined diff one of whose versions (a parent's or the merge's) the clone lacks:
   * git would stop on it, and the merges would be read again without it (snipe-it: a second reading of
   * every merge, 1.9 s of git's CPU). Known from the same listing, so the first reading goes around them.
   */
  unreadable: string[];
  /** The merges the listing shows a file of, in log order (the others have no combined diff); null when the listing could not be read. */
  withFiles: string[] | null;
}

/** The merge files to leave out (MergeFilesLeftOut); nothing when the listing cannot be read (the readings then learn the holes one by one). */
async function mergeFilesLeftOut(git: GitRunner, range: readonly string[]): Promise<MergeFilesLeftOut> {
  try {
    return await leftOutOfCombined(git, range);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return { tooLarge: [], unreadable: [], withFiles: null };
  }
}

async function leftOutOfCombined(git: GitRunner, range: readonly string[]): Promise<MergeFilesLeftOut> {
  const entries: { path: string; parents: string[]; merged: string }[] = [];
  const withFiles: string[] = [];
  let merge = '';
  let pending: string[] | null = null;
  // Each merge: `\x1f<id>`, then an empty field, then two fields per file (none when no file differs from every parent).
  for await (const field of git.stream([...BESIDE_THE_LOG, 'log', '--merges', '-c', '--raw', '--no-abbrev', '--no-renames', '-z', '--format=%x1f%H', '--end-of-options', ...range, '--'], '\0', { buffered: true })) {
    if (pending) {
      entries.push({ path: field, parents: pending.slice(0, -1), merged: pending[pending.length - 1] ?? '' });
      if (withFiles[withFiles.length - 1] !== merge) withFiles.push(merge);
      pending = null;
      continue;
    }
    const header = field.lastIndexOf('\x1f');
    if (header >= 0) {
      merge = field.slice(header + 1).trim();
      continue;
    }
    // `::100644 100644 100644 <parent blob> <parent blob> <merge blob> MM` (one mode and blob per parent, then the merge's)
    const at = field.indexOf('::');
    if (at < 0) continue;
    pending = field.slice(at).split(' ').filter((word) => /^[0-9a-f]{40,64}$/.test(word));
  }
  const ids = new Set<string>();
  for (const entry of entries) for (const id of [...entry.parents, entry.merged]) if (!/^0+$/.test(id)) ids.add(id);
  if (ids.size === 0) return { tooLarge: [], unreadable: [], withFiles };
  const sizes = new Map<string, number>();
  const missing = new Set<string>();
  // (`--batch-check` reads no blob: a missing one is printed `<id> missing`, never fetched.)
  for await (const line of git.stream(['cat-file', '--batch-check=%(objectname) %(objectsize)'], '\n', { input: [...ids].map((id) => `${id}\n`) })) {
    const [id, size] = line.split(' ');
    if (id && size && /^\d+$/.test(size)) sizes.set(id, Number(size));
    else if (id && size === 'missing') missing.add(id);
  }
  const unreadable = [...new Set(entries.filter((entry) => entry.parents.some((id) => missing.has(id)) || missing.has(entry.merged)).map((entry) => entry.path))];
  return { tooLarge: await tooLargeToCombine(git, entries, sizes), unreadable, withFiles };
}

/** The paths of `entries` whose two largest parent versions have too many lines to line up (MAX_COMBINED_CELLS). */
async function tooLargeToCombine(git: GitRunner, entries: readonly { path: string; parents: string[] }[], sizes: ReadonlyMap<string, number>): Promise<string[]> {
  // Line counts of the versions of files whose sizes could make too large a table (the others are left alone).
  const twoLargest = (values: number[]): number => {
    const [first = 0, second = 0] = values.sort((a, b) => b - a);
    return first * second;
  };
  const large = entries.filter((entry) => twoLargest(entry.parents.map((id) => sizes.get(id) ?? 0)) > COUNT_LINES_ABOVE_BYTES);
  if (large.length === 0) return [];
  // Beside the history's log: small pack windows (with git's, snipe-it's large versions took 177 MB).
  const lines = await readBlobFacts(git, large.flatMap((entry) => entry.parents).filter((id) => sizes.has(id)), { headers: false, config: BESIDE_THE_LOG });
  const paths = new Set<string>();
  for (const entry of large) if (twoLargest(entry.parents.map((id) => lines.get(id)?.lines ?? 0)) > MAX_COMBINED_CELLS) paths.add(entry.path);
  return [...paths];
}

/** The paths at which `merge` or one of its parents holds `blob` (trees are read, not blobs). */
async function pathsHolding(git: GitRunner, merge: string, blob: string): Promise<string[]> {
  const paths = new Set<string>();
  let parents: string[] = [];
  try {
    parents = (await git.run(['rev-list', '--parents', '-n', '1', '--end-of-options', merge, '--'])).trim().split(' ').slice(1);
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
  }
  for (const commit of [merge, ...parents]) {
    try {
      for await (const entry of git.stream(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit], '\0')) {
        const tab = entry.indexOf('\t');
        if (tab > 0 && entry.slice(0, tab).endsWith(` ${blob}`)) paths.add(entry.slice(tab + 1));
      }
    } catch (err) {
      if (!isUnreadableObjectError(err)) throw err;
    }
  }
  return [...paths];
}
