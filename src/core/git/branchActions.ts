// What the successor does with a branch of the person leaving: see which files it changes against the
// default branch, read a file as of a commit, and check the branch out. Checking out is the only git
// call of the product that changes the work tree; it runs only on a clean tree, with hooks off (the
// runner's safety flags), and never fetches.
import { GitError, type GitRunner } from './gitRunner';

export interface BranchName {
  /** Short name: `feature/x` (local) or `origin/feature/x` (remote-tracking). */
  name: string;
  kind: 'local' | 'remote';
}

export interface ChangedFile {
  /** git's status letter: A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: string;
  /** Path on the branch ('/'-separated, from the repository root); for a deletion, the deleted path. */
  path: string;
  /** For a rename or copy, the path on the default branch. */
  previousPath?: string;
}

export interface BranchComparison {
  /** The commit the branch started from: the merge base with the default branch. */
  base: string;
  /** The branch tip. */
  tip: string;
  files: ChangedFile[];
}

const SHA = /^[0-9a-f]{40,64}$/;

export function fullRefName(branch: BranchName): string {
  return `${branch.kind === 'local' ? 'refs/heads/' : 'refs/remotes/'}${branch.name}`;
}

/** The commit a full ref name points at, or null when there is no such ref. */
export async function resolveCommit(git: GitRunner, ref: string): Promise<string | null> {
  try {
    const sha = (await git.run(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`])).trim();
    return SHA.test(sha) ? sha : null;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return null;
  }
}

/**
 * The default branch as the detection names it (`origin/main`, `main`): the remote-tracking ref when
 * there is one, else the local branch.
 */
export async function resolveDefaultBranch(git: GitRunner, shortName: string): Promise<string | null> {
  if (shortName.startsWith('refs/')) return resolveCommit(git, shortName);
  return (await resolveCommit(git, `refs/remotes/${shortName}`)) ?? (await resolveCommit(git, `refs/heads/${shortName}`));
}

/** Reads `git diff --name-status -z` output: a status field, then one path (two for R and C). */
export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? '';
    if (code === '') continue;
    const status = code.charAt(0);
    if (status === 'R' || status === 'C') {
      const previousPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      files.push({ status, path, previousPath });
    } else {
      files.push({ status, path: fields[i++] ?? '' });
    }
  }
  return files.filter((f) => f.path !== '');
}

/** The files a branch changes since it left the default branch (what a pull request of it would show). */
export async function compareWithDefault(git: GitRunner, branch: BranchName, defaultBranch: string): Promise<BranchComparison> {
  const tip = await resolveCommit(git, fullRefName(branch));
  if (!tip) throw new GitError('failed', `branch ${branch.name} no longer exists`);
  const target = await resolveDefaultBranch(git, defaultBranch);
  if (!target) throw new GitError('failed', `default branch ${defaultBranch} no longer exists`);
  const base = (await git.run(['merge-base', '--end-of-options', target, tip])).trim();
  if (!SHA.test(base)) throw new GitError('failed', `${branch.name} has no common history with ${defaultBranch}`);
  const out = await git.run(['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', base, tip, '--']);
  return { base, tip, files: parseNameStatus(out) };
}

/**
 * A file's bytes at a commit, as text; '' when the commit does not have it (the "before" of an added
 * file, the "after" of a deleted one). No textconv or filters: what is stored.
 */
export async function fileAtCommit(git: GitRunner, commit: string, path: string): Promise<string> {
  if (!SHA.test(commit)) throw new GitError('failed', 'not a commit id');
  try {
    return await git.run(['cat-file', 'blob', `${commit}:${path}`]);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return '';
  }
}

/** Whether the branch's tip has `path` (relative to the runner's folder, as `./path`). */
export async function branchHasFile(git: GitRunner, branch: BranchName, path: string): Promise<boolean> {
  const tip = await resolveCommit(git, fullRefName(branch));
  if (!tip) return false;
  try {
    await git.run(['cat-file', '-e', `${tip}:./${path}`]);
    return true;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return false;
  }
}

/** Tracked files with changes (staged or not): checking out is refused unless this is empty. */
export async function uncommittedChanges(git: GitRunner): Promise<string[]> {
  const out = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=no', '--ignore-submodules=none']);
  const paths: string[] = [];
  const fields = out.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const entry = fields[i] ?? '';
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    // A rename or copy entry is followed by its source path.
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return paths;
}

export type CheckoutOutcome =
  | { kind: 'checked-out'; localBranch: string; created: boolean }
  | { kind: 'dirty'; paths: string[] }
  | { kind: 'local-exists'; localBranch: string };

/**
 * Checks a branch out. A remote-tracking branch becomes a new local branch that tracks it, unless a
 * local branch of that name already exists (then nothing happens: the caller says so). Refuses, without
 * touching anything, while tracked files have changes.
 */
export async function checkoutBranch(git: GitRunner, branch: BranchName): Promise<CheckoutOutcome> {
  const dirty = await uncommittedChanges(git);
  if (dirty.length) return { kind: 'dirty', paths: dirty };
  if (!(await resolveCommit(git, fullRefName(branch)))) throw new GitError('failed', `branch ${branch.name} no longer exists`);
  if (branch.kind === 'local') {
    await git.run(['switch', '--no-guess', '--end-of-options', branch.name]);
    return { kind: 'checked-out', localBranch: branch.name, created: false };
  }
  const localBranch = branch.name.slice(branch.name.indexOf('/') + 1);
  if (await resolveCommit(git, `refs/heads/${localBranch}`)) return { kind: 'local-exists', localBranch };
  await git.run(['switch', '--no-guess', '--track', `--create=${localBranch}`, '--end-of-options', fullRefName(branch)]);
  return { kind: 'checked-out', localBranch, created: true };
}

/** git's empty tree: the "before" of a root commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** The files one commit changed against its first parent (or against nothing, for a root commit). */
export async function commitChanges(git: GitRunner, commit: string): Promise<BranchComparison> {
  if (!SHA.test(commit)) throw new GitError('failed', 'not a commit id');
  const parent = await resolveCommit(git, `${commit}^1`);
  const out = await git.run(['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--end-of-options', parent ?? EMPTY_TREE, commit, '--']);
  return { base: parent ?? EMPTY_TREE, tip: commit, files: parseNameStatus(out) };
}
