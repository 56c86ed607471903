// Turns the patch of each commit into ledger entries: every added line goes through the file's matcher,
// every removed line through a second one, and at the end of a commit a value that was removed and not
// added again (a move) is recorded as taken out by that commit. Key stores are judged by name, with
// their blob id standing for their (binary) content; a path-only rule's finding is the file's path.
import { FileMatcher, MAX_LINE_LENGTH, type SecretMatch } from './fileMatcher';
import { DEFAULT_RULES, type RuleSet } from './ruleEngine';
import type { CommitInfo, FileSection, PatchVisitor } from './patchParser';
import { valueKey, type SecretLedger } from './secretLedger';
import type { SpanMasks } from './spanMasks';

export class HistoryVisitor implements PatchVisitor {
  commitsRead = 0;
  longLinesSkipped = 0;
  private commitInfo: CommitInfo | undefined;
  private path = '';
  private addedMatcher: FileMatcher | undefined;
  private removedMatcher: FileMatcher | undefined;
  private readonly addedKeys = new Set<string>();
  private readonly removedKeys = new Set<string>();
  private readonly onAdded = (match: SecretMatch) => this.record(match);
  private readonly onRemoved = (match: SecretMatch) => this.removedKeys.add(valueKey(match.value));

  constructor(
    private readonly ledger: SecretLedger,
    private readonly masks: SpanMasks,
    /** Ref names that will be reported: a value inside one is masked there. */
    private readonly refNames: readonly string[],
    private readonly onCommitRead?: (count: number) => void,
    private readonly rules: RuleSet = DEFAULT_RULES,
  ) {}

  commit(info: CommitInfo): void {
    this.commitInfo = info;
    this.addedKeys.clear();
    this.removedKeys.clear();
  }

  file(path: string): void {
    this.path = path;
    this.addedMatcher = new FileMatcher(path, this.rules);
    this.removedMatcher = undefined;
  }

  hunk(): void {
    this.addedMatcher?.endHunk();
    this.removedMatcher?.endHunk();
  }

  added(text: string, line: number): void {
    if (text.length > MAX_LINE_LENGTH) this.longLinesSkipped++;
    this.addedMatcher?.push(text, line, this.onAdded);
  }

  removed(text: string): void {
    if (!this.addedMatcher) return;
    this.removedMatcher ??= new FileMatcher(this.path, this.rules);
    this.removedMatcher.push(text, 0, this.onRemoved);
  }

  fileEnd(section: FileSection): void {
    // Key stores and path-only rules: the file itself is the finding (its removal, when it is deleted or replaced).
    const matcher = this.addedMatcher;
    if (matcher) {
      if (section.newBlob) for (const match of matcher.presence(section.newBlob)) this.record(match);
      if (section.oldBlob) for (const match of matcher.presence(section.oldBlob)) this.removedKeys.add(valueKey(match.value));
    }
    this.addedMatcher = undefined;
    this.removedMatcher = undefined;
  }

  commitEnd(): void {
    const commit = this.commitInfo;
    if (commit) {
      const parent = commit.parents[0];
      if (parent) {
        for (const key of this.removedKeys) {
          if (!this.addedKeys.has(key)) this.ledger.remove(key, { sha: commit.sha, parent, committerTime: commit.committerTime });
        }
      }
      this.commitsRead++;
      this.onCommitRead?.(this.commitsRead);
    }
    this.commitInfo = undefined;
  }

  private record(match: SecretMatch): void {
    const commit = this.commitInfo;
    if (!commit) return;
    const key = valueKey(match.value);
    this.addedKeys.add(key);
    this.masks.note(this.path, match.value);
    for (const ref of this.refNames) this.masks.note(ref, match.value);
    this.ledger.add(key, { kind: match.kind, path: this.path, line: match.line, ordinal: match.ordinal, commit });
  }
}
