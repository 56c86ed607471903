// How a value the product writes (a name, a date, a note, a fingerprint) appears in HANDOVER.yaml:
// plain when YAML reads it back as the same string under every schema a reader might use, else
// double-quoted. Dates stay plain YYYY-MM-DD, the form the format documents.
import { parse } from 'yaml';

export type ScalarContext = 'block' | 'flow';

/**
 * Words that YAML 1.1 readers (PyYAML, older tools, a `%YAML 1.1` directive) take for booleans or
 * null, and the merge and value keys. Handover reads with the 1.2 core schema, but the file is shared
 * with other tools: `on: yes` must not turn into `true` anywhere.
 */
const YAML11_WORDS = /^(?:y|n|yes|no|true|false|on|off|null|~|<<|=)$/i;

/** Characters that start another kind of node, or a comment, at the beginning of a plain scalar. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Invisible, direction-changing or control characters: written as escapes so people can see them. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const NEEDS_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * What readers other than the `yaml` package could read differently, or a person could not see:
 * quoted whatever the read-back says. What the package itself reads differently (an empty value, `a: b`,
 * ` #`, `.inf`, a comma in a flow list) is left to the read-back in scalarText.
 */
function looksPlainSafe(value: string): boolean {
  // Leading or trailing spaces of any kind (JavaScript's trim knows more of them than YAML).
  if (value !== value.trim()) return false;
  NEEDS_ESCAPE.lastIndex = 0;
  if (NEEDS_ESCAPE.test(value)) return false;
  if (YAML11_WORDS.test(value) || INDICATOR_START.test(value)) return false;
  // Numbers, dates and times in any schema: 12, -1.5, .5, 0x1f, 1_000, 2026-01-01, 12:30, and infinity
  // or not-a-number in any case and sign (`+.NaN`, `.nAn`: the package reads those as text, others may not).
  return !/^[-+.]?\d/.test(value) && !/^[-+]?\.(?:inf|nan)$/i.test(value);
}

/** Reads `written` back the way each schema would; true when every reading gives `value`. */
function readsBackAs(written: string, value: string, context: ScalarContext): boolean {
  const source = context === 'flow' ? `[${written}]` : `k: ${written}`;
  const pick = (data: unknown) => (context === 'flow' ? (data as unknown[] | null)?.[0] : (data as Record<string, unknown> | null)?.k);
  try {
    // Stryker disable next-line ObjectLiteral: `core` is the package's default schema, and every value YAML 1.1 reads differently (its booleans, nulls, numbers, times) is quoted by looksPlainSafe before this runs
    for (const options of [{ schema: 'core' as const }, { version: '1.1' as const }]) {
      if (pick(parse(source, options)) !== value) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** A double-quoted YAML scalar: JSON's escapes (valid in YAML) plus escapes for what people cannot see. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(NEEDS_ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text of a string scalar: plain when it reads back as itself everywhere, else double-quoted.
 * `kind: 'date'` keeps a YYYY-MM-DD date plain (callers check that it is one).
 */
export function scalarText(value: string, context: ScalarContext, kind: 'text' | 'date' = 'text'): string {
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (looksPlainSafe(value) && readsBackAs(value, value, context)) return value;
  // A double-quoted JSON string reads back as itself; were a change of the yaml package to break that,
  // planEdit's read-back of the whole edited file refuses the edit.
  return doubleQuoted(value);
}

/** Keys the product writes: fixed identifiers that are always plain. */
export function keyText(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(key)) throw new Error(`not a key the product writes: ${key}`);
  return key;
}
