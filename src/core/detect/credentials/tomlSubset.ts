// A TOML reader for the part of TOML that gitleaks configurations use: tables, arrays of tables,
// dotted and quoted keys, the four string forms (with escapes), arrays, inline tables, booleans and
// numbers, comments. Dates and times are refused with a clear error. Written here rather than taken
// as a dependency: the subset is small, and a repository's file is read only to find rules.

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

/** What is wrong, as a message key of its own (`toml.<problem>` in the message catalogs) and its parameters. */
export type TomlProblem =
  | 'unexpectedAfterValue'
  | 'expected'
  | 'expectedKey'
  | 'notTable'
  | 'notArrayOfTables'
  | 'definedTwice'
  | 'datesUnsupported'
  | 'expectedValue'
  | 'unterminatedString'
  | 'badUnicodeEscape'
  | 'unknownEscape'
  | 'expectedArraySeparator'
  | 'expectedInlineSeparator';

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** 1-based column of the problem on its line. */
    readonly column: number,
    readonly problem: TomlProblem,
    /** The problem's parameters (`text`: the character, literal or key it is about). */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'TomlError';
  }
}

/** Where a key was written: 1-based line and column. */
export interface TomlPosition {
  line: number;
  column: number;
}

/** A parsed file and where each key of a table header's section was written (`extend.path`, `title`). */
export interface TomlDocument {
  table: TomlTable;
  /** Keys by their dotted path from the root (arrays of tables left out of the path). */
  positions: ReadonlyMap<string, TomlPosition>;
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
  readonly positions = new Map<string, TomlPosition>();

  constructor(private readonly text: string) {}

  parse(): TomlTable {
    let current = this.root;
    let header: string[] = [];
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
        header = path;
      } else {
        this.skipBlank(false);
        const where = this.position();
        const path = this.keyPath();
        this.positions.set([...header, ...path].join('.'), where);
        this.expect('=');
        this.skipBlank(false);
        const value = this.value();
        this.assign(current, path, value, where);
      }
      this.endOfLine();
    }
  }

  private position(): TomlPosition {
    return { line: this.line, column: this.at - (this.text.lastIndexOf('\n', this.at - 1) + 1) + 1 };
  }

  private fail(problem: TomlProblem, message: string, params: Record<string, string> = {}, where: TomlPosition = this.position()): never {
    throw new TomlError(message, where.line, where.column, problem, params);
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
    if (this.at < this.text.length && this.text[this.at] !== '\n') this.fail('unexpectedAfterValue', `unexpected "${this.text[this.at]}" after a value`, { text: this.text[this.at] as string });
  }

  private expect(literal: string): void {
    this.skipBlank(false);
    if (!this.text.startsWith(literal, this.at)) this.fail('expected', `expected "${literal}"`, { text: literal });
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
        if (this.at === start) this.fail('expectedKey', 'expected a key');
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
      if (!isTable(next)) this.fail('notTable', `"${path.join('.')}" is not a table`, { text: path.join('.') });
      table = next;
    }
    return table;
  }

  private arrayTable(path: readonly string[]): TomlTable {
    const parent = this.table(path.slice(0, -1));
    const key = path[path.length - 1] as string;
    const list = parent[key] ?? (parent[key] = []);
    if (!Array.isArray(list)) this.fail('notArrayOfTables', `"${path.join('.')}" is not an array of tables`, { text: path.join('.') });
    const table: TomlTable = {};
    list.push(table);
    return table;
  }

  /** Sets a key; `where` it was written, for the error when it is there already. */
  private assign(table: TomlTable, path: readonly string[], value: TomlValue, where?: TomlPosition): void {
    const parent = this.table(path.slice(0, -1), table);
    const key = path[path.length - 1] as string;
    if (key in parent) this.fail('definedTwice', `"${path.join('.')}" is defined twice`, { text: path.join('.') }, where);
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
      if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(this.text.slice(this.at))) this.fail('datesUnsupported', 'dates and times are not supported');
      this.fail('expectedValue', 'expected a value');
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
      if (c === undefined || c === '\n') {
        this.at--; // the problem is where the line ends, not on the next one
        this.fail('unterminatedString', 'unterminated string');
      }
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
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== length) this.fail('badUnicodeEscape', 'bad unicode escape');
      this.at += length;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail('unknownEscape', `unknown escape "\\${c}"`, { text: `\\${c}` });
  }

  private literalString(): string {
    const end = this.text.indexOf("'", this.at + 1);
    const newline = this.text.indexOf('\n', this.at + 1);
    if (end < 0 || (newline >= 0 && newline < end)) this.fail('unterminatedString', 'unterminated string');
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
      if (this.at >= this.text.length) this.fail('unterminatedString', 'unterminated string');
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
      else if (this.text[this.at] !== ']') this.fail('expectedArraySeparator', 'expected "," or "]" in an array');
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
      if (c !== ',') this.fail('expectedInlineSeparator', 'expected "," or "}" in an inline table');
    }
  }
}

/** Parses TOML text; throws TomlError with the line and column of the first problem. */
export function parseToml(text: string): TomlTable {
  return parseTomlDocument(text).table;
}

/** Parses TOML text and keeps where each key was written; throws TomlError as parseToml does. */
export function parseTomlDocument(text: string): TomlDocument {
  const reader = new Reader(text.replace(/^\uFEFF/, ''));
  const table = reader.parse();
  return { table, positions: reader.positions };
}
