// The outline of HANDOVER.yaml read from the yaml library's lexer alone, without building a document:
// where each top-level key starts and ends, and, for the checklist sections written as block lists,
// where each item starts and ends and which `id` it gives. Lexer tokens are slices of the text, so
// offsets are exact, and a quoted or block scalar or a comment is one token: text that merely looks
// like `- id: x` inside one of them is never taken for an item.
//
// The outline trusts only plain block YAML. Anything it cannot read with certainty (a directive, a
// second document, an anchor, alias or tag, a merge key, an explicit `?` key, a tab in indentation, a
// flow collection at the top level, a top-level key written twice, indentation that does not line up,
// an `id` it cannot read) makes it give up with the reason, and the caller reads the whole file instead.
import { CST, Lexer } from 'yaml';
import { SECTION_ORDER } from '../sections';

export interface OutlineItem {
  /** Start of the line of the item's `-`. */
  start: number;
  /** Start of the next item's line, or the end of its section: comments after the item are in it. */
  end: number;
  /** The values of the item's own `id` keys, as written (one, unless the item repeats the key). */
  ids: string[];
}

export interface OutlineEntry {
  key: string;
  /** Start of the key's line. */
  start: number;
  /** Start of the next top-level key's line, or the end of the text. */
  end: number;
  /** The items of a checklist section written as a block list (empty for any other value). */
  items: OutlineItem[];
}

export interface FileOutline {
  entries: OutlineEntry[];
  /** For each key name asked about, the offset of its first occurrence as a mapping key anywhere in the file. */
  firstKeys: Map<string, number>;
}

export type OutlineResult = { ok: true; outline: FileOutline } | { ok: false; reason: string };

const SECTIONS = new Set<string>(SECTION_ORDER);
// Read once: a bundled namespace's members are getters, too slow to call for each of a million tokens.
const { DOCUMENT, SCALAR, tokenType } = CST;

class Unsupported extends Error {}

function unsupported(reason: string): never {
  throw new Unsupported(reason);
}

/** The text of a one-line scalar token, or undefined when it cannot be read without the full parser. */
function scalarValue(token: string, plain: boolean): string | undefined {
  if (/[\r\n]/.test(token)) return undefined;
  if (plain) return token;
  if (token.length < 2) return undefined;
  if (token.startsWith("'") && token.endsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token.startsWith('"') && token.endsWith('"') && !token.includes('\\')) return token.slice(1, -1);
  return undefined;
}

interface ItemState extends OutlineItem {
  /** `map`: `- key: …` (keys at keyColumn); `flow`: `- {…}`; `other`: anything else; `pending`: not seen yet. */
  shape: 'pending' | 'map' | 'flow' | 'other';
  keyColumn?: number;
  /** Start of the item's first token when it is a scalar: a map item if a `:` follows it. */
  firstScalar?: number;
}

interface EntryState extends OutlineEntry {
  section: boolean;
  /** Column of the section's `-`; undefined until the first; `notList` once a value other than a block list is seen. */
  seqColumn?: number;
  notList: boolean;
  item?: ItemState;
}

/**
 * Reads the outline of `body` (HANDOVER.yaml without its BOM), noting where each key of `keys` first
 * appears. One pass over the lexer's tokens; no document is built.
 */
export function outlineOf(body: string, keys: readonly string[]): OutlineResult {
  try {
    return { ok: true, outline: scan(body, new Set(keys)) };
  } catch (err) {
    if (err instanceof Unsupported) return { ok: false, reason: err.message };
    throw err;
  }
}

function scan(body: string, wantedKeys: Set<string>): FileOutline {
  const entries: EntryState[] = [];
  const firstKeys = new Map<string, number>();
  let entry: EntryState | undefined;
  let offset = 0;
  let lineStart = 0;
  let atLineStart = true;
  let flow = 0;
  let scalarNext = false;
  let content = false;
  let afterDocStart = false;
  /** After a block scalar's header (`|`, `>-`): the next scalar token is its text. */
  let blockText = false;
  /** The scalar just read on this line, which is a key if `:` comes next. */
  let candidate: { start: number; token: string; plain: boolean } | undefined;
  /** A key just read whose value is wanted: an item's `id`. */
  let awaiting: ItemState | undefined;
  /** A line at column 0 that must be a top-level key. */
  let topKeyLine = false;

  const newLine = (at: number) => {
    if (topKeyLine) unsupported('a top-level line that is not a key');
    if (awaiting) unsupported('an id whose value is not on its line');
    atLineStart = true;
    lineStart = at;
    candidate = undefined;
  };

  const closeItem = (at: number) => {
    if (!entry?.item) return;
    entry.item.end = at;
    entry.items.push({ start: entry.item.start, end: entry.item.end, ids: entry.item.ids });
    entry.item = undefined;
  };

  const closeEntry = (at: number) => {
    if (!entry) return;
    closeItem(at);
    entry.end = at;
  };

  /**
   * The first token of a line outside flow collections but a comment (those go on before): this is where
   * the block structure shows. Only a `space` token can come before it on its line, and one with a tab
   * was refused: its column is its indentation.
   */
  const lineFirst = (kind: string, start: number) => {
    const column = start - lineStart;
    if (column === 0) {
      if (kind === 'scalar') {
        closeEntry(lineStart);
        entry = undefined;
        topKeyLine = true;
        return;
      }
      if (kind === 'seq-item-ind' && entry?.section && !entry.notList && (entry.seqColumn ?? 0) === 0) {
        entry.seqColumn = 0;
        closeItem(lineStart);
        entry.item = { start: lineStart, end: lineStart, ids: [], shape: 'pending' };
        return;
      }
      unsupported(`a top level that is not a block mapping (${kind} at column 1)`);
    }
    if (!entry) unsupported('indented text before the first key');
    if (!entry.section || entry.notList) return;
    if (entry.seqColumn === undefined) {
      if (kind !== 'seq-item-ind') {
        entry.notList = true;
        return;
      }
      entry.seqColumn = column;
    }
    if (kind === 'seq-item-ind' && column === entry.seqColumn) {
      closeItem(lineStart);
      entry.item = { start: lineStart, end: lineStart, ids: [], shape: 'pending' };
      return;
    }
    if (column <= entry.seqColumn || !entry.item) unsupported(`indentation that does not line up (line at offset ${start})`);
    const item = entry.item;
    if (item.keyColumn !== undefined && column < item.keyColumn) unsupported(`indentation that does not line up (line at offset ${start})`);
  };

  /**
   * The first token after an item's `-` tells its shape. (An item starts at its `-`, outside flow
   * collections, and the token after the `-` decides: no flow collection is open while it is pending.)
   */
  const firstOfItem = (kind: string, start: number) => {
    const item = entry?.item;
    if (!item || item.shape !== 'pending' || item.firstScalar !== undefined) return;
    if (kind === 'scalar') item.firstScalar = start;
    else if (kind === 'flow-map-start') item.shape = 'flow';
    // Any token but the item's own `-` (the only one at the dash's place): a nested list, a block scalar, ….
    else if (start !== item.start + (entry!.seqColumn ?? 0)) item.shape = 'other';
  };

  const onKey = (key: { start: number; value: string | undefined }) => {
    // A key over several lines (never plain YAML) has the column of its first line, where it starts.
    const column = key.start - lineStart;
    if (key.value !== undefined && wantedKeys.has(key.value) && !firstKeys.has(key.value)) firstKeys.set(key.value, key.start);
    // A merge key brings values from elsewhere, even without an alias (`<<: {title: x}`).
    if (key.value === '<<') unsupported('a merge key');
    if (topKeyLine) {
      // The line starts with a scalar at column 1: a key after it on its line (`'a' b: c`, `"a" {b: c}`) is not at column 1.
      if (column !== 0) unsupported('a top-level key that is not plain');
      topKeyLine = false;
      if (key.value === undefined) unsupported('a top-level key that cannot be read without the full parser');
      if (entries.some((e) => e.key === key.value)) unsupported(`the top-level key "${key.value}" written twice`);
      entry = { key: key.value, start: lineStart, end: body.length, items: [], section: SECTIONS.has(key.value), notList: false };
      entries.push(entry);
      return;
    }
    const item = entry?.item;
    if (!item) return;
    if (item.shape === 'pending') {
      // A pending item's first token was a scalar: that scalar is its first key, or the item is text and a
      // key after it (`- 'x' id: d7`, or `- "x"` with `id: d7` on the next line) is not YAML.
      if (item.firstScalar !== key.start) unsupported('a key after text in an item');
      item.shape = 'map';
      item.keyColumn = column;
    }
    // A map item's own keys are at its key column (only a map item has one). A key inside a flow collection
    // never is: the lexer ends a flow collection at a line not indented past the block it is in (FLOW_END, refused).
    const own = column === item.keyColumn || (item.shape === 'flow' && flow === 1);
    if (!own) return;
    // A key that cannot be read might be `id`: the item's id is then unknown, and so is whether it repeats another.
    if (key.value === undefined) unsupported('an item key that cannot be read without the full parser');
    if (key.value === 'id') awaiting = item;
  };

  const lexer = new Lexer();
  for (const token of lexer.lex(body)) {
    if (token === DOCUMENT) continue;
    if (token === SCALAR) {
      scalarNext = true;
      continue;
    }
    const start = offset;
    offset += token.length;
    const type: CST.TokenType | 'plain' | null = scalarNext ? 'plain' : tokenType(token);
    scalarNext = false;
    if (blockText && type === 'plain') {
      // The text of a block scalar (`|`, `>`): its lines are text, never structure. The lexer ends it
      // with its last line break (but at the end of the text, or when it is empty: it starts a line then).
      blockText = false;
      newLine(offset);
      continue;
    }
    if (type === 'newline') {
      afterDocStart = false;
      newLine(offset);
      continue;
    }
    if (type === 'space') {
      if (atLineStart && token.includes('\t')) unsupported('a tab in indentation');
      continue;
    }
    if (afterDocStart && type !== 'comment') unsupported('content on the "---" line');
    switch (type) {
      case 'doc-start':
        if (content) unsupported('several documents');
        afterDocStart = true;
        atLineStart = false;
        continue;
      case 'comment':
        // Nothing but its line's end follows a comment: newLine() sees what it leaves open.
        continue;
      case 'doc-end':
      case 'directive-line':
        unsupported('a directive or several documents');
      // eslint-disable-next-line no-fallthrough
      case 'anchor':
      case 'alias':
      case 'tag':
        unsupported('an anchor, alias or tag');
      // eslint-disable-next-line no-fallthrough
      case 'explicit-key-ind':
        unsupported('an explicit "?" key');
      // eslint-disable-next-line no-fallthrough
      case 'flow-error-end':
        // The lexer's FLOW_END: a line not indented past the block the flow collection is in.
        unsupported('a flow collection that is not closed');
      // eslint-disable-next-line no-fallthrough
      case 'byte-order-mark':
      case 'doc-mode':
      case null:
      case undefined:
        unsupported(`an unexpected token (${String(type)})`);
    }
    content = true;
    const kind = type === 'plain' || type === 'single-quoted-scalar' || type === 'double-quoted-scalar' ? 'scalar' : type;
    if (atLineStart && flow === 0) lineFirst(kind, start);
    atLineStart = false;
    firstOfItem(kind, start);
    if (kind === 'scalar') {
      if (awaiting) {
        const value = scalarValue(token, type === 'plain');
        if (value === undefined) unsupported('an id that cannot be read without the full parser');
        awaiting.ids.push(value);
        awaiting = undefined;
      } else {
        candidate = { start, token, plain: type === 'plain' };
      }
    } else if (kind === 'map-value-ind') {
      if (!candidate) unsupported('a ":" without a key before it');
      onKey({ start: candidate.start, value: scalarValue(candidate.token, candidate.plain) });
      candidate = undefined;
    } else {
      if (awaiting) unsupported('an id that is not text');
      candidate = undefined;
      if (kind === 'flow-map-start' || kind === 'flow-seq-start') {
        flow++;
      } else if (kind === 'flow-map-end' || kind === 'flow-seq-end') {
        flow = Math.max(0, flow - 1);
      } else if (kind === 'block-scalar-header') {
        blockText = true;
      }
    }
  }
  // The end of the text ends its last line. (The tokens cover the text: the lexer's tokens are slices of
  // it but for the markers skipped above, and a token of no known type is refused.)
  newLine(body.length);
  closeEntry(body.length);
  return { entries: entries.map(({ key, start, end, items }) => ({ key, start, end, items })), firstKeys };
}
