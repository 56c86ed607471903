// How the credential rules' patterns grow with the length of a line. A line of a minified bundle or a
// generated file reaches the rules whole (up to MAX_LINE_LENGTH characters) as soon as it holds one
// rule's keyword, so a pattern that tries a lazy gap from every position of the line (`[\w./-]+\s[^\n|]*?--x`)
// or a look-behind over the whole line at every space costs the square of the line's length: on
// snipe-it's history one such alternative took 7.8 of the scan's 23 s of CPU.
//
// Each pattern runs on lines of 1,024 and of 16,384 characters, made of one filler repeated, with one
// of the rule's keywords in the middle. The ratio is the long line's time over 16 times the short
// one's: about 1 for a pattern linear in the line, about 16 for a quadratic one. The least of a few
// runs counts (a neighbour's load only adds).
import { FileMatcher, MAX_LINE_LENGTH } from '../../src/core/detect/credentials/fileMatcher';
import type { KeywordIndex } from '../../src/core/detect/credentials/keywordIndex';
import { DEFAULT_RULES, fileContext } from '../../src/core/detect/credentials/ruleEngine';
import { CREDENTIAL_RULES } from '../../src/core/detect/credentials/ruleTable';

/** Fillers: words, options, pairs, JSON, a run of letters, paths, pipes, userinfo, markup, tabs, variables. */
const FILLERS = ['a ', 'ab-cd ', 'x=1&', '"a":"b",', 'aaaaaaaa', 'a.b.c ', ' | ', 'a:b@', '-- ', "'a', ", '<a>b</a>', 'a\t', '$x ', '/a/b'];
const SHORT = 1024;
const LONG = 16 * SHORT;

export interface RuleGrowth {
  rule: string;
  /** Long line's time ÷ (16 × the short line's). */
  ratio: number;
  /** The long line's time, ms. */
  longMs: number;
  /** The keyword and filler of the worst line. */
  line: string;
}

function lineOf(keyword: string, filler: string, length: number): string {
  const half = filler.repeat(Math.ceil(length / 2 / filler.length));
  return `${half} ${keyword} ${half}`.slice(0, length);
}

function nanoseconds(pattern: RegExp, text: string, repeat: number): number {
  const started = process.hrtime.bigint();
  for (let run = 0; run < repeat; run++) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text), guard = 0; m && guard < 100_000; m = pattern.exec(text), guard++) if (m[0] === '') pattern.lastIndex++;
  }
  return Number(process.hrtime.bigint() - started) / repeat;
}

/**
 * The worst line of `words` × FILLERS for one thing timed (`time(text, repeat)`: nanoseconds per run), as `name`'s growth.
 * `long` is the long line's length, `longRuns` how many runs of it the least is taken of. A line whose long run takes under
 * a millisecond counts as linear at most (a ratio of small times is noise, and such a line costs the scan nothing).
 */
function worstGrowth(name: string, words: readonly string[], time: (text: string, repeat: number) => number, long: number, longRuns: number, fillers: readonly string[] = FILLERS, makeLine: (word: string, filler: string, length: number) => string = lineOf): RuleGrowth {
  const scale = long / SHORT;
  let worst: RuleGrowth = { rule: name, ratio: 0, longMs: 0, line: '' };
  for (const word of words) {
    for (const filler of fillers) {
      const short = makeLine(word, filler, SHORT);
      const longLine = makeLine(word, filler, long);
      time(short, 3);
      const shortNs = Math.min(time(short, 10), time(short, 10));
      const longNs = Math.min(...Array.from({ length: longRuns }, () => time(longLine, 1)));
      const ratio = longNs < 1e6 ? Math.min(1, longNs / (scale * Math.max(shortNs, 1))) : longNs / (scale * Math.max(shortNs, 1));
      if (ratio > worst.ratio || (ratio === worst.ratio && longNs / 1e6 > worst.longMs)) worst = { rule: name, ratio, longMs: longNs / 1e6, line: `${JSON.stringify(word)} in ${JSON.stringify(filler)}…` };
    }
  }
  return worst;
}

/** The worst ratio of each rule with a pattern, worst first. */
export function ruleGrowth(): RuleGrowth[] {
  const out: RuleGrowth[] = [];
  for (const rule of CREDENTIAL_RULES) {
    if (!rule.pattern) continue;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    out.push(worstGrowth(rule.id, rule.keywords.length ? rule.keywords : ['password'], (text, repeat) => nanoseconds(pattern, text, repeat), LONG, 2));
  }
  return out.sort((a, b) => b.ratio - a.ratio);
}

/** Files of the kinds the matcher's own readers look at (YAML, JSON, INI, env, XML, shell, code, SQL, config). */
const MATCHER_PATHS = ['deploy/values.yaml', 'config/settings.json', 'conf/app.ini', '.env', 'conf/server.xml', 'scripts/deploy.sh', 'src/app.py', 'db/dump.sql', 'etc/daemon.conf'];
/** Words that wake the readers: credential words, and the names of a name/value pair. */
const MATCHER_WORDS = ['password', 'secret', 'token', 'api_key', 'name', 'value', 'inline_string', 'key:'];

/**
 * The whole matcher (every reader of fileMatcher.ts, not only the table's patterns) on one line of each
 * length, for each kind of file: a reader of its own that tries a gap from every position shows here.
 * The long line stays under MAX_LINE_LENGTH (longer lines are not read at all).
 */
export function matcherGrowth(): RuleGrowth[] {
  const long = Math.min(LONG, MAX_LINE_LENGTH - 64);
  const out = MATCHER_PATHS.map((path) =>
    worstGrowth(`matcher: ${path}`, MATCHER_WORDS, (text, repeat) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < repeat; i++) new FileMatcher(path).push(text, 1, () => undefined);
      return Number(process.hrtime.bigint() - started) / repeat;
    }, long, 3),
  );
  return out.sort((a, b) => b.ratio - a.ratio);
}

/** Words of the keyword index that need a character the line must also hold (`=`, `:`, `@`…), and fillers without one. */
const GATE_WORDS = ['password', 'secret', 'token', 'key', 'auth'];
const GATE_FILLERS = [' ', ' a ', '-', '_x ', '</span><span class="kw">', ', '];

/**
 * The keyword index's byte search (KeywordIndex.scanLine, the gate every changed line of a history meets) on a line that
 * holds a keyword again and again, in a line without the character the keyword needs: each occurrence asks whether the
 * line holds it. Lines of 1 KiB against 16 KiB (a minified bundle's or a generated page's line, searched whole when no
 * limit is given): asked once per line, the search is linear; asked per occurrence, it is quadratic.
 */
export function keywordSearchGrowth(): RuleGrowth[] {
  return ['src/lib.rs', 'docs/api/server.rs.html', 'static/search-index.js', ...MATCHER_PATHS].map((path) => searchGrowth(path, DEFAULT_RULES.keywordsFor(fileContext(path)))).sort((a, b) => b.ratio - a.ratio);
}

/** A line of `word` and `filler` repeated, `length` characters long. */
function repeatedLine(word: string, filler: string, length: number): string {
  const unit = `${word}${filler}`;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function searchGrowth(path: string, index: KeywordIndex): RuleGrowth {
  // Each line's bytes with their newline, made once (the search reads bytes).
  const lines = new Map<string, Buffer>();
  const time = (text: string, repeat: number): number => {
    let bytes = lines.get(text);
    if (!bytes) lines.set(text, (bytes = Buffer.from(`${text}\n`)));
    const started = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) index.scanLine(bytes, 0);
    return Number(process.hrtime.bigint() - started) / repeat;
  };
  return worstGrowth(`keyword search: ${path}`, GATE_WORDS, time, LONG, 2, GATE_FILLERS, repeatedLine);
}
