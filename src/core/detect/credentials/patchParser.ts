// Reads the output of `git log -p -U0 --format=HEADER_FORMAT` (or `git diff-tree -p`) line by line and
// tells a visitor what it holds: commits, file sections, added and removed lines with their line
// numbers. Only the shape git gives is trusted: a commit header starts with a byte no diff line starts
// with, and inside a hunk every line starts with '+', '-' or '\'. Paths come from the `diff --git`
// line (rename detection is off in what this parser reads, so both sides name the same path), unquoted
// when git quoted them. (patchScanner.ts also reads renames, from the lines git writes after it.)

/** Starts every commit header line: a byte that no patch line starts with. */
export const HEADER_MARK = '\x1e';
const FIELD = '\x1f';
/** Commit, parents, author name and e-mail after .mailmap, author and committer times. */
export const HEADER_FORMAT = `--format=${HEADER_MARK}%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%at${FIELD}%ct`;

/** Diff flags of every patch the scan reads: added and removed lines only, full blob ids, fixed prefixes, no program of the repository run. */
export const PATCH_FLAGS = ['-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index', '--no-relative', '--src-prefix=a/', '--dst-prefix=b/'];

export interface CommitInfo {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Seconds since the epoch. */
  authorTime: number;
  committerTime: number;
}

export interface FileSection {
  path: string;
  /**
   * The path it was renamed or copied from, when git found it so (the history's log finds renames:
   * historyReader.ts): the patch then holds only the lines that changed, not the file's unchanged ones.
   */
  movedFrom?: string;
  /** Blob after the change (full id with --full-index), null when the file was deleted. */
  newBlob: string | null;
  /** Blob before the change, null when the file was created. */
  oldBlob: string | null;
  binary: boolean;
}

export interface PatchVisitor {
  commit(info: CommitInfo): void;
  /** A file section starts; its header facts (blobs, binary) are known by `fileEnd`. */
  file(path: string): void;
  /**
   * A new hunk: lines before it and after it are not adjacent. `section`: the text git writes after the
   * hunk header's `@@` (the nearest line above the hunk that starts at the first column: a YAML
   * file's top-level key), when the visitor asked for it (SelectivePatchVisitor.readsHunkSections).
   */
  hunk(section?: string): void;
  /** An added line without its '+', at its line number in the new file. */
  added(text: string, line: number): void;
  /** A removed line without its '-'. */
  removed(text: string): void;
  fileEnd(section: FileSection): void;
  commitEnd(): void;
}

/**
 * A copy of `text` that does not keep alive the larger string it was cut from: V8 represents a slice
 * as a view of its parent, so a commit id or a path kept by the ledger would otherwise pin a whole
 * chunk of `git log` output (tens of kilobytes) for the rest of the scan.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
/** A combined diff's hunk (`git log --cc`): one `-a,b` range per parent, one `@` more than parents around it. */
const COMBINED_HUNK = /^(@{3,}) (?:-\d+(?:,\d+)? )+\+(\d+)(?:,\d+)? @{3,}/;
const COMBINED_INDEX = /^index ([0-9a-f]+)(?:,[0-9a-f]+)+\.\.([0-9a-f]+)/;
const INDEX = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/;
const ZERO_ID = /^0+$/;

/** Unquotes a C-style quoted path as git writes it (`"a/sp\303\251cial\tname"`); returns the rest too. */
export function unquoteCPath(text: string): { value: string; rest: string } | undefined {
  if (!text.startsWith('"')) return undefined;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  let i = 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') return { value: Buffer.from(bytes).toString('utf8'), rest: text.slice(i + 1) };
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        bytes.push(Number.parseInt(text.slice(i + 1, i + 4), 8));
        i += 4;
      } else {
        bytes.push(simple[next] ?? next.charCodeAt(0));
        i += 2;
      }
      continue;
    }
    for (const byte of Buffer.from(c, 'utf8')) bytes.push(byte);
    i++;
  }
  return undefined;
}

/**
 * The path of a `diff --git a/<path> b/<path>` line (same path on both sides); undefined when the two
 * differ (a rename or a copy: the lines after it name both paths) or the line cannot be read.
 */
export function pathOfDiffLine(line: string): string | undefined {
  const rest = line.slice('diff --git '.length);
  const quoted = unquoteCPath(rest);
  if (quoted) {
    const tail = quoted.rest.trimStart();
    const second = unquoteCPath(tail)?.value ?? tail;
    if (!quoted.value.startsWith('a/') || !second.startsWith('b/') || quoted.value.slice(2) !== second.slice(2)) return undefined;
    return second.slice(2);
  }
  if ((rest.length - 1) % 2 !== 0) return undefined;
  const half = (rest.length - 1) / 2;
  const a = rest.slice(0, half);
  const b = rest.slice(half + 1);
  if (!a.startsWith('a/') || !b.startsWith('b/') || a.slice(2) !== b.slice(2)) return undefined;
  return b.slice(2);
}

/**
 * Reads patches line by line, and the combined diffs of merge commits (`git log --cc`): there a line
 * carries one column per parent, and only a line marked `+` in every column — in none of the parents —
 * is what the merge itself added (an "evil merge", a conflict resolved with new text); a line with `+`
 * in some columns came from a parent's side and was read in that side's commits.
 */
export class PatchLineParser {
  private inCommit = false;
  private section: FileSection | undefined;
  private inHunk = false;
  private newLine = 0;
  /** Parents of the combined hunk being read (0: a plain hunk). */
  private columns = 0;

  constructor(private readonly visitor: PatchVisitor) {}

  feed(line: string): void {
    if (this.inHunk && this.columns > 0) {
      if (this.feedCombined(line)) return;
      this.inHunk = false;
    }
    if (this.inHunk) {
      const first = line.charCodeAt(0);
      if (first === 43 /* + */) {
        this.visitor.added(line.slice(1), this.newLine++);
        return;
      }
      if (first === 45 /* - */) {
        this.visitor.removed(line.slice(1));
        return;
      }
      if (first === 92 /* \ No newline at end of file */) return;
      this.inHunk = false;
    }
    if (line.length === 0) return;
    if (line.charCodeAt(0) === 0x1e) {
      this.endCommit();
      this.startCommit(line.slice(1));
      return;
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.endFile();
      const rest = line.slice(line.indexOf(' ', 'diff --'.length) + 1);
      const cut = unquoteCPath(rest)?.value ?? rest;
      const path = detached(cut);
      this.section = { path, newBlob: null, oldBlob: null, binary: false };
      this.visitor.file(path);
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.endFile();
      const cut = pathOfDiffLine(line);
      if (cut === undefined) return;
      const path = detached(cut);
      this.section = { path, newBlob: null, oldBlob: null, binary: false };
      this.visitor.file(path);
      return;
    }
    const section = this.section;
    if (!section) return;
    if (line.startsWith('@@@')) {
      const hunk = COMBINED_HUNK.exec(line);
      if (!hunk) return;
      this.columns = (hunk[1] ?? '').length - 1;
      this.newLine = Number(hunk[2]);
      this.inHunk = true;
      this.visitor.hunk(line.slice(hunk[0].length).trim());
      return;
    }
    if (line.startsWith('@@')) {
      const hunk = HUNK.exec(line);
      if (!hunk) return;
      this.columns = 0;
      this.newLine = Number(hunk[1]);
      this.inHunk = true;
      this.visitor.hunk(line.slice(hunk[0].length).trim());
      return;
    }
    if (line.startsWith('index ')) {
      const ids = INDEX.exec(line) ?? COMBINED_INDEX.exec(line);
      if (ids) {
        section.oldBlob = ZERO_ID.test(ids[1] ?? '') ? null : (ids[1] ?? null);
        section.newBlob = ZERO_ID.test(ids[2] ?? '') ? null : (ids[2] ?? null);
      }
    } else if (line.startsWith('Binary files ') || line.startsWith('GIT binary patch')) {
      section.binary = true;
    }
  }

  /** A line of a combined hunk; false when the hunk ended before it. */
  private feedCombined(line: string): boolean {
    const columns = this.columns;
    if (line.charCodeAt(0) === 92 /* \ No newline at end of file */) return true;
    let plus = 0;
    for (let i = 0; i < columns; i++) {
      const c = line.charCodeAt(i);
      if (c === 43 /* + */) plus++;
      else if (c === 45 /* - */) return true; // in a parent, not in the merge's result
      else if (c !== 32) return false;
    }
    if (plus === columns) this.visitor.added(line.slice(columns), this.newLine);
    this.newLine++;
    return true;
  }

  /**
   * Parent columns of the combined hunk being read, or 0 (no hunk, or a plain one): a reader of bytes
   * can then tell from a line's marks alone whether the merge added it (combinedMark).
   */
  combinedColumns(): number {
    return this.inHunk ? this.columns : 0;
  }

  /** A line of the combined hunk that is in the merge's result but came from a parent (mergeReader.ts' FromParent): counted, not given. */
  passCombined(): void {
    this.newLine++;
  }

  /** The output ended. */
  end(): void {
    this.endCommit();
  }

  private startCommit(header: string): void {
    this.inCommit = true;
    this.visitor.commit(commitInfoOf(header));
  }

  private endFile(): void {
    this.inHunk = false;
    if (this.section) this.visitor.fileEnd(this.section);
    this.section = undefined;
  }

  private endCommit(): void {
    this.endFile();
    if (this.inCommit) this.visitor.commitEnd();
    this.inCommit = false;
  }
}

/** The commit a header line of HEADER_FORMAT describes (its strings detached from git's output). */
export function commitInfoOf(header: string): CommitInfo {
  const [sha = '', parents = '', authorName = '', authorEmail = '', authorTime = '0', committerTime = '0'] = header.split(FIELD);
  return {
    sha: detached(sha),
    parents: parents.split(' ').filter((p) => p !== '').map(detached),
    authorName: detached(authorName),
    authorEmail: detached(authorEmail),
    authorTime: Number(authorTime) || 0,
    committerTime: Number(committerTime) || 0,
  };
}
