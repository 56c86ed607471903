import { LineCounter, parseAllDocuments, visit, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Translate } from '../i18n/translator';
import type { HandoverDiagnostic, SourceRange } from './model';
import { PositionMapper } from './yamlPositions';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_NESTING = 64;
export const MAX_ALIAS_COUNT = 100;
/** Aliases (`*name`) in one file: resolving them costs the square of their number in the yaml library. */
export const MAX_ALIASES = 1_000;
/** Mapping keys in one file: a 60,000-item handover has about 200,000. */
export const MAX_KEYS = 250_000;
/** Beyond this many, further syntax errors add nothing but noise. */
const MAX_SYNTAX_DIAGNOSTICS = 50;

export interface ParsedYaml {
  /** The text without a leading BOM: offsets and columns refer to it, as editors count them. */
  text: string;
  document?: Document;
  /** Plain data, present only when the YAML itself is sound. Prototype-free of surprises: see `toPlainData`. */
  value?: unknown;
  positions: PositionMapper;
  diagnostics: HandoverDiagnostic[];
}

/** Decodes bytes as strict UTF-8; on failure reports where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array, t: Translate): { text?: string; diagnostic?: HandoverDiagnostic } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    const line = lines.length;
    const col = lines[lines.length - 1].replace(/^\uFEFF/, '').length + 1;
    const range: SourceRange = { start: { line, col }, end: { line, col: col + 1 } };
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return { diagnostic: { severity: 'error', code: 'read.notUtf8', message: t('read.notUtf8', { byte }), range } };
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three-byte forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f)) return i;
    if ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f)) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/**
 * Finds the first place where flow brackets or indentation nest deeper than `MAX_NESTING`. The yaml
 * parser recurses per level, so a file of ten thousand `[` would exhaust the stack or memory.
 * Quotes and comments are skipped roughly; a false alarm needs nesting no handover file has.
 */
function excessiveNestingOffset(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      quote = quote === "'" || quote === '"' ? quote : undefined;
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '-' || c === '?' || c === ':') {
        indent++;
        // Block nesting shows as indentation; allow two columns a level.
        if (indent > MAX_NESTING * 4) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === undefined || /[\s,[{:]/.test(prev)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** Parses HANDOVER.yaml text into a yaml Document and plain data, with every problem as a diagnostic. */
export function parseHandoverYaml(source: string, t: Translate): ParsedYaml {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const positions = new PositionMapper(lineCounter);
  const diagnostics: HandoverDiagnostic[] = [];
  const error = (code: string, message: string, range: SourceRange): void => {
    diagnostics.push({ severity: 'error', code, message, range });
  };

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    error('read.tooLarge', t('read.tooLarge', { size, limit: MAX_FILE_BYTES / 1024 / 1024 }), firstLine());
    return { text, positions, diagnostics };
  }
  const deep = excessiveNestingOffset(text);
  if (deep !== undefined) {
    // The line counter is filled by the parser; count lines here for this early exit.
    const before = text.slice(0, deep).split('\n');
    const pos = { line: before.length, col: before[before.length - 1].length + 1 };
    error('read.tooDeep', t('read.tooDeep', { limit: MAX_NESTING }), { start: pos, end: { line: pos.line, col: pos.col + 1 } });
    return { text, positions, diagnostics };
  }

  let documents: Document[];
  try {
    // YAML 1.2 core schema always, even under a `%YAML 1.1` directive: dates and yes/no stay strings.
    documents = parseAllDocuments(text, {
      lineCounter,
      schema: 'core',
      // Merge keys (`<<: *defaults`) are read as YAML 1.1 defines them, never dropped.
      merge: true,
      // The library's own check compares each key with every earlier one; structureProblems is linear.
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
    }) as unknown as Document[];
  } catch (err) {
    error('read.syntax', t('read.syntax', { detail: err instanceof Error ? err.message : String(err) }), firstLine());
    return { text, positions, diagnostics };
  }
  if (!Array.isArray(documents) || documents.length === 0 || documents[0].contents === null) {
    error('read.empty', t('read.empty'), firstLine());
    return { text, positions, diagnostics };
  }
  const document = documents[0];
  if (documents.length > 1) {
    const second = documents[1];
    const at = second.range?.[0] ?? text.length;
    error('read.multipleDocuments', t('read.multipleDocuments'), positions.range(at, at + 3));
  }

  const seen = new Set<string>();
  for (const problem of document.errors) {
    if (diagnostics.length >= MAX_SYNTAX_DIAGNOSTICS) break;
    const [from, to] = problem.pos;
    const detail = problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const key = `${from}:${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    error(`yaml.${problem.code}`, t('read.syntax', { detail }), positions.range(from, to));
  }
  for (const warning of document.warnings) {
    const [from, to] = warning.pos;
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? '?';
      error('read.unknownTag', t('read.unknownTag', { tag }), positions.range(from, to));
    }
  }
  if (diagnostics.length > 0) return { text, document, positions, diagnostics };
  diagnostics.push(...structureProblems(document, positions, t));
  if (diagnostics.length > 0) return { text, document, positions, diagnostics };

  // Aliases are legitimate but an expansion bomb is not; report it at the first alias.
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    let firstAlias: SourceRange = firstLine();
    visit(document, {
      Alias(_key, node) {
        if (isAlias(node) && node.range) {
          firstAlias = positions.range(node.range[0], node.range[1]);
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const isBomb = err instanceof Error && /excessive alias/i.test(err.message);
    if (isBomb) error('read.aliasBomb', t('read.aliasBomb', { limit: MAX_ALIAS_COUNT }), firstAlias);
    else error('read.syntax', t('read.syntax', { detail: err instanceof Error ? err.message : String(err) }), firstAlias);
    return { text, document, positions, diagnostics };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    error('read.notMapping', t('read.notMapping'), positions.nodeRange(document.contents));
    return { text, document, positions, diagnostics };
  }
  return { text, document, value, positions, diagnostics };

  function firstLine(): SourceRange {
    const end = text.indexOf('\n');
    return { start: { line: 1, col: 1 }, end: { line: 1, col: (end < 0 ? text.length : end) + 1 } };
  }
}

/**
 * One linear walk over the document, before it is turned into data: duplicate keys (a Set per
 * mapping), keys that are lists or mappings (`? [a, b]`, which plain data cannot hold), aliases to
 * an anchor not defined before them, and the budgets on keys and aliases. Budgets stop the walk.
 */
function structureProblems(document: Document, positions: PositionMapper, t: Translate): HandoverDiagnostic[] {
  const problems: HandoverDiagnostic[] = [];
  const anchors = new Set<string>();
  let keys = 0;
  let aliases = 0;
  let stopped = false;
  const error = (code: string, message: string, node: Node | null | undefined) => {
    problems.push({ severity: 'error', code, message, range: node ? positions.nodeRange(node) : { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } } });
  };
  // A plain recursive walk in document order (a key before its value, an anchor before what follows):
  // several times faster than the library's visitor on a large file. Depth is bounded by MAX_NESTING.
  const walk = (node: unknown): void => {
    if (stopped || node === null || typeof node !== 'object') return;
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) {
        error('read.tooManyAliases', t('read.tooManyAliases', { limit: MAX_ALIASES }), node);
        stopped = true;
      } else if (!anchors.has(node.source)) {
        error('read.undefinedAlias', t('read.undefinedAlias', { name: node.source }), node);
      }
      return;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.add(anchor);
    if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        if (++keys > MAX_KEYS) {
          error('read.tooManyKeys', t('read.tooManyKeys', { limit: MAX_KEYS }), pair.key as Node);
          stopped = true;
          return;
        }
        const key = pair.key as Node | null;
        if (key !== null && isAlias(key)) {
          // Refused: its value may be a list or mapping, and a key should say what it is where it is.
          error('read.aliasKey', t('read.aliasKey', { name: key.source }), key);
        } else if (key !== null && !isScalar(key)) {
          error('read.complexKey', t('read.complexKey'), key);
        } else {
          const value = key === null ? null : typeof key.value === 'symbol' ? '<<' : key.value;
          // 1 and "1" are different keys in YAML; one `<<` merge per mapping, like any key.
          const identity = `${typeof value}:${String(value)}`;
          const first = seen.get(identity);
          if (first) error('yaml.DUPLICATE_KEY', t('read.duplicateKey', { key: String(value), line: positions.nodeRange(first).start.line }), key);
          else if (key) seen.set(identity, key);
        }
        walk(pair.key);
        walk(pair.value);
        if (stopped) return;
      }
    }
  };
  walk(document.contents);
  return problems.slice(0, MAX_SYNTAX_DIAGNOSTICS);
}
