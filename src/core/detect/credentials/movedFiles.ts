// Files the history's log found renamed. Git then writes only the lines that changed, so a secret in a
// moved file's unchanged lines gets no place at the new path, and a value the same commit took out of
// another file looks removed although it lives on in the moved one. Reading every moved file whole
// would cost what finding renames saves; a move is read whole (its new path at its commit, as
// `--no-renames` would have shown it added) only where that can change what is reported:
//   - its old path held a finding, at any time of the history read;
//   - the new path is read differently: another file name, another profile (folder context, format) or
//     other rules apply (`env.sample` renamed `.env`, an example moved out of `docs/`);
//   - the repository has rules of its own (.gitleaks.toml), which can name paths.
// A move read whole whose new path holds a finding makes the moves from that path candidates in turn,
// so a file moved several times is followed. The removals that commits with moves held back are decided
// last: a value found in that commit's moved files was moved, not removed.
// Each wave is one `git cat-file --batch` over `<commit>:<path>` names: the blob is read as the patch
// would have shown it added (a blob git would call binary, a NUL in its first 8,000 bytes, gives no
// lines; a key store is judged by its blob id all the same).
import { CatFileBatchParser, isPresent, runCatFileBatch } from '../../git/catFileBatch';
import type { GitRunner } from '../../git/gitRunner';
import { ByteLines, decodeLine, lineToHandOn } from './byteLines';
import { FileMatcher, MAX_LINE_LENGTH, profileFor, readingOf, rulesNamePaths, type SecretMatch } from './fileMatcher';
import type { FileMove, HeldRemoval } from './historyVisitor';
import { keywordsOfFile, sameRulesApply, type RuleSet } from './ruleEngine';
import type { KeywordIndex } from './keywordIndex';
import { valueKey, type SecretLedger } from './secretLedger';
import type { SpanMasks } from './spanMasks';

export interface MovedFilesOptions {
  git: GitRunner;
  signal?: AbortSignal;
  rules: RuleSet;
  ledger: SecretLedger;
  masks: SpanMasks;
  /** Ref names that will be reported: a value found is masked there too. */
  refNames: readonly string[];
  /** The moves of the history read, in any order. */
  moves: readonly FileMove[];
  /** Removals the commits with moves held back (HistoryVisitor.heldRemovals). */
  heldRemovals: readonly HeldRemoval[];
  /** Paths a finding was recorded in while the history was read (the ledger's places are added). */
  pathsFound: Iterable<string>;
}

export interface MovedFilesReading {
  /** Moves whose new file was read whole. */
  read: number;
  /** Of those, files this clone lacks the content of (not read, nothing fetched). */
  unreadable: number;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether the matchers read a file the same at both paths: same name, same profile (readingOf), same rules. */
export function readAlike(from: string, to: string, rules: RuleSet): boolean {
  if (baseName(from) !== baseName(to)) return false;
  const a = profileFor(from);
  const b = profileFor(to);
  const reading = readingOf(a);
  return reading !== undefined && reading === readingOf(b) && sameRulesApply(rules, a, b);
}

/** The bytes git looks at to call a blob binary (xdiff's buffer_is_binary: a NUL among the first 8,000). */
const BINARY_PROBE = 8000;

/** Matches one blob's lines as added lines of its file, numbered from 1, and its presence (key stores, path rules). */
class WholeBlob {
  private readonly matcher: FileMatcher;
  /** The keywords of the file's lines (the patch's reading, HistoryVisitor.keywords). */
  private readonly keywords: KeywordIndex;
  private line = 0;
  /** Undecided: the first bytes, kept until BINARY_PROBE of them are known. */
  private probe: Buffer[] | null = [];
  private probed = 0;
  private binary = false;
  private readonly lines = new ByteLines((bytes, start, end) => this.readLines(bytes, start, end));

  constructor(
    path: string,
    rules: RuleSet,
    private readonly blob: string,
    private readonly sink: (match: SecretMatch) => void,
  ) {
    this.matcher = new FileMatcher(path, rules);
    this.matcher.startHunk(undefined);
    this.keywords = keywordsOfFile(rules, profileFor(path));
  }

  content(bytes: Buffer): void {
    if (this.probe) {
      // Copied: git's output chunk is a view shared with the objects after this one.
      this.probe.push(Buffer.from(bytes));
      this.probed += bytes.length;
      if (this.probed >= BINARY_PROBE) this.decide();
    } else if (!this.binary) {
      this.lines.feed(bytes);
    }
  }

  end(): void {
    if (this.probe) this.decide();
    if (!this.binary) this.lines.flush();
    for (const match of this.matcher.presence(this.blob)) this.sink(match);
  }

  private decide(): void {
    const head = Buffer.concat(this.probe ?? []);
    this.probe = null;
    this.binary = head.subarray(0, BINARY_PROBE).includes(0);
    if (!this.binary) this.lines.feed(head);
  }

  /**
   * Hands on the lines the patch of the file's addition would have handed on (patchScanner.ts): every line while the
   * matcher reads every line (and the first, which can make the file a script), else those with one of the file's
   * keywords and those too long to read (counted). The other lines are only numbered.
   */
  private readLines(bytes: Buffer, start: number, end: number): void {
    const matcher = this.matcher;
    let at = start;
    while (at < end) {
      const line = ++this.line;
      const found = lineToHandOn(this.keywords, bytes, at, line === 1 || matcher.readsEveryLine);
      const give = found >= 0;
      let stop = give ? found : ~found;
      if (stop < 0 || stop >= end) stop = end;
      if (give) matcher.push(decodeLine(bytes, at, stop, MAX_LINE_LENGTH + 1), line, this.sink);
      at = stop + 1;
    }
  }
}

/** Reads the moves that can matter whole into the ledger, then applies the held removals that no move explains. */
export async function readMovedFiles(options: MovedFilesOptions): Promise<MovedFilesReading> {
  const { ledger, masks, refNames, rules } = options;
  const holding = new Set<string>(options.pathsFound);
  for (const entry of ledger.entries.values()) {
    for (const path of entry.locations.keys()) holding.add(path);
    for (const path of entry.counted) holding.add(path);
  }
  const everyMove = rulesNamePaths(rules);
  const alike = new Map<string, boolean>();
  const readsAlike = (move: FileMove): boolean => {
    const pair = `${move.from}\0${move.to}`;
    let known = alike.get(pair);
    if (known === undefined) alike.set(pair, (known = readAlike(move.from, move.to, rules)));
    return known;
  };
  /** Keys found in each commit's moved files. */
  const movedKeys = new Map<string, Set<string>>();
  let waiting = [...options.moves];
  let read = 0;
  let unreadable = 0;
  for (;;) {
    const wave = waiting.filter((move) => everyMove || holding.has(move.from) || !readsAlike(move));
    if (wave.length === 0) break;
    const chosen = new Set(wave);
    waiting = waiting.filter((move) => !chosen.has(move));
    // A path with a newline cannot be named on cat-file's input.
    const asked = wave.filter((move) => !move.to.includes('\n'));
    read += wave.length;
    unreadable += wave.length - asked.length;
    let index = 0;
    let blob: WholeBlob | null = null;
    const parser = new CatFileBatchParser({
      header: (header) => {
        const move = asked[index++];
        blob = null;
        if (!move) return;
        if (!isPresent(header) || header.type !== 'blob') {
          unreadable++;
          return;
        }
        const { commit, to: path } = move;
        blob = new WholeBlob(path, rules, header.id, (match) => {
          const key = valueKey(match.value);
          masks.note(path, match.value);
          for (const ref of refNames) masks.note(ref, match.value);
          ledger.add(key, { kind: match.kind, path, line: match.line, ordinal: match.ordinal, commit });
          holding.add(path);
          let keys = movedKeys.get(commit.sha);
          if (!keys) movedKeys.set(commit.sha, (keys = new Set()));
          keys.add(key);
        });
      },
      content: (bytes) => blob?.content(bytes),
      objectEnd: () => {
        blob?.end();
        blob = null;
      },
    });
    await runCatFileBatch(options.git, asked.map((move) => `${move.commit.sha}:${move.to}`), parser, options.signal);
  }
  for (const { key, removal } of options.heldRemovals) {
    if (!movedKeys.get(removal.sha)?.has(key)) ledger.remove(key, removal);
  }
  return { read, unreadable };
}
