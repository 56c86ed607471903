// Parser for the one `git log` pass of the ownership analysis. The command prints, for each commit, a
// header of NUL-separated fields starting with RECORD_MARK, then its `--numstat -z` entries:
//   `<added>\t<deleted>\t<path>\0`                 a change to one path
//   `<added>\t<deleted>\t\0<old path>\0<new path>\0` a rename (-M)
//   `-\t-\t…`                                        a binary change (no line counts)
// git also puts an empty field and a newline between a header and its entries, and an extra NUL after a
// commit without entries; both are skipped. Paths are read by position, never by their content, so any
// byte a path can hold (newline, tab, the marker itself) is safe.

/** Starts every commit header: a byte no numstat entry (digit or '-') and no raw line (':') starts with. */
export const RECORD_MARK = '\x1e';
const TRAILER_SEPARATOR = '\x1f';

/** The `--format` for `git log`: hash, parents, mailmapped author name and e-mail, author time, Co-authored-by values. */
export const LOG_FORMAT = `--format=${RECORD_MARK}%H%x00%P%x00%aN%x00%aE%x00%at%x00%(trailers:key=Co-authored-by,valueonly,unfold,separator=%x1f)%x00`;

export interface FileChange {
  /** Path after the commit ('/'-separated, from the repository root). */
  path: string;
  /** Path before the commit when git saw a rename. */
  from?: string;
  /** null for a binary change. */
  added: number | null;
  deleted: number | null;
}

export interface LogCommit {
  hash: string;
  /** Parent hashes, space-separated as git prints them ('' for a root commit): two or more for a merge. */
  parents: string;
  authorName: string;
  authorEmail: string;
  /** Author time, seconds since the epoch. */
  time: number;
  /** E-mails of the Co-authored-by trailers (lower-cased, without the author's own, no duplicates). */
  coAuthorEmails: string[];
  changes: FileChange[];
}

const HEADER_FIELDS = 6;

/**
 * A copy of a field that is kept: the fields are slices of a whole piece of git's output, and one kept
 * slice keeps that whole piece alive (over a long history, most of the output). Joined to a character,
 * the text is copied once; the slice then points into that small copy only.
 */
export function detached(text: string): string {
  return text === '' ? '' : ` ${text}`.slice(1);
}

/**
 * Push-based state machine shared by the sync and async generators: feed it the NUL-separated fields,
 * it hands back each commit once the next one starts (or the input ends).
 */
export class LogRecordAssembler {
  private current: LogCommit | undefined;
  /** The header being read: its fields so far (`headerFields` of them, reused from commit to commit). */
  private readonly header: string[] = new Array<string>(HEADER_FIELDS).fill('');
  private headerFields = 0;
  /** A rename entry waiting for its old and new paths. */
  private rename: { added: number | null; deleted: number | null; from?: string } | undefined;

  /** Feeds one field; returns the previous commit when this field starts a new one. */
  push(field: string): LogCommit | undefined {
    if (this.headerFields > 0) {
      this.header[this.headerFields++] = field;
      if (this.headerFields === HEADER_FIELDS) this.finishHeader();
      return undefined;
    }
    if (this.rename) {
      if (this.rename.from === undefined) {
        this.rename.from = field;
      } else {
        this.current?.changes.push({ path: field, from: this.rename.from, added: this.rename.added, deleted: this.rename.deleted });
        this.rename = undefined;
      }
      return undefined;
    }
    // The newline git writes between a header and its entries is glued to the next field. (Read by
    // character codes, without a copy of the field: this runs for every field of the history.)
    const start = field.charCodeAt(0) === NEWLINE ? 1 : 0;
    if (field.charCodeAt(start) === MARK) {
      const done = this.current;
      this.current = undefined;
      this.header[0] = field.slice(start + 1);
      this.headerFields = 1;
      return done;
    }
    if (field.length === start || !this.current) return undefined;
    const firstTab = field.indexOf('\t', start);
    const secondTab = firstTab < 0 ? -1 : field.indexOf('\t', firstTab + 1);
    if (secondTab < 0) return undefined; // not a numstat entry (e.g. a --raw line): ignored
    const added = countBetween(field, start, firstTab);
    const deleted = countBetween(field, firstTab + 1, secondTab);
    if (secondTab + 1 === field.length) this.rename = { added, deleted };
    else this.current.changes.push({ path: field.slice(secondTab + 1), added, deleted });
    return undefined;
  }

  /** Ends the input; returns the last commit. */
  end(): LogCommit | undefined {
    if (this.headerFields > 0) {
      while (this.headerFields < HEADER_FIELDS) this.header[this.headerFields++] = '';
      this.finishHeader();
    }
    const done = this.current;
    this.current = undefined;
    this.rename = undefined;
    return done;
  }

  private finishHeader(): void {
    const header = this.header;
    const hash = header[0] as string;
    const parents = header[1] as string;
    const authorName = header[2] as string;
    const authorEmail = header[3] as string;
    const time = header[4] as string;
    const trailers = header[5] as string;
    this.headerFields = 0;
    // Hash and parents are kept by the ledger and the commit graph: copies (see detached).
    this.current = { hash: detached(hash), parents: detached(parents), authorName, authorEmail, time: Number.parseInt(time, 10) || 0, coAuthorEmails: coAuthorEmails(trailers, authorEmail), changes: [] };
  }
}

const NEWLINE = 10;
const MARK = RECORD_MARK.charCodeAt(0);
const DASH = 45;
const ZERO = 48;

/** A numstat count (`text[start, end)`): its digits' value; null for `-` (a binary change) or no digits. */
function countBetween(text: string, start: number, end: number): number | null {
  if (end === start + 1 && text.charCodeAt(start) === DASH) return null;
  let value = 0;
  let at = start;
  for (; at < end; at++) {
    const digit = text.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return at === start ? null : value;
}

/** `Name <mail>` values of Co-authored-by trailers → distinct lower-cased e-mails, the author's excluded. */
export function coAuthorEmails(trailers: string, authorEmail: string): string[] {
  if (!trailers) return [];
  const author = authorEmail.toLowerCase();
  const found: string[] = [];
  for (const value of trailers.split(TRAILER_SEPARATOR)) {
    const open = value.lastIndexOf('<');
    const close = value.lastIndexOf('>');
    const email = (open >= 0 && close > open ? value.slice(open + 1, close) : value).trim().toLowerCase();
    if (email && email !== author && !found.includes(email)) found.push(email);
  }
  return found;
}

/** Commits from the fields of `git log` output (canned strings in tests). */
export function* parseLogFields(fields: Iterable<string>): Generator<LogCommit, void, undefined> {
  const assembler = new LogRecordAssembler();
  for (const field of fields) {
    const done = assembler.push(field);
    if (done) yield done;
  }
  const last = assembler.end();
  if (last) yield last;
}

/** Whether a commit is a merge (two parents or more). */
export function isMerge(commit: LogCommit): boolean {
  return commit.parents.includes(' ');
}

/** Commits from a live stream of fields (`GitRunner.stream`). */
export async function* parseLogStream(fields: AsyncIterable<string>): AsyncGenerator<LogCommit, void, undefined> {
  const assembler = new LogRecordAssembler();
  for await (const field of fields) {
    const done = assembler.push(field);
    if (done) yield done;
  }
  const last = assembler.end();
  if (last) yield last;
}

/**
 * Commits from a live stream of batches of fields (`GitRunner.streamBatches`), a batch of commits at
 * a time: over a long history this saves an await per field.
 */
export async function* parseLogBatches(batches: AsyncIterable<readonly string[]>): AsyncGenerator<LogCommit[], void, undefined> {
  const assembler = new LogRecordAssembler();
  for await (const batch of batches) {
    const done: LogCommit[] = [];
    for (const field of batch) {
      const commit = assembler.push(field);
      if (commit) done.push(commit);
    }
    if (done.length) yield done;
  }
  const last = assembler.end();
  if (last) yield [last];
}
