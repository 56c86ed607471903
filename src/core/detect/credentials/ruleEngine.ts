// Runs the rule table (ruleTable.ts) on one line: provider tokens, line shapes, key rules and the
// generic assignment reader, each value decoded and judged as its rule says. What spans lines (PEM
// blocks, a Kubernetes Secret's data section, an AWS key pair) is fileMatcher.ts's.
import { CREDENTIAL_PARENT_WORDS, classifyKey, isKeysSourceKeyName, isServiceKeyName, keyWords, readAssignments, readCallPairs, sedDelimiter, type KeyValue, type ValueSpan } from './assignmentRules';
import { base64Text, percentDecode, strictBase64Text } from './encodings';
import { KeywordIndex, type KeywordGroup } from './keywordIndex';
import { testsNameOnly } from './basenamePattern';
import { lowerCaseGuard } from './patternLiterals';
import { CONFIG_FILE_EXTENSION, CREDENTIAL_RULES, RC_FILE, type CredentialRule } from './ruleTable';
import { contextOfPath, isGeneratedDocsPage } from './pathContext';
import { identifierLike, isLiteralPassword, isLiteralToken, isPlaceholder, isPlaceholderToken, isStandInHash, isReference, isPlausibleSecret, isRepeatedRunFiller, isSelfDescribingName, type LiteralPlace } from './valueJudgement';

/** A rule added by the scanned repository (its `.gitleaks.toml`): a pattern, its secret group, its keywords and paths. */
export interface CustomRule {
  id: string;
  description: string;
  pattern: RegExp;
  /** Which group holds the secret (0: the whole match). */
  secretGroup: number;
  /** Lower-cased keywords; empty: the rule runs on every line. */
  keywords: string[];
  path?: RegExp;
  /** Values the rule's own allowlist keeps out. */
  allow?: (value: string, line: string, path: string) => boolean;
}

/**
 * A rule whose finding is a file's presence, not a value in it (a gitleaks rule with a `path` and no
 * `regex`, MySQL's `.mylogin.cnf`): one finding per matching path, identified by rule and path.
 */
export interface PathRule {
  id: string;
  path: RegExp;
  /** Paths the rule's own allowlist keeps out. */
  allowsPath?: (path: string) => boolean;
}

/** What a repository's gitleaks configuration changes beyond its rules and allowlist. */
export interface RuleSetOptions {
  /** The repository's path-only rules. */
  pathRules?: readonly PathRule[];
  /** Built-in kinds the configuration turns off (`[extend] disabledRules`, or no `useDefault`); absent: all on. */
  builtInOff?: (kind: string) => boolean;
  /** Every built-in rule is off (a configuration with rules of its own and no `[extend]`). */
  noBuiltIn?: boolean;
  /** Allowlists of built-in kinds (`[[allowlists]] targetRules`, a `[[rules]]` entry extending a default rule's allowlist). */
  allowKind?: (kind: string, value: string, line: string, path: string) => boolean;
}

/** What a file's path says about how to read it. */
export interface FileContext {
  path: string;
  /** Lower-cased path. */
  lower: string;
  /** Source code: a bare word after `password =` is a variable, so only quoted values count. */
  code: boolean;
  /**
   * A bare word after `password =` is an expression, not a literal: source code, and HCL (`.tf`,
   * `.hcl`), where every literal string is quoted and `random_password.db.result` is a reference.
   */
  quotedOnly: boolean;
  /** Values under credential keys are judged as literals (config formats, config-named code files). */
  config: boolean;
  /**
   * Not read for key/value pairs: translations (`"password": "Passwort"` is a label), stylesheets
   * (`input[type=password]:focus` is a selector), dependency manifests and lock files (`"parse-passwd": "^1.0.0"`).
   */
  i18n: boolean;
  yaml: boolean;
  /** Documentation or an example copy by its path (pathContext.ts): a value that only names the credential is a stand-in there. */
  docs: boolean;
  /**
   * Configuration that is deployed (see DEPLOYED_CONFIG), in the `code` context and not a CI pipeline's or a
   * test runner's: a weak value spelled from the credential's words or repeating a word of its key
   * (`ADMIN_PASSWORD=password`, `POSTGRES_PASSWORD: postgres`) is a credential to rotate there, not a stand-in.
   */
  deployed: boolean;
  /**
   * A file that exists to hold credentials by its name (`~/.aws/credentials`, a kubeconfig, `.boto`, `.pypirc`,
   * `.s3cfg`, a registry's or a cloud CLI's credentials file, a mail client's rc file), in code, tests or vendored
   * code (not documentation): every literal under a credential's name there is the credential, however weak
   * (see LiteralPlace), as in the files the rule table marks `credentialFile`.
   */
  credentialFile: boolean;
  /** A CI pipeline's or a test runner's settings (CI_OR_TEST_RUNNER): a value that only names its credential is a stand-in there. */
  ciOrTestRunner: boolean;
  /**
   * Configuration, in the `code` context and not a CI pipeline's, in a syntax that may part a name from its value with
   * spaces alone (SPACED_CONFIG: `.conf`, `.cfg`, `.cnf`, Java `.properties`, a file without an extension under `etc/`):
   * `secret "…"`, `ucarp-password …` (findSpacedPair).
   */
  spacedConfig: boolean;
  /**
   * Source code in the `code` context named for the API keys it holds (KEYS_SOURCE: ShareX's `APIKeys.cs` and `APIKeysLocal.cs`,
   * an app's `ApiKeys.kt`, `api_keys.py`): there a name ending in `Key` after a service's name (`FlickrKey`, `PastebinCaKey`)
   * is that service's API key when its value looks generated (findKeyValues' keysSourcePair), as `<service>_KEY` is in deployed
   * configuration.
   */
  keysSource: boolean;
  /**
   * A page a documentation generator built from source code (pathContext.ts' isGeneratedDocsPage: rustdoc, javadoc, Doxygen,
   * Sphinx): only values that say what they are by their own format are read there (a provider's token, a private key), as
   * RuleSet.rulesFor leaves it; a pair's name and value are its source file's, read where that file is.
   */
  generatedPage: boolean;
}

/** A source file's name that says it holds API keys: `APIKeys.cs`, `ApiKeysLocal.java`, `api_keys.py`, `apikeys.ts`, `API-Keys.swift`. */
const KEYS_SOURCE = /(?:^|\/)api[-_]?keys(?:[-_]?(?:local|private|secret|prod|production))?\.[a-z]+$/;

/** Files whose syntax may part a name from its value with spaces (FileContext.spacedConfig). */
const SPACED_CONFIG = /\.(?:conf|cfg|cnf|properties)$|(?:^|\/)etc\/(?:[^/]+\/)*[^/.]+$/;
/**
 * `name value` alone on a line: one name, spaces, one value (quoted, or a bare word that no `=`, `:` or brace begins), an
 * optional `;` and comment. Lines with an `=` or a `:` are read as assignments (readAssignments, findSpacedPair leaves them); a block's opening
 * (`name value {`) or a directive of more words is no such pair.
 */
const SPACED_PAIR = /^\s*([A-Za-z_][\w.-]{2,63})[ \t]+("[^"\s]{1,256}"|'[^'\s]{1,256}'|[^\s"'=:;{}#][^\s;{}#]{0,255})\s*;?\s*(?:#.*)?$/d;

/**
 * A credential's name and its value parted by spaces in deployed configuration (`secret "…"` of a VPN daemon, a monitoring
 * agent's `auth_password …`, `nexusPassword …` in Java properties), judged as `name = value` is in ordinary code
 * (genericPair): the name by its words, the value by its looks.
 */
export function findSpacedPair(file: FileContext, line: string): ValueSpan[] {
  const out: ValueSpan[] = [];
  if (!file.spacedConfig || line.includes('=') || line.includes(':') || COMMENTED.test(line)) return out;
  const pair = SPACED_PAIR.exec(line);
  const key = pair?.[1];
  const raw = pair?.[2];
  if (!key || !raw || classifyKey(key) === null) return out;
  const start = pair.indices?.[2]?.[0] ?? line.indexOf(raw);
  const { value, start: at } = unquote(raw, start);
  // An option (`rootpw --lock` in a Kickstart file) is no value.
  if (/^--?[A-Za-z]/.test(value)) return out;
  // Directives of this shape are everywhere in such files (`password-recovery enable`, `password_encryption scram-sha-256`):
  // the value must look like a secret of its own, as on a commented line or in ordinary code (genericPair's `commented`);
  // a weak word here is read as a setting's.
  genericPair(file, { key, value, quoted: at !== start, start: at, end: at + value.length }, out, true, 'elsewhere', false, line);
  return out;
}

// Perl's modules, CGI scripts, tests and PSGI apps (`Bugzilla/WebService/Constants.pm`: `password_too_short => 502`, `pass =>
// @$missing ? 0 : 1`; `editusers.cgi`) as its scripts (`.pl`): a bare word or a number there is code, not a configuration's literal.
const CODE_EXTENSIONS = new Set(['l', 'y', 'jsonnet', 'libsonnet', 'cue', 'nix', 'hs', 'ml', 'jl', 'nim', 'zig', 'cr', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'py', 'rb', 'go', 'java', 'kt', 'kts', 'scala', 'groovy', 'cs', 'php', 'c', 'h', 'cc', 'cpp', 'hpp', 'cxx', 'hh', 'hxx', 'mm', 'rs', 'swift', 'm', 'dart', 'lua', 'pl', 'pm', 'cgi', 't', 'psgi', 'r', 'ex', 'exs', 'erl', 'rake', 'gemspec', 'ru', 'clj', 'fs', 'vb', 'vue', 'svelte']);
/**
 * Bicep, Terraform and HCL: `administratorLoginPassword: sqlAdminPassword` and `password =
 * random_password.db.result` name a parameter or an attribute; only a quoted string is written in, and
 * it is judged as a configuration's literal.
 */
const DECLARATIVE_EXTENSIONS = new Set(['bicep', 'tf', 'hcl']);
/**
 * An environment file's line (`NAME=value`, the name in capitals, no space around `=`): what a heredoc of a Terraform or Nomad
 * variable holds. HCL's own attributes are lower-case, spaced and quoted; a reference there (`var.x`) is still read as one.
 */
const HEREDOC_ENV_LINE = /^[A-Z][A-Z0-9_]*=[^\s"'=]+\s*$/;
/**
 * GraphQL schemas and queries, and Prisma's schemas (`datamodel.prisma` in GraphQL's SDL, `schema.prisma`): a bare word after a
 * field's name is its type (`password: String!`, `apiToken String`); only a quoted literal is a value (a data source's `url`, a `@default`).
 */
const GRAPHQL_EXTENSIONS = new Set(['graphql', 'graphqls', 'gql', 'prisma']);
/** Source files that are configuration by name or folder: settings.py, config.php, wp-config.php, config/database.php. */
// (A source folder named `credentials/` or `secrets/` is a module about them, not configuration.)
const CONFIG_FOLDER = /(?:^|\/)(?:config|configs|conf|settings|configuration)\//;
/** Words of a file's name that make it configuration, read as words (`dbConfig.js`, `local_settings.py`), not inside one (`PasswordConfirmation`). */
const CONFIG_NAME_WORDS = new Set(['config', 'configs', 'conf', 'settings', 'configuration', 'secrets', 'parameters']);
/** The last word of a name that says it is code about configuration (`configParser.ts`, `SettingsController.php`, `config_test.py`). */
const CODE_ROLE_WORDS = new Set(['controller', 'controllers', 'test', 'tests', 'spec', 'specs', 'parser', 'loader', 'reader', 'writer', 'validator', 'validation', 'service', 'handler', 'component', 'view', 'page', 'screen', 'form', 'provider', 'manager', 'factory', 'helper', 'helpers', 'util', 'utils', 'schema', 'model', 'types', 'migration', 'store', 'context', 'hook', 'panel', 'modal', 'dialog', 'menu', 'route', 'router', 'resolver', 'builder', 'generator']);
/**
 * Code that is not configuration whatever its name: a compiled language's source (`src/config.rs`,
 * `config.go` read settings, they are not deployed as written), and folders of an application's code
 * (`Controllers/Settings/`, a `migrations/` or `old_migrations/` step that rewrites a data source's config).
 */
const COMPILED_EXTENSIONS = new Set(['rs', 'go', 'java', 'kt', 'scala', 'cs', 'c', 'h', 'cc', 'cpp', 'hpp', 'swift', 'm', 'hs', 'ml', 'zig', 'nim', 'cr', 'dart', 'vb', 'fs']);
const APPLICATION_CODE_FOLDER = /(?:^|\/)(?:[\w-]*[_-])?(?:controllers?|views|models|components|pages|screens|routes|handlers|migrations?|migrate|widgets|forms)\//;
/**
 * A tool's own configuration file written in a programming language: Omnibus GitLab's `gitlab.rb`
 * (`gitlab_rails['smtp_password'] = "…"`; not a library's `lib/gitlab.rb`), Chef's `client.rb` and `knife.rb`
 * in their own folders, Magento's `app/etc/env.php` (its database login and crypt key, as a PHP array), Prosody's
 * configuration in Lua (`prosody.cfg.lua`, `conf.d/<host>.cfg.lua`: component secrets) and a Chef cookbook's
 * attributes (`default['mysql']['server_root_password'] = '…'`: the node's settings), and BackupPC's configuration in Perl
 * (`/etc/backuppc/config.pl`, each host's `pc/<host>.pl`: `$Conf{RsyncdPasswd}`, `$Conf{SmbSharePasswd}`).
 */
const TOOL_CONFIG_AS_CODE = /^(?!(?:.*\/)?(?:lib|app|spec|src|test)\/)(?:.*\/)?gitlab\.rb$|(?:^|\/)(?:\.chef|chef)\/(?:client|knife|solo|config)\.rb$|(?:^|\/)app\/etc\/env\.php$|\.cfg\.lua$|(?:^|\/)cookbooks\/[^/]+\/attributes\/[^/]+\.rb$|(?:^|\/)backuppc\/(?:pc\/)?[^/]+\.pl$/;
const PASCAL_CASE_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/;
/** The first word of a PascalCase settings file that holds a site's own values over the application's defaults (`LocalSettings.php`). */
const LOCAL_OVERRIDE_WORDS = new Set(['local', 'additional']);
/**
 * A database tool's connection settings in a file of code named for the tool, with no configuration word of its own (Knex's
 * `knexfile.js`, TypeORM's `ormconfig.js`): read as `config/database.js` is.
 */
const TOOL_CONFIG_NAME_WORDS = new Set(['knexfile', 'ormconfig']);
function configNamed(path: string, lower: string, ext: string): boolean {
  if (COMPILED_EXTENSIONS.has(ext) || APPLICATION_CODE_FOLDER.test(lower)) return false;
  if (CONFIG_FOLDER.test(lower) || TOOL_CONFIG_AS_CODE.test(lower)) return true;
  const name = path.slice(path.lastIndexOf('/') + 1, path.length - ext.length - 1);
  const words = keyWords(name);
  // A class's or a component's file, named in PascalCase of two words or more (`src/Data/ConfigFile.php`, PSR-4's
  // one class per file; `AppSettings.tsx`): code that reads or names settings, not settings deployed as written. Except a
  // site's own settings over the defaults, named so in PascalCase by the application that includes them: MediaWiki's
  // `LocalSettings.php`, TYPO3's `typo3conf/LocalConfiguration.php` and `AdditionalConfiguration.php`.
  if (PASCAL_CASE_NAME.test(name)) return words.length === 2 && LOCAL_OVERRIDE_WORDS.has(words[0] as string) && CONFIG_NAME_WORDS.has(words[1] as string);
  return words.some((w) => CONFIG_NAME_WORDS.has(w) || TOOL_CONFIG_NAME_WORDS.has(w)) && !CODE_ROLE_WORDS.has(words.at(-1) ?? '');
}
/** Dependency manifests and lock files: their keys are package names (`parse-passwd`, Cargo's `rpassword = "7.2"`, a Jenkins image's `plugins.txt` `token-macro:400.v…`), their values versions. */
const DEPENDENCY_FILE = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lock|composer\.(?:json|lock)|gemfile\.lock|cargo\.(?:toml|lock)|pipfile|poetry\.lock|pipfile\.lock|go\.(?:mod|sum)|packages\.lock\.json|deno\.lock|mix\.lock|pubspec\.lock|podfile\.lock|gradle\.lockfile|plugins\.txt)$/;
// (`messages.properties`, `ValidationMessages.properties`: a Java resource bundle's base file, the default language's texts.)
// (Roundcube's `program/localization/de_CH/labels.inc`: `$labels['password'] = 'Passwort'`.)
// (A folder's name may begin with a dot: Home Assistant's integrations kept theirs in `.translations/`, `hacs/.translations/zh-Hans.json`.)
// (PowerShell's localized string data, `en-US/SqlServerDsc.strings.psd1`, read from a culture's folder: `SetPassword = Setting the password for …`.)
const I18N_PATH = /(?:^|\/)\.?(?:i18n|l10n|locales?|langs?|languages|translations?|nls|locali[sz]ations?)\/|(?:^|\/)[a-z]{2}-(?:[a-z]{2}|[a-z]{4})(?:-[a-z]{2})?\/[^/]+\.psd1$|\.strings\.psd1$|\.(?:po|pot|strings|resx|xlf|xliff|arb|css|scss|sass|less|styl)$|(?:^|\/)(?:messages|strings|translations?|package\.nls)[._-][\w.-]+\.(?:json|properties|ya?ml|js|ts)$|(?:^|\/)[\w-]*messages\.properties$/;

/**
 * Configuration formats that a deployment reads as they are committed: YAML (compose, Helm values, Ansible
 * vars, Salt's pillar and state files `.sls`, Kubernetes manifests, Spring), JSON and Hjson (Lemmy's `lemmy.hjson`), XML, INI and friends, `.env` files (`.env.production`, a compose
 * stack's `.env_db_mysql`), Terraform and Bicep, Nomad's job files (`.nomad`, `.job`),
 * Dockerfiles (an ENV is baked into the image), Ansible inventories without an extension, a service's
 * environment file (`/etc/default/<service>`, `/etc/sysconfig/<service>`: systemd's `EnvironmentFile=`), a daemon's
 * fragments without an extension in its `conf.d` folder (Amavis' `/etc/amavis/conf.d/50-user`), a
 * RouterOS export (`.rsc`), git's and Mercurial's own configuration (`.gitconfig`, `.hgrc`), Postfix's `.cf` files
 * (`main.cf`, its MySQL and LDAP lookup tables), yum and dnf repositories (`.repo`), Grafana Alloy's and Agent's
 * configuration (`.alloy`, `.river`), installers' answer files (`.inf`: 389 Directory Server's `dscreate` file, Windows' `sysprep.inf`), systemd's service units (`Environment=` lines), Puppet's manifests in a module or `manifests/` folder, Windows registry files (`.reg`: an
 * autologon's `DefaultPassword`) and autofs maps (`/etc/auto.cifs`: a share's mount options) and Bundler's `.bundle/config` (a gem host's login),
 * installers' answer files of other shapes (Oracle's response files `.rsp`, Debian's preseed `.seed`, kickstart `.ks`, cloud-init's
 * `user-data`: the installed system's logins) and a daemon's fragments without an extension in its `*-available`/`*-enabled` folders
 * (FreeRADIUS' `mods-available/sql`, nginx's `sites-available/default`), and Dovecot's included files (`dovecot-ldap.conf.ext`,
 * `dovecot-sql.conf.ext`), openHAB's text configuration (`.things`: a bridge's login to its broker or hub) and Terraria's
 * `serverconfig.txt` (the server's join password), and Kconfig configurations a firmware or an image is built with (ESP-IDF's
 * `sdkconfig`, Buildroot's and the kernel's `*_defconfig`: a Wi-Fi password, a root password), cron's installed tables (`/etc/cron.d/*`)
 * and Oracle GoldenGate's parameter and obey files (`dirprm/*.prm`, `*.oby`: what its processes log in with), and the Perl files
 * help desks are configured in (OTRS' and Znuny's `Kernel/Config.pm`, Request Tracker's `RT_SiteConfig.pm`), and the mount table (`/etc/fstab`:
 * a CIFS share's `password=` among its options). Scripts and prose are not among them.
 */
const DEPLOYED_CONFIG = /\.(?:ya?ml|sls|json|hjson|xml|ini|inf|conf|cfg|cnf|properties|toml|env|tfvars|tfstate|tf|hcl|bicep|config|rsc|cf|repo|alloy|river|reg|nomad|job|service)$|\.ini\.php$|(?:^|\/)etc\/auto\.(?!master$)[\w-]+$|(?:^|\/)\.bundle\/config$|(?:^|\/)(?:manifests|modules|site-modules)\/(?:[^/]+\/)*[^/]+\.pp$|(?:^|\/)etc\/(?:default|sysconfig)\/[^/.]+$|(?:^|\/)etc\/[\w.-]+\/conf\.d\/[^/.]+$|(?:^|\/)\.(?:gitconfig|hgrc)$|(?:^|\/)\.env(?:[._-][\w-]+)*$|(?:^|\/)(?:dockerfile|containerfile)[^/]*$|\.dockerfile$|(?:^|\/)(?:hosts|inventory)$|(?:^|[/_])\.?monitrc$|(?:^|\/)(?:group_vars|host_vars|inventory|inventories)\/[^./]+$|\.(?:rsp|seed|ks|conf\.ext)$|(?:^|\/)user-data$|(?:^|\/)[a-z]+-(?:available|enabled)\/[^/.]+$|\.things$|(?:^|\/)serverconfig\.txt$|(?:^|\/)etc\/cron\.d\/[^/.]+$|(?:^|\/)dirprm\/[^/]+\.(?:prm|oby)$|(?:^|\/)kernel\/config\.pm$|(?:^|\/)rt_siteconfig\.pm$|(?:^|\/)sdkconfig(?:\.[\w-]+)?$|(?:^|\/)[\w-]*defconfig$|(?:^|\/)etc\/fstab$/;
/** Files named for the credentials they hold (not code: `kubeconfig.go` reads one). */
const CREDENTIAL_FILE_NAME = new RegExp(
  `(?:^|/)(?:${[
    '\\.?aws/credentials', '\\.kube/config', '[\\w.-]*kubeconfig(?:[._-][\\w-]+)*(?:\\.ya?ml)?', '\\.boto', '\\.pypirc', '\\.s3cfg', '\\.databrickscfg', '\\.oci/config',
    '\\.gem/credentials', '\\.cargo/credentials(?:\\.toml)?', '\\.(?:ivy2|sbt)/\\.credentials', '\\.terraformrc', 'terraform\\.rc', 'credentials\\.tfrc\\.json', '\\.pulumi/credentials\\.json',
    '\\.sentryclirc', '\\.?smbcred(?:ential)?s?', '\\.config/gh/hosts\\.ya?ml', '\\.config/hub', '\\.mc/config\\.json',
    // Cloud CLIs' saved logins: Alibaba Cloud's (`~/.aliyun/config.json`), Tencent Cloud's tccli (`~/.tccli/<profile>.credential`),
    // Hetzner's hcloud (`~/.config/hcloud/cli.toml`) and Scaleway's (`~/.config/scw/config.yaml`).
    '\\.aliyun/config\\.json', '\\.tccli/[\\w.-]+\\.credential', '\\.config/hcloud/cli\\.toml', '\\.config/scw/config\\.ya?ml',
    // The AWS console's downloads of a user's password and keys (`credentials.csv`, `ops_accessKeys.csv`).
    '[\\w.-]*(?:credentials|accesskeys)\\.csv',
    // Clients' files of saved logins: Cassandra's cqlsh (`[authentication]`), lftp's bookmarks (`name url-with-password`),
    // the JFrog CLI's servers (`jfrog-cli.conf.v6`), nullmailer's relays (`remotes`: `host smtp --user=… --pass=…`).
    '\\.?cqlshrc', '(?:\\.local/share/|\\.)?lftp/bookmarks', '\\.jfrog/jfrog-cli\\.conf(?:\\.v\\d+)?', 'nullmailer/remotes',
    // zypper's repository logins (`/etc/zypp/credentials.d/SCCcredentials`), the influx CLI's saved connections
    // (`~/.influxdbv2/configs`), SnowSQL's (`~/.snowsql/config`), salt-ssh's roster of hosts and their logins, and the
    // password Firebird's installer writes for SYSDBA (`SYSDBA.password`: `ISC_PASSWD=…`).
    'zypp/credentials\\.d/[^/]+', '\\.influxdbv2/configs', '\\.snowsql/config', '(?:etc/)?salt/roster', 'sysdba\\.password',
    // Cloud and release CLIs' own login files in a home folder: Spinnaker's Halyard and spin, linode-cli, Exoscale's exo,
    // vultr-cli, flyctl, Doppler, Vercel, wrangler, the Atlas, Rancher and Cloud Foundry CLIs, Conan 2's remotes, the
    // Snowflake CLI's connections, a dbt profile, the Azure CLI's service principals and gcloud's application default login.
    '\\.hal/config', '\\.spin/config', '\\.config/linode-cli', '\\.config/exoscale/exoscale\\.toml', '\\.vultr-cli\\.ya?ml',
    '\\.fly/config\\.ya?ml', '\\.doppler/\\.doppler\\.ya?ml', 'com\\.vercel\\.cli/auth\\.json', '\\.wrangler/config/[\\w-]+\\.toml',
    'atlascli/config\\.toml', '\\.rancher/cli2\\.json', '\\.cf/config\\.json', '\\.conan2?/credentials\\.json',
    '\\.snowflake/(?:connections|config)\\.toml', '\\.dbt/profiles\\.ya?ml', '\\.azure/service_principal_entries\\.json',
    'application_default_credentials\\.json',
    // Perforce's client settings (`P4PASSWD=` in a `.p4config`), Ansible Galaxy's token, S3QL's `authinfo2` (backend login, file system passphrase).
    '\\.p4config', 'p4config\\.txt', '\\.ansible/galaxy_token', '\\.s3ql/authinfo2',
    // A duply backup profile (`~/.duply/<profile>/conf`, `/etc/duply/<profile>/conf`: GPG_PW, TARGET_PASS), NUT's UPS users
    // (`upsd.users`), NetworkManager's connection profiles (they hold the Wi-Fi key and VPN secrets, mode 0600) and Gitea's
    // act_runner registration (`.runner`: the runner's token).
    '(?:\\.|etc/)duply/[^/]+/conf', '(?:nut|ups)/upsd\\.users', 'networkmanager/system-connections/[^/]+', '\\.runner',
    // The root password Omnibus GitLab's first run writes for its administrator (`/etc/gitlab/initial_root_password`: `Password: …`).
    'gitlab/initial_root_password',
    // n8n's instance file (`~/.n8n/config`: the key its stored credentials are encrypted with, and nothing else).
    '\\.n8n/config',
    // A file named for the secrets it holds (`moonraker.secrets`, `rsyncd.secrets`, Libreswan's `conn.secrets`).
    '[\\w-]+\\.secrets',
    // Concourse's fly CLI (`~/.flyrc`: each target's bearer token, in YAML).
    '\\.flyrc',
    // A ZeroMQ CURVE secret certificate as CZMQ writes it (`name.key_secret`, beside the public `name.key`).
    '[\\w.-]+\\.key_secret',
    // Clients whose one configuration file holds their login: openfortivpn (`/etc/openfortivpn/config`: `password = …`) and
    // Oxidized, which logs in to every network device it backs up (`~/.config/oxidized/config`, YAML: `username:`, `password:`).
    '(?:etc/)?openfortivpn/config', '(?:\\.config/)?oxidized/config',
    // cabal's user configuration (`~/.cabal/config`: the Hackage upload `username:` and `password:`) and a Duplicacy repository's
    // `.duplicacy/preferences` (its storage's keys and the storage password, when saved).
    '\\.cabal/config', '\\.duplicacy/preferences',
    // DVC's local configuration (`.dvc/config.local`: the settings a remote needs that are not to be shared, its password and
    // keys) and irssi's (`~/.irssi/config`: each server's and chat network's password and SASL login).
    '\\.dvc/config\\.local', '\\.irssi/config',
  ].join('|')})$`,
);
/**
 * CI pipelines, test runners' and development containers' configuration: the services they start
 * (`POSTGRES_PASSWORD: postgres` under a workflow's `services:`, `.env.testing`, phpunit's `<env>`, a
 * `.devcontainer/` compose file) are throwaway databases, not a deployed system, so a default there stays a stand-in. A literal that does not look like a default is still found there.
 */
// (DDEV's `.ddev/` and Lando's `.lando.yml`: a PHP app's local development environment in containers, as `.devcontainer/` is;
// `DB_PASSWORD=db` there is DDEV's own default for the database it starts on the developer's machine.)
const CI_OR_TEST_RUNNER = /(?:^|\/)(?:\.devcontainer|\.ddev|\.github\/(?:workflows|actions)|\.gitea\/workflows|\.forgejo\/workflows|\.circleci|\.buildkite|\.woodpecker|\.semaphore|\.gitlab\/ci|\.azure-pipelines)\/|(?:^|\/)(?:\.gitlab-ci[\w.-]*\.ya?ml|\.travis\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|bitbucket-pipelines\.ya?ml|\.?appveyor\.ya?ml|cloudbuild[\w.-]*\.ya?ml|buildspec[\w.-]*\.ya?ml|codefresh\.ya?ml|wercker\.ya?ml|\.chipperci\.ya?ml|jenkinsfile[\w.-]*|phpunit\.xml(?:\.dist)?|\.env[._-](?:test|tests|testing|ci|dusk)(?:[._-][\w-]+)*|docker-compose[\w.-]*[._-]ci\.ya?ml|tox\.ini|pytest\.ini|\.lando(?:\.[\w-]+)?\.ya?ml)$/;

/** Credential files written in YAML under a name without its extension (fly's `~/.flyrc`, Oxidized's `config`). */
const YAML_CREDENTIAL_FILE = /(?:^|\/)(?:\.flyrc|oxidized\/config)$/;

/**
 * Ruby files named without an extension, for the tool that reads them: fastlane's `Fastfile`, `Appfile`, `Matchfile` and
 * friends, Bundler's `Gemfile`, `Rakefile`, CocoaPods' `Podfile`, Capistrano's `Capfile`, Danger's `Dangerfile`: code, where a bare
 * word after a credential's name is a variable or a call (`keychain_password = SecureRandom.hex`, `certificate_password: info.key`)
 * and only a quoted string is written in. (Not Vagrant's `Vagrantfile`: a box's provisioning, whose weak logins inside its shell
 * and Ansible arguments, `"-e ansible_become_pass=vagrant"`, are read as a configuration's; its `Dir.pwd` is left.)
 */
const RUBY_FILE_NAME = /^(?:fastfile|appfile|matchfile|pluginfile|snapfile|gymfile|scanfile|deliverfile|precheckfile|gemfile|rakefile|podfile|guardfile|berksfile|capfile|dangerfile|brewfile)$/;

/** An INI file with PHP's extension, or a template of one (`config.ini.php`, `nagvis.ini.php.erb`). */
const INI_IN_PHP = /\.ini\.php(?:\.(?:erb|j2|jinja2?|tmpl|tpl))?$/;
/** Template engines' extensions, after the extension of the file they make (ERB, Jinja, Go's and others' `.tmpl`/`.tpl`). */
const TEMPLATE_EXTENSIONS = new Set(['erb', 'j2', 'jinja', 'jinja2', 'tmpl', 'tpl']);
/** The extension before a template's own (`setup.rb` of `setup.rb.erb`) when it is a programming language's; else ''. */
function innerCodeExtension(base: string, dot: number): string {
  const before = base.lastIndexOf('.', dot - 1);
  const inner = before > 0 ? base.slice(before + 1, dot) : '';
  return CODE_EXTENSIONS.has(inner) ? inner : '';
}

/** A bundler's or a compiler's source map for a script or a style sheet. */
const SOURCE_MAP = /\.(?:[mc]?js|jsx|tsx?|css)\.map$/;

/** What a merge tool, `patch` or an editor appends to a copy of a file. */
const LEFTOVER_SUFFIX = /(?<=\.[a-z0-9]+)\.(?:orig|rej|bak|backup)$/;

/**
 * How a file is read, by its path. A rule reading a line tests the path only through these fields and the
 * file's extension (never its folders directly): FileMatcher shares the lines it knows as inert between
 * paths alike in both (readingOf), so a new test of the path belongs here, as a field.
 */
export function fileContext(path: string): FileContext {
  const lower = path.toLowerCase();
  // A merge's or a patch's leftover, or a backup (`RegisterViewController.swift.orig`, `settings.py.bak`): a copy of the file
  // before it, read as that file is (a bare word in a Swift copy is a variable there too).
  const base = lower.slice(lower.lastIndexOf('/') + 1).replace(LEFTOVER_SUFFIX, '');
  const dot = base.lastIndexOf('.');
  const outer = dot > 0 ? base.slice(dot + 1) : '';
  // A template of a program (`rails.setup.rb.erb`, `settings.py.j2`, `LocalSettings.php.erb`): the language's source once
  // filled in, read by its inner extension as that source is (a bare word a variable, `SecureRandom.hex` a call).
  const inner = TEMPLATE_EXTENSIONS.has(outer) ? innerCodeExtension(base, dot) : '';
  // (An INI file named `.php` so that the web server runs it rather than serves it: Matomo's `config/config.ini.php`, NagVis'
  // `nagvis.ini.php`, opened by `; <?php return 1; ?>`. Its lines are INI's, a template of it too.)
  const ext = INI_IN_PHP.test(base) ? 'ini' : inner || outer;
  const untemplated = inner ? path.slice(0, path.length - outer.length - 1) : path;
  // A source map (`alert.js.map`, `app.css.map`) is JSON around code: the names of a bundle's variables, the sources' own text.
  // (A Ruby file named for its tool is code, its bare words names; it stays configuration as it was read before, its literals
  // judged as a configuration's.)
  const rubyByName = RUBY_FILE_NAME.test(base);
  const code = CODE_EXTENSIONS.has(ext) || SOURCE_MAP.test(base) || rubyByName;
  // Infrastructure languages: a bare word is a name (a parameter, a resource's attribute), a quoted string a literal.
  const where = contextOfPath(path);
  const docs = where === 'docs';
  const ciOrTestRunner = CI_OR_TEST_RUNNER.test(lower);
  const deployedPlace = where === 'code' && !ciOrTestRunner;
  if (DECLARATIVE_EXTENSIONS.has(ext)) return { path, lower, code: true, quotedOnly: true, config: true, i18n: false, yaml: false, docs, deployed: deployedPlace, credentialFile: false, ciOrTestRunner, spacedConfig: false, keysSource: false, generatedPage: false };
  const configByName = code && !rubyByName && configNamed(untemplated, untemplated.toLowerCase(), ext);
  const config = !code || rubyByName || configByName || CONFIG_FILE_EXTENSION.test(lower);
  const i18n = I18N_PATH.test(lower) || DEPENDENCY_FILE.test(lower);
  // A patch (`.env.patch`) is a diff of a configuration, its lines marked `+`/`-`: a commented line there does not start with `#`.
  // (A Perl module named for settings, `cgi-bin/lib/Settings.pm`, `lib/Shop/Conf.pm`, is read as configuration, but is deployed only where
  // DEPLOYED_CONFIG says an application reads it so: OTRS' and Znuny's `Kernel/Config.pm`, Request Tracker's `RT_SiteConfig.pm`.)
  const deployed = deployedPlace && config && !i18n && ext !== 'patch' && ext !== 'diff' && (DEPLOYED_CONFIG.test(lower) || (configByName && ext !== 'pm'));
  // (Not in documentation: a release note or a page named for a kubeconfig shows one, with stand-ins.)
  const credentialFile = !code && !docs && (CREDENTIAL_FILE_NAME.test(lower) || RC_FILE.test(lower));
  // A GraphQL schema's `password: String!` is a field and its type: only a quoted string (a default, a description) is text.
  return { path, lower, code, quotedOnly: code || GRAPHQL_EXTENSIONS.has(ext), config, i18n, yaml: ext === 'yaml' || ext === 'yml' || ext === 'sls' || (credentialFile && (lower.includes('kube') || YAML_CREDENTIAL_FILE.test(lower))), docs, deployed, credentialFile, ciOrTestRunner, spacedConfig: deployedPlace && config && !i18n && !code && SPACED_CONFIG.test(lower), keysSource: code && where === 'code' && KEYS_SOURCE.test(untemplated.toLowerCase()), generatedPage: isGeneratedDocsPage(path) };
}

/**
 * One of them is on every line that holds a `name = value` pair in a form readAssignments reads (`=`,
 * `:`, `=>`, `:=`, an XML element's `>`, `value="…"`), and on a line that names a credential for the
 * next one (`- name: DB_PASSWORD`, `<name>…</name>`): a key word on a line without any is prose.
 */
const ASSIGNMENT_SIGNS = '=:>';

/**
 * Words of a key that make `name = value` worth reading as a credential (the generic reader). `pw` only glued to or
 * joined by `_` with whose it is (an LDAP connector's `bindPW`, `ldap_bind_pw`, `adminPw`, OTRS' `DatabasePw`): alone, two letters are in
 * too many words, and `-pw` is as often code's negation (`pw = -pw;`, a page width in a template's script).
 */
// (`salt`: an application's salt, `SECURITY_SALT`, `securitySalt`, which classifyKey tells from a password's salt.)
const GENERIC_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'auth', 'cred', 'salt', 'bindpw', 'rootpw', 'adminpw', 'dbpw', 'databasepw', 'userpw', '_pw'];
/**
 * A setter named after a credential, called with a literal (`ds.setPassword("…")`, `t.set_token('…')`): the
 * same pair as `ds.password = "…"`, read by the generic reader (readAssignments' SETTER) on a line with a `(`.
 * Listed names rather than the generic words, so that calls in general (`getToken()`, `if (key)`) wake nothing.
 */
const SETTER_WORDS = ['setpass', 'set_pass', 'setpwd', 'set_pwd', 'setsecret', 'set_secret', 'settoken', 'set_token', 'setapikey', 'set_api_key', 'setapitoken', 'setaccesstoken', 'set_access_token', 'setauthtoken', 'set_auth_token', 'setaccesskey', 'set_access_key', 'setsecretkey', 'set_secret_key', 'setclientsecret', 'set_client_secret', 'setprivatekey', 'setcredential', 'setbearertoken', 'setrefreshtoken',
  // Request Tracker's configuration call (`Set($DatabasePassword, '…');` in RT_SiteConfig.pm), read as `$DatabasePassword = '…'`.
  'set($',
  // A builder's password method (readAssignments' BUILDER_PASSWORD: `.password("…")`, `.withPassword("…")`).
  '.password(', '.passwd(', '.withpassword(', '.with_password('];

/**
 * Calls that take a name and a value as their first two strings (readAssignments' CALL_PAIR: `searchParams.append('api-key', '…')`,
 * `map.put("password", "…")`, `flag.String("password", "…", usage)`, `System.setProperty(…)`, `os.Setenv(…)`): on a line with a `,` they wake the generic reader, which
 * reads the pair only when the name is a credential's.
 */
const CALL_PAIR_WORDS = ['.append(', '.set(', '->set(', '::set(', '.add(', '.put(', '.putstring(', 'setheader(', 'addheader(', 'setrequestheader(', '.header(', 'withheader(', 'setitem(', 'setdefault(', 'flag.string', 'setproperty(', 'setenv(', 'putenv(', 'setenvironmentvariable('];

interface CompiledRule {
  rule: CredentialRule;
  keywords: string[];
  /** Its group in the RuleSet's keyword index: whether the line holds one of its keywords. */
  group: number;
  caseSensitive: boolean;
  /** Its `files` pattern's place in RuleSet's distinct patterns; -1: it applies to every file. */
  filePattern: number;
}

/** The line and key rules that apply to a file, and the keywords that wake its lines: the same for every file its rules' file patterns match alike. */
export interface FileRules {
  lines: CompiledRule[];
  keys: CompiledRule[];
  /** RuleSet.keywordsFor the file. */
  keywords: KeywordIndex;
  /** A rule without keywords applies (Rails' master.key): it reads every line, not only those with a keyword. */
  everyLine: boolean;
}

/** Sets of matching file patterns a rule set keeps the rules of (a history meets a few dozen; past this they are worked out again). */
const FILE_RULES_KEPT = 4096;

/** File names whose matching name-only patterns a rule set keeps (RuleSet.rulesFor; past this they are worked out again). */
const NAME_KEYS_KEPT = 20_000;

/** Distinct file indexes a rule set keeps (RuleSet.keywordsFor). */
const FILE_INDEXES_KEPT = 12;

/** The table compiled for matching, plus a repository's own rules. */
export class RuleSet {
  private readonly compiled: readonly CompiledRule[];
  readonly tokens: CompiledRule[];
  readonly lines: CompiledRule[];
  readonly keyRules: CompiledRule[];
  /**
   * The keywords a line must hold for any rule to run (keywordIndex.ts): the union of the rules' own
   * tests, one group per rule of the table (its `group`), then the generic reader's words, the YAML
   * parents' and the repository's rules'. `groupsIn` finds in one pass which rules a line wakes.
   */
  readonly keywords: KeywordIndex;
  /** The group of the generic reader's words in `keywords`. */
  readonly genericGroup: number;
  /** The group of the YAML parents' words (the one after the generic reader's). */
  readonly parentGroup: number;
  /** The group of credential setters' names (SETTER_WORDS, after the YAML parents'): it wakes the generic reader too. */
  readonly setterGroup: number;
  /** The group of calls given a name and a value (CALL_PAIR_WORDS, after the setters'): it wakes the generic reader too. */
  readonly callPairGroup: number;
  /** The groups `keywords` was built from, in order. */
  private readonly groups: readonly KeywordGroup[];
  /** Indexes for files some rules do not apply to (keywordsFor), by the groups left out. */
  private readonly fileIndexes = new Map<string, KeywordIndex>();
  /** The table's distinct `files` patterns (CompiledRule.filePattern). */
  /** Each distinct file pattern's test of a path in lower case, a literal searched first (patternLiterals.ts). */
  private readonly fileTests: readonly ((lower: string) => boolean)[];
  /** The indexes of `fileTests` that answer the same for a path and its file name (basenamePattern.ts), and of the others. */
  private readonly namePatterns: readonly number[];
  private readonly pathPatterns: readonly number[];
  /** Which of `namePatterns` each file name matches, as its part of a `fileRules` key. */
  private readonly nameKeys = new Map<string, string>();
  /** What applies to a file, by which of `fileTests` its path matches (and whether it is YAML): see `rulesFor`. */
  private readonly fileRules = new Map<string, FileRules>();
  /** The index `wake` used last: `awake` answers from it. */
  private woken: KeywordIndex;

  constructor(
    readonly custom: readonly CustomRule[] = [],
    /** The repository's allowlist: a value it allows is not reported. */
    readonly allow?: (value: string, line: string, path: string) => boolean,
    /** The repository's allowlisted paths: files not read at all. */
    readonly skipPath?: (path: string) => boolean,
    /** Path-only rules and built-in rules turned off (gitleaksConfig.ts). */
    readonly options: RuleSetOptions = {},
  ) {
    // Token rules test their keywords as written; every other rule of the table in any case.
    // Many rules share a file pattern (a format's several rules, `\.ya?ml$`): each distinct one is tested once per path.
    const patternIndex = new Map<string, number>();
    const filePatterns: RegExp[] = [];
    const patternOf = (files: RegExp | undefined): number => {
      if (!files) return -1;
      const id = `${files.flags}/${files.source}`;
      let index = patternIndex.get(id);
      if (index === undefined) {
        index = filePatterns.push(new RegExp(files.source, files.flags.replace(/[gy]/g, ''))) - 1;
        patternIndex.set(id, index);
      }
      return index;
    };
    const compile = (rule: CredentialRule, group: number): CompiledRule => ({ rule, keywords: rule.find === 'token' ? [...rule.keywords] : rule.keywords.map((k) => k.toLowerCase()), caseSensitive: rule.find === 'token', group, filePattern: patternOf(rule.files) });
    const compiled = CREDENTIAL_RULES.map(compile);
    this.fileTests = filePatterns.map(lowerCaseGuard);
    const nameOnly = filePatterns.map(testsNameOnly);
    this.namePatterns = filePatterns.flatMap((_, i) => (nameOnly[i] ? [i] : []));
    this.pathPatterns = filePatterns.flatMap((_, i) => (nameOnly[i] ? [] : [i]));
    this.compiled = compiled;
    this.tokens = compiled.filter((c) => c.rule.find === 'token');
    this.lines = compiled.filter((c) => c.rule.find === 'line');
    this.keyRules = compiled.filter((c) => c.rule.find === 'key');
    this.genericGroup = compiled.length;
    this.parentGroup = compiled.length + 1;
    this.setterGroup = compiled.length + 2;
    this.callPairGroup = compiled.length + 3;
    this.groups = [
      ...compiled.map((c) => ({ words: c.keywords, caseSensitive: c.caseSensitive, lineHolds: c.rule.lineHolds ?? (c.rule.find === 'key' || c.rule.find === 'assignment' ? ASSIGNMENT_SIGNS : undefined) })),
      // The generic reader of `name = value` pairs (findKeyValues): the name's words count only on a line that holds a pair.
      { words: GENERIC_WORDS, caseSensitive: false, lineHolds: ASSIGNMENT_SIGNS },
      // YAML parents that make their block a credential's context (FileMatcher reads the block whole): `name:`.
      { words: CREDENTIAL_PARENT_WORDS, caseSensitive: false, lineHolds: ':' },
      // Credential setters called with an argument (`setPassword(`, `set_token(`).
      { words: SETTER_WORDS, caseSensitive: false, lineHolds: '(' },
      // Calls given a name and a value (`params.set('token', '…')`), on a line with the `,` between them.
      { words: CALL_PAIR_WORDS, caseSensitive: false, lineHolds: ',' },
      // A repository's rules test the lower-cased line; one without keywords runs on every line (customWithoutKeywords).
      ...custom.map((rule) => ({ words: rule.keywords, caseSensitive: false })),
    ];
    this.keywords = new KeywordIndex(this.groups);
    this.woken = this.keywords;
  }

  /**
   * The keyword index for the lines of one file: the groups of the rules that do not apply to it left
   * empty (a Dockerfile rule's words do not wake a line of a YAML file; YAML parents only count in
   * YAML), so that a line none of its own rules could read is not decoded. The same groups, numbered
   * alike; never more than `keywords` finds. Built once per set of groups left out (a few per history).
   */
  keywordsFor(file: FileContext): KeywordIndex {
    return this.rulesFor(file).keywords;
  }

  /**
   * The rules that apply to `file` and its keyword index. Worked out once per set of matching file
   * patterns rather than per path: a history of 13,000 paths (debops) meets a few dozen such sets, and
   * each path then costs one test of each distinct pattern.
   */
  rulesFor(file: FileContext): FileRules {
    const tests = this.fileTests;
    const path = file.lower;
    // The patterns that look at the file name alone are tested once per name (a history's paths share a few thousand).
    const name = path.slice(path.lastIndexOf('/') + 1);
    let nameKey = this.nameKeys.get(name);
    if (nameKey === undefined) {
      nameKey = '';
      for (const i of this.namePatterns) if ((tests[i] as (lower: string) => boolean)(name)) nameKey += `,${i}`;
      if (this.nameKeys.size >= NAME_KEYS_KEPT) this.nameKeys.clear();
      this.nameKeys.set(name, nameKey);
    }
    let key = (file.generatedPage ? 'g' : file.yaml ? 'y' : 'n') + nameKey;
    for (const i of this.pathPatterns) if ((tests[i] as (lower: string) => boolean)(path)) key += `,${i}`;
    let known = this.fileRules.get(key);
    if (!known) {
      const matched = new Set(key.split(',').slice(1).map(Number));
      const page = file.generatedPage;
      const applies = (c: CompiledRule) => (c.filePattern < 0 || matched.has(c.filePattern)) && (!page || readsGeneratedPages(c.rule));
      const lines = this.lines.filter(applies);
      const keys = this.keyRules.filter(applies);
      const out = this.compiled.filter((c) => c.keywords.length > 0 && !applies(c)).map((c) => c.group);
      // (A generated page wakes none of the readers of pairs: their words are everywhere in a page of an API's documentation.)
      if (page) out.push(this.genericGroup, this.setterGroup, this.callPairGroup);
      known = { lines, keys, keywords: this.indexLeavingOut(out, file.yaml, page), everyLine: [...lines, ...keys].some((c) => c.keywords.length === 0) };
      if (this.fileRules.size >= FILE_RULES_KEPT) this.fileRules.clear();
      this.fileRules.set(key, known);
    }
    return known;
  }

  /** The index without the groups of rules that do not apply (`out`), and without the YAML parents' outside YAML. */
  private indexLeavingOut(out: number[], yaml: boolean, generatedPage = false): KeywordIndex {
    if (!yaml || generatedPage) out.push(this.parentGroup);
    if (out.length === 0) return this.keywords;
    const key = out.join(',');
    let index = this.fileIndexes.get(key);
    if (!index) {
      // Past a few sets the whole index serves (it finds more, never less): each index holds about 0.6 MiB.
      // (Not for generated pages: the whole index would wake the pairs' readers there; their one or two sets are always kept.)
      if (this.fileIndexes.size >= FILE_INDEXES_KEPT && !generatedPage) return this.keywords;
      index = KeywordIndex.leavingOut(this.keywords, this.groups.length, new Set(out));
      this.fileIndexes.set(key, index);
    }
    return index;
  }

  /**
   * Finds which groups a line of `file` wakes (KeywordIndex.groupsIn on the file's index); `awake`
   * then answers for each group until the next call. Returns whether any was woken.
   */
  wake(text: string, file: FileContext): boolean {
    this.woken = keywordsOfFile(this, file);
    return this.woken.groupsIn(text);
  }

  /** Whether the line given to `wake` last holds a keyword of `group`. */
  awake(group: number): boolean {
    return this.woken.found(group);
  }

  /** Custom rules without keywords run on every line; others need one of theirs. */
  get customWithoutKeywords(): boolean {
    return this.custom.some((r) => r.keywords.length === 0);
  }
}

export const DEFAULT_RULES = new RuleSet();

/**
 * Whether a rule reads a generated documentation page (FileContext.generatedPage): one whose value says what it is by its own
 * format (a provider's token, a connection string's account key) or a key block's armour, not by the name it is given.
 */
function readsGeneratedPages(rule: CredentialRule): boolean {
  return rule.judge === 'format' || (rule.find === 'structure' && rule.judge === 'structure' && rule.files === undefined);
}

/** Whether the line last given to `rules.wake` holds one of the rule's keywords (a rule without any runs on every line). */
function hasKeyword(rules: RuleSet, compiled: CompiledRule): boolean {
  return compiled.keywords.length === 0 || rules.awake(compiled.group);
}


/** The line and key rules that apply to a file (RuleSet.rulesFor), worked out once per file rather than per line. */
const RULES_OF_FILE = new WeakMap<FileContext, { rules: RuleSet; applying: FileRules }>();

export function fileRulesOf(rules: RuleSet, file: FileContext): FileRules {
  let cached = RULES_OF_FILE.get(file);
  if (!cached || cached.rules !== rules) {
    cached = { rules, applying: rules.rulesFor(file) };
    RULES_OF_FILE.set(file, cached);
  }
  return cached.applying;
}

/** Whether the same rules, with the same keywords, apply to two files. */
export function sameRulesApply(rules: RuleSet, a: FileContext, b: FileContext): boolean {
  return fileRulesOf(rules, a) === fileRulesOf(rules, b);
}

/** The keyword index for the lines of `file` (RuleSet.keywordsFor), worked out once per file. */
export function keywordsOfFile(rules: RuleSet, file: FileContext): KeywordIndex {
  return fileRulesOf(rules, file).keywords;
}

/** Whether a rule that applies to `file` has no keywords, so that every line of it must be read. */
export function keywordlessRuleApplies(rules: RuleSet, file: FileContext): boolean {
  return fileRulesOf(rules, file).everyLine;
}

/** An API description's or a schema's example value (OpenAPI and JSON Schema `example:`, Swagger's `x-example`): shown, not used. */
const EXAMPLE_KEY_LINE = /^\s*(?:-\s+)?["']?(?:x-)?example["']?\s*:/;

/** Provider tokens and password hashes on one line, left to right per rule (after `rules.keywords.groupsIn(line)`). */
export function findTokens(rules: RuleSet, line: string, out: ValueSpan[]): void {
  if (EXAMPLE_KEY_LINE.test(line)) return;
  for (const compiled of rules.tokens) {
    if (!hasKeyword(rules, compiled)) continue;
    const { rule } = compiled;
    const pattern = rule.pattern as RegExp;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const value = m[1] ?? m[0];
      const start = m.index + m[0].indexOf(value);
      if (rule.judge === 'hash' || rule.id === 'password-hash') {
        if (isStandInHash(value) || typedHashBody(value)) continue;
        // A comment that shows the format (`// … with method prefix, e.g. {MD5}$1$…`): an example of a hash, not an account's.
        if (COMMENTED.test(line) && EXAMPLE_INTRO.test(line.slice(0, m.index))) continue;
      } else if (isPlaceholderToken(value, value.slice(rule.fixedPrefix ?? 0))) continue;
      if (rule.accept && !rule.accept(value)) continue;
      out.push({ kind: rule.id, start, end: start + value.length, value });
    }
  }
}

/**
 * An LDAP-scheme hash whose body was typed, not computed (`{SSHA256}A123A123A321…`, the stand-in a view gives accounts that
 * may not log in): a digest's base64 spreads over dozens of characters, a typed pattern repeats a handful.
 */
function typedHashBody(value: string): boolean {
  const body = /^\{[A-Za-z0-9-]+\}(.+)$/.exec(value)?.[1];
  return body !== undefined && body.length >= 24 && new Set(body).size <= 10;
}

/** Whether a value is, whole, a token of one of the provider formats. */
function isProviderToken(rules: RuleSet, value: string): boolean {
  return rules.tokens.some(({ rule }) => {
    const pattern = rule.pattern as RegExp;
    pattern.lastIndex = 0;
    const m = pattern.exec(value);
    return m !== null && (m[1] ?? m[0]) === value.trim();
  });
}

/** A repository's own rules (gitleaks `[[rules]]`). */
export function findCustom(rules: RuleSet, file: FileContext, line: string, lower: string, out: ValueSpan[]): void {
  for (const rule of rules.custom) {
    if (rule.path && !rule.path.test(file.path)) continue;
    if (rule.keywords.length && !rule.keywords.some((k) => lower.includes(k))) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(line); m; m = rule.pattern.exec(line)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      // As gitleaks does: the group named by secretGroup, else the first group that matched, else the whole match.
      const value = rule.secretGroup > 0 ? (m[rule.secretGroup] ?? '') : (m.slice(1).find((g) => g !== undefined && g !== '') ?? m[0]);
      const start = m.index + Math.max(0, m[0].indexOf(value));
      if (value && !(rule.allow?.(value, line, file.path) ?? false)) out.push({ kind: rule.id, start, end: start + value.length, value });
      if (!rule.pattern.global) break;
    }
  }
}

/** The text between a value's quotes, and where it starts. */
function unquote(raw: string, start: number): { value: string; start: number } {
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) return { value: raw.slice(1, -1), start: start + 1 };
  return { value: raw, start };
}

/** The password of `user:password`, when it is a value (`admin:admin` is one: a weak password to rotate). */
export function passwordOfPair(pair: string | undefined, place: LiteralPlace = 'credential-file'): string | undefined {
  if (!pair) return undefined;
  const colon = pair.indexOf(':');
  if (colon <= 0) return undefined;
  const password = pair.slice(colon + 1);
  return isLiteralPassword(password, place) ? password : undefined;
}

/**
 * A commented-out line. `//` followed at once by a host and a `/` opens a share's path, not a comment: the source of a CIFS or
 * SMB mount in `/etc/fstab` (`//nas.corp.example/backup /mnt/backup cifs username=…,password=…`).
 */
const COMMENTED = /^\s*(?:#|;|\/\/(?![\w.-]+\/[^\s/]))/;
/** A line of prose that opens with an example's introduction, inside a block comment (`Example: <password>qwerty</password>.` in an XML comment). */
const EXAMPLE_LINE = /^\s*(?:example|for example|e\.g\.)\s*:/i;
const EXAMPLE_INTRO = /\b(?:e\.g\.|for example|for instance|example:)/i;

/**
 * Where a rule's literal stands (see LiteralPlace): its own credential file, deployed configuration, or
 * elsewhere. A commented-out line of a deployed configuration documents it (`# or a DSN such as
 * postgresql://login:password@…`): its weak values are stand-ins, as in docs.
 */
function placeOf(rule: CredentialRule | undefined, file: FileContext, line: string): LiteralPlace {
  // A credential file's line quoted in documentation or an example (`: PSK "your_ipsec_pre_shared_key"` in a README) shows
  // what goes there: read as the rest of the page is.
  if (rule?.credentialFile && file.docs && !file.credentialFile) return 'elsewhere';
  if (rule?.credentialFile || (file.credentialFile && !COMMENTED.test(line))) return 'credential-file';
  return file.deployed && !COMMENTED.test(line) ? 'deployed' : 'elsewhere';
}

/** Where a URL's or a Secret's literal on `line` stands: as placeOf, for matchers without a rule of the table. */
export function placeOfLine(file: FileContext, line: string, credentialFile = false): LiteralPlace {
  return credentialFile ? 'credential-file' : placeOf(undefined, file, line);
}

/** Decodes and judges a value found by a rule; undefined when it is not a credential. */
function judged(rule: CredentialRule, raw: string, strength: 'password' | 'token', place: LiteralPlace, quoted = false): string | undefined {
  let value: string | undefined = raw;
  switch (rule.decode) {
    case 'base64':
      value = base64Text(raw) ?? raw;
      break;
    case 'base64-pair':
      return passwordOfPair(base64Text(raw));
    case 'percent':
      value = percentDecode(raw);
      break;
    default:
      break;
  }
  if (rule.shape && !rule.shape.test(value)) return undefined;
  if (rule.judge === 'format') return isPlaceholder(value) ? undefined : value;
  if (rule.judge === 'hash') return isStandInHash(value) ? undefined : value;
  return strength === 'password' ? (isLiteralPassword(value, place, quoted) ? value : undefined) : isLiteralToken(value, !!rule.shape, false, false, place) ? value : undefined;
}

/** A secret stored under a name (script-named-secret): a token's or a key's name makes it a token; a password's, or a secret manager's entry of any name, a password. */
function namedSecretStrength(name: string | undefined): 'token' | 'password' {
  return name !== undefined && !/pass|pwd/i.test(name) ? 'token' : 'password';
}

/** A line rule's value group: `v`, or `p`, `q`, `s`, `v1`, `v2`… for the alternatives of a rule with several forms (one matches at a time). */
const VALUE_GROUP = /^(?:v\d*|p|q|s)$/;
function valueOf(groups: Record<string, string | undefined>): string | undefined {
  for (const name in groups) if (VALUE_GROUP.test(name) && groups[name] !== undefined) return groups[name];
  return undefined;
}

/** A line rule's key group: `k`, or `k2`… for the alternatives of a rule with several forms (one matches at a time). */
function keyOf(groups: Record<string, string | undefined>): string {
  return groups.k ?? groups.k2 ?? groups.k3 ?? groups.k4 ?? groups.k5 ?? '';
}

/** The text just before a value that opens a template's expression: Jinja/Go/Helm `{{`, ERB `<%=`, `${`. */
const INSIDE_TEMPLATE_EXPRESSION = /(?:\{\{-?|<%=?|\$\{)\s*$/;

/** Line-shape rules (credential file formats, SQL, PHP define, command lines), after `rules.keywords.groupsIn(line)`. */
export function findLineRules(rules: RuleSet, file: FileContext, line: string, out: ValueSpan[]): void {
  for (const compiled of fileRulesOf(rules, file).lines) {
    const { rule } = compiled;
    if (!hasKeyword(rules, compiled)) continue;
    const pattern = rule.pattern as RegExp;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
      const groups = m.groups ?? {};
      // The value's group: `v`, or one of the other names a rule with several forms gives its alternatives.
      const raw = valueOf(groups);
      if (raw === undefined) continue;
      const at = m.index + m[0].lastIndexOf(raw);
      const unquoted = unquote(raw, at);
      const { start } = unquoted;
      const quoted = unquoted.value !== raw;
      // An unquoted word of a shell command ends at a `;` (`mc alias set s3 URL user pass;` in a compose entrypoint's `sh -c`):
      // what follows it is the next command, not the value's end.
      // (Quoted by the rule's own quote groups too: `'pa;ss;'` keeps its `;`.)
      const enclosed = quoted || (at > 0 && (line[at - 1] === '"' || line[at - 1] === "'") && line[at + raw.length] === line[at - 1]);
      const value = rule.shellWord && !enclosed ? unquoted.value.replace(/;+$/, '') : unquoted.value;
      if (value === '') continue;
      if (rule.decode === 'base64-pem' || rule.judge === 'structure') continue; // read by the file matcher
      // Inside a template's expression (`rabbitmqctl change_password {{ user }} {{ password }}` read the user's
      // variable as the password): a variable's name, not a value.
      if (INSIDE_TEMPLATE_EXPRESSION.test(line.slice(Math.max(0, start - 8), start))) continue;
      // A placeholder in angle brackets cut at its first space (`docker login -u ops -p <from the vault>`), and a command
      // substitution in backticks cut so (`podman login -p \`oc whoami --show-token\``): what goes there, and what a command prints.
      if (/^<[A-Za-z]/.test(value) && !value.includes('>') && /^[^<>\n]*>/.test(line.slice(start + value.length))) continue;
      if (value.startsWith('`') && !value.includes('`', 1) && line.includes('`', start + value.length)) continue;
      const strength = rule.id === 'npmrc-auth' && /token/i.test(groups.k ?? '') ? 'token' : (rule.id === 'php-define-secret' || rule.id === 'env-default-secret' || rule.id === 'env-fallback-secret' || rule.id === 'dockerfile-env-secret' || rule.id === 'script-option-password') && !/PASS|PWD/i.test(keyOf(groups)) ? 'token' : rule.id === 'script-named-secret' ? namedSecretStrength(groups.k ?? groups.k2 ?? groups.k3) : 'password';
      let decodedRule = rule;
      if (rule.id === 'npmrc-auth' && /^(?:_auth|npmAuthIdent)$/.test(groups.k ?? '')) decodedRule = { ...rule, decode: 'base64-pair' };
      else if (rule.id === 'npmrc-auth' && groups.k === '_password') decodedRule = { ...rule, decode: 'base64' };
      // An environment lookup's name is judged as any key is (`REDASH_LDAP_UID_KEY`, `APP_PASSWORD_RULES` name no secret).
      if ((rule.id === 'env-default-secret' || rule.id === 'env-fallback-secret') && classifyKey(keyOf(groups)) === null) continue;
      if (rule.id === 'azure-connection-string' && groups.s !== undefined && isShortReadLink(line, m.index)) continue;
      const secret = judged(decodedRule, value, strength, placeOf(decodedRule, file, line), quoted);
      if (secret !== undefined) out.push({ kind: rule.id, start, end: start + value.length, value: secret });
    }
  }
}

/**
 * A value a line rule of the table names though its line does not hold the rule's whole shape (a Keycloak credential's `"value"`
 * on the line after its `"type": "password"`): judged as findLineRules judges what that rule finds, when the rule applies to the file.
 */
export function findRuleValue(rules: RuleSet, file: FileContext, id: string, line: string, raw: string, at: number, out: ValueSpan[]): void {
  const compiled = fileRulesOf(rules, file).lines.find((c) => c.rule.id === id);
  if (!compiled) return;
  const { value, start } = unquote(raw, at);
  const secret = judged(compiled.rule, value, 'password', placeOf(compiled.rule, file, line), value !== raw);
  if (secret !== undefined) out.push({ kind: id, start, end: start + value.length, value: secret });
}

/**
 * A shared access signature that reads one blob for a day at most (`sp=r`, `sr=b`, `st=` and `se=` a few hours apart): a download
 * link that expires, as a service returns for a file it made (an image generator's result URL kept in a seed or a log), not a key.
 * The link's query is the text around the signature up to a space or a quote.
 */
function isShortReadLink(line: string, at: number): boolean {
  const open = line.lastIndexOf('?', at);
  if (open < 0) return false;
  const close = line.slice(at).search(/[\s"'<>`]/);
  const query = line.slice(open + 1, close < 0 ? line.length : at + close);
  const params = new Map<string, string>();
  for (const part of query.split(/&(?:amp;)?/)) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  if (params.get('sp') !== 'r' || params.get('sr') !== 'b') return false;
  const time = (name: string) => Date.parse((params.get(name) ?? '').replace(/%3A/gi, ':'));
  const start = time('st');
  const end = time('se');
  return Number.isFinite(start) && Number.isFinite(end) && end > start && end - start <= 24 * 3600 * 1000;
}

const NON_SECRET_AFTER_ACCESS = /^[A-Z0-9]{16,32}$/;
/**
 * Control characters or bytes that are not UTF-8: compressed data in a file git reads as text (an
 * Illustrator or PDF stream), where `sk:` or `key=` followed by anything is chance, not a setting.
 */
const BINARY_TEXT = /(?![\t\r])[\p{Cc}\ufffd]/u;

/** Nim's source files and NimScript (`config.nims`). */
const NIM_FILE = /\.nims?$/;
/** A name exported from a Nim module, `name*` before its `=` or its type's `:`. */
const NIM_EXPORT_MARKER = /(?<=^|[\s(,;])([A-Za-z_]\w{0,100})\*(?=\s*[:=](?!=))/g;

/** Key rules of the table, then the generic reading of `name = value` by the key's words (after `rules.keywords.groupsIn(line)`). */
export function findKeyValues(rules: RuleSet, file: FileContext, text: string, out: ValueSpan[], underCredentialParent = false): void {
  // Nim's export marker after a name (`consumerSecret* = "…"` in a module's `const` section): blanked, so that the name is read as the key
  // it is (the line keeps its length, the value its place). (A typed one, `apiKey*: string = "…"`, is read as other typed names are.)
  const line = text.includes('*') && NIM_FILE.test(file.lower) ? text.replace(NIM_EXPORT_MARKER, '$1 ') : text;
  const keyRules = fileRulesOf(rules, file).keys.filter((c) => hasKeyword(rules, c));
  const generic = !file.i18n && (rules.awake(rules.genericGroup) || rules.awake(rules.setterGroup) || rules.awake(rules.callPairGroup)) && !BINARY_TEXT.test(line);
  if (!keyRules.length && !generic) return;
  // A script's variable carries its sigil (`$SONAR_TOKEN = "…"` in PowerShell, `$license_key = '…';` in PHP): the key rules name the bare key.
  const ruleFor = (key: string) => ownerOf(keyRules, key);
  const commented = COMMENTED.test(line) || EXAMPLE_LINE.test(line);
  const genericPlace = placeOf(undefined, file, line);
  const serviceKeys = generic && file.deployed && !commented;
  const keysSourceKeys = generic && file.keysSource && !commented;
  // A heredoc's environment-file line in HCL (`DRONE_RPC_SECRET=…` inside `default = <<EOF`): text, whose bare value is a literal.
  const quotedOnly = file.quotedOnly && !(DECLARATIVE_EXTENSIONS.has(file.lower.slice(file.lower.lastIndexOf('.') + 1)) && HEREDOC_ENV_LINE.test(line));
  const powershell = POWERSHELL_FILE.test(file.lower);
  // Woken only by a call's name (`params.put(`), the line is read for the pairs calls are given, not as assignments.
  const callsOnly = keyRules.length === 0 && !rules.awake(rules.genericGroup) && !rules.awake(rules.setterGroup);
  (callsOnly ? readCallsOnly : readAssignments)(line, quotedOnly, (key) => ruleFor(key) !== undefined || (generic && classifyKey(key) !== null) || (serviceKeys && isServiceKeyName(key)) || (keysSourceKeys && isKeysSourceKeyName(key)), (pair) => {
    if (powershell && !pair.quoted && powerShellExpression(line, pair)) return;
    const rule = ruleFor(pair.key);
    if (rule && judgedByOwner(rules, file, line, rule, pair.key, decodedPair(pair), pair.start, pair.end, out)) return;
    // (A key a rule of the table owns, `decryptionKey` of ASP.NET's machineKey, was judged by that rule.)
    if ((serviceKeys || keysSourceKeys) && !rule && classifyKey(pair.key) === null) servicePair(pair, out);
    else if (generic && !insideExpression(line, pair, file)) genericPair(file, pair, out, commented, genericPlace, underCredentialParent, line);
  }, file.yaml);
}

/** The key rule among `candidates` that owns `key`, a script's sigil left out (`$SONAR_TOKEN = "…"` in PowerShell, `$license_key` in PHP). */
function ownerOf(candidates: readonly CompiledRule[], key: string): CredentialRule | undefined {
  const bare = key.charCodeAt(0) === 36 ? key.slice(1) : key;
  return candidates.find((c) => c.rule.keys?.test(bare))?.rule;
}

/** Whether a rule of the table that applies to `file` owns `key` (a name on its own line opens its entry then: FileMatcher). */
export function ownsKey(rules: RuleSet, file: FileContext, key: string): boolean {
  return ownerOf(fileRulesOf(rules, file).keys, key) !== undefined;
}

/**
 * `value` under a key `rule` owns, judged by that rule: its finding is put in `out`. True when the rule settles the pair: a
 * finding, or a value of the rule's own shape it refuses (a GitHub key holding a commit id), or a provider token (its own
 * rule reads it, or a repository's allowlist keeps it out). False leaves any other value to be read as the key names it
 * (`DANGER_GITHUB_API_TOKEN=<a token of another form>`).
 */
function judgedByOwner(rules: RuleSet, file: FileContext, line: string, rule: CredentialRule, key: string, value: string, start: number, end: number, out: ValueSpan[]): boolean {
  const secret = judged(rule, value, rule.password || /pass|pwd/i.test(key) ? 'password' : 'token', placeOf(rule, file, line));
  if (secret !== undefined) {
    out.push({ kind: rule.id, start, end, value: secret });
    return true;
  }
  return !!rule.shape?.test(value) || isProviderToken(rules, value);
}

/** readAssignments' signature, reading only the pairs calls are given (readCallPairs). */
function readCallsOnly(line: string, _quotedOnly: boolean, isKey: (key: string) => boolean, visit: (pair: KeyValue) => void): void {
  readCallPairs(line, isKey, visit);
}

/** PowerShell scripts, modules and data files. */
const POWERSHELL_FILE = /\.(?:ps1|psm1|psd1)$/;
/**
 * In PowerShell a string is quoted; a bare word after `=` runs something: a cmdlet (`Password = New-Object \``,
 * `$p = Get-Secret`), or the first word of more (a cmdlet's arguments, a line continued with a backtick). A bare
 * value alone on its line (`password=…` in a here-string a script writes out) is still read.
 */
function powerShellExpression(line: string, pair: KeyValue): boolean {
  return /^[A-Z][a-z]+-[A-Z][A-Za-z]+$/.test(pair.value) || /^[ \t]+[^\s#]/.test(line.slice(pair.end)) || embeddedCSharpMember(line, pair);
}
/**
 * C# that a module compiles with `Add-Type` from a here-string: a declaration, its type before the name, or a statement alone
 * on its line, set to a member of a type and ended with `;` (`IntPtr unmanagedPassword = IntPtr.Zero;`, `string adminPassword =
 * String.Empty;`). A connection string's `Password=Some.Thing;` has neither a type before its name nor spaces around `=`, and
 * stays a value.
 */
function embeddedCSharpMember(line: string, pair: KeyValue): boolean {
  const value = pair.value.replace(/;$/, '');
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(value)) return false;
  if (!pair.value.endsWith(';') && !/^\s*;/.test(line.slice(pair.end))) return false;
  // A statement alone on its line, spaced around `=` (`unmanagedPassword = IntPtr.Zero;` in a `finally` block).
  if (/^\s*[A-Za-z_][\w.]*[ \t]+=[ \t]+$/.test(line.slice(0, pair.start)) && /^;?\s*$/.test(line.slice(pair.end).replace(/^\s*;/, ''))) return true;
  // (The declaration's last 160 characters: the test stays linear in the line.)
  return /(?:^|[\s(;{])[A-Za-z_][\w.]*(?:<[\w\s,.]*>)?(?:\[\])?\??[ \t]+[A-Za-z_]\w*[ \t]*=[ \t]*$/.test(line.slice(Math.max(0, pair.start - 160), pair.start));
}

/** A publishable key's prefix (Stripe's `pk_`, a `pub-` key): the public half, written into pages. */
const PUBLIC_KEY_PREFIX = /^(?:pk|pub|public)[_-]/i;
/**
 * `<service>_KEY` in deployed configuration (see isServiceKeyName): an API key when its value looks generated
 * (judged as a token in code is), not a publishable key's prefix; a word or a name there is a setting.
 */
function servicePair(pair: KeyValue, out: ValueSpan[]): void {
  const value = decodedPair(pair).trim();
  // One run of a key's characters: a list (`AutoGenerate,IsolateApps`) or a phrase is a setting.
  if (!/^[\w.+/=~-]+$/.test(value) || PUBLIC_KEY_PREFIX.test(value) || !isPlausibleSecret(value, 'token', { quoted: pair.quoted })) return;
  out.push({ kind: 'api-key', start: pair.start, end: pair.end, value });
}

/**
 * An unquoted value that is part of an expression, not a value written in (or an Angular reference variable, quoted): a regular expression's
 * alternation or a shell pipe (`egrep '^(PASS:|FAIL:)'`: a bare value never starts with `|`), or a
 * variable's name followed by a bracket that closes one opened on an earlier line (a Jinja or code
 * expression spread over lines, `'password': vault_user_password} | to_json`).
 */
function insideExpression(line: string, pair: KeyValue, file: FileContext): boolean {
  if (pair.quoted) return templateReference(line, pair) || concatenated(line, pair) || (RAZOR_VIEW.test(file.lower) && /^@[A-Za-z_(]/.test(pair.value));
  // An ERB template's Ruby call spread over lines (`<%= render "plaid_items/opener",` then `link_token: @link_token,`): a bare
  // instance or class variable ending the line, or an argument list's entry, is Ruby naming a value, though the tag opened above.
  if (ERB_TEMPLATE.test(file.lower) && /^@{1,2}[a-z_]\w*$/.test(pair.value) && /^\s*(?:[,)]\s*)?(?:%>)?\s*$/.test(line.slice(pair.end))) return true;
  if (pair.value.startsWith('|')) return true;
  // A Gradle build script is Groovy: a bare name in camel case there is a variable (`password = ghcrTokenProvider`), never text.
  if (GRADLE_SCRIPT.test(file.lower) && /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/.test(pair.value)) return true;
  // Read inside a string literal that code goes on joining (`t('auth:providers.' + user.provider)`, an i18n key's namespace and prefix).
  if (/^['"`]\s*(?:\+|\.(?!\w))\s*[$A-Za-z_(]/.test(line.slice(pair.end))) return true;
  if (negatedVariable(pair)) return true;
  if (/^[A-Za-z_][\w.]*$/.test(pair.value) && (insideTemplateTag(line, pair, '{%', '%}') || insideTemplateTag(line, pair, '{{', '}}'))) return true;
  // Inside an ERB tag, Ruby's instance and class variables too (`<%= @options['license_key'] ||= @hostname %>`, a Puppet or Chef template).
  if (/^@{0,2}[A-Za-z_][\w.]*$/.test(pair.value) && insideTemplateTag(line, pair, '<%', '%>')) return true;
  // An entry of a dictionary spread over lines (`'password': cell_db_password,` inside a Jinja `{% set … %}` or
  // Python code): a quoted key, then a name and the comma that ends the entry. A YAML or env value has no comma after it.
  // A name in camel case too (`"password": adminPassword,` in a Jsonnet template a chart's YAML holds), as long as its humps
  // are words (CAMEL_WORDS, identifierLike: random letters in camel humps, `xKmPqLz`, stay a value).
  if ((/^[A-Za-z_]\w*[_.][\w.]+$/.test(pair.value) || (CAMEL_WORDS.test(pair.value) && identifierLike(pair.value))) && /^\s*,\s*$/.test(line.slice(pair.end)) && /['"][\w.-]+['"]\s*:\s*$/.test(line.slice(0, pair.start))) return true;
  const closer = /^\s*([})\]])/.exec(line.slice(pair.end))?.[1];
  if (!closer || !/^[A-Za-z_][\w.]*$/.test(pair.value)) return false;
  const opener = closer === '}' ? '{' : closer === ')' ? '(' : '[';
  return !line.slice(0, pair.start).includes(opener);
}

/**
 * A quoted piece joined to code by a concatenation (PHP's `'required|confirmed|'.Setting::rules()`, `'…"'.$user->email.'"'`,
 * JavaScript's `'prefix-' + id`, Lua's `..`, Jinja's `~`): part of an expression whose value is computed, not a value
 * written in. (Joined to another literal only, `'ab' . 'cd'`, it is still read.)
 */
function concatenated(line: string, pair: KeyValue): boolean {
  return /^\s*(?:\.\.?|\+|~)\s*[$A-Za-z_(\\]/.test(line.slice(pair.end + 1));
}

/** A lower-case word, then humps of three letters or more that hold a vowel (`adminPassword`, `defaultUserPassword`). */
const CAMEL_WORDS = /^[a-z]+(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2,})+$/;

/** A template Ruby fills in (`new.html.erb`, `database.yml.erb`). */
const ERB_TEMPLATE = /\.erb$/;
/**
 * A Razor view or component: there a string that starts with `@` and a name or a parenthesis (`var client_token = "@Model.ClientToken";`,
 * `"@Html.Raw(Model.PaymentToken)"`) holds C# the server writes in when it renders the page (`@@` writes a literal `@`).
 */
const RAZOR_VIEW = /\.(?:cshtml|vbhtml|razor)$/;
/** A Gradle build or settings script in Groovy (`build.gradle`, `settings.gradle`, `publish.gradle`). */
const GRADLE_SCRIPT = /\.gradle$/;

/**
 * Inside a Jinja (or Go, Liquid, Twig) tag on the same line (`{% set _ = users.append({'password': cell_db_password}) %}`):
 * a bare word there is a variable of the template, not text written into the file.
 */
function insideTemplateTag(line: string, pair: KeyValue, open: string, close: string): boolean {
  const before = line.slice(0, pair.start);
  return before.lastIndexOf(open) > before.lastIndexOf(close) && line.includes(close, pair.end);
}

/**
 * A variable negated (a template's toggle `(click)="showPassword = !showPassword"`, `hideSecret = !isOpen`):
 * the key's own name or a camel-case name after `!`, an expression. (A bare `!shop_admin` in a `.env` is a literal.)
 */
function negatedVariable(pair: KeyValue): boolean {
  const negated = /^!{1,2}((?:this\.)?[A-Za-z_$][\w$]*)$/.exec(pair.value)?.[1];
  return negated !== undefined && (negated === pair.key || /^(?:this\.)?[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(negated));
}

/**
 * An Angular template's reference variable (`<input … #password="ngModel">`): an attribute `#name` whose
 * value names the directive it refers to, not a value. (A line that starts with `#` is a comment, read as one.)
 */
function templateReference(line: string, pair: KeyValue): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(pair.value) || COMMENTED.test(line)) return false;
  const before = line.slice(0, pair.start);
  return before.endsWith(`#${pair.key}="`) || before.endsWith(`#${pair.key}='`);
}

/**
 * A value whose credential name stands on a line before it: a Kubernetes env entry (`- name:
 * DB_PASSWORD` then `value: …`), a Hadoop or Hive property (`<name>…password</name>` then
 * `<value>…</value>`), an element that names the credential around its value (an unattended Windows
 * install's `<AdministratorPassword>` then `<Value>…</Value>`). Judged as `name = value` on one line.
 */
export function findNamedValue(file: FileContext, key: string, line: string, raw: string, start: number, out: ValueSpan[], rules: RuleSet = DEFAULT_RULES): void {
  const { value, start: at } = unquote(raw, start);
  const quoted = at !== start;
  // In Bicep, Terraform and code a bare word is an expression (`value: registry.listCredentials().passwords[0].value`).
  if (file.quotedOnly && !quoted) return;
  // A name a rule of the table owns (`GITHUB_TOKEN`, `NEW_RELIC_LICENSE_KEY` in a Deployment's env) is judged by that rule, as
  // `name = value` on one line is (findKeyValues): a classic GitHub token's 40 hex there is the token, not a commit id.
  const rule = ownerOf(fileRulesOf(rules, file).keys, key);
  if (rule && judgedByOwner(rules, file, line, rule, key, value, at, at + value.length, out)) return;
  genericPair(file, { key, value, quoted, start: at, end: at + value.length }, out, COMMENTED.test(line), placeOf(undefined, file, line), false, line);
}

function decodedPair(pair: KeyValue): string {
  if (pair.base64) return base64Text(pair.value.trim()) ?? pair.value;
  return pair.value;
}

/** `secretKey`, `SECRET_KEY`, `minio_secret_key`: the name of a key pair's secret half. */
function namesSecretKey(key: string): boolean {
  return keyWords(key).join('').endsWith('secretkey');
}

/** A bare value that ends an argument or an entry of a list (`f(password=db_password, …)`, `…, password=db_password)`). */
function keywordArgument(line: string, pair: KeyValue): boolean {
  return /\w=$/.test(line.slice(0, pair.start)) && /^\s*[,)]\s*$/.test(line.slice(pair.end));
}

function passedAsArgument(line: string, pair: KeyValue): boolean {
  return /^\s*[,)]/.test(line.slice(pair.end));
}

/**
 * The value is its key's name shortened, fewer words all of them the key's (`redis_password` under
 * `cache_redis_password`). The key's name spelled otherwise in full (`CHAT_PASS=chat_pass`) is a weak value written in.
 */
function spelledFromKey(value: string, key: string): boolean {
  const words = keyWords(key);
  const own = keyWords(value);
  return own.length < words.length && own.every((w) => words.includes(w));
}

/** Perl's and PHP's source files, whose double-quoted strings interpolate variables. */
const INTERPOLATING_CODE = /\.(?:pl|pm|cgi|t|psgi|php)$/;
/** A scalar variable inside such a string, `$name` or `{$name}`/`${name}`, its `$` not escaped. */
const INTERPOLATED_VARIABLE = /(?<!\\)(?:\$\{?|\{\$)[A-Za-z_]/;

/** Words of letters and digits joined by `_` or `-`, in any case (`Bugzilla_password`, `Api-Token`). */
const SHORTENED_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+$/;

/** A CSS id or class selector of kebab-case words (`#add-password`, `.password-field`). */
const CSS_SELECTOR = /^[#.][a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

/** A service of nsswitch.conf (glibc's, and the modules of sssd, systemd, winbind, LDAP, NIS and the like). */
const NSS_SOURCE = /^(?:files|compat|db|nis|nisplus|ldap|sss|systemd|winbind|mymachines|extrausers|altfiles|usrfiles|cache|hesiod|resolve|myhostname|dns|mdns4?(?:_minimal)?|wins|oslogin|libvirt(?:_guest)?)$/;

/** A digest as configuration holds one: hex, base64, a crypt string (`$6$…`) or an LDAP scheme's (`{SSHA}…`). */
const DIGEST_SHAPE = /^(?:[0-9a-f]{32,}|[A-Za-z0-9+/]{22,}={0,2}|\$[\w.$/+=,-]{8,}|\{[A-Z0-9-]+\}\S{8,})$/i;

/** An environment variable's name in capitals, two words or more (`APP_SECRET`, `DRONE_RPC_SECRET`). */
const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Words that make a joined name a sentence (a message shown where the real value is missing). */
const SENTENCE_WORDS = new Set(['is', 'are', 'was', 'not', 'this', 'that', 'the', 'you', 'your', 'if', 'please', 'should', 'must', 'here', 'see']);
const CREDENTIAL_LAST_WORD = /(?:secret|token|key|pass|password|passwd|passphrase|pwd)$/;

/** After `csrf`, the words of a key that holds what CSRF tokens are signed with (`CSRF_SESSION_KEY`, `CSRF_SECRET`). */
const CSRF_SIGNING = /^(?:secret|secret key|session key|signing key)$/;

/** What a signing secret signs: the first word of a two-word key that holds it (`jwt_secret`, `cookie_secret`). */
const SIGNED_WITH = new Set(['jwt', 'signing', 'cookie', 'hmac']);

/** `encryptedPassword`, `newSecret`, `userToken`: a camel-case name ending with a credential word. */
// (Numbered too, as a form's second field is: `{password: newPw, password2: newPw2}`.)
const CAMEL_CREDENTIAL_VARIABLE = /^[a-z]+(?:[A-Z][a-z]+)*(?:Password|Passwd|Passphrase|Pass|Pwd|Pw|Secret|Token|Key)\d{0,2}$/;

/**
 * An environment variable set in deployed configuration (`- DRONE_RPC_SECRET=…` in a compose file's list, a `.env` line): it holds
 * the value the service reads, never the name of a Secret kept elsewhere, so there a name of several words is the secret.
 * (Up to four words and none of a sentence's small words: a message left for whoever reads it, `if_you_see_this_please_call_…`,
 * `this_is_not_minikube`, is no secret; and no part typed as filler, as an issuer's prefix before `abc123` is:
 * `TS_AUTHKEY=tskey-auth-abc123`.) The credential's word ends the name: after it a word names something about it
 * (`REGISTRY_AUTH_TOKEN_ISSUER=gitlab-issuer`). The setting is the line's entry: one given to a command on its line
 * (`RUN SECRET_KEY=build-key ./manage.py collectstatic` in a Dockerfile) lives for that command.
 */
function environmentEntry(file: FileContext, pair: KeyValue, line: string, words: readonly string[], value: string): boolean {
  if (!file.deployed || !ENVIRONMENT_NAME.test(pair.key) || words.includes('access') || !CREDENTIAL_LAST_WORD.test(words[words.length - 1] ?? '')) return false;
  if (!/=[ \t]*["']?$/.test(line.slice(0, pair.start)) || !/^["']?[ \t]*(?:#.*)?$/.test(line.slice(pair.end))) return false;
  const parts = value.split(/[-_.]+/);
  return parts.length <= 4 && !parts.some((part) => (/\d/.test(part) && isPlaceholder(part)) || SENTENCE_WORDS.has(part.toLowerCase()));
}

/**
 * A token's name that says only that it is a token and whose (`token`, `access_token`, `api_token`, `bot_token`): in deployed configuration
 * 40 hexadecimal digits there are the token itself (Gitea's and Gogs' tokens are 40 hex). A name that says what it is about
 * (`BUILD_TOKEN`, `CACHE_TOKEN`) may hold the commit it was made for.
 */
function issuedTokenKey(words: readonly string[]): boolean {
  return words.includes('token') && words.every((w) => w === 'token' || ISSUED_TOKEN_WORDS.has(w));
}
const ISSUED_TOKEN_WORDS = new Set(['access', 'api', 'auth', 'private', 'personal', 'bot', 'admin', 'client', 'bearer', 'gitea', 'gogs', 'forgejo']);
const EXTERNAL_SECRET_ENTRY = /^\s*-\s+["']?secretKey["']?\s*:/;
const ENTRY_NAME = /^\.?(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*)(?:[._-](?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*))*$/;

/** A test runner's result line: Go's `--- PASS: TestName (0.00s)` (also inside `go test -json` output), `PASS: 6/6`. */
const TEST_RESULT_BEFORE = /(?:^|[\s"'])(?:---|===)\s+PASS\s*:\s*$/;
const TEST_RESULT_AFTER = /^\s*\(\d+(?:\.\d+)?m?s\)/;
/** Another verdict of a test run, in capitals, where the value of a `PASS:` would be. */
const TEST_VERDICT = /^(?:FAIL(?:S|ED|URES?)?|SKIP(?:S|PED)?|ERRORS?|XFAIL|TODO)$/;
/** The configuration passes of Windows Setup that an answer file's `<settings pass="…">` names (`unattend.xml`). */
const WINDOWS_SETUP_PASSES = new Set(['windowspe', 'offlineservicing', 'generalize', 'specialize', 'auditsystem', 'audituser', 'oobesystem']);
/**
 * A value with a regular expression's group written into it (`keyword.tag-$1`, a Monarch tokenizer's `{token: "…-$0"}`): the
 * name of a token class the lexer fills in, words joined by `.` or `-` then `$` and a group's number.
 */
const GROUP_SUBSTITUTION = /^[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*[.-]\$\d{1,2}$/;

const ARN_BEFORE_TYPE = /\barn:aws[\w-]*:[a-z0-9-]+:[\w-]*:(?:\d{12}|x+|\*)?:[\w-]+:$/;
const FIREBASE_DOWNLOAD_LINK = /\bfirebasestorage\.(?:googleapis\.com|app)\/v0\/b\/[^\s"'?/]+\/o\/[^\s"'?]+\?(?:[^\s"'#?]*&)?token=$/;

/** Whether the pair is none of a credential's for what the line says it is (a test's result, a setup pass, a resource's own name). */
function namesNoCredential(pair: KeyValue, value: string, line: string): boolean {
  // (Or a count of the other verdicts after it, `echo "Baseline PASS: FAILS = ${FAILS}"` in a CI job's summary: `PASS` and `FAIL` in
  // capitals are a test run's words, never a password's value.)
  if (pair.key === 'PASS' && (TEST_RESULT_BEFORE.test(line.slice(0, pair.start).replace(/["']$/, '')) || TEST_RESULT_AFTER.test(line.slice(pair.end).replace(/^["']/, '')) || /^\d+\/\d+$/.test(value) || TEST_VERDICT.test(value))) return true;
  // (Also in an XPath that selects it, `settings[@pass="windowsPE"]`.)
  if (pair.key.replace(/^@/, '') === 'pass' && WINDOWS_SETUP_PASSES.has(value.toLowerCase())) return true;
  if (GROUP_SUBSTITUTION.test(value)) return true;
  if (entryOfFieldMap(line, pair, value)) return true;
  // A member read through a pointer or an object in C, C++ or PHP (`password = GloClickHouseAuth->lookup()` in a diagram's label of the
  // code, `mysql->passwd=mysql->db=0;` in a patch): the value ends at the arrow's `-`, and code that gives it when it runs follows.
  if (!pair.quoted && /^\$?[A-Za-z_]\w*-$/.test(value) && /^>[A-Za-z_]/.test(line.slice(pair.end))) return true;
  // A field's generic type where its value would be (`new_password: Option<String>,` in an API's docs, `token: Vec<u8>`): a bare
  // name in capitals that a type's parameters follow.
  if (!pair.quoted && /^[A-Z][A-Za-z0-9]*$/.test(value) && /^<[A-Za-z][\w:]*(?:<[\w:, ]*>)?(?:, ?[A-Za-z][\w:]*)*>/.test(line.slice(pair.end))) return true;
  // An AWS resource's type inside its ARN (`arn:aws:secretsmanager:us-east-1:123456789012:secret:db-creds-Ab12Cd`): the secret's name follows.
  if (ARN_BEFORE_TYPE.test(line.slice(0, pair.start))) return true;
  // A Firebase Storage object's download link (`…/v0/b/<bucket>/o/<object>?alt=media&token=<uuid>`, what `getDownloadURL` gives an app
  // for an image it shows): the token opens that one file to whoever has the link, as the link is meant to be shared.
  if (pair.key === 'token' && FIREBASE_DOWNLOAD_LINK.test(line.slice(0, pair.start)) && /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value)) return true;
  // A token's lookup key naming the entry that holds the token (Flask-AppBuilder's OAuth provider `'token_key': 'access_token'`, a
  // client's `tokenKey: "id_token"`): lower-case words ending in `token` are the field of a response or a map, not a token.
  if (TOKEN_FIELD_NAME.test(value) && endsWithTokenKey(keyWords(pair.key))) return true;
  // A resource key's constant holding the resource's name (WPF's `ListViewItemOffsetXKey = "ListViewItemOffsetX"`), or the
  // environment variable it is read from under a tool's prefix (`gcpPubsubTokenKey = "PIPER_gcpPubsubToken"`): the name
  // without its `Key`, not a key's value.
  const bare = pair.key.replace(/^.*[.:]/, '');
  if (!/[A-Za-z0-9]Key$/.test(bare)) return false;
  const stem = bare.slice(0, -3);
  // (A name of two words or more: `secretKey: secret` in a chart's values is a weak value, judged as such.)
  if (!/[a-z0-9][A-Z]|_/.test(stem)) return false;
  return value === stem || (value.endsWith(stem) && /[_.:/-]$/.test(value.slice(0, -stem.length)) && /^[A-Za-z][\w.:/-]*$/.test(value));
}

/**
 * A setting whose value maps names to names (Dovecot's `pass_attrs = uniqueIdentifier=user,userPassword=password`, its `user_attrs`,
 * an `attribute_map`): the setting's name says so, and its entries name a directory's attribute and the field it fills.
 */
// (The setting's last word says so, and its whole value is such entries: `attrPayload = {password: …}` is an object of values.)
const FIELD_MAP_SETTING = /^\s*([A-Za-z][\w.-]*)\s*[=:]\s*(?=[A-Za-z])/;
const FIELD_MAP_ENTRIES = /^[A-Za-z][\w-]*=[A-Za-z%][\w%-]*(?:\s*,\s*[A-Za-z][\w-]*=[A-Za-z%][\w%-]*)*\s*$/;
const FIELD_MAP_WORDS = new Set(['attrs', 'attributes', 'attribute', 'attr', 'map', 'mapping', 'mappings']);
function entryOfFieldMap(line: string, pair: KeyValue, value: string): boolean {
  // (A field's name: lower-case words; random letters and digits there are a value.)
  if (!/^[a-z]+(?:[_-][a-z]+)*$/.test(value)) return false;
  const setting = FIELD_MAP_SETTING.exec(line);
  if (!setting || pair.start - pair.key.length - 1 < setting[0].length) return false;
  const words = keyWords(setting[1] as string);
  return FIELD_MAP_WORDS.has(words[words.length - 1] ?? '') && FIELD_MAP_ENTRIES.test(line.slice(setting[0].length));
}

/** A field's name for a token, lower-case words joined by `_` or `-` ending in `token` (`access_token`, `id-token`). */
const TOKEN_FIELD_NAME = /^(?:[a-z]+[_-])*token$/;

/** A key whose last words are `token key` (`token_key`, `tokenKey`, `access_token_key`): the key under which a token is looked up. */
function endsWithTokenKey(words: readonly string[]): boolean {
  return words.length >= 2 && words[words.length - 1] === 'key' && /^tokens?$/.test(words[words.length - 2] as string);
}

/** `alias.name` or `schema.table.name`, each qualifier a name, ending with the key's own name (its last dotted part), any case. */
function qualifiesOwnName(value: string, key: string): boolean {
  const own = key.slice(key.lastIndexOf('.') + 1);
  if (own.length < 3 || value.length <= own.length + 1) return false;
  const cut = value.length - own.length - 1;
  return value[cut] === '.' && value.slice(cut + 1).toLowerCase() === own.toLowerCase() && /^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)*$/.test(value.slice(0, cut));
}

/**
 * The key's own name with one member after it (`redisSourcePass: redisSourcePass.value` in a page's inline script, a form field's
 * `.value` or `.text`): that variable's field, read when the code runs, not a value written in.
 */
function memberOfOwnName(value: string, key: string): boolean {
  const own = key.slice(key.lastIndexOf('.') + 1);
  if (own.length < 3 || !value.startsWith(own + '.')) return false;
  return /^[A-Za-z_$][\w$]*$/.test(value.slice(own.length + 1));
}

/** A `name = value` pair whose name has a credential word: literal in configuration, entropy in code. */
function genericPair(file: FileContext, pair: KeyValue, out: ValueSpan[], commented: boolean, place: LiteralPlace, underCredentialParent: boolean, line: string): void {
  const keyClass = classifyKey(pair.key);
  if (!keyClass) return;
  if (namesNoCredential(pair, pair.value.trim(), line)) return;
  // A variable interpolated into a double-quoted string of Perl or PHP (`$passwd = "hashed_with_$algorithm";`, `"{$prefix}_secret"`):
  // the text is built when the code runs. (In single quotes, and in any other file, a `$` is a character of the value.)
  if (pair.quoted && file.code && line[pair.start - 1] === '"' && INTERPOLATING_CODE.test(file.lower) && INTERPOLATED_VARIABLE.test(pair.value)) return;
  // A secret store's reference read as a pair at its colon (`value="credentialsJSON:<id>"`, TeamCity's token kept in its
  // credentials storage): the key and the value are one reference, not a credential's name and its value.
  if (!pair.quoted && pair.start > pair.key.length && line.slice(pair.start - pair.key.length - 1, pair.start) === `${pair.key}:` && isReference(`${pair.key}:${pair.value}`)) return;
  let value = decodedPair(pair).trim();
  // A connection string written as a password's whole value (a generator's `POSTGRES_PASSWORD=Host=db;…;Password=…;`): the
  // password is the one inside it, which findConnectionSecrets reads; the string around it is not the credential.
  // (Read from the value's start to the line's end: some readers end the value at the first `;`.)
  if (CONNECTION_STRING_START.test(value) && CONNECTION_STRING_KEY.test(line.slice(pair.start)) && /;\s*(?:Password|Pwd)\s*=/i.test(line.slice(pair.start))) return;
  // A URL with a password as the whole value (`REDIS_PASSWORD=redis://:…@cache:6379`, a comment's `with a password: "redis://:…@host"`):
  // the password is the URL's, which findConnectionSecrets reads and judges as a URL's; the URL around it is not the credential.
  if (value.includes('://') && isUrlWithPassword(value)) return;
  if (keyClass.kind === 'aws-secret-access-key') {
    // Named so in a configuration, any literal is the key; in code it must have the key's shape. A value of a
    // generated key's length made of runs (`aaaa…end`, `…ABC…1234567890`) is a stand-in: AWS generates the key, no one chose it.
    if (value.length >= 20 && isPlaceholderToken(value)) return;
    const keep = file.config ? isLiteralToken(value, false, true, false, place) : /^[A-Za-z0-9/+]{40}$/.test(value) && isPlausibleSecret(value, 'token');
    if (keep) out.push({ kind: keyClass.kind, start: pair.start, end: pair.end, value });
    return;
  }
  // `password: aHVudGVyMg==` (a Secret entry, a Basic pair) is judged as the text it encodes.
  const decoded = strictBase64Text(value);
  if (decoded !== undefined) value = decoded.trim();
  // An access key's id (`access_key = AKIA…`-like uppercase) names the key; it is not its secret half.
  if (keyClass.kind === 'api-key' && /access/i.test(pair.key) && NON_SECRET_AFTER_ACCESS.test(value)) return;
  // The `passwd` database of the name service switch (nsswitch.conf's `passwd: compat`, a role's map of databases to
  // `['files', 'sss']`): the services that look accounts up, not a password.
  if (pair.key === 'passwd' && NSS_SOURCE.test(value)) return;
  // An ExternalSecret's data entry (`- secretKey: api-key`, then its `remoteRef:`): the name of the entry the operator writes into
  // the target Secret, not a value. A list item opens with that key only there; each part of a name is one case (`tls.crt`, `DB_PASSWORD`).
  if (file.yaml && EXTERNAL_SECRET_ENTRY.test(line) && ENTRY_NAME.test(value)) return;
  // The value repeats a word of its key (`POSTGRES_PASSWORD: postgres`, `MYSQL_PASSWORD=mysql`): a
  // container's documented default, spelled from the name. In deployed configuration that default is
  // what the service runs with, a weak credential to rotate; in tests, CI, docs and code it is a stand-in.
  if (!file.deployed && place !== 'credential-file' && keyWords(pair.key).includes(value.toLowerCase())) return;
  // A variable named for the credential, written bare where nothing is deployed (`value: encryptedPassword` in a page's
  // inline script, `token: userToken` in a template): a name in camel case whose last word is the credential's. (An
  // environment variable's assignment, `export DB_PASSWORD=prodDbPassword` in a script, is still judged as a value.)
  if (!pair.quoted && place === 'elsewhere' && CAMEL_CREDENTIAL_VARIABLE.test(value) && !/^[A-Z][A-Z0-9_]*$/.test(pair.key)) return;
  // The value is its key's own name, spelled the same (`sqlAdminPassword: sqlAdminPassword` passing a
  // Bicep parameter on, `{ apiToken: apiToken }`): a reference to a variable of that name, not a value.
  // Spelled otherwise (`IRC_PASS=irc_pass`), it is a weak value written in. In deployed configuration a
  // one-word key's own word (`password: password`) names no parameter: there it is the weak value itself.
  // Renamed by a bundler that keeps two bindings apart (`axios.CancelToken = CancelToken_1`, rollup's `CancelToken$1`), it is still that name.
  const ownName = pair.key.replace(/^[$@]+/, '');
  if (value.length > 0 && (value === ownName || (/[_$]\d$/.test(value) && value.slice(0, -2) === ownName.slice(ownName.lastIndexOf('.') + 1))) && !((file.deployed || place === 'credential-file') && keyWords(ownName).length === 1)) return;
  // The same name qualified by a table, a row or an object (`password_encrypted = lu.password_encrypted` in an SQL `UPDATE … SET`,
  // an upsert's `password = EXCLUDED.password`, a trigger's `NEW.token`): the field of that name elsewhere, not a value.
  if (place !== 'credential-file' && !pair.quoted && (qualifiesOwnName(value, ownName) || memberOfOwnName(value, ownName))) return;
  // A stored procedure's parameter of the column's name (`[UserKeyWrappedPrivateKey] = @UserKeyWrappedPrivateKey` in T-SQL's `SET`,
  // `@Password` given to `EXEC`): the value the caller passes, not one written here.
  if (place !== 'credential-file' && !pair.quoted && /^@{1,2}[A-Za-z_]\w*$/.test(value) && value.replace(/^@+/, '').toLowerCase() === ownName.toLowerCase()) return;
  // A page's CSS selector spelled from the key's own words (`this.addPassword = "#add-password"`, `passwordField: '.password-field'`):
  // the element that takes the password, not a password.
  if (place !== 'credential-file' && CSS_SELECTOR.test(value) && keyWords(value.slice(1)).every((w) => keyWords(pair.key).includes(w))) return;
  let keep: boolean;
  // A commented-out line of a configuration is documentation (`#api_token = 123456abcdefg`): there,
  // as in code, the value must look like a real secret.
  // In documentation and example copies, a value that only names the credential (`smtp-password`) is a stand-in;
  // written bare where it is not deployed, as an argument (`admin_pwd=harbor_admin_password,`) or spelled from
  // its key's own words (`cache_redis_password = redis_password`), such a name is a variable passed on.
  // (`MYSQL_ROOT_PASSWORD=shop_pwd` in an env file is a weak value: `shop_pwd` is not an argument nor the key's words.)
  // (A keyword argument that ends its line, `password=pg_password,` in a script a deployed file embeds, a Nomad job's heredoc, is passed on there too.)
  // So is it in a CI pipeline's or a test runner's settings (`- EMAIL_PASSWORD=smtp-password` in `.travis.yml`'s `env:` list): a job's
  // stand-in. (Elsewhere out of deployed configuration, a script's `vault kv put … password="static-password"` or an env file
  // with no deployed name, it is still a weak value written in.)
  // In code, the key's name shortened and written in any case (`X_BUGZILLA_PASSWORD => 'Bugzilla_password'`, `X_PHABRICATOR_TOKEN =>
  // 'Phabricator_token'`: the constants naming a request's parameters and headers): the name a value is sent under, quoted or not. (Lower-case
  // words are a name there already; a configuration's `ROOT_PASSWORD: root_password` stays a weak value written in.)
  if (file.code && !file.config && place === 'elsewhere' && SHORTENED_NAME.test(value) && spelledFromKey(value, pair.key)) return;
  if (isSelfDescribingName(value) && (file.docs || (file.config && place === 'elsewhere' && file.ciOrTestRunner) || (!pair.quoted && place === 'elsewhere' && (passedAsArgument(line, pair) || spelledFromKey(value, pair.key))) || (!pair.quoted && keywordArgument(line, pair)))) return;
  // Under a credential's YAML parent (`jwt: secret: …`), a short key naming the secret itself holds it, even a name-like one.
  // (Not an access key's id, `minio: accessKey: …`, which names the key pair's public half.)
  const words = keyWords(pair.key);
  // A key that says what the secret signs (`jwt_secret`, `JWT_SECRET`, `cookie_secret`, `hmac_key`) is read as such a parent and its
  // `secret` in one name: never a Kubernetes Secret's or a file's name, which Helm values write under `secret:` alone.
  const signs = words.length === 2 && SIGNED_WITH.has(words[0] as string) && (words[1] === 'secret' || words[1] === 'key');
  const named = environmentEntry(file, pair, line, words, value) || ((underCredentialParent || signs) && words.length <= 2 && !(words.includes('access') && !words.includes('secret')));
  // (Under a key that says secret, `clientSecret`, 40 hex digits are an OAuth app's secret, not a commit id.)
  // A password's digest named so (Graylog's `root_password_sha2`, `admin_password_md5`) is hex, base64 or a crypt string: text that
  // is none of these (`some-password-sha`) describes what goes there.
  if (file.config && keyClass.strength === 'password' && keyClass.digestKey && !DIGEST_SHAPE.test(value)) return;
  // A token's or an API key's length shown by repeated runs (`CF_DNS_API_TOKEN: "abcdabcd…12341234"` in a role's defaults): a template's filler.
  if (file.config && (keyClass.kind === 'token' || keyClass.kind === 'api-key') && isRepeatedRunFiller(value)) return;
  // The key CSRF tokens are signed with (Flask-WTF's `CSRF_SESSION_KEY`, `CSRF_SECRET`): a lower-case word there is a weak
  // value, as under a secret key's name, not a setting's word.
  const signsCsrf = words[0] === 'csrf' && CSRF_SIGNING.test(words.slice(1).join(' '));
  if (file.config && !commented) keep = keyClass.strength === 'password' ? isLiteralPassword(value, place, pair.quoted) : isLiteralToken(value, keyClass.kind === 'secret' || (place === 'deployed' && issuedTokenKey(words)), namesSecretKey(pair.key) || signs || signsCsrf, named, place) && !keyClass.digestKey;
  else keep = isPlausibleSecret(value, keyClass.strength, { digestKey: keyClass.digestKey, quoted: pair.quoted, secretKey: keyClass.kind === 'secret' && /secret/i.test(pair.key) });
  if (keep) out.push({ kind: keyClass.kind, start: pair.start, end: pair.end, value });
}

// scheme://user:password@host — the password stops at '@' and cannot hold '/', spaces or quotes.
// An unencoded '@' in the user or the password (`https://ops@corp.example:pa@ss@host`) is read as git does: the last '@' ends it.
// The user may be empty (`redis://:password@host`: Redis before ACLs has a password and no user).
// An SMB URI may name the workgroup before its user (CUPS' `smb://WORKGROUP/user:password@server/printer`).
// The host may be left out before a port: a listener on every address (gost's `-L socks5://user:password@:1080`).
const URL_CREDENTIALS = /\b([a-zA-Z][a-zA-Z0-9+.-]{1,30}):\/\/(?:(?<=[sS][mM][bB]:\/\/)[^\s:/"'<>@`]{1,64}\/(?=[^\s:/"'<>@`]{0,256}:[^\s/"'<>`]{1,512}@))?([^\s:/"'<>`]{0,256}):([^\s/"'<>`]{1,512})@(?=[^\s/"'<>@`:]+(?:[:/?#\s"'<>`]|$)|:\d{1,5}(?:[/?#\s"'<>`]|$))/g;
/** Whether `value` opens with a URL whose userinfo holds a password, as findConnectionSecrets reads it. */
function isUrlWithPassword(value: string): boolean {
  URL_CREDENTIALS.lastIndex = 0;
  const m = URL_CREDENTIALS.exec(value);
  URL_CREDENTIALS.lastIndex = 0;
  return m !== null && m.index === 0;
}
const AUTHORIZATION = /\b(Bearer|Basic|SSWS)\s+([A-Za-z0-9._~+/-]{16,}={0,2})|\bAuthorization:\s*(token)\s+([0-9a-f]{40})(?![\w:])|\b(PRIVATE-TOKEN|X-Vault-Token|X-Auth-Token|X-API-Key|Api-Key):\s*([A-Za-z0-9._~+/-]{20,}={0,2})/gi;

const EXAMPLE_USER = /fake|dummy|example|sample|placeholder/i;
/** A host of the second-level domains reserved for documentation (RFC 2606: `es1.example.com`). */
const EXAMPLE_DOMAIN = String.raw`(?:[\w-]+\.)*example\.(?:com|net|org)(?![\w.-])`;
const EXAMPLE_HOST = new RegExp(`^${EXAMPLE_DOMAIN}`, 'i');
const BEARER_HEX = /^[0-9a-f]{32,128}$/i;
/** A key only an ADO.NET, ODBC or JDBC connection string writes before its password (`Server=`, `Data Source=`, `User Id=`, `Initial Catalog=`). */
// (After `=` too: a connection string that is a variable's whole value, `POSTGRES_PASSWORD=Host=db;Username=app;Password=…;`.)
const CONNECTION_STRING_KEY = /(?:^|[;"'\s=])(?:Server|Data Source|Host|User ID|UID|Initial Catalog|Database|Driver)\s*=[^;"'\n]*;/i;
/** A connection string's first key and its `=` (`Host=db`, `Server=tcp:db,1433`, `Data Source=…`). */
const CONNECTION_STRING_START = /^(?:Server|Data Source|Host|User ID|UID|Initial Catalog|Database|Driver)\s*=/i;
/** `Password=…;` or `Pwd=…` in a connection string, up to its `;` or the string's end. */
const CONNECTION_STRING_PASSWORD = /(?:^|[;"'\s])(?:Password|Pwd)\s*=\s*([^;"'\s{}]+)(?=\s*(?:;|["'`]|$))/gi;
/** What both need on the line (one cheap test before theirs). */
const PASSWORD_EQUALS = /(?:password|passwd|pwd)\s*=/i;
/**
 * libpq's keyword/value connection string (`"host=db user=app password=… dbname=app"`: Go's `sql.Open("postgres", …)`, psycopg's
 * `connect("…")`, a `PG…` DSN): its `password=`, when another of its keywords is given beside it, each `key=value` separated by spaces.
 */
const LIBPQ_KEY = /(?:^|["'`\s])(?:host|hostaddr|dbname|user|port|sslmode|connect_timeout|application_name)=[^\s"'`=;&,()]+\s+(?![^\s=]+\s*,)/i;
const LIBPQ_PASSWORD = /(?:^|["'`\s])password=([^\s"'`;&,()]+)(?=[\s"'`]|$)/gi;
/** A libpq string's host reserved for documentation (RFC 2606: `host=sql.example.com`, Dovecot's commented example): the string's shape shown. */
const LIBPQ_EXAMPLE_HOST = new RegExp(`(?:^|\\s|["'\`])host=${EXAMPLE_DOMAIN}`, 'i');
/** A URL's `password=` query parameter. */
const QUERY_PASSWORD = /[?&;](?:password|passwd|pwd)=([^&#;"'`\s]+)/gi;
/**
 * The `password=` parameters findConnectionSecrets reads, each on a line that holds the rest of its string: an ADO.NET, ODBC or JDBC
 * connection string, a URL's query, libpq's string (not one whose host is reserved for documentation). The value as written, or decoded.
 */
const PASSWORD_PARAMETERS: readonly { pattern: RegExp; applies: (line: string) => boolean; decode: (raw: string) => string }[] = [
  { pattern: CONNECTION_STRING_PASSWORD, applies: (line) => CONNECTION_STRING_KEY.test(line), decode: (raw) => raw },
  { pattern: QUERY_PASSWORD, applies: (line) => /(?:\/\/|jdbc:)[^\s"'`]*[?&;][^\s"'`]*(?:password|passwd|pwd)=/i.test(line), decode: percentDecode },
  { pattern: LIBPQ_PASSWORD, applies: (line) => LIBPQ_KEY.test(line) && !LIBPQ_EXAMPLE_HOST.test(line), decode: (raw) => raw },
];
/** The password GitHub's token URLs take after the token (`x-oauth-basic`). */
const OAUTH_BASIC_PASSWORD = /^x-oauth-basic$/i;
/** `p@h1:5672,u:p@h2:5672`: a password, then a host list whose next entry has its own `user:`. */
const MULTI_HOST_PASSWORD = /^([^@]+)@[^\s@,/]+,[^\s@,/:]*:/;
function firstHostPassword(raw: string): string {
  return MULTI_HOST_PASSWORD.exec(raw)?.[1] ?? raw;
}

/** Passwords inside URLs and Authorization values: in any file. */
export function findConnectionSecrets(line: string, out: ValueSpan[], place: LiteralPlace = 'elsewhere', docs = false): void {
  // A password in a URL ends at an '@' after its '://' — unless the line runs a `sed` whose delimiter is `@`
  // (`sed -i "s@APP_URL=.*@APP_URL=http://$HOST:8000@g"`): there the `@` ends the replacement, and `$HOST:8000` is a host and its port.
  const scheme = line.indexOf('://');
  if (scheme >= 0 && line.indexOf('@', scheme) > 0 && sedDelimiter(line) !== '@') {
    URL_CREDENTIALS.lastIndex = 0;
    for (let m = URL_CREDENTIALS.exec(line); m; m = URL_CREDENTIALS.exec(line)) {
      const user = m[2] ?? '';
      // Several hosts, each with its user and password (oslo.messaging's `rabbit://u:p@h1:5672,u:p@h2:5672/`,
      // MongoDB's seed lists): the first host's password ends at its `@`, not at the last host's.
      const raw = firstHostPassword(m[3] ?? '');
      const password = percentDecode(raw);
      const start = m.index + m[0].length - (m[3] ?? '').length - 1;
      // `postgres:postgres@localhost` is the documented default of a local setup, not a chosen password,
      // except in deployed configuration, where the service runs with it.
      // In docs and example copies, `mysql://database_user:database_password@…` only names the parts.
      if (docs && isSelfDescribingName(password)) continue;
      // A user marked as made up (`redis://fakeuser:…@`), or a host of the second-level domains reserved for documentation
      // (RFC 2606: `es1.example.com`): an example of the URL's shape. (Outside a file that exists to hold the credential. The
      // `.example` top-level domain is left alone: it stands for a company's own hosts in written-out configurations.)
      if (place !== 'credential-file' && (EXAMPLE_USER.test(user) || EXAMPLE_HOST.test(line.slice(m.index + m[0].length)))) continue;
      // GitHub's fixed password when the token is the user (`https://${GITHUB_TOKEN}:x-oauth-basic@github.com/…`, as its docs write a
      // token's clone URL): the same words for every token, the token being the user's part, read there by its own rules.
      if (OAUTH_BASIC_PASSWORD.test(password)) continue;
      if ((place !== 'elsewhere' || password !== user) && isLiteralPassword(password, place)) out.push({ kind: 'url-password', value: password, start, end: start + raw.length });
    }
  }
  // A connection string's password inside a string of code (`"Server=db;User Id=sa;Password=…;"`, libpq's `"host=db user=app
  // password=…"`), and a URL's query parameter (`jdbc:mysql://db/app?user=app&password=…`): written in, whatever the file.
  if (PASSWORD_EQUALS.test(line)) {
    for (const { pattern, applies, decode } of PASSWORD_PARAMETERS) {
      if (!applies(line)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const raw = m[1] ?? '';
        const password = decode(raw);
        const start = m.index + m[0].length - raw.length;
        if (docs && isSelfDescribingName(password)) continue;
        if (isLiteralPassword(password, place)) out.push({ kind: 'password', value: password, start, end: start + raw.length });
      }
    }
  }
  if (line.includes('Bearer') || line.includes('Basic') || line.includes('SSWS') || /authorization:|token:|api-key:/i.test(line)) {
    AUTHORIZATION.lastIndex = 0;
    for (let m = AUTHORIZATION.exec(line); m; m = AUTHORIZATION.exec(line)) {
      // A header's scheme and value: `Bearer x`, `Basic x`, GitHub's `Authorization: token x` (a classic token: other services'
      // `Token id:secret` examples fill API docs), or a token header (`PRIVATE-TOKEN: x`).
      const scheme = m[1] ?? m[3] ?? m[5] ?? '';
      const raw = m[2] ?? m[4] ?? m[6] ?? '';
      const start = m.index + m[0].length - raw.length;
      if (m[1] !== undefined && m[1] !== 'Bearer' && m[1] !== 'Basic' && m[1] !== 'SSWS') continue; // `bearer` in prose: the scheme is case-sensitive
      // A challenge's parameter (`WWW-Authenticate: Bearer resource_metadata="…"`, `Bearer error="invalid_token"`): a name, not a token.
      if (/^[a-z]+(?:_[a-z]+)*=$/.test(raw) && line[start + raw.length] === '"') continue;
      if (scheme === 'SSWS') {
        // Okta's API token scheme: `00` and 40 characters.
        if (/^00[A-Za-z0-9_-]{40}$/.test(raw) && !isPlaceholderToken(raw, raw.slice(2))) out.push({ kind: 'bearer-token', value: raw, start, end: start + raw.length });
      } else if (scheme === 'Bearer' && BEARER_HEX.test(raw)) {
        // After `Bearer` a hex value is the token itself (Particle's, many APIs' 40-hex tokens), not a commit id.
        if (!isPlaceholderToken(raw)) out.push({ kind: 'bearer-token', value: raw, start, end: start + raw.length });
      } else if (scheme === 'Basic') {
        // Judged where the line stands: a weak pair in deployed configuration (`.gitconfig`'s `extraHeader`) is weak, not a stand-in.
        const password = passwordOfPair(base64Text(raw), place);
        if (password) out.push({ kind: 'bearer-token', value: password, start, end: start + raw.length });
      } else if (scheme.toLowerCase() === 'token' ? isLiteralToken(raw, true) : isPlausibleSecret(raw, 'token')) {
        // (GitHub's `token` scheme takes a classic token of 40 hex digits: not a commit id there.)
        out.push({ kind: 'bearer-token', value: raw, start, end: start + raw.length });
      }
    }
  }
}
