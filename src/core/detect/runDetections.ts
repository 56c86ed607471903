import { describedRef, readCommit } from '../git/describedCommit';
import { readHead } from '../git/repositoryInfo';
import type { DetectedDecisions, Handover } from '../handover/model';
import { scanCredentialsCached } from './credentials';
import { readRefTips } from './credentials/refTips';
import { detectBranches } from './branches/detectBranches';
import type { DetectionCache } from './detectionCache';
import { GitError, GitRunner } from '../git/gitRunner';
import { isUnreadableObjectMessage } from '../git/readableRefs';
import { detectionNote, shortCommitList, type DetectionNote, type NoteAbout } from './detectionNotes';
import type { DetectionFailure, DetectionResult, PersonSpec } from './detectionTypes';
import { maskDetectionResult, maskingCache } from './maskGitText';
import { findMentions } from './mentions';
import { analyzeOwnershipCached } from './ownershipRun';

const HANDOVER_OWN_FILES = ['HANDOVER.yaml', 'HANDOVER.md', 'HANDOVER.*.md'];
/** In the tree, blame stops starting new files after a quarter of the history's time (at least 2 s). */
const TREE_BLAME_BUDGET = { minMs: 2000, partOfLog: 0.25 };

export type DetectionKind = 'owned' | 'branches' | 'credentials' | 'mentions';
export const DETECTION_KINDS: readonly DetectionKind[] = ['owned', 'branches', 'credentials', 'mentions'];

/** How a caller follows a long reading: the commits read so far, and each detection as it begins. */
export type ReadingProgress = Pick<RunDetectionsOptions, 'onProgress' | 'onStage'>;

export interface RunDetectionsOptions {
  /** The repository's work tree (the folder holding HANDOVER.yaml). */
  cwd: string;
  person: PersonSpec;
  only?: ReadonlySet<DetectionKind>;
  pending?: readonly { id: string; branch?: string }[];
  defaultBranch?: string;
  staleDays?: number;
  exclude?: readonly string[];
  /** Leave out lockfiles, generated, minified, snapshot and golden files. Default true. */
  defaultExclusions?: boolean;
  /** Files history names as theirs blamed for today's share (see ownershipAnalyzer.ts). */
  maxCandidates?: number;
  signal?: AbortSignal;
  /** Called as history is read, with the number of commits read so far. */
  onProgress?: (commitsRead: number) => void;
  /** Called as each detection begins (the CLI's progress line names it). */
  onStage?: (kind: DetectionKind) => void;
  /**
   * Called as each detection ends (or fails on its own, with `isolate`), with what is known so far —
   * that detection's result complete, masked as the final result is — so that the editor can show
   * the owned files while the credentials are still being scanned.
   */
  onDetected?: (kind: DetectionKind, soFar: DetectionResult) => void;
  cache?: DetectionCache;
  /**
   * For a report, which must come out the same from the same commit on any clone: read history as
   * of `commit` (the commit the report describes) instead of HEAD, and branches as every clone has
   * them (see detectBranches' `shared`). `ownFiles` are pathspecs of the handover's own files. The
   * tree leaves this out and shows HEAD and every local branch.
   */
  report?: { commit: string; ownFiles: readonly string[] };
  /**
   * Describe this commit instead of HEAD (`detect --ref`; a bare mirror's branch): ownership and the
   * credentials' "still there" as of it, its tree for mentions. Every branch and tag is still read.
   */
  revision?: string;
  /** HANDOVER.yaml's `detected.ignore` and `detected.rotated`, for the credentials' state. */
  decisions?: Pick<DetectedDecisions, 'ignore' | 'rotated'>;
  /**
   * Run each detection on its own: one that fails is recorded in `failures` and the others go on
   * (the editor's sections stand or fail apart). Without it the first failure rejects, as a report
   * must not be written from part of the history.
   */
  isolate?: boolean;
}

/** Why a detection failed, in a word: git's messages for objects a clone lacks, or anything else. */
export function failureReason(message: string): DetectionFailure['reason'] {
  return isUnreadableObjectMessage(message) ? 'missingObjects' : 'other';
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
/** Why the cached ownership analysis was not used (never trusted when it does not fit), in plain words. */
/** Why the ownership state was not used: the note that says so. */
const STATE_REBUILT_NOTE = {
  damaged: 'note.owned.stateDamaged',
  shallow: 'note.owned.stateShallow',
  mailmap: 'note.owned.stateMailmap',
} as const;

/** The described commit as notes name it: the ref given (`detect --ref`), a report's short commit id, or HEAD. */
function describedRefName(options: Pick<RunDetectionsOptions, 'report' | 'revision'>): string {
  if (options.report) return options.report.commit.slice(0, 12);
  return options.revision === undefined ? 'HEAD' : describedRef(options.revision);
}

export async function runDetections(options: RunDetectionsOptions): Promise<DetectionResult> {
  // Every string from git (names, subjects, paths, notes) is masked here, once, for every output.
  const cache = options.cache ? maskingCache(options.cache) : undefined;
  const onDetected = options.onDetected;
  const masked = onDetected ? { onDetected: (kind: DetectionKind, soFar: DetectionResult) => onDetected(kind, maskDetectionResult(soFar)) } : {};
  return maskDetectionResult(await readDetections({ ...options, cache, ...masked }));
}

async function readDetections(options: RunDetectionsOptions): Promise<DetectionResult> {
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
    contributedFiles: [],
    formerlyOwnedFiles: [],
    excludedFiles: 0,
    branches: [],
    credentials: [],
    mentions: [],
    notes: [],
  };
  const note = (about: NoteAbout, ...notes: DetectionNote[]): void => {
    result.notes.push(...notes.map((n) => ({ about, ...n })));
  };
  const head = await readHead(git);
  const alone = (n: DetectionNote): DetectionResult => ({ ...result, notes: [{ about: 'general', ...n }] });
  if (head.kind === 'not-git') return alone(detectionNote('note.general.notGit'));
  if (head.kind === 'unborn') return alone(detectionNote('note.general.noCommits'));
  if (head.kind === 'unavailable') return alone(detectionNote('note.general.gitUnavailable', { detail: head.detail }));
  const described = options.report?.commit ?? options.revision;
  const at = described ? await readCommit(git, described) : head;
  result.head = at.sha;
  result.headDate = at.date;
  result.shallow = head.shallow;
  if (head.shallow) note('general', detectionNote('note.general.shallow'));
  const attempt = async (kind: DetectionFailure['kind'], detect: () => Promise<void>): Promise<void> => {
    options.onStage?.(kind);
    if (!options.isolate) await detect();
    else {
      try {
        await detect();
      } catch (err) {
        if (options.signal?.aborted || (err instanceof GitError && err.kind === 'aborted')) throw err;
        const detail = err instanceof Error ? err.message : String(err);
        (result.failures ??= []).push({ kind, reason: failureReason(detail), detail });
      }
    }
    options.onDetected?.(kind, result);
  };

  if (only.has('owned')) await attempt('owned', async () => {
    const owned = await analyzeOwnershipCached({
      git,
      cwd: options.cwd,
      person: options.person,
      // The handover's own files are written by the person leaving for the handover: not knowledge to pass on.
      exclude: [...(options.exclude ?? []), ...HANDOVER_OWN_FILES],
      signal: options.signal,
      onProgress: options.onProgress,
      cache: options.cache,
      revision: described,
      defaultExclusions: options.defaultExclusions,
      maxCandidates: options.maxCandidates,
      // The tree bounds the blame step by time (the cache fills over runs); a report must come out
      // the same on every machine, so it blames every candidate.
      ...(options.report ? {} : { blameBudget: TREE_BLAME_BUDGET }),
    });
    result.ownedFiles = owned.files;
    result.ownedFolders = owned.folders;
    result.contributedFiles = owned.contributed;
    result.formerlyOwnedFiles = owned.formerly;
    result.excludedFiles = owned.excluded;
    if (owned.stateUse.kind === 'rebuilt') {
      const reason = owned.stateUse.reason;
      (result.cacheNotes ??= []).push(reason === 'other-history' ? detectionNote('note.owned.stateOtherHistory', { ref: describedRefName(options) }) : detectionNote(STATE_REBUILT_NOTE[reason]));
    }
    if (owned.missingCommits.length) note('owned', detectionNote('note.owned.missingCommits', { count: owned.missingCommits.length, commits: shortCommitList(owned.missingCommits, 5) }));
    if (owned.skippedCommits.length) note('owned', detectionNote('note.owned.skippedCommits', { count: owned.skippedCommits.length, commits: shortCommitList(owned.skippedCommits, 5) }));
    const { unmeasured, failed, beyondCap, candidates } = owned.currentLines;
    const notMeasured = unmeasured + failed + beyondCap;
    if (notMeasured) note('owned', detectionNote('note.owned.notBlamed', { count: notMeasured, beyondCap, candidates, forTime: unmeasured, failed }));
    const { doubted, confirmed, checked } = owned.currentLines;
    if (doubted) note('owned', detectionNote('note.owned.historyDoubted', { count: doubted, confirmed, measured: checked }));
  });
  if (only.has('branches')) await attempt('branches', async () => {
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
    note('branches', ...branches.notes);
  });
  if (only.has('credentials')) await attempt('credentials', async () => {
    // The tree reads every branch and tag; a report reads the history of the commit it describes and
    // of the branches it lists (the person's, as every clone has them from origin), so that every
    // clone finds the same secrets (a CI clone does not have everyone's branches).
    const listed = new Set(result.branches.map((b) => (b.kind === 'remote' ? `refs/remotes/${b.name}` : `refs/heads/${b.name}`)));
    const branchTips = options.report && listed.size ? (await readRefTips(git)).tips.filter((tip) => listed.has(tip.ref)) : [];
    const scan = await scanCredentialsCached({
      git,
      cwd: options.cwd,
      person: options.person,
      headOnly: !!options.report,
      revision: described,
      branchTips,
      ignore: options.decisions?.ignore,
      rotated: options.decisions?.rotated,
      signal: options.signal,
      onProgress: options.onProgress,
      cache: options.cache,
    });
    result.credentials = scan.findings;
    note('credentials', ...scan.notes);
  });
  if (only.has('mentions')) await attempt('mentions', async () => {
    // The described commit's tree (HEAD for the tree): what a clone of that commit would deploy.
    const search = await findMentions({
      git,
      commit: at.sha,
      person: options.person,
      excludeSpecs: options.report?.ownFiles ?? HANDOVER_OWN_FILES.map((name) => `:(exclude,glob)**/${name}`),
      signal: options.signal,
    });
    result.mentions = search.mentions;
    note('mentions', ...search.notes);
  });
  return result;
}
