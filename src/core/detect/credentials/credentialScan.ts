// "Credentials to rotate": one streaming `git log -p -U0` over every commit reachable from any branch
// or tag (and HEAD), added lines matched, one row per distinct secret. See README "What git history
// shows" and reliability.md 22–24.
//
// The log command, and why each flag:
//   -p -U0               the added lines and nothing else (no context lines to match twice)
//   --no-merges          a merge's patch would repeat every line its branch added; conflict
//                        resolutions made inside a merge are not read (see the known gaps)
//   --find-renames       a file moved as it is costs a few header lines, not all its lines deleted and
//                        added again; where that can matter (its old path held a secret, or the new
//                        path is read differently) the moved file is read whole afterwards
//                        (movedFiles.ts), so every path that ever held a secret still has it as an
//                        added line: the HEAD check and the cache work from paths alone.
//   --no-ext-diff --no-textconv   no program configured by the repository runs; binary files stay
//                        "Binary files … differ" and are skipped (key stores are judged by name)
//   --full-index         full blob ids, the identity of a key store's content
//   --src/dst-prefix, --no-relative, --no-color   fixed output whatever the user's diff settings
// Tips are passed as commit ids (resolved once, so the refs reported and the history read agree).
import { createHash } from 'node:crypto';
import { GitError, type GitRunner } from '../../git/gitRunner';
import { describedRef } from '../../git/describedCommit';
import { readMailmapText, readRepositoryLayout, type RepositoryLayout } from '../../git/repositoryLayout';
import { detectionNote, shortCommitList, type DetectionNote } from '../detectionNotes';
import type { CredentialContext, CredentialFinding, CredentialLocation, PersonSpec } from '../detectionTypes';
import { forgetInertLines, MAX_LINE_LENGTH } from './fileMatcher';
import { credentialFingerprint } from './fingerprint';
import { GitleaksConfigError, readRepositoryRules } from './gitleaksConfig';
import { HistoryVisitor } from './historyVisitor';
import type { RuleSet } from './ruleEngine';
import { maskSecrets } from './maskSecrets';
import { readHistory, type UnreadableCommit } from './historyReader';
import { readMergeAdditions } from './mergeReader';
import { readMovedFiles } from './movedFiles';
import { readReachability, readRefTips, type Reachability, type RefTip } from './refTips';
import { CREDENTIAL_STATE_VERSION, restoreEntry, storeEntry, type CredentialScanState, type StoredEntry } from './scanState';
import { contentContexts, contentMaySay, placeKey, type ContentPlace } from './contentContext';
import { contextOfPath, contextOfPlaces, isPagesBranch, readLinguistAttributes } from './pathContext';
import { pathCount, SecretLedger, valueKey, type LedgerEntry } from './secretLedger';
import { SpanMasks } from './spanMasks';
import { emptyTreeLike, matchFilesAt, matchFilesOf } from './treeFiles';

export interface IgnoredFingerprint {
  fingerprint: string;
  reason?: string;
}

export interface RotatedFingerprint {
  fingerprint: string;
  by: string;
  on: string;
}

export interface ScanCredentialsOptions {
  /** Runner for the repository; give it the same signal so that aborting kills git at once. */
  git: GitRunner;
  /** A folder of the work tree. */
  cwd: string;
  person: PersonSpec;
  /** Read only the history of HEAD (default: every branch and tag, and HEAD). */
  headOnly?: boolean;
  /**
   * Stand in for HEAD: the commit a report describes. With `headOnly`, the scan reads that commit's
   * history and "still at HEAD" means still in that commit, so every clone gives the same answer.
   */
  revision?: string;
  /**
   * With `headOnly`: also read the history of these branches (the ones a report lists, which every
   * clone has), so that a credential committed only on the person's open branch is in the report.
   */
  branchTips?: readonly RefTip[];
  /** HANDOVER.yaml `detected.ignore`. */
  ignore?: readonly IgnoredFingerprint[];
  /** HANDOVER.yaml `detected.rotated`. */
  rotated?: readonly RotatedFingerprint[];
  signal?: AbortSignal;
  /** Called with the number of commits read, every PROGRESS_EVERY commits and at the end. */
  onProgress?: (commitsRead: number) => void;
  /** State of an earlier run: when every tip it read is still reachable, only new commits are read. */
  previous?: CredentialScanState;
}

export interface CredentialScanResult {
  findings: CredentialFinding[];
  state: CredentialScanState;
  /** Commits read by this run (only the new ones when `previous` was used). */
  commitsRead: number;
  /** What was left out (long lines, unreadable commits), as notes. Never a value. */
  notes: DetectionNote[];
  /** Commits read only in part because the clone lacks some of their objects (for the evaluation's baseline). */
  unreadable: UnreadableCommit[];
  /** Commits this clone lacks, named as a parent: the history only they lead to was not read. */
  missingCommits: string[];
}

export const PROGRESS_EVERY = 1000;

/**
 * Every place of a secret, the first one first, then by path; and where it sits: by its path, and `docs`
 * for a place whose commit only Pages branches reach (`onlyOnPages`: a built documentation site).
 */
function placesOf(entry: LedgerEntry, masks: SpanMasks, contextOf: (place: ContentPlace) => CredentialContext): Pick<CredentialFinding, 'context' | 'locations' | 'pathCount'> {
  const others = [...entry.locations.values()].filter((o) => o.path !== entry.first.path).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstHere = entry.locations.get(entry.first.path) ?? entry.first;
  const locations = [firstHere, ...others].map((o): CredentialLocation => ({ path: shownPath(o.path, masks), line: o.line, commit: o.commit.sha, context: contextOf({ path: o.path, commit: o.commit.sha, line: o.line }) }));
  return { context: contextOfPlaces(locations.map((l) => l.context)), locations, pathCount: pathCount(entry) };
}

/** The one `git log` the scan streams (exported for the benchmark's baseline). */
export { historyLogArguments } from './historyReader';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
}

/**
 * Scans history for committed credentials. Cancelling kills git and rejects with GitError 'aborted'.
 * Any error is rethrown with secrets masked out of its message.
 */
export async function scanCredentials(options: ScanCredentialsOptions): Promise<CredentialScanResult> {
  const masks = new SpanMasks();
  try {
    return await scan(options, masks);
  } catch (err) {
    throw safeError(err, masks);
  } finally {
    forgetInertLines();
  }
}

/** The error with any secret masked out of its message (git may quote a path or a ref). */
function safeError(err: unknown, masks: SpanMasks): Error {
  if (err instanceof GitError) return new GitError(err.kind, maskSecrets(masks.applyWithin(err.message)));
  // Kept as it is (it says in the reader's language which file, line and column), its quoted texts masked.
  if (err instanceof GitleaksConfigError) return err.masked((text) => maskSecrets(masks.applyWithin(text)));
  if (err instanceof Error) {
    const safe = new Error(maskSecrets(masks.applyWithin(err.message)));
    safe.name = err.name;
    return safe;
  }
  return new Error('credential scan failed');
}

async function readHeadSha(git: GitRunner, revision = 'HEAD'): Promise<string | null> {
  try {
    const sha = (await git.run(['rev-parse', '--verify', '-q', '--end-of-options', `${revision}^{commit}`])).trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch (err) {
    if (err instanceof GitError && (err.kind === 'unborn' || err.kind === 'failed')) return null;
    throw err;
  }
}

async function mailmapFingerprint(git: GitRunner, layout: RepositoryLayout): Promise<string> {
  const text = await readMailmapText(git, layout);
  return text === undefined ? '' : createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24);
}

/** Whether every commit of `older` is reachable from `newer` (so the old state is a part of the new history). */
async function allReachable(git: GitRunner, older: readonly string[], newer: readonly string[]): Promise<boolean> {
  if (!older.every((sha) => /^[0-9a-f]{40,64}$/.test(sha))) return false;
  try {
    const count = await git.run(['rev-list', '--count', '--end-of-options', ...older, ...newer.map((sha) => `^${sha}`), '--']);
    return count.trim() === '0';
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return false; // an old tip is gone
  }
}

async function scan(options: ScanCredentialsOptions, masks: SpanMasks): Promise<CredentialScanResult> {
  const { git, signal } = options;
  throwIfAborted(signal);
  const mode = options.headOnly ? 'head' : 'all';
  // Asked at once (each a git process): HEAD, then the gitleaks files at it; the branch and tag
  // tips; the repository's top folder and whether it is shallow (needed only when there are tips).
  const headAsked = readHeadSha(git, options.revision);
  const [head, listing, repository, layout] = await Promise.all([
    headAsked,
    mode === 'head' ? { tips: [...(options.branchTips ?? [])], unreadable: [] } : readRefTips(git),
    // The repository's gitleaks rules change what every entry is: their fingerprint joins the mailmap's, so a state read with other rules is not reused.
    headAsked.then((sha) => readRepositoryRules(git, sha)),
    // A work tree or a bare repository (then .mailmap is read from HEAD, as git does there).
    readRepositoryLayout(git).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
  ]);
  const { tips: refTips, unreadable: unreadableRefs } = listing;
  const tips = tipsOf(head, refTips);
  if (tips.length && 'error' in layout) throw layout.error;
  const shallow = tips.length > 0 && 'value' in layout && layout.value.shallow;
  const mailmap = tips.length && 'value' in layout ? [await mailmapFingerprint(git, layout.value), repository.fingerprint].filter((f) => f !== '').join(':') : '';
  const state: CredentialScanState = { version: CREDENTIAL_STATE_VERSION, mode, tips, mailmap, shallow, reusable: true, entries: [] };
  if (tips.length === 0) {
    options.onProgress?.(0);
    return { findings: [], state, commitsRead: 0, notes: unreadableRefs.length ? [unreadableRefsNote(unreadableRefs)] : [], unreadable: [], missingCommits: [] };
  }
  const refNames = refTips.map((t) => t.name);
  const emptyTree = await emptyTreeLike(git, tips[0] ?? '');
  const notes: DetectionNote[] = [];

  // Which branches and tags reach which commit: read beside the history, needed only at the end.
  let stopped = false;
  const reachability: Promise<Reachability> = refTips.length === 0 ? Promise.resolve({ tipsOf: () => [] }) : readReachability(git, refTips, () => stopped || !!signal?.aborted);
  reachability.catch(() => undefined); // awaited in buildFindings; an earlier failure must not go unhandled
  try {
    const result = await scanWith(options, masks, { head, refTips, tips, mode, shallow, mailmap, state, refNames, emptyTree, notes, reachability, rules: repository.rules });
    result.findings = result.findings.filter((f) => !repository.suppressed(f));
    result.notes.push(...repository.notes);
    if (unreadableRefs.length) result.notes.push(unreadableRefsNote(unreadableRefs));
    return result;
  } finally {
    stopped = true;
  }
}

interface ScanSetup {
  head: string | null;
  refTips: RefTip[];
  tips: string[];
  mode: 'all' | 'head';
  shallow: boolean;
  mailmap: string;
  state: CredentialScanState;
  refNames: string[];
  emptyTree: string;
  notes: DetectionNote[];
  reachability: Promise<Reachability>;
  /** The built-in rules and the repository's own (.gitleaks.toml). */
  rules: RuleSet;
}

async function scanWith(options: ScanCredentialsOptions, masks: SpanMasks, setup: ScanSetup): Promise<CredentialScanResult> {
  const { git, signal } = options;
  const { head, tips, mode, shallow, mailmap, state, refNames, emptyTree, notes } = setup;
  let ledger = new SecretLedger();
  let range: string[] | null = tips;
  const previous = options.previous;
  if (previous && previous.reusable && previous.mode === mode && previous.mailmap === mailmap && previous.shallow === shallow && (await allReachable(git, previous.tips, tips))) {
    if (await restoreLedger(options, emptyTree, previous.entries, ledger, masks, refNames, setup.rules)) {
      const same = previous.tips.length === tips.length && previous.tips.every((sha, i) => sha === tips[i]);
      range = same ? null : [...tips, ...previous.tips.map((sha) => `^${sha}`)];
    } else {
      ledger = new SecretLedger();
    }
  }
  throwIfAborted(signal);

  let commitsRead = 0;
  let unreadable: UnreadableCommit[] = [];
  let missingCommits: string[] = [];
  if (range) {
    const visitor = new HistoryVisitor(ledger, masks, refNames, (count) => {
      if (count % PROGRESS_EVERY === 0) options.onProgress?.(count);
    }, setup.rules);
    // The merges' own additions (mergeReader.ts), read beside the log into the same ledger; stopped if the reading fails.
    // Should a merge need an object the clone lacks, they are read again without the files the log could not read.
    let readingDone = false;
    let logUnreadable: (paths: string[]) => void = () => undefined;
    const unreadablePaths = new Promise<string[]>((resolve) => (logUnreadable = resolve));
    const mergeVisitor = new HistoryVisitor(ledger, masks, refNames, undefined, setup.rules);
    const mergeReading = readMergeAdditions(git, range, mergeVisitor, () => readingDone || !!signal?.aborted, () => unreadablePaths);
    mergeReading.catch(() => undefined);
    let reading: Awaited<ReturnType<typeof readHistory>>;
    try {
      // The files the reader will leave out are known once it has planned around a first hole: the merges can go around them from then on.
      reading = await readHistory({ git, range, visitor, keywords: setup.rules.keywords, onPlan: (paths) => logUnreadable(paths) });
    } catch (err) {
      readingDone = true;
      logUnreadable([]);
      throw err;
    }
    logUnreadable(reading.unreadable.flatMap((commit) => commit.paths));
    const merges = await mergeReading;
    throwIfAborted(signal);
    // Files the log found renamed, read whole where that can change the findings; then the removals their commits held back.
    const moved = await readMovedFiles({ git, signal, rules: setup.rules, ledger, masks, refNames, moves: visitor.moves, heldRemovals: visitor.heldRemovals, pathsFound: [...visitor.pathsFound, ...mergeVisitor.pathsFound] });
    if (moved.unreadable > 0) notes.push(detectionNote('note.credentials.movedUnread', { count: moved.unreadable }));
    unreadable = reading.unreadable;
    missingCommits = reading.missingCommits;
    throwIfAborted(signal);
    commitsRead = visitor.commitsRead;
    const longLines = visitor.longLinesSkipped + mergeVisitor.longLinesSkipped;
    if (longLines > 0) notes.push(detectionNote('note.credentials.longLines', { count: longLines, kib: MAX_LINE_LENGTH / 1024 }));
    if (!merges.complete) notes.push(detectionNote('note.credentials.mergesUnread', { count: merges.merges, commit: merges.stoppedAt?.slice(0, 12) ?? '—' }));
    if (merges.tooLarge > 0) notes.push(detectionNote('note.credentials.mergeFilesTooLarge', { count: merges.tooLarge }));
    if (unreadable.length) notes.push(unreadableNote(unreadable));
    if (missingCommits.length) notes.push(detectionNote('note.credentials.missingCommits', { count: missingCommits.length, commits: shortCommitList(missingCommits, UNREADABLE_LISTED) }));
  }
  options.onProgress?.(commitsRead);
  ledger.settle();

  const findings = await buildFindings(options, ledger, { head, notes, emptyTree, masks, reachability: setup.reachability, rules: setup.rules });
  state.entries = [...ledger.entries.values()].map(storeEntry).sort(compareStored);
  // A path that held a secret cannot be written to the cache; the next run will read everything again.
  if (state.entries.some((e) => [...e.locations.map((l) => l.path), ...e.counted].some((p) => shownPath(p, masks) !== p))) {
    state.reusable = false;
    state.entries = [];
  }
  if (shallow) notes.push(detectionNote('note.credentials.shallow'));
  return { findings, state, commitsRead, notes, unreadable, missingCommits };
}

/** A path as findings show it: the secrets found in it masked, and anything else that looks like one. */
function shownPath(path: string, masks: SpanMasks): string {
  return maskSecrets(masks.apply(path));
}

function compareStored(a: StoredEntry, b: StoredEntry): number {
  return a.commit.sha < b.commit.sha ? -1 : a.commit.sha > b.commit.sha ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.ordinal - b.ordinal;
}

/**
 * Puts the entries of an earlier run back into the ledger under their in-memory keys, re-derived by
 * matching the file where each first appeared. False when one cannot be found again (an object gone,
 * a rule changed): the caller then reads everything.
 */
async function restoreLedger(options: ScanCredentialsOptions, emptyTree: string, stored: readonly StoredEntry[], ledger: SecretLedger, masks: SpanMasks, refNames: readonly string[], rules: RuleSet): Promise<boolean> {
  if (stored.length === 0) return true;
  const wanted = new Map<string, StoredEntry>();
  const where = (commit: string, path: string, line: number, kind: string, ordinal: number) => `${commit}\0${path}\0${line}\0${kind}\0${ordinal}`;
  for (const entry of stored) wanted.set(where(entry.commit.sha, entry.path, entry.line, entry.kind, entry.ordinal), entry);
  // Each commit is read for its own paths only: the work grows with the entries, not commits × paths.
  const pathsByCommit = new Map<string, string[]>();
  for (const entry of stored) pathsByCommit.set(entry.commit.sha, [...(pathsByCommit.get(entry.commit.sha) ?? []), entry.path]);
  const found = new Set<StoredEntry>();
  const matched = await matchFilesOf(
    options.cwd,
    emptyTree,
    pathsByCommit,
    (commit, path, match) => {
      const entry = wanted.get(where(commit, path, match.line, match.kind, match.ordinal));
      if (!entry || found.has(entry)) return;
      found.add(entry);
      for (const ref of refNames) masks.note(ref, match.value);
      ledger.restore(valueKey(match.value), restoreEntry(entry));
    },
    options.signal,
    rules,
  );
  return matched.missingCommits.length === 0 && matched.unreadableFiles === 0 && found.size === stored.length;
}

interface FindingContext {
  rules: RuleSet;
  head: string | null;
  notes: DetectionNote[];
  emptyTree: string;
  masks: SpanMasks;
  reachability: Promise<Reachability>;
}

async function buildFindings(options: ScanCredentialsOptions, ledger: SecretLedger, context: FindingContext): Promise<CredentialFinding[]> {
  const { masks } = context;
  const entries = [...ledger.entries];
  if (entries.length === 0) return [];

  // Where each sits: test, vendored, docs or code, by path and by HEAD's .gitattributes (read beside the HEAD check).
  const attributesAsked = context.head ? readLinguistAttributes(options.git, context.head) : Promise.resolve(undefined);
  attributesAsked.catch(() => undefined); // awaited below; a failure while the HEAD check runs must not go unhandled

  // Still at HEAD: HEAD's version of every path the secrets were added to, matched again.
  const inHead = new Set<string>();
  if (context.head) {
    const paths = new Set<string>();
    for (const [, entry] of entries) for (const path of entry.locations.keys()) paths.add(path);
    const matched = await matchFilesAt(options.cwd, context.emptyTree, [context.head], [...paths], (_commit, _path, match) => {
      const key = valueKey(match.value);
      if (ledger.entries.has(key)) inHead.add(key);
    }, options.signal, context.rules);
    if (matched.unreadableFiles) context.notes.push(detectionNote('note.credentials.unreadableAtHead', { count: matched.unreadableFiles, ref: options.revision === undefined ? 'HEAD' : describedRef(options.revision) }));
  }
  throwIfAborted(options.signal);

  const attributes = await attributesAsked;

  // Branches and tags that reach a commit that added it.
  const reachability = await context.reachability;
  throwIfAborted(options.signal);
  const refsOf = (entry: LedgerEntry): RefTip[] => [...new Set(entry.adding.flatMap((sha) => reachability.tipsOf(sha)))];
  const onlyOnPages = (commit: string): boolean => {
    const tips = reachability.tipsOf(commit);
    return tips.length > 0 && tips.every((tip) => isPagesBranch(tip.ref));
  };
  const contextByPath = (place: ContentPlace): CredentialContext => {
    const byPath = contextOfPath(place.path, attributes);
    return byPath === 'code' && onlyOnPages(place.commit) ? 'docs' : byPath;
  };
  // What the files' contents say of the places their paths call code (a test inside a Rust source file, a generated API
  // client): read after the scan, each file once at its place's commit.
  const codePlaces = entries.flatMap(([, entry]) => [entry.first, ...entry.locations.values()].map((o) => ({ path: o.path, commit: o.commit.sha, line: o.line }))).filter((place) => contentMaySay(place.path) && contextByPath(place) === 'code');
  const byContent = await contentContexts(options.git, codePlaces, options.signal);
  throwIfAborted(options.signal);
  const contextOf = (place: ContentPlace): CredentialContext => byContent.get(placeKey(place)) ?? contextByPath(place);

  const emails = new Set(options.person.emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''));
  const name = options.person.name?.trim().toLowerCase() ?? '';
  const ignored = new Map((options.ignore ?? []).map((i) => [i.fingerprint.trim().toLowerCase(), i.reason ?? '']));
  const rotated = new Map((options.rotated ?? []).map((r) => [r.fingerprint.trim().toLowerCase(), r]));

  const findings = entries.map(([key, entry]): CredentialFinding => {
    const { first } = entry;
    const refs = refsOf(entry);
    const path = shownPath(first.path, masks);
    const fingerprint = credentialFingerprint(first.commit.sha, path, first.kind, first.line, first.ordinal);
    const present = inHead.has(key);
    let lastCommit = entry.newestAdd.sha;
    if (present && context.head) lastCommit = context.head;
    else if (entry.removal && entry.removal.committerTime >= entry.newestAdd.committerTime) lastCommit = entry.removal.parent;
    else if (refs.length) lastCommit = [...refs].sort((a, b) => b.committerTime - a.committerTime || (a.ref < b.ref ? -1 : 1))[0]?.commit ?? lastCommit;
    const author = `${first.commit.authorName} <${first.commit.authorEmail}>`;
    const byPerson = emails.has(first.commit.authorEmail.trim().toLowerCase()) || (name !== '' && first.commit.authorName.trim().toLowerCase() === name);
    const rotation = rotated.get(fingerprint);
    const ignoreReason = ignored.get(fingerprint);
    return {
      fingerprint,
      kind: first.kind,
      path,
      line: first.line,
      firstCommit: first.commit.sha,
      author: maskSecrets(author),
      date: new Date(first.commit.authorTime * 1000).toISOString().slice(0, 10),
      lastCommit,
      inHead: present,
      refs: [...new Set(refs.map((r) => maskSecrets(masks.apply(r.name))))].sort(),
      byPerson,
      rotated: rotation ? { by: rotation.by, on: rotation.on } : null,
      ignored: ignoreReason !== undefined ? { reason: ignoreReason } : null,
      ...placesOf(entry, masks, contextOf),
    };
  });
  return findings.sort(compareFindings);
}

/** Commits listed in a note about objects the clone lacks. */
const UNREADABLE_LISTED = 10;

/** "3 commits could not be read in full (objects missing from this clone): abc…, def…": no value, only ids. */
function unreadableNote(unreadable: readonly UnreadableCommit[]): DetectionNote {
  const files = unreadable.reduce((sum, c) => sum + c.filesSkipped, 0);
  const whole = unreadable.filter((c) => c.whole).length;
  const commits = shortCommitList(unreadable.map((c) => c.sha), UNREADABLE_LISTED);
  const count = unreadable.length;
  return whole ? detectionNote('note.credentials.unreadableCommitsWhole', { count, files, whole, commits }) : detectionNote('note.credentials.unreadableCommits', { count, files, commits });
}

/** The branches and tags whose commit the clone lacks: their history past what others reach is not scanned. */
function unreadableRefsNote(names: readonly string[]): DetectionNote {
  const refs = [...names.slice(0, UNREADABLE_LISTED), ...(names.length > UNREADABLE_LISTED ? ['…'] : [])].join(', ');
  return detectionNote('note.credentials.unreadableRefs', { count: names.length, refs });
}

/** Commits a full scan starts from: every branch and tag tip, and HEAD (or HEAD alone). Sorted, distinct. */
export async function scanTips(
  git: GitRunner,
  headOnly: boolean,
  revision?: string,
  branchTips: readonly RefTip[] = [],
): Promise<{ head: string | null; refTips: RefTip[]; tips: string[]; unreadableRefs: string[] }> {
  const [head, listing] = await Promise.all([readHeadSha(git, revision), headOnly ? { tips: [...branchTips], unreadable: [] } : readRefTips(git)]);
  return { head, refTips: listing.tips, tips: tipsOf(head, listing.tips), unreadableRefs: listing.unreadable };
}

/** The commits of the tips and HEAD, sorted, distinct. */
function tipsOf(head: string | null, refTips: readonly RefTip[]): string[] {
  return [...new Set([...refTips.map((t) => t.commit), ...(head ? [head] : [])])].sort();
}

/** Oldest first, then by path, line, kind and fingerprint (code-unit order: the same everywhere). */
export function compareFindings(a: CredentialFinding, b: CredentialFinding): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.date, b.date) || text(a.path, b.path) || a.line - b.line || text(a.kind, b.kind) || text(a.fingerprint, b.fingerprint);
}
