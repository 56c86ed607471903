// The block layout of what an edit writes, taken from the file itself: its indentation step, whether
// its lists are indented under their key, and how existing records of the same kind are written
// (`accepted: {by, on}` on one line, or `accepted:` with `by:` and `on:` below it).
import { isMap, isPair, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import { keyText, pairOf } from '../yamlPositions';
import { DEFAULT_BLOCK_STYLE, type BlockStyle } from './outValue';
import { columnOf } from './textLayout';

/** What is being written: a record under an item, a signature, a note, or an entry of `detected.<list>`. */
export type StyleExample = 'accepted' | 'rotated' | 'signature' | 'note' | `detected.${'ignore' | 'rotated' | 'reviewed' | 'mentions'}` | { items: string };

function start(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

/** Columns between a key and the keys of the block mapping it holds, or between a key and its list's `-`. */
function offsets(text: string, document: Document): { unit?: number; seqOffset?: number } {
  const found: { unit?: number; seqOffset?: number } = {};
  visit(document, {
    Pair(_key, pair) {
      const keyStart = start(pair.key as Node);
      const value = pair.value as Node | null;
      if (keyStart === undefined || !value) return undefined;
      if (found.unit === undefined && isMap(value) && !value.flow) {
        const child = value.items[0] as Pair<Node, Node> | undefined;
        const childStart = start(child?.key);
        const unit = childStart === undefined ? 0 : columnOf(text, childStart) - columnOf(text, keyStart);
        if (unit > 0) found.unit = unit;
      }
      if (found.seqOffset === undefined && isSeq(value) && !value.flow && value.range) {
        const offset = columnOf(text, value.range[0]) - columnOf(text, keyStart);
        if (offset >= 0) found.seqOffset = offset;
      }
      return found.unit !== undefined && found.seqOffset !== undefined ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** The first value stored under one of `keys` anywhere below `under` (or in the whole document). */
function firstValueUnder(document: Document, keys: readonly string[], under?: Node | null): Node | undefined {
  let found: Node | undefined;
  visit((under ?? document) as never, {
    Pair(_key, pair) {
      if (isPair(pair) && keys.includes(keyText(pair as Pair) ?? '') && pair.value) {
        found = pair.value as Node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function blockStyle(text: string, document: Document, example: StyleExample): BlockStyle {
  const { unit = DEFAULT_BLOCK_STYLE.unit, seqOffset } = offsets(text, document);
  const style: BlockStyle = { ...DEFAULT_BLOCK_STYLE, unit, seqOffset: seqOffset ?? unit };
  if (typeof example === 'object') return itemStyle(text, document, example.items, style);
  if (example.startsWith('detected.')) {
    // Entries are written like the entries already in that list, else like those of the other lists.
    const detected = pairOf(document.contents, 'detected')?.value as Node | null | undefined;
    const list = example.slice('detected.'.length);
    const lists = [pairOf(detected, list)?.value, ...['ignore', 'rotated', 'reviewed', 'mentions'].map((other) => pairOf(detected, other)?.value)];
    for (const seq of lists) {
      const item = isSeq(seq) ? (seq.items[0] as Node | undefined) : undefined;
      if (!isMap(item)) continue;
      const firstKey = start((item.items[0] as Pair<Node, Node> | undefined)?.key);
      if (!item.flow && firstKey !== undefined && isSeq(seq) && seq.range) {
        style.seqItems = 'block';
        style.itemKeyOffset = Math.max(2, columnOf(text, firstKey) - columnOf(text, seq.range[0]));
      }
      break;
    }
    return style;
  }
  // `rotated` on a credential follows other rotations, then acceptances; a signature follows other signatures.
  const keys = example === 'signature' ? ['from', 'to', 'supervisor'] : example === 'rotated' ? ['rotated', 'accepted'] : ['accepted'];
  const under = example === 'signature' ? (pairOf(document.contents, 'signoff')?.value as Node | null | undefined) : undefined;
  if (example === 'signature' && !isMap(under)) return style;
  const sample = firstValueUnder(document, keys, under);
  if (isMap(sample) && !sample.flow) style.leafMaps = 'block';
  return style;
}

/**
 * New checklist items are written like the items of their section (`- {id: …}` on one line, or
 * `- id: …` with a key per line, at the same distance from the `-`), else like those of the first
 * section that has items, else with a key per line: the way people write checklists.
 */
function itemStyle(text: string, document: Document, section: string, style: BlockStyle): BlockStyle {
  const root = document.contents as Node | null;
  const sections = [section, ...(isMap(root) ? root.items.map((pair) => keyText(pair as Pair) ?? '') : [])];
  style.seqItems = 'block';
  for (const key of sections) {
    const seq = pairOf(root, key)?.value as Node | null | undefined;
    if (!isSeq(seq) || seq.flow || !seq.range) continue;
    const item = seq.items.find((entry) => isMap(entry)) as Node | undefined;
    if (!isMap(item)) continue;
    if (item.flow) {
      style.seqItems = 'flow';
      return style;
    }
    const firstKey = start((item.items[0] as Pair<Node, Node> | undefined)?.key);
    if (firstKey !== undefined) style.itemKeyOffset = Math.max(2, columnOf(text, firstKey) - columnOf(text, seq.range[0]));
    return style;
  }
  return style;
}
