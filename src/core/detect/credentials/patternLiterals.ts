// Text a pattern's every match must hold, read from its source, so that a path can be dismissed with
// `includes` before the pattern runs. Most of the rule table's file patterns name one tool's files
// (`karaf…/etc/users.properties`, `…sasl…pwdb`); a history's thousands of paths hold none of their words.
// A pattern never run is never compiled either: V8 compiles each regular expression the first time it
// runs, which is most of what opening the first files of a scan costs on a small history.
//
// The reading errs towards "cannot tell" (no guard): each top-level alternative gives the longest run of
// plain characters that stands outside any group, class or assertion and is not made optional or
// repeated by a quantifier; when one alternative has no such run of at least MIN_LITERAL characters, the
// pattern has no guard. Escaped punctuation (`\.`, `\/`, `\-`) is plain; every other escape ends a run
// and is skipped whole (`\x2f`, `\u{…}`, `\p{…}`, `\k<…>`, back-references).
import { topLevelAlternatives } from './basenamePattern';

/** The shortest run worth a search: shorter ones are in most paths. */
const MIN_LITERAL = 3;

/** For each top-level alternative of `pattern`, a text every match of that alternative holds; undefined when some alternative has none. */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  // `g` and `y` make `test` move `lastIndex`, which a guard would skip; `u` and `v` read escapes another way.
  if (/[gyuv]/.test(pattern.flags)) return undefined;
  const alternatives = topLevelAlternatives(pattern.source);
  if (alternatives === null) return undefined;
  const literals: string[] = [];
  for (const alternative of alternatives) {
    const literal = longestRun(alternative);
    if (literal === undefined || literal.length < MIN_LITERAL) return undefined;
    literals.push(pattern.flags.includes('i') ? literal.toLowerCase() : literal);
  }
  return literals;
}

/** The longest run of plain characters of one alternative (see above); undefined when it cannot be read. */
function longestRun(source: string): string | undefined {
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The atom before is optional or repeated: the run ends before it. A `{` that opens no count stands for itself only with `u`, left out above.
      run = run.slice(0, -1);
      end();
      if (c === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) return undefined;
        i = close;
      }
      if (source[i + 1] === '?') i++;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return undefined;
      if (/[A-Za-z0-9]/.test(next)) {
        // A class (`\d`, `\w`, `\s`), an assertion (`\b`), a control or code (`\n`, `\x2f`, `\u002f`), a back-reference: not plain.
        end();
        i += escapeLength(source, i) - 1;
        continue;
      }
      // Escaped punctuation stands for itself; a quantifier after it is seen on the next turn.
      run += next;
      i++;
      continue;
    }
    if (c === '[' || c === '(') {
      // A class or a group: skipped whole.
      end();
      const close = c === '[' ? classEnd(source, i) : groupEnd(source, i);
      if (close < 0) return undefined;
      i = close;
      continue;
    }
    if (c === ')' || c === ']' || c === '|') return undefined;
    if (c === '^' || c === '$' || c === '.') {
      end();
      continue;
    }
    run += c;
  }
  end();
  return best;
}

/** How many characters the escape at `at` spans (`\d` 2, `\x2f` 4, `\u002f` 6, `\u{2f}` and `\p{…}` to the brace, `\k<…>` to the bracket, `\12` its digits). */
function escapeLength(source: string, at: number): number {
  const letter = source[at + 1] as string;
  if (letter === 'x') return 4;
  if (letter === 'c') return 3;
  if (letter === 'u') return source[at + 2] === '{' ? source.indexOf('}', at) + 1 - at || 2 : 6;
  if (letter === 'p' || letter === 'P') return source[at + 2] === '{' ? source.indexOf('}', at) + 1 - at || 2 : 2;
  if (letter === 'k') return source[at + 2] === '<' ? source.indexOf('>', at) + 1 - at || 2 : 2;
  if (/[0-9]/.test(letter)) {
    let n = 2;
    while (/[0-9]/.test(source[at + n] ?? '')) n++;
    return n;
  }
  return 2;
}

/** The index of the `]` that closes the class opening at `at`, or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** The index of the `)` that closes the group opening at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * `pattern.test`, for text in lower case (a path's `lower`), that first looks for one of the pattern's
 * required literals: the same answer, without running (or compiling) the pattern on most paths.
 */
export function lowerCaseGuard(pattern: RegExp): (text: string) => boolean {
  const literals = requiredLiterals(pattern);
  if (!literals) return (text) => pattern.test(text);
  const words = [...new Set(literals)];
  return (text) => {
    for (const word of words) if (text.includes(word)) return pattern.test(text);
    return false;
  };
}
