// A TOML reader for the part of TOML that gitleaks configurations use: tables, arrays of tables,
// dotted and quoted keys, the four string forms (with escapes), arrays, inline tables, booleans and
// numbers, comments. Dates and times are refused with a clear error. Written here rather than taken
// as a dependency: the subset is small, and a repository's file is read only to find rules.

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

/** What is wrong with a TOML text: a code, so that a note can say it in the reader's language. */
export type TomlProblem =
  | 'unexpectedAfterValue'
  | 'expected'
  | 'expectedKey'
  | 'notTable'
  | 'notArrayOfTables'
  | 'definedTwice'
  | 'dateTime'
  | 'expectedValue'
  | 'unterminatedString'
  | 'badUnicodeEscape'
  | 'unknownEscape'
  | 'arraySeparator'
  | 'inlineTableSeparator';

/** The problems in English, for the error's message (`subject`: the character, literal or key concerned). */
const PROBLEM_TEXT: Record<TomlProblem, (subject: string) => string> = {
  unexpectedAfterValue: (s) => `unexpected "${s}" after a value`,
  expected: (s) => `expected "${s}"`,
  expectedKey: () => 'expected a key',
  notTable: (s) => `"${s}" is not a table`,
  notArrayOfTables: (s) => `"${s}" is not an array of tables`,
  definedTwice: (s) => `"${s}" is defined twice`,
  dateTime: () => 'dates and times are not supported',
  expectedValue: () => 'expected a value',
  unterminatedString: () => 'unterminated string',
  badUnicodeEscape: () => 'bad unicode escape',
  unknownEscape: (s) => `unknown escape "${s}"`,
  arraySeparator: () => 'expected "," or "]" in an array',
  inlineTableSeparator: () => 'expected "," or "}" in an inline table',
};

export class TomlError extends Error {
  constructor(
    readonly problem: TomlProblem,
    readonly line: number,
    /** The character, literal or key concerned ('' when none). */
    readonly subject = '',
  ) {
    super(`line ${line}: ${PROBLEM_TEXT[problem](subject)}`);
    this.name = 'TomlError';
  }
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };

function isTable(value: TomlValue | undefined): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Reader {
  private at = 0;
  private line = 1;
  private readonly root: TomlTable = {};

  constructor(private readonly text: string) {}

  parse(): TomlTable {
    let current = this.root;
    for (;;) {
      this.skipBlank(true);
      if (this.at >= this.text.length) return this.root;
      const c = this.text[this.at];
      if (c === '[') {
        const array = this.text[this.at + 1] === '[';
        this.at += array ? 2 : 1;
        const path = this.keyPath();
        this.expect(array ? ']]' : ']');
        current = array ? this.arrayTable(path) : this.table(path);
      } else {
        const path = this.keyPath();
        this.expect('=');
        this.skipBlank(false);
        const value = this.value();
        this.assign(current, path, value);
      }
      this.endOfLine();
    }
  }

  private fail(problem: TomlProblem, subject = ''): never {
    throw new TomlError(problem, this.line, subject);
  }

  private skipBlank(newlines: boolean): void {
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === ' ' || c === '\t' || c === '\r') this.at++;
      else if (c === '#') while (this.at < this.text.length && this.text[this.at] !== '\n') this.at++;
      else if (c === '\n' && newlines) {
        this.line++;
        this.at++;
      } else return;
    }
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.at < this.text.length && this.text[this.at] !== '\n') this.fail('unexpectedAfterValue', this.text[this.at]);
  }

  private expect(literal: string): void {
    this.skipBlank(false);
    if (!this.text.startsWith(literal, this.at)) this.fail('expected', literal);
    this.at += literal.length;
  }

  private keyPath(): string[] {
    const path: string[] = [];
    for (;;) {
      this.skipBlank(false);
      const c = this.text[this.at];
      if (c === '"') path.push(this.basicString());
      else if (c === "'") path.push(this.literalString());
      else {
        const start = this.at;
        while (this.at < this.text.length && BARE_KEY.test(this.text[this.at] as string)) this.at++;
        if (this.at === start) this.fail('expectedKey');
        path.push(this.text.slice(start, this.at));
      }
      this.skipBlank(false);
      if (this.text[this.at] !== '.') return path;
      this.at++;
    }
  }

  /** The table at `path` (for `[a.b]`), through the last element of any array of tables on the way. */
  private table(path: readonly string[], from: TomlTable = this.root): TomlTable {
    let table = from;
    for (const key of path) {
      let next = table[key];
      if (next === undefined) table[key] = next = {};
      if (Array.isArray(next)) next = next[next.length - 1];
      if (!isTable(next)) this.fail('notTable', path.join('.'));
      table = next;
    }
    return table;
  }

  private arrayTable(path: readonly string[]): TomlTable {
    const parent = this.table(path.slice(0, -1));
    const key = path[path.length - 1] as string;
    const list = parent[key] ?? (parent[key] = []);
    if (!Array.isArray(list)) this.fail('notArrayOfTables', path.join('.'));
    const table: TomlTable = {};
    list.push(table);
    return table;
  }

  private assign(table: TomlTable, path: readonly string[], value: TomlValue): void {
    const parent = this.table(path.slice(0, -1), table);
    const key = path[path.length - 1] as string;
    if (key in parent) this.fail('definedTwice', path.join('.'));
    parent[key] = value;
  }

  private value(): TomlValue {
    const rest = this.text.slice(this.at, this.at + 3);
    if (rest === '"""') return this.multiline('"""');
    if (rest === "'''") return this.multiline("'''");
    const c = this.text[this.at];
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const word = /^(?:true|false|[+-]?(?:inf|nan)|[+-]?[0-9][0-9_]*(?:\.[0-9_]+)?(?:[eE][+-]?[0-9_]+)?|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+)(?=[\s,\]}#]|$)/.exec(this.text.slice(this.at));
    if (!word) {
      if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(this.text.slice(this.at))) this.fail('dateTime');
      this.fail('expectedValue');
    }
    this.at += word[0].length;
    if (word[0] === 'true' || word[0] === 'false') return word[0] === 'true';
    const digits = word[0].replace(/_/g, '');
    return /^0[xob]/.test(digits) ? Number(digits) : Number(digits.replace(/inf$/, 'Infinity'));
  }

  private basicString(): string {
    this.at++;
    let out = '';
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined || c === '\n') this.fail('unterminatedString');
      if (c === '"') return out;
      out += c === '\\' ? this.escape() : c;
    }
  }

  private escape(): string {
    const c = this.text[this.at++] as string;
    if (c in ESCAPES) return ESCAPES[c] as string;
    if (c === 'u' || c === 'U') {
      const length = c === 'u' ? 4 : 8;
      const hex = this.text.slice(this.at, this.at + length);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== length) this.fail('badUnicodeEscape');
      this.at += length;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail('unknownEscape', `\\${c}`);
  }

  private literalString(): string {
    const end = this.text.indexOf("'", this.at + 1);
    const newline = this.text.indexOf('\n', this.at + 1);
    if (end < 0 || (newline >= 0 && newline < end)) this.fail('unterminatedString');
    const out = this.text.slice(this.at + 1, end);
    this.at = end + 1;
    return out;
  }

  private multiline(quote: '"""' | "'''"): string {
    this.at += 3;
    if (this.text[this.at] === '\r') this.at++;
    if (this.text[this.at] === '\n') {
      this.at++;
      this.line++;
    }
    let out = '';
    for (;;) {
      if (this.at >= this.text.length) this.fail('unterminatedString');
      if (this.text.startsWith(quote, this.at)) {
        // Up to two quotes just before the closing three belong to the string.
        let extra = 0;
        while (extra < 2 && this.text[this.at + 3 + extra] === quote[0]) extra++;
        out += quote[0]?.repeat(extra) ?? '';
        this.at += 3 + extra;
        return out;
      }
      const c = this.text[this.at++] as string;
      if (c === '\n') this.line++;
      if (c === '\\' && quote === '"""') {
        if (/^[ \t]*\r?\n/.test(this.text.slice(this.at))) {
          // A line-ending backslash joins the next non-blank text.
          while (/\s/.test(this.text[this.at] ?? '')) if (this.text[this.at++] === '\n') this.line++;
        } else out += this.escape();
      } else out += c;
    }
  }

  private array(): TomlValue[] {
    this.at++;
    const out: TomlValue[] = [];
    for (;;) {
      this.skipBlank(true);
      if (this.text[this.at] === ']') {
        this.at++;
        return out;
      }
      out.push(this.value());
      this.skipBlank(true);
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== ']') this.fail('arraySeparator');
    }
  }

  private inlineTable(): TomlTable {
    this.at++;
    const table: TomlTable = {};
    this.skipBlank(false);
    if (this.text[this.at] === '}') {
      this.at++;
      return table;
    }
    for (;;) {
      const path = this.keyPath();
      this.expect('=');
      this.skipBlank(false);
      this.assign(table, path, this.value());
      this.skipBlank(false);
      const c = this.text[this.at++];
      if (c === '}') return table;
      if (c !== ',') this.fail('inlineTableSeparator');
    }
  }
}

/** Parses TOML text; throws TomlError with the line of the first problem. */
export function parseToml(text: string): TomlTable {
  return new Reader(text.replace(/^\uFEFF/, '')).parse();
}
