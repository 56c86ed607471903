import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { DetectionCache } from './detectionCache';
import { analyzeOwnership, ownershipCacheKey, type OwnershipOptions, type OwnershipResult, type OwnershipState } from './ownership';
import { CURRENT_LINES_CACHE_VERSION, currentLinesCacheFrom } from './ownership/currentLines';

/** The analysis's own options; the previous state and the blame results come from `cache`. */
export type CachedOwnershipOptions = Omit<OwnershipOptions, 'previous' | 'currentLinesCache'> & { cache?: DetectionCache };

export type CachedOwnershipResult = Omit<OwnershipResult, 'state' | 'currentLinesCache'>;


/** Key of the blame results (counts per hashed author, by blob id) of a repository. */
export function currentLinesCacheKey(repositoryRoot: string): string {
  return createHash('sha256').update(JSON.stringify(['handover-current-lines', CURRENT_LINES_CACHE_VERSION, repositoryRoot]), 'utf8').digest('hex');
}

/**
 * Ownership with the incremental cache: the previous run's state (paths and counts only) is read,
 * only commits new since then are analysed, and the new state is stored; blame results are kept by
 * blob id, so an unchanged file is never blamed twice. A cache that cannot be written costs speed
 * next time, never the result.
 */
export async function analyzeOwnershipCached(options: CachedOwnershipOptions): Promise<CachedOwnershipResult> {
  let root = options.cwd;
  try {
    root = realpathSync(options.cwd);
  } catch {
    // keep the path as given
  }
  const key = ownershipCacheKey(root);
  const blameKey = currentLinesCacheKey(root);
  const { cache, ...analysis } = options;
  const cached = cache ? await cache.read(key) : undefined;
  const blameCached = cache ? await cache.read(blameKey) : undefined;
  // Whatever is stored goes to the analysis, which checks it whole before using it and says when it
  // did not (stateUse): a DamagedCacheEntry (not even JSON) or a state that is not whole reads as damaged.
  const previous = cached === undefined ? undefined : (cached as OwnershipState);
  // The blame results carry the .mailmap they were made under; the analysis drops them if it changed.
  const blameMailmap = (blameCached as { mailmap?: unknown } | undefined)?.mailmap;
  const currentLinesCache = currentLinesCacheFrom(blameCached, typeof blameMailmap === 'string' ? blameMailmap : '');
  const result = await analyzeOwnership({ ...analysis, previous, currentLinesCache });
  // A history read around missing objects is not kept: once the objects are back, it is read whole.
  if (cache && result.skippedCommits.length === 0 && result.missingCommits.length === 0) await cache.write(key, result.state).catch(() => undefined);
  if (cache && result.currentLines.blamed > 0) await cache.write(blameKey, result.currentLinesCache).catch(() => undefined);
  return {
    files: result.files,
    folders: result.folders,
    contributed: result.contributed,
    formerly: result.formerly,
    excluded: result.excluded,
    currentLines: result.currentLines,
    commitsRead: result.commitsRead,
    skippedCommits: result.skippedCommits,
    missingCommits: result.missingCommits,
    timings: result.timings,
    stateUse: result.stateUse,
  };
}
