// Turns the patch of each commit into ledger entries: every added line goes through the file's matcher,
// every removed line through a second one, and at the end of a commit a value that was removed and not
// added again (a move) is recorded as taken out by that commit. Key stores are judged by name, with
// their blob id standing for their (binary) content; a path-only rule's finding is the file's path.
// A file's matchers are made when its first line is read: most files of a patch have no line with a
// keyword (patchScanner.ts), and then none is.
//
// A sibling (`deferred()`) reads commits out of turn — those the history reader takes from a second git
// process while the log goes on — and keeps what each commit changes (ledger, masks, counts) until
// its turn in log order comes (`replay`): the ledger sees the same calls in the same order as if the
// commits had been read in place.
import { credentialDeclarationOf, FileMatcher, fileReadWhole, isCredentialParentSection, MAX_LINE_LENGTH, presenceRules, profileFor, type FileProfile, type SecretMatch } from './fileMatcher';
import type { KeywordIndex } from './keywordIndex';
import { DEFAULT_RULES, keywordsOfFile, type RuleSet } from './ruleEngine';
import type { CommitInfo, FileSection } from './patchParser';
import type { DeferredVisits, DeferringPatchVisitor } from './patchScanner';
import { valueKey, type Removal, type SecretLedger } from './secretLedger';
import type { SpanMasks } from './spanMasks';
import { isInsertRowsSection } from './sqlDump';

/** What reading a commit changes outside the visitor, applied to the visitor whose turn it is. */
type Effect = (into: HistoryVisitor) => void;

/** A file git found renamed (or copied) in a commit: the patch held only its changed lines (movedFiles.ts). */
export interface FileMove {
  from: string;
  to: string;
  commit: CommitInfo;
}

/** A value a commit that moved files took out of the rest: it may still be in a moved file's unchanged lines. */
export interface HeldRemoval {
  key: string;
  removal: Removal;
}

export class HistoryVisitor implements DeferringPatchVisitor {
  commitsRead = 0;
  longLinesSkipped = 0;
  /** Files moved in the commits read, in log order (newest first). */
  readonly moves: FileMove[] = [];
  /** Removals by commits that moved files, left for movedFiles.ts to decide. */
  readonly heldRemovals: HeldRemoval[] = [];
  /** Paths a finding was recorded in. */
  readonly pathsFound = new Set<string>();
  /** The open commit moved a file. */
  private commitMoved = false;
  private commitInfo: CommitInfo | undefined;
  private path = '';
  /** The open file section's profile (its matchers may not be made yet); undefined between files. */
  private profile: FileProfile | undefined;
  /** The open hunk's header section (see PatchVisitor.hunk), for a matcher made inside the hunk. */
  private hunkSection: string | undefined;
  private inCredentialSection = false;
  /** A fresh matcher of the current file reads every line. */
  private wholeFile = false;
  /** The current file's presence is a finding (a key store, a path-only rule): its blob ids are read. */
  private presence = false;
  private addedMatcher: FileMatcher | undefined;
  private removedMatcher: FileMatcher | undefined;
  private readonly addedKeys = new Set<string>();
  private readonly removedKeys = new Set<string>();
  private readonly onAdded = (match: SecretMatch) => this.record(match);
  private readonly onRemoved = (match: SecretMatch) => this.removedKeys.add(valueKey(match.value));
  /** A sibling reading out of turn: each commit's effects, kept until `replay`; null: applied at once. */
  private kept: Map<string, Effect[]> | null = null;
  /** The effects of the commit being read (a sibling's). */
  private open: Effect[] | null = null;

  constructor(
    private readonly ledger: SecretLedger,
    private readonly masks: SpanMasks,
    /** Ref names that will be reported: a value inside one is masked there. */
    private readonly refNames: readonly string[],
    private readonly onCommitRead?: (count: number) => void,
    private readonly rules: RuleSet = DEFAULT_RULES,
  ) {}

  /** A sibling for commits read out of turn; what it finds reaches this visitor's ledger when `replay` is called with the commit. */
  deferred(): DeferredVisits {
    const sibling = new HistoryVisitor(this.ledger, this.masks, this.refNames, undefined, this.rules);
    const kept = new Map<string, Effect[]>();
    sibling.kept = kept;
    return {
      visitor: sibling,
      replay: (sha) => {
        for (const effect of kept.get(sha) ?? []) effect(this);
        kept.delete(sha);
      },
    };
  }

  private apply(effect: Effect): void {
    if (this.open) this.open.push(effect);
    else effect(this);
  }

  commit(info: CommitInfo): void {
    this.commitInfo = info;
    if (this.kept) {
      this.open = this.kept.get(info.sha) ?? [];
      this.kept.set(info.sha, this.open);
    }
    this.addedKeys.clear();
    this.removedKeys.clear();
    this.commitMoved = false;
  }

  file(path: string): void {
    this.path = path;
    this.profile = profileFor(path);
    this.presence = !!this.profile.keystore || presenceRules(path, this.profile, this.rules).length > 0;
    this.wholeFile = (fileReadWhole(this.profile, this.rules) || this.rules.keywords.needsEveryLine) && !this.profile.findingList && !(this.rules.skipPath?.(path) ?? false);
    this.addedMatcher = undefined;
    this.removedMatcher = undefined;
    this.hunkSection = undefined;
    this.inCredentialSection = false;
  }

  readsEveryAdded(): boolean {
    // (A file without an extension: its first added line, which may be a script's `#!`, before any other: FileMatcher.push.)
    return this.addedMatcher ? this.addedMatcher.readsEveryLine : this.wholeFile || this.inCredentialSection || this.profile?.mayBeScript === true || this.profile?.patch === true;
  }

  readsBlobIds(): boolean {
    return this.presence;
  }

  readsEveryRemoved(): boolean {
    return this.removedMatcher ? this.removedMatcher.readsEveryLine : this.wholeFile || this.inCredentialSection || this.profile?.patch === true;
  }

  keywords(): KeywordIndex {
    return this.profile ? keywordsOfFile(this.rules, this.profile) : this.rules.keywords;
  }

  readsHunkSections(): boolean {
    return this.profile?.yaml === true || this.profile?.sql === true || this.profile?.hclBlocks === true;
  }

  hunk(section?: string): void {
    // A matcher made later (the hunk's first line) starts from the same section.
    this.hunkSection = section;
    // Under a credential's YAML parent every line is read, so that the block's end is seen (FileMatcher.startHunk).
    // (Likewise under an SQL `INSERT … VALUES` whose rows the hunk continues: sqlDump.ts.)
    // (And inside a Terraform variable named as a credential, whose `default` line holds no keyword: FileMatcher.startHunk.)
    this.inCredentialSection = (this.profile?.yaml === true && isCredentialParentSection(section)) || (this.profile?.sql === true && isInsertRowsSection(section)) || (this.profile?.hclBlocks === true && credentialDeclarationOf(section) !== undefined);
    this.addedMatcher?.startHunk(section);
    this.removedMatcher?.startHunk(section);
  }

  added(text: string, line: number): void {
    if (text.length > MAX_LINE_LENGTH) this.apply((into) => into.longLinesSkipped++);
    if (!this.profile) return;
    if (!this.addedMatcher) {
      this.addedMatcher = new FileMatcher(this.path, this.rules, this.profile);
      this.addedMatcher.startHunk(this.hunkSection);
    }
    this.addedMatcher.push(text, line, this.onAdded);
  }

  removed(text: string): void {
    if (!this.profile) return;
    if (!this.removedMatcher) {
      this.removedMatcher = new FileMatcher(this.path, this.rules, this.profile);
      this.removedMatcher.startHunk(this.hunkSection);
    }
    this.removedMatcher.push(text, 0, this.onRemoved);
  }

  fileEnd(section: FileSection): void {
    const commit = this.commitInfo;
    if (section.movedFrom !== undefined && commit) {
      const move: FileMove = { from: section.movedFrom, to: section.path, commit };
      this.commitMoved = true;
      this.apply((into) => into.moves.push(move));
    }
    // Key stores and path-only rules: the file itself is the finding (its removal, when it is deleted or replaced).
    if (this.presence && this.profile) {
      const matcher = this.addedMatcher ?? new FileMatcher(this.path, this.rules, this.profile);
      if (section.newBlob) for (const match of matcher.presence(section.newBlob)) this.record(match);
      if (section.oldBlob) for (const match of matcher.presence(section.oldBlob)) this.removedKeys.add(valueKey(match.value));
    }
    this.profile = undefined;
    this.addedMatcher = undefined;
    this.removedMatcher = undefined;
  }

  commitEnd(): void {
    const commit = this.commitInfo;
    if (commit) {
      const parent = commit.parents[0];
      if (parent) {
        // In a commit that moved a file, a value taken out here may have moved with that file's unchanged lines: decided once they are read.
        const held = this.commitMoved;
        for (const key of this.removedKeys) {
          if (this.addedKeys.has(key)) continue;
          const removal: Removal = { sha: commit.sha, parent, committerTime: commit.committerTime };
          this.apply((into) => (held ? into.heldRemovals.push({ key, removal }) : into.ledger.remove(key, removal)));
        }
      }
      this.apply((into) => {
        into.commitsRead++;
        into.onCommitRead?.(into.commitsRead);
      });
    }
    this.commitInfo = undefined;
    this.open = null;
  }

  private record(match: SecretMatch): void {
    const commit = this.commitInfo;
    if (!commit) return;
    const key = valueKey(match.value);
    this.addedKeys.add(key);
    const path = this.path;
    this.apply((into) => {
      into.pathsFound.add(path);
      into.masks.note(path, match.value);
      for (const ref of into.refNames) into.masks.note(ref, match.value);
      into.ledger.add(key, { kind: match.kind, path, line: match.line, ordinal: match.ordinal, commit });
    });
  }
}
