// Where in a configuration file a line sits: the keys that enclose it (`receivers > email_configs > to`),
// read from indentation (YAML), brackets (JSON) or blocks (HCL, INI, TOML). A light, tolerant reading —
// templated or half-valid files are common in ops repositories — enough to tell a `reviewers:` entry
// from a `labels:` one; never a full parser, and never executing anything.

/**
 * `deb822`: Debian's control-file format (`debian/control`, `debian/copyright`, REUSE's `.reuse/dep5`): `Field: value`, continued on indented lines.
 * `sexp`: S-expressions (dune's `dune-project`: `(maintainers "…" "…")`), each list's first atom its key.
 */
export type Syntax = 'yaml' | 'json' | 'hcl' | 'ini' | 'deb822' | 'sexp' | 'plain';

/** Keys enclosing line `index` (0-based), outermost first, lower-cased; the line's own key last. */
export function enclosingKeys(syntax: Syntax, lines: readonly string[], index: number, column: number): string[] {
  switch (syntax) {
    case 'yaml':
      return yamlKeys(lines, index);
    case 'json':
      return jsonKeys(lines, index, column);
    case 'hcl':
      return hclKeys(lines, index);
    case 'ini':
      return iniKeys(lines, index);
    case 'deb822':
      return deb822Field(lines, index);
    case 'sexp':
      return sexpHeads(lines, index, column);
    case 'plain':
      return ownKey(lines[index] ?? '');
  }
}

/** The field a deb822 line belongs to: its own `Field:` (`Authors@R:` in an R package's DESCRIPTION), or that of the line its indented continuation follows. */
function deb822Field(lines: readonly string[], index: number): string[] {
  for (let i = index; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '') return [];
    if (/^\s/.test(line) || line.startsWith('#')) continue;
    const field = /^([A-Za-z][\w@.-]*)\s*:/.exec(line);
    return field?.[1] ? [field[1].toLowerCase()] : [];
  }
  return [];
}

/**
 * The first atom of each list still open at the token (`(package (maintainers` → `package`, `maintainers`), outermost
 * first: the text is read from the top, strings (`"…"`, with escapes) and `;` comments skipped.
 */
function sexpHeads(lines: readonly string[], index: number, column: number): string[] {
  // One text up to the token, so that a string running over several lines (a package's `(description "…`) is read whole.
  const text = lines.slice(0, index).join('\n') + (index > 0 ? '\n' : '') + (lines[index] ?? '').slice(0, Math.max(0, column - 1));
  const stack: (string | undefined)[] = [];
  let headNext = false;
  for (let j = 0; j < text.length; j++) {
    const c = text[j]!;
    if (c === ';') {
      const end = text.indexOf('\n', j);
      j = end < 0 ? text.length : end;
    } else if (c === '"') {
      for (j++; j < text.length && text[j] !== '"'; j++) if (text[j] === '\\') j++;
      headNext = false;
    } else if (c === '(') {
      stack.push(undefined);
      headNext = true;
    } else if (c === ')') {
      stack.pop();
      headNext = false;
    } else if (headNext && /[^\s()]/.test(c)) {
      let end = j;
      while (end < text.length && /[^\s()";]/.test(text[end]!)) end++;
      stack[stack.length - 1] = text.slice(j, end).toLowerCase();
      headNext = false;
      j = end - 1;
    }
  }
  return stack.filter((head): head is string => !!head);
}

const YAML_KEY = /^\s*(?:-\s+)*(?:"([^"]+)"|'([^']+)'|([^\s"'#:{}[\],&*!|>%@`][^:#]*?))\s*:(?:\s|$)/;

function yamlKeyOf(line: string): string | undefined {
  const match = YAML_KEY.exec(line);
  const key = match?.[1] ?? match?.[2] ?? match?.[3];
  return key?.trim().toLowerCase();
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isSkippable(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

/** Where a line's content starts, after any `- ` list markers. */
function contentIndentOf(line: string): number {
  const match = /^\s*(?:-\s+)*/.exec(line);
  return match ? match[0].length : 0;
}

const DASH = /^\s*-(\s|$)/;

/**
 * Lines above whose key starts left of this line's indentation are parents; so is a `key:` at the
 * same indentation above a `- item` (YAML allows lists unindented under their key). A list item
 * above that holds this line contributes no key (its key is a sibling), only its indentation.
 */
function yamlKeys(lines: readonly string[], index: number): string[] {
  const line = lines[index] ?? '';
  const own = yamlKeyOf(line);
  const keys: string[] = own ? [own] : [];
  let indent = indentOf(line);
  let dash = DASH.test(line);
  for (let i = index - 1; i >= 0 && (indent > 0 || dash); i--) {
    const above = lines[i]!;
    if (/^(---|\.\.\.)\s*$/.test(above)) break;
    if (isSkippable(above)) continue;
    const content = contentIndentOf(above);
    const aboveDash = DASH.test(above);
    const key = yamlKeyOf(above);
    // `key:` opens a mapping or list; `key: |` or `key: >-` a block of text, whose lines it holds too.
    // So does `key: [` or `key: {` whose flow collection is left open on that line (opam's `maintainer: [`, then one
    // quoted name a line).
    const opensBlock = /:\s*(?:[|>][-+0-9]*\s*)?(#.*)?$/.test(above) || /:\s*[[{]\s*(#.*)?$/.test(above);
    if (key && opensBlock && (content < indent || (content === indent && dash))) {
      keys.unshift(key);
      indent = indentOf(above);
      dash = aboveDash;
    } else if (aboveDash && indentOf(above) < indent) {
      indent = indentOf(above);
      dash = true;
    } else if (!aboveDash && content < indent) {
      // A parent written as `key: value` cannot hold children; the file is not YAML-shaped here.
      indent = content;
      dash = false;
    }
  }
  return keys;
}

/** Walks the JSON text up to the token, keeping the key of each open object and array. */
function jsonKeys(lines: readonly string[], index: number, column: number): string[] {
  const text = lines.slice(0, index).join('\n') + (index > 0 ? '\n' : '') + (lines[index] ?? '').slice(0, Math.max(0, column - 1));
  const stack: { key: string | undefined }[] = [];
  let lastString: string | undefined;
  let pendingKey: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\') j++;
        value += text[j] ?? '';
        j++;
      }
      lastString = value;
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === ':') {
      pendingKey = lastString;
    } else if (c === '{' || c === '[') {
      stack.push({ key: pendingKey });
      pendingKey = undefined;
    } else if (c === '}' || c === ']') {
      stack.pop();
      pendingKey = undefined;
    } else if (c === ',') {
      pendingKey = undefined;
    } else if (/[A-Za-z_$]/.test(c) && stack.length) {
      // JSON5 unquoted keys.
      let j = i;
      while (j < text.length && /[\w$]/.test(text[j]!)) j++;
      lastString = text.slice(i, j);
      i = j - 1;
    }
  }
  const keys = stack.map((frame) => frame.key).filter((key): key is string => !!key);
  if (pendingKey) keys.push(pendingKey);
  return keys.map((key) => key.toLowerCase());
}

const HCL_BLOCK = /^\s*(resource|data|module|provider|variable|locals|output)\b\s*(?:"([^"]*)")?/;

/** The enclosing top-level block (`resource:aws_iam_user`) and the line's own attribute. */
function hclKeys(lines: readonly string[], index: number): string[] {
  const keys: string[] = [];
  for (let i = index; i >= 0; i--) {
    const line = lines[i]!;
    if (indentOf(line) !== 0 && i !== index) continue;
    const block = HCL_BLOCK.exec(line);
    if (block) {
      keys.push(block[2] ? `${block[1]}:${block[2].toLowerCase()}` : block[1]!);
      break;
    }
  }
  return [...keys, ...ownKey(lines[index] ?? '')];
}

const INI_SECTION = /^\s*\[+\s*([^\]]+?)\s*\]+\s*$/;

/** `[section]` above, the key of a TOML array or inline table still open above the line (`authors = [`), then the line's own key. */
function iniKeys(lines: readonly string[], index: number): string[] {
  let sectionAt = -1;
  for (let i = index; i >= 0; i--) {
    if (INI_SECTION.test(lines[i]!)) {
      sectionAt = i;
      break;
    }
  }
  const section = sectionAt >= 0 ? [INI_SECTION.exec(lines[sectionAt]!)![1]!.toLowerCase()] : [];
  return [...section, ...openTomlValue(lines, sectionAt + 1, index), ...ownKey(lines[index] ?? '')];
}

/**
 * The key whose multi-line value (`key = [` … `]`, `key = {` … `}`) is still open at line `index`, read from
 * `from` (the section's first line): brackets are counted outside quoted strings and comments.
 */
function openTomlValue(lines: readonly string[], from: number, index: number): string[] {
  let depth = 0;
  let key: string | undefined;
  for (let i = from; i < index; i++) {
    const line = lines[i]!;
    const code = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""').replace(/#.*$/, '');
    if (depth === 0) key = /^\s*["']?([A-Za-z0-9_.-]+)["']?\s*=/.exec(line)?.[1]?.toLowerCase();
    for (const c of code) {
      if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
  }
  return depth > 0 && key ? [key] : [];
}

/** `KEY=…`, `key = …`, `key: …` at the start of a line (after `export` or a comment sign). */
function ownKey(line: string): string[] {
  const match = /^\s*(?:#\s*|\/\/\s*|;\s*)?(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[=:]/.exec(line);
  return match?.[1] ? [match[1].toLowerCase()] : [];
}

/**
 * The instruction a Dockerfile line belongs to, as a key (`instruction:label`): the first word of its logical
 * line, found by walking up while the line above ends with a continuation (`\`, or a backtick under
 * `# escape=` as Windows images write it). Comments and blank lines inside a continued instruction are skipped.
 */
export function dockerfileInstruction(lines: readonly string[], index: number): string[] {
  let start = index;
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!;
    if (isSkippable(above)) continue;
    if (!/[\\`]\s*$/.test(above)) break;
    start = i;
  }
  const word = /^\s*([A-Za-z]+)\s/.exec(lines[start] ?? '');
  return word?.[1] ? [`instruction:${word[1].toLowerCase()}`] : [];
}

/** How far up a build file is read for the `developers` block a line sits in. */
const DEVELOPERS_LOOKBACK = 40;
/** Where an sbt or Gradle build opens its developers (`developers := List(`, `developers ++= Seq(`, `developers {`). */
const DEVELOPERS_OPENING = /\bdevelopers\s*(?::=|\+\+=|\+=|=)?\s*(?=[({]|List\b|Seq\b|Vector\b)/;

/**
 * `developers` when the line at `index` (up to `column`, 1-based) is inside a build's list of its developers: a
 * Maven `<developers>` element (not yet closed), or an sbt / Gradle `developers` block whose brackets are still
 * open (`developers := List(Developer(\n  "zhangsan",\n …`, `developers { developer { id = "zhangsan" } }`).
 * Read DEVELOPERS_LOOKBACK lines up at most; a build names its developers in a few lines.
 */
export function developersBlock(path: string, lines: readonly string[], index: number, column: number): string[] {
  if (/(^|\/)pom\.xml$/.test(path)) {
    for (let i = index; i >= 0 && i >= index - DEVELOPERS_LOOKBACK; i--) {
      const text = i === index ? lines[i]!.slice(0, column - 1) : lines[i]!;
      const close = text.lastIndexOf('</developers>');
      const open = text.lastIndexOf('<developers>');
      if (open > close) return ['developers'];
      if (close >= 0) return [];
    }
    return [];
  }
  if (!/\.(sbt|gradle|gradle\.kts)$/.test(path)) return [];
  for (let i = index; i >= 0 && i >= index - DEVELOPERS_LOOKBACK; i--) {
    const opening = DEVELOPERS_OPENING.exec(i === index ? lines[i]!.slice(0, column - 1) : lines[i]!);
    if (!opening) continue;
    // The brackets opened since the word `developers`, up to the token, and not yet closed.
    let depth = 0;
    for (let j = i; j <= index; j++) {
      const text = j === index ? lines[j]!.slice(0, column - 1) : lines[j]!;
      for (const c of j === i ? text.slice(opening.index) : text) {
        if (c === '(' || c === '{' || c === '[') depth++;
        else if (c === ')' || c === '}' || c === ']') depth--;
      }
    }
    return depth > 0 ? ['developers'] : [];
  }
  return [];
}
