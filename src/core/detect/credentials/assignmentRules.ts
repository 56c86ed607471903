// Secrets with no format of their own, found by the name they are assigned to: `DB_PASSWORD=…` in an
// env file or a shell export, `password: …` in YAML, `"api_key": "…"` in JSON, `secret = "…"` in INI,
// TOML or Terraform, `token=…` in .properties, `<password>…</password>` and `<add key="…" value="…"/>`
// in XML, `Password=…;` in a connection string. The value is then judged (valueJudgement.ts).
import type { CredentialKind } from './credentialKinds';
import { detached } from './patchParser';
import type { ValueStrength } from './valueJudgement';

export interface KeyClass {
  readonly kind: CredentialKind;
  readonly strength: ValueStrength;
  /** The name is about digests or commits: hex values there are not secrets. */
  readonly digestKey: boolean;
}

/**
 * Names already split or classified: a history repeats the same few key names on line after line
 * (`password`, `secretKey`, `token`). Emptied when full, so it never grows past KNOWN_NAMES entries.
 */
const KNOWN_NAMES = 4096;
const splitNames = new Map<string, readonly string[]>();
const classifiedNames = new Map<string, KeyClass | null>();

function remembered<T>(cache: Map<string, T>, name: string, make: (name: string) => T): T {
  const known = cache.get(name);
  if (known !== undefined || cache.has(name)) return known as T;
  if (cache.size >= KNOWN_NAMES) cache.clear();
  const made = make(name);
  // The name is a slice of the line, itself often of a whole file's text: kept as it is, it would pin that text.
  cache.set(detached(name), made);
  return made;
}

/** Splits `dbPassword`, `DB_PASSWORD`, `db.password`, `db-password` into lower-case words. */
export function keyWords(name: string): readonly string[] {
  return remembered(splitNames, name, splitName);
}

function splitName(name: string): readonly string[] {
  return Object.freeze(
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== ''),
  );
}

// A word that names a secret, possibly glued to a qualifier (`dbpassword`, `githubtoken`, `clientsecret`).
const SECRET_WORD = /(?:password|passwd|passphrase|passcode|pwd|bindpw|rootpw|authtok|secret|secrets|token|apikey|accesskey|secretkey|privatekey|clientsecret|authkey|masterkey|masterauth|credential|credentials)$/;
/** A word that names a password (not a token or a key): `password`, `dbpasswd`, `pass`, `pwd`. */
const PASSWORD_WORD = /^(?:[a-z]*pass(?:word|wd|phrase)|pass|[a-z]*pwd|pw)$/;
/**
 * `pass` glued to whose password it is (`dbpass`, `userpass`, `rootpass`, Dovecot's LDAP `dnpass`, Redis' `requirepass`): the qualifiers are listed, since
 * other words end in `pass` too (`bypass`, `compass`, `renderpass`).
 */
const GLUED_PASS = /^(?:db|user|usr|admin|root|sql|mysql|pg|psql|mongo|redis|smtp|mail|ftp|sftp|ldap|bind|dn|ssh|proxy|login|app|auth|master|sa|imap|pop3?|sys|vnc|rdp|wifi|rabbit|mq|sudo|web|require)pass$/;
/** `pass` glued to the digest it is kept as (glauth's `passsha256`, `passbcrypt`): a password's hash, judged under a digest's name. */
const GLUED_PASS_DIGEST = /^pass(?:sha(?:1|2|256|512)?|md5|bcrypt)$/;
/** A credential word numbered (`password2`, `static_password01`, `token1`): the number tells entries apart, the word names the value. */
const NUMBERED = /(?<=[a-z])\d{1,3}$/;
/** Words that make a following `key` a secret key (`api key`, `signing key`…), not a lookup key. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'client', 'auth', 'master', 'encryption', 'encrypt', 'signing', 'sign', 'hmac',
  'app', 'application', 'account', 'storage', 'license', 'licence', 'service', 'consumer', 'session', 'jwt', 'crypt',
  'crypto', 'cipher', 'aes', 'shared', 'webhook', 'deploy', 'root', 'admin', 'subscription', 'integration', 'mac',
  'server', 'secure', 'security', 'x',
  // An encryption library named for the key it takes (WAL-G's `WALG_LIBSODIUM_KEY`).
  'sodium', 'libsodium',
]);
/** PAM's return codes that name the authentication token (pam.conf(5)): `new_authtok_reqd`, `authtok_err`, `authtok_lock_busy`… */
const PAM_RETURN_CODE = /^(?:new authtok reqd|authtok (?:err|recover err|lock busy|disable aging|expired))$/;
/** What a lexer keeps about its tokens (after `token`): data, precedences, types, tables, a stream. */
const LEXER_WORDS = new Set(['data', 'prec', 'precedence', 'precedences', 'types', 'table', 'tables', 'stream', 'spec', 'specs']);
/**
 * Words that make the name about the secret's metadata, not the secret itself. (`existing`: Helm charts'
 * `existingSecret`, `existingUserSecretKey` name a Kubernetes Secret or one of its entries.)
 */
const METADATA_WORDS = new Set([
  'name', 'names', 'id', 'ids', 'ref', 'reference', 'arn', 'path', 'file', 'filename', 'files', 'dir', 'directory',
  // Glued as one word (fastlane's `SPACESHIP_CONNECT_API_KEY_FILEPATH`, `TOKEN_FILEPATH`, `KEY_DIRPATH`): where the file is.
  'filepath', 'filepaths', 'dirpath', 'pathname',
  'url', 'uri', 'endpoint', 'host', 'type', 'kind', 'store', 'provider', 'version', 'count', 'length', 'len', 'size',
  'min', 'max', 'enabled', 'enable', 'disabled', 'required', 'policy', 'mode', 'prefix', 'suffix', 'regex', 'pattern',
  'field', 'header', 'param', 'parameter', 'template', 'hint', 'label', 'prompt', 'description', 'desc', 'expires',
  'expiry', 'expiration', 'expire', 'ttl', 'timeout', 'lifetime', 'rotation', 'manager', 'mount', 'volume', 'format',
  'algorithm', 'alg', 'method', 'scheme', 'location', 'source', 'env', 'var', 'variable', 'hash', 'hashed', 'digest',
  'salt', 'public', 'placeholder', 'example', 'sample', 'dummy', 'fake', 'mock', 'validator', 'validation',
  'strength', 'complexity', 'generator', 'reset', 'forgot', 'changed', 'updated', 'created', 'at', 'on', 'by',
  'index', 'column', 'table', 'schema', 'sha', 'commit', 'checksum', 'fingerprint', 'usage', 'limit', 'bucket',
  'cache', 'primary', 'foreign', 'sort', 'partition', 'idempotency', 'keyboard', 'keyword', 'keywords', 'keystore',
  'keychain', 'keyring', 'keypair', 'pub', 'help', 'title', 'tooltip', 'text', 'caption', 'aria', 'i18n', 'translation',
  'lookup', 'map', 'dict', 'react', 'existing', 'route', 'query', 'request', 'response', 'class', 'style', 'icon', 'button', 'menu', 'option', 'options', 'input', 'output', 'form', 'error', 'message',
  // An icon font's glyph names (`ic_fluent_password_24_filled`, `glyph-lock-outlined`) map to code points, not to values.
  'ic', 'glyph', 'glyphs', 'filled', 'outlined',
  // What is put after a token's class (a Monarch lexer's `tokenPostfix: '.objective-c'`), as `prefix` and `suffix` are.
  'postfix',
  // `realm`: an HTTP auth realm's name (`REGISTRY_AUTH_HTPASSWD_REALM`); `from`: where the value comes from
  // (Drone's `from_secret`, cert-manager's `inject-ca-from-secret` annotation), a reference, not a value.
  'realm', 'from',
  // `APP_PASSWORD_RULES` (a policy), Laravel's `AUTH_PASSWORD_BROKER` (the service that resets passwords).
  'rule', 'rules', 'broker',
  // After the credential word, whose user it is (`password-meter-username`, `token_email`); before it, whose credential (`email_password`).
  'username', 'email',
  // The identifier of a stored secret (`rbd_secret_uuid`: libvirt's UUID for a Ceph key, written into every hypervisor's config), not the secret.
  'uuid', 'guid',
  // A property of the password, not the password: the characters a generator draws from (`postgresql__password_characters`),
  // how it is hashed (`password_hashing_algo`), its length (`login_password_maxlen`), a policy's lockout (`pwdLockoutDuration`),
  // the directory attribute or the mapping that holds it (`pwdAttribute`, Dovecot's `pass_attrs`), and, after the credential
  // word, the port or the user of a password service (`password_poppassd_port`, `password_plesk_user`).
  'characters', 'chars', 'charset', 'alphabet', 'algo', 'hashing', 'hasher', 'maxlen', 'minlen', 'lockout', 'duration',
  'attribute', 'attributes', 'attr', 'attrs', 'port', 'user',
  // A page's element that shows or takes it (`'passwordElement': '#modal-password'`, a password generator's option).
  'element', 'elements', 'selector',
  // How a password-changing plugin works (Roundcube's `password_driver`, `password_ldap_encodage`, `password_ldap_pwattr`,
  // `password_ldap_basedn`), or the command that prints the password (`password_command`, mbsync's `PassCmd`): not the password.
  'driver', 'drivers', 'encodage', 'encoding', 'pwattr', 'basedn', 'cmd', 'command',
  // What happens after a wrong password (a game server's `WrongPass.BanTime`, `failed_password_attempts`, `password_retries`):
  // a count or a delay, not the password.
  'wrong', 'failed', 'attempts', 'attempt', 'retries', 'ban',
  // Who may read it (a group managed service account's `PrincipalsAllowedToRetrieveManagedPassword`, a DSC resource's
  // `ManagedPasswordPrincipals`): a list of accounts, not the password. (One `principal`'s password, a keytab's, is a password.)
  'principals',
]);
/**
 * Metadata words only after the credential's word: a password policy's age (AWS IAM's `max_password_age = 90`: days), the
 * namespace a Secret lives in (a CSI storage class's `provisioner-secret-namespace`), what a rule does with a match (a log
 * pipeline's `pass_action`), the annotation that asks for it. Before it they name a tool or a service whose credential it is (age's `AGE_SECRET_KEY`,
 * GitHub's `ACTIONS_RUNTIME_TOKEN`, `NAMESPACE_TOKEN`).
 */
// (`annotation`: the annotation that asks for the credential, `ForbiddenConfigProvideAPIKeyAnnotation = "provideAPIKeyAnnotation"`.)
// (`last`: when it was last set or used, Active Directory's `pwdLastSet`, `password_last_changed`.)
// (`target`, `visibility`: a page's element and its state, Stimulus' `data-password-visibility-target="showIcon"` names the
// element a controller toggles; before the credential word a target is whose credential, `TARGET_DB_PASSWORD`.)
// (`fetch`: how the value is fetched, vdirsyncer's `password.fetch = ["command", "pass", "mail/me"]`, a strategy and a command's words;
// before the credential word, `FETCH_TOKEN` is a token.)
// (`dialog`: how a server asks for a key's passphrase, Apache's `SSLPassPhraseDialog builtin`, puppetlabs-apache's
// `ssl_pass_phrase_dialog => 'exec:/path'`: a method; before the credential word, a dialog's password is a password.)
// (`exts`, `extensions`: what a password mechanism supports, ProxySQL's `sqlite3_pass_exts` test of SQLite's password functions.)
// (`owner`: whose token it is, FreeIPA's `ipatokenOwner: uid=…` in an LDIF, `token_owner`; before the credential word, an
// owner's password is a password, `OWNER_PASSWORD`.)
// (`page`: the page that asks for it, a template's `password_page="reset_password"` given to an included form, a route's
// `PASSWORD_PAGE`; before the credential word a page's token is a pagination cursor's or a page's own, left to the rest.)
const METADATA_AFTER = new Set(['age', 'namespace', 'action', 'actions', 'annotation', 'annotations', 'last', 'target', 'targets', 'visibility', 'fetch', 'dialog', 'ext', 'exts', 'extension', 'extensions', 'owner', 'owners', 'page', 'pages']);
/** Metadata words that, before the credential word, say whose credential it is rather than what the value is about. */
// `host` too: `EMAIL_HOST_PASSWORD` (Django) is the mail host's password, `PASSWORD_HOST` a host name; `user` and `port`
// alike (`DB_USER_PASSWORD` is the user's password, `password_plesk_user` a user's name, `console_port_password` a password);
// `env` too: Docker's link variables and images written after them (`DB_ENV_MYSQL_PASSWORD`, `MAIL_ENV_PASSWORD`) hold the value,
// `password_env` names the variable;
// and `text`: cloud-init's `plain_text_passwd` is the password, `password_text` a label.
// `broker` too: `CELERY_BROKER_PASSWORD` is the message broker's password, Laravel's `AUTH_PASSWORD_BROKER` a service's name;
// `output`: OpenSSL's `output_password`, a pipeline's `OUTPUT_DATABASE_PASSWORD`. (Not `input`: a page's `data-input-show-password`
// names a toggle; OpenSSL's `input_password` is left to that.)
const QUALIFYING_BEFORE = new Set(['username', 'user', 'port', 'env', 'email', 'host', 'text', 'store', 'keystore', 'keychain', 'keyring', 'provider', 'source', 'bucket', 'mount', 'manager', 'primary', 'pub', 'ssh', 'cache', 'index', 'bucket', 'broker', 'output']);
/** Words after `from` that make it a mail's sender (`from_email_password`), not a value's source (`from_secret`). */
const MAIL_SENDER_WORDS = new Set(['email', 'mail', 'smtp', 'address', 'addr']);
/** What a credential's file or variable holds it as (`credentials_json`, `CREDENTIALS_B64`): the credential itself. */
const CREDENTIAL_CONTENT = new Set(['json', 'data', 'content', 'contents', 'value', 'raw', 'b64', 'base64', 'blob', 'string', 'str', 'yaml', 'xml', 'ini', 'txt', 'encoded']);
/** Names of an environment, after a credential's name (`GCP_CREDENTIALS_PROD`): whose credential it is. */
const ENVIRONMENT_WORDS = new Set(['prod', 'production', 'staging', 'stage', 'dev', 'development', 'test', 'qa', 'ci', 'local', 'live', 'sandbox', 'preprod', 'uat']);
const DIGEST_WORDS = new Set(['sha', 'sha1', 'sha2', 'sha3', 'sha256', 'sha512', 'md5', 'hash', 'digest', 'checksum', 'commit', 'rev', 'revision', 'etag', 'integrity', 'fingerprint']);

/**
 * Words before `salt` that make it an application's secret (CakePHP's `SECURITY_SALT`, BigBlueButton's `securitySalt`, WordPress'
 * `AUTH_SALT` and `LOGGED_IN_SALT` in Bedrock's `.env`, a site's `APP_SALT`): the key its signatures, tokens or cookies are made
 * with. A password's or a user's salt (`password_salt`, `user_salt`), stored beside its hash, and a salt alone stay metadata.
 */
const SALT_QUALIFIERS = new Set(['security', 'secret', 'app', 'application', 'site', 'session', 'cookie', 'auth', 'nonce', 'secure', 'signing', 'encryption', 'master', 'server']);
function isApplicationSalt(words: readonly string[], at: number): boolean {
  const previous = words[at - 1] ?? '';
  return SALT_QUALIFIERS.has(previous) || (previous === 'in' && words[at - 2] === 'logged');
}

/** What a key name says about its value, or null when it does not name a secret. */
export function classifyKey(name: string): KeyClass | null {
  return remembered(classifiedNames, name, (n) => {
    const found = classifyName(n);
    return found && Object.freeze(found);
  });
}

/** A front-end build's environment prefix names the tool, not the value (`REACT_APP_DB_PASSWORD` is a password, not a React name). */
const FRONTEND_ENV_PREFIX = /^(?:REACT_APP|VUE_APP)_(?=[A-Z0-9_]+$)/;

function classifyName(name: string): KeyClass | null {
  const words = keyWords(name.replace(FRONTEND_ENV_PREFIX, ''));
  if (words.length === 0 || words.length > 8) return null;
  let kind: CredentialKind | null = null;
  /** The last word that named a credential, `key` after its qualifier included (`api key`, `access key`). */
  let lastFound = -1;
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] as string).replace(NUMBERED, '');
    const previous = i > 0 ? (words[i - 1] as string) : '';
    let found: CredentialKind | null = null;
    if (/^no(?:passwd|password|pass|auth)$/.test(word)) return null; // sudoers `NOPASSWD:`, a flag
    // `PassThrough`, `pass_thru`: what a setting lets through (a batch script's `set "PassThrough=…"`), no password.
    if (word === 'pass' && /^(?:through|thru)$/.test(words[i + 1] ?? '')) continue;
    // Nim's compiler options that pass flags on to the C compiler and the linker (`nim c --passC:"-flto" --passL:-static`, a
    // nimble task's, a Dockerfile's build): `pass` and one letter, no password.
    if (words.length === 2 && word === 'pass' && /^[cl]$/.test(words[1] ?? '')) return null;
    if (SECRET_WORD.test(word)) {
      if (/pass|pwd|pw$|authtok/.test(word)) found = 'password';
      else if (/token$/.test(word)) found = 'token';
      else if (/key$/.test(word)) found = 'api-key';
      else found = 'secret';
    } else if (word === 'pass' || word === 'pw' || GLUED_PASS.test(word) || GLUED_PASS_DIGEST.test(word)) {
      found = 'password';
    } else if (word === 'key' && KEY_QUALIFIERS.has(previous) && !(previous === 'storage' && i === 1)) {
      // (A name that opens with `storage key` (`storage_key`, `storageKey`) is where a record is kept: an object store's key, Laravel's
      // token guard's `'storage_key' => 'api_token'` column, a session's entry. A storage account's key is named for its provider or
      // account first (`AZURE_STORAGE_KEY`, `ARM_STORAGE_KEY`, `storage_account_key`), and Azure's keys are read by their shape.)
      found = 'api-key';
    } else if (word === 'key' && previous === 'validation' && i >= 2) {
      // The key a server validates what it signed with, named for what it signs (Yii's `cookieValidationKey`): a MAC key, not a
      // validator's name. (`validationKey` alone is ASP.NET's machineKey, hex or `AutoGenerate`, read by its own rule.)
      found = 'api-key';
    } else if (word === 'salt' && isApplicationSalt(words, i)) {
      found = 'secret';
    } else if ((word === 'auth' || word === 'authorization') && (words.length === 1 || i === words.length - 1)) {
      found = 'secret';
    }
    // The most specific word wins: a password beats anything, a token beats a secret or key
    // (`secret_token`), a secret keeps its name when followed by `key` (`SECRET_KEY`, `secret_key_base`).
    if (found && (kind === null || found === 'password' || (found === 'token' && kind !== 'password'))) kind = found;
    if (found) lastFound = i;
  }
  if (!kind) return null;
  // A service named after credentials (Open edX's Credentials service: `CREDENTIALS_LANGUAGE_CODE`, `CREDENTIALS_GUNICORN_EXTRA`):
  // `credentials` first, then words that name a setting of that service, none a credential's word nor its content.
  if (/^credentials?$/.test(words[0] as string) && words.length > 1 && !words.slice(1).some((w) => isCredentialWord(w.replace(NUMBERED, '')) || CREDENTIAL_CONTENT.has(w) || w === 'key')) return null;
  // Credentials as a thing a setting is about, further in the name (xPRO's `DIGITAL_CREDENTIALS_SUPPORTED_RUNS`: the course runs that
  // issue digital certificates): two or more words after it, none a credential's word, its content, an environment's name or `for`
  // (`GCP_CREDENTIALS_FOR_DEPLOY` is whose credential it is).
  const about = words.findIndex((w, i) => i > 0 && /^credentials?$/.test(w));
  if (about > 0 && words.length - about > 2 && !words.some((w, i) => i !== about && isCredentialWord(w.replace(NUMBERED, ''))) && !words.slice(about + 1).some((w) => CREDENTIAL_CONTENT.has(w) || w === 'key' || w === 'for' || ENVIRONMENT_WORDS.has(w))) return null;
  // etcd's `initial-cluster-token` (`ETCD_INITIAL_CLUSTER_TOKEN`) tells one cluster's bootstrap from another's: a label, not a secret.
  if (words.join(' ').includes('initial cluster token')) return null;
  // PAM's return codes in a control's brackets (`[success=done new_authtok_reqd=done default=die]`, `authtok_err=bad`): the
  // name of a result a module returns, mapped to an action, not a password.
  if (PAM_RETURN_CODE.test(words.join(' '))) return null;
  // A lexer's or a generated parser's tables (`tokenData`, `tokenPrec`, `tokenTypes`: Lezer, ANTLR): tokens of a grammar, not credentials.
  if (words.length === 2 && words[0] === 'token' && LEXER_WORDS.has(words[1] as string)) return null;
  // An Ansible loop over a lookup plugin (`with_password: …`): the keyword names the loop, its value is the lookup's
  // terms (a file, options, a Jinja expression), not a password.
  if (words.length === 2 && words[0] === 'with') return null;
  // Ansible's user modules' `update_password: always | on_create`: when to set the password, not the password.
  if (words.length === 2 && words[0] === 'update' && words[1] === 'password') return null;
  // `passwordKey`, `existingSecretPasswordKey`, `passwordSecretKey`: the name of the entry of a Secret
  // (or a map) that holds the password, as Helm charts and operators write it, not the password.
  for (let i = 0; i < words.length - 1; i++) {
    if (!PASSWORD_WORD.test(words[i] as string)) continue;
    const next = words.slice(i + 1).join(' ');
    if (next === 'key' || next === 'keys' || next === 'secret key') return null;
  }
  // Metadata words count wherever they are, but a store's or a connection's name before the credential
  // word qualifies it (`RELEASE_STORE_PASSWORD`, `ssh_key_passphrase`).
  // (`key` after its qualifier counts as such a word: `STORE_API_KEY`, `EMAIL_API_KEY`, `storeApiKey` are a store's and a mail
  // service's API keys, as `STORE_PASSWORD` is the store's password.)
  const last = Math.max(lastFound, words.reduce((at, w, i) => (isCredentialWord(w.replace(NUMBERED, '')) ? i : at), -1));
  // (`at` before `rest` is encryption at rest, `AtRestEncryptKey`, not a timestamp's `created_at`.)
  // (`file` before a password: the password of a key or store file, `certificateKeyFilePassword`, `key_file_password`;
  // `password_file` is a path, and a `file_token` a download's token, not a login.)
  const fileQualifies = (w: string, i: number) => w === 'file' && i < last && PASSWORD_WORD.test((words[last] ?? '').replace(NUMBERED, ''));
  // (`from` before a mail word names the sender whose login it is, .NET's `FromEmailPassword`, `FROM_SMTP_PASSWORD`: not where a value comes from.)
  const senderQualifies = (w: string, i: number) => w === 'from' && i < last && MAIL_SENDER_WORDS.has(words[i + 1] ?? '');
  // (`validation` before `key`, and an application's `salt` itself, name the secret: `cookieValidationKey`, `SECURITY_SALT`.)
  const namesSecret = (w: string, i: number) => (w === 'validation' && words[i + 1] === 'key' && i + 1 === last) || (w === 'salt' && i === last && isApplicationSalt(words, i));
  if (words.some((w, i) => METADATA_WORDS.has(w) && !(i < last && QUALIFYING_BEFORE.has(w)) && !fileQualifies(w, i) && !senderQualifies(w, i) && !(w === 'at' && words[i + 1] === 'rest') && !namesSecret(w, i))) return null;
  if (words.some((w, i) => i > last && METADATA_AFTER.has(w))) return null;
  // Browser and framework storage names (`localStorageKey`, `sessionStorageToken`): where a value is kept, not a value.
  if (words.includes('storage') && (words.includes('local') || words.includes('session'))) return null;
  if (words.includes('aws') && words.includes('secret')) kind = 'aws-secret-access-key';
  return { kind, strength: kind === 'password' ? 'password' : 'token', digestKey: words.some((w) => DIGEST_WORDS.has(w) || GLUED_PASS_DIGEST.test(w)) };
}

/**
 * Words before `key` that name what is keyed, not a service whose API key it is (`SITE_KEY` is reCAPTCHA's public
 * half, `SSH_KEY` and `GPG_KEY` name a key pair's file or id, `REDIS_KEY` and `LOCK_KEY` a record's name).
 */
const NOT_A_SERVICE = new Set(['site', 'publishable', 'ssh', 'gpg', 'pgp', 'tls', 'ssl', 'cert', 'redis', 'lock', 'queue', 'cookie', 'object', 'row', 'record', 'entity', 'item', 'node', 'event', 'group', 'feature', 'flag', 'config', 'settings', 'locale', 'lang', 'routing', 'unique', 'dedupe', 'hot', 'shortcut', 'license', 'licence', 'data', 'default', 'my', 'test', 'some', 'the', 'new', 'old']);

/**
 * `<service>_KEY` (`MAILGUN_KEY`, `SENDGRID_KEY`, `STRIPE_KEY`): a service's name and `key` alone, which
 * classifyKey leaves out because it is often a public half (Stripe's publishable key beside `STRIPE_SECRET`).
 * Read only in deployed configuration and only when its value looks generated (ruleEngine's servicePair).
 */
export function isServiceKeyName(name: string): boolean {
  const words = keyWords(name);
  if (words.length !== 2 || words[1] !== 'key') return false;
  const service = words[0] as string;
  // (`STORAGE_KEY`, which classifyKey leaves out as a record's key, is read so too: a storage service's key when it looks generated.)
  return /^[a-z][a-z0-9]{2,}$/.test(service) && !METADATA_WORDS.has(service) && (service === 'storage' || !KEY_QUALIFIERS.has(service)) && !NOT_A_SERVICE.has(service) && !isCredentialWord(service);
}

/**
 * A name ending in `key` after one to three words that name a service (`FlickrKey`, `PastebinCaKey`, `Ge_ttKey`,
 * `UploadScreenshotKey`), read only in a source file named for the API keys it holds (FileContext.keysSource) and only
 * when its value looks generated (ruleEngine's servicePair). A metadata word, or a word that keys a record (`CacheKey`,
 * `RegistryKey`, `SortKey`, `HotKey`), is no service.
 */
export function isKeysSourceKeyName(name: string): boolean {
  const words = keyWords(name);
  if (words.length < 2 || words.length > 4 || words[words.length - 1] !== 'key') return false;
  return words.slice(0, -1).every((w) => /^[a-z][a-z0-9]*$/.test(w) && !METADATA_WORDS.has(w) && !NOT_A_SERVICE.has(w) && !NOT_A_KEYS_SERVICE.has(w) && !isCredentialWord(w));
}
/** Words before `key` that key a record or a setting, not a service (beside NOT_A_SERVICE and the metadata words). */
const NOT_A_KEYS_SERVICE = new Set(['registry', 'resource', 'language', 'translation', 'storage', 'local', 'session', 'dictionary', 'search', 'secondary', 'composite', 'natural', 'surrogate']);

function isCredentialWord(word: string): boolean {
  return SECRET_WORD.test(word) || word === 'pass' || word === 'pw' || GLUED_PASS.test(word);
}

/**
 * Words of a YAML parent key that make its block a credential's context (`jwt:`, `spring: datasource:`,
 * `mail:`, `redis:`): under it, `secret: shop-admin-secret` is the signing secret, not the name of a
 * Kubernetes Secret as `tls: secret: ingress-tls-secret` is. (`auth` is left out: Helm values write
 * `auth: secret: basic-auth` for the Secret that holds an ingress's users.) Each is also a keyword of the
 * scan, so that the parent's line is read.
 */
export const CREDENTIAL_PARENT_WORDS = ['jwt', 'oauth', 'oauth2', 'datasource', 'redis', 'mail', 'smtp', 'ldap', 'database', 'rabbitmq', 'amqp', 'mongodb', 'minio', 'sso', 'signing'];
const PARENT_WORDS = new Set(CREDENTIAL_PARENT_WORDS);

/** Whether a YAML key with no value of its own (a parent) names a credential's context. */
export function isCredentialParentKey(key: string): boolean {
  return keyWords(key).some((w) => PARENT_WORDS.has(w));
}

export interface ValueSpan {
  kind: CredentialKind;
  /** Where the value is written on the line (for masking). */
  start: number;
  end: number;
  /** The secret (decoded when written encoded). */
  value: string;
}

/** One `name = value` pair read on a line. */
export interface KeyValue {
  key: string;
  /** The value, unescaped when it was quoted; XML entities decoded. */
  value: string;
  quoted: boolean;
  /** Where the value is written on the line. */
  start: number;
  end: number;
  /** An attribute of the element said how the value is encoded (`<Pass encoding="base64">`). */
  base64?: boolean;
}

/** Undoes the escapes of a quoted value (`\"`, `\'`, `\\`, `\n`, `\t`); any other backslash stays (`'Vendor\Auth\Adapter'`). */
function unescapeQuoted(text: string): string {
  return text.replace(/\\(.)/g, (all, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === '"' || c === "'" || c === '\\' || c === '`' ? c : all));
}

// key (bare or quoted; an '@' only as its first character, so that `login:password@host:port` in a URL
// is not read as a key `password@host`), optional closing bracket of `ENV['KEY']`, an assignment operator, then the value:
// double-, single- or back-quoted, or bare up to a space, quote, separator or closing bracket.
const ASSIGNMENT =
  /(?<![\w.$@])(["']?)([A-Za-z_$@][\w.$-]{0,100}?)\1\s*\]?\s*(?:=>|:=|\?\?=|\|\|=|=(?!=)|:(?![:/\\]))\s*(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})'|`([^`\n]{0,4096})`|([^\s"'`,;&<>(){}[\]]{1,4096}))/g;
/** A Perl hash element on the left of an assignment: `->{Name}` or `$hash{Name}`, the name bare or quoted. */
const PERL_HASH_ELEMENT = /((?:->|\$[A-Za-z_]\w{0,100}))\{(\w{1,100}|'\w{1,100}(?:::\w{1,100}){0,8}'|"\w{1,100}(?:::\w{1,100}){0,8}")\}(?=\s*=[^=~>])/g;
/** Request Tracker's configuration call, `Set($Name, '…')`: the name, then the comma before a quoted value. */
const PERL_SET_CALL = /(\bSet\(\s{0,10}\$\w{1,100}\s{0,10}),(?=\s{0,10}['"])/g;
/** An HTML element's identifying attribute, its value just opened (`id="`, `href="#`, `id=&#34;` in an escaped page). */
const HTML_ID_ATTRIBUTE_OPEN = /(?:^|[\s<])(?:id|href|for|class)=(?:"|'|&#34;|&quot;|&#39;)#?$/;
/** A mapping's key, then an anchor before its value. */
const YAML_ANCHOR = /^(\s*(?:-\s+)?["']?[\w.$-]+["']?\s*:\s+)(&[^\s,{}[\]]+)(?=\s+\S)/;
/** What follows a YAML tag on its line: its node, quoted or plain (not a comment). */
const TAGGED_NODE = /^([ \t]+)(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})'|([^\s#"'][^\s]{0,4095}))/;
/** Tags that keep their node a literal string. */
const LITERAL_TAGS = new Set(['!!str', '!!binary', '!unsafe']);
const XML_ELEMENT = /<([A-Za-z_][\w.:-]{0,100})(\s[^>]*)?>([^<\n]{1,4096})<\/\1\s*>/g;
const XML_KEY_VALUE = /(?:key|name)\s*=\s*"([^"\n]{1,100})"\s+value\s*=\s*"([^"\n]{0,4096})"/dgi;
/** An element's `name` or `key` attribute (`<property name="connection.password">…</property>`: Hibernate, Jetty's `<Set name=…>`, Java's properties XML `<entry key=…>`). */
const XML_NAME_ATTRIBUTE = /(?:^|\s)(?:name|key)\s*=\s*["']([A-Za-z_][\w.-]{0,99})["']/i;
/**
 * Elements that hold a setting's entry (`property`, `entry`, Jetty's `Set`, .NET's `setting` and `add`, `param`, Zimbra's
 * `localconfig.xml` `<key name="…">` with its `<value>` on the next line):
 * only these are read by their `name` attribute. A resource's `<string name="password">Password</string>`
 * (Android) or a form's `<field name="password">` is a label or a widget, not a setting.
 */
export const XML_ENTRY_ELEMENTS = 'property|prop|entry|set|setting|param|parameter|add|var|variable|env|attribute|key';
const XML_ENTRY_ELEMENT = new RegExp(`^(?:${XML_ENTRY_ELEMENTS})$`, 'i');
/** An element that names its entry and holds the value in a `<value>` child on the same line (Spring's `<property name="password"><value>…</value></property>`). */
const XML_NAMED_VALUE_CHILD = new RegExp(`<(?:${XML_ENTRY_ELEMENTS})\\s(?:[^>]*\\s)?(?:name|key)\\s*=\\s*["']([A-Za-z_][\\w.-]{0,99})["'][^>]*>\\s*<value>([^<\\n]{1,4096})<\\/value>`, 'dgi');
/**
 * A setter named after what it sets, called with one quoted literal: Java's and PHP's `setPassword("…")`, Go's and C#'s `SetPassword("…")`,
 * Ruby's and Python's `set_token('…')`. The name after `set` is the key (`Password`, `token`).
 */
const SETTER = /(?<![\w$])[Ss]et_?([A-Za-z][A-Za-z0-9_]{0,60})\s*\(\s*(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})')\s*\)/g;
/**
 * A builder's method named after the password it sets, called with one quoted literal in a chain (Spring's
 * `DataSourceBuilder.create()….password("…")`, tokio-postgres' and sqlx's `.password("…")`, Testcontainers' `.withPassword("…")`):
 * the same pair as `password = "…"`. Only a password's names: `.token("…")` or `.key("…")` name too many other things.
 */
const BUILDER_PASSWORD = /\.(?:with_?)?([Pp]ass(?:word|wd))\s*\(\s*(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})')\s*\)/g;
/**
 * A name and a value given to a call as its first two string arguments: a URL's or a form's parameter (`searchParams.append('api-key', '…')`,
 * `params.set('token', '…')`), a header (`setHeader('X-Api-Key', '…')`, `headers.add("X-Access-Token", "…")`), a map's entry (`map.put("password",
 * "…")`), a stored item (`localStorage.setItem('token', '…')`, `os.environ.setdefault('SECRET_KEY', '…')`), a Go flag's default
 * (`flag.String("password", "…", usage)`, `flag.StringVar(&pw, "password", "…", usage)`), a property or a setting set in code
 * (`System.setProperty("javax.net.ssl.keyStorePassword", "…")`, `viper.Set("database.password", "…")`, PHP's `$config->set(…)` and
 * `Config::set(…)`), an environment variable set in code (`os.Setenv`, `os.putenv`, `Environment.SetEnvironmentVariable`). The first
 * string is the key.
 */
const CALL_PAIR = /(?:(?:\.|->|::)(?:append|set|add|put|putString|setHeader|addHeader|setRequestHeader|header|withHeader|setItem|setdefault|setProperty|Set|SetDefault|setDefault|Setenv|setenv|putenv|SetEnvironmentVariable)\s*\(|\bflag\.String\s*\(|\bflag\.StringVar\s*\(\s*&[\w.]+\s*,)\s*(?:"([^"\\\n]{1,100})"|'([^'\\\n]{1,100})')\s*,\s*(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})')\s*[,)]/dg;
/**
 * An environment variable set in code as one `NAME=value` string (PHP's and C's `putenv("DB_PASSWORD=…")`), and a setting given as a
 * section, an option and a value (Python's configparser `cfg.set("database", "password", "…")`): the name or the option is the key.
 */
const CALL_NAMED_STRING = /(?<![\w$])putenv\s*\(\s*(?:"([A-Za-z_]\w{0,99})=((?:[^"\\\n]|\\.){0,4096})"|'([A-Za-z_]\w{0,99})=((?:[^'\\\n]|\\.){0,4096})')\s*\)|\.set\s*\(\s*(?:"[^"\\\n]{1,100}"|'[^'\\\n]{1,100}')\s*,\s*(?:"([^"\\\n]{1,100})"|'([^'\\\n]{1,100})')\s*,\s*(?:"((?:[^"\\\n]|\\.){0,4096})"|'((?:[^'\\\n]|\\.){0,4096})')\s*\)/dg;
/** Text with its line ends escaped (`\n`, `\r\n`) twice or more: a file embedded in a string (a YAML file in an SQL row, a config in JSON). */
const ESCAPED_LINE_ENDS = /\\n[^]*\\n/;
/**
 * A template's bound attribute or directive, its name just read (Vue's `:name="…"`, `v-bind:name="…"`, `v-name="…"`, Angular's
 * `[name]="…"`): what precedes the name.
 */
const BOUND_ATTRIBUTE_BEFORE = /(?:^|[\s<])(?::|v-bind:|v-|\[)$/;
/**
 * After a name glued to it by a colon, lower-case words and more colons (`satoken:login:session:*`, `satoken:user-role:`): a key's
 * namespace (a cache's key, a permission's code), not `name: value`.
 */
const NAMESPACE_REST = /^(?:[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)?(?::(?:[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*|\*)?)+$/;
/** A JSON object naming its entry and giving its value on one line (`{"name": "DB_PASSWORD", "value": "…"}`: ECS task definitions, ARM app settings). */
const JSON_NAME_VALUE = /"(?:key|name)"\s*:\s*"([^"\n]{1,100})"\s*,\s*"value"\s*:\s*"((?:[^"\\\n]|\\.){0,4096})"/dgi;

/** A computed key naming an enum's member (`[PasskeyBrand.KeePassXC]: "KeePassXC"`): the member's label, not a credential. */
function enumMemberKey(line: string, key: string, from: number): boolean {
  const at = line.indexOf(key, from);
  if (at < 0 || line[at + key.length] !== ']') return false;
  const before = /\[((?:[A-Za-z_$][\w$]*\.)*)$/.exec(line.slice(0, at));
  return before !== null && (before[1] !== '' || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(key));
}

/** A `s/pattern/replacement/` command (sed, Perl, an editor's), its `s` standing alone. */
const SUBSTITUTION = /(?:^|[^\w$])s\/[^/\n]*\//;
/** A package's version after its coordinates' `group:artifact:` (`2.2.4`, `v1.0.0-rc1`). */
const COORDINATE_VERSION = /^v?\d+(?:\.\d+)+(?:[-.+][\w.-]+)?$/;

/**
 * Whether the key read at `keyStart` is a segment of a path (the run of name characters it sits in follows a
 * `/`: a container image `owner/name:tag`, an annotation `example.com/agent-inject-secret-db: …`) or the artifact
 * of a package's coordinates (`group:artifact:version`, its operator a `:` and its value a version).
 */
function isPathOrCoordinateSegment(line: string, keyStart: number, operator: string, raw: string): boolean {
  let start = keyStart;
  while (start > 0 && /[\w.-]/.test(line[start - 1] as string)) start--;
  // A substitution's `/` separates its pattern from what it writes (`sed -i "s/SECRET_KEY = ''/SECRET_KEY = 'ci'/"`).
  if (line[start - 1] === '/') return !SUBSTITUTION.test(line);
  return operator === ':' && line[start - 1] === ':' && /[\w.-]/.test(line[start - 2] ?? '') && COORDINATE_VERSION.test(raw);
}

/**
 * A `sed` substitution's delimiter (`sed -i 's/#db_password=old/db_password=new/' app.conf`), when the line
 * runs one: its pattern and its replacement are each a `name = value` text, and a bare value ends at the
 * delimiter, which no configuration syntax knows.
 */
// (`~` too: `sed -i -e 's~#disable_plaintext_auth = yes~disable_plaintext_auth = no~g'` in a container's start script.)
const SED_SUBSTITUTION = /\bsed\b.*?(?:^|[\s'"])s([/|#,:@!%~])(?=\S)/;
export function sedDelimiter(line: string): string | undefined {
  return line.includes('sed') ? SED_SUBSTITUTION.exec(line)?.[1] : undefined;
}

/**
 * A call named for its credential with a quoted literal (SETTER's `setPassword("…")`, BUILDER_PASSWORD's `.password("…")`): the
 * name in group 1, the value in group 2 (double quotes) or 3 (single). The opening quote is the match's first one (the call's
 * name holds none).
 */
function readQuotedCallArguments(pattern: RegExp, line: string, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const key = m[1] ?? '';
    if (!isKey(key)) continue;
    const raw = m[2] ?? m[3] ?? '';
    const start = m.index + m[0].indexOf(m[2] !== undefined ? '"' : "'") + 1;
    visit({ key, value: unescapeQuoted(raw), quoted: true, start, end: start + raw.length });
  }
}

/**
 * Every `name = value` pair on one line, in the syntaxes config files and code use: env and shell,
 * YAML, JSON, INI, TOML, HCL, properties, PHP arrays and variables, XML elements and attributes,
 * `<add key="…" value="…"/>`, `Password=…;` inside connection strings. `quotedOnly` is for source
 * code, where a bare word is a variable. `isKey` tells which names the caller wants (so that a value
 * which starts another pair is read again from there). `plainScalars`: the line is YAML's, where a bare
 * value may follow an anchor and runs to the end of the line.
 */
export function readAssignments(rawLine: string, quotedOnly: boolean, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void, plainScalars = false): void {
  // A YAML anchor before a value (`password: &db_password s3cr3t`, reused as `*db_password`) names the node,
  // it is not the value: blanked, so that the value after it is read where it stands.
  const anchored = plainScalars && rawLine.includes('&') ? rawLine.replace(YAML_ANCHOR, (_, before: string, anchor: string) => before + ' '.repeat(anchor.length)) : rawLine;
  // A Perl hash element (`$Self->{DatabasePw} = '…';` of OTRS' and Znuny's Config.pm, `$conf{'db_pass'} = "…";`): its braces
  // blanked, so that the name inside them is read as the key it is (the line keeps its length, the value its place).
  // A name qualified by its module (Znuny's `$Self->{'AuthModule::LDAP::SearchUserPw'}`) keeps its last part. Request Tracker's
  // `Set($DatabasePassword, '…');` (RT_SiteConfig.pm) names the variable and gives its value: its comma is read as the `=` it means.
  // Perl writes a string in quotes: a bare word given to a hash element is a call or a constant (imapsync's
  // `$mysync->{password1} = firstline ( $passfile1 ) ;`), so only a quoted value is read there.
  let perlKeys: Set<number> | undefined;
  const hashed = anchored.includes('{') ? anchored.replace(PERL_HASH_ELEMENT, (_, before: string, key: string, offset: number) => {
    const quote = /^['"]/.test(key) ? key[0] as string : '';
    const name = quote ? key.slice(1, -1) : key;
    const last = name.slice(name.lastIndexOf('::') + 1 + (name.includes('::') ? 1 : 0));
    (perlKeys ??= new Set()).add(offset + before.length + 1 + name.length - last.length);
    return before + ' ' + ' '.repeat(name.length - last.length) + quote + last + quote + ' ';
  }) : anchored;
  const line = hashed.includes('Set(') ? hashed.replace(PERL_SET_CALL, '$1=') : hashed;
  // A tuple assignment pairs its names and values by position; read so, the line holds no other pair.
  const tuple = (line.includes(',') && line.includes('=') && readTuple(line, quotedOnly, isKey, visit)) || ((line.includes(',') || line.includes('[') || line.includes('(')) && readSequence(line, isKey, visit));
  const sed = sedDelimiter(line);
  // Whether the line holds a file with its line ends escaped: asked once, of the first bare value with a backslash.
  let escapedLineEnds: boolean | undefined;
  ASSIGNMENT.lastIndex = 0;
  for (let m = tuple ? null : ASSIGNMENT.exec(line); m; m = ASSIGNMENT.exec(line)) {
    const key = m[2] ?? '';
    const quoted = m[3] ?? m[4] ?? m[5];
    let raw = quoted ?? m[6] ?? '';
    let rawStart = m.index + m[0].length - raw.length - (quoted !== undefined ? 1 : 0);
    // A shell parameter's default (`${DB_PASSWORD:-…}`): the `-` is the operator, not the value's first character.
    if (quoted === undefined && raw.length > 1 && raw.startsWith('-') && line[rawStart - 1] === ':' && line.slice(Math.max(0, m.index - 2), m.index) === '${') {
      raw = raw.slice(1);
      rawStart += 1;
    }
    // In a `sed` substitution the value ends at the delimiter; what follows (the replacement, with its own
    // `name = value`) is read next.
    const cut = quoted === undefined && sed !== undefined ? raw.indexOf(sed) : -1;
    if (cut >= 0) {
      raw = raw.slice(0, cut);
      ASSIGNMENT.lastIndex = rawStart + cut + 1;
    }
    // Configuration embedded in a string with its line ends escaped (`…\n  password: …\n  is_verify_token: false\r\n…` in an SQL row): a bare
    // value ends at the escape, as it would at the line's end.
    if (quoted === undefined && raw.includes('\\') && (escapedLineEnds ??= ESCAPED_LINE_ENDS.test(line))) {
      const escape = raw.search(/\\[rn]/);
      if (escape === 0) continue;
      if (escape > 0) {
        raw = raw.slice(0, escape);
        ASSIGNMENT.lastIndex = rawStart + escape;
      }
    }
    // A name glued to lower-case words and more colons (`"satoken:login:session:*"`): a key's namespace, not `name: value`.
    if (quoted === undefined && m[1] === '' && rawStart === m.index + key.length + 1 && line[rawStart - 1] === ':' && raw.includes(':') && NAMESPACE_REST.test(raw)) {
      ASSIGNMENT.lastIndex = rawStart + raw.length;
      continue;
    }
    // A glued `name:value` that opens an HTML attribute's value (a generated page's heading anchor, `<h2 id="doit-auth:3de8…">`,
    // the quote escaped in a feed, `id=&#34;…`): an element's identifier, not a key.
    if (quoted === undefined && line[m.index + (m[1] ?? '').length + key.length] === ':' && HTML_ID_ATTRIBUTE_OPEN.test(line.slice(0, m.index + (m[1] ?? '').length))) {
      ASSIGNMENT.lastIndex = Math.max(m.index + 1, rawStart);
      continue;
    }
    if (!isKey(key)) {
      // The value may itself start the next assignment (`$env:PASSWORD = "…"`): look again from there.
      ASSIGNMENT.lastIndex = Math.max(m.index + 1, rawStart);
      continue;
    }
    // A template's bound attribute or directive (`:isNotPass="ids.includes(row.id)"`, `v-auth="'user:add'"`, `[password]="form.pw"`): its value
    // is an expression of the component's script. Only a string literal alone there is text, read without its quotes.
    if (quoted !== undefined && m[1] === '' && boundAttribute(line, m.index, key, rawStart)) {
      const literal = /^(\s*)(['`])([^'`\\]*)\2\s*$/.exec(quoted);
      if (literal) {
        const start = rawStart + (literal[1] ?? '').length + 1;
        visit({ key, value: literal[3] ?? '', quoted: true, start, end: start + (literal[3] ?? '').length });
      }
      continue;
    }
    // Triple quotes (Grafana's and Python's `password = """…"""`, for a value holding `#` or `;`): the text between them.
    if (m[3] === '' && line.startsWith('"""', rawStart - 1)) {
      const close = line.indexOf('"""', rawStart + 2);
      if (close > rawStart + 2) {
        visit({ key, value: line.slice(rawStart + 2, close), quoted: true, start: rawStart + 2, end: close });
        ASSIGNMENT.lastIndex = close + 3;
        continue;
      }
    }
    if (quoted === undefined && (quotedOnly || perlKeys?.has(m.index))) continue;
    // A name inside a path or a package's coordinates is not a key: a container image's `repo/wrongsecrets:1.4-no-vault`,
    // an annotation's `vault.hashicorp.com/agent-inject-secret-db: "kv/db"`, Maven's `org.pwdb:KeePassJava2:2.2.4`.
    if (m[1] === '' && isPathOrCoordinateSegment(line, m.index, line.slice(m.index + key.length, rawStart - (quoted !== undefined ? 1 : 0)).replace(/[\s\]]/g, ''), raw)) {
      ASSIGNMENT.lastIndex = Math.max(m.index + 1, rawStart);
      continue;
    }
    // A shell expansion's alternate value or error text (`${MVNW_PASSWORD:+has-password}`, `${TOKEN:?unset}`): words the
    // script prints or tests, not a default of the variable.
    if (quoted === undefined && /^[+?]/.test(raw) && line.slice(0, m.index).endsWith('${')) continue;
    // A computed key naming an enum's member (`[PasskeyBrand.KeePassXC]: "KeePassXC"`): the member's label, not a credential.
    if (enumMemberKey(line, key, m.index)) continue;
    // `$password := index .Values …` (a Go template), `$pass = PASS_CONST;` (PHP): a `$` name takes a
    // literal only in quotes; a bare word there is a function, a constant or another variable.
    if (quoted === undefined && key.startsWith('$')) continue;
    // A prompt's text (`expect { "Enter password:" {send …} }`): the key sits inside a string opened before it,
    // so the quote after its colon closes that string; what follows is not its value.
    if (quoted !== undefined && m[1] === '' && insideString(line, m.index, line[rawStart - 1] as string)) {
      ASSIGNMENT.lastIndex = rawStart;
      continue;
    }
    // `PASSWORD :'name'` (a space before the colon, none after) is a psql variable, not YAML or JSON.
    if (quoted !== undefined && m[1] === '' && /\s:["']$/.test(line.slice(m.index, rawStart))) continue;
    // A bare word followed by `[` or `(` is an expression (`ENC[…]`, `getenv(…)`, `lookup(…)`), not a value.
    if (quoted === undefined && /^[[(]/.test(line.slice(rawStart + raw.length))) continue;
    // A bare word that a template or an interpolation goes on (`Pass = plain#{{ znc_user_password }}`, `token=tk-${SUFFIX}`,
    // `pw=pre{% if x %}…`): the value is filled in when the file is rendered; the literal part is only its prefix.
    if (quoted === undefined && (/^\{[{%]/.test(line.slice(rawStart + raw.length)) || (/[$#%]$/.test(raw) && line[rawStart + raw.length] === '{'))) continue;
    // `Password: get from Vault`, `echo "Pass: no-op when …"`: after `name:` a bare word followed by more
    // words is the start of a sentence (YAML and prose alike run to the end of the line), not a value. So after `=>`
    // (`'usernamePassword' => map of attributes` in a README's prose; Ruby's and PHP's `=>` take one expression).
    // (Not after `=`: a shell's `PGPASSWORD=… psql -U ops` sets the value for the command that follows.)
    if (quoted === undefined && !raw.startsWith('!') && /(?:[^:]:|=>)\s*$/.test(line.slice(m.index, rawStart)) && /^[ \t]+[A-Za-z`]/.test(line.slice(rawStart + raw.length))) continue;
    // `seed_password = nag "What password would you like?"`, `token = ENV.fetch 'API_TOKEN'`: a name, then a string, is a call
    // without parentheses (Ruby, Perl, a shell command with its argument), not a value.
    if (quoted === undefined && /^[A-Za-z_][\w.:]*[!?]?$/.test(raw) && /^[ \t]+["']/.test(line.slice(rawStart + raw.length))) continue;
    // `PasswordLastSet = if ($user.PasswordLastSet) { … }` (PowerShell), `token = await fetchToken()`: a keyword that opens an expression.
    if (quoted === undefined && /^(?:if|switch|match|new|await|typeof|function|lambda|not)$/.test(raw) && /^[ \t]+\S/.test(line.slice(rawStart + raw.length))) continue;
    if (quoted === undefined && raw.startsWith('!')) {
      const tagged = TAGGED_NODE.exec(line.slice(rawStart + raw.length));
      if (tagged && /^!!?[A-Za-z][\w.-]*$/.test(raw)) {
        // A YAML tag before its node. `!!str`, `!!binary` and Ansible's `!unsafe` keep a literal (read after
        // the tag); any other (`!Ref DBPassword`, `!GetAtt Db.Password`, `!Sub …`, compose's `!reset`) makes
        // the node a function or a reference, not a value.
        if (LITERAL_TAGS.has(raw)) {
          const text = tagged[2] ?? tagged[3] ?? tagged[4] ?? '';
          const start = rawStart + raw.length + tagged[0].length - text.length - (tagged[4] === undefined ? 1 : 0);
          visit({ key, value: tagged[4] === undefined ? unescapeQuoted(text) : text, quoted: tagged[4] === undefined, start, end: start + text.length, base64: raw === '!!binary' });
        }
        ASSIGNMENT.lastIndex = rawStart + raw.length + tagged[0].length;
        continue;
      }
    }
    // In YAML a plain scalar runs to the end of its line or a comment: `&`, `;` and `,` inside it are the value's
    // own characters (`password: ab&cd;ef`), which the bare reading stops at for shell and code (a `, ` or a
    // trailing `,` still ends an entry of a flow mapping or a template's dictionary).
    // (A URL's query parameter, `?method=x&api_key=None&user_id=None` in a recorded request: `&` starts the next one.)
    if (quoted === undefined && plainScalars && /^[&;,][^\s#,]/.test(line.slice(rawStart + raw.length)) && !/[?&]$/.test(line.slice(0, m.index))) {
      const rest = /^[^\s#]*/.exec(line.slice(rawStart + raw.length))?.[0] ?? '';
      const whole = raw + rest;
      visit({ key, value: whole, quoted: false, start: rawStart, end: rawStart + whole.length });
      ASSIGNMENT.lastIndex = rawStart + whole.length;
      continue;
    }
    const value = quoted !== undefined ? unescapeQuoted(quoted) : raw;
    visit({ key, value: decodeXmlEntities(value), quoted: quoted !== undefined, start: rawStart, end: rawStart + raw.length });
  }
  if (line.includes('(') && /set_?[a-z]/i.test(line)) readQuotedCallArguments(SETTER, line, isKey, visit);
  if (line.includes('.') && /\.(?:with_?)?pass/i.test(line)) readQuotedCallArguments(BUILDER_PASSWORD, line, isKey, visit);
  readCallPairs(line, isKey, visit);
  if (line.includes('</')) {
    XML_ELEMENT.lastIndex = 0;
    for (let m = XML_ELEMENT.exec(line); m; m = XML_ELEMENT.exec(line)) {
      // The element names the entry (`<db.password>`), or its `name`/`key` attribute does (`<property name="connection.password">`,
      // judged whole or by its last dotted part, as a Hadoop property's name is).
      let key = m[1] ?? '';
      if (!isKey(key)) {
        if (!XML_ENTRY_ELEMENT.test(key)) continue;
        key = namedKey(XML_NAME_ATTRIBUTE.exec(m[2] ?? '')?.[1] ?? '', isKey);
        if (key === '' || /\svalue\s*=/i.test(m[2] ?? '')) continue;
      }
      const raw = m[3] ?? '';
      const start = m.index + m[0].indexOf('>') + 1;
      visit({ key, value: decodeXmlEntities(raw), quoted: true, start, end: start + raw.length, base64: /encoding\s*=\s*["']base64["']/i.test(m[2] ?? '') });
    }
  }
  if (/<value>/i.test(line)) visitNamedPairs(line, XML_NAMED_VALUE_CHILD, (name) => namedKey(name, isKey), decodeXmlEntities, visit);
  if (/value\s*=/i.test(line)) visitNamedPairs(line, XML_KEY_VALUE, (name) => (isKey(name) ? name : ''), decodeXmlEntities, visit);
  if (/"value"\s*:/.test(line)) visitNamedPairs(line, JSON_NAME_VALUE, (name) => (isKey(name) ? name : ''), unescapeQuoted, visit);
}

/** A setting's name as its entry gives it, judged whole or by its last dotted part (`hibernate.connection.password`); '' when neither is a key. */
export function namedKey(name: string, isKey: (key: string) => boolean): string {
  const last = name.slice(name.lastIndexOf('.') + 1);
  return name !== '' && isKey(name) ? name : last !== name && isKey(last) ? last : '';
}

/** Each match of `pattern` (the entry's name in group 1, its value in group 2, `d` flag) whose name `keyOf` turns into a key: one pair, its value decoded. */
function visitNamedPairs(line: string, pattern: RegExp, keyOf: (name: string) => string, decode: (raw: string) => string, visit: (pair: KeyValue) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const key = keyOf(m[1] ?? '');
    const at = m.indices?.[2];
    if (key === '' || !at) continue;
    visit({ key, value: decode(m[2] ?? ''), quoted: true, start: at[0], end: at[1] });
  }
}

/** A quoted name holding a credential's word (what CALL_PAIR's first argument must be to matter): one cheap test before it. */
const QUOTED_CREDENTIAL_NAME = /["'][\w.-]*(?:pass|pwd|secret|token|key|auth|cred)/i;

/** The name and value pairs given to calls on a line (CALL_PAIR); readAssignments reads them with the rest. */
export function readCallPairs(line: string, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void): void {
  if (!line.includes('(') || !QUOTED_CREDENTIAL_NAME.test(line)) return;
  // (A name and a value as two arguments need the `,` between them; `putenv("NAME=…")` does not.)
  if (line.includes(',')) {
    CALL_PAIR.lastIndex = 0;
    for (let m = CALL_PAIR.exec(line); m; m = CALL_PAIR.exec(line)) {
      const key = m[1] ?? m[2] ?? '';
      if (!isKey(key)) continue;
      const at = m.indices?.[3] ?? m.indices?.[4];
      if (!at) continue;
      visit({ key, value: unescapeQuoted(m[3] ?? m[4] ?? ''), quoted: true, start: at[0], end: at[1] });
    }
  }
  CALL_NAMED_STRING.lastIndex = 0;
  for (let m = CALL_NAMED_STRING.exec(line); m; m = CALL_NAMED_STRING.exec(line)) {
    const key = m[1] ?? m[3] ?? m[5] ?? m[6] ?? '';
    if (!isKey(key)) continue;
    const group = [2, 4, 7, 8].find((g) => m[g] !== undefined);
    const at = group === undefined ? undefined : m.indices?.[group];
    if (group === undefined || !at) continue;
    visit({ key, value: unescapeQuoted(m[group] ?? ''), quoted: true, start: at[0], end: at[1] });
  }
}

/** Whether the name read at `at` is a template's bound attribute or directive: `:name=`, `v-bind:name=`, `v-name=` (or the name `v-name`), or `[name]=`. */
function boundAttribute(line: string, at: number, key: string, valueStart: number): boolean {
  // (A directive is read whole as the name, `v-auth`, when nothing glues it to what precedes.) Only the few characters before
  // the name are looked at: a long line holds many pairs.
  const previous = line[at - 1];
  const before =
    key.startsWith('v-') && (previous === undefined || /[\s<]/.test(previous)) ? 'v-' : previous === ':' || previous === '-' || previous === '[' ? BOUND_ATTRIBUTE_BEFORE.exec(line.slice(Math.max(0, at - 8), at))?.[0] : undefined;
  if (before === undefined) return false;
  const operator = line.slice(at + key.length, valueStart - 1).replace(/\s/g, '');
  return before.endsWith('[') ? operator === ']=' : operator === '=';
}

/** Whether `line` has an unclosed `quote` string (escapes skipped) before `at`. */
function insideString(line: string, at: number, quote: string): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === quote) open = !open;
  }
  return open;
}

/**
 * Names, then one assignment, then as many values: Go's `var user, password string = "ops", "…"` and
 * `user, password := …`, Python's and Lua's `user, password = "ops", "…"`. A declaration (`var`, `const`,
 * `let`, `local`) and a Go type may stand around the names.
 */
const TUPLE = /^\s*(?:(?:var|const|let|local)\s+)?([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+)(?:\s+[A-Za-z_][\w.]*)?\s*(?::=|=(?![=>~]))\s*/;
/** One value of the list: quoted, or a bare word or number (a call, an index or a literal in brackets ends the reading). */
// (A bare `name=value` is a keyword argument of a call continued on the line, `Model, verbose_name="…", on_delete=CASCADE`: no tuple.)
const TUPLE_ITEM = /\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|([^\s,"'`()[\]{};=]+))\s*(,|;?\s*$)/y;

/** Reads a tuple assignment whose names and values count the same; whether the line was one. */
function readTuple(line: string, quotedOnly: boolean, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void): boolean {
  const head = TUPLE.exec(line);
  if (!head) return false;
  const names = (head[1] ?? '').split(',').map((n) => n.trim());
  const values: { text: string; quoted: boolean; start: number }[] = [];
  let at = head[0].length;
  while (at < line.length) {
    TUPLE_ITEM.lastIndex = at;
    const m = TUPLE_ITEM.exec(line);
    if (!m) return false;
    const quoted = m[1] ?? m[2];
    const text = quoted ?? m[3] ?? '';
    values.push({ text, quoted: quoted !== undefined, start: line.indexOf(quoted !== undefined ? `${m[1] !== undefined ? '"' : "'"}${text}` : text, at) + (quoted !== undefined ? 1 : 0) });
    at = TUPLE_ITEM.lastIndex;
    if (m[4] !== ',') break;
  }
  if (at < line.length || values.length !== names.length) return false;
  names.forEach((key, i) => {
    const value = values[i] as { text: string; quoted: boolean; start: number };
    if (!isKey(key) || (quotedOnly && !value.quoted)) return;
    visit({ key, value: value.quoted ? unescapeQuoted(value.text) : value.text, quoted: value.quoted, start: value.start, end: value.start + value.text.length });
  });
  return true;
}

/**
 * One name given several quoted literals: a tuple (`OLD_SECRETS = '…', '…'`) or a list on one line
 * (`SECRET_KEY_FALLBACKS = ['…']`, `signing_secrets: ["…", "…"]`): the keys a service still accepts while it
 * rotates them. Each literal is the credential's value. A bare tuple needs `=` and two literals (one is an
 * ordinary assignment); anything but quoted literals (a call, a name, a number) or more text after the
 * sequence leaves the line to the ordinary reading.
 */
const SEQUENCE_HEAD = /^\s*(?:(?:export|var|const|let|local|final|static|readonly|private|public)\s+)*(["']?)([A-Za-z_$][\w$.-]{0,100})\1\s*(=(?![=>~])|:(?![:/\\])|=>)\s*([[(]?)/;
const SEQUENCE_ITEM = /\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')\s*(,?)/y;
const SEQUENCE_END = /^\s*[,;]?\s*(?:(?:#|\/\/).*)?$/;

function readSequence(line: string, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void): boolean {
  const head = SEQUENCE_HEAD.exec(line);
  if (!head || !isKey(head[2] ?? '')) return false;
  const open = head[4] ?? '';
  if (open === '' && head[3] !== '=') return false;
  const items: { text: string; start: number }[] = [];
  let at = head[0].length;
  for (;;) {
    SEQUENCE_ITEM.lastIndex = at;
    const m = SEQUENCE_ITEM.exec(line);
    if (!m) break;
    const text = m[1] ?? m[2] ?? '';
    items.push({ text, start: at + m[0].indexOf(m[1] !== undefined ? '"' : "'") + 1 });
    at = SEQUENCE_ITEM.lastIndex;
    if (m[3] !== ',') break;
  }
  if (open !== '') {
    while (line[at] === ' ' || line[at] === '\t') at++;
    if (line[at] !== (open === '[' ? ']' : ')')) return false;
    at++;
  }
  if (items.length < (open === '' ? 2 : 1) || !SEQUENCE_END.test(line.slice(at))) return false;
  for (const item of items) visit({ key: head[2] ?? '', value: unescapeQuoted(item.text), quoted: true, start: item.start, end: item.start + item.text.length });
  return true;
}

function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '');
}
