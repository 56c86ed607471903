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
import type { OwnedFile, OwnedFolder, PersonSpec } from '../detectionTypes';
import { GitError, GitRunner } from '../../git/gitRunner';
import { isUnreadableObjectError } from '../../git/readableRefs';
import { readMailmapText, readRepositoryLayout, type RepositoryLayout } from '../../git/repositoryLayout';
import { listReadableCommits } from '../../git/readableCommits';
import { changedPaths, listRegularFiles, readPathAttributes, readTextFacts, throwIfAborted } from './headFiles';
import { isMerge, LOG_FORMAT, LogParser, type LogCommit } from './logParser';
import { OWNERSHIP_STATE_VERSION, OwnershipLedger, authorId, nameId, type OwnershipState } from './ownershipLedger';
import { compileGlobs } from './pathGlob';
import { applyCurrentLines, blameCandidates, doubtUnblamedRows, finishOwnership, historyFacts, resolveHistoryPaths, type FileFacts } from './ownershipScoring';
import { blameFiles, currentLinesCacheFrom, currentLinesKey, MAX_MOVE_WORK, personLines, pruneCache, type BlameRequest, type CurrentLinesCache } from './currentLines';
import { CommitGraphBuilder, graftsFor, readCommitGraph, TouchRecorder, type CommitGraph } from './fileHistory';
import { DETECTORS_BUILD } from '../detectorsBuild';
import { compileDefaultExclusions, CONTENT_RULES, isFolderPlaceholder, isActionBundle, isKnitOutput, isRenderedFromTemplate, translatedDocuments } from './defaultExclusions';

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
  /** Leave out lockfiles, generated, minified, snapshot and golden files (defaultExclusions.ts). Default true. */
  defaultExclusions?: boolean;
  /** Files history names as theirs that are blamed for today's share. Default DEFAULT_MAX_CANDIDATES; 0: history only. */
  maxCandidates?: number;
  /**
   * No new blame starts after max(minMs, partOfLog × the time the history took) (the rest keep
   * history's figures until a later run, the cache helping). Default: no limit, so that a report
   * comes out the same on every machine.
   */
  blameBudget?: { minMs: number; partOfLog: number };
  /** Earlier blame results by blob id; filled by this run (see currentLines.ts). */
  currentLinesCache?: CurrentLinesCache;
  /** Blame walking the whole history, as `git blame` alone does (for comparison; default false: see fileHistory.ts). */
  plainBlame?: boolean;
}

export interface CurrentLinesSummary {
  /** Candidate files (history names them as theirs) asked to blame, at most the cap. */
  candidates: number;
  /** Candidates beyond the cap: they keep history's figures. */
  beyondCap: number;
  /** Of the candidates: measured (blamed now or from the cache), blamed by this run, not blamed for lack of time, failed. */
  measured: number;
  blamed: number;
  unmeasured: number;
  failed: number;
  /** Rows judged on history alone listed as contributed, not owned, because blame confirmed few of the measured candidates (doubtUnblamedRows). */
  doubted: number;
  /** Candidates whose share blame measured (checked), and how many of them it confirmed as theirs. */
  checked: number;
  confirmed: number;
}

export interface OwnershipResult {
  /** Files they own: knowledge island or main developer. */
  files: OwnedFile[];
  folders: OwnedFolder[];
  /** Files they added lines to without owning them. */
  contributed: OwnedFile[];
  /** Files history names as theirs that they no longer own by today's lines. */
  formerly: OwnedFile[];
  /** Text files at the commit left out (default exclusions, linguist attributes, exclude globs). */
  excluded: number;
  currentLines: CurrentLinesSummary;
  /** The blame cache with this run's results (to be stored). */
  currentLinesCache: CurrentLinesCache;
  state: OwnershipState;
  /** Commits read by this run (only the new ones when `previous` was used). */
  commitsRead: number;
  /** Commits left out because git could not read their objects (every other commit is read). */
  skippedCommits: string[];
  /** Commits this clone lacks, named as a parent of one read: the history only they lead to is not read. */
  missingCommits: string[];
  /** Milliseconds spent reading history, and blaming. */
  timings: { logMs: number; blameMs: number };
  /** What became of the `previous` state. */
  stateUse: StateUse;
}

/**
 * How an earlier state was used: not given (or of an empty repository), HEAD unchanged, only the new
 * commits read, or not trusted and the history read in full because it did not read whole (damaged,
 * truncated, another version), was made on a clone of another depth or under another .mailmap, or
 * describes a commit outside HEAD's history (rewritten or switched history).
 */
export type StateUse = { kind: 'none' | 'same-head' | 'incremental' } | { kind: 'rebuilt'; reason: 'damaged' | 'shallow' | 'mailmap' | 'other-history' };

/** Candidate files blamed by default: the top of the list, where a wrong "owned" costs the successor most. */
export const DEFAULT_MAX_CANDIDATES = 40;

export const PROGRESS_EVERY = 1000;

/**
 * Key under which to keep the state of a repository. The state does not depend on the person or the
 * exclude globs (both are applied to it at the end), so one key per repository, format version and build of
 * the detectors (DETECTORS_BUILD) serves every person; the state itself records the HEAD it describes.
 */
export function ownershipCacheKey(repositoryRoot: string, build = DETECTORS_BUILD): string {
  return createHash('sha256').update(JSON.stringify(['handover-ownership', OWNERSHIP_STATE_VERSION, build, repositoryRoot]), 'utf8').digest('hex');
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

async function mailmapFingerprint(git: GitRunner, layout: RepositoryLayout): Promise<string> {
  const text = (await readMailmapText(git, layout)) ?? '';
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


interface LogReading {
  read: number;
  /** Commits whose diff git could not produce (missing objects), newest first. */
  skipped: string[];
  /** The single pass stopped at a missing object and the rest was read around it (then merges were not all seen). */
  readAround: boolean;
  /** Commits this clone lacks, named as a parent: the history only they lead to is not read. */
  missing: string[];
}

/** What a full read also records for blame (fileHistory.ts): which commits changed which path, and the commit graph. */
interface HistoryRecorders {
  touches: TouchRecorder;
  graph: CommitGraphBuilder;
}

/**
 * Runs a `git log` of LOG_FLAGS and hands each commit to `take` as it is read (LogParser), git writing
 * in full blocks (it is read to its end). A commit is taken once the next one starts, or at the end:
 * when git fails, the commit it was printing is not taken.
 */
async function readCommits(git: GitRunner, args: readonly string[], take: (commit: LogCommit) => void, input?: Iterable<string>): Promise<void> {
  const parser = new LogParser(take);
  await git.readChunks(args, (chunk) => parser.push(chunk), { buffered: true, ...(input ? { input } : {}) });
  parser.end();
}

async function readLog(git: GitRunner, range: readonly string[], ledger: OwnershipLedger, options: OwnershipOptions, history?: HistoryRecorders): Promise<LogReading> {
  const reading: LogReading = { read: 0, skipped: [], readAround: false, missing: [] };
  // The commits taken, for reading around a missing object (a set of them is made only then).
  const taken: string[] = [];
  const take = (commit: LogCommit) => {
    throwIfAborted(options.signal);
    history?.graph.add(commit);
    // Merges are read for the graph only: their lines are their parents' (see the top of this file).
    if (isMerge(commit)) return;
    ledger.record(commit);
    history?.touches.record(commit);
    taken.push(commit.hash);
    reading.read++;
    if (reading.read % PROGRESS_EVERY === 0) options.onProgress?.(reading.read);
  };
  try {
    // With the recorders, merges are printed too (without a diff, as git log shows merges) for their parents.
    const merges = history ? [] : ['--no-merges'];
    await readCommits(git, ['log', ...merges, ...LOG_FLAGS, '--end-of-options', ...range, '--'], take);
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
    reading.readAround = true;
    await readAroundMissingObjects(git, range, taken, take, reading, options);
  }
  throwIfAborted(options.signal);
  return reading;
}

/**
 * The single log pass stopped at a commit whose objects are missing. The commits not read yet are
 * given to `git log --no-walk --stdin` in the same order. When that stops too, the first commit not
 * taken is either the unreadable one or the last one git printed whole (a commit is taken when the
 * next one starts, and git may die before printing the next header): it is read alone, taken if it
 * reads, else skipped, and the walk restarts just past it. However many commits are unreadable,
 * every other one is read, and none is counted twice.
 */
async function readAroundMissingObjects(
  git: GitRunner,
  range: readonly string[],
  taken: readonly string[],
  take: (commit: LogCommit) => void,
  reading: LogReading,
  options: OwnershipOptions,
): Promise<void> {
  // The commits taken so far, then each one `take` takes (it pushes it onto `taken`; a merge it passes over).
  const seen = new Set(taken);
  const seenTake = (commit: LogCommit): void => {
    const before = taken.length;
    take(commit);
    if (taken.length > before) seen.add(commit.hash);
  };
  // Listed around commits this clone lacks (a plain rev-list dies at the first, leaving every older commit out).
  const listing = await listReadableCommits(git, range, { noMerges: true });
  reading.missing.push(...listing.missing);
  const all = listing.commits;
  let remaining = all.filter((sha) => !seen.has(sha));
  while (remaining.length) {
    try {
      const input = remaining.map((sha) => `${sha}\n`);
      await readCommits(new GitRunner({ cwd: options.cwd, signal: options.signal }), ['log', '--no-walk=unsorted', '--stdin', ...LOG_FLAGS, '--'], seenTake, input);
      return;
    } catch (err) {
      if (!isUnreadableObjectError(err)) throw err;
      let first = 0;
      while (first < remaining.length && seen.has(remaining[first] as string)) first++;
      const suspect = remaining[first];
      if (suspect !== undefined) {
        try {
          const alone: LogCommit[] = [];
          await readCommits(git, ['log', '--no-walk', ...LOG_FLAGS, '--end-of-options', suspect, '--'], (commit) => void alone.push(commit));
          for (const commit of alone) seenTake(commit);
        } catch (aloneErr) {
          if (!isUnreadableObjectError(aloneErr)) throw aloneErr;
          reading.skipped.push(suspect);
        }
      }
      remaining = remaining.slice(first + 1).filter((sha) => !seen.has(sha));
    }
  }
}

/** Above this many unreadable commits, blame walks the whole history itself. */
const MAX_SKIPPED_LISTED = 200;

/**
 * Records the paths each unreadable commit changed (`diff-tree --name-only` reads trees, not the
 * missing blobs). False when that fails too, or there are too many: a file's history would lack them.
 */
async function recordSkipped(git: GitRunner, skipped: readonly string[], touches: TouchRecorder): Promise<boolean> {
  if (skipped.length > MAX_SKIPPED_LISTED) return false;
  for (const hash of skipped) {
    try {
      const paths = (await git.run(['diff-tree', '-r', '-z', '--name-only', '--no-commit-id', '--no-renames', '--root', '--end-of-options', hash, '--'])).split('\0').filter((p) => p !== '');
      touches.record({ hash, parents: '', authorName: '', authorEmail: '', time: 0, coAuthorEmails: [], changes: paths.map((path) => ({ path, added: null, deleted: null })) });
    } catch (err) {
      if (err instanceof GitError && err.kind === 'aborted') throw err;
      return false;
    }
  }
  return true;
}

/** The person's files and folders at HEAD, with the state for the next (incremental) run. */
export async function analyzeOwnership(options: OwnershipOptions): Promise<OwnershipResult> {
  const { git, signal } = options;
  throwIfAborted(signal);
  const head = await readHeadCommit(git, options.revision);
  if (!head) {
    const state = new OwnershipLedger().toState({ sha: null, time: 0, shallow: false, mailmap: '' });
    options.onProgress?.(0);
    const currentLines = { candidates: 0, beyondCap: 0, measured: 0, blamed: 0, unmeasured: 0, failed: 0, doubted: 0, confirmed: 0, checked: 0 };
    const currentLinesCache = options.currentLinesCache ?? currentLinesCacheFrom(undefined, '');
    return { files: [], folders: [], contributed: [], formerly: [], excluded: 0, currentLines, currentLinesCache, state, commitsRead: 0, skippedCommits: [], missingCommits: [], timings: { logMs: 0, blameMs: 0 }, stateUse: { kind: 'none' } };
  }
  // A work tree or a bare repository (then .mailmap and .gitattributes are read from the commit).
  const layout = await readRepositoryLayout(git);
  const shallow = layout.shallow;
  const mailmap = await mailmapFingerprint(git, layout);
  throwIfAborted(signal);

  // Files, lines and attributes at HEAD are read while the log runs. After an earlier run (a state that
  // reads as valid), only the files changed since its commit are counted and looked at again.
  const useDefaults = options.defaultExclusions ?? true;
  const previous = options.previous ? OwnershipLedger.fromState(options.previous) : undefined;
  const earlier = previous && options.previous?.head && options.previous.headLines ? options.previous : undefined;
  const headFacts = (async () => {
    const changed = earlier?.head ? await changedPaths(git, earlier.head, head.sha) : undefined;
    const headFiles = await listRegularFiles(git, head.sha, signal);
    const attributes = await readPathAttributes(git, options.cwd, layout, head.sha, headFiles.keys(), signal);
    // (Files found by other content rules than today's are all looked at again.)
    const generatedEarlier = (earlier?.headRules ?? 1) === CONTENT_RULES ? earlier?.headGenerated : undefined;
    const textEarlier = changed && earlier?.headLines ? { lines: earlier.headLines, generated: generatedEarlier, changed } : undefined;
    const { lines, generated } = await readTextFacts(git, headFiles, attributes, { headers: useDefaults, earlier: textEarlier, signal });
    return { headFiles, lines, linguist: attributes.linguist, generated };
  })();
  headFacts.catch(() => undefined); // awaited below; an early failure of the log must not leave it unhandled

  const logStarted = Date.now();
  const wantsBlame = (options.maxCandidates ?? DEFAULT_MAX_CANDIDATES) > 0;
  let touches: TouchRecorder | undefined;
  let graph: Promise<CommitGraph | undefined> | undefined;
  // An earlier state is used only when it reads whole and describes an ancestor of HEAD under the
  // same .mailmap and depth; otherwise the history is read again in full, and `stateUse` says why.
  let stateUse: StateUse = { kind: 'none' };
  if (options.previous) {
    if (!previous) stateUse = { kind: 'rebuilt', reason: 'damaged' };
    else if (options.previous.head === null) stateUse = { kind: 'none' };
    else if (options.previous.shallow !== shallow) stateUse = { kind: 'rebuilt', reason: 'shallow' };
    else if (options.previous.mailmap !== mailmap) stateUse = { kind: 'rebuilt', reason: 'mailmap' };
    else if (options.previous.head === head.sha) stateUse = { kind: 'same-head' };
    else if (await isAncestor(git, options.previous.head, head.sha)) stateUse = { kind: 'incremental' };
    else stateUse = { kind: 'rebuilt', reason: 'other-history' };
  }
  let ledger: OwnershipLedger;
  let reading: LogReading = { read: 0, skipped: [], readAround: false, missing: [] };
  if (previous && stateUse.kind === 'same-head') {
    ledger = previous;
  } else if (previous && stateUse.kind === 'incremental' && options.previous?.head) {
    const newer = new OwnershipLedger();
    reading = await readLog(git, [`${options.previous.head}..${head.sha}`], newer, options);
    previous.absorbNewer(newer);
    ledger = previous;
  } else {
    ledger = new OwnershipLedger();
    // A full read also gives each file's history and the commit graph, so that blame reads only the
    // commits that changed it.
    const history = wantsBlame && !options.plainBlame ? { touches: new TouchRecorder(), graph: new CommitGraphBuilder() } : undefined;
    reading = await readLog(git, [head.sha], ledger, options, history);
    if (history) {
      touches = history.touches;
      // After reading around missing objects, some merges were not printed: the graph comes from rev-list then.
      graph = reading.readAround ? readCommitGraph(git, head.sha, signal).catch(() => undefined) : Promise.resolve(history.graph.build());
    }
  }
  const commitsRead = reading.read;
  options.onProgress?.(commitsRead);
  const { headFiles, lines, linguist, generated } = await headFacts;
  // The files of the commits whose diff could not be read: their trees can be (only blobs are missing).
  const commitGraph = touches && graph && (await recordSkipped(git, reading.skipped, touches)) ? await graph : undefined;
  const logMs = Date.now() - logStarted;
  throwIfAborted(signal);

  const byDefault = useDefaults ? compileDefaultExclusions() : () => false;
  const byOption = compileGlobs([...(options.exclude ?? [])]);
  const excludedByGlob = (path: string): boolean => byDefault(path) || byOption(path);
  const analysed = new Map<string, number>();
  let excluded = 0;
  // Where each path of the history leads at HEAD: for the figures, for blame's file histories, and for
  // when history first saw a document (which of a docs site's locales is the source).
  const historyPaths = resolveHistoryPaths(ledger, headFiles);
  const firstSeen = (path: string): number | undefined => {
    let first: number | undefined;
    for (const source of historyPaths.get(path) ?? []) {
      const at = ledger.paths.get(source)?.first;
      if (at !== undefined && Number.isFinite(at) && (first === undefined || at < first)) first = at;
    }
    return first;
  };
  const translated = useDefaults ? translatedDocuments(headFiles.keys(), firstSeen) : new Set<string>();
  for (const path of headFiles.keys()) {
    const count = lines.get(path) ?? 0;
    if (count <= 0) continue; // binary or empty: nothing to own
    if (linguist.has(path) || generated?.has(path) || excludedByGlob(path) || (useDefaults && (isFolderPlaceholder(path, count) || translated.has(path) || isKnitOutput(path, (p) => headFiles.has(p)) || isRenderedFromTemplate(path, (p) => headFiles.has(p)) || isActionBundle(path, (p) => headFiles.has(p))))) excluded++;
    else analysed.set(path, count);
  }
  const person = new Set<number>();
  const personIds = new Set<string>();
  for (const email of options.person.emails) {
    if (!email.trim()) continue;
    personIds.add(authorId(email));
    const index = ledger.findAuthorId(authorId(email));
    if (index !== undefined) person.add(index);
  }
  const personNames = new Set<string>();
  if (options.person.name?.trim()) {
    personNames.add(nameId(options.person.name));
    for (const index of ledger.authorsNamed(nameId(options.person.name))) person.add(index);
  }
  // Blame names the same people as the history: every address whose commits are the person's.
  for (const index of person) {
    const id = ledger.authors[index];
    if (id !== undefined) personIds.add(id);
  }
  const facts = historyFacts({ ledger, headFiles, files: analysed, person, now: head.time, sources: historyPaths });

  // Today's lines of the files history names as theirs.
  const blameStarted = Date.now();
  // Results blamed under another .mailmap name other authors: start afresh.
  const given = options.currentLinesCache;
  const cache = given && given.mailmap === mailmap ? given : currentLinesCacheFrom(undefined, mailmap);
  const maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const allCandidates = facts.filter((f) => f.candidate).length;
  const candidates = blameCandidates(facts, maxCandidates);
  const sources = commitGraph && touches ? historyPaths : undefined;
  // A file only the person ever added lines to needs no blame: all its lines are theirs. Only where blame
  // would read the history the pass read (the file's history as grafts, below: a plain blame walks
  // commits the pass may have missed, and gives a merge's own lines to the merge's author), and none
  // of the file's commits was skipped unread (its lines may be someone else's). The result goes in the
  // cache as a blame's would (under one of the person's ids: for anyone else, none of its lines).
  const unread = new Set(reading.skipped);
  const readWhole = (f: FileFacts): boolean => unread.size === 0 || ![...(touches?.commitsChanging(sources?.get(f.path) ?? [f.path]) ?? [])].some((c) => unread.has(c));
  const personId = [...personIds][0];
  if (sources && reading.missing.length === 0 && personId !== undefined) {
    for (const f of candidates) {
      const key = currentLinesKey(headFiles.get(f.path) ?? '', f.path);
      if (f.soleAuthor && readWhole(f) && !cache.entries[key]) cache.entries[key] = { lines: f.lines, byAuthor: [[personId, '', f.lines]] };
    }
  }
  const requests = candidates.map((f) => {
    const request: BlameRequest = { path: f.path, blob: headFiles.get(f.path) ?? '', moves: f.lines * (f.owned?.totalCommits ?? 0) <= MAX_MOVE_WORK };
    if (commitGraph && touches && sources) {
      const known = touches;
      request.grafts = () => graftsFor(commitGraph, known.commitsChanging(sources.get(f.path) ?? [f.path]), head.sha);
    }
    return request;
  });
  const budgetMs = options.blameBudget ? Math.max(options.blameBudget.minMs, options.blameBudget.partOfLog * logMs) : undefined;
  const run = await blameFiles(git, head.sha, requests, cache, { budgetMs, signal, runnerFor: (budgetSignal) => new GitRunner({ cwd: options.cwd, signal: budgetSignal }) });
  for (const candidate of candidates) {
    const current = run.results.get(candidate.path);
    if (current) applyCurrentLines(candidate, personLines(current, personIds, personNames), head.time);
  }
  const blameMs = Date.now() - blameStarted;
  const doubted = doubtUnblamedRows(facts, candidates);
  const { files, folders, contributed, formerly } = finishOwnership(facts);

  const state = ledger.toState({ sha: head.sha, time: head.time, shallow, mailmap });
  state.headLines = [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (generated) {
    state.headGenerated = [...generated].sort();
    state.headRules = CONTENT_RULES;
  }
  return {
    files,
    folders,
    contributed,
    formerly,
    excluded,
    currentLines: {
      candidates: candidates.length,
      beyondCap: allCandidates - candidates.length,
      measured: run.results.size,
      blamed: run.blamed,
      unmeasured: run.unmeasured.length,
      failed: run.failed.length,
      doubted: doubted.moved,
      confirmed: doubted.confirmed,
      checked: doubted.measured,
    },
    currentLinesCache: pruneCache(cache, requests),
    state,
    commitsRead,
    skippedCommits: reading.skipped,
    missingCommits: reading.missing,
    timings: { logMs, blameMs },
    stateUse,
  };
}
