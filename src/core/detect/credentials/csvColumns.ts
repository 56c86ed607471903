// A CSV or TSV file whose header names who an account is and its credential (an IAM user's downloaded
// `credentials.csv`: `User name,Password,Access key ID,Secret access key,…`; a user list for a bulk
// import: `username,email,password`): each row's cell under the credential's column is a value, judged
// as `name = value` is. A header with a credential column but no one's name (`rank,password,count`, a
// list of common passwords) holds no account's credential, and is not read.
import { classifyKey } from './assignmentRules';

/** Column names that say whose credential a row holds (after lower-casing, spaces and dashes as `_`). */
const IDENTITY_COLUMN = /^(?:user|username|user_name|login|login_name|email|e_mail|email_address|mail|account|account_name|uid|user_id|name|access_key_id|key_id|client_id|app_id)$/;

/** Headers longer than this are data, not a header. */
const MAX_HEADER_CELLS = 64;

export interface CsvCell {
  /** The column's name, as the header gives it (normalised). */
  key: string;
  /** The cell's text, unquoted. */
  value: string;
  /** Offset of the value in the line. */
  start: number;
}

export class CsvColumns {
  private delimiter = ',';
  /** The credential columns the header names, by index; null until a header with an identity column is read. */
  private columns: Map<number, string> | null = null;

  /** True once a header naming an identity and a credential column was read: every later row matters. */
  get active(): boolean {
    return this.columns !== null;
  }

  /** Reads the file's first line as its header. */
  readHeader(text: string): void {
    this.delimiter = text.includes('\t') ? '\t' : !text.includes(',') && text.includes(';') ? ';' : ',';
    const cells = splitRow(text, this.delimiter);
    if (cells.length < 2 || cells.length > MAX_HEADER_CELLS) return;
    const names = cells.map((c) => c.value.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    if (!names.some((n) => IDENTITY_COLUMN.test(n))) return;
    const columns = new Map<number, string>();
    names.forEach((name, i) => {
      if (!IDENTITY_COLUMN.test(name) && classifyKey(name) !== null) columns.set(i, name);
    });
    if (columns.size > 0) this.columns = columns;
  }

  /** The cells of a row under the header's credential columns. */
  credentialCells(text: string): CsvCell[] {
    if (!this.columns) return [];
    const out: CsvCell[] = [];
    splitRow(text, this.delimiter).forEach((cell, i) => {
      const key = this.columns?.get(i);
      if (key !== undefined && cell.value.trim() !== '') out.push({ key, ...cell });
    });
    return out;
  }
}

/** Splits one row into its cells, with `"…"` quoting (`""` inside for a quote) and each value's offset. */
export function splitRow(text: string, delimiter: string): { value: string; start: number }[] {
  const cells: { value: string; start: number }[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let value = '';
      let i = at + 1;
      for (; i < text.length; i++) {
        if (text[i] !== '"') value += text[i];
        else if (text[i + 1] === '"') {
          value += '"';
          i++;
        } else break;
      }
      cells.push({ value, start: at + 1 });
      const next = text.indexOf(delimiter, i);
      if (next < 0) return cells;
      at = next + 1;
    } else {
      const next = text.indexOf(delimiter, at);
      cells.push({ value: text.slice(at, next < 0 ? text.length : next), start: at });
      if (next < 0) return cells;
      at = next + 1;
    }
  }
}
