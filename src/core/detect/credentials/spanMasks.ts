// Masks the secrets found in a path or a ref name. While the scan holds a value in memory it notes
// where that value occurs inside the paths and ref names it will report; only those positions are
// kept, and the text is masked there when findings are built.
//
// Which occurrences are the secret (reliability rule 23) depends on the value. A value of credential
// strength (mixed classes, random, long) inside a path or a ref name is the secret written there: every
// occurrence is masked. A weak value that reads as an ordinary word (`flask`, `mysql`, `admin2020`) is
// also a word of paths and branch names (`docker-flask/`, `mysql8/`): there it is not the secret, and
// masking it would mangle the path, stop the cache (a masked path is never stored) and point at the
// password besides (`docker-[masked]/` next to the repository's `docker-flask/` names it). Such a value
// is masked only where the text itself shows it as a credential: a whole token right after a credential
// word (`db-password-flask`, `token=admin`) or as the password of a URL (`https://ops:flask@host`).

export const MASK = '[masked]';

/** Values that read as words of paths and names: one word in one case, a number, words joined by `-_.` with a short number after. */
const WORD_LIKE = /^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+|\d+|[A-Za-z]+[-_.]?\d{1,4}|[a-z]+(?:[-_.][a-z]+)+\d{0,4})$/;

/** Whether a value is strong enough that any occurrence of it in a path or a name is the secret. */
export function isCredentialStrength(value: string): boolean {
  return value.length >= 6 && !WORD_LIKE.test(value);
}

const TOKEN_CHAR = /[A-Za-z0-9]/;
/** A credential word and one separator, ending right where a weak value starts (`key` also ends `apikey`, `api_key`). */
const CREDENTIAL_BEFORE = /(?:pass(?:word|wd)?|pwd|pw|secret|token|key|auth|cred(?:s|entials?)?)[-_.=: ]$/i;
/** `scheme://user:` right before a weak value that `@` follows. */
const USERINFO_BEFORE = /:\/\/[^\s/@:]+:$/;

/** Whether the occurrence of a weak value at `at` is shown as a credential: a whole token in a credential position. */
function inCredentialPosition(text: string, at: number, length: number): boolean {
  // Both patterns end in a separator or `:` right before the value, so no letter or digit precedes it.
  const after = text[at + length] ?? '';
  if (TOKEN_CHAR.test(after)) return false;
  const head = text.slice(Math.max(0, at - 64), at);
  return CREDENTIAL_BEFORE.test(head) || (after === '@' && USERINFO_BEFORE.test(head));
}

/** `text` with every `[start, end)` span replaced by MASK: overlapping or nested spans give one mask, in any order. */
export function maskSpans(text: string, spans: readonly (readonly [number, number])[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let position = 0;
  for (const [start, end] of sorted) {
    // A span inside the masked part adds nothing: slice gives '' when start <= position, and out ends with the mask.
    out += text.slice(position, start);
    if (!out.endsWith(MASK) || start > position) out += MASK;
    position = Math.max(position, end);
  }
  return out + text.slice(position);
}

export class SpanMasks {
  private readonly spans = new Map<string, [number, number][]>();

  /** Notes the places `value` occurs in `text` as the secret: every one for a strong value, credential positions for a weak one. */
  note(text: string, value: string): void {
    if (value.length === 0) return;
    let at = text.indexOf(value);
    // Keeps texts without the value out of the map (memory: note is called for every path and ref name).
    if (at < 0) return;
    const strong = isCredentialStrength(value);
    const list = this.spans.get(text) ?? [];
    while (at >= 0) {
      if (strong || inCredentialPosition(text, at, value.length)) list.push([at, at + value.length]);
      at = text.indexOf(value, at + 1);
    }
    if (list.length) this.spans.set(text, list);
  }

  /** `text` with every noted span replaced by MASK (overlapping spans merged). */
  apply(text: string): string {
    const list = this.spans.get(text);
    return list ? maskSpans(text, list) : text;
  }

  /** `text` (an error message, say) with every noted text inside it masked. */
  applyWithin(text: string): string {
    let out = text;
    for (const noted of this.spans.keys()) out = out.split(noted).join(this.apply(noted));
    return out;
  }
}
