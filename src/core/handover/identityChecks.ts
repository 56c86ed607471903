// Warnings about the identities the mention search looks for (from.accounts, from.sshKeys, from.emails)
// and the decisions recorded about mentions: what a schema cannot say. Warnings only — the file stays
// usable; the search simply leaves out what it cannot look for.
import type { MessageKey } from '../i18n/translator';
import type { HandoverDiagnostic } from './model';
import type { ContentCheckContext } from './contentChecks';
import { locate } from './yamlPositions';

/** Shorter identities are not searched (mentions/identities.ts uses the same bound). */
export const MIN_IDENTITY_LENGTH = 3;

function strings(value: unknown): [number, string][] {
  return Array.isArray(value) ? value.map((entry, index) => [index, entry] as [number, unknown]).filter((pair): pair is [number, string] => typeof pair[1] === 'string') : [];
}

export function checkIdentities(value: Record<string, unknown>, ctx: ContentCheckContext): HandoverDiagnostic[] {
  const diagnostics: HandoverDiagnostic[] = [];
  const rangeAt = (path: (string | number)[]) => ctx.positions.nodeRange(locate(ctx.document, path).node);
  const warn = (code: MessageKey, path: (string | number)[], params: Record<string, string | number>) =>
    diagnostics.push({ severity: 'warning', code, message: ctx.t(code, params), range: rangeAt(path) });
  const from = (value.from ?? {}) as Record<string, unknown>;
  const to = (value.to ?? {}) as Record<string, unknown>;
  for (const [index, account] of strings(from.accounts)) {
    if ([...account.trim()].length < MIN_IDENTITY_LENGTH) warn('check.shortIdentity', ['from', 'accounts', index], { value: account, min: MIN_IDENTITY_LENGTH });
  }
  const successor = new Set(strings(to.accounts).map(([, account]) => account.trim().toLowerCase()));
  for (const [index, account] of strings(from.accounts)) {
    if (successor.has(account.trim().toLowerCase())) warn('check.sameAccount', ['from', 'accounts', index], { value: account });
  }
  for (const [index, key] of strings(from.sshKeys)) {
    const text = key.trim();
    if (/^sha256:/i.test(text) && !/^SHA256:[A-Za-z0-9+/]{43}=?$/.test(text)) warn('check.badFingerprint', ['from', 'sshKeys', index], { value: text });
    else if ([...text].length < MIN_IDENTITY_LENGTH) warn('check.shortIdentity', ['from', 'sshKeys', index], { value: text, min: MIN_IDENTITY_LENGTH });
  }
  const detected = (value.detected ?? {}) as Record<string, unknown>;
  (Array.isArray(detected.mentions) ? detected.mentions : []).forEach((entry: unknown, index: number) => {
    const decision = (entry ?? {}) as Record<string, unknown>;
    if (decision.outcome === 'kept' && (typeof decision.note !== 'string' || decision.note.trim() === '')) {
      warn('check.keptWithoutReason', ['detected', 'mentions', index, 'outcome'], {});
    }
  });
  return diagnostics;
}
