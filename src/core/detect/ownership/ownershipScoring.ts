// From the ledger (what every author did on every path) to the person's OwnedFile and OwnedFolder rows.
//
// Formula (code-maat "main developer" style, on added lines):
//   share     = lines the person added ÷ lines everyone added, over the file's whole history, renames
//               followed (co-authored commits split their lines equally between author and co-authors);
//               a file whose history added no line has share = the person's commits ÷ all commits.
//   recency   = 0.5 ^ (days from the person's last touch to HEAD's committer time ÷ 365): knowledge
//               halves every year the person has not touched the file.
//   risk      = share × lines at HEAD × recency.
//   label     = knowledge-island when share ≥ 0.8 and nobody else touched the file in the 365 days
//               before HEAD; main-developer when the person added the most lines of anyone (ties
//               included); else contributor.
// Only files to which the person added lines are returned.
import type { OwnedFile, OwnedFolder, OwnershipLabel } from '../detectionTypes';
import type { OwnershipLedger, Tally } from './ownershipLedger';

const DAY = 86_400;
const YEAR_DAYS = 365;
export const ISLAND_SHARE = 0.8;
export const RECENCY_HALF_LIFE_DAYS = 365;
/** A folder is one row when the person owns more than this part of its (analysed) files. */
export const FOLDER_OWNED_PART = 0.5;

export interface ScoringInput {
  ledger: OwnershipLedger;
  /** Every regular file at HEAD: where renames in the history lead. */
  headFiles: ReadonlySet<string>;
  /** Analysed files at HEAD (text files with lines, not excluded) and their lines. */
  files: Map<string, number>;
  /** Author indexes in the ledger that are the person. */
  person: ReadonlySet<number>;
  /** HEAD committer time, epoch seconds. */
  now: number;
}

interface FileFacts {
  path: string;
  lines: number;
  owned: OwnedFile | undefined;
  lastTouched: number;
  othersActiveLastYear: number;
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
export function resolveHistoryPaths(ledger: OwnershipLedger, atHead: ReadonlySet<string>): Map<string, string[]> {
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
  const total: Tally = { added: 0, removed: 0, commits: 0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
  const authors = new Map<number, Tally>();
  for (const historyPath of historyPaths) {
    const record = input.ledger.paths.get(historyPath);
    if (!record) continue;
    merge(total, record);
    for (const [author, tally] of record.byAuthor) {
      const into = authors.get(author);
      if (into) merge(into, tally);
      else authors.set(author, { ...tally });
    }
  }
  const mine: Tally = { added: 0, removed: 0, commits: 0, first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY };
  let othersTop = 0;
  let othersActive = 0;
  const yearAgo = input.now - YEAR_DAYS * DAY;
  for (const [author, tally] of authors) {
    if (input.person.has(author)) merge(mine, tally);
    else {
      othersTop = Math.max(othersTop, tally.added);
      if (tally.last >= yearAgo) othersActive++;
    }
  }
  const facts: FileFacts = { path, lines, owned: undefined, lastTouched: total.last, othersActiveLastYear: othersActive };
  if (mine.added <= 0) return facts;
  const share = total.added > 0 ? Math.min(1, mine.added / total.added) : total.commits > 0 ? mine.commits / total.commits : 0;
  const mainDeveloper = mine.added >= othersTop;
  const ageDays = Math.max(0, (input.now - mine.last) / DAY);
  const recency = 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
  const label: OwnershipLabel = share >= ISLAND_SHARE && othersActive === 0 ? 'knowledge-island' : mainDeveloper ? 'main-developer' : 'contributor';
  let personAuthors = 0;
  for (const author of authors.keys()) if (input.person.has(author)) personAuthors++;
  facts.owned = {
    path,
    share: round(share, 4),
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
    lastTouched: day(total.last),
    personLastTouched: day(mine.last),
    mainDeveloper,
    label,
    risk: round(share * lines * recency, 2),
  };
  return facts;
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
    const parts = file.path.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      let sum = sums.get(folder);
      if (!sum) {
        sum = { files: 0, owned: 0, lines: 0, weightedShare: 0, last: Number.NEGATIVE_INFINITY, othersActive: false, risk: 0 };
        sums.set(folder, sum);
      }
      sum.files++;
      sum.lines += file.lines;
      sum.last = Math.max(sum.last, file.lastTouched);
      if (file.othersActiveLastYear > 0) sum.othersActive = true;
      if (file.owned) {
        if (file.owned.label !== 'contributor') sum.owned++;
        sum.weightedShare += file.owned.share * file.lines;
        sum.risk += file.owned.risk;
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

/** The person's files and folders, riskiest first. */
export function scoreOwnership(input: ScoringInput): { files: OwnedFile[]; folders: OwnedFolder[] } {
  const sources = resolveHistoryPaths(input.ledger, input.headFiles);
  const all: FileFacts[] = [];
  for (const [path, lines] of input.files) {
    const historyPaths = sources.get(path);
    if (!historyPaths) continue; // no text change in the history read (e.g. only binary versions)
    all.push(scoreFile(input, path, lines, historyPaths));
  }
  const files = all.flatMap((facts) => (facts.owned ? [facts.owned] : [])).sort(byRisk);
  return { files, folders: folderRows(all) };
}
