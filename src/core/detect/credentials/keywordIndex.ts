// Which lines can hold a finding at all: the keywords every rule needs, searched in one pass. A line
// none of them is in is dismissed without being decoded or cut out of the patch (most lines of a
// history). The gate is exact: it is the union of the tests each rule makes before it runs — token
// rules' keywords as they are written (their test is case-sensitive), every other keyword and the
// generic assignment words in any ASCII case, the repository's own rules' keywords in lower case.
//
// The search works on the UTF-8 bytes of the patch and on JavaScript strings alike: every keyword it
// indexes is ASCII, and an ASCII byte in UTF-8 is always that character (no byte of a multi-byte
// character is below 0x80). A non-ASCII keyword (possible in a repository's `.gitleaks.toml`) is
// tested on the decoded text instead, so then every line is decoded.

/** What one rule tests before it runs: its keywords, and whether their case counts. */
export interface KeywordGroup {
  words: readonly string[];
  caseSensitive: boolean;
}

interface Candidate {
  bytes: Uint8Array;
  caseSensitive: boolean;
  /** The groups (constructor order) this keyword belongs to. */
  groups: number[];
}

const NEWLINE = 10;
/** `pairs` value: a keyword may start here. */
const MAYBE = 1;
/** `pairs` value: the first byte is a newline. */
const LINE_END = 2;

/** ASCII upper case to lower case; every other byte as it is. */
const FOLD = new Uint8Array(256).map((_, b) => (b >= 65 && b <= 90 ? b + 32 : b));

/** Bytes that `b` stands for in a keyword: itself, and its other ASCII case when the case does not count. */
function variants(b: number, caseSensitive: boolean): number[] {
  if (caseSensitive || !((b >= 97 && b <= 122) || (b >= 65 && b <= 90))) return [b];
  const lower = FOLD[b] as number;
  return [lower, lower - 32];
}

export class KeywordIndex {
  /** Indexed by the two bytes at a position: MAYBE when a keyword may start there, LINE_END at a newline. */
  private readonly pairs = new Uint8Array(65536);
  /** One bit per three bytes a keyword may start with (two for a keyword of two characters, with any third). */
  private readonly triples = new Int32Array(1 << 19);
  private readonly candidates: (Candidate[] | undefined)[] = new Array<Candidate[] | undefined>(65536);
  /** Non-ASCII keywords, tested on decoded text (lower-cased first when the case does not count). */
  private readonly decoded: { word: string; caseSensitive: boolean; groups: number[] }[] = [];
  /** Groups with an empty keyword: in every line (and every line passes). */
  private readonly everywhere: number[] = [];
  /** `groupsIn`: the scan that last found each group (a group was found by the latest scan when its entry equals `scans`). */
  private readonly foundBy: Uint32Array;
  private scans = 0;

  constructor(groups: readonly KeywordGroup[]) {
    const seen = new Map<string, { groups: number[] }>();
    groups.forEach((group, index) => {
      for (const raw of group.words) {
        const word = group.caseSensitive ? raw : raw.toLowerCase();
        const key = `${group.caseSensitive ? 'c' : 'i'}${word}`;
        const known = seen.get(key);
        if (known) {
          if (!known.groups.includes(index)) known.groups.push(index);
          continue;
        }
        const entry = { groups: word === '' ? this.everywhere : [] };
        entry.groups.push(index);
        seen.set(key, entry);
        if (word === '') continue;
        // A keyword spanning a line break is never in one line.
        if (word.includes('\n')) continue;
        else if ([...word].some((c) => c.charCodeAt(0) > 0x7f)) this.decoded.push({ word, caseSensitive: group.caseSensitive, groups: entry.groups });
        else this.add(word, group.caseSensitive, entry.groups);
      }
    });
    this.foundBy = new Uint32Array(groups.length);
    for (let b = 0; b < 256; b++) this.pairs[(NEWLINE << 8) | b] = LINE_END;
  }

  private add(word: string, caseSensitive: boolean, groups: number[]): void {
    const bytes = Uint8Array.from(Buffer.from(word, 'latin1'));
    const candidate: Candidate = { bytes, caseSensitive, groups };
    const first = variants(bytes[0] as number, caseSensitive);
    // A one-character keyword may be followed by any byte.
    const any = Array.from({ length: 256 }, (_, b) => b);
    const second = bytes.length > 1 ? variants(bytes[1] as number, caseSensitive) : any;
    const third = bytes.length > 2 ? variants(bytes[2] as number, caseSensitive) : any;
    for (const a of first) {
      for (const b of second) {
        const at = (a << 8) | b;
        this.pairs[at] = MAYBE;
        (this.candidates[at] ??= []).push(candidate);
        for (const c of third) {
          const triple = (at << 8) | c;
          this.triples[triple >>> 5] = (this.triples[triple >>> 5] as number) | (1 << (triple & 31));
        }
      }
    }
  }

  /** Some keyword can only be found in decoded text (or every line passes): every line must be given. */
  get needsEveryLine(): boolean {
    return this.everywhere.length > 0 || this.decoded.length > 0;
  }

  /**
   * Searches the line that starts at `from` in `bytes` (it must end with a newline inside `bytes`).
   * Returns the newline's position when no keyword is in the line, else `~at` (negative) for the
   * position of the first keyword found.
   */
  scanLine(bytes: Uint8Array, from: number): number {
    const pairs = this.pairs;
    const triples = this.triples;
    let i = from;
    for (;;) {
      const pair = ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
      const kind = pairs[pair];
      if (kind === 0) {
        i++;
      } else if (kind === LINE_END) {
        return i;
      } else {
        // Past the end of `bytes` (a one-character keyword before the last newline) reads as 0: any third byte fits such a keyword.
        const triple = (pair << 8) | (bytes[i + 2] as number);
        if (((triples[triple >>> 5] as number) >>> (triple & 31)) & 1 && this.matchesAt(bytes, i)) return ~i;
        i++;
      }
    }
  }

  private matchesAt(bytes: Uint8Array, at: number): boolean {
    const list = this.candidates[((bytes[at] as number) << 8) | (bytes[at + 1] ?? 0)];
    if (!list) return false;
    for (const { bytes: word, caseSensitive } of list) {
      let j = 2;
      const n = word.length;
      if (caseSensitive) while (j < n && bytes[at + j] === word[j]) j++;
      else while (j < n && FOLD[bytes[at + j] ?? 0] === word[j]) j++;
      if (j >= n) return true;
    }
    return false;
  }

  /**
   * Finds every group whose keyword is in a line of text (no newline in it), in one pass: afterwards
   * `found(group)` answers for each group until the next call. Returns whether any keyword was found:
   * the same answer as `scanLine` on the line's bytes. Non-ASCII characters stand as 0x80: no indexed
   * keyword holds one, as no ASCII keyword byte matches a UTF-8 byte above 0x7f.
   */
  groupsIn(text: string): boolean {
    const scan = ++this.scans;
    const foundBy = this.foundBy;
    let any = false;
    for (const group of this.everywhere) {
      foundBy[group] = scan;
      any = true;
    }
    const pairs = this.pairs;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const a = c < 0x80 ? c : 0x80;
      const d = i + 1 < n ? text.charCodeAt(i + 1) : NEWLINE;
      const b = d < 0x80 ? d : 0x80;
      if (pairs[(a << 8) | b] !== MAYBE) continue;
      for (const { bytes: word, caseSensitive, groups } of this.candidates[(a << 8) | b] as Candidate[]) {
        const len = word.length;
        if (i + len > n) continue;
        let j = 1;
        if (caseSensitive) while (j < len && text.charCodeAt(i + j) === word[j]) j++;
        else while (j < len && (text.charCodeAt(i + j) < 0x80 ? FOLD[text.charCodeAt(i + j)] : -1) === word[j]) j++;
        if (j < len) continue;
        for (const group of groups) foundBy[group] = scan;
        any = true;
      }
    }
    if (this.decoded.length) {
      const lower = text.toLowerCase();
      for (const k of this.decoded) {
        if (!(k.caseSensitive ? text : lower).includes(k.word)) continue;
        for (const group of k.groups) foundBy[group] = scan;
        any = true;
      }
    }
    return any;
  }

  /** Whether the last `groupsIn` found a keyword of `group`. */
  found(group: number): boolean {
    return this.foundBy[group] === this.scans;
  }
}
