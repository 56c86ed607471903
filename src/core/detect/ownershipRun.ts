import { realpathSync } from 'node:fs';
import type { DetectionCache } from './detectionCache';
import type { OwnedFile, OwnedFolder } from './detectionTypes';
import { analyzeOwnership, OWNERSHIP_STATE_VERSION, ownershipCacheKey, type OwnershipOptions, type OwnershipState } from './ownership';

/** The analysis's own options; the previous state comes from `cache`. */
export type CachedOwnershipOptions = Omit<OwnershipOptions, 'previous'> & { cache?: DetectionCache };

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
  const { cache, ...analysis } = options;
  const cached = cache ? await cache.read(key) : undefined;
  const result = await analyzeOwnership({ ...analysis, previous: isOwnershipState(cached) ? cached : undefined });
  // A history read around missing objects is not kept: once the objects are back, it is read whole.
  const complete = result.skippedCommits.length === 0 && result.unreadCommits === 0;
  if (cache && complete) await cache.write(key, result.state).catch(() => undefined);
  return { files: result.files, folders: result.folders, commitsRead: result.commitsRead, skippedCommits: result.skippedCommits, unreadCommits: result.unreadCommits };
}
