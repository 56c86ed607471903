// A small line diff (Myers' O(ND) algorithm) and a unified-style rendering of its first changes, for
// `handover check` to show why a committed report is out of date.

export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
  /** 1-based line in the old text (context and removed lines). */
  oldLine?: number;
  /** 1-based line in the new text (context and added lines). */
  newLine?: number;
}

/** Beyond this many differences the diff stops looking for the shortest script and lists blocks. */
const MAX_EDIT_DISTANCE = 2000;

/** The lines of `a` and `b` as kept, removed and added, in order. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  // Common ends first: a report changes in a few places, so the search is over a short middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: ' ', text: a[i]!, oldLine: i + 1, newLine: i + 1 });
  const middle = shortestScript(a.slice(start, endA), b.slice(start, endB));
  for (const line of middle) {
    out.push({
      ...line,
      ...(line.oldLine !== undefined ? { oldLine: line.oldLine + start } : {}),
      ...(line.newLine !== undefined ? { newLine: line.newLine + start } : {}),
    });
  }
  for (let i = 0; endA + i < a.length; i++) out.push({ kind: ' ', text: a[endA + i]!, oldLine: endA + i + 1, newLine: endB + i + 1 });
  return out;
}

function shortestScript(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] holds v[-d..d] as it was when step d began: enough to walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, a, b);
    }
  }
  // Too different to be worth the search: everything removed, then everything added.
  return [...a.map((text, i) => ({ kind: '-' as const, text, oldLine: i + 1 })), ...b.map((text, i) => ({ kind: '+' as const, text, newLine: i + 1 }))];
}

function walkBack(trace: Int32Array[], a: readonly string[], b: readonly string[]): DiffLine[] {
  const lines: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    // Step 0 starts at the origin; every other step came from the neighbouring diagonal.
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      lines.push({ kind: ' ', text: a[x - 1]!, oldLine: x, newLine: y });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === previousX) lines.push({ kind: '+', text: b[y - 1]!, newLine: y });
      else lines.push({ kind: '-', text: a[x - 1]!, oldLine: x });
    }
    x = previousX;
    y = previousY;
  }
  return lines.reverse();
}

export interface UnifiedDiff {
  /** `--- old` / `+++ new` headers and `@@` hunks, one string per line. */
  lines: string[];
  /** Removed plus added lines in the whole diff. */
  changed: number;
  /** Changed lines left out after `maxChanged`. */
  omitted: number;
}

/**
 * The diff of two texts in unified form, with `context` unchanged lines around each change and at
 * most `maxChanged` changed lines shown. Line endings are not compared (CRLF equals LF).
 */
export function unifiedDiff(
  before: string,
  after: string,
  options: { oldLabel: string; newLabel: string; context?: number; maxChanged?: number },
): UnifiedDiff {
  const context = options.context ?? 2;
  const maxChanged = options.maxChanged ?? 40;
  const split = (text: string) => (text === '' ? [] : text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n'));
  const all = diffLines(split(before), split(after));
  const changed = all.filter((line) => line.kind !== ' ').length;
  const lines = [`--- ${options.oldLabel}`, `+++ ${options.newLabel}`];
  if (changed === 0) return { lines: [], changed: 0, omitted: 0 };
  let shown = 0;
  let index = 0;
  while (index < all.length && shown < maxChanged) {
    while (index < all.length && all[index]!.kind === ' ') index++;
    if (index >= all.length) break;
    // A hunk: from `context` lines before this change to `context` lines after the last change that
    // is at most 2 × context lines away from the previous one.
    const from = Math.max(0, index - context);
    let to = index;
    while (to < all.length) {
      if (all[to]!.kind !== ' ') {
        to++;
        continue;
      }
      let gap = to;
      while (gap < all.length && all[gap]!.kind === ' ') gap++;
      if (gap >= all.length || gap - to > 2 * context) break;
      to = gap;
    }
    let end = Math.min(all.length, to + context);
    // Cut the hunk once it has shown the allowed number of changed lines.
    let budget = maxChanged - shown;
    for (let i = from; i < end; i++) {
      if (all[i]!.kind === ' ') continue;
      if (budget === 0) {
        end = i;
        break;
      }
      budget--;
    }
    const hunk = all.slice(from, end);
    const oldLines = hunk.filter((line) => line.kind !== '+');
    const newLines = hunk.filter((line) => line.kind !== '-');
    const oldStart = oldLines[0]?.oldLine ?? (all.slice(0, from).filter((line) => line.kind !== '+').length);
    const newStart = newLines[0]?.newLine ?? (all.slice(0, from).filter((line) => line.kind !== '-').length);
    lines.push(`@@ -${oldStart},${oldLines.length} +${newStart},${newLines.length} @@`);
    for (const line of hunk) lines.push(`${line.kind}${line.text}`);
    shown += hunk.filter((line) => line.kind !== ' ').length;
    index = end;
  }
  return { lines, changed, omitted: changed - shown };
}
