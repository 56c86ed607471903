import { createHash } from 'node:crypto';

/**
 * A credential finding's fingerprint as documented (fingerprint.ts, docs/testing.md), written out here
 * on its own so that tests do not check the product against itself: the first 16 hex digits of SHA-256
 * over "handover-credential-v1", commit, masked path, kind and line, joined by NUL, with the ordinal
 * among same-kind matches on that line added when it is not 0.
 */
export function documentedFingerprint(commit: string, maskedPath: string, kind: string, line: number, ordinal = 0): string {
  const fields = ['handover-credential-v1', commit, maskedPath, kind, String(line), ...(ordinal > 0 ? [String(ordinal)] : [])];
  return createHash('sha256').update(fields.join('\u0000')).digest('hex').slice(0, 16);
}
