// Masks secrets in text that is shown but was not scanned as a file: commit subjects, branch names,
// paths, git's error messages. The same rules as the scan find them; each is replaced by `[masked]`.
import { FileMatcher } from './fileMatcher';
import { maskSpans } from './spanMasks';

function maskLine(line: string): string {
  const spans: [number, number][] = [];
  // Stryker disable next-line StringLiteral: the path only picks file-type profiles by name or extension, and neither '' nor any other word names one
  new FileMatcher('').push(line, 1, (match) => spans.push([match.start, match.end]));
  // Overlapping or nested spans (no two rules report them on one line today) still give one mask and
  // never move back over masked text.
  return maskSpans(line, spans);
}

/** `text` with every secret the scan's rules recognise replaced by `[masked]`, line by line. */
export function maskSecrets(text: string): string {
  return text.split('\n').map(maskLine).join('\n');
}
