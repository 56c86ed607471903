// Open branches of the person leaving: branches with commits the default branch does not have, whose
// own commits are mostly the person's. Git is given commit hashes only, never a branch name, so no
// name (`--output=…`, `-c`) can be read as an option; hashes still follow `--end-of-options`.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { isUnreadableObjectMessage } from '../../git/readableRefs';
import { detectionNote, type DetectionNote } from '../detectionNotes';
import type { BranchFinding, PersonSpec } from '../detectionTypes';
import { DefaultHistory, type SinceFork } from './defaultHistory';
import { CommitChanges, landedAsSquash } from './landedChanges';
import { chooseDefaultBranch, readBranchRefs, withoutRemote, type BranchRef } from './refs';

export interface PendingBranchItem {
  id: string;
  branch?: string;
}

export interface DetectBranchesOptions {
  git: GitRunner;
  person: PersonSpec;
  /** HEAD's committer time, `YYYY-MM-DD` or ISO 8601: the "now" of staleness. Never the clock. */
  now: string;
  /** The handover.defaultBranch setting, used when neither origin/HEAD, main nor master exists. */
  defaultBranch?: string;
  /** A branch with no commit for this many days before `now` is stale. Default 30. */
  staleDays?: number;
  /** Smallest share of the branch's own commits authored by the person for it to be listed. Default 0.5. */
  minShare?: number;
  /** HANDOVER.yaml `pending` items; one whose `branch` names a branch gives its `pendingId`. */
  pending?: readonly PendingBranchItem[];
  signal?: AbortSignal;
  /**
   * For a report that must come out the same on any clone (see runDetections' `branchScope`):
   * compare branches with this commit instead of the default branch's tip, read only the branches of
   * `origin` (a clone's only remote; local branches when there is no origin), and skip a branch whose
   * own commits change nothing but `ignoreChangesTo` (pathspecs: the handover's own files).
   */
  shared?: { base: string; ignoreChangesTo: readonly string[] };
  /** Commits ahead and behind past which a branch is not compared (default MAX_COMPARE_AHEAD, MAX_COMPARE_BEHIND). */
  limits?: { ahead: number; behind: number };
}

export interface BranchDetection {
  /** Short name of the branch compared against (`origin/main`, `master`), or null when none exists. */
  defaultBranch: string | null;
  branches: BranchFinding[];
  /** Branches that could not be read (missing objects…), in plain words. */
  notes: DetectionNote[];
}

export const DEFAULT_STALE_DAYS = 30;
export const DEFAULT_MIN_SHARE = 0.5;
/**
 * A shared branch (a release or maintenance line: a name such as `release-3.3`, `maint`, `stable/x`,
 * `hotfix/y`, or commits by several other people) is theirs only when this share of its own commits is.
 */
export const SHARED_BRANCH_MIN_SHARE = 0.8;
/** Other authors on a branch's own commits from which it counts as shared. */
export const SHARED_BRANCH_AUTHORS = 3;
/** Past this many commits ahead, or behind, a branch is not compared commit by commit (rebase, cherry-pick, squash). */
export const MAX_COMPARE_AHEAD = 500;
export const MAX_COMPARE_BEHIND = 5000;
/** Names of release and maintenance lines: release-3.3, release/1.x, maint, maint-2.4, stable, stable/2024, hotfix/x, v2.1, 1.2.x. */
const SHARED_BRANCH_NAME = /(^|\/)(releases?|rel|maint|maintenance|stable|hotfix(es)?|lts|support)([-/_.]|$)|(^|\/)v?\d+\.\d+(\.(\d+|x))?$/i;

/** Whether a branch name (without its remote) looks like a release or maintenance line. */
export function isReleaseLikeName(name: string): boolean {
  return SHARED_BRANCH_NAME.test(name);
}
/** Branches of the person from which the default branch's history is read once for all (DefaultHistory). */
const HELD_HISTORY_FROM = 8;
/** Branches examined at the same time. */
const PARALLEL = 4;
const DAY_MS = 86_400_000;

export async function detectBranches(options: DetectBranchesOptions): Promise<BranchDetection> {
  const { git, signal } = options;
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const minShare = options.minShare ?? DEFAULT_MIN_SHARE;
  const today = dayNumber(options.now);
  const emails = new Set(options.person.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''));
  // The person by (mailmapped) name too, as `git shortlog` groups; compared literally, ignoring case.
  const name = options.person.name?.trim().toLowerCase() ?? '';
  checkAborted(signal);

  const { refs: allRefs, unreadable } = await readBranchRefs(git);
  // A branch whose tip commit the clone lacks is named, and every other branch is read.
  const notes: DetectionNote[] = unreadable.map((branch) => detectionNote('note.branches.tipMissing', { branch }));
  const base = chooseDefaultBranch(allRefs, options.defaultBranch);
  if (!base && !options.shared) return { defaultBranch: null, branches: [], notes };
  const baseName = base ? withoutRemote(base) : null;
  const baseSha = options.shared?.base ?? base!.sha;
  const refs = options.shared ? sharedRefs(allRefs) : allRefs;
  // The default branch in any copy (local `main`, `origin/main`, `upstream/main`) is not a branch of work.
  const candidates = refs.filter((r) => !r.symref && r.sha !== baseSha && r.sha !== base?.sha && withoutRemote(r) !== baseName);

  // Every branch's own commits in one walk; when it fails (a branch tip or commit missing from the
  // clone), each branch is read on its own so that only the damaged ones get a note.
  const unmerged = await commitsNotOn(git, baseSha, candidates, signal);
  const ownOfTip = new Map<string, OwnCommit[]>();
  // What each commit changes, read once for all the branches compared (many fork near each other).
  const changes = new CommitChanges(git, signal);
  // The default branch's history, held once: the commits each branch is behind come from it, not from
  // a git walk per branch (without each branch's own commits, or past MAX_GRAPH_COMMITS, git walks).
  // (For a few branches, git's walk of each is cheaper than reading a long history whole.)
  const theirs = unmerged ? candidates.filter((branch) => theirShare(branch, ownFromWalk(unmerged, branch.sha)) !== undefined).length : 0;
  const history = unmerged && theirs >= HELD_HISTORY_FROM ? await DefaultHistory.read(git, baseSha) : undefined;
  if (unmerged && history) await readAhead(unmerged, history);
  const found = await mapLimited(candidates, PARALLEL, signal, async (branch): Promise<BranchFinding | null> => {
    try {
      return await examine(branch);
    } catch (err) {
      if (err instanceof GitError && err.kind === 'failed') {
        notes.push(branchNote(branch.name, err.message));
        return null;
      }
      throw err;
    }
  });

  /** A branch's own commits from the one walk over every branch, each tip's worked out once. */
  function ownFromWalk(known: ReadonlyMap<string, OwnCommit>, tip: string): OwnCommit[] {
    let own = ownOfTip.get(tip);
    if (!own) {
      own = ownCommitsFrom(known, tip);
      ownOfTip.set(tip, own);
    }
    return own;
  }

  /** The branch's own commits: reachable from its tip, not from the default branch. */
  async function ownCommits(branch: BranchRef): Promise<OwnCommit[]> {
    if (unmerged) return ownFromWalk(unmerged, branch.sha);
    const commits: OwnCommit[] = [];
    const input = [`${branch.sha}\n`, `^${baseSha}\n`];
    for await (const commit of readOwnCommits(git.stream(['log', '--no-color', '--stdin', OWN_COMMIT_FORMAT, '--end-of-options', '--'], '\0', { input }))) commits.push(commit);
    return commits;
  }

  /** The person's share of the branch's own commits, or undefined when the branch is not theirs. */
  function theirShare(branch: BranchRef, own: readonly OwnCommit[]): number | undefined {
    let nonMerges = 0;
    let personAll = 0;
    let personNonMerges = 0;
    const others = new Set<string>();
    for (const { parents, email, author } of own) {
      const merge = parents.length > 1;
      const mine = emails.has(email.trim().toLowerCase()) || (name !== '' && author.trim().toLowerCase() === name);
      if (mine) personAll++;
      if (!merge) {
        nonMerges++;
        if (mine) personNonMerges++;
        else others.add(email.trim().toLowerCase());
      }
    }
    if (own.length === 0) return undefined;
    // Merges (of the default branch into the work, say) count only on a branch made of nothing else.
    const personShare = nonMerges > 0 ? personNonMerges / nonMerges : personAll / own.length;
    // A release or maintenance line, or a branch several people commit to, is shared work: theirs
    // only when nearly all of it is.
    const shared = isReleaseLikeName(withoutRemote(branch)) || others.size >= SHARED_BRANCH_AUTHORS;
    if (personShare < (shared ? Math.max(minShare, SHARED_BRANCH_MIN_SHARE) : minShare) || personShare === 0) return undefined;
    return personShare;
  }

  /** The commits of the default branch the branch is behind: from the history held, else from git. */
  async function sinceFork(branch: BranchRef, own: readonly OwnCommit[]): Promise<SinceFork> {
    if (unmerged && history) return history.since(forksOf(own, unmerged));
    let behind = 0;
    const since: string[] = [];
    for await (const line of git.stream(['rev-list', '--parents', '--end-of-options', baseSha, `^${branch.sha}`, '--'], '\n')) {
      behind++;
      const [sha = '', ...parents] = line.split(' ');
      if (parents.length <= 1) since.push(sha);
    }
    return { behind, since };
  }

  /**
   * Learns, before the branches are examined one by one, which files every commit their comparisons
   * will look at changes — the person's branches' own commits and the default branch's commits since
   * each forked — in a few batched logs rather than one per branch.
   */
  async function readAhead(known: ReadonlyMap<string, OwnCommit>, held: DefaultHistory): Promise<void> {
    const wanted = new Set<string>();
    for (const branch of candidates) {
      const own = ownFromWalk(known, branch.sha);
      if (theirShare(branch, own) === undefined || own.length > (options.limits?.ahead ?? MAX_COMPARE_AHEAD)) continue;
      const forks = forksOf(own, known);
      if (forks.length === 0) continue; // an unrelated history: nothing to compare
      const { behind, since } = held.since(forks);
      if (behind > (options.limits?.behind ?? MAX_COMPARE_BEHIND)) continue;
      for (const c of own) if (c.parents.length <= 1) wanted.add(c.sha);
      for (const sha of since) wanted.add(sha);
    }
    try {
      await changes.readPaths(wanted);
    } catch (err) {
      // A commit the clone cannot read: each branch asks for its own again, and only the damaged ones get a note.
      if (!(err instanceof GitError && err.kind === 'failed')) throw err;
    }
  }

  async function examine(branch: BranchRef): Promise<BranchFinding | null> {
    const own = await ownCommits(branch);
    const ahead = own.length;
    const personShare = theirShare(branch, own);
    if (personShare === undefined) return null;
    if (options.shared && !(await changesOtherFiles(branch.sha, options.shared.ignoreChangesTo))) return null;

    let comparison: BranchFinding['comparison'];
    let behind = 0;
    let landed = false;
    // A parent outside the branch's own commits is on the default branch: a common ancestor.
    const common = unmerged ? own.some((c) => c.parents.some((p) => !unmerged.has(p))) : await haveCommonHistory(branch.sha);
    if (!common) {
      // An unrelated history (an orphan branch such as gh-pages or a to-do list): nothing to compare.
      comparison = 'unrelated-history';
    } else {
      // The default branch's commits since the branch forked (all counted as behind; merges kept apart).
      const fork = await sinceFork(branch, own);
      behind = fork.behind;
      const since = fork.since;
      if (ahead > (options.limits?.ahead ?? MAX_COMPARE_AHEAD) || behind > (options.limits?.behind ?? MAX_COMPARE_BEHIND)) {
        comparison = 'too-far';
      } else {
        // Rebased or cherry-picked: each of the branch's own commits (merges aside) makes a change one
        // of those commits makes (git's --cherry-mark, with prints read once for every branch).
        // Only a commit changing the same files can make the same change: only those are read.
        const mine = own.filter((c) => c.parents.length <= 1).map((c) => c.sha);
        await changes.readPaths([...mine, ...since]);
        const filesOf = (sha: string) => (changes.paths(sha) ?? []).join('\0');
        const sameFiles = new Map<string, string[]>();
        for (const sha of mine) sameFiles.set(filesOf(sha), []);
        for (const sha of since) sameFiles.get(filesOf(sha))?.push(sha);
        if (mine.length > 0 && [...sameFiles.values()].every((list) => list.length > 0)) {
          const alike = [...sameFiles.values()].flat();
          await changes.readPrints([...mine, ...alike]);
          const onBase = new Set(alike.map((sha) => changes.print(sha)?.patch ?? null));
          landed = mine.every((sha) => onBase.has(changes.print(sha)?.patch ?? null));
        }
        if (!landed) {
          const squash = await landedAsSquash(git, baseSha, branch.sha, signal, { changes, since });
          landed = squash === 'landed';
          if (squash === 'too-many-files') comparison = 'too-far';
        }
      }
    }

    const lastDay = Math.floor((branch.committerTime * 1000) / DAY_MS);
    const finding: BranchFinding = {
      name: branch.name,
      kind: branch.kind,
      ahead,
      behind,
      lastCommitDate: new Date(branch.committerTime * 1000).toISOString().slice(0, 10),
      lastCommitSubject: branch.subject,
      stale: today - lastDay >= staleDays,
      state: landed ? 'merged-equivalent' : 'open',
      personShare,
    };
    if (branch.upstream) finding.upstream = branch.upstream;
    if (comparison) finding.comparison = comparison;
    const pendingId = pendingFor(branch, options.pending ?? []);
    if (pendingId !== undefined) finding.pendingId = pendingId;
    return finding;
  }

  /** Whether the branch and the default branch have a merge base. */
  async function haveCommonHistory(tip: string): Promise<boolean> {
    try {
      for await (const field of git.stream(['merge-base', '--end-of-options', tip, baseSha], '\n')) void field;
      return true;
    } catch (err) {
      if (err instanceof GitError && err.kind === 'failed') return false; // exit 1: no merge base
      throw err;
    }
  }

  /** Whether the branch's own commits change a file besides `ignored` (a handover-only branch does not). */
  async function changesOtherFiles(tip: string, ignored: readonly string[]): Promise<boolean> {
    const out = await git.run(['rev-list', '-1', '--end-of-options', tip, `^${baseSha}`, '--', ':(top)', ...ignored]);
    return out.trim() !== '';
  }

  const branches = found.filter((f): f is BranchFinding => f !== null).sort(compareFindings);
  // By branch name (code-unit order), as the branches were examined in parallel.
  const byBranch = (note: DetectionNote) => String(note.params.branch);
  notes.sort((a, b) => (byBranch(a) < byBranch(b) ? -1 : byBranch(a) > byBranch(b) ? 1 : 0));
  return { defaultBranch: base?.name ?? null, branches, notes };
}

interface OwnCommit {
  sha: string;
  parents: string[];
  email: string;
  author: string;
}

const OWN_COMMIT_FORMAT = '--format=%H%x00%P%x00%aE%x00%aN%x00';

/** Commits from `git log` output in OWN_COMMIT_FORMAT. */
async function* readOwnCommits(fields: AsyncIterable<string>): AsyncGenerator<OwnCommit, void, undefined> {
  let record: string[] = [];
  for await (const token of fields) {
    record.push(record.length === 0 ? token.replace(/^\n/, '') : token);
    if (record.length < 4) continue;
    const [sha = '', parents = '', email = '', author = ''] = record;
    record = [];
    yield { sha, parents: parents.trim() === '' ? [] : parents.trim().split(' '), email, author };
  }
}

/**
 * Every commit reachable from one of the branches and not from `baseSha`, by hash, in one `git log`
 * (tips given on standard input: no command-line limit however many branches). Undefined when git
 * cannot read them all: a branch tip or one of its commits is missing.
 */
async function commitsNotOn(git: GitRunner, baseSha: string, branches: readonly BranchRef[], signal?: AbortSignal): Promise<Map<string, OwnCommit> | undefined> {
  if (branches.length === 0) return new Map();
  const input = [...new Set(branches.map((b) => b.sha))].map((sha) => `${sha}\n`);
  input.push(`^${baseSha}\n`);
  const commits = new Map<string, OwnCommit>();
  try {
    for await (const commit of readOwnCommits(git.stream(['log', '--no-color', '--stdin', OWN_COMMIT_FORMAT, '--end-of-options', '--'], '\0', { input }))) {
      checkAborted(signal);
      commits.set(commit.sha, commit);
    }
  } catch (err) {
    if (err instanceof GitError && err.kind === 'failed') return undefined;
    throw err;
  }
  return commits;
}

/** The commits of `unmerged` reachable from `tip`: the branch's own commits. */
export function ownCommitsFrom<T extends { parents: readonly string[] }>(unmerged: ReadonlyMap<string, T>, tip: string): T[] {
  const own: T[] = [];
  const seen = new Set<string>();
  const stack = [tip];
  while (stack.length) {
    const sha = stack.pop() as string;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const commit = unmerged.get(sha);
    if (!commit) continue; // on the default branch
    own.push(commit);
    for (const parent of commit.parents) if (!seen.has(parent)) stack.push(parent);
  }
  return own;
}

/** The commits of the default branch a branch's own commits descend from: their parents outside them. */
export function forksOf(own: readonly { parents: readonly string[] }[], unmerged: ReadonlyMap<string, unknown>): string[] {
  const forks = new Set<string>();
  for (const commit of own) for (const parent of commit.parents) if (!unmerged.has(parent)) forks.add(parent);
  return [...forks];
}

/**
 * The branches every clone of the repository has: `origin`'s remote-tracking branches (a CI checkout
 * has those, and no local branches but the one checked out), or the local branches of a repository
 * without an `origin` remote.
 */
export function sharedRefs(refs: readonly BranchRef[]): BranchRef[] {
  const origin = refs.filter((r) => r.kind === 'remote' && r.name.startsWith('origin/'));
  return origin.length > 0 ? origin : refs.filter((r) => r.kind === 'local');
}

/** Open first, then newest first, then by name (code-unit order, the same on every machine). */
export function compareFindings(a: BranchFinding, b: BranchFinding): number {
  if (a.state !== b.state) return a.state === 'open' ? -1 : 1;
  if (a.lastCommitDate !== b.lastCommitDate) return a.lastCommitDate > b.lastCommitDate ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The pending item naming this branch. `feature/x` names the local `feature/x` and every remote's
 * `<remote>/feature/x`; `origin/feature/x` and `refs/...` name just that ref.
 */
export function pendingFor(branch: BranchRef, pending: readonly PendingBranchItem[]): string | undefined {
  for (const item of pending) {
    // An item without a branch (undefined, or blank: '') names none: no ref or name is empty.
    const wanted = item.branch?.trim();
    // withoutRemote of a local branch is its name.
    if (wanted === branch.ref || wanted === branch.name || wanted === withoutRemote(branch)) return item.id;
  }
  return undefined;
}

/** git's error for a branch as a note: no merge base and missing objects named as such, else git's words (no `fatal:` prefix). */
export function branchNote(branch: string, message: string): DetectionNote {
  const text = message.replace(/^(fatal|error): /i, '').trim();
  if (/no merge base/i.test(text)) return detectionNote('note.branches.noMergeBase', { branch });
  if (isUnreadableObjectMessage(text)) return detectionNote('note.branches.missingObjects', { branch });
  return detectionNote('note.branches.unreadable', { branch, detail: text });
}

/** Days since the epoch of `now` (its UTC date). */
function dayNumber(now: string): number {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(now.trim());
  const ms = plain ? Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])) : Date.parse(now);
  if (!Number.isFinite(ms)) throw new RangeError(`not a date: ${now}`);
  return Math.floor(ms / DAY_MS);
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
}

/** Runs `work` over `items`, at most `limit` at a time, in order of results; stops taking items after a failure. */
async function mapLimited<T, R>(items: readonly T[], limit: number, signal: AbortSignal | undefined, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      checkAborted(signal);
      try {
        results[index] = await work(items[index] as T);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
