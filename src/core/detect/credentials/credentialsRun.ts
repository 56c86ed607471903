// The credential scan with the incremental cache (mirrors ownershipRun.ts): the previous run's state
// (tips, commits, paths and lines; no values) is read, only commits new since then are scanned, and
// the new state is stored. A cache that cannot be written costs speed next time, never the result.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import type { DetectionCache } from '../detectionCache';
import { DETECTORS_BUILD } from '../detectorsBuild';
import { scanCredentials, type CredentialScanResult, type ScanCredentialsOptions } from './credentialScan';
import { CREDENTIAL_STATE_VERSION, isCredentialScanState } from './scanState';

export interface CachedCredentialScanOptions extends Omit<ScanCredentialsOptions, 'previous'> {
  cache?: DetectionCache;
}

/** Key of a repository's credential state: one per repository, mode, format version and build of the detectors (not per person). */
export function credentialsCacheKey(repositoryRoot: string, headOnly = false, build = DETECTORS_BUILD): string {
  return createHash('sha256').update(JSON.stringify(['handover-credentials', CREDENTIAL_STATE_VERSION, build, repositoryRoot, headOnly ? 'head' : 'all']), 'utf8').digest('hex');
}

export async function scanCredentialsCached(options: CachedCredentialScanOptions): Promise<CredentialScanResult> {
  let root = options.cwd;
  try {
    root = realpathSync(options.cwd);
  } catch {
    // keep the path as given
  }
  const key = credentialsCacheKey(root, options.headOnly);
  const cached = options.cache ? await options.cache.read(key) : undefined;
  const { cache, ...scanOptions } = options;
  const result = await scanCredentials({ ...scanOptions, previous: isCredentialScanState(cached) ? cached : undefined });
  // A history read around missing commits is not kept: once they are back, the history behind them is read.
  if (cache && result.missingCommits.length === 0) await cache.write(key, result.state).catch(() => undefined);
  return result;
}
