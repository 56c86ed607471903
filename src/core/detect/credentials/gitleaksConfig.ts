// A scanned repository's own gitleaks decisions, so that teams that use gitleaks get the same answers:
// `.gitleaks.toml` `[[rules]]` add rules (id, description, regex, secretGroup, entropy, keywords, path,
// their allowlists; a rule with a `path` and no `regex` reports the file's presence); `[allowlist]` /
// `[[allowlists]]` (paths, regexes, stopwords, commits) suppress; `[extend]` says whether the built-in
// rules stay (`useDefault`: gitleaks' default rules, for which this scan's own rule set stands in), which
// of them are off (`disabledRules`, by gitleaks' rule ids), and which base file of the repository the
// configuration extends (`path`, read at the same commit, merged as gitleaks merges it); a `[[rules]]`
// entry whose id is one of the built-in rules' (this scan's id, or a gitleaks id mapped to it) replaces
// that rule; `.gitleaksignore` fingerprints (`commit:path:rule:line`, or `path:rule:line`) suppress one finding.
//
// A configuration that cannot be read (not TOML, an `[extend] path` that names no file at the commit,
// leaves the repository, loops or goes too deep) stops the scan with a GitleaksConfigError naming the
// file, line and column: a scan with half the team's rules would give other answers than gitleaks.
//
// As gitleaks does, a configuration with rules of its own and no `[extend]` replaces the built-in rules
// ("define your own configuration, default rules do not apply"; README of gitleaks). One with no rules
// at all (an allowlist only) would leave gitleaks with nothing to look for; here the built-in rules
// stay, with a note, since a handover scan that finds nothing would hide every credential.
// Both files are read from the commit the scan describes (HEAD or the report's revision) through git,
// never from the work tree, so that every clone gives the same answer.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { FileError } from '../../fileErrors';
import { GitError, type GitRunner } from '../../git/gitRunner';
import { translator, type MessageKey, type MessageParams, type Translate } from '../../i18n/translator';
import { detectionNote, type DetectionNote } from '../detectionNotes';
import type { CredentialFinding } from '../detectionTypes';
import { RuleSet, type CustomRule, type PathRule } from './ruleEngine';
import { parseToml, parseTomlDocument, TomlError, type TomlDocument, type TomlTable, type TomlValue } from './tomlSubset';
import { ruleById } from './ruleTable';
import { shannonEntropy } from './valueJudgement';

export interface RepositoryRules {
  rules: RuleSet;
  /** Findings the repository's allowlist commits or .gitleaksignore suppress. */
  suppressed(finding: CredentialFinding): boolean;
  /** Identifies both files' content (empty without them): a cached scan with other rules is not reused. */
  fingerprint: string;
  /** What could not be honoured, in plain words (a rule with a bad pattern, an unsupported option). */
  notes: DetectionNote[];
}

/** The configuration file gitleaks reads at the repository's root. */
export const GITLEAKS_CONFIG_FILE = '.gitleaks.toml';
/** How many base files may extend one another below `.gitleaks.toml` (`[extend] path`). */
export const MAX_EXTEND_DEPTH = 4;

/**
 * A gitleaks configuration that cannot be used: which file, line and column, and why, in the reader's
 * language (`describe`); `message` is the English text.
 */
export class GitleaksConfigError extends FileError {
  constructor(
    key: MessageKey,
    params: MessageParams,
    /** The parser's problem, translated in `describe` (its English text is `params.problem`). */
    private readonly problem?: { key: MessageKey; params: MessageParams },
  ) {
    super(key, params);
    this.name = 'GitleaksConfigError';
  }

  override describe(t: Translate): string {
    return t(this.key, this.problem ? { ...this.params, problem: t(this.problem.key, this.problem.params) } : this.params);
  }

  /** The same error with `mask` applied to every text it quotes (paths, keys, characters of the file). */
  masked(mask: (text: string) => string): GitleaksConfigError {
    const each = (params: MessageParams): MessageParams => Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? mask(value) : value]));
    return new GitleaksConfigError(this.key, each(this.params), this.problem && { key: this.problem.key, params: each(this.problem.params) });
  }
}

const NONE: RepositoryRules = { rules: new RuleSet(), suppressed: () => false, fingerprint: '', notes: [] };

/**
 * gitleaks' rule ids and the kinds of this scan that correspond (for `.gitleaksignore` entries and
 * `[extend] disabledRules`). An id that is also one of this scan's kinds (`jwt`, `pkcs12-file`,
 * `gcp-api-key`, `twilio-api-key`…) names that kind without an entry here.
 */
export const GITLEAKS_IDS: Readonly<Record<string, readonly string[]>> = {
  'aws-access-token': ['aws-access-key-id'],
  'github-pat': ['github-token', 'github-classic-token'],
  'github-oauth': ['github-token'],
  'github-app-token': ['github-token'],
  'github-refresh-token': ['github-token'],
  'github-fine-grained-pat': ['github-fine-grained-token'],
  'gitlab-pat': ['gitlab-token'],
  'gitlab-ptt': ['gitlab-token'],
  'gitlab-rrt': ['gitlab-token'],
  'slack-bot-token': ['slack-token'],
  'slack-user-token': ['slack-token'],
  'slack-app-token': ['slack-token'],
  'slack-config-access-token': ['slack-token'],
  'slack-config-refresh-token': ['slack-token'],
  'slack-legacy-token': ['slack-token'],
  'slack-webhook-url': ['slack-webhook'],
  // gitleaks' private-key rule reads any PEM block: a service account's key included; PuTTY files and base64 kubeconfig keys are not PEM.
  'private-key': ['private-key', 'openssh-private-key', 'pgp-private-key', 'gcp-service-account-key'],
  'stripe-access-token': ['stripe-secret-key'],
  'shopify-access-token': ['shopify-token'],
  'shopify-custom-access-token': ['shopify-token'],
  'shopify-private-app-access-token': ['shopify-token'],
  'shopify-shared-secret': ['shopify-token'],
  'anthropic-admin-api-key': ['anthropic-api-key'],
  'square-access-token': ['square-token'],
  'vault-batch-token': ['vault-token'],
  'npm-access-token': ['npm-token'],
  'pypi-upload-token': ['pypi-token'],
  'sendgrid-api-token': ['sendgrid-api-key'],
  'mailgun-private-api-token': ['mailgun-api-key'],
  'vault-service-token': ['vault-token'],
  'hashicorp-tf-api-token': ['vault-token'],
  'digitalocean-pat': ['digitalocean-token'],
  'digitalocean-access-token': ['digitalocean-token'],
  'huggingface-access-token': ['huggingface-token'],
  'telegram-bot-api-token': ['telegram-bot-token'],
  'databricks-api-token': ['databricks-token'],
  'postman-api-token': ['postman-api-key'],
  'grafana-service-account-token': ['grafana-token'],
  'new-relic-user-api-key': ['newrelic-api-key'],
  'new-relic-insert-key': ['newrelic-api-key'],
  'grafana-api-key': ['grafana-token'],
  'doppler-api-token': ['doppler-token'],
  'sourcegraph-access-token': ['sourcegraph-token'],
  'microsoft-teams-webhook': ['msteams-webhook'],
  'azure-ad-client-secret': ['azure-client-secret'],
  'generic-api-key': ['password', 'secret', 'token', 'api-key', 'aws-secret-access-key'],
};

/** Whether a gitleaks rule id names a finding of `kind`. */
function sameRule(ruleId: string, kind: string): boolean {
  return ruleId === kind || (GITLEAKS_IDS[ruleId]?.includes(kind) ?? false);
}

/** This scan's built-in kinds that a gitleaks rule id names (none when it names no rule of this scan). */
export function kindsOfGitleaksId(ruleId: string): string[] {
  const kinds = new Set(GITLEAKS_IDS[ruleId] ?? []);
  if (ruleById(ruleId)) kinds.add(ruleId);
  return [...kinds];
}

async function readAt(git: GitRunner, revision: string, path: string): Promise<string | undefined> {
  try {
    return await git.run(['cat-file', '-p', '--end-of-options', `${revision}:${path}`]);
  } catch (err) {
    if (err instanceof GitError && err.kind === 'aborted') throw err;
    return undefined; // no such file at that commit
  }
}

/**
 * Reads `.gitleaks.toml` (with the base files its `[extend] path` chain names) and `.gitleaksignore` at
 * `revision` (a commit id). Without them, the built-in rules alone. Throws GitleaksConfigError when the
 * configuration cannot be used.
 */
export async function readRepositoryRules(git: GitRunner, revision: string | null): Promise<RepositoryRules> {
  if (!revision) return NONE;
  const [config, ignore] = await Promise.all([readAt(git, revision, GITLEAKS_CONFIG_FILE), readAt(git, revision, '.gitleaksignore')]);
  if (config === undefined && ignore === undefined) return NONE;
  const bases = config === undefined ? new Map<string, string | undefined>() : await readBases(git, revision, config);
  return repositoryRules(config, ignore, bases, revision);
}

/**
 * The base files the `[extend] path` chain of `config` names, read at `commit` (undefined: no such
 * file). Stops where the chain ends, loops, goes too deep or cannot be parsed: resolveConfig says why.
 */
async function readBases(git: GitRunner, commit: string, config: string): Promise<Map<string, string | undefined>> {
  const files = new Map<string, string | undefined>();
  let text: string | undefined = config;
  for (let depth = 0; text !== undefined && depth < MAX_EXTEND_DEPTH; depth++) {
    let next: TomlValue | undefined;
    try {
      next = tables(parseToml(text).extend)[0]?.path;
    } catch {
      return files;
    }
    const path = typeof next === 'string' ? repositoryPath(next) : undefined;
    if (path === undefined || path === GITLEAKS_CONFIG_FILE || files.has(path)) return files;
    text = await readAt(git, commit, path);
    files.set(path, text);
  }
  return files;
}

/** `[extend] path` as a path from the repository's root; undefined when it is absolute or leaves the root. */
function repositoryPath(path: string): string | undefined {
  const slashed = path.trim().replace(/\\/g, '/');
  if (slashed === '' || posix.isAbsolute(slashed) || /^[A-Za-z]:\//.test(slashed)) return undefined;
  const normal = posix.normalize(slashed);
  if (normal === '.' || normal === '..' || normal.startsWith('../')) return undefined;
  return normal;
}

/** A file of the chain parsed, or GitleaksConfigError at the parser's line and column. */
function parseConfig(text: string, file: string): TomlDocument {
  try {
    return parseTomlDocument(text);
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    const key = `toml.${err.problem}` as MessageKey;
    throw new GitleaksConfigError('gitleaks.invalid', { file, line: err.line, column: err.column, problem: translator('en')(key, err.params) }, { key, params: err.params });
  }
}

/**
 * The configuration with the base files of its `[extend] path` chain merged in, as gitleaks merges an
 * extended configuration: `files` holds the bases read at `commit` (see readBases).
 */
function resolveConfig(config: string, files: ReadonlyMap<string, string | undefined>, commit: string): TomlTable {
  const chain = [GITLEAKS_CONFIG_FILE];
  const resolve = (text: string, file: string): TomlTable => {
    const { table, positions } = parseConfig(text, file);
    const extend = tables(table.extend)[0];
    if (extend?.path === undefined) return table;
    const at = positions.get('extend.path') ?? positions.get('extend') ?? { line: 1, column: 1 };
    const where = { file, line: at.line, column: at.column };
    if (typeof extend.path !== 'string') throw new GitleaksConfigError('gitleaks.extendPathType', where);
    const path = repositoryPath(extend.path);
    if (path === undefined) throw new GitleaksConfigError('gitleaks.extendOutside', { ...where, path: extend.path });
    if (chain.includes(path)) throw new GitleaksConfigError('gitleaks.extendLoop', { ...where, path, chain: [...chain, path].join(' → ') });
    if (chain.length > MAX_EXTEND_DEPTH) throw new GitleaksConfigError('gitleaks.extendDepth', { ...where, path, max: MAX_EXTEND_DEPTH, chain: [...chain, path].join(' → ') });
    const base = files.get(path);
    if (base === undefined) throw new GitleaksConfigError('gitleaks.extendMissing', { ...where, path, commit: commit.slice(0, 12) });
    chain.push(path);
    return mergeExtended(table, resolve(base, path));
  };
  return resolve(config, GITLEAKS_CONFIG_FILE);
}

function allowlistsOf(table: TomlTable): TomlTable[] {
  return [...tables(table.allowlist), ...tables(table.allowlists)];
}

/**
 * A configuration merged over the base it extends, as gitleaks does: the base's rules are added, less
 * those `disabledRules` names; a rule of both (same id) takes its fields from the extending file and
 * the allowlists of both; the allowlists of both apply; the defaults are used when either file asks.
 */
function mergeExtended(child: TomlTable, base: TomlTable): TomlTable {
  const childExtend = tables(child.extend)[0] ?? {};
  const baseExtend = tables(base.extend)[0] ?? {};
  const disabled = new Set(strings(childExtend.disabledRules).map((id) => id.trim()));
  const rules = tables(child.rules).map((rule) => ({ ...rule }));
  const index = new Map(rules.flatMap((rule, i) => (typeof rule.id === 'string' ? [[rule.id.trim(), i] as const] : [])));
  const consumed = new Set<string>();
  for (const rule of tables(base.rules)) {
    const id = typeof rule.id === 'string' ? rule.id.trim() : undefined;
    if (id !== undefined && disabled.has(id)) {
      consumed.add(id);
      continue;
    }
    const at = id === undefined ? undefined : index.get(id);
    if (at === undefined) {
      rules.push(rule);
      continue;
    }
    const own = rules[at] as TomlTable;
    const merged: TomlTable = { ...rule, ...own, allowlists: [...allowlistsOf(own), ...allowlistsOf(rule)] };
    delete merged.allowlist;
    rules[at] = merged;
  }
  const merged: TomlTable = { ...base, ...child, rules, allowlists: [...allowlistsOf(child), ...allowlistsOf(base)] };
  delete merged.allowlist;
  merged.extend = {
    useDefault: childExtend.useDefault === true || baseExtend.useDefault === true,
    // The extending file's ids that named a base rule are used up; the rest reach the built-in rules.
    disabledRules: [...strings(childExtend.disabledRules).filter((id) => !consumed.has(id.trim())), ...strings(baseExtend.disabledRules)],
    ...(typeof baseExtend.url === 'string' ? { url: baseExtend.url } : {}),
  };
  return merged;
}

/**
 * The decisions of a gitleaks configuration and ignore file (either may be absent). `bases` holds the
 * files its `[extend] path` chain names, read at `commit`. Throws GitleaksConfigError when the
 * configuration cannot be used.
 */
export function repositoryRules(config: string | undefined, ignore: string | undefined, bases: ReadonlyMap<string, string | undefined> = new Map(), commit = 'HEAD'): RepositoryRules {
  const notes: DetectionNote[] = [];
  const baseText = [...bases].map(([path, text]) => `${path}\0${text ?? ''}`).join('\0');
  const fingerprint = createHash('sha256').update(`${config ?? ''}\0${ignore ?? ''}${baseText ? `\0${baseText}` : ''}`, 'utf8').digest('hex').slice(0, 24);
  const table: TomlTable = config === undefined ? {} : resolveConfig(config, bases, commit);
  // Allowlists that name rules (`[[allowlists]] targetRules`, or a `[[rules]]` entry with an id, its
  // allowlists and no pattern, which extends that rule's allowlist in gitleaks): by rule id.
  const targeted = new Map<string, Allowlist[]>();
  const target = (id: string, list: Allowlist) => targeted.set(id, [...(targeted.get(id) ?? []), list]);
  const globalLists: Allowlist[] = [];
  for (const [i, t] of [...tables(table.allowlist), ...tables(table.allowlists)].entries()) {
    const list = allowlist(t, { index: i + 1 }, notes);
    const targets = strings(t.targetRules);
    if (targets.length) for (const id of targets) target(id, list);
    else globalLists.push(list);
  }
  const ruleTables = tables(table.rules);
  for (const raw of ruleTables) {
    if (typeof raw.regex === 'string' || typeof raw.path === 'string' || typeof raw.id !== 'string') continue;
    for (const [i, t] of [...tables(raw.allowlist), ...tables(raw.allowlists)].entries()) target(raw.id.trim(), allowlist(t, { rule: raw.id, index: i + 1 }, notes));
  }
  const custom: CustomRule[] = [];
  const pathRules: PathRule[] = [];
  for (const [index, raw] of ruleTables.entries()) {
    const rule = customRule(raw, index, notes, targeted);
    if (rule && 'pattern' in rule) custom.push(rule);
    else if (rule) pathRules.push(rule);
  }
  // A rule of the configuration with a built-in rule's id (ours, or a gitleaks id mapped to ours)
  // replaces it, as a configuration replaces a default rule of gitleaks by using its id.
  const replaced = new Set([...custom, ...pathRules].flatMap((rule) => kindsOfGitleaksId(rule.id)));
  const builtIn = builtInRules(table, ruleTables.some((r) => typeof r.regex === 'string' || typeof r.path === 'string'), notes, replaced);
  // Built-in kinds with allowlists of their own, through gitleaks' ids.
  const byKind = new Map<string, Allowlist[]>();
  for (const [id, lists] of targeted) for (const kind of kindsOfGitleaksId(id)) byKind.set(kind, [...(byKind.get(kind) ?? []), ...lists]);
  const allowKind = byKind.size ? (kind: string, value: string, line: string, path: string) => byKind.get(kind)?.some((a) => a.allowsValue(value, line) || a.allowsPath(path)) ?? false : undefined;
  const allow = (value: string, line: string, path: string) => globalLists.some((a) => a.allowsValue(value, line) || a.allowsPath(path));
  const skipPath = (path: string) => globalLists.some((a) => a.allowsPath(path));
  const ignored = parseIgnore(ignore ?? '');
  const commits = new Set(globalLists.flatMap((a) => a.commits));
  return {
    rules: new RuleSet(custom, globalLists.length ? allow : undefined, globalLists.length ? skipPath : undefined, { pathRules, allowKind, ...builtIn }),
    suppressed: (finding) => commits.has(finding.firstCommit) || (byKind.get(finding.kind) ?? targeted.get(finding.kind) ?? []).some((a) => a.commits.includes(finding.firstCommit)) || ignored.some((entry) => entry.matches(finding)),
    fingerprint,
    notes,
  };
}

/**
 * Which built-in rules a configuration (its `[extend] path` chain merged in) keeps. `[extend] useDefault
 * = true` keeps them, less `disabledRules` and those `replaced` by a rule of the same id; `[extend] url`
 * (a file on the network) is not read, so they are kept; no `useDefault` and rules of its own: none
 * (gitleaks' own behaviour); no rules at all: all, with a note.
 */
function builtInRules(table: TomlTable, hasRules: boolean, notes: DetectionNote[], replaced: ReadonlySet<string>): { noBuiltIn?: boolean; builtInOff?: (kind: string) => boolean } {
  const extend = tables(table.extend)[0];
  const useDefault = extend?.useDefault === true;
  const other = typeof extend?.url === 'string';
  if (other) notes.push(detectionNote('note.gitleaks.extendsOther'));
  if (!useDefault && !other) {
    if (hasRules) {
      notes.push(detectionNote('note.gitleaks.ownRulesOnly'));
      return { noBuiltIn: true };
    }
    if (extend !== undefined || Object.keys(table).some((k) => k === 'allowlist' || k === 'allowlists')) {
      notes.push(detectionNote('note.gitleaks.noRules'));
    }
  }
  const disabled = new Set<string>(replaced);
  for (const id of strings(extend?.disabledRules)) {
    const kinds = kindsOfGitleaksId(id);
    if (kinds.length === 0) notes.push(detectionNote('note.gitleaks.unknownDisabledRule', { rule: id }));
    for (const kind of kinds) disabled.add(kind);
  }
  return disabled.size ? { builtInOff: (kind) => disabled.has(kind) } : {};
}

function tables(value: TomlValue | undefined): TomlTable[] {
  if (Array.isArray(value)) return value.filter((v): v is TomlTable => typeof v === 'object' && !Array.isArray(v));
  if (typeof value === 'object' && value !== null) return [value as TomlTable];
  return [];
}

function strings(value: TomlValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A Go (RE2) pattern as a JavaScript one: leading `(?i)`/`(?s)`/`(?m)` become flags, `(?P<name>` a
 * named group, `\z` and `\A` the ends, POSIX classes their ranges. Throws SyntaxError when it is not valid.
 */
export function goRegex(source: string, global = true): RegExp {
  let flags = global ? 'g' : '';
  let body = source;
  for (let m = /^\(\?([imsU]+)\)/.exec(body); m; m = /^\(\?([imsU]+)\)/.exec(body)) {
    for (const f of m[1] ?? '') if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    body = body.slice(m[0].length);
  }
  // An inline flag group later in the pattern (`(?i)` mid-way): applied to the whole pattern.
  body = body.replace(/\(\?([ims]+)\)/g, (_all, f: string) => {
    for (const c of f) if (!flags.includes(c)) flags += c;
    return '';
  });
  const posix: Record<string, string> = { alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', digit: '0-9', lower: 'a-z', upper: 'A-Z', space: '\\s', xdigit: '0-9A-Fa-f', word: '\\w', punct: '!-\\/:-@\\[-`{-~', blank: ' \\t' };
  body = body
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$')
    .replace(/\\A/g, '^')
    .replace(/\[:(\w+):\]/g, (all, name: string) => posix[name] ?? all);
  return new RegExp(body, flags);
}

interface Allowlist {
  allowsValue(value: string, line: string): boolean;
  allowsPath(path: string): boolean;
  commits: string[];
}

/** `where`: the allowlist's place, for notes: its number, and the rule it belongs to. */
function allowlist(t: TomlTable, where: { rule?: string; index: number }, notes: DetectionNote[]): Allowlist {
  const compile = (list: string[], field: string) =>
    list.flatMap((source) => {
      try {
        return [goRegex(source, false)];
      } catch {
        notes.push(where.rule === undefined ? detectionNote('note.gitleaks.badAllowlistPattern', { index: where.index, field }) : detectionNote('note.gitleaks.badRuleAllowlistPattern', { rule: where.rule, index: where.index, field }));
        return [];
      }
    });
  const regexes = compile(strings(t.regexes), 'regexes');
  const paths = compile(strings(t.paths), 'paths');
  const stopwords = strings(t.stopwords).map((w) => w.toLowerCase());
  const target = typeof t.regexTarget === 'string' ? t.regexTarget : 'secret';
  const all = t.condition === 'AND';
  const parts = [regexes.length > 0, stopwords.length > 0].filter(Boolean).length;
  return {
    allowsValue(value, line) {
      const text = target === 'line' ? line : value;
      const byRegex = regexes.some((r) => r.test(text));
      const byStopword = stopwords.some((w) => value.toLowerCase().includes(w));
      return all && parts > 1 ? byRegex && byStopword : byRegex || byStopword;
    },
    allowsPath: (path) => paths.some((r) => r.test(path)),
    commits: strings(t.commits),
  };
}

function customRule(t: TomlTable, index: number, notes: DetectionNote[], targeted: ReadonlyMap<string, readonly Allowlist[]>): CustomRule | PathRule | undefined {
  const id = typeof t.id === 'string' && t.id.trim() !== '' ? t.id.trim() : `gitleaks-rule-${index + 1}`;
  if (typeof t.regex !== 'string') {
    if (typeof t.path !== 'string') return undefined;
    // A path alone: the file's presence is the finding, as in gitleaks.
    let path: RegExp;
    try {
      path = goRegex(t.path, false);
    } catch {
      notes.push(detectionNote('note.gitleaks.badRulePathPattern', { rule: id }));
      return undefined;
    }
    const lists = [...tables(t.allowlist), ...tables(t.allowlists)].map((a, i) => allowlist(a, { rule: id, index: i + 1 }, notes)).concat(targeted.get(id) ?? []);
    return { id, path, allowsPath: (filePath) => lists.some((a) => a.allowsPath(filePath)) };
  }
  let pattern: RegExp;
  let path: RegExp | undefined;
  try {
    pattern = goRegex(t.regex);
    path = typeof t.path === 'string' ? goRegex(t.path, false) : undefined;
  } catch {
    notes.push(detectionNote('note.gitleaks.badRulePattern', { rule: id }));
    return undefined;
  }
  const lists = [...tables(t.allowlist), ...tables(t.allowlists)].map((a, i) => allowlist(a, { rule: id, index: i + 1 }, notes)).concat(targeted.get(id) ?? []);
  const entropy = typeof t.entropy === 'number' ? t.entropy : 0;
  return {
    id,
    description: typeof t.description === 'string' ? t.description : id,
    pattern,
    secretGroup: typeof t.secretGroup === 'number' ? t.secretGroup : 0,
    keywords: strings(t.keywords).map((k) => k.toLowerCase()),
    path,
    allow: (value, line, filePath) => (entropy > 0 && shannonEntropy(value) <= entropy) || lists.some((a) => a.allowsValue(value, line) || a.allowsPath(filePath)),
  };
}

interface IgnoreEntry {
  matches(finding: CredentialFinding): boolean;
}

/** `.gitleaksignore`: one fingerprint a line, `commit:path:rule:line` or `path:rule:line`; `#` comments. */
export function parseIgnore(text: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(':');
    if (fields.length < 3) continue;
    const lineNumber = Number(fields.pop());
    const rule = fields.pop() as string;
    const commit = /^[0-9a-f]{40,64}$/.test(fields[0] ?? '') && fields.length > 1 ? (fields.shift() as string) : undefined;
    const path = fields.join(':');
    if (!Number.isInteger(lineNumber)) continue;
    entries.push({
      matches: (f) => f.path === path && f.line === lineNumber && sameRule(rule, f.kind) && (commit === undefined || f.firstCommit === commit),
    });
  }
  return entries;
}
