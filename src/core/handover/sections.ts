import type { HandoverItem, SectionKey } from './model';

/** Checklist sections in the order the report and the tree show them. */
export const SECTION_ORDER: readonly SectionKey[] = [
  'duties',
  'pending',
  'systems',
  'credentials',
  'documents',
  'contacts',
  'assets',
  'risks',
  'schedule',
];

/** The text that names an item to a person: its title, or its name, or the schedule topic. */
export function itemLabel(item: HandoverItem): string {
  const data = item.data as unknown as Record<string, unknown>;
  for (const key of ['title', 'name', 'topic']) {
    const value = data[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return item.id;
}

/** The date by which an item must be done, when the section has one. */
export function itemDueDate(item: HandoverItem): string | undefined {
  switch (item.section) {
    case 'pending':
      return (item as HandoverItem<'pending'>).data.due;
    case 'credentials':
      return (item as HandoverItem<'credentials'>).data.rotateBy;
    case 'schedule':
      return (item as HandoverItem<'schedule'>).data.date;
    default:
      return undefined;
  }
}
