// Configuration that still names the person leaving, at one commit's tree. One `git grep` pass over the
// configuration files for all identities at once (-F, ignoring case) lists the files that may name
// them; only those are read (one `cat-file --batch`), and each line is then checked for whole tokens
// and classified (mentionRules.ts). Line text never leaves this module: a finding carries the place,
// the identity and the token only.
import { createHash } from 'node:crypto';
import type { GitRunner } from '../../git/gitRunner';
import { detectionNote, type DetectionNote } from '../detectionNotes';
import type { MentionFinding, PersonSpec } from '../detectionTypes';
import { readBlobs } from './blobReader';
import { identitiesOf, tokenMatches, type IdentitySet, type KeyFingerprint } from './identities';
import { developersBlock, dockerfileInstruction, enclosingKeys, type Syntax } from './keyPaths';
import { contextOfPath } from '../credentials/pathContext';
import { classifyLine, CONTACT_RULE, type MentionRule, DEPENDENCY_RULE, DOCKERFILE, isAccountDependency, isDiscussionLink, LANGUAGE_MANIFEST, isCommentAt, isTodoAttribution, suggestionFor, syntaxOf, systemOf, TODO_RULE, todoSearched } from './mentionRules';

/** Files larger than this are not read (generated data, not configuration a person edits). */
export const MAX_MENTION_FILE_BYTES = 2 * 1024 * 1024;

export interface FindMentionsOptions {
  git: GitRunner;
  /** The commit whose tree is searched (a full id). */
  commit: string;
  person: PersonSpec;
  /** Extra `:(exclude)` pathspecs (the handover's own files, wherever the report is written). */
  excludeSpecs?: readonly string[];
  signal?: AbortSignal;
}

export interface MentionSearch {
  mentions: MentionFinding[];
  notes: DetectionNote[];
}

/** Paths per `ls-tree` call, so that the command line stays far below the system's limit. */
const PATHS_PER_CALL = 400;

/** Patterns that find lines holding an SSH public key (its type, a whole word), when fingerprints are among the identities. */
const KEY_PATTERNS = ['ssh-ed25519', 'ssh-rsa', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com'];

export async function findMentions(options: FindMentionsOptions): Promise<MentionSearch> {
  const identities = identitiesOf(options.person);
  const notes: DetectionNote[] = [];
  if (!/^[0-9a-f]{40,64}$/.test(options.commit)) throw new Error(`not a commit id: ${options.commit}`);
  if (identities.tokens.length === 0 && identities.fingerprints.length === 0) return { mentions: [], notes };

  // 1. Which files name any identity. `-w` (no letter, digit or `_` either side) is a looser test than
  // the token test below, so it drops no mention but spares reading every file where a short handle is
  // part of longer words. One extended regular expression, an alternation of the identities as
  // literals: git tries one pattern per line instead of one per identity (3 times less CPU at 16
  // identities on the benchmark). Every text file is searched: configuration files (syntaxOf) for
  // every line naming them, the others (source code, prose) only for work markers that assign work
  // to them (`TODO(zhangsan)`), which the line test decides.
  const literals = [...identities.tokens.map((identity) => identity.text), ...(identities.fingerprints.length ? KEY_PATTERNS : [])];
  const pattern = literals.map(escapeExtendedRegExp).join('|');
  const matched = new Set<string>();
  const prefix = `${options.commit}:`;
  let stderr = '';
  for await (const field of options.git.stream(
    ['grep', '-l', '-z', '-I', '-i', '-E', '-w', '--no-color', '--full-name', '-e', pattern, options.commit, '--', ...(options.excludeSpecs ?? [])],
    '\0',
    { okExitCodes: [1], onStderr: (text) => (stderr = text) },
  )) {
    if (!field) continue;
    const path = field.startsWith(prefix) ? field.slice(prefix.length) : field;
    if (syntaxOf(path) || (identities.tokens.length && todoSearched(path))) matched.add(path);
  }
  const unreadable = [...stderr.matchAll(/unable to read ([0-9a-f]{40,64})/g)].map((m) => m[1]!);
  if (unreadable.length) notes.push(detectionNote('note.mentions.missingObjects', { count: new Set(unreadable).size }));
  if (matched.size === 0) return { mentions: [], notes };

  // 2. Their blobs, by id (paths with any byte in them need no quoting this way).
  const blobs: { path: string; id: string }[] = [];
  let tooLarge = 0;
  const paths = [...matched].sort();
  for (let i = 0; i < paths.length; i += PATHS_PER_CALL) {
    const chunk = paths.slice(i, i + PATHS_PER_CALL);
    for await (const entry of options.git.stream(['--literal-pathspecs', 'ls-tree', '-r', '-z', '-l', '--full-tree', options.commit, '--', ...chunk], '\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const path = entry.slice(tab + 1);
      if (!matched.has(path)) continue;
      const [, type, id, size] = entry.slice(0, tab).split(/\s+/);
      if (type !== 'blob' || !id) continue;
      if (Number(size) > MAX_MENTION_FILE_BYTES) tooLarge++;
      else blobs.push({ path, id });
    }
  }
  if (tooLarge) notes.push(detectionNote('note.mentions.tooLarge', { count: tooLarge, mib: MAX_MENTION_FILE_BYTES / 1024 / 1024 }));

  // 3. Each file's lines, token by token.
  const mentions: MentionFinding[] = [];
  const pathsOf = new Map<string, string[]>();
  for (const blob of blobs) pathsOf.set(blob.id, [...(pathsOf.get(blob.id) ?? []), blob.path]);
  let missing = 0;
  await readBlobs(
    options.git,
    [...pathsOf.keys()],
    (blob) => {
      if ('missing' in blob) missing++;
      else for (const path of pathsOf.get(blob.id) ?? []) mentions.push(...mentionsInFile(path, blob.text, identities));
    },
    options.signal,
  );
  if (missing) notes.push(detectionNote('note.mentions.missingObjects', { count: missing }));
  mentions.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.identity < b.identity ? -1 : 1)));
  return { mentions, notes };
}

/** A literal as a POSIX extended regular expression (identities never become patterns of their own). */
export function escapeExtendedRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, (c) => `\\${c}`);
}

/** A copyright or licence notice names who wrote the file, not who runs or reviews anything. */
const COPYRIGHT_NOTICE = /\b(?:copyright|spdx-filecopyrighttext)\b|\(c\)\s*(?:\d|[A-Z])|©/i;

/**
 * Files of credits: a blog's list of its writers (Docusaurus' `blog/authors.yml`: a name, a title, a picture
 * and profile links for each author's byline) and the creators Zenodo cites a release by (`.zenodo.json`, as
 * `CITATION.cff`, which is not searched): who wrote the posts or the software, as a copyright notice says, not
 * a duty to hand over. Work markers there still count.
 */
const CREDIT_FILES = /(^|\/)(blog\/authors\.ya?ml|\.zenodo\.json)$/;

/**
 * A comment crediting who wrote a configuration file or script (`# Implemented by Zhang San <…>`, `# Written by
 * …`, `# Author: …`): a notice, as a copyright line is. `# Maintained by` says who looks after it, and stays.
 */
const CREDIT_COMMENT = /^\s*(?:#+|\/\/+|;+|\/?\*+|--|<!--)\s*(?:(?:originally\s+)?(?:written|implemented|created|authored|developed)\s+by\b|authors?\s*:)/i;

/** deb822 fields of notices: the copyright holders, a comment on them, a licence's text and disclaimer (a package's `Description:` may say whom to ask, and is read). */
const DEB822_CREDIT_FIELDS = new Set(['copyright', 'comment', 'license', 'disclaimer']);

/**
 * A credit written before the name in a message or a string, not only in a comment: a script's `--version` text
 * (`Modifications: Zhang San <…>`, `with modifications by Zhang San`; the address after the name too). Who once wrote or
 * changed it, as a copyright notice says. Read only where a rule gives the line no meaning of its own (the
 * `Maintainer:` of a manifest or `author:` of a package keep theirs).
 */
const CREDIT_BEFORE = /(?:^|[\s"'(,;])(?:(?:originally|extensively|substantially|heavily|later)\s+)?(?:written|implemented|created|authored|developed|modified|adapted|rewritten|ported|contributed|improved)\s+by\s*(?:[^\s<>"'][^<>"]{0,60}<)?$|\bwith\s+(?:modifications|changes|contributions|improvements|additions)\s+(?:by|from)\s*(?:[^\s<>"'][^<>"]{0,60}<)?$/i;
/** The same credit as a field of a message (`Modifications: Zhang San`, `Authors: …`), read in plain files only: in YAML or INI `author:` is a setting's key. */
const CREDIT_FIELD_BEFORE = /(?:^|[\s"'(,;])(?:modifications?|authors?|contributors?|credits?)\s*:\s*(?:[^\s<>"'][^<>"]{0,60}<)?$/i;

/** A PKGBUILD's credit to earlier packagers (`# Contributor: …`): who once wrote it, as a copyright notice says. */
const PACKAGING_CREDIT = /^\s*#\s*Contributor\s*:/i;

/**
 * A role held in the past, as a key names it (Kubernetes OWNERS' `emeritus_approvers`, `former_maintainers`,
 * `maintainers_emeritus`, `alumni`) or as the heading of a MAINTAINERS file's section ("Emeritus Maintainers",
 * "Former maintainers", "Past reviewers"): a record of who once held it, as a credit is; nothing to hand over. `former`,
 * `past` and `retired` only before a role's name (`past_due_email:` is not one).
 */
const FORMER_ROLE = /(?:^|[\s_.:-])(?:emeritus|alumni)(?:$|[\s_.:-])|(?:^|[\s_.:-])(?:former|past|retired)[\s_.-]+(?:maintainer|owner|approver|reviewer|member|committer|lead|contributor|admin)s?(?:$|[\s_.:-])/i;

/** The heading of the Markdown or reStructuredText section line `index` sits in (`## Emeritus`, a title underlined with `=` or `-`). */
function headingAbove(lines: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) return atx[1];
    if (i > 0 && /^\s*(?:={3,}|-{3,}|~{3,})\s*$/.test(line) && /\w/.test(lines[i - 1]!) && !/^\s*\|/.test(lines[i - 1]!)) return lines[i - 1]!.trim();
  }
  return undefined;
}

/** The rule of a source file's header naming its maintainer (`;; Maintainer: …` in Emacs Lisp, `" Maintainer: …` in Vim script). */
export const HEADER_MAINTAINER_RULE: MentionRule = { id: 'header-maintainer', kind: 'ownership' };

/** A comment's leader at the start of a line, in the languages whose files open with a header of fields. */
const HEADER_COMMENT = /^(\s*(?:;+|#+|\/\/+|--+|"|%+|\*|\/\*+|\(\*))/;
/** The field of a header naming who maintains the file or package: `Maintainer:`, `Maintainers:`. */
const MAINTAINER_FIELD = /^\s*maintainers?\s*:/i;
/** Any field of a header (`Author:`, `Former-Maintainers:`, `Package-Requires:`), which ends the one before. */
const HEADER_FIELD = /^\s*[A-Za-z][\w@-]*(?:\s[A-Za-z][\w-]*)?\s*:(?!\/\/)/;

/**
 * The lines of a source file's opening comment that are its `Maintainer:` field: the field's line and the lines
 * continuing it, indented further after the same comment leader (Emacs Lisp's library headers, which package.el
 * and the package archives read: `;; Maintainer: Zhang San <…>` then `;;     Li Si <…>`; Vim's runtime files'
 * `" Maintainer: …`). Only the comment the file opens with (a `#!` line, blank lines and comments, before any code)
 * is read: a field there is the file's metadata, not prose. `Author:` names who wrote it, a credit; a
 * `Former-Maintainers:` field those who no longer do.
 */
export function headerMaintainerLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let leader: string | undefined;
  for (let index = 0; index < Math.min(lines.length, 80); index++) {
    const line = lines[index]!;
    if (index === 0 && line.startsWith('#!')) continue;
    if (!line.trim()) {
      leader = undefined;
      continue;
    }
    const comment = HEADER_COMMENT.exec(line);
    if (!comment) break;
    const body = line.slice(comment[1]!.length);
    if (MAINTAINER_FIELD.test(body)) {
      found.add(index);
      leader = comment[1]!.trimStart();
    } else if (leader !== undefined && comment[1]!.trimStart() === leader && /^(?:\s{2,}|\t)\S/.test(body) && !HEADER_FIELD.test(body)) {
      found.add(index);
    } else leader = undefined;
  }
  return found;
}

/**
 * Every mention in one file's text: in configuration every line naming them; in the other files
 * searched (source code, prose) only work markers assigned to them. Exported for tests over canned files.
 */
export function mentionsInFile(path: string, text: string, identities: IdentitySet): MentionFinding[] {
  if (REPORT_CONTACT_FILE.test(path) && !['test', 'vendored'].includes(contextOfPath(path))) return contactsInFile(path, text, identities);
  const syntax = CREDIT_FILES.test(path) ? undefined : syntaxOf(path);
  if (!syntax && !todoSearched(path)) return [];
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const found: MentionFinding[] = [];
  // Source files are searched for work markers, and for the maintainer their opening header names (not in tests or vendored copies).
  const header = !syntax && contextOfPath(path) === 'code' ? headerMaintainerLines(lines) : undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lower = line.toLowerCase();
    if (header?.has(index)) {
      found.push(...headerMaintainers(path, index, line, lower, identities));
      continue;
    }
    if (syntax && (COPYRIGHT_NOTICE.test(line) || CREDIT_COMMENT.test(line))) continue;
    if (syntax && PACKAGING_CREDIT.test(line) && /(^|\/)PKGBUILD$/.test(path)) continue;
    // The holders a Debian copyright file lists under `Copyright:`, one per continued line, are notices too
    // (the field is looked up only on lines that may name them).
    // So is the prose of the fields beside them (`Comment:` "written originally by … and extensively modified by …",
    // a licence's text).
    if (syntax === 'deb822' && identities.tokens.some((identity) => lower.includes(identity.needle)) && DEB822_CREDIT_FIELDS.has(enclosingKeys(syntax, lines, index, 1)[0] ?? '')) continue;
    for (const identity of identities.tokens) {
      if (!lower.includes(identity.needle)) continue;
      const matches = tokenMatches(line, lower, identity);
      if (!syntax) {
        const marker = matches.find((m) => isTodoAttribution(line, m.start, m.end));
        if (marker) found.push(todoFinding(path, index, marker.start, identity.text, line.slice(marker.start, marker.end), identity.type));
        continue;
      }
      // The first token names them, unless a later one on the line is a live path in their namespace and the
      // first is not (`zhangsan/tool {:git/url "https://github.com/zhangsan/tool"}`, `- name: zhangsan-tool  repo: …`).
      const live = identity.type === 'account' ? matches.find((m) => isAccountDependency(line, m.start, m.end, path) && !isCommentAt(syntax, line, m.start + 1)) : undefined;
      const first = matches[0] && live && !isAccountDependency(line, matches[0].start, matches[0].end, path) ? live : matches[0];
      if (!first) continue;
      const mention = finding(path, syntax, lines, index, line, first.start, identity.text, line.slice(first.start, first.end), identity.type);
      if (mention) found.push(mention);
    }
    if (syntax && identities.fingerprints.length) {
      for (const key of keysOnLine(line, identities.fingerprints)) {
        const mention = finding(path, syntax, lines, index, line, key.start, key.fingerprint.text, key.fingerprint.text, 'ssh-key');
        if (mention) found.push(mention);
      }
    }
  }
  return found;
}

/** The person named on a line of a source file's `Maintainer:` header field: ownership, the package's maintainer. */
function headerMaintainers(path: string, index: number, line: string, lower: string, identities: IdentitySet): MentionFinding[] {
  const found: MentionFinding[] = [];
  for (const identity of identities.tokens) {
    if (!lower.includes(identity.needle)) continue;
    const match = tokenMatches(line, lower, identity)[0];
    if (!match) continue;
    const rule = HEADER_MAINTAINER_RULE;
    found.push({ path, line: index + 1, column: match.start + 1, kind: rule.kind, rule: rule.id, identity: identity.text, token: line.slice(match.start, match.end), identityType: identity.type, comment: false, suggestion: suggestionFor(rule.kind), reassignable: false });
  }
  return found;
}

/**
 * Where a project tells people whom to report a vulnerability or a conduct problem to: `SECURITY.md` and
 * `CODE_OF_CONDUCT.md` (`.rst`, `.txt`, any folder: the root, `.github/`, `docs/`), named in capitals as the code hosts show them;
 * a page of a documentation site about security (`docs/security.rst`) is prose.
 */
const REPORT_CONTACT_FILE = /(^|\/)(SECURITY|CODE_OF_CONDUCT|CODE-OF-CONDUCT)\.(md|markdown|rst|txt|adoc)$/;

/**
 * The contacts of a reporting policy: the person's e-mail (`please email zhangsan@corp.example`, `[@zhangsan](mailto:…)`)
 * or account as whom to reach (`contact [@zhangsan](https://github.com/zhangsan)`, `@zhangsan`, a link to their
 * profile, not to a repository of theirs). Their name in the prose (a credit, a thank-you) is not a contact;
 * work markers still count, as in any prose.
 */
function contactsInFile(path: string, text: string, identities: IdentitySet): MentionFinding[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const found: MentionFinding[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lower = line.toLowerCase();
    if (COPYRIGHT_NOTICE.test(line)) continue;
    for (const identity of identities.tokens) {
      if (!lower.includes(identity.needle)) continue;
      const matches = tokenMatches(line, lower, identity);
      const marker = matches.find((m) => isTodoAttribution(line, m.start, m.end));
      if (marker) {
        found.push(todoFinding(path, index, marker.start, identity.text, line.slice(marker.start, marker.end), identity.type));
        continue;
      }
      const contact = matches.find((m) => identity.type === 'email' || (identity.type === 'account' && isContactHandle(line, m.start, m.end)));
      if (!contact) continue;
      found.push({ path, line: index + 1, column: contact.start + 1, kind: CONTACT_RULE.kind, rule: CONTACT_RULE.id, identity: identity.text, token: line.slice(contact.start, contact.end), identityType: identity.type, comment: false, suggestion: suggestionFor(CONTACT_RULE.kind), reassignable: true });
    }
  }
  return found;
}

/** An account named as someone to reach: `@zhangsan`, or a link to their profile (`https://github.com/zhangsan`, not `…/zhangsan/tool`). */
function isContactHandle(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 40), start);
  if (/(?:^|[\s([,;])@$/.test(before)) return true;
  return /(?:^|[^\w.-])(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|codeberg\.org|twitter\.com|x\.com)\/$/i.test(before) && !/^\/[\w.-]/.test(line.slice(end));
}

function todoFinding(path: string, index: number, start: number, identity: string, token: string, identityType: MentionFinding['identityType']): MentionFinding {
  // A marker lives in a comment: `comment` says a live line was commented out, which this is not.
  return { path, line: index + 1, column: start + 1, kind: TODO_RULE.kind, rule: TODO_RULE.id, identity, token, identityType, comment: false, suggestion: suggestionFor(TODO_RULE.kind), reassignable: false };
}

/** Rules that say only where a line is (any line of CI, any other configuration, a path in their namespace), not what it means. */
const PLACE_ONLY_RULES = new Set(['config', 'ci', DEPENDENCY_RULE.id]);

/**
 * Whether a whole-line comment is prose (documentation written in a configuration file) rather than a
 * commented-out setting: a run of five plain words (`# consider using the preset maintained by zhangsan`,
 * `# zhangsan: does not help much here`), a reStructuredText directive or link target (`# .. _roles:
 * https://…`), or a bare link, also after a word that cites it (`# See: https://…/issues/12`). A setting's shape (`# description: managed by zhangsan for the team`,
 * `# - zhangsan@corp.example`, `# uses: zhangsan/action@v1`) or a commented command is not prose.
 */
export function isProseComment(line: string, start: number, end: number): boolean {
  // A link cited at the end of a comment, after a word that cites it (`# march=compat: needed for older machines,
  // see https://github.com/zhangsan/tool/actions/runs/63`): the reason for a setting, not something taken from it.
  const before = line.slice(0, start);
  const url = /https?:\/\/\S*$/.exec(before);
  if (url && /(?:^|[\s(,;])(?:see(?: also)?|refs?|cf\.?|via|details|more|context|background|upstream|related)\s*:?\s*[<(]?$/i.test(before.slice(0, url.index)) && /^\S*\s*$/.test(line.slice(end))) return true;
  const comment = /^\s*(?:#+|\/\/+|;+)\s?(.*)$/.exec(line);
  if (!comment) return isTrailingProse(line, start);
  // A note signed in a marker's form (`NOTE(zhangsan): …`, `WARN(lisi, zhangsan)`) says whom to ask: kept.
  if (/\b[A-Z]{2,}\([^()]*$/.test(line.slice(0, start)) && /^[^()]*\)/.test(line.slice(end))) return false;
  const token = line.slice(start, end);
  const body = comment[1]!.trim();
  if (/^\.\.\s/.test(body) || /^<?https?:\/\/\S+?>?$/.test(body)) return true;
  // A link cited for the reason of a setting (`# See: https://github.com/zhangsan/tool/issues/12`, `// ref https://…`).
  if (/^(?:see(?: also)?|refs?|cf\.?|via|source|details|more|context|background|upstream|related)\s*:?\s*<?https?:\/\/\S+?>?[.)]?$/i.test(body)) return true;
  // `key: value`, `key = value`, `- item`; a remark signed with their name (`zhangsan: …`) is not a setting.
  const setting = /^(?:-\s|["']?([\w.-]+)["']?\s*(?::(?!\/\/)|=))/.exec(body);
  if (setting && setting[1]?.toLowerCase() !== token.toLowerCase()) return false;
  return /(?:^|\s)(?:[A-Za-z][a-z']*[,.;:!?]?\s+){4}[A-Za-z][a-z']*(?=$|[\s,.;:!?])/.test(body);
}

/**
 * Whether the comment after a setting, where the token is, is prose: the note a tool writes beside each of a
 * workflow's permissions (`contents: write  # for zhangsan/rebase to push code`, StepSecurity's convention), or
 * five plain words (`owner: lisi  # zhangsan handed this over to the new team last year`).
 */
function isTrailingProse(line: string, start: number): boolean {
  const hash = /(?:^|\s)#\s*(?=[^#]*$)/.exec(line.slice(0, start));
  if (!hash) return false;
  const body = line.slice(hash.index + hash[0].length).trim();
  if (/^for\s+[\w.-]+\/[\w./-]+\s+to\s+\w/i.test(body)) return true;
  return /(?:^|\s)(?:[A-Za-z][a-z']*[,.;:!?]?\s+){4}[A-Za-z][a-z']*(?=$|[\s,.;:!?])/.test(body);
}

function finding(path: string, syntax: Syntax, lines: readonly string[], index: number, line: string, start: number, identity: string, token: string, identityType: MentionFinding['identityType']): MentionFinding | undefined {
  if (isTodoAttribution(line, start, start + token.length)) return todoFinding(path, index, start, identity, token, identityType);
  const column = start + 1;
  // A Dockerfile's lines are plain text; the instruction a continued line belongs to (`LABEL … \`) is its key.
  const keys = [...enclosingKeys(syntax, lines, index, column), ...(DOCKERFILE.test(path) ? dockerfileInstruction(lines, index) : []), ...developersBlock(path, lines, index, column)];
  // A role they held in the past (`emeritus_approvers:`, a MAINTAINERS file's "Emeritus" section) is a record, not a duty.
  if (keys.some((key) => FORMER_ROLE.test(key))) return undefined;
  const classified = classifyLine({ path, name: path.slice(path.lastIndexOf('/') + 1), keys, line });
  if (classified.id === 'maintainers' && FORMER_ROLE.test(headingAbove(lines, index) ?? '')) return undefined;
  // Ownership, access and alerting lines say what they are; elsewhere a path in their namespace is a dependency.
  const dependency = identityType === 'account' && (classified.kind === 'other' || classified.kind === 'review') && isAccountDependency(line, start, start + token.length, path);
  const rule = dependency ? DEPENDENCY_RULE : classified;
  // A manifest in a language's syntax says who a package is by and what it takes from their accounts; its other lines are code's.
  if (LANGUAGE_MANIFEST.test(path) && rule.kind !== 'dependency' && rule.kind !== 'ownership') return undefined;
  // A credit before the name (`Modifications: Zhang San`, `with modifications by Zhang San`) on a line no rule reads for what it is.
  if (PLACE_ONLY_RULES.has(rule.id) && rule.id !== DEPENDENCY_RULE.id && (CREDIT_BEFORE.test(line.slice(0, start)) || (syntax === 'plain' && CREDIT_FIELD_BEFORE.test(line.slice(0, start))))) return undefined;
  const comment = isCommentAt(syntax, line, column);
  // Prose in a comment is documentation, searched for work markers only (as prose files are); a comment
  // in an ownership file, or one a rule reads for what it says (`# MAILTO=…`, `# owner: …`), still counts.
  // So is a link in a comment to an issue, a pull request or a commit of theirs (`# * https://github.com/zhangsan/tool/issues/2544`,
  // a bullet under the reason for a workaround): the reason's reference, nothing the configuration takes from them.
  if (comment && PLACE_ONLY_RULES.has(rule.id) && (isProseComment(line, start, start + token.length) || (identityType === 'account' && isDiscussionLink(line, start, start + token.length)))) return undefined;
  const system = systemOf(rule, keys);
  return {
    path,
    line: index + 1,
    column,
    kind: rule.kind,
    rule: rule.id,
    identity,
    token,
    identityType,
    comment,
    suggestion: suggestionFor(rule.kind),
    ...(system ? { system } : {}),
    // Only a live e-mail or account can be swapped for the successor's; names and keys are not.
    reassignable: !!rule.reassignable && !comment && (identityType === 'account' || identityType === 'email'),
  };
}

const PUBLIC_KEY = /(?:^|[\s"'])((?:sk-)?(?:ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+)(?:@openssh\.com)?)\s+(AAAA[A-Za-z0-9+/]+={0,3})(?=$|[\s"'])/g;

/** Public keys on the line whose SHA256 fingerprint is one of the person's. */
function keysOnLine(line: string, fingerprints: readonly KeyFingerprint[]): { start: number; fingerprint: KeyFingerprint }[] {
  const found: { start: number; fingerprint: KeyFingerprint }[] = [];
  for (const match of line.matchAll(PUBLIC_KEY)) {
    const blob = match[2]!;
    const digest = createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64').replace(/=+$/, '');
    const fingerprint = fingerprints.find((f) => f.digest === digest);
    if (fingerprint) found.push({ start: (match.index ?? 0) + match[0].indexOf(match[1]!), fingerprint });
  }
  return found;
}
