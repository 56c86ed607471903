// What the git detections find, as plain data: the JSON of `handover detect --json`, the tree and the
// report all read these shapes. Dates are YYYY-MM-DD (UTC); "now" for any age is the HEAD commit's
// committer time, never the clock, so that the same repository always gives the same result.
import type { DetectionNote, ResultNote } from './detectionNotes';

/** The person leaving, as HANDOVER.yaml or `--person` names them. Matching is literal, never a regex. */
export interface PersonSpec {
  name?: string;
  /** Author e-mails (compared case-insensitively after .mailmap resolution by git's %aN/%aE). */
  emails: string[];
  /** Code-host, chat and system user names (HANDOVER.yaml `from.accounts`, CLI `--account`). */
  accounts?: string[];
  /** SSH key comments or `SHA256:` fingerprints (`from.sshKeys`). */
  sshKeys?: string[];
}

/**
 * knowledge-island and main-developer are owned; formerly-theirs: history says theirs, today's lines
 * say otherwise; contributor: they wrote some of it.
 */
export type OwnershipLabel = 'knowledge-island' | 'main-developer' | 'formerly-theirs' | 'contributor';

export interface OwnedFile {
  /** Path at HEAD, '/'-separated, relative to the repository root. */
  path: string;
  /** The person's share of the lines authored in this file over its whole history (renames followed), 0..1. */
  share: number;
  /**
   * The person's share of the file's lines as they are now (`git blame -w -M` at the described
   * commit), 0..1; null when not measured (beyond the candidate cap, or blame could not read it).
   */
  currentShare: number | null;
  /** Lines now in the file that the person last wrote; null when not measured. */
  personCurrentLines: number | null;
  /** Lines the file has at HEAD (its size). */
  lines: number;
  /** Lines added / removed by the person, and by everyone, over the file's history. */
  personAdded: number;
  personRemoved: number;
  totalAdded: number;
  totalRemoved: number;
  /** Commits touching the file: the person's and everyone's. */
  personCommits: number;
  totalCommits: number;
  /** Distinct authors of the file. */
  authors: number;
  /** Other people who touched it in the 12 months before HEAD. */
  othersActiveLastYear: number;
  firstTouched: string;
  /** Last time the person leaving touched it. */
  lastTouched: string;
  /** Last time anyone touched it. */
  anyoneLastTouched: string;
  /** Whether the person wrote strictly more of the file than anyone else (now when measured, else over history). */
  mainDeveloper: boolean;
  label: OwnershipLabel;
  /**
   * What the successor must learn, for sorting (higher first): their current lines (history share ×
   * size when not measured) × 0.5^(years since their last touch) ÷ (1 + others active last year).
   */
  risk: number;
}

export interface OwnedFolder {
  path: string;
  files: number;
  /** Files in it labelled knowledge-island or main-developer. */
  ownedFiles: number;
  /** Line-weighted share of the person over the folder's files. */
  share: number;
  lines: number;
  lastTouched: string;
  label: OwnershipLabel;
  risk: number;
}

export interface BranchFinding {
  /** Short ref name: `feature/x` or `origin/feature/x`. */
  name: string;
  kind: 'local' | 'remote';
  /** Commits on the branch not on the default branch, and the reverse. */
  ahead: number;
  behind: number;
  lastCommitDate: string;
  /** Subject of the newest commit (may be masked later for secrets). */
  lastCommitSubject: string;
  upstream?: string;
  /** No commit for `staleDays` before HEAD's date. */
  stale: boolean;
  /** open: work that is not on the default branch; merged-equivalent: every change already landed (squash / rebase / cherry-pick). */
  state: 'open' | 'merged-equivalent';
  /** Share of the branch's unique commits authored by the person, 0..1. */
  personShare: number;
  /**
   * Set when the branch was not compared with the default branch commit by commit: `unrelated-history`
   * (no common commit: an orphan branch), `too-far` (more than 500 commits ahead or 5000 behind, or
   * more than 500 files changed, so not checked for changes that landed by rebase or squash (the
   * squash part); it stays `open`).
   */
  comparison?: 'unrelated-history' | 'too-far';
  /** The `pending` item of HANDOVER.yaml whose `branch` names this branch. */
  pendingId?: string;
}

/**
 * A credential committed to the repository's history: one per distinct secret, however many commits
 * and files repeat it. Never holds the value, nor a hash of it. Paths and ref names are given as the
 * scan masked them (a secret inside a file or branch name is replaced by `[masked]`).
 */
/** Where a credential sits: ordinary code, or tests, vendored code, docs and examples (see credentials/pathContext.ts). */
export type CredentialContext = 'code' | 'test' | 'vendored' | 'docs';

/** One place a credential was added: the oldest commit that added it to that path. */
export interface CredentialLocation {
  /** Path from the repository root, masked where it holds a secret. */
  path: string;
  /** 1-based line in that commit's version of the file. */
  line: number;
  commit: string;
  context: CredentialContext;
}

export interface CredentialFinding {
  /** 16 hex characters derived from where it first appeared (commit, path, kind, line), never from the value. */
  fingerprint: string;
  /** Rule id, e.g. `aws-access-key-id`, `private-key`, `password` (see credentials/credentialKinds.ts). */
  kind: string;
  /** Path, '/'-separated from the repository root, where it first appeared. */
  path: string;
  /** 1-based line in that commit's version of the file. */
  line: number;
  /** The oldest commit that added it (by author time, then committer time). */
  firstCommit: string;
  /** That commit's author after .mailmap: `Name <e-mail>`. */
  author: string;
  /** That commit's author date, YYYY-MM-DD (UTC). */
  date: string;
  /** The newest commit known to still hold it: HEAD when still there, else the parent of the commit that removed it, else the newest branch or tag tip that reaches it. */
  lastCommit: string;
  /** Whether a file at HEAD still holds it. */
  inHead: boolean;
  /** Branches (`main`) and tags (`tags/v1.0`) from which a commit that added it is reachable: history that still exposes it. */
  refs: string[];
  /** Whether the person leaving authored the first commit (e-mail or name, after .mailmap, literal, ignoring case). */
  byPerson: boolean;
  /** From HANDOVER.yaml `detected.rotated`. */
  rotated: { by: string; on: string } | null;
  /** From HANDOVER.yaml `detected.ignore`. */
  ignored: { reason: string } | null;
  /** `code` when any place of it is ordinary code; else where it first appeared (tests, vendored code, docs). */
  context: CredentialContext;
  /** Every distinct path it was added to (the first place first, then by path), at most MAX_LOCATIONS of them. */
  locations: CredentialLocation[];
  /** Distinct paths it was added to, counted up to MAX_COUNTED_PATHS (more than `locations.length` when capped). */
  pathCount: number;
}

/**
 * What a configuration line that names the person leaving is about: what the successor must do with it.
 * `todo`: a TODO / FIXME / XXX / HACK marker, in any text file, that assigns the work to them (`TODO(zhangsan)`).
 * `dependency`: something the project takes from their own account (`uses: zhangsan/action@v1`,
 * `image: ghcr.io/zhangsan/tool`, `github.com/zhangsan/repo`, an npm scope `@zhangsan/x`).
 */
export type MentionKind = 'ownership' | 'review' | 'alerting' | 'access' | 'dependency' | 'todo' | 'other';
export const MENTION_KINDS: readonly MentionKind[] = ['ownership', 'review', 'alerting', 'access', 'dependency', 'todo', 'other'];

/**
 * What the successor should do with a mention: `reassign` to themselves (ownership, review routing,
 * alerting, work markers), `revoke` the access it grants, `move` what the project takes from their
 * account to one the team controls, or `review` a line of other configuration.
 */
export type MentionSuggestion = 'reassign' | 'revoke' | 'move' | 'review';

/**
 * A line of configuration, at the described commit's tree, that names one of the person's identities
 * as a whole token. Never carries the line's text: the line may hold anything (a secret too).
 */
export interface MentionFinding {
  /** Path, '/'-separated from the repository root. */
  path: string;
  /** 1-based line and column (in UTF-16 code units, as editors count) of the token. */
  line: number;
  column: number;
  kind: MentionKind;
  /** Id of the rule that gave the kind, e.g. `codeowners`, `k8s-rbac-subject` (mentions/mentionRules.ts). */
  rule: string;
  /** The identity as HANDOVER.yaml (or the CLI) gives it: an e-mail, account, name, key comment or fingerprint. */
  identity: string;
  /** The text matched on the line, as written there (case may differ from `identity`). */
  token: string;
  identityType: 'email' | 'account' | 'name' | 'ssh-key';
  /** The line is commented out (still a mention: it is one keystroke from being live again). */
  comment: boolean;
  suggestion: MentionSuggestion;
  /** Access mentions: the system it grants access to (`kubernetes`, `aws`, `gcp`, `github`, `ssh`…), when known. */
  system?: string;
  /** Whether the format allows a safe rewrite of the token to the successor (CODEOWNERS, OWNERS, reviewers, Chart maintainers). */
  reassignable: boolean;
}

export interface DetectionResult {
  /** HEAD commit, or null when there is none. */
  head: string | null;
  /** HEAD's committer date: the "now" of every age. */
  headDate: string | null;
  defaultBranch: string | null;
  shallow: boolean;
  person: PersonSpec;
  /** Files the person owns (knowledge island or main developer), what the successor must learn first. */
  ownedFiles: OwnedFile[];
  ownedFolders: OwnedFolder[];
  /** Files they wrote part of without owning them. */
  contributedFiles: OwnedFile[];
  /** Files history names as theirs whose current lines are mostly others': shown apart, not asked for review. */
  formerlyOwnedFiles: OwnedFile[];
  /** Files at HEAD left out of ownership: lockfiles, generated files, snapshots, linguist attributes, exclude globs. */
  excludedFiles: number;
  branches: BranchFinding[];
  /** Committed credentials (every branch and tag): always present, possibly empty. */
  credentials: CredentialFinding[];
  /** Configuration lines that still name the person leaving (at the described commit): always present, possibly empty. */
  mentions: MentionFinding[];
  /**
   * What could not be read (missing objects, a shallow history, limits), each as a message key and
   * its parameters (detectionNotes.ts), and what it is about: `general` (the whole history) or one
   * detection, so that each view shows only its own. Rendered in the reader's language at the edges.
   */
  notes: ResultNote[];
  /**
   * What the caches said (a state damaged, stale or from another clone, so history was read again in
   * full). Not about the repository: never in the report, which must read the same with or without a
   * cache; the extension logs them. Absent when there is nothing to say.
   */
  cacheNotes?: DetectionNote[];
  /**
   * Detections that failed while the others went on (only when asked to run them apart, as the
   * editor does); their lists above are empty. Absent when none failed.
   */
  failures?: DetectionFailure[];
}

/** A detection that failed on its own: why, in a word, and git's message (masked) for the log. */
export interface DetectionFailure {
  kind: 'owned' | 'branches' | 'credentials' | 'mentions';
  reason: 'missingObjects' | 'other';
  detail: string;
}
