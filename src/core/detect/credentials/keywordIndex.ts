// Which lines can hold a finding at all: the keywords every rule needs, searched in one pass. A line
// none of them is in is dismissed without being decoded or cut out of the patch (most lines of a
// history). The gate is exact: it is the union of the tests each rule makes before it runs — token
// rules' keywords as they are written (their test is case-sensitive), every other keyword and the
// generic assignment words in any ASCII case, the repository's own rules' keywords in lower case —
// narrowed by what a rule's pattern needs as well: a character the line must hold (`lineHolds`: the
// `=`, `:` or `>` of a `name = value` pair, a URL's `@`), and, with an index per file
// (RuleSet.keywordsFor), only the rules that apply to that file.
//
// The search works on the UTF-8 bytes of the patch and on JavaScript strings alike: every keyword it
// indexes is ASCII, and an ASCII byte in UTF-8 is always that character (no byte of a multi-byte
// character is below 0x80). A non-ASCII keyword (possible in a repository's `.gitleaks.toml`) is
// tested on the decoded text instead, so then every line is decoded.

/** What one rule tests before it runs: its keywords, and whether their case counts. */
export interface KeywordGroup {
  words: readonly string[];
  caseSensitive: boolean;
  /**
   * ASCII characters one of which the line must also hold, anywhere, for the group's keywords to count:
   * a word common in prose (`key`, `secret`) counts only on a line that could hold its rule's syntax
   * (`=`, `:` or `>` for a `name = value` pair in any of its forms, `@` for a URL's userinfo).
   */
  lineHolds?: string;
}

interface Candidate {
  bytes: Uint8Array;
  caseSensitive: boolean;
  /** The characters of KeywordGroup.lineHolds, as bits of `holdBits` (0: the keyword alone counts). */
  needs: number;
  /** The groups (constructor order) this keyword belongs to. */
  groups: number[];
}

const NEWLINE = 10;
/** `pairs` value: a keyword may start here. */
const MAYBE = 1;
/** `pairs` value: the first byte is a newline. */
const LINE_END = 2;

/** Every byte value: what may follow a keyword too short to fix it. */
const ANY_BYTE: readonly number[] = Array.from({ length: 256 }, (_, b) => b);

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
  private readonly triples: Int32Array;
  /** Whether `triples` is another index's (which holds every keyword of this one): then it is not written. */
  private readonly sharedTriples: boolean;
  private readonly candidates: (Candidate[] | undefined)[] = new Array<Candidate[] | undefined>(65536);
  /** The pairs that have candidates, in the order they were first given one. */
  private readonly occupied: number[] = [];
  /** Non-ASCII keywords, tested on decoded text (lower-cased first when the case does not count). */
  private readonly decoded: { word: string; caseSensitive: boolean; groups: number[] }[] = [];
  /** Groups with an empty keyword: in every line (and every line passes). */
  private readonly everywhere: number[] = [];
  /** `groupsIn`: the scan that last found each group (a group was found by the latest scan when its entry equals `scans`). */
  private readonly foundBy: Uint32Array;
  private scans = 0;
  /** For each ASCII character some group's `lineHolds` names, its bit (0 for any other character). */
  private readonly holdBits = new Uint32Array(0x80);
  private holdCount = 0;
  /** heldIn's answer for the line scanLine searches (its start; -1 before one is known). */
  private heldFrom = -1;
  private held = 0;

  /**
   * `narrowing`: an index built from the same groups or more, whose filter of three bytes (2 MiB) this
   * one shares; it only lets more positions through to the exact test (RuleSet.keywordsFor).
   */
  constructor(groups: readonly KeywordGroup[], narrowing?: KeywordIndex) {
    this.triples = narrowing?.triples ?? new Int32Array(1 << 19);
    this.sharedTriples = narrowing !== undefined;
    const seen = new Map<string, { groups: number[] }>();
    groups.forEach((group, index) => {
      const needs = this.bitsOf(group.lineHolds ?? '');
      for (const raw of group.words) {
        const word = group.caseSensitive ? raw : raw.toLowerCase();
        const key = `${group.caseSensitive ? 'c' : 'i'}${needs}:${word}`;
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
        else this.add(word, group.caseSensitive, needs, entry.groups);
      }
    });
    this.foundBy = new Uint32Array(groups.length);
    for (let b = 0; b < 256; b++) this.pairs[(NEWLINE << 8) | b] = LINE_END;
  }

  /**
   * The index `full` would be without the groups in `out` (as if built from `full`'s groups with theirs left
   * empty), made from `full`'s tables rather than by adding every keyword again: a scan asks for a dozen of
   * these (RuleSet.keywordsFor), and building each anew cost about 15 ms. `groupCount`: how many groups `full`
   * was built from.
   */
  static leavingOut(full: KeywordIndex, groupCount: number, out: ReadonlySet<number>): KeywordIndex {
    const index = new KeywordIndex(Array.from({ length: groupCount }, () => ({ words: [], caseSensitive: false })), full);
    // The characters' bits as `full` numbered them: its candidates' `needs` are written in them.
    index.holdBits.set(full.holdBits);
    index.holdCount = full.holdCount;
    const kept = (groups: readonly number[]): number[] => groups.filter((group) => !out.has(group));
    const narrowed = new Map<Candidate, Candidate | null>();
    for (const at of full.occupied) {
      const list = full.candidates[at] as Candidate[];
      const left: Candidate[] = [];
      for (const candidate of list) {
        let mine = narrowed.get(candidate);
        if (mine === undefined) {
          const groups = kept(candidate.groups);
          mine = groups.length === 0 ? null : groups.length === candidate.groups.length ? candidate : { ...candidate, groups };
          narrowed.set(candidate, mine);
        }
        if (mine) left.push(mine);
      }
      if (left.length === 0) continue;
      index.candidates[at] = left;
      index.occupied.push(at);
      index.pairs[at] = MAYBE;
    }
    index.everywhere.push(...kept(full.everywhere));
    for (const word of full.decoded) {
      const groups = kept(word.groups);
      if (groups.length) index.decoded.push({ ...word, groups });
    }
    return index;
  }

  /** The bits of the characters of a `lineHolds`, each given one the first time it is named. */
  private bitsOf(chars: string): number {
    let bits = 0;
    for (const c of chars) {
      const code = c.charCodeAt(0);
      if (c.length !== 1 || code >= 0x80 || code === NEWLINE) throw new Error(`a line can only be asked to hold ASCII characters: ${JSON.stringify(chars)}`);
      if (this.holdBits[code] === 0) {
        if (this.holdCount === 32) throw new Error('at most 32 distinct characters can be asked of a line');
        this.holdBits[code] = 1 << this.holdCount++;
      }
      bits |= this.holdBits[code] as number;
    }
    return bits;
  }

  /**
   * The `holdBits` of the characters in the line from `from` to its newline (or to `end`): worked out once per
   * line scanLine searches (`heldFrom`), however many keywords that need a character the line holds (a line of a
   * minified file can hold thousands, and each read the whole line again).
   */
  private heldIn(bytes: Uint8Array, from: number, end: number): number {
    if (this.heldFrom === from) return this.held;
    const holdBits = this.holdBits;
    let held = 0;
    for (let k = from; k < end; k++) {
      const b = bytes[k] as number;
      if (b === NEWLINE) break;
      if (b < 0x80) held |= holdBits[b] as number;
    }
    this.heldFrom = from;
    this.held = held;
    return held;
  }

  /** The same for a line of text (no newline in it). */
  private heldInText(text: string): number {
    const holdBits = this.holdBits;
    let held = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c < 0x80) held |= holdBits[c] as number;
    }
    return held;
  }

  private add(word: string, caseSensitive: boolean, needs: number, groups: number[]): void {
    // (ASCII only: each character is its byte.)
    const bytes = Uint8Array.from(word, (c) => c.charCodeAt(0));
    const candidate: Candidate = { bytes, caseSensitive, needs, groups };
    const first = variants(bytes[0] as number, caseSensitive);
    // A one-character keyword may be followed by any byte; a two-character one by any third.
    const second = bytes.length > 1 ? variants(bytes[1] as number, caseSensitive) : ANY_BYTE;
    const third = bytes.length > 2 ? variants(bytes[2] as number, caseSensitive) : ANY_BYTE;
    for (const a of first) {
      for (const b of second) {
        const at = (a << 8) | b;
        this.pairs[at] = MAYBE;
        let list = this.candidates[at];
        if (!list) {
          this.candidates[at] = list = [];
          this.occupied.push(at);
        }
        list.push(candidate);
        if (this.sharedTriples) continue;
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
   * position of the first keyword found. With `within`, a line longer than that many bytes is searched no
   * further: its newline's position is returned whatever it holds (a caller that reads no line that long).
   */
  scanLine(bytes: Uint8Array, from: number, within = Infinity): number {
    const pairs = this.pairs;
    const triples = this.triples;
    const n = bytes.length;
    const giveUp = Math.min(n, from + within);
    this.heldFrom = -1;
    let i = from;
    // The two bytes at `i`, the first carried over from the step before (one read per byte); past the end of `bytes`, 0.
    let pair = (i < n ? (bytes[i] as number) : 0) << 8;
    for (;;) {
      pair = (pair & 0xff00) | (i + 1 < n ? (bytes[i + 1] as number) : 0);
      const kind = pairs[pair];
      if (kind === 0) {
        if (++i >= giveUp) return bytes.indexOf(NEWLINE, i);
        pair <<= 8;
      } else if (kind === LINE_END) {
        return i;
      } else {
        // Past the end of `bytes` (a one-character keyword before the last newline) reads as 0: any third byte fits such a keyword.
        const triple = (pair << 8) | (i + 2 < n ? (bytes[i + 2] as number) : 0);
        if (((triples[triple >>> 5] as number) >>> (triple & 31)) & 1 && this.matchesAt(bytes, i, from, giveUp)) return ~i;
        i++;
        pair <<= 8;
      }
    }
  }

  /** Whether a keyword starts at `at`, in the line that starts at `lineStart` (searched no further than `end`). */
  private matchesAt(bytes: Uint8Array, at: number, lineStart: number, end: number): boolean {
    const list = this.candidates[((bytes[at] as number) << 8) | (bytes[at + 1] ?? 0)];
    if (!list) return false;
    let held = -1;
    for (const { bytes: word, caseSensitive, needs } of list) {
      let j = 2;
      const n = word.length;
      if (caseSensitive) while (j < n && bytes[at + j] === word[j]) j++;
      else while (j < n && FOLD[bytes[at + j] ?? 0] === word[j]) j++;
      if (j < n) continue;
      if (needs === 0) return true;
      if (held < 0) held = this.heldIn(bytes, lineStart, end);
      if (held & needs) return true;
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
    const triples = this.triples;
    const n = text.length;
    // Each character as a byte of the index: itself when ASCII, 0x80 for any other; past the end, a newline.
    const byteAt = (i: number): number => {
      if (i >= n) return NEWLINE;
      const c = text.charCodeAt(i);
      return c < 0x80 ? c : 0x80;
    };
    let held = -1;
    let next = byteAt(0);
    for (let i = 0; i < n; i++) {
      const first = next;
      next = byteAt(i + 1);
      const pair = (first << 8) | next;
      if (pairs[pair] !== MAYBE) continue;
      const triple = (pair << 8) | byteAt(i + 2);
      if (!(((triples[triple >>> 5] as number) >>> (triple & 31)) & 1)) continue;
      for (const { bytes: word, caseSensitive, needs, groups } of this.candidates[pair] as Candidate[]) {
        const len = word.length;
        if (i + len > n) continue;
        let j = 2;
        if (caseSensitive) while (j < len && text.charCodeAt(i + j) === word[j]) j++;
        else while (j < len && (text.charCodeAt(i + j) < 0x80 ? FOLD[text.charCodeAt(i + j)] : -1) === word[j]) j++;
        if (j < len) continue;
        if (needs !== 0) {
          if (held < 0) held = this.heldInText(text);
          if (!(held & needs)) continue;
        }
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
