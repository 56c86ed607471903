// The files at HEAD, their sizes in lines and their linguist attributes: three git processes, each
// streamed, whatever the number of files.
import { GitError, GitRunner } from '../../git/gitRunner';
import { checkAttributes, type RepositoryLayout } from '../../git/repositoryLayout';

/** Throws the runner's cancellation error once the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
}

/**
 * Regular files (modes 100644 and 100755) of a commit, with their blob ids. Symlinks (120000) and submodules (gitlinks,
 * 160000) are skipped: a link's "content" is a path and a submodule is another repository.
 */
export async function listRegularFiles(git: GitRunner, commit: string, signal?: AbortSignal): Promise<Map<string, string>> {
  /** Path → blob id. */
  const files = new Map<string, string>();
  for await (const entry of git.stream(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit])) {
    throwIfAborted(signal);
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const mode = entry.slice(0, 6);
    // `<mode> blob <id>\t<path>`
    if (mode === '100644' || mode === '100755') files.set(entry.slice(tab + 1), entry.slice(12, tab));
  }
  return files;
}

/**
 * Lines of each text file of a commit: `git grep -c` counts the lines of every blob inside git (a last
 * line without a newline counts), `-I` leaves binary files out, and nothing but the counts crosses the
 * pipe, so a 50 MB one-line file costs one number. Files absent from the map are binary or empty.
 * `git grep` exits 1 when nothing matches (an empty commit, only binary files or a `.gitkeep`): no lines, not an error.
 */
export async function countLines(git: GitRunner, commit: string, signal?: AbortSignal, pathspecs: readonly string[] = [':(top)']): Promise<Map<string, number>> {
  const lines = new Map<string, number>();
  const prefix = `${commit}:`;
  // Output: `<commit>:<path>\0<count>\n<commit>:<path>\0<count>\n…`, read as NUL-separated fields.
  let path: string | undefined;
  for await (const field of git.stream(['grep', '-I', '-c', '-z', '--full-name', '--no-color', '--fixed-strings', '-e', '', commit, '--', ...pathspecs], '\0', { okExitCodes: [1] })) {
    throwIfAborted(signal);
    let rest = field;
    if (path !== undefined) {
      const newline = field.indexOf('\n');
      const count = Number.parseInt(newline < 0 ? field : field.slice(0, newline), 10);
      if (Number.isFinite(count)) lines.set(path, count);
      rest = newline < 0 ? '' : field.slice(newline + 1);
    }
    path = rest.startsWith(prefix) ? rest.slice(prefix.length) : undefined;
  }
  return lines;
}

/**
 * Paths marked `linguist-generated` or `linguist-vendored` (set or `=true`) in .gitattributes, in one
 * `git check-attr --stdin` process: the work tree's attributes, or in a bare repository those of
 * `commit` (repositoryLayout.ts).
 */
export async function linguistExcluded(cwd: string, layout: RepositoryLayout, commit: string, paths: Iterable<string>, signal?: AbortSignal): Promise<Set<string>> {
  const excluded = new Set<string>();
  for await (const [path, , value] of checkAttributes(cwd, layout, commit, ['linguist-generated', 'linguist-vendored'], paths, signal)) {
    if (value === 'set' || value === 'true') excluded.add(path);
  }
  return excluded;
}

/** Above this many changed files, counting everything again is as quick as counting the changes. */
export const MAX_RECOUNT = 1000;

/**
 * Paths that differ between two commits (added, changed, deleted; renames as a delete and an add), or
 * undefined when `earlier` is gone or more than MAX_RECOUNT files changed: then reading everything
 * again is as quick.
 */
export async function changedPaths(git: GitRunner, earlier: string, commit: string): Promise<string[] | undefined> {
  let changed: string[];
  try {
    changed = (await git.run(['diff', '--name-only', '-z', '--no-renames', '--no-color', '--no-ext-diff', '--end-of-options', earlier, commit, '--'])).split('\0').filter((p) => p !== '');
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return undefined; // the earlier commit is gone
  }
  return changed.length > MAX_RECOUNT ? undefined : changed;
}

/**
 * Lines of each text file of `commit`, from the counts of an earlier commit and the paths changed
 * since (changedPaths): only those are counted again (the warm re-analysis reads no unchanged blob).
 */
export async function countLinesSince(git: GitRunner, earlier: ReadonlyArray<readonly [string, number]>, changed: readonly string[], commit: string, signal?: AbortSignal): Promise<Map<string, number>> {
  const lines = new Map(earlier.map(([path, count]) => [path, count] as [string, number]));
  for (const path of changed) lines.delete(path);
  if (changed.length) {
    let counted = new Map<string, number>();
    try {
      counted = await countLines(git, commit, signal, changed.map((path) => `:(top,literal)${path}`));
    } catch (err) {
      // git grep exits 1 when nothing matched: every changed file was deleted, emptied or binary.
      if (!(err instanceof GitError && err.kind === 'failed' && /exited with 1$/.test(err.message))) throw err;
    }
    for (const [path, count] of counted) lines.set(path, count);
  }
  return lines;
}
