// Which commits lie between the commit a committed report describes and the one it would describe
// now: what `handover check` names when the report is stale, so that "a hash changed" becomes "these
// commits changed what the report shows".
import { maskSecrets } from '../detect/credentials/maskSecrets';
import type { GitRunner } from './gitRunner';

export interface NewerCommit {
  sha: string;
  /** The subject line, with anything shaped like a credential masked. */
  subject: string;
}

export type CommitsBetween =
  /** `from` is an ancestor of `to`: the commits after it (newest first, at most `limit`) and how many more. */
  | { kind: 'ancestor'; commits: NewerCommit[]; more: number }
  /** `from` is missing or not in `to`'s history: a rebase, an amended commit or a force-push rewrote it. */
  | { kind: 'rewritten' };

async function isAncestor(git: GitRunner, from: string, to: string): Promise<boolean> {
  try {
    const base = (await git.run(['merge-base', '--end-of-options', from, to])).trim();
    return base === from;
  } catch {
    return false;
  }
}

/**
 * Commits in `to`'s history and not in `from`'s that change a file selected by `pathspecs` (the
 * report's view: everything but the handover's own files).
 */
export async function commitsBetween(git: GitRunner, from: string, to: string, pathspecs: readonly string[], limit = 10): Promise<CommitsBetween> {
  if (!(await isAncestor(git, from, to))) return { kind: 'rewritten' };
  const out = await git.run(['log', '--no-color', '--first-parent', '--format=%H%x00%s%x00', '--end-of-options', `${from}..${to}`, '--', ...pathspecs]);
  const fields = out.split('\0');
  const commits: NewerCommit[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const sha = fields[i]!.trim();
    if (/^[0-9a-f]{40,64}$/.test(sha)) commits.push({ sha, subject: maskSecrets(fields[i + 1]!) });
  }
  return { kind: 'ancestor', commits: commits.slice(0, limit), more: Math.max(0, commits.length - limit) };
}
