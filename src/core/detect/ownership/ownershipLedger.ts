// The analysis state: what the history says about every path it ever touched, for every author. It is
// independent of the person and of the exclude globs (both are applied when the result is computed), so
// one state per repository serves every question. It holds no file contents, no e-mail addresses and
// no names: authors are known by a hash of their lower-cased (mailmapped) e-mail, and the names they
// committed under by hashes too, so that the person can be found by name as well.
import { createHash } from 'node:crypto';
import { detached, type LogCommit } from './logParser';

export const OWNERSHIP_STATE_VERSION = 2;

/** [author index, lines added, lines removed, commits, first touch, last touch] (times in epoch seconds). */
export type AuthorTuple = [number, number, number, number, number, number];
/** [path, lines added, lines removed, commits, first touch, last touch, per author]. */
export type PathTuple = [string, number, number, number, number, number, AuthorTuple[]];

/** Serialisable (JSON) analysis state. */
export interface OwnershipState {
  version: number;
  /** The commit the state describes; null for a repository without commits. */
  head: string | null;
  /** HEAD's committer time (epoch seconds). */
  headTime: number;
  shallow: boolean;
  /** Hash of the .mailmap git applied: another .mailmap means other identities, so a full run. */
  mailmap: string;
  /** Commits read into this state, over all runs. */
  commits: number;
  /** Author ids: hash of the lower-cased e-mail. */
  authors: string[];
  /** Per author (same order): ids of the (mailmapped) names their commits carry. */
  authorNames: string[][];
  paths: PathTuple[];
  /** [old path, new path]: the newest rename away from each old path. */
  renames: Array<[string, string]>;
  /** Lines of each text file at `head` (paths and counts only), so a re-analysis recounts only changed files. */
  headLines?: Array<[string, number]>;
  /**
   * Paths at `head` whose first lines carry a generated-code header or a copied library's banner
   * (defaultExclusions.ts), when that run looked for them: a re-analysis looks again in the changed
   * files only — in every file when the rules changed since (`headRules`).
   */
  headGenerated?: string[];
  /** The version of the content rules `headGenerated` was found by (defaultExclusions.ts CONTENT_RULES); absent: the first. */
  headRules?: number;
}

export interface Tally {
  added: number;
  removed: number;
  commits: number;
  first: number;
  last: number;
}

export interface PathRecord extends Tally {
  byAuthor: Map<number, Tally>;
}

/** A name's id: literal comparison of trimmed, lower-cased names without keeping the name. */
export function nameId(name: string): string {
  return createHash('sha256').update(`n:${name.trim().toLowerCase()}`, 'utf8').digest('hex').slice(0, 24);
}

/** An author's id: literal, case-insensitive comparison of e-mails without keeping the address. */
export function authorId(email: string, name = ''): string {
  const key = email.trim() ? `e:${email.trim().toLowerCase()}` : `n:${name}`;
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 24);
}

// The counts start as -0, a double: V8 then stores these fields as doubles from the first object on,
// and a fractional share (a co-authored commit) changes no object's layout halfway through a run.
function emptyTally(): Tally {
  return { added: -0, removed: -0, commits: -0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
}

function newPathRecord(): PathRecord {
  return { added: -0, removed: -0, commits: -0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY, byAuthor: new Map() };
}

function addTally(into: Tally, added: number, removed: number, commits: number, first: number, last: number): void {
  into.added += added;
  into.removed += removed;
  into.commits += commits;
  if (first < into.first) into.first = first;
  if (last > into.last) into.last = last;
}

/** Adds one commit's lines of a path to one author's tally of it. */
function credit(record: PathRecord, author: number, added: number, removed: number, time: number): void {
  let tally = record.byAuthor.get(author);
  if (!tally) {
    tally = emptyTally();
    record.byAuthor.set(author, tally);
  }
  addTally(tally, added, removed, 1, time, time);
}

/** Mutable form of OwnershipState, fed commit by commit, newest first. */
export class OwnershipLedger {
  readonly authors: string[] = [];
  /** Per author index: ids of the names seen on their commits. */
  readonly authorNames: Array<Set<string>> = [];
  readonly paths = new Map<string, PathRecord>();
  readonly renames = new Map<string, string>();
  commits = 0;
  private readonly authorIndex = new Map<string, number>();
  /** E-mail → name → author index, as commits carry them (no key built per commit). */
  private readonly emailIndex = new Map<string, Map<string, number>>();

  indexOfAuthorId(id: string): number {
    let index = this.authorIndex.get(id);
    if (index === undefined) {
      index = this.authors.length;
      this.authors.push(id);
      this.authorNames.push(new Set());
      this.authorIndex.set(id, index);
    }
    return index;
  }

  /** Indexes of the authors whose commits carry the name with this id. */
  authorsNamed(id: string): number[] {
    const found: number[] = [];
    this.authorNames.forEach((names, index) => {
      if (names.has(id)) found.push(index);
    });
    return found;
  }

  /** Index of an author id if that author is known, else undefined. */
  findAuthorId(id: string): number | undefined {
    return this.authorIndex.get(id);
  }

  private indexOfEmail(email: string, name: string): number {
    let byName = this.emailIndex.get(email);
    if (byName === undefined) {
      byName = new Map();
      this.emailIndex.set(detached(email), byName);
    }
    let index = byName.get(name);
    if (index === undefined) {
      index = this.indexOfAuthorId(authorId(email, name));
      if (name.trim()) this.authorNames[index]?.add(nameId(name));
      byName.set(detached(name), index);
    }
    return index;
  }

  /**
   * Adds one commit. Commits must come newest first: the first rename seen away from a path is the
   * newest and wins. Co-authors share the commit's lines equally with the author; each of them is
   * credited with the commit.
   */
  record(commit: LogCommit): void {
    this.commits++;
    if (commit.changes.length === 0) return;
    const author = this.indexOfEmail(commit.authorEmail, commit.authorName);
    // Most commits have no co-author: no list of people is made for them.
    let people: number[] | undefined;
    if (commit.coAuthorEmails.length) {
      people = [author];
      for (const email of commit.coAuthorEmails) {
        const index = this.indexOfEmail(email, '');
        if (!people.includes(index)) people.push(index);
      }
    }
    const part = people ? 1 / people.length : 1;
    const time = commit.time;
    for (const change of commit.changes) {
      // Kept keys and values are copies: a parsed path keeps a whole piece of git's output alive (see detached).
      if (change.from !== undefined && change.from !== change.path && !this.renames.has(change.from)) this.renames.set(detached(change.from), detached(change.path));
      if (change.added === null || change.deleted === null) continue; // binary: no lines to credit
      let record = this.paths.get(change.path);
      if (!record) {
        record = newPathRecord();
        this.paths.set(detached(change.path), record);
      }
      addTally(record, change.added, change.deleted, 1, time, time);
      if (people === undefined) credit(record, author, change.added, change.deleted, time);
      else for (const person of people) credit(record, person, change.added * part, change.deleted * part, time);
    }
  }

  /**
   * Merges a newer ledger (cachedHead..HEAD, usually a few commits) into this older one, at the cost
   * of the new commits' paths only.
   */
  absorbNewer(newer: OwnershipLedger): void {
    this.commits += newer.commits;
    const remap = newer.authors.map((id) => this.indexOfAuthorId(id));
    newer.authorNames.forEach((names, index) => {
      const into = this.authorNames[remap[index] ?? -1];
      if (into) for (const name of names) into.add(name);
    });
    for (const [path, source] of newer.paths) {
      let record = this.paths.get(path);
      if (!record) {
        record = newPathRecord();
        this.paths.set(path, record);
      }
      addTally(record, source.added, source.removed, source.commits, source.first, source.last);
      for (const [author, tally] of source.byAuthor) {
        const index = remap[author] ?? this.indexOfAuthorId(newer.authors[author] ?? '');
        let into = record.byAuthor.get(index);
        if (!into) {
          into = emptyTally();
          record.byAuthor.set(index, into);
        }
        addTally(into, tally.added, tally.removed, tally.commits, tally.first, tally.last);
      }
    }
    // The newer ledger's renames are newer: they win.
    for (const [from, to] of newer.renames) this.renames.set(from, to);
  }

  toState(head: { sha: string | null; time: number; shallow: boolean; mailmap: string }): OwnershipState {
    // Run once per analysis over every path and author (too briefly for the JIT to optimise it): plain
    // loops, no destructuring iterator per entry.
    const sorted = [...this.paths.keys()].sort();
    const paths: PathTuple[] = new Array<PathTuple>(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
      const path = sorted[i] as string;
      const record = this.paths.get(path) as PathRecord;
      const authors: AuthorTuple[] = [];
      record.byAuthor.forEach((t, index) => void authors.push([index, t.added, t.removed, t.commits, t.first, t.last]));
      authors.sort((a, b) => a[0] - b[0]);
      paths[i] = [path, record.added, record.removed, record.commits, record.first, record.last, authors];
    }
    return {
      version: OWNERSHIP_STATE_VERSION,
      head: head.sha,
      headTime: head.time,
      shallow: head.shallow,
      mailmap: head.mailmap,
      commits: this.commits,
      authors: [...this.authors],
      authorNames: this.authorNames.map((names) => [...names].sort()),
      paths,
      renames: [...this.renames].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    };
  }

  /**
   * The ledger of a state, or undefined when the state is not one this version wrote (a damaged or
   * truncated cache, another version): every field is checked while it is read, in one pass.
   */
  static fromState(state: unknown): OwnershipLedger | undefined {
    if (!isStateHeader(state)) return undefined;
    const ledger = new OwnershipLedger();
    for (const id of state.authors) ledger.indexOfAuthorId(id);
    if (ledger.authors.length !== state.authors.length || state.authorNames.length !== state.authors.length) return undefined;
    state.authorNames.forEach((names, index) => {
      for (const name of names) ledger.authorNames[index]?.add(name);
    });
    ledger.commits = state.commits;
    const authorCount = state.authors.length;
    const entries = state.paths as unknown[];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (!Array.isArray(entry) || entry.length !== 7 || typeof entry[0] !== 'string' || !isTallyTuple(entry, 1) || !Array.isArray(entry[6])) return undefined;
      const tuples = entry[6] as unknown[];
      const byAuthor = new Map<number, Tally>();
      for (let j = 0; j < tuples.length; j++) {
        const tuple = tuples[j];
        if (!Array.isArray(tuple) || tuple.length !== 6 || !isTallyTuple(tuple, 1)) return undefined;
        const index = tuple[0] as number;
        if (!Number.isInteger(index) || index < 0 || index >= authorCount) return undefined;
        byAuthor.set(index, { added: tuple[1] as number, removed: tuple[2] as number, commits: tuple[3] as number, first: tuple[4] as number, last: tuple[5] as number });
      }
      ledger.paths.set(entry[0], { added: entry[1] as number, removed: entry[2] as number, commits: entry[3] as number, first: entry[4] as number, last: entry[5] as number, byAuthor });
    }
    for (const [from, to] of state.renames) ledger.renames.set(from, to);
    return ledger;
  }
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isTallyTuple(value: unknown, offset: number): boolean {
  return Array.isArray(value) && isCount(value[offset]) && isCount(value[offset + 1]) && isCount(value[offset + 2]) && isTime(value[offset + 3]) && isTime(value[offset + 4]);
}

/** The state's fields but its paths (fromState checks each path as it reads it). */
function isStateHeader(value: unknown): value is OwnershipState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Record<keyof OwnershipState, unknown>>;
  return (
    s.version === OWNERSHIP_STATE_VERSION &&
    (s.head === null || typeof s.head === 'string') &&
    isTime(s.headTime) &&
    typeof s.shallow === 'boolean' &&
    typeof s.mailmap === 'string' &&
    isCount(s.commits) &&
    Array.isArray(s.authors) &&
    s.authors.every((a) => typeof a === 'string') &&
    Array.isArray(s.authorNames) &&
    s.authorNames.every((names) => Array.isArray(names) && names.every((n) => typeof n === 'string')) &&
    Array.isArray(s.renames) &&
    s.renames.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && typeof r[1] === 'string') &&
    (s.headGenerated === undefined || (Array.isArray(s.headGenerated) && s.headGenerated.every((p) => typeof p === 'string'))) &&
    (s.headRules === undefined || isCount(s.headRules)) &&
    (s.headLines === undefined || (Array.isArray(s.headLines) && s.headLines.every((l) => Array.isArray(l) && l.length === 2 && typeof l[0] === 'string' && isCount(l[1])))) &&
    Array.isArray(s.paths)
  );
}
