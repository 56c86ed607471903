// The secrets in some files of some commits, read whole: `git diff-tree --stdin -p` from the empty
// tree to each commit's tree shows each file as added lines, which the same parser and matchers read
// as in the history scan. One git process for any number of commits. Used for HEAD ("is it still
// there?") and to re-derive the in-memory identity of a cached finding from where it first appeared.
// Values go from the matcher to the caller's callback and nowhere else; paths go to git as literal
// pathspecs after `--`.
import { GitRunner } from '../../git/gitRunner';
import { FileMatcher, MAX_LINE_LENGTH, type SecretMatch } from './fileMatcher';
import { PatchLineParser, type FileSection, type PatchVisitor } from './patchParser';

export const PATCH_FLAGS = ['-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/'];
/** Paths per git call, so that the command line stays far below the system's limit. */
const PATHS_PER_CALL = 400;
/** `diff-tree --stdin` echoes each input pair before its diff. */
const TREE_PAIR = /^([0-9a-f]{40,64}) ([0-9a-f]{40,64})$/;

export type TreeMatchSink = (commit: string, path: string, match: SecretMatch) => void;

/** The empty tree's id in this repository's hash (SHA-1 or SHA-256). */
export async function emptyTreeId(git: GitRunner): Promise<string> {
  return (await git.run(['hash-object', '-t', 'tree', '/dev/null'])).trim();
}

class WholeFileVisitor implements PatchVisitor {
  commitIds: readonly string[] = [];
  private matcher: FileMatcher | undefined;
  private path = '';
  private readonly emit = (match: SecretMatch) => {
    for (const commit of this.commitIds) this.sink(commit, this.path, match);
  };

  constructor(private readonly sink: TreeMatchSink) {}

  commit(): void {}
  commitEnd(): void {}
  file(path: string): void {
    this.path = path;
    this.matcher = new FileMatcher(path);
  }
  hunk(): void {
    this.matcher?.endHunk();
  }
  added(text: string, line: number): void {
    this.matcher?.push(text, line, this.emit);
  }
  removed(): void {}
  fileEnd(section: FileSection): void {
    const keystore = this.matcher?.profile.keystore;
    if (keystore && section.newBlob) this.emit({ kind: keystore, value: `blob:${section.newBlob}`, line: 1, ordinal: 0, start: 0, end: 0 });
    this.matcher = undefined;
  }
}

/** Tree of each commit (one `cat-file --batch-check`); commits that cannot be read are left out. */
async function treesOf(cwd: string, commits: readonly string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
  const byTree = new Map<string, string[]>();
  const input = commits.map((sha) => `${sha}^{tree}\n`);
  let index = 0;
  for await (const line of new GitRunner({ cwd, signal }).stream(['cat-file', '--batch-check=%(objectname) %(objecttype)'], '\n', { input })) {
    const commit = commits[index++];
    const [tree, type] = line.split(' ');
    if (commit && tree && type === 'tree') byTree.set(tree, [...(byTree.get(tree) ?? []), commit]);
  }
  return byTree;
}

/**
 * Calls `sink` with every secret in `paths` as they are in each of `commits` (paths a commit does not
 * have are skipped). Returns the commits that could not be read.
 */
export async function matchFilesAt(cwd: string, emptyTree: string, commits: readonly string[], paths: readonly string[], sink: TreeMatchSink, signal?: AbortSignal): Promise<string[]> {
  const wanted = [...new Set(commits)];
  const byTree = await treesOf(cwd, wanted, signal);
  const readable = new Set([...byTree.values()].flat());
  const unique = [...new Set(paths)].sort();
  if (byTree.size === 0 || unique.length === 0) return wanted.filter((c) => !readable.has(c));
  const input = [...byTree.keys()].map((tree) => `${emptyTree} ${tree}\n`);
  for (let i = 0; i < unique.length; i += PATHS_PER_CALL) {
    const chunk = unique.slice(i, i + PATHS_PER_CALL);
    const visitor = new WholeFileVisitor(sink);
    let parser = new PatchLineParser(visitor);
    const args = ['--literal-pathspecs', 'diff-tree', '--stdin', '-r', '-p', ...PATCH_FLAGS, '--', ...chunk];
    for await (const line of new GitRunner({ cwd, signal }).stream(args, '\n', { input })) {
      const pair = line.length <= 129 ? TREE_PAIR.exec(line) : null;
      if (pair) {
        parser.end();
        parser = new PatchLineParser(visitor);
        visitor.commitIds = byTree.get(pair[2] ?? '') ?? [];
        continue;
      }
      parser.feed(line.length > MAX_LINE_LENGTH + 1 ? line.slice(0, MAX_LINE_LENGTH + 2) : line);
    }
    parser.end();
  }
  return wanted.filter((c) => !readable.has(c));
}
