// One line of progress on a terminal while a command reads history: which detection runs and how many
// commits it has read, redrawn in place (at most ten times a second) and erased before the command
// prints anything else. Only for a terminal: output piped or redirected (CI logs, `--json > file`) never
// holds it, and a terminal that cannot redraw a line (TERM=dumb) gets none either.
import type { DetectionKind } from '../core/detect/runDetections';
import type { Translate } from '../core/i18n/translator';
import { ReadingWords } from '../core/detect/readingWords';

/** Where the line is drawn: the process's standard error when it is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  /** The terminal's width in columns, when known (the line is cut to fit, so that it never wraps); 80 otherwise. */
  columns(): number | undefined;
}

/** Redraws of the count per second, at most. */
const REDRAWS_PER_SECOND = 10;
/** Carriage return, then erase to the end of the line (ECMA-48 EL). */
const ERASE = '\r\x1b[K';

/** Columns a character takes on a terminal: two for East Asian wide and full-width characters. */
function columnsOf(code: number): number {
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** `text` cut to at most `width` columns, with an ellipsis where it was cut. */
export function fitColumns(text: string, width: number): string {
  let used = 0;
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const w = columnsOf(char.codePointAt(0) ?? 0);
    // Room is kept for the ellipsis unless this is the last character.
    if (used + w > width - (i < chars.length - 1 ? 1 : 0)) return `${out}…`;
    used += w;
    out += char;
  }
  return out;
}

export class ProgressLine {
  private readonly words: ReadingWords;
  private shown = false;
  private lastDrawn = 0;

  constructor(
    private readonly sink: ProgressSink,
    t: Translate,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.words = new ReadingWords(t);
  }

  /** A detection begins: its name is drawn at once. */
  stage(kind: DetectionKind): void {
    this.draw(this.words.begin(kind));
  }

  /** The running detection has read `count` commits (drawn at most REDRAWS_PER_SECOND times a second). */
  commits(count: number): void {
    const at = this.now();
    if (at - this.lastDrawn < 1000 / REDRAWS_PER_SECOND) return;
    this.draw(this.words.commits(count));
  }

  /** Erases the line (before the command prints, and when it ends). */
  clear(): void {
    if (!this.shown) return;
    this.sink.write(ERASE);
    this.shown = false;
  }

  private draw(text: string): void {
    this.lastDrawn = this.now();
    // One column is left free: a line that fills the last column wraps on some terminals.
    // (A pseudo-terminal given no size says 0 columns: taken as unknown.)
    const width = this.sink.columns() || 80;
    this.sink.write(`${ERASE}${fitColumns(text, Math.max(10, width - 1))}`);
    this.shown = true;
  }
}

/**
 * The progress line for this process's standard error, or undefined when it is not a terminal (or one
 * that cannot redraw a line).
 */
export function terminalProgressSink(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ProgressSink | undefined {
  if (!stream.isTTY || env.TERM === 'dumb') return undefined;
  return { write: (text) => void stream.write(text), columns: () => stream.columns };
}
