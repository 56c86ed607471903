// Reading branch refs with one `git for-each-ref`, and choosing the default branch among them.
import type { GitRunner } from '../../git/gitRunner';
import { forEachReadableRef } from '../../git/readableRefs';

export interface BranchRef {
  /** Full ref name: `refs/heads/x` or `refs/remotes/origin/x`. */
  ref: string;
  /** Short name shown to people: `x` or `origin/x`. */
  name: string;
  kind: 'local' | 'remote';
  /** Commit the ref points at. */
  sha: string;
  /** Full ref name a symbolic ref points at (`refs/remotes/origin/HEAD`), else ''. */
  symref: string;
  /** `%(upstream:short)` of a local branch, else ''. */
  upstream: string;
  /** Committer time of the tip, in seconds since the epoch (UTC). */
  committerTime: number;
  /** Subject of the tip commit, on one line. */
  subject: string;
}

const FIELDS = ['%(refname)', '%(objecttype)', '%(objectname)', '%(symref)', '%(upstream:short)', '%(committerdate:unix)', '%(contents:subject)'];

/**
 * Splits output made of records of `count` NUL-terminated fields, each record followed by a newline
 * (git's `--format` with `%00` after every field). Ref names and hashes never hold NUL or newline.
 */
export function nulRecords(text: string, count: number): string[][] {
  const tokens = text.split('\0');
  const records: string[][] = [];
  for (let i = 0; i + count <= tokens.length; i += count) {
    const record = tokens.slice(i, i + count);
    record[0] = (record[0] ?? '').replace(/^\n/, '');
    records.push(record);
  }
  return records;
}

/**
 * Every local and remote-tracking branch that points at a commit, with its tip's date and subject;
 * `unreadable` names (as shown) the branches whose tip commit this clone lacks.
 */
export async function readBranchRefs(git: GitRunner): Promise<{ refs: BranchRef[]; unreadable: string[] }> {
  const listing = await forEachReadableRef(git, `--format=${FIELDS.join('%00')}%00`, ['refs/heads/', 'refs/remotes/']);
  const unreadable = listing.unreadable.map((ref) => ref.replace(/^refs\/(heads|remotes)\//, ''));
  const out = listing.output;
  const refs: BranchRef[] = [];
  for (const [ref = '', type = '', sha = '', symref = '', upstream = '', time = '', subject = ''] of nulRecords(out, FIELDS.length)) {
    const local = ref.startsWith('refs/heads/');
    if (!local && !ref.startsWith('refs/remotes/')) continue;
    if (type !== 'commit' || !/^[0-9a-f]{40,64}$/.test(sha)) continue;
    refs.push({
      ref,
      name: ref.slice(local ? 'refs/heads/'.length : 'refs/remotes/'.length),
      kind: local ? 'local' : 'remote',
      sha,
      symref,
      upstream: local ? upstream : '',
      committerTime: Number(time) || 0,
      subject: subject.replace(/\s*\r?\n\s*/g, ' ').trim(),
    });
  }
  return { refs, unreadable };
}

/**
 * The default branch: where `origin/HEAD` points, else `main`, else `master`, else `configured`
 * (the handover.defaultBranch setting). A plain name is looked up as `origin/<name>` first (the
 * shared copy), then as the local branch; `refs/...` names are taken as they are. Null when none exists.
 */
export function chooseDefaultBranch(refs: readonly BranchRef[], configured?: string): BranchRef | null {
  const byRef = new Map(refs.map((r) => [r.ref, r]));
  const originHead = byRef.get('refs/remotes/origin/HEAD');
  if (originHead?.symref) {
    const target = byRef.get(originHead.symref);
    if (target && !target.symref) return target;
  }
  const lookup = (name: string): BranchRef | null => {
    const candidates = name.startsWith('refs/') ? [name] : [`refs/remotes/origin/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`];
    for (const candidate of candidates) {
      const found = byRef.get(candidate);
      if (found && !found.symref) return found;
    }
    return null;
  };
  const setting = configured?.trim();
  return lookup('main') ?? lookup('master') ?? (setting ? lookup(setting) : null);
}

/** The branch name without its remote: `origin/feature/x` → `feature/x` (the remote is the first component). */
export function withoutRemote(branch: BranchRef): string {
  return branch.kind === 'remote' ? branch.name.slice(branch.name.indexOf('/') + 1) : branch.name;
}
