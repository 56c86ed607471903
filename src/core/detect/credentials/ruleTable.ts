// Every credential rule of the scan, as data: one entry per rule with its id (the finding's kind), its
// human names, where it applies (file paths), what it looks for (a token's shape, a line's shape, key
// names), how the value is judged, and samples that must and must not be found. Adding a format is one
// entry here with its samples; ruleTable.test.ts runs every sample.
//
// The principle ("context decides, not the value's looks"): where a file format or a key names a
// credential, any literal is a finding unless it is plainly not a value (empty, template or variable
// syntax, a secret-store reference, an explicit example marker) — a weak committed password is a
// credential to rotate. Entropy is only asked of generic assignments in ordinary source code.
//
// Samples are written with `«…»` slots in place of values (see test/fixtures/sampleValues.ts): no
// source file holds a value that looks real. In `hits`, every line holding a slot must yield a finding
// of the rule and no other line any finding; `misses` must yield no finding at all.
//
// Descriptions name the service, never a token's literal prefix: outputs must not carry the first
// characters of a value.

/**
 * How a value found by a rule is judged:
 * - `format`: the token's own shape is the evidence; only stand-ins (x's, runs, "example") are dropped.
 * - `literal`: the context names a credential; any literal counts unless plainly not a value.
 * - `hash`: a password hash; any hash of the shape counts unless it is a stand-in.
 * - `structure`: judged by the code that reads the structure (a PEM block, a key store's bytes).
 */
export type Judgement = 'format' | 'literal' | 'hash' | 'structure';

/** How the matched text is turned into the value that is judged and identified. */
export type Decoding = 'none' | 'base64' | 'base64-pair' | 'base64-pem' | 'percent';

export interface RuleName {
  en: string;
  'zh-CN': string;
}

/** `[path, text]`: a file's path and its text with value slots. */
export type RuleSample = readonly [string, string];

export interface CredentialRule {
  id: string;
  name: RuleName;
  /**
   * What finds it:
   * - `token`: `pattern` anywhere (group 1 or the whole match is the value);
   * - `line`: `pattern` on a line, the named group `v` is the value;
   * - `key`: a key/value pair (any assignment syntax the reader knows) whose key matches `keys`;
   * - `assignment`: the generic reader of `name = value` pairs, judged by the key's words (assignmentRules.ts);
   * - `structure`: read by code across lines or by file name (fileMatcher.ts, treeFiles.ts);
   * - `path`: the file's presence is the finding (its content is opaque): one finding per path that
   *   matches `files`, identified by rule and path, never by content.
   */
  find: 'token' | 'line' | 'key' | 'assignment' | 'structure' | 'path';
  /** Paths (lower-cased, `/`-separated) where the rule applies; absent: every file. */
  files?: RegExp;
  /** Literals (case-insensitive) one of which a line must hold for the rule to run. */
  keywords: readonly string[];
  /**
   * Characters one of which the line must also hold for the rule to run, when its pattern needs one
   * (url-password: the `@` that ends a URL's userinfo; a call's `,` before its second argument). `key`
   * and `assignment` rules need `=`, `:` or `>` (ASSIGNMENT_SIGNS) without saying so.
   */
  lineHolds?: string;
  pattern?: RegExp;
  keys?: RegExp;
  /** Characters of a token that are fixed by its format (left out of the stand-in test). */
  fixedPrefix?: number;
  /** Shape the (decoded) value must have. */
  shape?: RegExp;
  decode?: Decoding;
  judge: Judgement;
  /**
   * The file exists to hold this credential (.pgpass, .netrc, a client's saved sessions, a registry
   * login): a value that is the credential's own word (`password`) is a weak value there, not a stand-in.
   */
  credentialFile?: boolean;
  /**
   * A `key` rule's value is judged as a password whatever its key says (a client's saved `Pass`, a Wi-Fi
   * `psk`, an Erlang cookie): any literal but the plainly-not-values. Without it, a key that says `pass`
   * or `pwd` is a password's and any other a token's.
   */
  password?: boolean;
  /**
   * A `line` rule's value is a word of a shell command line: unquoted, a `;` glued to its end ends the command (the next one
   * follows), so it is no part of the value.
   */
  shellWord?: boolean;
  /** Extra check on the value (checksums, decodable parts). */
  accept?: (value: string) => boolean;
  hits: readonly RuleSample[];
  misses: readonly RuleSample[];
}

// Token edges: not glued to a longer run of token characters.
const L = '(?<![A-Za-z0-9_\\-])';
const R = '(?![A-Za-z0-9_\\-])';
const tokenPattern = (body: string) => new RegExp(`${L}(${body})${R}`, 'g');

/** Decodes base64url text; undefined when it is not valid. */
export function decodeBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return undefined;
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
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

function token(id: string, en: string, zh: string, keywords: readonly string[], body: string, fixedPrefix: number, hits: readonly RuleSample[], extra: Partial<CredentialRule> = {}): CredentialRule {
  return { id, name: { en, 'zh-CN': zh }, find: 'token', keywords, pattern: tokenPattern(body), fixedPrefix, judge: 'format', hits, misses: [], ...extra };
}

/** Mail and FTP clients' rc files (`.muttrc`, `.msmtprc`, `.fetchmailrc`): files that exist to hold a mailbox's login. */
export const RC_FILE = /(?:^|\/)(?:\.|_)?(?:msmtp|esmtp|fetchmail|mutt|neomutt|getmail|offlineimap|mbsync|isync|lftp|ncftp|s-nail|mail)rc$|(?:^|\/)\.?(?:muttrc|msmtprc|esmtprc|fetchmailrc)(?:\.[\w-]+)?$/;
const CONFIG_EXTENSION = '(?:ya?ml|json|xml|ini|conf|cfg|properties|toml|env|tfvars|tfstate)';

/** A CI pipeline's definition, whose steps are script lines (GitHub, Gitea and Forgejo workflows, GitLab, CircleCI, Buildkite, Drone, Woodpecker, Travis, Azure Pipelines, Bitbucket, Jenkins). */
const CI_PIPELINE_FILE = /(?:^|\/)(?:\.github\/workflows|\.gitea\/workflows|\.forgejo\/workflows|\.circleci|\.buildkite|\.woodpecker|\.gitlab\/ci)\/[^/]+\.ya?ml$|(?:^|\/)(?:\.gitlab-ci[\w.-]*\.ya?ml|\.travis\.ya?ml|\.drone\.ya?ml|\.woodpecker\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|bitbucket-pipelines\.ya?ml|jenkinsfile[\w.-]*)$/i;
/** An Ansible role's tasks and handlers, and playbooks by name: their `shell:` and `command:` lines are script lines. */
const ANSIBLE_TASKS_FILE = /(?:^|\/)(?:tasks|handlers)\/(?:[^/]+\/)*[^/]+\.ya?ml$|(?:^|\/)[\w.-]*playbook[\w.-]*\.ya?ml$/;
/**
 * Configurations whose lines hold the commands a daemon runs (batch 20): Nagios', Icinga 1's, Naemon's and Shinken's object files
 * and NRPE's (`command_line …`, `check_command check_http!-a …`, `command[name]=…`), Zabbix agents' `UserParameter=key,command`,
 * supervisord's `command=`, cron tables, systemd's service units (`ExecStart=`), Sensu's check definitions (`"command": "…"`):
 * their command lines are script lines.
 */
const COMMAND_CONFIG_FILE = /(?:^|\/)(?:nagios|naemon|icinga|shinken|nrpe)[^/]*\/(?:[^/]+\/)*[^/]+\.cfg$|(?:^|\/)nrpe[\w.-]*\.cfg$|(?:^|\/)zabbix[^/]*\/(?:[^/]+\/)*[^/]+\.conf$|(?:^|\/)userparameter[\w.-]*\.conf$|(?:^|\/)supervisord?\.conf$|(?:^|\/)supervisord?\/(?:[^/]+\/)*[^/]+\.(?:conf|ini)$|(?:^|\/)(?:crontab|cron\.(?:d|hourly|daily|weekly|monthly)\/[^/]+|crontabs\/[^/]+|[\w.-]+\.cron)$|\.service$|(?:^|\/)sensu[^/]*\/(?:[^/]+\/)*[^/]+\.(?:json|ya?ml)$/;
/** Scripts, and the files whose lines are script lines: build files, compose files, CI pipelines, Ansible's tasks, and the configurations above. */
const SCRIPT_LINE_FILES = new RegExp(`\\.(?:sh|bash|zsh|ksh|ps1|psm1|bat|cmd)$|(?:^|/)(?:dockerfile|containerfile|makefile|justfile)[^/]*$|(?:^|/)(?:docker-)?compose(?:[.-][\\w.-]+)?\\.ya?ml$|${CI_PIPELINE_FILE.source}|${ANSIBLE_TASKS_FILE.source}|${COMMAND_CONFIG_FILE.source}`);
/**
 * The last word of a setting's name that makes it a credential's (`db/password`, `apiToken`, `secret_access_key`), in the cases
 * names are written in (no `i` flag: a rule tells `dbPassword` from `password` by what comes before it).
 */
const SETTING_CREDENTIAL_WORD = '(?:[Pp]ass(?:word|wd|phrase)|PASS(?:WORD|WD|PHRASE)|[Ss]ecret(?:[_-]?[Aa]ccess)?(?:[_-]?[Kk]ey)?|SECRET(?:_ACCESS)?(?:_KEY)?|[Tt]oken|TOKEN|[Aa]pi[_-]?[Kk]ey|API_?KEY|[Pp]rivate[_-]?[Kk]ey|PRIVATE_KEY|_auth)';
/** Before a command's words on a script line, what makes them prose: a comment (`# set the …_TOKEN variable`), a message printed (`echo`, `Write-Host`). */
const SCRIPT_PROSE_BEFORE = '(?:^|\\s)(?:#|::|[Rr][Ee][Mm]\\s|echo\\b|printf\\b|Write-(?:Host|Output|Warning|Verbose)\\b)[^\\n]*';
/** A value a script gives as a word: not a variable, a command substitution, an option, a file (`@…`, `<…`) or a placeholder. */
const SCRIPT_WORD_VALUE = '[^\\s\'"$%`<\\\\^[(*{@-](?:[^\\s\'"`]*[^\\s\'"`.,:])?';

/**
 * More daemons whose directives name a password without `=` (directive-password): Apache's configuration and
 * `.htaccess` (mod_authnz_ldap's `AuthLDAPBindPassword`), tinyproxy (`BasicAuth user password`), vpnc
 * (`IPSec secret …`, `Xauth password …`), ifupdown's `/etc/network/interfaces` (`wpa-psk`, `wireless-key`, and ucarp's
 * `ucarp-password` for a virtual address shared by CARP) and
 * syslog-ng (`password("…")` in a destination).
 */
const DAEMON_DIRECTIVE_FILES = /(?:^|\/)(?:apache2?|httpd)\/(?:[^/]+\/)*[^/]+\.conf$|(?:^|\/)(?:apache2?|httpd)[\w.-]*\.conf$|(?:^|\/)\.htaccess$|(?:^|\/)tinyproxy(?:\/(?:[^/]+\/)*[^/]+)?\.conf$|(?:^|\/)vpnc(?:\/(?:[^/]+\/)*[^/]+)?\.conf$|(?:^|\/)network\/interfaces(?:\.d\/[^/]+)?$|(?:^|\/)syslog-ng(?:\/(?:[^/]+\/)*[^/]+)?\.conf$/;
// (Apache's `exec:` runs a program that prints the password, and syslog-ng's `` `name` `` is a variable @define sets: references, not values.)
const DAEMON_DIRECTIVE_VALUES = /^\s*AuthLDAPBindPassword\s+(?!"?exec:)(?<v1>"[^"]*"|[^\s"#]+)|^\s*BasicAuth\s+\S+\s+(?<v2>[^\s#]+)|^\s*(?:IPSec\s+secret|Xauth\s+password)\s+(?<v3>\S(?:.*\S)?)|^\s*(?:wpa-psk|wireless-key\d?|ucarp-password)\s+(?<v4>[^\s#]+)|\b(?:password|passwd)\(\s*(?:"(?!`)(?<v5>[^"]*)"|'(?<v6>[^']*)'|(?<v7>[^\s)"']+))\s*\)/;

export const CREDENTIAL_RULES: readonly CredentialRule[] = [
  // ---- provider tokens: the shape names the issuer ----
  token('aws-access-key-id', 'AWS access key ID (half of an access key pair)', 'AWS 访问密钥 ID（密钥对的一半）', ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}', 4, [['a.txt', 'id «lit:AKIA»«upper:16»']]),
  // AWS AppSync API keys: `da2-` and 26 lower-case letters and digits (sent as x-api-key to a GraphQL endpoint).
  token('aws-appsync-api-key', 'AWS AppSync API key', 'AWS AppSync API 密钥', ['da2-'], 'da2-[0-9a-z]{26}', 4, [['src/aws-exports.js', 'const config = { aws_appsync_apiKey: "«lit:da2-»«lower:26»" };']],
    { misses: [['src/aws-exports.js', 'const config = { aws_appsync_apiKey: process.env.APPSYNC_KEY }; // keys look like da2-…']] }),
  token('gcp-api-key', 'Google Cloud API key', 'Google Cloud API 密钥', ['AIza'], 'AIza[0-9A-Za-z_\\-]{35}', 4, [['maps.js', 'const k = "«lit:AIza»«alnum:35»";']]),
  // A Google OAuth 2.0 access token (an hour's access to the APIs its grant names), as client libraries save it beside a refresh token.
  token('google-oauth-access-token', 'Google OAuth access token', 'Google OAuth 访问令牌', ['ya29.'], 'ya29\\.[0-9A-Za-z_\\-]{30,}', 5,
    [['src/auth/google.ts', "const saved = { access_token: '«lit:ya29.»«alnum:120»' };"]], { misses: [['docs/oauth.md', 'Access tokens start with ya29. and expire; const t = `ya29.${token}`;']] }),
  token('google-oauth-client-secret', 'Google OAuth client secret', 'Google OAuth 客户端密钥', ['GOCSPX-'], 'GOCSPX-[0-9A-Za-z_\\-]{28}', 7, [['c.json', '{"s": "«lit:GOCSPX-»«alnum:28»"}']]),
  // Azure AD client secrets carry a `Q~` marker after three characters and a digit.
  token('azure-client-secret', 'Azure AD application client secret', 'Azure AD 应用客户端密钥', ['Q~'], '[0-9A-Za-z_.\\-]{3}\\dQ~[0-9A-Za-z_.~\\-]{31,34}', 0, [['a.env', 'X=«alnum:3»«lit:7Q~»«alnum:34»']]),
  token('github-token', 'GitHub personal access, OAuth, app or refresh token', 'GitHub 个人访问、OAuth、应用或刷新令牌', ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], 'gh[pousr]_[0-9A-Za-z]{36}|ghr_[0-9A-Za-z]{76}', 4,
    // A GitHub App's user refresh token is longer than the others (76 characters after its prefix).
    [['deploy.sh', 'export T=«lit:ghp_»«alnum:36»'], ['app/.env', 'GH_REFRESH=«lit:ghr_»«alnum:76»']]),
  token('github-fine-grained-token', 'GitHub fine-grained personal access token', 'GitHub 细粒度个人访问令牌', ['github_pat_'], 'github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}', 11, [['t.txt', '«lit:github_pat_»«alnum:22»_«alnum:59»']]),
  token('gitlab-token', 'GitLab access, deploy, trigger, runner or runner registration token', 'GitLab 访问、部署、触发器、Runner 或 Runner 注册令牌', ['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glft-', 'gloas-', 'glcbt-', 'GR1348941'], 'gl(?:pat|dt|ptt|rt|ft|oas|cbt)-[0-9A-Za-z_\\-]{20,}|GR1348941[0-9A-Za-z_\\-]{20}', 6, [['.gitlab-ci.yml', '    T: «lit:glpat-»«alnum:20»'],
    // A runner registration token (deprecated since GitLab 16, still accepted by older instances) carries a fixed nine-character prefix.
    ['ci/register.sh', 'gitlab-runner register --registration-token "«lit:GR1348941»«alnum:20»"']], { misses: [['ci/register.sh', 'gitlab-runner register --registration-token "$GR1348941_TOKEN"']] }),
  // A Docker swarm's join token (`docker swarm join-token worker` prints it): it lets any host join the swarm as a worker or a manager.
  token('docker-swarm-join-token', 'Docker swarm join token', 'Docker Swarm 加入令牌', ['SWMTKN-'], 'SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}', 9,
    [['ops/join.sh', 'docker swarm join --token «lit:SWMTKN-1-»«lower:50»-«lower:25» 10.0.0.10:2377']], { misses: [['ops/join.sh', 'docker swarm join --token "$(cat /run/secrets/swarm_token)" 10.0.0.10:2377'],
      // An API description's example of the value (Docker's own swagger.yaml, vendored by its clients).
      ['vendor/github.com/docker/docker/api/swagger.yaml', '      Worker:\n        type: "string"\n        example: "«lit:SWMTKN-1-»«lower:50»-«lower:25»"']] }),
  // Bot, user, app-level, configuration and rotating refresh tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`).
  token('slack-token', 'Slack bot, user, app, configuration or refresh token', 'Slack 机器人、用户、应用、配置或刷新令牌', ['xox'], '(?:xoxe\\.)?xox[abeoprs]-(?:\\d{1,2}-)?[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]{4,}){0,4}', 5, [
    ['notify.py', 'c = WebClient(token="«lit:xoxb-»«digits:12»-«digits:13»-«alnum:24»")'],
    ['slack.yml', 'refresh: «lit:xoxe.xoxp-1-»«alnum:140»'],
    ['slack.yml', 'refresh: «lit:xoxe-1-»«alnum:140»'],
    ['slack.yml', 'app: «lit:xoxa-2-»«alnum:60»'],
  ], { accept: (t) => t.length >= 30 }),
  // An RSA private key pasted without its PEM armour, as payment SDKs (Alipay, WeChat Pay) and Java configs take it:
  // base64 of PKCS#8 (`…IBADANBgkqhkiG9w0BAQEFAASC…`, rsaEncryption) or PKCS#1 DER, in a SQL row, a property, a YAML value.
  token('private-key-unarmored', 'Private key without PEM armour (base64 PKCS#8 or PKCS#1)', '无 PEM 包装的私钥（base64 PKCS#8 或 PKCS#1）', ['IBADANBgkqhkiG9w0BAQEFAASC', 'IBAAKC'],
    'MII[A-Za-z0-9+/]{3}(?:IBADANBgkqhkiG9w0BAQEFAASC|IBAAKC)[A-Za-z0-9+/]{300,12000}={0,2}', 32, [
      ['sql/shop.sql', "INSERT INTO `pay_config` VALUES (1, '2016091700000000', 'utf-8', '«raw:MIIEvAIBADANBgkqhkiG9w0BAQEFAASC»«b64:1580»', 'RSA2');"],
      ['src/main/resources/application.yml', 'pay:\n  merchant-private-key: «raw:MIIEowIBAAKC»«b64:1560»==']]),
  token('slack-webhook', 'Slack incoming webhook URL', 'Slack 传入 Webhook 地址', ['hooks.slack.com'], 'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_]{8,}/[A-Za-z0-9_]{8,}/[A-Za-z0-9_]{16,}', 30, [['s.json', '"u": "https://hooks.slack.com/services/T«upper:10»/B«upper:10»/«alnum:24»"']]),
  token('discord-webhook', 'Discord webhook URL', 'Discord Webhook 地址', ['/api/webhooks/'], 'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{16,20}/[A-Za-z0-9_\\-]{60,70}', 35, [['d.txt', 'https://discord.com/api/webhooks/«digits:18»/«alnum:68»']]),
  token('stripe-secret-key', 'Stripe live secret or restricted key', 'Stripe 生产环境密钥或受限密钥', ['_live_'], '(?:sk|rk)_live_[0-9A-Za-z]{20,}', 8, [['.env', 'S=«lit:sk_live_»«alnum:32»']]),
  token('stripe-webhook-secret', 'Stripe webhook signing secret', 'Stripe Webhook 签名密钥', ['whsec_'], 'whsec_[0-9A-Za-z]{32,}', 6, [['n.md', 'see «lit:whsec_»«alnum:32» here']]),
  token('npm-token', 'npm access token', 'npm 访问令牌', ['npm_'], 'npm_[0-9A-Za-z]{36}', 4, [['n.md', 'see «lit:npm_»«alnum:36» here']]),
  token('pypi-token', 'PyPI upload token', 'PyPI 上传令牌', ['pypi-'], 'pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_\\-]{50,}', 20, [['.pypirc', 'password = «lit:pypi-AgEIcHlwaS5vcmc»«alnum:70»']]),
  token('jwt', 'JSON Web Token', 'JSON Web Token（JWT）', ['eyJ'], 'eyJ[0-9A-Za-z_\\-]{8,}\\.eyJ[0-9A-Za-z_\\-]{8,}\\.[0-9A-Za-z_\\-]{16,}', 3, [], { accept: isRealJwt }),
  token('twilio-api-key', 'Twilio API key', 'Twilio API 密钥', ['SK'], 'SK[0-9a-f]{32}', 2, [['sms.rb', 'SID = "«lit:SK»«hex:32»"']]),
  // A Twilio auth token (32 hex digits, no prefix of its own) written beside its account SID: `Client("AC…", "…")`.
  token('twilio-auth-token', 'Twilio auth token (beside its account SID)', 'Twilio 认证令牌（与其账号 SID 同在）', ['"AC', "'AC"], '', 0, [['sms.py', 'client = Client("AC«hex:32»", "«hex:32»")']],
    { pattern: /["']AC[0-9a-f]{32}["']\s*,\s*["']([0-9a-f]{32})["']/g, misses: [['sms.py', 'client = Client("AC«hex:32»", os.environ["TWILIO_AUTH_TOKEN"])']] }),
  token('sendgrid-api-key', 'SendGrid API key', 'SendGrid API 密钥', ['SG.'], 'SG\\.[0-9A-Za-z_\\-]{22}\\.[0-9A-Za-z_\\-]{43}', 3, [['m.php', "new SendGrid('«lit:SG.»«alnum:22».«alnum:43»');"]]),
  // Mailgun's older private keys are `key-` and 32 lower-case letters and digits (not only hex); its current ones are
  // 32 hex, 8 hex and 8 hex joined by hyphens, a shape without a prefix, so only on a line that names Mailgun.
  token('mailgun-api-key', 'Mailgun API key', 'Mailgun API 密钥', ['key-', 'mailgun', 'Mailgun', 'MAILGUN'], 'key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}', 4, [['m.txt', 'k «lit:key-»«hex:32»'], ['deploy/app.env', 'MAILGUN_API_KEY=«hex:32»-«hex:8»-«hex:8»']],
    { misses: [['src/ui/keys.css', '.key-contentpanelheaderwrapperbox { color: red }']] }),
  token('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp API 密钥', ['-us'], '[0-9a-f]{32}-us\\d{1,2}', 0, [['m.txt', 'k «hex:32»«lit:-us6»']]),
  token('shopify-token', 'Shopify access token or shared secret', 'Shopify 访问令牌或共享密钥', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], 'shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}', 6, [['n.md', 'see «lit:shpat_»«hex:32» here']]),
  token('vault-token', 'HashiCorp Vault or Terraform Cloud token', 'HashiCorp Vault 或 Terraform Cloud 令牌', ['hvs.', 'hvb.', 's.CAES', 'atlasv1'], '(?:hvs\\.[0-9A-Za-z_\\-]{24,}|hvb\\.[0-9A-Za-z_\\-]{100,}|s\\.CAES[0-9A-Za-z_\\-]{80,}|[0-9A-Za-z]{14}\\.atlasv1\\.[0-9A-Za-z_\\-]{60,})', 4, [['n.md', 'see «lit:hvs.»«alnum:40» here'], ['vault.env', 'VAULT_TOKEN=«lit:hvb.»«alnum:160»'],
    // Before Vault 1.10 a service token carrying its namespace's data (protobuf, base64url) started `s.CAES`.
    ['ci/deploy.sh', 'vault-agent -vaultToken «lit:s.CAES»«alnum:100»']]),
  token('digitalocean-token', 'DigitalOcean token', 'DigitalOcean 令牌', ['_v1_'], 'do[opr]_v1_[0-9a-f]{64}', 7, [['n.md', 'see «lit:dop_v1_»«hex:64» here']]),
  // OpenAI keys embed the base64 of the company name between two random halves.
  token('openai-api-key', 'OpenAI API key', 'OpenAI API 密钥', ['sk-'], 'sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_\\-]{20,}T3BlbkFJ[0-9A-Za-z_\\-]{20,}', 3, [['n.md', 'see «lit:sk-proj-»«alnum:30»«lit:T3BlbkFJ»«alnum:30» here']]),
  token('anthropic-api-key', 'Anthropic API key', 'Anthropic API 密钥', ['sk-ant-'], 'sk-ant-(?:api|admin)\\d{2}-[0-9A-Za-z_\\-]{80,110}', 14, [['n.md', 'see «lit:sk-ant-api03-»«alnum:95» here']]),
  token('huggingface-token', 'Hugging Face access token', 'Hugging Face 访问令牌', ['hf_'], 'hf_[A-Za-z]{34}', 3, [['n.md', 'see «lit:hf_»«lower:17»«upper:17» here']]),
  token('square-token', 'Square access token or application secret', 'Square 访问令牌或应用密钥', ['sq0'], 'sq0(?:atp|csp)-[0-9A-Za-z_\\-]{22,43}', 7, [['n.md', 'see «lit:sq0atp-»«alnum:22» here']]),
  token('telegram-bot-token', 'Telegram bot token', 'Telegram 机器人令牌', [':AA'], '\\d{8,10}:AA[0-9A-Za-z_\\-]{33}', 0, [['n.md', 'see «digits:9»«lit::AA»«alnum:33» here']]),
  token('databricks-token', 'Databricks access token', 'Databricks 访问令牌', ['dapi'], 'dapi[0-9a-f]{32}(?:-\\d)?', 4, [['n.md', 'see «lit:dapi»«hex:32» here']]),
  token('postman-api-key', 'Postman API key', 'Postman API 密钥', ['PMAK-'], 'PMAK-[0-9a-f]{24}-[0-9a-f]{34}', 5, [['n.md', 'see «lit:PMAK-»«hex:24»-«hex:34» here']]),
  // Grafana's older API keys are base64 of a JSON object that starts with its key field (`{"k":"`).
  token('grafana-token', 'Grafana service account token or API key', 'Grafana 服务账号令牌或 API 密钥', ['glsa_', 'eyJrIjoi'], 'glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}|eyJrIjoi[0-9A-Za-z]{40,400}={0,2}', 5, [['n.md', 'see «lit:glsa_»«alnum:32»_«hex:8» here'], ['grafana.py', 'client = GrafanaClient("«lit:eyJrIjoi»«alnum:90»=", host=h)']]),
  // New Relic's keys carry a kind prefix (user, admin, Insights insert and query) or, for a license key, a suffix.
  token('newrelic-api-key', 'New Relic user, admin, Insights or license key', 'New Relic 用户、管理、Insights 或许可证密钥', ['NRAK-', 'NRAA-', 'NRII-', 'NRIQ-', 'NRAL'],
    'NRAK-[0-9A-Z]{27}|NRAA-[0-9a-f]{27}|NRI[IQ]-[0-9A-Za-z_\\-]{32}|(?:eu01xx[0-9a-f]{30}|[0-9a-f]{36})NRAL', 5, [['n.md', 'see «lit:NRAK-»«upper:27» here'], ['newrelic.yml', 'admin: «lit:NRAA-»«hex:27»'],
      ['metrics.js', 'insertKey: "«lit:NRII-»«alnum:32»",'], ['q.json', '"querykey": "«lit:NRIQ-»«alnum:32»"'], ['newrelic.yml', 'license_key: «hex:36»«lit:NRAL»'], ['values.yaml', '  license: «lit:eu01xx»«hex:30»«lit:NRAL»']]),
  token('age-secret-key', 'age encryption secret key', 'age 加密私钥', ['AGE-SECRET-KEY-'], 'AGE-SECRET-KEY-1[0-9A-Z]{58}', 16, [['n.md', 'see «lit:AGE-SECRET-KEY-1»«upper:58» here']]),
  // Doppler's tokens name their kind after `dp.`: CLI, personal, service (with its environment), service account, SCIM, audit.
  token('doppler-token', 'Doppler token', 'Doppler 令牌', ['dp.ct.', 'dp.pt.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    'dp\\.(?:ct|pt|sa|scim|audit|st(?:\\.[0-9A-Za-z_\\-]{1,35})?)\\.[0-9A-Za-z]{40,44}', 6, [['ci/deploy.sh', 'export DOPPLER_TOKEN=«lit:dp.st.prd.»«alnum:43»'], ['n.md', 'see «lit:dp.pt.»«alnum:43» here']], { misses: [['ci/deploy.sh', 'export DOPPLER_TOKEN=dp.st.prd.${DOPPLER_SECRET}\n# tokens look like dp.st.<env>.<43 characters>']] }),
  token('tavily-api-key', 'Tavily API key', 'Tavily API 密钥', ['tvly-'], 'tvly-(?:dev-|prod-)?[0-9A-Za-z]{32}', 5, [['.env', 'TAVILY_API_KEY=«lit:tvly-»«alnum:32»']], { misses: [['.env.example', 'TAVILY_API_KEY=tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']] }),
  token('sourcegraph-token', 'Sourcegraph access token', 'Sourcegraph 访问令牌', ['sgp_'], 'sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40}', 4, [['n.md', 'token «lit:sgp_»«hex:16»_«hex:40»'], ['src.sh', 'export SRC_ACCESS_TOKEN=«lit:sgp_»«hex:40»']], { misses: [['src.sh', 'export SRC_ACCESS_TOKEN=sgp_${TOKEN}  # sgp_ and 40 hex digits']] }),
  token('dependency-track-api-key', 'Dependency-Track API key', 'Dependency-Track API 密钥', ['odt_'], 'odt_[0-9A-Za-z]{32,40}', 4, [['Jenkinsfile', 'dependencyTrackPublisher(apiKey: "«lit:odt_»«alnum:32»")']], { misses: [['convert.py', 'def odt_to_pdf(path): return odt_converter_for_documents_with_tables(path)']] }),
  token('adafruit-io-key', 'Adafruit IO key', 'Adafruit IO 密钥', ['aio_'], 'aio_[0-9A-Za-z]{28}', 4, [['config.h', '#define IO_KEY "«lit:aio_»«alnum:28»"']], { misses: [['io.c', 'aio_read(&cb); aio_suspend_waiting_for_completion(list);']] }),
  token('crates-io-token', 'crates.io API token', 'crates.io API 令牌', ['cio'], 'cio[0-9A-Za-z]{32}', 3, [['.cargo/credentials.toml', '[registry]\ntoken = "«lit:cio»«alnum:32»"']], { misses: [['.cargo/credentials.toml', '[registry]\ntoken = "cioXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"']] }),
  // Pulumi Cloud access tokens (`pulumi login` keeps them in ~/.pulumi/credentials.json): `pul-` and 40 hex digits.
  token('pulumi-access-token', 'Pulumi access token', 'Pulumi 访问令牌', ['pul-'], 'pul-[0-9a-f]{40}', 4, [['.pulumi/credentials.json', '{"accessTokens": {"https://api.pulumi.com": "«lit:pul-»«hex:40»"}}'], ['ci/deploy.sh', 'export PULUMI_ACCESS_TOKEN=«lit:pul-»«hex:40»']]),
  // NuGet.org API keys: `oy2` and 43 lower-case letters and digits.
  token('nuget-api-key', 'NuGet API key', 'NuGet API 密钥', ['oy2'], 'oy2[a-z0-9]{43}', 3, [['publish.sh', 'dotnet nuget push pkg.nupkg --api-key «lit:oy2»«lower:43» -s https://api.nuget.org/v3/index.json']], { misses: [['publish.sh', 'dotnet nuget push pkg.nupkg --api-key $NUGET_API_KEY -s https://api.nuget.org/v3/index.json']] }),
  token('twitch-stream-key', 'Twitch stream key', 'Twitch 推流密钥', ['live_'], 'live_\\d{6,12}_[0-9A-Za-z]{30}', 5, [['obs.env', 'STREAM_KEY=«lit:live_»«digits:9»_«alnum:30»']], { misses: [['player.js', 'const live_stream_key_prefix = live_2024_season;']] }),
  token('stackhawk-api-key', 'StackHawk API key', 'StackHawk API 密钥', ['hawk.'], 'hawk\\.[0-9A-Za-z_\\-]{20}\\.[0-9A-Za-z_\\-]{20}', 5, [['.env', 'HAWK_API_KEY="«lit:hawk.»«alnum:20».«alnum:20»"']], { misses: [['stackhawk.yml', 'app:\n  host: hawk.example.internal']] }),
  // Azure DevOps personal access tokens since 2024: 84 characters with the `AZDO` signature four from the end.
  token('azure-devops-pat', 'Azure DevOps personal access token', 'Azure DevOps 个人访问令牌', ['AZDO'], '[0-9A-Za-z]{76}AZDO[0-9A-Za-z]{4}', 0, [['pipelines.tfvars', 'azure_devops_pat = "«alnum:76»«lit:AZDO»«alnum:4»"']], { misses: [['pipelines.tfvars', 'azure_devops_pat = "«alnum:52»«lit:AZDO»"']] }),
  // A Salesforce session or OAuth access token (`sf org display` prints it): the org's id (15 characters from `00D`), `!`, and the session part.
  token('salesforce-access-token', 'Salesforce session or access token', 'Salesforce 会话或访问令牌', ['00D'], '00D[0-9A-Za-z]{12}![0-9A-Za-z._]{80,}', 3,
    [['scripts/sfdx-login.sh', "export SF_ACCESS_TOKEN='«lit:00D»«alnum:12»«lit:!»«alnum:96»'"]], { lineHolds: '!', misses: [['config/org.json', '{"orgId": "«lit:00D»«alnum:12»", "note": "a token is the org id, !, and the session"}']] }),
  // ---- more issuers' prefixed tokens (formats as the issuers document them) ----
  token('docker-hub-token', 'Docker Hub personal or organization access token', 'Docker Hub 个人或组织访问令牌', ['dckr_pat_', 'dckr_oat_'], 'dckr_(?:pat|oat)_[0-9A-Za-z_\\-]{27}', 9, [['ci/push.sh', 'echo «lit:dckr_pat_»«alnum:27» | docker login -u ci --password-stdin']], { misses: [['ci/push.sh', 'echo "$DOCKERHUB_TOKEN" | docker login -u ci --password-stdin  # a dckr_pat_ token']] }),
  token('rubygems-api-key', 'RubyGems API key', 'RubyGems API 密钥', ['rubygems_'], 'rubygems_[0-9a-f]{48}', 9, [['.gem/credentials', '---\n:rubygems_api_key: «lit:rubygems_»«hex:48»']]),
  token('clojars-token', 'Clojars deploy token', 'Clojars 部署令牌', ['CLOJARS_'], 'CLOJARS_[0-9a-z]{60}', 8, [['n.md', 'see «lit:CLOJARS_»«digits:30»«lower:30» here']]),
  token('planetscale-token', 'PlanetScale service token, password or OAuth token', 'PlanetScale 服务令牌、数据库口令或 OAuth 令牌', ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], 'pscale_(?:tkn|pw|oauth)_[0-9A-Za-z_.\\-=]{32,64}', 10, [['.env', 'DATABASE_PASSWORD=«lit:pscale_pw_»«alnum:43»']]),
  token('supabase-token', 'Supabase personal access token', 'Supabase 个人访问令牌', ['sbp_'], 'sbp_[0-9a-f]{40}', 4, [['ci/deploy.sh', 'export SUPABASE_ACCESS_TOKEN=«lit:sbp_»«hex:40»']]),
  token('linear-api-key', 'Linear API key', 'Linear API 密钥', ['lin_api_'], 'lin_api_[0-9A-Za-z]{40}', 8, [['n.md', 'see «lit:lin_api_»«alnum:40» here']]),
  // Sentry's organization tokens carry base64 JSON (its claims) and a secret; user tokens are 64 hex digits.
  token('sentry-token', 'Sentry organization or user auth token', 'Sentry 组织或用户认证令牌', ['sntrys_', 'sntryu_'], 'sntrys_eyJ[0-9A-Za-z+/=_\\-]{50,}|sntryu_[0-9a-f]{64}', 7, [['.sentryclirc', '[auth]\ntoken=«lit:sntrys_eyJ»«b64:90»_«alnum:43»'], ['n.md', 'see «lit:sntryu_»«hex:64» here']]),
  token('brevo-api-key', 'Brevo (Sendinblue) API key', 'Brevo（Sendinblue）API 密钥', ['xkeysib-'], 'xkeysib-[0-9a-f]{64}-[0-9A-Za-z]{16}', 8, [['mail.php', "$key = '«lit:xkeysib-»«hex:64»-«alnum:16»';"]]),
  token('shippo-token', 'Shippo API token', 'Shippo API 令牌', ['shippo_live_', 'shippo_test_'], 'shippo_(?:live|test)_[0-9a-f]{40}', 12, [['n.md', 'see «lit:shippo_live_»«hex:40» here']]),
  token('easypost-api-key', 'EasyPost API key', 'EasyPost API 密钥', ['EZAK', 'EZTK'], 'EZ[AT]K[0-9A-Za-z]{54}', 4, [['n.md', 'see «lit:EZAK»«alnum:54» here']]),
  token('flutterwave-secret-key', 'Flutterwave secret key', 'Flutterwave 密钥', ['FLWSECK'], 'FLWSECK(?:_TEST)?-[0-9a-h]{32}-X', 8, [['n.md', 'see «lit:FLWSECK-»«hex:32»«lit:-X» here']]),
  token('frameio-token', 'Frame.io API token', 'Frame.io API 令牌', ['fio-u-'], 'fio-u-[0-9A-Za-z_\\-=]{64}', 6, [['n.md', 'see «lit:fio-u-»«alnum:64» here']]),
  token('typeform-token', 'Typeform personal access token', 'Typeform 个人访问令牌', ['tfp_'], 'tfp_[0-9A-Za-z_\\-.=]{59}', 4, [['n.md', 'see «lit:tfp_»«alnum:59» here']]),
  token('atlassian-api-token', 'Atlassian (Jira, Confluence) API token', 'Atlassian（Jira、Confluence）API 令牌', ['ATATT3'], 'ATATT3[0-9A-Za-z_\\-=]{186}', 6, [['jira.env', 'JIRA_API_TOKEN=«lit:ATATT3»«alnum:186»']]),
  token('bitbucket-app-password', 'Bitbucket app password', 'Bitbucket 应用口令', ['ATBB'], 'ATBB[0-9A-Za-z]{32}', 4, [['n.md', 'see «lit:ATBB»«alnum:32» here']]),
  // JFrog Artifactory: API keys (`AKCp`) and reference tokens (base64 of `reftkn:01:`).
  token('jfrog-token', 'JFrog Artifactory API key or reference token', 'JFrog Artifactory API 密钥或引用令牌', ['AKCp', 'cmVmdGtuOjAxOj'], 'AKCp[0-9A-Za-z]{69}|cmVmdGtuOjAxOj[0-9A-Za-z]{40,70}', 4, [['gradle.properties', 'artifactory_password=«lit:AKCp»«alnum:69»'], ['.jfrog/jfrog-cli.conf', '"accessToken": "«lit:cmVmdGtuOjAxOj»«alnum:50»"']]),
  token('mapbox-secret-token', 'Mapbox secret access token', 'Mapbox 私密访问令牌', ['sk.eyJ'], 'sk\\.eyJ1Ijoi[0-9A-Za-z_\\-]{20,}\\.[0-9A-Za-z_\\-]{22}', 3, [['n.md', 'see «lit:sk.eyJ1Ijoi»«alnum:40».«alnum:22» here']]),
  token('facebook-access-token', 'Facebook (Meta) access token', 'Facebook（Meta）访问令牌', ['EAA'], 'EAA[MC][0-9A-Za-z]{100,}', 4, [['n.md', 'see «lit:EAAM»«alnum:150» here']]),
  token('groq-api-key', 'Groq API key', 'Groq API 密钥', ['gsk_'], 'gsk_[0-9A-Za-z]{52}', 4, [['.env', 'GROQ_API_KEY=«lit:gsk_»«alnum:52»']]),
  token('replicate-token', 'Replicate API token', 'Replicate API 令牌', ['r8_'], 'r8_[0-9A-Za-z]{37}', 3, [['.env', 'REPLICATE_API_TOKEN=«lit:r8_»«alnum:37»']], { misses: [['asm.s', 'mov r8_saved, r8_temporary_register_value_x']] }),
  token('perplexity-api-key', 'Perplexity API key', 'Perplexity API 密钥', ['pplx-'], 'pplx-[0-9A-Za-z]{48}', 5, [['n.md', 'see «lit:pplx-»«alnum:48» here']]),
  token('xai-api-key', 'xAI API key', 'xAI API 密钥', ['xai-'], 'xai-[0-9A-Za-z]{80}', 4, [['n.md', 'see «lit:xai-»«alnum:80» here']]),
  token('openrouter-api-key', 'OpenRouter API key', 'OpenRouter API 密钥', ['sk-or-v1-'], 'sk-or-v1-[0-9a-f]{64}', 9, [['n.md', 'see «lit:sk-or-v1-»«hex:64» here']]),
  token('heroku-api-key', 'Heroku API key (2024 format)', 'Heroku API 密钥（2024 年格式）', ['HRKU-'], 'HRKU-AA[0-9A-Za-z_\\-]{58}', 7, [['n.md', 'see «lit:HRKU-AA»«alnum:58» here']]),
  token('onepassword-service-account-token', '1Password service account token', '1Password 服务账号令牌', ['ops_eyJ'], 'ops_eyJ[0-9A-Za-z+/]{250,}={0,3}', 7, [['.env', 'OP_SERVICE_ACCOUNT_TOKEN=«lit:ops_eyJ»«alnum:300»']]),
  token('dynatrace-token', 'Dynatrace API token', 'Dynatrace API 令牌', ['dt0c01.'], 'dt0c01\\.[0-9A-Z]{24}\\.[0-9A-Z]{64}', 7, [['n.md', 'see «lit:dt0c01.»«upper:24».«upper:64» here']]),
  token('prefect-api-key', 'Prefect API key', 'Prefect API 密钥', ['pnu_'], 'pnu_[0-9A-Za-z]{36}', 4, [['n.md', 'see «lit:pnu_»«alnum:36» here']]),
  token('readme-api-key', 'ReadMe API key', 'ReadMe API 密钥', ['rdme_'], 'rdme_[0-9a-z]{70}', 5, [['n.md', 'see «lit:rdme_»«digits:35»«lower:35» here']]),
  token('scalingo-token', 'Scalingo API token', 'Scalingo API 令牌', ['tk-us-'], 'tk-us-[0-9A-Za-z_\\-]{48}', 6, [['n.md', 'see «lit:tk-us-»«alnum:48» here']]),
  // Fly.io's current tokens are macaroons: `FlyV1 ` then one or more comma-joined `fm1r_`/`fm1a_`/`fm2_` parts in base64.
  token('flyio-token', 'Fly.io access token (fo1_ or a FlyV1 macaroon)', 'Fly.io 访问令牌（fo1_ 或 FlyV1 macaroon）', ['fo1_', 'FlyV1 fm'], 'fo1_[0-9A-Za-z_\\-]{43}|FlyV1 fm[12][ar]?_[0-9A-Za-z+/=_\\-]{40,}', 4, [['n.md', 'see «lit:fo1_»«alnum:43» here'], ['ci/deploy.yml', '  FLY_API_TOKEN: "«lit:FlyV1 fm2_»«alnum:120»"']],
    { misses: [['docs/deploy.md', 'Send `Authorization: FlyV1 $FLY_API_TOKEN` with each request.']] }),
  token('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', 'Cloudflare Origin CA 密钥', ['v1.0-'], 'v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}', 5, [['n.md', 'see «lit:v1.0-»«hex:24»-«hex:146» here']]),
  token('contentful-token', 'Contentful personal access token', 'Contentful 个人访问令牌', ['CFPAT-'], 'CFPAT-[0-9A-Za-z_\\-]{43}', 6, [['n.md', 'see «lit:CFPAT-»«alnum:43» here']]),
  token('langsmith-api-key', 'LangSmith API key', 'LangSmith API 密钥', ['lsv2_'], 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}', 8, [['.env', 'LANGCHAIN_API_KEY=«lit:lsv2_pt_»«hex:32»_«hex:10»']]),
  token('clickup-token', 'ClickUp personal API token', 'ClickUp 个人 API 令牌', ['pk_'], 'pk_\\d{6,10}_[0-9A-Z]{32}', 3, [['n.md', 'see «lit:pk_»«digits:8»_«upper:32» here']], { misses: [['views.py', 'lookup = pk_url_kwarg_for_the_detail_view_of_objects_12345678']] }),
  token('hubspot-private-app-token', 'HubSpot private app access token', 'HubSpot 私有应用访问令牌', ['pat-na1-', 'pat-eu1-'], 'pat-(?:na|eu)1-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 8, [['n.md', 'see «lit:pat-na1-»«uuid» here']]),
  token('infracost-api-key', 'Infracost API key', 'Infracost API 密钥', ['ico-'], 'ico-[0-9A-Za-z]{32}', 4, [['.github/workflows/infracost.yml', '          api-key: «lit:ico-»«alnum:32»']], { misses: [['web/index.html', '<link rel="icon" href="/favico-32x32-and-more-sizes-here.png">']] }),
  token('circleci-token', 'CircleCI personal API token', 'CircleCI 个人 API 令牌', ['CCIPAT_'], 'CCIPAT_[0-9A-Za-z]{22}_[0-9a-f]{40}', 7, [['n.md', 'see «lit:CCIPAT_»«alnum:22»_«hex:40» here']]),
  token('buildkite-token', 'Buildkite API access token', 'Buildkite API 访问令牌', ['bkua_'], 'bkua_[0-9a-f]{40}', 5, [['n.md', 'see «lit:bkua_»«hex:40» here']]),
  token('tailscale-key', 'Tailscale auth, API or OAuth client key', 'Tailscale 认证、API 或 OAuth 客户端密钥', ['tskey-'], 'tskey-(?:auth|api|client|scim|webhook)-[0-9A-Za-z]{8,}-[0-9A-Za-z]{20,}', 6, [['cloud-init.yaml', '  - tailscale up --authkey=«lit:tskey-auth-»«alnum:12»-«alnum:33»']], { misses: [['cloud-init.yaml', '  - tailscale up --authkey=${TS_AUTHKEY}  # tskey-auth-…']] }),
  // A Healthchecks check's ping URL (hc-ping.com, by its UUID or a project's ping key and a slug): whoever holds it can report the job
  // as done or failed, silencing the alert it exists for. (A self-hosted instance's `https://host/ping/<uuid>` is not read: Healthchecks'
  // own pages show such a URL as their example.)
  token('healthchecks-ping-url', 'Healthchecks ping URL', 'Healthchecks 心跳检测 URL', ['hc-ping.com/'], 'hc-ping\\.com/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9A-Za-z_-]{22}/[0-9a-z_-]{1,100})', 12, [['etc/cron.d/backup', '0 3 * * * root /usr/local/bin/backup.sh && curl -fsS https://«lit:hc-ping.com/»«uuid» >/dev/null']], { misses: [['docs/cron.md', 'curl -fsS https://hc-ping.com/your-uuid-here']] }),
  token('netlify-token', 'Netlify personal access token', 'Netlify 个人访问令牌', ['nfp_'], 'nfp_[0-9A-Za-z]{36}', 4, [['n.md', 'see «lit:nfp_»«alnum:36» here']]),
  token('deno-deploy-token', 'Deno Deploy access token', 'Deno Deploy 访问令牌', ['ddp_'], 'ddp_[0-9A-Za-z]{36}', 4, [['n.md', 'see «lit:ddp_»«alnum:36» here']]),
  token('render-api-key', 'Render API key', 'Render API 密钥', ['rnd_'], 'rnd_[0-9A-Za-z]{32}', 4, [['n.md', 'see «lit:rnd_»«alnum:32» here']]),
  token('notion-token', 'Notion integration token', 'Notion 集成令牌', ['ntn_'], 'ntn_[0-9A-Za-z]{40,50}', 4, [['n.md', 'see «lit:ntn_»«alnum:46» here']]),
  token('figma-token', 'Figma personal access token', 'Figma 个人访问令牌', ['figd_'], 'figd_[0-9A-Za-z_\\-]{38,48}', 5, [['n.md', 'see «lit:figd_»«alnum:40» here']]),
  // Microsoft Teams incoming webhooks: the old Office 365 address and the per-tenant `webhook.office.com` one.
  // Vault's unseal keys (Shamir shares of the master key) as `vault operator init` prints them and as `vault operator unseal` takes them.
  // Its JSON and YAML output (`-format=json`, saved as `cluster-keys.json` in HashiCorp's own tutorial) lists the shares under
  // `unseal_keys_b64`/`unseal_keys_hex` (`recovery_keys_*` for an auto-unsealed Vault): a list on one line is read here, one
  // share a line by the file reader (fileMatcher.ts).
  { id: 'vault-unseal-key', name: { en: 'HashiCorp Vault unseal or recovery key', 'zh-CN': 'HashiCorp Vault 解封或恢复密钥' }, find: 'line', keywords: ['unseal', 'recovery_keys'],
    pattern: /\bUnseal Key(?: \d{1,2})?:\s*(?<v>[A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])|\bvault\s+operator\s+unseal\s+(?:-\S+\s+)*["']?(?<v1>[A-Za-z0-9+/]{43,44}={0,2})(?![A-Za-z0-9+/=])|"(?<v2>[A-Za-z0-9+/]{43,44}={0,2}|[0-9a-f]{64,66})"(?<="(?:unseal|recovery)_keys(?:_b64|_hex)?"\s*:\s*\[[^\]\n]*)/g, judge: 'format',
    hits: [['docs/vault-init.txt', 'Unseal Key 1: «b64:44»\nUnseal Key 2: «b64:44»'], ['ops/unseal.sh', 'kubectl -n vault exec vault-0 -- vault operator unseal «b64:44»'],
      ['vault/cluster-keys.json', '{\n  "unseal_keys_b64": [\n    "«b64:44»",\n    "«b64:44»"\n  ],\n  "unseal_keys_hex": [\n    "«hex:66»"\n  ],\n  "unseal_shares": 2,\n  "unseal_threshold": 2\n}'],
      ['vault/init.yaml', 'recovery_keys_b64:\n- «b64:44»\n- «b64:44»\nrecovery_keys_shares: 2'], ['vault/init.json', '{"unseal_keys_b64":["«b64:44»","«b64:44»"],"unseal_threshold":1}']],
    misses: [['ops/unseal.sh', 'vault operator unseal "$UNSEAL_KEY_1"\nvault operator unseal -migrate\necho "Unseal Key 1: <key>"'],
      ['vault/init.json', '{\n  "unseal_keys_b64": [],\n  "recovery_keys_b64": [\n    "{{ recovery_key }}"\n  ],\n  "unseal_shares": 5\n}']] },
  // The initial root token the same output gives (`"root_token": "hvs.…"`): a Vault token by its prefix, any length (a dev
  // server's is chosen by hand), under the name Vault gives it.
  { id: 'vault-root-token', password: true, name: { en: 'HashiCorp Vault root token (vault operator init output)', 'zh-CN': 'HashiCorp Vault 根令牌（vault operator init 的输出）' }, find: 'key', keywords: ['root_token'], keys: /^(?:root_token|initial_root_token)$/i, shape: /^(?:hvs|hvb|hvr|s|b)\.[A-Za-z0-9_-]+$/, judge: 'literal',
    hits: [['vault/cluster-keys.json', '{\n  "unseal_shares": 1,\n  "root_token": "«lit:hvs.»«alnum:12»"\n}'], ['vault/init.yaml', 'root_token: «lit:s.»«alnum:8»']],
    misses: [['vault/init.json', '{"root_token": "{{ vault_root_token }}"}'], ['parser.py', 'root_token = tokens[0]']] },
  // A .netrc entry written on one line elsewhere (a CI script that writes ~/.netrc, a README): `machine … login … password …`.
  { id: 'netrc-entry-password', name: { en: '.netrc entry password outside a .netrc file', 'zh-CN': '.netrc 文件之外的 .netrc 条目口令' }, find: 'line', files: /^(?!(?:.*\/)?[._]?netrc$)(?!(?:.*\/)?apt\/auth\.conf(?:\.d\/[^/]+)?$)/, keywords: ['machine'],
    pattern: /\bmachine\s+[\w.-]+\s+login\s+\S+\s+password\s+(?<v>"[^"\n]*"|[^\s"'`]+)/g, judge: 'literal',
    hits: [['ci/publish.sh', 'echo "machine api.corp.example login ci password «alnum:24»" > ~/.netrc']],
    misses: [['ci/publish.sh', 'echo "machine api.corp.example login ci password $API_TOKEN" > ~/.netrc\nprintf \'machine %s login %s password %s\\n\' "$HOST" "$USER" "$PASS" > ~/.netrc']] },
  token('msteams-webhook', 'Microsoft Teams incoming webhook URL', 'Microsoft Teams 传入 Webhook 地址', ['IncomingWebhook/'],
    'https://(?:[0-9A-Za-z\\-]+\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/[0-9a-f\\-]{36}@[0-9a-f\\-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\\-]{36}(?:/[0-9A-Za-z_\\-]+)?', 30,
    [['notify.sh', 'curl -d @msg.json https://outlook.office.com/webhook/«uuid»@«uuid»/IncomingWebhook/«hex:32»/«uuid»'], ['alerts.yaml', '  url: https://corp.webhook.office.com/webhookb2/«uuid»@«uuid»/IncomingWebhook/«hex:32»/«uuid»/«alnum:40»']], { misses: [['docs/teams.md', 'The URL looks like https://outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>']] }),
  // Password hashes, recognised by their shape wherever they are: passwd/shadow/htpasswd lines, SQL
  // dumps, seeds. (A hash lets anyone test guesses offline; a weak password falls at once.)
  // htpasswd's and LDAP's `{SHA}`/`{SSHA}` (base64 of a SHA-1 digest, salted or not) are hashes of the same kind.
  token('password-hash', 'Password hash (crypt, bcrypt, argon2, phpass, SHA)', '口令哈希（crypt、bcrypt、argon2、phpass、SHA）', ['$1$', '$2a$', '$2b$', '$2x$', '$2y$', '$5$', '$6$', '$apr1$', '$argon2', '$P$', '$H$', '$y$', '$7$', '{SHA}', '{SSHA}', '{SHA256}', '{SSHA256}', '{SHA512}', '{SSHA512}', 'pbkdf2_sha', '$shiro1$', 'SCRAM-SHA-256$', "'*", '"*', '$8$', '$9$', 'superDigest=', 'grub.pbkdf2'],
    'grub\\.pbkdf2\\.sha512\\.\\d+\\.[0-9A-F]{32,}\\.[0-9A-F]{64,}|\\$7\\$\\d{2,7}\\$[A-Za-z0-9+/]{16,24}={0,2}\\$[A-Za-z0-9+/]{86}==|\\$6\\$[A-Za-z0-9+/]{16,24}={0,2}\\$[A-Za-z0-9+/]{86}==|(?<=superDigest=[^\\s:"\']{1,64}:)[A-Za-z0-9+/]{27}=|pbkdf2_sha(?:1|256|512)\\$\\d{3,7}\\$[A-Za-z0-9./+]{4,64}\\$[A-Za-z0-9+/]{20,}={0,2}|(?<=[\'"])\\*[0-9A-F]{40}|SCRAM-SHA-256\\$\\d+:[A-Za-z0-9+/]{8,}={0,2}\\$[A-Za-z0-9+/]{20,}={0,2}:[A-Za-z0-9+/]{20,}={0,2}|\\{S?SHA(?:256|512)?\\}[A-Za-z0-9+/]{27,}={0,2}|\\$(?:shiro1\\$SHA-(?:1|256|384|512)\\$\\d+\\$[A-Za-z0-9+/]*={0,2}\\$[A-Za-z0-9+/]{27,}={0,2}|2[abxy]?\\$\\d{2}\\$[./0-9A-Za-z]{53}|apr1\\$[./0-9A-Za-z]{1,8}\\$[./0-9A-Za-z]{22}|1\\$[./0-9A-Za-z]{1,8}\\$[./0-9A-Za-z]{22}|[56]\\$(?:rounds=\\d+\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{43,86}|argon2(?:id|i|d)\\$v=\\d+\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{16,}|[PH]\\$[./0-9A-Za-z]{31}|y\\$[./0-9A-Za-z]+\\$[./0-9A-Za-z]{1,86}\\$[./0-9A-Za-z]{43}|7\\$[./0-9A-Za-z]{14,}\\$[./0-9A-Za-z]{43}|[89]\\$[./0-9A-Za-z]{14}\\$[./0-9A-Za-z]{43})', 3,
    [
      ['backup/etc/shadow', 'root:$6$«alnum:16»$«alnum:86»:19000:0:99999:7:::'],
      ['legacy/passwd.bak', 'alice:$6$«alnum:8»$«alnum:86»:18000:0:99999:7:::'],
      ['nginx/.htpasswd', 'ops:$apr1$«alnum:8»$«alnum:22»'],
      ['db/dump.sql', "INSERT INTO `users` VALUES (1,'ops','$2y$10$«alnum:53»','ops@corp.example');"],
      ['db/wp.sql', "INSERT INTO `wp_users` VALUES (1,'admin','$P$B«alnum:30»');"],
      ['seed.txt', 'u:$argon2id$v=19$m=65536,t=3,p=4$«b64:22»$«b64:43»'],
      ['conf.d/users.htpasswd', 'report:{SHA}«b64:27»='], ['ldap/users.ldif', 'userPassword: {SSHA}«b64:32»'],
      // Django's PBKDF2 hashes, MySQL's native (`*` and 40 upper-case hex digits, as mysql.user rows and `IDENTIFIED BY
      // PASSWORD` keep them), Apache Shiro's (Nexus), PostgreSQL's SCRAM verifiers (pg_dumpall).
      ['db/site.sql', "INSERT INTO `auth_user` VALUES (1,'pbkdf2_sha256$260000$«alnum:22»$«b64:43»=','2021-01-01',1,'admin');"],
      ['db/mysql.sql', "INSERT INTO mysql.user VALUES ('localhost','root','*«uhex:40»','Y');"], ['nexus/security.xml', '<password>$shiro1$SHA-512$1024$«b64:24»$«b64:86»==</password>'],
      ['db/roles.sql', "ALTER ROLE replicator WITH REPLICATION LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64:24»$«b64:44»:«b64:44»';"],
      // Cisco IOS type 8 (PBKDF2-SHA256) and type 9 (scrypt) secrets in a device's saved configuration.
      ['network/core-sw1.cfg', 'username ops privilege 15 secret 9 $9$«alnum:14»$«alnum:43»'], ['network/edge-r1.cfg', 'enable secret 8 $8$«alnum:14»$«alnum:43»'],
      // mosquitto_passwd's PBKDF2-SHA512 (`$7$` and its iterations) and older SHA-512 (`$6$`) lines, salt and hash in standard
      // base64, the 64-byte hash padded with `==` (crypt's own `$6$` writes `./` and no padding); ZooKeeper's super user digest (base64 of SHA-1 of `super:password`) given to the server on its command line.
      ['etc/mosquitto/passwd', 'sensor:$7$101$«b64:16»$«b64:86»==\ngateway:$6$«b64:16»$«b64:86»=='],
      ['zookeeper/conf/java.env', 'SERVER_JVMFLAGS="-Dzookeeper.DigestAuthenticationProvider.superDigest=super:«b64:27»="'],
      // GRUB's boot menu password (`grub-mkpasswd-pbkdf2`: iterations, salt and hash in upper-case hex).
      ['etc/grub.d/40_custom', 'set superusers="root"\npassword_pbkdf2 root grub.pbkdf2.sha512.10000.«uhex:128».«uhex:128»'],
    ],
    // A hash marked fake by whoever wrote it (a test user's file) is a stand-in.
    // (The SHA-crypt specification's test vectors, known by the salts it chose, in every copy of its reference code.)
    { misses: [['docs/hash.md', 'bcrypt hashes start with `$2b$` and a cost such as `$2b$12$`.'], ['jenkins/users/ops/config.xml', '<passwordHash>#jbcrypt:$2a$10$fake«alnum:49»</passwordHash>'],
      ['lib/sha256crypt.c', '  { "$5$rounds=10000$saltstringsaltstring", "Hello world!",\n    "$5$rounds=10000$saltstringsaltst$«alnum:43»" },']] }),

  // ---- credential file formats: the file says where the secret is ----
  // An htpasswd file: `user:hash` on each line, or `user:password` where the server takes plain text (on Windows
  // and NetWare): whatever follows the user is the credential. Hashes of a known shape stay password-hash findings.
  { id: 'htpasswd-entry', credentialFile: true, name: { en: 'User entry of an htpasswd file (password or hash)', 'zh-CN': 'htpasswd 文件的用户条目（口令或哈希）' }, find: 'line',
    files: /(?:^|\/)\.?htpasswd$|\.htpasswd$/, keywords: [], pattern: /^[^:\s#][^:\s]*:(?<v>[^\s$][^\s]*)\s*$/g, judge: 'literal',
    hits: [['nginx/.htpasswd', 'ops:«pw»\nreport:«lit:Report2021»'], ['conf/.htpasswd', 'alice:$apr1$«alnum:8»$«alnum:22»\nbob:«pw»']],
    misses: [['nginx/.htpasswd', '# user:password\nops:\nguest\nci:{{ htpasswd_ci }}'], ['docs/htpasswd.md', 'ops:«pw»']] },
  { id: 'pgpass-password', credentialFile: true, name: { en: 'PostgreSQL password file entry', 'zh-CN': 'PostgreSQL 口令文件条目' }, find: 'structure', files: /(?:^|\/)\.?pgpass(?:\.conf)?$/, keywords: [], judge: 'literal',
    hits: [['ops/.pgpass', 'db.internal:5432:payments:app:«pw»'], ['db/.pgpass', 'localhost:5432:*:postgres:«lit:postgres1»'], ['db/.pgpass', '#host:port:db:user:password\nlocalhost:5432:app:root:«lit:password»']], misses: [['ops/.pgpass', 'db.internal:5432:*:app:*\n# host:port:db:user:password']] },
  // MySQL's login path file always holds credentials (`mysql_config_editor set --password`); its
  // content is obfuscated (AES with the key stored beside it), so it is not decoded: the file is the finding.
  { id: 'mysql-login-path-file', name: { en: 'MySQL login path file (.mylogin.cnf, stored credentials)', 'zh-CN': 'MySQL 登录路径文件（.mylogin.cnf，保存的凭据）' }, find: 'path', files: /(?:^|\/)\.mylogin\.cnf$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  { id: 'netrc-password', credentialFile: true, name: { en: '.netrc login password (and APT\'s auth.conf, in the same format)', 'zh-CN': '.netrc 登录口令（及同一格式的 APT auth.conf）' }, find: 'line', files: /(?:^|\/)[._]?netrc$|(?:^|\/)apt\/auth\.conf(?:\.d\/[^/]+)?$/, keywords: ['password', 'passwd'], pattern: /\b(?:password|passwd)\s+(?<v>"[^"]*"|\S+)/g, judge: 'literal',
    hits: [['ops/.netrc', 'machine api.corp.example login bot password «pw»'], ['.netrc', 'machine smtp.corp.example\n  login ops\n  password «lit:ops2019»'],
      // APT's logins for its sources (`/etc/apt/auth.conf`, `auth.conf.d/*.conf`): netrc's format, a repository path after the host.
      ['etc/apt/auth.conf.d/corp.conf', 'machine apt.corp.example/debian\nlogin ops\npassword «pw»'], ['etc/apt/auth.conf', 'machine apt.corp.example login ops password «lit:apt2020»']],
    misses: [['.netrc', 'machine h login u password $NETRC_PASSWORD'], ['etc/apt/auth.conf.d/corp.conf', 'machine apt.corp.example\nlogin ops\npassword {{ apt_repo_password }}'],
      ['roles/apt/templates/etc/apt/auth.conf.d/repo.conf.j2', "{{ 'machine {} login {} password {}'.format(item.machine, item.login, item.password) }}"]] },
  { id: 'mail-client-password', credentialFile: true, name: { en: 'Password in a mail or FTP client rc file (msmtp, esmtp, fetchmail, mutt)', 'zh-CN': '邮件或 FTP 客户端配置文件（msmtp、esmtp、fetchmail、mutt）中的口令' }, find: 'line', files: RC_FILE, keywords: ['pass'],
    // Directive names in any case (isync's `Pass`), and `pass` glued to which side's mailbox it is (OfflineIMAP's `remotepass`).
    pattern: /(?:^|\s)(?:remote|local)?(?:password|passwd|pass)\s+(?:=\s*)?(?<v>"[^"]*"|'[^']*'|[^\s"'#;]+)/gi, judge: 'literal',
    hits: [['home/ops/.msmtprc', 'account default\nhost smtp.corp.example\npassword «lit:alerts2020»'], ['.esmtprc', 'hostname = smtp.corp.example:25\nusername = "ops"\npassword = "«pw»"'], ['.fetchmailrc', 'poll mail.corp.example protocol pop3 user "ops" password "«lit:mail-ops»"'], ['.esmtprc', 'password "«lit:password»"'],
      ['.mbsyncrc', 'IMAPAccount work\nHost imap.corp.example\nUser ops@corp.example\nPass «pw»\nSSLType IMAPS'], ['.offlineimaprc', '[Repository Remote]\ntype = IMAP\nremoteuser = ops\nremotepass = «pw»']],
    misses: [['.msmtprc', 'passwordeval "gpg -d ~/.mail.gpg"\npassword ""'], ['.mbsyncrc', 'PassCmd "pass show mail/work"'], ['.offlineimaprc', 'remotepasseval = get_pass("work")\nremotepassfile = ~/.mailpass']] },
  { id: 'docker-registry-auth', credentialFile: true, name: { en: 'Container registry credentials (Docker config auths)', 'zh-CN': '容器镜像仓库凭据（Docker 配置 auths）' }, find: 'line', keywords: ['"auth"'], pattern: /"auth"\s*:\s*"(?<v>[A-Za-z0-9+/]{8,}={0,2})"/g, decode: 'base64-pair', judge: 'literal',
    hits: [['.docker/config.json', '      "auth": "«b64of:robot:{pw}»"'], ['.dockercfg', '{"https://index.docker.io/v1/":{"auth":"«b64of:admin:admin»","email":"ops@corp.example"}}']], misses: [['.docker/config.json', '"auth": ""']] },
  { id: 'npmrc-auth', credentialFile: true, name: { en: 'npm or Yarn registry credentials', 'zh-CN': 'npm 或 Yarn 仓库凭据' }, find: 'line', files: /(?:^|\/)\.?(?:npmrc|yarnrc(?:\.yml)?)$/, keywords: ['_auth', '_password', 'npmauth'],
    pattern: /(?:^|[:\s])(?<k>_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*["']?(?<v>[^\s"']+)/g, judge: 'literal',
    hits: [['.npmrc', '//npm.corp.example/:_authToken=«alnum:36»'], ['.npmrc', '//registry.npmjs.org/:_authToken=«uuid»'], ['.npmrc', '_auth=«b64of:ci:{pw}»']], misses: [['.npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}']] },
  // Sentinel's `auth-pass <master> <password>` and `sentinel-pass` too.
  { id: 'redis-password', credentialFile: true, name: { en: 'Redis server password (requirepass, masterauth, sentinel)', 'zh-CN': 'Redis 服务口令（requirepass、masterauth、sentinel）' }, find: 'line', keywords: ['requirepass', 'masterauth', 'auth-pass', 'sentinel-pass'],
    // (A field may be a template's expression with spaces, `{{ master_name }}`.)
    pattern: /^\s*(?:(?:requirepass|masterauth)\s+(?<v>"[^"]*"|\{\{.*?\}\}|\S+)|sentinel\s+(?:auth-pass\s+(?:\{\{.*?\}\}|\S+)|sentinel-pass)\s+(?<p>"[^"]*"|\{\{.*?\}\}|\S+))/g, judge: 'literal',
    hits: [['redis.conf', 'bind 127.0.0.1\nrequirepass «lit:redis123»'], ['conf/redis-6379.conf', 'masterauth «pw»'], ['sentinel.conf', 'sentinel monitor m 10.0.0.7 6379 2\nsentinel auth-pass m «lit:redis2020»']],
    // A chart's value its start-up script replaces with the real one (`replace-default-auth`): a marker.
    misses: [['redis.conf', '# requirepass foobared'], ['charts/redis-ha/templates/redis-ha-configmap.yaml', '    requirepass replace-default-auth\n    sentinel auth-pass mymaster replace-default-auth'],
      ['templates/sentinel.conf.j2', 'sentinel monitor {{ shop_master }} 10.0.0.7 6379 2\nsentinel auth-pass {{ shop_master_name }} {{ shop_master_password }}\nrequirepass {{ shop_redis_password }}']] },
  // Redis 6 ACL users, in redis.conf or an ACL file: `user <name> on >password ~keys +@commands`. No
  // keyword (a line starts with `user`): the rule reads every line of those files only.
  { id: 'redis-acl-password', credentialFile: true, name: { en: 'Redis ACL user password', 'zh-CN': 'Redis ACL 用户口令' }, find: 'line', files: /(?:^|\/)(?:[^/]*redis[^/]*\.conf|[^/]*\.acl)$/, keywords: [],
    pattern: /^\s*user\s+\S+\s+(?:[^\s>#]+\s+)*?(?:>(?<v>[^\s"]+)|#(?<v1>[0-9a-f]{64})(?!\S))/g, judge: 'literal',
    hits: [['users.acl', 'user worker on >«alnum:20» ~jobs:* +@all'], ['redis/users.acl', 'user metrics on #«hex:64» ~* +info'], ['redis/redis.conf', 'user ops on #«hex:64» >«lit:ops2021» ~* +@all']],
    misses: [['redis.conf', 'user default on nopass ~* +@all\n# user worker on >password ~* +@all'], ['docs/users.md', 'user worker on >«alnum:20» ~jobs:* +@all']] },
  // Second round (the probe of batch 20, not held out): the same ACL rule given to a server by `ACL SETUSER name … >password` (redis-cli,
  // a client's call, a script), in any file. `>$VAR` is not a value.
  { id: 'redis-acl-setuser-password', name: { en: 'Redis ACL user password set by ACL SETUSER', 'zh-CN': '由 ACL SETUSER 设置的 Redis ACL 用户口令' }, find: 'line', keywords: ['setuser'],
    pattern: /\bACL\s+SETUSER\s+["']?[^\s"']+["']?\s+(?:["']?[^\s>"']+["']?\s+)*?["']?>(?<v>[^\s"'$][^\s"']*)/gi, judge: 'literal',
    hits: [['redis/acl-bootstrap.sh', "redis-cli -h cache.corp.example ACL SETUSER app on '>«pw»' '~app:*' '+@all'"], ['ops/acl.redis', 'ACL SETUSER worker on >«lit:worker2021» ~jobs:* +@all']],
    misses: [['redis/acl-bootstrap.sh', "redis-cli ACL SETUSER app on \">$APP_PASSWORD\" '~app:*'\nredis-cli ACL SETUSER app off\nredis-cli ACL SETUSER metrics on nopass ~* +info"]] },
  // rancid's router logins (`.cloginrc`, read by clogin, jlogin and the rest): `add password <host glob> {login} {enable}`,
  // each a Tcl word (in braces or bare), `add enapassword <host glob> {enable}` the enable one alone. The second
  // password of a line is read by the second form, which starts at the brace that closes the first (left unread by it).
  { id: 'cloginrc-password', credentialFile: true, name: { en: 'Router login or enable password in a rancid .cloginrc', 'zh-CN': 'rancid .cloginrc 中的路由器登录或 enable 口令' }, find: 'line',
    files: /(?:^|\/)\.?cloginrc$/, keywords: ['password'],
    pattern: /^\s*add\s+(?:ena)?password\s+\S+\s+(?:\{(?<v>[^}\n]*)(?=\})|(?<v1>[^\s{}]+))|\}[ \t]+\{(?<p>[^}\n]*)\}/g, judge: 'literal',
    hits: [['rancid/.cloginrc', 'add user core1.corp.example ops\nadd password core1.corp.example {«pw»} {«lit:enable2019»}'], ['home/rancid/.cloginrc', 'add password *.corp.example «pw»'],
      ['.cloginrc', 'add password edge1 {«lit:router1»} {«pw»}'], ['.cloginrc', 'add enapassword * {«lit:cisco123»}']],
    misses: [['.cloginrc', '# add password <router name regexp> <vty passwd> <enable passwd>\nadd user * ops\nadd method * ssh'], ['.cloginrc', 'add password * {} {}']] },
  // Exim's database lookups (`hide mysql_servers = host/database/user/password`; `pgsql_servers`, `oracle_servers`,
  // `ibase_servers` alike): each server of the list ends with its login's password (`hide` keeps it from `exim -bP`).
  // Exim's configuration has no fixed name (exim4.conf.template, conf.d/main/…, a macros file), so the option decides.
  { id: 'exim-sql-servers-password', credentialFile: true, name: { en: 'Database password in an Exim server list (mysql_servers, pgsql_servers)', 'zh-CN': 'Exim 服务器列表（mysql_servers、pgsql_servers）中的数据库口令' }, find: 'line', keywords: ['_servers'],
    pattern: /\b(?:mysql|pgsql|oracle|ibase)_servers[ \t]*=[ \t]*(?:<\S[ \t]*)?[^/\s]+\/[^/\s]*\/[^/\s]*\/(?<v>[^\s:]+)/g, judge: 'literal',
    hits: [['etc/exim4/exim4.conf.localmacros', 'hide mysql_servers = localhost/exim/exim/«pw»'], ['etc/exim/exim.conf', 'hide pgsql_servers = db.corp.example::5432/mail/exim/«lit:exim2018»'],
      ['etc/exim4/conf.d/main/00_local', 'hide mysql_servers = <; db1.corp.example/mail/exim/«pw»'],
      ['etc/exim4/exim4.conf.localmacros', 'hide mysql_servers = localhost/exim/exim/«lit:Passw0rd»']],
    misses: [['etc/exim4/exim4.conf.template', 'hide mysql_servers = localhost/exim/exim/${env{EXIM_DB_PASSWORD}}'], ['etc/proxysql.cnf', 'mysql_servers =\n(\n  { address="10.0.0.5", port=3306, hostgroup=0 }\n)'],
      ['etc/exim4/exim4.conf.template', 'hide mysql_servers = localhost/exim/exim/']] },
  // SoftEther VPN's configuration (vpn_server.config, vpn_bridge.config, vpn_client.config): typed `type Name value` lines
  // inside `declare` blocks. A password, its SHA-0 hash or a shared secret is a `byte` item (base64) or a `string` one:
  // `byte HashedPassword …` (the server's admin, a hub's, a user's), `byte SecurePassword …`, `string RadiusSecret …`,
  // `string IPsec_Secret …`. Only the typed shape in a `.config` file: C#'s `string Password { get; set; }` is not it.
  { id: 'softether-config-password', credentialFile: true, name: { en: 'Password, hash or shared secret in a SoftEther VPN configuration', 'zh-CN': 'SoftEther VPN 配置中的口令、口令散列或共享密钥' }, find: 'line',
    files: /\.config$/, keywords: ['password', 'secret'],
    pattern: /^[ \t]*(?:byte|string)[ \t]+[A-Z][A-Za-z_]*(?:Password|Secret)[ \t]+(?<v>[^\s;{}]+)[ \t]*$/g, judge: 'literal',
    hits: [['softether/vpn_server.config', 'declare ServerConfiguration\n{\n\tbyte HashedPassword «b64:28»\n\tuint ServerType 0\n}'], ['vpnserver/vpn_bridge.config', '\t\t\t\tbyte SecurePassword «b64:28»'],
      ['etc/softether/vpn_server.config', '\t\tstring RadiusSecret «pw»'], ['vpn_client.config', '\t\tstring IPsec_Secret «lit:vpn2020»']],
    misses: [['app/web.config', '<add key="Password" value="" />'], ['vpn_server.config', '\t\tbyte HashedPassword \n\t\tstring Password {'], ['src/Models/User.cs', 'public string Password { get; set; }\nbyte HashedPassword value'],
      ['softether/vpn_server.config', '\t\tstring RadiusSecretName radius1']] },
  { id: 'sql-password', name: { en: 'Password in an SQL statement (CREATE USER, IDENTIFIED BY, PASSWORD)', 'zh-CN': 'SQL 语句中的口令（CREATE USER、IDENTIFIED BY、PASSWORD）' }, find: 'line', keywords: ['identified', 'password'],
    pattern: /\b(?:IDENTIFIED\s+(?:WITH\s+\w+\s+)?BY(?:\s+PASSWORD)?|(?:WITH\s+(?:LOGIN\s+)?(?:ENCRYPTED\s+)?|\bLOGIN\s+|\b(?:CREATE|ALTER)\s+(?:USER|ROLE|LOGIN)\s+[^\s;]+\s+(?:(?!PASSWORD\b)\w+\s+){0,12})PASSWORD|SET\s+PASSWORD\s+(?:FOR\s+\S+\s*)?=\s*(?:PASSWORD\s*\()?)\s*(?:=\s*)?N?(?<v>'[^'\n]*'|"[^"\n]*")/gi, judge: 'literal',
    hits: [['db/grants.sql', "CREATE USER 'report'@'%' IDENTIFIED BY '«lit:report123»';"], ['init.sql', "CREATE ROLE app WITH LOGIN PASSWORD '«pw»';"], ['m.sql', "SET PASSWORD FOR 'root'@'localhost' = PASSWORD('«lit:root2018»');"], ['roles.sql', "CREATE USER report PASSWORD '«lit:report2021»';"], ['roles.sql', "ALTER ROLE app NOSUPERUSER ENCRYPTED PASSWORD '«pw»';"],
      // pg_dumpall's role lines carry every attribute before PASSWORD; SQL Server's logins write `= N'…'`.
      ['pg_dumpall.sql', "ALTER ROLE app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'md5«hex:32»';"], ['db/logins.sql', "CREATE LOGIN report WITH PASSWORD = N'«lit:Report#2020»', CHECK_POLICY = OFF;"]],
    misses: [['init.sql', "CREATE USER app IDENTIFIED BY '${APP_DB_PASSWORD}';\nALTER USER app WITH PASSWORD :'app_password';"]] },
  // Rows of an SQL dump whose column is named by the dump's schema, not by the row: a CREATE TABLE above,
  // the INSERT's own column list, or pg_dump's `COPY … (columns) FROM stdin` block (read by sqlDump.ts).
  { id: 'sql-row-secret', name: { en: 'Password or secret in an SQL dump row (its column named by CREATE TABLE, INSERT or COPY)', 'zh-CN': 'SQL 转储行中的口令或密钥（列名由 CREATE TABLE、INSERT 或 COPY 给出）' }, find: 'structure', files: /\.(?:sql|dump|pgsql|psql|mysql)$/,
    keywords: ['create table', 'insert into', 'replace into', 'from stdin'], judge: 'literal',
    hits: [
      ['backup/app.sql', "CREATE TABLE `mnt_server` (\n  `id` bigint NOT NULL,\n  `account` varchar(50) DEFAULT NULL,\n  `password` varchar(100) DEFAULT NULL COMMENT 'login, password',\n  PRIMARY KEY (`id`)\n);\nINSERT INTO `mnt_server` VALUES (1,'root','«lit:Srv@2020»'),(2,'ops','«pw»');"],
      ['db/seed.sql', "INSERT INTO users (id, login, passwd) VALUES\n(1, 'admin', '«lit:admin2019»'),\n(2, 'ops', '«pw»');"],
      ['dump.sql', 'CREATE TABLE public.accounts (\n    id integer NOT NULL,\n    api_token character varying(64)\n);\nCOPY public.accounts (id, api_token) FROM stdin;\n1\t«alnum:40»\n\\.'],
    ],
    misses: [['backup/app.sql', "CREATE TABLE `users` (`id` int, `password` varchar(255), `password_changed_at` datetime);\nINSERT INTO `users` VALUES (1,NULL,'2021-01-01 00:00:00'),(2,'','2021-01-02');\nINSERT INTO `settings` VALUES ('password_min_length','8');\nCREATE TABLE `sys_menu` (`id` int, `auth` varchar(64));\nINSERT INTO `sys_menu` VALUES (1,'user:list'),(2,'menu:editor');\nCOPY public.posts (id, body) FROM stdin;\n1\tThe password policy is on the wiki.\n\\."]] },
  // Samba's smbpasswd lines (`user:uid:LM hash:NT hash:[flags]:LCT-…:`): the NT hash is the password's (unsalted) hash.
  { id: 'smbpasswd-hash', name: { en: 'Samba password hash (smbpasswd)', 'zh-CN': 'Samba 口令哈希（smbpasswd）' }, find: 'line', keywords: [':lct-'],
    pattern: /^[^:\s#]+:\d+:(?:X{32}|[0-9A-F]{32}|NO PASSWORDX{21}):(?<v>[0-9A-F]{32}):\[[A-Z ]+\]:LCT-[0-9A-F]{8}:?/g, judge: 'hash',
    hits: [['etc/samba/smbpasswd', 'ops:1001:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:«uhex:32»:[U          ]:LCT-5F3A2B1C:']], misses: [['etc/samba/smbpasswd', 'nobody:65534:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:NO PASSWORDXXXXXXXXXXXXXXXXXXXXX:[NU         ]:LCT-00000000:']] },
  // Postfix's SASL password map: `[relay]:port user:password` per line (the `.db` beside it is its compiled copy).
  { id: 'postfix-sasl-password', credentialFile: true, name: { en: 'Postfix SASL relay password (sasl_passwd)', 'zh-CN': 'Postfix SASL 中继口令（sasl_passwd）' }, find: 'line', files: /(?:^|\/)(?:sasl_passwd|sasl-passwd|smtp_auth|relay_passwd)(?:\.(?:txt|map|cf))?$/, keywords: [],
    pattern: /^\s*[^\s#]\S*\s+[^\s:]+:(?<v>\S+)\s*$/g, judge: 'literal',
    hits: [['etc/postfix/sasl_passwd', '[smtp.corp.example]:587 relay@corp.example:«pw»\n[smtp.relay.example]:2525 alerts:«lit:relay2019»']], misses: [['etc/postfix/sasl_passwd', '# [smtp.corp.example]:587 user:password\n[smtp.corp.example]:587 relay:']] },
  // A secret in a file of its own: Docker (swarm, compose) secrets files, Jenkins' and JFrog's master and join
  // keys, Jenkins' and Nexus' generated admin passwords, Artifactory's bootstrap credentials (`user@host=password`).
  // A compose stack's password file (`secrets: db-password: file: db/password.txt`) is named for the password alone, in any
  // folder; a message about passwords (`reset_password.txt` in an app's email templates) and a word list (`passwords.txt`) are not.
  { id: 'secret-file', credentialFile: true, name: { en: 'Secret kept in a file of its own (Docker secret, Jenkins, Nexus or Artifactory key or admin password, Vault token, Ansible Vault password, Chef data bag secret, LDAP root bind password, Checkmk automation secret, Vagrant Cloud token, ZeroTier API token, AWX secret key, Proxmox storage password, Vault AppRole secret ID)', 'zh-CN': '单独保存在文件中的密钥（Docker secret，Jenkins、Nexus 或 Artifactory 的密钥或管理员口令，Vault 令牌，Ansible Vault 口令，Chef 数据包密钥，LDAP 管理绑定口令，Checkmk 自动化密钥，Vagrant Cloud 令牌，ZeroTier API 令牌，AWX 密钥，Proxmox 存储口令，Vault AppRole secret ID）' }, find: 'line',
    files: /(?:^|\/)secrets?\/[^/]*(?:pass|pwd|secret|token|key|cred)[^/]*\.txt$|(?:^|\/)initialadminpassword$|(?:^|\/)admin\.password$|(?:^|\/)(?:secrets|security)\/(?:master|join)\.key$|(?:^|\/)bootstrap\.creds$|(?:^|\/)\.vault-token$|(?:^|\/)encrypted_data_bag_secret$|(?:^|\/)\.?(?:ansible[_-])?vault[_-]?pass(?:word)?(?:[_-]?file)?(?:\.txt)?$|(?<!(?:^|\/)iwd\/[^/]*)\.psk$|(?:^|\/)authd\.pass$|(?:^|\/)(?:libnss-|pam_|nss_)?ldap\.secret$|(?:^|\/)check_mk\/web\/automation\/automation\.secret$|(?:^|\/)web\/[^/]+\/automation\.secret$|(?:^|\/)vagrant_login_token$|(?:^|\/)zerotier-one\/authtoken\.secret$|(?:^|\/)tower\/secret_key$|(?:^|\/)priv\/storage\/[^/]+\.pw$|(?:^|\/)(?:[\w.-]*[_.-])?secret[_-]?id(?:\.txt)?$|^(?!(?:[^/]*\/)*(?:templates?|e?mails?|docs?)\/)(?:[^/]*\/)*(?!(?:[a-z0-9]+[_-])*(?:reset|forgot|forgotten|change|changed|lost|expired|new)[_-])(?:[a-z0-9]+[_-]){0,3}(?:password|passwd|pwd)\.txt$/, keywords: [],
    // (A line `NAME=value` is an assignment, left to the rules of its format: GlassFish's `password.txt` holds `AS_ADMIN_PASSWORD=…`.
    // Base64 padding at a token's end is no assignment.)
    pattern: /^\s*(?:[^=\s#@]+@[^=\s]*=)?(?![A-Za-z_]\w*=[^=])(?<v>[^\s#=]\S*)\s*$/g, judge: 'literal',
    hits: [['stack/secrets/db_password.txt', '«pw»'], ['jenkins_home/secrets/initialAdminPassword', '«hex:32»'], ['jenkins_home/secrets/master.key', '«hex:256»'], ['nexus3/admin.password', '«uuid»'], ['artifactory/var/etc/access/bootstrap.creds', 'admin@*=«pw»'],
      // A Vault CLI's saved token (`vault login` writes it to ~/.vault-token: `hvs.…`, or `s.…` before Vault 1.10); Chef's shared data bag key.
      ['ops/.vault-token', '«lit:s.»«alnum:24»'], ['chef/encrypted_data_bag_secret', '«b64:512»'],
      // Ansible Vault's password file (`--vault-password-file`, `vault_password_file =` in ansible.cfg): its one line opens every vault of the repository.
      ['ansible/.vault_pass', '«pw»'], ['deploy/vault_password.txt', '«lit:Vault2020»'], ['.ansible-vault-pass', '«alnum:32»'],
      // A TLS pre-shared key in a file of its own (Zabbix agent's `TLSPSKFile=/etc/zabbix/zabbix_agentd.psk`: 32 to 512 hex digits).
      ['etc/zabbix/zabbix_agentd.psk', '«hex:64»'],
      // The Wazuh manager's enrolment password (`/var/ossec/etc/authd.pass`): any agent that holds it can register.
      ['var/ossec/etc/authd.pass', '«pw»'],
      // pam_ldap's and libnss-ldap's root bind password (`/etc/ldap.secret`, `/etc/libnss-ldap.secret`: the `rootbinddn` account's, mode 0600).
      ['etc/ldap.secret', '«pw»'], ['etc/libnss-ldap.secret', '«lit:ldap2019»'],
      // Checkmk's automation user's secret (`var/check_mk/web/automation/automation.secret`): the site's API login.
      ['omd/sites/mon/var/check_mk/web/automation/automation.secret', '«alnum:32»'],
      // `vagrant login` keeps the Vagrant Cloud (HCP) token in `~/.vagrant.d/data/vagrant_login_token`, the token alone.
      ['home/ops/.vagrant.d/data/vagrant_login_token', '«alnum:40»'],
      // ZeroTier One's local API token (`/var/lib/zerotier-one/authtoken.secret`: it configures the node and its networks);
      // AWX's and Ansible Tower's `SECRET_KEY` (`/etc/tower/SECRET_KEY`: it encrypts every stored credential).
      ['var/lib/zerotier-one/authtoken.secret', '«alnum:24»'], ['etc/tower/SECRET_KEY', '«b64:48»'],
      // Proxmox VE's storage passwords (`/etc/pve/priv/storage/<storage>.pw`: a CIFS share's or a Proxmox Backup Server's login, the password alone).
      ['etc/pve/priv/storage/nas-backup.pw', '«pw»'], ['etc/pve/priv/storage/pbs1.pw', '«lit:backup2021»'],
      // A Vault AppRole's secret ID in the file a Vault agent reads it from (`secret_id_file_path = "/etc/vault-agent/secret-id"`).
      ['etc/vault-agent/approle-secret-id', '«uuid»'], ['vault/secret_id', '«uuid»'],
      // A compose stack's password file, beside the service that reads it.
      ['nginx-flask-mysql/db/password.txt', '«pw»'], ['stack/mysql_root_password.txt', '«lit:db-r2d2x»']],
    misses: [['etc/ldap.secret', '{{ ldap_root_bind_password }}'], ['stack/secrets/db_password.txt', '${DB_PASSWORD}\n# written by the installer'], ['docs/secrets.md', 'db_password.txt'], ['ansible/vault_pass.py', 'import os\nprint(os.environ["VAULT_PASS"])'], ['ansible/.vault_pass', '{{ lookup("env", "VAULT_PASS") }}'], ['etc/zabbix/zabbix_agentd.psk', '{{ zabbix_agent_psk }}'], ['app/templates/email/reset_password.txt', 'Dear {{ user.username }},\n\nSincerely,\n\nThe Team'], ['app/forgot_password.txt', 'Sincerely,'], ['wordlists/passwords.txt', '«pw»']] },
  // s3fs's password file: `ACCESS_KEY_ID:SECRET_ACCESS_KEY`, or `bucket:ACCESS_KEY_ID:SECRET_ACCESS_KEY` for one bucket.
  { id: 's3fs-password', credentialFile: true, name: { en: 's3fs access key pair (passwd-s3fs)', 'zh-CN': 's3fs 访问密钥对（passwd-s3fs）' }, find: 'line', files: /(?:^|\/)\.?passwd-s3fs$/, keywords: [],
    pattern: /^\s*(?:[^\s:#]+:)?[A-Za-z0-9]{16,128}:(?<v>[^\s:]+)\s*$/g, judge: 'literal',
    hits: [['.passwd-s3fs', '«upper:20»:«alnum:40»'], ['etc/passwd-s3fs', 'backups:«upper:20»:«alnum:40»']],
    misses: [['.passwd-s3fs', '# ACCESS_KEY_ID:SECRET_ACCESS_KEY\n${S3_KEY_ID}:${S3_SECRET}']] },
  // Windows PowerShell: `ConvertTo-SecureString "…" -AsPlainText` turns a password written in the script into a credential.
  { id: 'powershell-plaintext-password', name: { en: 'Password written in a PowerShell script (ConvertTo-SecureString -AsPlainText)', 'zh-CN': 'PowerShell 脚本中明文写入的口令（ConvertTo-SecureString -AsPlainText）' }, find: 'line', keywords: ['convertto-securestring'],
    pattern: /ConvertTo-SecureString\s+(?:-String\s+)?(?<v>"[^"\n]*"|'[^'\n]*')\s+-AsPlainText/gi, judge: 'literal',
    hits: [['scripts/deploy.ps1', '$password = ConvertTo-SecureString "«pw»" -AsPlainText -Force'], ['scripts/deploy.ps1', "$cred = New-Object PSCredential ('ops', (ConvertTo-SecureString '«lit:Winter2021!»' -AsPlainText -Force))"]],
    misses: [['scripts/deploy.ps1', '$pw = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force\n$s = ConvertTo-SecureString "$($cfg.Password)" -AsPlainText -Force']] },
  // Oracle's thin and OCI JDBC URLs carry `user/password@` after the driver name.
  { id: 'jdbc-oracle-password', name: { en: 'Password in an Oracle JDBC URL (user/password@)', 'zh-CN': 'Oracle JDBC URL 中的口令（user/password@）' }, find: 'line', keywords: ['jdbc:oracle:'],
    pattern: /jdbc:oracle:(?:thin|oci8?):(?<u>[^/:@\s"'$]+)\/(?<v>[^@\s"']+)@/gi, judge: 'literal',
    hits: [['db.properties', 'legacy.url=jdbc:oracle:thin:scott/«lit:tiger2019»@//ora01:1521/ORCL']], misses: [['db.properties', 'url=jdbc:oracle:thin:@//ora01:1521/ORCL\nurl=jdbc:oracle:thin:${DB_USER}/${DB_PASS}@ora01:1521:ORCL']] },
  // Dockerfile `ENV NAME value` (the old form, without `=`; the `=` form is read as any assignment) and `ARG NAME=value` defaults.
  { id: 'dockerfile-env-secret', name: { en: 'Secret in a Dockerfile ENV or ARG', 'zh-CN': 'Dockerfile 的 ENV 或 ARG 中的密钥' }, find: 'line', files: /(?:^|\/)(?:dockerfile|containerfile)[^/]*$|\.dockerfile$/, keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    pattern: /^\s*(?:ENV|ARG)\s+(?<k>[A-Za-z_][A-Za-z0-9_]*(?:PASS|PWD|SECRET|TOKEN|KEY|pass|pwd|secret|token|key)[A-Za-z0-9_]*)\s+(?<v>"[^"]*"|'[^']*'|[^\s="'][^\s]*)\s*$/g, judge: 'literal',
    hits: [['docker/app/Dockerfile', 'FROM mysql:8\nENV MYSQL_ROOT_PASSWORD «pw»'], ['Dockerfile.prod', 'ENV API_TOKEN «alnum:32»']], misses: [['Dockerfile', 'ENV DB_PASSWORD ${DB_PASSWORD}\nARG NPM_TOKEN\nENV KEYCLOAK_VERSION 21.0.1']] },
  // fish sets a variable with `set`, its scope and export in flags (`set -gx GITHUB_TOKEN …`, `set -Ux OPENAI_API_KEY …`): the
  // shell of many dotfiles' `config.fish`, where tokens are exported for every session.
  { id: 'fish-set-secret', name: { en: 'Secret set in a fish shell variable', 'zh-CN': 'fish shell 变量中设置的密钥' }, find: 'line', files: /\.fish$/, keywords: ['pass', 'pwd', 'secret', 'token', 'key'],
    pattern: /^\s*set\s+(?:-[A-Za-z]+\s+|--[a-z]+\s+)*(?<k>[A-Za-z_][A-Za-z0-9_]*(?:PASS|PWD|SECRET|TOKEN|KEY|pass|pwd|secret|token|key)[A-Za-z0-9_]*)\s+(?<v>"[^"$]*"|'[^']*'|[^\s"'$(][^\s;]*)\s*(?:;.*|#.*)?$/g, judge: 'literal',
    hits: [['home/ops/.config/fish/config.fish', 'set -gx DB_PASSWORD «pw»'], ['dotfiles/fish/secrets.fish', "set -Ux OPENAI_API_KEY '«alnum:48»'"]],
    misses: [['home/ops/.config/fish/config.fish', 'set -gx DB_PASSWORD $DB_PASSWORD\nset -gx GITHUB_TOKEN (pass show github/token)\nset -e API_KEY\nset -q NPM_TOKEN; or set -gx NPM_TOKEN ""']] },
  // Keycloak realm exports: a user's `{"type": "password", "value": "…"}` credential (on one line, or its value on a line after
  // its type: fileMatcher's KEYCLOAK_PASSWORD_TYPE), or its hashed `secretData`.
  { id: 'keycloak-credential', name: { en: 'User credential in a Keycloak realm export', 'zh-CN': 'Keycloak 领域导出中的用户凭据' }, find: 'line', files: /\.json$/, keywords: ['"password"', 'secretdata'],
    pattern: /"type"\s*:\s*"password"\s*,\s*"value"\s*:\s*(?<v>"[^"\\\n]*")|"secretData"\s*:\s*"\{\\"value\\"\s*:\s*\\"(?<s>[^"\\]+)\\"/g, judge: 'literal',
    hits: [['keycloak/realm.json', '        { "type": "password", "value": "«lit:Admin#2021»", "temporary": false }'], ['keycloak/realm.json', '          "secretData": "{\\"value\\":\\"«b64:88»\\",\\"salt\\":\\"«b64:24»\\"}",'],
      // Written over lines, as hand-written realm imports are: the value on a line after its type (read by the file matcher, judged by this rule).
      ['keycloak/realm-import.json', '      { "type" : "password",\n        "value" : "«lit:Admin#2021»" }']],
    misses: [['keycloak/realm.json', '{ "type": "password", "value": "", "temporary": true }\n"credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\"}"']] },
  { id: 'php-define-secret', name: { en: 'Secret in a PHP define() (database password, WordPress keys and salts)', 'zh-CN': 'PHP define() 中的密钥（数据库口令、WordPress 密钥与盐值）' }, find: 'line',
    // The constant's name, not `define`: Helm and Go templates, C and Makefiles `define` on many lines, none a PHP secret.
    keywords: ['pass', 'pwd', 'secret', 'token', 'key', '_salt'], lineHolds: ',',
    pattern: /\bdefine\s*\(\s*['"](?<k>(?:[A-Z0-9_]*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_KEY|APIKEY)[A-Z0-9_]*)|(?:SECURE_)?AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|[A-Z_]*_SALT)['"]\s*,\s*(?<v>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/gi, judge: 'literal',
    hits: [['wp-config.php', "define( 'DB_PASSWORD', '«lit:wpblog99»' );\ndefine('AUTH_KEY', '«alnum:64»');\ndefine('NONCE_SALT', '«alnum:64»');"],
      // A constant named in lower case is the same constant.
      ['lib/db.php', "define('db_password', '«lit:shop2020»');"],
      // Generated keys and salts hold punctuation and spaces (WordPress's generator): a value all the same.
      ['wp-config.php', "define('SECURE_AUTH_KEY',  '«salt:64»');\ndefine('LOGGED_IN_SALT',   '«salt:64»');"]],
    misses: [['wp-config.php', "define('AUTH_KEY', 'put your unique phrase here');\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));\ndefine('DB_PASSWORD', '');"]] },
  // .NET's `NetworkCredential(user, password)` and `DirectoryEntry(path, user, password)` take the password as a positional argument too.
  // A DSL statement that is the credential's name with one literal: Jenkins Job DSL (`usernamePassword { password('…') }`,
  // `secretText { secret('…') }`), a Gradle repository's `credentials { password '…' }`. The statement alone on its
  // line is configuration written as code, so the literal is judged as a configuration's is.
  { id: 'dsl-credential', name: { en: 'Credential written in a Groovy or Gradle DSL (Jenkins Job DSL, Gradle credentials)', 'zh-CN': 'Groovy 或 Gradle DSL 中写入的凭据（Jenkins Job DSL、Gradle credentials）' }, find: 'line',
    files: /\.(?:groovy|gradle)$|(?:^|\/)jenkinsfile[^/]*$/, keywords: ['password', 'passphrase', 'secret', 'token'],
    pattern: /^\s*(?<k>password|passphrase|secret|token|apiToken|secretText)\s*(?:\(\s*)?(?:"(?<v>[^"\\\n]*)"|'(?<s>[^'\\\n]*)')\s*\)?\s*;?\s*$/g, judge: 'literal',
    hits: [['jobdsl/deploy.groovy', "credentials {\n  usernamePassword {\n    id('deploy')\n    username('ops')\n    password('«pw»')\n  }\n  secretText {\n    id('hook')\n    secret(\"«alnum:40»\")\n  }\n}"],
      ['build.gradle', "repositories {\n  maven {\n    credentials {\n      username 'ops'\n      password '«pw»'\n    }\n  }\n}"]],
    misses: [['build.gradle', 'credentials {\n  username mavenUser\n  password mavenPassword\n  password "${System.env.MAVEN_PASSWORD}"\n}'], ['jobdsl/deploy.groovy', "password(params.DEPLOY_PASSWORD)\ntoken('')\nsecret(credentials('hook'))"],
      // Outside a DSL's files a builder's call is judged as code is (the generic reader, by its looks).
      ['src/main/java/Login.java', '        .password("Secret")']] },
  // A Chef resource's property, given as a call with one literal on its own line (`mysql_database_user 'app' do … password '…' … end`,
  // `postgresql_user`'s `unencrypted_password '…'`): in a cookbook's recipes, resources and providers, the login the node is given.
  { id: 'chef-resource-password', name: { en: 'Password given to a Chef resource in a cookbook', 'zh-CN': 'Chef cookbook 中传给资源的口令' }, find: 'line',
    files: /(?:^|\/)(?:recipes|resources|providers)\/(?:[^/]+\/)*[^/]+\.rb$/, keywords: ['password', 'passphrase'],
    pattern: /^\s*(?<k>(?:unencrypted_|root_|admin_|db_)?password|passphrase)\s*(?:\(\s*)?(?:"(?<v>[^"\\\n]*)"|'(?<s>[^'\\\n]*)')\s*\)?\s*(?:#.*)?$/g, judge: 'literal',
    hits: [['site-cookbooks/shop/recipes/database.rb', "mysql_database_user 'shop' do\n  connection mysql_connection_info\n  password '«pw»'\n  action :create\nend"],
      ['cookbooks/pg/recipes/server.rb', "postgresql_user 'app' do\n  unencrypted_password \"«pw»\" # set at install\nend"]],
    misses: [['cookbooks/pg/recipes/server.rb', "postgresql_user 'app' do\n  password node['pg']['app_password']\n  password \"#{app_password}\"\n  password ''\nend"],
      // Outside a cookbook's recipes, resources and providers a call of that name is judged as code is.
      ['lib/shop/account.rb', "  password 'Example'"]] },
  { id: 'positional-login', name: { en: 'Password passed to a login or connect call', 'zh-CN': '传给登录或连接调用的口令' }, find: 'line', keywords: ['login', 'auth', 'bind_s', 'getconnection', 'networkcredential', 'directoryentry', 'credentials', 'ftp', 'keyring', 'net::smtp', 'net::pop3'],
    pattern: /\.(?:login|auth|authenticate|simple_bind_s|bind_s|starttls_login)\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?<v>'[^'\n]*'|"[^"\n]*")|\b(?:auth|proxy_auth|http_auth|basic_auth)\s*=\s*[([]\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?<v1>'[^'\n]*'|"[^"\n]*")\s*[)\]]|(?:\b|(?<=[a-z_]))(?:HTTP(?:Basic|Digest|Proxy)Auth|BasicAuth|DigestAuth|basic_?auth|basicAuth)\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?:Some\s*\(\s*)?(?<v2>'[^'\n]*'|"[^"\n]*")|\bPlainAuth\s*\(\s*"[^"\n]*"\s*,\s*"[^"\n]*"\s*,\s*(?<v3>"[^"\n]*")|\b(?:PasswordAuthentication|(?:[A-Z]\w*)?Credentials(?:::new|\.[a-z]\w*)?)\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")(?:\.to_(?:string|owned)\(\)|\.into\(\))?\s*,\s*(?<v4>'[^'\n]*'|"[^"\n]*")|\b(?:FTP(?:_TLS)?|Net::FTP\.(?:open|new))\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?<v5>'[^'\n]*'|"[^"\n]*")|\bNet::(?:SMTP\.start\s*\((?:\s*[^,()\s][^,()\n]*,){4}|POP3\.start\s*\((?:\s*[^,()\s][^,()\n]*,){3}|SMTP\.new\s*\([^()\n]*\)\.start\s*\((?:\s*[^,()\s][^,()\n]*,){2})\s*(?<v7>'[^'\n]*'|"[^"\n]*")|\bkeyring\.set_password\s*\(\s*[^,\n]+,\s*[^,\n]+,\s*(?<v6>'[^'\n]*'|"[^"\n]*")\s*\)|\bgetConnection\s*\(\s*(?:[^,()"']+|'[^'\n]*'|"[^"\n]*"),\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?<p>'[^'\n]*'|"[^"\n]*")|\bNetworkCredential\s*\(\s*"[^"\n]*"\s*,\s*(?<q>"[^"\n]*")|\bDirectoryEntry\s*\(\s*"[^"\n]*"\s*,\s*"[^"\n]*"\s*,\s*(?<s>"[^"\n]*")/g, judge: 'literal',
    hits: [['report/Db.java', '    return DriverManager.getConnection(url, "report", "«lit:report2019»");'], ['ftp_upload.py', "ftp.login('upload', '«lit:upload2019»')"], ['mail.py', 'server.login("alerts@corp.example", "«pw»")'],
      ['Mailer.cs', 'client.Credentials = new NetworkCredential("alerts@corp.example", "«pw»");'], ['Sync.ps1', '$e = New-Object DirectoryServices.DirectoryEntry("LDAP://dc01.corp.example", "CORP\\sync", "«lit:Sync2019»")'],
      // An HTTP client's basic login as a pair (requests' and httpx' `auth=("user", "password")`, Elasticsearch's `http_auth=`,
      // `HTTPBasicAuth("user", "password")`, aiohttp's `BasicAuth(…)`).
      ['scripts/grafana_backup.py', 'r = requests.get(url + "/api/search", auth=("backup", "«pw»"), timeout=30)'], ['ops/es.py', "es = Elasticsearch(hosts, http_auth=('elastic', '«lit:elastic2020»'))"],
      ['ops/sync.py', 's.auth = HTTPBasicAuth("sync", "«pw»")'], ['ops/hook.py', "async with session.get(u, auth=aiohttp.BasicAuth('hook', '«pw»')) as r:"],
      // A JDBC URL written out as getConnection's first argument; a client's basic login given as a call (`.basic_auth("u", Some("…"))`,
      // a `basicAuth("u", "…")` helper), Go's smtp.PlainAuth(identity, user, password, host), a credentials type built from a user and a
      // password (javax.mail's PasswordAuthentication, Apache HttpClient's UsernamePasswordCredentials, lettre's Credentials::new), an FTP
      // client opened with host, user and password (ftplib, Net::FTP), and the password keyring.set_password stores.
      ['src/Report.java', '        return DriverManager.getConnection("jdbc:mysql://db.corp.example:3306/rep", "reporter", "«pw»");'],
      ['src/upload.rs', '    client.put(url).basic_auth("agent", Some("«pw»")).send().await'], ['hook.go', 'req.Header.Set("Authorization", "Basic "+basicAuth("ci", "«pw»"))'],
      ['notify/smtp.go', '\tauth := smtp.PlainAuth("", "alerts@corp.example", "«pw»", "smtp.corp.example")'],
      ['MailAuth.java', '        return new PasswordAuthentication("noreply@corp.example", "«pw»");'], ['HttpConf.java', 'p.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials("svc", "«pw»"));'],
      ['src/mail.rs', '    Credentials::new("agent@corp.example".to_string(), "«pw»".to_string())'], ['tools/push.py', 'with ftplib.FTP("files.corp.example", "upload", "«pw»") as ftp:'],
      ['lib/export.rb', "Net::FTP.open('files.corp.example', 'export', '«pw»') do |ftp|"], ['tools/seed.py', 'keyring.set_password("corp-vpn", getpass.getuser(), "«pw»")'],
      // Ruby's mail clients: Net::POP3.start(host, port, account, password), Net::SMTP.new(host, port).start(helo, user, secret, authtype).
      ['lib/inbox.rb', "Net::POP3.start('pop.corp.example', 110, 'inbox@corp.example', '«pw»') do |pop|"],
      ['lib/notify.rb', "Net::SMTP.new('smtp.corp.example', 587).start('corp.example', 'shop@corp.example', '«pw»', :plain) do |smtp|"]], misses: [
      // Net::SMTP.start's third argument is the HELO domain, not a secret.
      ['lib/notify.rb', "Net::SMTP.start('smtp.corp.example', 25, 'corp.example') do |smtp|\nNet::SMTP.start(host, 587, helo, user, ENV['SMTP_PASSWORD'], :login)"],
      ['src/net.rs', 'c.get(u).basic_auth(user, Some(pass));\nlet creds = Credentials::new(user.to_string(), std::env::var("SMTP_PASSWORD").unwrap());\na := smtp.PlainAuth("", user, pass, host)\nkeyring.set_password("vpn", user, pw)\ncreds = loadCredentials("file.json", "default")'],
      ['Db2.java', 'DriverManager.getConnection("jdbc:mysql://db/rep", user, password);'], ['ops/api.py', 'requests.get(url, auth=(user, password))\nrequests.get(url, auth=("backup", os.environ["GRAFANA_PASSWORD"]))\ns.auth = HTTPBasicAuth(USER, PASS)\nauth=("backup", "")'], ['mail.py', 'server.login(user, password)\nserver.login("ops", os.environ["SMTP_PASSWORD"])'], ['Mailer.cs', 'client.Credentials = new NetworkCredential("ops", Environment.GetEnvironmentVariable("SMTP_PASS"));\nvar e = new DirectoryEntry(path, user, password);'], ['Db.java', 'DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASS"));']] },
  // Registry logins (`docker login -p`, `echo … | docker login --password-stdin`), keytool's and openssl's pass options too.
  { id: 'command-line-password', name: { en: 'Password on a command line (curl -u, mysql -p, sshpass, docker login, keytool, openssl, ldapsearch -w, net user, cryptsetup)', 'zh-CN': '命令行中的口令（curl -u、mysql -p、sshpass、docker login、keytool、openssl、ldapsearch -w、net user、cryptsetup）' }, find: 'line', shellWord: true, keywords: ['curl', 'wget', 'mysql', 'sshpass', 'login', 'keytool', 'openssl', 'secret create', 'cryptsetup', 'load-key', 'chpasswd', 'lftp', 'smbclient', 'net use', '--proxy-user', 'tlspassword', 'ldap', 'net user', '-stdin', 'dsconf', 'dsidm', 'kinit', 'vncpasswd', 'secret-tool', 'pass insert', '--with-token'],
    pattern: /(?:\b(?:docker|podman|nerdctl|buildah|skopeo|oras|helm\s+registry)\s+login\b[^\n]*?\s(?:-p|--password)(?:\s+|=)["']?(?<v1>[\x21\x23-\x26\x28-\x7e]+)(?=[\s'"]|$)|\becho\s+(?:-n\s+)?(?<qt>["']?)(?<v2>[^\s'"$|`]+)\k<qt>\s*\|\s*(?:sudo\s+)?(?:(?:docker|podman|nerdctl|buildah|skopeo|oras|helm\s+registry)\s+login\b[^\n]*--password-stdin|[\w./-]+\s[^\n|]*?--(?:passwd-on-stdin|password-from-stdin|password-stdin)\b)|--(?:passwd-on-stdin|password-from-stdin|password-stdin)\b(?<=[\w./-]\s[^\n|]*--(?:passwd-on-stdin|password-from-stdin|password-stdin))[^\n|]*?<<<\s*(?:"(?<v14>[^"$`\n]+)"|'(?<v15>[^'\n]+)'|(?<v16>[^\s'"$`|;]+))|\bkeytool\b[^\n]*?\s-(?:src|dest)?(?:store|key)pass\s+["']?(?<v3>[\x21\x23-\x26\x28-\x7e]+)(?=[\s'"]|$)|\bopenssl\b[^\n]*?\s-pass(?:in|out)?\s+["']?pass:(?<v4>[\x21\x23-\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:curl|wget|http)\b(?:(?!\b(?:curl|wget|http)\b)[^\n])*?\s(?:-u|--user)\s*[= ]\s*["']?[^\s:'"$]+:(?<v>[^\s'"@]+)|\b(?:mysql|mysqldump|mysqladmin)(?=\s)[^\n]*?\s(?:-p(?!(?:rint[f0]?|rune|erm|ath)(?=[\s'"]|$))(?<p>[\x21\x23-\x26\x28-\x2c\x2e-\x7e][\x21\x23-\x26\x28-\x7e]*)|--password=["']?(?<q>[\x21\x23-\x26\x28-\x7e]+))(?=[\s'"]|$)|\bsshpass\s+-p\s*["']?(?<s>[\x21\x23-\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:echo(?:\s+-n)?|printf\s+(?:'%s'|"%s"|%s))\s+(?<qs>["']?)(?<v5>[^\s'"$|`]+)\k<qs>\s*\|\s*(?:sudo\s+)?(?:(?:docker|podman)\s+secret\s+create|cryptsetup|zfs\s+load-key)\b|\becho\s+(?:-[en]\s+)?\\?["']?[a-z_][\w.-]*:(?<v6>[^\s'"$|`:\\]+)\\?["']?\s*\|\s*(?:sudo\s+)?chpasswd\b|\blftp\b[^\n]*?\s-u\s+["']?[^\s,'"$]+,(?<v7>[^\s'"$]+)|\bsmbclient\b[^\n]*?\s(?:-U|--user(?:=|\s))\s*["']?[^\s%'"$]+%(?<v8>[^\s'"$]+)|\bnet\s+use\b[^\n]*?\/user:\S+\s+(?<v9>[^\s/'"$%][^\s'"]*)|(?:^|\s)--proxy-user\s*[= ]\s*["']?[^\s:'"$]+:(?<v10>[^\s'"@]+)|(?:^|\s)--(?:proxy-)?tlspassword\s*[= ]\s*["']?(?<v11>[^\s'"$-][^\s'"]*)|\b(?:ldap(?:search|add|modify|delete|passwd|compare|modrdn|whoami|exop|vi|url)|dsconf|dsidm)\b[^\n]*?\s-w\s*["']?(?<v12>[^\s'"$-][^\s'"]*)|\bnet\s+user\s+(?:"[^"\n]+"|[^\s/"]+)\s+(?<v13>[^\s/'"$%*][^\s'"]*)(?=\s*(?:$|\/|["'&|>;)]))|\b(?:echo(?:\s+-[en]+)?|printf\s+(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s))\s+(?<qs2>["']?)(?<v17>[^\s'"$|`]+)\k<qs2>\s*\|\s*(?:sudo\s+)?(?:kinit|vncpasswd|secret-tool\s+store|(?:go)?pass\s+insert|[\w./-]+\s[^\n|]*?--(?:stdin|with-token)(?![\w-])))/g, judge: 'literal',
    hits: [['notify.sh', 'curl -s -u "ops:«alnum:16»" https://api.corp.example/alerts'], ['backup.sh', 'mysqldump -u backup -p«lit:backup2020» shop > shop.sql'], ['push.sh', 'sshpass -p «lit:deploy99» scp a.tgz web1:/srv'],
      ['deploy.sh', 'docker login -u ci -p «alnum:24» registry.corp.example'], ['deploy.sh', 'echo "«lit:ci2020»" | docker login -u ci --password-stdin registry.corp.example'],
      // Any client that reads its password from standard input (OpenConnect's `--passwd-on-stdin`, `--password-from-stdin`), fed by an echo.
      ['scripts/vpn-up.sh', "echo '«pw»' | sudo openconnect --protocol=anyconnect --user=ops --passwd-on-stdin vpn.corp.example"],
      // Second round (the probe): a here-string fed to such a client; 389 Directory Server's `dsconf`/`dsidm` bind password (`-w`).
      ['scripts/vpn-gp.sh', "openconnect --protocol=gp --user=ops --passwd-on-stdin vpn.corp.example <<< '«pw»'"], ['scripts/ds.sh', 'dsconf -D "cn=Directory Manager" -w «pw» ldap://ldap1.corp.example:389 backend suffix list'],
      // A secret fed by `echo`/`printf` to a tool that reads it on standard input: Kerberos' `kinit`, `passwd --stdin`, `gh auth login
      // --with-token`, libsecret's `secret-tool store`, pass' `insert`, `vncpasswd -f` (batch 19).
      ['krb/ticket.sh', "echo '«pw»' | kinit svc-backup@CORP.EXAMPLE"], ['users/create.sh', 'echo "«lit:deploy2020»" | passwd --stdin deploy'], ['gh/login.sh', 'echo "«alnum:40»" | gh auth login --with-token'],
      ['keyring/store.sh', 'echo -n "«pw»" | secret-tool store --label=db service corp-db'], ['scripts/pass-seed.sh', "printf '%s\\n' '«pw»' | pass insert -e corp/db"], ['vnc/setup.sh', 'echo "«pw»" | vncpasswd -f > ~/.vnc/passwd'],
      ['keys.sh', 'keytool -importkeystore -srckeystore a.p12 -srcstorepass «pw» -destkeystore a.jks'], ['keys.sh', 'openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:«lit:store2020»'],
      // Docker secrets made from a literal, passwords set with chpasswd (Dockerfiles, Vagrant provisioning), lftp, smbclient, `net use`.
      ['stack/secrets.sh', 'echo "«lit:swarm2021»" | docker secret create db_password -'], ['stack/secrets.sh', "printf '%s' '«pw»' | docker secret create api_key -"],
      // A disk's or a dataset's passphrase fed to cryptsetup or `zfs load-key` on standard input.
      ['storage/unlock.sh', "echo -n '«pw»' | cryptsetup luksOpen /dev/sdb1 data -d -"], ['storage/zfs.sh', 'echo "«lit:tank2020»" | sudo zfs load-key tank/secure'],
      ['Dockerfile', 'RUN echo "root:«lit:root1234»" | chpasswd'], ['Vagrantfile', '  config.vm.provision "shell", inline: "echo \'root:«lit:toor2019»\' | chpasswd"'],
      ['sync.sh', 'lftp -u upload,«pw» sftp://10.0.0.7 -e "put app.tgz; bye"'],
      // curl's options of their own: a proxy's login (also on a continued line of a long command), a TLS-SRP password.
      ['fetch.sh', 'curl -sS \\\n  --proxy-user ops:«lit:proxy2020» \\\n  https://repo.corp.example/a.tgz'], ['srp.sh', 'curl --tlsuser ops --tlspassword «pw» https://srp.corp.example'], ['backup.sh', "smbclient //fs01/share -U 'ops%«lit:share2020»' -c 'ls'"], ['map.cmd', 'net use \\\\fs01\\share /user:CORP\\ops «lit:share2020»'],
      // An LDAP client's simple-bind password (`-w`; `-W` asks for it), a Windows account created with its password.
      ['ldap/check.sh', 'ldapsearch -x -H ldap://dc1 -D "cn=admin,dc=corp" -w «pw» -b "dc=corp" uid=ops'], ['ldap/seed.sh', 'ldapadd -x -D cn=admin,dc=corp -w«lit:ldap2020» -f users.ldif'],
      ['setup.cmd', 'net user svc_backup «lit:Backup2020» /add /expires:never']],
    misses: [['storage/unlock.sh', 'echo -n "$LUKS_PASS" | cryptsetup luksOpen /dev/sdb1 data -d -\ncryptsetup luksOpen /dev/sdb1 data --key-file /root/luks.key\necho "unlocking" | tee /dev/kmsg'], ['fetch.sh', 'curl --proxy-user "$PROXY_USER:$PROXY_PASS" https://x\ncurl --tlspassword https://srp.corp.example\ncurl --tlspassword "$SRP_PASS" https://x'], ['backup.sh', 'mysqldump -u backup -p"$MYSQL_PWD" shop\ncurl -u "$USER:$TOKEN" https://x\nmysql -u root -p'], ['deploy.sh', 'docker login -u "$CI_USER" -p "$CI_TOKEN" registry.corp.example\necho "$CI_TOKEN" | docker login -u ci --password-stdin r.corp.example\necho "$VPN_PASS" | openconnect --user=ops --passwd-on-stdin vpn.corp.example\nopenconnect --passwd-on-stdin vpn.corp.example <<< "$VPN_PASS"\ndsconf -D "cn=Directory Manager" -w "$DM_PASS" ldap://ldap1 backend suffix list\nkeytool -list -keystore a.jks -storepass:env STORE_PASS\nopenssl rsa -in k.pem -passin env:KEY_PASS'], ['README.zh.md', '命令行口令（curl -u、mysql -p、sshpass）'],
      ['stack/secrets.sh', 'docker secret create tls_key ./certs/tls.key\nopenssl rand -base64 32 | docker secret create session_key -\necho "$DB_PASS" | docker secret create db -\necho "ops:$OPS_PASS" | chpasswd\nnet use \\\\fs01\\share /user:CORP\\ops /persistent:yes'],
      ['ldap/check.sh', 'ldapsearch -x -W -D cn=admin,dc=corp -b dc=corp\nldapsearch -x -w "$LDAP_BIND_PW" -b dc=corp\nldapwhoami -x -w -'], ['setup.cmd', 'net user svc_backup /delete\nnet user svc_backup *\nnet user administrator /active:yes\nnet user %SVC_USER% %SVC_PASS% /add'],
      // A command substitution behind compose's `$$` escape, cut at its first space (seen on a compose collection).
      ['db/compose.yaml', "      test: ['CMD-SHELL', 'mysqladmin ping -h 127.0.0.1 --password=\"$$(cat /run/secrets/db-password)\" --silent']"]] },
  // `env('MAIL_PASSWORD', 'fallback')`: the fallback is committed and used wherever the variable is unset.
  { id: 'env-default-secret', name: { en: 'Secret given as the default of an environment lookup', 'zh-CN': '作为环境变量读取默认值的密钥' }, find: 'line', keywords: ['pass', 'pwd', 'secret', 'token', 'key', 'salt'], lineHolds: ',',
    pattern: /(?:\benv(?:\.(?:str|url|db_url|cache_url|email_url|json))?|\bgetenv|\b(?:[gG]et[eE]nv|[eE]nvOr)\w*|\b(?:os\.)?environ\.get|\bos\.getenv|\bENV\.fetch|\bSystem\.getenv|\bconfig)\s*\(\s*['"](?<k>[A-Za-z0-9_.]*(?:PASS|PWD|SECRET|TOKEN|KEY|SALT|pass|pwd|secret|token|key|salt)[A-Za-z0-9_.]*)['"]\s*,\s*(?:default\s*=\s*)?(?<v>'[^'\n]*'|"[^"\n]*")/g, judge: 'literal',
    hits: [['config/mail.php', "    'password' => env('MAIL_PASSWORD', '«lit:mail2020»'),"], ['settings.py', "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY', '«alnum:50»')"],
      // django-environ's typed lookups (`env.str`, `env.url`), the default given by position or by name.
      ['settings/main.py', "SECRET_KEY = env.str('SECRET_KEY', '«alnum:50»')"], ['settings/main.py', "EMAIL_HOST_PASSWORD = env.str('EMAIL_HOST_PASSWORD', default='«lit:mail2020»')"],
      // `from os import environ`: the lookup without its module.
      ['app/settings.py', "DB_PASSWORD = environ.get('DB_PASSWORD', '«lit:shop2021»')"],
      // An application's salt, the key its hashes and cookies are made with (CakePHP's `Security.salt`).
      ['config/app_local.php', "        'salt' => env('SECURITY_SALT', '«alnum:64»'),"]],
    misses: [['config/mail.php', "    'password' => env('MAIL_PASSWORD'),\n    'key' => env('APP_KEY', ''),\n    'key' => env('APP_KEY', 'SomeRandomString'),\n    'pass' => env('DB_PASSWORD', null),\n    'path' => env('KEY_PATH', '/etc/app.key'),"],
      // The lookup's name is judged as any key is: a policy, a broker, a table, an attribute's name, a rate limit.
      ['config/app.php', "    'password_rules' => env('APP_PASSWORD_RULES', 'mixedCase,letters,numbers'),\n    'passwords' => env('AUTH_PASSWORD_BROKER', 'users'),\n    'table' => env('AUTH_PASSWORD_RESET_TOKEN_TABLE', 'password_reset_tokens'),"],
      ['app/settings.py', "LDAP_UID_KEY = os.environ.get('APP_LDAP_UID_KEY', 'sAMAccountName')\nRESET_LIMIT = os.environ.get('APP_THROTTLE_PASS_RESET_PATTERN', '5/minute')\nSALT_ROUNDS = os.environ.get('PASSWORD_SALT', 'gen')"]] },
  // The same fallback written with an operator after the lookup (`process.env.DB_PASSWORD || '…'`, `?? "…"`, Ruby's
  // `ENV['DB_PASSWORD'] || '…'`, Kotlin's `System.getenv("…") ?: "…"`, C#'s `GetEnvironmentVariable("…") ?? "…"`), and a
  // property placeholder's default in code (Spring's `@Value("${app.db.password:…}")`, MicroProfile's `@ConfigProperty(name =
  // "…", defaultValue = "…")`). The lookup's name is judged as any key is.
  { id: 'env-fallback-secret', name: { en: 'Secret given as the fallback of an environment or property lookup in code', 'zh-CN': '代码中作为环境变量或属性读取回退值的密钥' }, find: 'line',
    keywords: ['process.env', 'env[', 'getenv', 'getenvironmentvariable', 'environ', '@value', 'configproperty'],
    pattern: /(?:\bprocess\.env\.(?<k>[A-Za-z_]\w{0,99})|\bENV\[\s*['"](?<k2>[A-Za-z_]\w{0,99})['"]\s*\]|\b(?:System\.getenv|os\.Getenv|os\.getenv|getenv|GetEnvironmentVariable|environ\.get)\s*\(\s*['"](?<k3>[A-Za-z_]\w{0,99})['"]\s*\))\s*(?:\|\||\?\?|\?:|\bor\b)\s*(?<v>'[^'\n]*'|"[^"\n]*")|@Value\(\s*"\\?\$\{(?<k4>[\w.-]{1,100}):(?<v1>[^}"'\n$]+)\}"|@ConfigProperty\(\s*name\s*=\s*"(?<k5>[\w.-]{1,100})"\s*,\s*defaultValue\s*=\s*(?<v2>"[^"\n]*")/g, judge: 'literal',
    hits: [['config/db.js', "  password: process.env.DB_PASSWORD || '«pw»',"], ['src/stripe.ts', 'const key = process.env.STRIPE_SECRET_KEY ?? "«alnum:32»";'],
      ['config/database.rb', "DB_PASSWORD = ENV['DB_PASSWORD'] || '«pw»'"], ['src/Env.kt', '    val slackToken: String = System.getenv("SLACK_TOKEN") ?: "«alnum:32»"'],
      ['Settings.cs', '        public static readonly string DbPassword = Environment.GetEnvironmentVariable("DB_PASSWORD") ?? "«pw»";'],
      ['src/MailProps.kt', '    @Value("\\${spring.mail.password:«pw»}")'], ['src/SmtpSettings.java', '    @ConfigProperty(name = "smtp.password", defaultValue = "«pw»")']],
    misses: [['src/config.ts', "export const dbPassword = process.env.DB_PASSWORD || '';\nexport const tokenTtl = process.env.TOKEN_TTL || '3600';\nexport const secretName = process.env.SECRET_NAME ?? \"app/prod\";\nconst host = process.env.DB_HOST || 'localhost';"],
      ['src/Props.java', '    @Value("${spring.mail.password:}")\n    @Value("${spring.mail.password}")\n    @ConfigProperty(name = "smtp.password")\n    @Value("${app.token-ttl:3600}")']] },
  // OpenLDAP clients and servers, nslcd: `BINDPW secret`, `rootpw …` (space-separated; `bindpw = …` is read as a key).
  { id: 'ldap-bind-password', credentialFile: true, name: { en: 'LDAP bind or root password (ldap.conf, nslcd.conf, slapd.conf)', 'zh-CN': 'LDAP 绑定或管理口令（ldap.conf、nslcd.conf、slapd.conf）' }, find: 'line', files: /(?:^|\/)(?:[^/]*ldap[^/]*\.conf|slapd\.conf|nslcd\.conf|nss_ldap\.conf|pam_ldap\.conf)$/, keywords: ['bindpw', 'rootpw'],
    pattern: /^\s*(?:bindpw|rootpw)\s+(?<v>"[^"]*"|\S+)/gi, judge: 'literal',
    hits: [['etc/openldap/ldap.conf', 'BINDDN cn=reader,dc=corp,dc=example\nBINDPW «lit:reader2019»'], ['etc/nslcd.conf', 'bindpw «pw»'], ['etc/openldap/slapd.conf', 'rootpw «lit:ldapadmin1»']],
    misses: [['etc/nslcd.conf', '# bindpw secret\nbinddn cn=nslcd,dc=corp,dc=example']] },
  // cloud-init's `chpasswd: list: |` block: `user:password` lines (YAML reads them as text, not as a mapping).
  { id: 'cloud-init-password', credentialFile: true, name: { en: 'Password in a cloud-init chpasswd list', 'zh-CN': 'cloud-init chpasswd 列表中的口令' }, find: 'line', files: /(?:^|\/)(?:[^/]*cloud-?init[^/]*|[^/]*cloud-config[^/]*|user-data(?:\.ya?ml)?)$/, keywords: [],
    pattern: /^\s+[a-z_][\w.-]{0,31}:(?!R(?:ANDOM)?\s*$)(?<v>[^\s:'"#][^\s:'"]*)\s*$/g, judge: 'literal',
    hits: [['infra/cloud-init.yaml', '#cloud-config\nchpasswd:\n  list: |\n    root:«lit:cloud2020»\n    ops:«pw»']],
    misses: [['infra/cloud-init.yaml', '#cloud-config\nchpasswd:\n  list: |\n    ubuntu:RANDOM\n  expire: false\nruncmd:\n  - echo a:b']] },
  { id: 'kubeconfig-client-key', name: { en: 'Kubernetes client private key in a kubeconfig', 'zh-CN': 'kubeconfig 中的 Kubernetes 客户端私钥' }, find: 'line', keywords: ['client-key-data'], pattern: /^\s*client-key-data:\s*["']?(?<v>[A-Za-z0-9+/]{40,}={0,2})["']?\s*$/g, decode: 'base64-pem', judge: 'structure',
    hits: [['clusters/prod/kubeconfig', 'users:\n- name: admin\n  user:\n    client-key-data: «b64of:-----BEGIN EC PRIVATE KEY-----\n{pw}{pw}{pw}{pw}{pw}\n-----END EC PRIVATE KEY-----»']], misses: [] },
  { id: 'rails-master-key', name: { en: 'Rails master key', 'zh-CN': 'Rails 主密钥（master.key）' }, find: 'line', files: /(?:^|\/)master\.key$|(?:^|\/)config\/credentials\/[^/]+\.key$/, keywords: [], pattern: /^\s*(?<v>[0-9a-f]{32})\s*$/g, judge: 'literal',
    hits: [['config/master.key', '«hex:32»']], misses: [] },
  { id: 'url-password', name: { en: 'Password in a URL or connection string', 'zh-CN': 'URL 或连接串中的口令' }, find: 'structure', keywords: ['://'], lineHolds: '@', judge: 'literal',
    hits: [['.env.production', 'DATABASE_URL=«raw:postgres»://postgres:«lit:postgres»@db:5432/app'], ['.git-credentials', 'https://deploy:«pw»@git.corp.example'], ['.git-credentials', 'https://ops:«lit:ops2020»@github.com'], ['.git-credentials', 'https://ops@corp.example:«lit:pass!#@2019»@git.corp.example'], ['etc/pip.conf', 'index-url = https://ci:«alnum:18»@pypi.corp.example/simple'], ['db.yml', 'uri: «raw:mongodb»://app:«lit:mongo2019»@db1:27017/app'], ['celeryconfig.py', 'result_backend = "«raw:redis»://:«alnum:24»@redis:6379/1"']],
    misses: [['docs/a.md', 'https://user:password@git.corp.example/repo.git\n«raw:postgres»://postgres:postgres@localhost:5432/app\nmysql://app:${DB_PASSWORD}@db:3306/app'],
      // Outside deployed configuration a user's own name as the password is a local setup's default (a CI pipeline, code).
      ['.github/workflows/ci.yml', '        env:\n          DATABASE_URL: «raw:postgres»://postgres:postgres@localhost:5432/test'], ['src/db.py', 'engine = create_engine("«raw:postgres»://postgres:postgres@localhost/app")'],
      // Filled in by code: a printf verb, an f-string field holding a call (seen on a compose collection and a homelab).
      ['backend/main.go', 'return sql.Open("postgres", fmt.Sprintf("«raw:postgres»://postgres:%s@db:5432/app", string(pw)))'], ['scripts/hacks.py', 'url = f"http://{user}:{urllib.parse.quote_plus(pw)}@{host}"']] },
  { id: 'bearer-token', name: { en: 'Bearer or basic credentials in an Authorization value', 'zh-CN': 'Authorization 值中的 Bearer 或 Basic 凭据' }, find: 'structure', keywords: ['bearer', 'basic', 'ssws'], judge: 'literal',
    hits: [['client.http', 'Authorization: Basic «b64of:svc:{pw}»'], ['c.sh', 'curl -H "Authorization: Bearer «alnum:40»" https://x'], ['release.sh', 'curl -H "Authorization: token «hex:40»" https://api.github.com/repos/o/r/releases'], ['ci.sh', 'curl --header "PRIVATE-TOKEN: «alnum:20»" https://gitlab.corp.example/api/v4/projects'],
      // A hex token after `Bearer` (Particle's and other APIs' 40 hex digits), Okta's `SSWS` scheme.
      ['devices.sh', 'curl -H "Authorization: Bearer «hex:40»" https://api.corp.example/v1/devices'], ['okta.http', 'Authorization: SSWS 00«alnum:40»']],
    misses: [['a.go', 'req.Header.Set("Authorization", "Bearer "+token)'], ['api-docs.html', "--header 'Authorization: Token «alnum:32»:«alnum:32»'\ncurl -H 'PRIVATE-TOKEN: <your_access_token>' https://gitlab.example.com/api/v4/projects"],
      // A resource server's challenge names its parameters after the scheme.
      ['server/routes/oauth.ts', 'res.set("WWW-Authenticate", `Bearer resource_metadata="${base}/.well-known/oauth-protected-resource"`);\nres.set("WWW-Authenticate", \'Bearer error_description="token expired"\');']] },
  // The 64-byte key (88 base64 characters ending `==`) in a connection string, or given to a key named for an account
  // or storage key in any syntax: `"AccountKey": "…"`, `{ "AccountKey", "…" }`, `storage_account_key = "…"`, `-storagekey …`.
  { id: 'azure-storage-key', name: { en: 'Azure storage account key', 'zh-CN': 'Azure 存储账户密钥' }, find: 'line', keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key'],
    pattern: /(?:account|storage)[_-]?key\d?["'\]]*(?:\s*[:=,]\s*|\s+)["']?(?<v>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/gi, judge: 'format',
    hits: [['a.env', 'C=DefaultEndpointsProtocol=https;AccountName=x;AccountKey=«b64:86»==;EndpointSuffix=core.windows.net'], ['infra/main.tf', '  storage_account_key = "«b64:86»=="'], ['scripts/backup.cmd', 'AzCopy.exe -storagekey «b64:86»== -container sqlbackup']],
    misses: [['infra/main.tf', '  storage_account_key = var.storage_key'], ['src/Storage/Init.cs', '{ "AccountKey", "«b64:42»==" },']] },
  { id: 'azure-connection-string', name: { en: 'Azure shared access key or signature in a connection string', 'zh-CN': '连接串中的 Azure 共享访问密钥或签名' }, find: 'line', keywords: ['SharedAccessKey=', 'sig='],
    pattern: /(?:SharedAccessKey=(?<v>[A-Za-z0-9+/]{42,44}=?)(?=[;"'\s]|$)|[?&;]sig=(?<s>[A-Za-z0-9%+/_-]{40,}(?:%3D|=){0,2})(?=[^\n]*sv=|))/g, judge: 'format',
    hits: [['a.env', 'BUS=Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=«b64:43»=']], misses: [] },
  { id: 'kubernetes-secret', name: { en: 'Value of a Kubernetes Secret (data or stringData)', 'zh-CN': 'Kubernetes Secret 的值（data 或 stringData）' }, find: 'structure', files: /\.ya?ml$/, keywords: [], judge: 'literal',
    hits: [['k8s/secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: p\ndata:\n  db-password: «b64of:{pw}»'], ['manifests/redis.yaml', 'kind: Secret\nstringData:\n  redis-password: «lit:redis2021»'],
      // A deployed Secret holding a weak value spelled from its own word (a Secret under tests/ or docs/ keeps it a stand-in).
      ['k8s/db-secret.yaml', 'kind: Secret\nstringData:\n  db-password: «lit:password»']],
    misses: [['k8s/secret.yaml', 'kind: Secret\ndata:\n  username: YWRtaW4=\n  password: Y2hhbmdlbWU=\n  host: ZGIuaW50ZXJuYWwuY29ycC5leGFtcGxl']] },
  // Also a PEM key written in base64 on one line (its text begins with the encoding of `-----BEGIN `), wherever it is.
  { id: 'private-key', name: { en: 'Private key (PEM)', 'zh-CN': '私钥（PEM）' }, find: 'structure', keywords: ['PRIVATE KEY', 'LS0tLS1CRUdJTi'], judge: 'structure',
    hits: [
      // A TLS Secret as `kubectl get -o yaml` writes it (keys sorted: `data:` before `kind: Secret`), in a List, saved
      // under another extension (the sealed-secrets controller's key backup); a chart's values holding one.
      ['k8s/main.key', 'apiVersion: v1\nitems:\n- apiVersion: v1\n  data:\n    tls.crt: ""\n    tls.key: «b64of:-----BEGIN RSA PRIVATE KEY-----{pw}{pw}{pw}{pw}{pw}{pw}-----END RSA PRIVATE KEY-----»\n  kind: Secret\nkind: List'],
      ['charts/web/values.yaml', 'ingress:\n  tls:\n    key: "«b64of:-----BEGIN PRIVATE KEY-----{pw}{pw}{pw}{pw}{pw}{pw}-----END PRIVATE KEY-----»"'],
      ['id_ecdsa', '-----BEGIN EC PRIVATE KEY-----\n«b64:64»\n«b64:64»\n-----END EC PRIVATE KEY-----'],
      // A 25519 curve's raw key under its tool's own label (Nebula's host key): 32 bytes, 44 base64 characters.
      ['nebula/host.key', '-----BEGIN NEBULA X25519 PRIVATE KEY-----\n«b64:43»=\n-----END NEBULA X25519 PRIVATE KEY-----'], ['certs/tls.key', '-----BEGIN PRIVATE KEY-----\n«b64:64»\n«b64:40»\n-----END PRIVATE KEY-----'],
      // Keys written on one line each (`\n` escapes), one line after another: every one is a key.
      ['deploy/keys.json', '{\n  "web": "-----BEGIN EC PRIVATE KEY-----\\n«b64:64»\\n-----END EC PRIVATE KEY-----",\n  "api": "-----BEGIN EC PRIVATE KEY-----\\n«b64:64»\\n-----END EC PRIVATE KEY-----"\n}']],
    misses: [['id_rsa', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----'], ['c.pem', '-----BEGIN CERTIFICATE-----\n«b64:64»\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\n«b64:64»\n-----END PUBLIC KEY-----'],
      // Encoded certificates and public keys are not private keys; an encoded key with a stand-in body is a stand-in.
      ['k8s/tls.yaml', 'apiVersion: v1\ndata:\n  tls.crt: «b64of:-----BEGIN CERTIFICATE-----{pw}{pw}{pw}{pw}{pw}{pw}-----END CERTIFICATE-----»\n  ca.pub: «b64of:-----BEGIN PUBLIC KEY-----{pw}{pw}{pw}{pw}{pw}{pw}-----END PUBLIC KEY-----»\n  tls.key: «b64of:-----BEGIN PRIVATE KEY-----xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-----END PRIVATE KEY-----»\nkind: Secret']] },
  { id: 'openssh-private-key', name: { en: 'OpenSSH private key', 'zh-CN': 'OpenSSH 私钥' }, find: 'structure', keywords: ['PRIVATE KEY'], judge: 'structure', hits: [['.ssh/id_ed25519', '-----BEGIN OPENSSH PRIVATE KEY-----\n«b64:70»\n«b64:70»\n-----END OPENSSH PRIVATE KEY-----']], misses: [] },
  // An OpenVPN profile's inline `<auth-user-pass>` block: the user name, then the password (read by fileMatcher.ts).
  // Inline in a profile, or in the file a profile names (`auth-user-pass login.conf`: the user, then the password).
  { id: 'openvpn-password', name: { en: 'Password in an OpenVPN profile or its auth-user-pass file', 'zh-CN': 'OpenVPN 配置或其 auth-user-pass 文件中的口令' }, find: 'structure', keywords: ['<auth-user-pass>'], judge: 'literal',
    hits: [['vpn/office.ovpn', 'client\nremote vpn.corp.example 1194\n<auth-user-pass>\nops\n«lit:vpn-ops-2020»\n</auth-user-pass>'], ['etc/openvpn/client/auth.txt', 'ops\n«lit:vpn2021»'], ['deploy/vpn/office.auth', 'backup@corp.example\n«pw»\n']],
    misses: [['vpn/office.ovpn', 'auth-user-pass login.conf\n<auth-user-pass>\nops\n</auth-user-pass>'], ['etc/openvpn/login.conf', 'ops\n'], ['docs/openvpn/login.conf', 'ops\nchangeme']] },
  // An expect script's answer to a password prompt (`expect "assword:"` then `send "…\r"`, or both on one line; in a `.exp`
  // file or a shell or Tcl script running expect). Read in fileMatcher.ts (readExpect): a `send` after any other prompt is a
  // command typed into the session, and a variable (`send "$pass\r"`) or a command (`[exec pass show …]`) is no value.
  { id: 'expect-password-answer', name: { en: 'Password sent to a prompt by an expect script', 'zh-CN': 'expect 脚本向口令提示发送的口令' }, find: 'structure', keywords: ['assword', 'assphrase'], judge: 'literal',
    hits: [['ops/switch-login.exp', 'spawn ssh admin@sw1.corp.example\nexpect "assword:"\nsend "«pw»\\r"\nexpect "#"\nsend "show running-config\\r"'],
      ['scripts/copy-key.sh', 'expect <<EOF\nspawn ssh-copy-id ops@10.0.0.5\nexpect {\n  "yes/no" { send "yes\\r"; exp_continue }\n  "*assword*" { send -- "«lit:ops2020»\\r" }\n}\nEOF'],
      ['ops/unlock.exp', 'expect -re {[Pp]assphrase.*:}\n\n# the key of the backup disk\nsend "«pw»\\n"']],
    misses: [['ops/switch-login.exp', 'expect "assword:"\nsend "$env(SW_PASS)\\r"\nexpect "#"\nsend "show running-config\\r"\nexpect "assword:"\nsend "[exec pass show sw1]\\r"'],
      ['ops/login.exp', 'expect "login:"\nsend "admin\\r"\nexpect "$ "\nsend "passwd\\r"'], ['docs/expect.md', 'expect "assword:"\nsend "«pw»\\r"']] },
  // vsftpd's virtual users list (the text `db_load -T -t hash` turns into its user database): a user per odd line, the password on the even one.
  { id: 'vsftpd-virtual-user', credentialFile: true, name: { en: 'Password in a vsftpd virtual users list', 'zh-CN': 'vsftpd 虚拟用户列表中的口令' }, find: 'structure', keywords: [], judge: 'literal',
    hits: [['etc/vsftpd/virtual_users.txt', 'ftpuser1\n«pw»\nreports\n«lit:ftp2021»'], ['deploy/vsftpd_login.txt', 'upload\n«pw»']],
    misses: [['etc/vsftpd/virtual_users.txt', 'ftpuser1\nchangeme\nftpuser2\n'], ['etc/vsftpd/user_list', 'root\nbin']] },
  // An INI section of logins (fileMatcher's usersSection): CouchDB's `[admins]` (`admin = password`, or the `-pbkdf2-…` hash the server writes back)
  // and Apache Shiro's `[users]` (`shiro.ini` of Zeppelin and others: `name = password, role…`). Entries elsewhere in the file are settings.
  { id: 'ini-users-password', credentialFile: true, name: { en: 'Password in an INI section of logins (CouchDB [admins], Shiro [users])', 'zh-CN': 'INI 登录段中的口令（CouchDB [admins]、Shiro [users]）' }, find: 'structure', keywords: [], judge: 'literal',
    hits: [['etc/couchdb/local.ini', '[couchdb]\nsingle_node=true\n\n[admins]\nadmin = «pw»\nops = -pbkdf2-«hex:40»,«hex:32»,10'], ['opt/couchdb/etc/local.d/admins.ini', '[admins]\nadmin = «lit:couch2020»'],
      ['zeppelin/conf/shiro.ini', '[users]\nadmin = «pw», admin\nuser1 = «lit:zeppelin1», role1, role2\n\n[main]\nsessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager']],
    misses: [['etc/couchdb/local.ini', '[couchdb]\nsingle_node = true\n[chttpd]\nbind_address = 0.0.0.0\n[admins]\n;admin = mysecretpassword\nadmin = {{ couchdb_admin_password }}'],
      ['zeppelin/conf/shiro.ini', '[main]\nsecurityManager.sessionManager = $sessionManager\n[roles]\nadmin = *\n[urls]\n/api/version = anon'], ['docs/zeppelin/shiro.ini', '[users]\nadmin = «pw», admin']] },
  { id: 'openvpn-static-key', name: { en: 'OpenVPN static key (tls-auth, tls-crypt)', 'zh-CN': 'OpenVPN 静态密钥（tls-auth、tls-crypt）' }, find: 'structure', keywords: ['OpenVPN Static key'], judge: 'structure',
    hits: [['etc/openvpn/ta.key', '#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n«hex:32»\n«hex:32»\n«hex:32»\n-----END OpenVPN Static key V1-----']],
    misses: [['docs/vpn.md', 'Generate it with `openvpn --genkey secret ta.key`; the file starts with -----BEGIN OpenVPN Static key V1-----.']] },
  { id: 'pgp-private-key', name: { en: 'PGP private key block', 'zh-CN': 'PGP 私钥块' }, find: 'structure', keywords: ['PRIVATE KEY'], judge: 'structure', hits: [], misses: [] },
  { id: 'putty-private-key', name: { en: 'PuTTY private key', 'zh-CN': 'PuTTY 私钥' }, find: 'structure', keywords: ['PuTTY-User-Key-File-'], judge: 'structure',
    hits: [['keys/ops.ppk', 'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: ops\nPublic-Lines: 1\n«b64:64»\nPrivate-Lines: 2\n«b64:64»\n«b64:40»\nPrivate-MAC: «hex:64»']], misses: [] },
  { id: 'gcp-service-account-key', name: { en: 'Google Cloud service account private key', 'zh-CN': 'Google Cloud 服务账号私钥' }, find: 'structure', keywords: ['PRIVATE KEY'], judge: 'structure',
    hits: [['keys/sa.json', '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n«b64:64»\\n«b64:64»\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "d@p.iam.gserviceaccount.com"\n}']], misses: [] },
  { id: 'pkcs12-file', name: { en: 'PKCS#12 key store file (.p12, .pfx)', 'zh-CN': 'PKCS#12 密钥库文件（.p12、.pfx）' }, find: 'structure', files: /\.(?:p12|pfx)$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  { id: 'java-keystore', name: { en: 'Java key store file (.jks, .keystore)', 'zh-CN': 'Java 密钥库文件（.jks、.keystore）' }, find: 'structure', files: /\.(?:jks|keystore|bks|jceks)$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  { id: 'kerberos-keytab', name: { en: 'Kerberos keytab file (.keytab)', 'zh-CN': 'Kerberos keytab 文件（.keytab）' }, find: 'structure', files: /\.keytab$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  { id: 'macos-kcpassword', name: { en: 'macOS automatic login password file (kcpassword)', 'zh-CN': 'macOS 自动登录口令文件（kcpassword）' }, find: 'structure', files: /(?:^|\/)kcpassword$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  { id: 'aws-secret-access-key', name: { en: 'AWS secret access key', 'zh-CN': 'AWS 秘密访问密钥' }, find: 'structure', keywords: [], judge: 'format',
    hits: [['infra/main.tf', 'provider "aws" {\n  access_key = "«lit:AKIA»«upper:16»"\n  secret_key = "«alnum:17»a1/«alnum:19»Z"\n}'], ['.boto', '[Credentials]\naws_secret_access_key = «alnum:17»a1/«alnum:19»Z'], ['.aws/credentials', '[prod]\naws_secret_access_key = «alnum:36»'],
      // Named so in a configuration, a self-hosted S3 store's six-letter default is the key too.
      ['docker-compose.yml', 'services:\n  web:\n    environment:\n      AWS_SECRET_ACCESS_KEY: «lit:harbor»']],
    // A generated key's length typed as runs is a stand-in.
    // (The run is built at run time: written out, it is what package scanners such as vsce's take for a key.)
    misses: [['.env', `AWS_SECRET_ACCESS_KEY=${'a'.repeat(37)}end\naws_secret_key: Kd8vPq2+Ln/9ABCDEFGHJwTz1234567890xx`]] },

  // ---- keys that name a credential in specific formats ----
  // Synapse's shared secrets (homeserver.yaml): registering any user as an admin, minting access tokens, signing forms.
  // Judged as tokens, as the generic reading judges `…_secret` (a test harness's homeserver has a word there).
  { id: 'synapse-secret', name: { en: 'Synapse homeserver secret', 'zh-CN': 'Synapse 主服务器密钥' }, find: 'key', files: /(?:^|\/)homeserver[\w.-]*\.ya?ml$/, keywords: ['secret'],
    keys: /^(?:form_secret|macaroon_secret_key|registration_shared_secret|worker_replication_secret)$/, judge: 'literal',
    hits: [['synapse/homeserver.yaml', 'server_name: "corp.example"\nform_secret: "«alnum:40»"'], ['matrix/homeserver.yaml', 'registration_shared_secret: «pw»']], misses: [['synapse/homeserver.yaml', 'form_secret: "{{ synapse_form_secret }}"\nregistration_shared_secret_path: /data/reg.secret'], ['docker/complement/conf/homeserver.yaml', 'registration_shared_secret: «lit:harness»']] },
  // Drupal's `$settings['hash_salt']` (settings.php): the site's secret for one-time login links and form tokens.
  { id: 'drupal-hash-salt', name: { en: 'Drupal hash salt', 'zh-CN': 'Drupal 哈希盐值' }, find: 'line', keywords: ['hash_salt'],
    pattern: /\$settings\s*\[\s*['"]hash_salt['"]\s*\]\s*=\s*(?<v>'[^']+'|"[^"]+")\s*;/g, judge: 'literal',
    hits: [['web/sites/default/settings.php', "$settings['hash_salt'] = '«b64:74»';"]], misses: [['web/sites/default/default.settings.php', "$settings['hash_salt'] = '';\n$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');"]] },
  { id: 'ssh-password', name: { en: 'SSH password or key passphrase in a configuration', 'zh-CN': '配置中的 SSH 口令或密钥口令短语' }, find: 'key', keywords: ['pass'], keys: /^(?:ssh_?(?:user_?)?(?:password|passwd|pass|passphrase)|sshPassphrase|sshUserPassword|ansible_ssh_pass(?:word)?|ansible_ssh_private_key_passphrase|ssh_key_passphrase)$/i, judge: 'literal',
    hits: [['.vscode/sftp.json', '{\n  "sshPassphrase": "«lit:phrase2019»"\n}'], ['deployment-config.json', '  "sshUserPassword": "«pw»",'], ['inventory.ini', 'web1 ansible_ssh_pass=«lit:web1pass»']], misses: [['sftp.json', '"sshPassphrase": ""']] },
  { id: 'ftp-client-password', password: true, credentialFile: true, name: { en: 'Saved password of an FTP, SFTP or database client (FileZilla, WinSCP, sftp-config, DBeaver, Robomongo, JetBrains)', 'zh-CN': 'FTP、SFTP 或数据库客户端保存的口令（FileZilla、WinSCP、sftp-config、DBeaver、Robomongo、JetBrains）' }, find: 'key',
    files: /(?:filezilla|sitemanager|recentservers|winscp|sftp-config|sftp\.json|\.ftpconfig|remote-sync|deployment-config|webservers\.xml|datasources(?:\.local)?\.xml|dbeaver|data-sources|credentials-config|robomongo|robo3t|studio3t)[^/]*$/, keywords: ['pass'], keys: /^(?:pass|password|passwd|pwd|userpassword|user_?password)$/i, judge: 'literal',
    hits: [['filezilla/sitemanager.xml', '<Server>\n  <Pass encoding="base64">«b64of:web2018»</Pass>\n</Server>'], ['filezilla/recentservers.xml', '<Pass>«lit:ftp2017»</Pass>'], ['WinSCP.ini', '[Sessions\\web]\nPassword=«hex:60»'], ['.ftpconfig', '{\n  "pass": "«lit:deploy-ftp»"\n}'], ['db/robomongo.json', '  "userPassword" : "«lit:mongo!2018»",'], ['.idea/WebServers.xml', '<fileTransfer host="h" port="21" password="«hex:40»" username="u" />'], ['db/dbeaver-data-sources.xml', '<connection host="localhost" port="1521" user="user" password="«lit:password»"/>']],
    misses: [['sftp-config.json', '{\n  "password": "",\n  "//password": "remove the slashes to use a password"\n}']] },
  { id: 'jenkins-credential', credentialFile: true, name: { en: 'Jenkins stored credential (credentials.xml)', 'zh-CN': 'Jenkins 保存的凭据（credentials.xml）' }, find: 'key', files: /(?:^|\/)credentials\.xml$/, keywords: ['password', 'secret', 'passphrase', 'token'], keys: /^(?:password|secret|passphrase|privateKey|apiToken|token|secretBytes)$/i, judge: 'literal',
    hits: [['jenkins/credentials.xml', '<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <password>«lit:jenkins2017»</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>'], ['credentials.xml', '<secret>{«b64:44»}</secret>'], ['jenkins_home/credentials.xml', '<password>{«lit:AQAAABAAAAAQwErTyUiOpAsDfGhJkLzXcVbNmQwErTyUiOpAsDf»}</password>']], misses: [] },
  // settings-security.xml's master password decrypts every `{…}` password of settings.xml.
  { id: 'maven-master-password', credentialFile: true, name: { en: 'Maven master password (settings-security.xml)', 'zh-CN': 'Maven 主口令（settings-security.xml）' }, find: 'key', files: /(?:^|\/)settings-security\.xml$/, keywords: ['master'], keys: /^master$/, judge: 'literal',
    hits: [['.m2/settings-security.xml', '<settingsSecurity>\n  <master>{«b64:44»}</master>\n</settingsSecurity>'], ['ci/settings-security.xml', '<master>{«lit:kQzTwVbNmRpLxCsYdHfGjAeUoIyBnMvXcZlKqWeRtYuP»}</master>']], misses: [['.m2/settings-security.xml', '<settingsSecurity>\n  <relocation>/media/usb/settings-security.xml</relocation>\n</settingsSecurity>']] },
  // rclone names each backend's secrets plainly; `pass`/`password` values are only obscured (reversible).
  { id: 'rclone-secret', credentialFile: true, name: { en: 'rclone remote secret (rclone.conf)', 'zh-CN': 'rclone 远端密钥（rclone.conf）' }, find: 'key', files: /(?:^|\/)rclone\.conf$/, keywords: ['pass', 'key', 'secret', 'token', 'sas_url'],
    keys: /^(?:pass|password2?|key|client_secret|token|secret_access_key|account_key|sas_url|bearer_token|session_token|app_key|api_key|access_token|auth_token|consumer_secret)$/, judge: 'literal',
    hits: [['.config/rclone/rclone.conf', '[b2]\ntype = b2\naccount = 0012abcd\nkey = «alnum:31»'], ['rclone.conf', '[sftp]\npass = «alnum:12»-«alnum:20»'], ['rclone.conf', '[s3]\nsecret_access_key = «alnum:40»']],
    misses: [['rclone.conf', '[gdrive]\nclient_secret =\nservice_account_file = /etc/rclone/sa.json\nkey_file = ~/.ssh/id_ed25519']] },
  { id: 'github-classic-token', name: { en: 'GitHub token (classic 40-hex format, under a GitHub key)', 'zh-CN': 'GitHub 令牌（旧版 40 位十六进制格式，位于 GitHub 键下）' }, find: 'key', keywords: ['token', 'key', 'secret', 'pass'], keys: /^(?:[\w.-]*(?:github|gh|hub)[\w.-]*(?:token|pat|key|secret|password)|oauth_?token)$/i, shape: /^[0-9a-f]{40}$/, judge: 'literal',
    hits: [['hub', 'github.com:\n- user: ops\n  oauth_token: «hex:40»\n  protocol: https'], ['.bashrc', 'export GITHUB_TOKEN=«hex:40»'], ['ci.env', 'HOMEBREW_GITHUB_API_TOKEN=«hex:40»']], misses: [['ci.env', 'GITHUB_SHA=«hex:40»\nGIT_COMMIT=«hex:40»']] },

  // Other services whose tokens are 40 hex digits (SonarQube's legacy tokens, CircleCI's personal API tokens,
  // Gitea, Gogs and Forgejo access tokens, Buildkite): under a key naming the service, not a commit id.
  { id: 'service-hex-token', name: { en: 'Service token (40-hex format, under a key naming SonarQube, CircleCI, Gitea, Gogs, Forgejo or Buildkite)', 'zh-CN': '服务令牌（40 位十六进制格式，位于 SonarQube、CircleCI、Gitea、Gogs、Forgejo 或 Buildkite 的键下）' }, find: 'key', keywords: ['token', 'key', 'login', 'secret'],
    keys: /^[\w.-]*(?:sonar|circle|gitea|gogs|forgejo|codeberg|buildkite)[\w.-]*(?:token|key|login|secret)$/i, shape: /^[0-9a-f]{40}$/, judge: 'literal',
    hits: [['.gitlab-ci.yml', 'sonar:\n  variables:\n    SONAR_TOKEN: «hex:40»'], ['sonar-project.properties', 'sonar.login=«hex:40»'], ['.env', 'CIRCLECI_TOKEN=«hex:40»\nGITEA_TOKEN=«hex:40»']],
    // A badge's URL names its token as a route parameter (`:circle-token`): read as the key names it, a name, not a value.
    misses: [['.env', 'SONAR_TOKEN=${SONAR_TOKEN}\nSONAR_SCM_REVISION=«hex:40»'], ['README.md', '[![CircleCI](https://circleci.com/gh/ops/app.svg?circle-token=:circle-token)](https://circleci.com/gh/ops/app)']] },
  // SonarQube's legacy 40-hex token given to Gradle's sonar plugin as a property (`property 'sonar.login', '…'`), where no key reader sees it.
  { id: 'sonar-gradle-property', name: { en: 'SonarQube token given as a Gradle sonar property', 'zh-CN': '作为 Gradle sonar 属性给出的 SonarQube 令牌' }, find: 'line', keywords: ['sonar.login', 'sonar.token'],
    pattern: /\bproperty\s*\(?\s*["']sonar\.(?:login|token)["']\s*,\s*["'](?<v>[^"'\s$]+)["']/g, judge: 'literal',
    hits: [['build.gradle', "sonarqube {\n  properties {\n    property 'sonar.login', '«hex:40»'\n  }\n}"]],
    misses: [['build.gradle', "    property 'sonar.login', System.getenv('SONAR_TOKEN')\n    property \"sonar.token\", \"${sonarToken}\""]] },
  // New Relic's classic license key (40 hex digits; newer ones end in a suffix the token rule reads) under a license key name.
  { id: 'newrelic-license-key', name: { en: 'New Relic license key (classic 40-hex format, under a license key name)', 'zh-CN': 'New Relic 许可证密钥（旧版 40 位十六进制格式，位于许可证密钥名下）' }, find: 'key', keywords: ['license'],
    keys: /^(?:license_key|[\w.-]*new_?relic[\w.-]*license[\w.-]*)$/i, shape: /^[0-9a-f]{40}$/, judge: 'literal',
    hits: [['newrelic.yml', 'common: &default_settings\n  license_key: «hex:40»'], ['deploy/app.env', 'NEW_RELIC_LICENSE_KEY=«hex:40»']],
    misses: [['newrelic.yml', "  license_key: '<%= ENV[\"NEW_RELIC_LICENSE_KEY\"] %>'"], ['deploy/app.env', 'GIT_COMMIT=«hex:40»\nNEW_RELIC_LICENSE_KEY=${NR_LICENSE}']] },
  // An Azure DevOps personal access token in its older format (52 lower-case base32 characters, before the 2024 one the token rule reads) under a key naming Azure DevOps.
  { id: 'azure-devops-pat-legacy', name: { en: 'Azure DevOps personal access token (older 52-character format, under an Azure DevOps key)', 'zh-CN': 'Azure DevOps 个人访问令牌（旧版 52 字符格式，位于 Azure DevOps 键下）' }, find: 'key', keywords: ['pat', 'token'],
    keys: /^(?:[\w.-]*[_.-])?(?:ado|azdo|azure_?devops|vsts)(?:[_.-][\w.-]*)?(?:pat|token)$/i, shape: /^[a-z2-7]{52}$/, judge: 'literal',
    hits: [['tools/sync.py', '    ado_pat = "«b32:52»"'], ['pipelines/.env', 'AZURE_DEVOPS_EXT_PAT=«b32:52»']],
    misses: [['azure-pipelines.yml', '  AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)'], ['pipelines/.env', 'BUILD_TAG=«b32:52»\nTORNADO_PAT=«b32:52»']] },
  token('sonarqube-token', 'SonarQube user, project or analysis token', 'SonarQube 用户、项目或分析令牌', ['sqp_', 'squ_', 'sqa_'], 'sq[pua]_[0-9a-f]{40}', 4, [['ci.yml', 'SONAR_TOKEN: «lit:sqp_»«hex:40»']]),

  // WireGuard: the interface's private key and a peer's pre-shared key (a public key is not a secret).
  { id: 'wireguard-key', credentialFile: true, name: { en: 'WireGuard private or pre-shared key', 'zh-CN': 'WireGuard 私钥或预共享密钥' }, find: 'key', keywords: ['privatekey', 'presharedkey'], keys: /^(?:PrivateKey|PresharedKey)$/, shape: /^[A-Za-z0-9+/]{43}=$/, judge: 'literal',
    hits: [['etc/wireguard/wg0.conf', '[Interface]\nPrivateKey = «b64:42»A=\n[Peer]\nPresharedKey = «b64:42»Q=']], misses: [['wg0.conf.j2', 'PrivateKey = {{ wireguard_private_key }}\nPresharedKey = <paste the key>'], ['wg0.conf', '[Peer]\nPublicKey = «b64:42»A=']] },
  // Wi-Fi: wpa_supplicant's `psk` (a passphrase in quotes or 64 hex digits), hostapd's `wpa_passphrase`, NetworkManager's `psk=`.
  { id: 'wifi-psk', password: true, credentialFile: true, name: { en: 'Wi-Fi pre-shared key or passphrase (wpa_supplicant, hostapd, NetworkManager, RHEL and SUSE interface files)', 'zh-CN': 'Wi-Fi 预共享密钥或口令（wpa_supplicant、hostapd、NetworkManager、RHEL 与 SUSE 网卡配置文件）' }, find: 'key',
    files: /(?:wpa_supplicant|hostapd)[^/]*\.conf$|(?:^|\/)(?:network-scripts|sysconfig\/network)\/(?:ifcfg|keys)-[^/]+$|\.nmconnection$|(?:^|\/)networkmanager\/system-connections\/[^/]+$|(?:^|\/)[^/]*(?:wifi|wlan|wireless)[^/]*\.(?:conf|cfg|ini)$|(?:^|\/)iwd\/[^/]+\.(?:psk|8021x)$|(?:^|\/)connman\/(?:[^/]+\.config|[^/]+\/settings)$/, keywords: ['psk', 'passphrase', 'sae_password', 'presharedkey', 'eap-', 'ieee_8021x_', 'wireless_wpa_password'], keys: /^(?:psk|wpa_passphrase|sae_password|wpa_psk|passphrase|presharedkey|eap(?:-[a-z0-9]+)*-password|wireless_wpa_psk|wireless_wpa_password|ieee_8021x_(?:private_key_)?password)$/i, judge: 'literal',
    hits: [['etc/wpa_supplicant/wpa_supplicant.conf', 'network={\n    ssid="Office"\n    psk="«lit:office-wifi-2020»"\n}'], ['wpa_supplicant.conf', 'network={\n    psk=«hex:64»\n}'], ['etc/hostapd/hostapd.conf', 'ssid=Lab\nwpa_passphrase=«pw»'],
      // NetworkManager's keyfiles, older ones named after the connection without an extension.
      ['etc/NetworkManager/system-connections/office', '[wifi]\nssid=office\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=«lit:office2020»'],
      // iwd's network files (`/var/lib/iwd/<SSID>.psk`: `[Security] Passphrase=`, or the derived `PreSharedKey=`) and ConnMan's
      // provisioning files (`/var/lib/connman/*.config`: `Passphrase =`).
      ['var/lib/iwd/Office.psk', '[Security]\nPassphrase=«pw»\nPreSharedKey=«hex:64»\n\n[Settings]\nAutoConnect=true'], ['var/lib/connman/office.config', '[service_office]\nType = wifi\nName = Office\nPassphrase = «lit:office2021»'],
      // Second round (the probe): iwd's 802.1X networks (`EAP-PEAP-Phase2-Password=`) and ConnMan's saved services (`<service>/settings`).
      ['var/lib/iwd/Corp.8021x', '[Security]\nEAP-Method=PEAP\nEAP-PEAP-Phase2-Identity=ops\nEAP-PEAP-Phase2-Password=«pw»'], ['var/lib/connman/wifi_office_managed_psk/settings', '[wifi_office_managed_psk]\nAutoConnect=true\nPassphrase=«pw»'],
      // RHEL's interface files (`network-scripts/keys-wlan0`: `WPA_PSK=`; `ifcfg-eth1`: `IEEE_8021X_PASSWORD=`) and SUSE's (`WIRELESS_WPA_PSK=`).
      ['etc/sysconfig/network-scripts/keys-wlan0', "WPA_PSK='«pw»'"], ['etc/sysconfig/network-scripts/ifcfg-eth1', 'KEY_MGMT=IEEE8021X\nIEEE_8021X_IDENTITY=web1\nIEEE_8021X_PASSWORD="«pw»"'],
      ['etc/sysconfig/network/ifcfg-wlan0', "WIRELESS_WPA_PSK='«lit:wlan2020»'"]],
    misses: [['wpa_supplicant.conf', 'network={\n    ssid="Guest"\n    key_mgmt=NONE\n    psk=""\n}'], ['etc/sysconfig/network-scripts/keys-wlan0', "WPA_PSK=''\nKEY_MGMT=WPA-PSK"]] },
  // ASP.NET's `<machineKey validationKey=… decryptionKey=…>` signs and encrypts auth cookies and view state; JFrog's `joinKey` admits a node to the cluster.
  { id: 'machine-key', name: { en: 'Server validation, encryption or join key (ASP.NET machineKey, JFrog joinKey)', 'zh-CN': '服务器的验证、加密或加入密钥（ASP.NET machineKey、JFrog joinKey）' }, find: 'key', keywords: ['validationkey', 'decryptionkey', 'joinkey', 'join_key'],
    keys: /^(?:validationKey|decryptionKey|joinKey|join_key)$/i, shape: /^[0-9A-Fa-f]{32,}$/, judge: 'literal',
    hits: [['src/Web/Web.config', '<machineKey validationKey="«uhex:128»" decryptionKey="«uhex:48»" validation="HMACSHA256" decryption="AES" />'], ['artifactory/var/etc/system.yaml', 'shared:\n  security:\n    joinKey: «hex:64»']],
    misses: [['Web.config', '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />']] },

  // ---- cloud keys, robots and services of ops teams in China ----
  // Alibaba Cloud's and Tencent Cloud's key ids carry a fixed prefix, as AWS's do: the id names the pair to disable.
  token('alibaba-access-key-id', 'Alibaba Cloud AccessKey ID (half of an AccessKey pair)', '阿里云 AccessKey ID（密钥对的一半）', ['LTAI'], 'LTAI[0-9A-Za-z]{12,24}', 4, [['.ossutilconfig', '[Credentials]\naccessKeyID=«lit:LTAI»«alnum:20»'], ['upload.py', "auth = oss2.Auth('«lit:LTAI»«alnum:20»', os.environ['OSS_SK'])"]]),
  token('tencent-secret-id', 'Tencent Cloud SecretId (half of an API key pair)', '腾讯云 SecretId（API 密钥对的一半）', ['AKID'], 'AKID[0-9A-Za-z]{32}', 4, [['.cos.conf', '[common]\nsecret_id = «lit:AKID»«alnum:32»']]),
  // Group robots of DingTalk, WeCom and Feishu/Lark: whoever has the address can post to the group.
  token('dingtalk-robot-token', 'DingTalk group robot access token', '钉钉群机器人 access_token', ['oapi.dingtalk.com'], '', 0, [['alert.sh', "curl 'https://oapi.dingtalk.com/robot/send?access_token=«hex:64»' -d @msg.json"]],
    { pattern: /oapi\.dingtalk\.com\/robot\/send\?(?:[^\s"'#]*&)?access_token=([0-9a-f]{64})(?![0-9a-f])/g, misses: [['alert.yml', 'url: https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}']] }),
  token('wecom-robot-webhook', 'WeCom (WeChat Work) group robot webhook key', '企业微信群机器人 Webhook key', ['qyapi.weixin.qq.com'], '', 0, [['wechat.py', 'URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=«uuid»"']],
    { pattern: /qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?(?:[^\s"'#]*&)?key=([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/g, misses: [['docs/alert.md', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY']] }),
  token('feishu-robot-webhook', 'Feishu / Lark group robot webhook', '飞书 / Lark 群机器人 Webhook', ['/bot/v2/hook/'], '', 0, [['alertmanager.yml', '- url: https://open.feishu.cn/open-apis/bot/v2/hook/«uuid»'], ['lark.yml', 'url: https://open.larksuite.com/open-apis/bot/v2/hook/«uuid»']],
    { pattern: /open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/([0-9A-Za-z-]{20,64})/g, misses: [['README.md', '`https://open.feishu.cn/open-apis/bot/v2/hook/<token>`']] }),
  // Object-storage CLIs that take a key pair on the command line (Qiniu qshell, MinIO mc, ossutil, obsutil, coscmd, aliyun).
  { id: 'cloud-cli-secret', name: { en: 'Cloud storage secret key on a command line (qshell, mc, ossutil, obsutil, coscmd, aliyun)', 'zh-CN': '命令行中的云存储密钥（qshell、mc、ossutil、obsutil、coscmd、aliyun）' }, find: 'line', shellWord: true, keywords: ['qshell', 'mc alias', 'mc config', 'ossutil', 'obsutil', 'coscmd', 'aliyun'],
    pattern: /\bqshell\s+account\s+(?:-w\s+)?[^\s-]\S*\s+(?<v>[^\s'"$]+)|\bmc\s+(?:alias\s+set|config\s+host\s+add)\s+\S+\s+\S+\s+\S+\s+(?<v1>[^\s'"$]+)|\b(?:ossutil(?:64)?|obsutil|coscmd)\b[^\n]*?\s(?:-k|-s|--access-key-secret|--secret[-_]key)(?:\s+|=)["']?(?<v2>[^\s'"$]+)|\baliyun\s+configure\b[^\n]*?--access-key-secret\s+["']?(?<v3>[^\s'"$]+)/g, judge: 'literal',
    hits: [['sync.sh', 'qshell account «alnum:40» «alnum:40» ops'], ['setup.sh', 'mc alias set minio http://10.0.0.9:9000 admin «pw»'], ['setup.sh', 'ossutil config -e oss-cn-hangzhou.aliyuncs.com -i «lit:LTAI»«alnum:20» -k «alnum:30»']],
    misses: [['setup.sh', 'mc alias set minio http://10.0.0.9:9000 "$MINIO_USER" "$MINIO_PASS"\nqshell account $QINIU_AK $QINIU_SK ops']] },

  // The saved configuration of those CLIs: Huawei obsutil and Baidu bcecmd write the pair as `ak`/`sk`, too short a
  // name for the generic reading (its word would wake every `task =` and `disk:`), so these files are read whole.
  { id: 'cloud-cli-config', credentialFile: true, name: { en: 'Secret key in a cloud storage CLI configuration (obsutil, bcecmd, ossutil, coscmd)', 'zh-CN': '云存储命令行工具配置中的密钥（obsutil、bcecmd、ossutil、coscmd）' }, find: 'line',
    files: /(?:^|\/)\.?(?:obsutilconfig|ossutilconfig|cos\.conf)$|(?:^|\/)\.?(?:bcecmd|bce)\/credentials$/, keywords: [],
    pattern: /^\s*(?:sk|secret_?key|accessKeySecret|access_key_secret)\s*[=:]\s*(?<v>[^\s#;]+)/gi, judge: 'literal',
    hits: [['deploy/.obsutilconfig', '[Credentials]\nendpoint=obs.cn-north-4.myhuaweicloud.com\nsk=«alnum:40»'], ['.bcecmd/credentials', '[Defaults]\nSk = «hex:32»'], ['.bce/credentials', '[Defaults]\nsk = «hex:32»']], misses: [['.obsutilconfig', 'sk=\ntoken=']] },

  // ---- daemons and network devices: the directive names the secret ----
  // keepalived's VRRP `auth_pass`, IPsec's `: PSK "…"`, PPP's chap/pap secrets (client, server, secret).
  { id: 'keepalived-auth-pass', credentialFile: true, name: { en: 'keepalived VRRP authentication password', 'zh-CN': 'keepalived VRRP 认证口令' }, find: 'line', keywords: ['auth_pass'], pattern: /^\s*auth_pass\s+(?<v>"[^"]*"|\S+)/g, judge: 'literal',
    hits: [['etc/keepalived/keepalived.conf', 'authentication {\n    auth_type PASS\n    auth_pass «alnum:8»\n}']], misses: [['keepalived.conf', '    auth_pass {{ vrrp_password }}']] },
  { id: 'ipsec-psk', credentialFile: true, name: { en: 'IPsec pre-shared key or EAP/XAuth password (ipsec.secrets)', 'zh-CN': 'IPsec 预共享密钥或 EAP/XAuth 口令（ipsec.secrets）' }, find: 'line', keywords: [': psk', ': eap', ': xauth', ':psk', ':eap', ':xauth'],
    pattern: /(?:^|\s):\s*(?:PSK|EAP|XAUTH)\s+(?<v>"(?!%)[^"]*"|'(?!%)[^']*'|[^\s"'#%]+)/g, judge: 'literal',
    hits: [['etc/ipsec.secrets', '203.0.113.5 198.51.100.7 : PSK "«pw»"'], ['ipsec.secrets', 'ops : XAUTH "«lit:vpn2020»"']], misses: [['ipsec.secrets', ': RSA server.pem\n: PSK "%prompt"']] },
  { id: 'ppp-secret', credentialFile: true, name: { en: 'PPP CHAP/PAP secret (chap-secrets, pap-secrets)', 'zh-CN': 'PPP CHAP/PAP 口令（chap-secrets、pap-secrets）' }, find: 'line', files: /(?:^|\/)(?:chap|pap)-secrets$/, keywords: [],
    pattern: /^\s*(?:"[^"]*"|[^\s#"]\S*)\s+(?:"[^"]*"|\S+)\s+(?<v>"[^"]*"|[^\s"]\S*)/g, judge: 'literal',
    hits: [['etc/ppp/chap-secrets', '# client server secret IP\nvpnuser * «pw» *\n"branch" * "«lit:branch2021»" 10.8.0.2']], misses: [['etc/ppp/chap-secrets', '# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses']] },
  // SNMP: community strings (net-snmp, Cisco, Huawei) and v3 users' auth and privacy passphrases.
  { id: 'snmp-community', credentialFile: true, name: { en: 'SNMP community string or SNMPv3 passphrase', 'zh-CN': 'SNMP 团体名或 SNMPv3 口令' }, find: 'line', keywords: ['rocommunity', 'rwcommunity', 'com2sec', 'server community', 'agent community', 'createuser', 'authcommunity', 'snmp-server user'],
    pattern: /^\s*(?:r[ow]community6?\s+|com2sec6?\s+\S+\s+\S+\s+|authCommunity\s+\S+\s+|snmp-server\s+community\s+|snmp-agent\s+community\s+(?:read|write)\s+(?:cipher\s+|simple\s+)?)(?<v>[^\s"'#]\S*)|^\s*createUser\s+(?:-e\s+\S+\s+)?\S+\s+(?:MD5|SHA\S*)\s+(?<v1>"[^"]*"|\S+)(?:\s+(?:DES|AES\S*)\s+(?<v2>"[^"]*"|\S+))?|^\s*snmp-server\s+user\s+\S+\s+\S+\s+(?:remote\s+\S+\s+(?:udp-port\s+\d+\s+)?)?v3\s+(?:encrypted\s+)?auth\s+(?:md5|sha\d*)\s+(?<v3>[^\s"'#]\S*)(?:\s+priv\s+(?:des|3des|aes(?:\s+\d+)?)\s+(?<v4>[^\s"'#]\S*))?/g, judge: 'literal',
    hits: [['etc/snmp/snmpd.conf', 'rocommunity «alnum:12» 10.0.0.0/8\ncreateUser monitor SHA "«pw»" AES "«pw»"'], ['etc/snmp/snmptrapd.conf', 'authCommunity log,execute,net «lit:traps2020»'], ['sw01.cfg', 'snmp-server community «alnum:12» RO 10'], ['agg.cfg', 'snmp-agent community read cipher %^%#«alnum:40»%^%#'],
      // Second round (the probe of batch 14): Cisco IOS SNMPv3 users (`snmp-server user NAME GROUP v3 auth sha … priv aes 128 …`).
      ['network/core2.cfg', 'snmp-server group NMS v3 priv\nsnmp-server user nms NMS v3 auth sha «pw» priv aes 128 «pw»'], ['network/core3.cfg', 'snmp-server user mon MON v3 auth md5 «lit:snmp2021»']],
    misses: [['snmpd.conf', '#rocommunity secret 10.0.0.0/16\nrouser monitor priv'], ['network/core2.cfg', 'snmp-server user nms NMS v3\nsnmp-server group NMS v3 priv read V1']] },
  { id: 'haproxy-password', credentialFile: true, name: { en: 'HAProxy user or stats password', 'zh-CN': 'HAProxy 用户或统计页口令' }, find: 'line', keywords: ['insecure-password', 'stats auth'],
    pattern: /^\s*user\s+\S+\s+insecure-password\s+(?<v>\S+)|^\s*stats\s+auth\s+[^:\s]+:(?<s>\S+)/g, judge: 'literal',
    hits: [['etc/haproxy/haproxy.cfg', 'userlist ops\n    user admin insecure-password «pw»\nlisten stats\n    stats auth admin:«lit:stats2020»']], misses: [['haproxy.cfg', '    stats auth admin:"${STATS_PASSWORD}"']] },
  // Erlang terms in a `.config` file (RabbitMQ's `advanced.config`, an OTP release's `sys.config`): `{default_pass, <<"…">>}`,
  // `{password, "…"}` — a tuple whose first element names the credential.
  { id: 'erlang-term-secret', name: { en: 'Password or secret in an Erlang configuration term (advanced.config, sys.config)', 'zh-CN': 'Erlang 配置项中的口令或密钥（advanced.config、sys.config）' }, find: 'line', files: /\.config$/, keywords: ['pass', 'secret', 'token', 'cookie'],
    pattern: /\{\s*(?:[a-z][a-z0-9]*_)*(?:pass|password|passwd|secret|secret_key|api_key|token|cookie)\s*,\s*(?:<<\s*"(?<v>[^"\n]*)"\s*>>|"(?<v1>[^"\n]*)")\s*\}/g, judge: 'literal',
    hits: [['rabbitmq/advanced.config', '[\n  {rabbit, [\n    {default_user, <<"admin">>},\n    {default_pass, <<"«pw»">>}\n  ]},\n  {rabbitmq_auth_backend_ldap, [{dn_lookup_bind, as_user}, {other_bind, as_user}, {password, "«lit:ldap2020»"}]}\n].'],
      ['rel/sys.config', '[{app, [{db_password, "«pw»"}, {api_token, <<"«alnum:32»">>}]}].']],
    misses: [['rabbitmq/advanced.config', '[{rabbit, [{default_pass, <<"">>}, {ssl_options, [{password, "{{ rabbitmq_ssl_password }}"}, {keyfile, "/etc/rabbitmq/key.pem"}]}]}].'], ['Web.config', '<add key="Password" value="{0}" />']] },
  // Java's JMX agent password file (`jmxremote.password`; ActiveMQ's `jmx.password`): `role password`, one a line.
  { id: 'jmx-password', credentialFile: true, name: { en: 'JMX agent password file entry (jmxremote.password)', 'zh-CN': 'JMX 代理口令文件条目（jmxremote.password）' }, find: 'line', files: /(?:^|\/)(?:jmxremote|jmx)\.password$/, keywords: [],
    pattern: /^\s*[A-Za-z_][\w.-]*\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['tomcat/conf/jmxremote.password', '# role, then password\nmonitorRole  «pw»\ncontrolRole  «lit:control2020»'], ['activemq/conf/jmx.password', 'admin «pw»']],
    misses: [['jmxremote.password', '# monitorRole  QED\nmonitorRole {{ jmx_monitor_password }}\ncontrolRole ${JMX_PASSWORD}']] },
  // TACACS+ daemons (shrubbery's tac_plus, tac_plus-ng): the key shared with the network devices, users' passwords in clear text.
  { id: 'tacacs-secret', credentialFile: true, name: { en: 'TACACS+ server key or user password (tac_plus)', 'zh-CN': 'TACACS+ 服务器密钥或用户口令（tac_plus）' }, find: 'line', files: /(?:^|\/)tac_plus[\w.-]*\.(?:conf|cfg)$|(?:^|\/)tacacs\+?\/[^/]+\.(?:conf|cfg)$/, keywords: ['key', 'clear'],
    pattern: /^\s*key\s*=\s*(?<v>"[^"\n]*"|[^\s"#]\S*)\s*(?:#.*)?$|^\s*(?:password\s+)?(?:login|pap|chap|arap|opap|enable|global)\s*=\s*(?:cleartext|clear)\s+(?<v1>"[^"\n]*"|[^\s"#]\S*)\s*(?:#.*)?$/g, judge: 'literal',
    hits: [['etc/tacacs+/tac_plus.conf', 'key = «pw»\nuser = ops {\n    login = cleartext «pw»\n    member = admins\n}'], ['etc/tac_plus-ng.cfg', 'host = corp {\n    address = 10.0.0.0/8\n    key = "«lit:tacacs2020»"\n}\nuser ops {\n    password login = clear «pw»\n}']],
    misses: [['etc/tacacs+/tac_plus.conf', '# key = secret\nkey = {{ tacacs_key }}\nuser = ops {\n    login = PAM\n    login = file /etc/passwd\n}']] },
  // autorestic's backends (`.autorestic.yml`): `key:` is the restic repository's password (`env:` beside it holds the storage's keys).
  { id: 'autorestic-key', password: true, credentialFile: true, name: { en: 'Restic repository password in an autorestic configuration', 'zh-CN': 'autorestic 配置中的 restic 仓库口令' }, find: 'key', files: /(?:^|\/)\.?autorestic\.ya?ml$/, keywords: ['key'], keys: /^key$/, judge: 'literal',
    hits: [['.autorestic.yml', 'backends:\n  nas:\n    type: sftp\n    path: backup@nas.corp.example:/srv/restic\n    key: «pw»\n  s3:\n    type: s3\n    path: s3.amazonaws.com/acme-backups\n    key: «lit:restic2021»']],
    misses: [['.autorestic.yml', 'backends:\n  nas:\n    type: sftp\n    key: ${AUTORESTIC_NAS_KEY}\n    key: ""']] },
  // Installers: kickstart's `rootpw` and `user --password` in plain text, Debian preseed's password answers, and any package's
  // answer of debconf's `password` type given to `debconf-set-selections` (`mysql-server mysql-server/root_password password …`,
  // in a script, a Dockerfile or a preseed file), the question's last part naming a password, a secret, a key or a token.
  { id: 'installer-password', credentialFile: true, name: { en: 'Password in an installer answer file (kickstart, preseed)', 'zh-CN': '系统安装应答文件中的口令（kickstart、preseed）' }, find: 'line', keywords: ['rootpw', '--password', 'passwd/', ' password '],
    pattern: /^\s*rootpw\s+(?:--plaintext\s+)?(?<v1>[^\s-]\S*)|^\s*user\s+[^\n]*?--password[= ](?<v2>[^\s-]\S*)|^\s*d-i\s+passwd\/(?:root|user)-password(?:-again|-crypted)?\s+password\s+(?<v>\S+)|(?:^|["'\s])(?!d-i\s)[a-z0-9][\w.+-]*\s+[\w.+-]+(?:\/[\w.+-]+)*\/(?=[\w.+-]*(?:pass|pw|secret|key|token))[\w.+-]+\s+password\s+(?<v3>[^\s"'$`][^\s"']*)/g, judge: 'literal',
    hits: [['ks/centos7.cfg', 'rootpw --plaintext «pw»\nuser --name=ops --password=«lit:ops2019» --plaintext'], ['preseed.cfg', 'd-i passwd/root-password password «lit:root2020»\nd-i passwd/root-password-again password «lit:root2020»'],
      ['scripts/mysql-preseed.sh', 'echo "mysql-server mysql-server/root_password password «pw»" | debconf-set-selections'], ['docker/db/Dockerfile', 'RUN echo \'phpmyadmin phpmyadmin/mysql/admin-pass password «lit:pma2020»\' | debconf-set-selections']],
    misses: [['ks.cfg', 'rootpw --lock\n# rootpw --plaintext changeme'], ['preseed.cfg', 'd-i passwd/root-login boolean false'],
      ['scripts/mysql-preseed.sh', 'echo "mysql-server mysql-server/root_password password $MYSQL_ROOT_PASSWORD" | debconf-set-selections\necho "mysql-server mysql-server/root_password password" | debconf-set-selections'],
      // A question's name says what it asks for: prose with a slash before the word (`w/o password or key`) is not an answer.
      ['.bash_profile', 'export DB_HOST=db.corp.example # harmless w/o password or key']] },
  // BIND and rndc TSIG keys, Junos' `secret "$9$…";` (a reversible encoding): `secret "…";` inside a braces block.
  // The same statement under other names: DRBD's peer authentication (`shared-secret "…";` in a resource's `net`
  // section) and Junos' routing and SNMP keys (`authentication-key "$9$…";`).
  { id: 'braces-config-secret', credentialFile: true, name: { en: 'Key secret in a BIND, rndc, Junos or DRBD configuration', 'zh-CN': 'BIND、rndc、Junos 或 DRBD 配置中的密钥' }, find: 'line', keywords: ['secret "', 'shared-secret', 'authentication-key'],
    pattern: /^\s*secret\s+"(?<v>[^"\s]{8,})"\s*;|^\s*(?:shared-secret|authentication-key)\s+(?:"(?<v1>[^"\n]+)"|(?<v2>[^\s";{}]+))\s*;/g, judge: 'literal',
    hits: [['etc/bind/named.conf.local', 'key "xfer" {\n    algorithm hmac-sha256;\n    secret "«b64:43»=";\n};'], ['edge-r1.conf', '        10.0.0.9 {\n            secret "$9$«alnum:24»";\n        }'],
      ['etc/drbd.d/r0.res', 'resource r0 {\n  net {\n    cram-hmac-alg sha1;\n    shared-secret "«lit:drbd2020»";\n  }\n}'], ['junos/edge-r1.conf', '            neighbor 203.0.113.1 {\n                authentication-key "$9$«alnum:32»";\n            }']],
    misses: [['named.conf', 'key "xfer" {\n    secret "{{ tsig_secret }}";\n};'], ['etc/drbd.d/r0.res', '    shared-secret "${DRBD_SECRET}";\n    shared-secret "";']] },
  // Kafka's JAAS PLAIN users: `user_<name>="password"` (the broker's user list), in a JAAS file or `sasl.jaas.config`.
  { id: 'jaas-user-password', credentialFile: true, name: { en: 'Kafka JAAS user password (user_NAME=)', 'zh-CN': 'Kafka JAAS 用户口令（user_名称=）' }, find: 'line', files: /jaas[^/]*$|\.properties$|\.ya?ml$/, keywords: ['user_'],
    // A JAAS entry is a line of its own (`user_admin="…"` with at most a `;`), or follows the login module inline;
    // a call's keyword argument (`user_verification="discouraged",`) is neither; nor a setting about users whose last word is an id's,
    // a type's, a name's or a mode's (EMQX's `user_id_type = "username"` in a YAML-embedded HOCON block).
    pattern: /^\s*user_(?!(?:[\w.-]*_)?(?:id|ids|type|name|mode)\b)[\w.-]+\s*=\s*(?<v>"[^"\n]*")\s*;?\s*$|LoginModule\b[^\n]*?\suser_[\w.-]+\s*=\s*(?<p>"[^"\n]*")/g, judge: 'literal',
    hits: [['kafka/kafka_server_jaas.conf', 'KafkaServer {\n    org.apache.kafka.common.security.plain.PlainLoginModule required\n    user_admin="«pw»"\n    user_billing="«lit:billing2021»";\n};'],
      ['kafka/server.properties', 'listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_admin="«pw»";']], misses: [['jaas.conf', '    user_admin="${ADMIN_PASSWORD}";'], ['hc/lib/webauthn.py', '        options, state = self.server.register_begin(\n            user_verification="discouraged",\n        )'], ['tests/node-group/main.tf', '      user_name         = "example"'],
      ['k8s/emqx/cluster.yaml', '  config:\n    data: |\n      authentication {\n        user_id_type = "username"\n      }']] },
  // Consul and Nomad: the gossip encryption key (32 bytes, base64) and ACL bootstrap tokens.
  { id: 'consul-secret', credentialFile: true, name: { en: 'Consul or Nomad gossip encryption key or ACL token', 'zh-CN': 'Consul 或 Nomad 的 gossip 加密密钥或 ACL 令牌' }, find: 'line', keywords: ['encrypt', 'initial_management', 'acl_master_token', 'acl_token', 'acl_agent_token', 'acl_agent_master_token'],
    pattern: /(?:^|[\s{,])"?(?:encrypt|initial_management|acl_master_token|acl_token|acl_agent_token|acl_agent_master_token)"?\s*[=:]\s*"(?<v>[A-Za-z0-9+/]{43}=|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g, judge: 'literal',
    hits: [['consul/server.hcl', 'encrypt = "«b64:43»="\nacl {\n  tokens {\n    initial_management = "«uuid»"\n  }\n}'], ['consul.json', '{"encrypt": "«b64:43»="}']], misses: [['consul.hcl', 'encrypt = "{{ consul_gossip_key }}"\nencrypt_verify_incoming = true']] },
  // The other ACL tokens of a Consul agent's `acl { tokens { … } }` block (`agent`, `default`, `replication`, `agent_recovery`,
  // and the pre-1.11 names): plain words, so only in Consul's own files, and only as UUIDs.
  { id: 'consul-acl-token', credentialFile: true, name: { en: 'Consul agent ACL token', 'zh-CN': 'Consul 代理 ACL 令牌' }, find: 'line', files: /consul/, keywords: ['agent', 'default', 'replication', 'master', 'dns', 'registration'],
    pattern: /(?:^|[\s{,])"?(?:agent|agent_recovery|default|replication|master|agent_master|dns|config_file_service_registration)"?\s*[=:]\s*"(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g, judge: 'literal',
    hits: [['consul/acl.hcl', 'acl {\n  enabled = true\n  tokens {\n    agent   = "«uuid»"\n    default = "«uuid»"\n  }\n}'], ['etc/consul.d/acl.json', '{"acl": {"tokens": {"replication": "«uuid»"}}}']],
    misses: [['consul/acl.hcl', '  tokens {\n    agent = "{{ consul_agent_token }}"\n  }'], ['terraform/variables.tf', 'variable "tenant" {\n  default = "«uuid»"\n}']] },
  // pgbouncer's auth file: `"user" "password or md5/SCRAM verifier"` per line.
  { id: 'pgbouncer-userlist', credentialFile: true, name: { en: 'pgbouncer auth file entry (userlist.txt)', 'zh-CN': 'pgbouncer 认证文件条目（userlist.txt）' }, find: 'line', files: /(?:^|\/)(?:userlist|pgbouncer[^/]*users?)\.txt$/, keywords: [],
    pattern: /^\s*"[^"]+"\s+"(?<v>[^"]+)"/g, judge: 'literal', hits: [['etc/pgbouncer/userlist.txt', '"app" "md5«hex:32»"\n"report" "«pw»"']], misses: [['userlist.txt', ';"app" "md5«hex:32»"\n"app" ""']] },
  // rsync daemons' secrets file (`user:password`) and a client's password file (the password alone).
  { id: 'rsync-password', credentialFile: true, name: { en: 'rsync daemon or client password file', 'zh-CN': 'rsync 服务端或客户端口令文件' }, find: 'line', files: /(?:^|\/)rsync[^/]*\.(?:secrets?|pass(?:wd|word)?|pwd)$/, keywords: [],
    pattern: /^\s*(?:[^\s:#][^\s:]*:)?(?<v>[^\s#:]\S*)\s*$/g, judge: 'literal', hits: [['etc/rsyncd.secrets', 'backup:«pw»\nmirror:«lit:mirror2022»'], ['etc/rsync.pass', '«pw»']], misses: [['etc/rsyncd.secrets', '# user:password']] },
  // RabbitMQ's and Erlang's cluster cookie: whoever holds it joins the cluster.
  { id: 'erlang-cookie', credentialFile: true, name: { en: 'Erlang cluster cookie (RabbitMQ)', 'zh-CN': 'Erlang 集群 cookie（RabbitMQ）' }, find: 'line', files: /(?:^|\/)\.?erlang\.cookie$/, keywords: [],
    pattern: /^\s*(?<v>[A-Za-z0-9]{16,})\s*$/g, judge: 'literal', hits: [['var/lib/rabbitmq/.erlang.cookie', '«upper:20»']], misses: [] },
  // Kaggle's API token file (~/.kaggle/kaggle.json, downloaded from the account page): `{"username": …, "key": …}`.
  { id: 'kaggle-api-key', credentialFile: true, name: { en: 'Kaggle API key (kaggle.json)', 'zh-CN': 'Kaggle API 密钥（kaggle.json）' }, find: 'line', files: /(?:^|\/)kaggle\.json$/, keywords: ['"key"'],
    pattern: /"key"\s*:\s*"(?<v>[^"\s]+)"/g, judge: 'literal', hits: [['.kaggle/kaggle.json', '{"username":"ops","key":"«hex:32»"}']], misses: [['.kaggle/kaggle.json', '{"username":"ops","key":""}']] },
  // An Azure publish settings file (classic service management): the management certificate, with its private key, in base64.
  { id: 'azure-publish-settings', credentialFile: true, name: { en: 'Azure management certificate (.publishsettings)', 'zh-CN': 'Azure 管理证书（.publishsettings）' }, find: 'line', files: /\.publishsettings$/, keywords: ['managementcertificate'],
    pattern: /\bManagementCertificate="(?<v>[A-Za-z0-9+/]{64,}={0,2})"/g, judge: 'literal', hits: [['deploy/prod.publishsettings', '<Subscription Id="x" Name="y" ManagementCertificate="«b64:600»" />']], misses: [['deploy/prod.publishsettings', '<Subscription Id="x" Name="y" ManagementCertificate="" />']] },
  // The same cookie set by name: RabbitMQ's image takes it from `RABBITMQ_ERLANG_COOKIE`, charts and deployers from a setting.
  // A shared password in all but name: judged as one (a weak cookie in deployed configuration is weak, not a stand-in).
  { id: 'erlang-cookie-setting', password: true, name: { en: 'Erlang cluster cookie set by name (RabbitMQ)', 'zh-CN': '按名称设置的 Erlang 集群 cookie（RabbitMQ）' }, find: 'key', keywords: ['cookie'],
    keys: /^(?:[\w.-]*[_.-])?(?:erlang[_-]?cookie|rabbitmq[_-]?(?:cluster[_-]?)?cookie)$|^(?:[a-z]+\.)*(?:erlangCookie|rabbitmqCookie|rabbitmqClusterCookie)$/i, judge: 'literal',
    hits: [['docker-compose.yml', 'services:\n  mq:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_ERLANG_COOKIE: «upper:20»'], ['etc/shop/passwords.yml', 'rabbitmq_cluster_cookie: «lit:password»'],
      ['charts/mq/values.yaml', 'auth:\n  erlangCookie: «alnum:32»']],
    misses: [['roles/mq/templates/env.j2', 'RABBITMQ_ERLANG_COOKIE={{ rabbitmq_cluster_cookie }}'], ['charts/mq/values.yaml', 'auth:\n  erlangCookie: ""\n  existingErlangSecret: mq-cookie'], ['docs/mq.md', '    RABBITMQ_ERLANG_COOKIE: <a long random string>'],
      ['src/session.js', "const sessionCookie = 'shop_session';"]] },
  // Switches and routers (Cisco IOS, Huawei VRP, H3C Comware): local users' passwords in plain text, reversible
  // ciphers (`7 …`, `cipher %^%#…%^%#`) and hashes, enable secrets, TACACS+/RADIUS keys. Arista EOS writes a user's
  // role before the secret (`role network-admin secret 0 …`, `secret sha512 $6$…`); routing peers' keys (a BGP
  // neighbour's `password`, OSPF's `message-digest-key N md5 …` and `authentication-key`, IS-IS'), IKE pre-shared keys
  // (Cisco ASA's `ikev1 pre-shared-key`, `ikev2 remote-authentication pre-shared-key`, IOS' `crypto isakmp key … address`)
  // and ProCurve/Aruba's `password manager user-name … plaintext …` are the same kind of line in the same files.
  { id: 'network-device-password', credentialFile: true, name: { en: 'Password or key in a network device configuration (Cisco, Arista, Huawei, H3C, ProCurve, FortiOS, VyOS; BGP, OSPF and IKE keys)', 'zh-CN': '网络设备配置中的口令或密钥（思科、Arista、华为、华三、ProCurve、FortiOS、VyOS；BGP、OSPF 与 IKE 密钥）' }, find: 'line', keywords: ['password', 'secret ', 'secret\t', 'tacacs-server', 'radius-server', 'psksecret', 'passwd', 'pre-shared-key', 'isakmp key', 'message-digest-key', 'authentication-key', 'key 0', 'key 6', 'key 7', 'key-string'],
    pattern: /^\s*(?:username\s+\S+(?:\s+(?:privilege\s+\d+|role\s+\S+|algorithm-type\s+\S+))*\s+(?:password|secret)|enable\s+(?:password|secret)(?:\s+level\s+\d+)?)\s+(?:\d\s+|sha512\s+)?(?<v>[^\s"']+)\s*$|^\s*neighbor\s+\S+\s+password\s+(?:\d\s+)?(?<v6>[^\s"']+)\s*$|^\s*(?:ipv6\s+)?(?:ip\s+ospf|ospf|isis)\s+(?:message-digest-key\s+\d+\s+md5|authentication-key|password)\s+(?:\d\s+)?(?<v7>[^\s"']+)\s*$|^\s*(?:(?:ikev1\s+)?pre-shared-key|ikev2\s+(?:local|remote)-authentication\s+pre-shared-key|crypto\s+isakmp\s+key)\s+(?:\d\s+)?(?<v8>[^\s"']+)(?:\s+(?:address|hostname)\s+\S+(?:\s+\S+)?)?\s*$|^\s*password\s+(?:manager|operator|port-access)\s+(?:user-name\s+"?[^\s"]+"?\s+)?(?:plaintext|sha1)\s+(?:"(?<v9>[^"]+)"|(?<v10>[^\s"']+))\s*$|^\s*(?:area|domain)-password\s+(?:(?:md5|clear|text|hmac-md5)\s+)?(?<v11>[^\s"']+)(?:\s+\S+)?\s*$|^\s*user\s+\S+\s+group\s+\S+\s+password\s+(?:plaintext|ciphertext)\s+(?<v12>[^\s"']+)\s*$|^\s*(?:tacacs-server|radius-server)\s+(?:host\s+\S+\s+)?key\s+(?:\d\s+)?(?<v1>\S+)|^\s*local-user\s+\S+\s+password\s+(?:irreversible-cipher|cipher|simple|hash)\s+(?:\$h\$)?(?<v2>\S+)|^\s*password\s+(?:simple|cipher|hash)\s+(?:\$h\$)?(?<v3>\S+)\s*$|^\s*set\s+(?:password|passwd|psksecret|auth-password|priv-password)\s+(?:ENC\s+)?(?<v4>"[^"]*"|[^\s"'$[{]\S*)\s*$|(?:^|\s)(?:plaintext-password|pre-shared-secret)\s+(?<v5>'[^']*'|"[^"]*"|[^\s"'$]\S*)\s*$|^\s+key\s+[067]\s+(?<v13>[^\s"'{$]\S*)\s*$|^\s*key-string\s+(?:[067]\s+)?(?<v14>[^\s"'{$]\S*)\s*$/g, judge: 'literal',
    hits: [['configs/core-sw01.cfg', 'username admin privilege 15 password 0 «pw»\nenable password 7 «uhex:20»\ntacacs-server key «lit:tacacs2020»'], ['huawei/agg.cfg', 'aaa\n local-user ops password cipher %^%#«alnum:40»%^%#'], ['h3c/sw03.cfg', 'local-user admin class manage\n password simple «pw»\nlocal-user guest class network\n password hash $h$6$«b64:16»$«b64:86»'],
      // FortiOS (`set password`, an IPsec tunnel's `set psksecret`, `ENC` before a reversible encoding) and VyOS (`plaintext-password`, an IPsec peer's `pre-shared-secret`).
      ['network/fw01.conf', 'config system admin\n    edit "ops"\n        set password «pw»\n    next\nend\nconfig vpn ipsec phase1-interface\n    edit "to-dc"\n        set psksecret ENC «b64:60»\n    next\nend'],
      ['vyos/config.boot', "set system login user ops authentication plaintext-password '«pw»'\nset vpn ipsec site-to-site peer 203.0.113.1 authentication pre-shared-secret '«pw»'"],
      ['network/leaf1.cfg', 'username admin privilege 15 role network-admin secret 0 «pw»\nusername ops role network-operator secret sha512 $6$«b64:16»$«b64:86»'],
      ['etc/frr/frr.conf', 'router bgp 65001\n neighbor 203.0.113.1 remote-as 65002\n neighbor 203.0.113.1 password «lit:peer2020»\n!\ninterface eth0\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 «pw»'],
      ['network/asa-fw1.cfg', 'tunnel-group 203.0.113.5 ipsec-attributes\n ikev1 pre-shared-key «pw»\n ikev2 remote-authentication pre-shared-key «pw»\ncrypto isakmp key «lit:branch2020» address 203.0.113.9'],
      ['network/sw-floor2.cfg', 'hostname "sw-floor2"\npassword manager user-name "admin" plaintext "«pw»"'],
      // Second round (the probe): IOS-XE's hashing algorithm before the secret, ASA's older bare `pre-shared-key`, IS-IS' area
      // and domain passwords (Cisco, FRR, Quagga), an Aruba CX user's plaintext password.
      ['network/core1.cfg', 'username admin privilege 15 algorithm-type scrypt secret «pw»\ntunnel-group 203.0.113.6 ipsec-attributes\n pre-shared-key «lit:branch2021»'],
      ['etc/quagga/isisd.conf', 'router isis CORE\n area-password md5 «pw»\n domain-password clear «lit:isis2020»'], ['network/cx1.cfg', 'user admin group administrators password plaintext «pw»'],
      // Batch 9's probe: IOS' server blocks (`tacacs server ISE` / `radius server NPS`, then ` key 0|6|7 …`) and key chains' `key-string`.
      ['network/core2.cfg', 'tacacs server ISE\n address ipv4 10.0.0.5\n key 0 «pw»\nradius server NPS\n key 7 «uhex:20»\nkey chain OSPF\n key 1\n  key-string «lit:ospf2020»']],
    misses: [['sw01.cfg', 'service password-encryption\nusername admin privilege 15 secret\n password-recovery enable\nkey chain OSPF\n key 1\n key 7\n  key-string {{ ospf_key }}'],
      ['network/asa-fw1.cfg', ' ikev1 pre-shared-key *****\n neighbor 203.0.113.1 password {{ bgp_peer_password }}\n ip ospf authentication message-digest\npassword manager user-name "admin" plaintext "${SW_ADMIN_PASSWORD}"'],
      ['network/fw01.conf', '        set password-policy enable\n        set psksecret {{ fortigate_psk }}'], ['vyos/config.boot', "set vpn ipsec site-to-site peer 203.0.113.1 authentication mode 'pre-shared-secret'"],
      // An Expect script's variable from its arguments.
      ['ops/login.exp', 'set password [lindex $argv 0]\nset password $env(OPS_PASS)'], ['krb/ticket.sh', 'echo "$KRB_PASSWORD" | kinit svc@CORP.EXAMPLE\necho "$(cat pw)" | passwd --stdin deploy\necho hello | tr a-z A-Z --stdin-ignored']] },

  // Ops runbooks' database and broker command lines the command-line rule above does not know: Oracle's
  // `user/password@db`, redis-cli's `-a`, the MongoDB tools' `-p`, htpasswd's batch mode, rabbitmqctl's
  // user commands, and the join secrets of a kubeadm node and a Jenkins inbound agent.
  // Windows runbooks too: PsExec's `-u user -p password`, PowerCLI's `Connect-VIServer … -Password`.
  { id: 'ops-command-password', name: { en: 'Password or join secret on an ops command line (sqlplus and other Oracle tools, redis-cli, mongo, htpasswd, rabbitmqctl, kubeadm, Jenkins agent, PsExec, PowerCLI, ipmitool, FreeRDP, sqlcmd, oc, az, argocd, influx, net ads, transmission-remote, pcs, vsql, --secret-key, LXD trust password, SurrealDB, XenServer xe, ZooKeeper addauth digest)', 'zh-CN': '运维命令行中的口令或加入密钥（sqlplus 及其他 Oracle 工具、redis-cli、mongo、htpasswd、rabbitmqctl、kubeadm、Jenkins agent、PsExec、PowerCLI、ipmitool、FreeRDP、sqlcmd、oc、az、argocd、influx、net ads、transmission-remote、pcs、vsql、--secret-key、LXD 信任口令、SurrealDB、XenServer xe、ZooKeeper addauth digest）' }, find: 'line', shellWord: true,
    keywords: ['sqlplus', 'expdp', 'impdp', 'sqlldr', 'dgmgrl', 'rman', 'redis-cli', 'mongo', 'htpasswd', 'rabbitmqctl', 'kubeadm', 'agent.jar', 'slave.jar', 'psexec', 'connect-viserver', 'ipmitool', 'freerdp', 'sqlcmd', 'bcp ', 'osql', 'oc login', 'kubectl login', 'az login', 'argocd', 'influx setup', 'influx auth', 'net ads', 'net rpc', 'net rap', 'racadm', 'etcdctl', 'mkstore', 'sensuctl', 'snmp', 'fly', 'zip ', '7z', 'bamboo-agent', 'kadmin', 'apikey', 'authorize', 'transmission-remote', 'pcs ', '--secret-key', '--secret-access-key', 'vsql', 'trust_password', 'surreal', '-pw', 'addauth'],
    pattern: /\b(?:sqlplus|expdp|impdp|sqlldr|dgmgrl|rman\s+target)\s+(?:-\w+\s+)*[A-Za-z_][\w#]*\/(?<v>[\x21\x23\x25\x26\x28-\x7e]+?)(?=@|\s|$)|\bredis-cli\b[^\n]*?\s-a\s+["']?(?<v1>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|(?<![\w.-])mongo(?:sh|dump|restore|export|import|stat|top|files)?\b[^\n]*?\s(?:-p|--password)(?:\s+|=)["']?(?!\d+(?::\d+)+(?:\/\w+)?(?=[\s'"]|$))(?<v2>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bhtpasswd\s+(?=(?:-\w+\s+)*-\w*b)(?:-\w+\s+)+\S+\s+\S+\s+["']?(?<v3>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\brabbitmqctl\s+(?:add_user|change_password)\s+\S+\s+["']?(?<v4>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bkubeadm\s+(?:join|token\s+create)\b[^\n]*?--token[=\s]+(?<v5>[a-z0-9]{6}\.[a-z0-9]{16})\b|\b(?:agent|slave)\.jar\b[^\n]*?\s-secret\s+(?<v6>[0-9a-f]{64})\b|\b(?:psexec|PsExec|PSEXEC|psExec|PSExec)(?:64)?(?:\.exe|\.EXE)?\s[^\n]*?\s-p\s+["']?(?<v7>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:Connect-VIServer|connect-viserver|Connect-VIserver)\s[^\n]*?\s-(?:Password|password)[:\s]+["']?(?<v8>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bipmitool\b[^\n]*?\s-P\s+["']?(?<v9>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b[xw]freerdp3?\b[^\n]*?\s[/-]p:["']?(?<v10>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:sqlcmd|bcp|osql)\b[^\n]*?\s-P\s*["']?(?<v11>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:oc|kubectl|az|influx|argocd|sensuctl)\s+(?:login|setup|repo\s+add|auth\s+create|configure)\b[^\n]*?\s(?:-p|--password)(?:\s+|=)["']?(?<v12>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bnet\s+(?:ads|rpc|rap)\b[^\n]*?\s-U\s*["']?[^\s%'"]+%(?<v13>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bracadm\b[^\n]*?\s-p\s+["']?(?<v14>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\betcdctl\b[^\n]*?\s--user[=\s]["']?[^\s:'"]+:(?<v15>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|\bmkstore\b[^\n]*?\s-(?:createCredential|modifyCredential)\s+\S+\s+\S+\s+["']?(?<v16>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bsnmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform|status|df|delta|netstat|usm|vacm|translate)\b[^\n]*?\s-[AX]\s*["']?(?<v17>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bfly\b[^\n]*?\slogin\b[^\n]*?\s(?:-p|--password)(?:\s+|=)["']?(?<v18>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bzip\s[^\n]*?\s(?:-P|--password)\s+["']?(?<v19>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b7z[ar]?\s[^\n]*?\s-p["']?(?<v20>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bbamboo-agent[\w.-]*\.jar\s+\S+\s+(?:-\w+\s+\S+\s+)*?-t\s+["']?(?<v21>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bkadmin(?:\.local)?\b[^\n]*?\s-w\s*["']?(?<v22>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\b(?:ibmcloud|bx)\s+login\b[^\n]*?\s--apikey(?:\s+|=)["']?(?!@)(?<v23>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bb2\s+(?:authorize[-_]account|account\s+authorize)\s+["']?[\w-]+["']?\s+["']?(?<v24>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\btransmission-remote\b[^\n]*?\s(?:--auth|-n)\s+["']?[^\s:'"]+:(?<v25>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|\bpcs\s+(?:host|cluster)\s+auth\b[^\n]*?\s(?:-p|--password)(?:\s+|=)["']?(?<v26>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|(?:^|\s)--secret-(?:access-)?key(?:\s+|=)["']?(?![/@~])(?<v27>[\x21\x23\x25\x26\x28-\x7e]+)(?=[\s'"]|$)|\bvsql\b[^\n]*?\s-w\s*["']?(?<v28>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|\b(?:lxc|incus)\s+config\s+set\s+(?:\S+\s+)?core\.trust_password(?:\s+|=)["']?(?<v29>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|\bsurreal\s+(?:start|sql|import|export|isready)\b[^\n]*?\s(?:--pass|-p)(?:\s+|=)["']?(?<v30>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|(?:^|[\s;&|(])xe\s[^\n]*?\s-pw\s+["']?(?<v31>[\x21\x23\x25\x26\x28-\x7e]+?)(?=['"]?(?:\s|$))|\baddauth\s+digest\s+["']?[^\s:'"$]+:(?<v32>[^\s'"$][^\s'"]*)(?=['"]?(?:\s|$))|\baddAuthInfo\s*\(\s*"digest"\s*,\s*"[^\s:"$]+:(?<v33>[^\s"$][^\s"]*)"/g, judge: 'literal',
    hits: [['runbooks/export.sh', 'sqlplus system/«pw»@ORCL @export.sql'], ['ops/flush.sh', 'redis-cli -h 10.0.0.5 -a «lit:redis2020» FLUSHALL'], ['ops/backup.sh', 'mongodump -u backup -p «pw» --authenticationDatabase admin'],
      ['ops/users.sh', 'htpasswd -bc /etc/nginx/.htpasswd ops «lit:nginx2021»'], ['ops/mq.sh', 'rabbitmqctl add_user monitor «pw»'], ['ops/join.sh', 'kubeadm join 10.0.0.10:6443 --token «lower:6».«lower:16» --discovery-token-ca-cert-hash sha256:«hex:64»'],
      ['ops/agent.sh', 'java -jar agent.jar -jnlpUrl https://ci.corp.example/computer/b1/jenkins-agent.jnlp -secret «hex:64» -workDir /w'],
      ['ops/restart.cmd', 'PsExec.exe \\\\10.0.0.7 -u CORP\\ops -p «lit:Ops2020!» cmd /c shutdown -r'], ['ops/vsphere.ps1', 'Connect-VIServer -Server vc.corp.example -User ops@vsphere.local -Password «pw»'],
      // A BMC's IPMI password, an RDP client's `/p:`, SQL Server's command-line tools' `-P`, the logins of OpenShift, Azure, Argo CD and
      // InfluxDB's setup (`-p`/`--password`), and Samba's `net ads join -U user%password`.
      ['ops/bmc.sh', 'ipmitool -I lanplus -H 10.0.0.30 -U ADMIN -P «pw» chassis power status'], ['ops/rdp.sh', 'xfreerdp /v:10.0.0.40 /u:Administrator /p:«pw» /cert:ignore'],
      ['ops/mssql.sh', 'sqlcmd -S db.corp.example -U sa -P «pw» -Q "SELECT 1"'], ['ops/ocp.sh', 'oc login https://api.ocp.corp.example:6443 -u kubeadmin -p «pw»'],
      ['ops/azure.sh', 'az login --service-principal -u http://deploy-sp -p «pw» --tenant corp.onmicrosoft.com'], ['ops/argocd.sh', 'argocd login argocd.corp.example --username admin --password «pw»'],
      ['ops/influx.sh', 'influx setup --username admin --password «pw» --org ops --bucket metrics --force'], ['ops/ad-join.sh', 'net ads join -U Administrator%«pw»'],
      // A Dell iDRAC's `racadm -p`, etcd's `--user user:password`, an Oracle wallet's stored credential (`mkstore -createCredential
      // alias user password`), sensuctl's `configure --password`, and the net-snmp tools' SNMPv3 passphrases (`-A` auth, `-X` privacy).
      ['ops/idrac.sh', 'racadm -r 10.0.0.31 -u root -p «pw» serveraction powercycle'], ['ops/etcd.sh', 'etcdctl --endpoints=https://10.0.0.12:2379 --user root:«pw» snapshot save /b/etcd.db'],
      ['ops/wallet.sh', 'mkstore -wrl /u01/wallet -createCredential ORCL system «pw»'], ['ops/sensu.sh', 'sensuctl configure -n --url http://127.0.0.1:8080 --username admin --password «pw»'],
      ['ops/snmp.sh', 'snmpwalk -v3 -l authPriv -u monitor -a SHA -A «pw» -x AES -X «pw» 10.0.0.1 system'],
      // Concourse's `fly login -p`, and an archive's password (`zip -P`, 7-Zip's `-p` glued to the value).
      ['ops/fly.sh', 'fly -t ci login -c https://ci.corp.example -u admin -p «pw»'], ['ops/archive.sh', 'zip -r -P «pw» backup.zip /srv/data'], ['ops/archive.sh', '7z a -p«pw» -mhe=on backup.7z /srv/data'],
      // A Bamboo remote agent's security token (`-t`), given to the agent installer with the server's URL.
      ['ops/bamboo-agent.sh', 'java -jar atlassian-bamboo-agent-installer-9.2.1.jar https://bamboo.corp.example/agentServer/ -t «hex:40»'],
      // Kerberos' admin client (`kadmin -w password`), IBM Cloud's CLI login with an API key (`--apikey`, not a key file given as
      // `@file`), and Backblaze B2's CLI authorizing an application key (`b2 account authorize KEY_ID KEY`, formerly `authorize-account`).
      ['ops/kadmin.sh', "kadmin -p admin/admin -w '«pw»' -q 'addprinc -randkey host/web1.corp.example'"], ['ops/ibmcloud.sh', 'ibmcloud login --apikey «alnum:44» -r us-south'],
      ['ops/b2.sh', 'b2 account authorize 0012a3b4c5d6e7f0000000001 «alnum:31»'], ['ops/b2-old.sh', 'b2 authorize-account "0012a3b4c5d6e7f0000000002" "«alnum:31»"'],
      // transmission-remote's daemon login (`--auth user:password`, `-n`).
      ['ops/torrent.sh', 'transmission-remote 10.0.0.5:9091 --auth ops:«pw» --add "$1"'], ['ops/torrent.sh', "transmission-remote -n 'ops:«lit:torrent2020»' -l"],
      // Pacemaker's node login (`pcs host auth … -p`, older `pcs cluster auth`), and an object store's secret key given as a long
      // option (`--secret-key`, JuiceFS' `format`), often on a continued line of its own.
      // Vertica's client (`vsql -w password`, the value glued to the option or after it).
      ['ops/vertica.sh', 'vsql -h vertica.corp.example -U dbadmin -w «pw» -f load.sql'], ['ops/vertica.sh', "vsql -U dbadmin -w'«lit:vertica2020»' -c 'SELECT 1'"],
      ['ops/ha.sh', "pcs host auth node1 node2 -u hacluster -p '«pw»'"], ['ops/ha-old.sh', 'pcs cluster auth db1 db2 -u hacluster -p «lit:cluster2020» --force'],
      ['ops/jfs.sh', 'juicefs format \\\n  --storage s3 \\\n  --secret-key «pw» \\\n  redis://r:6379/1 fs'],
      // Second round (the probe of batch 14): Oracle's other command-line tools with a `user/password@` connect string (Data Pump, SQL*Loader, RMAN, DGMGRL).
      ['ops/oracle-export', '0 3 * * * oracle expdp system/«pw»@ORCLPDB1 directory=DUMP_DIR dumpfile=full_%U.dmp full=y'], ['ops/rman.sh', 'rman target sys/«pw»@ORCL cmdfile=backup.rman'],
      // LXD's (and Incus') remote-client trust password, SurrealDB's root login (`surreal start --pass`), XenServer's `xe … -pw`.
      ['ops/lxd-init.sh', 'lxc config set core.trust_password «pw»'], ['ops/surreal.sh', 'exec surreal start --user root --pass «lit:surreal2020» rocksdb:/data/app.db'],
      ['ops/xen.sh', 'xe -s xen1.corp.example -u root -pw «pw» vm-list params=name-label'],
      // ZooKeeper's digest login, in its shell (`addauth digest user:password`) and from Java (`addAuthInfo("digest", "user:password"…)`) (batch 20).
      ['zookeeper/acl.sh', 'zkCli.sh -server zk01:2181 <<EOC\naddauth digest admin:«pw»\nsetAcl /app auth:admin:cdrwa\nEOC'], ['src/ZkAdmin.java', '    zk.addAuthInfo("digest", "admin:«lit:zookeeper2020»".getBytes());']],
    misses: [['ops/flush.sh', 'sqlplus -s /nolog @check.sql\nsqlplus "$DB_USER/$DB_PASS@ORCL"\nredis-cli -a "$REDIS_PASSWORD" ping\nmongodump -u backup -p "$MONGO_PASS"\nhtpasswd -c /etc/nginx/.htpasswd ops\nrabbitmqctl add_user monitor "$MQ_PASS"\njava -jar agent.jar -secret @secret-file\npsexec \\\\host -u ops -p %OPS_PASS% cmd\nConnect-VIServer $vc -User $user -Password $pass'], ['docs/redis.md', 'redis-cli -h <host> -a <password> ping'],
      ['ops/bmc.sh', 'ipmitool -I lanplus -H "$BMC" -U ADMIN -P "$IPMI_PASSWORD" sel list\nipmitool -E -U ADMIN power status'], ['ops/rdp.sh', 'xfreerdp /v:host /u:ops /p:$RDP_PASS'],
      ['ops/login.sh', 'oc login --token=$(cat /run/secrets/token) https://api.ocp.corp.example:6443\naz login --identity\nnet ads join -U Administrator%$AD_PASS\nargocd login cd.corp.example --sso'],
      ['ops/bmc.sh', 'racadm -r "$IDRAC" -u root -p "$IDRAC_PASS" getsysinfo\netcdctl --user root:"$ETCD_PASS" member list\netcdctl --user root member list\nmkstore -wrl /u01/wallet -createCredential ORCL system\nsnmpwalk -v2c -c public -A 10.0.0.1\nsnmpwalk -v3 -u monitor -A "$SNMP_AUTH" 10.0.0.1'],
      ['ops/archive.sh', 'zip -r -P "$ZIP_PASS" backup.zip /srv\n7z x -p backup.7z\n7z a -p"$ARCHIVE_PASS" b.7z /srv\nfly -t ci login -c https://ci.corp.example -u admin -p "$FLY_PASS"\njava -jar atlassian-bamboo-agent-installer.jar https://bamboo.corp.example/agentServer/ -t "$BAMBOO_TOKEN"'],
      ['ops/cloud-login.sh', 'kadmin -p admin/admin -w "$KADMIN_PASS" -q listprincs\nkadmin -p admin/admin -k -t /etc/krb5.keytab\nibmcloud login --apikey @~/.bluemix/apikey.json\nibmcloud login --apikey "$IBMCLOUD_API_KEY"\nibmcloud login --sso\nb2 account authorize "$B2_KEY_ID" "$B2_APP_KEY"\nb2 account authorize\ntransmission-remote --auth ops:"$TR_PASS" -l\ntransmission-remote -ne -l'],
      // `docker run -p` publishes a port, and a name that ends in `-mongo` is not the command.
      ['package.json', '    "mongo-local": "docker run --rm -p 27017:27017 mongo:7",\n    "dev-mongo": "docker run -d -p 8081 mongo-express"'],
      ['ops/ha.sh', 'addauth digest admin:$ZK_PASS\naddauth digest admin\npcs host auth node1 -u hacluster -p "$HACLUSTER_PASS"\npcs host auth node1 -u hacluster\njuicefs format --secret-key "$JFS_SECRET" redis://r/1 fs\ngpg --export-secret-keys ops > k.asc\nminio-client --secret-key-file /run/secrets/sk\ntool --secret-key /etc/tool/secret.key']] },
  // More ops tools whose login is given on the command line: a BMC's (HPE's `ilorest login host -u user -p password`,
  // Supermicro's `SMCIPMITool host user password command`, the password third and bare) and a registry's (`crane auth login
  // -p`). A variable, `-` or a `--flag` is not a value. Second round (the probe of batch 18, not held out): Apple's upload tool
  // (`xcrun altool … -u id -p password`; `@keychain:NAME` and `@env:NAME` are references; `notarytool --password` was found already).
  { id: 'ops-tool-login', name: { en: 'Login on an ops command line (HPE ilorest, Supermicro SMCIPMITool, crane, Apple altool)', 'zh-CN': '运维命令行中的登录口令（HPE ilorest、Supermicro SMCIPMITool、crane、Apple altool）' }, find: 'line', shellWord: true,
    keywords: ['ilorest', 'smcipmitool', 'crane', 'altool'],
    pattern: /\bilorest(?:\.exe)?\s+login\b[^\n]*?\s(?:-p|--password)(?:\s+|=)(?<q1>["']?)(?<v>[^\s'"$%`-][^\s'"`]*)\k<q1>(?=[\s;|)]|$)|\bcrane\s+auth\s+login\b[^\n]*?\s(?:-p|--password)(?:\s+|=)(?<q2>["']?)(?<v1>[^\s'"$%`-][^\s'"`]*)\k<q2>(?=[\s;|)]|$)|\bSMCIPMITool(?:\.exe)?\s+(?!-)\S+\s+(?!-)\S+\s+(?<q3>["']?)(?<v2>[^\s'"$%`-][^\s'"`]*)\k<q3>\s+[a-z]|\baltool\b[^\n]*?\s(?:-p|--password)(?:\s+|=)(?<q4>["']?)(?<v3>[^\s'"$%`@-][^\s'"`]*)\k<q4>(?=[\s;|)]|$)/gi,
    judge: 'literal',
    hits: [['bmc/ilo-firmware.sh', "ilorest login ilo-web1.corp.example -u Administrator -p '«pw»'"], ['bmc/ilo.ps1', 'ilorest.exe login 10.0.0.40 -u admin --password=«lit:ilo2020»'],
      ['bmc/power-status.sh', "for h in 10.20.0.11 10.20.0.12; do SMCIPMITool $h ADMIN '«pw»' ipmi power status; done"], ['bmc/fru.cmd', 'SMCIPMITool.exe 10.20.0.13 ADMIN «lit:ADMIN2020» ipmi fru'],
      ['registry/push.sh', "crane auth login registry.corp.example -u ci -p '«pw»'"],
      ['ios/upload.sh', 'xcrun altool --upload-app --type ios -f build/Corp.ipa -u release@corp.example -p "«pw»"'], ['ios/release.sh', 'xcrun altool --validate-app -f Corp.ipa -t ios -u release@corp.example -p «lit:upload2020»']],
    misses: [['bmc/ilo.sh', 'ilorest login "$ILO" -u admin -p "$ILO_PASSWORD"\nilorest login\nSMCIPMITool "$BMC" ADMIN "$BMC_PASS" ipmi power status\nSMCIPMITool -h\ncrane auth login r.corp.example -u ci --password-stdin <<< "$TOKEN"\ncrane auth login r.corp.example -u ci -p "$CRANE_PASS"\nxcrun altool --upload-app -f a.ipa -u release@corp.example -p "@keychain:AC_PASSWORD"\nxcrun notarytool submit a.zip --keychain-profile notary --wait\nxcrun altool -u "$APPLE_ID" -p "$APP_PASSWORD"'],
      ['docs/bmc.md', 'ilorest login <ilo-host> -u <user> -p <password>']] },
  // Emacs Lisp settings of a login (`(setq erc-password "…")`, a pair continued inside a `setq`, `'(smtpmail-… "…")` in
  // `custom-set-variables`, `setopt`): a symbol naming a password, secret or token and a string after it. Second round (the
  // probe of batch 18, not held out). `nil`, `t`, a call (`(auth-source-pick-first-password …)`) are not strings.
  { id: 'emacs-setq-password', name: { en: 'Password or token set in Emacs Lisp (setq)', 'zh-CN': 'Emacs Lisp 中设置的口令或令牌（setq）' }, find: 'line',
    files: /\.el$|(?:^|\/)\.(?:emacs|gnus)$/, keywords: ['pass', 'secret', 'token', 'api-key', 'apikey'],
    pattern: /^\s*(?:\((?:setq(?:-default|-local)?|setopt|customize-set-variable)\s+'?|'\()?(?<k>[\w-]*(?:password|passwd|secret|token|api-key|apikey)[\w-]*)\s+"(?<v>[^"\\\n]+)"/g, judge: 'literal',
    hits: [['.emacs.d/init.el', '(setq erc-server "irc.corp.example")\n(setq erc-password "«pw»")'], ['.emacs.d/lisp/irc.el', '(setq erc-nick "alice"\n      erc-password "«lit:erc2020»")'],
      ['.emacs', "(custom-set-variables\n '(paradox-github-token \"«hex:40»\"))"]],
    misses: [['.emacs.d/init.el', '(setq erc-password nil)\n(setq erc-prompt-for-password t)\n(setq erc-password (auth-source-pick-first-password :host "irc.corp.example"))\n(defcustom my-token-file "~/.token" "Where the token is.")\n(read-passwd "Password: ")'],
      ['docs/emacs.md', '(setq erc-password "«pw»")']] },
  // Privoxy's forwarding through a SOCKS proxy that asks a login (`forward-socks5t / user:password@host:port .`, since 3.0.29).
  // Second round (the probe of batch 18, not held out).
  { id: 'privoxy-forward-login', name: { en: 'SOCKS proxy login in a Privoxy forward rule', 'zh-CN': 'Privoxy 转发规则中的 SOCKS 代理登录口令' }, find: 'line', keywords: ['forward-socks'],
    files: /(?:^|\/)privoxy\/(?:[^/]+\/)*config(?:\.txt)?$|(?:^|\/)privoxy[\w.-]*\.conf$/,
    pattern: /^\s*forward-socks(?:4a?|5t?)\s+\S+\s+[^\s:@/]+:(?<v>[^\s@]+)@[\w.-]+(?::\d+)?(?=\s|$)/g, judge: 'literal',
    hits: [['etc/privoxy/config', 'listen-address  127.0.0.1:8118\nforward-socks5t / alice:«pw»@socks.corp.example:1080 .'], ['privoxy/config', 'forward-socks5 .corp.example ops:«lit:socks2020»@10.0.0.9:1080 .']],
    misses: [['etc/privoxy/config', 'forward-socks5t / 127.0.0.1:9050 .\n#forward-socks5t / user:pass@host:1080 .\nforward-socks5 / ${SOCKS_USER}:${SOCKS_PASS}@socks.corp.example:1080 .'], ['docs/privoxy.md', 'forward-socks5t / alice:«pw»@socks.corp.example:1080 .']] },
  // Keys given positionally: an object store's (MinIO's `mc alias set NAME URL ACCESS_KEY SECRET_KEY`, formerly `mc config host
  // add`: the secret key fourth) and a DNS server's TSIG key (`nsupdate -y [algorithm:]name:secret`, `dig -y`).
  { id: 'ops-tool-key-pair', name: { en: 'Object store secret key or TSIG key on a command line (MinIO mc alias, nsupdate -y, dig -y)', 'zh-CN': '命令行中的对象存储密钥或 TSIG 密钥（MinIO mc alias、nsupdate -y、dig -y）' }, find: 'line', shellWord: true,
    keywords: ['mc alias', 'mc config', 'nsupdate', 'dig '],
    pattern: /(?<![\w.-])mc\s+(?:alias\s+set|config\s+host\s+add)\s+(?!-)\S+\s+(?!-)\S+\s+(?<q1>["']?)[^\s'"$%`-][^\s'"`]*\k<q1>\s+(?<q2>["']?)(?<v>[^\s'"$%`-][^\s'"`]*)\k<q2>(?=[\s;|)]|$)|\b(?:nsupdate|dig)\b[^\n]*?\s-y\s*(?<q3>["']?)(?:hmac-[\w-]+:)?[\w.-]+:(?<v1>[A-Za-z0-9+/]{16,}={0,2})\k<q3>(?=[\s;|)<]|$)/g,
    judge: 'literal',
    hits: [['storage/minio-alias.sh', "mc alias set corp https://s3.corp.example «lit:AKIA»«upper:16» '«pw»'"], ['storage/minio.sh', 'mc config host add backup http://10.0.0.9:9000 backup "«lit:backup2020»" --api S3v4'],
      ['dns/ddns-update.sh', 'nsupdate -y hmac-sha256:ddns-key:«b64:32» <<UPD'], ['dns/check.sh', 'dig @ns1.corp.example -y "transfer-key:«b64:32»" corp.example AXFR']],
    misses: [['storage/minio.sh', 'mc alias set corp https://s3.corp.example "$MINIO_ACCESS_KEY" "$MINIO_SECRET_KEY"\nmc alias set corp https://s3.corp.example\nmc alias set corp https://s3.corp.example minio --api S3v4'],
      ['dns/ddns.sh', 'nsupdate -k /etc/bind/ddns.key update.txt\nnsupdate -y "hmac-sha256:ddns-key:$TSIG_SECRET" update.txt\ndig +short -y']] },
  // Mail servers' password files with the scheme written before the value: Dovecot's `{PLAIN}` and `{CLEAR}` are the password itself.
  { id: 'plain-scheme-password', credentialFile: true, name: { en: 'Plain-text password in a mail server password file ({PLAIN})', 'zh-CN': '邮件服务口令文件中的明文口令（{PLAIN}）' }, find: 'line', keywords: ['{plain}', '{cleartext}', '{clear}', '{plain-md5}'],
    // (Not a template's `{{clearText}}`, whose name begins with a scheme's: its braces are doubled.)
    pattern: /(?<!\{)\{(?:PLAIN|CLEARTEXT|CLEAR)\}(?!\})(?<v>[^:\s]+)/gi, judge: 'literal', hits: [['dovecot/users', 'backup:{PLAIN}«pw»:5000:5000::/home/backup']],
    misses: [['dovecot/users', 'backup:{PLAIN}${BACKUP_PASSWORD}:5000:5000::/home/backup'], ['components/time-picker.vue', '<text class="picker-btn-text">{{clearText}}</text>']] },
  // Jetty's realm file (`user: password,role…`; `OBF:` and `MD5:` forms are a reversible encoding and a hash of it) and Nagios' `$USERn$` macros in resource.cfg.
  { id: 'jetty-realm-password', credentialFile: true, name: { en: 'Password in a Jetty realm file (realm.properties)', 'zh-CN': 'Jetty 认证文件中的口令（realm.properties）' }, find: 'line', files: /(?:^|\/)[\w-]*realm\.properties$/, keywords: [],
    pattern: /^\s*[^\s:=#!][^\s:=]*\s*[:=]\s*(?<v>[^\s,]+)/g, judge: 'literal', hits: [['jetty/etc/realm.properties', 'admin: «pw»,server-administrator\nguest: OBF:«alnum:32», user']], misses: [['realm.properties', '# username: password[,rolename ...]']] },
  { id: 'nagios-resource-macro', credentialFile: true, name: { en: 'Password in a Nagios resource macro ($USERn$)', 'zh-CN': 'Nagios 资源宏中的口令（$USERn$）' }, find: 'line', files: /(?:^|\/)resource\.cfg$/, keywords: ['$user'],
    pattern: /^\s*\$USER\d+\$\s*=\s*(?<v>[^\s/$][^\s]*)\s*$/g, judge: 'literal', hits: [['nagios/etc/resource.cfg', '$USER3$=«pw»']], misses: [['nagios/etc/resource.cfg', '$USER1$=/usr/lib/nagios/plugins\n$USER2$=$USER1$/contrib']] },
  // A crypt hash in a compose file, its `$` doubled to escape compose's interpolation (Traefik's basic-auth labels).
  { id: 'compose-escaped-hash', name: { en: 'Password hash in a compose file ($$-escaped)', 'zh-CN': 'compose 文件中转义的口令哈希（$$）' }, find: 'line', keywords: ['$$apr1$$', '$$2y$$', '$$2a$$', '$$2b$$', '$$6$$', '$$5$$', '$$1$$'],
    pattern: /(?<v>\$\$(?:apr1|1|5|6)\$\$[./A-Za-z0-9]{1,16}\$\$[./A-Za-z0-9]{22,86}|\$\$2[aby]\$\$\d\d\$\$[./A-Za-z0-9]{53})/g, judge: 'hash',
    hits: [['traefik/docker-compose.yml', '      - "traefik.http.middlewares.auth.basicauth.users=ops:$$apr1$$«alnum:8»$$«alnum:22»"']], misses: [['docker-compose.yml', '      - "traefik.http.middlewares.auth.basicauth.users=${TRAEFIK_USERS}"']] },

  // Daemons and clients whose configuration is `Directive value` (no `=`): cntlm's proxy password (or its NTLM
  // hashes), a mosquitto bridge's remote password or PSK, Fluent Bit's output passwords and Fluentd's forward
  // shared key, collectd's plugin blocks (`Password "…"`), the net-snmp tools' own `snmp.conf` (`defAuthPassphrase`,
  // `defPrivPassphrase`: the SNMPv3 user's keys) and Tor's `HashedControlPassword` — in those tools' own
  // configuration files only (a `password value` line means nothing elsewhere).
  { id: 'directive-password', credentialFile: true, name: { en: 'Password in a daemon directive written without `=` (cntlm, mosquitto, Fluent Bit, Fluentd, collectd, net-snmp, Tor, Apache LDAP, tinyproxy, vpnc, ifupdown Wi-Fi, ucarp, syslog-ng)', 'zh-CN': '不带 `=` 的守护进程指令中的口令（cntlm、mosquitto、Fluent Bit、Fluentd、collectd、net-snmp、Tor、Apache LDAP、tinyproxy、vpnc、ifupdown Wi-Fi、ucarp、syslog-ng）' }, find: 'line',
    files: new RegExp(`${/(?:^|\/)(?:cntlm|mosquitto|fluent-bit|td-agent-bit|fluentd?|td-agent|collectd)[\w.-]*\.conf$|(?:^|\/)(?:cntlm|mosquitto|fluent-bit|td-agent-bit|fluentd?|td-agent|collectd(?:\.d)?)\/(?:[^/]+\/)*[^/]+\.conf$|(?:^|\/)snmp\.conf$|(?:^|\/)torrc(?:[._-][\w-]+)?$/.source}|${DAEMON_DIRECTIVE_FILES.source}`), keywords: ['pass', 'shared_key', 'psk', 'secret', 'basicauth', 'wireless-key'],
    pattern: new RegExp(`${/^\s*(?:password|passwd|pass|pass(?:ntlmv2|nt|lm)|remote_password|http_passwd|shared_key|bridge_psk|def(?:auth|priv)?passphrase|hashedcontrolpassword)\s+(?<v>"[^"]*"|'[^']*'|[^\s"'#]+)/.source}|${DAEMON_DIRECTIVE_VALUES.source}`, 'gi'), judge: 'literal',
    hits: [['etc/cntlm.conf', 'Username ops\nDomain CORP\nPassword «pw»\nProxy 10.0.0.1:8080'], ['etc/mosquitto/conf.d/bridge.conf', 'connection cloud\nremote_username gw\nremote_password «pw»\nbridge_psk «hex:32»'],
      ['fluent-bit/fluent-bit.conf', '[OUTPUT]\n    Name        es\n    HTTP_User   fluent\n    HTTP_Passwd «pw»'], ['fluentd/conf.d/forward.conf', '<match **>\n  @type forward\n  <security>\n    self_hostname client\n    shared_key «alnum:24»\n  </security>\n</match>'],
      ['etc/collectd/collectd.conf', '<Plugin mysql>\n  <Database "app">\n    User "collectd"\n    Password "«pw»"\n  </Database>\n</Plugin>'], ['etc/collectd.d/nginx.conf', '<Plugin nginx>\n  User "www-user"\n  Password «pw»\n</Plugin>'],
      ['home/ops/.snmp/snmp.conf', 'defSecurityName monitor\ndefAuthType SHA\ndefAuthPassphrase «pw»\ndefPrivPassphrase «pw»'], ['etc/tor/torrc', 'ControlPort 9051\nHashedControlPassword 16:«uhex:58»'],
      ['etc/apache2/sites-available/intranet.conf', '<Location "/intranet">\n  AuthBasicProvider ldap\n  AuthLDAPBindDN "cn=apache,dc=corp,dc=example"\n  AuthLDAPBindPassword "«pw»"\n</Location>'], ['web/.htaccess', 'AuthLDAPBindPassword «lit:apache2020»'],
      ['etc/tinyproxy/tinyproxy.conf', 'Port 8888\nBasicAuth ops «pw»'], ['etc/vpnc/office.conf', 'IPSec gateway 203.0.113.5\nIPSec ID office\nIPSec secret «pw»\nXauth username ops\nXauth password «pw»'],
      ['etc/network/interfaces', 'iface wlan0 inet dhcp\n    wpa-ssid office\n    wpa-psk «pw»'], ['etc/network/interfaces.d/vip', 'iface eth0 inet static\n    ucarp-vip 10.0.0.10\n    ucarp-password «pw»'], ['etc/syslog-ng/conf.d/elastic.conf', '  elasticsearch-http(\n    url("https://es.corp.example:9200/_bulk")\n    user("syslog")\n    password("«pw»")\n  );']],
    misses: [['etc/mosquitto/mosquitto.conf', 'password_file /etc/mosquitto/passwd\nallow_anonymous false'], ['etc/collectd/collectd.conf', '    Password "{{ collectd_mysql_password }}"'], ['etc/snmp/snmp.conf', 'defAuthPassphrase $SNMP_AUTH'], ['etc/tor/torrc', '#HashedControlPassword 16:«uhex:58»\nCookieAuthentication 1'], ['fluent-bit/fluent-bit.conf', '    HTTP_Passwd ${ES_PASSWORD}'], ['fluentd/fluent.conf', '    shared_key "#{ENV[\'FLUENT_SHARED_KEY\']}"'], ['docs/cntlm.md', 'Password «pw»'],
      ['etc/apache2/sites-available/intranet.conf', 'AuthLDAPBindPassword "exec:/usr/local/bin/ldap-bind-pw"\nAuthLDAPBindPassword {{ apache_ldap_bind_password }}'], ['etc/network/interfaces', '    wpa-psk ${WIFI_PSK}\n    wpa-conf /etc/wpa_supplicant/wpa_supplicant.conf\n    ucarp-password $UCARP_PASSWORD'],
      ['etc/syslog-ng/conf.d/elastic.conf', '    password("`ES_PASSWORD`")\n    password("")'], ['etc/tinyproxy/tinyproxy.conf', '#BasicAuth user password']] },
  // A symmetric key file of an NTP server (ntpd's ntp.keys, chrony's chrony.keys): `ID [TYPE] KEY`, the key in ASCII or `HEX:`.
  { id: 'ntp-symmetric-key', credentialFile: true, name: { en: 'NTP symmetric key (ntp.keys, chrony.keys)', 'zh-CN': 'NTP 对称密钥（ntp.keys、chrony.keys）' }, find: 'line', files: /(?:^|\/)(?:chrony|ntp)[\w-]*\.keys$/, keywords: [],
    pattern: /^\s*\d+\s+(?:[A-Za-z][\w-]*\s+)?(?:HEX:|ASCII:)?(?<v>[^\s#]+)/g, judge: 'literal',
    hits: [['etc/chrony.keys', '1 SHA1 HEX:«uhex:40»\n2 MD5 «pw»'], ['etc/ntp.keys', '15 SHA256 «hex:64» 10.0.0.1,10.0.0.2'], ['chrony/chrony.keys', '10 «alnum:20»']], misses: [['etc/chrony.keys', '# ID TYPE KEY']] },
  // Files that hold a login for a client of their own: davfs2's `secrets` (`url user password`) and Exim's `passwd.client` (`host:login:password`).
  { id: 'client-secrets-file', credentialFile: true, name: { en: 'Password in a client\'s secrets file (davfs2 secrets, Exim passwd.client)', 'zh-CN': '客户端凭据文件中的口令（davfs2 secrets、Exim passwd.client）' }, find: 'line', files: /(?:^|\/)(?:\.?davfs2\/secrets|passwd\.client)$/, keywords: [],
    pattern: /^\s*(?!#)(?:[^:\s]+:[^:\s]*:(?<v>\S+)|\S+\s+(?:"[^"]*"|\S+)\s+(?<v1>"[^"]*"|\S+))\s*$/g, judge: 'literal',
    hits: [['etc/davfs2/secrets', '# davfs2 secrets file\nhttps://dav.corp.example/remote.php/webdav ops «pw»'], ['etc/exim4/passwd.client', '*.mail.corp.example:relayuser:«pw»'], ['home/ops/.davfs2/secrets', '/mnt/dav ops "«pw»"']],
    misses: [['etc/exim4/passwd.client', '# target.mail.server.example:login:password']] },
  // A Ceph keyring's key (`[client.admin]` then `key = AQ…==`): the cluster's credential of that client.
  { id: 'ceph-keyring', credentialFile: true, name: { en: 'Ceph keyring key', 'zh-CN': 'Ceph 密钥环密钥' }, find: 'line', files: /(?:^|\/)[^/]*keyring$/, keywords: ['key'],
    pattern: /^\s*key\s*=\s*(?<v>AQ[A-Za-z0-9+/]{36}==)/g, judge: 'literal',
    hits: [['etc/ceph/ceph.client.admin.keyring', '[client.admin]\n\tkey = AQ«b64:36»==\n\tcaps mds = "allow *"']], misses: [['etc/ceph/ceph.client.admin.keyring', '[client.admin]\n\tkey = {{ ceph_admin_key }}']] },
  // A user:password pair in a client's login option: curl's config file (`user = "u:p"`, `proxy-user`) and Squid's `cache_peer … login=u:p`.
  { id: 'login-option-password', credentialFile: true, name: { en: 'Password of a login option (curl config file, Squid cache_peer)', 'zh-CN': '登录选项中的口令（curl 配置文件、Squid cache_peer）' }, find: 'line',
    files: /(?:^|\/)[._]?curlrc$|(?:^|\/)squid[\w.-]*\.conf$|(?:^|\/)squid\/(?:[^/]+\/)*[^/]+\.conf$/, keywords: ['user', 'login='],
    pattern: /^\s*-{0,2}(?:user|proxy-user)\s*[=:]?\s*["']?[^\s:"']+:(?<v>[^\s"']+)|^\s*cache_peer\s[^\n]*?\slogin=[^\s:]+:(?<v1>\S+)/g, judge: 'literal',
    hits: [['.curlrc', 'user = "ops:«pw»"'], ['home/ops/.curlrc', 'proxy-user = "proxyops:«pw»"'], ['etc/squid/squid.conf', 'cache_peer parent.corp.example parent 3128 0 no-query default login=ops:«pw»']],
    misses: [['etc/squid/squid.conf', 'cache_peer parent.corp.example parent 3128 0 login=PASSTHRU\ncache_peer p2.corp.example parent 3128 0 login=PASS'], ['.curlrc', 'user-agent = "ops-bot/1.0"']] },
  // A MongoDB replica set's keyfile (`openssl rand -base64 756 > keyfile`): the shared secret the members authenticate with, its whole text opaque (one finding per path).
  // GRUB's plain-text menu password (`password user secret` in grub.cfg or a grub.d script; `password_pbkdf2` is the hashed form).
  { id: 'grub-password', credentialFile: true, name: { en: 'GRUB menu password', 'zh-CN': 'GRUB 菜单口令' }, find: 'line', files: /(?:^|\/)grub\.d\/[^/]+$|(?:^|\/)grub2?\/(?:[^/]+\/)*[^/]*\.cfg$|(?:^|\/)grub2?[\w.-]*\.cfg$/, keywords: ['password'],
    pattern: /^\s*password\s+[^\s"'$]+\s+(?<v>[^\s"'$][^\s"']*)\s*$/g, judge: 'literal',
    hits: [['etc/grub.d/40_custom', 'set superusers="root"\npassword root «pw»'], ['boot/grub/grub.cfg', 'password ops «lit:grub2020»']], misses: [['etc/grub.d/40_custom', 'password_pbkdf2 root ${GRUB_PW_HASH}\npassword root $GRUB_PASSWORD']] },
  // Netdata streaming's API key (`stream.conf`): a child's `api key = <UUID>`, and the parent's `[<UUID>]` section that accepts it.
  { id: 'netdata-stream-key', credentialFile: true, name: { en: 'Netdata streaming API key', 'zh-CN': 'Netdata 流式传输 API 密钥' }, find: 'line', files: /(?:^|\/)stream\.conf$/, keywords: ['api key', '['],
    pattern: /^\s*api key\s*=\s*(?<v>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\s*$|^\s*\[(?<v1>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\]\s*$/g, judge: 'literal',
    hits: [['netdata/stream.conf', '[stream]\n    enabled = yes\n    destination = 10.0.0.60:19999\n    api key = «uuid»'], ['etc/netdata/stream.conf', '[«uuid»]\n    enabled = yes\n    default memory mode = dbengine']],
    misses: [['etc/netdata/stream.conf', '[stream]\n    api key = {{ netdata_stream_key }}\n[API_KEY]\n    enabled = no']] },
  // A password, passphrase or token given to a long option in a script (`helm repo add … --password x`, `gpg --passphrase x`,
  // `pvesm add … --password x`, an Azure Pipelines agent's `config.sh … --token x`): the option names the value, whatever the
  // tool (a token is judged as a token, a password as a password). Scripts only, and the files that hold a script's lines: a
  // CI pipeline's steps, an Ansible task's `shell:`/`command:` and a Compose file's `command:` (a page's `--password <pw>` is
  // documentation); `--password-stdin`, `--password-file`, `--token-ttl` and a variable are not values. Also the options of
  // servers started so (Redis' `--requirepass` and `--masterauth`, Zitadel's `--masterkey`).
  { id: 'script-option-password', name: { en: 'Password or token given to a long option in a script', 'zh-CN': '脚本中长选项给出的口令或令牌' }, find: 'line', shellWord: true,
    files: SCRIPT_LINE_FILES, keywords: ['--pass', '-password ', '-passphrase ', '-password=', '-passphrase=', '-token ', '-token=', '--requirepass', '--masterauth', '--masterkey', 'password ', 'password=', 'passwd ', 'passwd='],
    // (LastPass's CLI prints a stored entry's field: in `lpass show --password <id>`, or `$(LPASS) show …` in a Makefile, the option names
    // the field and what follows it the entry.)
    pattern: /(?:^|\s)(?:--(?<k>(?:[a-z]+-)?(?:password|passwd|passphrase|token)|[a-z]{2,8}(?:password|passwd)|requirepass|masterauth|masterkey)|-(?:[a-z][\w-]*\.)+(?:password|passwd|passphrase|token))(?<!\b[Ll][Pp][Aa][Ss][Ss]\)?\s+show\b[^\n]*--(?:[a-z]+-)?(?:password|passwd|passphrase|token))(?:\s+|=)["']?(?<v>[^\s'"$`<%/\\-][^\s'"`]*)(?=[\s'";|)]|$)/g, judge: 'literal',
    hits: [['ops/helm.sh', 'helm repo add corp https://charts.corp.example --username ops --password «pw»'], ['ops/gpg.sh', 'gpg --batch --yes --passphrase «pw» -d backup.tar.gpg > backup.tar'],
      ['ops/pve.sh', 'pvesm add cifs backup --server 10.0.0.5 --share backup --username ops --password «lit:backup2020»'], ['ops/agent.cmd', 'setup.exe /quiet --admin-password «pw»'],
      ['ops/azdo.sh', './config.sh --unattended --url https://dev.azure.com/corp --auth pat --token «alnum:52» --pool ops'], ['ops/runner.sh', 'gitlab-runner register --url https://git.corp.example --registration-token=«alnum:20»'],
      ['.gitlab-ci.yml', 'deploy:\n  script:\n    - helm repo add corp https://charts.corp.example --username ci --password «pw»'], ['.github/workflows/release.yml', '      - run: gpg --batch --passphrase «pw» --sign out.zip'],
      ['roles/backup/tasks/main.yml', '- name: add storage\n  command: pvesm add cifs backup --server 10.0.0.5 --username ops --password «pw»'],
      // Second round (the probe of batch 19, not held out): an option whose name runs a short word into `password` (Proxmox' `--cipassword`).
      ['ops/pve-template.sh', 'qm set 9000 --ciuser ops --cipassword «pw» --ipconfig0 ip=dhcp'],
      ['zitadel/docker-compose.yml', 'services:\n  zitadel:\n    command: \'start-from-init --masterkey "«alnum:32»" --tlsMode disabled\''], ['compose.yaml', '    command: redis-server --appendonly yes --requirepass «lit:redis2020»']],
    misses: [['ops/helm.sh', 'helm repo add corp https://charts.corp.example --username ops --password "$HELM_PASS"\necho "$PASS" | docker login --password-stdin\ngpg --passphrase-file /run/secrets/gpg -d a.gpg\nrestic --password-file /etc/restic.pass backup /srv\npvesm add cifs b --password ${CIFS_PASS}\nusage: tool --password <password>\nmysql --password -u root\nkubeadm token create --token-ttl 0\n./config.sh --auth pat --token "$AZP_TOKEN"\ngh auth login --with-token < token.txt\nexport PG_PASS=$(lpass show --password 8306152947702518364)\n@echo "export PG_PASS=$$($(LPASS) show --password 8306152947702518364)"'], ['docs/helm.md', 'helm repo add corp https://charts.corp.example --username ops --password «pw»'],
      ['.github/workflows/release.yml', '      - run: helm repo add corp https://charts.corp.example --username ci --password "${{ secrets.HELM_PASSWORD }}"\n      - run: gh release create --token ${{ secrets.GITHUB_TOKEN }}'],
      ['roles/backup/tasks/main.yml', '- command: pvesm add cifs backup --username ops --password {{ cifs_password }}\n- shell: ./agent --token "{{ agent_token }}"'],
      ['roles/backup/defaults/main.yml', 'backup_cmd: tool --password «pw»'],
      ['docker-compose.yml', '    command: redis-server --requirepass ${REDIS_PASSWORD}\n    command: ["redis-server", "--requirepass", "$${REDIS_PASSWORD}"]\n    command: start --masterkeyFromEnv']] },
  // An option naming a password or token and its value as two items of a command's array: Compose's `command: ["redis-server",
  // "--requirepass", "…"]`, a Kubernetes container's `args: ["--db-password", "…"]`, a Dockerfile's exec form, an ECS task's
  // `"command"` or a Nomad task's `args = [...]`. The items must be quoted strings next to each other; a variable is not a value.
  { id: 'command-array-password', name: { en: 'Password or token given to an option in a command array (Compose, Kubernetes args, Dockerfile)', 'zh-CN': '命令数组中传给选项的口令或令牌（Compose、Kubernetes args、Dockerfile）' }, find: 'line',
    files: /\.(?:ya?ml|json|hcl|nomad|tf)$|(?:^|\/)(?:dockerfile|containerfile)[^/]*$/, keywords: ['pass', 'token', 'masterkey', 'masterauth'], lineHolds: ',',
    pattern: /(?<q1>["'])--?(?<k>(?:[a-z0-9]+-)*(?:password|passwd|pass|passphrase|requirepass|masterauth|masterkey|token))\k<q1>\s*,\s*(?<q2>["'])(?<v>[^\s'"$`<%{-][^\s'"`]*)\k<q2>/g, judge: 'literal',
    hits: [['redis/docker-compose.yml', '    command: ["redis-server", "--appendonly", "yes", "--requirepass", "«pw»"]'], ['k8s/exporter.yaml', '          args: ["--db-user", "monitor", "--db-password", "«lit:monitor2020»"]'],
      ['Dockerfile', 'CMD ["redis-server", "--requirepass", "«pw»"]'], ['jobs/tunnel.nomad', '        args = ["tunnel", "run", "--token", "«alnum:40»"]']],
    misses: [['docker-compose.yml', '    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n    args: ["--password-file", "/run/secrets/db"]\n    args: ["--db-password", "$(DB_PASSWORD)"]\n    command: ["redis-server", "--requirepass"]'],
      ['docs/redis.md', 'command: ["redis-server", "--requirepass", "«pw»"]']] },
  { id: 'mongodb-keyfile', name: { en: 'MongoDB replica set keyfile', 'zh-CN': 'MongoDB 副本集密钥文件（keyfile）' }, find: 'path', files: /(?:^|\/)(?:[\w.-]*mongo[\w.-]*[_.-])?key[_-]?file$|(?:^|\/)mongo(?:db)?[_.-](?:replica[_.-]?)?key$/, keywords: [], judge: 'structure', hits: [], misses: [] },
  // sendmail's client logins (`/etc/mail/authinfo`, made into authinfo.db by makemap): `AuthInfo:host "U:user" "P:password"`.
  { id: 'sendmail-authinfo', credentialFile: true, name: { en: 'Password in sendmail\'s authinfo', 'zh-CN': 'sendmail authinfo 中的口令' }, find: 'line', keywords: ['authinfo:'],
    pattern: /^\s*AuthInfo:[^\s"]*\s[^\n]*?"P:(?<v>[^"]+)"/g, judge: 'literal',
    hits: [['etc/mail/authinfo', 'AuthInfo:smtp.corp.example "U:ops" "P:«pw»" "M:PLAIN"'], ['mail/authinfo', 'AuthInfo: "U:relay" "I:relay" "P:«lit:relay2020»"']],
    misses: [['etc/mail/authinfo', '# AuthInfo:smtp.corp.example "U:user" "P:password"\nAuthInfo:smtp.corp.example "U:ops" "P:{{ relay_password }}"']] },
  // NcFTP's bookmarks (`~/.ncftp/bookmarks`): a site's saved password, base64 behind `*encoded*`.
  { id: 'ncftp-bookmark', credentialFile: true, name: { en: 'Saved password in NcFTP bookmarks', 'zh-CN': 'NcFTP 书签中保存的口令' }, find: 'line', keywords: ['*encoded*'],
    pattern: /,\*encoded\*(?<v>[A-Za-z0-9+/]{2,}={0,2})(?=,|\s*$)/g, decode: 'base64', judge: 'literal',
    hits: [['home/ops/.ncftp/bookmarks', 'NcFTP bookmark-file version: 8\nNumber of bookmarks: 1\nbackup,ftp.corp.example,ops,*encoded*«b64of:{pw}»,,/backup,I,21,4294967295,1,1,-1,1,10.0.0.50,Backup,,,,,S,0']],
    misses: [['home/ops/.ncftp/bookmarks', 'mirror,ftp.corp.example,anonymous,,,/pub,I,21,4294967295,1,1,-1,1,,,,,,,S,0']] },
  // The users file of a JAAS PropertiesLoginModule in a broker's configuration (ActiveMQ's `users.properties`,
  // Artemis' `artemis-users.properties`): `user=password`, the key a user's name. A masked `ENC(…)` value is not the password.
  { id: 'broker-users-properties', credentialFile: true, name: { en: 'Password in a message broker\'s users file (ActiveMQ, Artemis)', 'zh-CN': '消息中间件用户文件中的口令（ActiveMQ、Artemis）' }, find: 'line',
    files: /(?:^|\/)[^/]*(?:activemq|artemis|amq)[^/]*\/(?:[^/]+\/)*users\.properties$|(?:^|\/)artemis-users\.properties$/, keywords: [],
    pattern: /^\s*(?![#!])[^\s=:]+\s*[=:]\s*(?!ENC\()(?<v>\S+)\s*$/g, judge: 'literal',
    hits: [['activemq/conf/users.properties', '## user=password\nadmin=«pw»\nops=«lit:mq2021»'], ['artemis/etc/artemis-users.properties', 'admin = «pw»']],
    misses: [['artemis/etc/artemis-users.properties', 'admin = ENC(«hex:32»)'], ['activemq/conf/users.properties', '# admin=admin']] },
  // Apache Karaf's users file (`etc/users.properties`, also in ServiceMix and Talend ESB): `user = password,role,…`; a line
  // of `_g_\:group = …` names a group's roles, and `{CRYPT}…{CRYPT}` is the password's digest (still one to change).
  { id: 'karaf-users-properties', credentialFile: true, name: { en: 'Password in Apache Karaf\'s users file', 'zh-CN': 'Apache Karaf 用户文件中的口令' }, find: 'line',
    files: /(?:^|\/)[^/]*(?:karaf|servicemix|talend|esb)[^/]*\/(?:[^/]+\/)*etc\/users\.properties$|(?:^|\/)karaf[\w.-]*users\.properties$/, keywords: [],
    pattern: /^\s*(?![#!]|_g_)[^\s=:]+\s*[=:]\s*(?<v>[^\s,]+)\s*(?:,|$)/g, judge: 'literal',
    hits: [['karaf/etc/users.properties', '# user=password,role1,role2\nadmin = «pw»,_g_:admingroup\n_g_\\:admingroup = group,admin,manager'], ['apache-karaf-4.4/etc/users.properties', 'ops=«lit:karaf2024»']],
    misses: [['karaf/etc/users.properties', '#karaf = karaf,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer'], ['app/etc/users.properties', 'admin = «pw»,admin']] },
  // RabbitMQ's definitions export (`rabbitmqctl export_definitions`, `load_definitions`): each user's salted hash, base64.
  { id: 'rabbitmq-password-hash', name: { en: 'Password hash in RabbitMQ definitions', 'zh-CN': 'RabbitMQ 定义文件中的口令哈希' }, find: 'line', keywords: ['password_hash'],
    pattern: /"password_hash"\s*:\s*"(?<v>[A-Za-z0-9+/]{28,}={0,2})"/g, judge: 'hash',
    hits: [['rabbitmq/definitions.json', '  "users": [{"name": "admin", "password_hash": "«b64:48»", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": "administrator"}],']],
    misses: [['rabbitmq/definitions.json', '  "users": [{"name": "guest", "password_hash": "", "tags": ""}]']] },
  // Subversion's cached login (`~/.subversion/auth/svn.simple/<md5 of the realm>`, written when the store is plain text):
  // `K 8` / `password` / `V <length>` / the password itself.
  { id: 'svn-simple-password', credentialFile: true, name: { en: 'Password cached by a Subversion client (svn.simple)', 'zh-CN': 'Subversion 客户端缓存的口令（svn.simple）' }, find: 'structure', keywords: [], judge: 'literal',
    hits: [['home/ops/.subversion/auth/svn.simple/0123456789abcdef0123456789abcdef', 'K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 14\n«pw»\nK 15\nsvn:realmstring\nV 24\n<https://svn.corp.example:443>\nK 8\nusername\nV 3\nops\nEND']],
    misses: [['home/ops/.subversion/auth/svn.simple/0123456789abcdef0123456789abcdef', 'K 8\npasstype\nV 8\ngpg-agent\nK 15\nsvn:realmstring\nV 24\n<https://svn.corp.example:443>\nK 8\nusername\nV 3\nops\nEND']] },

  // A Borg key file (`~/.config/borg/keys/<repository>`, keyfile mode): `BORG_KEY <repository id>`, then the repository's
  // key, encrypted with the passphrase, in base64 — with the passphrase it opens every archive of that repository.
  { id: 'borg-key-file', credentialFile: true, name: { en: 'Borg backup repository key (keyfile)', 'zh-CN': 'Borg 备份仓库密钥（keyfile）' }, find: 'structure', keywords: [], judge: 'literal',
    hits: [['home/ops/.config/borg/keys/nas_lan__volume1_borg', 'BORG_KEY 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n«b64:57»']],
    misses: [['home/ops/.config/borg/keys/nas_lan__volume1_borg', 'BORG_KEY 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n'], ['docs/borg/keys/README.md', 'BORG_KEY 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nhqlhbGdvcml0aG2mc2hhMjU2pGRhdGHaAZ7']] },
  // Icinga 2's `const TicketSalt = "…"` (constants.conf): the CA master derives every agent's signing ticket from it, so whoever holds it can enrol a host.
  { id: 'icinga-ticket-salt', credentialFile: true, name: { en: 'Icinga 2 ticket salt (enrols agents with the CA)', 'zh-CN': 'Icinga 2 票据盐（向 CA 注册代理）' }, find: 'line', keywords: ['ticketsalt', 'ticket_salt'],
    // Also as the Puppet module and Hiera give it to the master: a constant of the class (`'TicketSalt' => '…'`), the API feature's
    // parameter (`ticket_salt => '…'`, `icinga2::feature::api::ticket_salt: '…'`).
    pattern: /^\s*const\s+TicketSalt\s*=\s*"(?<v>[^"]*)"|(?:^|[\s{(,:])['"]?(?:TicketSalt|ticket_salt)['"]?\s*(?:=>|:)\s*(?:'(?<v1>[^'\n]*)'|"(?<v2>[^"\n]*)")/g, judge: 'literal',
    hits: [['etc/icinga2/constants.conf', 'const ZoneName = "master"\nconst TicketSalt = "«alnum:32»"'], ['roles/icinga/files/constants.conf', 'const TicketSalt = "«lit:icinga2019»"'],
      ['site/profile/manifests/icinga/master.pp', "class { 'icinga2':\n  constants => {\n    'TicketSalt' => '«hex:32»',\n  },\n}\nclass { 'icinga2::feature::api': ticket_salt => '«alnum:32»' }"],
      ['data/nodes/icinga.yaml', "icinga2::feature::api::ticket_salt: '«hex:32»'"]],
    misses: [['etc/icinga2/constants.conf', 'const TicketSalt = ""\nconst TicketSalt = "{{ icinga2_ticket_salt }}"\n// const TicketSalt = "«alnum:32»"'],
      ['manifests/master.pp', "  'TicketSalt' => $ticket_salt,\n  ticket_salt => lookup('icinga2::ticket_salt'),\n  $ticket_salt = 'TicketSalt',"]] },
  // kube-apiserver's static token file (`--token-auth-file`: `token,user,uid,"group1,group2"`) and the old basic-auth file
  // (`--basic-auth-file`: `password,user,uid`): the first field logs in as that user.
  { id: 'kubernetes-static-token', credentialFile: true, name: { en: 'Kubernetes API server static token or basic-auth password (token file)', 'zh-CN': 'Kubernetes API 服务器静态令牌或基本认证口令（令牌文件）' }, find: 'line',
    files: /(?:^|\/)known_tokens\.csv$|(?:^|\/)(?:[^/]*(?:kube|k8s|apiserver|master)[^/]*\/(?:[^/]+\/)*)(?:tokens?|static[_-]tokens?|basic[_-]auth)\.csv$|(?:^|\/)basic_auth\.csv$/, keywords: [],
    pattern: /^\s*(?<v>[^,\s#"]+),[^,\s"]+,[^,\s"]+(?:,"[^"]*"|,[^,\s]+)?\s*$/g, judge: 'literal',
    hits: [['etc/kubernetes/known_tokens.csv', '«alnum:32»,admin,admin,"system:masters"\n«alnum:32»,kubelet,kubelet,"system:nodes"'], ['etc/kubernetes/pki/tokens.csv', '«lit:kube2020»,ops,1001']],
    misses: [['etc/kubernetes/known_tokens.csv', '# token,user,uid,"group1,group2"\n{{ admin_token }},admin,admin'], ['nlp/data/tokens.csv', 'the,1204,0.31']] },
  // pgpool-II's password files: `pool_passwd` (`user:md5<md5 of password and user>`, or `TEXT` before a plain one) and `pcp.conf` (`user:<md5>`).
  { id: 'pgpool-password', credentialFile: true, name: { en: 'pgpool-II password file entry (pool_passwd, pcp.conf)', 'zh-CN': 'pgpool-II 口令文件条目（pool_passwd、pcp.conf）' }, find: 'line', files: /(?:^|\/)(?:pool_passwd|pcp\.conf)$/, keywords: [],
    pattern: /^\s*[^\s#:]+:(?:(?<v>(?:md5)?[0-9a-f]{32})|TEXT(?<v1>\S+))\s*$/g, judge: 'literal',
    hits: [['etc/pgpool-II/pool_passwd', 'app:md5«hex:32»\nreport:TEXT«pw»'], ['etc/pgpool-II/pcp.conf', 'pgpool:«hex:32»']],
    misses: [['etc/pgpool-II/pcp.conf', '# USERID:MD5PASSWD\n{{ pcp_user }}:{{ pcp_md5 }}']] },
  // Confluent clients' Schema Registry login (`basic.auth.user.info=user:password`, prefixed by a converter's or a client's name, in
  // properties, a connector's JSON or a YAML; SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO in a container's environment).
  { id: 'schema-registry-user-info', name: { en: 'Schema Registry basic-auth login (basic.auth.user.info)', 'zh-CN': 'Schema Registry 基本认证登录（basic.auth.user.info）' }, find: 'line', keywords: ['basic.auth.user.info', 'basic_auth_user_info'],
    pattern: /basic[._]auth[._]user[._]info["']?\s*[=:]\s*["']?[^\s:"'$={}]+:(?<v>[^\s"',}]+)/gi, judge: 'literal',
    hits: [['kafka/connect-distributed.properties', 'key.converter.basic.auth.credentials.source=USER_INFO\nkey.converter.basic.auth.user.info=ops:«pw»'], ['connectors/orders.json', '  "value.converter.basic.auth.user.info": "ops:«pw»",'],
      ['deploy/compose.yaml', '      SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO: "ops:«lit:schema2021»"']],
    misses: [['kafka/connect-distributed.properties', 'basic.auth.user.info=${file:/opt/secrets/sr.properties:user.info}\nbasic.auth.user.info=ops:${SR_PASSWORD}\nbasic.auth.user.info=']] },
  // Solr's BasicAuthPlugin users (`security.json`, `"credentials": {"user": "<base64 hash> <base64 salt>"}`): a salted SHA-256 of the password.
  { id: 'solr-password-hash', name: { en: 'Password hash of a Solr user (security.json)', 'zh-CN': 'Solr 用户的口令哈希（security.json）' }, find: 'line', files: /(?:^|\/)security\.json$/, keywords: [],
    pattern: /"[^"\s]+"\s*:\s*"(?<v>[A-Za-z0-9+/]{43}=\s[A-Za-z0-9+/]{16,}={0,2})"/g, judge: 'hash',
    hits: [['solr/security.json', '"class":"solr.BasicAuthPlugin",\n"credentials":{"ops":"«b64:43»= «b64:44»"},']],
    misses: [['solr/security.json', '"credentials":{}\n"user-role":{"ops":"admin"}']] },
  // WildFly's and JBoss EAP's property realms (`mgmt-users.properties`, `application-users.properties`): `user=<hex of MD5(user:realm:password)>`.
  { id: 'wildfly-user-hash', credentialFile: true, name: { en: 'Password hash in a WildFly or JBoss users file', 'zh-CN': 'WildFly 或 JBoss 用户文件中的口令哈希' }, find: 'line', files: /(?:^|\/)(?:mgmt|application)-users\.properties$/, keywords: [],
    pattern: /^\s*(?![#!])[^\s=#]+\s*=\s*(?<v>[0-9a-fA-F]{32})\s*$/g, judge: 'hash',
    hits: [['wildfly/standalone/configuration/mgmt-users.properties', '# username=HEX(MD5(username:realm:password))\nadmin=«hex:32»'], ['jboss/domain/configuration/application-users.properties', 'ejb=«hex:32»']],
    misses: [['wildfly/standalone/configuration/mgmt-users.properties', '#admin=2a0923285184943425d1f53ddd58ec7a\n#$REALM_NAME=ManagementRealm$']] },
  // WebSphere's and Open Liberty's `{xor}` encoding (soap.client.props, sas.client.props, server.xml `password="{xor}…"`): the bytes XOR `_`, base64 — readable by anyone.
  { id: 'websphere-xor-password', name: { en: 'Password in WebSphere\'s reversible {xor} encoding', 'zh-CN': 'WebSphere 可逆 {xor} 编码的口令' }, find: 'line', keywords: ['{xor}'],
    // (Judged by its form: the text after `{xor}` is base64 by construction, never a path, even when it begins with `/`.)
    pattern: /\{xor\}(?<v>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi, judge: 'format',
    hits: [['websphere/properties/soap.client.props', 'com.ibm.SOAP.loginUserid=wasadmin\ncom.ibm.SOAP.loginPassword={xor}«b64:16»'], ['liberty/server.xml', '<keyStore id="defaultKeyStore" password="{xor}«b64:12»" />']],
    misses: [['websphere/properties/soap.client.props', 'com.ibm.SOAP.loginPassword={xor}\ncom.ibm.SOAP.loginPassword=${WAS_PASSWORD}']] },

  // Windows runbooks' logins the command-line rules do not read: a scheduled task's account (`schtasks /create … /ru user /rp password`),
  // a saved credential (`cmdkey /add:host /user:u /pass:password`) and a mapped share with its password before `/user:` (`net use Z: \\srv\share password /user:u`).
  // `/rp *`, a bare `/pass` and `*` prompt for it; `%VAR%` and `$env:VAR` are variables.
  { id: 'windows-command-password', name: { en: 'Password on a Windows command line (schtasks /rp, cmdkey /pass, net use)', 'zh-CN': 'Windows 命令行中的口令（schtasks /rp、cmdkey /pass、net use）' }, find: 'line', keywords: ['schtasks', 'cmdkey', 'net use'],
    pattern: /\bschtasks(?:\.exe)?\s[^\n]*?\s\/rp\s+["']?(?<v>[^\s"'*%$][^\s"']*)|\bcmdkey(?:\.exe)?\s[^\n]*?\s\/pass:["']?(?<v1>[^\s"'%$][^\s"']*)|\bnet\s+use\s+(?:[A-Za-z]:\s+|\*\s+)?\\\\\S+\s+["']?(?<v2>[^\s"'/*%$][^\s"']*)["']?\s+\/user:/gi, judge: 'literal',
    hits: [['ops/backup-task.bat', 'schtasks /create /tn "Nightly backup" /tr C:\\ops\\backup.cmd /sc daily /ru CORP\\svc-backup /rp «pw»'], ['ops/cmdkey.cmd', 'cmdkey /add:fs01.corp.example /user:CORP\\ops /pass:«lit:Share2020»'],
      ['ops/map-share.cmd', 'net use Z: \\\\fs01\\share «pw» /user:CORP\\ops /persistent:yes']],
    misses: [['ops/backup-task.bat', 'schtasks /create /tn backup /tr backup.cmd /sc daily /ru CORP\\svc /rp *\nschtasks /create /tn b /tr b.cmd /ru SYSTEM /rp %SVC_PASS%\ncmdkey /add:fs01 /user:CORP\\ops /pass\nnet use Z: \\\\fs01\\share * /user:CORP\\ops\nnet use Z: \\\\fs01\\share %SHARE_PASS% /user:CORP\\ops']] },
  // A login given as `user:password` to a command's option: skopeo's, podman's and buildah's `--creds` (`--src-creds`, `--dest-creds`),
  // the Jenkins CLI's `-auth user:token` (`-auth @file` reads a file), Concourse's local users (`--add-local-user`, `CONCOURSE_ADD_LOCAL_USER`:
  // `user:password[,user:password]`), and Bundler's per-host logins (`bundle config set gems.corp.example user:password`, `BUNDLE_GEMS__CORP__EXAMPLE: "user:password"` in `.bundle/config` or the environment).
  { id: 'user-pair-option', name: { en: 'Login given as user:password to a tool\'s option (skopeo --creds, Jenkins CLI -auth, Concourse local users, Bundler host credentials)', 'zh-CN': '以 user:password 形式传给工具选项的登录（skopeo --creds、Jenkins CLI -auth、Concourse 本地用户、Bundler 主机凭据）' }, find: 'line', shellWord: true,
    keywords: ['creds', '-auth', 'add_local_user', 'add-local-user', 'bundle_', 'bundle config'],
    pattern: /(?:^|\s)--(?:src-|dest-)?creds(?:\s+|=)["']?[^\s:"'$]+:(?<v>[^\s"'$][^\s"']*)|\bjenkins-cli(?:\.jar)?\b[^\n]*?\s-auth\s+["']?[^\s:@"'$]+:(?<v1>[^\s"'$][^\s"']*)|(?:CONCOURSE_ADD_LOCAL_USER|--add-local-user)["']?(?:\s*[:=]\s*|\s+)["']?[^\s:,"'$]+:(?<v2>[^\s,"'$][^\s,"']*)|\bBUNDLE_(?!BUILD__|MIRROR__)[A-Z0-9_]*?__[A-Z0-9_]+["']?\s*[:=]\s*["']?[^\s:"'$]+:(?<v3>[^\s"'$/][^\s"']*)|\bbundle\s+config\s+(?:set\s+)?(?:--\w+\s+)*[\w-]+(?:\.[\w-]+)+\s+["']?[^\s:"'$]+:(?<v4>[^\s"'$/][^\s"']*)/g, judge: 'literal',
    hits: [['ops/mirror.sh', 'skopeo copy --src-creds ops:«pw» --dest-creds=ops:«pw» docker://registry.corp.example/app:1 docker://mirror.corp.example/app:1'], ['ops/build.sh', 'java -jar jenkins-cli.jar -s https://ci.corp.example/ -auth ops:«alnum:34» build deploy'],
      ['concourse/docker-compose.yml', 'services:\n  web:\n    environment:\n      CONCOURSE_ADD_LOCAL_USER: admin:«pw»'], ['.bundle/config', '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__CONTRIBSYS__COM: "ops:«alnum:8»"'],
      ['Dockerfile', 'RUN bundle config set --global enterprise.contribsys.com ops:«alnum:8» && bundle install']],
    misses: [['ops/mirror.sh', 'skopeo copy --src-creds "$REG_USER:$REG_PASS" docker://a docker://b\npodman login --get-login registry.corp.example\njava -jar jenkins-cli.jar -auth @/run/secrets/jenkins build deploy\nbundle config set --global gems.contribsys.com $SIDEKIQ_CREDS'],
      ['.bundle/config', '---\nBUNDLE_MIRROR__RUBYGEMS__ORG: "https://gems.corp.example"\nBUNDLE_BUILD__PG: "--with-pg-config=/usr/pgsql/bin/pg_config"\nBUNDLE_GEMS__CONTRIBSYS__COM: "${SIDEKIQ_USER}:${SIDEKIQ_PASS}"']] },
  // HeidiSQL's saved sessions (`portable_settings.txt`, or a registry export): `Servers\<session>\Password<|||>1<|||>` then the password
  // shifted by a digit and written in hex, the digit last — a reversible encoding.
  { id: 'heidisql-password', credentialFile: true, name: { en: 'Saved password of a HeidiSQL session', 'zh-CN': 'HeidiSQL 会话保存的口令' }, find: 'line', keywords: ['password<|||>'],
    pattern: /\\Password<\|\|\|>\d<\|\|\|>(?<v>[0-9A-Fa-f]{2,}\d)\s*$/g, judge: 'literal',
    hits: [['HeidiSQL/portable_settings.txt', 'Servers\\prod\\Host<|||>1<|||>db.corp.example\nServers\\prod\\Password<|||>1<|||>«uhex:28»7']],
    misses: [['HeidiSQL/portable_settings.txt', 'Servers\\prod\\Password<|||>1<|||>\nServers\\prod\\PasswordSaved<|||>3<|||>0']] },
  // Nagios Cross-Platform Agent's API token (`ncpa.cfg`, `[api] community_string = …`): whoever holds it queries and runs the agent's checks.
  { id: 'ncpa-community-string', credentialFile: true, name: { en: 'NCPA agent API token (community_string)', 'zh-CN': 'NCPA 代理 API 令牌（community_string）' }, find: 'line', files: /\.(?:cfg|conf|ini)$/, keywords: ['community_string'],
    pattern: /^\s*community_string\s*=\s*(?<v>[^\s#;](?:[^#;]*[^\s#;])?)/g, judge: 'literal',
    hits: [['ncpa/etc/ncpa.cfg', '[api]\ncommunity_string = «alnum:24»'], ['usr/local/ncpa/etc/ncpa.cfg.d/api.cfg', '[api]\ncommunity_string = «lit:ncpa2020»']],
    misses: [['ncpa/etc/ncpa.cfg', '[api]\ncommunity_string = {{ ncpa_token }}\n# community_string = mytoken']] },
  // Spark's `spark-defaults.conf`, a property and its value separated by spaces: S3A's and Azure storage's keys, SSL store passwords, the
  // shared `spark.authenticate.secret` (`…access.key` is the key's id, not read). Java's properties reader: `#` starts a comment only at a line's start.
  { id: 'spark-defaults-secret', credentialFile: true, name: { en: 'Secret in Spark\'s spark-defaults.conf (storage keys, SSL passwords, authenticate secret)', 'zh-CN': 'Spark spark-defaults.conf 中的密钥（存储密钥、SSL 口令、认证密钥）' }, find: 'line', files: /(?:^|\/)spark-defaults\.conf(?:\.[\w-]+)?$/, keywords: ['secret', 'password', 'account.key'],
    pattern: /^\s*spark\.[\w.-]*?(?:secret\.key|secret|password|account\.key\.[\w.-]+)\s+(?<v>\S+)\s*$/gi, judge: 'literal',
    hits: [['spark/conf/spark-defaults.conf', 'spark.hadoop.fs.s3a.endpoint     s3.corp.example\nspark.hadoop.fs.s3a.secret.key   «b64:40»'], ['conf/spark-defaults.conf', 'spark.ssl.keyStorePassword «pw»\nspark.authenticate.secret «alnum:32»']],
    misses: [['spark/conf/spark-defaults.conf', 'spark.hadoop.fs.s3a.secret.key   ${S3_SECRET_KEY}\nspark.authenticate true\nspark.master spark://master:7077']] },
  // GlassFish's and Payara's `asadmin --passwordfile` (`AS_ADMIN_PASSWORD=…`, `AS_ADMIN_MASTERPASSWORD=…`, `AS_ADMIN_USERPASSWORD=…`): a file that exists to hold them.
  { id: 'asadmin-password', credentialFile: true, name: { en: 'GlassFish or Payara asadmin password', 'zh-CN': 'GlassFish 或 Payara 的 asadmin 口令' }, find: 'line', keywords: ['as_admin_'],
    pattern: /^\s*(?:export\s+)?AS_ADMIN_[A-Z]*(?:PASSWORD|PASSPHRASE)\s*=\s*(?<v>[^\s#"']\S*|"[^"]*"|'[^']*')/g, judge: 'literal',
    hits: [['glassfish/password.txt', 'AS_ADMIN_PASSWORD=«pw»\nAS_ADMIN_MASTERPASSWORD=«lit:glassfish2020»'], ['payara/pwdfile', 'AS_ADMIN_NEWPASSWORD=«pw»']],
    misses: [['payara/Dockerfile', 'RUN echo "AS_ADMIN_PASSWORD=${ADMIN_PASSWORD}" > /tmp/pwd\nRUN echo "AS_ADMIN_PASSWORD=" >> /tmp/pwd']] },

  // Alertmanager's PagerDuty receiver: the integration's `routing_key` (Events API v2) or `service_key` (v1), 32 characters. (VictorOps'
  // `routing_key` names a route, and a broker's a message's topic: only the key's shape in Alertmanager's configuration is read.)
  { id: 'pagerduty-integration-key', credentialFile: true, name: { en: 'PagerDuty integration key in an Alertmanager receiver', 'zh-CN': 'Alertmanager 接收器中的 PagerDuty 集成密钥' }, find: 'line',
    files: /alertmanager[^/]*\.ya?ml$|(?:^|\/)alertmanager\/(?:[^/]+\/)*[^/]+\.ya?ml$/, keywords: ['routing_key', 'service_key'],
    pattern: /^\s*(?:-\s+)?(?:routing_key|service_key)\s*:\s*["']?(?<v>[0-9a-z]{32})["']?\s*(?:#.*)?$/g, judge: 'literal',
    hits: [['alertmanager/alertmanager.yml', 'receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: «hex:32»\n      - service_key: "«hex:32»"']],
    misses: [['alertmanager/alertmanager.yml', '    victorops_configs:\n      - routing_key: ops-team\n    pagerduty_configs:\n      - routing_key: "{{ pagerduty_key }}"\n      - routing_key_file: /etc/alertmanager/pd.key'], ['rabbitmq/bindings.yml', 'routing_key: «hex:32»']] },
  // rspamd's controller passwords (`worker-controller.inc`: `password = "…";` for reading, `enable_password = "…";` for changes), plain or `$2$…` hashed.
  { id: 'rspamd-controller-password', credentialFile: true, name: { en: 'rspamd controller password', 'zh-CN': 'rspamd 控制器口令' }, find: 'line', files: /(?:^|\/)rspamd\/(?:[^/]+\/)*[^/]+\.(?:inc|conf)$|(?:^|\/)worker-controller[\w.-]*\.inc$/, keywords: ['password'],
    pattern: /^\s*(?:enable_)?password\s*=\s*"(?<v>[^"]+)"\s*;?/g, judge: 'literal',
    hits: [['etc/rspamd/local.d/worker-controller.inc', 'password = "$2$«lower:20»$«lower:52»";\nenable_password = "«pw»";']],
    misses: [['etc/rspamd/local.d/worker-controller.inc', 'password = "{{ rspamd_password }}";\n# enable_password = "q2";']] },
  // NiFi's `nifi.sensitive.props.key` (nifi.properties): the key that encrypts every sensitive property of the flow.
  { id: 'nifi-sensitive-props-key', credentialFile: true, name: { en: 'NiFi sensitive properties key', 'zh-CN': 'NiFi 敏感属性密钥' }, find: 'line', keywords: ['nifi.sensitive.props.key'],
    pattern: /^\s*nifi\.sensitive\.props\.key\s*=\s*(?<v>\S+)\s*$/g, judge: 'literal',
    hits: [['nifi/conf/nifi.properties', 'nifi.sensitive.props.key=«alnum:24»\nnifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256']],
    misses: [['nifi/conf/nifi.properties', 'nifi.sensitive.props.key=\nnifi.sensitive.props.key.protected=\nnifi.sensitive.props.key=${NIFI_SENSITIVE_KEY}']] },
  // OpenWrt's UCI files (`/etc/config/wireless`, `network`, `ddns`, …): `option <name> '<value>'`. A Wi-Fi interface's
  // `key` is its WPA passphrase (`key '1'` to `key '4'` pick a WEP key slot), PPPoE's and DDNS' `password`, WireGuard's `private_key`.
  { id: 'openwrt-uci-secret', credentialFile: true, name: { en: 'Password or key in an OpenWrt UCI option (wireless, network, ddns)', 'zh-CN': 'OpenWrt UCI 选项中的口令或密钥（wireless、network、ddns）' }, find: 'line',
    files: /(?:^|\/)etc\/config\/[^/.]+$/, keywords: ['option'],
    pattern: /^\s*option\s+(?:key[1-4]?|password|psk|sae_password|auth_secret|acct_secret|private_key|preshared_key)\s+(?:'(?![1-4]')(?<v>[^']+)'|"(?![1-4]")(?<v1>[^"]+)"|(?![1-4](?:\s|$))(?<v2>[^\s'"#]+))/g, judge: 'literal',
    hits: [['etc/config/wireless', "config wifi-iface 'default_radio0'\n\toption ssid 'office'\n\toption encryption 'psk2'\n\toption key '«pw»'"], ['openwrt/files/etc/config/network', "config interface 'wan'\n\toption proto 'pppoe'\n\toption username 'isp-1'\n\toption password '«lit:pppoe2020»'"]],
    misses: [['etc/config/wireless', "config wifi-iface\n\toption encryption 'wep-open'\n\toption key '1'\n\toption key1 ''\n\t# option key 'changeme'"], ['etc/config/network', "config interface 'wan'\n\toption password '{{ openwrt_pppoe_password }}'"]] },
  // sbt's `Credentials("realm", "host", "user", "password")` (a build's `.sbt` file, `~/.sbt/1.0/credentials.sbt`): the fourth argument.
  { id: 'sbt-credentials', name: { en: 'Repository password in an sbt Credentials(…) call', 'zh-CN': 'sbt Credentials(…) 调用中的仓库口令' }, find: 'line', files: /\.sbt$/, keywords: ['credentials('],
    pattern: /\bCredentials\(\s*"[^"]*"\s*,\s*"[^"]*"\s*,\s*"[^"]*"\s*,\s*"(?<v>[^"]+)"\s*\)/g, judge: 'literal',
    hits: [['.sbt/1.0/credentials.sbt', 'credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.corp.example", "ops", "«pw»")']],
    misses: [['build.sbt', 'credentials += Credentials("Artifactory Realm", "repo.corp.example", sys.env("REPO_USER"), sys.env("REPO_PASSWORD"))\ncredentials += Credentials(Path.userHome / ".sbt" / ".credentials")']] },
  // Leiningen's repository logins (`~/.lein/profiles.clj`, `credentials.clj`, a `project.clj`): `:password "…"`; `:env`,
  // `:env/name` and `:gpg` there read the value from the environment or an encrypted file.
  { id: 'leiningen-password', credentialFile: true, name: { en: 'Repository password in a Leiningen profile or project', 'zh-CN': 'Leiningen 配置或项目中的仓库口令' }, find: 'line', files: /(?:^|\/)(?:profiles|credentials|project)\.clj$/, keywords: [':password', ':passphrase'],
    pattern: /:(?:password|passphrase)\s+"(?<v>[^"]+)"/g, judge: 'literal',
    hits: [['.lein/profiles.clj', '{:auth {:repository-auth {#"nexus" {:username "ops" :password "«pw»"}}}}']],
    misses: [['project.clj', '  :deploy-repositories [["releases" {:url "https://nexus.corp.example/releases" :username :env/nexus_user :password :env/nexus_password}]]\n  :repositories [["corp" {:url "https://nexus.corp.example" :password :gpg}]]']] },
  // Perforce's ticket file (`~/.p4tickets`, `p4tickets.txt` on Windows): `server:port=user:TICKET`, a login valid until it expires.
  { id: 'perforce-ticket', credentialFile: true, name: { en: 'Perforce login ticket (.p4tickets)', 'zh-CN': 'Perforce 登录票据（.p4tickets）' }, find: 'line', files: /(?:^|\/)(?:\.p4tickets|p4tickets\.txt)$/, keywords: [],
    pattern: /^\s*[^=\s#]+=[^:\s]+:(?<v>[0-9A-F]{32})\s*$/g, judge: 'literal',
    hits: [['home/ops/.p4tickets', 'ssl:perforce.corp.example:1666=ops:«uhex:32»']], misses: [['home/ops/.p4tickets', '# server=user:ticket\nlocalhost:1666=ops:']] },
  // lighttpd's plain-text user file (`auth.backend.plain.userfile`, `lighttpd.user`): `user:password` in clear.
  { id: 'lighttpd-plain-user', credentialFile: true, name: { en: 'Password in lighttpd\'s plain user file', 'zh-CN': 'lighttpd 明文用户文件中的口令' }, find: 'line', files: /(?:^|\/)lighttpd[^/]*\/(?:[^/]+\/)*[^/]+\.user$|(?:^|\/)lighttpd[\w.-]*\.user$/, keywords: [],
    pattern: /^\s*[^:#\s]+:(?<v>[^:\s]+)\s*$/g, judge: 'literal',
    hits: [['etc/lighttpd/lighttpd.user', 'ops:«pw»\nmonitor:«lit:status2020»']], misses: [['etc/lighttpd/lighttpd.user', '# user:password\nops:{{ lighttpd_ops_password }}']] },
  // Monit's web interface (`set httpd … allow user:password` in monitrc, a role's `etc_monit_monitrc`, or a file it includes): the
  // user's password in clear.
  // `allow @group`, `allow md5 /etc/htpasswd user`, hosts and networks (`allow 10.0.0.0/8`, `allow ::1`) name no password.
  { id: 'monit-httpd-allow', name: { en: 'Password in Monit\'s httpd allow line (monitrc)', 'zh-CN': 'Monit httpd allow 行中的口令（monitrc）' }, find: 'line',
    files: /(?:^|[/_])\.?monitrc(?:\.[\w-]+)?$|(?:^|\/)monit(?:\.d|\/(?:conf\.d|conf-enabled|conf-available))\/[^/]+$/, keywords: ['allow'],
    pattern: /^\s*allow\s+(?![0-9a-f]*::)(?<u>[\w.@-]+):(?<v>"[^"\n]+"|[^\s"#:][^\s"#]*)/g, judge: 'literal',
    hits: [['etc/monit/monitrc', 'set httpd port 2812 and\n    use address 0.0.0.0\n    allow «lit:admin»:«pw»'], ['etc/monit/conf.d/web', 'set httpd port 2812\n  allow localhost\n  allow ops:"«pw»" read-only'],
      // A role's copy of it named for where it goes (`files/etc_monit_monitrc`).
      ['roles/monitoring/files/etc_monit_monitrc', 'set httpd port 2812\n    allow admin:«pw»']],
    misses: [['etc/monit/monitrc', 'set httpd port 2812 and\n    allow localhost\n    allow 10.0.0.0/255.0.0.0\n    allow ::1\n    allow @monit\n    allow md5 /etc/monit/htpasswd ops\n    allow admin:{{ monit_admin_password }}']] },
  // Gradle's Groovy DSL sets a property by a call without `=` (`storePassword "…"` in an Android `signingConfigs` block,
  // `password '…'` in a repository's `credentials { }`); a call on a variable (`System.getenv(…)`, `findProperty(…)`) is not a literal.
  { id: 'gradle-dsl-password', name: { en: 'Password set in a Gradle build script (signingConfigs, repository credentials)', 'zh-CN': 'Gradle 构建脚本中设置的口令（signingConfigs、仓库凭据）' }, find: 'line', files: /\.gradle$/, keywords: ['password'],
    pattern: /(?:^|[{;])\s*(?:storePassword|keyPassword|password)\s+(?:"(?<v>[^"\n]*)"|'(?<v1>[^'\n]*)')/g, judge: 'literal',
    hits: [['android/app/build.gradle', 'android {\n    signingConfigs {\n        release {\n            storeFile file("release.keystore")\n            storePassword "«pw»"\n            keyAlias "upload"\n            keyPassword \'«pw»\'\n        }\n    }\n}'],
      ['build.gradle', 'repositories {\n    maven {\n        url "https://nexus.corp.example/repository/releases"\n        credentials { username "deploy"; password "«pw»" }\n    }\n}']],
    misses: [['android/app/build.gradle', 'signingConfigs {\n    release {\n        storePassword System.getenv("KEYSTORE_PASSWORD")\n        keyPassword project.findProperty("keyPassword")\n        password "${repoPassword}"\n        storePassword ""\n    }\n}']] },
  // Game servers' console variables in their `.cfg` files (Source's `server.cfg`/`autoexec.cfg`, Quake 3's `seta`, Rust's
  // `rcon.password`): the remote console's password, the join password, a Steam game server login token.
  { id: 'game-server-password', name: { en: 'Game server RCON or join password, or server login token (server.cfg)', 'zh-CN': '游戏服务器 RCON 或加入口令、服务器登录令牌（server.cfg）' }, find: 'line', files: /\.cfg$/, keywords: ['rcon', 'password', 'setsteamaccount'],
    pattern: /^\s*(?:seta?\s+)?(?:rcon_?password|sv_password|sv_privatepassword|g_password|rcon\.password|sv_setsteamaccount)\s+(?:"(?<v>[^"\n]*)"|(?<v1>[^\s"/][^\s"]*))/gi, judge: 'literal',
    hits: [['csgo/cfg/server.cfg', 'hostname "Ops LAN"\nrcon_password "«pw»"\nsv_password «lit:lan2020»\nsv_setsteamaccount «uhex:32»'], ['q3/baseq3/server.cfg', 'seta sv_hostname "ops"\nseta rconpassword "«pw»"\nset g_password «pw»']],
    misses: [['csgo/cfg/server.cfg', '// rcon_password "changeme"\nrcon_password ""\nsv_password "{{ game_join_password }}"\nsv_setsteamaccount ${GSLT}']] },
  // A dedicated server's launch line: Source and Rust servers take console variables as `+name value`, Valheim's server a
  // `-password`, ARK's its options in the map URL (`?ServerAdminPassword=…`).
  { id: 'game-server-launch-password', name: { en: 'Password or login token on a game server\'s launch line', 'zh-CN': '游戏服务器启动命令中的口令或登录令牌' }, find: 'line', keywords: ['rcon', 'sv_password', 'setsteamaccount', 'valheim_server', 'serverpassword', 'serveradminpassword'],
    pattern: /(?:^|\s)\+(?:rcon_password|sv_password|rcon\.password|sv_setsteamaccount)\s+(?:"(?<v>[^"\n]*)"|'(?<v1>[^'\n]*)'|(?<v2>[^\s"'$%][^\s"']*))|\bvalheim_server[\w.]*\s[^\n]*?\s-password\s+(?:"(?<v3>[^"\n]*)"|(?<v4>[^\s"'$%][^\s"']*))|\?Server(?:Admin)?Password=(?<v5>[^?\s"'$%][^?\s"']*)/g, judge: 'literal',
    hits: [['scripts/start-csgo.sh', './srcds_run -game csgo +map de_dust2 +sv_setsteamaccount «uhex:32» +rcon_password "«pw»"'], ['valheim/start_server.sh', './valheim_server.x86_64 -name "Ops" -port 2456 -world "Dedicated" -password "«pw»" -public 0'],
      ['ark/start.sh', 'ShooterGameServer "TheIsland?listen?SessionName=Ops?ServerPassword=«pw»?ServerAdminPassword=«lit:ark2020»" -server -log']],
    misses: [['scripts/start.sh', './srcds_run -game csgo +rcon_password "$RCON_PASSWORD" +sv_setsteamaccount $GSLT\n./valheim_server.x86_64 -name "Ops" -password "${SERVER_PASS}"\nShooterGameServer "TheIsland?ServerAdminPassword=$ADMIN_PASS?listen"']] },
  // Deluge's daemon logins (`~/.config/deluge/auth`): `user:password:level`, one a line.
  { id: 'deluge-auth', credentialFile: true, name: { en: 'Deluge daemon login (auth file)', 'zh-CN': 'Deluge 守护进程登录（auth 文件）' }, find: 'line', files: /(?:^|\/)deluge[\w.-]*\/(?:[^/]+\/)?auth$/, keywords: [],
    pattern: /^\s*[^:#\s]+:(?<v>[^:\s]+):\d+\s*$/g, judge: 'literal',
    hits: [['deluge/auth', 'localclient:«hex:40»:10\nops:«lit:deluge2020»:10']], misses: [['.config/deluge/auth', '# user:password:level\nops:{{ deluge_password }}:10']] },
  // Motion's camera and web logins (`motion.conf`, its `camera*.conf`): `netcam_userpass user:password`, `webcontrol_authentication user:password`.
  { id: 'motion-userpass', name: { en: 'Camera or web login in Motion\'s configuration (netcam_userpass)', 'zh-CN': 'Motion 配置中的摄像头或网页登录（netcam_userpass）' }, find: 'line', files: /\.conf$/, keywords: ['userpass', '_authentication'],
    pattern: /^\s*(?:netcam_userpass|netcam_high_userpass|webcontrol_authentication|stream_authentication)\s+[^:\s]+:(?<v>[^\s;#]\S*)/g, judge: 'literal',
    hits: [['etc/motion/motion.conf', 'netcam_url rtsp://10.0.0.22:554/stream1\nnetcam_userpass ops:«pw»\nwebcontrol_authentication admin:«lit:motion2020»']],
    misses: [['etc/motion/camera1.conf', '; netcam_userpass value\nnetcam_userpass user:{{ camera_password }}\nstream_authentication admin:${STREAM_PASS}']] },
  // fastlane match's Git login (`git_basic_authorization` in a Matchfile or a Fastfile): base64 of `user:password-or-token`.
  { id: 'fastlane-match-authorization', name: { en: 'Git login of fastlane match (git_basic_authorization)', 'zh-CN': 'fastlane match 的 Git 登录（git_basic_authorization）' }, find: 'line', files: /(?:^|\/)(?:matchfile|fastfile)$/, keywords: ['git_basic_authorization'],
    pattern: /\bgit_basic_authorization\s*(?:\(\s*|:\s*)["'](?<v>[A-Za-z0-9+/]{8,}={0,2})["']/g, decode: 'base64-pair', judge: 'literal',
    hits: [['fastlane/Matchfile', 'git_url("https://git.corp.example/mobile/certificates.git")\nstorage_mode("git")\ngit_basic_authorization("«b64of:ci-bot:{pw}»")'], ['fastlane/Fastfile', 'lane :certs do\n  match(type: "appstore", git_basic_authorization: \'«b64of:ci-bot:{pw}»\')\nend']],
    misses: [['fastlane/Matchfile', 'git_basic_authorization(ENV["MATCH_GIT_BASIC_AUTHORIZATION"])\ngit_basic_authorization(Base64.strict_encode64("ci-bot:#{ENV[\'GIT_TOKEN\']}"))']] },
  // A C header's or an Arduino sketch's `#define` of a password (Tasmota's `user_config_override.h` `STA_PASS1`, `MQTT_PASS`;
  // Arduino's `arduino_secrets.h` `SECRET_PASS`; `WIFI_PASSWORD`): the name's last word says so (`PASSWORD_PROMPT` is a text).
  { id: 'c-define-password', name: { en: 'Password in a C header\'s #define (firmware and sketch configuration)', 'zh-CN': 'C 头文件 #define 中的口令（固件与草图配置）' }, find: 'line', files: /\.(?:h|hh|hpp|ino)$/, keywords: ['define'],
    pattern: /^\s*#\s*define\s+(?:[A-Z0-9]+_)*(?:PASS|PASSWORD|PASSWD|PWD|PSK|AUTH_TOKEN)\d?\s+"(?<v>[^"\n]*)"/g, judge: 'literal',
    hits: [['tasmota/user_config_override.h', '#undef  STA_PASS1\n#define STA_PASS1         "«pw»"\n#undef  MQTT_PASS\n#define MQTT_PASS         "«lit:mqtt2020»"'], ['sketch/arduino_secrets.h', '#define SECRET_SSID "office"\n#define SECRET_PASS "«pw»"'], ['src/config.h', '#define BLYNK_AUTH_TOKEN "«alnum:32»"']],
    misses: [['src/ui.h', '#define PASSWORD_PROMPT "Password: "\n#define SECRET_SSID "office"\n#define WIFI_PASSWORD ""\n#define OTA_PASSWORD "YOUR_OTA_PASSWORD"\n// #define MQTT_PASS "changeme"']] },
  // The same macro given on a compiler's command line (PlatformIO's `build_flags = -DWIFI_PASSWORD=\\"…\\"`, CMake's
  // `add_definitions(-DMQTT_PASS="…")`, a Makefile's `CFLAGS += -DOTA_PASSWORD=…`).
  { id: 'build-flag-password', name: { en: 'Password defined as a compiler macro in build flags (-DWIFI_PASSWORD=…)', 'zh-CN': '构建参数中以编译器宏定义的口令（-DWIFI_PASSWORD=…）' }, find: 'line', files: /(?:^|\/)(?:platformio[\w.-]*\.ini|cmakelists\.txt|[\w.-]+\.cmake|(?:gnu)?makefile|[\w.-]+\.mk)$/, keywords: ['-d'],
    pattern: /(?:^|[\s'"(])-D\s?(?:[A-Z0-9]+_)*(?:PASS|PASSWORD|PASSWD|PWD|PSK|AUTH_TOKEN)\d?=(?:\\?"(?<v>[^"\\\n]*)\\?"|(?<v1>[^\s"'\\$)][^\s"'\\)]*))/g, judge: 'literal',
    hits: [['firmware/platformio.ini', '[env:esp32dev]\nbuild_flags =\n    -DWIFI_SSID=\\"office\\"\n    -DWIFI_PASSWORD=\\"«pw»\\"'], ['CMakeLists.txt', 'add_definitions(-DMQTT_PASS="«pw»")'], ['Makefile', 'CFLAGS += -DOTA_PASSWORD=«lit:ota2020»']],
    misses: [['platformio.ini', 'build_flags =\n    -DWIFI_PASSWORD=\\"${sysenv.WIFI_PASSWORD}\\"\n    -DWIFI_PASS=$(WIFI_PASS)\n    -DPASSWORD_LEN=16']] },
  // Z-Wave's network security keys (Z-Wave JS UI's `securityKeys`, its `KEY_S2_*` environment, Home Assistant's add-on options
  // `s2_access_control_key`…): 16 bytes in hex.
  { id: 'zwave-network-key', name: { en: 'Z-Wave network security key (S0, S2)', 'zh-CN': 'Z-Wave 网络安全密钥（S0、S2）' }, find: 'key', keywords: ['s0_legacy', 's2_'],
    keys: /^(?:key_)?(?:lr_)?(?:s0_legacy|s2_unauthenticated|s2_authenticated|s2_access_?control)(?:_key)?$/i, shape: /^(?:0x)?[0-9A-Fa-f]{32}$/, judge: 'literal',
    hits: [['zwave-js-ui/store/settings.json', '{\n  "zwave": {\n    "securityKeys": {\n      "S2_Unauthenticated": "«uhex:32»",\n      "S2_AccessControl": "«uhex:32»",\n      "S0_Legacy": "«uhex:32»"\n    }\n  }\n}'],
      ['homeassistant/addons/zwave_js/options.yaml', 's0_legacy_key: «uhex:32»\ns2_authenticated_key: «uhex:32»'], ['zwave/.env', 'KEY_S2_Authenticated=«uhex:32»']],
    misses: [['zwave-js-ui/store/settings.json', '{"securityKeys": {"S2_Unauthenticated": "", "S0_Legacy": "${S0_KEY}"}, "s2_authenticated_key_help": "32 hex digits"}']] },
  // A Zigbee or legacy Z-Wave network key written as its 16 bytes (Zigbee2MQTT's `network_key: [1, 3, …]`, Home Assistant's old
  // `network_key: "0x2e, 0xcc, …"`); `GENERATE` asks the tool to make one.
  { id: 'mesh-network-key', name: { en: 'Zigbee or Z-Wave network key as a list of bytes (network_key)', 'zh-CN': '以字节列表写出的 Zigbee 或 Z-Wave 网络密钥（network_key）' }, find: 'line', keywords: ['network_key'],
    pattern: /^\s*network_key\s*:\s*(?:\[(?<v>\s*(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*,\s*){15}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})\s*)\]|["'](?<v1>(?:0x[0-9a-fA-F]{2}\s*,\s*){15}0x[0-9a-fA-F]{2})["'])/g, judge: 'format',
    hits: [['zigbee2mqtt/data/configuration.yaml', 'advanced:\n  pan_id: 6754\n  network_key: [«digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2», «digits:2»]'], ['homeassistant/configuration.yaml', 'zwave:\n  usb_path: /dev/ttyACM0\n  network_key: "0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2», 0x«hex:2»"']],
    misses: [['zigbee2mqtt/configuration.yaml', 'advanced:\n  network_key: GENERATE\n  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]']] },
  // Courier's authentication daemon (`authmysqlrc`, `authpgsqlrc`, `authldaprc`): `MYSQL_PASSWORD value`, no `=`.
  { id: 'courier-auth-password', credentialFile: true, name: { en: 'Database or LDAP password of Courier\'s authdaemon', 'zh-CN': 'Courier authdaemon 的数据库或 LDAP 口令' }, find: 'line', files: /(?:^|\/)auth(?:mysql|pgsql|ldap)rc$/, keywords: ['password', 'bindpw'],
    pattern: /^\s*(?:MYSQL_PASSWORD|PGSQL_PASSWORD|LDAP_BINDPW)\s+(?<v>[^\s#]+)/g, judge: 'literal',
    hits: [['etc/courier/authmysqlrc', 'MYSQL_USERNAME\t\tcourier\nMYSQL_PASSWORD\t\t«pw»'], ['etc/courier/authldaprc', 'LDAP_BINDDN\tcn=courier,dc=corp,dc=example\nLDAP_BINDPW\t«lit:courier2019»']],
    misses: [['etc/courier/authmysqlrc', '##NAME: MYSQL_PASSWORD:0\n#MYSQL_PASSWORD\t\tpassword\nMYSQL_PASSWORD\t\t{{ courier_db_password }}']] },
  // A GoCD agent's `autoregister.properties`: `agent.auto.register.key` is the server's auto-registration key, which
  // lets any machine that holds it join as an approved agent (and receive the pipelines' secrets).
  { id: 'gocd-autoregister-key', credentialFile: true, name: { en: 'GoCD agent auto-registration key', 'zh-CN': 'GoCD 代理自动注册密钥' }, find: 'line', keywords: ['agent.auto.register.key'],
    pattern: /^\s*agent\.auto\.register\.key\s*=\s*(?<v>[^\s$]\S*)\s*$/g, judge: 'literal',
    hits: [['go-agent/config/autoregister.properties', 'agent.auto.register.key=«alnum:36»\nagent.auto.register.resources=linux']],
    misses: [['go-agent/config/autoregister.properties', 'agent.auto.register.key=${GO_EA_AUTO_REGISTER_KEY}\nagent.auto.register.key=\nagent.auto.register.environments=prod']] },
  // Routing daemons' own files: FRR's and Quagga's vty and enable passwords (`password …`, `enable password …` in
  // `frr.conf`, `zebra.conf`, `bgpd.conf`…), BIRD's peer password (`password "…";` in a protocol block), ExaBGP's
  // session key (`md5-password …;` in a `neighbor` block of `exabgp.conf`).
  { id: 'routing-daemon-password', credentialFile: true, name: { en: 'Password in a routing daemon configuration (FRR, Quagga, BIRD, ExaBGP)', 'zh-CN': '路由守护进程配置中的口令（FRR、Quagga、BIRD、ExaBGP）' }, find: 'line',
    files: /(?:^|\/)(?:frr|quagga)\/(?:[^/]+\/)*[^/]+\.conf$|(?:^|\/)(?:frr|zebra|bgpd|ospfd|ospf6d|ripd|ripngd|isisd|ldpd|pimd|eigrpd|babeld|vtysh|staticd|bfdd)\.conf(?:\.sample)?$|(?:^|\/)(?:bird|exabgp)[\w.-]*\.conf$|(?:^|\/)(?:bird|exabgp)\/(?:[^/]+\/)*[^/]+\.conf$/, keywords: ['password'],
    pattern: /^\s*(?:enable\s+)?password\s+(?:\d\s+)?(?<v>[^\s"';]+)\s*$|^\s*password\s+"(?<v1>[^"\n]+)"\s*(?:\{[^}]*\}\s*)?;|^\s*md5-password\s+(?:"(?<v2>[^"\n]+)"|(?<v3>[^\s"';]+))\s*;/g, judge: 'literal',
    hits: [['etc/frr/frr.conf', 'hostname edge1\npassword «pw»\nenable password «lit:zebra2020»\n!\nline vty'], ['etc/quagga/bgpd.conf', 'hostname bgpd\npassword «pw»'],
      ['etc/bird/bird.conf', 'protocol bgp upstream {\n  local as 65001;\n  neighbor 203.0.113.1 as 65002;\n  password "«pw»";\n}'], ['etc/bird.d/peers/bird-peer1.conf', '  password "«lit:peer2020»";'],
      ['etc/exabgp/exabgp.conf', 'neighbor 192.0.2.1 {\n    local-as 65010;\n    peer-as 65000;\n    md5-password «pw»;\n}'], ['routers/exabgp-edge.conf', '    md5-password "«lit:peer2021»";']],
    misses: [['etc/frr/frr.conf', '! password zebra\nservice password-encryption\npassword {{ frr_vty_password }}'], ['etc/bird/bird.conf', '  password "${BGP_PASSWORD}";'],
      ['etc/exabgp/exabgp.conf', '    # md5-password secret;\n    md5-password "${BGP_MD5}";\n    md5-base64 true;'], ['docs/exabgp.md', 'md5-password «pw»;']] },
  // Pulsar's token authentication: the signing key given inline (`tokenSecretKey=data:;base64,…`, `tokenPrivateKey=`)
  // instead of as a file, and the broker's own client token (`brokerClientAuthenticationParameters=token:…`).
  { id: 'pulsar-token-key', credentialFile: true, name: { en: 'Pulsar token signing key or broker token given inline', 'zh-CN': 'Pulsar 令牌签名密钥或内联给出的 broker 令牌' }, find: 'line', keywords: ['tokensecretkey', 'tokenprivatekey', 'authenticationparameters'],
    pattern: /^\s*[\w.]*(?:tokenSecretKey|tokenPrivateKey|AuthenticationParameters)\s*[=:]\s*["']?(?:data:[\w/.+-]*;base64,(?<v>[A-Za-z0-9+/_-]+={0,2})|token:(?<v1>[^\s"'$]+))["']?\s*$/gi, judge: 'literal',
    hits: [['pulsar/conf/broker.conf', 'authenticationEnabled=true\ntokenSecretKey=data:;base64,«b64:43»='], ['pulsar/conf/broker.conf', 'brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nbrokerClientAuthenticationParameters=token:«alnum:40»']],
    misses: [['pulsar/conf/broker.conf', 'tokenSecretKey=file:///pulsar/secret.key\ntokenPublicKey=data:;base64,«b64:64»\nbrokerClientAuthenticationParameters=file:///pulsar/tokens/broker'], ['pulsar/conf/standalone.conf', 'tokenSecretKey=\nbrokerClientAuthenticationParameters=token:${BROKER_TOKEN}']] },
  // A Go MySQL driver DSN (`user:password@tcp(host:3306)/db`, `@unix(/run/mysqld.sock)/`, `@(host)/`): no scheme, so no URL
  // rule reads it. Beats' and exporters' `hosts:` and `DATA_SOURCE_NAME`, and Go code.
  // (Not after `<`: Ruby's inspect text of a block, `#<Proc:0x…@/path/file.rb:53>`, in a log or an issue's body pasted into a fixture.)
  { id: 'go-mysql-dsn', name: { en: 'Password in a Go MySQL DSN (user:password@tcp(…)/)', 'zh-CN': 'Go MySQL DSN 中的口令（user:password@tcp(…)/）' }, find: 'line', keywords: ['@tcp(', '@unix(', '@(', '@tcp6(', '@/'], lineHolds: ':',
    pattern: /(?<![\w.+/:<-])[A-Za-z_][\w.-]{0,63}:(?<v>[^\s:@'"`/()]+)@(?:(?:tcp6?|unix|udp)?\([^()\s'"]*\))?\/(?=[\w?"'`]|$)/g, judge: 'literal',
    hits: [['metricbeat/modules.d/mysql.yml', '- module: mysql\n  hosts: ["root:«pw»@tcp(127.0.0.1:3306)/"]'], ['etc/default/prometheus-mysqld-exporter', 'DATA_SOURCE_NAME="exporter:«lit:export2020»@(localhost:3306)/"'],
      ['internal/db/db.go', '\tdsn := "app:«pw»@tcp(db.corp.example:3306)/shop?parseTime=true"'],
      // Second round (the probe): no address at all (`user:password@/db`, the local default).
      ['internal/db/open.go', '\treturn sql.Open("mysql", "shop:«lit:shop2020»@/shop?parseTime=true")']],
    misses: [['internal/db/db.go', '\tdsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)\n\tdsn := "root@tcp(localhost:3306)/test"\n\tdsn := "mysql://app:x@tcp(db)/"'], ['metricbeat/modules.d/mysql.yml', '  hosts: ["root:${MYSQL_PASSWORD}@tcp(127.0.0.1:3306)/"]']] },
  // Perl DBI: the password after the DSN and the user (`DBI->connect('dbi:Pg:…', 'user', '…')`, Amavis' and other daemons'
  // `['DBI:mysql:…', 'user', '…']` lookup lists).
  { id: 'perl-dbi-password', name: { en: 'Password in a Perl DBI connection (DBI->connect, a DSN list)', 'zh-CN': 'Perl DBI 连接中的口令（DBI->connect、DSN 列表）' }, find: 'line', keywords: ['dbi:'], lineHolds: ',',
    pattern: /(?:\[|\bDBI->connect(?:_cached)?\s*\()\s*(?:'dbi:[^'\n]*'|"dbi:[^"\n]*")\s*,\s*(?:'[^'\n]*'|"[^"\n]*")\s*,\s*(?<v>'[^'\n]*'|"[^"\n]*")/gi, judge: 'literal',
    hits: [['etc/amavis/conf.d/50-user', "@lookup_sql_dsn = (['DBI:mysql:database=mail;host=127.0.0.1;port=3306', 'amavis', '«pw»']);"], ['bin/report.pl', 'my $dbh = DBI->connect("dbi:Pg:dbname=shop;host=db.corp.example", "report", "«lit:report2020»", { RaiseError => 1 });']],
    misses: [['bin/report.pl', 'my $dbh = DBI->connect("dbi:Pg:dbname=shop", $user, $pass);\nmy $dbh = DBI->connect("dbi:SQLite:dbname=app.db", "", "");\n@lookup_sql_dsn = ([\'DBI:mysql:database=mail\', \'amavis\', \'\']);']] },
  // Teleport's static join tokens (`auth_service: tokens: - "proxy,node:…"`): whoever holds one joins the cluster in that role.
  { id: 'teleport-static-token', credentialFile: true, name: { en: 'Teleport static join token', 'zh-CN': 'Teleport 静态加入令牌' }, find: 'line', files: /(?:^|\/)teleport[\w.-]*\.ya?ml$/, keywords: ['node:', 'proxy', 'trusted_cluster', 'auth:', 'app:', 'db:', 'kube:', 'windowsdesktop', 'discovery:', 'bot:', 'okta:'],
    pattern: /^\s*-\s*["']?(?:proxy|node|auth|app|db|kube|trusted_cluster|windowsdesktop|discovery|bot|okta)(?:,(?:proxy|node|auth|app|db|kube|trusted_cluster|windowsdesktop|discovery|bot|okta))*:(?<v>[^\s"',]+)["']?\s*$/g, judge: 'literal',
    hits: [['teleport/teleport.yaml', 'auth_service:\n  enabled: true\n  tokens:\n  - "proxy,node:«alnum:32»"\n  - trusted_cluster:«lit:leaf2020»']],
    misses: [['teleport/teleport.yaml', 'auth_service:\n  tokens:\n  - "proxy,node:xxxxx"\n  - "node:{{ teleport_node_token }}"\n  - "node:/var/lib/teleport/token"']] },
  // Amanda's Samba client logins (`/etc/amandapass`: `//host/share user%password [domain]`).
  { id: 'amandapass-entry', credentialFile: true, name: { en: 'Share password in Amanda\'s amandapass', 'zh-CN': 'Amanda amandapass 中的共享口令' }, find: 'line', files: /(?:^|\/)amandapass$/, keywords: ['%'],
    pattern: /^\s*\/\/\S+\s+[^\s%]+%(?<v>\S+)/g, judge: 'literal',
    hits: [['etc/amandapass', '//fs01.corp.example/finance backup%«pw» CORP']], misses: [['etc/amandapass', '# //host/share user%password domain\n//fs01/public guest']] },
  // An AEAD key written into an HCL file (Boundary's `kms "aead" { key = "…" }`: the root, worker-auth or recovery key
  // itself, 32 bytes in base64).
  { id: 'hcl-aead-key', credentialFile: true, name: { en: 'AEAD key written into an HCL kms block (Boundary)', 'zh-CN': 'HCL kms 块中写入的 AEAD 密钥（Boundary）' }, find: 'line', files: /\.hcl$/, keywords: ['key'],
    pattern: /^\s*key\s*=\s*"(?<v>[A-Za-z0-9+/]{43}=)"\s*$/g, judge: 'literal',
    hits: [['boundary/controller.hcl', 'kms "aead" {\n  purpose   = "root"\n  aead_type = "aes-gcm"\n  key       = "«b64:43»="\n  key_id    = "global_root"\n}']],
    misses: [['boundary/controller.hcl', 'kms "awskms" {\n  purpose    = "root"\n  kms_key_id = "«uuid»"\n  key        = "root-key"\n}']] },
  // SeaweedFS' `security.toml`: `key = "…"` under `[jwt.signing]` (and its read and filer variants) signs the write and
  // read tokens; a path there (`[grpc.volume] key = "/etc/seaweedfs/volume.key"`) names a TLS key file.
  { id: 'seaweedfs-jwt-key', credentialFile: true, name: { en: 'SeaweedFS JWT signing key (security.toml)', 'zh-CN': 'SeaweedFS JWT 签名密钥（security.toml）' }, find: 'line', files: /(?:^|\/)security\.toml$/, keywords: ['key'],
    pattern: /^\s*key\s*=\s*"(?<v>(?![./~][^"]*\.(?:key|pem|crt|cert)")[^"\n]+)"\s*$/g, judge: 'literal',
    hits: [['seaweedfs/security.toml', '[jwt.signing]\nkey = "«alnum:32»"\nexpires_after_seconds = 10\n\n[jwt.signing.read]\nkey = "«lit:readkey2020»"']],
    misses: [['seaweedfs/security.toml', '[jwt.signing]\nkey = ""\n\n[grpc.volume]\ncert = "/etc/seaweedfs/volume.crt"\nkey = "/etc/seaweedfs/volume.key"']] },
  // A database client's connect statement or saved login: DB2's `CONNECT TO db USER u USING password` (the CLP's command
  // and SQL scripts) and SAP HANA's secure store (`hdbuserstore SET KEY host:port USER PASSWORD`).
  { id: 'database-connect-password', name: { en: 'Password in a database connect statement or saved login (DB2 CONNECT … USING, SAP HANA hdbuserstore and hdbsql)', 'zh-CN': '数据库连接语句或保存的登录中的口令（DB2 CONNECT … USING、SAP HANA hdbuserstore 与 hdbsql）' }, find: 'line', keywords: ['using', 'hdbuserstore', 'hdbsql'],
    pattern: /\bconnect\s+to\s+[\w.$#@-]+\s+user\s+[\w.$#@\\-]+\s+using\s+(?<v>"[^"\n]*"|'[^'\n]*'|[^\s"';]+)|\bhdbuserstore\b[^\n]*?\sset\s+\S+\s+\S+\s+\S+\s+(?<v1>"[^"\n]*"|'[^'\n]*'|[^\s"';]+)|\bhdbsql\b[^\n]*?\s-p\s+(?<v2>"[^"\n]*"|'[^'\n]*'|[^\s"';]+)/gi, judge: 'literal',
    hits: [['scripts/db2-export.sh', 'db2 connect to SAMPLE user db2inst1 using «pw»'], ['sql/load.db2', 'CONNECT TO SHOPDB USER loader USING «lit:loader2020»;'], ['scripts/hana.sh', 'hdbuserstore SET BACKUP hana1.corp.example:30015 SYSTEM «pw»'],
      // Second round (the probe): HANA's SQL client given the password with `-p`.
      ['scripts/hana.sh', 'hdbsql -n hana1.corp.example:30015 -u SYSTEM -p «pw» "SELECT 1"']],
    misses: [['scripts/db2-export.sh', 'db2 connect to SAMPLE user db2inst1 using $DB2_PASSWORD\ndb2 connect to SAMPLE\nhdbuserstore LIST\nhdbuserstore SET BACKUP hana1:30015 SYSTEM "$HANA_PASS"\nhdbsql -n hana1:30015 -u SYSTEM -p "$HANA_PASS" "SELECT 1"'], ['src/app.js', 'const x = await connect(to, user, using);']] },
  // A PowerShell cmdlet given a password, secret or key as a quoted literal (`Add-VBRCredentials … -Password "…"`,
  // `New-LocalUser … -Password '…'` won't take text, but backup, hypervisor and cloud modules do): the parameter names it.
  { id: 'powershell-password-parameter', name: { en: 'Password given to a PowerShell cmdlet as a literal', 'zh-CN': '以字面值传给 PowerShell cmdlet 的口令' }, find: 'line', files: /\.(?:ps1|psm1)$/, keywords: ['-password', '-passphrase', '-secret', '-apikey', '-token'],
    pattern: /(?:^|[\s(])(?!Connect-VIServer\b)[A-Za-z]+-[A-Za-z]+\b(?:[^\n|;\s]|\s(?![A-Za-z]+-[A-Za-z]+\b))*?\s-(?:Password|Passphrase|Secret|SecretKey|ApiKey|Token|AccessToken|ClientSecret|PlainPassword)(?:\s+|:)(?<v>"[^"$`\n]*"|'[^'\n]*')/gi, judge: 'literal',
    hits: [['scripts/veeam.ps1', 'Add-VBRCredentials -Type Linux -User root -Password "«pw»" -Description "web1 root"'], ['scripts/nas.ps1', "Connect-NasServer -Server nas.corp.example -User ops -Password:'«lit:nas2020»'"]],
    misses: [['scripts/veeam.ps1', 'Add-VBRCredentials -Type Linux -User root -Password $cred.Password\nAdd-VBRCredentials -User root -Password "$($env:VBR_PASS)"\nGet-Help Add-VBRCredentials -Parameter Password\nConnect-Foo -Password ""']] },
  // NUT's monitor (`upsmon.conf`: `MONITOR ups@host 1 user password primary`): the UPS user's password, as upsd.users holds it.
  { id: 'nut-upsmon-password', credentialFile: true, name: { en: 'UPS monitor password (NUT upsmon.conf)', 'zh-CN': 'UPS 监控口令（NUT upsmon.conf）' }, find: 'line', files: /(?:^|\/)upsmon\.conf$/, keywords: ['monitor'],
    pattern: /^\s*MONITOR\s+\S+\s+\d+\s+\S+\s+(?<v>"[^"\n]*"|[^\s"]+)\s+(?:primary|secondary|master|slave)\b/g, judge: 'literal',
    hits: [['etc/nut/upsmon.conf', 'MONITOR ups@localhost 1 monuser «pw» primary\nSHUTDOWNCMD "/sbin/shutdown -h +0"']], misses: [['etc/nut/upsmon.conf', '# MONITOR <system> <powervalue> <username> <password> ("primary"|"secondary")\nMONITOR ups@localhost 1 monuser ${NUT_PASSWORD} primary']] },
  // Mumble's server (`murmur.ini`, `mumble-server.ini`): the Ice interface's read and write secrets (`icesecretwrite` lets a
  // client change the server's configuration and users).
  { id: 'murmur-ice-secret', credentialFile: true, name: { en: 'Mumble server Ice secret', 'zh-CN': 'Mumble 服务器 Ice 密钥' }, find: 'line', files: /(?:^|\/)(?:murmur|mumble-server)\.ini$/, keywords: ['icesecret'],
    pattern: /^\s*icesecret(?:read|write)?\s*=\s*(?<v>"[^"\n]*"|[^\s"]+)\s*$/gi, judge: 'literal',
    hits: [['mumble/mumble-server.ini', 'ice="tcp -h 127.0.0.1 -p 6502"\nicesecretwrite=«pw»\nicesecretread=«lit:iceread2020»']], misses: [['etc/murmur.ini', 'icesecretwrite=\n;icesecretread=']] },
  // coturn's static long-term users (`turnserver.conf`: `user=name:password`, or `name:0x<key>` with the HMAC key already derived).
  { id: 'coturn-user', credentialFile: true, name: { en: 'TURN user password (coturn turnserver.conf)', 'zh-CN': 'TURN 用户口令（coturn turnserver.conf）' }, find: 'line', files: /(?:^|\/)turnserver[\w.-]*\.conf$/, keywords: ['user'],
    pattern: /^\s*(?:--)?user\s*=\s*[^\s:=#]+:(?<v>[^\s#]+)/g, judge: 'literal',
    hits: [['etc/turnserver.conf', 'lt-cred-mech\nuser=ops:«pw»\nuser=bot:0x«hex:32»\nrealm=turn.corp.example']], misses: [['etc/turnserver.conf', '#user=username1:password1\nuserdb=/var/lib/turn/turndb\nuser=ops:${TURN_PASSWORD}']] },
  // Rails' key bases beside `secret_key_base` (GitLab's `gitlab-secrets.json` and `secrets.yml`: `db_key_base` encrypts database columns, `otp_key_base` two-factor secrets).
  { id: 'rails-key-base', name: { en: 'Rails key base (db_key_base, otp_key_base, encrypted_settings_key_base)', 'zh-CN': 'Rails 密钥基（db_key_base、otp_key_base、encrypted_settings_key_base）' }, find: 'key', keywords: ['key_base'],
    keys: /^(?:db|otp|encrypted_settings|ci_job_token_signing|active_record_encryption_primary)_key_base$/, judge: 'literal',
    hits: [['gitlab/config/gitlab-secrets.json', '  "gitlab_rails": {\n    "db_key_base": "«hex:128»",\n    "otp_key_base": "«hex:128»"'], ['config/secrets.yml', 'production:\n  db_key_base: «hex:64»']],
    misses: [['config/secrets.yml', 'production:\n  db_key_base: <%= ENV["DB_KEY_BASE"] %>\n  otp_key_base: ""']] },
  // A NATS NKEY seed (`S` and the key's type, then base32; an nsc `.creds` file's second block, an `.nk` file): the private key of a user, account or operator.
  { id: 'nats-nkey-seed', name: { en: 'NATS NKEY seed (private key)', 'zh-CN': 'NATS NKEY 种子（私钥）' }, find: 'token', keywords: ['SUA', 'SAA', 'SOA', 'SNA', 'SCA', 'SXA'],
    pattern: tokenPattern('S[UAONCX]A[A-Z2-7]{55}'), fixedPrefix: 3, judge: 'format',
    hits: [['nats/app.creds', '-----BEGIN USER NKEY SEED-----\n«lit:SUA»«upper:55»\n------END USER NKEY SEED------'], ['.nkeys/ops.nk', '«lit:SOA»«upper:55»']], misses: [] },

  // ---- ops files batch 12 (docs/evaluation.md, helper cred-formats-13) ----
  // A certificate request's challenge password (PKCS#9 `challengePassword`, OID 1.2.840.113549.1.9.7): Puppet's
  // `csr_attributes.yaml` writes it under `custom_attributes`, and an autosign policy lets any agent holding it get a
  // certificate. The name is read only as a YAML key: OpenSSL's `req_attributes` write `challengePassword = A challenge
  // password`, the prompt's text.
  { id: 'csr-challenge-password', credentialFile: true, name: { en: 'Certificate request challenge password (Puppet csr_attributes)', 'zh-CN': '证书请求的质询口令（Puppet csr_attributes）' }, find: 'line', keywords: ['1.2.840.113549.1.9.7', 'challengepassword'],
    pattern: /^\s*["']?1\.2\.840\.113549\.1\.9\.7["']?\s*[:=]\s*(?<v>"[^"]*"|'[^']*'|[^\s"'#]\S*)(?:\s+#.*)?\s*$|^\s*["']?challengePassword["']?\s*:\s*(?<v1>"[^"]*"|'[^']*'|[^\s"'#]\S*)(?:\s+#.*)?\s*$/g, judge: 'literal',
    hits: [['etc/puppetlabs/puppet/csr_attributes.yaml', '---\ncustom_attributes:\n  1.2.840.113549.1.9.7: "«pw»"\nextension_requests:\n  pp_role: web'], ['puppet/csr_attributes.yaml', 'custom_attributes:\n  challengePassword: «lit:autosign2020»']],
    misses: [['etc/ssl/openssl.cnf', '[ req_attributes ]\nchallengePassword = A challenge password\nchallengePassword_min = 4'], ['csr_attributes.yaml', 'custom_attributes:\n  1.2.840.113549.1.9.7: "{{ puppet_challenge }}"\n  1.2.840.113549.1.9.7: ""']] },
  // Percona Toolkit's DSNs (`h=host,P=port,u=user,p=password`, given to pt-table-checksum, pt-archiver, pt-online-schema-change
  // and pt-heartbeat in cron lines and runbooks): `p=` after the DSN's `u=`, the whole DSN one word of its own letters' fields
  // (a minified script's `u=n.createContext({}),p=…` is not one).
  { id: 'percona-dsn-password', name: { en: 'Password in a Percona Toolkit DSN (h=…,u=…,p=…)', 'zh-CN': 'Percona Toolkit DSN 中的口令（h=…,u=…,p=…）' }, find: 'line', keywords: [',p='],
    pattern: /(?:^|[\s'"=])(?:[AhPSDFt]=[\w.:/@%+-]*,){0,4}u=[\w.@%+-]+,(?:[AhPSDFt]=[\w.:/@%+-]*,){0,4}p=(?<v>[^,\s'"(){};]+)(?=(?:,[AhPSDFt]=[\w.:/@%+-]*){0,4}(?:['"\s]|$))/g, judge: 'literal',
    hits: [['etc/cron.d/pt-table-checksum', '15 2 * * * root pt-table-checksum --replicate=percona.checksums h=db1.corp.example,u=checksum,p=«pw» --quiet'], ['ops/archive.sh', "pt-archiver --source 'h=db1,D=shop,t=orders,u=archiver,p=«lit:archive2020»' --purge --where 'created < NOW()'"]],
    misses: [['ops/archive.sh', 'pt-archiver --source h=db1,D=shop,t=orders,u=archiver,p=$PT_PASS --purge\npt-table-checksum h=db1,u=checksum --ask-pass'],
      // Minified script: variables declared in a row (`var u=n.createContext({}),p=function…`, `u={},p=[…]`), not a DSN.
      ['assets/js/main.4f1a.js', 'return a}var u=n.createContext({}),p=function(e){return e}\nvar t=e,u=r.parentName,p=c(e);\nu=o,p=i}']] },
  // Oracle GoldenGate's parameter and obey files (`dirprm/*.prm`, `*.oby`): `USERID user, PASSWORD password` (and
  // `DBLOGIN …`, `ASMUSER …, ASMPASSWORD …`); a password followed by its encryption (`, AES128, ENCRYPTKEY …`) is cipher text.
  { id: 'goldengate-password', name: { en: 'Database password in an Oracle GoldenGate parameter file (USERID …, PASSWORD …)', 'zh-CN': 'Oracle GoldenGate 参数文件中的数据库口令（USERID …, PASSWORD …）' }, find: 'line', keywords: ['userid ', 'userid\t', 'asmuser'],
    pattern: /^\s*(?:DBLOGIN\s+|TRANLOGOPTIONS\s+)?(?:USERID|ASMUSER)\s+[^\s,]+\s*,\s*(?:ASM)?PASSWORD\s+(?<v>"[^"]*"|[^\s,;"]+)(?=[\s,;]|$)(?!\s*,\s*(?:ENCRYPTKEY|AES\d*|BLOWFISH)\b)/gi, judge: 'literal',
    hits: [['goldengate/dirprm/extsales.prm', 'EXTRACT extsales\nUSERID ggadmin@ORCL, PASSWORD «pw»\nEXTTRAIL ./dirdat/es'], ['ogg/dirprm/mgr.oby', 'dblogin userid c##ggadmin, password «lit:oracle2020»'], ['dirprm/ext.prm', 'TRANLOGOPTIONS ASMUSER sys@ASM, ASMPASSWORD «pw»']],
    misses: [['dirprm/ext.prm', 'USERID ggadmin, PASSWORD AACAAAAAAAAAAAJAUEUGODSCVGJEEIUGKJDJTFNDKEJFFFTC, AES128, ENCRYPTKEY securekey1\nUSERIDALIAS ggadmin DOMAIN OracleGoldenGate']] },
  // otopi's answer files (oVirt's `engine-setup --config-append=answers.conf`, `hosted-engine --deploy`): `SECTION/name=type:value`,
  // a password's name ending in Password, Passwd, Pwd or Secret with a `str:` value.
  { id: 'otopi-answer-password', credentialFile: true, name: { en: 'Password in an oVirt (otopi) answer file', 'zh-CN': 'oVirt（otopi）应答文件中的口令' }, find: 'line', keywords: ['=str:'],
    pattern: /^\s*[A-Z][A-Z0-9_]{0,60}\/(?=[A-Za-z]{0,60}?(?:[Pp]assword|PASSWORD|[Pp]asswd|[Pp]wd|[Ss]ecret)(?:=|[A-Z]))[A-Za-z]{1,80}=str:(?<v>\S(?:[^\n]*\S)?)\s*$/g, judge: 'literal',
    hits: [['etc/ovirt-engine-setup/answers.conf', '[environment:default]\nOVESETUP_CONFIG/adminPassword=str:«pw»\nOVESETUP_DB/user=str:engine\nOVESETUP_DB/password=str:«lit:engine2020»'], ['he-answers.conf', 'OVEHOSTED_VM/cloudinitRootPwd=str:«pw»\nOVEHOSTED_ENGINE/adminPassword=str:«pw»']],
    misses: [['answers.conf', 'OVESETUP_CONFIG/adminPassword=none:None\nOVESETUP_DB/passwordFile=none:None\nOVESETUP_CONFIG/fqdn=str:engine.corp.example']] },
  // Junos: `set … secret "…"`, `authentication-key`, an IKE policy's `pre-shared-key ascii-text`, a login's
  // `encrypted-password` or `plain-text-password-value`, in set commands under a Junos hierarchy (`set system …`, `set protocols …`)
  // or in the braces form, quoted (`secret "$9$…"; ## SECRET-DATA`: `$9$` is a reversible encoding, not a hash).
  { id: 'junos-secret', credentialFile: true, name: { en: 'Secret, key or password in a Junos configuration', 'zh-CN': 'Junos 配置中的密钥或口令' }, find: 'line', keywords: ['secret ', 'secret\t', 'authentication-key', 'ascii-text', 'encrypted-password', 'plain-text-password-value', 'simple-password', 'authentication-password', 'privacy-password'],
    pattern: /^\s*set\s+(?:groups\s+\S+\s+)?(?:system|protocols|security|snmp|services|access|routing-instances|logical-systems|interfaces|policy-options|chassis|vlans|forwarding-options|firewall)\s+(?:[^\s"]+\s+){0,16}?(?:secret|authentication-key(?:\s+\d+\s+type\s+\S+\s+value)?|pre-shared-key\s+ascii-text|encrypted-password|plain-text-password-value|simple-password|(?:authentication|privacy)-password)\s+(?<v>"[^"]*"|[^\s";]+)\s*$|^\s*(?:[^\s"{};]+\s+)?(?:secret|authentication-key|pre-shared-key\s+ascii-text|encrypted-password|simple-password)\s+(?<v1>"[^"]+");\s*(?:##\s*SECRET-DATA\s*)?$/g, judge: 'literal',
    hits: [['network/junos-edge1.set', 'set system radius-server 10.0.0.5 secret "«pw»"\nset protocols bgp group transit authentication-key «lit:bgp2020»\nset security ike policy IKE-POL pre-shared-key ascii-text "«pw»"'],
      // Second round (the probe): an NTP key's `authentication-key <id> type md5 value "…"`, SNMPv3 users' passwords.
      ['network/ex-access1.set', 'set system ntp authentication-key 1 type md5 value "«pw»"\nset snmp v3 usm local-engine user mon authentication-sha256 authentication-password "«pw»"\nset snmp v3 usm local-engine user mon privacy-aes128 privacy-password «lit:snmp2020»'],
      ['network/srx1.conf', 'system {\n    root-authentication {\n        encrypted-password "$6$«b64:16»$«b64:86»"; ## SECRET-DATA\n    }\n    radius-server {\n        10.0.0.5 secret "$9$«alnum:24»"; ## SECRET-DATA\n    }\n}']],
    misses: [['network/junos-edge1.set', 'set system radius-server 10.0.0.5 secret "{{ radius_secret }}"\nset system login user ops authentication ssh-ed25519 "ssh-ed25519 AAAA ops"\nset security ike policy P pre-shared-key ascii-text $PSK'],
      // Prose (debops' README: a line that ends `secret directory);`), and a sentence that starts with `set`.
      ['README.md', '  certificates. Generated files are kept on the Controller in\n  secret directory);\nset the shared secret value'], ['docs/setup.rst', 'set your secret here']] },
  // memcached's SASL password database (`MEMCACHED_SASL_PWDB`, `user:password` lines).
  { id: 'sasl-pwdb-password', credentialFile: true, name: { en: 'Password in a SASL password file (memcached-sasl-pwdb)', 'zh-CN': 'SASL 口令文件中的口令（memcached-sasl-pwdb）' }, find: 'line', files: /(?:^|\/)[\w.-]*sasl[\w.-]*pwdb$/, keywords: [],
    pattern: /^\s*[^\s:#][^\s:]*:(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/sasl2/memcached-sasl-pwdb', 'cacheuser:«pw»\nweb:«lit:cache2020»']], misses: [['etc/sasl2/memcached-sasl-pwdb', '# user:password\ncacheuser:']] },
  // stunnel's PSK secrets file (`PSKsecrets = /etc/stunnel/psk.txt`): `IDENTITY:KEY` lines, one per client the tunnel accepts.
  { id: 'stunnel-psk', credentialFile: true, name: { en: 'Pre-shared key in an stunnel PSK secrets file', 'zh-CN': 'stunnel PSK 密钥文件中的预共享密钥' }, find: 'line', files: /(?:^|\/)stunnel\/(?:[^/]+\/)*[^/]*psk[^/]*\.txt$|(?:^|\/)[^/]*stunnel[^/]*psk[^/]*\.txt$/, keywords: [],
    pattern: /^\s*[^\s:#][^\s:]*:(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/stunnel/psk.txt', 'client1:«alnum:32»\nclient2:«pw»']], misses: [['etc/stunnel/psk.txt', '# identity:key\nclient1:']] },
  // ZNC's users (`znc.conf`: `<Pass password>` with `Method`, `Hash`, `Salt`): the hash a login is checked against, or the
  // password itself when the method is `plain`.
  { id: 'znc-password', credentialFile: true, name: { en: 'Password hash of a ZNC user (znc.conf)', 'zh-CN': 'ZNC 用户的口令散列（znc.conf）' }, find: 'line', files: /(?:^|\/)znc\.conf$/, keywords: ['hash'],
    pattern: /^\s*Hash\s*=\s*(?<v>[^\s<{]\S*)\s*$/g, judge: 'literal',
    hits: [['znc/configs/znc.conf', '<User ops>\n\t<Pass password>\n\t\tMethod = sha256\n\t\tHash = «hex:64»\n\t</Pass>\n</User>']],
    misses: [['znc/configs/znc.conf', '\t<Pass password>\n\t\tHash = {{ znc_password_hash }}\n\t</Pass>']] },
  // SpamAssassin's SQL stores (`local.cf`: `bayes_sql_password`, `user_scores_sql_password`, `user_awl_sql_password`), a
  // directive and its value with no equals sign.
  { id: 'spamassassin-sql-password', name: { en: 'SpamAssassin SQL password (local.cf)', 'zh-CN': 'SpamAssassin 的 SQL 口令（local.cf）' }, find: 'line', files: /\.cf$|(?:^|\/)user_prefs$/, keywords: ['_sql_password'],
    pattern: /^\s*(?:bayes|user_scores|user_awl|auto_whitelist|txrep)_sql_password\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/mail/spamassassin/local.cf', 'bayes_sql_username sa_bayes\nbayes_sql_password «pw»'], ['etc/spamassassin/sql.cf', 'user_scores_sql_password «lit:spam2020»']],
    misses: [['etc/mail/spamassassin/local.cf', 'bayes_sql_password\nbayes_sql_password {{ sa_sql_password }}\n# bayes_sql_password secret']] },
  // OpenSMTPD's credentials table (`table secrets file:/etc/mail/secrets`, `relay … auth <secrets>`): `label user:password` lines.
  { id: 'opensmtpd-secret', credentialFile: true, name: { en: 'Relay password in an OpenSMTPD credentials table', 'zh-CN': 'OpenSMTPD 凭据表中的中继口令' }, find: 'line', files: /(?:^|\/)(?:mail|smtpd|opensmtpd)\/(?:[^/]+\/)*(?:secrets|creds|credentials)$/, keywords: [],
    pattern: /^\s*[^\s#:]+\s+[^\s:#]+:(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/mail/secrets', 'relay notify@corp.example:«pw»'], ['etc/mail/smtpd/creds', '# label user:password\ngmail ops@corp.example:«lit:mail2020»']],
    misses: [['etc/mail/secrets', '# label user:password\nrelay ops:'], ['docs/secrets', 'relay ops:«pw»']] },
  // pppd's peer and options files (`/etc/ppp/peers/<name>`, `/etc/ppp/options.*`): `password` gives the PAP/CHAP secret for `name`/`user`.
  { id: 'pppd-password', credentialFile: true, name: { en: 'Password in a pppd peer or options file', 'zh-CN': 'pppd 对端或选项文件中的口令' }, find: 'line', files: /(?:^|\/)ppp\/(?:peers\/[^/]+|options(?:\.[\w.-]+)?)$/, keywords: ['password'],
    // (pppd starts a comment with `#` only at the start of a word: `ab#cd` is one value.)
    pattern: /^\s*password\s+(?<v>"[^"]+"|[^\s"#][^\s"]*)\s*(?:#.*)?$/g, judge: 'literal',
    hits: [['etc/ppp/peers/l2tp-corp', 'noauth\nname ops\npassword «pw»'], ['etc/ppp/options.l2tpd.client', 'user "ops"\npassword "«lit:dial2020»"'], ['etc/ppp/peers/dsl', 'user ops\npassword «lit:dial#2020» # the ISP\'s']],
    misses: [['etc/ppp/peers/provider', 'password ""\n# password secret\npassword $PPP_PASS']] },
  // SmokePing's master and slaves share a secret per slave (`secrets = /etc/smokeping/smokeping_secrets`, Debian's
  // `slavesecrets.conf`): `host:secret` lines.
  { id: 'smokeping-secret', credentialFile: true, name: { en: 'Slave secret in a SmokePing secrets file', 'zh-CN': 'SmokePing 密钥文件中的从节点密钥' }, find: 'line', files: /(?:^|\/)smokeping\/(?:[^/]+\/)*[^/]*secrets?[^/]*$|(?:^|\/)smokeping_secrets(?:\.[\w-]+)?$/, keywords: [],
    pattern: /^\s*[^\s:#][^\s:]*:(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/smokeping/smokeping_secrets', 'probe-berlin:«pw»'], ['etc/smokeping/slavesecrets.conf', '# host:secret\nprobe-tokyo:«lit:smoke2020»']],
    misses: [['etc/smokeping/smokeping_secrets', '# host:secret\nprobe-berlin:']] },
  // The users of an Xray, V2Ray or sing-box inbound (VLESS, VMess): each client's `id` (a UUID) is its login.
  { id: 'proxy-client-id', credentialFile: true, name: { en: 'Client id of an Xray, V2Ray or sing-box proxy (VLESS, VMess)', 'zh-CN': 'Xray、V2Ray 或 sing-box 代理的客户端 ID（VLESS、VMess）' }, find: 'line', files: /(?:^|\/)(?:xray|v2ray|v2fly|sing-box)\/(?:[^/]+\/)*[^/]+\.jsonc?$|(?:^|\/)(?:xray|v2ray|sing-box)[\w.-]*\.jsonc?$/, keywords: ['"id"', '"uuid"'],
    pattern: /"(?:id|uuid)"\s*:\s*"(?<v>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"/g, judge: 'literal',
    hits: [['etc/xray/config.json', '        "clients": [\n          { "id": "«uuid»", "flow": "xtls-rprx-vision" }\n        ]'], ['etc/sing-box/config.json', '"users": [ { "name": "ops", "uuid": "«uuid»" } ]']],
    misses: [['etc/v2ray/config.json', '"clients": [ { "id": "<your-uuid>", "alterId": 0 } ]'], ['src/config.json', '{ "id": "«uuid»" }']] },
  // NetBird's setup key (`netbird up --setup-key`, the container's `NB_SETUP_KEY`): it enrols a peer into the network.
  { id: 'netbird-setup-key', name: { en: 'NetBird setup key', 'zh-CN': 'NetBird 设置密钥' }, find: 'line', keywords: ['nb_setup_key', 'setup-key'],
    pattern: /(?:\bNB_SETUP_KEY["']?\s*[=:]\s*["']?|\bnetbird\s+(?:up|login)\b[^\n]*?\s(?:--setup-key|-k)(?:\s+|=)["']?)(?<v>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![\w-])/g, judge: 'literal',
    hits: [['deploy/netbird/docker-compose.yml', '    environment:\n      - NB_SETUP_KEY=«uuid»'], ['scripts/netbird-join.sh', 'netbird up --management-url https://nb.corp.example:33073 --setup-key «uuid»']],
    misses: [['scripts/netbird-join.sh', 'netbird up --setup-key "$NB_SETUP_KEY"\n      - NB_SETUP_KEY=${NB_SETUP_KEY}']] },
  // A quoted password in a brace-syntax configuration (UnrealIRCd's `oper`, `link` and `vhost` blocks: `password "…";`, the
  // older `password "…" { bcrypt; };`): no `=` or `:` comes between the name and its value.
  { id: 'brace-config-password', credentialFile: true, name: { en: 'Quoted password in a brace-syntax configuration (UnrealIRCd, Odyssey)', 'zh-CN': '花括号语法配置中的带引号口令（UnrealIRCd、Odyssey）' }, find: 'line', files: /\.conf$/, keywords: ['password "'],
    pattern: /^\s*(?:storage_)?password\s+"(?<v>[^"\n]+)"\s*(?:[;{]|$)/g, judge: 'literal',
    hits: [['etc/unrealircd/unrealircd.conf', 'oper netadmin {\n\tclass opers;\n\tpassword "«pw»";\n}'], ['unrealircd/conf/links.conf', 'link hub.corp.example {\n\tpassword "«lit:irclink2020»" { plaintext; };\n}'],
      // Odyssey's (a PostgreSQL pooler) user rules: `password "…"` and `storage_password "…"`, with no terminator.
      ['etc/odyssey/odyssey.conf', 'database "app" {\n\tuser "app" {\n\t\tpassword "«pw»"\n\t\tstorage_password "«lit:odyssey2020»"\n\t}\n}']],
    misses: [['etc/unrealircd/unrealircd.conf', 'oper ops {\n\tpassword "{{ irc_oper_password }}";\n\tpassword "";\n}'], ['src/login.pl', 'password "«pw»";']] },
  // An Exim client authenticator's login (`client_send = ^user^password` for PLAIN, `: user : password` for LOGIN); an
  // expansion (`${extract{…}{${lookup…}}}`, `$auth_pass`) reads it from elsewhere.
  { id: 'exim-client-send', name: { en: 'Password in an Exim client authenticator (client_send)', 'zh-CN': 'Exim 客户端认证器中的口令（client_send）' }, find: 'line', keywords: ['client_send'],
    pattern: /^\s*client_send\s*=\s*(?:\^[^^\n$]*\^(?<v>[^^\s$]+)|:\s*[^:\n$]+:\s*(?<v1>[^\s:$]+))\s*$/g, judge: 'literal',
    hits: [['etc/exim4/conf.d/auth/30_exim4-config_smarthost', 'smarthost_login:\n  driver = plaintext\n  client_send = ^relay@corp.example^«pw»'], ['etc/exim/exim.conf', '  client_send = : relay : «lit:exim2020»']],
    misses: [['etc/exim4/conf.d/auth/30_exim4-config_examples', '  client_send = ^${extract{1}{::}{$value}}^${extract{2}{::}{$value}}\n  client_send = : ops : $auth_pass']] },
  // ProFTPD's SQL login (`SQLConnectInfo database@host[:port] user password [policy]`).
  { id: 'proftpd-sql-connect', name: { en: 'Database password in ProFTPD\'s SQLConnectInfo', 'zh-CN': 'ProFTPD SQLConnectInfo 中的数据库口令' }, find: 'line', keywords: ['sqlconnectinfo'],
    pattern: /^\s*SQLConnectInfo\s+\S+\s+\S+\s+(?:"(?<v>[^"\n]+)"|(?<v1>[^\s"#]+))/g, judge: 'literal',
    hits: [['etc/proftpd/sql.conf', 'SQLBackend mysql\nSQLConnectInfo proftpd@db.corp.example proftpd «pw»'], ['etc/proftpd/proftpd.conf', '  SQLConnectInfo ftp@localhost:3306 ftpd "«lit:ftp2020»" PERCONNECTION']],
    misses: [['etc/proftpd/sql.conf', 'SQLConnectInfo proftpd@db.corp.example proftpd\nSQLConnectInfo db user {{ proftpd_sql_password }}']] },
  // A Tarantool user's password, set in its init script (`box.schema.user.create(name, {password = …})`, `box.schema.user.passwd`).
  { id: 'tarantool-user-password', name: { en: 'Tarantool user password (box.schema.user)', 'zh-CN': 'Tarantool 用户口令（box.schema.user）' }, find: 'line', keywords: ['box.schema.user'],
    pattern: /\bbox\.schema\.user\.(?:create\s*\(\s*["'][^"'\n]*["']\s*,\s*\{[^}\n]*?\bpassword\s*=\s*["'](?<v>[^"'\n]+)["']|passwd\s*\(\s*(?:["'][^"'\n]*["']\s*,\s*)?["'](?<v1>[^"'\n]+)["']\s*\))/g, judge: 'literal',
    hits: [['tarantool/init.lua', "box.schema.user.create('replicator', { password = '«lit:tarantool2020»', if_not_exists = true })"], ['app/init.lua', 'box.schema.user.passwd(\'admin\', "«pw»")']],
    misses: [['app/init.lua', "box.schema.user.create('replicator', { password = os.getenv('REPL_PASSWORD') })\nbox.schema.user.passwd('admin', pw)"]] },
  // CVS' saved pserver logins (`~/.cvspass`: `/1 :pserver:user@host:port/root Ascrambled`, the older form without `/1`): the
  // scrambling is a fixed substitution, so the line is the password.
  { id: 'cvs-password', credentialFile: true, name: { en: 'Saved CVS pserver password (.cvspass)', 'zh-CN': '保存的 CVS pserver 口令（.cvspass）' }, find: 'line', files: /(?:^|\/)\.cvspass$/, keywords: [':pserver:'],
    pattern: /^\s*(?:\/1\s+)?:pserver:\S+\s+A(?<v>\S+)\s*$/g, judge: 'literal',
    hits: [['home/dev/.cvspass', '/1 :pserver:dev@cvs.corp.example:2401/cvsroot A«pw»'], ['.cvspass', ':pserver:ops@cvs.corp.example:/cvs A«lit:cvs2020»']],
    misses: [['.cvspass', '/1 :pserver:anonymous@cvs.corp.example:2401/cvsroot A'], ['docs/.cvs/notes', ':pserver:dev@cvs.corp.example:/cvs A«pw»']] },
  // OpenNebula's CLI login (`~/.one/one_auth`, `$ONE_AUTH`): `user:password` on its one line.
  { id: 'opennebula-auth', credentialFile: true, name: { en: 'OpenNebula login (one_auth)', 'zh-CN': 'OpenNebula 登录（one_auth）' }, find: 'line', files: /(?:^|\/)one_auth$/, keywords: [],
    pattern: /^\s*[^\s:#]+:(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['.one/one_auth', 'oneadmin:«pw»'], ['var/lib/one/.one/one_auth', 'serveradmin:«lit:nebula2020»']], misses: [['.one/one_auth', 'oneadmin:'], ['.one/one_auth', 'oneadmin:${ONE_PASSWORD}']] },
  // Heartbeat's shared key (`/etc/ha.d/authkeys`: `auth N` then `N sha1|md5 KEY`; `crc` has no key).
  { id: 'heartbeat-authkey', credentialFile: true, name: { en: 'Heartbeat cluster key (ha.d/authkeys)', 'zh-CN': 'Heartbeat 集群密钥（ha.d/authkeys）' }, find: 'line', files: /(?:^|\/)authkeys$/, keywords: ['sha1', 'md5'],
    pattern: /^\s*\d+\s+(?:sha1|md5)\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/ha.d/authkeys', 'auth 1\n1 sha1 «pw»'], ['etc/ha.d/authkeys', 'auth 3\n3 md5 «lit:heartbeat2020»']], misses: [['etc/ha.d/authkeys', 'auth 2\n2 crc\n#1 sha1 PutYourSecretHere']] },
  // racoon's pre-shared keys (`/etc/racoon/psk.txt`: `peer key`, the peer an address or an identifier).
  { id: 'racoon-psk', credentialFile: true, name: { en: 'IPsec pre-shared key in racoon\'s psk.txt', 'zh-CN': 'racoon psk.txt 中的 IPsec 预共享密钥' }, find: 'line', files: /(?:^|\/)racoon\/(?:[^/]+\/)*psk[\w.-]*\.txt$/, keywords: [],
    pattern: /^\s*[^\s#]+\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/racoon/psk.txt', '# IPv4/v6 addresses\n203.0.113.5\t«pw»'], ['usr/local/etc/racoon/psk.txt', 'vpn@corp.example «lit:racoon2020»']], misses: [['etc/racoon/psk.txt', '# 10.160.94.3 mekmitasdigoat\n203.0.113.5']] },
  // xl2tpd's tunnel secrets (`/etc/xl2tpd/l2tp-secrets`: `us them secret`).
  { id: 'l2tp-secret', credentialFile: true, name: { en: 'L2TP tunnel secret (xl2tpd l2tp-secrets)', 'zh-CN': 'L2TP 隧道密钥（xl2tpd l2tp-secrets）' }, find: 'line', files: /(?:^|\/)l2tp-secrets$/, keywords: [],
    pattern: /^\s*[^\s#]+\s+[^\s#]+\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/xl2tpd/l2tp-secrets', '# us\tthem\tsecret\n*\t*\t«pw»'], ['etc/l2tpd/l2tp-secrets', 'lns.corp.example lac1.corp.example «lit:tunnel2020»']],
    misses: [['etc/xl2tpd/l2tp-secrets', '# us them secret\n#*\t*\tsecret\n*\t*\t${L2TP_SECRET}']] },
  // CPAN's upload login (`~/.pause`: `user NAME`, `password VALUE`).
  { id: 'pause-password', credentialFile: true, name: { en: 'CPAN upload password (.pause)', 'zh-CN': 'CPAN 上传口令（.pause）' }, find: 'line', files: /(?:^|\/)\.pause$/, keywords: ['password'],
    pattern: /^\s*password\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['.pause', 'user CORPDEV\npassword «pw»'], ['home/dev/.pause', 'password «lit:cpan2020»']], misses: [['.pause', 'user CORPDEV\npassword'], ['docs/pause.txt', 'password «pw»']] },
  // Sympa's database login (`sympa.conf`: `db_passwd VALUE`, a directive and its value with no equals sign).
  { id: 'sympa-db-password', name: { en: 'Database password in sympa.conf (db_passwd)', 'zh-CN': 'sympa.conf 中的数据库口令（db_passwd）' }, find: 'line', files: /\.conf$/, keywords: ['db_passwd'],
    pattern: /^\s*db_passwd\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['etc/sympa/sympa.conf', 'db_user\tsympa\ndb_passwd\t«pw»'], ['etc/sympa/sympa/sympa.conf', 'db_passwd «lit:sympa2020»']], misses: [['etc/sympa/sympa.conf', '#db_passwd\tsecret\ndb_passwd\t{{ sympa_db_password }}']] },
  // Postfix's inline SASL login (`smtp_sasl_password_maps = static:user:password`): the map is its one entry.
  { id: 'postfix-static-sasl', name: { en: 'Relay password in a Postfix static: SASL map', 'zh-CN': 'Postfix static: SASL 映射中的中继口令' }, find: 'line', keywords: ['static:'],
    pattern: /^\s*\w*_sasl_password_maps\s*=\s*(?:[^\n#]*?[\s,])?static:[^\s:,]+:(?<v>[^\s,#]+)/g, judge: 'literal',
    hits: [['etc/postfix/main.cf', 'smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = static:relay@corp.example:«pw»'], ['postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd, static:ops:«lit:relay2020»']],
    misses: [['etc/postfix/main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_password_maps = static:relay:${RELAY_PASSWORD}']] },
  // A server link's passwords in InspIRCd's XML-like configuration (`<link … sendpass="…" recvpass="…">`); an entity
  // (`&linkpass;` from a `<define>`, `&env.LINK_PASS;`) reads it from elsewhere.
  { id: 'irc-link-password', credentialFile: true, name: { en: 'IRC server link password (InspIRCd sendpass, recvpass)', 'zh-CN': 'IRC 服务器链接口令（InspIRCd sendpass、recvpass）' }, find: 'line', files: /\.conf$/, keywords: ['sendpass', 'recvpass'],
    pattern: /\b(?:sendpass|recvpass)\s*=\s*"(?!&[\w.-]+;")(?<v>[^"\n]+)"/g, judge: 'literal',
    hits: [['etc/inspircd/inspircd.conf', '<link name="hub.corp.example"\n      sendpass="«pw»"\n      recvpass="«lit:inspircd2020»">']], misses: [['etc/inspircd/inspircd.conf', '<link name="hub" sendpass="" recvpass="&linkpass;">\n<link name="leaf" sendpass="&env.LINK_PASS;">']] },
  // HexChat's and XChat's saved networks (`~/.config/hexchat/servlist.conf`, XChat's `servlist_.conf`): a network's server
  // password `P=` (and the older NickServ password `B=`), one field a line.
  { id: 'hexchat-server-password', credentialFile: true, name: { en: 'Saved IRC network password (HexChat, XChat servlist.conf)', 'zh-CN': '保存的 IRC 网络口令（HexChat、XChat servlist.conf）' }, find: 'line', files: /(?:^|\/)\.?(?:hexchat|xchat2?)\/servlist_?\.conf$/, keywords: ['p=', 'b='],
    pattern: /^[PB]=(?<v>\S(?:[^\n]*\S)?)\s*$/g, judge: 'literal',
    hits: [['.config/hexchat/servlist.conf', 'N=corp\nI=alice\nP=«pw»\nS=irc.corp.example/6697'], ['.xchat2/servlist_.conf', 'N=libera\nB=«lit:irc2020»']],
    misses: [['.config/hexchat/servlist.conf', 'N=corp\nP=\nS=irc.corp.example/6697'], ['docs/servlist.conf', 'P=«pw»']] },
  // 3proxy's users (`users name:CL:password …` in `3proxy.cfg`, or one `name:CL:password` a line in a file `users $/path` reads):
  // `CL` is the type of a password kept in clear (`CR` a crypt hash, `NT` an NT hash).
  { id: '3proxy-user-password', credentialFile: true, name: { en: '3proxy user password in clear (users name:CL:password)', 'zh-CN': '3proxy 明文用户口令（users name:CL:password）' }, find: 'line', files: /(?:^|\/)3proxy[\w.-]*\.cfg$|(?:^|\/)3proxy\/(?:[^/]+\/)*[^/]+$/, keywords: [':cl:'],
    pattern: /(?:^\s*users\s+(?:[^\s#]+\s+)*?|^\s*|\s(?<=:CL:[^\s"']{1,200}["']?\s)\s*)["']?[^\s:"'#$]+:CL:(?<v>[^\s"'#][^\s"']*)/g, judge: 'literal',
    hits: [['etc/3proxy/3proxy.cfg', 'nserver 10.0.0.53\nusers admin:CL:«pw»\nauth strong'], ['3proxy/3proxy.cfg', 'users "ops:CR:$1$qwer$«alnum:22»" alice:CL:«pw» bob:CL:«pw»'], ['etc/3proxy/passwd', 'alice:CL:«lit:proxy2020»']],
    misses: [['etc/3proxy/3proxy.cfg', 'users $/etc/3proxy/passwd\n# users admin:CL:password\nusers admin:CL:{{ proxy_admin_password }}'], ['docs/3proxy.md', 'users admin:CL:«pw»']] },
  // Apache's digest authentication files (`htdigest`: `user:realm:MD5(user:realm:password)`): the hash is a password's.
  { id: 'htdigest-entry', credentialFile: true, name: { en: 'User entry of an htdigest file (digest authentication hash)', 'zh-CN': 'htdigest 文件的用户条目（摘要认证哈希）' }, find: 'line', files: /(?:^|\/)\.?htdigest(?:[_-][\w-]+)?$|\.htdigest$|(?:^|\/)[\w.-]*\.digest$/, keywords: [':'],
    pattern: /^(?!#)[^:\s][^:\n]*:[^:\n]+:(?<v>[0-9a-fA-F]{32})\s*$/g, judge: 'hash',
    hits: [['etc/apache2/.htdigest', 'admin:Restricted:«hex:32»'], ['etc/nginx/passwd.digest', 'ops:Ops area:«hex:32»']],
    misses: [['etc/apache2/.htdigest', '# user:realm:hash\nadmin:Restricted:'], ['docs/htdigest.md', 'admin:Restricted:«hex:32»']] },
  // dma's (the DragonFly Mail Agent) smarthost logins (`/etc/dma/auth.conf`: `user|smarthost:password`).
  { id: 'dma-auth-password', credentialFile: true, name: { en: 'Smarthost password of dma (auth.conf)', 'zh-CN': 'dma 中继主机口令（auth.conf）' }, find: 'line', files: /(?:^|\/)dma\/auth\.conf$/, keywords: ['|'],
    pattern: /^\s*[^\s|#]+\|[^\s:|]+:(?<v>\S+)\s*$/g, judge: 'literal',
    hits: [['etc/dma/auth.conf', '# Format: user|my.smarthost.example.com:password\nrelay@corp.example|smtp.corp.example:«pw»'], ['usr/local/etc/dma/auth.conf', 'backup|mail.corp.example:«lit:relay2020»']],
    misses: [['etc/dma/auth.conf', '# roy|smtp.example.com:secret\nrelay|smtp.corp.example:'], ['etc/auth.conf', 'relay|smtp.corp.example:«pw»']] },
  // A GlusterFS volume file (`/var/lib/glusterd/vols/<vol>/*.vol`): the client's `option password` and the brick's
  // `option auth.login.<user>.password`, the login glusterd generated for the volume.
  { id: 'glusterfs-volfile-password', credentialFile: true, name: { en: 'Volume login in a GlusterFS volume file (option password)', 'zh-CN': 'GlusterFS 卷文件中的卷登录口令（option password）' }, find: 'line', files: /\.vol$/, keywords: ['password'],
    pattern: /^\s*option\s+(?:password|auth\.login\.[^\s.]+\.password)\s+(?<v>[^\s#]\S*)\s*$/g, judge: 'literal',
    hits: [['var/lib/glusterd/vols/gv0/trusted-gv0.tcp-fuse.vol', 'volume gv0-client-0\n    type protocol/client\n    option password «pw»\nend-volume'], ['var/lib/glusterd/vols/gv0/gv0.gluster1.data-brick1-gv0.vol', '    option auth.login.«uuid».password «lit:gluster2020»']],
    misses: [['var/lib/glusterd/vols/gv0/trusted-gv0.tcp-fuse.vol', '    option username «uuid»\n    option transport-type tcp'], ['src/gluster.vol.md', 'option password «pw»']] },
  // The keys of OSSEC and Wazuh agents (`/var/ossec/etc/client.keys`: `ID NAME IP KEY`, the manager's copy one line per agent):
  // whoever holds a line speaks to the manager as that agent.
  { id: 'ossec-agent-key', credentialFile: true, name: { en: 'OSSEC or Wazuh agent key (client.keys)', 'zh-CN': 'OSSEC 或 Wazuh 代理密钥（client.keys）' }, find: 'line', files: /(?:^|\/)client\.keys$/, keywords: [],
    pattern: /^\s*\d{3,}\s+[^\s#]+\s+\S+\s+(?<v>[0-9a-fA-F]{64})\s*$/g, judge: 'literal',
    hits: [['var/ossec/etc/client.keys', '001 web1 any «hex:64»\n002 web2 10.0.1.12 «hex:64»']], misses: [['var/ossec/etc/client.keys', '#001 web1 any KEY\n002 web2 10.0.1.12']] },
  // Kopia's saved repository password (`repository.config.kopia-password` beside the repository's config, when no keyring is
  // used): the password in base64.
  { id: 'kopia-password', credentialFile: true, name: { en: 'Kopia repository password (saved beside its config)', 'zh-CN': 'Kopia 仓库口令（保存在配置旁）' }, find: 'line', files: /\.kopia-password$/, keywords: [],
    pattern: /^\s*(?<v>[A-Za-z0-9+/]{4,}={0,2})\s*$/g, decode: 'base64', judge: 'literal',
    hits: [['.config/kopia/repository.config.kopia-password', '«b64of:{pw}»']], misses: [['.config/kopia/repository.config.kopia-password', '']] },
  // Tarsnap's key file (`tarsnap-keygen --keyfile /root/tarsnap.key`): the machine's keys for reading, writing and deleting archives.
  // Read in fileMatcher.ts (the key's first base64 line after the header); a template with a stand-in line is none (sovereign's role files).
  { id: 'tarsnap-key-file', credentialFile: true, name: { en: 'Tarsnap key file', 'zh-CN': 'Tarsnap 密钥文件' }, find: 'structure', keywords: [], judge: 'literal',
    hits: [['root/tarsnap.key', '# START OF TARSNAP KEY FILE\n«b64:64»\n# END OF TARSNAP KEY FILE'], ['etc/tarsnap/web1.key', '# START OF TARSNAP KEY FILE\n«b64:64»']],
    misses: [['roles/tarsnap/files/root_tarsnap.key', '# START OF TARSNAP KEY FILE\nTODO\n# END OF TARSNAP KEY FILE'], ['docs/tarsnap/example.key', '# START OF TARSNAP KEY FILE\n«b64:64»']] },
  // Varnish's management secret (`varnishd -S /etc/varnish/secret`, `varnishadm -S`): whoever reads it drives the cache's CLI.
  { id: 'varnish-secret', credentialFile: true, name: { en: 'Varnish management secret (/etc/varnish/secret)', 'zh-CN': 'Varnish 管理密钥（/etc/varnish/secret）' }, find: 'line', files: /(?:^|\/)varnish\/secret$/, keywords: [],
    pattern: /^\s*(?<v>[^\s#]\S*)\s*$/g, judge: 'literal', hits: [['etc/varnish/secret', '«uuid»']], misses: [['etc/varnish/secret', '{{ varnish_secret }}']] },
  // The SNMP communities a PHP network monitor polls with (LibreNMS' and Observium's `config.php`: `$config['snmp']['community'][] =
  // '…'`, or an `array(…)`/`[…]` of them; the first is read).
  { id: 'php-snmp-community', credentialFile: true, name: { en: 'SNMP community in a PHP monitor configuration (LibreNMS, Observium)', 'zh-CN': 'PHP 监控配置中的 SNMP 团体名（LibreNMS、Observium）' }, find: 'line', keywords: ["['community']", '["community"]'],
    pattern: /\$config\s*\[\s*['"]snmp['"]\s*\]\s*\[\s*['"]community['"]\s*\](?:\s*\[\s*\d*\s*\])?\s*=\s*(?:array\s*\(\s*|\[\s*)?(?:"(?<v>[^"\n]+)"|'(?<v1>[^'\n]+)')/g, judge: 'literal',
    hits: [['librenms/config.php', '<?php\n$config[\'snmp\'][\'community\'][] = "«pw»";'], ['observium/config.php', "$config['snmp']['community'] = array('«lit:monitor2020»');"]],
    misses: [['librenms/config.php', "$config['snmp']['community'] = array();\n$config['snmp']['community'][] = getenv('SNMP_COMMUNITY');"]] },
  // Canonical MAAS's API key given to its CLI (`maas login PROFILE URL consumer:token:secret`).
  { id: 'maas-api-key', name: { en: 'MAAS API key on a command line (maas login)', 'zh-CN': '命令行中的 MAAS API 密钥（maas login）' }, find: 'line', keywords: ['maas login'],
    pattern: /\bmaas\s+login\s+\S+\s+\S+\s+["']?(?<v>[A-Za-z0-9]+:[A-Za-z0-9]+:[A-Za-z0-9]+)(?=["']?(?:\s|$))/g, judge: 'literal',
    hits: [['scripts/maas-login.sh', 'maas login ops http://maas.corp.example:5240/MAAS/api/2.0/ "«alnum:18»:«alnum:18»:«alnum:32»"']], misses: [['scripts/maas-login.sh', 'maas login ops http://maas:5240/MAAS/api/2.0/ "$MAAS_API_KEY"\nmaas login ops http://maas:5240/MAAS/api/2.0/ - < ~/api-key']] },

  // ---- generic: `name = value`, judged by the key's words and by where the file is ----
  { id: 'password', name: { en: 'Password in a configuration or source file', 'zh-CN': '配置文件或源代码中的口令' }, find: 'assignment', keywords: ['pass', 'pwd'], judge: 'literal',
    hits: [
      // A setter named after the credential with a literal is the same pair as `ds.password = "…"` (judged as the file is:
      // by its looks in code).
      ['src/main/java/com/example/DbConfig.java', '        ds.setPassword("«pw»");'], ['internal/smtp/client.go', '\tc.SetPassword("«pw»")'], ['app/Services/Mailer.php', "        $mail->setApiKey('«alnum:32»');\n        $mail->setPassword('«pw»');"],
      // A numbered name (`password1`), `pass` glued to whose it is (`dbpass`, `userpass`), also as a URL's query parameter.
      ['conf/app.properties', 'db.password1=«lit:shop2020»\ndbpass=«lit:shop2021»'], ['src/main/java/app/Db.java', '    String static_password01 = "«pw»";'],
      ['conf/realm.xml', '<Realm connectionURL="jdbc:mysql://db.internal/auth?user=app&amp;userpass=«lit:realm2020»"/>'],
      // Names and values paired by position (Go's and Python's tuple assignments).
      ['cmd/seed/main.go', '\tvar adminUser, adminPassword string = "ops", "«pw»"'], ['tools/sync.py', 'user, password = "sync", "«pw»"'],
      // An entry named on one line and valued on the next (`key`/`value` settings lists, ECS and ARM `name`/`value` objects).
      ['settings/entries.yml', 'settings:\n  - key: smtp_password\n    value: «lit:mail2020»\n    info: outgoing mail'], ['settings/entries.xml', '<entry>\n  <key>smtp.password</key>\n  <value>«lit:mail2020»</value>\n</entry>'],
      ['settings/entries.json', '[\n  {\n    "key": "smtp_password",\n    "value": "«pw»"\n  }\n]'], ['ecs/task.json', '"environment": [{"name": "DB_PASSWORD", "value": "«pw»"}, {"name": "DB_USER", "value": "app"}]'],
      // A declaration's default: a CloudFormation parameter, a Terraform variable (deployed when no value is given).
      ['cfn/db.yml', 'Parameters:\n  DbPassword:\n    Description: master password\n    Type: String\n    NoEcho: true\n    Default: «lit:Shop2020»'], ['cfn/db.json', '"DbPassword": {\n  "Type": "String",\n  "Default": "«pw»"\n}'],
      ['infra/variables.tf', 'variable "db_password" {\n  description = "master password"\n  type = string\n  default = "«pw»"\n}'],
      ['.env', 'DB_PASSWORD=«pw»'], ['.env', 'ADMIN_PASSWORD=«lit:admin2020»'],
      // `pw` glued to or joined with whose it is (an LDAP connector's `bindPW`, `ldap_bind_pw`, `rootpw =`).
      ['dex/config.yaml', 'connectors:\n- type: ldap\n  config:\n    bindPW: «pw»\n    ldap_bind_pw: «lit:bind2020»'], ['.env', 'ADMIN_PASSWORD=«lit:root»'], ['conf/app.ini', '[database]\nuser = app\npassword = «lit:app2019»'],
      ['src/main/resources/application.properties', 'spring.datasource.password=«lit:orders#1»'], ['config/database.yml', 'production:\n  password: «lit:railsprod»'],
      ['docker-compose.yml', 'services:\n  mq:\n    environment:\n      - RABBITMQ_DEFAULT_PASS=«lit:guest123»'], ['group_vars/all.yml', 'ansible_become_password: «lit:Root@2019»'],
      ['prod.tfvars', 'db_admin_password = "«lit:Terra2022!»"'], ['infra/sql.bicep', "  administratorLoginPassword: '«lit:Azure2023»'"], ['modules/db/main.tf', '  password = "«lit:rds2021»"'], ['terraform.tfstate', '        "password": "«alnum:24»",'], ['maven/settings.xml', '      <password>«lit:nexus4deploy»</password>'],
      ['gradle.properties', 'RELEASE_STORE_PASSWORD=«lit:android1»'], ['config.php', "$dbpasswd = '«lit:forum2010»';"], ['config/database.php', "        'password' => '«lit:shop_2018»',"],
      ['portal/settings/production.py', "DATABASES = {'default': {'PASSWORD': '«lit:portal2019»'}}"], ['ventrilo_srv.ini', '[Server]\nAdminPassword=«lit:vent2015»'],
      ['.muttrc', 'set imap_pass = "«lit:mutt2019»"'], ['android/gradle.properties', 'RELEASE_STORE_PASSWORD=«lit:android1»\nRELEASE_KEY_ALIAS=upload'], ['web.config', '<add name="db" connectionString="Server=sql01;User Id=sa;Password=«pw»;" />'],
      ['docker-compose.yml', 'services:\n  db:\n    environment:\n      - SA_PASSWORD=«lit:@harbor2021»'], ['config/app.php', "$password = '«lit:admin2019»';"], ['.env', 'IRC_PASS=«lit:irc_pass»'],
      ['group_vars/all.yml', 'db_password: !unsafe "«pw»"\nadmin_password: !!str «lit:Ops#2019»'],
      ['mysite/settings/prod.py', "EMAIL_HOST_PASSWORD = '«lit:mail2019»'"], ['etc/grafana/grafana.ini', '[database]\npassword = """«pw»"""'],
      // Out of documentation, a value that names itself is what gets deployed: a weak value.
      ['deploy/app.env', 'SMTP_PASSWORD=«lit:smtp-password»'],
      // Configuration written as code, its name's word read as a word (`dbConfig.js`): a weak value there is deployed.
      ['src/dbConfig.js', "module.exports = { host: 'db', password: '«lit:root»' };"],
      ['src/client.js', 'options["password"] = "«pw»";'],
      // Deployed configuration: a value spelled from the credential's own words, or repeating a word of its key
      // (an image's documented default), is what the service runs with — a weak credential to rotate.
      ['.env', 'ADMIN_PASSWORD=«lit:password»\nDB_PASSWORD=«lit:Password123!»\nWEB_PASSWORD=«lit:strongpassword»'],
      ['docker-compose.yml', 'services:\n  db:\n    image: postgres:15\n    environment:\n      POSTGRES_PASSWORD: «lit:postgres»\n      - MYSQL_ROOT_PASSWORD=«lit:root»'],
      ['charts/app/values.yaml', 'admin:\n  ADMIN_PASSWORD: «lit:admin»\nmariadb:\n  auth:\n    rootPassword: «lit:mariadb»'], ['inventory/prod.yml', 'all:\n  vars:\n    ansible_become_pass: «lit:Passw0rd»'],
      ['src/main/resources/application.properties', 'spring.datasource.password=«lit:secret»'], ['config/database.php', "        'password' => '«lit:password»',"],
      // A front-end build's environment prefix is not a word of the key (`REACT_APP_` does not make it a React name).
      ['web/.env.production', 'REACT_APP_AUTH_PASSWORD=«lit:whitebird»\nVUE_APP_ADMIN_PASSWORD=«pw»'],
      // A `sed` substitution that writes a value in: its pattern and its replacement are read apart, each ending at the delimiter.
      ['deploy/setup.sh', "sed -i 's/^db_password=.*/db_password=«pw»/' /etc/shop/shop.conf"],
      // Such a name quoted in a script, or bare in deployed configuration, is a weak value written in.
      ['tools/prepare', 'email_password = "«lit:shop_mail_password»"'], ['deploy/app.env', 'DB_PASSWORD=«lit:shop_db_password»'],
      // Not an argument, nor spelled from its key's words: a weak value, wherever it is written bare.
      ['docker/.env_db_shop', 'MYSQL_USER=shop\nMYSQL_ROOT_PASSWORD=«lit:shop_pwd»'], ['deploy/chat/config', 'CHAT_NICK=ops\nCHAT_PASS=«lit:chat_pass»'],
      // A literal that begins with `!` (not a negated variable's camel-case name).
      ['.env', 'DB_PASSWORD=!«lower:10»'],
    ],
    misses: [
      // A form's validation rules under a password field's name, one or a list of them: names and parameters, not a value.
      ['app/Http/Requests/ProfileUpdateRequest.php', "        'current_password' => 'required_with:new_password',\n        'old_password' => ['sometimes', 'required_with:new_password'],\n        'password' => ['required', 'current_password:api'],"],
      // A class by its qualified name under a password's key (a password encoder or hasher): code's address, not a value.
      ['src/main/resources/application.yml', 'security:\n  password-encoder: org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder'], ['shop/settings.py', "PASSWORD_HASHER = 'django.contrib.auth.hashers.Argon2PasswordHasher'"],
      // A declaration's default belongs to it alone: the next declaration (a user name) ends it; an unset default is none.
      ['cfn/db.yml', 'Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n  DbUser:\n    Type: String\n    Default: admin'], ['infra/variables.tf', 'variable "db_password" {\n  type = string\n  default = null\n}\nvariable "db_user" {\n  default = "admin"\n}'],
      ['k8s/pod.yml', 'tolerations:\n  - key: password-rotation\n    operator: Exists\n    value: weekly'], ['app/settings.json', '[{"key": "password_policy", "value": "strict"}, {"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"}]'],
      // A plural names a list or a section (Laravel's password brokers), not a value; words that only end in `pass`.
      ['config/auth.php', "    'passwords' => 'users',"], ['tools/sync.py', 'user, password = password, user\nuser, password = get_login(host, "a,b")\nconnect(user, password="")\nuser, password = "sync", "{password}"'], ['render.js', 'const bypass = "skip-cache-check";\nconst compass = "north-east-west";'],
      ['.env', 'DB_PASSWORD=${DB_PASSWORD}\nSECRET_KEY=11111111-1111-1111-1111-111111111112\nMAIL_PASSWORD=\nSMTP_PASSWORD=***\nDB_PASSWORD=<your-db-password>\nPASSWORD_MIN_LENGTH=12\nSSL_KEY_PASSWORD=/etc/ssl/private/key.pass'],
      // Deployed or not, explicit markers and stand-in words are no value (`changeme` asks to be replaced: see docs/evaluation.md).
      ['.env', 'DB_PASSWORD=your-password-here\nSMTP_PASSWORD=fake-password\nADMIN_PASSWORD=changeme\nMAIL_PASSWORD=hidden\nREDIS_PASSWORD=blah'],
      // In example copies and docs, tests and ordinary code, the same weak values are stand-ins for what goes there.
      ['.env.example', 'ADMIN_PASSWORD=password\nDB_PASSWORD=Password123!\nWEB_PASSWORD=strongpassword\nCLIENT_SECRET=Cl1ent$ecret!\nPOSTGRES_PASSWORD=postgres'],
      ['docs/install.md', '    MYSQL_ROOT_PASSWORD: root\n    ansible_become_pass: Passw0rd'], ['tests/fixtures/app.yml', 'password: password\nadmin_password: admin'],
      ['src/seed.py', 'ADMIN_PASSWORD = "password"\nDB_PASSWORD = "Password123!"'],
      // A bare environment lookup (Starlark, CI expressions) names where the value is.
      ['ci/deploy.star', 'password = env.DEPLOY_PASSWORD'],
      ['i18n/de.json', '{ "password": "Passwort", "login.password": "Kennwort" }'], ['ui/lib/pure-min.css', '.f input[type=password]:focus,.f input[type=email]{color:#fff}'], ['src/Login.vue', '<input type="password" v-model="password" :placeholder="$t(\'password\')">'],
      ['app/config/parameters.yml.dist', 'parameters:\n  database_password: ~'], ['secrets/app.enc.yaml', 'db_password: ENC[AES256_GCM,data:«b64:24»,type:str]\nsops:\n  version: 3.7.3'], ['main.tf', 'password = var.db_password\npassword = random_password.db.result\nPASSWORD_HOST = "db.corp.example"'], ['app.py', 'password = os.environ["DB_PASSWORD"]\nif password == "":'], ['src/core/credentials/rules.ts', '/** `"password": "Passwort"` is a label */'],
      // A CI pipeline's service containers and a test runner's environment are throwaway test databases: their defaults are stand-ins.
      ['.github/workflows/ci.yml', '        env:\n          POSTGRES_PASSWORD: postgres\n          MYSQL_ROOT_PASSWORD: root\n      - run: sed -i \'/^DB_PASSWORD=/d\' .env'],
      ['.gitlab-ci.yml', 'test:\n  services:\n    - postgres:15\n  variables:\n    POSTGRES_PASSWORD: postgres\n    DB_PASSWORD: secret'], ['.circleci/config.yml', '      - image: cimg/mysql:8.0\n        environment:\n          MYSQL_ROOT_PASSWORD: root'],
      ['.travis.yml', 'env:\n  - DB_PASSWORD=password'], ['.env.testing', 'DB_PASSWORD=secret\nADMIN_PASSWORD=password'], ['phpunit.xml', '<env name="DB_PASSWORD" value="secret"/>'],
      // A value that is its key's own name passes a parameter on, deployed or not.
      ['infra/params.json', '{ "sqlAdminPassword": "sqlAdminPassword" }'],
      // A name that says which credential it is, written bare where nothing is deployed (a script without an extension): a variable passed on.
      ['tools/prepare', '#!/usr/bin/env python3\nrender(path, admin_pwd=shop_admin_password,\n       email_user_password=email_password)\ncache_redis_password = redis_password'],
      // Ansible's user modules: when to set the password (`update_password: always`), not a password.
      ['roles/db/tasks/main.yml', '- mysql_user:\n    name: shop\n    password: "{{ shop_db_password }}"\n    update_password: always\n- user:\n    update_password: on_create'],
      // A prompt's text in an expect script: the quote after `password:` closes the prompt's string.
      ['scripts/sign.expect', 'expect {\n  "Enter password:" {send "$env(SIGN_PASS)\\r";exp_continue}\n  "Repeat password:" {send "$pw\\r"; exp_continue}\n}'],
      // A Jinja statement building a list of users: the bare words in the tag are the template's variables, on
      // the tag's line or on the lines of a dictionary it spreads over (a quoted key, a name, the comma that ends the entry).
      ['roles/db/defaults/main.yml', "shop_users: >-\n  {% set _ = out.append({\n    'user': 'shop_' ~ item,\n    'password': shop_cell_database_password,\n    'shard': 0}) %}"],
      ['roles/db/defaults/main.yml', "shop_users: >-\n  {% set _ = out.append({'user': 'shop_' ~ item, 'password': shop_cell_database_password, 'shard': 0}) %}\n  {{ {'user': 'ops', 'password': ops_db_pass} | to_json }}"],
      // An Angular template: a reference variable (`#password="ngModel"`) and a toggle negating a variable in an event binding.
      ['src/app/account/sign-in.component.html', '<input type="password" name="password" [(ngModel)]="model.password" #password="ngModel" required>\n<clr-icon shape="eye" (click)="showPassword = !showPassword"></clr-icon>\n<button (click)="showConfirmSecret = !showConfirmSecret">show</button>'],
      // Python entry points: a command named for passwords or secrets runs `package.module:function`.
      ['setup.cfg', '[entry_points]\nconsole_scripts =\n    shop-genpwd = shop_tools.cmd.genpwd:main\n    shop-mergepwd = shop_tools.cmd.mergepwd:main'],
      ['pyproject.toml', '[project.scripts]\nshop-rotate-secrets = "shop_tools.secrets.rotate:run"\nshop-token = "shop_tools.cli:token_main"'],
      // A `sed` substitution's pattern and replacement: the value ends at the delimiter (a name in capitals, a variable).
      ['scripts/install.sh', 'sed -i -e "s/SHOP_DB_PASSWORD: SOME_SECRET/SHOP_DB_PASSWORD: $SHOP_DB_PASSWORD/w $changes" $conf'],
      ['digital_ocean.ini', '[digital_ocean]\n#api_token = 123456abcdefg'], ['security/main.yml', "        line: 'johndoe ALL=(ALL) NOPASSWD: ALL'"], ['db.yml.example', '    password: "mysecurepassword"'],
      ['config/jwt.php', "        'auth' => 'Tymon\\JWTAuth\\Providers\\Auth\\IlluminateAuthAdapter',"],
      ['app/Http/Requests/ProfileUpdateRequest.php', "            'current_password' => 'sometimes|required_with:new_password',\n            'password' => 'required|confirmed',"],
      // Names and code where a value could be (found on repositories the rules were not tuned on): the key of
      // a Secret's entry, a Go template's variable, a URL's `user:password@host` in a comment, a Bicep
      // parameter passed on under its own name, Ruby's constant paths, a YAML alias.
      ['charts/app/values.yaml', 'auth:\n  existingSecret: ""\n  passwordKey: admin-password\n  existingSecretPasswordKey: db-password\n  passwordSecretKey: root-password'],
      ['charts/app/templates/_helpers.tpl', '{{- $password := index .Values.auth.users $user }}\n{{- $pass := default "" .Values.auth.pass }}'],
      ['charts/db/values.yaml', '  # or a DSN such as postgresql://login:password@dbhost:5432/app?sslmode=disable'],
      ['infra/app/db.bicep', "module db '../core/db.bicep' = {\n  params: {\n    sqlAdminPassword: sqlAdminPassword\n    appUserPassword: appUserPassword\n  }\n}"],
      ['infra/core/sql.bicep', "resource sql 'Microsoft.Sql/servers@2022-05-01-preview' = {\n  properties: {\n    administratorLoginPassword: adminPassword\n  }\n}"],
      ['modules/db/main.tf', 'resource "aws_db_instance" "main" {\n  password = random_password.master.result\n}'],
      ['lib/tasks/seed.rake', 'password = Faker::Internet.password\nUser.create!(name: "ops", password: Faker::Internet.password(min_length: 12))'],
      ['app/views/admin/seed.html.erb', '<% password = Faker::Internet.password %>'],
      ['config/database.yml', 'default: &default\n  password: *db_password\nproduction:\n  <<: *default\n  password: *prod_password'],
      ['cloudformation/db.yaml', 'Resources:\n  Db:\n    Properties:\n      MasterUserPassword: !Ref DBPassword\n      Password: !GetAtt DbSecret.Password\n      ReplicaPassword: !ImportValue shared-db-password\n      AdminPassword: !Sub "{{resolve:secretsmanager:${Secret}}}"'],
      ['docker-compose.override.yml', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: !reset null'],
      ['tools/export.py', "url = 'https://{db_user}:{db_pw}@{db_host}.internal.example'.format(**conn)"],
      ['docs/usage.md', "    scan --exclude-lines 'password = blah'\n    const AdminPassword = \"something-secret-here\";"],
      ['config/jwt.php', "        'auth' => 'Tymon\\\\JWTAuth\\\\Providers\\\\Auth\\\\IlluminateAuthAdapter',"],
      // Found on a second set of unseen repositories (a homelab, Kubernetes examples, a self-hosting kit,
      // a Spring Boot admin, a Laravel wiki, a compose collection): prose after `Password:`, a value that
      // only names the credential in docs and example copies, a command substitution cut at its space, a
      // counter, a dotted setting name, a Maven coordinate in an IntelliJ module.
      ['docs/installation.md', '- Password: get from Vault\n- Password: run `./scripts/admin-password`\npassword:  32 bytes'], ['tests/setup-test.sh', 'echo "Pass: no-op when the variable is unset"'],
      ['README.md', 'EMAIL_HOST_PASSWORD = "smtp-password"'], ['.env', '# or, if using a password: HOST:PORT:DATABASE:PASSWORD'], ['.env.example', 'DB_PASSWORD=database_user_password'],
      ['install.sh', 'SECRET_KEY=$(head /dev/urandom | tr -dc "a-z0-9" | head -c 50)\nSECRET_KEY=$(docker compose run --rm web config generate-secret-key)'],
      ['k8petstore.sh', 'pass_http=-1\npass_count=0'], ['sentry.conf.py', "ENV_CONFIG_MAPPING = {\n    'SENTRY_EMAIL_PASSWORD': 'mail.password',\n    'SENTRY_SECRET': 'system.secret-key',\n}"],
      ['app/app.iml', '    <orderEntry type="library" name="Maven: io.jsonwebtoken:jjwt:0.9.1" level="project" />'],
      // Found on a third set of unseen repositories (an Ansible installer, a Laravel help desk, a Node monitor):
      // the credential's word in capitals where the value goes, a value asking to be entered, an auth realm's
      // name, and TypeScript modules (`.mts`, `.cts`) read as code, not as configuration.
      ['config/mail.php', "        'username' => 'ops@example.org',\n        'password' => 'PASSWORD',"],
      ['group_vars/all.yml', 'vpn_password: EnterPasswordHere\nbackup_password: InsertPassword'],
      ['deploy/registry.yml', 'env:\n  REGISTRY_AUTH_HTPASSWD_REALM: registry_realm_one'],
      ['tools/rotate.mts', 'const password = await promptSecret({ label: "New password" });'], ['tools/rotate.cts', 'let password = await ask(prompt);'],
      // An expression, not a value: a Jinja block spread over lines (a variable before the `}` that closes it), a regular expression's alternation.
      ['roles/app/tasks/creds.yml', "    content: >\n      {{\n      {'user': app_user,\n       'password': app_user_password} | to_json\n      }}"],
      ['ci/check.sh', "egrep '^(PASS:|FAIL:|SKIP:)' results/*.log"],
      // Code, not configuration, whatever its name: a dependency manifest (crate names and versions), a compiled
      // language's source named config, a migration step, an application's controllers under a `Settings/` folder.
      ['Cargo.toml', '[dependencies]\nrpassword = "7.3.1"\nkeyring = "2.0.1"'], ['src/config.rs', '        match rust_type {\n            "Pass" => "password",\n            _ => "text",\n        }'],
      ['app/migrations/0007_move_source_config.py', "        mapping = {'Uid': 'username', 'Pwd': 'passwd'}"], ['db/old_migrations/0003_source_config.py', "        mapping = {'Pwd': 'passwd'}"],
      // An attribute that names the user of the credential, not the credential (an HTML directive bound to a model).
      ['web/views/addLogin.html', '<div password-meter="item.login.password" password-meter-username="item.login.username"></div>'],
      // A computed key naming an enum's member, its label as the value (an index with a quoted name is still an assignment: a hit above).
      ['shared/brands.ts', 'export const names = {\n  [VaultBrand.KeePassXC]: "KeePassXC",\n  [VaultBrand.PassboltPro]: "Passbolt Pro",\n};'], ['app/Http/Controllers/Settings/SecurityController.php', "    private const SESSION_TFA_SECRET = '2FA_pending';"],
      // A package's coordinates in a third-party licence list (`group:artifact:version`: the artifact is no key), and a
      // shell expansion's alternate value (a word the script tests, not the variable's default).
      ['src/main/resources/templates/about.html', '<li>(Apache License, Version 2.0) KeePass Java (org.example.pwdb:KeePassJava2:2.2.4 - https://example.org/kpj)</li>'],
      ['mvnw', 'case "${MVNW_USERNAME:+has-username}${MVNW_PASSWORD:+has-password}" in'],
      // Setters given a variable, a stand-in, nothing, or a label; a name that only ends in `set`.
      ['src/main/java/com/example/DbConfig.java', 'ds.setPassword(password);\nds.setPassword("changeit");\nuser.setToken(null);\nform.setPasswordLabel("Password");\nupsetToken("Qm7vTz2p#Lk9wXr4n");'],
    ] },
  { id: 'secret', name: { en: 'Secret value in a configuration or source file', 'zh-CN': '配置文件或源代码中的密钥值' }, find: 'assignment', keywords: ['secret', 'auth'], judge: 'literal',
    hits: [['config/secrets.yml', 'production:\n  secret_key_base: «hex:128»'],
      ['mysite/settings.py', "SECRET_KEY = 'django-insecure-«lower:40»'"], ['web.config', '<add key="ClientSecret" value="«alnum:34»" />'], ['.env', 'CLIENT_SECRET=«uuid»'],
      // A key pair's secret half set to a service's one-word default (an object store's out-of-the-box login).
      ['src/main/resources/application.yml', 'storage:\n  endpoint: http://localhost:9000\n  secretKey: «lit:objectstore»'], ['config/app.yaml', 'signing_secret: !!binary «b64:32»'], ['.env', 'STORAGE_SECRET_KEY=«lit:objectstore»'],
      // Under a YAML parent that names a credential's context (`jwt:`, `spring: mail:`), a name-like value is the secret.
      ['src/main/resources/application.yml', 'jwt:\n  tokenHeader: Authorization\n  secret: «lit:shop-admin-secret» # signs the tokens\n  expiration: 604800'],
      // A secret half of six letters, a self-hosted object store's default (seen in a compose file and an s3cmd line).
      ['docker-compose.yml', 'services:\n  web:\n    environment:\n      S3_SECRET_KEY: "«lit:harbor»"'], ['install/bootstrap-s3.sh', 's3cmd --access_key=ops --secret_key=«lit:harbor» --no-ssl ls'],
      ['config/application-prod.yaml', 'spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          corp:\n            client-secret: «lit:portal-client-secret»'],
      // Deployed: a secret spelled from its own words (under a credential's parent, a name-like one too).
      ['.env', 'CLIENT_SECRET=«lit:Cl1ent$ecret!»\nRPC_SHARED_SECRET=«lit:supersecret»'], ['src/main/resources/config/application.yml', 'jwt:\n  secret: «lit:mySecretKey»'],
      // What a substitution writes: its `/` separates, it does not make the key a path's segment.
      ['scripts/cibuild.sh', 'sed -i -e "s/SECRET_KEY = \'\'/SECRET_KEY = \'«alnum:24»\'/g" $CONFIG'],
      // In source code too, 40 hex digits under a key that says secret are an OAuth app's or a signing secret, not a commit id.
      ['app/oauth.py', "client_secret = '«hex:40»'"], ['src/webhooks.js', 'const hexSecret = "«hex:40»";'],
      // One name given several literals, a tuple or a list on one line: the secrets a service accepts while it rotates them.
      ['shop/settings.py', "SECRET_KEY_FALLBACKS = ['«alnum:40»', '«alnum:40»']"], ['config/hooks.yaml', 'webhook_secret: ["«alnum:32»", "«alnum:32»"]'],
      ['app/jwt.py', "JWT_SECRET = '«alnum:32»', '«alnum:32»'"]],
    misses: [['.env', 'SESSION_SECRET=changeme\nAPP_SECRET=secret\nSECRET_NAME=payments-db-credentials'],
      // In source code, 40 hex digits under a key that does not say secret (`auth`, a digest's name) stay a commit id or that digest.
      ['app/sync.py', "auth = '«hex:40»'\nsecret_sha = '«hex:40»'"],
      // Lists under a credential's name that hold names, not values, and a call's arguments.
      ['shop/settings.py', "PASSWORD_HASHERS = ('django.contrib.auth.hashers.Argon2PasswordHasher', 'django.contrib.auth.hashers.BCryptPasswordHasher')\nSECRET_FIELDS = ['password', 'token']\nsecret = pick('«alnum:32»', '«alnum:32»')"],
      // An npm package or a module inside one by its scoped name (an injection token's description in a bundle).
      ['src/ui/main.js', "    diOpaqueToken: '@angular/core/src/di/opaque_token',\n    const authToken = '@shop/auth-client/dist/token';"], ['conf/app.json', '{"apiToken": "@shop/auth-client"}'],
      // Generated Go `String()` methods print a field's slice type (`[]LocalObjectReference{`): code's text.
      ['pkg/apis/v1/generated.pb.go', '\trepeatedStringForImagePullSecrets := "[]LocalObjectReference{"\n\trepeatedStringForTokenRequests := "[]TokenRequest{"\n\trepeatedStringForSecrets := "[]*ObjectReference{"'],
      // The identifier of a stored secret (libvirt's UUID for a Ceph key), in a deployed passwords file.
      ['etc/shop/passwords.yml', 'ceph_secret_uuid: "«uuid»"\nlibvirt_secret_guid: «uuid»'],
      // In a test, numbered entries whose values say what they stand for (the plain text of token 4).
      ['app/tests/test_store.py', "    plain = {'token4': 'Token4Plaintext', 'secret5': 'MySecret5-plaintext'}"],
      // Markers an install script substitutes, and a script's argument.
      ['roles/calico/templates/calico.yaml', '          "k8s_auth_token": "__KUBERNETES_SERVICE_TOKEN__",\n          "api_secret": "@API_SECRET@"'], ['tools/ssh-key-copy.sh', 'secret=$1\nSECRET=$@'], 
      // An admin UI's permission codes (an ops platform's menus and buttons), not a value.
      ['src/menus.js', "  { icon: 'flag', title: '应用发布', auth: 'deploy.app.view|deploy.request.view', child: [\n<AuthButton auth=\"host.console.view|host.console.list\" type=\"primary\" />"],
      // Compressed data in a file git reads as text (an Illustrator drawing): `sk:` there is chance.
      ['diagrams/flow.ai', 'kD\tO\u0001\u001e\u001esk:Zq8vLw3NpT7xKc2M\u0007Jf\ufffd'], ['parameters.yml', '  secret: ThisTokenIsNotSoSecretChangeIt'],
      ['values.yaml', 'tls:\n  secret: ingress-tls-secret\nauth:\n  secret: basicauth\n  secretKey: password\n  existingUserSecretKey: username\nstorage:\n  accessKey: objectstore'], ['ci.yml', 'NPM_SECRET: ${{ secrets.NPM_TOKEN }}'],
      // The block of `jwt:` ends at the next key no deeper than it: `tls: secret:` after it names a Secret again.
      ['values.yaml', 'jwt:\n  secret: ${JWT_SECRET}\n\ningress:\n  tls:\n    secret: ingress-tls-secret'],
      // An External Secret's entry named after an SSH key file; a "change this" marker; a "please generate" one.
      ['.tekton/secrets.yaml', 'kind: ExternalSecret\nspec:\n  data:\n    - secretKey: id_ed25519\n      remoteRef:\n        key: /ci/ssh'],
      ['image/cluster.cnf', 'wsrep_sst_auth=sstuser:changethis'], ['install.sh', "sed -i -e 's/^SENTRY_SECRET_KEY=.*$/SENTRY_SECRET_KEY='\"$SECRET_KEY\"'/' $ENV_FILE"], ['values.yaml', 'authentik:\n  secret_key: "PleaseGenerateA50CharKey"'],
      // A Chinese template's "fill in your …" / "enter the password" in deployed configuration (seen on a Spring Boot admin).
      ['src/main/resources/config/application-dev.yml', 'oss:\n  accessKey: 填写你的AccessKey\n  secretKey: 填写你的SecretKey\n  password: 请输入密码'],
      // A docs site's navigation names pages (`Secrets: models/secrets.md`); an annotation says which Secret a value comes from.
      ['mkdocs.yml', "nav:\n  - 'Secrets': 'models/secret-roles.md'\n  - Tokens: api/tokens.md\n  - 'Secret store': 'img/secret-store.png'"],
      ['deploy/webhook.yaml', 'metadata:\n  annotations:\n    cert-manager.io/inject-ca-from-secret: infra/webhook-serving-ca'],
      // A name inside a path is no key: a container image's `owner/name:tag` (its name holding `secrets`, its tag not a
      // plain version), an annotation's `example.com/agent-inject-secret-NAME` (a secret store's path as its value).
      ['deploy/web.yaml', 'spec:\n  containers:\n    - image: registry.example.org/acme/app-secrets:3.1.0-no-vault\n      name: web'], ['Dockerfile', 'FROM registry.example.org/acme/app-secrets:3.1.0-no-vault'],
      ['k8s/billing.yaml', 'metadata:\n  annotations:\n    vault.hashicorp.com/agent-inject-secret-billing: "kv/data/billing"'],
      // A Java resource bundle's base file holds the default language's texts.
      ['src/main/resources/messages.properties', 'welcome.secret.types.passwords=Kennw0rter']] },
  { id: 'token', name: { en: 'Token in a configuration or source file', 'zh-CN': '配置文件或源代码中的令牌' }, find: 'assignment', keywords: ['token'], judge: 'literal',
    hits: [['.env', 'SERVICE_TOKEN=«alnum:40»'], ['gitlab/resources/token.sh', "gitlab-rails runner \"t = PersonalAccessToken.new(name: 'ci'); t.set_token('«alnum:32»'); t.save!\""], ['ci/danger.env', 'DANGER_GITHUB_API_TOKEN=«alnum:40»'], ['clusters/prod/kubeconfig', 'users:\n- name: admin\n  user:\n    token: «alnum:48»'], ['ansible/group_vars/all.yml', 'monitoring_api_token: "«alnum:28»"'], ['cloud/.tugboat', 'authentication:\n  access_token: «hex:64»']],
    misses: [['ci/aws.env', '# a value its writer marked fake\nAWS_SESSION_TOKEN=Fake«alnum:120»'], ['.env', 'TEST_TOKEN=test\nTOKEN_TTL=3600\nOPENAI_MAX_TOKENS=4096\nTOKEN_URL=https://auth.corp.example/oauth/token\nGIT_COMMIT_TOKEN_SHA=«hex:40»\nBUILD_TOKEN=«hex:40»'], ['pkg/api/keys.go', 'const sessionTokenHeader = "X-Session-Token"\nvar tokenKey = "X-Amz-Security-Token"'], ['src/cache.py', 'cache_key = f"token:{user_id}"\nTOKEN_TYPE = "bearer"'],
      ['src/Web/Antiforgery.cs', 'public static string TokenTag = "__RequestVerificationToken";'], ['app/views/mailer/reset.text.erb', '<%= reset_url(name: @user.name, token: @user.password_reset_token) %>'],
      // etcd's initial cluster token is a label that tells one cluster's bootstrap from another's, whatever it looks like.
      ['etcd/etcd.env', 'ETCD_INITIAL_CLUSTER_TOKEN=«alnum:24»'], ['etcd/etcd.conf.yml', 'initial-cluster-token: «alnum:20»'],
      // Code's text in a string: a splice that closes the string to call code, a lexer's pattern, a marker constant.
      ['src/Support/helpers.php', "return '<input type=\"hidden\" name=\"_token\" value=\"'.csrf_token().'\">';"],
      ['src/Lexer.php', "const NAMED_TOKEN = '(?<!:):[a-zA-Z_][a-zA-Z0-9_]*';\n$this->closingToken = '_TEMPLATE_BODY_END_' . mt_rand();"],
      // A Jenkins image's plugin list: plugin ids and their versions.
      ['jenkins/plugins.txt', 'token-macro:400.v35420b_922dcb_\ncredentials:1319.v7eb_51b_3a_c97b_']] },
  { id: 'api-key', name: { en: 'API, access or signing key in a configuration or source file', 'zh-CN': '配置文件或源代码中的 API、访问或签名密钥' }, find: 'assignment', keywords: ['key'], judge: 'literal',
    hits: [['config/settings.json', '  "api_key": "«alnum:32»",'], ['.env.production', 'APP_KEY=base64:«b64:44»'], ['cloud/heroku.json', '{ "api_key": "«uuid»" }'], ['ops/heroku.env', 'HEROKU_API_KEY=«uuid»']],
    misses: [
      ['ui/src/App.tsx', 'return <Flag key="--web.listen-address" />;\nconst localStorageKey = "settings.theme";'], ['.circleci/config.yml', '      - restore_cache:\n          key: v1-deps-{{ checksum "go.sum" }}'],
      ['Info.plist', '<key>CFBundleIdentifier</key>'], ['signer/v4.go', 'const signingKey = "aws4_request"\nconst authorizationKey = "Authorization"'], ['values.yaml', 'primary_key: id\nkeyboard_layout: us\nsecretKeyRef:\n  key: password'],
      ['.s3cfg', '[default]\naccess_key = «upper:20»'],
      // A record's key named first (Laravel's token guard), a word with accents, a catalog's label under a list of keys (cred-decoys-27).
      ['config/auth.php', "'api' => ['driver' => 'token', 'input_key' => 'api_token', 'storage_key' => 'api_token'],"], ['src/lang.ts', 'const de = { apiKey: "API-Schlüssel" };'],
      ['config/locales/de.yml', "de:\n  api_keys:\n    key: 'Schlüssel!'"],
      // Letters and digits counted in step are typed by hand, not generated.
      ['charts/agent/values.yaml', 'licenseKey: a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6\napiKey: px-api-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d'],
      ['web/ui/package-lock.json', '      "dependencies": {\n        "parse-passwd": "^1.0.0",\n        "token-stream": "1.0.0"\n      },'], ['rules/lexer.l', '    startToken := lexer.startToken\n    apiKey := cfg.APIKey'],
    ] },
  // Batch 19 (helper cred-formats-20): general readings of script command lines and proxy settings, last so that a tool's own rule reads its line first.
  // An admin CLI's login given as short options in a script, whatever the tool: a user option (`-u`, `-U`, `--user`, `--username`)
  // and, within the next few words, a short password option (`-p`, `-P`, `-w`) with its value (mosquitto_pub, rabbitmqadmin, esxcli,
  // twine and the many tools that take `-u user -p password`), or Windows' `-u:user … -p:password` (winrs). A port (`-p 8883`,
  // `-p 8080:80`) is not a value, nor is a `-p` before the user option, a variable, a regular expression, `-` or `@…` (a file or a keychain item).
  // A login name given as `-l` counts only for a Nagios plugin (`check_pgsql -l nagios -p …`): elsewhere `-l` is a location or a
  // limit (`gsutil mb -l europe-west1 -p <project>`, seen on api-platform-demo's CI file).
  { id: 'cli-user-short-password', name: { en: 'Login given as -u user -p password to a command in a script', 'zh-CN': '脚本中以 -u 用户 -p 口令 传给命令的登录' }, find: 'line', shellWord: true,
    files: SCRIPT_LINE_FILES, keywords: [' -p ', ' -w ', " -p'", ' -p"', ' -p:', '/password:'],
    pattern: /(?:^|\s)(?:(?:-[uU]|--user(?:name)?)(?:\s+|=)["']?[^\s"'$%`-][^\s"']*["']?|(?<=\bcheck_\w{1,40}\s[^\n|;&]{0,200})-l\s+["']?[A-Za-z][\w.@-]*["']?|-D\s*(?:"[A-Za-z]+=[^"\n]*"|'[A-Za-z]+=[^'\n]*'|[A-Za-z]+=[^\s"']*))(?:\s+[^\s|;&]+){0,8}?\s+-[pPw]\s+(?!\d+(?::\d+)*(?:\/\w+)?["']?(?:[\s;|&)]|$))(?<qa>["']?)(?<v>[^\s'"$%`<\\^[(*{@-][^\s'"`]*)\k<qa>(?=[\s;|&)]|$)|(?:^|\s)[-/]u:["']?[^\s"'$%`]+["']?(?:\s+\S+){0,8}?\s+[-/]p:(?<qb>["']?)(?<v1>[^\s'"$%`<\\^[(*{@-][^\s'"`]*)\k<qb>(?=[\s;|&)]|$)|(?:^|\s)\/(?:user|USER|User):["']?[^\s"'$%`]+["']?(?:\s+\S+){0,8}?\s+\/(?:password|PASSWORD|Password):(?<qc>["']?)(?<v2>[^\s'"$%`<\\^[(*{@-][^\s'"`]*)\k<qc>(?=[\s;|&)]|$)/g, judge: 'literal',
    hits: [['iot/publish.sh', 'mosquitto_pub -h broker.corp.example -p 8883 -u sensor -P «pw» -t plant/temp -m on'], ['mq/queues.sh', 'rabbitmqadmin -H mq.corp.example -u admin -p «lit:rabbit2020» list queues'],
      ['vmware/nics.sh', "esxcli -s esxi01.corp.example -u root -p '«pw»' network ip interface list"], ['release/publish.sh', 'twine upload -u ci -p «alnum:24» dist/*'],
      ['windows/remote.cmd', 'winrs -r:http://srv01.corp.example:5985 -u:CORP\\admin -p:«pw» ipconfig /all'],
      // Second round (the probe of batch 19, not held out): Windows' `/user:NAME … /password:VALUE` (wmic and other tools).
      ['scripts/inventory.bat', 'wmic /node:srv01 /user:CORP\\admin /password:«pw» os get caption'],
      // Batch 20: an LDAP bind DN (`-D cn=…`, check_ldap's `-P`) and, second round (the probe of batch 20, not held out), a login
      // name given as `-l` (the Nagios plugins' check_pgsql), in a monitoring configuration's command line as in a script.
      ['nrpe/nrpe.cfg', 'command[check_ldap]=/usr/lib/nagios/plugins/check_ldap -H localhost -b dc=corp -D cn=monitor,dc=corp -P «pw»'],
      ['nagios/objects/postgres.cfg', '    command_line    $USER1$/check_pgsql -H $HOSTADDRESS$ -d app -l nagios -p «pw»']],
    misses: [['scripts/list.sh', "ls -l /srv/backups | grep -P 'daily'\ncrontab -l | grep -P 'backup'\nssh -l ops -p 2222 bastion.corp.example\ncheck_pgsql -l nagios -p $USER3$\ngsutil mb -l europe-west1 -p corp-demo gs://corp-demo-assets"], ['iot/publish.sh', 'mosquitto_pub -h broker -p 8883 -u sensor -t t -m on\nrabbitmqadmin -u admin -p "$MQ_PASS" list queues\nsudo -u postgres psql -p 5432 -c "SELECT 1"\ndocker run -u 1000 -p 8080:80 nginx\nsudo -u www-data grep -P \'^\\d+\' a.log\nwmic /node:srv01 /user:CORP\\admin /password:%WMI_PASS% os get caption\npsql -U app -W shop\nwinrs -r:srv01 -u:CORP\\admin -p:%WINRS_PASS% ipconfig\ntwine upload -u ci -p - dist/*\nxcrun altool -u release@corp.example -p "@keychain:AC_PASSWORD"'], ['docs/mq.md', 'rabbitmqadmin -u admin -p «pw» list queues']] },
  // A password given as a command's positional argument in a script: the commands that take it as the word after `password` (`mysqladmin … password VALUE`, `nmcli … password VALUE` or `wifi-sec.psk
  // VALUE`) or after the setting's name (`aws configure set aws_secret_access_key VALUE`). A variable or `$(…)` is not a value.
  { id: 'script-positional-password', name: { en: 'Password given as a positional argument in a script (mysqladmin password, nmcli, aws configure set, neo4j-admin set-initial-password)', 'zh-CN': '脚本中作为位置参数给出的口令（mysqladmin password、nmcli、aws configure set、neo4j-admin set-initial-password）' }, find: 'line', shellWord: true,
    files: SCRIPT_LINE_FILES, keywords: ['mysqladmin', 'nmcli', 'aws configure', 'set-initial-password'],
    pattern: /(?:\bmysqladmin\b[^\n]*?\spassword|\bneo4j-admin\s+(?:dbms\s+)?set-initial-password|\bnmcli\b[^\n]*?\s(?:password|[\w-]+\.psk|[\w-]+\.password)|\baws\s+configure\s+set\s+(?:[\w-]+\.)?aws_(?:secret_access_key|session_token))\s+(?<qb>["']?)(?<v1>[^\s'"$%`<\\^[(*{-][^\s'"`]*)\k<qb>(?=[\s;|&)]|$)/gi, judge: 'literal',
    hits: [['db/reset-root.sh', 'mysqladmin -u root password "«pw»"'], ['wifi/join.sh', 'nmcli dev wifi connect CorpWLAN password «pw» ifname wlan0'], ['wifi/wpa.sh', "nmcli con modify corp wifi-sec.psk '«pw»'"],
      ['aws/configure.sh', 'aws configure set aws_secret_access_key «alnum:40» --profile deploy'],
      // Second round (the probe of batch 20, not held out): Neo4j's initial password (`neo4j-admin [dbms] set-initial-password VALUE`).
      ['neo4j/entrypoint.sh', 'neo4j-admin dbms set-initial-password «pw»']],
    misses: [['k8s/create-secrets.sh', 'mysqladmin -u root password\nnmcli dev wifi connect Corp password "$WIFI_PSK"\naws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"'], ['docs/mysql.md', 'mysqladmin -u root password «pw»']] },
  // Twenty-third session (lead): a secret stored by a command under a name, whatever the tool. The name of a setting or a key path
  // that names a credential (`app/db/password`, `apiToken`, `github.token`, `…:_authToken`, `secret_access_key`), after a command's
  // `set`/`put`/`create`/`write`/`config`/`store` and up to eight words, followed by its value (`consul kv put`, `etcdctl put`,
  // `npm config set`, `git config`, `defaults write`, `redis-cli SET`, `rclone config create`); a name and a value given to two
  // options (`--name … --value`, `/v … /d`, `-Name … -Value`: SSM parameters, Key Vault secrets, the Windows registry); and a
  // secret manager's own set command, whatever the name (`gh secret set … --body`, `az keyvault secret set`, `Set-Secret`). A bare
  // `password` or `token` after `set` is prose (`echo "set password for …"`); a variable, a file, an option or `key=value` is not a value.
  { id: 'script-named-secret', name: { en: 'Secret stored under a name by a command in a script (key-value stores, settings, registry, secret managers)', 'zh-CN': '脚本中命令按名称存入的机密（键值存储、配置项、注册表、机密管理器）' }, find: 'line',
    files: SCRIPT_LINE_FILES, keywords: ['set', 'put', 'create', 'write', 'config', 'store', '/v ', '-name'],
    pattern: new RegExp(
      `(?<![\\w.-])(?:set|SET|put|PUT|create|write|config|store)(?<!${SCRIPT_PROSE_BEFORE})\\s+(?:(?:-{1,2}[\\w-]+|[^\\s"'$=-][^\\s"'=]*)\\s+){0,8}?(?<qk>["']?)(?![Pp]ass(?:word|wd)\\b|PASSWORD\\b|[Tt]oken\\b|TOKEN\\b|[Ss]ecret\\b|SECRET\\b|-)(?<k>[\\w./:@-]*?${SETTING_CREDENTIAL_WORD})\\k<qk>\\s+(?<qv>["']?)(?<v>${SCRIPT_WORD_VALUE})\\k<qv>(?=[\\s;|&)]|$)` +
        `|(?:^|\\s)(?:\\/[Vv]|-[Nn]ame|--name)(?<!${SCRIPT_PROSE_BEFORE})\\s+(?<qn>["']?)(?<k2>[\\w./:@-]*?${SETTING_CREDENTIAL_WORD})\\k<qn>\\s(?:[^\\n]*?\\s)?(?:\\/[Dd]|-[Vv]alue|--value)\\s+(?<qw>["']?)(?<v1>${SCRIPT_WORD_VALUE})\\k<qw>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])(?:gh\\s+secret\\s+set|az\\s+keyvault\\s+secret\\s+set|Set-Secret|(?:doppler|flyctl|fly)\\s+secrets\\s+set)\\b[^\\n]*?\\s(?:--value|-[Ss]ecret|--body|-b)[\\s=]+(?<qs>["']?)(?<v2>${SCRIPT_WORD_VALUE})\\k<qs>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])(?:crudini|openstack-config)\\s+--set\\s+(?:--\\S+\\s+)*\\S+\\s+\\S+\\s+(?<qk3>["']?)(?<k3>[\\w.-]*(?:pass(?:word|wd)?|secret|token|_key|api_key))\\k<qk3>\\s+(?<qc>["']?)(?<v3>${SCRIPT_WORD_VALUE})\\k<qc>(?=[\\s;|&)]|$)`,
      'g',
    ),
    judge: 'literal',
    hits: [['scripts/consul-seed.sh', 'consul kv put app/db/password «pw»'], ['scripts/etcd.sh', 'etcdctl --endpoints=https://etcd1:2379 put /config/db/password «lit:etcd2020»'],
      ['ci/npm-auth.sh', 'npm config set //npm.corp.example/:_authToken «alnum:36»'], ['ops/rclone.sh', 'rclone config create s3 s3 provider AWS access_key_id AKIAEXAMPLE secret_access_key «alnum:40»'],
      ['ops/ssm.sh', 'aws ssm put-parameter --name /prod/db/password --value «pw» --type SecureString --overwrite'], ['ops/kv.sh', 'az keyvault secret set --vault-name kv-prod --name db-password --value "«lit:vault2020»"'],
      ['windows/autologon.cmd', 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d «pw» /f'],
      ['windows/autologon.ps1', "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '«pw»'"],
      ['ci/secrets.sh', 'gh secret set DEPLOY_KEY --body "«alnum:40»" --repo corp/app'], ['ops/git.sh', 'git config --global github.token «alnum:40»'],
      // After the probe (cli-args-probe.sh, measured held out first): an option between the command and the name is not the name (`--secret`).
      ['infra/pulumi.sh', 'pulumi config set --secret dbPassword «pw»'],
      // An INI file's option set by crudini (OpenStack's deployment scripts): the option may be a bare `password`.
      ['openstack/nova.sh', 'crudini --set /etc/nova/nova.conf database password «pw»'], ['openstack/keystone.sh', 'openstack-config --set /etc/keystone/keystone.conf DEFAULT admin_token «alnum:20»']],
    misses: [['scripts/seed.sh', 'consul kv put app/db/password "$DB_PASSWORD"\naws ssm put-parameter --name /prod/db/password --value "$(cat /run/secrets/db)" --type SecureString\nnpm config set //npm.corp.example/:_authToken "${NPM_TOKEN}"\necho "set password for the new user"\n# to enable it, set the SERVER_ID and SERVER_TOKEN variables.\n# set the ADMIN_PASSWORD variable before running\necho Now set the ADMIN_PASSWORD variable first\ngh secret set DEPLOY_KEY < deploy_key\nkubectl create secret generic db-password --from-file=password=./pw\nconsul kv put app/db/password @pw.txt\ngit config --global credential.helper store\nkubectl create token deployer'],
      ['docs/seed.md', 'consul kv put app/db/password «pw»']] },
  // A password a script hashes, feeds or encrypts with on the command line, whatever wraps it: a hash made inline (`openssl passwd -6 …`,
  // `mkpasswd -m sha-512 …`, as `useradd -p "$(…)"` or an htpasswd line takes it), a here-string fed to a program that reads a secret
  // (`kinit … <<< "…"`, `chpasswd <<< "user:…"`: the same secret an `echo … |` gives it), and an archive's or a file's password (`unzip -P`,
  // `rar a -p…`, `openssl enc -k`; `zip -P` and `7z -p` are ops-command-password's). Reading the secret from standard input, a file or a variable gives no value.
  { id: 'script-inline-password', name: { en: 'Password hashed, fed or used to encrypt on a command line in a script (openssl passwd, mkpasswd, here-strings, unzip -P, openssl enc -k)', 'zh-CN': '脚本命令行中被哈希、输入或用于加密的口令（openssl passwd、mkpasswd、here-string、unzip -P、openssl enc -k）' }, find: 'line',
    files: SCRIPT_LINE_FILES, keywords: ['<<<', 'openssl', 'mkpasswd', 'unzip', 'rar', 'encrypt_string'],
    pattern: new RegExp(
      `(?<![\\w.-])(?:kinit|vncpasswd|passwd\\s+--stdin|secret-tool\\s+store|cryptsetup|zfs\\s+load-key)\\b[^\\n|<]*<<<\\s*(?:"(?<v>[^"$\`\\n]+)"|'(?<v1>[^'\\n]+)'|(?<v2>[^\\s'"$\`|;<]+))` +
        `|(?<![\\w.-])chpasswd\\b[^\\n|<]*<<<\\s*(?<qc>["']?)[a-z_][\\w.-]*:(?<v3>[^\\s'"$|\`:\\\\]+)\\k<qc>` +
        `|(?<![\\w.-])openssl\\s+passwd\\b(?:\\s+-(?:1|5|6|apr1|aixmd5|crypt|noverify|quiet|table)|\\s+-salt\\s+\\S+)*\\s+(?<qo>["']?)(?<v4>${SCRIPT_WORD_VALUE})\\k<qo>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])mkpasswd\\b(?:\\s+(?:-m|--method|-S|--salt|-R|--rounds)[\\s=]\\S+|\\s+-s|\\s+--stdin)*\\s+(?<qm>["']?)(?<v5>${SCRIPT_WORD_VALUE})\\k<qm>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])unzip\\b[^\\n]*?\\s(?:-P|--password)\\s+(?<qz>["']?)(?<v6>${SCRIPT_WORD_VALUE})\\k<qz>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])(?:rar|unrar)\\s+[^\\n]*?\\s-p(?<v7>${SCRIPT_WORD_VALUE})(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])openssl\\s+(?:enc|aes-\\d+-\\w+|des3|bf(?:-\\w+)?)\\b[^\\n]*?\\s-k\\s+(?<qe>["']?)(?<v8>${SCRIPT_WORD_VALUE})\\k<qe>(?=[\\s;|&)]|$)` +
        `|(?<![\\w.-])ansible-vault\\s+encrypt_string\\s+(?:--?[\\w-]+(?:[\\s=](?!['"])\\S+)?\\s+)*(?<qa>["'])(?<v9>[^'"\\n$\`]+)\\k<qa>`,
      'g',
    ),
    judge: 'literal',
    hits: [['scripts/add-user.sh', 'useradd -m -p "$(openssl passwd -6 «pw»)" deploy'], ['scripts/htpasswd.sh', 'echo "admin:$(openssl passwd -apr1 «lit:admin2020»)" >> /etc/nginx/.htpasswd'],
      ['scripts/root.sh', 'usermod -p "$(mkpasswd -m sha-512 «pw»)" root'], ['scripts/root-pw.sh', 'chpasswd <<< "root:«pw»"'], ['scripts/krb.sh', 'kinit svc_etl@CORP.EXAMPLE <<< "«pw»"'],
      ['scripts/restore.sh', 'unzip -P «lit:backup2020» /backup/db.zip -d /srv/restore'], ['scripts/archive.sh', 'rar a -p«pw» /backup/site.rar /srv/www'],
      ['scripts/encrypt.sh', 'openssl enc -aes-256-cbc -salt -k «pw» -in db.sql -out db.sql.enc'],
      // The plain text `ansible-vault encrypt_string` is given to encrypt: the secret itself, on the command line.
      ['scripts/vault-vars.sh', "ansible-vault encrypt_string --vault-id prod@prompt '«pw»' --name 'db_password'"]],
    misses: [['scripts/zip.sh', 'zip -r -P "$ZIP_PASS" /backup/site.zip /srv/www\nopenssl passwd -6 -stdin < /run/secrets/root\nmkpasswd -m sha-512 -s < pw.txt\nkinit svc@CORP <<< "$KRB_PASS"\nchpasswd <<< "root:$ROOT_PW"\nrar a -p /backup/x.rar /srv\nopenssl enc -aes-256-cbc -kfile key.txt -in a -out b\ngzip -9 backup.tar\n- name: Save temporary grub-mkpasswd formatted password in secrets'],
      ['docs/users.md', 'useradd -m -p "$(openssl passwd -6 «pw»)" deploy']] },
  // A literal hashed by a template's filter (Ansible's `password: "{{ 'plain text' | password_hash('sha512') }}"`, a user's
  // password set by a playbook): the plain text is committed beside the hash made of it. A variable piped to the filter is no value.
  { id: 'template-hashed-password', name: { en: 'Password hashed by a template filter (Ansible password_hash)', 'zh-CN': '模板过滤器哈希的口令（Ansible password_hash）' }, find: 'line',
    files: /\.(?:ya?ml|j2|jinja2?)$/, keywords: ['password_hash'],
    pattern: /\{\{-?\s*(?<qt>["'])(?<v>[^"'\n]+)\k<qt>\s*\|\s*password_hash\b/g, judge: 'literal',
    hits: [['playbooks/users.yml', '- name: add deploy user\n  ansible.builtin.user:\n    name: deploy\n    password: "{{ \'«pw»\' | password_hash(\'sha512\') }}"'],
      ['roles/base/tasks/main.yml', "    password: \"{{ '«lit:deploy2020»' | password_hash('sha512', 'mysalt') }}\""]],
    misses: [['roles/base/tasks/main.yml', '    password: "{{ deploy_password | password_hash(\'sha512\') }}"\n    password: "{{ lookup(\'password\', \'/dev/null\') | password_hash(\'sha512\') }}"'],
      ['docs/users.md', '    password: "{{ \'«pw»\' | password_hash(\'sha512\') }}"']] },
  // A proxy's login written as `user:password@host[:port]` without a scheme, as the value of a setting named for a proxy (pip's
  // `proxy =`, `https_proxy=` in `/etc/environment`, `"httpProxy": …`): the same login a proxy URL's userinfo holds (read wherever a
  // URL is). A proxy without a login, or a login from variables, is not one.
  { id: 'proxy-setting-login', name: { en: 'Proxy login written as user:password@host in a proxy setting', 'zh-CN': '代理设置中以 user:password@host 写出的代理登录' }, find: 'line',
    keywords: ['proxy'], lineHolds: '@',
    pattern: /(?:^|[\s"'{,;])(?:export\s+)?[\w.-]*proxy["']?\s*[:=]\s*(?<qa>["']?)(?![a-z][a-z0-9+.-]*:\/\/)[^\s:@/"'$%{]+:(?<v>[^\s@/"'$%{][^\s@/"']*)@[A-Za-z0-9][\w.-]*(?::\d+)?\/?\k<qa>(?=[\s,;}]|$)/gi, judge: 'literal',
    hits: [['etc/pip/pip.conf', '[global]\nproxy = builder:«pw»@proxy.corp.example:3128'], ['etc/environment', 'https_proxy=builder:«lit:proxy2020»@proxy.corp.example:3128'],
      ['config/daemon.json', '{ "httpProxy": "ops:«pw»@proxy.corp.example:3128" }']],
    misses: [['etc/pip/pip.conf', 'proxy = proxy.corp.example:3128\nproxy = $PROXY_USER:$PROXY_PASS@proxy.corp.example:3128\nhttps_proxy=http://proxy.corp.example:3128\nproxy = host:3128']] },
  // A login given as Samba's `-U [DOMAIN\]user%password` (or `--user=`, `--username=`) to any command of a script or of a configuration's
  // command line (batch 20): rpcclient, smbcacls, smbget, samba-tool, winexe and every other Samba client read it so. A variable, a
  // Windows `%VAR%` or a user without `%` is not one.
  { id: 'cli-user-percent-password', name: { en: 'Login given as -U user%password to a command in a script (Samba\'s clients)', 'zh-CN': '脚本中以 -U 用户%口令 传给命令的登录（Samba 客户端）' }, find: 'line',
    files: SCRIPT_LINE_FILES, keywords: [' -u', '--user'], lineHolds: '%',
    pattern: /(?:^|\s)(?:-U\s*|--user(?:name)?(?:\s+|=))(?<qa>["']?)(?:[^\s%'"$`\\/]+(?:\\\\?|\/))?[^\s%'"$`\\/-][^\s%'"$`\\/]*%(?<v>[^\s'"$%`<-][^\s'"%`]*)\k<qa>(?=[\s;|&)]|$)/g, judge: 'literal',
    hits: [['samba/users.sh', 'rpcclient -U admin%«pw» dc01.corp.example -c enumdomusers'], ['scripts/inventory.sh', "winexe -U 'CORP/admin%«pw»' //ws01 'ipconfig /all'"],
      ['samba/acl.sh', 'smbcacls //fs01/projects docs -U CORP\\\\backup%«lit:backup2020» --get'], ['samba/dns.sh', 'samba-tool dns add dc01 corp.example www A 10.0.0.5 --username=administrator%«pw»']],
    misses: [['samba/users.sh', 'rpcclient -U "admin%${SMB_PASS}" dc01 -c enumdomusers\nrpcclient -U admin%$SMB_PASS dc01\nsmbcacls //fs01/p docs -U %USERDOMAIN%\\%USERNAME%%SMB_PASS% --get\nrpcclient -U admin dc01\nps -U root -o %cpu'], ['docs/samba.md', 'rpcclient -U admin%«pw» dc01']] },
  // A login given as `user:password` to an option naming authentication, in a script or a configuration's command line (batch 20):
  // the Nagios plugins' `check_http -a user:password` (also after a check command's `!`), HTTPie's `-a`/`--auth`, `--basic-auth`. A
  // port (`-a 10.0.0.5:8080`), a path (`cp -a web:/srv .`) or a variable is not one.
  { id: 'cli-auth-pair', name: { en: 'Login given as user:password to an authentication option in a script', 'zh-CN': '脚本中以 用户:口令 传给认证选项的登录' }, find: 'line',
    files: SCRIPT_LINE_FILES, keywords: [' -a ', '!-a ', '--auth', '--basic-auth'], lineHolds: ':',
    pattern: /(?:^|[\s!])(?:-a\s+|--(?:auth|authorization|basic-auth|http-auth)(?:\s+|=))(?<qa>["']?)[^\s:'"$%`<@/\\-][^\s:'"$%`@/\\]*:(?!\d+(?:[\s'";|&)!]|$))(?<v>[^\s'"$%`<@/\\-][^\s'"`!@]*)\k<qa>(?=[\s;|&)!]|$)/g, judge: 'literal',
    hits: [['nagios/objects/intranet.cfg', 'define service {\n    check_command           check_http!-H intranet.corp.example -a monitor:«pw» -u /status\n}'],
      ['nagios/objects/commands.cfg', '    command_line    $USER1$/check_http -H $HOSTADDRESS$ --authorization=monitor:«lit:monitor2020»'], ['scripts/api.sh', 'http -a ops:«pw» GET https://api.corp.example/health']],
    misses: [['nagios/objects/intranet.cfg', '    check_command           check_http!-H intranet -a $ARG1$:$ARG2$\n    command_line    $USER1$/check_http -H $HOSTADDRESS$ -a $USER5$'], ['scripts/copy.sh', 'cp -a web:/srv/data .\nnc -a 10.0.0.5:8080\nhttp -a "$API_USER:$API_PASS" GET https://x\nhttp -a ops GET https://x'],
      ['docs/http.md', 'http -a ops:«pw» GET https://api.corp.example/health']] },
  // MongoDB's shell (mongosh, mongo, and the init scripts of `docker-entrypoint-initdb.d`): a user's password set by `createUser` or
  // `updateUser` (`pwd: "…"`) or by `changeUserPassword(user, "…")` (batch 20; `db.auth(user, "…")` is read as any positional login). `passwordPrompt()`,
  // a variable or `process.env.X` is not one.
  { id: 'mongo-shell-password', name: { en: 'Password set in MongoDB\'s shell (createUser, updateUser, changeUserPassword)', 'zh-CN': 'MongoDB shell 中设置的口令（createUser、updateUser、changeUserPassword）' }, find: 'line',
    keywords: ['createuser', 'updateuser', 'changeuserpassword'],
    pattern: /\b(?:createUser|updateUser)\s*\([^)\n]{0,300}?\bpwd\s*:\s*(?<qa>["'])(?<v>[^"'\n$`]+)\k<qa>|\bchangeUserPassword\s*\(\s*(?<qb>["'])[^"'\n]+\k<qb>\s*,\s*(?<qc>["'])(?<v1>[^"'\n$`]+)\k<qc>/g, judge: 'literal',
    hits: [['mongo/init-mongo.js', 'db.getSiblingDB("app").createUser({ user: "app", pwd: "«lit:mongo2020»", roles: [{ role: "readWrite", db: "app" }] });'],
      ['mongo/rotate.js', 'db.getSiblingDB("app").changeUserPassword("app", "«pw»");'], ['mongo/rotate.js', 'db.updateUser("app", { pwd: "«pw»" });']],
    misses: [['mongo/init-mongo.js', 'db.createUser({ user: "app", pwd: passwordPrompt(), roles: [] });\ndb.createUser({ user: "app", pwd: process.env.APP_PASSWORD, roles: [] });\ndb.changeUserPassword("app", pw);']] },
];

// Each rule's id must be unique: it is the kind a finding reports.
const RULES_BY_ID = new Map(CREDENTIAL_RULES.map((r) => [r.id, r]));

export type CredentialLanguage = 'en' | 'zh-CN';

/** The human name of a finding's kind, in `language`; the id itself for a kind no rule defines (a repository's own gitleaks rule). */
export function credentialKindName(id: string, language: CredentialLanguage = 'en'): string {
  return RULES_BY_ID.get(id)?.name[language] ?? id;
}

export function ruleById(id: string): CredentialRule | undefined {
  return RULES_BY_ID.get(id);
}

/**
 * Paths of the config formats whose generic assignments are judged as literals (not source code), and Gradle's Kotlin build
 * scripts (`build.gradle.kts`: `storePassword = "…"` sets a build's setting, as the Groovy `build.gradle` does; only a quoted string is one).
 */
export const CONFIG_FILE_EXTENSION = new RegExp(`\\.${CONFIG_EXTENSION}$|\\.gradle\\.kts$`);
