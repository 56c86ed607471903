// Drafting the checklist from git history, and which findings the checklist names.
export { FINDING_KINDS, findingRows, itemNamingBranch, itemNamingFingerprint, itemNamingMention, itemNamingPath, ownedEntries, pathTokens, unnamedFindings } from './findingKinds';
export type { DraftContext, DraftField, DraftItem, FindingKind, FindingRow } from './findingKinds';
export { draftOperations, planDraft, slugId } from './draftChecklist';
export type { DraftPlan, DraftStop } from './draftChecklist';
export { isPlaceholder, isToBeCompleted, PLACEHOLDER_MARKER, placeholderFields } from './placeholders';
