// Which files are searched, and what a line naming the person is about. One declarative table, read top
// to bottom (the first rule that fits gives the kind): adding a format is a row here and a sample in
// test/unit/mentions.test.ts, not a new code path.
import type { MentionKind, MentionSuggestion } from '../detectionTypes';
import type { Syntax } from './keyPaths';
import { contextOfPath } from '../credentials/pathContext';

/** What a rule looks at: the path, the keys enclosing the line (keyPaths.ts), and the line itself. */
export interface LineContext {
  /** '/'-separated path from the repository root. */
  path: string;
  /** Last path segment. */
  name: string;
  keys: readonly string[];
  line: string;
}

export interface MentionRule {
  id: string;
  kind: MentionKind;
  /** The token can be rewritten to the successor without changing the file's meaning otherwise. */
  reassignable?: boolean;
  path?: RegExp;
  /** Matched against each enclosing key (and the line's own key). */
  key?: RegExp;
  line?: RegExp;
  /** Access rules: the system it grants access to (a word a `systems` item would name). */
  system?: string;
}

/**
 * `Dockerfile`, `Dockerfile.prod`, `Dockerfile_msvc.agent2`, `Dockerfile-alpine`, `api.Dockerfile`, `Containerfile`: what an
 * image is built from (not prose about one, `Dockerfile.md`, nor BuildKit's `Dockerfile.dockerignore`).
 */
export const DOCKERFILE = /(?:^|\/)(?:(?:Dockerfile|Containerfile)(?:[._-](?!(?:[\w.-]*\.)?(?:md|markdown|txt|rst|adoc|dockerignore)$)[\w.-]+)?|[\w.-]+\.(?:dockerfile|containerfile))$/i;

/** Debian control-format files: `debian/control`, `debian/copyright`, REUSE's `.reuse/dep5`. */
const DEB822_FILE = /(^|\/)(debian\/(control|copyright)|\.reuse\/dep5)$/;

const CI_PATHS = /(^|\/)(\.gitlab-ci\.ya?ml|\.github\/workflows\/[^/]+\.ya?ml|\.circleci\/config\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|\.drone\.ya?ml|bitbucket-pipelines\.ya?ml|\.woodpecker(\.ya?ml|\/[^/]+\.ya?ml)|Jenkinsfile|\.buildkite\/[^/]+\.ya?ml)$/;

export const MENTION_RULES: readonly MentionRule[] = [
  // Ownership files whose every entry is an owner: the token is an owner and can be replaced as is.
  { id: 'codeowners', kind: 'ownership', reassignable: true, path: /(^|\/)CODEOWNERS$/ },
  { id: 'owners', kind: 'ownership', reassignable: true, path: /(^|\/)OWNERS(_ALIASES)?$/ },
  { id: 'maintainers', kind: 'ownership', path: /(^|\/)MAINTAINERS(\.(md|txt|rst))?$/i },
  // Kubernetes' SECURITY_CONTACTS: the handles the security response committee reaches for incoming reports.
  { id: 'security-contacts', kind: 'alerting', reassignable: true, path: /(^|\/)SECURITY_CONTACTS$/ },
  { id: 'helm-chart-maintainers', kind: 'ownership', reassignable: true, path: /(^|\/)Chart\.ya?ml$/, key: /^maintainers$/ },
  { id: 'package-json-people', kind: 'ownership', path: /(^|\/)package\.json$/, key: /^(author|maintainers|contributors)$/ },
  // An image's maintainer: `MAINTAINER`, `LABEL maintainer=…`, the OCI `org.opencontainers.image.authors` label.
  { id: 'dockerfile-maintainer', kind: 'ownership', path: DOCKERFILE, line: /^\s*(?:MAINTAINER\s|LABEL\s.*\b(?:maintainer|org\.opencontainers\.image\.authors)\s*=)/i },
  // The same labels on a continuation line of a LABEL instruction (`LABEL a=b \` then `  maintainer="…"`; Windows images continue with a backtick).
  { id: 'dockerfile-maintainer', kind: 'ownership', path: DOCKERFILE, key: /^instruction:label$/, line: /(?:^|\s)["']?(?:maintainer|org\.opencontainers\.image\.authors)["']?\s*=/i },
  // Debian packaging: who maintains and uploads the package, and the upstream contact (also in REUSE's `.reuse/dep5`).
  { id: 'debian-maintainer', kind: 'ownership', path: /(^|\/)debian\/control$/, key: /^(maintainer|uploaders|xsbc-original-maintainer)$/ },
  { id: 'upstream-contact', kind: 'ownership', path: DEB822_FILE, key: /^upstream-contact$/ },
  // Arch Linux: a PKGBUILD's `# Maintainer:` header (its `# Contributor:` lines are credits, left out like copyright notices).
  { id: 'pkgbuild-maintainer', kind: 'ownership', path: /(^|\/)PKGBUILD$/, line: /^\s*#\s*Maintainer\s*:/i },
  // Other package manifests' people: Composer, Python, Rust, Dart; Artifact Hub's copy of a chart's maintainers.
  // Ansible Galaxy: a collection's `galaxy.yml` authors, a role's `meta/main.yml` `galaxy_info: author:`.
  // The Swift Package Index's `.spi.yml` (`metadata: authors:`). A Julia package's `Project.toml` (`authors = […]`);
  // a Perl distribution's `dist.ini` and its `META.json` / `META.yml` (`author`).
  { id: 'package-manifest-people', kind: 'ownership', path: /(^|\/)(composer\.json|pyproject\.toml|Cargo\.toml|Project\.toml|setup\.cfg|pubspec\.ya?ml|Chart\.ya?ml|galaxy\.ya?ml|meta\/main\.ya?ml|\.spi\.ya?ml|dist\.ini|META\.json|META\.ya?ml)$/, key: /^(authors?|maintainers?|artifacthub\.io\/maintainers)$/ },
  // An OCaml package's opam file (`maintainer: [ "…" ]`, `authors:`) and dune's `dune-project`, which generates them (`(maintainers "…")`, `(authors …)`).
  { id: 'package-manifest-people', kind: 'ownership', path: /(^|\/)([^/]+\.opam|opam|dune-project)$/, key: /^(authors?|maintainers?)$/ },
  // A Perl distribution's `Makefile.PL` (`AUTHOR => '…'`) and `Build.PL` (`dist_author => …`).
  { id: 'package-manifest-people', kind: 'ownership', path: /(^|\/)(Makefile|Build)\.PL$/, line: /^\s*['"]?(?:AUTHOR|dist_author)['"]?\s*=>/ },
  // The developers a Maven `pom.xml`, an sbt build or a Gradle publication names (`<developers>`, `developers := List(Developer(…))`,
  // `developers { developer { id = '…' } }`), each field on a line of its own (keyPaths.ts developersBlock gives the key).
  { id: 'package-manifest-people', kind: 'ownership', path: /(^|\/)(pom\.xml|[^/]*\.sbt|[^/]*\.gradle(\.kts)?)$/, key: /^developers$/ },
  // Haskell's `<package>.cabal` and an R package's `DESCRIPTION` (fields as Debian's: `maintainer:`, `Authors@R:` continued on indented lines).
  { id: 'package-manifest-people', kind: 'ownership', path: /\.cabal$|(^|\/)DESCRIPTION$/, key: /^(authors?|maintainers?|authors@r)$/ },
  // A Ruby gem's specification (`spec.authors = […]`, `s.email = […]`).
  { id: 'package-manifest-people', kind: 'ownership', path: /\.gemspec$/, line: /^\s*\w+\.(?:authors?|email|maintainers?)\s*=/ },
  // Review routing.
  { id: 'dependabot-reviewers', kind: 'review', reassignable: true, path: /(^|\/)\.github\/dependabot\.ya?ml$/, key: /^(reviewers|assignees)$/ },
  { id: 'renovate-reviewers', kind: 'review', reassignable: true, path: /(^|\/)(renovate\.json5?|\.renovaterc(\.json5?)?)$/, key: /^(reviewers|assignees|additionalreviewers)$/ },
  { id: 'ci', kind: 'review', path: CI_PATHS },
  // On-call resources before IAM: a `pagerduty_user` is a pager, not a login.
  { id: 'terraform-oncall', kind: 'alerting', key: /^resource:(pagerduty|opsgenie|victorops|splunk_oncall|grafana_contact_point|grafana_oncall)/ },
  // Access, with the system whose access it is (for the cross-check with `systems` items).
  // The file, or a folder of key files (`authorized_keys/zhangsan.pub`); not a role or module so named (`roles/authorized_keys/tasks/main.yml`).
  { id: 'authorized-keys', kind: 'access', system: 'ssh', path: /(^|\/)authorized_keys2?$|(^|\/)authorized_keys\/[^/]+$/ },
  { id: 'sudoers', kind: 'access', system: 'ssh', path: /(^|\/)(sudoers|sudoers\.d\/[^/]+)$/ },
  { id: 'k8s-rbac-subject', kind: 'access', system: 'kubernetes', key: /^subjects$/ },
  { id: 'terraform-iam', kind: 'access', key: /^resource:(aws_iam_(user|group_membership|user_group_membership|user_login_profile|access_key|user_ssh_key)|.*_iam_(member|binding|policy_member)|azurerm_role_assignment|azuread_(user|group_member)|github_(membership|team_membership|repository_collaborator)|gitlab_(project|group)_membership|.*_user)$/ },
  { id: 'ansible-users', kind: 'access', system: 'ssh', key: /^((ansible\.builtin\.)?user|(ansible\.posix\.)?authorized_key|users|admins|admin_users|sudo_users|ssh_users|allowed_users|members|sudoers)$/ },
  // Alerting and on-call.
  { id: 'cron-mailto', kind: 'alerting', line: /^\s*(#\s*)?MAILTO\s*=/ },
  { id: 'alertmanager-receiver', kind: 'alerting', key: /^(receivers|[a-z]+_configs)$/ },
  { id: 'grafana-contact-point', kind: 'alerting', key: /^(contactpoints|contact_points|notifiers)$/ },
  // Keys that say what a value is, wherever they appear.
  { id: 'owner-key', kind: 'ownership', key: /^(owners?|maintainers?|codeowners|team_?lead|responsible)$/ },
  { id: 'reviewer-key', kind: 'review', key: /^(reviewers|assignees|approvers|required_reviewers)$/ },
  { id: 'alerting-key', kind: 'alerting', key: /^(on_?call|alerts?|alert_?(email|to|recipients)|notify|notifications?|escalations?|pager|recipients|email_to|mail_?to)$/ },
  { id: 'config', kind: 'other' },
];

const SUGGESTIONS: Record<MentionKind, MentionSuggestion> = {
  ownership: 'reassign',
  review: 'reassign',
  alerting: 'reassign',
  access: 'revoke',
  dependency: 'move',
  todo: 'reassign',
  other: 'review',
};

/** Something the project takes from their own account: a repository, an action, an image, a package. */
export const DEPENDENCY_RULE: MentionRule = { id: 'account-dependency', kind: 'dependency' };

/** Where an account's namespace starts: a code host, registry or raw-content host, followed by `/` (or `:` for SSH remotes). */
const NAMESPACE_HOST = /(?:^|[^\w.-])(?:(?:www\.)?github\.com|api\.github\.com\/repos|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|gist\.github\.com|gist\.githubusercontent\.com|raw\.githubusercontent\.com|ghcr\.io|quay\.io|docker\.io|index\.docker\.io|registry\.hub\.docker\.com|hub\.docker\.com\/r|registry\.gitlab\.com|[a-z]{2,3}\.gcr\.io|gcr\.io|galaxy\.ansible\.com|pkg\.go\.dev|packagist\.org\/packages|npmjs\.com\/package\/@)[/:]$/i;
/**
 * A code host's shorthand for a repository: `github:zhangsan/tool` (npm, Nix flakes), `github://zhangsan/repo`
 * (Kustomize and GitOps tools), Renovate's preset `github>zhangsan/renovate-config`.
 */
const NAMESPACE_SHORTHAND = /(?:^|[^\w.-])(?:github|gitlab|bitbucket|gitea|codeberg|sourcehut|gist)(?::\/\/|:|>)$/i;
/**
 * A key whose value names an image, an action or a repository (`uses: zhangsan/…`, `image: zhangsan/…`),
 * the account first or after a registry of the team's own (`image: registry.corp.example:5000/zhangsan/…`).
 */
const NAMESPACE_KEY = /(?:(?:^|[\s{,])["']?(?:uses|image|repository|repo|from|github|gitlab|bitbucket)["']?\s*[:=]\s*["']?|^\s*FROM\s+(?:--platform=\S+\s+)?)(?:[\w-]+(?:\.[\w-]+)+(?::\d+)?\/)?$/i;

/**
 * Whether the account token at [start, end) opens a path in its own namespace that the project
 * takes something from: `github.com/zhangsan/tool`, `uses: zhangsan/action@v1`, `image:
 * zhangsan/app`, `"@zhangsan/lib"`. A home folder (`/home/zhangsan/`) or a CODEOWNERS entry is not one.
 */
export function isAccountDependency(line: string, start: number, end: number, path = ''): boolean {
  const after = line.slice(end);
  if (!/^\/[\w.-]/.test(after)) return false;
  const before = line.slice(Math.max(0, start - 120), start);
  // A call to the code host's API on their repository (`api.github.com/repos/zhangsan/tool/pulls/…`) is not a link to read.
  if (/(?:^|[^\w.-])api\.github\.com\/repos\/$/i.test(before)) return true;
  if (DISCUSSION_LINK.test(after)) return false;
  if (NAMESPACE_HOST.test(before) || NAMESPACE_SHORTHAND.test(before) || NAMESPACE_KEY.test(before) || /(?:^|[\s"'([,])@$/.test(before)) return true;
  // Clojure names a dependency `group/artifact` (`[zhangsan/tool "1.0"]` in project.clj, `zhangsan/tool {:mvn/version …}`
  // in deps.edn): a group named for their account, or Clojars' personal group `org.clojars.zhangsan`, is one they publish under.
  if (CLOJURE_MANIFEST.test(path) && /(?:^|[\s[{(,'])(?:org\.clojars\.)?$/.test(before) && /^\/[\w.-]+(?=[\s\]}),"]|$)/.test(after)) return true;
  // Composer names packages `vendor/name`: a quoted one in composer.json is a package of theirs.
  return /(^|\/)composer\.json$/.test(path) && /"$/.test(before);
}

/**
 * Whether the account token at [start, end) opens a link to an issue, a pull request, a commit or a wiki page of their
 * repository on a code host (`https://github.com/zhangsan/tool/issues/12`): a reference to read, whatever the line.
 */
export function isDiscussionLink(line: string, start: number, end: number): boolean {
  return NAMESPACE_HOST.test(line.slice(Math.max(0, start - 120), start)) && DISCUSSION_LINK.test(line.slice(end));
}

/** A link to an issue, a pull request (GitLab: a merge request, under `/-/`), a commit or a wiki page of their repository: a reference, not something taken from it. */
const DISCUSSION_LINK = /^\/[\w.-]+\/(?:-\/)?(?:issues|pull|pulls|merge_requests|discussions|commit|commits|compare|wiki|security\/advisories)(?:\/|$|[?#\s])/;

/** The person as whom to report a vulnerability or a conduct problem to (findMentions.ts contactsInFile): reports would reach no one. */
export const CONTACT_RULE: MentionRule = { id: 'report-contact', kind: 'alerting', reassignable: true };

/** A work marker that assigns the work to whoever it names; in any text file, source code included. */
export const TODO_RULE: MentionRule = { id: 'todo-marker', kind: 'todo' };

/** The marker words. */
const TODO_WORDS = 'TODO|FIXME|XXX|HACK';
/**
 * Before the token: the marker and its opening, `TODO(`, `FIXME(other, `, `TODO @`, `TODO: @`, `XXX(@`
 * (a list of names, separated by `,` or `/`). After it, in the parenthesised form: the list goes on or closes.
 */
const TODO_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9_])(?:${TODO_WORDS})[ \t]*(?:\([ \t]*(?:[^()\s,/]+[ \t]*[,/][ \t]*)*@?|:?[ \t]*@)$`, 'i');
const TODO_LIST_GOES_ON = /^[ \t]*(?:[),/]|$)/;

/**
 * Whether the token at [start, end) of the line is the name a work marker assigns the work to:
 * `TODO(zhangsan)`, `FIXME(zhangsan@corp.example): …`, `TODO(lisi, zhangsan)`, `TODO @zhangsan`,
 * `HACK: @zhangsan`. A marker that only talks about them (`TODO: ask zhangsan`) is not one.
 */
export function isTodoAttribution(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 200), start);
  const match = TODO_BEFORE.exec(before);
  if (!match) return false;
  if (/\([^()]*$/.test(match[0])) return TODO_LIST_GOES_ON.test(line.slice(end));
  return true;
}

export function suggestionFor(kind: MentionKind): MentionSuggestion {
  return SUGGESTIONS[kind];
}

/** Cloud and code-host providers by Terraform resource prefix. */
const TERRAFORM_PROVIDERS: readonly [RegExp, string][] = [
  [/^resource:aws_/, 'aws'],
  [/^resource:google_/, 'gcp'],
  [/^resource:azure(rm|ad)_/, 'azure'],
  [/^resource:github_/, 'github'],
  [/^resource:gitlab_/, 'gitlab'],
  [/^resource:alicloud_/, 'alicloud'],
  [/^resource:tencentcloud_/, 'tencentcloud'],
];

/** The system an access mention is about, when the rule or the Terraform resource tells. */
export function systemOf(rule: MentionRule, keys: readonly string[]): string | undefined {
  if (rule.kind !== 'access') return undefined;
  if (rule.system) return rule.system;
  for (const [pattern, system] of TERRAFORM_PROVIDERS) if (keys.some((key) => pattern.test(key))) return system;
  return undefined;
}

export function classifyLine(context: LineContext): MentionRule {
  for (const rule of MENTION_RULES) {
    if (rule.path && !rule.path.test(context.path)) continue;
    if (rule.key && !context.keys.some((key) => rule.key!.test(key))) continue;
    if (rule.line && !rule.line.test(context.line)) continue;
    return rule;
  }
  return MENTION_RULES[MENTION_RULES.length - 1]!;
}

// ---------------------------------------------------------------------------------------------------
// Which files

/** Configuration by extension; `syntax` says how enclosing keys are read. */
const EXTENSIONS: Record<string, Syntax> = {
  cabal: 'deb822',
  gemspec: 'plain',
  yml: 'yaml',
  yaml: 'yaml',
  json: 'json',
  json5: 'json',
  jsonc: 'json',
  tf: 'hcl',
  tfvars: 'hcl',
  hcl: 'hcl',
  nomad: 'hcl',
  toml: 'ini',
  ini: 'ini',
  cfg: 'ini',
  conf: 'ini',
  cnf: 'ini',
  properties: 'plain',
  env: 'plain',
  sh: 'plain',
  bash: 'plain',
  zsh: 'plain',
  j2: 'plain',
  tpl: 'plain',
  opam: 'yaml',
  service: 'ini',
  timer: 'ini',
};

/** Files known by name (any folder), whatever their extension. */
const NAMED_FILES: Record<string, Syntax> = {
  CODEOWNERS: 'plain',
  OWNERS: 'yaml',
  OWNERS_ALIASES: 'yaml',
  MAINTAINERS: 'plain',
  'MAINTAINERS.md': 'plain',
  'MAINTAINERS.txt': 'plain',
  'MAINTAINERS.rst': 'plain',
  SECURITY_CONTACTS: 'plain',
  authorized_keys: 'plain',
  authorized_keys2: 'plain',
  sudoers: 'plain',
  crontab: 'plain',
  Jenkinsfile: 'plain',
  PKGBUILD: 'plain',
  DESCRIPTION: 'deb822',
  'go.mod': 'plain',
  Gemfile: 'plain',
  'mix.exs': 'plain',
  'Package.swift': 'plain',
  Podfile: 'plain',
  'flake.nix': 'plain',
  'pom.xml': 'plain',
  'build.gradle': 'plain',
  'build.gradle.kts': 'plain',
  'settings.gradle': 'plain',
  'settings.gradle.kts': 'plain',
  'build.sbt': 'plain',
  'Makefile.PL': 'plain',
  'dune-project': 'sexp',
  opam: 'yaml',
  'Build.PL': 'plain',
  'deps.edn': 'plain',
  'bb.edn': 'plain',
  'project.clj': 'plain',
  'shadow-cljs.edn': 'plain',
  '.gitmodules': 'ini',
  '.renovaterc': 'json',
  '.env': 'plain',
};

/**
 * Package and build manifests written in a language's own syntax (Go modules, Bundler, Mix, SwiftPM,
 * CocoaPods, Nix flakes, Maven, Gradle, sbt; a gem's specification, a Cabal package, an R package's
 * `DESCRIPTION`; Clojure's `deps.edn`, `bb.edn`, `project.clj` and `shadow-cljs.edn`; Perl's `Makefile.PL` and
 * `Build.PL`; OCaml's opam files and `dune-project`; git's `.gitmodules`, whose submodules are repositories the project takes): searched for what the project takes from the person's accounts (`github: "zhangsan/lib"`,
 * `require github.com/zhangsan/tool`) and the people a package names, not for every line naming them
 * (`source_url`, a comment).
 */
export const LANGUAGE_MANIFEST = /(^|\/)(go\.mod|Gemfile|mix\.exs|Package\.swift|Podfile|flake\.nix|pom\.xml|(build|settings)\.gradle(\.kts)?|build\.sbt|DESCRIPTION|[^/]+\.(gemspec|cabal)|deps\.edn|bb\.edn|project\.clj|shadow-cljs\.edn|Makefile\.PL|Build\.PL|\.gitmodules|dune-project|[^/]+\.opam|opam)$/;

/** Clojure's manifests, whose dependencies are `group/artifact` coordinates. */
const CLOJURE_MANIFEST = /(^|\/)(deps\.edn|bb\.edn|project\.clj|shadow-cljs\.edn)$/;

/** Folders whose files are configuration whatever their names (`/etc/sudoers.d/ops`, `cron.d/backup`). */
const CONFIG_FOLDERS = ['sudoers.d', 'cron.d', 'crontabs', 'authorized_keys'];

/** Paths never searched: the mail map, the handover's own files, lockfiles and third-party trees. */
const NEVER_SEARCHED: readonly RegExp[] = [
  /(^|\/)\.mailmap$/,
  /(^|\/)HANDOVER(\.[^/]*)?\.(ya?ml|md)$/,
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|composer\.lock|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|poetry\.lock|Pipfile\.lock|go\.sum)$/,
  /(^|\/)(node_modules|vendor|bower_components|\.git)\//,
];
/** Documentation folders: searched for work markers only (ownership files written there aside). */
const DOCS_FOLDER = /(^|\/)(docs?|documentation)\//;

/** A CI pipeline's definition where the CI service reads it: at the repository's root (`Jenkinsfile`, `.github/workflows/x.yml`), not in an example's folder. */
function isRootPipeline(path: string): boolean {
  return CI_PATHS.exec(path)?.index === 0;
}

/** Whether a file is searched for work markers (`TODO(them)`): any text file but the handover's own, the mail map, lockfiles and third-party trees. */
export function todoSearched(path: string): boolean {
  return !NEVER_SEARCHED.some((pattern) => pattern.test(path));
}

/** How a file is read, or undefined when it is not searched. CODEOWNERS-like files count even in docs/. */
export function syntaxOf(path: string): Syntax | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const named = NAMED_FILES[name];
  const ownershipFile = named !== undefined && /^(CODEOWNERS|OWNERS|OWNERS_ALIASES|MAINTAINERS|SECURITY_CONTACTS)/.test(name);
  if (!ownershipFile && (!todoSearched(path) || DOCS_FOLDER.test(path))) return undefined;
  if (/(^|\/)\.mailmap$/.test(path)) return undefined;
  // Configuration in tests, fixtures, examples and samples is not what runs: searched for work markers only. A CI
  // pipeline at the repository's root runs whatever its name says (`.github/workflows/run-tests.yml`,
  // `cpr-example-command.yml`: a workflow named for the tests it runs or the example it shows).
  if (!ownershipFile && contextOfPath(path) !== 'code' && !isRootPipeline(path)) return undefined;
  if (named) return named;
  if (DEB822_FILE.test(path)) return 'deb822';
  const folder = path.slice(0, path.lastIndexOf('/'));
  if (CONFIG_FOLDERS.some((f) => folder === f || folder.endsWith(`/${f}`))) return 'plain';
  if (/^\.env\./.test(name)) return 'plain';
  // What an image is built from (`FROM zhangsan/base`) and who is named in its labels.
  if (DOCKERFILE.test(name)) return 'plain';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

/** Whether the line is commented out in its syntax (a mention there is listed, marked as a comment). */
export function isCommentAt(syntax: Syntax, line: string, column: number): boolean {
  const before = line.slice(0, column - 1);
  const trimmed = line.trimStart();
  if (trimmed.startsWith('#') || trimmed.startsWith('//') || trimmed.startsWith('<!--')) return true;
  // INI's `;`, and Lisp's in Clojure manifests (`;; pinned for zhangsan/tool`); no setting of a plain file opens with one.
  if ((syntax === 'ini' || syntax === 'plain' || syntax === 'sexp') && trimmed.startsWith(';')) return true;
  if (syntax === 'json') return /(^|[^:])\/\//.test(before);
  // A trailing `# …` after a value (YAML, shell, HCL, CODEOWNERS): a `#` at the start or after a blank.
  return /(^|\s)#/.test(before) && !/["'][^"']*#[^"']*$/.test(before);
}
