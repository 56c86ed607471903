// One entry per distinct secret. Entries are keyed by an HMAC of the value under a key drawn at random
// when the process starts and never written anywhere: equal values meet in memory, but no key can be
// compared with anything outside this process, and the value itself is not kept. What is kept is where
// the secret was seen (commits, paths, lines), which is all a report or a cache needs — bounded per
// secret (MAX_ADDING_COMMITS, MAX_LOCATIONS, MAX_COUNTED_PATHS), so a value repeated across a large
// history costs a fixed amount.
import { createHmac, randomBytes } from 'node:crypto';
import type { CredentialKind } from './credentialKinds';
import type { CommitInfo } from './patchParser';

const PROCESS_KEY = randomBytes(32);

/** The in-memory identity of a value. Never persisted, logged or shown. */
export function valueKey(value: string): string {
  return createHmac('sha256', PROCESS_KEY).update(value, 'utf8').digest('base64');
}

export interface Occurrence {
  kind: CredentialKind;
  path: string;
  line: number;
  ordinal: number;
  commit: CommitInfo;
}

/** A commit that took the value out (it was in its first parent). */
export interface Removal {
  sha: string;
  parent: string;
  committerTime: number;
}

export interface LedgerEntry {
  first: Occurrence;
  /** Commits that added it, oldest kept first; at most MAX_ADDING_COMMITS. */
  adding: string[];
  /** The newest commit that added it. */
  newestAdd: { sha: string; committerTime: number };
  removal: Removal | null;
  /** The oldest occurrence in each distinct path it was added to, at most MAX_LOCATIONS paths (also the HEAD check's paths). */
  locations: Map<string, Occurrence>;
  /** Paths beyond those located, only counted: at most MAX_COUNTED_PATHS - MAX_LOCATIONS of them. */
  counted: Set<string>;
}

/** Enough commits to find the branches and tags that still reach it; a value added in more commits keeps the first ones seen. */
export const MAX_ADDING_COMMITS = 64;
/** Places kept per secret with their line and commit; a secret in more paths is only counted past these. */
export const MAX_LOCATIONS = 64;
/** Distinct paths counted per secret: a test value copied into thousands of files costs no more than this. */
export const MAX_COUNTED_PATHS = 1000;

/** Distinct paths a secret was added to (capped at MAX_COUNTED_PATHS). */
export function pathCount(entry: LedgerEntry): number {
  return entry.locations.size + entry.counted.size;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Total order of occurrences, oldest first: author time, committer time, commit id, path, line,
 * ordinal, kind. The same history gives the same "first" whatever order it was read in, so a full
 * and an incremental scan agree.
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    a.commit.authorTime - b.commit.authorTime ||
    a.commit.committerTime - b.commit.committerTime ||
    compareText(a.commit.sha, b.commit.sha) ||
    compareText(a.path, b.path) ||
    a.line - b.line ||
    a.ordinal - b.ordinal ||
    compareText(a.kind, b.kind)
  );
}

/** Keeps the oldest occurrence per path while there is room, then only counts new paths. */
function addLocation(entry: LedgerEntry, occurrence: Occurrence | null, countedPath?: string): void {
  const path = occurrence?.path ?? countedPath ?? '';
  const known = entry.locations.get(path);
  if (known) {
    if (occurrence && compareOccurrences(occurrence, known) < 0) entry.locations.set(path, occurrence);
    return;
  }
  if (entry.counted.has(path)) return;
  if (occurrence && entry.locations.size < MAX_LOCATIONS) entry.locations.set(path, occurrence);
  else if (pathCount(entry) < MAX_COUNTED_PATHS) entry.counted.add(path);
}

export class SecretLedger {
  readonly entries = new Map<string, LedgerEntry>();

  add(key: string, occurrence: Occurrence): void {
    const entry = this.entries.get(key);
    const { commit } = occurrence;
    if (!entry) {
      this.entries.set(key, {
        first: occurrence,
        adding: [commit.sha],
        newestAdd: { sha: commit.sha, committerTime: commit.committerTime },
        removal: null,
        locations: new Map([[occurrence.path, occurrence]]),
        counted: new Set(),
      });
      return;
    }
    if (compareOccurrences(occurrence, entry.first) < 0) entry.first = occurrence;
    if (entry.adding.length < MAX_ADDING_COMMITS && !entry.adding.includes(commit.sha)) entry.adding.push(commit.sha);
    if (commit.committerTime > entry.newestAdd.committerTime) entry.newestAdd = { sha: commit.sha, committerTime: commit.committerTime };
    addLocation(entry, occurrence);
  }

  /** Puts back an entry of an earlier run (its key re-derived from where it first appeared). */
  restore(key: string, restored: LedgerEntry): void {
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, restored);
      return;
    }
    if (compareOccurrences(restored.first, entry.first) < 0) entry.first = restored.first;
    for (const sha of restored.adding) if (entry.adding.length < MAX_ADDING_COMMITS && !entry.adding.includes(sha)) entry.adding.push(sha);
    for (const occurrence of restored.locations.values()) addLocation(entry, occurrence);
    for (const path of restored.counted) addLocation(entry, null, path);
    if (restored.newestAdd.committerTime > entry.newestAdd.committerTime) entry.newestAdd = restored.newestAdd;
    if (restored.removal && (!entry.removal || entry.removal.committerTime < restored.removal.committerTime)) entry.removal = restored.removal;
  }

  /** Removals are seen before the additions they undo (the log is newest first): kept aside until then. */
  private readonly pendingRemovals = new Map<string, Removal>();

  remove(key: string, removal: Removal): void {
    const entry = this.entries.get(key);
    const known = entry ? entry.removal : this.pendingRemovals.get(key);
    if (known && known.committerTime >= removal.committerTime) return;
    if (entry) entry.removal = removal;
    else this.pendingRemovals.set(key, removal);
  }

  /** Call once every commit was read: removals of values that were added get attached. */
  settle(): void {
    for (const [key, removal] of this.pendingRemovals) {
      const entry = this.entries.get(key);
      if (entry && (!entry.removal || entry.removal.committerTime < removal.committerTime)) entry.removal = removal;
    }
    this.pendingRemovals.clear();
  }
}
