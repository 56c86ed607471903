// Edits of one checklist item on a large HANDOVER.yaml without parsing the whole file: the yaml
// lexer outlines the file (fileOutline.ts), a reduced copy keeps every top-level entry but only the
// items that matter (the one edited, the first of each list and the first that shows how records are
// written), the usual planner plans and proves the edit on that copy, and the splice is carried back
// to the file: only the region edited (the item, or a top-level entry kept whole) is replaced, so the
// rest of the file is byte for byte the same by construction. It is proven again locally: the region,
// read alone before and after, reads as it did in the copy and then as intended.
//
// Whenever an assumption cannot be proven (see fileOutline.ts, and below), the result is a fallback
// with its reason and the caller plans on the whole file, as for a small file.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Translate } from '../../i18n/translator';
import { loadParsedHandover, type LoadedHandover } from '../handoverLoader';
import { MAX_FILE_BYTES, parseHandoverYaml, type ParsedYaml } from '../handoverParser';
import type { Handover, HandoverItem, SectionKey, SourceRange } from '../model';
import type { EditError, EditOperation, EditPlan, PlanOptions } from './editTypes';
import { outlineOf, type OutlineItem } from './fileOutline';
import { firstDifference } from './plainData';
import { minimalSpan } from './textLayout';

/**
 * The file name an edit's reading gives the loader: an edit only needs the text, so the loader's path
 * checks are told every path exists, and no diagnostic of an edit's reading names a real file.
 */
export const VIRTUAL_FILE = '/handover-edit/HANDOVER.yaml';

/** Below this size the whole file is read: it costs little, and every error in it is reported. */
export const FOCUSED_EDIT_MIN_CHARS = 256 * 1024;

/** The keys whose first occurrence shows how a new record is written (styleOf.ts reads the first one). */
const STYLE_KEYS = ['accepted', 'rotated'];

/** Refusals whose details (a count of errors, a path into the data) only the whole file can give. */
const WHOLE_FILE_REFUSALS = new Set(['edit.fileHasErrors', 'edit.verifyFailed', 'edit.layout']);

export interface Segment {
  /** Offsets in the file's text (without BOM). */
  start: number;
  end: number;
  /** Offset of `start` in the reduced copy. */
  at: number;
}

interface KeptItem extends OutlineItem {
  section: SectionKey;
  /** Offset of the item in the reduced copy. */
  at: number;
}

/** A large HANDOVER.yaml as an item edit reads it: the reduced copy, loaded and checked. */
export interface FocusedReading {
  /** The text as given (BOM included). */
  source: string;
  reducedText: string;
  parsed: ParsedYaml;
  /** The model of the reduced copy: every top-level entry, but only the kept items of each list. */
  loaded: LoadedHandover & { handover: Handover };
  /** The items asked for, by id. */
  items: Map<string, KeptItem>;
  /** The top-level entries kept whole (every entry but the checklist sections written as block lists). */
  wholeEntries: Segment[];
  segments: Segment[];
}

export interface Fallback {
  fallback: string;
}

export function isFallback<T extends object>(value: T | Fallback): value is Fallback {
  return 'fallback' in value;
}

interface ReadOptions {
  t: Translate;
  /** Path reported in diagnostics, and the folder documents' paths are checked against. */
  file: string;
  exists?: (absolutePath: string) => boolean;
}

/**
 * Reads `source` for edits of the items `ids`: each must appear exactly once, the file's outline must
 * be plain block YAML, and what is read (the top-level entries and the kept items) must have no error.
 */
export function readFocused(source: string, ids: readonly string[], options: ReadOptions): FocusedReading | Fallback {
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const body = source.slice(bom);
  if (Buffer.byteLength(body, 'utf8') > MAX_FILE_BYTES) return { fallback: 'a file over the size limit' };
  const result = outlineOf(body, STYLE_KEYS);
  if (!result.ok) return { fallback: result.reason };
  const { entries, firstKeys } = result.outline;
  const byId = new Map<string, { item: OutlineItem; section: SectionKey }[]>();
  for (const entry of entries) {
    for (const item of entry.items) {
      for (const id of new Set(item.ids)) {
        const list = byId.get(id) ?? [];
        list.push({ item, section: entry.key as SectionKey });
        byId.set(id, list);
      }
    }
  }
  /** The item of each id asked for. */
  const wanted = new Map<string, OutlineItem>();
  for (const id of ids) {
    const found = byId.get(id) ?? [];
    if (found.length !== 1) return { fallback: found.length === 0 ? `no item with the id "${id}"` : `the id "${id}" in ${found.length} items` };
    if (found[0]!.item.ids.length !== 1) return { fallback: `an item with several ids` };
    wanted.set(id, found[0]!.item);
  }
  const wantedItems = new Set(wanted.values());
  const examples = [...firstKeys.values()];
  const segments: Segment[] = [];
  const kept = new Map<OutlineItem, KeptItem>();
  let reduced = '';
  // One segment per piece kept (mapError() needs only that each starts a line in both texts).
  const keep = (start: number, end: number) => {
    segments.push({ start, end, at: reduced.length });
    reduced += body.slice(start, end);
  };
  keep(0, entries[0]?.start ?? body.length);
  const wholeEntries: Segment[] = [];
  for (const entry of entries) {
    if (entry.items.length === 0) {
      wholeEntries.push({ start: entry.start, end: entry.end, at: reduced.length });
      keep(entry.start, entry.end);
      continue;
    }
    keep(entry.start, entry.items[0]!.start);
    entry.items.forEach((item, index) => {
      const shows = examples.some((at) => at >= item.start && at < item.end);
      if (index !== 0 && !wantedItems.has(item) && !shows) return;
      kept.set(item, { ...item, section: entry.key as SectionKey, at: reduced.length });
      keep(item.start, item.end);
    });
  }
  const parsed = parseHandoverYaml(reduced, options.t);
  const loaded = loadParsedHandover(reduced, parsed, options.file, { t: options.t, exists: options.exists });
  // The loader gives no model for a text with an error.
  if (!loaded.handover) return { fallback: 'errors in what the edit reads' };
  const items = new Map<string, KeptItem>();
  for (const [id, item] of wanted) items.set(id, kept.get(item)!);
  return { source, reducedText: reduced, parsed, loaded: loaded as FocusedReading['loaded'], items, wholeEntries, segments };
}

/**
 * The ids of the items an operation reads and edits: one for an edit of an item; none for a record in
 * `detected` or `signoff`, which are top-level entries the focused reading keeps whole. Undefined for
 * adding items (every id and the end of a list matter).
 */
export function focusOf(operation: EditOperation): string[] | undefined {
  switch (operation.kind) {
    case 'accept':
    case 'reopen':
    case 'rotateCredential':
      return [operation.id.trim()];
    case 'note':
      return 'id' in operation.target ? [operation.target.id.trim()] : [];
    case 'addItems':
      return undefined;
    default:
      return [];
  }
}

/** Plans on a whole text: planEdit without the focused reading (given so that this module does not import it). */
export type WholePlanner = (source: string, operation: EditOperation, options: PlanOptions) => EditPlan;

/**
 * Plans `operation` on one item of `source` through a focused reading (the one in `options.reading`
 * when it was made of this same text, else a new one). Returns the plan, a refusal (its place in the
 * file), or a fallback when the whole file must be read.
 */
export function planFocusedEdit(source: string, operation: EditOperation, options: PlanOptions & { t: Translate }, planWhole: WholePlanner): EditPlan | Fallback {
  const ids = focusOf(operation);
  if (ids === undefined) return { fallback: `"${operation.kind}" needs the whole file` };
  const given = options.reading;
  const reading = given && given.source === source && ids.every((id) => given.items.has(id)) ? given : readFocused(source, ids, { t: options.t, file: VIRTUAL_FILE, exists: () => true });
  if (isFallback(reading)) return reading;
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = source.slice(bom.length);
  const plan = planWhole(reading.reducedText, operation, { t: options.t, known: options.known, parsed: { parsed: reading.parsed, handover: reading.loaded.handover } });
  if (!plan.ok) {
    if (WHOLE_FILE_REFUSALS.has(plan.error.code)) return { fallback: `the edit was refused with ${plan.error.code}` };
    return { ok: false, error: mapError(plan.error, reading, body) };
  }
  if (plan.edits.length === 0) return { ok: true, edits: [], newText: source };
  // The region of the copy the change lies in: the item edited, or the top-level entry kept whole that
  // holds it (regionAfterEdit() is undefined for every other one).
  const regions: Segment[] = ids.length === 1 ? [reading.items.get(ids[0]!)!] : reading.wholeEntries;
  for (const region of regions) {
    const after = regionAfterEdit(reading.reducedText, plan.newText, region);
    if (after === undefined) continue;
    // The file's own text before and after the region, by construction: only the region is proven.
    const before = body.slice(region.start, region.end);
    const proof = ids.length === 1 ? proveItem(before, after, reading.items.get(ids[0]!)!, reading, operation) : proveEntry(before, after, reading, plan.newText);
    if (proof) return { fallback: proof };
    const newBody = body.slice(0, region.start) + after + body.slice(region.end);
    // The smallest change on the file itself, as the whole-file planner gives it (an editor applies it).
    const span = minimalSpan(body, newBody, { prefix: region.start, suffix: body.length - region.end });
    return { ok: true, edits: [{ startOffset: span.start + bom.length, endOffset: span.end + bom.length, replacement: span.text }], newText: bom + newBody };
  }
  return { fallback: ids.length === 1 ? 'a change outside the item' : 'a change outside the top-level entries kept whole' };
}

/**
 * The region's text as the edited copy has it, when everything around the region in the copy is the
 * copy's own text, unchanged; undefined when the change reaches beyond the region (also when the edit
 * removed more than the region: the copy's text before and after it would then overlap). Exported for
 * tests.
 */
export function regionAfterEdit(reduced: string, edited: string, region: Segment): string | undefined {
  const after = reduced.length - (region.at + region.end - region.start);
  if (edited.length - after < region.at || edited.slice(0, region.at) !== reduced.slice(0, region.at) || edited.slice(edited.length - after) !== reduced.slice(reduced.length - after)) {
    return undefined;
  }
  return edited.slice(region.at, edited.length - after);
}

type Data = Record<string, unknown>;

/** The one item a region of the file holds, read alone; undefined when it is not exactly one mapping without error. */
function itemAlone(region: string): Data | undefined {
  const document = parseDocument(region, PARSE_OPTIONS);
  if (document.errors.length > 0 || document.warnings.length > 0 || !isSeq(document.contents) || document.contents.items.length !== 1) return undefined;
  if (!isMap(document.contents.items[0])) return undefined;
  const value = document.toJS({ maxAliasCount: 0 }) as unknown[];
  return value[0] as Data;
}

/** What the item must read as once the operation is recorded, written independently of the planner. */
function intended(item: Data, operation: EditOperation): Data {
  const after = structuredClone(item);
  switch (operation.kind) {
    case 'accept':
      after.accepted = { by: operation.by.trim(), on: operation.on.trim() };
      break;
    case 'reopen':
      delete after.accepted;
      break;
    case 'rotateCredential':
      after.rotated = { by: operation.by.trim(), on: operation.on.trim() };
      break;
    case 'note': {
      const text = operation.text.replace(/\r\n?/g, '\n').trim();
      if (text === '') delete after.note;
      else after.note = text;
      break;
    }
  }
  return after;
}

/** Proves an item's change on the file itself (the item's text before and after); returns why it could not, or undefined when proven. */
function proveItem(itemBefore: string, itemAfter: string, item: KeptItem, reading: FocusedReading, operation: EditOperation): string | undefined {
  const before = itemAlone(itemBefore);
  const after = itemAlone(itemAfter);
  if (!before || !after) return 'an item that does not read alone as one mapping';
  // An id the copy's model lacks (index -1) finds no item in the copy: `before` then differs from undefined.
  const index = (reading.loaded.handover.sections[item.section] as HandoverItem[]).findIndex((entry) => entry.id === item.ids[0]);
  const inCopy = ((reading.parsed.value as Data)[item.section] as unknown[] | undefined)?.[index];
  if (firstDifference(before, inCopy) !== undefined) return 'an item that reads differently alone';
  if (firstDifference(intended(before, operation), after) !== undefined) return 'an edited item that does not read as intended';
  return undefined;
}

const PARSE_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, strict: true } as const;

/** The plain data of a text that must read as one mapping without error or warning. */
function mappingAlone(text: string): Data | undefined {
  const document = parseDocument(text, PARSE_OPTIONS);
  if (document.errors.length > 0 || document.warnings.length > 0 || !isMap(document.contents)) return undefined;
  return document.toJS({ maxAliasCount: 0 }) as Data;
}

/**
 * Proves the change of a top-level entry (`detected`, `signoff`; or a key added after the last one) on
 * the file itself: the region, read alone before and after, holds the keys as the copy has them before
 * and after, and every other key of the copy is unchanged. The planner proved the copy's change to be
 * exactly the intended one; outside the region the file's bytes are the same.
 */
function proveEntry(entryBefore: string, entryAfter: string, reading: FocusedReading, editedCopy: string): string | undefined {
  const before = mappingAlone(entryBefore);
  const after = mappingAlone(entryAfter);
  const copyBefore = reading.parsed.value as Data;
  const copyAfter = mappingAlone(editedCopy);
  if (!before || !after || !copyAfter) return 'an entry that does not read alone as a mapping';
  for (const key of Object.keys(before)) if (firstDifference(before[key], copyBefore[key]) !== undefined) return 'an entry that reads differently alone';
  for (const key of Object.keys(after)) if (firstDifference(after[key], copyAfter[key]) !== undefined) return 'an edited entry that reads differently alone';
  for (const key of new Set([...Object.keys(copyBefore), ...Object.keys(copyAfter)])) {
    if (key in before || key in after) continue;
    if (firstDifference(copyBefore[key], copyAfter[key]) !== undefined) return 'a change in another entry';
  }
  return undefined;
}

/** Moves a refusal's place from the reduced copy to the file: each kept segment starts a line in both. */
function mapError(error: EditError, reading: FocusedReading, body: string): EditError {
  if (!error.range) return error;
  const lineOf = (text: string, offset: number) => {
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
    return line;
  };
  const shift = (line: number) => {
    let delta = 0;
    for (const segment of reading.segments) {
      const reducedLine = lineOf(reading.reducedText, segment.at);
      if (reducedLine > line) break;
      delta = lineOf(body, segment.start) - reducedLine;
    }
    return line + delta;
  };
  // An end at column 1 closes the line before it; its own line may start another segment (the next
  // piece kept), whose place in the file is elsewhere.
  const { start, end } = error.range;
  const endLine = end.col === 1 && end.line > 1 ? shift(end.line - 1) + 1 : shift(end.line);
  const range: SourceRange = { start: { ...start, line: shift(start.line) }, end: { ...end, line: endLine } };
  return { ...error, range };
}
