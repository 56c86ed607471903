// Line rules beyond provider formats and `name = value`: passwords inside URLs and connection strings,
// Authorization values, Docker and npm registry credentials, and the credential files whose format
// says where the secret is (.pgpass, .netrc, htpasswd, shadow, Rails' master.key).
import type { CredentialKind } from './credentialKinds';
import type { ValueSpan } from './assignmentRules';
import { base64Text, percentDecode } from './encodings';
import { isPlaceholder, isPlausibleSecret } from './valueJudgement';

/** What a file's name says about how to read it. */
export interface FileProfile {
  /** Source code: a bare word after `password =` is a variable, so only quoted values count. */
  code: boolean;
  yaml: boolean;
  npmrc: boolean;
  pgpass: boolean;
  netrc: boolean;
  htpasswd: boolean;
  shadow: boolean;
  railsMasterKey: boolean;
  /** A key store judged by its name alone (its content is binary). */
  keystore: CredentialKind | null;
}

const CODE_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'py', 'rb', 'go', 'java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'php', 'c', 'h', 'cc', 'cpp', 'hpp', 'rs', 'swift', 'm', 'dart', 'lua', 'pl', 'r', 'ex', 'exs', 'erl', 'clj', 'fs', 'vb', 'vue', 'svelte']);

export function profileFor(path: string): FileProfile {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  let keystore: CredentialKind | null = null;
  if (ext === 'p12' || ext === 'pfx') keystore = 'pkcs12-file';
  else if (ext === 'jks' || ext === 'keystore' || ext === 'bks' || ext === 'jceks') keystore = 'java-keystore';
  return {
    code: CODE_EXTENSIONS.has(ext),
    yaml: ext === 'yaml' || ext === 'yml',
    npmrc: base === '.npmrc' || base === 'npmrc' || base === '.yarnrc' || base === '.yarnrc.yml',
    pgpass: base === '.pgpass' || base === 'pgpass' || base === 'pgpass.conf',
    netrc: base === '.netrc' || base === '_netrc' || base === 'netrc',
    htpasswd: base.includes('htpasswd'),
    shadow: base === 'shadow' || base === 'shadow-' || base === 'gshadow' || ext === 'shadow',
    railsMasterKey: base === 'master.key' || /(?:^|\/)config\/credentials\/[^/]+\.key$/.test(path),
    keystore,
  };
}

// scheme://user:password@host — the password stops at '@' and cannot hold '/', spaces or quotes.
const URL_CREDENTIALS = /\b([a-zA-Z][a-zA-Z0-9+.-]{1,30}):\/\/([^\s:@/"'<>`]{1,256}):([^\s@/"'<>`]{1,512})@(?=[^\s/"'<>@`])/g;
const AZURE_ACCOUNT_KEY = /AccountKey=([A-Za-z0-9+/]{86}==)/g;
const AZURE_SHARED_KEY = /SharedAccessKey=([A-Za-z0-9+/]{42,44}=?)(?=[;"'\s]|$)/g;
const AZURE_SAS_SIGNATURE = /[?&;]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})/g;
const AUTHORIZATION = /\b(Bearer|Basic)\s+([A-Za-z0-9._~+/-]{16,}={0,2})/g;
const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
const NPMRC = /(?:^|[:\s])(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*["']?([^\s"']+)/g;

/** The password of `user:password`, when it looks real. */
function passwordOfPair(pair: string): string | undefined {
  const colon = pair.indexOf(':');
  if (colon <= 0) return undefined;
  const user = pair.slice(0, colon);
  const password = pair.slice(colon + 1);
  if (password === user || !isPlausibleSecret(password, 'password')) return undefined;
  return password;
}

function push(out: ValueSpan[], kind: CredentialKind, value: string, start: number, end: number): void {
  out.push({ kind, value, start, end });
}

/** Rules that apply to any file. */
export function findConnectionSecrets(line: string, out: ValueSpan[]): void {
  if (line.includes('://')) {
    URL_CREDENTIALS.lastIndex = 0;
    for (let m = URL_CREDENTIALS.exec(line); m; m = URL_CREDENTIALS.exec(line)) {
      const user = m[2] ?? '';
      const raw = m[3] ?? '';
      const password = percentDecode(raw);
      const start = m.index + m[0].length - raw.length - 1;
      if (password !== user && isPlausibleSecret(password, 'password')) push(out, 'url-password', password, start, start + raw.length);
    }
  }
  if (line.includes('AccountKey=')) {
    AZURE_ACCOUNT_KEY.lastIndex = 0;
    for (let m = AZURE_ACCOUNT_KEY.exec(line); m; m = AZURE_ACCOUNT_KEY.exec(line)) {
      const key = m[1] ?? '';
      if (!isPlaceholder(key)) push(out, 'azure-storage-key', key, m.index + 11, m.index + 11 + key.length);
    }
  }
  if (line.includes('SharedAccessKey=')) {
    AZURE_SHARED_KEY.lastIndex = 0;
    for (let m = AZURE_SHARED_KEY.exec(line); m; m = AZURE_SHARED_KEY.exec(line)) {
      const key = m[1] ?? '';
      if (!isPlaceholder(key)) push(out, 'azure-connection-string', key, m.index + 16, m.index + 16 + key.length);
    }
  }
  if (line.includes('sig=')) {
    AZURE_SAS_SIGNATURE.lastIndex = 0;
    for (let m = AZURE_SAS_SIGNATURE.exec(line); m; m = AZURE_SAS_SIGNATURE.exec(line)) {
      const raw = m[1] ?? '';
      const start = m.index + m[0].length - raw.length;
      if (line.includes('sv=') && !isPlaceholder(raw)) push(out, 'azure-connection-string', percentDecode(raw), start, start + raw.length);
    }
  }
  if (line.includes('Bearer') || line.includes('Basic')) {
    AUTHORIZATION.lastIndex = 0;
    for (let m = AUTHORIZATION.exec(line); m; m = AUTHORIZATION.exec(line)) {
      const raw = m[2] ?? '';
      const start = m.index + m[0].length - raw.length;
      if (m[1] === 'Basic') {
        const pair = base64Text(raw);
        const password = pair ? passwordOfPair(pair) : undefined;
        if (password) push(out, 'bearer-token', password, start, start + raw.length);
      } else if (isPlausibleSecret(raw, 'token')) {
        push(out, 'bearer-token', raw, start, start + raw.length);
      }
    }
  }
  if (line.includes('"auth"')) {
    DOCKER_AUTH.lastIndex = 0;
    for (let m = DOCKER_AUTH.exec(line); m; m = DOCKER_AUTH.exec(line)) {
      const raw = m[1] ?? '';
      const pair = base64Text(raw);
      const password = pair ? passwordOfPair(pair) : undefined;
      const start = m.index + m[0].length - raw.length - 1;
      if (password) push(out, 'docker-registry-auth', password, start, start + raw.length);
    }
  }
}

/** Splits a .pgpass line on the colons that are not escaped with a backslash. */
function pgpassFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length) current += line[++i];
    else if (c === ':') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

const HTPASSWD_ENTRY = /^[^:\s#]+:(\$apr1\$[./0-9A-Za-z]{0,8}\$[./0-9A-Za-z]{22}|\$2[abxy]?\$\d{2}\$[./0-9A-Za-z]{53}|\{SHA\}[A-Za-z0-9+/]{27}=|\$[156]\$[^:\s]{8,}|[./0-9A-Za-z]{13})\s*$/;
const SHADOW_ENTRY = /^[^:\s#]+:(\$[0-9a-z]{1,2}\$[^:\s]{8,}):/;

/** Rules chosen by the file's name. */
export function findFileFormatSecrets(line: string, profile: FileProfile, out: ValueSpan[]): void {
  if (profile.npmrc) {
    NPMRC.lastIndex = 0;
    for (let m = NPMRC.exec(line); m; m = NPMRC.exec(line)) {
      const field = m[1] ?? '';
      const raw = m[2] ?? '';
      const start = m.index + m[0].length - raw.length;
      let value: string | undefined = raw;
      if (field === '_auth' || field === 'npmAuthIdent') value = passwordOfPair(base64Text(raw) ?? '');
      else if (field === '_password') value = base64Text(raw) ?? raw;
      if (value && isPlausibleSecret(value, field === '_authToken' || field === 'npmAuthToken' ? 'token' : 'password')) push(out, 'npmrc-auth', value, start, start + raw.length);
    }
  }
  if (profile.pgpass && !line.startsWith('#')) {
    const fields = pgpassFields(line.trim());
    const password = fields.length === 5 ? (fields[4] as string) : '';
    const start = line.lastIndexOf(password);
    if (password && isPlausibleSecret(password, 'password')) push(out, 'pgpass-password', password, start, start + password.length);
  }
  if (profile.netrc) {
    const m = /\bpassword\s+(\S+)/.exec(line);
    const raw = m?.[1];
    if (m && raw && isPlausibleSecret(raw, 'password')) {
      const start = m.index + m[0].length - raw.length;
      push(out, 'netrc-password', raw, start, start + raw.length);
    }
  }
  if (profile.htpasswd || profile.shadow) {
    const m = (profile.shadow ? SHADOW_ENTRY : HTPASSWD_ENTRY).exec(line);
    const hash = m?.[1];
    // A hash's `$id$` prefix reads like a variable to isPlaceholder: only stand-in runs are checked here.
    if (hash && !/(.)\1{7,}|x{4}|example/i.test(hash)) {
      const start = line.indexOf(hash);
      push(out, 'password-hash', hash, start, start + hash.length);
    }
  }
  if (profile.railsMasterKey) {
    const m = /^\s*([0-9a-f]{32})\s*$/.exec(line);
    if (m?.[1] && !isPlaceholder(m[1])) push(out, 'rails-master-key', m[1], line.indexOf(m[1]), line.indexOf(m[1]) + 32);
  }
}
