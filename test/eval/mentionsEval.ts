// Evaluation of "configuration that still names them" on a real repository. The people are those the
// repository's ownership files name most (CODEOWNERS, OWNERS, MAINTAINERS, Helm Chart maintainers):
// for each, the identities a HANDOVER.yaml would give (the handle, the e-mails and name their commits
// use), the product's findings at HEAD, and, apart from the product, every line of every file at HEAD
// that holds one of those identities (`git grep -F -i -w`): what the product reported, what it left
// out in files it searches (possible misses), and how many lines sit in files it does not search by
// design (prose, source code, vendored trees). Each row is printed for classification by hand.
//
// Run: npm run eval -- --detector mentions DIR…
import { findMentions } from '../../src/core/detect/mentions/findMentions';
import { syntaxOf, todoSearched } from '../../src/core/detect/mentions/mentionRules';
import type { MentionFinding, PersonSpec } from '../../src/core/detect/detectionTypes';
import { GitRunner } from '../../src/core/git/gitRunner';

export interface MentionsEvalOptions {
  /** How many people (the handles the ownership files name most). Default 3. */
  people?: number;
  log?: (line: string) => void;
}

export interface PersonMentionsEval {
  handle: string;
  person: PersonSpec;
  reported: MentionFinding[];
  /** Lines holding an identity, in files the product searches, that it did not report. */
  leftOutSearched: string[];
  /** Lines holding an identity in code and prose, which are searched only for work markers (`TODO(them)`). */
  codeOrProse: string[];
  /** Lines holding an identity in files never searched (vendored trees, lockfiles, the mail map). */
  notSearched: string[];
  seconds: number;
}

export interface MentionsEval {
  repository: string;
  commit: string;
  people: PersonMentionsEval[];
  table: string;
}

const OWNERSHIP_FILE = /(^|\/)(CODEOWNERS|OWNERS|OWNERS_ALIASES|MAINTAINERS(\.md)?|Chart\.ya?ml)$/;
/** A code-host handle as ownership files write it: `@name` (not `@org/team`), or a profile URL. */
const HANDLE = /(?:^|[\s,(["'])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w/-])|github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w/-])/g;

async function lines(git: GitRunner, args: readonly string[], okExitCodes: number[] = []): Promise<string[]> {
  const out: string[] = [];
  for await (const line of git.stream(args, '\n', { okExitCodes })) if (line) out.push(line);
  return out;
}

/** The handles the ownership files at `commit` name, most named first. */
async function namedHandles(git: GitRunner, commit: string): Promise<string[]> {
  const paths = (await lines(git, ['ls-tree', '-r', '--name-only', commit])).filter((path) => OWNERSHIP_FILE.test(path));
  const counts = new Map<string, number>();
  for (const path of paths) {
    const text = (await lines(git, ['cat-file', 'blob', `${commit}:${path}`])).join('\n');
    for (const match of text.matchAll(HANDLE)) {
      const handle = (match[1] ?? match[2] ?? '').toLowerCase();
      if (handle.length >= 3 && !/^(users|orgs|apps|features|topics|sponsors|marketplace)$/.test(handle)) counts.set(handle, (counts.get(handle) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([handle]) => handle);
}

/**
 * The most prolific authors' handles, when no ownership file names anyone: the code host's no-reply
 * address gives it (`123+handle@users.noreply.github.com`), else the e-mail's local part. Bots left out.
 */
function prolificHandles(authors: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of authors) {
    const email = (line.split('\t')[1] ?? '').toLowerCase();
    if (/bot\b|\[bot\]|noreply@github\.com$/.test(line.toLowerCase())) continue;
    const local = email.split('@')[0] ?? '';
    const handle = email.endsWith('@users.noreply.github.com') ? local.replace(/^\d+\+/, '') : local;
    if (handle.length >= 3) counts.set(handle, (counts.get(handle) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([handle]) => handle);
}

/** The e-mails and name a person's commits use, found from their handle (as a HANDOVER.yaml's author would list them). */
function personOf(handle: string, authors: readonly string[]): PersonSpec {
  const emails = new Set<string>();
  const names = new Map<string, number>();
  for (const line of authors) {
    const [name = '', email = ''] = line.split('\t');
    const local = email.toLowerCase().split('@')[0] ?? '';
    if (local === handle || local.endsWith(`+${handle}`) || name.toLowerCase() === handle) {
      emails.add(email.toLowerCase());
      names.set(name, (names.get(name) ?? 0) + 1);
    }
  }
  const name = [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { emails: [...emails], accounts: [handle], ...(name && /\s/.test(name) ? { name } : {}) };
}

export async function evaluateMentions(repoDir: string, options: MentionsEvalOptions = {}): Promise<MentionsEval> {
  const log = options.log ?? (() => undefined);
  const git = new GitRunner({ cwd: repoDir, idleTimeoutMs: 600_000 });
  const commit = (await lines(git, ['rev-parse', 'HEAD']))[0] ?? '';
  const repository = repoDir.replace(/\/+$/, '').replace(/\/\.git$/, '').split('/').pop() ?? repoDir;
  const authors = await lines(git, ['log', '--no-merges', '--format=%aN\t%aE', 'HEAD']);
  const named = await namedHandles(git, commit);
  const handles = (named.length ? named : prolificHandles(authors)).slice(0, options.people ?? 3);
  const people: PersonMentionsEval[] = [];
  log(`\n## ${repository}@${commit.slice(0, 12)}: ${handles.join(', ')} (${named.length ? 'named most in ownership files' : 'no handle in ownership files: the most prolific authors'})`);
  for (const handle of handles) {
    const person = personOf(handle, authors);
    const started = process.hrtime.bigint();
    const { mentions } = await findMentions({ git, commit, person });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const identities = [...person.emails, ...(person.accounts ?? []), ...(person.name ? [person.name] : [])];
    const grepped = await lines(git, ['grep', '-n', '-I', '-i', '-F', '-w', '--full-name', ...identities.flatMap((id) => ['-e', id]), commit, '--'], [1]);
    const reportedLines = new Set(mentions.map((m) => `${m.path}:${m.line}`));
    const leftOutSearched: string[] = [];
    const codeOrProse: string[] = [];
    const notSearched: string[] = [];
    for (const hit of grepped) {
      const rest = hit.slice(commit.length + 1);
      const match = /^(.*?):(\d+):/.exec(rest);
      if (!match) continue;
      const place = `${match[1]}:${match[2]}`;
      if (reportedLines.has(place)) continue;
      if (syntaxOf(match[1]!)) leftOutSearched.push(place);
      else if (todoSearched(match[1]!)) codeOrProse.push(place);
      else notSearched.push(place);
    }
    people.push({ handle, person, reported: mentions, leftOutSearched, codeOrProse, notSearched, seconds });
    log(`\n### ${handle} (e-mails ${person.emails.length}, name ${person.name ? 'yes' : 'no'}): ${mentions.length} rows, ${leftOutSearched.length} lines left out in configuration, ${codeOrProse.length} in code or prose that are no work marker, ${notSearched.length} in files never searched, ${seconds.toFixed(2)} s`);
    // The place, the kind and rule, the identity's type: never the line's text.
    for (const m of mentions) log(`  reported\t${m.kind}\t${m.rule}\t${m.identityType}${m.comment ? '\tcommented' : ''}\t${m.path}:${m.line}`);
    for (const place of leftOutSearched) log(`  left out\t${place}`);
    const byTop = new Map<string, number>();
    for (const place of codeOrProse) {
      const path = place.slice(0, place.lastIndexOf(':'));
      const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? path.slice(path.lastIndexOf('/') + 1);
      byTop.set(ext, (byTop.get(ext) ?? 0) + 1);
    }
    for (const place of notSearched) log(`  never searched\t${place}`);
    if (codeOrProse.length) log(`  in code or prose, no work marker, by extension or name: ${[...byTop].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  const table = [
    '| person (handle) | rows | ownership / review / alerting / access / dependency / todo / other | commented | left out in configuration | code or prose, no marker | never searched | time |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...people.map((p) => {
      const kinds = ['ownership', 'review', 'alerting', 'access', 'dependency', 'todo', 'other'].map((kind) => p.reported.filter((m) => m.kind === kind).length).join(' / ');
      return `| ${p.handle} | ${p.reported.length} | ${kinds} | ${p.reported.filter((m) => m.comment).length} | ${p.leftOutSearched.length} | ${p.codeOrProse.length} | ${p.notSearched.length} | ${p.seconds.toFixed(2)} s |`;
    }),
  ].join('\n');
  return { repository, commit, people, table };
}
