// Lines, columns and line breaks of the text being edited. Only `\n` and `\r\n` are line breaks here:
// a lone `\r` (classic Mac files) is not something HANDOVER.yaml files use, and if one appears the
// re-parse after the edit catches any damage.

/** Offset of the first character of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line break ending the line holding `offset` (the `\r` of a `\r\n`), or the text's length. */
export function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > offset && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** Length of the line break starting at `offset`: 2 for `\r\n`, 1 for `\n`, 0 otherwise. */
export function breakLengthAt(text: string, offset: number): number {
  if (text[offset] === '\n') return 1;
  return text[offset] === '\r' && text[offset + 1] === '\n' ? 2 : 0;
}

/** Zero-based column of `offset` in UTF-16 units, which is what indentation (spaces only) needs. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

/** Whether only spaces stand between the start of the line and `offset`. */
export function startsItsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStartAt(text, offset), offset));
}

/**
 * The line break to write near `offset`: the one that ends that line, else the file's first one, else
 * `\n`. Files with CRLF get CRLF; a file mixing both gets whatever its neighbourhood uses.
 */
export function lineBreakNear(text: string, offset: number): string {
  const end = lineEndAt(text, offset);
  if (end < text.length) return text[end] === '\r' ? '\r\n' : '\n';
  const first = text.indexOf('\n');
  if (first < 0) return '\n';
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Where a new line goes after a block node whose content ends at `contentEnd` (the node's `range[1]`):
 * before the line break that ends its last line. A block node's range usually ends just after that
 * line break; when it ends mid-line (a value followed by a comment, or the end of the file), the rest
 * of the line stays with it.
 */
export function afterLastLine(text: string, contentEnd: number): number {
  if (contentEnd > 0 && text[contentEnd - 1] === '\n') return contentEnd - (contentEnd > 1 && text[contentEnd - 2] === '\r' ? 2 : 1);
  return lineEndAt(text, contentEnd);
}

/**
 * End of the text of a value, without the line breaks and blank lines a block scalar (`|`, `>`)
 * carries at its end: replacing it must leave the line break that ends the pair's line.
 */
export function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest replacement turning `before` into `after`: common prefix and suffix trimmed, never
 * cutting a `\r\n` pair or a surrogate pair in two (an editor would see half a character or half a
 * line break).
 */
export function minimalSpan(before: string, after: string, known: { prefix: number; suffix: number } = { prefix: 0, suffix: 0 }): Span {
  const shortest = Math.min(before.length, after.length);
  // Lengths the caller knows to be common (a large file edited within one item): not compared again.
  let prefix = Math.min(known.prefix, shortest);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = Math.min(known.suffix, shortest - prefix);
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const splits = (text: string, at: number) => {
    const previous = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at);
    return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
  };
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) prefix--;
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
