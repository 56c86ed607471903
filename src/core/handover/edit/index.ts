// Edits of HANDOVER.yaml that keep every byte outside the edited node: the API the extension and the CLI use.
export { applyEdits, planEdit } from './planEdit';
export type { EditError, EditErrorCode, EditOperation, EditPlan, KnownFindings, NewItem, PlanOptions, ReviewRef, TextSpanEdit } from './editTypes';
export { knownFindingsOf } from './knownFindings';
export { FOCUSED_EDIT_MIN_CHARS, readFocused, isFallback, type FocusedReading } from './focusedEdit';
