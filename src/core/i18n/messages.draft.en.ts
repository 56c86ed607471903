// English texts for drafting the checklist from what git history found: the items and placeholders
// written into HANDOVER.yaml, the "named or not" marks of the report and `check`, and `handover draft`.
// Placeholders are {name}. Every placeholder written into the file starts with TODO(handover), the
// marker validation warns at (draft/placeholders.ts).
export const draftEn = {
  'edit.duplicateId': 'The id "{id}" is already used in HANDOVER.yaml.',
  'edit.badId': '"{id}" is not a valid id: lowercase letters, digits, ".", "_" and "-", starting with a letter or a digit.',
  'check.placeholder': 'To be completed: replace "{text}" with the real text.',
  // Items drafted from findings
  'draft.duty.title': 'Look after {path}',
  'draft.duty.titleWithTests': 'Look after {path} and its tests {tests}',
  'draft.duty.titleTestData': 'Look after the test data in {folder} ({files})',
  'draft.duty.details': 'TODO(handover) what the successor needs to know to look after it',
  'draft.document.title': 'Documentation in {path}',
  'draft.pending.title': 'Work on the branch {branch}',
  'draft.pending.reason': 'TODO(handover) why it is unfinished',
  'draft.pending.remaining': 'TODO(handover) what is left to do',
  'draft.credential.name': '{kind} committed in {path}:{line}',
  'draft.credential.location': 'TODO(handover) where it is kept now (vault path or password manager entry)',
  'draft.system.name': '{what} in {path}',
  'draft.mention.access': 'access',
  'draft.mention.ownership': 'ownership',
  'draft.mention.review': 'review routing',
  'draft.mention.alerting': 'alerting',
  /** The catalog's language, for names kept outside the catalogs (credential kinds). */
  'draft.language': 'en',
  'draft.mention.dependency': 'dependency on a personal account',
  'draft.mention.todo': 'TODO',
  'draft.mention.other': 'mention',
  // Report: whether the checklist names each finding
  'report.named.column': 'In checklist',
  'report.named.no': '**not named**',
  'report.named.count': '{count} of {total} not named in the checklist yet.',
  'report.named.all': '{total|The checklist names it.|The checklist names all #.}',
  'report.toComplete': 'to be completed',
  // CLI
  'cli.check.unnamed': '{count|# finding|# findings} from git history not in the checklist: {list}',
  'cli.check.placeholders': '{count|# placeholder|# placeholders} still to be completed: {list}',
  'cli.draft.nothing': 'The checklist already names every finding; nothing to add.',
  'cli.draft.preview': '# {count|# item|# items} the draft would add to {path} (run with --write to add them):',
  'cli.draft.written': 'Added {count|# item|# items} to {path}. Replace each TODO(handover) with the real text.',
  'cli.draft.noHistory': 'Git history could not be read ({detail}); there is nothing to draft from.',
} as const;
