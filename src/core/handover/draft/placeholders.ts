// Text the person leaving must still write. A drafted item carries a placeholder in each field only
// they can fill (`reason`, `remaining`, `location`…); every placeholder starts with one marker, in
// both languages, so that validation warns at each until it is replaced and the report marks the item
// "to be completed". The marker is plain ASCII so that it survives any editor and any YAML quoting.
import type { HandoverItem } from '../model';

export const PLACEHOLDER_MARKER = 'TODO(handover)';

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER_MARKER);
}

/** The fields of an item still holding a placeholder, in the item's order. */
export function placeholderFields(item: HandoverItem): string[] {
  return Object.entries(item.data as unknown as Record<string, unknown>)
    .filter(([, value]) => isPlaceholder(value))
    .map(([key]) => key);
}

export function isToBeCompleted(item: HandoverItem): boolean {
  return placeholderFields(item).length > 0 || isPlaceholder(item.note);
}
