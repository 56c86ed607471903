// Parser for the one `git log` pass of the ownership analysis. The command prints, for each commit, a
// header of NUL-separated fields starting with RECORD_MARK, then its `--numstat -z` entries:
//   `<added>\t<deleted>\t<path>\0`                 a change to one path
//   `<added>\t<deleted>\t\0<old path>\0<new path>\0` a rename (-M)
//   `-\t-\t…`                                        a binary change (no line counts)
// git also puts an empty field and a newline between a header and its entries, and an extra NUL after a
// commit without entries; both are skipped. Paths are read by position, never by their content, so any
// byte a path can hold (newline, tab, the marker itself) is safe.
//
// The output is read as the bytes git writes (GitRunner.readChunks), with no await between pieces:
// only the texts kept (hashes, names, e-mails, paths) are decoded, each from its own bytes, so no
// piece of git's output is decoded whole or kept alive by a string cut from it; counts and times are
// read from the digits.

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
  coAuthorEmails: readonly string[];
  changes: FileChange[];
}

const HEADER_FIELDS = 6;
/** The header field holding the author time: read from its digits, not decoded. */
const TIME_FIELD = 4;
/** The co-author list of the commits without any (most): one shared, never changed. */
const NO_CO_AUTHORS: readonly string[] = Object.freeze([]);

/**
 * A copy of a field that is kept: a string cut from a larger one keeps that one alive. Joined to a
 * character, the text is copied once; the slice then points into that small copy only. (The parser's
 * texts are decoded from their own bytes already; the ledger copies what it keeps from any source.)
 */
export function detached(text: string): string {
  return text === '' ? '' : ` ${text}`.slice(1);
}

const NUL = 0;
const TAB = 9;
const NEWLINE = 10;
const MARK = RECORD_MARK.charCodeAt(0);
const DASH = 45;
const ZERO = 48;

/**
 * Push parser of the log's bytes: feed it the pieces of output as they come, it hands each commit to
 * `onCommit` once the next one starts (or the input ends). A field split between two pieces is joined
 * before it is read, so a character cut in two is decoded whole.
 */
export class LogParser {
  private current: LogCommit | undefined;
  /** The header being read: its fields so far (`headerFields` of them). */
  private readonly header: string[] = new Array<string>(HEADER_FIELDS).fill('');
  private headerFields = 0;
  /** The header's author time (TIME_FIELD), 0 until read. */
  private time = 0;
  /** A rename entry waiting for its old and new paths. */
  private rename: { added: number | null; deleted: number | null; from?: string } | undefined;
  /** The start of a field whose end (its NUL) is in a later piece. */
  private pending: Buffer[] = [];

  constructor(private readonly onCommit: (commit: LogCommit) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let nul = chunk.indexOf(NUL); nul >= 0; nul = chunk.indexOf(NUL, start)) {
      if (this.pending.length) {
        this.pending.push(chunk.subarray(start, nul));
        const field = Buffer.concat(this.pending);
        this.pending = [];
        this.field(field, 0, field.length);
      } else this.field(chunk, start, nul);
      start = nul + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  /** Ends the input: the last field and the last commit. */
  end(): void {
    if (this.pending.length) {
      const field = Buffer.concat(this.pending);
      this.pending = [];
      this.field(field, 0, field.length);
    }
    if (this.headerFields > 0) {
      while (this.headerFields < HEADER_FIELDS) this.header[this.headerFields++] = '';
      this.finishHeader();
    }
    const done = this.current;
    this.current = undefined;
    this.rename = undefined;
    if (done) this.onCommit(done);
  }

  private field(bytes: Buffer, start: number, end: number): void {
    if (this.headerFields > 0) {
      // Hash and parents are hexadecimal; names, e-mails and trailers UTF-8; the time is read from its digits.
      const at = this.headerFields;
      if (at === TIME_FIELD) this.time = timeBetween(bytes, start, end);
      else this.header[at] = start === end ? '' : bytes.toString(at === 1 ? 'latin1' : 'utf8', start, end);
      if (++this.headerFields === HEADER_FIELDS) this.finishHeader();
      return;
    }
    if (this.rename) {
      const path = bytes.toString('utf8', start, end);
      if (this.rename.from === undefined) {
        this.rename.from = path;
      } else {
        this.current?.changes.push({ path, from: this.rename.from, added: this.rename.added, deleted: this.rename.deleted });
        this.rename = undefined;
      }
      return;
    }
    // The newline git writes between a header and its entries is glued to the next field.
    const from = bytes[start] === NEWLINE ? start + 1 : start;
    if (from < end && bytes[from] === MARK) {
      const done = this.current;
      this.current = undefined;
      this.header[0] = bytes.toString('latin1', from + 1, end);
      this.headerFields = 1;
      this.time = 0;
      if (done) this.onCommit(done);
      return;
    }
    if (from === end || !this.current) return;
    const firstTab = indexWithin(bytes, TAB, from, end);
    const secondTab = firstTab < 0 ? -1 : indexWithin(bytes, TAB, firstTab + 1, end);
    if (secondTab < 0) return; // not a numstat entry (e.g. a --raw line): ignored
    const added = countBetween(bytes, from, firstTab);
    const deleted = countBetween(bytes, firstTab + 1, secondTab);
    if (secondTab + 1 === end) this.rename = { added, deleted };
    else this.current.changes.push({ path: bytes.toString('utf8', secondTab + 1, end), added, deleted });
  }

  private finishHeader(): void {
    const header = this.header;
    const authorEmail = header[3] as string;
    const trailers = header[5] as string;
    this.headerFields = 0;
    this.current = {
      hash: header[0] as string,
      parents: header[1] as string,
      authorName: header[2] as string,
      authorEmail,
      time: this.time,
      coAuthorEmails: trailers ? coAuthorEmails(trailers, authorEmail) : NO_CO_AUTHORS,
      changes: [],
    };
  }
}

/** The first `byte` in `bytes[start, end)`, or -1. */
function indexWithin(bytes: Buffer, byte: number, start: number, end: number): number {
  for (let at = start; at < end; at++) if (bytes[at] === byte) return at;
  return -1;
}

/**
 * The author time in `bytes[start, end)`, as `Number.parseInt(text, 10) || 0` reads its text: leading
 * blanks, a sign, then digits; 0 without digits.
 */
export function timeBetween(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  while (at < end && (bytes[at] === 32 || ((bytes[at] as number) >= TAB && (bytes[at] as number) <= 13))) at++; // space, \t \n \v \f \r
  let sign = 1;
  if (at < end && (bytes[at] === 43 || bytes[at] === DASH)) sign = bytes[at++] === DASH ? -1 : 1;
  let value = 0;
  for (; at < end; at++) {
    const digit = (bytes[at] as number) - ZERO;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return sign * value || 0;
}

/** A numstat count (`bytes[start, end)`): its digits' value; null for `-` (a binary change) or no digits. */
function countBetween(bytes: Buffer, start: number, end: number): number | null {
  if (end === start + 1 && bytes[start] === DASH) return null;
  let value = 0;
  let at = start;
  for (; at < end; at++) {
    const digit = (bytes[at] as number) - ZERO;
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

/** Commits from the whole output of `git log` (canned text in tests), NUL-separated fields. */
export function parseLog(output: Buffer | string): LogCommit[] {
  const commits: LogCommit[] = [];
  const parser = new LogParser((commit) => void commits.push(commit));
  parser.push(typeof output === 'string' ? Buffer.from(output, 'utf8') : output);
  parser.end();
  return commits;
}

/** Whether a commit is a merge (two parents or more). */
export function isMerge(commit: LogCommit): boolean {
  return commit.parents.includes(' ');
}
