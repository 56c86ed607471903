// From the ledger (what every author did on every path) to the person's files and folders.
//
// Formula:
//   history share  = lines the person added ÷ lines everyone added, over the file's whole history,
//                    renames followed (co-authored commits split their lines equally); a file whose
//                    history added no line has share = the person's commits ÷ all commits.
//   current share  = lines of the file as it is now that the person last wrote ÷ its lines
//                    (`git blame -w -M` at the described commit; see currentLines.ts). Measured for
//                    the candidates only: files history names as theirs (most lines added, or a third
//                    of them), the first `maxCandidates` of them by history.
//   owned          = knowledge-island: current share ≥ 0.8 and nobody else touched it in the 365 days
//                    before HEAD; main-developer: strictly more current lines than any other author and
//                    at least MIN_OWNED_SHARE of them. Not measured: the same tests on history's figures.
//   formerly theirs = history says theirs (strictly most lines added) but today's lines do not.
//   contributor    = everything else they added lines to.
//   rank           = owned files blame measured first, then by risk;
//   risk           = their current lines (history share × lines when not measured)
//                    × 0.5 ^ (years since *their* last touch) ÷ (1 + others active in the last year):
//                    what the successor must learn, and how hard it is to learn it elsewhere.
import type { OwnedFile, OwnedFolder, OwnershipLabel } from '../detectionTypes';
import type { PersonLines } from './currentLines';
import type { OwnershipLedger, Tally } from './ownershipLedger';

const DAY = 86_400;
const YEAR_DAYS = 365;
export const ISLAND_SHARE = 0.8;
export const RECENCY_HALF_LIFE_DAYS = 365;
/** A main developer holds at least a third of the file (a 12 % "largest author" among many owns nothing). */
export const MIN_OWNED_SHARE = 1 / 3;
/** History names a file as a candidate when the person added the most lines, or at least this share. */
export const CANDIDATE_SHARE = 1 / 3;
/** A folder is one row when the person owns more than this part of its (analysed) files. */
export const FOLDER_OWNED_PART = 0.5;

export interface ScoringInput {
  ledger: OwnershipLedger;
  /** Every regular file at HEAD: where renames in the history lead. */
  headFiles: { has(path: string): boolean };
  /** Analysed files at HEAD (text files with lines, not excluded) and their lines. */
  files: Map<string, number>;
  /** Author indexes in the ledger that are the person. */
  person: ReadonlySet<number>;
  /** HEAD committer time, epoch seconds. */
  now: number;
  /** resolveHistoryPaths(ledger, headFiles), when the caller has it already. */
  sources?: Map<string, string[]>;
}

/** What history says about one file at HEAD, for the person. */
export interface FileFacts {
  path: string;
  lines: number;
  /** The person's row; undefined when they added no line to it. */
  owned: OwnedFile | undefined;
  lastTouched: number;
  othersActiveLastYear: number;
  /** History names it as theirs: blame it. */
  candidate: boolean;
  /**
   * Every line ever added to it (renames followed) was the person's, no one else's in part or whole
   * (a co-authored commit gives its co-authors a part): every line it has now is theirs.
   */
  soleAuthor: boolean;
  /** The person's last touch (epoch seconds). */
  personLast: number;
}

export function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

const byRisk = (a: { risk: number; path: string }, b: { risk: number; path: string }): number => b.risk - a.risk || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The HEAD path each path of the history stands for: itself when it exists at HEAD, else the target
 * of its newest rename, followed through rename chains. Paths deleted since map to nothing.
 */
export function resolveHistoryPaths(ledger: OwnershipLedger, atHead: { has(path: string): boolean }): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  const memo = new Map<string, string | null>();
  const resolve = (start: string): string | null => {
    const seen: string[] = [];
    let path: string | undefined = start;
    let found: string | null = null;
    while (path !== undefined) {
      const known = memo.get(path);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (atHead.has(path)) {
        found = path;
        break;
      }
      if (seen.includes(path)) break; // a rename cycle that never reaches HEAD
      seen.push(path);
      path = ledger.renames.get(path);
    }
    for (const step of seen) memo.set(step, found);
    return found;
  };
  for (const path of ledger.paths.keys()) {
    const target = resolve(path);
    if (target === null) continue;
    const list = sources.get(target);
    if (list) list.push(path);
    else sources.set(target, [path]);
  }
  return sources;
}

function merge(into: Tally, from: Tally): void {
  into.added += from.added;
  into.removed += from.removed;
  into.commits += from.commits;
  into.first = Math.min(into.first, from.first);
  into.last = Math.max(into.last, from.last);
}

function scoreFile(input: ScoringInput, path: string, lines: number, historyPaths: readonly string[]): FileFacts {
  // Most files have one history path: its figures are used as they are, without a copy.
  let total: Tally = { added: 0, removed: 0, commits: 0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
  let authors = new Map<number, Tally>();
  const only = historyPaths.length === 1 ? input.ledger.paths.get(historyPaths[0] as string) : undefined;
  if (only) {
    total = only;
    authors = only.byAuthor;
  } else {
    const merged = authors;
    for (const historyPath of historyPaths) {
      const record = input.ledger.paths.get(historyPath);
      if (!record) continue;
      merge(total, record);
      record.byAuthor.forEach((tally, author) => {
        const into = merged.get(author);
        if (into) merge(into, tally);
        else merged.set(author, { added: tally.added, removed: tally.removed, commits: tally.commits, first: tally.first, last: tally.last });
      });
    }
  }
  const mine: Tally = { added: 0, removed: 0, commits: 0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
  let othersTop = 0;
  let othersActive = 0;
  let personAuthors = 0;
  const yearAgo = input.now - YEAR_DAYS * DAY;
  authors.forEach((tally, author) => {
    if (input.person.has(author)) {
      merge(mine, tally);
      personAuthors++;
    } else {
      othersTop = Math.max(othersTop, tally.added);
      if (tally.last >= yearAgo) othersActive++;
    }
  });
  const facts: FileFacts = { path, lines, owned: undefined, lastTouched: total.last, othersActiveLastYear: othersActive, candidate: false, soleAuthor: false, personLast: mine.last };
  if (mine.added <= 0) return facts;
  facts.soleAuthor = othersTop === 0;
  const share = total.added > 0 ? Math.min(1, mine.added / total.added) : total.commits > 0 ? mine.commits / total.commits : 0;
  const mainDeveloper = mine.added > othersTop;
  const label: OwnershipLabel = share >= ISLAND_SHARE && othersActive === 0 ? 'knowledge-island' : mainDeveloper && share >= MIN_OWNED_SHARE ? 'main-developer' : 'contributor';
  facts.candidate = mainDeveloper || share >= CANDIDATE_SHARE;
  facts.owned = {
    path,
    share: round(share, 4),
    currentShare: null,
    personCurrentLines: null,
    lines,
    personAdded: round(mine.added, 2),
    personRemoved: round(mine.removed, 2),
    totalAdded: total.added,
    totalRemoved: total.removed,
    personCommits: mine.commits,
    totalCommits: total.commits,
    // The person's several addresses are one author.
    authors: authors.size - Math.max(0, personAuthors - 1),
    othersActiveLastYear: othersActive,
    firstTouched: day(total.first),
    lastTouched: day(mine.last),
    anyoneLastTouched: day(total.last),
    mainDeveloper,
    label,
    risk: 0,
  };
  facts.owned.risk = learnScore(share * lines, mine.last, othersActive, input.now);
  return facts;
}

/** Their lines × 0.5^(years since their last touch) ÷ (1 + others active last year). */
export function learnScore(theirLines: number, personLast: number, othersActive: number, now: number): number {
  const ageDays = Math.max(0, (now - personLast) / DAY);
  return round((theirLines * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS)) / (1 + othersActive), 2);
}

/** Applies a blame result to a file's row: today's share decides the label and the rank. */
export function applyCurrentLines(facts: FileFacts, current: PersonLines, now: number): void {
  const row = facts.owned;
  if (!row || current.lines <= 0) return;
  const share = Math.min(1, current.person / current.lines);
  row.currentShare = round(share, 4);
  row.personCurrentLines = current.person;
  row.mainDeveloper = current.person > current.topOther;
  const historyTheirs = row.label !== 'contributor';
  if (share >= ISLAND_SHARE && facts.othersActiveLastYear === 0) row.label = 'knowledge-island';
  else if (row.mainDeveloper && share >= MIN_OWNED_SHARE) row.label = 'main-developer';
  else row.label = historyTheirs ? 'formerly-theirs' : 'contributor';
  row.risk = learnScore(current.person, facts.personLast, facts.othersActiveLastYear, now);
}

export const isOwnedLabel = (label: OwnershipLabel): boolean => label === 'knowledge-island' || label === 'main-developer';

/** Blamed candidates needed before their outcome says anything about the files left unblamed. */
export const MIN_BLAMED_SAMPLE = 10;
/** Below this part of the blamed candidates confirmed as theirs, history's word on the others is doubted. */
export const MIN_CONFIRMED_PART = 1 / 4;

/**
 * When blame refuted most of the files history named as theirs among those it checked (the most to learn
 * first, at least MIN_BLAMED_SAMPLE of them, fewer than MIN_CONFIRMED_PART confirmed), history is no evidence for
 * the files it did not check (beyond the cap, out of time, unreadable): their rows are contributed, not owned.
 * History overstates one person in the same way across their files, as when they are a co-author of many
 * others' squash-merged pull requests (a maintainer's fix pushed to the branch, a `Co-authored-by:` trailer
 * splitting each contributor's lines equally with them), which blame gives to the contributor.
 * Returns how many rows were moved.
 */
export function doubtUnblamedRows(all: readonly FileFacts[], blamed: readonly FileFacts[]): { moved: number; measured: number; confirmed: number } {
  const measured = blamed.filter((f) => f.owned && f.owned.currentShare !== null);
  const confirmed = measured.filter((f) => isOwnedLabel(f.owned!.label)).length;
  let moved = 0;
  if (measured.length >= MIN_BLAMED_SAMPLE && confirmed < measured.length * MIN_CONFIRMED_PART) {
    for (const f of all) {
      if (!f.owned || f.owned.currentShare !== null || !isOwnedLabel(f.owned.label)) continue;
      f.owned.label = 'contributor';
      moved++;
    }
  }
  return { moved, measured: measured.length, confirmed };
}

function folderRows(all: readonly FileFacts[]): OwnedFolder[] {
  interface FolderSum {
    files: number;
    owned: number;
    lines: number;
    weightedShare: number;
    last: number;
    othersActive: boolean;
    risk: number;
  }
  const sums = new Map<string, FolderSum>();
  for (const file of all) {
    // Each folder above the file: the path up to each '/'.
    for (let slash = file.path.indexOf('/'); slash >= 0; slash = file.path.indexOf('/', slash + 1)) {
      const folder = file.path.slice(0, slash);
      let sum = sums.get(folder);
      if (!sum) {
        sum = { files: 0, owned: 0, lines: 0, weightedShare: 0, last: Number.NEGATIVE_INFINITY, othersActive: false, risk: 0 };
        sums.set(folder, sum);
      }
      sum.files++;
      sum.lines += file.lines;
      if (file.othersActiveLastYear > 0) sum.othersActive = true;
      if (file.owned) {
        sum.last = Math.max(sum.last, file.personLast);
        if (isOwnedLabel(file.owned.label)) {
          sum.owned++;
          sum.risk += file.owned.risk;
        }
        sum.weightedShare += (file.owned.currentShare ?? file.owned.share) * file.lines;
      }
    }
  }
  const qualifies = (sum: FolderSum) => sum.files >= 2 && sum.owned > sum.files * FOLDER_OWNED_PART;
  const rows: OwnedFolder[] = [];
  for (const [folder, sum] of sums) {
    if (!qualifies(sum)) continue;
    // Only the topmost qualifying folder is a row: its subfolders are inside it.
    const parts = folder.split('/');
    let covered = false;
    for (let depth = 1; depth < parts.length && !covered; depth++) {
      const parent = sums.get(parts.slice(0, depth).join('/'));
      if (parent && qualifies(parent)) covered = true;
    }
    if (covered) continue;
    const share = sum.lines > 0 ? sum.weightedShare / sum.lines : 0;
    rows.push({
      path: folder,
      files: sum.files,
      ownedFiles: sum.owned,
      share: round(share, 4),
      lines: sum.lines,
      lastTouched: day(sum.last),
      label: share >= ISLAND_SHARE && !sum.othersActive ? 'knowledge-island' : 'main-developer',
      risk: round(sum.risk, 2),
    });
  }
  return rows.sort(byRisk);
}

/** What history says about every analysed file at HEAD, for the person. */
export function historyFacts(input: ScoringInput): FileFacts[] {
  const sources = input.sources ?? resolveHistoryPaths(input.ledger, input.headFiles);
  const all: FileFacts[] = [];
  for (const [path, lines] of input.files) {
    const historyPaths = sources.get(path);
    if (!historyPaths) continue; // no text change in the history read (e.g. only binary versions)
    all.push(scoreFile(input, path, lines, historyPaths));
  }
  return all;
}

/** The files to blame: history's candidates, most to learn first, at most `max`. */
export function blameCandidates(all: readonly FileFacts[], max: number): FileFacts[] {
  return all
    .filter((facts) => facts.candidate && facts.owned)
    .sort((a, b) => byRisk(a.owned as OwnedFile, b.owned as OwnedFile))
    .slice(0, Math.max(0, max));
}

export interface ScoredOwnership {
  files: OwnedFile[];
  folders: OwnedFolder[];
  contributed: OwnedFile[];
  formerly: OwnedFile[];
}

/** Splits the rows into owned, contributed and formerly theirs, each with most to learn first. */
export function finishOwnership(all: readonly FileFacts[]): ScoredOwnership {
  const rows = all.flatMap((facts) => (facts.owned ? [facts.owned] : [])).sort(byRisk);
  // Owned files blame confirmed come first; those judged on history alone (beyond the cap) follow.
  const measuredFirst = (a: OwnedFile, b: OwnedFile) => Number(b.currentShare !== null) - Number(a.currentShare !== null) || byRisk(a, b);
  return {
    files: rows.filter((row) => isOwnedLabel(row.label)).sort(measuredFirst),
    contributed: rows.filter((row) => row.label === 'contributor'),
    formerly: rows.filter((row) => row.label === 'formerly-theirs'),
    folders: folderRows(all),
  };
}

/** The person's files and folders from history alone (no blame), most to learn first. */
export function scoreOwnership(input: ScoringInput): ScoredOwnership {
  return finishOwnership(historyFacts(input));
}
