// The history of one file, for `git blame -S`: without it, blame walks every commit of the
// repository back to the file's oldest surviving line and compares the file's tree entry at each
// (on git's own history, 1.5 s for a file of 32 commits). The history pass already saw which commits
// changed which path, and gives the commit graph too (its merges are read for their parents only;
// `git rev-list --parents` when that pass had to read around missing objects): from them, each
// commit that changed the file gets as parents its nearest ancestors that changed it too (as git's
// history simplification would), and blame reads only those commits.
//
// Given as grafts (`-S <file>`: "<commit> <parent>…" per line), these replace the parents of every
// commit blame visits, so the walk never leaves them. Differences with a plain blame: a line a merge
// wrote itself (a conflict resolution) goes to the next commit that changed the file; a commit the
// history pass did not read (a damaged clone) is not followed, so the plain blame is used then.
import { GitError, type GitRunner } from '../../git/gitRunner';
import { detached, type LogCommit } from './logParser';

/** Which commits of the history pass changed which path. */
export class TouchRecorder {
  private readonly hashes: string[] = [];
  /** Path → ordinals (into `hashes`) of the commits that changed it, binary changes included. */
  private readonly byPath = new Map<string, number[]>();

  record(commit: LogCommit): void {
    if (commit.changes.length === 0) return;
    const ordinal = this.hashes.length;
    this.hashes.push(commit.hash); // a copy already (logParser.ts detached)
    for (const change of commit.changes) {
      const list = this.byPath.get(change.path);
      if (list === undefined) this.byPath.set(detached(change.path), [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    }
  }

  /** Hashes of the commits that changed any of `paths`. */
  commitsChanging(paths: Iterable<string>): Set<string> {
    const found = new Set<string>();
    for (const path of paths) for (const ordinal of this.byPath.get(path) ?? []) found.add(this.hashes[ordinal] as string);
    return found;
  }
}

/** Every commit reachable from a head, parents first, with its parents' positions. */
export interface CommitGraph {
  /** Hashes, each commit after all its parents. */
  hashes: string[];
  /** Positions (in `hashes`) of each commit's parents; absent parents (a shallow clone's edge) are left out. */
  parents: number[][];
  positionOf: Map<string, number>;
}

/**
 * The commit graph from the commits of one `git log` pass (merges included), in git's order: children
 * before their parents as a rule, but not always (commit dates can be skewed), so the order is
 * computed here, parents first, each commit's parents in git's order.
 */
export class CommitGraphBuilder {
  private readonly hashes: string[] = [];
  private readonly parentLists: string[] = [];

  add(commit: LogCommit): void {
    // The parser's hash and parents are copies already (logParser.ts detached).
    this.hashes.push(commit.hash);
    this.parentLists.push(commit.parents);
  }

  build(): CommitGraph {
    // Run once per analysis over every commit (too briefly for the JIT to optimise much): plain loops,
    // one array per commit, and the map of hashes made once and then given the final positions.
    const count = this.hashes.length;
    const positionOf = new Map<string, number>();
    for (let i = 0; i < count; i++) positionOf.set(this.hashes[i] as string, i);
    // Parents by index in git's order; a parent outside the pass (a shallow clone's edge) is left out.
    const parentsOf: number[][] = new Array<number[]>(count);
    for (let i = 0; i < count; i++) {
      const text = this.parentLists[i] as string;
      const list: number[] = [];
      if (text.indexOf(' ') < 0) {
        const at = text === '' ? undefined : positionOf.get(text);
        if (at !== undefined) list.push(at);
      } else {
        for (const parent of text.split(' ')) {
          const at = positionOf.get(parent);
          if (at !== undefined) list.push(at);
        }
      }
      parentsOf[i] = list;
    }
    // Depth-first, parents before the commit, oldest (last printed) first.
    const position = new Int32Array(count).fill(-1);
    const order = new Int32Array(count);
    let placed = 0;
    const stack: number[] = [];
    const next = new Int32Array(count);
    for (let root = count - 1; root >= 0; root--) {
      if (position[root] !== -1) continue;
      stack.push(root);
      position[root] = -2; // on the stack
      while (stack.length) {
        const at = stack[stack.length - 1] as number;
        const parents = parentsOf[at] as number[];
        const k = next[at] as number;
        if (k < parents.length) {
          next[at] = k + 1;
          const parent = parents[k] as number;
          if (position[parent] === -1) {
            position[parent] = -2;
            stack.push(parent);
          }
        } else {
          stack.pop();
          position[at] = placed;
          order[placed++] = at;
        }
      }
    }
    const hashes = new Array<string>(count);
    const parents = new Array<number[]>(count);
    for (let k = 0; k < count; k++) {
      const at = order[k] as number;
      const list = parentsOf[at] as number[];
      for (let j = 0; j < list.length; j++) list[j] = position[list[j] as number] as number;
      hashes[k] = this.hashes[at] as string;
      parents[k] = list;
      positionOf.set(hashes[k], k);
    }
    return { hashes, parents, positionOf };
  }
}

/** `git rev-list --parents --topo-order <head>`: the commit graph, no tree or file read. */
export async function readCommitGraph(git: GitRunner, head: string, signal?: AbortSignal): Promise<CommitGraph> {
  const lines: string[] = [];
  for await (const line of git.stream(['rev-list', '--parents', '--topo-order', '--end-of-options', head, '--'], '\n')) {
    if (signal?.aborted) throw new GitError('aborted', 'git was cancelled');
    if (line !== '') lines.push(line);
  }
  // git prints children first: reversed, every commit comes after its parents.
  lines.reverse();
  const positionOf = new Map<string, number>();
  const hashes: string[] = [];
  for (const line of lines) {
    const hash = Buffer.from(line.slice(0, line.indexOf(' ') < 0 ? line.length : line.indexOf(' ')), 'latin1').toString('latin1');
    positionOf.set(hash, hashes.length);
    hashes.push(hash);
  }
  const parents = lines.map((line) => {
    const list: number[] = [];
    for (const parent of line.split(' ').slice(1)) {
      const at = positionOf.get(parent);
      if (at !== undefined) list.push(at);
    }
    return list;
  });
  return { hashes, parents, positionOf };
}

const NONE: readonly number[] = [];
/** `single[i]` when commit i has no changing ancestor, or several nearest ones (kept in a map). */
const NO_COMMIT = -1;
const SEVERAL = -2;

/**
 * The grafts (`git blame -S` lines) that make blame see only the commits in `changing`: each of them
 * with its nearest ancestors in `changing` as parents, and `head` with the newest of them. Undefined
 * when `head` is not in the graph or no commit changed the file. One pass over the graph, parents
 * first; most commits have one nearest changing ancestor, kept as one number.
 */
export function graftsFor(graph: CommitGraph, changing: ReadonlySet<string>, head: string): string | undefined {
  const headAt = graph.positionOf.get(head);
  if (headAt === undefined || changing.size === 0) return undefined;
  const member = new Uint8Array(headAt + 1);
  let first = headAt;
  for (const hash of changing) {
    const at = graph.positionOf.get(hash);
    if (at === undefined || at > headAt) return undefined; // a commit outside HEAD's history: not this graph
    member[at] = 1;
    if (at < first) first = at;
  }
  // The nearest changing ancestors of commit i (i included): single[i], or several[i] when SEVERAL.
  const single = new Int32Array(headAt + 1).fill(NO_COMMIT);
  const several = new Map<number, readonly number[]>();
  const nearest = (at: number): readonly number[] => {
    const one = single[at] as number;
    return one >= 0 ? [one] : one === SEVERAL ? (several.get(at) ?? NONE) : NONE;
  };
  const graftParents = new Map<number, readonly number[]>();
  const known = new Map<number, boolean>();
  /** Whether `older` is one of `newer`'s ancestors among the changing commits. */
  const reaches = (newer: number, older: number): boolean => {
    const key = newer * (headAt + 1) + older;
    const memo = known.get(key);
    if (memo !== undefined) return memo;
    const stack = [...(graftParents.get(newer) ?? NONE)];
    const seen = new Set<number>();
    let found = false;
    while (stack.length && !found) {
      const at = stack.pop() as number;
      if (at === older) found = true;
      else if (at > older && !seen.has(at)) {
        // an ancestor sits before its descendants: below `older`, it cannot be reached
        seen.add(at);
        for (const parent of graftParents.get(at) ?? NONE) stack.push(parent);
      }
    }
    known.set(key, found);
    return found;
  };
  for (let at = first; at <= headAt; at++) {
    const parents = graph.parents[at] ?? NONE;
    if (parents.length === 1) {
      const parent = parents[0] as number;
      single[at] = single[parent] as number;
      if (single[at] === SEVERAL) several.set(at, several.get(parent) ?? NONE);
    } else if (parents.length === 2 && (single[parents[0] as number] as number) !== SEVERAL && (single[parents[1] as number] as number) !== SEVERAL) {
      // The usual merge: one nearest changing commit (or none) on each side.
      const a = single[parents[0] as number] as number;
      const b = single[parents[1] as number] as number;
      if (a === b || b === NO_COMMIT) single[at] = a;
      else if (a === NO_COMMIT) single[at] = b;
      else if (a > b ? reaches(a, b) : false) single[at] = a;
      else if (b > a ? reaches(b, a) : false) single[at] = b;
      else {
        single[at] = SEVERAL;
        several.set(at, [a, b]);
      }
    } else if (parents.length > 1) {
      // In the merge's parent order (blame gives a line both sides have to the first); a commit that
      // is an ancestor of another one here is not a nearest ancestor.
      const union: number[] = [];
      for (const parent of parents) for (const commit of nearest(parent)) if (!union.includes(commit)) union.push(commit);
      const kept = union.length < 2 ? union : union.filter((older) => !union.some((newer) => newer > older && reaches(newer, older)));
      if (kept.length === 1) single[at] = kept[0] as number;
      else if (kept.length > 1) {
        single[at] = SEVERAL;
        several.set(at, kept);
      }
    }
    if (member[at]) {
      graftParents.set(at, nearest(at));
      single[at] = at;
    }
  }
  const lines: string[] = [];
  if (!member[headAt]) lines.push([head, ...nearest(headAt).map((p) => graph.hashes[p])].join(' '));
  for (const [at, parents] of graftParents) lines.push([graph.hashes[at], ...parents.map((p) => graph.hashes[p])].join(' '));
  return `${lines.join('\n')}\n`;
}
