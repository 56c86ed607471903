// The person's identities as the mention search looks for them, and the whole-token test: `zhangsan`
// names them in `@zhangsan` or `user: zhangsan`, never in `zhangsanfeng`, `xzhangsan`, `zhangsan-bot`
// or `zhangsan@other.example`. Matching is literal and ignores case (e-mails, handles and names are
// compared the way people write them); no identity ever becomes a regular expression.
import type { MentionFinding, PersonSpec } from '../detectionTypes';

export interface Identity {
  /** As given in HANDOVER.yaml or on the command line (trimmed). */
  text: string;
  type: MentionFinding['identityType'];
  /** Lower-cased, for comparing. */
  needle: string;
}

/** An SSH public key fingerprint as `ssh-keygen -l` prints it. */
export interface KeyFingerprint {
  text: string;
  /** The base64 part after `SHA256:`, without padding. */
  digest: string;
}

export interface IdentitySet {
  tokens: Identity[];
  fingerprints: KeyFingerprint[];
}

/** Names shorter than this (after trimming) are not searched: they would match everywhere. */
const MIN_NAME_LENGTH = 2;
/** Accounts and e-mails shorter than this are not searched either (`ci`, `a@b` name nobody). */
const MIN_TOKEN_LENGTH = 3;

/** The identities to look for: e-mails, accounts, key comments and fingerprints, and the name. */
export function identitiesOf(person: PersonSpec): IdentitySet {
  const tokens: Identity[] = [];
  const fingerprints: KeyFingerprint[] = [];
  const seen = new Set<string>();
  const add = (raw: string | undefined, type: Identity['type'], min: number) => {
    const text = raw?.trim() ?? '';
    if (!text || [...text].length < min || /[\r\n\0]/.test(text)) return;
    const needle = text.toLowerCase();
    if (seen.has(needle)) return;
    seen.add(needle);
    tokens.push({ text, type, needle });
  };
  for (const email of person.emails) add(email, 'email', MIN_TOKEN_LENGTH);
  // A handle may be written with its `@` in HANDOVER.yaml; the search adds nothing for it.
  for (const account of person.accounts ?? []) add(account.trim().replace(/^@/, ''), 'account', MIN_TOKEN_LENGTH);
  for (const key of person.sshKeys ?? []) {
    const fingerprint = /^SHA256:([A-Za-z0-9+/]{43})=?$/.exec(key.trim());
    if (fingerprint?.[1]) fingerprints.push({ text: key.trim(), digest: fingerprint[1] });
    else add(key, 'ssh-key', MIN_TOKEN_LENGTH);
  }
  add(person.name, 'name', MIN_NAME_LENGTH);
  return { tokens, fingerprints };
}

/** Characters that continue a token on either side: letters, digits (any script), `_`, `-`, `+`. */
const WORD = /[\p{L}\p{N}\p{M}_+-]/u;

function continuesBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const before = text[at - 1]!;
  // `x.zhangsan` is another name; `@zhangsan`, `/home/zhangsan`, `user:zhangsan` name them.
  return WORD.test(before) || before === '.' || before === '\\';
}

function continuesAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const after = text[end]!;
  // `zhangsan@other.example` is someone's e-mail, not the account; a full stop ending a sentence is not part of it.
  if (WORD.test(after) || after === '@') return true;
  return after === '.' && end + 1 < text.length && WORD.test(text[end + 1]!);
}

export interface TokenMatch {
  /** Offset in the line (UTF-16). */
  start: number;
  end: number;
}

/** A TOML or INI table header (`[people.zhangsan]`, `[[maintainers.zhangsan]]`): its dotted segments are keys. */
const TABLE_HEADER = /^\s*\[\[?\s*[\w"'-]+(?:\s*\.\s*[\w"'-]+)+\s*\]\]?\s*(?:#.*)?$/;

/**
 * Every whole-token occurrence of `identity` in `line`. `lower` is `line.toLowerCase()` when its
 * length is the same (then offsets agree); otherwise the line is searched ignoring case per candidate.
 */
export function tokenMatches(line: string, lower: string, identity: Identity): TokenMatch[] {
  const found: TokenMatch[] = [];
  const sameLength = lower.length === line.length;
  const haystack = sameLength ? lower : line;
  const needle = sameLength ? identity.needle : identity.text;
  let from = 0;
  for (;;) {
    const at = sameLength ? haystack.indexOf(needle, from) : indexIgnoringCase(line, identity.text, from);
    if (at < 0) break;
    const end = at + needle.length;
    // In a table header a segment after a dot is a key of its own (`[people.zhangsan]` names them; `a.zhangsan` elsewhere is another name).
    const keySegment = line[at - 1] === '.' && /^["']?\s*(?:\]|\.)/.test(line.slice(end)) && TABLE_HEADER.test(line);
    // Clojars' personal group (`org.clojars.zhangsan/tool`) is named for the account.
    const clojarsGroup = /(?:^|[^\w.-])org\.clojars\.$/i.test(line.slice(Math.max(0, at - 13), at));
    if ((keySegment || clojarsGroup || !continuesBefore(line, at)) && !continuesAfter(line, end)) found.push({ start: at, end });
    from = at + 1;
  }
  return found;
}

function indexIgnoringCase(line: string, text: string, from: number): number {
  const wanted = text.toLowerCase();
  for (let i = from; i + text.length <= line.length; i++) {
    if (line.slice(i, i + text.length).toLowerCase() === wanted) return i;
  }
  return -1;
}
