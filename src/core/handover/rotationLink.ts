// A `credentials` item with a `fingerprint` and the credential found in git history with that
// fingerprint are one secret: recording either as rotated records both. The file keeps one record
// (`rotated` on the item, or `detected.rotated`); the model reads it for both, so the tree, the report
// and `check` agree whichever way it was written.
import type { Handover } from './model';

/** The model with each linked item and finding rotated when the other is. Returns `handover` itself when nothing is linked. */
export function linkRotations(handover: Handover): Handover {
  const credentials = handover.sections.credentials;
  const linked = credentials.filter((item) => item.data.fingerprint?.trim());
  if (!linked.length) return handover;
  const findingRotated = new Map(handover.detected.rotated.map((entry) => [entry.fingerprint, entry]));
  const items = credentials.map((item) => {
    const entry = findingRotated.get(item.data.fingerprint?.trim() ?? '');
    return !item.data.rotated && entry ? { ...item, data: { ...item.data, rotated: { by: entry.by, on: entry.on } } } : item;
  });
  const rotated = [...handover.detected.rotated];
  for (const item of linked) {
    const fingerprint = item.data.fingerprint!.trim();
    if (item.data.rotated && !findingRotated.has(fingerprint)) rotated.push({ fingerprint, by: item.data.rotated.by, on: item.data.rotated.on });
  }
  return { ...handover, sections: { ...handover.sections, credentials: items }, detected: { ...handover.detected, rotated } };
}
