// The kinds of finding git history gives, and how each becomes a checklist item: one table entry per
// kind (the section its items go to, the fields written and which of them the person must complete,
// and when an existing item already names the finding). Adding a kind is adding an entry.
import type { BranchFinding, CredentialFinding, DetectionResult, MentionFinding, OwnedFile, OwnedFolder } from '../../detect/detectionTypes';
import { credentialKindName } from '../../detect/credentials/ruleTable';
import type { Translate } from '../../i18n/translator';
import { mentionDecisionOf, namesBranch, normalizePath, recordedBranchName } from '../decisions';
import type { Handover, HandoverItem, SectionKey } from '../model';

export type FindingKind = 'owned' | 'branches' | 'credentials' | 'mentions';
export const FINDING_KINDS: readonly FindingKind[] = ['owned', 'branches', 'credentials', 'mentions'];

/** A field of a drafted item. `toWrite`: a placeholder the person leaving must replace (a tab stop in the editor). */
export interface DraftField {
  key: string;
  value: string;
  toWrite?: boolean;
  /** A value the person will likely adjust (a tab stop, after the placeholders of its item). */
  stop?: boolean;
}

/** What a drafted item holds before it gets an id unique in the file. */
export interface DraftItem {
  section: SectionKey;
  /** Lowercase words the id is made of (`duty`, then the path): made unique in the file when written. */
  idBase: string;
  fields: DraftField[];
  /** Drafts with the same key make one item (the first): one file naming the person several ways. */
  mergeKey?: string;
}

export interface DraftContext {
  /** The language of the file (`language:`), for titles and placeholders. */
  t: Translate;
  handover: Handover;
}

/** One finding, as the tree, the report, `check` and the draft see it. */
export interface FindingRow {
  kind: FindingKind;
  /** What identifies it: a path (folders end with `/`), a branch name, a fingerprint. */
  key: string;
  /** The id of the first item that names it, if any. */
  namedBy?: string;
  draft(ctx: DraftContext): DraftItem;
}

interface FindingKindSpec {
  kind: FindingKind;
  rows(detections: DetectionResult, handover: Handover): FindingRow[];
}

function items<K extends SectionKey>(handover: Handover, section: K): HandoverItem<K>[] {
  return handover.sections[section];
}

// ---------------------------------------------------------------------------------------------------
// Owned files and folders

/** Words of free text as repository paths: split at spaces and punctuation, `./` and a final `/` or `.` dropped. */
export function pathTokens(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\s,;:()（）、，；：。"'`<>[\]{}|*]+/)
    .map((token) => token.replace(/\.+$/, ''))
    .filter((token) => token !== '' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(token))
    // A bare word counts too (`LICENSE`, `Makefile`, a top-level folder): it names a path only when equal to it.
    .map((token) => normalizePath(token))
    .filter((path) => path !== '');
}

/** The paths an item refers to: duties (title, details, runbook) and documents (title, path). */
function referencedPaths(item: HandoverItem): string[] {
  if (item.section === 'duties') {
    const duty = (item as HandoverItem<'duties'>).data;
    return [...pathTokens(duty.title), ...pathTokens(duty.details), ...(duty.runbook ? [normalizePath(duty.runbook)] : [])];
  }
  if (item.section === 'documents') {
    const doc = (item as HandoverItem<'documents'>).data;
    return [...pathTokens(doc.title), ...(doc.path ? [normalizePath(doc.path)] : [])];
  }
  return [];
}

/**
 * An owned folder is named by an item that refers to it or to a path inside it; an owned file by an
 * item that refers to it or to a folder holding it.
 */
export function itemNamingPath(handover: Handover, path: string, isFolder: boolean): HandoverItem | undefined {
  const wanted = normalizePath(path);
  const covers = (ref: string) => ref === wanted || (isFolder && ref.startsWith(`${wanted}/`)) || wanted.startsWith(`${ref}/`);
  return [...items(handover, 'duties'), ...items(handover, 'documents')].find((item) => referencedPaths(item).some(covers));
}

/** Documentation is listed as a document to read, everything else as a duty. */
function isDocumentation(path: string): boolean {
  return /\.(?:md|markdown|rst|adoc|txt)$/i.test(path) || /(?:^|\/)(?:docs?|documentation|wiki)(?:\/|$)/i.test(path);
}

/** The rows of the owned section: folders, and the files outside every listed folder (the report's rows). */
export function ownedEntries(detections: DetectionResult): { entry: OwnedFolder | OwnedFile; isFolder: boolean }[] {
  const prefixes = detections.ownedFolders.map((folder) => `${normalizePath(folder.path)}/`);
  return [
    ...detections.ownedFolders.map((entry) => ({ entry, isFolder: true })),
    ...detections.ownedFiles.filter((file) => !prefixes.some((prefix) => file.path.startsWith(prefix))).map((entry) => ({ entry, isFolder: false })),
  ];
}

/** The files of a test data folder as its duty lists them: names below the folder, the first few, then how many more. */
function testDataNames(folder: string, files: readonly string[]): string {
  const names = [...files].sort().map((file) => file.slice(folder.length));
  const shown = names.slice(0, TEST_DATA_LISTED).join(', ');
  return names.length > TEST_DATA_LISTED ? `${shown}, … +${names.length - TEST_DATA_LISTED}` : shown;
}

/**
 * The file a test file tests, beside it: `x_test.go` → `x.go`, `x.test.ts` / `x.spec.ts` → `x.ts`,
 * `test_x.py` / `x_test.py` → `x.py`. Undefined for other files.
 */
export function testSubjectOf(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const subject = /^(.+)_test(\.go|\.py|\.rb|\.exs?)$/.exec(name) ?? /^(.+)\.(?:test|spec)(\.[cm]?[jt]sx?)$/.exec(name) ?? /^test_(.+)(\.py)$/.exec(name);
  return subject ? `${folder}${subject[1]}${subject[2]}` : undefined;
}

/** Folders of data for tests (not test code): the files in one are drafted as one duty. */
const TEST_DATA_FOLDERS = new Set(['testdata', 'test-data', 'test_data', 'testfiles', 'fixtures', 'fixture', '__fixtures__', '__snapshots__', 'snapshots', '__mocks__', 'mocks']);
/** File names listed in a test data duty's title; more are counted. */
const TEST_DATA_LISTED = 5;

/** The test data folder a file lies in (`cluster/testdata/`), up to its innermost such folder; undefined outside one. */
function testDataFolderOf(path: string): string | undefined {
  const parts = path.split('/');
  for (let i = parts.length - 2; i >= 0; i--) if (TEST_DATA_FOLDERS.has(parts[i]!.toLowerCase())) return `${parts.slice(0, i + 1).join('/')}/`;
  return undefined;
}

const OWNED: FindingKindSpec = {
  kind: 'owned',
  rows: (detections, handover) => {
    const entries = ownedEntries(detections);
    // A test file whose subject is theirs too goes with it: one duty for the code and its tests.
    const owned = new Set(entries.filter(({ isFolder }) => !isFolder).map(({ entry }) => entry.path));
    const testsOf = new Map<string, string[]>();
    for (const path of owned) {
      const subject = testSubjectOf(path);
      if (subject !== undefined && owned.has(subject)) testsOf.set(subject, [...(testsOf.get(subject) ?? []), path]);
    }
    const subjectOf = new Map([...testsOf].flatMap(([subject, tests]) => tests.map((test) => [test, subject] as const)));
    // Two or more files of one test data folder (`cluster/testdata/*.yml`): one duty for the folder's data.
    const dataFiles = new Map<string, string[]>();
    for (const path of owned) {
      const folder = testDataFolderOf(path);
      if (folder !== undefined && !subjectOf.has(path) && !testsOf.has(path)) dataFiles.set(folder, [...(dataFiles.get(folder) ?? []), path]);
    }
    for (const [folder, files] of dataFiles) if (files.length < 2) dataFiles.delete(folder);
    const dataFolderOf = new Map([...dataFiles].flatMap(([folder, files]) => files.map((file) => [file, folder] as const)));
    return entries.map(({ entry, isFolder }) => {
      const path = isFolder ? `${normalizePath(entry.path)}/` : entry.path;
      const subject = isFolder ? undefined : (subjectOf.get(path) ?? (testsOf.has(path) ? path : undefined));
      const dataFolder = isFolder ? undefined : dataFolderOf.get(path);
      return {
        kind: 'owned',
        key: path,
        namedBy: itemNamingPath(handover, entry.path, isFolder)?.id,
        draft: ({ t }) =>
          dataFolder !== undefined
            ? {
                section: 'duties',
                idBase: `duty ${dataFolder}`,
                mergeKey: `owned ${dataFolder}`,
                fields: [
                  { key: 'title', value: t('draft.duty.titleTestData', { folder: dataFolder, files: testDataNames(dataFolder, dataFiles.get(dataFolder)!) }), stop: true },
                  { key: 'details', value: t('draft.duty.details'), toWrite: true },
                ],
              }
            : subject !== undefined
            ? {
                section: 'duties',
                idBase: `duty ${subject}`,
                mergeKey: `owned ${subject}`,
                fields: [
                  { key: 'title', value: t('draft.duty.titleWithTests', { path: subject, tests: testsOf.get(subject)!.join(', ') }), stop: true },
                  { key: 'details', value: t('draft.duty.details'), toWrite: true },
                ],
              }
            : isDocumentation(path)
            ? {
                section: 'documents',
                idBase: `doc ${path}`,
                fields: [
                  { key: 'title', value: t('draft.document.title', { path }), stop: true },
                  { key: 'path', value: isFolder ? normalizePath(path) : path },
                ],
              }
            : {
                section: 'duties',
                idBase: `duty ${path}`,
                fields: [
                  { key: 'title', value: t('draft.duty.title', { path }), stop: true },
                  { key: 'details', value: t('draft.duty.details'), toWrite: true },
                ],
              },
      };
    });
  },
};

// ---------------------------------------------------------------------------------------------------
// Branches

export function itemNamingBranch(handover: Handover, branch: Pick<BranchFinding, 'name' | 'kind'>): HandoverItem | undefined {
  return items(handover, 'pending').find((item) => item.data.branch !== undefined && namesBranch(item.data.branch, branch));
}

const BRANCHES: FindingKindSpec = {
  kind: 'branches',
  rows: (detections, handover) => {
    // A local branch and its remote copy are one piece of work: one row, under the local name.
    const rows: FindingRow[] = [];
    const seen = new Set<string>();
    for (const branch of [...detections.branches].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'local' ? -1 : 1))) {
      const recorded = recordedBranchName(branch);
      if (seen.has(recorded)) continue;
      seen.add(recorded);
      rows.push({
        kind: 'branches',
        key: branch.name,
        namedBy: itemNamingBranch(handover, branch)?.id,
        draft: ({ t }) => ({
          section: 'pending',
          idBase: `pending ${recorded}`,
          fields: [
            { key: 'title', value: branch.lastCommitSubject.trim() || t('draft.pending.title', { branch: recorded }), stop: true },
            { key: 'reason', value: t('draft.pending.reason'), toWrite: true },
            { key: 'remaining', value: t('draft.pending.remaining'), toWrite: true },
            { key: 'branch', value: recorded },
          ],
        }),
      });
    }
    return rows;
  },
};

// ---------------------------------------------------------------------------------------------------
// Credentials

export function itemNamingFingerprint(handover: Handover, fingerprint: string): HandoverItem | undefined {
  return items(handover, 'credentials').find((item) => item.data.fingerprint?.trim() === fingerprint);
}

const CREDENTIALS: FindingKindSpec = {
  kind: 'credentials',
  rows: (detections, handover) => {
    const ignored = new Set(handover.detected.ignore.map((entry) => entry.fingerprint));
    // An ignored finding is not a credential: nothing to hand over.
    return detections.credentials
      .filter((finding: CredentialFinding) => !ignored.has(finding.fingerprint))
      .map((finding) => ({
        kind: 'credentials' as const,
        key: finding.fingerprint,
        namedBy: itemNamingFingerprint(handover, finding.fingerprint)?.id,
        draft: ({ t, handover: current }) => ({
          section: 'credentials' as const,
          idBase: `cred ${finding.kind} ${finding.fingerprint.slice(0, 6)}`,
          fields: [
            { key: 'name', value: t('draft.credential.name', { kind: credentialKindName(finding.kind, t('draft.language') === 'zh-CN' ? 'zh-CN' : 'en'), path: finding.path, line: finding.line }), stop: true },
            { key: 'location', value: t('draft.credential.location'), toWrite: true },
            ...(current.timeline.due ? [{ key: 'rotateBy', value: current.timeline.due, stop: true }] : []),
            { key: 'fingerprint', value: finding.fingerprint },
          ],
        }),
      }));
  },
};

// ---------------------------------------------------------------------------------------------------
// Configuration that still names the person (CODEOWNERS, RBAC subjects, alert receivers…): a
// `systems` item per file and identity, `revoke` for access, `transfer` for ownership, review routing,
// alerting and the rest. Lines already decided (detected.mentions) need no item.

/** A `systems` item names the mentions of a file when its account is the identity and its name or url the path. */
export function itemNamingMention(handover: Handover, mention: Pick<MentionFinding, 'path' | 'identity'>): HandoverItem | undefined {
  // The item's account is the mention's identity or another of the person's: every name of the
  // person leaving in one file is one thing to hand over.
  const theirs = new Set([mention.identity, ...handover.from.emails, ...(handover.from.accounts ?? []), ...(handover.from.sshKeys ?? []), handover.from.name].map((text) => text.trim().replace(/^@/, '').toLowerCase()).filter(Boolean));
  const path = normalizePath(mention.path);
  return items(handover, 'systems').find((item) => {
    const account = item.data.account?.trim().replace(/^@/, '').toLowerCase();
    return account !== undefined && theirs.has(account) && [item.data.name, item.data.url].some((text) => pathTokens(text).includes(path) || text?.includes(path));
  });
}

const MENTIONS: FindingKindSpec = {
  kind: 'mentions',
  rows: (detections, handover) => {
    const rows: FindingRow[] = [];
    const seen = new Set<string>();
    // The item drafted for a file names the person the way the file's owner would look for them: an
    // account before an e-mail, an e-mail before a name or a key.
    const preference = { account: 0, email: 1, 'ssh-key': 2, name: 3 } as const;
    // One item per file and kind of mention (and system, for access).
    const fileKindOf = (mention: MentionFinding) => `${normalizePath(mention.path)}\0${mention.kind}\0${mention.system ?? ''}`;
    const accountFor = new Map<string, MentionFinding>();
    for (const mention of detections.mentions ?? []) {
      const best = accountFor.get(fileKindOf(mention));
      if (!best || preference[mention.identityType] < preference[best.identityType]) accountFor.set(fileKindOf(mention), mention);
    }
    for (const mention of detections.mentions ?? []) {
      const key = `${normalizePath(mention.path)} (${mention.identity})`;
      if (seen.has(key.toLowerCase()) || mentionDecisionOf(handover, mention)) continue;
      seen.add(key.toLowerCase());
      rows.push({
        kind: 'mentions',
        key,
        namedBy: itemNamingMention(handover, mention)?.id,
        draft: ({ t }) => {
          const kindWord = t(`draft.mention.${mention.kind}`);
          const what = mention.system ? `${mention.system} ${kindWord}` : kindWord;
          return {
            section: 'systems',
            idBase: `sys ${mention.identity} ${mention.path}`,
            mergeKey: `mention ${fileKindOf(mention)}`,
            fields: [
              { key: 'name', value: t('draft.system.name', { what, path: normalizePath(mention.path) }), stop: true },
              { key: 'account', value: (accountFor.get(fileKindOf(mention)) ?? mention).identity },
              { key: 'action', value: mention.kind === 'access' ? 'revoke' : 'transfer', stop: true },
              { key: 'status', value: 'todo' },
            ],
          };
        },
      });
    }
    return rows;
  },
};

export const FINDING_KIND_SPECS: readonly FindingKindSpec[] = [OWNED, BRANCHES, CREDENTIALS, MENTIONS];

/** Every finding of the detections, in kind order, each with the item that names it (if any). */
export function findingRows(detections: DetectionResult, handover: Handover, only?: ReadonlySet<FindingKind>): FindingRow[] {
  return FINDING_KIND_SPECS.filter((spec) => !only || only.has(spec.kind)).flatMap((spec) => spec.rows(detections, handover));
}

/** The findings no item names yet. */
export function unnamedFindings(detections: DetectionResult, handover: Handover, only?: ReadonlySet<FindingKind>): FindingRow[] {
  return findingRows(detections, handover, only).filter((row) => row.namedBy === undefined);
}
