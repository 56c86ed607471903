// The public shapes of HANDOVER.yaml edits: what can be recorded, and the text change that records it.
import type { Translate } from '../../i18n/translator';
import type { FocusedReading } from './focusedEdit';
import type { ParsedYaml } from '../handoverParser';
import type { BranchOutcome, Handover, MentionOutcome, SectionKey, SourceRange } from '../model';
import type { HandoverRole } from '../progress';

/** A reviewed entry is found by the path or the branch it names. */
export type ReviewRef = { path: string } | { branch: string };

/** One thing the successor (or anyone signing) records. Values are trimmed before they are written. */
export type EditOperation =
  /** `accepted: {by, on}` on the item with this id (接收确认). */
  | { kind: 'accept'; id: string; by: string; on: string }
  /** Removes the item's `accepted`. */
  | { kind: 'reopen'; id: string }
  /** `signoff.<role>: {name, date, opinion?}` (签字); only the supervisor gives an opinion (监交意见). */
  | { kind: 'sign'; role: HandoverRole; name: string; date: string; opinion?: string }
  /** `rotated: {by, on}` on a `credentials` item. */
  | { kind: 'rotateCredential'; id: string; by: string; on: string }
  /** `detected.rotated[] += {fingerprint, by, on}` for a credential found in git history. */
  | { kind: 'rotateFinding'; fingerprint: string; by: string; on: string }
  /** `detected.ignore[] += {fingerprint, reason}`: the finding is not a credential. */
  | { kind: 'ignoreFinding'; fingerprint: string; reason: string }
  /** `detected.reviewed[] += {path | branch, by, on, outcome?, note?}`; branches carry an outcome. */
  | { kind: 'review'; target: { path: string } | { branch: string; outcome: BranchOutcome }; by: string; on: string; note?: string }
  /** Sets, replaces or (with empty text) removes `note` on an item or a reviewed entry. */
  | { kind: 'note'; target: { id: string } | ReviewRef; text: string }
  /** Removes the `detected.reviewed[]` entry of this path or branch (found as decisions.ts finds it). */
  | { kind: 'unreview'; target: ReviewRef }
  /** Removes the `detected.rotated[]` entry of this fingerprint. */
  | { kind: 'unrotateFinding'; fingerprint: string }
  /** Removes the `detected.ignore[]` entry of this fingerprint. */
  | { kind: 'unignoreFinding'; fingerprint: string }
  /**
   * `detected.mentions[] += {path, identity, outcome, by, on, note?}`: what became of the configuration
   * lines of `path` that name `identity`. `kept` needs a note (the reason).
   */
  | { kind: 'decideMention'; path: string; identity: string; outcome: MentionOutcome; by: string; on: string; note?: string }
  /** Removes the `detected.mentions[]` entry of this path and identity (found as decisions.ts finds it). */
  | { kind: 'undecideMention'; path: string; identity: string }
  /**
   * Appends checklist items to `<section>` (created where missing), in the style of the items already
   * there. Each item is its fields in the order written, `id` first; values are one line each.
   */
  | { kind: 'addItems'; section: SectionKey; items: NewItem[] };

/** A checklist item to add: its fields, in the order they are written. */
export type NewItem = readonly { key: string; value: string }[];

/** What git history showed, so that an edit about a finding can be refused when it names none. */
export interface KnownFindings {
  /** Fingerprints of the credentials found in git history. */
  fingerprints?: Iterable<string>;
  /** Owned files and folders. */
  paths?: Iterable<string>;
  /** Branches of the person leaving (`kind` tells whether the name starts with a remote). */
  branches?: Iterable<{ name: string; kind: 'local' | 'remote' }>;
  /** Configuration lines that name the person leaving: their path and the identity named. */
  mentions?: Iterable<{ path: string; identity: string }>;
}

export interface PlanOptions {
  /** Language of refusal messages (English by default). */
  t?: Translate;
  /**
   * Required for `rotateFinding`, `ignoreFinding` and `review`; an edit about a finding is refused without it.
   * Taking a decision back (`unreview`, `unrotateFinding`, `unignoreFinding`) needs only the file; for
   * `unreview` of a branch, the branches listed here are used to match a record made with or without the remote.
   */
  known?: KnownFindings;
  /**
   * The caller's own reading of the same text (`parseHandoverYaml` of it, without its BOM, and the model
   * built from it without errors), so that a large file is not parsed twice. Ignored when its text differs.
   */
  parsed?: { parsed: ParsedYaml; handover: Handover };
  /**
   * An edit of one item (accept, reopen, rotateCredential, a note on an item) on a file of at least
   * FOCUSED_EDIT_MIN_CHARS reads only what it needs (focusedEdit.ts), unless its assumptions fail:
   * `auto`. `never` always reads the whole file; `always` tries the focused reading at any size.
   */
  focus?: 'auto' | 'never' | 'always';
  /** The caller's focused reading of the same text (readFocused), so that a large file is outlined once. */
  reading?: FocusedReading;
}

/**
 * Replace `[startOffset, endOffset)` of the text given to `planEdit` with `replacement`. Offsets are
 * UTF-16 code units, counted in that text exactly as given (a BOM included), so that an editor's
 * `positionAt(offset)` on the same text finds them.
 */
export interface TextSpanEdit {
  startOffset: number;
  endOffset: number;
  replacement: string;
}

export type EditErrorCode =
  | 'edit.fileHasErrors'
  | 'edit.unknownId'
  | 'edit.notCredential'
  | 'edit.alreadyAccepted'
  | 'edit.notAccepted'
  | 'edit.alreadyRotated'
  | 'edit.alreadySigned'
  | 'edit.noSupervisor'
  | 'edit.opinionNotSupervisor'
  | 'edit.alreadyIgnored'
  | 'edit.alreadyReviewed'
  | 'edit.notReviewed'
  | 'edit.notRotated'
  | 'edit.notIgnored'
  | 'edit.unknownFingerprint'
  | 'edit.unknownPath'
  | 'edit.unknownBranch'
  | 'edit.findingsUnknown'
  | 'edit.badDate'
  | 'edit.emptyValue'
  | 'edit.multiline'
  | 'edit.badOutcome'
  | 'edit.aliased'
  | 'edit.layout'
  | 'edit.verifyFailed'
  | 'edit.unknownMention'
  | 'edit.mentionDecided'
  | 'edit.mentionNotDecided'
  | 'edit.mentionNeedsReason'
  | 'edit.badMentionOutcome'
  | 'edit.duplicateId'
  | 'edit.badId';

export interface EditError {
  code: EditErrorCode;
  /** Localised, ready to show. */
  message: string;
  /** Where in HANDOVER.yaml, when the refusal is about a place (1-based, BOM not counted, as editors show). */
  range?: SourceRange;
}

export type EditPlan =
  /** `edits` is empty when the file already says what was asked (a note set to the same text). */
  | { ok: true; edits: TextSpanEdit[]; newText: string }
  | { ok: false; error: EditError };
