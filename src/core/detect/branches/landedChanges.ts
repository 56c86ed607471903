// Whether a branch's changes already landed on the default branch under other commits: rebased or
// cherry-picked one by one, or squashed into one commit. Both are compared by fingerprints of the
// patches that ignore line numbers and context (as git's patch-ids do for `--cherry-mark`), read once
// per commit of the default branch for all the branches compared with it (CommitChanges).
import { createHash, type Hash } from 'node:crypto';
import { GitError, type GitRunner } from '../../git/gitRunner';
import { pathOfDiffLine } from '../credentials/patchParser';
import { LOCKFILE_GLOBS } from '../ownership/defaultExclusions';
import { compileGlobs } from '../ownership/pathGlob';

/** Diff options shared by both sides of the squash comparison, so that their output is comparable. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index', '--no-relative'];

/** Above this many changed files the squash comparison is skipped (the branch stays `open`). */
export const MAX_SQUASH_PATHS = 500;

/**
 * Hashes a unified diff as a sequence of per-file sections holding only what the change does: the file
 * header, mode lines and the added and removed lines. Line numbers, hunk boundaries and context lines
 * are left out, so the same change made on a different base gives the same fingerprint. Binary files
 * keep their (full) index line, as their content is not shown. Each file's section has its own digest
 * (`files`), so that a commit's change to some of its files can be compared without diffing it again.
 */
export class PatchFingerprint {
  private readonly sections: Array<[string, string]> = [];
  private section: Hash | undefined;
  private path = '';
  private inHunk = false;
  private index = '';

  add(line: string): void {
    if (line.startsWith('diff --git ')) {
      this.close();
      this.path = pathOfDiffLine(line) ?? line;
      this.inHunk = false;
      this.index = '';
      this.take(line);
    } else if (!this.inHunk) {
      if (line.startsWith('@@')) this.inHunk = true;
      else if (line.startsWith('index ')) this.index = line;
      else if (line.startsWith('Binary files ') || line === 'GIT binary patch') this.take(`${this.index}\n${line}`);
      else if (/^(new|deleted) file mode |^old mode |^new mode /.test(line)) this.take(line);
      // `--- a/x`, `+++ b/x` and similarity lines repeat what the `diff --git` header says.
    } else if (line.startsWith('@@')) {
      // a new hunk of the same file
    } else if (line.startsWith('+') || line.startsWith('-') || line.startsWith('\\')) {
      this.take(line);
    } else if (!line.startsWith(' ') && line !== '') {
      this.inHunk = false;
    }
  }

  /** Null when the diff was empty. */
  digest(): string | null {
    this.close();
    return this.sections.length ? combinePrints(this.sections.map(([, print]) => print)) : null;
  }

  /** Each changed file's section digest, by path, in the diff's order. */
  files(): ReadonlyMap<string, string> {
    this.close();
    return new Map(this.sections);
  }

  private take(line: string): void {
    this.section ??= createHash('sha256');
    this.section.update(line.replace(/\r$/, ''));
    this.section.update('\n');
  }

  private close(): void {
    if (!this.section) return;
    this.sections.push([this.path, this.section.digest('hex')]);
    this.section = undefined;
    this.path = '';
  }
}

/** The fingerprint of a patch from its files' section digests, in the diff's order. */
export function combinePrints(prints: readonly string[]): string {
  const hash = createHash('sha256');
  for (const print of prints) hash.update(`${print}\n`);
  return hash.digest('hex');
}

/** What a commit changes, as the rebase and squash comparisons see it. */
export interface ChangePrint {
  /** The fingerprint of its whole patch (PatchFingerprint); null when it changes nothing. */
  patch: string | null;
  /** Each changed file's section digest, by path, in the diff's order. */
  files: ReadonlyMap<string, string>;
}

/** Commits per `git log --no-walk --stdin` of CommitChanges. */
const CHANGES_BATCH = 500;
/** CommitChanges' gits at once: two keep both cores of a small machine busy. */
const READS_AT_ONCE = 2;
const COMMIT_LINE = '\u0001';

/**
 * What commits change, each read once however many branches are compared with it: the default
 * branch's commits since a branch forked are shared by every branch forked near them (on a repository
 * with hundreds of branches, git diffed the same thousands of commits for each branch's `--cherry-mark`
 * and squash check). As git's `--cherry-mark` does, it first learns only which files each commit
 * changes (`paths`: a tree diff, no file read), and reads the change itself (`print`) only for the
 * commits that could be the same change as a branch's — the few that change the same files — so that a
 * clone lacking large files can still compare every branch whose candidates it holds.
 */
export class CommitChanges {
  private readonly shapes = new Map<string, readonly string[]>();
  private readonly pathSets = new Map<string, ReadonlySet<string>>();
  private readonly prints = new Map<string, ChangePrint>();
  /** Commits git could not diff (an object the clone lacks), with its message. */
  private readonly unreadable = new Map<string, GitError>();
  private readonly shaping = new Map<string, Promise<void>>();
  private readonly printing = new Map<string, Promise<void>>();

  constructor(
    private readonly git: GitRunner,
    private readonly signal?: AbortSignal,
  ) {}

  /** The files `sha` changes, in git's order (after `readPaths`). */
  paths(sha: string): readonly string[] | undefined {
    return this.shapes.get(sha);
  }

  /** Whether `sha` changes every one of `paths` (after `readPaths`; its files kept as a set for the next branch asking). */
  changesEvery(sha: string, paths: readonly string[]): boolean {
    const touched = this.shapes.get(sha);
    if (!touched || touched.length < paths.length) return false;
    let set = this.pathSets.get(sha);
    if (!set) {
      set = new Set(touched);
      this.pathSets.set(sha, set);
    }
    return paths.every((path) => (set as ReadonlySet<string>).has(path));
  }

  /** The change `sha` makes (after `readPrints`). */
  print(sha: string): ChangePrint | undefined {
    return this.prints.get(sha);
  }

  /** Learns which files each of `shas` changes (non-merge commits), reading no file. */
  async readPaths(shas: Iterable<string>): Promise<void> {
    await this.inBatches(shas, this.shapes, this.shaping, (batch) => this.readShapes(batch));
  }

  /**
   * Reads the changes of `shas` (non-merge commits). Rejects with git's failure when one of them cannot
   * be diffed (its files are missing from the clone): the comparison that needs it cannot be made.
   */
  async readPrints(shas: Iterable<string>): Promise<void> {
    const wanted = [...new Set(shas)];
    await this.inBatches(wanted, this.prints, this.printing, (batch) => this.readPatches(batch));
    for (const sha of wanted) {
      const failure = this.unreadable.get(sha);
      if (failure) throw failure;
    }
  }

  /**
   * Runs `read` over the commits of `shas` neither in `known` nor being read, in batches, READS_AT_ONCE
   * at a time; waits for those another caller is reading.
   */
  private async inBatches(shas: Iterable<string>, known: ReadonlyMap<string, unknown>, reading: Map<string, Promise<void>>, read: (batch: readonly string[]) => Promise<void>): Promise<void> {
    const asked = new Set(shas);
    const fresh = [...asked].filter((sha) => !known.has(sha) && !this.unreadable.has(sha) && !reading.has(sha));
    const lanes: Promise<void>[] = Array.from({ length: READS_AT_ONCE }, () => Promise.resolve());
    for (let i = 0, lane = 0; i < fresh.length; i += CHANGES_BATCH, lane = (lane + 1) % READS_AT_ONCE) {
      const batch = fresh.slice(i, i + CHANGES_BATCH);
      // Each batch waits for the one before it in its lane, whether that one was read or not.
      const done = (lanes[lane] as Promise<void>).catch(() => undefined).then(() => read(batch));
      lanes[lane] = done;
      const forget = () => {
        for (const sha of batch) if (reading.get(sha) === done) reading.delete(sha);
      };
      done.then(forget, forget);
      for (const sha of batch) reading.set(sha, done);
    }
    const waits = new Set<Promise<void>>();
    for (const sha of asked) {
      const pending = reading.get(sha);
      if (pending) waits.add(pending);
    }
    await Promise.all(waits);
  }

  private stream(batch: readonly string[], format: readonly string[], separator: string): AsyncGenerator<string, void, undefined> {
    if (this.signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    return this.git.stream(['log', '--no-walk=unsorted', '--stdin', `--format=${COMMIT_LINE}%H`, ...format, ...DIFF_FLAGS, '--end-of-options', '--'], separator, { input: batch.map((sha) => `${sha}\n`) });
  }

  private async readShapes(batch: readonly string[]): Promise<void> {
    let sha: string | undefined;
    let paths: string[] = [];
    const finish = () => {
      if (sha !== undefined) this.shapes.set(sha, paths);
      paths = [];
    };
    // `--raw -z`: each commit's line, then a status field and a path for each file changed.
    let pathNext = false;
    for await (const field of this.stream(batch, ['--raw', '-z'], '\0')) {
      if (this.signal?.aborted) throw new GitError('aborted', 'git was cancelled');
      const text = field.startsWith('\n') ? field.slice(1) : field;
      if (text.startsWith(COMMIT_LINE) && HASH.test(text.slice(1).trim())) {
        finish();
        sha = text.slice(1).trim();
        pathNext = false;
      } else if (pathNext) {
        paths.push(text);
        pathNext = false;
      } else if (text.startsWith(':')) pathNext = true;
    }
    finish();
    for (const id of batch) if (!this.shapes.has(id)) this.shapes.set(id, []);
  }

  private async readPatches(batch: readonly string[]): Promise<void> {
    try {
      await this.readPatchesOf(batch);
    } catch (err) {
      if (!(err instanceof GitError && err.kind === 'failed')) throw err;
      // One commit git could not diff: each of the batch alone, so that only that one is unreadable.
      if (batch.length === 1) {
        this.unreadable.set(batch[0] as string, err);
        return;
      }
      for (const sha of batch) if (!this.prints.has(sha)) await this.readPatches([sha]);
    }
  }

  private async readPatchesOf(batch: readonly string[]): Promise<void> {
    let sha: string | undefined;
    let print = new PatchFingerprint();
    const finish = () => {
      if (sha !== undefined) this.prints.set(sha, { patch: print.digest(), files: print.files() });
      print = new PatchFingerprint();
    };
    // With git's default context, as the branch's combined diff is read: with none (-U0), git placed a
    // change between repeated lines differently in two diffs of the same change (zellij's squashed
    // `about-plugin`: a `},` added above or below its twin).
    for await (const line of this.stream(batch, ['-p'], '\n')) {
      if (this.signal?.aborted) throw new GitError('aborted', 'git was cancelled');
      if (line.startsWith(COMMIT_LINE) && HASH.test(line.slice(1))) {
        finish();
        sha = line.slice(1);
      } else print.add(line);
    }
    finish();
    // A commit git printed nothing for changes nothing.
    for (const id of batch) if (!this.prints.has(id)) this.prints.set(id, { patch: null, files: new Map() });
  }
}

/** Files changed between the merge base and the branch tip ('/'-separated, from the repository root). */
export async function changedPaths(git: GitRunner, defaultSha: string, branchSha: string): Promise<string[]> {
  const out = await git.run(['diff', '--name-only', '-z', ...DIFF_FLAGS, '--end-of-options', `${defaultSha}...${branchSha}`, '--']);
  return out.split('\0').filter((p) => p !== '');
}

/** What the squash comparison found: landed, not found, or not compared (more than MAX_SQUASH_PATHS files). */
export type SquashCheck = 'landed' | 'not-found' | 'too-many-files';

const HASH = /^[0-9a-f]{40,64}$/;

/** The change print of a diff streamed line by line. */
async function printOf(lines: AsyncIterable<string>): Promise<ChangePrint> {
  const print = new PatchFingerprint();
  for await (const line of lines) print.add(line);
  return { patch: print.digest(), files: print.files() };
}

/** The default branch's commits since the branch forked (`defaultSha ^branchSha`), merges left out. */
export async function nonMergesSince(git: GitRunner, defaultSha: string, branchSha: string): Promise<string[]> {
  const out = await git.run(['rev-list', '--no-merges', '--end-of-options', defaultSha, `^${branchSha}`, '--']);
  return out.split('\n').filter((sha) => sha !== '');
}

/**
 * 'landed' when the default branch has one commit, made after the merge base, whose change to the
 * files the branch touches is exactly the branch's combined change: the branch was squash-merged
 * (possibly together with other work). An empty combined change (work and its revert) counts as
 * landed. The commits of the default branch since the branch forked (`since`, non-merges, when the
 * caller knows them) are compared through CommitChanges (shared between branches): only those that
 * change every one of the branch's files can be its squash, and only their changes are read.
 */
export async function landedAsSquash(
  git: GitRunner,
  defaultSha: string,
  branchSha: string,
  signal?: AbortSignal,
  known?: { changes: CommitChanges; since: readonly string[] },
): Promise<SquashCheck> {
  const paths = await changedPaths(git, defaultSha, branchSha);
  if (paths.length === 0) return 'landed';
  if (paths.length > MAX_SQUASH_PATHS) return 'too-many-files';
  const changes = known?.changes ?? new CommitChanges(git, signal);
  const since = known?.since ?? (await nonMergesSince(git, defaultSha, branchSha));
  await changes.readPaths(since);
  const candidates = since.filter((sha) => changes.changesEvery(sha, paths));
  if (candidates.length === 0) return 'not-found';
  const wanted = await printOf(git.stream(['diff', '-p', ...DIFF_FLAGS, '--end-of-options', `${defaultSha}...${branchSha}`, '--'], '\n'));
  if (wanted.patch === null) return 'landed';
  await changes.readPrints(candidates);
  const order = [...wanted.files.keys()];
  // Built files are compared by being changed, not by their content, when the branch changes a source too: the squash
  // was built again on its own base (isRebuiltFile).
  const sources = order.filter((path) => !isRebuiltFile(path));
  const compared = sources.length ? sources : order;
  const print = compared === order ? wanted.patch : combinePrints(compared.map((path) => wanted.files.get(path) as string));
  for (const sha of candidates) {
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    const files = changes.print(sha)?.files;
    if (!files || !order.every((path) => files.has(path))) continue;
    if (combinePrints(compared.map((path) => files.get(path) as string)) === print) return 'landed';
  }
  return 'not-found';
}

const rebuilt = compileGlobs([...LOCKFILE_GLOBS, '*.min.js', '*.min.css', '*.min.mjs', '*.map', 'dist/']);

/**
 * Files a build or a package manager writes again from the sources: lockfiles, minified bundles and source maps, and
 * anything under a `dist/` folder (a JavaScript action's `dist/index.js`, which `ncc` bundles from the sources and
 * the dependencies). A squash-merge made on an updated default branch holds them as built there: the same change
 * to the sources, another bundle (a GitHub Action's fix squashed with its `dist/index.js` rebuilt: 2 lines added
 * where the branch's build added 12).
 */
export function isRebuiltFile(path: string): boolean {
  return rebuilt(path);
}
