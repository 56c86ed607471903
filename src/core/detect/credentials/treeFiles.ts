// The secrets in some files of some commits, read whole: `git diff-tree --stdin -p` from the empty
// tree to each commit's tree shows each file as added lines, which the same parser and matchers read
// as in the history scan. One git process for any number of commits. Used for HEAD ("is it still
// there?") and to re-derive the in-memory identity of a cached finding from where it first appeared.
// Values go from the matcher to the caller's callback and nowhere else; paths go to git as literal
// pathspecs after `--`.
import { GitRunner } from '../../git/gitRunner';
import { FileMatcher, MAX_LINE_LENGTH, type SecretMatch } from './fileMatcher';
import { isUnreadableObjectError, missingObjects } from './historyReader';
import { DEFAULT_RULES, type RuleSet } from './ruleEngine';
import { PATCH_FLAGS, PatchLineParser, type FileSection, type PatchVisitor } from './patchParser';

export { PATCH_FLAGS };

/** Paths per git call, so that the command line stays far below the system's limit. */
const PATHS_PER_CALL = 400;
/** `diff-tree --stdin` echoes each input pair before its diff. */
const TREE_PAIR = /^([0-9a-f]{40,64}) ([0-9a-f]{40,64})$/;

export type TreeMatchSink = (commit: string, path: string, match: SecretMatch) => void;

/** The empty tree's id in this repository's hash (SHA-1 or SHA-256). */
export async function emptyTreeId(git: GitRunner): Promise<string> {
  return (await git.run(['hash-object', '-t', 'tree', '/dev/null'])).trim();
}

/** The empty tree's ids in SHA-1 and SHA-256, by the length of the repository's object ids. */
const EMPTY_TREES: ReadonlyMap<number, string> = new Map([
  [40, '4b825dc642cb6eb9a060e54bf8d69288fbee4904'],
  [64, '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'],
]);

/** The empty tree's id in the hash of `commitId` (one of the repository's commits), known without asking git. */
export async function emptyTreeLike(git: GitRunner, commitId: string): Promise<string> {
  return EMPTY_TREES.get(commitId.length) ?? (await emptyTreeId(git));
}

class WholeFileVisitor implements PatchVisitor {
  commitIds: readonly string[] = [];
  private matcher: FileMatcher | undefined;
  private path = '';
  private readonly emit = (match: SecretMatch) => {
    for (const commit of this.commitIds) this.sink(commit, this.path, match);
  };

  constructor(
    private readonly sink: TreeMatchSink,
    private readonly rules: RuleSet = DEFAULT_RULES,
  ) {}

  commit(): void {}
  commitEnd(): void {}
  file(path: string): void {
    this.path = path;
    this.matcher = new FileMatcher(path, this.rules);
  }
  hunk(section?: string): void {
    this.matcher?.startHunk(section);
  }
  added(text: string, line: number): void {
    this.matcher?.push(text, line, this.emit);
  }
  removed(): void {}
  fileEnd(section: FileSection): void {
    if (this.matcher && section.newBlob) for (const match of this.matcher.presence(section.newBlob)) this.emit(match);
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

export interface FilesMatched {
  /** Commits that could not be read at all (the commit or its tree is missing). */
  missingCommits: string[];
  /** Files of readable commits whose content this clone lacks: not read, counted. */
  unreadableFiles: number;
}

/**
 * Calls `sink` with every secret in `paths` as they are in each of `commits` (paths a commit does not
 * have are skipped). A file whose blob the clone lacks is left out and counted; nothing is fetched.
 */
export function matchFilesAt(cwd: string, emptyTree: string, commits: readonly string[], paths: readonly string[], sink: TreeMatchSink, signal?: AbortSignal, rules: RuleSet = DEFAULT_RULES): Promise<FilesMatched> {
  return matchFilesOf(cwd, emptyTree, new Map(commits.map((commit) => [commit, paths])), sink, signal, rules);
}

/**
 * As `matchFilesAt`, but each commit is asked only for its own paths, so that the work grows with the
 * number of (commit, path) pairs rather than commits × all paths. Commits that share a tree are asked
 * for the union of their paths (the sink hears each match for every commit of that tree); trees asked
 * for the same set of paths share one git process.
 */
export async function matchFilesOf(cwd: string, emptyTree: string, pathsByCommit: ReadonlyMap<string, readonly string[]>, sink: TreeMatchSink, signal?: AbortSignal, rules: RuleSet = DEFAULT_RULES): Promise<FilesMatched> {
  const wanted = [...pathsByCommit.keys()];
  const byTree = await treesOf(cwd, wanted, signal);
  const readable = new Set([...byTree.values()].flat());
  const missingCommits = wanted.filter((c) => !readable.has(c));
  const treesByPaths = new Map<string, { paths: string[]; trees: string[] }>();
  for (const [tree, commits] of byTree) {
    const paths = [...new Set(commits.flatMap((commit) => pathsByCommit.get(commit) ?? []))].sort();
    if (paths.length === 0) continue;
    const key = paths.join('\0');
    const group = treesByPaths.get(key);
    if (group) group.trees.push(tree);
    else treesByPaths.set(key, { paths, trees: [tree] });
  }
  let unreadableFiles = 0;
  for (const { paths, trees } of treesByPaths.values()) {
    unreadableFiles += await matchTreeFiles(cwd, emptyTree, byTree, trees, paths, sink, signal, rules);
  }
  return { missingCommits, unreadableFiles };
}

/** Every secret in `paths` of each of `trees`; returns the files the clone holds but cannot read. */
async function matchTreeFiles(cwd: string, emptyTree: string, byTree: ReadonlyMap<string, string[]>, trees: readonly string[], paths: readonly string[], sink: TreeMatchSink, signal: AbortSignal | undefined, rules: RuleSet): Promise<number> {
  let unreadableFiles = 0;
  for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
    const chunk = paths.slice(i, i + PATHS_PER_CALL);
    try {
      await diffFromEmpty(cwd, emptyTree, byTree, trees, chunk, sink, signal, rules);
    } catch (err) {
      if (!isUnreadableObjectError(err)) throw err;
      // Tree by tree, only the files this clone can read (what was matched before is matched again: sinks are idempotent).
      for (const tree of trees) {
        const present = await readablePaths(cwd, tree, chunk, signal);
        unreadableFiles += present.unreadable;
        if (present.paths.length) await diffFromEmpty(cwd, emptyTree, byTree, [tree], present.paths, sink, signal, rules);
      }
    }
  }
  return unreadableFiles;
}

async function diffFromEmpty(cwd: string, emptyTree: string, byTree: ReadonlyMap<string, string[]>, trees: readonly string[], paths: readonly string[], sink: TreeMatchSink, signal: AbortSignal | undefined, rules: RuleSet): Promise<void> {
  const visitor = new WholeFileVisitor(sink, rules);
  let parser = new PatchLineParser(visitor);
  const args = ['--literal-pathspecs', 'diff-tree', '--stdin', '-r', '-p', ...PATCH_FLAGS, '--', ...paths];
  const input = trees.map((tree) => `${emptyTree} ${tree}\n`);
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

/** Which of `paths` are files of `tree` this clone can read; `unreadable` counts those it holds but cannot read. */
async function readablePaths(cwd: string, tree: string, paths: readonly string[], signal?: AbortSignal): Promise<{ paths: string[]; unreadable: number }> {
  const asked = paths.filter((p) => !p.includes('\n'));
  const entries = new Map<string, string>();
  for await (const line of new GitRunner({ cwd, signal }).stream(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', tree, '--', ...asked], '\0')) {
    const tab = line.indexOf('\t');
    const [, type = '', id = ''] = line.slice(0, tab).split(' ');
    if (tab > 0 && type === 'blob') entries.set(line.slice(tab + 1), id);
  }
  const missing = await missingObjects(new GitRunner({ cwd, signal }), [...entries.values()]);
  const readable = [...entries].filter(([, id]) => !missing.has(id)).map(([path]) => path);
  return { paths: readable, unreadable: entries.size - readable.length };
}
