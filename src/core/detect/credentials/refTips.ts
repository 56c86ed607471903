// Branch and tag tips: what the scan reads from, and which of them still reach a secret. Git is given
// commit ids only; ref names are read from git's output, never passed back to it.
import type { GitRunner } from '../../git/gitRunner';
import { forEachReadableRef, isUnreadableObjectError } from '../../git/readableRefs';
import { childrenFirst, listReadableCommits } from '../../git/readableCommits';
import { detached } from './patchParser';

export interface RefTip {
  /** Full ref name: `refs/heads/main`, `refs/remotes/origin/x` or `refs/tags/v1.0`. */
  ref: string;
  /** Shown name: `main` for a branch, `origin/x` for a remote-tracking branch, `tags/v1.0` for a tag. */
  name: string;
  /** The commit it points at (annotated tags peeled). */
  commit: string;
  committerTime: number;
}

const FORMAT = '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(committerdate:unix)%00%(*objecttype)%00%(*objectname)%00%(*committerdate:unix)';

export function displayName(ref: string): string {
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref.startsWith('refs/remotes/')) return ref.slice('refs/remotes/'.length);
  return ref.startsWith('refs/') ? ref.slice('refs/'.length) : ref;
}

function parseTips(output: string): RefTip[] {
  const tips: RefTip[] = [];
  for (const line of output.split('\n')) {
    const [ref = '', type = '', id = '', time = '', peeledType = '', peeledId = '', peeledTime = ''] = line.split('\0');
    // `origin/HEAD` only points at another remote-tracking branch.
    if (ref === '' || (ref.startsWith('refs/remotes/') && ref.endsWith('/HEAD'))) continue;
    if (type === 'commit') tips.push({ ref, name: displayName(ref), commit: id, committerTime: Number(time) || 0 });
    else if (type === 'tag' && peeledType === 'commit') tips.push({ ref, name: displayName(ref), commit: peeledId, committerTime: Number(peeledTime) || 0 });
    // A tag of a tree or a blob has no history to read.
  }
  return tips;
}

export interface RefTipListing {
  tips: RefTip[];
  /** Shown names of the branches and tags whose commit this clone lacks: their history is not read. */
  unreadable: string[];
}

/**
 * Every branch (local and remote-tracking: in a fresh clone, colleagues' work is only there) and tag
 * that points, maybe through an annotated tag, at a commit; a ref whose commit (or tag object) the
 * clone lacks is left out and named in `unreadable`.
 */
export async function readRefTips(git: GitRunner): Promise<RefTipListing> {
  const listing = await forEachReadableRef(git, FORMAT, ['refs/heads/', 'refs/remotes/', 'refs/tags/']);
  return { tips: parseTips(listing.output), unreadable: listing.unreadable.map(displayName) };
}

export interface Reachability {
  /** The tips from which `commit` is reachable (empty for a commit outside their history). */
  tipsOf(commit: string): RefTip[];
}

/**
 * Which tips reach which commit, for every commit of the tips' history: one `git rev-list
 * --topo-order --parents`, started beside the history scan (it does not depend on it). Children come
 * before their parents, so each commit's set of tips (a bitset) is final when it is read and is passed
 * on to its parents. Equal sets are shared, so a mostly linear history costs one small array. When all
 * tips are one commit, every commit of its history is reached by all of them and git is not asked.
 */
export async function readReachability(git: GitRunner, tips: readonly RefTip[], stop: () => boolean): Promise<Reachability> {
  const starts = [...new Set(tips.map((t) => t.commit))];
  if (starts.length <= 1) {
    // Every commit the scan reports was read from this one commit's history.
    const all = [...tips];
    return { tipsOf: () => all };
  }
  const words = Math.ceil(tips.length / 32);
  const shared = new Map<string, Uint32Array>();
  const intern = (bits: Uint32Array) => {
    const key = bits.join(',');
    const found = shared.get(key);
    if (found) return found;
    shared.set(key, bits);
    return bits;
  };
  const pending = new Map<string, Uint32Array>();
  const final = new Map<string, Uint32Array>();
  tips.forEach((tip, i) => {
    const bits = pending.get(tip.commit) ?? new Uint32Array(words);
    bits[i >> 5] = (bits[i >> 5] as number) | (1 << (i & 31));
    pending.set(tip.commit, bits);
  });
  const take = (sha: string, parents: readonly string[]): void => {
    const bits = pending.get(sha);
    if (!bits) return;
    pending.delete(sha); // every child was read before: nothing will add to it any more
    const kept = intern(bits);
    // (Detached: a slice of git's output would pin the piece it came from for the rest of the scan.)
    final.set(detached(sha), kept);
    for (const parent of parents) {
      const before = pending.get(parent);
      const into = before ? new Uint32Array(before) : new Uint32Array(words);
      for (let w = 0; w < words; w++) into[w] = (into[w] as number) | (kept[w] as number);
      pending.set(parent, into);
    }
  };
  try {
    for await (const line of git.stream(['rev-list', '--topo-order', '--parents', '--end-of-options', ...starts, '--'], '\n')) {
      if (stop()) break;
      const [sha = '', ...parents] = line.split(' ');
      take(sha, parents);
    }
  } catch (err) {
    // --topo-order walks everything before printing: a commit this clone lacks stops it before any
    // output. The graph is then listed around the missing commits and put in the same order here.
    if (!isUnreadableObjectError(err) || final.size > 0) throw err;
    const listing = await listReadableCommits(git, starts);
    for (const sha of childrenFirst(listing.parents)) {
      if (stop()) break;
      take(sha, listing.parents.get(sha) ?? []);
    }
  }
  return {
    tipsOf: (commit) => {
      const bits = final.get(commit);
      return bits ? tips.filter((_, i) => ((bits[i >> 5] as number) >>> (i & 31)) & 1) : [];
    },
  };
}
