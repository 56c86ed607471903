// Reads one file's lines in order (the added lines of a patch, or a whole file) and reports the secrets
// on them. Most lines are dismissed by the keyword test (keywordIndex.ts); the rules of the table (ruleTable.ts, run by
// ruleEngine.ts) run only on the rest. What spans lines is read here: PEM and PuTTY private keys are
// assembled across consecutive lines, a Kubernetes Secret's `data:` section and an AWS key id just seen
// are carried from line to line, and .pgpass lines are split on their colons.
import type { ValueSpan } from './assignmentRules';
import type { CredentialKind } from './credentialKinds';
import { strictBase64Text } from './encodings';
import { classifyKey, isCredentialParentKey, namedKey, XML_ENTRY_ELEMENTS } from './assignmentRules';
import { DEFAULT_RULES, fileContext, keywordlessRuleApplies, findConnectionSecrets, findCustom, findKeyValues, findLineRules, findNamedValue, findRuleValue, findSpacedPair, findTokens, fileRulesOf, ownsKey, placeOfLine, type FileContext, type FileRules, type PathRule, type RuleSet } from './ruleEngine';
import { CREDENTIAL_RULES } from './ruleTable';
import { lowerCaseGuard } from './patternLiterals';
import { SQL_FILE, SqlDumpReader } from './sqlDump';
import { CsvColumns } from './csvColumns';
import { isLiteralPassword, isPlaceholder, isPlaceholderToken, isPlausibleSecret, shannonEntropy, type LiteralPlace } from './valueJudgement';

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
/**
 * Lines marked with one of these comments are never reported: this scan's own marker, and those of the
 * scanners a team may already use on the same files (gitleaks', detect-secrets' inline allowlist pragma),
 * so that a value they declared not secret is not reported again.
 */
const ALLOW_MARKERS = ['handover:allow', 'gitleaks:allow', 'pragma: allowlist secret'];
/** detect-secrets' marker for the line after it (a comment on a line of its own, where the line to allow cannot hold one). */
const ALLOW_NEXT_MARKER = 'pragma: allowlist nextline secret';

/** What a file's name says about how to read it (beyond the rules' own path patterns). */
export interface FileProfile extends FileContext {
  pgpass: boolean;
  /** .git-credentials: one URL with its password per line. */
  gitCredentials: boolean;
  railsMasterKey: boolean;
  /** A key store judged by its name alone (its content is binary). */
  keystore: CredentialKind | null;
  /** An SQL dump or script: rows are judged by the columns its schema names (sqlDump.ts). */
  sql: boolean;
  /** An OpenVPN `auth-user-pass` file: the user on line 1, the password on line 2. */
  openvpnAuthFile: boolean;
  /** vsftpd's virtual users list (`db_load -T` makes its database): a user on each odd line, that user's password on the even line after it. */
  vsftpdUsers: boolean;
  /** Subversion's cached login (`svn.simple/<md5 of the realm>`): `K 8`, `password`, `V <length>`, then the password on a line of its own. */
  svnSimple: boolean;
  /** A Borg key file (`~/.config/borg/keys/<repository>`): `BORG_KEY <repository id>`, then the encrypted key in base64. */
  borgKey: boolean;
  /**
   * A Tarsnap key file (`tarsnap-keygen --keyfile /root/tarsnap.key`): `# START OF TARSNAP KEY FILE`, then the machine's keys in
   * base64. A template's stand-in line after the header (four characters) is no key.
   */
  tarsnapKey: boolean;
  /**
   * An INI file with a section of logins, `name = password` (CouchDB's `[admins]`, Apache Shiro's and Haraka's `[users]`, Glances' `[passwords]`: `name =
   * password, role…`): the section that holds them, lower-cased, or null. Its entries hold no credential word.
   */
  usersSection: string | null;
  /**
   * A Clash or mihomo (Clash.Meta) configuration (`clash/config.yaml`, `~/.config/mihomo/config.yaml`, `clash-verge.yaml`): its
   * `authentication:` list holds the proxy's logins, `"user:password"` a string.
   */
  clashConfig: boolean;
  /**
   * An expect script (`.exp`, `.expect`), or a shell or Tcl script that may run one: the answer `send` gives to a password prompt
   * (`expect "assword:"` then `send "…\\r"`) is the password.
   */
  expectScript: boolean;
  /** A CSV or TSV file: rows are judged by the credential columns its header names (csvColumns.ts). */
  csv: boolean;
  /** Read as configuration for want of an extension: its first line may say it is a script (scriptProfile), so that line is always read. */
  mayBeScript: boolean;
  /** Terraform or HCL: git's hunk header names the block a hunk sits in (`variable "db_password" {`), read for a default changed alone. */
  hclBlocks: boolean;
  /** An INI file as Python's configparser reads it (`.ini`, `.cfg`): a value may start on the indented line after `name =`. */
  ini: boolean;
  /**
   * A secret scanner's own files, not read: its list of findings to ignore (`.gitleaksignore`: each line a
   * fingerprint, `commit:path:rule:line`, whose path and rule name often hold `secret` or `token`, never a
   * value), and its configuration under any name (`gitleaks.toml`, `.github/gitleaks-ci.toml`): rules,
   * and allowlists of values the team declared not secret (the scan honours `.gitleaks.toml`'s own).
   */
  findingList: boolean;
  /** A patch (`.patch`, `.diff`): each file's header in it names the file its lines change, and they are read as that file is (patchTargetProfile). */
  patch: boolean;
  /** A Jupyter notebook (`.ipynb`): each line of a cell's source is a JSON string, its quotes escaped (notebookLine). */
  notebook: boolean;
}

/** OpenVPN's credentials files, as profiles name them (`auth-user-pass login.conf`), in an OpenVPN or VPN folder. */
const OPENVPN_AUTH_FILE = /(?:^|\/)(?:openvpn|vpn)\/(?:[^/]+\/)*(?:(?:login|auth|pass(?:wd|word)?|creds?|credentials?|userpass|up)(?:[._-][\w-]*)?\.(?:conf|txt|cfg|auth)|[^/]+\.auth)$/;

/** vsftpd's virtual users list as its guides name it (`virtual_users.txt`, `vusers.txt`, `logins.txt`), in a vsftpd folder or named for vsftpd. */
const VSFTPD_USERS_FILE = /(?:^|\/)[^/]*vsftpd[^/]*\/(?:[^/]+\/)*(?:virtual[_-]?users?|v_?users?|logins?|users?)(?:[._-][\w-]*)?\.txt$|(?:^|\/)vsftpd[_-](?:virtual[_-]?)?(?:users?|logins?)\.txt$/;

/** CouchDB's configuration (`local.ini`, `local.d/*.ini`), whose `[admins]` section holds the server admins' passwords (plain, or hashed once the server starts). */
const COUCHDB_INI = /(?:^|\/)[^/]*couchdb[^/]*\/(?:[^/]+\/)*[^/]+\.ini$|(?:^|\/)local\.d\/[^/]+\.ini$/;
/** Apache Shiro's INI realm (`shiro.ini`: Zeppelin, and applications built on Shiro), whose `[users]` section holds `name = password, role…`. */
const SHIRO_INI = /(?:^|\/)shiro[\w.-]*\.ini$/;
/** Haraka's flat-file SMTP logins (`config/auth_flat_file.ini`), whose `[users]` section holds `user = password`. */
const HARAKA_AUTH_INI = /(?:^|\/)auth_flat_file\.ini$/;
/** Glances' configuration (`glances.conf`), whose `[passwords]` section holds the password of each server it polls (`host = password`). */
const GLANCES_CONF = /(?:^|\/)glances\.conf$/;
/** Clash's and mihomo's configuration: a YAML file in a folder of theirs, or named for them. */
const CLASH_CONFIG = /(?:^|\/)\.?(?:clash|mihomo)[\w.-]*\/(?:[^/]+\/)*[^/]+\.ya?ml$|(?:^|\/)(?:clash|mihomo)[\w.-]*\.ya?ml$/;

/** A gitleaks configuration's name: `.gitleaks.toml`, `gitleaks.toml`, `gitleaks-ci.toml`, `repo.gitleaks.toml`. */
const GITLEAKS_CONFIG_NAME = /^(?:[\w-]*[._-])?gitleaks(?:[._-][\w-]+)?\.toml$/;

/** Profiles of recent paths: a history names the same paths again and again. */
const PROFILES = new Map<string, FileProfile>();
const PROFILES_KEPT = 20_000;

export function profileFor(path: string): FileProfile {
  let profile = PROFILES.get(path);
  if (!profile) {
    if (PROFILES.size >= PROFILES_KEPT) PROFILES.clear();
    profile = readProfile(path);
    PROFILES.set(path, profile);
  }
  return profile;
}

function readProfile(path: string): FileProfile {
  const context = fileContext(path);
  const base = context.lower.slice(context.lower.lastIndexOf('/') + 1);
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  let keystore: CredentialKind | null = null;
  if (ext === 'p12' || ext === 'pfx') keystore = 'pkcs12-file';
  else if (ext === 'jks' || ext === 'keystore' || ext === 'bks' || ext === 'jceks') keystore = 'java-keystore';
  // A Kerberos keytab (`krb5.keytab`, `http.keytab`): a principal's long-term keys, binary; whoever holds it logs in as that principal.
  else if (ext === 'keytab') keystore = 'kerberos-keytab';
  // macOS' automatic login password (`/etc/kcpassword`, what a box's build copies in): the password XORed with a fixed, published
  // key, binary; whoever holds the file reads the password back.
  else if (base === 'kcpassword') keystore = 'macos-kcpassword';
  // Added to the context object rather than spread into a new one: a spread of objects of two shapes
  // (fileContext has two returns) gives each copy a hidden class of its own, and every rule then reads
  // the profile's fields megamorphically (snipe-it kept 15,700 of them, 10 MB of shapes).
  return Object.assign(context, {
    pgpass: base === '.pgpass' || base === 'pgpass' || base === 'pgpass.conf',
    gitCredentials: base === '.git-credentials' || base === 'git-credentials',
    railsMasterKey: base === 'master.key' || /(?:^|\/)config\/credentials\/[^/]+\.key$/.test(context.lower),
    keystore,
    sql: SQL_FILE.test(context.lower),
    openvpnAuthFile: OPENVPN_AUTH_FILE.test(context.lower),
    vsftpdUsers: VSFTPD_USERS_FILE.test(context.lower) && !context.docs,
    svnSimple: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/.test(context.lower) && !context.docs,
    borgKey: /(?:^|\/)borg\/keys\/[^/.]+$/.test(context.lower) && !context.docs,
    tarsnapKey: /(?:^|\/)[\w.-]*tarsnap[\w.-]*\.key$|(?:^|\/)tarsnap\/(?:[^/]+\/)*[^/]+\.key$/.test(context.lower) && !context.docs,
    usersSection: context.docs ? null : SHIRO_INI.test(context.lower) || HARAKA_AUTH_INI.test(context.lower) ? 'users' : COUCHDB_INI.test(context.lower) ? 'admins' : GLANCES_CONF.test(context.lower) ? 'passwords' : null,
    clashConfig: CLASH_CONFIG.test(context.lower) && !context.docs,
    expectScript: (ext === 'exp' || ext === 'expect' || ext === 'tcl' || ext === 'sh' || ext === 'bash') && !context.docs,
    csv: ext === 'csv' || ext === 'tsv',
    mayBeScript: ext === '' && context.config && !context.code && !context.credentialFile,
    hclBlocks: ext === 'tf' || ext === 'hcl',
    ini: ext === 'ini' || ext === 'cfg',
    findingList: base === '.gitleaksignore' || GITLEAKS_CONFIG_NAME.test(base),
    patch: ext === 'patch' || ext === 'diff',
    notebook: ext === 'ipynb',
  });
}

/** A first line that runs the file with a programming language's interpreter (`#!/usr/bin/env python3`, `#!/usr/bin/node`). */
const CODE_SHEBANG = /^#!\s*\S*\/(?:env\s+(?:-\S+\s+)*)?(?:python[\d.]*|node|nodejs|ruby|perl|php|deno|bun|ts-node|tsx|lua|Rscript)(?:\s|$)/;
const SCRIPT_PROFILES = new WeakMap<FileProfile, FileProfile>();

/**
 * A file without an extension that its first line runs with a language's interpreter (`bin/deploy` in
 * Python, `scripts/rotate` in Node) is that language's source: read as code (a bare word is a variable,
 * only a quoted literal is a value), not as the configuration its missing extension made it. Shell
 * scripts stay as they are (read like `.sh`: runbook command lines).
 */
export function scriptProfile(profile: FileProfile, firstLine: string): FileProfile {
  if (!profile.mayBeScript || !CODE_SHEBANG.test(firstLine)) return profile;
  let script = SCRIPT_PROFILES.get(profile);
  if (!script) {
    script = Object.assign({}, profile, { code: true, quotedOnly: true, config: false, deployed: false, yaml: false, mayBeScript: false });
    SCRIPT_PROFILES.set(profile, script);
  }
  return script;
}

/** A patch's header naming the file it changes (`+++ b/src/app.py`, `diff --git a/src/app.py b/src/app.py`): the path, without git's `b/`. */
const PATCH_TARGET = /^(?:\+\+\+ (?:b\/)?([^\t\n]+?)(?:\t.*)?|diff --git a\/\S+ b\/(\S+))\s*$/;
/** A patch's profiles for source files, by the patch's own and whether the source is also read as configuration (a `settings.py`). */
const PATCH_CODE_PROFILES = new WeakMap<FileProfile, { plain?: FileProfile; config?: FileProfile }>();

/**
 * The profile a patch's lines are read with after `header`: the patch's own (`base`) unless the header names a source file of a
 * programming language (`+++ b/src/store.py`, `diff --git a/src/globals.hh b/src/globals.hh`), whose changed lines are that code,
 * read as code is (a bare word is a name, only a quoted literal is a value). A configuration's patch (`.env.patch`) stays as it was
 * read, and nothing in a patch is deployed. Undefined: the line is not a header.
 */
export function patchTargetProfile(base: FileProfile, header: string): FileProfile | undefined {
  if (!header.startsWith('+++ ') && !header.startsWith('diff --git ')) return undefined;
  const target = PATCH_TARGET.exec(header);
  const path = target?.[1] ?? target?.[2];
  if (path === undefined || path === '/dev/null') return undefined;
  const context = fileContext(path);
  if (!context.code || !context.quotedOnly) return base;
  let known = PATCH_CODE_PROFILES.get(base);
  if (!known) PATCH_CODE_PROFILES.set(base, (known = {}));
  const which = context.config ? 'config' : 'plain';
  return (known[which] ??= Object.assign({}, base, { code: true, quotedOnly: true, config: context.config, deployed: false, yaml: false, mayBeScript: false }));
}

/** The table's rules whose finding is the file itself (`find: 'path'`). */
/** The table's path-only rules, each with its test of a path in lower case (a literal searched first: patternLiterals.ts). */
const BUILT_IN_PATH_RULES: readonly (PathRule & { matches: (lower: string) => boolean })[] = CREDENTIAL_RULES.filter((r) => r.find === 'path' && r.files).map((r) => ({ id: r.id, path: r.files as RegExp, matches: lowerCaseGuard(r.files as RegExp) }));

const NO_MATCHES: readonly SecretMatch[] = [];

/** A fresh matcher of this file reads every line (see FileMatcher.readsEveryLine), before any line says so. */
export function fileReadWhole(profile: FileProfile, rules: RuleSet): boolean {
  let known = READ_WHOLE.get(profile);
  if (!known || known.rules !== rules) {
    known = { rules, whole: profile.pgpass || profile.railsMasterKey || profile.openvpnAuthFile || profile.vsftpdUsers || profile.svnSimple || profile.borgKey || profile.tarsnapKey || profile.usersSection !== null || rules.customWithoutKeywords || keywordlessRuleApplies(rules, profile) };
    READ_WHOLE.set(profile, known);
  }
  return known.whole;
}

const READ_WHOLE = new WeakMap<FileProfile, { rules: RuleSet; whole: boolean }>();

/**
 * The path-only rules (built-in and the repository's) that match this path: the file's presence is
 * their finding. Known per profile and rule set, as most files match none.
 */
export function presenceRules(path: string, profile: FileProfile, rules: RuleSet): readonly string[] {
  let known = PRESENCE_RULES.get(profile);
  if (!known || known.rules !== rules) {
    const { options } = rules;
    const skipped = rules.skipPath?.(path) ?? false;
    const builtIn = options.noBuiltIn ? [] : BUILT_IN_PATH_RULES.filter((r) => !options.builtInOff?.(r.id) && r.matches(profile.lower));
    const own = (options.pathRules ?? []).filter((r) => r.path.test(path) && !r.allowsPath?.(path));
    known = { rules, ids: skipped ? [] : [...builtIn, ...own].map((r) => r.id) };
    PRESENCE_RULES.set(profile, known);
  }
  return known.ids;
}

const PRESENCE_RULES = new WeakMap<FileProfile, { rules: RuleSet; ids: readonly string[] }>();

const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** OpenVPN's static key (`tls-auth`, `tls-crypt`, `secret`): 2048 bits in hex lines between its own markers. */
const OPENVPN_KEY_BEGIN = /-----BEGIN OpenVPN Static key V\d-----/;
const OPENVPN_KEY_END = /-----END OpenVPN Static key V\d-----/;
const PEM_HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):/;
const MAX_BLOCK_LINES = 400;
const AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])/;
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
/** Lines after an AWS key id where an unnamed 40-character secret is taken as its pair. */
const AWS_PAIR_WINDOW = 3;
/** Lines after a credential's name within which its value may come (findNamedValue). */
const NAMED_VALUE_WINDOW = 3;
/**
 * A Keycloak realm file's credential written over lines (`{ "type" : "password",` then `"value" : "…" }`, as hand-written realm
 * imports are): the type's line, alone, and the value's line within NAMED_VALUE_WINDOW lines after it. On one line, the table's
 * `keycloak-credential` rule reads it; over lines, it is judged by that rule too.
 */
const KEYCLOAK_PASSWORD_TYPE = /^\s*(?:\[\s*)?\{?\s*"type"\s*:\s*"password"\s*,\s*$/;
const KEYCLOAK_VALUE = /^\s*"value"\s*:\s*("[^"\\\n]*")\s*(?:[,}\]]\s*)*$/d;
/**
 * A line that only names an entry: a YAML or JSON `name:` or `key:` (a Kubernetes env entry, a list of
 * `{key, value}` settings), an XML `<name>` or `<key>` (a Hadoop property, an application's settings
 * entries), an element alone on its line whose name is the credential's (`<AdministratorPassword>`), or
 * an element opened alone on its line with a `name` or `key` attribute and no `value` one (.NET settings'
 * `<setting name="ApiKey" serializeAs="String">`, Spring's `<property name="password">`). A YAML or JSON name may be a
 * secret store's path (External Secrets' fake provider `- key: "/prod/db/password"` then `value:`, an SSM parameter's
 * name): its last segment names what the value is. Terraform's and TOML's `name = "…"` too (a `helm_release`'s `set { name = … value = … }`
 * block, an environment list's entries).
 */
const NAME_LINE = /^\s*(?:-\s+)?["']?(?:name|key)["']?\s*:\s*["']?(\/?[A-Za-z_][\w./-]*)["']?\s*,?\s*$|^\s*<(?:name|key)>\s*([^<\s]+)\s*<\/(?:name|key)>\s*$|^\s*<([A-Za-z][\w.-]*)>\s*$|^\s*name\s*=\s*"(\/?[A-Za-z_][\w./-]*)"\s*,?\s*$/;
/** A name given as a secret store's path (`/prod/db/password`): its last segment, which names what the value is. */
function storeKeyName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
const ENTRY_NAME_LINE = new RegExp(`^\\s*<(?:${XML_ENTRY_ELEMENTS})\\s(?:[^>]*\\s)?(?:name|key)\\s*=\\s*["']([A-Za-z_][\\w.-]*)["'](?![^>]*\\bvalue\\s*=)[^>]*>\\s*$`, 'i');
/** A YAML parent whose name's last word is `passwords` (`passwords:`, `mysql_passwords:`, `vpnPasswords:`), with no value on its line. */
const PASSWORD_LIST_NAME = String.raw`^\s*(?:-\s+)?["']?((?:[A-Za-z][\w-]*[_-])?(?:passwords|Passwords|PASSWORDS))["']?\s*:\s*`;
const PASSWORD_LIST_PARENT = new RegExp(`${PASSWORD_LIST_NAME}(?:#.*)?$`);
/**
 * One scalar item of that list (not a map: `- name: …`). A plain item may hold a `#`: YAML starts a comment only at a
 * `#` after a space (`- ab#cd` is the whole `ab#cd`).
 */
const PASSWORD_LIST_ITEM = /^\s*-\s+("[^"]*"|'[^']*'|[^\s#"'{[]\S*)\s*(?:#.*)?$/;
/**
 * An expect script's password prompt: `expect "…assword:"` (or `passphrase`), or a pattern of an `expect { … }` block written
 * alone on its line (`"*assword*" {`, `-re {assword:} {`); what follows it on the line may be the answer.
 */
const EXPECT_PROMPT = /^\s*(?:expect(?:\s+-\w+)*\s+(?:"(?=[^"\n]*(?:assword|assphrase))[^"\n]*"|\{(?=[^{}\n]*(?:assword|assphrase))[^{}\n]*\}|[^\s"{]*(?:assword|assphrase)\S*)|(?:-(?:re|ex|gl)\s+)?(?:"(?=[^"\n]*(?:assword|assphrase))[^"\n]*"|\{(?=[^{}\n]*(?:assword|assphrase))[^{}\n]*\}))(?<rest>.*)$/;
/** The answer: `send "…\r"` (`send -- "…\r"`, in braces after the pattern), a literal without a variable, a command or an escape. */
const EXPECT_SEND = /^\s*(?:\{\s*)?send\s+(?:-\w+\s+)*(?:--\s+)?"(?<v>[^"\\$[\s]+)\\[rn]"/;
/** Clash's and mihomo's list of the proxy's logins (`authentication:` then `- "user:password"`), in their configuration only. */
const CLASH_LOGIN_LIST_PARENT = /^\s*authentication\s*:\s*(?:#.*)?$/;
/**
 * Ory's (Hydra's, Kratos') keys: `secrets:` then `system:`, `cookie:`, `cipher:` or `default:`, each a list of the keys in use
 * (the first signs, the others still verify). SECRETS_PARENT is the `secrets:` line; the list's name is on the line after it.
 */
const SECRETS_PARENT = /^\s*secrets\s*:\s*(?:#.*)?$/;
const SECRETS_LIST_PARENT = /^\s*(system|cookie|cipher|default)\s*:\s*(?:#.*)?$/;
/** A scalar child of that mapping: `name: value` (quoted, or a plain scalar that is not a list, a map or an alias). */
const SECRETS_CHILD = /^\s*([A-Za-z_][\w.-]{0,60})\s*:\s+("[^"]*"|'[^']*'|[^\s#"'{[&*|>!-](?:[^#]*[^\s#])?|-[^\s#](?:[^#]*[^\s#])?)\s*(?:#.*)?$/d;
/**
 * JSON: an array opened alone on its line under a name whose last word is `password` or `passwords` (Trojan's and Trojan-Go's
 * `"password": [` then one quoted password a line), and one quoted string of it (`"…",`).
 */
const JSON_PASSWORD_LIST_PARENT = /^\s*"((?:[A-Za-z][\w-]*[_-])?(?:passwords?|Passwords?|PASSWORDS?))"\s*:\s*\[\s*$/;
const JSON_PASSWORD_LIST_ITEM = /^\s*("[^"\\]*")\s*,?\s*$/;
/**
 * The same list written on its name's line, in flow style (`passwords: [s3cret, "t0ps3cret"]`,
 * `"passwords": ["…", "…"]`): the name, then what the brackets hold (items parted by commas, none of them a list or a map).
 */
const PASSWORD_FLOW_LIST = new RegExp(String.raw`${PASSWORD_LIST_NAME}\[([^[\]{}]*)\]\s*,?\s*(?:#.*)?$`, 'd');
/** One item of a flow list: quoted, or (YAML) a plain scalar up to the next comma. */
const FLOW_LIST_ITEM = /"([^"\\]*)"|'([^']*)'|([^\s,"'][^,]*?)\s*(?=,|$)/g;
/**
 * `vault operator init`'s key shares as its JSON or YAML output lists them (`"unseal_keys_b64": [` then one quoted
 * share a line, `unseal_keys_hex:` then `- …`; recovery keys of an auto-unsealed Vault likewise): whoever holds enough
 * of them opens the Vault. A list written on its own line is read by the rule's pattern.
 */
const VAULT_KEY_LIST = /^\s*["']?(?:unseal|recovery)_keys(?:_b64|_hex)?["']?\s*:\s*\[?\s*$/;
const VAULT_KEY_ITEM = /^\s*(?:-\s+)?(["']?)([A-Za-z0-9+/]{43,44}={0,2}|[0-9a-f]{64,66})\1\s*,?\s*$/d;
/**
 * A Zigbee or Z-Wave network key as a YAML block list of its 16 bytes (`network_key:` then `- 27`, `- 201`…: how
 * Zigbee2MQTT writes back a key it generated). A list on one line is read by the mesh-network-key rule's pattern.
 */
const NETWORK_KEY_LIST = /^\s*network_key\s*:\s*(?:#.*)?$/;
const NETWORK_KEY_ITEM = /^\s*-\s*(0x[0-9a-fA-F]{1,2}|\d{1,3})\s*(?:#.*)?$/d;
/**
 * A parent whose name says it holds keys or credentials (`admin_key:`, `auth_keys:`, `api_keys:`, `keyauth_credentials:`;
 * JSON's `"auth_keys": {`), or an API gateway's key-auth plugin (`key-auth:` of APISIX, Kong's `key_auth`), alone on its line:
 * an entry's `key:` in its block is one of those keys (readKeyList).
 */
const KEY_LIST_PARENT = /^\s*(?:-\s+)?["']?((?:[A-Za-z][\w-]*[_-])?(?:keys?|credentials)|[a-z]+(?:Keys?|Credentials)|key[-_]?auth)["']?\s*:\s*\{?\s*(?:#.*)?$/;
/** An entry's `key:` under such a parent, its value on the line. */
const KEY_LIST_ENTRY = /^\s*(?:-\s+)?["']?key["']?\s*:\s*("[^"]*"|'[^']*'|[^\s#"'{[,][^\s,]*)\s*,?(?:\s+#.*)?\s*$/d;
/** Lists of public halves or of keys' names: an SSH user's authorized keys, a repository's signing keys to trust, a CA's. */
const PUBLIC_KEY_LIST = /(?:authorized|public|pub|ssh|gpg|pgp|host|trusted|known|apt|repo|verify|verification|ca|cert|jwks?|license|primary|foreign|partition|sort|cache|index|unique|dedupe|group|shard)[_-]?(?:keys?|credentials)$/i;

/** Lists of passwords to refuse or to test against, not passwords of the system. */
const REFUSED_PASSWORDS = /(?:banned|common|weak|forbidden|black|block|deny|denied|disallowed|leaked|breached|compromised|known|bad|rejected|previous|old|history)[_-]?passwords$/i;
/**
 * An INI name with nothing after its `=` (Python's configparser): its value may be continued on the lines
 * indented after it, the first of them read as the value (`password =` then `    s3cr…`).
 */
const INI_EMPTY_VALUE = /^([A-Za-z_][\w.-]*)\s*[=:]\s*$/;
/**
 * A YAML name whose value is a block scalar (`password: |`, `token: >-`): its value is the lines indented under it. A
 * one-word first line is read as the value (a PEM's first line has spaces: the key rules read that block).
 */
const YAML_BLOCK_SCALAR_NAME = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*:\s*[|>][-+]?[1-9]?\s*(?:#.*)?$/;
/** A continuation line of an INI value: indented, not a comment. */
const INI_CONTINUED_VALUE = /^[ \t]+([^\s#;][^\s]*)\s*$/;
/** The value line of such an entry: YAML or JSON `value:` (not `valueFrom:`), XML `<value>…</value>` in any case, Terraform's or TOML's `value = …`. */
const NAMED_VALUE = /^\s*["']?value["']?\s*:\s+(\S.*?)\s*,?\s*$|^\s*<value>([^<]*)<\/value>\s*$|^\s*value\s*=\s*(\S.*?)\s*,?\s*$/di;
/**
 * A declaration whose body may give it a default: a CloudFormation parameter (YAML `DbPassword:` alone on its
 * line, JSON `"DbPassword": {`) or a Terraform variable (`variable "db_password" {`). Its `Default`, within
 * DECLARATION_WINDOW lines (after a description, a type, constraints), is the value deployed when none is given.
 */
const DECLARATION_LINE = /^\s*([A-Za-z_][\w.-]*):\s*$|^\s*"([A-Za-z_][\w.-]*)"\s*:\s*\{\s*$|^\s*variable\s+"([A-Za-z_][\w-]*)"\s*\{\s*$/;
const DEFAULT_VALUE = /^\s*["']?[Dd]efault["']?\s*[:=]\s*(\S.*?)\s*,?\s*$/d;
const DECLARATION_WINDOW = 8;
/**
 * The first line under such a name, when it is the value's source rather than a default: Envoy's DataSource
 * (`secret:` of a `generic_secret`, `downstream_auth_password:`, `hmac_secret:`, then `inline_string:` or
 * `inline_bytes:`), the value written in under the name that says what it is. A block scalar's marker
 * (`inline_string: |`, a PEM under `private_key:`) is no value; the key rules read the block.
 */
const INLINE_SOURCE_VALUE = /^\s*["']?inline_(?:string|bytes)["']?\s*:\s*([^\s|>].*?)\s*,?\s*$/d;
/**
 * A name and its value as one entry on one line: a JSON settings list's `{"Filter": "", "Name": "passphrase",
 * "Value": "…"}` (Duplicati's exports), a YAML flow entry `- {name: DB_PASSWORD, value: "…"}`, CloudFormation's
 * `{"ParameterKey": …, "ParameterValue": …}`, Elastic Beanstalk's `"OptionName"`, an SSM export's `"Type"` between the
 * two (at most two fields between), Terraform's `{ name = "SMTP_PASSWORD", value = "…" }`. The value is quoted, or a bare word
 * that ends the entry.
 */
const INLINE_NAMED_VALUE = /["']?\b(?:Parameter|Option)?(?:name|key)["']?\s*[:=]\s*["']?(\/?[A-Za-z_][\w./-]*)["']?\s*,\s*(?:["']?\w+["']?\s*[:=]\s*(?:"[^"\n]*"|[\w.-]+)\s*,\s*){0,2}["']?(?:Parameter)?value["']?\s*[:=]\s*("[^"\n]*"|'[^'\n]*'|[^\s"',}\]]+(?=\s*[,}\]]))/di;
/**
 * A declaration's documentation beside its default (`description:` of a template's or a role's variable, a Helm values
 * schema's `"description"`, copier's `help:`, Terraform's `description =`, CloudFormation's `Description:`). Its text
 * after the name, possibly empty (an Ansible `description:` whose sentences follow as list items).
 */
const DOC_FIELD = /^\s*["']?(?:[Dd]escription|desc|help|help_?[Tt]ext|prompt|summary|short_description|title)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;
/** A line that continues that documentation: a list item or a sentence, not another `name:` of the declaration. */
const DOC_CONTINUED = /^\s*(?:-\s+\S|(?!["']?[\w.-]+["']?\s*[:=](?:\s|$))[^\s{}[\]])/;
/**
 * Documentation saying that the variable's value is a name: of a key or an entry in a Secret, of a Secret, a ConfigMap
 * or an environment variable (`Key name in secret containing the API token`, `Name of the existing secret`, `The key
 * within the secret that holds the password`). `token secret key` alone is also what a signing key is called: only
 * the sentence beside the default tells.
 */
const DOC_NAMES_A_NAME = new RegExp(
  [
    String.raw`\b(?:key|field|entry|item|property|secret|configmap|config map|variable|env var)\s+name\b`,
    String.raw`\bname\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:key|field|entry|secret|configmap|variable)\b`,
    String.raw`\b(?:key|field|entry)\s+(?:(?:with)?in|of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?secret\b`,
    String.raw`(?:secret|密钥|键)\s*的?\s*(?:名称|名字)|键名`,
  ].join('|'),
  'i',
);
/** A value shaped as such a name: words joined by `-`, `_` or `.`, as Kubernetes and environments name things. */
const NAME_SHAPED = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/;
const NO_SPANS: ValueSpan[] = [];
const YAML_DATA_ENTRY = /^(\s+)([\w.-]+):\s*["']?([A-Za-z0-9+/]+={0,2})["']?\s*$/;
const YAML_STRING_DATA_ENTRY = /^(\s+)([\w.-]+):\s*(?:"([^"]*)"|'([^']*)'|([^\s"'#][^#]*?))\s*$/;
/** A YAML block scalar's indicator (`|`, `|-`, `>+`, `|2`): the value is the lines below. */
const YAML_BLOCK_INDICATOR = /^[|>](?:[-+]?[1-9]?|[1-9][-+])$/;
const CLIENT_KEY_DATA = /^\s*client-key-data:\s*["']?([A-Za-z0-9+/]{40,}={0,2})["']?\s*$/;
/** Secret entries that only describe where to connect: not credentials, whatever their value. */
const SECRET_METADATA_KEY = /^(?:user(?:name)?|client[-_.]?id|login|host(?:name)?|port|database|db|dbname|url|uri|endpoint|region|email|namespace|server|address|schema|bucket|ca\.crt|tls\.crt|.*\.pub)$/i;

interface Block {
  kind: CredentialKind;
  line: number;
  body: string;
  lines: number;
  allowed: boolean;
  /** PuTTY: collecting the private part (after `Private-Lines:`). */
  privatePart: boolean;
  /** A PEM block's label before `PRIVATE KEY` (`RSA `, `NEBULA X25519 `). */
  label?: string;
}

function privateKeyKind(label: string): CredentialKind {
  if (label.includes('OPENSSH')) return 'openssh-private-key';
  if (label.includes('PGP')) return 'pgp-private-key';
  return 'private-key';
}

/**
 * A line of a Jupyter notebook that is one JSON string of a cell's source or output (`    "openai.api_key = \"…\"\n",`): the
 * text it holds, its escapes undone (`\"`, `\\`, `\uXXXX`; a line end or a tab becomes a space), and for each character
 * of that text the offset on the line it was read from (one more at the end). Any other line, and a string without an escape,
 * is read as it is.
 */
const NOTEBOOK_STRING_LINE = /^\s*"((?:[^"\\]|\\.)*)",?\s*$/;
export function notebookLine(line: string): { text: string; at: number[] } | undefined {
  const m = NOTEBOOK_STRING_LINE.exec(line);
  if (!m || !(m[1] as string).includes('\\')) return undefined;
  const inner = m[1] as string;
  const base = line.indexOf('"') + 1;
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    at.push(base + i);
    const c = inner[i] as string;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(inner.slice(i + 2, i + 6))) {
      text += String.fromCharCode(parseInt(inner.slice(i + 2, i + 6), 16));
      i += 5;
    } else {
      text += next === 'n' || next === 'r' || next === 't' ? ' ' : next === 'b' || next === 'f' ? '' : next;
      if (next === 'b' || next === 'f') at.pop();
      i += 1;
    }
  }
  at.push(base + inner.length);
  return { text, at };
}

/** Base64 characters of a key body; escapes (`\n`) and quotes removed. */
function keyBody(text: string): string {
  return text.replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
}

/**
 * A key of a 25519 curve (`NEBULA X25519 PRIVATE KEY`, `ED25519 PRIVATE KEY`, Nebula's and other overlay networks' own
 * labels): its raw 32 bytes are 44 base64 characters, shorter than any DER-wrapped key.
 */
const CURVE_25519_LABEL = /(?:^|\s)(?:X25519|ED25519|CURVE25519)\s/;

function acceptableKeyBody(body: string, label = ''): boolean {
  return body.length >= (CURVE_25519_LABEL.test(` ${label}`) ? 43 : 64) && !isPlaceholder(body) && shannonEntropy(body) >= 4 && !isCutDerBody(body);
}

/**
 * A key's first line or two and its END, as a sample config shows the shape of what goes there (GitLab's `gitlab.rb` template:
 * `# 'private_key' => '-----BEGIN RSA PRIVATE KEY-----` over one line of `MIIEow…`): the DER SEQUENCE the body opens with declares
 * its length (`MII…` is `30 82` and two bytes of length, `MH…`/`MG…` `30 81` and one), and a key holds at least half of what it
 * declares. Anything else (no DER header, a raw 25519 key, PGP's armour) is judged as before.
 */
function isCutDerBody(body: string): boolean {
  const head = Buffer.from(body.slice(0, 8), 'base64');
  if (head.length < 4 || head[0] !== 0x30) return false;
  const declared = head[1] === 0x82 ? 4 + ((head[2] ?? 0) << 8) + (head[3] ?? 0) : head[1] === 0x81 ? 3 + (head[2] ?? 0) : 0;
  const present = Math.floor((body.replace(/=+$/, '').length * 3) / 4);
  return declared > 0 && present * 2 < declared;
}

/** A hex key body (OpenVPN's static key): hex's entropy is at most 4 bits a character. */
function acceptableHexKeyBody(body: string): boolean {
  return body.length >= 64 && /^[0-9a-f]+$/i.test(body) && !isPlaceholder(body) && shannonEntropy(body) >= 3;
}

/**
 * A Terraform or HCL variable named as a credential, as git's hunk header gives the line above a hunk
 * (`variable "db_password" {`): a hunk that changes only its `default` line holds no name of its own.
 */
const DECLARATION_SECTION = /^variable\s+"([A-Za-z_][\w-]*)"\s*\{/;

/** The credential's name when a hunk header's section is a variable declaration named as one (DECLARATION_SECTION). */
export function credentialDeclarationOf(section: string | undefined): string | undefined {
  const name = section ? DECLARATION_SECTION.exec(section)?.[1] : undefined;
  return name !== undefined && classifyKey(name) !== null ? name : undefined;
}

/** Whether a hunk header's section (a YAML file's top-level key above the hunk) names a credential's context. */
export function isCredentialParentSection(section: string | undefined): boolean {
  if (!section) return false;
  const parent = /^["']?([A-Za-z_][\w.-]{0,100})["']?\s*:\s*(?:#.*)?$/.exec(section);
  return !!parent && isCredentialParentKey(parent[1] ?? '');
}

/**
 * The fields in which a line leaves something for the lines after it (FileMatcher.inFirstState). Every other
 * field is fixed for the file (path, rules, what the path makes of it) or is the current line's alone.
 */
export const CARRIED_FIELDS = ['profile', 'block', 'kubernetesSecret', 'dataIndent', 'stringData', 'embeddedIndent', 'secretDocument', 'otherKindDocument', 'undecodableData', 'awsWindow', 'named', 'credentialParentIndent', 'passwordList', 'secretsIndent', 'secretsChildIndent', 'expectPrompt', 'keyList', 'vaultKeyList', 'networkKeyBytes', 'authUserPass', 'svnLengthLine', 'inUsersSection', 'svnPasswordLine', 'borgKeyLine', 'allowedLine', 'allowedByLineBefore'] as const;
/** The fields that are not CARRIED_FIELDS (the unit tests check that every field is one or the other). */
export const FIXED_FIELDS = ['path', 'rules', 'patchBase', 'sqlDump', 'csv', 'skipped', 'pathRules', 'wholeFile', 'lineText', 'ordinals', 'spans', 'firstProfile', 'inert'] as const;

/**
 * Lines a matcher read in its first state without a finding, that left it in that state: per rule set and
 * way of reading a file (readingOf), a digest of the line's text. A history adds and removes the same lines
 * again and again — a line changed is removed as it was added years before, a rebuilt page's long
 * navigation line comes back in every build and in every page of it — and such a line is not read again.
 * At most INERT_KEPT lines are known at a time; past that all are forgotten.
 */
let inertLines = new WeakMap<RuleSet, InertSets>();
let inertCount = 0;
const INERT_KEPT = 250_000;
/** Forgets every line known as inert (a scan's end: a long-lived process, the extension host, keeps nothing of it). */
export function forgetInertLines(): void {
  inertLines = new WeakMap();
  inertCount = 0;
}

interface InertSets {
  /** The set each profile (path) uses. */
  byProfile: WeakMap<FileProfile, Set<number>>;
  /** The sets shared by paths read alike: by the rules that apply (one FileRules per set of matching file patterns), then readingOf. */
  byReading: WeakMap<FileRules, Map<string, Set<number>>>;
}

function inertSet(rules: RuleSet, profile: FileProfile): Set<number> {
  let sets = inertLines.get(rules);
  if (!sets) inertLines.set(rules, (sets = { byProfile: new WeakMap(), byReading: new WeakMap() }));
  let set = sets.byProfile.get(profile);
  if (set) return set;
  const reading = rulesNamePaths(rules) ? undefined : readingOf(profile);
  if (reading === undefined) set = new Set();
  else {
    const applying = fileRulesOf(rules, profile);
    let byReading = sets.byReading.get(applying);
    if (!byReading) sets.byReading.set(applying, (byReading = new Map()));
    set = byReading.get(reading);
    if (!set) byReading.set(reading, (set = new Set()));
  }
  sets.byProfile.set(profile, set);
  return set;
}

/**
 * Rules of the repository's own that can name paths (a rule's `path`, an allowlist's `paths`, a kind's allowlist):
 * then what a line yields depends on the path itself, and each path keeps its own inert lines.
 */
export function rulesNamePaths(rules: RuleSet): boolean {
  return rules.custom.length > 0 || rules.allow !== undefined || rules.skipPath !== undefined || (rules.options.pathRules?.length ?? 0) > 0 || rules.options.allowKind !== undefined;
}

/** YAML or JSON: a tree of keys, where a name's value may sit on a child line (readKeyList, childValue). */
function isKeyTree(profile: FileProfile): boolean {
  return profile.yaml || profile.lower.endsWith('.json');
}

const READINGS = new WeakMap<FileProfile, string | undefined>();

/**
 * What a line's reading depends on besides its text and the rules that apply: every field of the profile
 * but the path, and the path's extension (the only part of the path a rule tests while reading a line:
 * a PowerShell, Razor, ERB or Gradle file, HCL, JSON). Two paths of the same reading and rules read every
 * line alike, so they share their inert lines (a documentation site's navigation, in each of its pages).
 * Undefined when a field is not a plain value (then nothing is shared).
 */
export function readingOf(profile: FileProfile): string | undefined {
  if (READINGS.has(profile)) return READINGS.get(profile);
  const fields = profile as unknown as Record<string, unknown>;
  const lower = profile.lower;
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  let reading: string | undefined = base.includes('.') ? base.slice(base.lastIndexOf('.')) : '';
  for (const key of Object.keys(fields).sort()) {
    if (key === 'path' || key === 'lower') continue;
    const value = fields[key];
    if (value !== null && typeof value === 'object') {
      reading = undefined;
      break;
    }
    reading += `\0${key}=${String(value)}`;
  }
  READINGS.set(profile, reading);
  return reading;
}

/**
 * A line's 53-bit digest (two 32-bit FNV-style hashes of its UTF-16 units, one cut to 21 bits): nothing of
 * the text is kept. Two lines of one file share a digest by chance about once in 10^11 pairs.
 */
function inertKey(text: string): number {
  let a = 0x811c9dc5;
  let b = text.length ^ 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

export class FileMatcher {
  /** How the file is read: by its path, then by its first line when that names a script's interpreter (scriptProfile). */
  profile: FileProfile;
  /** A patch's own profile, while its lines are read as the file its last header named (patchTargetProfile); undefined for other files. */
  private readonly patchBase: FileProfile | undefined;
  private block: Block | undefined = undefined;
  private kubernetesSecret = false;
  private dataIndent = -1;
  private stringData = false;
  /**
   * The indent of a `stringData:` entry whose value is a YAML block scalar (`alertmanager.yaml: |-`): the deeper
   * lines are that file's own, read by the ordinary rules, not entries of the Secret (-1: none open).
   */
  private embeddedIndent = -1;
  /** The YAML document being read is a Secret (its `kind:` seen since the last `---`). */
  private secretDocument = false;
  /**
   * The YAML document being read is of another kind than Secret (its top-level `kind:` seen since the last `---`): a
   * Tenant or a Deployment after a Secret in the same file, whose indented entries (`image: minio/minio:RELEASE.…`) are not the Secret's.
   */
  private otherKindDocument = false;
  /** The line being read is an entry of a Secret's `data:` whose value is not base64. */
  private undecodableData = false;
  private awsWindow = 0;
  /** A credential's name read on its own line (`- name: DB_PASSWORD`, `<name>…password</name>`): its value may follow within a few lines. */
  private named: { key: string; lines: number; declaration: boolean; continued?: boolean; doc?: string; docOpen?: boolean; indent?: number; keycloak?: boolean } | null = null;
  /** Indentation of the YAML parent key (`jwt:`, `datasource:`) whose block is being read, or -1. */
  private credentialParentIndent = -1;
  /** A YAML list of passwords being read (readPasswordList): its parent's indent and the singular name its items are judged under. */
  private passwordList: { indent: number; key: string; login?: boolean } | null = null;
  /** An expect script's password prompt was the line before: its `send` answers it (readExpect). */
  private expectPrompt = false;
  /** The indent of a YAML `secrets:` line whose block is being read (Ory's lists of keys under it), or -1. */
  private secretsIndent = -1;
  /** The indent of that block's first entry (its direct children), or -1 before it. */
  private secretsChildIndent = -1;
  /** A block of keys being read (readKeyList): its parent's indent and the name its entries' `key:` is judged under. */
  private keyList: { indent: number; key: string } | null = null;
  /** Vault's key shares being read (readVaultKeyList). */
  private vaultKeyList = false;
  /** The bytes of a network key's block list read so far (readNetworkKeyList); null outside one. */
  private networkKeyBytes: string[] | null = null;
  /** OpenVPN's inline `<auth-user-pass>` block: 1 before its user line, 2 before its password line, 0 outside. */
  private authUserPass = 0;
  /** In an svn.simple file: the line that holds the password's length (after `password`), and the password's own line. */
  private svnLengthLine = -1;
  /** Whether the lines read are inside the INI section of logins (FileProfile.usersSection); unknown, so no, at a hunk's start. */
  private inUsersSection = false;
  private svnPasswordLine = -1;
  /** In a Borg or Tarsnap key file: the line after `BORG_KEY <id>` or the header, where the key's base64 starts. */
  private borgKeyLine = -1;
  /** An SQL file's tables and the statement being read. */
  private readonly sqlDump: SqlDumpReader | undefined;
  /** A CSV file's credential columns, once its header named them. */
  private readonly csv: CsvColumns | undefined;
  /** The repository's allowlist names this path: nothing in it is reported. */
  private readonly skipped: boolean;
  /** Path-only rules (built-in and the repository's) that match this path. */
  private readonly pathRules: readonly string[];
  /** Every line of the file is read, keyword or not (.pgpass, master.key, a repository rule without keywords). */
  private readonly wholeFile: boolean;
  private lineText = '';
  /** The line that detect-secrets' `nextline` marker on the line before allows (-1: none). */
  private allowedLine = -1;
  private allowedByLineBefore = false;
  private readonly ordinals = new Map<string, number>();
  /** Spans found on the current line, to keep overlapping rules from reporting one value twice. */
  private readonly spans: { start: number; end: number }[] = [];
  /** The profile the matcher was made with (a script's first line can change `profile`). */
  private readonly firstProfile: FileProfile;
  /** Lines known to leave this file's matcher in its first state without a finding (inertLines); undefined: not used for this file. */
  private readonly inert: Set<number> | undefined;

  constructor(
    readonly path: string,
    private readonly rules: RuleSet = DEFAULT_RULES,
    /** The path's profile, when the caller has it already. */
    profile: FileProfile = profileFor(path),
  ) {
    this.profile = profile;
    this.patchBase = profile.patch ? profile : undefined;
    this.skipped = profile.findingList || (rules.skipPath?.(path) ?? false);
    this.pathRules = presenceRules(path, this.profile, rules);
    this.wholeFile = fileReadWhole(this.profile, rules);
    this.sqlDump = this.profile.sql ? new SqlDumpReader() : undefined;
    this.csv = this.profile.csv ? new CsvColumns() : undefined;
    this.firstProfile = profile;
    // (SQL dumps and CSV files keep their tables and columns in readers of their own; a file read whole reads lines by number.)
    this.inert = this.skipped || this.wholeFile || this.patchBase || this.sqlDump || this.csv ? undefined : inertSet(rules, profile);
  }

  /**
   * Whether every carried field (CARRIED_FIELDS) is as the matcher was made: then what a line does depends on
   * its text alone. (Written out, not looped over the list: it runs for every line; a unit test sets each field
   * of the list in turn and checks that this says no.)
   */
  inFirstState(): boolean {
    return (
      this.profile === this.firstProfile &&
      this.block === undefined &&
      !this.kubernetesSecret &&
      this.dataIndent === -1 &&
      !this.stringData &&
      this.embeddedIndent === -1 &&
      !this.secretDocument &&
      !this.otherKindDocument &&
      !this.undecodableData &&
      this.awsWindow === 0 &&
      this.named === null &&
      this.credentialParentIndent === -1 &&
      this.passwordList === null &&
      this.secretsIndent === -1 &&
      this.secretsChildIndent === -1 &&
      !this.expectPrompt &&
      this.keyList === null &&
      !this.vaultKeyList &&
      this.networkKeyBytes === null &&
      this.authUserPass === 0 &&
      this.svnLengthLine === -1 &&
      !this.inUsersSection &&
      this.svnPasswordLine === -1 &&
      this.borgKeyLine === -1 &&
      this.allowedLine === -1 &&
      !this.allowedByLineBefore
    );
  }

  /**
   * What the file's presence is, for a version of it whose blob is `blob`: a key store judged by name
   * (its blob id stands for its binary content, so a copy elsewhere is the same secret), and one match
   * per path-only rule, identified by rule and path (so each path is one finding, whatever its content).
   */
  presence(blob: string): readonly SecretMatch[] {
    const keystore = this.profile.keystore;
    if (!keystore && this.pathRules.length === 0) return NO_MATCHES;
    const out: SecretMatch[] = [];
    if (keystore && !this.skipped && !this.rules.options.noBuiltIn && !this.rules.options.builtInOff?.(keystore)) out.push({ kind: keystore, value: `blob:${blob}`, line: 1, ordinal: 0, start: 0, end: 0 });
    for (const id of this.pathRules) out.push({ kind: id, value: `path:${id}\0${this.path}`, line: 1, ordinal: 0, start: 0, end: 0 });
    return out;
  }

  /**
   * Whether the next line can matter without holding a keyword (the keyword index's test): a key
   * block or a Secret's data being read, lines after an AWS key id, a file read whole. A caller may
   * leave out any other line without a keyword, and this matcher then ends the same.
   */
  get readsEveryLine(): boolean {
    if (this.skipped) return false;
    // (A patch's every line: its headers, which hold no keyword, say how the lines after them are read.)
    return this.wholeFile || this.patchBase !== undefined || this.block !== undefined || this.kubernetesSecret || this.awsWindow > 0 || this.named !== null || this.credentialParentIndent >= 0 || this.passwordList !== null || this.secretsIndent >= 0 || this.expectPrompt || this.keyList !== null || this.vaultKeyList || this.networkKeyBytes !== null || (this.sqlDump?.active ?? false) || (this.csv?.active ?? false) || this.authUserPass > 0 || this.rules.keywords.needsEveryLine;
  }

  /** Feeds one line (without its newline) and its 1-based number. */
  push(text: string, line: number, sink: MatchSink): void {
    // A file saved on Windows: its lines end with `\r`, and its first may begin with a byte-order mark. Neither is the
    // line's text; rules read the line without them (a value at a line's end, a key at a file's start).
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > MAX_LINE_LENGTH || this.skipped) {
      this.endHunk();
      return;
    }
    const inert = this.inert;
    // (The first line can change the profile: a script's `#!`.)
    if (inert === undefined || line === 1 || !this.inFirstState()) {
      this.read(text, line, sink);
      return;
    }
    const key = inertKey(text);
    if (inert.has(key)) {
      // What reading it would leave: the same state, no span of this line kept.
      this.lineText = text;
      this.spans.length = 0;
      return;
    }
    let found = false;
    this.read(text, line, (match) => {
      found = true;
      sink(match);
    });
    if (found || !this.inFirstState()) return;
    if (inertCount >= INERT_KEPT) {
      inertLines = new WeakMap();
      inertCount = 0;
      return;
    }
    inert.add(key);
    inertCount++;
  }

  /** Reads one line (push, without what it knows of lines read before). */
  private read(raw: string, line: number, outerSink: MatchSink): void {
    // A notebook's line of code is read as the code it holds; what is found is placed back on the line as it is written.
    const cell = this.profile.notebook ? notebookLine(raw) : undefined;
    const text = cell ? cell.text : raw;
    const sink: MatchSink = cell ? (m) => outerSink(m.end > m.start ? { ...m, start: cell.at[m.start] ?? m.start, end: cell.at[m.end] ?? m.end } : m) : outerSink;
    this.lineText = text;
    // The marker's line is always fed (it holds `secret`); a caller leaving lines out cannot make it reach further than the next line.
    this.allowedByLineBefore = this.allowedLine === line;
    this.allowedLine = text.includes(ALLOW_NEXT_MARKER) ? line + 1 : -1;
    if (line === 1 && text.startsWith('#!')) this.profile = scriptProfile(this.profile, text);
    if (this.patchBase) this.profile = patchTargetProfile(this.patchBase, text) ?? this.profile;
    // The spans of the line before are no concern of this one (a one-line PEM key on each of two lines is two keys).
    this.spans.length = 0;
    if (this.block) {
      this.continueBlock(text, sink);
      return;
    }
    const profile = this.profile;
    if (profile.generatedPage) {
      this.readGeneratedPage(text, line, sink);
      return;
    }
    if (profile.openvpnAuthFile) {
      // The password is the second line; the first, the user, is not a secret.
      if (line === 2) this.reportOpenVpnPassword(text, line, sink);
      return;
    }
    if (profile.vsftpdUsers) {
      // Users on odd lines, each one's password on the even line after it.
      if (line % 2 === 0) this.reportWholeLinePassword('vsftpd-virtual-user', text, line, sink);
      return;
    }
    if (profile.svnSimple) {
      // The value's length line after the `password` key, then the password itself.
      if (line === this.svnPasswordLine) this.reportWholeLinePassword('svn-simple-password', text, line, sink);
      else if (text === 'password') this.svnLengthLine = line + 1;
      else if (line === this.svnLengthLine && /^V \d+$/.test(text)) this.svnPasswordLine = line + 1;
      return;
    }
    if (profile.borgKey || profile.tarsnapKey) {
      // The key is one base64 text wrapped over lines after its header: its first line stands for it (one finding per key, not per line).
      if (profile.borgKey ? /^BORG_KEY [0-9a-f]{64}\s*$/.test(text) : text.startsWith('# START OF TARSNAP KEY FILE')) this.borgKeyLine = line + 1;
      else if (line === this.borgKeyLine && /^[A-Za-z0-9+/]{40,}={0,2}\s*$/.test(text)) this.reportWholeLinePassword(profile.borgKey ? 'borg-key-file' : 'tarsnap-key-file', text, line, sink);
      return;
    }
    if (profile.usersSection !== null) this.readUsersSection(profile.usersSection, text, line, sink);
    if (profile.expectScript && (this.expectPrompt || text.includes('assword') || text.includes('assphrase'))) this.readExpect(text, line, sink);
    if (this.authUserPass > 0 || (text.includes('<auth-user-pass>') && text.trim() === '<auth-user-pass>')) {
      this.readAuthUserPass(text, line, sink);
      return;
    }
    const underCredentialParent = profile.yaml && this.trackCredentialParent(text);
    // A value whose credential's name came on a line before (readNamedValue): it holds no keyword itself.
    // (Neither this nor a key list's entries are read in a file whose pairs are not read (profile.i18n): a translation
    // catalog's `{"name": "password", "value": "Kennwort:"}` or `api_keys:` then `key: 'Schlüssel!'` is a label.)
    const named = profile.i18n ? NO_SPANS : this.named !== null || text.includes('name') || text.includes('"type"') || text.includes('<') || text.includes('key') || text.includes('{') || text.trimEnd().endsWith(':') || (profile.ini && text.trimEnd().endsWith('=')) || (profile.yaml && YAML_BLOCK_SCALAR_NAME.test(text)) ? this.readNamedValue(text) : NO_SPANS;
    // A CSV row's cells under the credential columns its header named: they hold no keyword either.
    const cells = this.csv ? this.readCsvRow(text, line) : NO_SPANS;
    // An item of a YAML list of passwords (`mysql_passwords:` then `- …`): no keyword either.
    const items = (profile.deployed || profile.credentialFile) && (this.passwordList !== null || (profile.yaml ? text.includes('asswords') || this.secretsIndent >= 0 || text.includes('secrets') || (profile.clashConfig && text.includes('authentication')) : text.includes('assword') && (text.trimEnd().endsWith('[') || text.includes(']')))) && isKeyTree(profile) ? this.readPasswordList(text) : NO_SPANS;
    const keyEntries = !profile.i18n && isKeyTree(profile) && (this.keyList !== null || /key|redential/i.test(text)) ? this.readKeyList(text) : NO_SPANS;
    const shares = this.vaultKeyList || text.includes('_keys') ? this.readVaultKeyList(text) : NO_SPANS;
    const keyBytes = profile.yaml && (this.networkKeyBytes !== null || text.includes('network_key')) ? this.readNetworkKeyList(text) : NO_SPANS;
    // `name value` of configuration: no assignment sign wakes the generic reader on such a line.
    const spaced = profile.spacedConfig ? findSpacedPair(profile, text) : NO_SPANS;
    const special = this.wholeFile || this.kubernetesSecret || this.awsWindow > 0 || this.credentialParentIndent >= 0 || (this.sqlDump?.active ?? false) || named.length > 0 || cells.length > 0 || items.length > 0 || keyEntries.length > 0 || shares.length > 0 || keyBytes.length > 0 || spaced.length > 0;
    // Which rules the line wakes, in one pass: the finders below ask for their own.
    if (!this.rules.wake(text, profile) && !special) return;
    if (this.awsWindow > 0) this.awsWindow--;
    if (profile.yaml && /^\s*kind:\s*["']?Secret["']?\s*(?:#.*)?$/.test(text)) {
      this.kubernetesSecret = this.secretDocument = true;
      this.otherKindDocument = false;
    } else if (profile.yaml && /^---\s*$/.test(text)) {
      // A new document: the last one's `data:` ended with it, and its kind is not known yet.
      this.secretDocument = this.otherKindDocument = false;
      this.dataIndent = -1;
      this.embeddedIndent = -1;
    } else if (profile.yaml && /^kind:\s*["']?[A-Za-z]/.test(text)) this.otherKindDocument = true;

    if (!this.readSelfEvident(text, line, sink)) return;
    const found: ValueSpan[] = [];
    findConnectionSecrets(text, found, placeOfLine(profile, text, profile.gitCredentials), profile.docs);
    findLineRules(this.rules, profile, text, found);
    if (profile.pgpass) this.findPgpass(text, found);
    this.findClientKeyData(text, found);
    if (profile.yaml && this.kubernetesSecret && !this.otherKindDocument) this.findKubernetesData(text, found);
    findEncodedPrivateKeys(text, found);
    const before = found.length;
    findKeyValues(this.rules, profile, text, found, underCredentialParent);
    // A Secret's `data:` holds base64 only (`DB_PASSWORD: some-base-64-encoded-password` is refused by the API server):
    // a value that is not base64 there is a manifest's stand-in, never applied, so no name read on the line makes it a credential.
    if (this.undecodableData) {
      found.splice(before);
      this.undecodableData = false;
    }
    // (A rule of the table that read the line's value already says what it is: the spaced pair adds nothing then.)
    if (found.length === 0) found.push(...spaced);
    found.push(...named, ...cells, ...items, ...keyEntries, ...shares, ...keyBytes);
    this.sqlDump?.read(text, found);
    for (const span of found) this.report(span.kind, span.value, span.start, span.end, line, sink);
  }

  /**
   * What a line shows by its own format, whatever the file (after `rules.wake`): a key block's start, a repository's own rules'
   * matches, provider tokens and an AWS key's pair. False when nothing more is to be read on the line: a block started, an
   * allow marker, or the built-in rules turned off.
   */
  private readSelfEvident(text: string, line: number, sink: MatchSink): boolean {
    const allowed = this.allowedByLineBefore || ALLOW_MARKERS.some((marker) => text.includes(marker));
    const builtIn = !this.rules.options.noBuiltIn;
    if (builtIn && (text.includes('PRIVATE KEY') || text.includes('PuTTY-User-Key-File-') || text.includes('OpenVPN Static key')) && this.startBlock(text, line, allowed, sink)) return false;
    if (allowed) return false;
    const found: ValueSpan[] = [];
    findCustom(this.rules, this.profile, text, text.toLowerCase(), found);
    for (const span of found) this.report(span.kind, span.value, span.start, span.end, line, sink, true);
    if (!builtIn) return false;
    found.length = 0;
    findTokens(this.rules, text, found);
    if (found.some((t) => t.kind === 'aws-access-key-id') || AWS_KEY_ID.test(text)) this.awsWindow = AWS_PAIR_WINDOW + 1;
    for (const span of found) this.report(span.kind, span.value, span.start, span.end, line, sink);
    if (this.awsWindow > 0) this.findAwsPair(text, line, sink);
    return true;
  }

  /**
   * A page a documentation generator built (FileProfile.generatedPage): what a value shows by its own format, and the line
   * rules that read one by its format (RuleSet.rulesFor keeps only those); no name-and-value reading, which belongs to the
   * source the page was built from.
   */
  private readGeneratedPage(text: string, line: number, sink: MatchSink): void {
    if (!this.rules.wake(text, this.profile) && this.awsWindow === 0) return;
    if (this.awsWindow > 0) this.awsWindow--;
    if (!this.readSelfEvident(text, line, sink)) return;
    const found: ValueSpan[] = [];
    findLineRules(this.rules, this.profile, text, found);
    findEncodedPrivateKeys(text, found);
    for (const span of found) this.report(span.kind, span.value, span.start, span.end, line, sink);
  }

  /** OpenVPN's inline `<auth-user-pass>`: the user on its first line, the password on its second. */
  private readAuthUserPass(text: string, line: number, sink: MatchSink): void {
    const trimmed = text.trim();
    if (trimmed === '<auth-user-pass>') this.authUserPass = 1;
    else if (trimmed.startsWith('</auth-user-pass>')) this.authUserPass = 0;
    else if (this.authUserPass === 1) this.authUserPass = 2;
    else {
      this.authUserPass = 0;
      this.reportOpenVpnPassword(text, line, sink);
    }
  }

  /**
   * An expect script: the `send` that answers a password prompt, on the prompt's line (`expect "assword:" { send "…\\r" }`) or
   * the next one (blank lines and comments between are passed over). Any other `send` is a command typed into the session.
   */
  private readExpect(text: string, line: number, sink: MatchSink): void {
    const waiting = this.expectPrompt;
    this.expectPrompt = false;
    const prompt = EXPECT_PROMPT.exec(text);
    const answer = prompt ? EXPECT_SEND.exec(prompt.groups?.rest ?? '') : waiting ? EXPECT_SEND.exec(text) : null;
    if (!answer) {
      if (prompt || (waiting && /^\s*(?:#.*)?$/.test(text))) this.expectPrompt = true;
      return;
    }
    const value = answer.groups?.v ?? '';
    if (!this.mayReportPassword(text, value, 'elsewhere')) return;
    const start = text.indexOf(`"${value}\\`) + 1;
    this.report('expect-password-answer', value, start, start + value.length, line, sink);
  }

  /** OpenVPN's password line (inline `<auth-user-pass>` or an auth-user-pass file): the whole line is the password. */
  private reportOpenVpnPassword(text: string, line: number, sink: MatchSink): void {
    this.reportWholeLinePassword('openvpn-password', text, line, sink);
  }

  /** A line that is a password and nothing else, in a file that exists to hold it. */
  private reportWholeLinePassword(kind: CredentialKind, text: string, line: number, sink: MatchSink): void {
    const trimmed = text.trim();
    if (!this.mayReportPassword(text, trimmed, 'credential-file')) return;
    const start = text.indexOf(trimmed);
    this.report(kind, trimmed, start, start + trimmed.length, line, sink);
  }

  /** .pgpass: `host:port:database:user:password`, colons in a field escaped with a backslash. */
  private findPgpass(line: string, out: ValueSpan[]): void {
    if (line.trimStart().startsWith('#')) return;
    const fields = pgpassFields(line.trim());
    const password = fields.length === 5 ? (fields[4] as string) : '';
    const start = line.lastIndexOf(password);
    if (password && isLiteralPassword(password, 'credential-file')) out.push({ kind: 'pgpass-password', value: password, start, end: start + password.length });
  }

  /** kubeconfig `client-key-data:`: a PEM private key, base64-encoded. */
  private findClientKeyData(line: string, out: ValueSpan[]): void {
    if (!line.includes('client-key-data')) return;
    const m = CLIENT_KEY_DATA.exec(line);
    const raw = m?.[1];
    const pem = raw ? strictBase64Text(raw) : undefined;
    if (!raw || !pem || !PEM_BEGIN.test(pem)) return;
    const body = keyBody(pem.slice(pem.search(PEM_BEGIN)).replace(PEM_BEGIN, '').replace(/-----END[\s\S]*$/, ''));
    const start = line.indexOf(raw);
    if (acceptableKeyBody(body)) out.push({ kind: 'kubeconfig-client-key', value: body, start, end: start + raw.length });
  }

  /**
   * YAML: follows the block of a parent key that names a credential's context (`jwt:`, `spring:
   * datasource:`); returns whether `text` sits inside one. The block is read line by line while it lasts
   * (readsEveryLine), so its end — the first line indented no deeper than the parent — is seen.
   */
  private trackCredentialParent(text: string): boolean {
    if (/^\s*(?:#|$)/.test(text)) return this.credentialParentIndent >= 0;
    const indent = text.length - text.trimStart().length;
    if (this.credentialParentIndent >= 0 && indent <= this.credentialParentIndent) this.credentialParentIndent = -1;
    if (this.credentialParentIndent >= 0) return true;
    const parent = /^\s*(?:-\s+)?["']?([A-Za-z_][\w.-]{0,100})["']?\s*:\s*(?:#.*)?$/.exec(text);
    if (parent && isCredentialParentKey(parent[1] ?? '')) this.credentialParentIndent = indent;
    return false;
  }

  /**
   * A hunk starts. `section` is git's hunk-header context, the nearest line above it at the first
   * column: in YAML the top-level key the hunk sits under. When that key names a credential's context
   * (`jwt:`), the hunk's indented lines are inside its block, though the key's own line is not in it.
   */
  startHunk(section?: string): void {
    this.endHunk();
    // A hunk of a patch's own history: which file of the patch its lines change is not known until a header comes.
    if (this.patchBase) this.profile = this.patchBase;
    this.sqlDump?.startHunk(section);
    if (this.profile.yaml && isCredentialParentSection(section)) this.credentialParentIndent = 0;
    // Inside a credential's variable declaration: its `default` may be the hunk's only line.
    const declared = credentialDeclarationOf(section);
    if (declared !== undefined) this.named = { key: declared, lines: DECLARATION_WINDOW, declaration: true };
  }

  /**
   * YAML or JSON in deployed configuration (JSON: JSON_PASSWORD_LIST_PARENT): a list of literals under a name whose last word is `passwords`
   * (`mysql_passwords:` then `- …` items) holds passwords, each judged as `mysql_password: …` would be. Only
   * a list: a plural name with one value names a list elsewhere or a broker (Laravel's `'passwords' =>
   * 'users'`); and not a list of passwords to refuse (`banned_passwords`, `common_passwords`).
   */
  private readPasswordList(text: string): ValueSpan[] {
    if (/^\s*(?:#|$)/.test(text)) return NO_SPANS;
    const indent = text.length - text.trimStart().length;
    const list = this.passwordList;
    const yaml = this.profile.yaml;
    if (list) {
      const item = (yaml ? PASSWORD_LIST_ITEM : JSON_PASSWORD_LIST_ITEM).exec(text);
      if (item && indent >= list.indent) {
        let raw = item[1] ?? '';
        let at = text.lastIndexOf(raw);
        if (list.login) {
          // `"user:password"`: the password after the first colon (a login without one is no password).
          const colon = raw.indexOf(':');
          if (colon <= 0) return NO_SPANS;
          const end = /^["']/.test(raw) ? raw.length - 1 : raw.length;
          at += colon + 1;
          raw = raw.slice(colon + 1, end);
        }
        const found: ValueSpan[] = [];
        findNamedValue(this.profile, list.key, text, raw, at, found, this.rules);
        return found;
      }
      this.passwordList = null;
    }
    if (yaml && this.secretsIndent >= 0 && indent <= this.secretsIndent) this.secretsIndent = this.secretsChildIndent = -1;
    if (yaml && this.secretsIndent >= 0) {
      if (this.secretsChildIndent === -1) this.secretsChildIndent = indent;
      const child = indent === this.secretsChildIndent ? SECRETS_CHILD.exec(text) : null;
      if (child) return this.readSecretsChild(text, child);
    }
    const flow = PASSWORD_FLOW_LIST.exec(text);
    if (flow && !REFUSED_PASSWORDS.test(flow[1] ?? '')) return this.readFlowList(text, flow, yaml);
    const parent = (yaml ? PASSWORD_LIST_PARENT : JSON_PASSWORD_LIST_PARENT).exec(text);
    if (parent && !REFUSED_PASSWORDS.test(parent[1] ?? '')) this.passwordList = { indent, key: (parent[1] ?? '').replace(/s$/, '') };
    else if (yaml && this.profile.clashConfig && CLASH_LOGIN_LIST_PARENT.test(text)) this.passwordList = { indent, key: 'password', login: true };
    else if (yaml && this.secretsIndent >= 0 && SECRETS_LIST_PARENT.test(text)) this.passwordList = { indent, key: 'secret' };
    else if (yaml && SECRETS_PARENT.test(text)) this.secretsIndent = indent;
    return NO_SPANS;
  }

  /**
   * A direct child of a `secrets:` mapping in deployed configuration, with a value on its line (PeerTube's `secrets:` then
   * `peertube: '…'`): a secret whatever its own name, judged as `<name>_secret` would be (placeholders, templates and references
   * are not values; a name with a metadata word, `name:`, `file:`, `provider:`, says none; `enabled: true` is no secret). A name
   * that is a credential's on its own (`db_password:`) is read by the generic reading already.
   */
  private readSecretsChild(text: string, child: RegExpExecArray): ValueSpan[] {
    const name = child[1] ?? '';
    const raw = child[2] ?? '';
    const key = `${name}_secret`;
    if (classifyKey(name) !== null || classifyKey(key) === null) return NO_SPANS;
    const found: ValueSpan[] = [];
    findNamedValue(this.profile, key, text, raw, child.indices?.[2]?.[0] ?? text.lastIndexOf(raw), found, this.rules);
    return found;
  }

  /** The items of a list of passwords on its name's line (PASSWORD_FLOW_LIST), each judged as the name in the singular. */
  private readFlowList(text: string, flow: RegExpExecArray, yaml: boolean): ValueSpan[] {
    const key = (flow[1] ?? '').replace(/s$/, '');
    const from = flow.indices?.[2]?.[0] ?? 0;
    const found: ValueSpan[] = [];
    for (const item of (flow[2] ?? '').matchAll(FLOW_LIST_ITEM)) {
      const quoted = item[1] !== undefined || item[2] !== undefined;
      // JSON holds quoted strings only: a bare word there is no string.
      if (!quoted && !yaml) continue;
      // (findNamedValue takes the item as written, quotes and all, and where it starts.)
      const raw = quoted ? item[0] : item[3] ?? '';
      if (raw.length <= 2 && quoted) continue;
      findNamedValue(this.profile, key, text, raw, from + (item.index ?? 0), found, this.rules);
    }
    return found;
  }

  /**
   * YAML or JSON: in the block of a parent named for the keys or credentials it holds (KEY_LIST_PARENT), an entry's `key:` is
   * one of them (APISIX's `admin_key:` list, Kong's `keyauth_credentials:`, CFSSL's `"auth_keys"`), judged as the parent's
   * name in the singular would be (`admin_key`, `auth_key`). A YAML list may start at the parent's own indent. Not a list of
   * public halves or of names (PUBLIC_KEY_LIST), nor a parent whose name says no credential.
   */
  private readKeyList(text: string): ValueSpan[] {
    if (/^\s*(?:#|$)/.test(text)) return NO_SPANS;
    const indent = text.length - text.trimStart().length;
    const list = this.keyList;
    if (list) {
      if (indent > list.indent || (indent === list.indent && /^\s*-\s/.test(text))) {
        const entry = KEY_LIST_ENTRY.exec(text);
        const raw = entry?.[1];
        if (!entry || !raw) return NO_SPANS;
        const found: ValueSpan[] = [];
        findNamedValue(this.profile, list.key, text, raw, entry.indices?.[1]?.[0] ?? text.lastIndexOf(raw), found, this.rules);
        return found;
      }
      this.keyList = null;
    }
    const parent = KEY_LIST_PARENT.exec(text);
    const name = parent?.[1] ?? '';
    const key = /^key[-_]?auth$/i.test(name) ? 'api_key' : name.replace(/(?<=[Kk]ey|[Cc]redential)s$/, '');
    if (parent && !PUBLIC_KEY_LIST.test(name) && classifyKey(key) !== null) this.keyList = { indent, key };
    return NO_SPANS;
  }

  private readVaultKeyList(text: string): ValueSpan[] {
    if (this.vaultKeyList) {
      const item = VAULT_KEY_ITEM.exec(text);
      const share = item?.[2];
      if (item && share) return isPlaceholderToken(share) ? NO_SPANS : [{ kind: 'vault-unseal-key', value: share, start: item.indices?.[2]?.[0] ?? 0, end: item.indices?.[2]?.[1] ?? text.length }];
      this.vaultKeyList = false;
    }
    this.vaultKeyList = VAULT_KEY_LIST.test(text);
    return NO_SPANS;
  }

  /** One line of a network key's block list: its 16th byte reports the key (the bytes joined as the one-line form writes them). */
  private readNetworkKeyList(text: string): ValueSpan[] {
    if (this.networkKeyBytes !== null) {
      const item = NETWORK_KEY_ITEM.exec(text);
      const byte = item?.[1];
      if (item && byte) {
        this.networkKeyBytes.push(byte);
        if (this.networkKeyBytes.length < 16) return NO_SPANS;
        const value = this.networkKeyBytes.join(', ');
        this.networkKeyBytes = null;
        return isPlaceholder(value) ? NO_SPANS : [{ kind: 'mesh-network-key', value, start: item.indices?.[1]?.[0] ?? 0, end: item.indices?.[1]?.[1] ?? text.length }];
      }
      this.networkKeyBytes = null;
    }
    if (NETWORK_KEY_LIST.test(text)) this.networkKeyBytes = [];
    return NO_SPANS;
  }

  /** A hunk ended: what spans lines cannot continue into the next one. */
  endHunk(): void {
    this.sqlDump?.endHunk();
    this.authUserPass = 0;
    this.passwordList = null;
    this.secretsIndent = -1;
    this.secretsChildIndent = -1;
    this.expectPrompt = false;
    this.keyList = null;
    this.vaultKeyList = false;
    this.networkKeyBytes = null;
    this.credentialParentIndent = -1;
    this.block = undefined;
    this.dataIndent = -1;
    this.embeddedIndent = -1;
    this.otherKindDocument = false;
    this.awsWindow = 0;
    this.named = null;
    this.inUsersSection = false;
  }

  /** An entry of an INI section of logins (`[admins]`, `[users]`): the value is the password, before any `, role` list. */
  private readUsersSection(section: string, text: string, line: number, sink: MatchSink): void {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(text);
    if (header) {
      this.inUsersSection = (header[1] ?? '').trim().toLowerCase() === section;
      return;
    }
    const entry = this.inUsersSection ? /^\s*[^\s=#;[][^=]*?\s*=\s*([^,#;]*[^\s,#;])/.exec(text) : null;
    const value = entry?.[1]?.trim();
    if (!entry || !value || !this.mayReportPassword(text, value, 'credential-file')) return;
    const start = text.indexOf(value, entry[0].indexOf('=') + 1);
    this.report('ini-users-password', value, start, start + value.length, line, sink);
  }

  /**
   * Whether a built-in reading of its own (an expect answer, a whole-line password, an INI users section) may report `value`
   * found on `text`: built-in rules on, no allow marker on the line, and the value a literal password where it stands.
   */
  private mayReportPassword(text: string, value: string, place: LiteralPlace): boolean {
    return !this.rules.options.noBuiltIn && !ALLOW_MARKERS.some((marker) => text.includes(marker)) && isLiteralPassword(value, place);
  }

  private report(kind: CredentialKind, value: string, start: number, end: number, line: number, sink: MatchSink, custom = false): void {
    if (!custom && (this.rules.options.builtInOff?.(kind) || this.rules.options.allowKind?.(kind, value, this.lineText, this.path))) return;
    for (const other of this.spans) if (start < other.end && other.start < end) return;
    if (this.rules.allow?.(value, this.lineText, this.path)) return;
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
    if (OPENVPN_KEY_BEGIN.test(text)) {
      this.block = { kind: 'openvpn-static-key', line, body: '', lines: 0, allowed, privatePart: false };
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
      if (!allowed && acceptableKeyBody(body, begin[1])) this.report(kind, body, begin.index, stop, line, sink);
      return true;
    }
    this.block = { kind, line, body: keyBody(after), lines: 0, allowed, privatePart: false, label: begin[1] };
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
    if (block.kind === 'openvpn-static-key') {
      if (OPENVPN_KEY_END.test(text)) {
        this.block = undefined;
        if (!block.allowed && acceptableHexKeyBody(block.body)) this.report(block.kind, block.body, 0, 0, block.line, sink);
      } else if (!text.trimStart().startsWith('#')) block.body += text.trim().replace(/[^0-9a-fA-F]/g, '');
      return;
    }
    const end = PEM_END.exec(text);
    if (end) {
      block.body += keyBody(text.slice(0, end.index));
      this.block = undefined;
      if (!block.allowed && acceptableKeyBody(block.body, block.label)) this.report(block.kind, block.body, 0, 0, block.line, sink);
      return;
    }
    const trimmed = text.trim().replace(/^["'|>-]+|["',]+$/g, '');
    if (!PEM_HEADER_LINE.test(trimmed)) block.body += keyBody(trimmed);
  }

  /**
   * The name-then-value shapes of findNamedValue: a line that names a credential opens a window of
   * NAMED_VALUE_WINDOW lines in which the first value line is that credential's value.
   */
  private readNamedValue(text: string): ValueSpan[] {
    if (this.named?.keycloak) {
      const value = KEYCLOAK_VALUE.exec(text);
      if (!value) {
        if (--this.named.lines <= 0) this.named = null;
        return NO_SPANS;
      }
      this.named = null;
      const found: ValueSpan[] = [];
      findRuleValue(this.rules, this.profile, 'keycloak-credential', text, value[1] ?? '', value.indices?.[1]?.[0] ?? 0, found);
      return found;
    }
    if (this.named === null && text.includes('"type"') && this.profile.lower.endsWith('.json') && KEYCLOAK_PASSWORD_TYPE.test(text)) {
      this.named = { key: 'password', lines: NAMED_VALUE_WINDOW, declaration: false, keycloak: true };
      return NO_SPANS;
    }
    if (this.named?.continued) {
      // The indented line after `name =` of an INI file, or after a YAML block scalar's `name: |`: the value, continued there.
      const { key } = this.named;
      this.named = null;
      const continued = INI_CONTINUED_VALUE.exec(text);
      const raw = continued?.[1];
      if (raw === undefined) return this.readNamedValue(text);
      const found: ValueSpan[] = [];
      findNamedValue(this.profile, key, text, raw, text.indexOf(raw), found, this.rules);
      return found;
    }
    if (this.named?.declaration && this.readDeclarationDoc(text)) {
      if (--this.named.lines <= 0) this.named = null;
      return NO_SPANS;
    }
    const empty = this.profile.ini ? INI_EMPTY_VALUE.exec(text) : null;
    if (empty) {
      const key = empty[1] ?? '';
      this.named = classifyKey(key) !== null ? { key, lines: 1, declaration: false, continued: true } : null;
      return NO_SPANS;
    }
    // (Another name's block, `comment: |` between an entry's `name:` and its `value:`, leaves that entry open.)
    const blockScalar = this.profile.yaml ? YAML_BLOCK_SCALAR_NAME.exec(text) : null;
    if (blockScalar && this.namesCredential(blockScalar[1] ?? '')) {
      this.named = { key: blockScalar[1] ?? '', lines: 1, declaration: false, continued: true };
      return NO_SPANS;
    }
    const inline = this.named === null && text.includes('{') ? INLINE_NAMED_VALUE.exec(text) : null;
    if (inline) {
      const key = namedKey(storeKeyName(inline[1] ?? ''), (k) => this.namesCredential(k));
      const raw = inline[2] ?? '';
      if (!key || !raw) return NO_SPANS;
      const found: ValueSpan[] = [];
      findNamedValue(this.profile, key, text, raw, inline.indices?.[2]?.[0] ?? 0, found, this.rules);
      return found;
    }
    const name = NAME_LINE.exec(text) ?? ENTRY_NAME_LINE.exec(text);
    if (name) {
      // A new entry: the name it gives is the one a value that follows belongs to.
      // A dotted property name is judged whole (`fs.s3a.secret.key`), else by its last part: the
      // namespace before it is no part of what it names (`javax.jdo.option.ConnectionPassword`).
      const key = namedKey(storeKeyName(name[1] ?? name[2] ?? name[3] ?? name[4] ?? ''), (k) => this.namesCredential(k));
      this.named = key ? { key, lines: NAMED_VALUE_WINDOW, declaration: false } : null;
      return NO_SPANS;
    }
    const declared = DECLARATION_LINE.exec(text);
    if (declared) {
      const key = declared[1] ?? declared[2] ?? declared[3] ?? '';
      this.named = this.namesCredential(key) ? { key, lines: DECLARATION_WINDOW, declaration: true, indent: text.length - text.trimStart().length } : null;
      return NO_SPANS;
    }
    if (!this.named) return NO_SPANS;
    const value = this.named.declaration
      ? (this.named.lines === DECLARATION_WINDOW ? INLINE_SOURCE_VALUE.exec(text) : null) ?? DEFAULT_VALUE.exec(text) ?? this.childValue(text)
      : NAMED_VALUE.exec(text);
    if (!value) {
      if (--this.named.lines <= 0) this.named = null;
      return NO_SPANS;
    }
    const { key, doc } = this.named;
    this.named = null;
    const group = value[1] !== undefined ? 1 : value[2] !== undefined ? 2 : 3;
    const captured = value[group] ?? '';
    const raw = captured.trim();
    if (!raw) return NO_SPANS;
    // The documentation beside the default says it is a name (of a Secret's key, of a Secret): no credential.
    if (doc !== undefined && DOC_NAMES_A_NAME.test(doc) && NAME_SHAPED.test(raw.replace(/^(["'])(.*)\1$/, '$2'))) return NO_SPANS;
    const found: ValueSpan[] = [];
    findNamedValue(this.profile, key, text, raw, (value.indices?.[group]?.[0] ?? 0) + captured.indexOf(raw), found, this.rules);
    return found;
  }

  /**
   * A credential's name alone on its line in YAML or JSON, then its `value:` among its children (Concourse's `~/.flyrc`
   * writes `token:` then `type: bearer` and `value: …`; a chart's `password: {value: …}`): that name's value. Only a child,
   * indented deeper than the name (a sibling's `value:` after the name's block is another setting's).
   */
  /**
   * Whether a name given on its own line (an env entry's `name:`, a property's `<name>`, a declaration) names a credential:
   * by its words (classifyKey), or because a rule of the table owns it (`AZURE_DEVOPS_EXT_PAT`, `RABBITMQ_ERLANG_COOKIE`).
   */
  private namesCredential(key: string): boolean {
    return classifyKey(key) !== null || ownsKey(this.rules, this.profile, key);
  }

  private childValue(text: string): RegExpExecArray | null {
    const named = this.named;
    if (!named || named.indent === undefined || !isKeyTree(this.profile) || text.length - text.trimStart().length <= named.indent || text.includes('<')) return null;
    return NAMED_VALUE.exec(text);
  }

  /**
   * Inside a declaration's window, a line of its documentation (DOC_FIELD, or a line continuing it): kept to be read
   * beside the default. Whether the line was one.
   */
  private readDeclarationDoc(text: string): boolean {
    const named = this.named;
    if (!named) return false;
    const doc = DOC_FIELD.exec(text);
    if (doc) {
      named.doc = `${named.doc ?? ''} ${doc[1] ?? ''}`;
      named.docOpen = true;
      return true;
    }
    if (named.docOpen && DOC_CONTINUED.test(text) && !DEFAULT_VALUE.test(text)) {
      named.doc = `${named.doc ?? ''} ${text.trim()}`;
      return true;
    }
    named.docOpen = false;
    return false;
  }

  /** A CSV file's header (its first line), or a row judged by the credential columns the header named. */
  private readCsvRow(text: string, line: number): ValueSpan[] {
    const csv = this.csv as CsvColumns;
    if (line === 1) {
      csv.readHeader(text);
      return NO_SPANS;
    }
    if (!csv.active) return NO_SPANS;
    const found: ValueSpan[] = [];
    for (const cell of csv.credentialCells(text)) findNamedValue(this.profile, cell.key, text, cell.value, cell.start, found, this.rules);
    return found;
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
    this.undecodableData = false;
    // A line of a file held whole in a `stringData:` entry (`alertmanager.yaml: |-`): that file's, not the Secret's.
    if (this.embeddedIndent >= 0) {
      if (/^\s*$/.test(text) || (/^\s*/.exec(text)?.[0].length ?? 0) > this.embeddedIndent) return;
      this.embeddedIndent = -1;
    }
    const section = /^(\s*)(data|stringData):\s*$/.exec(text);
    if (section) {
      this.dataIndent = (section[1] ?? '').length;
      this.stringData = section[2] === 'stringData';
      this.embeddedIndent = -1;
      return;
    }
    const entry = (this.stringData ? YAML_STRING_DATA_ENTRY : YAML_DATA_ENTRY).exec(text);
    if (!entry) {
      // (Only where the `data:` line of this Secret's document was read: without it the entry may be `stringData`'s.)
      const other = this.stringData || !this.secretDocument || this.dataIndent < 0 ? null : YAML_STRING_DATA_ENTRY.exec(text);
      this.undecodableData = !!(other?.[3] ?? other?.[4] ?? other?.[5]) && (other?.[1] ?? '').length > this.dataIndent;
      return;
    }
    const indent = (entry[1] ?? '').length;
    // Without the `data:` line in view (a hunk that only changes one entry), any indented entry of the Secret counts.
    if (this.dataIndent >= 0 && indent <= this.dataIndent) {
      this.dataIndent = -1;
      return;
    }
    const raw = entry[3] ?? entry[4] ?? entry[5] ?? '';
    if (!raw) return;
    if (this.stringData && entry[5] !== undefined && YAML_BLOCK_INDICATOR.test(raw)) {
      this.embeddedIndent = indent;
      return;
    }
    const start = text.lastIndexOf(raw);
    const value = this.stringData ? raw : strictBase64Text(raw);
    if (!value) return;
    if (PEM_BEGIN.test(value)) {
      const body = keyBody(value.slice(value.search(PEM_BEGIN)).replace(PEM_BEGIN, '').replace(/-----END[\s\S]*$/, ''));
      if (acceptableKeyBody(body)) out.push({ kind: 'private-key', value: body, start, end: start + raw.length });
      return;
    }
    const name = entry[2] ?? '';
    if (SECRET_METADATA_KEY.test(name)) return;
    // A Secret's entries are credentials by kind: one named as such is judged as a literal, any other must look like one.
    const named = classifyKey(name);
    const keep = named ? isLiteralPassword(value, placeOfLine(this.profile, text)) : isPlausibleSecret(value, /pass|pwd/i.test(name) ? 'password' : 'token');
    if (keep) out.push({ kind: 'kubernetes-secret', value, start, end: start + raw.length });
  }
}

/** Base64 of `-----BEGIN ` (every encoded PEM block starts so), then the rest of the encoded block. */
const ENCODED_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])/g;

/**
 * A PEM private key written in base64 on one line, wherever it is: a Secret's `tls.key` as `kubectl get -o
 * yaml` writes it (`data:` before `kind: Secret`, or a `List` of them, the sealed-secrets controller's key
 * backup `main.key`), a Helm value, a JSON document. Reported as the PEM block itself would be (same kind,
 * same body), unless a reader of the line's own format already did (kubeconfig, a Secret read in order).
 */
function findEncodedPrivateKeys(line: string, out: ValueSpan[]): void {
  if (!line.includes('LS0tLS1CRUdJTi')) return;
  ENCODED_PEM.lastIndex = 0;
  for (let m = ENCODED_PEM.exec(line); m; m = ENCODED_PEM.exec(line)) {
    if (out.some((span) => span.start === m?.index)) continue;
    const pem = strictBase64Text(m[0]);
    const begin = pem ? PEM_BEGIN.exec(pem) : null;
    if (!pem || !begin) continue;
    const body = keyBody(pem.slice(begin.index + begin[0].length).replace(/-----END[\s\S]*$/, ''));
    if (acceptableKeyBody(body, begin[1])) out.push({ kind: privateKeyKind(begin[1] ?? ''), value: body, start: m.index, end: m.index + m[0].length });
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

/** Every secret of a whole text (HEAD's version of a file, a blob), line by line. */
export function matchText(path: string, text: string, sink: MatchSink, rules: RuleSet = DEFAULT_RULES): void {
  const matcher = new FileMatcher(path, rules);
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
