// Listing the commits of a history on a clone that lacks some commit objects (a damaged mirror, an
// interrupted copy of .git/objects). `git rev-list` dies at the first commit whose parent it cannot
// read ("Could not read <id>", "Failed to traverse parents of commit <id>"), leaving every older
// commit unlisted, those reached by other lines of history included. Then the walk is restarted from
// its frontier: the parents of the commits listed so far that were not listed yet. A frontier commit
// whose own parent is missing is listed by hand (git would die on it again at once) and its missing
// parent recorded; the history behind a missing commit is out of reach (only that commit names its
// parents), and is said to be so. The usual run, on a whole clone, is a single `rev-list`.
import { GitError, type GitRunner } from './gitRunner';
import { isUnreadableObjectError } from './readableRefs';

export interface CommitListing {
  /** The readable commits, in rev-list's order for a whole history, then each restart's. */
  commits: string[];
  /** Commits named as a parent that this clone lacks: the history behind each is not listed. Sorted. */
  missing: string[];
  /** The parents of every commit walked (merges too), as git names them. */
  parents: ReadonlyMap<string, readonly string[]>;
}

export interface ListCommitsOptions {
  /** Leave merge commits out of `commits` (they are still walked through). */
  noMerges?: boolean;
}

const SHA = /^[0-9a-f]{40,64}$/;

/** Which of `ids` this clone cannot read (one `cat-file --batch-check`; nothing is fetched). */
export async function missingObjects(git: GitRunner, ids: readonly string[]): Promise<Set<string>> {
  const missing = new Set<string>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return missing;
  for await (const line of git.stream(['cat-file', '--batch-check=%(objectname) %(objecttype)'], '\n', { input: unique.map((id) => `${id}\n`) })) {
    const [id = '', state = ''] = line.split(' ');
    if (state === 'missing') missing.add(id);
  }
  return missing;
}

/**
 * The commits of `range` (commit ids or names, and `^id` exclusions), walking around the commits this
 * clone lacks. Throws what git says for anything else (a bad revision, a timeout, a cancel).
 */
export async function listReadableCommits(git: GitRunner, given: readonly string[], options: ListCommitsOptions = {}): Promise<CommitListing> {
  // `a..b` is `^a b`.
  const range = given.flatMap((rev) => {
    const twoDots = /^([^.].*?)\.\.([^.].*)$/.exec(rev);
    return twoDots && !rev.includes('...') ? [`^${twoDots[1]}`, twoDots[2] as string] : [rev];
  });
  const exclusions = range.filter((rev) => rev.startsWith('^'));
  if (exclusions.length === 0) return walkAround(git, range, options);
  try {
    return await walkAround(git, range, options, { plain: true });
  } catch (err) {
    if (!isUnreadableObjectError(err)) throw err;
  }
  // With exclusions git walks the whole range before printing anything, and dies before any output:
  // both sides are listed around the missing commits, and the excluded side taken away.
  const included = await walkAround(git, range.filter((rev) => !rev.startsWith('^')), options);
  const excluded = await walkAround(git, exclusions.map((rev) => rev.slice(1)), {});
  const gone = new Set(excluded.commits);
  return { commits: included.commits.filter((sha) => !gone.has(sha)), missing: included.missing, parents: included.parents };
}

/** The walk of `starts` (no exclusions), restarted past missing commits; with `plain`, git's failure is thrown as is. */
async function walkAround(git: GitRunner, starts: readonly string[], options: ListCommitsOptions, mode: { plain?: boolean } = {}): Promise<CommitListing> {
  const parentsOf = new Map<string, string[]>();
  const commits: string[] = [];
  const missing = new Set<string>();
  const take = (sha: string, parents: string[]): void => {
    if (parentsOf.has(sha)) return;
    parentsOf.set(sha, parents);
    if (!(options.noMerges && parents.length > 1)) commits.push(sha);
  };
  let frontier: string[] = [];
  for (let first = true; ; first = false) {
    const listedBefore = parentsOf.size;
    try {
      // The first walk takes the range on the command line, as every other history read does; a restart's frontier may be long.
      const args = first ? ['rev-list', '--parents', '--end-of-options', ...starts, '--'] : ['rev-list', '--parents', '--stdin', '--'];
      for await (const line of git.stream(args, '\n', first ? {} : { input: frontier.map((sha) => `${sha}\n`) })) {
        const [sha = '', ...parents] = line.split(' ');
        if (SHA.test(sha)) take(sha, parents);
      }
      return { commits, missing: [...missing].sort(), parents: parentsOf };
    } catch (err) {
      if (mode.plain || !isUnreadableObjectError(err)) throw err;
      // Named starts are resolved once: the frontier holds commit ids only.
      const unlisted = first ? await resolveStarts(git, starts) : frontier;
      const next = await settleFrontier(git, frontierOf(parentsOf, missing, unlisted), missing, take);
      if (next.length === 0) return { commits, missing: [...missing].sort(), parents: parentsOf };
      // A restart that listed nothing would die the same way again.
      if (!first && parentsOf.size === listedBefore) throw err;
      frontier = next;
    }
  }
}

/** The commit ids of named starts (a branch, HEAD); one this clone lacks is left out (its own walk says nothing more). */
async function resolveStarts(git: GitRunner, starts: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const start of starts) {
    if (SHA.test(start)) ids.push(start);
    else {
      try {
        const sha = (await git.run(['rev-parse', '--verify', '-q', '--end-of-options', start])).trim();
        if (SHA.test(sha)) ids.push(sha);
      } catch (err) {
        if (err instanceof GitError && err.kind === 'aborted') throw err;
      }
    }
  }
  return ids;
}

/** Parents of listed commits not listed yet (and the unlisted `starts`), neither listed nor known missing. */
function frontierOf(parentsOf: ReadonlyMap<string, readonly string[]>, missing: ReadonlySet<string>, starts: readonly string[]): string[] {
  const frontier = new Set<string>(starts.filter((sha) => !parentsOf.has(sha) && !missing.has(sha)));
  for (const parents of parentsOf.values()) for (const parent of parents) if (!parentsOf.has(parent) && !missing.has(parent)) frontier.add(parent);
  return [...frontier];
}

/**
 * Drops the missing commits from the frontier, and lists by hand each frontier commit with a missing
 * parent (its own object is readable: `rev-list --no-walk --parents` reads it and none of its
 * parents), its readable parents joining the frontier, until every frontier commit can be walked.
 */
async function settleFrontier(git: GitRunner, frontier: string[], missing: Set<string>, take: (sha: string, parents: string[]) => void): Promise<string[]> {
  let pending = frontier;
  const walkable: string[] = [];
  const handled = new Set<string>();
  while (pending.length) {
    for (const sha of await missingObjects(git, pending)) missing.add(sha);
    const present = pending.filter((sha) => !missing.has(sha) && !handled.has(sha));
    pending = [];
    if (present.length === 0) break;
    const parentsOf = new Map<string, string[]>();
    try {
      for await (const line of git.stream(['rev-list', '--no-walk=unsorted', '--parents', '--stdin', '--'], '\n', { input: present.map((sha) => `${sha}\n`) })) {
        const [sha = '', ...parents] = line.split(' ');
        if (SHA.test(sha)) parentsOf.set(sha, parents);
      }
    } catch (err) {
      if (err instanceof GitError && err.kind === 'aborted') throw err;
      if (!isUnreadableObjectError(err)) throw err;
      // A frontier object that is there but is no readable commit (corrupt): counted as missing.
      for (const sha of present) if (!parentsOf.has(sha)) missing.add(sha);
    }
    const parentMissing = await missingObjects(git, [...parentsOf.values()].flat());
    for (const sha of present) {
      handled.add(sha);
      const parents = parentsOf.get(sha);
      if (!parents) continue;
      if (!parents.some((parent) => parentMissing.has(parent))) {
        walkable.push(sha);
        continue;
      }
      take(sha, parents);
      for (const parent of parents) {
        if (parentMissing.has(parent)) missing.add(parent);
        else pending.push(parent);
      }
    }
  }
  return walkable;
}

/** The commits of `parents` with every child before its parents (as `rev-list --topo-order`), each once. */
export function* childrenFirst(parents: ReadonlyMap<string, readonly string[]>): Generator<string> {
  const children = new Map<string, number>();
  for (const list of parents.values()) for (const parent of list) if (parents.has(parent)) children.set(parent, (children.get(parent) ?? 0) + 1);
  const ready = [...parents.keys()].filter((sha) => !children.has(sha));
  while (ready.length) {
    const sha = ready.pop() as string;
    yield sha;
    for (const parent of parents.get(sha) ?? []) {
      const left = (children.get(parent) ?? 0) - 1;
      children.set(parent, left);
      if (left === 0) ready.push(parent);
    }
  }
}
