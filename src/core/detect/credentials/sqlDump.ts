// SQL dumps: rows whose password, secret or token column is named only by the dump's schema. A row
// `INSERT INTO users VALUES (1,'ops','…')` says nothing of its columns; the `CREATE TABLE users (…)` above
// it, an INSERT's own column list, or pg_dump's `COPY users (…) FROM stdin;` does. This reader keeps
// the columns of each table it has seen in the file, and judges a row's value by its column's name as
// the generic reader judges `name = value` (assignmentRules.ts): a password column takes any literal,
// a token or secret column a value that is not plainly a stand-in, a hash column (`password_digest`)
// any hash. Rows of tables whose columns it has not seen are left to the hash shapes of the rule table.
import { classifyKey, keyWords, type KeyClass, type ValueSpan } from './assignmentRules';
import { isLiteralPassword, isLiteralToken } from './valueJudgement';

/** Files read as SQL: dumps and scripts. */
export const SQL_FILE = /\.(?:sql|dump|pgsql|psql|mysql)$/;

const NAME = '((?:[`"\\[]?[\\w$]+[`"\\]]?\\.)?[`"\\[]?[\\w$]+[`"\\]]?)';
const CREATE_TABLE = new RegExp(`^\\s*CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMPORARY|TEMP|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}\\s*\\((.*)$`, 'i');
const INSERT = new RegExp(`^\\s*(?:INSERT|REPLACE)\\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\\s+)*INTO\\s+${NAME}\\s*(?:\\(([^)]*)\\))?\\s*VALUES\\s*(.*)$`, 'i');
const COPY = new RegExp(`^\\s*COPY\\s+${NAME}\\s*\\(([^)]*)\\)\\s+FROM\\s+stdin\\b`, 'i');
/** A line of a CREATE TABLE body that defines no column. */
const NOT_A_COLUMN = /^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|PERIOD|EXCLUDE|LIKE)\b/i;
/** Values that are data of another kind, whatever the column: dates, times, numbers, booleans. */
const NOT_A_SECRET = /^(?:[\d\s:.+\-TZ]+|true|false|t|f|yes|no|null)$/i;

type ColumnClass = KeyClass | null;

function bareName(name: string): string {
  const last = name.split('.').pop() ?? name;
  return last.replace(/^[`"[]|[`"\]]$/g, '').toLowerCase();
}

/** The column names of a comma-separated list of definitions or names (`a int, b text`, `` `a`, `b` ``). */
function columnNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let piece = '';
  let quote = '';
  const take = () => {
    const def = piece.trim();
    piece = '';
    if (!def || NOT_A_COLUMN.test(def)) return;
    const m = /^[`"[]?([\w$]+)/.exec(def);
    if (m?.[1]) names.push(m[1].toLowerCase());
  };
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = '';
      piece += c;
      continue;
    }
    if (c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) {
      take();
      continue;
    }
    if (depth === 0 || c !== '(') piece += c;
  }
  take();
  return names;
}

interface SqlValue {
  text: string;
  start: number;
}

/**
 * The tuples of a VALUES list, from `start`: each tuple's values (quoted ones unquoted, `NULL` as null).
 * Returns whether the statement ended (`;` outside a tuple).
 */
function readTuples(line: string, start: number, visit: (values: (SqlValue | null)[]) => void): boolean {
  let i = start;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ';') return true;
    if (c !== '(') {
      i++;
      continue;
    }
    const values: (SqlValue | null)[] = [];
    i++;
    while (i < line.length) {
      while (line[i] === ' ' || line[i] === '\t') i++;
      const q = line[i];
      if (q === "'" || q === '"') {
        let text = '';
        const valueStart = ++i;
        while (i < line.length) {
          const d = line[i] as string;
          if (d === '\\' && i + 1 < line.length) {
            text += line[i + 1];
            i += 2;
          } else if (d === q && line[i + 1] === q) {
            text += q;
            i += 2;
          } else if (d === q) break;
          else {
            text += d;
            i++;
          }
        }
        values.push({ text, start: valueStart });
        i++; // the closing quote
      } else {
        // A bare value (a number, NULL, a function call): up to the next comma or the tuple's end, at depth 0.
        let depth = 0;
        while (i < line.length && !(depth === 0 && (line[i] === ',' || line[i] === ')'))) {
          if (line[i] === '(') depth++;
          else if (line[i] === ')') depth--;
          i++;
        }
        values.push(null);
      }
      while (line[i] === ' ' || line[i] === '\t') i++;
      if (line[i] === ',') {
        i++;
        continue;
      }
      if (line[i] === ')') i++;
      break;
    }
    visit(values);
  }
  return false;
}

/** Whether a hunk under this section (git's hunk-header context) continues an INSERT's rows: its lines are then read whole. */
export function isInsertRowsSection(section: string | undefined): boolean {
  const insert = section ? INSERT.exec(section) : null;
  return !!insert && !/\(/.test(insert[3] ?? '');
}

/** Reads one SQL file's lines in order; see the file's comment. */
export class SqlDumpReader {
  private readonly tables = new Map<string, string[]>();
  private creating: { table: string; columns: string[] } | undefined;
  /** Columns of the INSERT whose tuples continue on the next lines, or of the COPY block being read. */
  private rows: ColumnClass[] | undefined;
  private copying = false;

  /** Whether the next line belongs to a statement being read (it may hold no keyword). */
  get active(): boolean {
    return this.creating !== undefined || this.rows !== undefined;
  }

  /** A hunk ended: a statement cut by it cannot continue; the tables seen stay known. */
  endHunk(): void {
    this.finishTable();
    this.rows = undefined;
    this.copying = false;
  }

  /**
   * A hunk starts under `section`, git's hunk-header context (the nearest line above it at the first
   * column). Under `INSERT INTO t (columns) VALUES` with no tuple of its own, the hunk's lines are rows of
   * that statement: a later commit that adds one row shows only the row.
   */
  startHunk(section: string | undefined): void {
    const insert = section && isInsertRowsSection(section) ? INSERT.exec(section) : null;
    if (!insert) return;
    const columns = insert[2] !== undefined ? columnNames(insert[2]) : this.tables.get(bareName(insert[1] ?? ''));
    const classes = columns?.map(columnClass);
    if (classes?.some((c) => c !== null)) this.rows = classes;
  }

  read(line: string, out: ValueSpan[]): void {
    if (this.creating) {
      this.readColumns(line);
      return;
    }
    if (this.rows && this.copying) {
      if (line.startsWith('\\.')) {
        this.rows = undefined;
        this.copying = false;
        return;
      }
      this.readCopyRow(line, this.rows, out);
      return;
    }
    if (this.rows) {
      const classes = this.rows;
      if (!/^\s*\(/.test(line)) {
        this.rows = undefined;
      } else {
        if (readTuples(line, 0, (values) => this.judgeRow(values, classes, out))) this.rows = undefined;
        return;
      }
    }
    if (!/create|insert|replace|copy/i.test(line)) return;
    const create = CREATE_TABLE.exec(line);
    if (create) {
      this.creating = { table: bareName(create[1] ?? ''), columns: [] };
      this.readColumns(create[2] ?? '');
      return;
    }
    const insert = INSERT.exec(line);
    if (insert) {
      const columns = insert[2] !== undefined ? columnNames(insert[2]) : this.tables.get(bareName(insert[1] ?? ''));
      if (!columns) return;
      const classes = columns.map(columnClass);
      if (!classes.some((c) => c !== null)) return;
      const rest = insert[3] ?? '';
      const ended = readTuples(line, line.length - rest.length, (values) => this.judgeRow(values, classes, out));
      if (!ended) this.rows = classes;
      return;
    }
    const copy = COPY.exec(line);
    if (copy) {
      const classes = columnNames(copy[2] ?? '').map(columnClass);
      this.rows = classes;
      this.copying = true;
    }
  }

  private readColumns(text: string): void {
    const creating = this.creating as { table: string; columns: string[] };
    // The body's end: a `)` that closes the table, at the start of a line or after the last definition.
    let depth = 0;
    let end = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    creating.columns.push(...columnNames(end >= 0 ? text.slice(0, end) : text));
    if (end >= 0) this.finishTable();
  }

  private finishTable(): void {
    if (this.creating?.columns.length) this.tables.set(this.creating.table, this.creating.columns);
    this.creating = undefined;
  }

  private readCopyRow(line: string, classes: ColumnClass[], out: ValueSpan[]): void {
    const fields = line.split('\t');
    let at = 0;
    const values = fields.map((field) => {
      const start = at;
      at += field.length + 1;
      return field === '\\N' ? null : { text: field.replace(/\\(.)/g, '$1'), start };
    });
    this.judgeRow(values, classes, out);
  }

  private judgeRow(values: (SqlValue | null)[], classes: ColumnClass[], out: ValueSpan[]): void {
    for (let i = 0; i < classes.length && i < values.length; i++) {
      const cls = classes[i];
      const value = values[i];
      if (!cls || !value) continue;
      const text = value.text.trim();
      if (!text || NOT_A_SECRET.test(text)) continue;
      // A hash column (`password_digest`, `password_hash`) holds the password's hash, any hash a credential; a token
      // column of 40 hex digits holds a token (a commit id is not what a table keeps under `api_token`).
      const keep = cls.strength === 'password' && !cls.digestKey ? isLiteralPassword(text) : isLiteralToken(text, true);
      if (keep) out.push({ kind: 'sql-row-secret', value: text, start: value.start, end: value.start + value.text.length });
    }
  }
}

/**
 * What a column's name says of its values, as a key's name says (assignmentRules.ts). A column named
 * only `auth` or `authorization` holds a permission or a type in a schema (`sys_menu.auth = 'user:list'`), not a secret.
 */
function columnClass(name: string): ColumnClass {
  const words = keyWords(name);
  if (words.length === 1 && (words[0] === 'auth' || words[0] === 'authorization')) return null;
  return classifyKey(name);
}
