import { realpathSync } from 'node:fs';
import type { GitRunner } from '../git/gitRunner';
import type { DetectionCache } from './detectionCache';
import type { OwnedFile, OwnedFolder, PersonSpec } from './detectionTypes';
import { analyzeOwnership, OWNERSHIP_STATE_VERSION, ownershipCacheKey, type OwnershipState } from './ownership';

export interface CachedOwnershipOptions {
  git: GitRunner;
  cwd: string;
  person: PersonSpec;
  exclude?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (commitsRead: number) => void;
  cache?: DetectionCache;
  /** Analyse as of this commit instead of HEAD. */
  revision?: string;
}

function isOwnershipState(value: unknown): value is OwnershipState {
  return !!value && typeof value === 'object' && (value as { version?: unknown }).version === OWNERSHIP_STATE_VERSION;
}

/**
 * Ownership with the incremental cache: the previous run's state (paths and counts only) is read,
 * only commits new since then are analysed, and the new state is stored. A cache that cannot be
 * written costs speed next time, never the result.
 */
export async function analyzeOwnershipCached(options: CachedOwnershipOptions): Promise<{ files: OwnedFile[]; folders: OwnedFolder[]; commitsRead: number; skippedCommits: string[]; unreadCommits: number }> {
  let root = options.cwd;
  try {
    root = realpathSync(options.cwd);
  } catch {
    // keep the path as given
  }
  const key = ownershipCacheKey(root);
  const cached = options.cache ? await options.cache.read(key) : undefined;
  const result = await analyzeOwnership({
    git: options.git,
    cwd: options.cwd,
    person: options.person,
    exclude: options.exclude,
    signal: options.signal,
    onProgress: options.onProgress,
    previous: isOwnershipState(cached) ? cached : undefined,
    revision: options.revision,
  });
  // A history read around missing objects is not kept: once the objects are back, it is read whole.
  const complete = result.skippedCommits.length === 0 && result.unreadCommits === 0;
  if (options.cache && complete) await options.cache.write(key, result.state).catch(() => undefined);
  return { files: result.files, folders: result.folders, commitsRead: result.commitsRead, skippedCommits: result.skippedCommits, unreadCommits: result.unreadCommits };
}
