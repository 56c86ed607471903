// Turns text people typed into GitHub-flavoured markdown that shows exactly that text: no markup,
// no HTML, no links, no mentions, no hidden characters, and table cells that stay in their column.

/** Invisible or direction-changing characters: shown as a visible code point instead. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

function showHidden(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Characters that can start markup anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>|~!&]/g;

function escapeInline(line: string): string {
  let out = showHidden(line).replace(INLINE_MARKUP, (c) => {
    switch (c) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      default:
        return `\\${c}`;
    }
  });
  // GitHub notifies @someone and links #123 and GH-123; a zero-width space after the sign keeps them
  // as text. Inside an e-mail address (a word character before the sign) GitHub mentions nobody, and
  // the `#` of a typed character reference (`&#60;`, escaped as `&amp;#60;`) links nothing: those
  // stay as typed, so that copied text is what was written.
  out = out
    .replace(/(?<!&amp;)#(?=\d)/g, '#&#8203;')
    .replace(/(^|[^A-Za-z0-9_])(GH)-(?=\d)/gi, '$1$2-&#8203;')
    .replace(/(^|[^A-Za-z0-9_.+-])@(?=[A-Za-z0-9_-])/g, '$1@&#8203;');
  return out;
}

/** Characters that start a block construct only at the beginning of a line. */
function escapeLineStart(line: string): string {
  // Leading spaces would open a code block: keep them visible as no-break spaces.
  const indent = /^[ \t]*/.exec(line)![0];
  // Both patterns are anchored at the start: the rest of the line is text.
  const rest = line.slice(indent.length).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>+=-])/, '\\$1');
  return indent.replace(/\t/g, '    ').replace(/ /g, '\u00a0') + rest;
}

function lines(text: string): string[] {
  // Trailing blank lines (a `|` block scalar ends with one) would leave an empty hard break.
  return text.replace(/\s+$/, '').replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n').split('\n');
}

/** Inline text on one line of a list item or paragraph; line breaks become hard breaks. */
export function mdText(text: string, continuationIndent = ''): string {
  return lines(text)
    .map((line, index) => {
      // Any line may open a block (a fact's text starts its list item), so each is guarded.
      const escaped = escapeLineStart(escapeInline(line));
      return index === 0 ? escaped : continuationIndent + escaped;
    })
    .join(`\\\n`);
}

/** Text inside a table cell: pipes escaped, line breaks as <br>. */
export function mdCell(text: string): string {
  const cell = lines(text)
    .map((line) => escapeInline(line).trim())
    .join('<br>');
  return cell === '' ? ' ' : cell;
}

/** Inline code for identifiers (ids, branch names, paths); backtick runs are outfenced. */
export function mdCode(text: string, inTable = false): string {
  let clean = showHidden(text).replace(/[\r\n]+/g, ' ');
  // GFM splits table cells on `|` even inside code spans.
  if (inTable) clean = clean.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A link to a web address or a repository path; anything else is shown as text. */
export function mdLink(label: string, target: string): string {
  if (/^(?:https?:\/\/|mailto:)/i.test(target) && !/[\s<>]/.test(target)) {
    // Inside <…> a destination may hold parentheses and anything but spaces and angle brackets.
    return `[${escapeInline(label)}](<${target}>)`;
  }
  // Another scheme (javascript:, file:…) is shown, not linked: once when it is its own label.
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return mdText(label === target ? target : `${label} (${target})`);
  const href = target
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `[${escapeInline(label)}](${href})`;
}
