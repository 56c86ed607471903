/**
 * The file is written in a way an edit cannot handle without touching more than its node (an explicit
 * `? key`, a mapping without source positions…), or a value cannot be written so that it reads back
 * the same. planEdit turns it into an `edit.layout` refusal.
 */
export class LayoutError extends Error {}
