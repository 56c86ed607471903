// "Reassign to successor": the token naming the person leaving, on the lines found, becomes the
// successor's. Pure (text in, spans out) so that the editor applies the spans as one undoable edit and
// a test can prove that every byte outside the tokens stays as it was (line endings, quoting, BOM).
import type { MentionFinding } from '../detectionTypes';
import { tokenMatches } from './identities';

export interface TokenEdit {
  /** UTF-16 offsets in the text given. */
  startOffset: number;
  endOffset: number;
  replacement: string;
}

export type ReassignPlan =
  | { ok: true; edits: TokenEdit[]; newText: string }
  /** `line`: a line that no longer names the identity (the file changed since it was read). */
  | { ok: false; reason: 'changed'; line: number }
  | { ok: false; reason: 'badReplacement' };

/**
 * What the successor is called where the person was: their first account for an account, their
 * e-mail for an e-mail. Undefined when HANDOVER.yaml gives no such identity for the successor.
 */
export function successorToken(to: { email?: string; accounts?: string[] }, identityType: MentionFinding['identityType']): string | undefined {
  if (identityType === 'account') return to.accounts?.map((a) => a.trim().replace(/^@/, '')).find(Boolean);
  if (identityType === 'email') return to.email?.trim() || undefined;
  return undefined;
}

/** Replaces every whole-token occurrence of `identity` on each of `lines` (1-based) with `replacement`. */
export function planReassign(text: string, lines: readonly number[], identity: string, replacement: string): ReassignPlan {
  if (!/^[^\s"'`#,;[\]{}]+$/.test(replacement)) return { ok: false, reason: 'badReplacement' };
  const wanted = new Set(lines);
  const needle = { text: identity, type: 'account' as const, needle: identity.toLowerCase() };
  const edits: TokenEdit[] = [];
  let lineStart = 0;
  let number = 1;
  const seen = new Set<number>();
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (wanted.has(number)) {
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      const matches = tokenMatches(line, line.toLowerCase(), needle);
      if (matches.length === 0) return { ok: false, reason: 'changed', line: number };
      for (const match of matches) edits.push({ startOffset: lineStart + match.start, endOffset: lineStart + match.end, replacement });
      seen.add(number);
    }
    if (newline < 0) break;
    lineStart = newline + 1;
    number++;
  }
  const missing = [...wanted].find((line) => !seen.has(line));
  if (missing !== undefined) return { ok: false, reason: 'changed', line: missing };
  let newText = text;
  for (const edit of [...edits].sort((a, b) => b.startOffset - a.startOffset)) {
    newText = newText.slice(0, edit.startOffset) + edit.replacement + newText.slice(edit.endOffset);
  }
  return { ok: true, edits, newText };
}
