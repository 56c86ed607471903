// Whether a string found where a secret could be is a real secret or a stand-in for one. Provider
// formats are specific enough to need only the placeholder test; a value found after a key such as
// `password:` has no format, so it must also look generated or chosen (length, entropy, character
// classes) and not be something else a config file holds there (a reference, a path, a digest, an id).

import { createHash } from 'node:crypto';

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How many of lower case, upper case, digits and other characters the text uses. */
export function characterClasses(text: string): number {
  let lower = 0;
  let upper = 0;
  let digit = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

function distinctCharacters(text: string): number {
  return new Set(text).size;
}

// Keyboard and alphabet runs: a value that is a slice of one of these was typed, not generated.
const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '9876543210', 'zyxwvutsrqponmlkjihgfedcba'];

/** True when `text` (lower-cased) holds a run of `length` or more characters from one of RUNS. */
function hasTypedRun(text: string, length: number): boolean {
  const lower = text.toLowerCase();
  for (const run of RUNS) {
    for (let start = 0; start + length <= run.length; start++) {
      if (lower.includes(run.slice(start, start + length))) return true;
    }
  }
  return false;
}

/**
 * Filler that shows how long a token is: short typed runs or single characters, each written twice or more
 * (`abcdabcd12341234`, `abcde…12345`, `aaaabbbbcccc`). A token or an API key is issued by the service that
 * checks it, or drawn by a generator; nobody is handed one built so. (Said once each, `qwerty…123456`, runs
 * stay what the other rules make of them: a person may type that as a password.)
 */
export function isRepeatedRunFiller(value: string): boolean {
  const lower = value.toLowerCase();
  if (lower.length < 12 || !/^[a-z0-9]+$/.test(lower)) return false;
  let at = 0;
  while (at < lower.length) {
    let next = -1;
    for (let length = Math.min(10, lower.length - at); length >= 1 && next < 0; length--) {
      const piece = lower.slice(at, at + length);
      if (length === 2 || (length > 2 && !RUNS.some((run) => run.includes(piece)))) continue;
      let times = 1;
      while (lower.startsWith(piece, at + times * length)) times++;
      if (times >= (length === 1 ? 3 : 2)) next = at + times * length;
    }
    if (next < 0) return false;
    at = next;
  }
  return true;
}

/** Stand-in words: seen anywhere in a value, they mark it as not real, whatever else it holds. */
// (`changethis`, `pleasechange…`, `pleasegenerate…`: the ask to change or generate it is the marker.)
const MARKER_WORDS = ['example', 'sample', 'placeholder', 'changeme', 'changeit', 'changethis', 'pleasechange', 'pleasegenerate', 'dummy', 'redacted', 'notreal', 'notareal', 'notasecret', 'fakefake', 'lorem', 'foobar', 'yourpass', 'yoursecret', 'yourtoken', 'yourkey', 'yourapi', 'insertyour', 'replace', 'enteryour', 'putyour', 'setyour', 'xxxx', 'randomstring',
  // Letters and digits counted in step (`a1b2c3d4e5f6…`): typed by hand, not generated.
  'a1b2c3d4', '1a2b3c4d',
  // The passphrase every explanation of passphrases shows (XKCD's), written in documentation as the example.
  'correcthorsebatterystaple',
  // A note that the value is replaced when the service starts (`overwritten-by-env`, `overridden_at_runtime`): set elsewhere.
  'overwritten', 'overridden',
  // An unnamed one (`somepassword`, `some-token`, `someapikey`: a chart's values say what goes there) and the ask to change it
  // written as a sentence (`!ThisMustBeChanged!`).
  'somepass', 'somesecret', 'sometoken', 'someapikey', 'mustbechanged',
  // The ask to change it before production written into the value (`my-secret-token-to-change-in-production`, JHipster's
  // generated default; `to-be-changed`, `change-in-prod`, `change_for_production`).
  'tochange', 'tobechanged', 'changeinprod', 'changeforprod'];
/**
 * The same asks in Chinese, as configuration templates of Chinese projects write them (`填写你的SecretKey`,
 * "fill in your SecretKey"; `请输入密码`, "enter the password"): fill in, enter, your, replace, change, example.
 */
const MARKER_WORDS_ZH = /填写|填入|输入|你的|您的|替换|修改|示例|例如|自行/;
/**
 * Short markers count only as a word of their own (`TBD`, `token-tbd`): inside generated text they are chance. In a value of
 * SEGMENTS_BESIDE_DIGITS characters or more a digit beside them is chance too (`…E9tbd+C…` in a pre-shared key's base64).
 */
const MARKER_SEGMENTS = /(?:^|[^a-z])(tbd|todo|fixme)(?=[^a-z]|$)/gi;
const MARKER_SEGMENTS_LONG = /(?:^|[^a-z0-9])(tbd|todo|fixme)(?=[^a-z0-9]|$)/gi;
const SEGMENTS_BESIDE_DIGITS = 32;

/**
 * From this length a value may be generated text that holds a short word by chance: a key's base64, a
 * certificate, a long provider token. A word of 4 letters turns up once in about 600 keys of 1,600
 * characters (a letter matches 1 character in 31 of base64, either case), so a real key would be taken
 * for a stand-in; a word of 6 letters once in some 500,000.
 */
const LONG_VALUE = 64;
/** Markers this short are read as chance inside long generated text unless written as a word (markerIn). */
const SHORT_MARKER = 5;
/** Short markers that are one word: a person writes them in one case or capitalised (`fake`, `FAKE`, `Fake`); `fakE` or `xxXx` is chance. */
const ONE_WORD_MARKERS = new Set(['xxxx', 'fake', 'dummy', 'lorem', 'tbd', 'todo', 'fixme']);

function writtenAsOneWord(text: string, before = ''): boolean {
  return text === text.toLowerCase() || text === text.toUpperCase() || (/^[A-Z][a-z]+$/.test(text) && !/[A-Z]/.test(before));
}

/**
 * Whether `word` (lower case) marks `value` as a stand-in. `alnum` is the value in lower case, its separators
 * dropped or not (as the caller reads it). In a value shorter than LONG_VALUE, or for a word longer than
 * SHORT_MARKER, anywhere in `alnum`; a one-word marker (ONE_WORD_MARKERS) anywhere in the value as written. In a long value a short word counts where it is written as one: at an
 * end of the value or beside a character that is neither a letter nor a digit (`fake-…`, `…_xxxx`); inside
 * random characters (`…jjvFake7Q…`, `…sQicFakeRR1Z…`) it is chance. A one-word marker written in mixed case
 * (ONE_WORD_MARKERS), or capitalised right after a capital (`…2JFakeL3…`), is chance at any length.
 */
function markerIn(value: string, alnum: string, word: string): boolean {
  const shaped = ONE_WORD_MARKERS.has(word);
  const long = value.length >= LONG_VALUE && word.length <= SHORT_MARKER;
  if (!shaped && !long) return alnum.includes(word);
  // The marker as written, separators kept: dropping them joins chance letters (`…F!ake…`).
  const lower = value.toLowerCase();
  if (lower.length !== value.length) return lower.includes(word);
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (shaped && !writtenAsOneWord(value.slice(at, at + word.length), value[at - 1])) continue;
    if (!long || !/[A-Za-z0-9]/.test(value[at - 1] ?? '') || !/[A-Za-z0-9]/.test(value[at + word.length] ?? '')) return true;
  }
  return false;
}

/**
 * An ask shouted between exclamation marks (`!!!SET POSTGRES_PASSWORD!!!`, cookiecutter-django's `.envs/` files, read up to the space
 * as `!!!SET`; `!!!CHANGE_ME!!!`): three marks or more, then a word in capitals. A generated password's `!` is one among its characters.
 */
const SHOUTED_ASK = /^!{3,}\s*(?:SET|CHANGE|REPLACE|FILL|ENTER|PUT|INSERT|ADD|GENERATE)\b/;
/**
 * An ask to set it (`SET-ME-PLEASE`, `set_me`, `pleaseSetMe`): the value is filled in at deploy time. From a word's start:
 * inside random text the letters are chance (`VSET+mewhi…`).
 */
const SET_ME = /(?:^|[^A-Za-z])(?:set[-_. ]?me|SET[-_. ]?ME|Set[-_. ]?[Mm]e)|[a-z]Set[-_. ]?Me/;

/** A marker word (MARKER_WORDS, SET_ME, the short segments) in `value`, read as markerIn does. */
function holdsMarker(value: string, alnum: string): boolean {
  for (const word of MARKER_WORDS) if (markerIn(value, alnum, word)) return true;
  if (SET_ME.test(value) || SHOUTED_ASK.test(value)) return true;
  for (const found of value.matchAll(value.length < SEGMENTS_BESIDE_DIGITS ? MARKER_SEGMENTS : MARKER_SEGMENTS_LONG)) if (writtenAsOneWord(found[1] ?? '')) return true;
  return false;
}

/**
 * Words a hand-written stand-in is made of. A value that is nothing but these words plus a few
 * characters (`Password123!`, `my-secret-token`, `test_key`) is not a generated secret. Compounds of
 * listed words (`apikey`, `username`) need no entry; marker words are caught before this list.
 */
const FILLER_WORDS = [
  'password', 'passwd', 'passphrase', 'pass', 'pwd', 'secret', 'secrets', 'token', 'api', 'key', 'keys',
  'access', 'private', 'client', 'auth', 'credential', 'credentials', 'test', 'testing', 'tester', 'demo', 'dev',
  'development', 'local', 'localhost', 'admin', 'administrator', 'root', 'user', 'name', 'guest', 'default',
  'value', 'string', 'here', 'your', 'my', 'our', 'the', 'some', 'new', 'old', 'super', 'very', 'top', 'real',
  'fake', 'mock', 'stub', 'temp', 'tmp', 'none', 'null', 'nil', 'empty', 'unset', 'undefined', 'todo',
  'fixme', 'hidden', 'masked', 'removed', 'letmein', 'welcome', 'qwerty', 'abc', 'foo', 'bar', 'baz', 'qux',
  'hello', 'world', 'app', 'db', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'service', 'server', 'prod',
  'production', 'staging', 'stage', 'qa', 'env', 'config', 'setting', 'settings', 'insert', 'enter', 'put',
  'replace', 'change', 'me', 'it', 'with', 'and', 'for', 'to', 'of', 'a', 'is', 'not', 'set', 'this', 'that',
  'id', 'jwt', 'bearer', 'oauth', 'session', 'cookie', 'signing', 'encryption', 'master', 'shared', 'plaintext',
];

const FILLER = new RegExp(`(?:${[...FILLER_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

// (`bearer`, `basic`: an Authorization scheme's name, `tokenHead: Bearer`.)
// (`!!null`, `~`: YAML's explicit null, its tag or its short form.)
// (`absent`: Puppet's word for no value, `$password = 'absent'` in a user resource's defaults.)
// (Names of how a login is checked, never a password: a registry's `REGISTRY_AUTH: htpasswd`, MySQL's and MariaDB's
// authentication plugins in a Secret's `nativePasswordPlugin: mysql_native_password`, SASL's and PostgreSQL's mechanisms.)
const AUTH_METHODS = ['htpasswd', 'htdigest', 'mysql_native_password', 'caching_sha2_password', 'sha256_password', 'mysql_clear_password', 'mysql_old_password', 'auth_socket', 'unix_socket', 'auth_ed25519', 'auth_pam', 'auth_gssapi', 'scram-sha-1', 'scram-sha-256', 'scram-sha-512', 'cram-md5', 'digest-md5', 'md5'];
// (`undef`: Puppet's and Perl's undefined value, `api_basic_auth_password => undef` in a manifest or a module's README.)
const LITERALS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', 'nil', 'none', 'undefined', 'undef', 'absent', 'nan', 'required', 'optional', 'string', 'str', 'int', 'bool', 'boolean', 'object', 'any', 'bearer', 'basic', '!!null', '~', ...AUTH_METHODS]);

/** Syntax that refers to a value kept elsewhere: templates, variables, vault references, functions. */
const REFERENCE = new RegExp(
  [
    // Whole template expressions only: a WordPress salt or a generated key holds `{%` or `]]` by chance.
    // (`${options[old_root_password]}`: Puppet and shell interpolate an indexed variable too.)
    '\\$\\{[A-Za-z_][\\w.:-]*(?:\\[[^\\]{}]*\\])*(?::?[-=?+][^}]*)?\\}', '\\$\\([^)]*\\)', '\\{\\{[^{}]*\\}\\}', '\\{%[^%]*%\\}', '<%[^%]*%>', '%\\([\\w.-]+\\)[sdr]',
    '#\\{[^{}]*\\}', '[@%]\\{[\\w.:-]+\\}', '«[^»]*»', '\\[\\[[^\\[\\]]*\\]\\]', '^\\{\\{', '\\}\\}$', '^\\$\\{',
    // A Ruby interpolation cut by the quotes inside it (`PASSWORD '#{node['app']['password']}'` in a Chef recipe's SQL): filled in by code.
    '^#\\{',
    // (`$::profile::db::password`: Puppet's fully qualified variable, from the top scope.)
    '^\\$(?:::)?[A-Za-z_]',
    // (A batch variable, `%PASS%`, `%X:~8%`; a Symfony container parameter, `%kernel.secret%`, `%app.jwt_passphrase%`, dotted.)
    '^%[A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*(?::[^%]*)?%$', '^<[^<>]+>$', '^\\[[^\\[\\]]+\\]$', '^\\([^()]+\\)$',
    'process\\.env', 'os\\.environ', 'getenv', 'ENV\\[', 'env\\(', 'secretKeyRef', '!vault', '\\$ANSIBLE_VAULT',
    // An environment lookup written bare (`password = env.DB_PASSWORD` in Starlark, Pkl or a CI expression without braces).
    '^env\\.[A-Za-z_][\\w]*$',
    // Dagger's secret argument read from the caller's environment (`dagger call deploy --api-key=env:NEON_API_KEY`).
    '^env:[A-Za-z_]\\w*$',
    // octoDNS's provider settings read from the environment (`token: env/GANDI_TOKEN`): the variable's name, in capitals.
    '^env/[A-Z_][A-Z0-9_]*$',
    // A substitution marker an install script replaces (`__KUBERNETES_SERVICE_TOKEN__`, `_pwd_`, autoconf's
    // `@DB_PASSWORD@`), and a shell script's positional or special parameter (`password=$1`).
    // A route parameter or a symbol (`circle-token=:circle-token` in a badge URL, Ruby's `:api_token`): a name, not a value.
    '^:[A-Za-z_][\\w-]*$',
    '^__[A-Za-z][\\w.-]*__$', '^_[a-z]+_$', '^@[A-Za-z_][\\w.-]*@$', '^\\$[0-9@*#?]$',
    // A format string's field (`'https://{host}:{password}@…'.format(…)`, `$"Password={pw}"`): filled in by
    // code. Its name is words (a digit or two at the end of one): `{AQAAABAAAAAQx7…}` (Jenkins) and
    // `{jSMOWnoPFgsHV…}` (Maven's settings-security.xml) are encrypted values in braces, not fields.
    '^\\{(?=[^}]{1,40}\\}$)[A-Za-z_]+[0-9]{0,2}(?:\\.[A-Za-z_]+[0-9]{0,2})*(?:![rsa])?(?::[^{}]*)?\\}$',
    // A field holding an expression (`{quote_plus(password)}` in an f-string URL) and printf verbs (`%s`, `%v`), a
    // verb at the end of a format string with its escaped line ends (`mc alias set %s %s %s %s\\n\\n` in a Go `Printf`).
    '^\\{[A-Za-z_][\\w.]*\\([^{}]*\\)[^{}]*\\}$', '^%[-+ #0]*\\d*(?:\\.\\d+)?[sdvqxXfgT](?:\\\\[nrt])*$',
    // An empty field of a format string at the value's start (`'machine {} login {} password {}'.format(…)` in a template): filled in by code.
    '^\\{\\}',
    // A JSONPath template (kubectl's `token-key: '{.credential.access_token}'` in a kubeconfig's auth provider): where a value is read from.
    '^\\{\\.[\\w.[\\]\'"-]*\\}$',
    // A positional field of a format string among name characters (`'base-uuid-{0}'.format(id)`, .NET's `string.Format`): a template,
    // filled in by code. (Generated text with punctuation, a WordPress salt, may hold `{5}` by chance.)
    '^[\\w.:/-]*\\{\\d\\}[\\w.:/{}-]*$',
    // A server's one-letter substitution variable (Roundcube's `smtp_pass: '%p'`, the user's own password; Dovecot's `%w`, `%u`): filled in at login.
    '^%[A-Za-z]$',
    // A locked account's hash, after an LDAP scheme (`userPassword: {crypt}x`, `{CRYPT}!`): no password can match it.
    '^\\{[A-Za-z0-9-]+\\}(?:[!*]{1,2}|x)$',
    // A shell parameter or command substitution escaped inside a string a script writes out (`echo "… PASSWORD('\${DB_PASSWORD}')" | mysql`,
    // a heredoc, Puppet's `"mysqladmin --password=\$(grep … ${file})"`): expanded later.
    '^\\\\\\$(?:\\{|\\(|[A-Za-z_])',
    // A command substitution, or a variable behind compose's `$$` escape, cut where the value ends at a
    // space (`SECRET_KEY=$(head /dev/urandom …)`, `--password="$$(cat /run/secrets/db)"`): computed, not written in.
    '^\\$\\$?\\(', '^\\$\\$[A-Za-z_{]',
    // A lookup a renderer resolves when the state or pillar is compiled: Salt's `sdb://profile/key` URI, and a renderer
    // named in dunders before its options and the store's path (`__vault__::secret-app/db>data>password`,
    // `__vault__:cache:postgres-app/creds/readonly>data>password`).
    '^sdb://[\\w.-]+/', '^__[a-z][a-z0-9_]*__:[\\w-]*:?[\\w.-]+/',
    // A variable spliced into a single-quoted string of a shell command (`--data '{"access_token":"'$TOKEN'"}'`): the JSON's value is the
    // quote that closes the shell's string, the variable, and the quote that opens it again (compose's and make's `$$` escape too).
    '^\'"?\\$\\$?\\{?[A-Za-z_]\\w*\\}?"?\'$',
    // A login, then the variable that holds its password (`credentials="neo4j:$instance_id"` in a template a shell fills in).
    '^[\\w.@-]+:\\$[A-Za-z_]\\w*$',
    // Spring Cloud Config's encrypted value (`password: '{cipher}AQB…'`, after an optional `{key:name}` of the key that opens it):
    // ciphertext the config server decrypts on the way out, meant to be committed. Base64 or hex alone after the marker.
    '^\\{cipher\\}(?:\\{[\\w:.-]+\\})*[A-Za-z0-9+/]{32,}={0,2}$',
    // Netmiko's encrypted value in a device file (`password: __encrypt__<salt>:<ciphertext>`, base64 of each, Fernet or AES-128):
    // ciphertext that its key, kept outside the file, opens.
    '^__encrypt__[A-Za-z0-9+/]{16,}={0,2}:[A-Za-z0-9+/_-]{32,}={0,2}$',
    // A placeholder in angle brackets escaped for HTML (`Password=&lt;sapassword&gt;` in a README written with entities).
    // Words parted by slashes that end in a UUID: a resource's address, as Vault names a lease (`mysql/creds/app/<uuid>`,
    // `database/creds/readonly/<uuid>`: the mount, the role, the lease's id, which opens nothing by itself).
    '^[a-z][\\w-]*(?:/[\\w.-]+){1,6}/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$',
    // (Read up to the entity's `;`, where an unquoted value ends, the placeholder is only its escaped `<`: `&lt`.)
    '^&lt;[^&<>;]+&gt;$', '^&lt;?$',
    // TeamCity's reference to a token kept in its credentials storage (`value="credentialsJSON:<uuid>"` of a password parameter).
    '^credentialsJSON:[0-9a-f-]{36}$',
    // A BOSH, CredHub or Concourse variable (`((nats_password))`, `((nats_cert.private_key))`, `((/bosh/ci/db_password))`,
    // Concourse's `((vault:aws.secret_key))`): the director or the pipeline fills it in from its credential store.
    '^\\(\\((?:[\\w-]+:)?/?[\\w./-]+\\)\\)$',
    // A Vault KV path, its mount then the engine's `kv` or KV v2's `data` segment (`secret_app/kv/Shared%2Fci/details`,
    // `secret/data/app/db`): where a pipeline reads the secret from, as a comment beside its variable names it.
    '^[a-z][\\w-]*/(?:kv(?:-?v2)?|data)/[\\w%.-]+(?:/[\\w%.-]+)*$',
    '^ENC\\[', '^vault:', '^(?:var|local|module|data|each)\\.[\\w.\\[\\]"-]+$', '^arn:aws:', '^ref\\+', '^sops:', '^op://', '^secret://', '^azurekeyvault:', '^projects/[^/]+/secrets/',
    // Masks and elisions (`abc...`, `***`, `####1234`) at either end: inside generated text they are chance.
    '^(?:\\.\\.\\.|…|\\*\\*\\*|•••|###|\\?\\?\\?|000000)', '(?:\\.\\.\\.|…|\\*\\*\\*|•••|###|\\?\\?\\?)$', '<redacted>',
    // A redaction's word alone between punctuation (`--stripped--`, `[censored]`, `(scrubbed)`): what a tool writes over a value it
    // hides from a log or a support bundle (a `sed` that strips passwords from a server's details), not the value.
    '^[^A-Za-z0-9]*(?:redacted|stripped|censored|scrubbed|sanitized|sanitised)[^A-Za-z0-9]*$',
  ].join('|'),
  'i',
);

/** A format spelled with field names (`HOST:PORT:DATABASE:PASSWORD`, `USER:PASS`): it says what goes there. */
const FIELD_FORMAT = /^[A-Z][A-Z0-9_]*(?:[:@/][A-Z][A-Z0-9_]*)+$/;
/**
 * Lower-case words parted by slashes, one part at least joined by a hyphen or an underscore (a Secret's `kube-system/ingress-tls`,
 * a parameter store's `admin/db_password`, a debconf question's `percona-server-server-5.7/root-pass`): an object's, a stored
 * secret's or a question's path, not a value. (`admin/admin` is a login written
 * as documentation writes it, left to be judged.)
 */
const WORD_PATH = /^(?=[^/]*[-_]|.*\/[^/]*[-_])[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)+$/;
/** An encoding's name, then the credential's word (`base64cookie`, `b64-encoded-token`): says what is to be written there. */
const ENCODING_ASK = /^(?:base64|b64|hex)(?:[-_]?encoded)?[-_]?(?:password|passwd|pass|pwd|passphrase|secret|token|key|apikey|cookie)$/;
const DESCRIBED_HASH_ENTRY = /^(?:user|username|login|name):(?:hash|hashed|digest|crypt|bcrypt|htpasswd)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A URN (`urn:uuid:…`, a WebDAV lock's token; `urn:ietf:params:…`): an identifier in a namespace, not a secret. */
const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S/i;
/**
 * An identifier Terraform made up for a resource (`terraform-20180319235552106200000001`: its provider's unique id, a timestamp and a
 * counter after the prefix), as an EFS file system's `creationToken` or a `name_prefix`'s output shows it: a name, not a secret.
 */
const TERRAFORM_UNIQUE_ID = /^terraform-20\d{24}$/;
const ARN = /^arn:aws[\w-]*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|x+|\*)?:\S/;
/**
 * A Google Cloud IAM role's name, predefined (`roles/editor`, `roles/secretmanager.secretAccessor`) or custom
 * (`projects/p/roles/deployer`, `organizations/123/roles/custom.viewer`): what Terraform grants a member, named under a module's
 * or a permission's key (`auth = ["roles/editor"]`, `secret_accessor_role = …`), as an ARN names an AWS resource.
 */
/**
 * A web analytics property's identifier (Universal Analytics' `UA-12345678-1`, GA4's `G-` and Tag Manager's `GTM-` ids): written
 * into every page the site serves, under a `token:` or `key:` of a static site's plugin settings (GitBook's `ga: token:`), not a secret.
 */
const ANALYTICS_ID = /^(?:(?:UA|YT|MO)-\d{4,10}-\d{1,4}|G-[A-Z0-9]{10}|GTM-[A-Z0-9]{4,9})$/;
const GCP_ROLE = /^(?:(?:projects|organizations)\/[\w.:-]+\/)?roles\/[A-Za-z][\w.]*$/;
/**
 * An SNMP object, by its MIB module and name (`CISCO-STACK-MIB::tokenRingPortEarlyTokenRel`, `SNMPv2-MIB::sysDescr.0`) or by
 * its numeric OID (`.1.3.6.1.2.1.68.1.3.1.10`, six arcs or more from one of the three roots): what a monitoring plugin's
 * table maps an object's name to (`vrrpOperAuthKey => '…'`, `…PasswordDefinition => '…'`), an address in a tree, not a value.
 */
const SNMP_OBJECT = /^(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+::[a-z][A-Za-z0-9]*(?:\.\d+)*|\.?[0-2](?:\.\d+){5,})$/;
const HEX = /^[0-9a-f]+$/i;
const DIGEST_PREFIX = /^(?:md5|sha1|sha224|sha256|sha384|sha512|blake2b?|sha3-\d+)[:-]/i;
const NUMBER = /^[+-]?(?:\d+(?:[._]\d+)*|0x[0-9a-f]+)(?:[eE][+-]?\d+)?$/i;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/;
const EMAIL = /^[^@\s:/]+@[^@\s:/]+\.[a-z]{2,}$/i;
const HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i;
// (A path under a hidden folder, `.taskfiles/ExternalSecrets`, `.config/app`: no generated secret begins with a dot.)
const PATH_LIKE = /^(?:\/|\.{1,2}\/|\.[A-Za-z][\w-]*\/|~\/|[A-Za-z]:\\|\\\\|file:)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|json|ya?ml|txt|env|conf|cfg|ini|xml|properties|toml|pub|gpg|asc|enc)$/i;
/** Base64 of random bytes, `/` and `+` among its letters and digits: one in 64 begins with `/`. */
const BASE64_TEXT = /^[A-Za-z0-9+/]{20,}={0,2}$/;

/**
 * A path, not a value: begins as one (`/`, `./`, `~/`, `C:\`) or ends with a key or config file's
 * extension — unless it is random base64 that happens to begin with `/` (an AWS secret key, a WireGuard
 * key: 1 in 64 do). Such text mixes cases and digits, so few of its runs of letters are shaped like words
 * (less than 60 % of it), and holds a `/` in 64 characters on average; a path of that alphabet is words
 * (`/vendor/guzzlehttp/psr7/LICENSE`) or many folders (`/objects/15/2888a4…`). Measured (2026-12-01):
 * of 20,000 random base64 strings beginning with `/`, 97 % of 40 characters and 99.6 % of 64 pass; of
 * the 60,907 paths ever committed in 16 real histories, each with a `/` in front, none.
 */
function isPathLike(value: string): boolean {
  return (PATH_LIKE.test(value) && !isRandomBase64(value)) || SOURCE_FILE_PATH.test(value);
}
/**
 * A source file's path inside a project, names parted by slashes (`Bugzilla/Extension/GitHubAuth/Login.pm`, the module a hook loads
 * under an auth method's name; `lib/auth/token.js`): a file, not a value. (Base64 holds no dot; every part here starts as a name.)
 */
const SOURCE_FILE_PATH = /^(?:[A-Za-z_][\w-]*\/)+[A-Za-z_][\w-]*\.(?:pm|pl|py|rb|js|mjs|cjs|ts|php|java|go|cs|lua|sh|cgi)$/;

function isRandomBase64(value: string): boolean {
  if (!BASE64_TEXT.test(value)) return false;
  if (wordShare(value) < 0.6 && slashes(value) <= 1 + value.length / 16) return true;
  return caseSwitchShare(value) >= CASE_SWITCHES_OF_RANDOM && wordShare(value, true) < 0.5;
}

/**
 * Random base64 changes case between one letter and the next half the time; a path does at a camel hump
 * (`/files/default/Procfile`), between words that hold vowels (`/WordWordWord…`). Measured (2026-12-02): of the 560
 * paths without a dot ever committed in 5 real histories (and each of their tails), a `/` in front, the most was
 * 0.125 (`/keyring/0xAB7C…`). At 0.25, with less than half of the text in words that hold a vowel, the random base64
 * strings beginning with `/` still taken for a path fall from 8 % to 1.2 % (28 characters, a SoftEther hash) and from
 * 2.8 % to 0.4 % (40, an AWS secret key); none of the paths is taken for random text.
 */
const CASE_SWITCHES_OF_RANDOM = 0.25;
function caseSwitchShare(value: string): number {
  let pairs = 0;
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    const a = value.charCodeAt(i - 1);
    const b = value.charCodeAt(i);
    const aUpper = a >= 65 && a <= 90;
    const aLower = a >= 97 && a <= 122;
    const bUpper = b >= 65 && b <= 90;
    const bLower = b >= 97 && b <= 122;
    if (!(aUpper || aLower) || !(bUpper || bLower)) continue;
    pairs++;
    if (aUpper !== bUpper) switches++;
  }
  return pairs ? switches / pairs : 0;
}

function slashes(value: string): number {
  let count = 0;
  for (let i = value.indexOf('/'); i >= 0; i = value.indexOf('/', i + 1)) count++;
  return count;
}
/**
 * A page, picture or script named by its path (`data-model/secrets.md` in a docs site's navigation,
 * `img/token.png`, `js/secrets.js`): a file's name, which no generated secret or typed password ends with.
 */
const PAGE_PATH = /^[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|mdx|rst|adoc|txt|html?|pdf|png|jpe?g|gif|svg|webp|ico|css|s[ac]ss|js|mjs|cjs|ts|tsx|jsx|py|rb|go|php|sh|ps1)$/i;
/**
 * A Kubernetes label's or annotation's qualified name (`topology.kubernetes.io/zone`, `csi.storage.k8s.io/provisioner-secret-name`):
 * a DNS subdomain, a slash and a name. Scheduling keys (`topologyKey`) and storage classes' parameters name one; no secret has its shape.
 */
const QUALIFIED_LABEL = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\/[A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?$/;
/** An npm package or a module inside one, by its scoped name (`@angular/core/src/di/opaque_token`, `@shop/auth-client`). */
const SCOPED_PACKAGE = /^@[a-z][\w.-]*\/[a-z][\w.-]*(?:\/[\w.-]+)*$/;
/** `secrets/db/password`: word segments. Base64 secrets hold '/' too, but with the entropy of random text. */
const RELATIVE_PATH = /^[\w.-]+(?:\/[\w.-]+)+$/;
/**
 * Code's text where a string holds a value: a splice that closes the string to put code in (PHP's
 * `'.csrf_token().'`, JavaScript's `' + token + '`), or a regular expression (`(?<!:):[a-zA-Z_][a-zA-Z0-9_]*`,
 * a lexer's token pattern): a group construct, or a character class or escape with a quantifier.
 */
const SPLICE = /^(['"`])\s*[.+]|[.+]\s*['"`]$/;
// (Anchored, `^(?=.*[A-Z])…`, a password policy's pattern; after nginx's match operator, `~^((stage|prod)-)?app.*`.)
// (A lookaround anywhere, or Perl's `\K` that keeps what matched before it out, as a `grep -Po 'password="\K.*(?=")'` pattern reads a
// setting's value out of a file: `\K.*(?=` is the pattern's own text, not a value.)
// (A named group opening it, `"token":"(?<continuation>[^"]+)"` in Crystal's or .NET's pattern, Python's `(?P<password>…)`: the text
// it captures, cut at the quote inside its class, is the value's place.)
const REGEX_SYNTAX = /^\^?\(\?(?:[:=!]|<[=!]|P?<[A-Za-z_]\w*>)|^~\*?\s*\^|\[\^?[^\]]*[A-Za-z0-9]-[A-Za-z0-9][^\]]*\][*+?{]|\\[dswDSW][*+?{]|\(\?<?[=!]|\\K(?:[.([\\]|$)/;
/** The opening of a Go slice's literal, as generated `String()` methods print a field (`"[]LocalObjectReference{"`). */
const SLICE_LITERAL_TEXT = /^\[\]\*?[A-Za-z_][\w.]*\{$/;
/**
 * A terminal's colour escape written into the text (`\e[0;31mUNAVAILABLE\e[0m`, `\033[1m`, `\x1b[32m`): a message a script prints in
 * colour where a setting it could not read would be shown, not a value.
 */
const TERMINAL_ESCAPE = /\\(?:e|033|x1[bB]|u001[bB])\[[0-9;]*m/;
/**
 * An LDAP search filter (`(&(objectClass=mailAccount)(uid=%n))`, `(uid=%u)`): what a directory is asked for the account whose password
 * it checks (Dovecot's `pass_filter`, a `DOVECOT_PASS_FILTER` variable), not a password.
 */
const LDAP_FILTER = /^\((?:[&|!]\()*[A-Za-z][\w.;-]*[~<>]?=[^()\s]*\)(?:\([^()\s]*\)|\))*$/;
export function isCodeText(value: string): boolean {
  return SPLICE.test(value) || REGEX_SYNTAX.test(value) || SLICE_LITERAL_TEXT.test(value) || TERMINAL_ESCAPE.test(value) || LDAP_FILTER.test(value);
}

/** Code that computes or fetches the value: a call, an index, a member chain, a lambda. */
const CODE_LIKE = /[()]|=>|^\w+(?:\.\w+)+$|^\w+\[|^(?:new|await|function|lambda|this|self|static|const|let|var|return)\b/;
/** Names in code: `aws4_request`, `Authorization`, `X-Amz-Security-Token`. Generated secrets mix cases and digits. */
const SNAKE_NAME = /^[a-z]{1,20}[0-9]{0,3}(?:[_.-](?:[a-z]{1,20}[0-9]{0,3}|[0-9]{1,4}))+$/;
const WORD = /^[A-Z]?[a-z]+$/;
/**
 * The text with the diacritics of Latin letters taken off (`Schlüssel` → `Schlussel`, `Sécurité` → `Securite`, `ß` → `ss`), for the
 * tests of a word's or a name's shape, which know ASCII letters only: a word of German, French or Spanish (an inline translation,
 * `password: "Kennwörter"`, `apiKey: "API-Schlüssel"`) is then judged as the same word without its accents is. Text that is not
 * all Latin once folded (another script, symbols) is returned as it is.
 */
function latinFolded(text: string): string {
  if (/^\p{ASCII}*$/u.test(text)) return text;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
  return /^\p{ASCII}*$/u.test(folded) ? folded : text;
}
/** One segment of a namespaced name: a lower-case word, camel humps and digits at the ends of words (`sys_ugroup`, `exportXls`, `oauth2`). */
const NAME_SEGMENT = '(?:[a-z]+\\d*(?:[A-Z][a-z]+\\d*)*(?:[_-][a-z]+\\d*(?:[A-Z][a-z]+\\d*)*)*|\\*)';
/**
 * Three or more such segments joined by colons (`system:user:import`, `openapi:open_api_auth:deleteBatch`, a key prefix ending with
 * its colon): a permission's code (Shiro's, Spring Security's), a cache key's or a message's namespace — names, not a value.
 */
const NAMESPACED_NAME = new RegExp(`^${NAME_SEGMENT}(?::${NAME_SEGMENT}){2,}:?$`);
/** A slot the code fills (`%s`, `%d`, `{}`, `{id}`) as one segment of such a name: `app:login:token:%s` is formatted, never typed. */
const NAME_SLOT = '(?:%[sd]|\\{\\w*\\})';
const NAME_SLOT_IN = /%[sd]|\{\w*\}/;
const NAMESPACED_WITH_SLOT = new RegExp(`^(?:${NAME_SEGMENT}|${NAME_SLOT})(?::(?:${NAME_SEGMENT}|${NAME_SLOT})){1,}:?$`);
/**
 * A key prefix the code completes (`wechat:access_token_`, `cache:session:`): two or more segments and the separator
 * that waits for an id. A user and password joined by a colon ends with the password, not with a separator.
 */
const NAMESPACED_PREFIX = new RegExp(`^${NAME_SEGMENT}(?::${NAME_SEGMENT})+[:_]$`);
/**
 * A header's name (`X-Amz-Security-Token`, `X-CSRFToken`, `Sec-WebSocket-Key`): each part a word or an acronym, at most two words
 * glued. Generated text parted by hyphens mixes cases inside its parts (`WKkjkbbsyhFB-…`, GitLab's runner tokens before `glrt-`).
 */
const HEADER_NAME = /^[A-Z]+[a-z0-9]*(?:[A-Z][a-z0-9]+)?(?:-[A-Z]+[a-z0-9]*(?:[A-Z][a-z0-9]+)?)+$/;
/** Names rather than values: UPPER_SNAKE (an environment variable's name), snake/kebab or camel words. */
// (A class's name may begin or end with an acronym: `OIDCAuthCodeBackend`, `AuthBackendLDAP`.)
// (Camel-case words joined by `-` or `_`, `carPlay-server`, `notificationManager-didReceiveRegistrationToken`: a defaults key, an
// enum's raw value.)
const IDENTIFIER_LIKE = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:[_.-][a-z]+)+|[a-z]+(?:[A-Z][a-z]+)*(?:[_-][a-z]+(?:[A-Z][a-z]+)*)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]{2,}(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+)+[A-Z]{2,})$/;
/** Words of five letters or more a name may hold with no vowel: abbreviations (`Https`, `Xmlns`), plurals of shorter ones (`Tmpls`). */
const VOWELLESS_WORDS = new Set(['https', 'xmlns', 'ldaps', 'pgsql', 'mssql', 'rdbms', 'grpcs', 'mgmts', 'ctrls', 'tmpls', 'pkcs7', 'pkcs8']);
/**
 * Shaped as a name (IDENTIFIER_LIKE) and made of words: a camel or snake word of five letters or more holds a vowel
 * (`y` counted), or is an abbreviation a name writes (VOWELLESS_WORDS). Letters drawn at random take a name's shape
 * now and then — a token of 20 letters and digits has no digit once in 30, and mixed case reads as camel humps
 * (`HyDbtfvItdrUjyXfnBGC`, 5 in 10,000 such tokens) — but five consonants in a row, between humps, are not a word
 * (that takes a fifth of those away; four would take two fifths, and abbreviations such as `Csrf` and `Tmpl` with them).
 */
export function identifierLike(value: string): boolean {
  if (!IDENTIFIER_LIKE.test(value)) return false;
  for (const word of value.split(/[_.-]|(?=[A-Z][a-z])/)) {
    const lower = word.toLowerCase();
    if (lower.length >= 5 && /^[a-z]+$/.test(lower) && !/[aeiouy]/.test(lower) && !VOWELLESS_WORDS.has(lower)) return false;
  }
  return true;
}

/**
 * A variable in capitals spliced between at most two characters of text on each side, a backslash's escape counted as one
 * (`--passphrase=\Q$STORE_JKS_DECRYPTKEY\E` in a fastlane script, `PASS=:$ADMIN_PASS`): the shell or the template puts the
 * variable's value there; what is written around it is too short to be a password of its own.
 */
const SPLICED_VARIABLE = /^(?:\\.|[^\s$\\]){1,2}\$[A-Z][A-Z0-9_]{3,}(?![A-Z0-9_])(?:\\.|[^\s$\\]){0,2}$|^\$[A-Z][A-Z0-9_]{3,}(?![A-Z0-9_])(?:\\.|[^\s$\\]){1,2}$/;

/**
 * Ciphertext meant to be committed, known by its first bytes, which base64 spells in one case only (REFERENCE ignores
 * case, and one long random base64 value in 1,024 begins with `ag` in some case):
 * - a SealedSecret's `encryptedData` entry: only the cluster's controller opens it (version byte 2, then an RSA-wrapped
 *   session key: hundreds of base64 characters);
 * - a CryptoAPI SIMPLEBLOB (base64 of its header `01 02 00 00`): a session key encrypted to a key container's public key, as
 *   IIS keeps its configuration providers' `sessionKey`; only that machine's private key opens it.
 */
const COMMITTED_CIPHERTEXT = /^Ag[A-Za-z0-9+/]{340,}={0,2}$|^AQIAAA[A-Za-z0-9+/]{100,}={0,2}$/;
/**
 * A YAML alias (`password: *db_password`, the value of an anchor elsewhere) or its markdown look-alike `*name*`: a name
 * after the `*`, in one of a name's cases (words, capitals, camel or Pascal humps). A password that begins with `*`
 * (`*Kx9mQ2pL`, one symbol-rich generated password in some 70) mixes cases and digits in no name's way.
 */
const ALIAS = /^\*(?:_?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*|_?[A-Z][A-Z0-9]*(?:[_.-][A-Z0-9]+)*|[a-z]+[0-9]*(?:[A-Z][a-z]+[0-9]*)+|(?:[A-Z][a-z]+[0-9]*)+)\*?$/;

function refers(text: string): boolean {
  return REFERENCE.test(text) || COMMITTED_CIPHERTEXT.test(text) || ALIAS.test(text);
}

/** Whether text is a reference or a template (REFERENCE): a secret store's address, a variable, a field to fill in. */
export function isReference(text: string): boolean {
  return refers(text.trim());
}

/**
 * The Azure storage emulator's (Azurite's, and the older Storage Emulator's) account key: one fixed key of the local
 * account `devstoreaccount1`, published in Microsoft's documentation, so nothing to rotate. Compared by its SHA-256 so
 * that this source holds nothing that reads as a key.
 */
const STORAGE_EMULATOR_KEY_SHA256 = '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059';
const STORAGE_KEY_SHAPE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g;
/** The emulator's key, alone or as the only key of a value (`AccountKey=…;`, a whole connection string). */
function isStorageEmulatorKey(text: string): boolean {
  if (text.length < 88 || !text.includes('==')) return false;
  const keys = text.match(STORAGE_KEY_SHAPE);
  return !!keys && keys.every((key) => createHash('sha256').update(key).digest('hex') === STORAGE_EMULATOR_KEY_SHA256);
}

/**
 * A test vector of the SHA-crypt specification (Ulrich Drepper's `$5$` and `$6$` crypt, the hashes of `Hello world!` and its other
 * published passwords): known by its salt, one the specification chose (`saltstring`, `rounds=77777$short`, the long salts cut to 16
 * characters), which every copy of the reference code, a libc's tests or a vendored library's, writes. A generated salt is random.
 */
const SHA_CRYPT_TEST_VECTOR = /^\$[56]\$(?:rounds=\d{2,6}\$)?(?:saltstring|saltstringsaltst|toolongsaltstrin|anotherlongsalts|short|asaltof16chars\.\.|roundstoolow)\$[./0-9A-Za-z]{43,86}$/;
/**
 * A stand-in rather than a secret: placeholders, templates and references, filler words, runs typed
 * on a keyboard, a single repeated character or pattern. A published fixed key (the storage
 * emulator's). Shared by every rule.
 */
export function isPlaceholder(value: string): boolean {
  const text = value.trim();
  if (isStorageEmulatorKey(text)) return true;
  if (refers(text) || FIELD_FORMAT.test(text) || SPLICED_VARIABLE.test(text)) return true;
  const lower = text.toLowerCase();
  if (LITERALS.has(lower)) return true;
  const alnum = lower.replace(/[^a-z0-9]/g, '');
  if (holdsMarker(text, alnum) || MARKER_WORDS_ZH.test(text)) return true;
  // Also an empty value (no distinct character).
  if (distinctCharacters(text) <= 2 || (text.length >= 8 && distinctCharacters(text) <= 3)) return true;
  if (/^(.{1,4})\1{2,}$/.test(text)) return true; // abcabcabc, 12121212
  // Nothing but filler words, with at most a few characters left over (`P@ssw0rd1` is caught by the leet map).
  for (const candidate of [alnum, unleet(lower, 'i'), unleet(lower, 'l')]) {
    const rest = candidate.replace(FILLER, '');
    if (rest.length <= 3 || /^\d{1,4}$/.test(rest)) return true;
  }
  if (text.length <= 24 && hasTypedRun(text, Math.min(6, text.length))) return true;
  if (hasTypedRun(text, 10)) return true; // an alphabet (`ABC…xyz0123456789`), whatever its length
  return false;
}

/** `P@ssw0rd!` read as `password`: the usual letter-for-symbol swaps undone, then letters and digits only. */
function unleet(lower: string, one: 'i' | 'l'): string {
  const swaps: Record<string, string> = { '0': 'o', '1': one, '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
  return lower.replace(/[013457@$!]/g, (c) => swaps[c] ?? c).replace(/[^a-z0-9]/g, '');
}

/**
 * A validation rule and its parameters, all lower-case names (Laravel's `required_with:new_password`,
 * `current_password:api`, `exists:users,email` under a password field's name): names, not a value.
 */
const RULE_WITH_PARAMETERS = /^[a-z]+(?:_[a-z]+)*:[a-z]+(?:_[a-z]+)*(?:,[a-z]+(?:_[a-z]+)*)*$/;

/** Where a value was found after a key name: what strength it must show. */
export type ValueStrength = 'password' | 'token';

export interface JudgeContext {
  /** The key name was about digests or commits (`sha`, `checksum`, `commit`…): hex values are those. */
  digestKey?: boolean;
  /** The value was a quoted string: a literal, so parentheses or dots in it are not code. */
  quoted?: boolean;
  /**
   * The key says secret (`client_secret`, `hex_secret`), not token or key: 40 hex digits there are an OAuth
   * app's or a signing secret (as configuration already reads them), not a commit id.
   */
  secretKey?: boolean;
}

/**
 * A value found after a secret-looking key is kept when it looks like a real secret:
 * - password-like keys: 6+ characters, at least two character classes or 12+ characters, entropy that
 *   a typed word list does not reach;
 * - token, key and secret keys: 12+ characters and the entropy of generated text.
 * Never: references, paths, URLs without credentials, numbers, dates, versions, e-mail addresses,
 * host names, UUIDs, 40-hex commit ids, prefixed digests, identifiers and code.
 */
export function isPlausibleSecret(raw: string, strength: ValueStrength, context: JudgeContext = {}): boolean {
  const value = raw.trim();
  if (value.length < (strength === 'password' ? 6 : 12) || value.length > 4096) return false;
  if (/\s/.test(value)) return false;
  if (isPlaceholder(value) || isCodeText(value)) return false;
  if (NUMBER.test(value) || VERSION.test(value) || DATE.test(value) || EMAIL.test(value) || HOSTNAME.test(value) || IPV4.test(value)) return false;
  // `__RequestVerificationToken`, `_csrf_token`, `_DOC_STRING_END_`: a name with a private or framework prefix, or a marker's underscores, is still a name.
  // (A name closed by a colon or a comma in prose, `--private-key=PATH_TO_KEY_FILE: the key to use`, is the name.)
  const unprefixed = value.replace(/^_{1,2}(?=[A-Za-z])/, '').replace(/(?<=[A-Za-z0-9])(?:_{1,2}|[:,;])$/, '');
  // (The shape of a word or a name is asked of the text without its accents: latinFolded.)
  const shape = latinFolded(unprefixed);
  // (A socket or a file named by its type before its path, `unix:/var/run/uwsgi/app.sock` in a commented nginx `uwsgi_pass`, is a place.)
  if (URL_WITHOUT_CREDENTIALS.test(value) || isPathLike(value) || FILE_REFERENCE.test(value) || PAGE_PATH.test(value) || SCOPED_PACKAGE.test(value) || identifierLike(shape)) return false;
  if ((RELATIVE_PATH.test(value) && shannonEntropy(value) < 3.8) || QUALIFIED_LABEL.test(value)) return false;
  // Lower-case words parted by slashes under a token's or a key's name (`"access-token": "login/oauth/access_token"`, an OAuth
  // provider's endpoints): a route, whatever its letters' entropy; generated text mixes cases and digits.
  if (strength !== 'password' && WORD_PATH.test(value)) return false;
  if (!context.quoted && CODE_LIKE.test(value)) return false;
  if (SNAKE_NAME.test(shape) || WORD.test(shape) || HEADER_NAME.test(latinFolded(value)) || isCodeWords(value) || isMemberChain(value) || NAMESPACED_NAME.test(value)) return false;
  if ((NAMESPACED_WITH_SLOT.test(value) && NAME_SLOT_IN.test(value)) || NAMESPACED_PREFIX.test(value)) return false;
  if (UUID.test(value) || URN.test(value) || ARN.test(value) || DIGEST_PREFIX.test(value) || RULE_WITH_PARAMETERS.test(value)) return false;
  if (HEX.test(value)) {
    // A 40-hex value is a commit id, unless its key says secret; any hex value under a digest or commit key is that digest.
    if ((value.length === 40 && !context.secretKey) || context.digestKey) return false;
    if (value.length === 64 && context.digestKey !== false && strength === 'password') return false;
  }
  const entropy = shannonEntropy(value);
  const classes = characterClasses(value);
  if (strength === 'password') {
    if (classes < 2 && value.length < 12) return false;
    // A person's password repeats characters (`Xk9+Xk9+Zm`): with three or more classes and ten or
    // more characters, less spread is enough; word lists are caught as placeholders above.
    if (classes >= 3 && value.length >= 10) return entropy >= 2.5;
    return entropy >= Math.min(3, Math.log2(value.length) * 0.8);
  }
  // One class: digits, capitals or symbols (lower-case letters alone are a WORD, refused above).
  if (classes < 2) return entropy >= 3.5 && value.length >= 16;
  // Hex draws from 16 characters, so its spread is less than base64's: under 3.3 bits fall one random hex secret of 40
  // characters in 750, of 32 one in 60, of 24 one in 7. Its floor is set by the spread a random one of its length has
  // (under it one in some 10,000 or fewer); hand-typed hex (`deadbeef…`, 2.2 bits) stays under it.
  if (value.length >= 20 && HEX.test(value)) return entropy >= (value.length >= 32 ? 3.0 : value.length >= 24 ? 2.8 : 2.7);
  return entropy >= Math.min(3.3, Math.log2(value.length) * 0.8);
}

/**
 * A hash written as a stand-in: a character repeated (`$2y$10$aaaaaaaa…`) or a marker in it (`$2a$10$fake…`,
 * `{SSHA}xxxx…`). A hash's characters are random, so a marker in mixed case (`…fAkE…`) is chance (markerIn).
 */
export function isStandInHash(value: string): boolean {
  if (/(.)\1{7,}/.test(value) || SHA_CRYPT_TEST_VECTOR.test(value)) return true;
  const lower = value.toLowerCase();
  return ['xxxx', 'example', 'fake'].some((word) => markerIn(value, lower, word));
}

/** Words that mark a provider's token as a stand-in (read as markerIn does: a long token may hold a short one by chance). */
const TOKEN_MARKERS = ['example', 'xxxx', 'sample', 'dummy', 'fake', 'testkey', 'testingkey', 'placeholder'];

/**
 * For provider formats: the variable part of the token must not be a stand-in (`ghp_` followed by x's,
 * AWS's documented `…EXAMPLE` key, a keyboard run).
 */
export function isPlaceholderToken(token: string, variablePart: string = token): boolean {
  const lower = token.toLowerCase();
  if (TOKEN_MARKERS.some((word) => markerIn(token, lower, word))) return true;
  if (distinctCharacters(variablePart) <= Math.min(4, Math.ceil(variablePart.length / 4))) return true;
  if (/(.)\1{7,}/.test(variablePart)) return true;
  return hasTypedRun(variablePart, 8);
}

/**
 * Values that are only a stand-in word (`token: empty`, `password: hidden`). The key's own words
 * (`password: password`, `token: mytoken`) are caught by spelledFromOwnWords, literals (`null`,
 * `string`) by LITERALS, markers (`foobar`, `todo`, `xxx`) by the marker rules.
 */
// (`unused`, `notused`: a BOSH manifest's `password: unused` for a cloud provider's setting the deployment does not read.)
const STAND_IN_VALUES = new Set(['blah', 'blahblah', 'testing', 'empty', 'foo', 'bar', 'baz', 'unset', 'hidden', 'masked', 'removed', 'omitted', 'unused', 'notused']);
/** In deployed configuration `testing` is a weak password like `test`; the others still say "nothing here". */
const DEPLOYED_STAND_IN_VALUES = new Set([...STAND_IN_VALUES].filter((w) => w !== 'testing'));
/**
 * The ask to make a password rather than one (a Chef resource's `password 'generate'`, a module's `password: random`), in code,
 * tests and docs, where the tool reads the word as that ask. In deployed configuration the word may be the weak password itself.
 */
const GENERATE_ASKS = new Set(['generate', 'autogenerate', 'random']);
const HIDDEN_FOR = /^(?:hidden|masked|removed|omitted|redacted)[-_.][a-z]+$/;

/**
 * Where a literal stands, which decides whether a weak value spelled from the credential's own words
 * (`password`, `Password123!`, `strongpassword`) is a credential or a stand-in:
 * - `credential-file`: a file that exists to hold the credential (.pgpass, .netrc, a client's saved
 *   sessions): every value but explicit markers and masks is the credential;
 * - `deployed`: configuration that is deployed (`.env`, compose, Helm values, Ansible vars, Spring
 *   properties, a PHP config…) outside tests, docs, examples, vendored code and CI: such a value is a weak
 *   credential to rotate; only explicit markers (`your-password-here`, `fake-secret`, `changeme`) and
 *   stand-in words (`blah`, `hidden`) are not values;
 * - `elsewhere`: documentation and example copies, tests, CI pipelines and ordinary code: a value spelled
 *   from the credential's own words names what should be there, a stand-in.
 */
export type LiteralPlace = 'credential-file' | 'deployed' | 'elsewhere';
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A template's slot: a name in capitals between underscores (duply's `_GPG_PASSWORD_`, `__DB_PASSWORD__` for sed to replace). */
const UNDERSCORED_SLOT = /^_{1,2}[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_{1,2}$/;
/** Two or more characters written as `\uXXXX` escapes and nothing else (Java's properties files keep non-ASCII text so). */
const ESCAPED_WORD = /^(?:\\u[0-9A-Fa-f]{4}){2,}$/;
/** Letters only, none of them ASCII (`密码`, `пароль`): a word of a language written in another script. */
function isWordOfAnotherScript(text: string): boolean {
  return /^[^\p{ASCII}]+$/u.test(text) && /^\p{L}+$/u.test(text);
}

/**
 * The principle's exception list: a literal where a credential is named is a finding unless it is
 * plainly not a value — empty, a template or variable, a secret-store reference, an explicit example
 * or stand-in marker, a mask, a variable's name. Its looks (short, typed, a word) do not matter.
 */
// (Postfix chains table types: `proxy:mysql:/etc/postfix/sql/sasl_passwd.cf`.)
// (Laravel's `APP_KEY=base64:…` is the key itself, whose base64 begins with `/` once in 64: no table type is named `base64`.)
// (A file named after `@`, which reads it in: `vault kv put … key=@/vault/file/secrets/ssh_key`, curl's `-d @./body.json`, the
// Jenkins CLI's `-auth @file`. Only a path's characters follow, so a generated password that begins with `@/` is not one.)
const FILE_REFERENCE = /^(?!base64:\/[A-Za-z0-9+/]{20,}={0,2}$)(?:[a-z][\w-]{0,15}:){1,2}(?!\/\/)(?:\/|~\/|\.{1,2}\/)\S*$|^@(?:~|\.{1,2})?\/[\w./-]+$/i;
const OBJECT_TEXT = /^\{\s*\\?"[\w-]+\\?"\s*:/;
const NEXT_OPTION = /^[a-z]+(?:_[a-z]+)+=/;
const ONE_WORD_OPTION = /^[a-z]{3,32}=$/;
const YARD_ANCHOR_KIND = /^-(?:instance|class)_method$/;

/**
 * A package's version (`3.4.0-1`, `4:4.8.4-0ubuntu1`, `5.0+dfsg-2`, `0.3~git20120813-2`): what a list of
 * packages maps a name with a credential's word in it to (`cipux-passwd:`, `kdepasswd:`, `cmospwd:`).
 */
const PACKAGE_VERSION = /^(?:\d+:)?\d+(?:\.\d+)+(?:[-+~][0-9A-Za-z.+~-]*)?$/;

export function isPlainlyNotAValue(raw: string, place: LiteralPlace = 'elsewhere'): boolean {
  const value = raw.trim();
  if (refers(value) || (place !== 'credential-file' && SPLICED_VARIABLE.test(value))) return true;
  // A file named by its table type or credential name (Postfix `hash:/etc/postfix/sasl_passwd`, systemd
  // `LoadCredential=db:/etc/credstore/db`), or an object's text (`{"hashIterations":27500}`): where a value is, or data about it.
  if (FILE_REFERENCE.test(value) || OBJECT_TEXT.test(value)) return true;
  // The next option of a list of them, read after an empty one (Dovecot's `args = password= allow_real_nets=…`): a name and its `=`.
  if (NEXT_OPTION.test(value)) return true;
  // A parameter's name and its `=` alone (`$token = "skiptoken="`, the text a script looks for in a paging link to cut the value
  // after it): one lower-case word, which base64 (the only value shape ending so) does not write.
  if (place !== 'credential-file' && ONE_WORD_OPTION.test(value)) return true;
  // The anchor YARD gives a Ruby setter's documentation (`id="access_token=-instance_method"` in a gem's built pages): the method's kind.
  if (YARD_ANCHOR_KIND.test(value)) return true;
  const lower = value.toLowerCase();
  // (A shell command's line continued after the option, `-o PasswordAuthentication=yes\`: the backslash is the shell's.)
  if (LITERALS.has(lower) || (lower.endsWith('\\') && LITERALS.has(lower.slice(0, -1)))) return true;
  const alnum = lower.replace(/[^a-z0-9]/g, '');
  // Nothing but punctuation (empty, `~`, `""`, `***`, `---`): no value. In a file that exists to hold the
  // credential (.pgpass, .netrc, a client's saved sessions), `password` is the password: only markers and
  // masks stand in there (`xxxx` is a marker; `000000`, `XXX` and the like are one repeated character).
  if (alnum.length === 0 || (place === 'elsewhere' && (STAND_IN_VALUES.has(alnum) || GENERATE_ASKS.has(lower))) || (place === 'deployed' && DEPLOYED_STAND_IN_VALUES.has(alnum))) return true;
  // A stand-in word with the environment's name after it (`hidden-prod`, `masked_stage`): says nothing is there, for each environment.
  if (place !== 'credential-file' && HIDDEN_FOR.test(lower)) return true;
  if (holdsMarker(value, alnum) || MARKER_WORDS_ZH.test(value)) return true;
  // `fake` written into a value (`Fake` before a session token's text, `{fake…}` in a stored API token) marks a stand-in, as it does in a provider token
  // (isPlaceholderToken); in a file that exists to hold the credential it may be the weak password itself.
  if (place !== 'credential-file' && markerIn(value, alnum, 'fake')) return true;
  if (distinctCharacters(value) <= 1 || (alnum.length >= 8 && distinctCharacters(alnum) <= 2)) return true; // 1111-1111-…2
  if (UPPER_SNAKE.test(value) || UNDERSCORED_SLOT.test(value) || (place !== 'credential-file' && (QUALIFIED_LABEL.test(value) || WORD_PATH.test(value)))) return true;
  // A word of another script written as Java's escapes (`a.password=\u5BC6\u7801` in a translation's properties file): a label.
  if (ESCAPED_WORD.test(value) && isWordOfAnotherScript(JSON.parse(`"${value}"`) as string)) return true;
  // An ask in capitals glued into one word (`YOURCONSOLESECRET`, `YOURJWTSIGNINGSECRET`, what an example Secret's base64 decodes to),
  // and a URN (`urn:uuid:…`, a WebDAV lock's token): a name for what goes there, and an identifier.
  if (/^YOUR[A-Z0-9_]{3,}$/.test(value) || URN.test(value) || TERRAFORM_UNIQUE_ID.test(value)) return true;
  // The same ask in lower case, glued to the credential's word (`yourredisservicepassword`, `yourtopicpolicykey=` in a README's
  // connection string), and an AWS resource's name (`arn:aws:secretsmanager:…:secret:db-creds-Ab12Cd`: where the secret is kept).
  // An encoding's name before the credential's word (`base64cookie`, `base64-encoded-password`, `hex_secret`): what format goes there.
  if (place !== 'credential-file' && ENCODING_ASK.test(lower)) return true;
  if (place !== 'credential-file' && (/^your[a-z0-9]*(?:password|passwd|pass|pwd|secret|key|token)=*$/.test(value) || ARN.test(value) || GCP_ROLE.test(value) || SNMP_OBJECT.test(value) || ANALYTICS_ID.test(value))) return true;
  // A slot in angle brackets written as HTML's entities, as a built docs page keeps a code sample (`\&lt;password\&gt;`).
  if (/^\\?&lt;[^&<>]+\\?&gt;$/.test(value)) return true;
  // A credential's word alone in capitals (`'password' => 'PASSWORD'`): a field's name written where the value goes, as in `USER:PASS`.
  if (place !== 'credential-file' && LONE_CREDENTIAL_WORD.test(lower) && value === value.toUpperCase()) return true;
  // The credential's words joined in capitals (`<secret_access_key>SECRET-ACCESS-KEY</secret_access_key>`, `API-TOKEN`): a field's name too.
  if (place !== 'credential-file' && /^[A-Z]+(?:-[A-Z]+)+$/.test(value) && lower.split('-').every((w) => CAPITAL_FIELD_WORDS.has(w))) return true;
  // Glued, in a shell-style setting (`adminpassword="ADMINPASSWORD"`, `RCON_PASS=RCONPASSWORD`): the field's name in capitals, the ask
  // to put the value there, as its words parted by hyphens are.
  if (place !== 'credential-file' && /^[A-Z]{6,64}$/.test(value) && gluedFieldName(lower)) return true;
  // A user's entry described by its fields in lower case, the second a digest's name (`auth: 'user:hash' # in htaccess format`).
  if (FIELD_FORMAT.test(value) || (place !== 'credential-file' && DESCRIBED_HASH_ENTRY.test(value))) return true;
  // (In a file that exists to hold the credential, even a version-shaped password is the password.)
  if (place !== 'credential-file' && PACKAGE_VERSION.test(value)) return true;
  // A description of what goes there (`YourXmailControlPass`, `_the_password_of_the_bind_user`) or metasyntactic words (`bar_foo`): an ask, not a value.
  if (place !== 'credential-file' && (describesCredential(value) || /^(?:foo|bar|baz|qux|quux){2,}$/.test(alnum))) return true;
  // Spelled from the credential's own words (`strongpassword`, `Cl1ent$ecret!`, `my-api-token`): a stand-in,
  // except in a file that exists to hold the credential, where such a value is simply weak, and in deployed
  // configuration, where it is weak too unless one of its words marks it (`your-password-here`, `fake-token`).
  if (place === 'elsewhere' && spelledFromOwnWords(lower)) return true;
  if (place === 'deployed' && spelledFromOwnWords(lower, true)) return true;
  if (isCodeWords(value) || isCodeText(value)) return true;
  // Prose (`Paste your API token`), not a value.
  if (/\s\S+\s/.test(value) || /^[A-Za-z]+\s+[A-Za-z]+$/.test(value)) return true;
  return false;
}

/** The words of a value written as a name (`YourXmailControlPass`, `the_password_of_the_bind_user`), lower-cased. */
function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
const DESCRIBED_CREDENTIAL_WORD = /^(?:password|passwd|pass|pwd|passphrase|secret|token|key|apikey)$/;

/**
 * A phrase that describes the credential instead of being one: `your` and at least two more words, one of them a
 * credential word (`YourXmailControlPass`, `your_smtp_password`), or a credential word with `the` and `of` around it
 * (`_the_password_of_the_bind_user`). A template asks for the value so; a chosen password is not written as its own description.
 */
function describesCredential(value: string): boolean {
  const words = nameWords(value);
  if (words.length < 3 || !words.some((w) => DESCRIBED_CREDENTIAL_WORD.test(w))) return false;
  if (words[0] === 'your' || (words.includes('the') && words.includes('of'))) return true;
  // A sentence joined by hyphens that says where the value comes from (`generated-key-that-matches-API_SIGNING_KEY-in-app`):
  // six words or more, three of them the words a sentence is built with.
  return words.length >= 6 && words.filter((w) => SENTENCE_WORDS.has(w)).length >= 3;
}
const SENTENCE_WORDS = new Set(['that', 'which', 'matches', 'match', 'same', 'as', 'in', 'of', 'the', 'to', 'from', 'for', 'with', 'is', 'must', 'should', 'be', 'used', 'by']);

/** A validation rule list left open for code to join more rules to (Laravel's `'required|'` before `. 'confirmed'`): its first rule is one of Laravel's. */
const OPEN_RULE_LIST = /^(?:required|nullable|sometimes|bail|filled|present|string|confirmed|min|max|between|size|same|different|alpha_num|alpha_dash)(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)*\|$/;
/**
 * One validation rule with its parameters, alone (`'password' => 'regex:((?=.*\d)(?=.*[a-z]).{8,})'`, `'min:8'`,
 * `'required_with:password'`, an array's item): a pattern or a field's name after a rule of Laravel's, not a value.
 * (`password:` and `in:` are left out: `user:secret` pairs are written so.)
 */
const SINGLE_RULE = /^(?:(?:not_)?regex:\S.*|(?:min|max|size|between|digits|digits_between|same|different|confirmed|required_with|required_with_all|required_without|required_without_all|required_if|required_unless|exists|unique|not_in|current_password):[\w.,*-]+)$/;

/**
 * A validation rule list (`required|confirmed`, `sometimes|required_with:new_password`, one left open:
 * OPEN_RULE_LIST), a list of permission codes (`deploy.app.view|deploy.request.view`, an admin UI's `auth` prop), a class name
 * (`Tymon\\JWTAuth\\Providers\\Auth\\IlluminateAuthAdapter`) or a constant path: code's words for a value, not one.
 */
function isCodeWords(value: string): boolean {
  return (
    /^[a-z_]+(?::[^|\s]*)?(?:\|[a-z_]+(?::[^|\s]*)?)+$/.test(value) ||
    OPEN_RULE_LIST.test(value) ||
    SINGLE_RULE.test(value) ||
    /^[a-z_]+(?:\.[a-z_]+)+(?:\|[a-z_]+(?:\.[a-z_]+)+)+$/.test(value) ||
    /^\\?[A-Z]\w*(?:\\{1,2}[A-Z]\w*)+(?:::class)?$/.test(value) ||
    // A constant path and its calls (`Faker::Internet.password`, `Rails::Application.secret`, `std::env::var`).
    /^(?:::)?[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+(?:\.[A-Za-z_]\w*[!?]?)*$/.test(value)
  );
}

/**
 * A member chain or dotted id (`lexer.startToken`, `handover.openCredential`, Ruby's `@user.reset_token`):
 * code that names a value, not one. Each part is a word's length; an instance variable's `@` is read as such.
 */
function isMemberChain(value: string): boolean {
  const chain = value.replace(/^@{1,2}(?=[a-z_])/, '');
  if (FIELD_PATH.test(chain)) return true;
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(chain) && chain.split('.').every((part) => part.length <= 24 && /^[A-Za-z_$]+[0-9]{0,3}$|[a-z][A-Z]/.test(part));
}
/**
 * A path to a field of a response, each part capitalised words of any number (JMESPath as an SDK's pagination specification
 * writes it under `output_token` and `TruncationToken`: `CloudFrontOriginAccessIdentityList.NextMarker`, `Jobs[-1].JobId`,
 * `StreamNames[-1]`): names, however long. A dot or an index is needed; each part's humps hold lower-case letters only.
 */
const FIELD_PATH = /^(?=[^.[]*[.[])(?:[A-Z][a-z]+)+(?:\[-?\d{1,3}\])?(?:\.(?:[A-Z][a-z]+)+(?:\[-?\d{1,3}\])?)*$/;

/**
 * Words of a value spelled from the credential's own words that say it is not meant to be used: whoever
 * writes `your-password-here` or `fake-secret` marks a stand-in, in any file. (`test`, `demo`, `default`
 * are not among them: a deployed `demo-password` logs in.)
 */
// (`enter`, `insert`, `paste`, `fill`, `put`: the ask to write the value in, `EnterPasswordHere`, `insert-token`.)
const MARKING_OWN_WORDS = ['your', 'here', 'fake', 'dummy', 'sample', 'example', 'mock', 'change', 'enter', 'insert', 'paste', 'fill', 'put'];
/** Words a stand-in is spelled from when it only names what should be there (longest first: `something` before `some`). */
// (`plaintext`: a test's `Token4Plaintext` says what it stands for, the plain text of a secret.)
const OWN_WORDS = new RegExp(`(?:${['password', 'passwd', 'passphrase', 'pass', 'pwd', 'secrets', 'secret', 'plaintext', 'tokens', 'token', 'apikey', 'api', 'keys', 'key', 'client', 'access', 'auth', 'credentials', 'credential', 'private', 'my', 'our', 'the', 'some', 'something', 'super', 'strong', 'secure', 'very', 'long', 'good', 'bad', 'test', 'demo', 'value', 'default', 'me', 'new', 'old', ...MARKING_OWN_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const MARKING_OWN_WORD = new RegExp(MARKING_OWN_WORDS.join('|'));

/** Spelled from OWN_WORDS with at most two characters or four digits left over; `marked`: one of the words is a marking one. */
function spelledFromOwnWords(lower: string, marked = false): boolean {
  for (const candidate of [lower.replace(/[^a-z0-9]/g, ''), unleet(lower, 'i'), unleet(lower, 'l')]) {
    const rest = candidate.replace(OWN_WORDS, '');
    if (rest.length < candidate.length && (rest.length <= 2 || /^\d{1,4}$/.test(rest)) && (!marked || MARKING_OWN_WORD.test(candidate))) return true;
  }
  return false;
}

/** One credential word alone (`password`, `secret`, `token`): under a token or key name, the name of an entry that holds it (`secretKey: password`). */
/** Words whose last names a credential: a glued field name ends with one (`adminpassword`, `rconpassword`, `apitoken`). */
const GLUED_CREDENTIAL_WORDS = new Set(['password', 'passwd', 'pass', 'passphrase', 'secret', 'token', 'key', 'pwd']);
/**
 * A lower-cased name glued from two or more of CAPITAL_FIELD_WORDS or a service's short name before them, the last a credential's
 * (`adminpassword`, `rootpass`, `apitoken`, `rconpassword`): split by trying each word at each position (linear in the name for a set of words
 * this short).
 */
function gluedFieldName(lower: string): boolean {
  const ends = [true];
  const words: number[] = [0];
  for (let i = 1; i <= lower.length; i++) {
    ends[i] = false;
    words[i] = 0;
    for (let j = Math.max(0, i - 10); j < i; j++) {
      if (!ends[j]) continue;
      const word = lower.slice(j, i);
      if (CAPITAL_FIELD_WORDS.has(word) || (j === 0 && GLUED_SERVICE_WORDS.has(word))) {
        ends[i] = true;
        words[i] = Math.max(words[i] as number, (words[j] as number) + 1);
      }
    }
  }
  if (!ends[lower.length] || (words[lower.length] as number) < 2) return false;
  for (const w of GLUED_CREDENTIAL_WORDS) if (lower.endsWith(w)) return true;
  return false;
}
/** A service's short name that a glued field name may open with (`rconpassword`, `smtppassword`, `httppassword`). */
const GLUED_SERVICE_WORDS = new Set(['rcon', 'smtp', 'http', 'ftp', 'sql', 'mysql', 'ldap', 'redis', 'web', 'server', 'mail', 'stats', 'telnet', 'ssh', 'vnc']);
const CAPITAL_FIELD_WORDS = new Set(['password', 'passwd', 'pass', 'passphrase', 'secret', 'token', 'key', 'api', 'access', 'private', 'client', 'auth', 'app', 'account', 'id', 'user', 'admin', 'root', 'db', 'database', 'master', 'session', 'signing', 'encryption', 'your', 'my', 'here']);
// (Its short forms too, `PASS`, `PWD`, `PW`: in capitals, `ecto://USER:PASS@HOST/DATABASE` in a message names a URL's parts.)
const LONE_CREDENTIAL_WORD = /^(?:password|passwd|pass|pwd|pw|passphrase|secret|secrets|token|tokens|key|keys|apikey|credential|credentials|auth)$/;

/**
 * Words of prose (`use the one from Vault`, `set in the CI settings`) and a credential's own names (`admin
 * password`): a quoted text holding one of them under a password's name says where the value is, it is not one.
 */
const PROSE_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'from', 'with', 'by', 'see', 'use', 'set', 'is', 'are', 'be', 'this', 'that', 'it', 'or', 'not', 'no', 'none', 'via', 'at', 'as', 'if', 'will', 'should', 'must', 'please', 'your', 'our', 'here', 'password', 'passwd', 'passphrase', 'secret', 'token', 'key', 'pass', 'credentials', 'same', 'above', 'below', 'env', 'environment', 'variable', 'vault', 'todo', 'tbd', 'null', 'empty', 'unset', 'generated', 'random']);
/**
 * A passphrase of a few words (`correct horse battery staple`): two to eight words of letters and digits (a
 * word may carry a symbol), 12 to 128 characters, none of them a word of prose or a credential's name.
 */
function isPassphrase(value: string): boolean {
  if (value.length < 12 || value.length > 128) return false;
  const words = value.split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => /^[\p{L}\p{N}][\p{L}\p{N}'!@#%&*+.,_-]*$/u.test(w) && !PROSE_WORDS.has(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
}

/**
 * A password where the context names one: any literal but the plainly-not-values, paths and URLs without credentials.
 * `quoted`: the value was written between quotes; in deployed configuration and in a file that exists to hold
 * the credential, a quoted passphrase of words (`DB_PASSWORD="correct horse battery staple"`) is a password there,
 * where unquoted text with spaces, or any elsewhere, is read as prose.
 */
export function isLiteralPassword(raw: string, place: LiteralPlace = 'elsewhere', quoted = false): boolean {
  const value = raw.trim();
  if (value.length > 4096 || isStorageEmulatorKey(value)) return false;
  // Generated text (a WordPress key or salt: 64 characters of letters, digits, punctuation and spaces) is
  // a value whatever it holds; only a reference or a stand-in's marker written into it says otherwise.
  if (isGeneratedText(value)) return !isPlainlyNotAValue(value.replace(/\s+/g, ''), place);
  if (quoted && place !== 'elsewhere' && /\s/.test(value) && !refers(value) && isPassphrase(value)) return !isPlainlyNotAValue(value.replace(/\s+/g, ''), place);
  if (isPlainlyNotAValue(value, place) || /\s/.test(value)) return false;
  if ((/^(?:\/|~\/|\.{1,2}\/|[A-Za-z]:\\)/.test(value) && !isRandomBase64(value)) || URL_WITHOUT_CREDENTIALS.test(value)) return false; // a path
  if (PAGE_PATH.test(value) || SCOPED_PACKAGE.test(value)) return false;
  if (/^(?:[~^]|[<>]=?)v?\d+\.[\dx*]/.test(value)) return false; // a version range (text with spaces is refused above)
  if (isSettingOrCoordinate(value)) return false;
  return true;
}

/** Characters a generator of secrets writes and a path, a URL, a name or a version does not hold. */
const GENERATED_ONLY = /[\s!#$%^&*()+={}[\]|;<>?~`,]/;
/** A run of letters shaped like a word (`word`, `Word`, `WORD`); random text mixes cases, so it holds few such runs. */
const WORD_RUN = /[A-Z]?[a-z]{3,}|[A-Z]{3,}(?![a-z])/g;

/**
 * Text a generator wrote rather than a person or code: the entropy of random text (which takes 25
 * characters or more: n characters hold at most log2 n bits each), three character classes or more,
 * some character no path, URL, name or version holds, and less than 40 % of it in word-shaped runs of
 * letters (words hold most of a sentence or a line of code).
 * Measured (2026-12-01) on strings drawn from the 93 printable characters a salt generator uses: 99.8 %
 * of 2,000 of 64 characters pass, 80 % of 32; of 3,262 lines of 24 to 100 characters of this project's
 * prose 6 pass, of its 21,972 lines of code 177 (regular expressions, mostly).
 */
function isGeneratedText(value: string): boolean {
  if (!GENERATED_ONLY.test(value) || characterClasses(value) < 3 || shannonEntropy(value) < GENERATED_ENTROPY) return false;
  return wordShare(value) < 0.4;
}

/** The share of the text's characters (white space left out) in word-shaped runs of letters (with `withVowel`, runs that hold a vowel). */
function wordShare(value: string, withVowel = false): number {
  let inWords = 0;
  for (const run of value.matchAll(WORD_RUN)) if (!withVowel || /[aeiouy]/i.test(run[0])) inWords += run[0].length;
  return inWords / value.replace(/\s+/g, '').length;
}
/** Bits per character: 64 characters drawn from a salt generator's give 5.0 or more (2,000 draws, median 5.4). */
const GENERATED_ENTROPY = 4.6;

/** A counter or a flag, not a password: a signed or decimal number (`pass_http=-1`, `0.5`), or one of one or two digits. */
const SMALL_OR_SIGNED_NUMBER = /^(?:[+-]\d+(?:\.\d+)?|\d+\.\d+|\d{1,2})$/;
/**
 * A package's coordinates, `artifact:version` (Maven's `io.jsonwebtoken:jjwt:0.9.1`, read as a key and a value), or whole
 * (`group:artifact:version` in a Gradle version catalog, `twofactor-auth = '…:two-factor-auth:1.3'`).
 */
const COORDINATE = /^[A-Za-z][\w.-]*(?::[A-Za-z][\w.-]*)?:v?\d+(?:\.\d+)+(?:[-.+][\w.]+)?$/;
/** The conventional name of an SSH key file (`id_ed25519`, an External Secret's `secretKey:` entry name): the key's name, not the key. */
const SSH_KEY_FILE_NAME = /^id_(?:rsa|dsa|ecdsa|ed25519)(?:[-_]sk)?(?:\.pub)?$/;
/** A setting's dotted name (`mail.password`, `system.secret-key`): where a mapping says the credential is kept. */
const DOTTED_SETTING = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)+$/;
const CREDENTIAL_LAST_WORD = /(?:^|[_-])(?:password|passwd|passphrase|pass|pwd|secret|secret[_-]?key|token|api[_-]?key|private[_-]?key|credentials?)$/;

/** A regular expression, as a `sed` substitution writes one (`s/^SECRET_KEY=.*$/SECRET_KEY=…/`): a pattern, not a value. */
const REGEX_LIKE = /^(?:\.[*+?]|\[\^|\\[sSdDwWbB])|\.\*\$?\//;

/**
 * A Python entry point, `package.module:function` (setup.cfg's `console_scripts`, pyproject's
 * `[project.scripts]`: `shop-genpwd = shop_tools.cmd.genpwd:main`): the command's name holds the
 * credential word, its value is code's address.
 */
const ENTRY_POINT = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;

/**
 * A class by its qualified name, lower-case packages then a camel-case class (`django.contrib.auth.hashers.Argon2PasswordHasher`
 * in Django's `PASSWORD_HASHERS`, a password encoder's or a token store's class in Java configuration): code's address.
 */
const QUALIFIED_CLASS_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+\.[A-Z][A-Za-z0-9]*?[a-z][A-Za-z0-9]*?[A-Z][A-Za-z0-9]*$/;

/** A Django permission's name, `app_label.action_model` (`settings.change_security`, `users.view_user`): what a view requires, not a value. */
const PERMISSION_NAME = /^[a-z][a-z0-9_]*\.(?:add|change|delete|view)_[a-z0-9_]+$/;

/** Values that name or count something rather than being a credential (see the constants above). */
function isSettingOrCoordinate(value: string): boolean {
  if (PERMISSION_NAME.test(value) || SMALL_OR_SIGNED_NUMBER.test(value) || COORDINATE.test(value) || SSH_KEY_FILE_NAME.test(value) || REGEX_LIKE.test(value) || ENTRY_POINT.test(value) || QUALIFIED_CLASS_NAME.test(value)) return true;
  return DOTTED_SETTING.test(value) && CREDENTIAL_LAST_WORD.test(value.slice(value.lastIndexOf('.') + 1));
}

/**
 * A name that describes the credential instead of being one (`smtp-password`, `database_user_password`,
 * `app.db_password`): lower-case words joined by `-`, `_` or `.`, the last of them a credential word
 * joined by `-` or `_` (a dotted setting name such as `db.secret` is refused by its own rule). In
 * documentation and example files that is what a stand-in looks like; in a deployed configuration the
 * same text is a weak value written in (`secret: shop-admin-secret` under `jwt:`), so callers ask this
 * only of docs.
 */
export function isSelfDescribingName(raw: string): boolean {
  const value = raw.trim();
  return /^[a-z][a-z0-9]*(?:[_.-]+[a-z0-9]+)+$/.test(value) && CREDENTIAL_LAST_WORD.test(value);
}

/**
 * A token, secret or key where a configuration names one: any literal that is a value rather than a
 * setting — not a single word, a name, a number, a path, a URL, a host, an address, a version, a date
 * or a commit id. Its randomness is not asked. `names`: the context names the secret (a credential's YAML
 * parent), so a name-like value counts too. `oneWord`: the key names a key's secret half (`secretKey`,
 * `MINIO_SECRET_KEY`), which is never a setting, so a single lower-case word there (a service's default
 * such as a product name) is a weak value, not a name.
 */
export function isLiteralToken(raw: string, allowCommitShape = false, oneWord = false, names = false, place: LiteralPlace = 'elsewhere'): boolean {
  const value = raw.trim();
  // In a file that exists to hold the credential (.npmrc, a kubeconfig, ~/.aws/credentials) every literal under
  // a token's name is the token, short or spelled from its own words (`_authToken=…` of seven letters): only what
  // is plainly not a value stands in there, as for a password. A digest (`sha256:…`) or an address names something else.
  // `fake` written into a token marks a stand-in there too (a generator never writes the word; a person choosing a weak password might).
  if (place === 'credential-file') return isLiteralPassword(value, place) && !DIGEST_PREFIX.test(value) && !EMAIL.test(value) && !markerIn(value, value.toLowerCase(), 'fake');
  // A key pair's secret half (`oneWord`) holds a service's short default too (a product's name, six letters).
  if (!isLiteralPassword(value, place) || value.length < (oneWord ? 6 : 8)) return false;
  if (LONE_CREDENTIAL_WORD.test(value.toLowerCase())) return false;
  // In deployed configuration a secret spelled from the credential's own words (`supersecret`, `mySecretKey`)
  // is what the service signs with, though it reads like a name.
  if (place === 'deployed' && spelledFromOwnWords(value.toLowerCase())) return true;
  // Where the context already says the value is the secret (`jwt: secret: shop-admin-secret`), a name of
  // several words is a weak value (one word, `tokenHead: Bearer`, stays a word).
  if (names && (SNAKE_NAME.test(value) || identifierLike(value)) && !NUMBER.test(value) && !VERSION.test(value) && !DATE.test(value) && !EMAIL.test(value) && !HOSTNAME.test(value) && !IPV4.test(value) && !isPathLike(value) && !isMemberChain(value)) return true;
  // Names, not values: one word, snake/kebab/camel words, a header name — as long as each word is a word's length.
  // (Asked of the text without its accents, latinFolded: `API-Schlüssel` is a name as `API-Schlussel` is.)
  const unprefixed = latinFolded(value.replace(/^_{1,2}(?=[A-Za-z])/, '').replace(/(?<=[A-Za-z0-9])_{1,2}$/, ''));
  const name = SNAKE_NAME.test(unprefixed) || identifierLike(unprefixed) || HEADER_NAME.test(latinFolded(value));
  // WORD covers `^[a-z]+$`; under a key pair's secret half (`oneWord`) a lower-case word is a weak value.
  const singleWord = WORD.test(unprefixed) && !(oneWord && /^[a-z]+$/.test(latinFolded(value)));
  if (singleWord || (name && unprefixed.split(/[_.-]|(?=[A-Z][a-z])/).every((w) => w.length <= 20))) return false;
  if (NUMBER.test(value) || VERSION.test(value) || DATE.test(value) || EMAIL.test(value) || HOSTNAME.test(value) || IPV4.test(value) || isPathLike(value)) return false;
  if (DIGEST_PREFIX.test(value) || (!allowCommitShape && /^[0-9a-f]{40}$/i.test(value))) return false;
  if (isMemberChain(value) || /^[A-Z]+$/.test(value)) return false; // `lexer.startToken`; a name in capitals (`FINGERPRINT`)
  return true;
}
