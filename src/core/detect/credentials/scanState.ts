// What a scan keeps for the next one: the tips it read, and for each secret where it was seen (commits,
// paths, lines) — never the value, nor any hash of it (a short password's hash is reversed by guessing).
// The next run re-derives each value's in-memory identity by reading the file where it first appeared.
import type { CredentialKind } from './credentialKinds';
import type { LedgerEntry, Occurrence } from './secretLedger';

export const CREDENTIAL_STATE_VERSION = 2;

export interface StoredCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  authorTime: number;
  committerTime: number;
}

export interface StoredEntry {
  kind: CredentialKind;
  path: string;
  line: number;
  ordinal: number;
  commit: StoredCommit;
  adding: string[];
  newestAdd: { sha: string; committerTime: number };
  removal: { sha: string; parent: string; committerTime: number } | null;
  /** The oldest place in each path (see LedgerEntry.locations). */
  locations: StoredLocation[];
  /** Paths only counted. */
  counted: string[];
}

export interface StoredLocation {
  kind: CredentialKind;
  path: string;
  line: number;
  ordinal: number;
  sha: string;
  authorTime: number;
  committerTime: number;
}

export interface CredentialScanState {
  version: typeof CREDENTIAL_STATE_VERSION;
  /** `all`: every branch and tag, and HEAD; `head`: HEAD only. */
  mode: 'all' | 'head';
  /** Commits whose history was read (sorted). */
  tips: string[];
  /** Fingerprint of .mailmap (author names depend on it). */
  mailmap: string;
  shallow: boolean;
  /**
   * False when a path held a secret: such a path is not written here, so this state cannot be built
   * on and the next run reads everything again.
   */
  reusable: boolean;
  entries: StoredEntry[];
}

export function isCredentialScanState(value: unknown): value is CredentialScanState {
  if (!value || typeof value !== 'object') return false;
  const state = value as Partial<CredentialScanState>;
  return state.version === CREDENTIAL_STATE_VERSION && Array.isArray(state.tips) && Array.isArray(state.entries) && typeof state.reusable === 'boolean' && state.entries.every((e) => Array.isArray(e?.locations) && Array.isArray(e?.counted));
}

export function storeEntry(entry: LedgerEntry): StoredEntry {
  const { first } = entry;
  const { sha, authorName, authorEmail, authorTime, committerTime } = first.commit;
  return {
    kind: first.kind,
    path: first.path,
    line: first.line,
    ordinal: first.ordinal,
    commit: { sha, authorName, authorEmail, authorTime, committerTime },
    adding: [...entry.adding],
    newestAdd: { ...entry.newestAdd },
    removal: entry.removal ? { ...entry.removal } : null,
    locations: [...entry.locations.values()].map((o) => ({ kind: o.kind, path: o.path, line: o.line, ordinal: o.ordinal, sha: o.commit.sha, authorTime: o.commit.authorTime, committerTime: o.commit.committerTime })),
    counted: [...entry.counted],
  };
}

export function restoreEntry(stored: StoredEntry): LedgerEntry {
  return {
    first: { kind: stored.kind, path: stored.path, line: stored.line, ordinal: stored.ordinal, commit: { ...stored.commit, parents: [] } },
    adding: [...stored.adding],
    newestAdd: { ...stored.newestAdd },
    removal: stored.removal ? { ...stored.removal } : null,
    locations: new Map(
      stored.locations.map((l): [string, Occurrence] => [
        l.path,
        { kind: l.kind, path: l.path, line: l.line, ordinal: l.ordinal, commit: { sha: l.sha, parents: [], authorName: '', authorEmail: '', authorTime: l.authorTime, committerTime: l.committerTime } },
      ]),
    ),
    counted: new Set(stored.counted),
  };
}
