// Facts read back from a report the product wrote: which commit a committed report describes.

/** The overview row `| Describes commit | `<sha>` (<date>) |`, in either language. */
const DESCRIBED_ROW = /^\| [^|\n]+ \| `([0-9a-f]{40}|[0-9a-f]{64})` ?[(（]\d{4}-\d{2}-\d{2}[)）]/m;

/** The full hash of the commit a report describes, or undefined when it names none. */
export function describedCommitOf(markdown: string): string | undefined {
  return DESCRIBED_ROW.exec(markdown)?.[1];
}
