// "Files the person leaving effectively owns": one streaming `git log` over the history reachable from
// HEAD, a ledger of who added and removed how many lines of which path, and a score per file at HEAD.
// See ownershipScoring.ts for the formula and ownershipLedger.ts for the (cacheable) state.
//
// The log: `git log --no-merges --numstat -z -M --no-relative`. Merge commits are left out: without -m
// git shows them with no diff anyway, and with -m their lines would be counted a second time (the
// branch's own commits already carry them); conflict resolutions made in a merge are not credited.
// Octopus merges are merges like any other. Empty commits count as commits read and touch nothing.
// Identity: git's %aN/%aE, so .mailmap applies. A commit is the person's when its author e-mail is one
// of theirs, or its author name is theirs (both compared literally, ignoring case), as `git shortlog`
// groups by name. A namesake is told apart with a .mailmap entry that gives them another name.
// Co-authored-by e-mails are taken as written (git does not mailmap trailers).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OwnedFile, OwnedFolder, PersonSpec } from '../detectionTypes';
import { GitError, GitRunner } from '../../git/gitRunner';
import { countLines, countLinesSince, linguistExcluded, listRegularFiles, throwIfAborted } from './headFiles';
import { LOG_FORMAT, parseLogStream, type LogCommit } from './logParser';
import { OWNERSHIP_STATE_VERSION, OwnershipLedger, authorId, nameId, type OwnershipState } from './ownershipLedger';
import { compileGlobs } from './pathGlob';
import { scoreOwnership } from './ownershipScoring';

export interface OwnershipOptions {
  /** Runner for the repository; give it the same signal so that aborting kills git at once. */
  git: GitRunner;
  /** A folder of the work tree (its root or below). */
  cwd: string;
  person: PersonSpec;
  /** Globs of paths to leave out (see pathGlob.ts); linguist-generated / linguist-vendored are always left out. */
  exclude?: readonly string[];
  signal?: AbortSignal;
  /** Called with the number of commits read so far, every PROGRESS_EVERY commits and at the end. */
  onProgress?: (commitsRead: number) => void;
  /** State of an earlier run: when HEAD descends from its HEAD, only the new commits are read. */
  previous?: OwnershipState;
  /** Analyse as of this commit instead of HEAD (a report describes one commit; see describedCommit.ts). */
  revision?: string;
}

export interface OwnershipResult {
  files: OwnedFile[];
  folders: OwnedFolder[];
  state: OwnershipState;
  /** Commits read by this run (only the new ones when `previous` was used). */
  commitsRead: number;
  /** Commits left out because git could not read their objects, and commits left unread after too many. */
  skippedCommits: string[];
  unreadCommits: number;
}

export const PROGRESS_EVERY = 1000;

/**
 * Key under which to keep the state of a repository. The state does not depend on the person or the
 * exclude globs (both are applied to it at the end), so one key per repository and format version
 * serves every person; the state itself records the HEAD it describes.
 */
export function ownershipCacheKey(repositoryRoot: string): string {
  return createHash('sha256').update(JSON.stringify(['handover-ownership', OWNERSHIP_STATE_VERSION, repositoryRoot]), 'utf8').digest('hex');
}

interface HeadCommit {
  sha: string;
  time: number;
}

async function readHeadCommit(git: GitRunner, revision = 'HEAD'): Promise<HeadCommit | null> {
  try {
    const out = (await git.run(['log', '-1', '--no-color', '--format=%H %ct', '--end-of-options', revision, '--'])).trim();
    const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(out);
    return match?.[1] && match[2] ? { sha: match[1], time: Number(match[2]) } : null;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'unborn') return null;
    throw err;
  }
}

async function mailmapFingerprint(topLevel: string): Promise<string> {
  let text = '';
  try {
    text = await readFile(join(topLevel, '.mailmap'), 'utf8');
  } catch {
    // no .mailmap
  }
  return text ? createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24) : '';
}

async function isAncestor(git: GitRunner, older: string, newer: string): Promise<boolean> {
  if (!/^[0-9a-f]{40,64}$/.test(older)) return false;
  try {
    for await (const field of git.stream(['merge-base', '--is-ancestor', older, newer])) void field;
    return true;
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return false; // not an ancestor (exit 1), or the old commit is gone
  }
}

const LOG_FLAGS = ['--numstat', '-z', '-M', '--no-relative', '--no-color', '--no-ext-diff', '--no-textconv', LOG_FORMAT];

/** git's words when an object the diff needs is not in the repository (damaged, or a partial clone). */
const MISSING_OBJECT = /unable to read|bad object|missing (blob|tree|object)|could not read|invalid object|promisor/i;
/** After this many unreadable commits the rest of the history is left unread (and the result says so). */
export const MAX_SKIPPED_COMMITS = 20;

function isMissingObject(err: unknown): boolean {
  return err instanceof GitError && err.kind === 'failed' && MISSING_OBJECT.test(err.message);
}

interface LogReading {
  read: number;
  /** Commits whose diff git could not produce (missing objects), newest first. */
  skipped: string[];
  /** Commits left unread after MAX_SKIPPED_COMMITS were skipped. */
  unread: number;
}

async function readLog(git: GitRunner, range: readonly string[], ledger: OwnershipLedger, options: OwnershipOptions): Promise<LogReading> {
  const reading: LogReading = { read: 0, skipped: [], unread: 0 };
  const seen = new Set<string>();
  const take = (commit: LogCommit) => {
    throwIfAborted(options.signal);
    ledger.record(commit);
    seen.add(commit.hash);
    reading.read++;
    if (reading.read % PROGRESS_EVERY === 0) options.onProgress?.(reading.read);
  };
  try {
    for await (const commit of parseLogStream(git.stream(['log', '--no-merges', ...LOG_FLAGS, '--end-of-options', ...range, '--']))) take(commit);
  } catch (err) {
    if (!isMissingObject(err)) throw err;
    await readAroundMissingObjects(git, range, seen, take, reading, options);
  }
  throwIfAborted(options.signal);
  return reading;
}

/**
 * The single log pass stopped at a commit whose objects are missing. The commits not read yet are
 * given to `git log --no-walk --stdin` in the same order; a run that fails before yielding anything
 * names the unreadable commit, which is skipped. Commits are never counted twice.
 */
async function readAroundMissingObjects(
  git: GitRunner,
  range: readonly string[],
  seen: ReadonlySet<string>,
  take: (commit: LogCommit) => void,
  reading: LogReading,
  options: OwnershipOptions,
): Promise<void> {
  const all = (await git.run(['rev-list', '--no-merges', '--end-of-options', ...range, '--'])).split('\n').filter((sha) => sha !== '');
  let remaining = all.filter((sha) => !seen.has(sha));
  while (remaining.length) {
    if (reading.skipped.length >= MAX_SKIPPED_COMMITS) {
      reading.unread = remaining.length;
      return;
    }
    let progressed = 0;
    try {
      const input = remaining.map((sha) => `${sha}\n`);
      const fields = new GitRunner({ cwd: options.cwd, signal: options.signal }).stream(['log', '--no-walk=unsorted', '--stdin', ...LOG_FLAGS, '--'], '\0', { input });
      for await (const commit of parseLogStream(fields)) {
        take(commit);
        progressed++;
      }
      return;
    } catch (err) {
      if (!isMissingObject(err)) throw err;
      remaining = remaining.filter((sha) => !seen.has(sha));
      if (progressed === 0 && remaining.length) reading.skipped.push(remaining.shift() ?? '');
    }
  }
}

/** The person's files and folders at HEAD, with the state for the next (incremental) run. */
export async function analyzeOwnership(options: OwnershipOptions): Promise<OwnershipResult> {
  const { git, signal } = options;
  throwIfAborted(signal);
  const head = await readHeadCommit(git, options.revision);
  if (!head) {
    const state = new OwnershipLedger().toState({ sha: null, time: 0, shallow: false, mailmap: '' });
    options.onProgress?.(0);
    return { files: [], folders: [], state, commitsRead: 0, skippedCommits: [], unreadCommits: 0 };
  }
  const [topLevel, shallowFlag] = (await git.run(['rev-parse', '--show-toplevel', '--is-shallow-repository'])).split('\n');
  const top = topLevel?.trim() || options.cwd;
  const shallow = shallowFlag?.trim() === 'true';
  const mailmap = await mailmapFingerprint(top);
  throwIfAborted(signal);

  // Files, lines and attributes at HEAD are read while the log runs.
  const headFacts = (async () => {
    const headFiles = await listRegularFiles(git, head.sha, signal);
    const earlier = options.previous?.head && options.previous.headLines ? { commit: options.previous.head, lines: options.previous.headLines } : undefined;
    const lines = earlier ? await countLinesSince(git, earlier, head.sha, signal) : await countLines(git, head.sha, signal);
    const linguist = await linguistExcluded(top, headFiles, signal);
    return { headFiles, lines, linguist };
  })();
  headFacts.catch(() => undefined); // awaited below; an early failure of the log must not leave it unhandled

  const previous = options.previous ? OwnershipLedger.fromState(options.previous) : undefined;
  const reusable = previous && options.previous && options.previous.head !== null && options.previous.shallow === shallow && options.previous.mailmap === mailmap;
  let ledger: OwnershipLedger;
  let reading: LogReading = { read: 0, skipped: [], unread: 0 };
  if (reusable && options.previous?.head === head.sha) {
    ledger = previous;
  } else if (reusable && options.previous?.head && (await isAncestor(git, options.previous.head, head.sha))) {
    ledger = new OwnershipLedger();
    reading = await readLog(git, [`${options.previous.head}..${head.sha}`], ledger, options);
    ledger.absorbOlder(previous);
  } else {
    ledger = new OwnershipLedger();
    reading = await readLog(git, [head.sha], ledger, options);
  }
  const commitsRead = reading.read;
  options.onProgress?.(commitsRead);
  const { headFiles, lines, linguist } = await headFacts;
  throwIfAborted(signal);

  const excluded = compileGlobs(options.exclude ?? []);
  const analysed = new Map<string, number>();
  for (const path of headFiles) {
    const count = lines.get(path) ?? 0;
    if (count > 0 && !linguist.has(path) && !excluded(path)) analysed.set(path, count);
  }
  const person = new Set<number>();
  for (const email of options.person.emails) {
    const index = email.trim() ? ledger.findAuthorId(authorId(email)) : undefined;
    if (index !== undefined) person.add(index);
  }
  if (options.person.name?.trim()) for (const index of ledger.authorsNamed(nameId(options.person.name))) person.add(index);
  const { files, folders } = scoreOwnership({ ledger, headFiles, files: analysed, person, now: head.time });
  const state = ledger.toState({ sha: head.sha, time: head.time, shallow, mailmap });
  state.headLines = [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, folders, state, commitsRead, skippedCommits: reading.skipped, unreadCommits: reading.unread };
}
