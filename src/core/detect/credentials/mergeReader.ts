// What merge commits add themselves. The history's log leaves merges out (`--no-merges`): what a merge
// brings from its parents was read in their own commits. A merge can still add text of its own — a
// conflict resolved with a new value, a file added while merging (an "evil merge") — which only its
// combined diff shows, as lines that are in none of its parents (PatchLineParser reads them so). This
// reads the combined diffs of the range's merges, beside the log, into a visitor of the same ledger.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { isUnreadableObjectError } from '../../git/readableRefs';
import { MAX_LINE_LENGTH } from './fileMatcher';
import { HEADER_FORMAT, PATCH_FLAGS, PatchLineParser, type CommitInfo, type PatchVisitor } from './patchParser';

export interface MergeReading {
  /** Merge commits whose combined diff was read whole. */
  merges: number;
  /** False when git stopped on an object the clone lacks (a partial clone): the merges after `stoppedAt` in log order were not read. */
  complete: boolean;
  /** The merge being read when git stopped, if it had begun one. */
  stoppedAt: string | null;
}

/** Readings of the merges after a failure, each leaving out more files: enough for the holes a mirror has, bounded all the same. */
const MAX_ATTEMPTS = 8;

/** The `git log` of the merges of `range` (commit ids, `^id` exclusions), each as its combined diff, without the `excluded` paths. */
export function mergeLogArguments(range: readonly string[], excluded: readonly string[] = []): string[] {
  const pathspec = excluded.length ? [':(top)', ...excluded.map((p) => `:(exclude,top,literal)${p}`)] : [];
  return ['log', '--merges', '--cc', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--', ...pathspec];
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
  const excluded = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const reading = await readOnce(git, range, visitor, stop, [...excluded]);
    if (reading.complete || attempt >= MAX_ATTEMPTS || stop()) return reading;
    const before = excluded.size;
    if (attempt === 1) for (const path of await knownUnreadable()) excluded.add(path);
    if (reading.stoppedAt && reading.missing) for (const path of await pathsHolding(git, reading.stoppedAt, reading.missing)) excluded.add(path);
    if (excluded.size === before) return reading;
  }
}

/** One reading; on an unreadable object, the merge being read and the object git named. */
async function readOnce(git: GitRunner, range: readonly string[], visitor: PatchVisitor, stop: () => boolean, excluded: readonly string[]): Promise<MergeReading & { missing?: string }> {
  let merges = 0;
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
      merges++;
      current = null;
      visitor.commitEnd();
    },
  };
  const parser = new PatchLineParser(counting);
  try {
    for await (const line of git.stream(mergeLogArguments(range, excluded), '\n')) {
      if (stop()) break;
      parser.feed(line.length > MAX_LINE_LENGTH + 1 ? line.slice(0, MAX_LINE_LENGTH + 2) : line);
    }
  } catch (err) {
    if (!(err instanceof GitError) || !isUnreadableObjectError(err)) throw err;
    // (The merge being read is not counted: its end was never seen.)
    const read = merges;
    const stoppedAt = (current as CommitInfo | null)?.sha ?? null;
    parser.end();
    return { merges: read, complete: false, stoppedAt, missing: /\b[0-9a-f]{40,64}\b/.exec(err.message)?.[0] };
  }
  parser.end();
  return { merges, complete: true, stoppedAt: null };
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
