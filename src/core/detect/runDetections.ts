import { GitRunner } from '../git/gitRunner';
import { readCommit } from '../git/describedCommit';
import { readHead } from '../git/repositoryInfo';
import type { DetectedDecisions, Handover } from '../handover/model';
import { scanCredentialsCached } from './credentials';
import { detectBranches } from './branches/detectBranches';
import type { DetectionCache } from './detectionCache';
import type { DetectionResult, PersonSpec } from './detectionTypes';
import { findMentions } from './mentions';
import { analyzeOwnershipCached } from './ownershipRun';

const HANDOVER_OWN_FILES = ['HANDOVER.yaml', 'HANDOVER.md', 'HANDOVER.*.md'];

export type DetectionKind = 'owned' | 'branches' | 'credentials' | 'mentions';
export const DETECTION_KINDS: readonly DetectionKind[] = ['owned', 'branches', 'credentials', 'mentions'];

export interface RunDetectionsOptions {
  /** The repository's work tree (the folder holding HANDOVER.yaml). */
  cwd: string;
  person: PersonSpec;
  only?: ReadonlySet<DetectionKind>;
  pending?: readonly { id: string; branch?: string }[];
  defaultBranch?: string;
  staleDays?: number;
  exclude?: readonly string[];
  signal?: AbortSignal;
  /** Called as history is read, with the number of commits read so far. */
  onProgress?: (commitsRead: number) => void;
  cache?: DetectionCache;
  /**
   * For a report, which must come out the same from the same commit on any clone: read history as
   * of `commit` (the commit the report describes) instead of HEAD, and branches as every clone has
   * them (see detectBranches' `shared`). `ownFiles` are pathspecs of the handover's own files. The
   * tree leaves this out and shows HEAD and every local branch.
   */
  report?: { commit: string; ownFiles: readonly string[] };
  /** HANDOVER.yaml's `detected.ignore` and `detected.rotated`, for the credentials' state. */
  decisions?: Pick<DetectedDecisions, 'ignore' | 'rotated'>;
}

/** The person leaving as HANDOVER.yaml names them. */
export function personOf(handover: Handover): PersonSpec {
  return {
    name: handover.from.name,
    emails: [...handover.from.emails],
    ...(handover.from.accounts?.length ? { accounts: [...handover.from.accounts] } : {}),
    ...(handover.from.sshKeys?.length ? { sshKeys: [...handover.from.sshKeys] } : {}),
  };
}

/**
 * Reads git history once for every detection asked for. Never throws for a repository shape (not a
 * repository, no commits, shallow): the result says what could not be read. Cancelling rejects.
 */
export async function runDetections(options: RunDetectionsOptions): Promise<DetectionResult> {
  const only = options.only ?? new Set(DETECTION_KINDS);
  const git = new GitRunner({ cwd: options.cwd, signal: options.signal });
  const result: DetectionResult = {
    head: null,
    headDate: null,
    defaultBranch: null,
    shallow: false,
    person: options.person,
    ownedFiles: [],
    ownedFolders: [],
    branches: [],
    credentials: [],
    mentions: [],
    notes: [],
  };
  const head = await readHead(git);
  if (head.kind === 'not-git') return { ...result, notes: ['not a git repository'] };
  if (head.kind === 'unborn') return { ...result, notes: ['no commits yet'] };
  if (head.kind === 'unavailable') return { ...result, notes: [`git unavailable: ${head.detail}`] };
  const at = options.report ? await readCommit(git, options.report.commit) : head;
  result.head = at.sha;
  result.headDate = at.date;
  result.shallow = head.shallow;
  if (head.shallow) result.notes.push('shallow clone: history figures are lower bounds');

  if (only.has('owned')) {
    const owned = await analyzeOwnershipCached({
      git,
      cwd: options.cwd,
      person: options.person,
      // The handover's own files are written by the person leaving for the handover: not knowledge to pass on.
      exclude: [...(options.exclude ?? []), ...HANDOVER_OWN_FILES],
      signal: options.signal,
      onProgress: options.onProgress,
      cache: options.cache,
      revision: options.report?.commit,
    });
    result.ownedFiles = owned.files;
    result.ownedFolders = owned.folders;
    if (owned.skippedCommits.length) {
      const shown = owned.skippedCommits.slice(0, 5).map((sha) => sha.slice(0, 12)).join(', ');
      result.notes.push(`missing objects: ${owned.skippedCommits.length} commit(s) skipped (${shown}${owned.skippedCommits.length > 5 ? ', …' : ''}); ownership figures are lower bounds`);
    }
    if (owned.unreadCommits) result.notes.push(`missing objects: ${owned.unreadCommits} older commit(s) left unread after ${owned.skippedCommits.length} unreadable ones`);
  }
  if (only.has('branches')) {
    const branches = await detectBranches({
      git,
      person: options.person,
      now: at.date,
      defaultBranch: options.defaultBranch,
      staleDays: options.staleDays,
      pending: options.pending,
      signal: options.signal,
      ...(options.report ? { shared: { base: at.sha, ignoreChangesTo: options.report.ownFiles } } : {}),
    });
    result.defaultBranch = branches.defaultBranch;
    result.branches = branches.branches;
    result.notes.push(...branches.notes);
  }
  if (only.has('credentials')) {
    // The tree reads every branch and tag; a report reads the history of the commit it describes
    // only, so that every clone finds the same secrets (a CI clone does not have everyone's branches).
    const scan = await scanCredentialsCached({
      git,
      cwd: options.cwd,
      person: options.person,
      headOnly: !!options.report,
      revision: options.report?.commit,
      ignore: options.decisions?.ignore,
      rotated: options.decisions?.rotated,
      signal: options.signal,
      onProgress: options.onProgress,
      cache: options.cache,
    });
    result.credentials = scan.findings;
    result.notes.push(...scan.notes);
  }
  if (only.has('mentions')) {
    // The described commit's tree (HEAD for the tree): what a clone of that commit would deploy.
    const search = await findMentions({
      git,
      cwd: options.cwd,
      commit: at.sha,
      person: options.person,
      excludeSpecs: options.report?.ownFiles ?? HANDOVER_OWN_FILES.map((name) => `:(exclude,glob)**/${name}`),
      signal: options.signal,
    });
    result.mentions = search.mentions;
    result.notes.push(...search.notes);
  }
  return result;
}
