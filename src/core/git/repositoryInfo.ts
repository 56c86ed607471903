import { basename } from 'node:path';
import type { HeadInfo } from '../report/reportBuilder';
import { GitError, GitRunner } from './gitRunner';

/** The commit the report describes, as facts stored in the repository (no clock involved). */
export async function readHead(git: GitRunner): Promise<HeadInfo> {
  try {
    await git.run(['rev-parse', '--is-inside-work-tree']);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'not-repository') return { kind: 'not-git' };
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return { kind: 'unavailable', detail: err instanceof Error ? err.message : String(err) };
  }
  try {
    // Quiet --verify prints nothing (and fails silently) while HEAD has no commit yet.
    const sha = (await git.run(['rev-parse', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'])).trim();
    if (!/^[0-9a-f]{40,64}$/.test(sha)) return { kind: 'unborn' };
    // Asked at once: each is a git process of its own, and nothing else waits on them.
    const [date, shallow] = await Promise.all([git.run(['log', '-1', '--no-color', '--format=%cs', '--end-of-options', sha, '--']).then((out) => out.trim()), git.run(['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true')]);
    return { kind: 'commit', sha, date, shallow };
  } catch (err) {
    if (err instanceof GitError && err.kind === 'unborn') return { kind: 'unborn' };
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return { kind: 'unavailable', detail: err instanceof Error ? err.message : String(err) };
  }
}

async function configValue(git: GitRunner, key: string): Promise<string | undefined> {
  try {
    const value = (await git.run(['config', '--get', key])).trim();
    return value || undefined;
  } catch {
    return undefined;
  }
}

export interface RepositoryFacts {
  userName?: string;
  userEmail?: string;
  /** From the origin remote's address, else the work tree folder's name. */
  name: string;
}

/** What a starter HANDOVER.yaml can be pre-filled with. Never fails: git may be missing. */
export async function readRepositoryFacts(git: GitRunner, folder: string): Promise<RepositoryFacts> {
  const [userName, userEmail, origin, topLevel] = await Promise.all([
    configValue(git, 'user.name'),
    configValue(git, 'user.email'),
    configValue(git, 'remote.origin.url'),
    git.run(['rev-parse', '--show-toplevel']).then((out) => out.trim(), () => undefined),
  ]);
  const fromOrigin = origin ? /([^/:\\]+?)(?:\.git)?\/?$/.exec(origin)?.[1] : undefined;
  return { userName, userEmail, name: fromOrigin || basename(topLevel || folder) };
}
