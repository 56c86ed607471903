// Reads one file's lines in order (the added lines of a patch, or a whole file) and reports the secrets
// on them. Most lines are dismissed by one prefilter test; the rules run only on the rest. Multi-line
// secrets (PEM and PuTTY private keys) are assembled across consecutive lines, and a few facts are
// carried from line to line: a Kubernetes Secret's `data:` section, an AWS key id just seen.
import { findAssignments, type ValueSpan } from './assignmentRules';
import type { CredentialKind } from './credentialKinds';
import { findConnectionSecrets, findFileFormatSecrets, profileFor, type FileProfile } from './lineRules';
import { strictBase64Text } from './encodings';
import { findProviderTokens, PROVIDER_HINT_SOURCE, type TokenSpan } from './providerRules';
import { isPlaceholder, isPlausibleSecret, shannonEntropy } from './valueJudgement';

export interface SecretMatch {
  kind: CredentialKind;
  /** The secret, decoded where the file holds it encoded. Memory only: never stored or shown. */
  value: string;
  /** 1-based line in the file where the secret starts. */
  line: number;
  /** Its index among the matches of the same kind on that line (0 for the first). */
  ordinal: number;
  /** Where it is written on that line (for masking); empty for a key spread over several lines. */
  start: number;
  end: number;
}

export type MatchSink = (match: SecretMatch) => void;

/** Lines longer than this are not read (minified bundles, data blobs): a secret there is missed. */
export const MAX_LINE_LENGTH = 16 * 1024;
/** Lines marked with either comment are never reported (gitleaks' marker is honoured too). */
const ALLOW_MARKERS = ['handover:allow', 'gitleaks:allow'];

/**
 * Words and literals that a line must contain for any rule to match it. One case-insensitive test
 * per line; a line without any of them is done with.
 */
const PREFILTER = new RegExp(
  `pass|pwd|secret|token|key|auth|cred|bearer|basic|://|private|putty|sig=|${PROVIDER_HINT_SOURCE}`,
  'i',
);
const KEYWORD = /pass|pwd|secret|token|key|auth|cred/i;

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):/;
const MAX_BLOCK_LINES = 400;
const AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/;
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/** Lines after an AWS key id where an unnamed 40-character secret is taken as its pair. */
const AWS_PAIR_WINDOW = 3;
const YAML_DATA_ENTRY = /^(\s+)([\w.-]+):\s*["']?([A-Za-z0-9+/]+={0,2})["']?\s*$/;
const YAML_STRING_DATA_ENTRY = /^(\s+)([\w.-]+):\s*["']?([^\s"'#]+)["']?\s*$/;

interface Block {
  kind: CredentialKind;
  line: number;
  body: string;
  lines: number;
  allowed: boolean;
  /** PuTTY: collecting the private part (after `Private-Lines:`). */
  privatePart: boolean;
}

function privateKeyKind(label: string): CredentialKind {
  if (label.includes('OPENSSH')) return 'openssh-private-key';
  if (label.includes('PGP')) return 'pgp-private-key';
  return 'private-key';
}

/** Base64 characters of a key body; escapes (`\n`) and quotes removed. */
function keyBody(text: string): string {
  return text.replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
}

function acceptableKeyBody(body: string): boolean {
  return body.length >= 64 && !isPlaceholder(body) && shannonEntropy(body) >= 4;
}

export class FileMatcher {
  readonly profile: FileProfile;
  private block: Block | undefined;
  private kubernetesSecret = false;
  private dataIndent = -1;
  private stringData = false;
  private awsWindow = 0;
  private readonly ordinals = new Map<string, number>();
  /** Spans found on the current line, to keep overlapping rules from reporting one value twice. */
  private readonly spans: { start: number; end: number }[] = [];

  constructor(readonly path: string) {
    this.profile = profileFor(path);
  }

  /** Feeds one line (without its newline) and its 1-based number. */
  push(text: string, line: number, sink: MatchSink): void {
    if (text.length > MAX_LINE_LENGTH) {
      this.endHunk();
      return;
    }
    if (this.block) {
      this.continueBlock(text, sink);
      return;
    }
    const profile = this.profile;
    const special = profile.pgpass || profile.netrc || profile.htpasswd || profile.shadow || profile.railsMasterKey || this.kubernetesSecret || this.awsWindow > 0;
    if (!special && !PREFILTER.test(text)) return;
    if (this.awsWindow > 0) this.awsWindow--;
    const allowed = ALLOW_MARKERS.some((marker) => text.includes(marker));
    if (profile.yaml && /^\s*kind:\s*["']?Secret["']?\s*(?:#.*)?$/.test(text)) this.kubernetesSecret = true;

    if ((text.includes('PRIVATE KEY') || text.includes('PuTTY-User-Key-File-')) && this.startBlock(text, line, allowed, sink)) return;
    if (allowed) return;

    const spans = this.spans;
    spans.length = 0;
    const tokens: TokenSpan[] = [];
    findProviderTokens(text, tokens);
    for (const token of tokens) this.report(token.kind, token.token, token.start, token.end, line, sink);
    if (tokens.some((t) => t.kind === 'aws-access-key-id') || AWS_KEY_ID.test(text)) this.awsWindow = AWS_PAIR_WINDOW + 1;
    if (this.awsWindow > 0) this.findAwsPair(text, line, sink);

    const found: ValueSpan[] = [];
    findConnectionSecrets(text, found);
    findFileFormatSecrets(text, profile, found);
    if (profile.yaml && this.kubernetesSecret) this.findKubernetesData(text, found);
    if (KEYWORD.test(text)) findAssignments(text, profile.code, found);
    for (const span of found) this.report(span.kind, span.value, span.start, span.end, line, sink);
  }

  /** A hunk ended: what spans lines cannot continue into the next one. */
  endHunk(): void {
    this.block = undefined;
    this.dataIndent = -1;
    this.awsWindow = 0;
  }

  private report(kind: CredentialKind, value: string, start: number, end: number, line: number, sink: MatchSink): void {
    for (const other of this.spans) if (start < other.end && other.start < end) return;
    this.spans.push({ start, end });
    const key = `${line}\0${kind}`;
    const ordinal = this.ordinals.get(key) ?? 0;
    this.ordinals.set(key, ordinal + 1);
    sink({ kind, value, line, ordinal, start, end });
  }

  private startBlock(text: string, line: number, allowed: boolean, sink: MatchSink): boolean {
    const putty = /PuTTY-User-Key-File-\d+:/.exec(text);
    if (putty) {
      this.block = { kind: 'putty-private-key', line, body: '', lines: 0, allowed, privatePart: false };
      return true;
    }
    const begin = PEM_BEGIN.exec(text);
    if (!begin) return false;
    const kind = /"private_key"\s*:/.test(text) ? 'gcp-service-account-key' : privateKeyKind(begin[1] ?? '');
    const after = text.slice(begin.index + begin[0].length);
    const end = PEM_END.exec(after);
    if (end) {
      // The whole key on one line, with `\n` escapes: a JSON service-account file, an env value.
      const body = keyBody(after.slice(0, end.index));
      const stop = begin.index + begin[0].length + end.index + end[0].length;
      if (!allowed && acceptableKeyBody(body)) this.report(kind, body, begin.index, stop, line, sink);
      return true;
    }
    this.block = { kind, line, body: keyBody(after), lines: 0, allowed, privatePart: false };
    return true;
  }

  private continueBlock(text: string, sink: MatchSink): void {
    const block = this.block as Block;
    if (++block.lines > MAX_BLOCK_LINES) {
      this.block = undefined;
      return;
    }
    if (block.kind === 'putty-private-key') {
      const trimmed = text.trim();
      if (trimmed.startsWith('Private-Lines:')) block.privatePart = true;
      else if (trimmed.startsWith('Private-MAC:')) {
        this.block = undefined;
        const body = block.body + trimmed.slice('Private-MAC:'.length).trim();
        if (!block.allowed && acceptableKeyBody(block.body)) this.report(block.kind, body, 0, 0, block.line, sink);
      } else if (block.privatePart) block.body += keyBody(trimmed);
      return;
    }
    const end = PEM_END.exec(text);
    if (end) {
      block.body += keyBody(text.slice(0, end.index));
      this.block = undefined;
      if (!block.allowed && acceptableKeyBody(block.body)) this.report(block.kind, block.body, 0, 0, block.line, sink);
      return;
    }
    const trimmed = text.trim().replace(/^["'|>-]+|["',]+$/g, '');
    if (!PEM_HEADER_LINE.test(trimmed)) block.body += keyBody(trimmed);
  }

  private findAwsPair(text: string, line: number, sink: MatchSink): void {
    AWS_SECRET_SHAPE.lastIndex = 0;
    for (let m = AWS_SECRET_SHAPE.exec(text); m; m = AWS_SECRET_SHAPE.exec(text)) {
      const candidate = m[0];
      // AWS secrets are generated base64: mixed case and digits, the entropy of random text.
      if (/[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /\d/.test(candidate) && isPlausibleSecret(candidate, 'token')) {
        this.report('aws-secret-access-key', candidate, m.index, m.index + candidate.length, line, sink);
      }
    }
  }

  /** `data:` (base64) and `stringData:` entries of a Kubernetes Secret manifest. */
  private findKubernetesData(text: string, out: ValueSpan[]): void {
    const section = /^(\s*)(data|stringData):\s*$/.exec(text);
    if (section) {
      this.dataIndent = (section[1] ?? '').length;
      this.stringData = section[2] === 'stringData';
      return;
    }
    const entry = (this.stringData ? YAML_STRING_DATA_ENTRY : YAML_DATA_ENTRY).exec(text);
    if (!entry) return;
    const indent = (entry[1] ?? '').length;
    // Without the `data:` line in view (a hunk that only changes one entry), any indented entry of the Secret counts.
    if (this.dataIndent >= 0 && indent <= this.dataIndent) {
      this.dataIndent = -1;
      return;
    }
    const raw = entry[3] ?? '';
    const start = text.lastIndexOf(raw);
    const value = this.stringData ? raw : strictBase64Text(raw);
    if (!value) return;
    if (PEM_BEGIN.test(value)) {
      const body = keyBody(value.slice(value.search(PEM_BEGIN)).replace(PEM_BEGIN, '').replace(/-----END[\s\S]*$/, ''));
      if (acceptableKeyBody(body)) out.push({ kind: 'private-key', value: body, start, end: start + raw.length });
      return;
    }
    const name = entry[2] ?? '';
    const strength = /pass|pwd/i.test(name) ? 'password' : 'token';
    if (isPlausibleSecret(value, strength)) out.push({ kind: 'kubernetes-secret', value, start, end: start + raw.length });
  }
}

/** Every secret of a whole text (HEAD's version of a file, a blob), line by line. */
export function matchText(path: string, text: string, sink: MatchSink): void {
  const matcher = new FileMatcher(path);
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    matcher.push(text.slice(start, end), line, sink);
    line++;
    start = end + 1;
  }
}
