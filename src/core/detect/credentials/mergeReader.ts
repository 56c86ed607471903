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

/** The `git log` of the merges of `range` (commit ids, `^id` exclusions), each as its combined diff. */
export function mergeLogArguments(range: readonly string[]): string[] {
  return ['log', '--merges', '--cc', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--'];
}

/**
 * Reads the lines the range's merges add themselves into `visitor`. Stops without an error where the
 * clone lacks an object git needs (said in `stoppedAt`), and when `stop()` turns true (the scan ended).
 */
export async function readMergeAdditions(git: GitRunner, range: readonly string[], visitor: PatchVisitor, stop: () => boolean = () => false): Promise<MergeReading> {
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
    for await (const line of git.stream(mergeLogArguments(range), '\n')) {
      if (stop()) break;
      parser.feed(line.length > MAX_LINE_LENGTH + 1 ? line.slice(0, MAX_LINE_LENGTH + 2) : line);
    }
  } catch (err) {
    if (!(err instanceof GitError) || !isUnreadableObjectError(err)) throw err;
    // (The merge being read is not counted: its end was never seen.)
    const read = merges;
    const stoppedAt = (current as CommitInfo | null)?.sha ?? null;
    parser.end();
    return { merges: read, complete: false, stoppedAt };
  }
  parser.end();
  return { merges, complete: true, stoppedAt: null };
}
