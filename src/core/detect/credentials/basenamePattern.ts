// Which of the rule table's file patterns can be tested on a path's last segment alone. A history
// names thousands of paths (debops 14,000, synapse 23,000) but far fewer file names (2,300 and 9,500):
// a pattern that can only ever match inside the file's name gives the same answer for every path of
// that name, so RuleSet.rulesFor tests it once per name instead of once per path.
//
// The test is on the pattern's source, and errs towards "no": a pattern is read by the name alone only
// when every top-level alternative ends with `$`, may begin with `(?:^|\/)` (the start of the name),
// and holds nothing else that can match a `/` or look at the path's start: no other `/` or `^`, no
// `.` outside a character class, no `\S`, `\W` or `\D`, no negated class other than `[^/]`, no
// escape that may stand for a `/` (`\x2f`, `\u002f`, `\p{…}`), no back-reference, and no flag but `i`. Such an alternative can only match text without a `/` that
// ends where the path ends, that is inside the name; and its `(?:^|\/)` then matches exactly where the
// name begins, in the path as in the name alone.

/** Whether `pattern` answers the same for a path and for the path's last segment (see above). */
export function testsNameOnly(pattern: RegExp): boolean {
  if (pattern.flags.replace(/[gyi]/g, '') !== '') return false;
  const alternatives = topLevelAlternatives(pattern.source);
  if (alternatives === null) return false;
  return alternatives.every(nameOnlyAlternative);
}

const NAME_START = '(?:^|\\/)';
/** A class that matches anything but `/`. */
const NOT_SLASH = '[^/]';
const NOT_SLASH_ESCAPED = '[^\\/]';

function nameOnlyAlternative(alternative: string): boolean {
  let rest = alternative.startsWith(NAME_START) ? alternative.slice(NAME_START.length) : alternative;
  if (!rest.endsWith('$') || rest.endsWith('\\$')) return false;
  rest = rest.slice(0, -1).split(NOT_SLASH_ESCAPED).join('').split(NOT_SLASH).join('');
  let inClass = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      const next = rest[i + 1] ?? '';
      // `\/` is a slash; `\S`, `\W`, `\D` match one, and so may `\x2f`, `\u002f`, `\p{…}`; `\1`… and `\k<…>` refer back.
      if ('/SWDxuckpP'.includes(next) || /[0-9]/.test(next)) return false;
      i++;
      continue;
    }
    if (c === '/' || c === '^' || c === '$') return false;
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      // A negated class other than `[^/]` (taken out above) may match a `/`.
      if (rest[i + 1] === '^') return false;
      inClass = true;
      continue;
    }
    if (c === '.') return false;
  }
  return !inClass;
}

/** The source's alternatives at the top level (outside groups and classes); null when it cannot be read so. */
export function topLevelAlternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(start));
  return out;
}
