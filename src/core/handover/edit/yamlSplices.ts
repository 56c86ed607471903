// Text splices on HANDOVER.yaml computed from the yaml Document's source ranges: add a key to a
// mapping, append an item to a sequence, replace or remove a value. Each touches only the bytes of
// the node it changes; everything around it (comments, blank lines, quoting, other keys) is left as
// it is. A node's `range` is [start, end of its content, end including a trailing comment].
import { isMap, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { LayoutError } from './layoutError';
import { renderBlockItem, renderBlockPair, renderFlow, type BlockStyle, type OutValue } from './outValue';
import { scalarText } from './scalarText';
import { afterLastLine, breakLengthAt, columnOf, lineBreakNear, lineEndAt, lineStartAt, startsItsLine, trimmedEnd, type Span } from './textLayout';

export type YamlPair = Pair<Node, Node | null>;

function rangeOf(node: Node | null | undefined): [number, number, number] {
  if (!node?.range) throw new LayoutError('a node without a source position');
  return node.range;
}

/**
 * Where the content of a block node ends: the end of its last value, found by walking down. A block
 * collection's own range can run on over a comment that follows it and the next line's indentation,
 * so it is not used; a key with an empty value ends with its key.
 */
function contentEnd(node: Node | null, fallback: number): number {
  if (!node) return fallback;
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1] as YamlPair;
    return contentEnd(last.value, rangeOf(last.key)[1]);
  }
  if (isSeq(node) && !node.flow && node.items.length > 0) return contentEnd(node.items[node.items.length - 1] as Node, rangeOf(node)[1]);
  const [start, end] = rangeOf(node);
  return isNullScalar(node) && start === end ? fallback : end;
}

/**
 * Moves a line end past the comment lines that follow it indented deeper than `column`: they are
 * remarks on the value above, and a new key goes after them. A comment at the keys' column (or a
 * blank line) introduces what comes next, and stays after the new key.
 */
function afterDeeperComments(text: string, lineEnd: number, column: number): number {
  let at = lineEnd;
  while (breakLengthAt(text, at) > 0) {
    const next = at + breakLengthAt(text, at);
    const end = lineEndAt(text, next);
    const line = text.slice(next, end);
    if (!line.trimStart().startsWith('#') || /^ */.exec(line)![0].length <= column) break;
    at = end;
  }
  return at;
}

function contentEndOf(node: YAMLMap | YAMLSeq): number {
  return contentEnd(node, rangeOf(node)[1]);
}

/** Offset just after the `:` that follows a key written on one line (`key:`, `"key" :`). */
function afterColon(text: string, pair: YamlPair): number {
  let at = rangeOf(pair.key)[1];
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] !== ':') throw new LayoutError('an explicit "? key"');
  return at + 1;
}

function isNullScalar(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** Whether a pair's value is null: `key:`, `key: ~`, `key: null`. */
export function isNullValue(pair: YamlPair): boolean {
  return isNullScalar(pair.value);
}

/** Whether a pair's value is an empty null (`key:` with nothing after it, or only a comment). */
function isEmptyNull(pair: YamlPair): boolean {
  if (pair.value === null) return true;
  if (!isNullScalar(pair.value)) return false;
  const [start, end] = rangeOf(pair.value);
  return start === end;
}

/** Adds `key: value` as the last entry of a mapping, in the mapping's style. */
export function insertPair(text: string, mapNode: YAMLMap, key: string, value: OutValue, style: BlockStyle): Span {
  if (mapNode.flow) {
    // `{a: 1}` → `{a: 1, key: value}`; `{}` → `{key: value}`. Written after the last value, so a
    // trailing comma or a comment before `}` stays where it is.
    const entry = `${key}: ${renderFlow(value)}`;
    const lastPair = mapNode.items[mapNode.items.length - 1] as YamlPair | undefined;
    if (!lastPair) {
      const close = rangeOf(mapNode)[1] - 1;
      if (text[close] !== '}') throw new LayoutError('a flow mapping without its closing brace');
      return { start: close, end: close, text: entry };
    }
    const lastEnd = rangeOf(lastPair.value ?? lastPair.key)[1];
    return { start: lastEnd, end: lastEnd, text: `, ${entry}` };
  }
  const last = mapNode.items[mapNode.items.length - 1] as YamlPair | undefined;
  if (!last) throw new LayoutError('an empty block mapping');
  // Siblings share one column; the last key's is taken, as the first may follow `? ` or `- `.
  const indent = columnOf(text, rangeOf(last.key)[0]);
  const at = afterDeeperComments(text, afterLastLine(text, contentEndOf(mapNode)), indent);
  const eol = lineBreakNear(text, at);
  return { start: at, end: at, text: renderBlockPair(key, value, indent, style).map((line) => eol + line).join('') };
}

/** Appends an item to a sequence, in the sequence's style. */
export function appendItem(text: string, seqNode: YAMLSeq, item: OutValue, style: BlockStyle): Span {
  return appendItems(text, seqNode, [item], style);
}

/** Appends items to a sequence, in the sequence's style, as one insertion. */
export function appendItems(text: string, seqNode: YAMLSeq, items: readonly OutValue[], style: BlockStyle): Span {
  const [start, end] = rangeOf(seqNode);
  if (seqNode.flow) {
    const last = seqNode.items[seqNode.items.length - 1] as Node | undefined;
    const written = items.map(renderFlow).join(', ');
    if (!last) {
      const close = end - 1;
      if (text[close] !== ']') throw new LayoutError('a flow sequence without its closing bracket');
      return { start: close, end: close, text: written };
    }
    const lastEnd = rangeOf(last)[1];
    return { start: lastEnd, end: lastEnd, text: `, ${written}` };
  }
  const indent = columnOf(text, start);
  const at = afterDeeperComments(text, afterLastLine(text, contentEndOf(seqNode)), indent);
  const eol = lineBreakNear(text, at);
  return { start: at, end: at, text: items.flatMap((item) => renderBlockItem(item, indent, style)).map((line) => eol + line).join('') };
}

/**
 * Gives a pair whose value is null (`key:`, `key: ~`, `key: null`) a value. An empty `key:` in a
 * block mapping gets its value in block style on the lines below (a placeholder someone left to be
 * filled); a written null is replaced in place, in flow style.
 */
export function fillNullValue(text: string, pair: YamlPair, parentIsFlow: boolean, value: OutValue, style: BlockStyle): Span {
  if (!isNullScalar(pair.value)) throw new LayoutError('a value that is not null');
  if (!isEmptyNull(pair)) {
    const [start, end] = rangeOf(pair.value);
    return { start, end, text: renderFlow(value) };
  }
  const colon = afterColon(text, pair);
  if (parentIsFlow) return { start: colon, end: colon, text: ` ${renderFlow(value)}` };
  if ('scalar' in value) return { start: colon, end: colon, text: ` ${scalarText(value.scalar, 'block', value.date ? 'date' : 'text')}` };
  const indent = columnOf(text, rangeOf(pair.key)[0]);
  // The value's lines: `key:` is rendered at the key's column and dropped, keeping what goes below it.
  const lines = renderBlockPair('k', value, indent, style);
  if (lines.length === 1) {
    // A value that fits on the key's line (a one-line mapping) goes there.
    return { start: colon, end: colon, text: lines[0]!.slice(indent + 2) };
  }
  const at = lineEndAt(text, colon);
  const eol = lineBreakNear(text, at);
  return { start: at, end: at, text: lines.slice(1).map((line) => eol + line).join('') };
}

/** Replaces a scalar value (a note) by another one, keeping the line break after a block scalar. */
export function replaceScalar(text: string, pair: YamlPair, parentIsFlow: boolean, value: string): Span {
  if (!isScalar(pair.value)) throw new LayoutError('a value that is not text');
  if (isEmptyNull(pair)) {
    const colon = afterColon(text, pair);
    return { start: colon, end: colon, text: ` ${scalarText(value, parentIsFlow ? 'flow' : 'block')}` };
  }
  const [start, end] = rangeOf(pair.value);
  const block = pair.value.type === Scalar.BLOCK_FOLDED || pair.value.type === Scalar.BLOCK_LITERAL;
  return { start, end: block ? trimmedEnd(text, start, end) : end, text: scalarText(value, parentIsFlow ? 'flow' : 'block') };
}

/**
 * Removes a pair from a mapping. In block style the pair's lines go (with a comment on them); when
 * the pair shares its line with the item's `-`, the next key moves up onto that line if nothing but
 * blank space lies between them, else only the pair's text goes and the `-` stays on its own line.
 */
export function removePair(text: string, mapNode: YAMLMap, pair: YamlPair): Span {
  const index = mapNode.items.indexOf(pair as never);
  if (index < 0) throw new LayoutError('a key that is not in its mapping');
  const keyStart = rangeOf(pair.key)[0];
  const valueEnd = contentEnd(pair.value, rangeOf(pair.key)[1]);
  const next = mapNode.items[index + 1] as YamlPair | undefined;
  if (mapNode.flow) {
    const previous = mapNode.items[index - 1] as YamlPair | undefined;
    if (previous) return { start: rangeOf(previous.value ?? previous.key)[1], end: valueEnd, text: '' };
    if (next) return { start: keyStart, end: rangeOf(next.key)[0], text: '' };
    return { start: keyStart, end: valueEnd, text: '' };
  }
  const lineEnd = afterLastLine(text, valueEnd);
  if (startsItsLine(text, keyStart)) {
    const start = lineStartAt(text, keyStart);
    let after = lineEnd + breakLengthAt(text, lineEnd);
    // After a block scalar that keeps its trailing blank lines (`|+`, `>+`), blank lines that followed
    // the removed pair would join that scalar's own and change its value: they go with the pair. At
    // the end of a file without a final line break, the break before the pair is the scalar's: it
    // stays, and the file now ends with it (the value matters more than the missing final break).
    const previous = mapNode.items[index - 1] as YamlPair | undefined;
    // A comment indented deeper than the keys, just below the pair, would become text of a block
    // scalar (`|`, `>`) above it once the pair is gone.
    if (previous && isBlockScalar(previous.value) && deeperCommentAt(text, after, columnOf(text, keyStart))) {
      throw new LayoutError('a comment below it would become part of the block text above it');
    }
    const keeps = !!previous && keepsTrailingLines(text, previous.value);
    if (keeps && after === lineEnd) return { start, end: lineEnd, text: '' };
    if (keeps) {
      while (after < text.length) {
        const next = lineEndAt(text, after);
        if (!/^[ \t]*$/.test(text.slice(after, next)) || breakLengthAt(text, next) === 0) break;
        after = next + breakLengthAt(text, next);
      }
    }
    // The last line of a file without a final line break: remove the break before it instead.
    if (after === lineEnd && start > 0) return { start: start - (text[start - 2] === '\r' ? 2 : 1), end: lineEnd, text: '' };
    return { start, end: after, text: '' };
  }
  if (!next) throw new LayoutError('the only key of an item written on the "-" line');
  const nextStart = rangeOf(next.key)[0];
  const between = text.slice(lineEnd, nextStart);
  if (/^\s*$/.test(between)) return { start: keyStart, end: nextStart, text: '' };
  // Comments between the pair and the next key stay: only the pair's own text goes, and the space
  // between the `-` and it, so no line is left ending in a space.
  let start = keyStart;
  while (start > 0 && text[start - 1] === ' ') start--;
  return { start, end: lineEnd, text: '' };
}

/**
 * Removes an item from a sequence. In flow style its text goes with the comma before it (or after
 * it, for the first item); the last item leaves `[]`. In block style the item's lines go, from its
 * `-` to the end of its last value (a comment on those lines included); comment lines above its `-`
 * belong to what they introduce and stay, as do comments below it. The last item of a block
 * sequence leaves its key with an empty value (null, which HANDOVER.yaml allows for these lists).
 */
export function removeItem(text: string, seqNode: YAMLSeq, index: number): Span {
  const item = seqNode.items[index] as Node | undefined;
  if (!item) throw new LayoutError('an item that is not in its list');
  const [itemStart, itemEnd] = rangeOf(item);
  if (seqNode.flow) {
    const previous = seqNode.items[index - 1] as Node | undefined;
    const next = seqNode.items[index + 1] as Node | undefined;
    if (previous) return { start: rangeOf(previous)[1], end: itemEnd, text: '' };
    if (next) return { start: itemStart, end: rangeOf(next)[0], text: '' };
    return { start: itemStart, end: itemEnd, text: '' };
  }
  // The `-` of the item: on the item's first line, or above it with only comments between.
  const column = columnOf(text, rangeOf(seqNode)[0]);
  let start = lineStartAt(text, itemStart);
  while (!text.startsWith('-', start + column) || !/^ *$/.test(text.slice(start, start + column))) {
    if (start === 0) throw new LayoutError('a list item without its "-"');
    start = lineStartAt(text, start - 1);
  }
  const lineEnd = afterLastLine(text, contentEnd(item, itemEnd));
  let after = lineEnd + breakLengthAt(text, lineEnd);
  const previous = seqNode.items[index - 1] as Node | undefined;
  const last = previous ? lastValue(previous) : null;
  // As in removePair: a deeper comment below would become text of a block scalar ending the item above.
  if (isBlockScalar(last) && deeperCommentAt(text, after, column)) {
    throw new LayoutError('a comment below it would become part of the block text above it');
  }
  const keeps = keepsTrailingLines(text, last);
  if (keeps && after === lineEnd) return { start, end: lineEnd, text: '' };
  if (keeps) {
    while (after < text.length) {
      const end = lineEndAt(text, after);
      if (!/^[ \t]*$/.test(text.slice(after, end)) || breakLengthAt(text, end) === 0) break;
      after = end + breakLengthAt(text, end);
    }
  }
  // The last line of a file without a final line break: remove the break before it instead.
  if (after === lineEnd && start > 0) return { start: start - (text[start - 2] === '\r' ? 2 : 1), end: lineEnd, text: '' };
  return { start, end: after, text: '' };
}

/** The value a block node ends with (the last value of its last entry, walking down). */
function lastValue(node: Node | null): Node | null {
  if (isMap(node) && !node.flow && node.items.length > 0) return lastValue((node.items[node.items.length - 1] as YamlPair).value);
  if (isSeq(node) && !node.flow && node.items.length > 0) return lastValue(node.items[node.items.length - 1] as Node);
  return node;
}

function isBlockScalar(node: Node | null): boolean {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}

/** Whether the first line at or after `offset` that is not blank is a comment indented deeper than `column`. */
function deeperCommentAt(text: string, offset: number, column: number): boolean {
  let at = offset;
  while (at < text.length) {
    const end = lineEndAt(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== '') {
      const indent = /^ */.exec(line)![0].length;
      return indent > column && line.trimStart().startsWith('#');
    }
    if (breakLengthAt(text, end) === 0) return false;
    at = end + breakLengthAt(text, end);
  }
  return false;
}

/** A block scalar with "keep" chomping (`|+`, `>2+`): its trailing blank lines are part of its value. */
function keepsTrailingLines(text: string, node: Node | null): boolean {
  if (!isBlockScalar(node)) return false;
  const [start] = rangeOf(node);
  return /^[|>](?:[1-9]?\+|\+[1-9]?)/.test(text.slice(start, start + 3));
}
