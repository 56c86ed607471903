// Masks secrets in text that is shown but was not scanned as a file: commit subjects, branch names,
// paths, git's error messages. The same rules as the scan find them; each is replaced by `[masked]`.
import { FileMatcher } from './fileMatcher';
import { MASK } from './spanMasks';

function maskLine(line: string): string {
  const spans: [number, number][] = [];
  new FileMatcher('').push(line, 1, (match) => {
    if (match.end > match.start) spans.push([match.start, match.end]);
  });
  if (spans.length === 0) return line;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let position = 0;
  for (const [start, end] of spans) {
    if (end <= position) continue;
    out += line.slice(position, Math.max(position, start)) + MASK;
    position = end;
  }
  return out + line.slice(position);
}

/** `text` with every secret the scan's rules recognise replaced by `[masked]`. */
export function maskSecrets(text: string): string {
  return text.includes('\n') ? text.split('\n').map(maskLine).join('\n') : maskLine(text);
}
