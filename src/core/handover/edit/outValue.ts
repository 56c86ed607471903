// The small values the product writes into HANDOVER.yaml (`{by, on}`, a signature, a `detected`
// entry, a note) and how they are rendered, in flow style (`{by: 李四, on: 2026-11-25}`) or as block
// lines. Keys keep the order given here, which is the order handover-format.md documents.
import { keyText, scalarText, type ScalarContext } from './scalarText';

export type OutValue = { scalar: string; date?: boolean } | { map: [string, OutValue][] } | { seq: OutValue[] };

export function text(value: string): OutValue {
  return { scalar: value };
}

export function date(value: string): OutValue {
  return { scalar: value, date: true };
}

export function map(entries: [string, OutValue | undefined][]): OutValue {
  return { map: entries.filter((entry): entry is [string, OutValue] => entry[1] !== undefined) };
}

/** The plain data the value stands for, to compare with what the edited file reads back as. */
export function plainOf(value: OutValue): unknown {
  if ('scalar' in value) return value.scalar;
  if ('seq' in value) return value.seq.map(plainOf);
  const data: Record<string, unknown> = {};
  for (const [key, entry] of value.map) data[key] = plainOf(entry);
  return data;
}

function scalar(value: { scalar: string; date?: boolean }, context: ScalarContext): string {
  return scalarText(value.scalar, context, value.date ? 'date' : 'text');
}

/** One-line flow rendering: `{a: x, b: [y]}`. */
export function renderFlow(value: OutValue): string {
  if ('scalar' in value) return scalar(value, 'flow');
  if ('seq' in value) return `[${value.seq.map(renderFlow).join(', ')}]`;
  return `{${value.map.map(([key, entry]) => `${keyText(key)}: ${renderFlow(entry)}`).join(', ')}}`;
}

/** How nested values are laid out when written in block style; taken from the file where it shows. */
export interface BlockStyle {
  /** Columns a nested mapping is indented by. */
  unit: number;
  /** Columns from a key to the `-` of its sequence's items (0: `key:` then `- item` under it). */
  seqOffset: number;
  /** A mapping of scalars only (`{by, on}`, `{name, date}`): on one line, or as block lines. */
  leafMaps: 'flow' | 'block';
  /** Sequence items that are mappings: `- {fingerprint: …}` or `- fingerprint: …` with block lines. */
  seqItems: 'flow' | 'block';
  /** For block items: columns from the `-` to the item's keys (2 for `- key`). */
  itemKeyOffset: number;
}

export const DEFAULT_BLOCK_STYLE: BlockStyle = { unit: 2, seqOffset: 2, leafMaps: 'flow', seqItems: 'flow', itemKeyOffset: 2 };

function isLeafMap(value: OutValue): boolean {
  return 'map' in value && value.map.every(([, entry]) => 'scalar' in entry);
}

function pad(columns: number): string {
  return ' '.repeat(columns);
}

/**
 * Lines (without line breaks) of `key: value` in block style, the key at `indent`. Scalars and, in
 * the flow leaf style, small mappings stay on the key's line; everything else goes below it.
 */
export function renderBlockPair(key: string, value: OutValue, indent: number, style: BlockStyle): string[] {
  const head = `${pad(indent)}${keyText(key)}:`;
  if ('scalar' in value) return [`${head} ${scalar(value, 'block')}`];
  if ('map' in value) {
    if (value.map.length === 0) return [`${head} {}`];
    if (isLeafMap(value) && style.leafMaps === 'flow') return [`${head} ${renderFlow(value)}`];
    return [head, ...value.map.flatMap(([child, entry]) => renderBlockPair(child, entry, indent + style.unit, style))];
  }
  if (value.seq.length === 0) return [`${head} []`];
  return [head, ...value.seq.flatMap((item) => renderBlockItem(item, indent + style.seqOffset, style))];
}

/** Lines of one sequence item, its `-` at `indent`. */
export function renderBlockItem(item: OutValue, indent: number, style: BlockStyle): string[] {
  if ('map' in item && item.map.length > 0 && style.seqItems === 'block') {
    const keyIndent = indent + style.itemKeyOffset;
    const lines = item.map.flatMap(([key, entry]) => renderBlockPair(key, entry, keyIndent, style));
    // The first key sits on the dash's line: `- fingerprint: …`.
    lines[0] = `${pad(indent)}-${pad(style.itemKeyOffset - 1)}${lines[0]!.slice(keyIndent)}`;
    return lines;
  }
  if ('scalar' in item) return [`${pad(indent)}- ${scalar(item, 'block')}`];
  return [`${pad(indent)}- ${renderFlow(item)}`];
}
