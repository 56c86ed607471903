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

/**
 * True when the default branch has one commit, made after the merge base, whose change to the files the
 * branch touches is exactly the branch's combined change: the branch was squash-merged (possibly
 * together with other work). An empty combined change (work and its revert) counts as landed.
 */
export async function landedAsSquash(git: GitRunner, defaultSha: string, branchSha: string, signal?: AbortSignal): Promise<boolean> {
  const paths = await changedPaths(git, defaultSha, branchSha);
  if (paths.length === 0) return true;
  if (paths.length > MAX_SQUASH_PATHS) return false;
  const branchPrint = new PatchFingerprint();
  for await (const line of git.stream(['diff', '-p', ...DIFF_FLAGS, '--end-of-options', `${defaultSha}...${branchSha}`, '--'], '\n')) branchPrint.add(line);
  const wanted = branchPrint.digest();
  if (wanted === null) return true;
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
  // Commits on the default branch since the merge base, their diffs limited to the branch's files.
  const pathspecs = paths.map((p) => `:(top,literal)${p}`);
  let current: PatchFingerprint | null = null;
  for await (const line of git.stream(['log', '-p', '--no-merges', '--format=%x00%H', ...DIFF_FLAGS, '--end-of-options', defaultSha, `^${branchSha}`, '--', ...pathspecs], '\n')) {
    if (line.startsWith('\0')) {
      if (current?.digest() === wanted) return true;
      current = new PatchFingerprint();
    } else {
      current?.add(line);
    }
  }
  return current?.digest() === wanted;
}
