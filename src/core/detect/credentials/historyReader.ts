// Reads the patches of a history into a visitor, and never stops on an object the clone lacks (a
// partial clone, a mirror without large files): `git log -p` dies on the first blob it cannot read, so
// the reader then reads the rest of that commit — the files git had not finished, without the
// unreadable ones — and goes on with the commits after it, older ones included, fed by id to
// `git log --no-walk --stdin`. Nothing is read twice but the one file section git was writing when it
// stopped. Nothing is fetched: the git environment forbids lazy fetches and every transport
// (gitRunner.ts).
//
// Git writes a commit's header before its files, and a file's section once both its blobs were read,
// so when it dies the commit whose header came last is the one it was reading (or one that was
// complete, its next commit's header not yet written: then only its last file is read again, and the
// next run dies at once on that next commit, which is read whole without its unreadable files). A
// run that dies before any header names its first commit as the one. Each failure consumes at least
// one commit, so the reading always ends.
import { GitError, type GitRunner } from '../../git/gitRunner';
import type { KeywordIndex } from './keywordIndex';
import { HEADER_FORMAT, PATCH_FLAGS } from './patchParser';
import { PatchScanner, type SelectivePatchVisitor } from './patchScanner';
import { isUnreadableObjectError } from '../../git/readableRefs';
import { listReadableCommits, missingObjects } from '../../git/readableCommits';

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
  /** Runs every git command of the reading (give it the scan's signal). */
  git: GitRunner;
  /** Commit ids and `^id` exclusions. */
  range: readonly string[];
  visitor: SelectivePatchVisitor;
  /** The rules' keywords: added and removed lines without one are not handed to the visitor (unless it asks). */
  keywords: KeywordIndex;
}

/**
 * Commits per `git log --no-walk --stdin` after a failure: git reads every listed commit before the
 * first patch, so a clone with many holes would otherwise pay for the rest of history at each one.
 */
const LISTED_BATCH = 1000;

// One classification of git's "cannot read this object" failures, for refs and history alike.
export { isUnreadableObjectError, missingObjects };

/** The one `git log` the scan streams, over `range` (commit ids, `^id` exclusions). */
export function historyLogArguments(range: readonly string[]): string[] {
  return ['log', '--no-merges', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', ...range, '--'];
}

/** The same log over commits given one per line on standard input, in that order and no others. */
function listedLogArguments(): string[] {
  return ['log', '--no-merges', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--no-walk=unsorted', '--stdin', '--'];
}

export interface HistoryReading {
  /** Commits read in part or not at all (their objects, or their parent, missing from this clone). */
  unreadable: UnreadableCommit[];
  /** Commits this clone lacks, named as a parent: the history only they lead to is not read. */
  missingCommits: string[];
}

/** Reads every commit of `range` into the visitor; says which could not be read in full, and which are missing. */
export async function readHistory(options: HistoryReadOptions): Promise<HistoryReading> {
  const { git } = options;
  const unreadable: UnreadableCommit[] = [];
  const missingCommits: string[] = [];
  const done = (): HistoryReading => ({ unreadable, missingCommits });
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
      if (order === null || end >= order.length) return done();
      next = end;
      continue;
    } catch (err) {
      if (!isUnreadableObjectError(err)) throw err;
    }
    // The commit git was reading: the one whose header came last, still open in the scanner.
    const stopped = scanner.interrupt();
    if (order === null) {
      // The commits git walks for the range, in its order (rev-list walks the same way), around missing commits.
      const listing = await listReadableCommits(git, options.range, { noMerges: true });
      order = listing.commits;
      missingCommits.push(...listing.missing);
    }
    let at = next;
    if (stopped.commit !== null) {
      const found = order.indexOf(stopped.commit, next);
      if (found < 0) throw new GitError('failed', `git log printed commit ${stopped.commit.slice(0, 12)} outside the history being read`);
      at = found;
    }
    const sha = order[at];
    if (sha === undefined) return done();
    const skipped = await readRestOfCommit(options, sha, stopped.commit === sha ? { scanner, sectionsEnded: stopped.sectionsEnded } : null);
    if (skipped) unreadable.push(skipped);
    next = at + 1;
    if (next >= order.length) return done();
  }
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

/**
 * Characters of paths per `git diff-tree` that reads the rest of a commit, so that its command line
 * stays far below the shortest system limit (32,767 characters on Windows).
 */
const PATHSPEC_CHARS = 16_000;

/** The paths as literal pathspecs from the top of the repository, in groups that fit on a command line. */
function pathspecGroups(paths: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const path of paths) {
    const spec = `:(top,literal)${path}`;
    if (group.length && chars + spec.length > PATHSPEC_CHARS) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(spec);
    chars += spec.length + 1;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Pathspecs that select `rest` of a commit's files and not `done`, in as few git runs as fit on a
 * command line: `done` excluded when that is shorter (git stopped early in a large commit) and no
 * excluded path is a folder of a file to read (an exclusion covers a folder's files too), else `rest`
 * listed.
 */
function restPathspecs(rest: readonly string[], done: ReadonlySet<string>): string[][] {
  if (rest.length === 0) return [];
  const excludes = [...done].map((path) => `:(exclude,top,literal)${path}`);
  const length = (specs: readonly string[]) => specs.reduce((sum, spec) => sum + spec.length + 1, 0);
  const excludeLength = length(excludes);
  const coversARestFile = rest.some((path) => {
    for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) if (done.has(path.slice(0, slash))) return true;
    return false;
  });
  if (!coversARestFile && excludeLength <= PATHSPEC_CHARS && excludeLength < length(rest.map((path) => `:(top,literal)${path}`))) return [[':(top)', ...excludes]];
  return pathspecGroups(rest);
}

/** The empty tree's id by the length of the repository's object ids (SHA-1 or SHA-256). */
const EMPTY_TREE: ReadonlyMap<number, string> = new Map([
  [40, '4b825dc642cb6eb9a060e54bf8d69288fbee4904'],
  [64, '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'],
]);

/**
 * A commit whose parent this clone lacks (a damaged clone) has no diff against it. It is read as git
 * reads a shallow clone's oldest commit: every file of its tree as added (its files whose blobs are
 * missing left out), so that the secrets it holds are found, first seen in it; the note about the
 * missing commit says the history behind it was not read. Undefined when even its tree cannot be
 * read (then it is left out whole); what was left out of it otherwise, or null.
 */
async function readAsBoundary(options: HistoryReadOptions, sha: string, open: OpenCommit | null): Promise<UnreadableCommit | null | undefined> {
  const { git } = options;
  const empty = EMPTY_TREE.get(sha.length);
  if (!empty) return undefined;
  try {
    const files: { path: string; id: string }[] = [];
    for (const entry of (await git.run(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', sha])).split('\0')) {
      const tab = entry.indexOf('\t');
      const [, type = '', id = ''] = entry.slice(0, tab).split(' ');
      if (tab > 0 && type === 'blob') files.push({ path: entry.slice(tab + 1), id });
    }
    const missing = await missingObjects(git, files.map((f) => f.id));
    const left = files.filter((f) => missing.has(f.id)).map((f) => f.path);
    const scanner = open?.scanner ?? new PatchScanner(options.visitor, options.keywords);
    // The header as the log prints it (no diff asked, so the missing parent is not read), then the tree as added.
    if (!open) await git.readChunks(['log', '--no-walk', '--no-color', HEADER_FORMAT, '--end-of-options', sha, '--'], (chunk) => scanner.feed(chunk));
    const pathspec = [':(top)', ...left.map((path) => `:(exclude,top,literal)${path}`)];
    await git.readChunks(['diff-tree', '-r', '-p', ...PATCH_FLAGS, '--end-of-options', empty, sha, '--', ...pathspec], (chunk) => scanner.feed(chunk));
    scanner.end();
    return left.length ? { sha, filesSkipped: left.length, whole: false, paths: left } : null;
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    return undefined;
  }
}

/** A commit git stopped in: the scanner holding it open, and the files of it read to their end. */
interface OpenCommit {
  scanner: PatchScanner;
  sectionsEnded: readonly string[];
}

/**
 * Reads into the visitor what git could not give of commit `sha`: with `open`, the files it had not
 * finished (fed to the same scanner, which then ends the commit); without, the whole commit. Files
 * whose blobs this clone lacks are left out. Returns what was left out, or null when nothing was.
 */
async function readRestOfCommit(options: HistoryReadOptions, sha: string, open: OpenCommit | null): Promise<UnreadableCommit | null> {
  const { git } = options;
  let entries: RawEntry[];
  try {
    entries = parseRawDiff(await git.run(['diff-tree', '--no-commit-id', '--root', '-r', '--raw', '--no-renames', '--full-index', '-z', '--end-of-options', sha, '--']));
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    // No diff against its parent: the parent commit is missing (or its own tree is). Read as git reads
    // a shallow clone's oldest commit, when its tree can be.
    const boundary = await readAsBoundary(options, sha, open);
    return boundary === undefined ? { sha, filesSkipped: 0, whole: true, paths: [] } : boundary;
  }
  const missing = await missingObjects(git, entries.flatMap((e) => e.ids));
  const left = entries.filter((e) => e.ids.some((id) => missing.has(id))).map((e) => e.path);
  const skipped = left.length ? { sha, filesSkipped: left.length, whole: false, paths: left } : null;
  if (open) {
    const done = new Set([...open.sectionsEnded, ...left]);
    const rest = entries.map((e) => e.path).filter((path) => !done.has(path));
    try {
      for (const group of restPathspecs(rest, done)) {
        const args = ['diff-tree', '--no-commit-id', '--root', '-r', '-p', ...PATCH_FLAGS, '--end-of-options', sha, '--', ...group];
        await git.readChunks(args, (chunk) => open.scanner.feed(chunk));
      }
      open.scanner.end();
      return skipped;
    } catch (err) {
      // A literal pathspec names a folder's files too: a file replaced by a folder whose file is
      // unreadable (or a path git spells otherwise) brings the failure back. The commit is then read
      // again whole, without the unreadable files, as below (this scanner, left mid-commit, is dropped).
      if (!isUnreadableObjectError(err)) throw err;
    }
  }
  // Paths from the top of the repository whatever folder git runs in, literal, the missing ones excluded.
  const pathspec = [':(top)', ...left.map((path) => `:(exclude,top,literal)${path}`)];
  const scanner = new PatchScanner(options.visitor, options.keywords);
  try {
    const args = ['diff-tree', '--root', '--always', '-p', ...PATCH_FLAGS, HEADER_FORMAT, '--end-of-options', sha, '--', ...pathspec];
    await git.readChunks(args, (chunk) => scanner.feed(chunk));
    scanner.end();
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    return { sha, filesSkipped: 0, whole: true, paths: [] };
  }
  return skipped;
}
