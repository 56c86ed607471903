declare const __HANDOVER_DETECTORS__: string | undefined;

/**
 * A fingerprint of the detectors' sources this build was bundled from (esbuild.mjs), part of every cache key of
 * an analysis state: a state recorded by another build (before an upgrade, or a rule changed) is not reused, so
 * the history it read is read again with today's rules. `dev` where the code runs unbundled.
 */
export const DETECTORS_BUILD = typeof __HANDOVER_DETECTORS__ === 'string' ? __HANDOVER_DETECTORS__ : 'dev';
