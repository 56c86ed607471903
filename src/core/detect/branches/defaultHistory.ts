// The default branch's history as a graph held once, so that the commits each branch is behind
// (`git rev-list <default> ^<branch>`) are found without a git process per branch: on a repository of
// hundreds of branches, that was hundreds of walks of the same history.
import { GitError, type GitRunner } from '../../git/gitRunner';

/** Commits read at most: a longer history is walked by git, branch by branch, as before. */
export const MAX_GRAPH_COMMITS = 300_000;

export interface SinceFork {
  /** Commits of the default branch the branch does not have (merges included): how far behind it is. */
  behind: number;
  /** Those commits, merges left out, newest first. */
  since: string[];
}

export class DefaultHistory {
  private constructor(
    /** Commit ids, newest first (git's order). */
    private readonly ids: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    /** Commit i's parents are parentList[parentStart[i]] … parentList[parentStart[i + 1] - 1] (indices; one outside the history, past a shallow boundary, left out). */
    private readonly parentStart: Int32Array,
    private readonly parentList: Int32Array,
    private readonly merges: Uint8Array,
  ) {}

  /**
   * Reads the history of `tip`; undefined when it passes MAX_GRAPH_COMMITS (or `limit`), or when git
   * cannot walk it (a commit the clone lacks: each branch is then walked by git, and only those that
   * meet the hole get a note).
   */
  static async read(git: GitRunner, tip: string, limit = MAX_GRAPH_COMMITS): Promise<DefaultHistory | undefined> {
    const ids: string[] = [];
    const parentIds: string[] = [];
    const counts: number[] = [];
    try {
      for await (const line of git.stream(['rev-list', '--parents', '--end-of-options', tip, '--'], '\n')) {
        if (line === '') continue;
        if (ids.length >= limit) return undefined;
        const [sha = '', ...parents] = line.split(' ');
        ids.push(sha);
        counts.push(parents.length);
        for (const parent of parents) parentIds.push(parent);
      }
    } catch (err) {
      if (err instanceof GitError && err.kind === 'failed') return undefined;
      throw err;
    }
    const index = new Map<string, number>();
    ids.forEach((sha, i) => index.set(sha, i));
    const parentStart = new Int32Array(ids.length + 1);
    const parentList = new Int32Array(parentIds.length);
    const merges = new Uint8Array(ids.length);
    let read = 0;
    let kept = 0;
    for (let i = 0; i < ids.length; i++) {
      parentStart[i] = kept;
      const count = counts[i] as number;
      if (count > 1) merges[i] = 1;
      for (let k = 0; k < count; k++) {
        const at = index.get(parentIds[read++] as string);
        if (at !== undefined) parentList[kept++] = at;
      }
    }
    parentStart[ids.length] = kept;
    return new DefaultHistory(ids, index, parentStart, parentList, merges);
  }

  /** Commits in the history. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * The commits of the history not reachable from `forks` (the commits of the history a branch's own
   * commits descend from): what `git rev-list <tip> ^<branch>` lists.
   */
  since(forks: Iterable<string>): SinceFork {
    const reached = new Uint8Array(this.ids.length);
    const stack: number[] = [];
    for (const sha of forks) {
      const at = this.index.get(sha);
      if (at !== undefined && !reached[at]) {
        reached[at] = 1;
        stack.push(at);
      }
    }
    while (stack.length) {
      const at = stack.pop() as number;
      for (let k = this.parentStart[at] as number, end = this.parentStart[at + 1] as number; k < end; k++) {
        const parent = this.parentList[k] as number;
        if (reached[parent]) continue;
        reached[parent] = 1;
        stack.push(parent);
      }
    }
    let behind = 0;
    const since: string[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      if (reached[i]) continue;
      behind++;
      if (!this.merges[i]) since.push(this.ids[i] as string);
    }
    return { behind, since };
  }
}
