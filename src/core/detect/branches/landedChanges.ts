// Whether a branch's changes already landed on the default branch under other commits: rebased or
// cherry-picked one by one (git's patch-id comparison, `--cherry-mark`), or squashed into one commit
// (compared here by a fingerprint of the patch that ignores line numbers and context).
import { createHash, type Hash } from 'node:crypto';
import { GitError, type GitRunner } from '../../git/gitRunner';

/** Diff options shared by both sides of the squash comparison, so that their output is comparable. */
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index', '--no-relative'];

/** Above this many changed files the squash comparison is skipped (the branch stays `open`). */
export const MAX_SQUASH_PATHS = 500;

/**
 * Hashes a unified diff as a sequence of per-file sections holding only what the change does: the file
 * header, mode lines and the added and removed lines. Line numbers, hunk boundaries and context lines
 * are left out, so the same change made on a different base gives the same fingerprint. Binary files
 * keep their (full) index line, as their content is not shown.
 */
export class PatchFingerprint {
  private hash: Hash = createHash('sha256');
  private empty = true;
  private inHunk = false;
  private index = '';

  add(line: string): void {
    if (line.startsWith('diff --git ')) {
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
    return this.empty ? null : this.hash.digest('hex');
  }

  private take(line: string): void {
    this.empty = false;
    this.hash.update(line.replace(/\r$/, ''));
    this.hash.update('\n');
  }
}

/** Files changed between the merge base and the branch tip ('/'-separated, from the repository root). */
export async function changedPaths(git: GitRunner, defaultSha: string, branchSha: string): Promise<string[]> {
  const out = await git.run(['diff', '--name-only', '-z', ...DIFF_FLAGS, '--end-of-options', `${defaultSha}...${branchSha}`, '--']);
  return out.split('\0').filter((p) => p !== '');
}

/** What the squash comparison found: landed, not found, or not compared (more than MAX_SQUASH_PATHS files). */
export type SquashCheck = 'landed' | 'not-found' | 'too-many-files';

const COMMIT_MARK = '\u0001';
const HASH = /^[0-9a-f]{40,64}$/;

/** The hash of a commit header in `git log --format=%x01%H -z --name-only` output, else undefined. */
function commitHeader(field: string): string | undefined {
  const text = field.startsWith('\n') ? field.slice(1) : field;
  return text.startsWith(COMMIT_MARK) && HASH.test(text.slice(1)) ? text.slice(1) : undefined;
}

/**
 * Commits on the default branch since the merge base that change every one of `paths` (a squash of
 * the branch must): one walk of trees without pathspecs (matching hundreds of pathspecs in git costs
 * more than a set lookup here), no diff of file contents, so its cost stays small however far behind
 * the branch is.
 */
async function commitsTouchingAll(git: GitRunner, defaultSha: string, branchSha: string, paths: readonly string[], signal?: AbortSignal): Promise<string[]> {
  const wanted = new Set(paths);
  const found: string[] = [];
  let sha = '';
  let touched = 0;
  const finish = () => {
    if (sha && touched === wanted.size) found.push(sha);
  };
  for await (const field of git.stream(['log', '--no-merges', '--format=%x01%H', '-z', '--name-only', ...DIFF_FLAGS, '--end-of-options', defaultSha, `^${branchSha}`, '--'])) {
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    const header = commitHeader(field);
    if (header) {
      finish();
      sha = header;
      touched = 0;
    } else if (wanted.has(field.startsWith('\n') ? field.slice(1) : field)) touched++;
  }
  finish();
  return found;
}

/** Fingerprint of a diff streamed line by line. */
async function fingerprintOf(lines: AsyncIterable<string>): Promise<string | null> {
  const print = new PatchFingerprint();
  for await (const line of lines) print.add(line);
  return print.digest();
}

/**
 * 'landed' when the default branch has one commit, made after the merge base, whose change to the
 * files the branch touches is exactly the branch's combined change: the branch was squash-merged
 * (possibly together with other work). An empty combined change (work and its revert) counts as
 * landed. Only commits that change every one of the branch's files are diffed, so the cost follows
 * those few commits, not the length of the default branch.
 */
export async function landedAsSquash(git: GitRunner, defaultSha: string, branchSha: string, signal?: AbortSignal): Promise<SquashCheck> {
  const paths = await changedPaths(git, defaultSha, branchSha);
  if (paths.length === 0) return 'landed';
  if (paths.length > MAX_SQUASH_PATHS) return 'too-many-files';
  const candidates = await commitsTouchingAll(git, defaultSha, branchSha, paths, signal);
  if (candidates.length === 0) return 'not-found';
  const wanted = await fingerprintOf(git.stream(['diff', '-p', ...DIFF_FLAGS, '--end-of-options', `${defaultSha}...${branchSha}`, '--'], '\n'));
  if (wanted === null) return 'landed';
  const pathspecs = paths.map((p) => `:(top,literal)${p}`);
  for (const sha of candidates) {
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    const print = await fingerprintOf(git.stream(['diff-tree', '-p', '--no-commit-id', '--root', ...DIFF_FLAGS, '--end-of-options', sha, '--', ...pathspecs], '\n'));
    if (print === wanted) return 'landed';
  }
  return 'not-found';
}
