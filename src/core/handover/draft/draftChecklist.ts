// Drafts checklist items from findings: ids unique in the file, one `addItems` edit per section, all
// planned on the text in turn (so the result is proven like every edit), and returned as one change
// with the places the person must write (the editor's tab stops).
import { planEdit, type EditError, type EditOperation, type NewItem } from '../edit';
import type { Translate } from '../../i18n/translator';
import { loadHandoverText } from '../handoverLoader';
import type { Handover, HandoverItem, SectionKey } from '../model';
import { SECTION_ORDER } from '../sections';
import { minimalSpan } from '../edit/textLayout';
import type { DraftItem, FindingRow } from './findingKinds';

/** A place in the inserted text the person should look at: `[start, end)` in `replacement`. */
export interface DraftStop {
  start: number;
  end: number;
  /** A placeholder to replace (TODO(handover)…), as opposed to a value they may adjust. */
  toWrite: boolean;
}

export type DraftPlan =
  | {
      ok: true;
      /** Items added, per section, as written. */
      added: { section: SectionKey; id: string }[];
      newText: string;
      /** One replacement of the text given (offsets in UTF-16 units, a BOM counted), or none when nothing is added. */
      edit?: { startOffset: number; endOffset: number; replacement: string };
      /** In the replacement's order: the placeholders and the values to look at, item by item. */
      stops: DraftStop[];
    }
  | { ok: false; error: EditError };

/** `duty ansible/roles/postgres/` → `duty-ansible-roles-postgres`; words other than [a-z0-9] dropped. */
export function slugId(base: string): string {
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `item${slug ? `-${slug}` : ''}`;
}

function allIds(handover: Handover): Set<string> {
  return new Set(SECTION_ORDER.flatMap((section) => (handover.sections[section] as HandoverItem[]).map((item) => item.id)));
}

type AddItems = Extract<EditOperation, { kind: 'addItems' }>;

/**
 * The edits that add an item for each finding not named yet: one `addItems` per section, in section
 * order, ids unique in the file. `t` is the language of the file.
 */
export function draftOperations(handover: Handover, rows: readonly FindingRow[], t: Translate): { operations: AddItems[]; drafts: (DraftItem & { id: string })[] } {
  const taken = allIds(handover);
  const drafts: (DraftItem & { id: string })[] = [];
  const merged = new Set<string>();
  for (const row of rows) {
    if (row.namedBy !== undefined) continue;
    const draft = row.draft({ t, handover });
    if (draft.mergeKey !== undefined) {
      if (merged.has(draft.mergeKey)) continue;
      merged.add(draft.mergeKey);
    }
    let id = slugId(draft.idBase);
    for (let n = 2; taken.has(id); n++) id = `${slugId(draft.idBase)}-${n}`;
    taken.add(id);
    drafts.push({ ...draft, id });
  }
  const operations: AddItems[] = [];
  for (const section of SECTION_ORDER) {
    const mine = drafts.filter((draft) => draft.section === section);
    if (!mine.length) continue;
    const items: NewItem[] = mine.map((draft) => [{ key: 'id', value: draft.id }, ...draft.fields.map(({ key, value }) => ({ key, value }))]);
    operations.push({ kind: 'addItems', section, items });
  }
  return { operations, drafts };
}

/**
 * Plans adding an item for each finding to HANDOVER.yaml `text` (as read: BOM and line endings kept).
 * Findings already named are skipped, so drafting twice adds nothing. `t` is the file's language.
 */
export function planDraft(text: string, rows: readonly FindingRow[], options: { t: Translate; messages?: Translate }): DraftPlan {
  const messages = options.messages ?? options.t;
  const loaded = loadHandoverText(text.replace(/^\uFEFF/, ''), '/handover-draft/HANDOVER.yaml', { t: messages, exists: () => true });
  const handover = loaded.handover;
  if (!handover) {
    // planEdit words the refusal (the first error, where it is).
    const refused = planEdit(text, { kind: 'addItems', section: 'duties', items: [] }, { t: messages });
    if (!refused.ok) return refused;
    return { ok: true, added: [], newText: text, stops: [] };
  }
  const { operations, drafts } = draftOperations(handover, rows, options.t);
  let newText = text;
  const added: { section: SectionKey; id: string }[] = [];
  for (const operation of operations) {
    const plan = planEdit(newText, operation, { t: messages });
    if (!plan.ok) return plan;
    newText = plan.newText;
    added.push(...operation.items.map((item) => ({ section: operation.section, id: item[0]!.value })));
  }
  if (newText === text) return { ok: true, added, newText, stops: [] };
  const span = minimalSpan(text, newText);
  const edit = { startOffset: span.start, endOffset: span.end, replacement: span.text };
  return { ok: true, added, newText, edit, stops: stopsIn(edit.replacement, drafts, added) };
}

/**
 * Where the fields to look at are in the inserted text: each item is found by its id (unique in the
 * file, matched as a whole word), its fields after it in the order they are written; items in the
 * order they stand in the file.
 */
function stopsIn(replacement: string, drafts: readonly (DraftItem & { id: string })[], added: readonly { id: string }[]): DraftStop[] {
  const groups: { at: number; stops: DraftStop[] }[] = [];
  for (const { id } of added) {
    const draft = drafts.find((d) => d.id === id)!;
    const found = new RegExp(`(?<![A-Za-z0-9._-])${id.replace(/[.]/g, '\\.')}(?![A-Za-z0-9._-])`).exec(replacement);
    if (!found) continue;
    let cursor = found.index + id.length;
    const mine: DraftStop[] = [];
    for (const field of draft.fields) {
      const start = replacement.indexOf(field.value, cursor);
      if (start < 0) continue;
      cursor = start + field.value.length;
      if (field.toWrite || field.stop) mine.push({ start, end: cursor, toWrite: !!field.toWrite });
    }
    // Within an item, the placeholders come first: the cursor lands on what must be written.
    groups.push({ at: found.index, stops: [...mine.filter((stop) => stop.toWrite), ...mine.filter((stop) => !stop.toWrite)] });
  }
  return groups.sort((a, b) => a.at - b.at).flatMap((group) => group.stops);
}
