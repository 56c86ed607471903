// Reads `git log -p -U0` output (the format of patchParser.ts) as the bytes git writes, and tells a
// visitor the same things PatchLineParser does — except the added and removed lines that cannot
// matter: a line holding no keyword of the rules (keywordIndex.ts) is left out unless the visitor
// asks for every line (a key block being read, a file read whole). Such a line is never decoded nor
// cut into a string; only headers, hunk headers and the lines handed on are. This is what keeps the
// scan of a long history cheaper than git's own work of writing it.
//
// The lines given are those PatchLineParser gives, decoded and cut the same way (a line longer than
// MAX_LINE_LENGTH characters is handed on cut, so the visitor can count it), and the line numbers
// are the same: every added line is counted, given or not.
import { ByteLines, decodeLine, lineToHandOn } from './byteLines';
import { MAX_LINE_LENGTH } from './fileMatcher';
import type { KeywordIndex } from './keywordIndex';
import { commitInfoOf, detached, pathOfDiffLine, unquoteCPath, type FileSection, type PatchVisitor } from './patchParser';

/** A visitor that says which lines it needs beyond those with a keyword. */
export interface SelectivePatchVisitor extends PatchVisitor {
  /** Whether the next added line must be given even without a keyword. Asked again after every call. */
  readsEveryAdded(): boolean;
  /** The same for removed lines. */
  readsEveryRemoved(): boolean;
  /** Whether the open file section's blob ids are wanted (in `fileEnd`); when not, they are left null. */
  readsBlobIds(): boolean;
  /** Whether the open file section's hunk headers' section text is wanted (decoded only then). */
  readsHunkSections?(): boolean;
  /** The keywords that make a line of the open file section worth giving (asked once per section); absent: the scanner's own. */
  keywords?(): KeywordIndex;
}

/** A visitor for commits read out of turn, and the way to hand on, at a commit's turn, what it found there. */
export interface DeferredVisits {
  visitor: SelectivePatchVisitor;
  /** Applies what the visitor found in commit `sha` (once; nothing when it read none of it). */
  replay(sha: string): void;
}

/** A visitor that can read some commits out of turn (historyReader.ts: commits that need a blob the clone lacks). */
export interface DeferringPatchVisitor extends SelectivePatchVisitor {
  deferred(): DeferredVisits;
}

const NEWLINE = 10;
const PLUS = 43;
const MINUS = 45;
const BACKSLASH = 92;
const AT = 64;
const HEADER = 0x1e;
/** A line of this one byte ends a commit: the mark a reader asks `git diff-tree --stdin` to echo after each commit. */
export const END_MARK = 0x1f;

const DIFF_GIT = Buffer.from('diff --git ', 'latin1');
const INDEX_LINE = Buffer.from('index ', 'latin1');
const BINARY_FILES = Buffer.from('Binary files ', 'latin1');
const BINARY_PATCH = Buffer.from('GIT binary patch', 'latin1');
const RENAME_FROM = Buffer.from('rename from ', 'latin1');
const RENAME_TO = Buffer.from('rename to ', 'latin1');
const COPY_FROM = Buffer.from('copy from ', 'latin1');
const COPY_TO = Buffer.from('copy to ', 'latin1');
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/;
const ZERO_ID = /^0+$/;

function startsWith(bytes: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return false;
  return true;
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 48 && b <= 57;
}

/** The path a `rename from …`-like line names after its `prefix`, unquoted when git quoted it. */
function movedPath(bytes: Buffer, start: number, end: number, prefix: Buffer): string {
  const text = decodeLine(bytes, start + prefix.length, end, MAX_LINE_LENGTH + 2);
  return detached(unquoteCPath(text)?.value ?? text);
}

/** The text after a hunk header's closing `@@` (git's function context), trimmed; at most 256 bytes are decoded. */
function hunkSection(bytes: Buffer, start: number, end: number): string {
  const close = bytes.indexOf('@@', start + 2);
  if (close < 0 || close + 2 >= end) return '';
  return bytes.toString('utf8', close + 2, Math.min(end, close + 2 + 256)).trim();
}

/**
 * The new file's first line in a hunk header `@@ -a[,b] +c[,d] @@…` (the bytes from `start`), or -1
 * when the line is not one: the test PatchLineParser makes with its regular expression.
 */
export function hunkStart(bytes: Buffer, start: number, end: number): number {
  let i = start;
  const expect = (b: number) => i < end && bytes[i] === b && (i++, true);
  const digits = (): number => {
    if (i >= end || !isDigit(bytes[i])) return -1;
    let n = 0;
    while (i < end && isDigit(bytes[i])) n = n * 10 + ((bytes[i++] as number) - 48);
    return n;
  };
  const optionalCount = (): boolean => {
    if (i < end && bytes[i] === 44 /* , */) {
      i++;
      return digits() >= 0;
    }
    return true;
  };
  if (!expect(AT) || !expect(AT) || !expect(32) || !expect(MINUS) || digits() < 0 || !optionalCount() || !expect(32) || !expect(PLUS)) return -1;
  const first = digits();
  if (first < 0 || !optionalCount() || !expect(32) || !expect(AT) || !expect(AT)) return -1;
  return first;
}

export class PatchScanner {
  private inCommit = false;
  private section: FileSection | undefined;
  private inHunk = false;
  private newLine = 0;
  private everyAdded = false;
  private everyRemoved = false;
  /** Whole lines out of the pieces of output. */
  private readonly lines = new ByteLines((bytes, start, end) => this.readLines(bytes, start, end));
  /** Commit id of the last header read. */
  lastCommit: string | null = null;
  /** Paths of the open commit's file sections read to their end (another section or the commit's end followed). */
  private sectionsEnded: string[] = [];
  private marks = 0;
  private ended = 0;
  /** The keywords of the open file section (SelectivePatchVisitor.keywords). */
  private fileKeywords: KeywordIndex;
  /**
   * A renamed or copied file: its `diff --git` line names two paths (pathOfDiffLine cuts only a line whose two
   * sides are the same), so the section opens at the `rename to` line, which names the new path alone.
   */
  private movePending: { from?: string } | undefined;

  constructor(
    private readonly visitor: SelectivePatchVisitor,
    private readonly keywords: KeywordIndex,
  ) {
    this.fileKeywords = keywords;
  }

  /** Reads the next piece of output. */
  feed(chunk: Buffer): void {
    this.lines.feed(chunk);
  }

  /** End mark lines read so far: the commits asked one by one that were read to their end. */
  get marksRead(): number {
    return this.marks;
  }

  /** Commits read to their end so far (the next commit's header, an end mark or `end()` followed). */
  get commitsEnded(): number {
    return this.ended;
  }

  /** The output ended: reads a last line without its newline, and ends the commit. */
  end(): void {
    this.flushLine();
    this.endCommit();
  }

  /** Reads the line kept from earlier pieces, if any (git stopped mid-line: it is read as it is). */
  flushLine(): void {
    this.lines.flush();
  }

  /**
   * Git stopped in the middle of the output (an object it could not read). Returns the commit whose
   * header was read last, if it is still open, with the paths of its file sections that ended; the
   * section being read is dropped without telling the visitor (it may be incomplete: the caller reads
   * it again). The commit stays open: the rest of its files may be fed after this, then `end()`.
   */
  interrupt(): { commit: string | null; sectionsEnded: readonly string[] } {
    // A commit header git left without its newline still counts; any other cut line is dropped (its
    // section is read again, and a cut value must not be matched).
    if (this.lines.keptStart() === HEADER) this.flushLine();
    this.lines.drop();
    this.section = undefined;
    this.movePending = undefined;
    this.inHunk = false;
    return { commit: this.inCommit ? this.lastCommit : null, sectionsEnded: this.sectionsEnded };
  }

  /** Reads the lines of `bytes` from `start` to `end`, where `end - 1` is a newline. */
  private readLines(bytes: Buffer, start: number, end: number): void {
    const visitor = this.visitor;
    let i = start;
    while (i < end) {
      const first = bytes[i] as number;
      if (this.inHunk) {
        if (first === PLUS || first === MINUS) {
          const added = first === PLUS;
          const line = added ? this.newLine++ : 0;
          const from = i + 1;
          const end = lineToHandOn(this.fileKeywords, bytes, from, added ? this.everyAdded : this.everyRemoved);
          const give = end >= 0;
          const stop = give ? end : ~end;
          if (give) {
            const text = decodeLine(bytes, from, stop, MAX_LINE_LENGTH + 1);
            if (added) {
              visitor.added(text, line);
              this.everyAdded = visitor.readsEveryAdded();
            } else {
              visitor.removed(text);
              this.everyRemoved = visitor.readsEveryRemoved();
            }
          }
          i = stop + 1;
          continue;
        }
        if (first === BACKSLASH) {
          i = bytes.indexOf(NEWLINE, i) + 1;
          continue;
        }
        this.inHunk = false;
      }
      const stop = bytes.indexOf(NEWLINE, i);
      if (first === END_MARK && stop === i + 1) {
        // The end of a commit git was asked for one by one: nothing of it is still to come.
        this.endCommit();
        this.marks++;
        i = stop + 1;
        continue;
      }
      this.readHeaderLine(bytes, i, stop);
      i = stop + 1;
    }
  }

  /** A line outside a hunk: commit header, file header, hunk header or a line of no interest. */
  private readHeaderLine(bytes: Buffer, start: number, end: number): void {
    if (end === start) return;
    const first = bytes[start];
    if (first === HEADER) {
      this.endCommit();
      this.startCommit(decodeLine(bytes, start + 1, end, MAX_LINE_LENGTH + 1));
      return;
    }
    if (startsWith(bytes, start, end, DIFF_GIT)) {
      this.endFile();
      const cut = pathOfDiffLine(decodeLine(bytes, start, end, MAX_LINE_LENGTH + 2));
      if (cut === undefined) this.movePending = {};
      else this.openFile(detached(cut));
      return;
    }
    const section = this.section;
    if (!section) {
      const pending = this.movePending;
      if (!pending) return;
      if (startsWith(bytes, start, end, RENAME_FROM)) pending.from = movedPath(bytes, start, end, RENAME_FROM);
      else if (startsWith(bytes, start, end, COPY_FROM)) pending.from = movedPath(bytes, start, end, COPY_FROM);
      else if (startsWith(bytes, start, end, RENAME_TO)) this.openFile(movedPath(bytes, start, end, RENAME_TO), pending.from);
      else if (startsWith(bytes, start, end, COPY_TO)) this.openFile(movedPath(bytes, start, end, COPY_TO), pending.from);
      return;
    }
    if (first === AT && bytes[start + 1] === AT) {
      const line = hunkStart(bytes, start, end);
      if (line < 0) return;
      this.newLine = line;
      this.inHunk = true;
      this.visitor.hunk(this.visitor.readsHunkSections?.() ? hunkSection(bytes, start, end) : undefined);
      this.refresh();
      return;
    }
    if (startsWith(bytes, start, end, INDEX_LINE)) {
      if (!this.visitor.readsBlobIds()) return;
      const ids = INDEX.exec(decodeLine(bytes, start, end, MAX_LINE_LENGTH + 2));
      if (ids) {
        section.oldBlob = ZERO_ID.test(ids[1] ?? '') ? null : (ids[1] ?? null);
        section.newBlob = ZERO_ID.test(ids[2] ?? '') ? null : (ids[2] ?? null);
      }
    } else if (startsWith(bytes, start, end, BINARY_FILES) || startsWith(bytes, start, end, BINARY_PATCH)) {
      section.binary = true;
    }
  }

  /** Opens the section of the file at `path` (moved from `movedFrom`, when git found it renamed or copied). */
  private openFile(path: string, movedFrom?: string): void {
    this.movePending = undefined;
    this.section = movedFrom === undefined ? { path, newBlob: null, oldBlob: null, binary: false } : { path, movedFrom, newBlob: null, oldBlob: null, binary: false };
    this.visitor.file(path);
    this.fileKeywords = this.visitor.keywords?.() ?? this.keywords;
    this.refresh();
  }

  private refresh(): void {
    this.everyAdded = this.visitor.readsEveryAdded();
    this.everyRemoved = this.visitor.readsEveryRemoved();
  }

  private startCommit(header: string): void {
    this.inCommit = true;
    const info = commitInfoOf(header);
    this.lastCommit = info.sha;
    this.sectionsEnded = [];
    this.visitor.commit(info);
  }

  private endFile(): void {
    this.inHunk = false;
    this.movePending = undefined;
    if (this.section) {
      this.visitor.fileEnd(this.section);
      if (this.inCommit) this.sectionsEnded.push(this.section.path);
    }
    this.section = undefined;
  }

  private endCommit(): void {
    this.endFile();
    if (this.inCommit) {
      this.visitor.commitEnd();
      this.ended++;
    }
    this.inCommit = false;
    this.sectionsEnded = [];
  }
}
