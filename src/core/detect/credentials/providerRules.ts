// Token formats that identify their issuer: a fixed prefix, a length and an alphabet, each written here
// from the issuer's published format. A match needs no key name around it; only a stand-in in the
// variable part (x's, a keyboard run, the word "example") keeps it out.
import type { CredentialKind } from './credentialKinds';
import { isPlaceholderToken } from './valueJudgement';

export interface ProviderRule {
  kind: CredentialKind;
  /** Cheap test on the line before the pattern runs (a literal the token must contain). */
  hint: string | RegExp;
  /** Global pattern; group 1 (or the whole match) is the token. */
  pattern: RegExp;
  /** Characters of the token that are fixed by the format (left out of the placeholder test). */
  fixedPrefix?: number;
  /** Extra check on the token (checksums, decodable parts). */
  accept?(token: string): boolean;
}

// Token edges: not glued to a longer run of token characters.
const L = '(?<![A-Za-z0-9_\\-])';
const R = '(?![A-Za-z0-9_\\-])';

function rule(kind: CredentialKind, hint: string | RegExp, body: string, fixedPrefix = 0, accept?: (token: string) => boolean): ProviderRule {
  return { kind, hint, pattern: new RegExp(`${L}(${body})${R}`, 'g'), fixedPrefix, accept };
}

/** Decodes base64url text; undefined when it is not valid. */
export function decodeBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return undefined;
  try {
    return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

/** A JWT whose header is JSON naming an algorithm and whose claims are JSON; jwt.io's sample is not one. */
function isRealJwt(token: string): boolean {
  const [header, claims, signature] = token.split('.');
  if (!header || !claims || !signature) return false;
  const headerText = decodeBase64Url(header);
  const claimsText = decodeBase64Url(claims);
  if (!headerText || !claimsText) return false;
  try {
    const head = JSON.parse(headerText) as { alg?: unknown };
    const body = JSON.parse(claimsText) as Record<string, unknown>;
    if (typeof head.alg !== 'string' || head.alg.toLowerCase() === 'none') return false;
    if (body.sub === '1234567890' || body.name === 'John Doe') return false;
    return typeof body === 'object' && body !== null;
  } catch {
    return false;
  }
}

export const PROVIDER_RULES: readonly ProviderRule[] = [
  rule('aws-access-key-id', /A(?:KIA|SIA|BIA|CCA|3T)/, '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}', 4),
  rule('gcp-api-key', 'AIza', 'AIza[0-9A-Za-z_\\-]{35}', 4),
  rule('google-oauth-client-secret', 'GOCSPX-', 'GOCSPX-[0-9A-Za-z_\\-]{28}', 7),
  // Azure AD client secrets carry a `Q~` marker after three characters and a digit.
  rule('azure-client-secret', 'Q~', '[0-9A-Za-z_.\\-]{3}\\dQ~[0-9A-Za-z_.~\\-]{31,34}', 0),
  rule('github-token', /gh[pousr]_/, 'gh[pousr]_[0-9A-Za-z]{36}', 4),
  rule('github-fine-grained-token', 'github_pat_', 'github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}', 11),
  rule('gitlab-token', /gl(?:pat|dt|ptt|rt|ft|oas|cbt)-/, 'gl(?:pat|dt|ptt|rt|ft|oas|cbt)-[0-9A-Za-z_\\-]{20,}', 6),
  rule('slack-token', 'xox', 'xox[abeoprs]-[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]{4,}){1,4}', 5, (t) => t.length >= 30),
  rule('slack-webhook', 'hooks.slack.com', 'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,}/[A-Za-z0-9_]{8,}/[A-Za-z0-9_]{16,}', 30),
  rule('discord-webhook', '/api/webhooks/', 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{16,20}/[A-Za-z0-9_\\-]{60,70}', 35),
  rule('stripe-secret-key', '_live_', '(?:sk|rk)_live_[0-9A-Za-z]{20,}', 8),
  rule('stripe-webhook-secret', 'whsec_', 'whsec_[0-9A-Za-z]{32,}', 6),
  rule('npm-token', 'npm_', 'npm_[0-9A-Za-z]{36}', 4),
  rule('pypi-token', 'pypi-', 'pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_\\-]{50,}', 20),
  rule('jwt', 'eyJ', 'eyJ[0-9A-Za-z_\\-]{8,}\\.eyJ[0-9A-Za-z_\\-]{8,}\\.[0-9A-Za-z_\\-]{16,}', 3, isRealJwt),
  rule('twilio-api-key', 'SK', 'SK[0-9a-f]{32}', 2),
  rule('sendgrid-api-key', 'SG.', 'SG\\.[0-9A-Za-z_\\-]{22}\\.[0-9A-Za-z_\\-]{43}', 3),
  rule('mailgun-api-key', 'key-', 'key-[0-9a-f]{32}', 4),
  rule('mailchimp-api-key', '-us', '[0-9a-f]{32}-us\\d{1,2}', 0),
  rule('shopify-token', 'shp', 'shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}', 6),
  rule('vault-token', /hvs\.|atlasv1/, '(?:hvs\\.[0-9A-Za-z_\\-]{24,}|[0-9A-Za-z]{14}\\.atlasv1\\.[0-9A-Za-z_\\-]{60,})', 4),
  rule('digitalocean-token', '_v1_', 'do[opr]_v1_[0-9a-f]{64}', 7),
  // OpenAI keys embed the base64 of the company name between two random halves.
  rule('openai-api-key', 'sk-', 'sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_\\-]{20,}T3BlbkFJ[0-9A-Za-z_\\-]{20,}', 3),
  rule('anthropic-api-key', 'sk-ant-', 'sk-ant-(?:api|admin)\\d{2}-[0-9A-Za-z_\\-]{80,110}', 14),
  rule('huggingface-token', 'hf_', 'hf_[A-Za-z]{34}', 3),
  rule('square-token', 'sq0', 'sq0(?:atp|csp)-[0-9A-Za-z_\\-]{22,43}', 7),
  rule('telegram-bot-token', ':AA', '\\d{8,10}:AA[0-9A-Za-z_\\-]{33}', 0),
  rule('databricks-token', 'dapi', 'dapi[0-9a-f]{32}(?:-\\d)?', 4),
  rule('postman-api-key', 'PMAK-', 'PMAK-[0-9a-f]{24}-[0-9a-f]{34}', 5),
  rule('grafana-token', 'glsa_', 'glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}', 5),
  rule('newrelic-api-key', 'NRAK-', 'NRAK-[0-9A-Z]{27}', 5),
  rule('age-secret-key', 'AGE-SECRET-KEY-', 'AGE-SECRET-KEY-1[0-9A-Z]{58}', 16),
];

/** Literals of every provider rule, for the line prefilter. */
export const PROVIDER_HINT_SOURCE = PROVIDER_RULES.map((r) => (typeof r.hint === 'string' ? r.hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : r.hint.source)).join('|');

export interface TokenSpan {
  kind: CredentialKind;
  start: number;
  end: number;
  token: string;
}

/** Provider tokens on one line, left to right. */
export function findProviderTokens(line: string, out: TokenSpan[]): void {
  for (const r of PROVIDER_RULES) {
    if (typeof r.hint === 'string' ? !line.includes(r.hint) : !r.hint.test(line)) continue;
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(line); m; m = r.pattern.exec(line)) {
      const token = m[1] ?? m[0];
      const start = m.index + m[0].indexOf(token);
      if (isPlaceholderToken(token, token.slice(r.fixedPrefix ?? 0))) continue;
      if (r.accept && !r.accept(token)) continue;
      out.push({ kind: r.kind, start, end: start + token.length, token });
    }
  }
}
