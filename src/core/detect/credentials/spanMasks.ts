// Masks the secrets found in a path or a ref name. While the scan holds a value in memory it notes
// where that value occurs inside the paths and ref names it will report; only those positions are
// kept, and the text is masked there when findings are built.

export const MASK = '[masked]';

/** `text` with every `[start, end)` span replaced by MASK: overlapping or nested spans give one mask, in any order. */
export function maskSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let position = 0;
  for (const [start, end] of sorted) {
    // A span inside the masked part adds nothing: slice gives '' when start <= position, and out ends with the mask.
    out += text.slice(position, start);
    if (!out.endsWith(MASK) || start > position) out += MASK;
    position = Math.max(position, end);
  }
  return out + text.slice(position);
}

export class SpanMasks {
  private readonly spans = new Map<string, [number, number][]>();

  /** Notes every place `value` occurs in `text`. */
  note(text: string, value: string): void {
    if (value.length === 0) return;
    let at = text.indexOf(value);
    // Keeps texts without the value out of the map (memory: note is called for every path and ref name).
    if (at < 0) return;
    const list = this.spans.get(text) ?? [];
    while (at >= 0) {
      list.push([at, at + value.length]);
      at = text.indexOf(value, at + 1);
    }
    this.spans.set(text, list);
  }

  /** `text` with every noted span replaced by MASK (overlapping spans merged). */
  apply(text: string): string {
    const list = this.spans.get(text);
    return list ? maskSpans(text, list) : text;
  }

  /** `text` (an error message, say) with every noted text inside it masked. */
  applyWithin(text: string): string {
    let out = text;
    for (const noted of this.spans.keys()) out = out.split(noted).join(this.apply(noted));
    return out;
  }
}
