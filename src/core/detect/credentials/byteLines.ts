// Cuts git's output, as the bytes it writes them, into whole lines for a reader that looks at bytes
// (patchScanner.ts, mergeReader.ts): a line is decoded only if the reader wants its text. A line split
// between two pieces of output is kept, at most `keptBytes` of it, until its end arrives.
import { MAX_LINE_LENGTH } from './fileMatcher';
import type { KeywordIndex } from './keywordIndex';

const NEWLINE = 10;

/** Bytes kept of a line that spans pieces of output: more than enough for MAX_LINE_LENGTH + 2 characters (a character is at most 3 bytes per UTF-16 unit). */
export const KEPT_BYTES = 4 * (MAX_LINE_LENGTH + 2);

/** Reads whole lines: the bytes from `start` to `end`, where `end - 1` is a newline. */
export type LinesReader = (bytes: Buffer, start: number, end: number) => void;

export class ByteLines {
  /** The start of a line split across pieces of output (at most KEPT_BYTES of it). */
  private partial: Buffer[] = [];
  private partialLength = 0;

  constructor(private readonly read: LinesReader) {}

  /** Hands the whole lines of the next piece of output on; keeps the start of a last line without its newline. */
  feed(chunk: Buffer): void {
    let start = 0;
    if (this.partialLength > 0) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline < 0) {
        this.keep(chunk, 0, chunk.length);
        return;
      }
      this.keep(chunk, 0, newline);
      const line = this.take();
      this.read(line, 0, line.length);
      start = newline + 1;
    }
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) this.read(chunk, start, last + 1);
    const rest = Math.max(start, last + 1);
    if (rest < chunk.length) this.keep(chunk, rest, chunk.length);
  }

  /** The first byte of the line kept from earlier pieces, if any. */
  keptStart(): number | undefined {
    return this.partialLength > 0 ? this.partial[0]?.[0] : undefined;
  }

  /** Hands on the line kept from earlier pieces, if any, as if its newline had come (git stopped mid-line). */
  flush(): void {
    if (this.partialLength === 0) return;
    const line = this.take();
    this.read(line, 0, line.length);
  }

  /** Forgets the line kept from earlier pieces. */
  drop(): void {
    this.partial = [];
    this.partialLength = 0;
  }

  /** The line kept from earlier pieces, with its newline. */
  private take(): Buffer {
    const line = Buffer.concat([...this.partial, Buffer.of(NEWLINE)]);
    this.drop();
    return line;
  }

  private keep(chunk: Buffer, start: number, end: number): void {
    const take = Math.min(KEPT_BYTES - this.partialLength, end - start);
    if (take <= 0) return;
    // A copy: the piece git wrote is not kept alive by a few bytes of it.
    this.partial.push(Buffer.from(chunk.subarray(start, start + take)));
    this.partialLength += take;
  }
}

/** The text of bytes `start`..`end`, cut to `limit` characters as the line readers cut long lines. */
export function decodeLine(bytes: Buffer, start: number, end: number, limit: number): string {
  const text = bytes.toString('utf8', start, Math.min(end, start + KEPT_BYTES));
  return text.length > limit ? text.slice(0, limit) : text;
}

/**
 * Whether the line at `from` is handed to a matcher, and where it ends: its newline's position when it is (the matcher
 * reads every line, or the line holds one of `keywords`, or it is too long to read and is handed on to be counted), else
 * `~` that position. A line longer than the matcher reads is not searched past that length.
 */
export function lineToHandOn(keywords: KeywordIndex, bytes: Buffer, from: number, everyLine: boolean): number {
  if (everyLine) return bytes.indexOf(NEWLINE, from);
  const found = keywords.scanLine(bytes, from, MAX_LINE_LENGTH + 1);
  if (found < 0) return bytes.indexOf(NEWLINE, ~found);
  return found - from > MAX_LINE_LENGTH ? found : ~found;
}
