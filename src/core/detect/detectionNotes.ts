// A detection's note as data: a message key and its parameters (counts, short commit ids, branch and
// rule names, git's own words). The detectors never write a sentence; the report, the CLI and the
// tree render notes in their reader's language (i18n/messages.notes.*.ts). Never a credential value:
// parameters are counts, ids and names, and every string among them is masked like any text from git.
import type { notesEn } from '../i18n/messages.notes.en';
import type { Translate } from '../i18n/translator';

export type NoteKey = Extract<keyof typeof notesEn, `note.${string}`>;

/** The parameters each note takes: the compiler checks every call site against its message. */
export interface NoteParamsByKey {
  'note.general.notGit': Record<string, never>;
  'note.general.noCommits': Record<string, never>;
  'note.general.gitUnavailable': { detail: string };
  'note.general.shallow': Record<string, never>;
  'note.owned.skippedCommits': { count: number; commits: string };
  'note.owned.notBlamed': { count: number; beyondCap: number; candidates: number; forTime: number; failed: number };
  'note.owned.historyDoubted': { count: number; confirmed: number; measured: number };
  'note.owned.stateDamaged': Record<string, never>;
  'note.owned.stateShallow': Record<string, never>;
  'note.owned.stateMailmap': Record<string, never>;
  'note.owned.stateOtherHistory': { ref: string };
  'note.owned.missingCommits': { count: number; commits: string };
  'note.branches.noMergeBase': { branch: string };
  'note.branches.missingObjects': { branch: string };
  'note.branches.unreadable': { branch: string; detail: string };
  'note.branches.tipMissing': { branch: string };
  'note.credentials.longLines': { count: number; kib: number };
  'note.credentials.unreadableCommits': { count: number; files: number; commits: string };
  'note.credentials.unreadableCommitsWhole': { count: number; files: number; whole: number; commits: string };
  'note.credentials.unreadableAtHead': { count: number; ref: string };
  'note.credentials.shallow': Record<string, never>;
  'note.credentials.missingCommits': { count: number; commits: string };
  'note.credentials.mergesUnread': { count: number; commit: string };
  'note.credentials.mergeFilesTooLarge': { count: number };
  'note.credentials.movedUnread': { count: number };
  'note.credentials.unreadableRefs': { count: number; refs: string };
  'note.gitleaks.badAllowlistPattern': { index: number; field: string };
  'note.gitleaks.badRuleAllowlistPattern': { rule: string; index: number; field: string };
  'note.gitleaks.badRulePathPattern': { rule: string };
  'note.gitleaks.badRulePattern': { rule: string };
  'note.gitleaks.extendsOther': Record<string, never>;
  'note.gitleaks.ownRulesOnly': Record<string, never>;
  'note.gitleaks.noRules': Record<string, never>;
  'note.gitleaks.unknownDisabledRule': { rule: string };
  'note.mentions.missingObjects': { count: number };
  'note.mentions.tooLarge': { count: number; mib: number };
}

// Every message key has its parameters above, and nothing else is there.
type Missing = Exclude<NoteKey, keyof NoteParamsByKey> | Exclude<keyof NoteParamsByKey, NoteKey>;
const everyKeyTyped: [Missing] extends [never] ? true : Missing = true;
void everyKeyTyped;

export type NoteParams = Readonly<Record<string, string | number>>;

/** One note of one detection. */
export interface DetectionNote {
  key: NoteKey;
  params: NoteParams;
}

/** A note about the whole history (`general`, such as a shallow clone) or one detection. */
export type NoteAbout = 'general' | 'owned' | 'branches' | 'credentials' | 'mentions';

/** A note of a detection result: what it is about, so that each view shows only its own. */
export interface ResultNote extends DetectionNote {
  about: NoteAbout;
}

/** A note, its parameters checked against its message. */
export function detectionNote<K extends NoteKey>(key: K, ...params: NoteParamsByKey[K] extends Record<string, never> ? [] : [NoteParamsByKey[K]]): DetectionNote {
  return { key, params: { ...(params[0] ?? {}) } };
}

/** The note as a sentence in the language of `t`. */
export function noteText(note: DetectionNote, t: Translate): string {
  return t(note.key, note.params);
}

/** The notes about `about` and those about the whole history, in order. */
export function notesAbout(notes: readonly ResultNote[], about: Exclude<NoteAbout, 'general'>, withGeneral = true): ResultNote[] {
  return notes.filter((note) => note.about === about || (withGeneral && note.about === 'general'));
}

/** Up to `max` commit ids shortened to 12 characters, with `…` when there are more: the same in every language. */
export function shortCommitList(shas: readonly string[], max: number): string {
  const shown = shas.slice(0, max).map((sha) => sha.slice(0, 12));
  return [...shown, ...(shas.length > max ? ['…'] : [])].join(', ');
}

/** A note as `detect --json` gives it: what it is about, its key and parameters, and its text in the chosen language. */
export interface RenderedNote extends ResultNote {
  text: string;
}

export function withText(notes: readonly ResultNote[], t: Translate): RenderedNote[] {
  return notes.map((note) => ({ about: note.about, key: note.key, params: note.params, text: noteText(note, t) }));
}
