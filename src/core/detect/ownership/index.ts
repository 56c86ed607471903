export { analyzeOwnership, ownershipCacheKey, PROGRESS_EVERY, type OwnershipOptions, type OwnershipResult } from './ownershipAnalyzer';
export { OWNERSHIP_STATE_VERSION, type OwnershipState } from './ownershipLedger';
export { parseLog, LogParser, LOG_FORMAT, type LogCommit, type FileChange } from './logParser';
export { compileGlobs } from './pathGlob';
