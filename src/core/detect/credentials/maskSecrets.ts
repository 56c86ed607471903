// Masks secrets in text that is shown but was not scanned as a file: commit subjects, branch names,
// paths, git's error messages. The same rules as the scan find them; each is replaced by `[masked]`.
import { FileMatcher } from './fileMatcher';
import { MASK } from './spanMasks';

function maskLine(line: string): string {
  const spans: [number, number][] = [];
  // Stryker disable next-line StringLiteral: the path only picks file-type profiles by name or extension, and neither '' nor any other word names one
  new FileMatcher('').push(line, 1, (match) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a defence; zero-width matches come only from the key-store rule at the end of a file section, never from push on a line
    if (match.end > match.start) spans.push([match.start, match.end]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let position = 0;
  for (const [start, end] of spans) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a defence for rules to come; no two rules report spans that overlap on one line today (checked on assignments holding URLs and tokens)
    if (end <= position) continue;
    out += line.slice(position, Math.max(position, start)) + MASK;
    position = end;
  }
  return out + line.slice(position);
}

/** `text` with every secret the scan's rules recognise replaced by `[masked]`, line by line. */
export function maskSecrets(text: string): string {
  return text.split('\n').map(maskLine).join('\n');
}
