// A finding's fingerprint: a short hash of where the secret first appeared (commit, path, kind, line,
// and its index among same-kind matches on that line), never of the secret. It stays the same from one
// run to the next as long as history is not rewritten, and 16 hex characters are short enough to paste
// into HANDOVER.yaml. The path is the masked one: a secret inside a file name must not be recoverable by
// guessing it against the fingerprint.
import { createHash } from 'node:crypto';

export function credentialFingerprint(commit: string, maskedPath: string, kind: string, line: number, ordinal: number): string {
  const parts = ['handover-credential-v1', commit, maskedPath, kind, String(line)];
  if (ordinal > 0) parts.push(String(ordinal));
  return createHash('sha256').update(parts.join('\0'), 'utf8').digest('hex').slice(0, 16);
}
