// Plans one edit of HANDOVER.yaml: text in, the smallest text change out. Pure (no file system, no
// clock) so that the editor can apply the change to its buffer (undo works, unsaved changes count)
// and the CLI can write it atomically. Every plan is proven before it is returned: the edited text is
// parsed again and must read as the old data plus exactly the intended change, with no error.
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { translator, type MessageParams, type Translate } from '../../i18n/translator';
import { isCalendarDate } from '../contentChecks';
import { mentionDecisionOf, namesBranch, normalizePath, recordedBranchName } from '../decisions';
import { hasErrors, loadParsedHandover, type LoadedHandover } from '../handoverLoader';
import { parseHandoverYaml } from '../handoverParser';
import { BRANCH_OUTCOMES, MENTION_OUTCOMES, type Handover, type HandoverItem, type SectionKey, type SourceRange } from '../model';
import { SECTION_ORDER } from '../sections';
import { pairOf, type PositionMapper } from '../yamlPositions';
import type { EditError, EditErrorCode, EditOperation, EditPlan, KnownFindings, PlanOptions } from './editTypes';
import { date, map, plainOf, text, type OutValue } from './outValue';
import { firstDifference } from './plainData';
import { FOCUSED_EDIT_MIN_CHARS, focusOf, isFallback, planFocusedEdit, VIRTUAL_FILE } from './focusedEdit';
import { blockStyle, type StyleExample } from './styleOf';
import { minimalSpan, type Span } from './textLayout';
import { LayoutError } from './layoutError';
import { appendItem, appendItems, fillNullValue, insertPair, isNullValue, removeItem, removePair, replaceScalar, type YamlPair } from './yamlSplices';


type Data = Record<string, unknown>;

interface Context {
  text: string;
  document: Document;
  data: Data;
  handover: Handover;
  positions: PositionMapper;
  t: Translate;
  known?: KnownFindings;
  /** Anchors that some alias refers to: a node carrying one is shared, and editing it edits its copies. */
  aliasedAnchors: Set<string>;
}

/** A planned change: the splice, and the same change made to the plain data, to check the result. */
interface Change {
  span: Span;
  expect: (data: Data) => void;
}

class Refusal extends Error {
  constructor(readonly error: EditError) {
    super(error.message);
  }
}

function refuse(ctx: { t: Translate }, code: EditErrorCode, params?: MessageParams, range?: SourceRange): never {
  throw new Refusal({ code, message: ctx.t(code, params), ...(range ? { range } : {}) });
}

interface Analysis {
  loaded: LoadedHandover;
  document?: Document;
  data?: Data;
  positions: PositionMapper;
}

function analyse(body: string, t: Translate): Analysis {
  const parsed = parseHandoverYaml(body, t);
  const loaded = loadParsedHandover(body, parsed, VIRTUAL_FILE, { t, exists: () => true });
  return { loaded, document: parsed.document, data: parsed.value as Data | undefined, positions: parsed.positions };
}

/**
 * Plans `operation` on the text of HANDOVER.yaml (as read, BOM and line endings included). Refuses
 * when the file has errors, when the operation names nothing in the file or in `options.known`, when
 * it is already recorded, or when the edited text would read as anything but the intended change.
 */
export function planEdit(source: string, operation: EditOperation, options: PlanOptions = {}): EditPlan {
  const t = options.t ?? translator('en');
  const focus = options.focus ?? 'auto';
  if (focus !== 'never' && focusOf(operation) !== undefined && (focus === 'always' || options.reading || source.length >= FOCUSED_EDIT_MIN_CHARS)) {
    const focused = planFocusedEdit(source, operation, { ...options, t }, (text, op, opts) => planEdit(text, op, { ...opts, focus: 'never' }));
    if (!isFallback(focused)) return focused;
  }
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = source.slice(bom.length);
  try {
    const given = options.parsed;
    const before: Analysis =
      given && given.parsed.text === body && given.parsed.value !== undefined
        ? { loaded: { file: VIRTUAL_FILE, text: body, diagnostics: [], handover: given.handover }, document: given.parsed.document, data: given.parsed.value as Data, positions: given.parsed.positions }
        : analyse(body, t);
    const firstError = before.loaded.diagnostics.find((d) => d.severity === 'error');
    if (firstError || !before.document || !before.data || !before.loaded.handover) {
      const count = before.loaded.diagnostics.filter((d) => d.severity === 'error').length;
      refuse({ t }, 'edit.fileHasErrors', { count, first: firstError?.message ?? '' }, firstError?.range);
    }
    const ctx: Context = {
      text: body,
      document: before.document,
      data: before.data,
      handover: before.loaded.handover,
      positions: before.positions,
      t,
      known: options.known,
      aliasedAnchors: aliasedAnchors(before.document),
    };
    const change = changeFor(ctx, normalise(ctx, operation));
    if (!change) return { ok: true, edits: [], newText: source };
    const newBody = body.slice(0, change.span.start) + change.span.text + body.slice(change.span.end);
    verify(ctx, before.data, newBody, change);
    const span = minimalSpan(body, newBody);
    if (span.start === span.end && span.text === '') return { ok: true, edits: [], newText: source };
    return { ok: true, edits: [{ startOffset: span.start + bom.length, endOffset: span.end + bom.length, replacement: span.text }], newText: bom + newBody };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.error };
    if (err instanceof LayoutError) return { ok: false, error: { code: 'edit.layout', message: t('edit.layout', { detail: err.message }) } };
    throw err;
  }
}

/** Applies planned edits to the text they were planned on (for callers without an editor buffer). */
export function applyEdits(source: string, edits: readonly { startOffset: number; endOffset: number; replacement: string }[]): string {
  let out = source;
  for (const edit of [...edits].sort((a, b) => b.startOffset - a.startOffset)) {
    out = out.slice(0, edit.startOffset) + edit.replacement + out.slice(edit.endOffset);
  }
  return out;
}

function verify(ctx: Context, data: Data, newBody: string, change: Change): void {
  const after = analyse(newBody, ctx.t);
  if (hasErrors(after.loaded) || !after.data) {
    const first = after.loaded.diagnostics.find((d) => d.severity === 'error');
    refuse(ctx, 'edit.verifyFailed', { path: first ? `${first.range.start.line}:${first.range.start.col} (${first.message})` : '?' });
  }
  const expected = structuredClone(data);
  change.expect(expected);
  const difference = firstDifference(expected, after.data);
  if (difference !== undefined) refuse(ctx, 'edit.verifyFailed', { path: difference });
}

// ---------------------------------------------------------------------------------------------------
// Inputs

function oneLine(ctx: Context, field: string, value: string): string {
  const clean = value.trim();
  if (clean === '') refuse(ctx, 'edit.emptyValue', { field });
  if (/[\r\n\u2028\u2029]/.test(clean)) refuse(ctx, 'edit.multiline', { field });
  return clean;
}

function day(ctx: Context, value: string): string {
  const clean = value.trim();
  if (!isCalendarDate(clean)) refuse(ctx, 'edit.badDate', { value: clean });
  return clean;
}

function freeText(ctx: Context, field: string, value: string): string {
  // Line ends are normalised: a note typed on Windows must not bring `\r` into a LF file.
  const clean = value.replace(/\r\n?/g, '\n').trim();
  if (clean === '') refuse(ctx, 'edit.emptyValue', { field });
  return clean;
}

/** Checks and trims what the caller gave; refusals name the field. */
function normalise(ctx: Context, op: EditOperation): EditOperation {
  switch (op.kind) {
    case 'accept':
    case 'rotateCredential':
      return { ...op, id: oneLine(ctx, 'id', op.id), by: oneLine(ctx, 'by', op.by), on: day(ctx, op.on) };
    case 'reopen':
      return { ...op, id: oneLine(ctx, 'id', op.id) };
    case 'sign': {
      const opinion = op.opinion === undefined || op.opinion.trim() === '' ? undefined : freeText(ctx, 'opinion', op.opinion);
      if (opinion !== undefined && op.role !== 'supervisor') refuse(ctx, 'edit.opinionNotSupervisor');
      return { ...op, name: oneLine(ctx, 'name', op.name), date: day(ctx, op.date), opinion };
    }
    case 'rotateFinding':
      return { ...op, fingerprint: oneLine(ctx, 'fingerprint', op.fingerprint), by: oneLine(ctx, 'by', op.by), on: day(ctx, op.on) };
    case 'ignoreFinding':
      return { ...op, fingerprint: oneLine(ctx, 'fingerprint', op.fingerprint), reason: freeText(ctx, 'reason', op.reason) };
    case 'review': {
      const target =
        'path' in op.target
          ? { path: oneLine(ctx, 'path', op.target.path) }
          : { branch: oneLine(ctx, 'branch', op.target.branch), outcome: op.target.outcome };
      if ('outcome' in target && !(BRANCH_OUTCOMES as readonly unknown[]).includes(target.outcome)) refuse(ctx, 'edit.badOutcome', { value: String(target.outcome) });
      const note = op.note === undefined || op.note.trim() === '' ? undefined : freeText(ctx, 'note', op.note);
      return { ...op, target, by: oneLine(ctx, 'by', op.by), on: day(ctx, op.on), note };
    }
    case 'note': {
      const target = 'id' in op.target ? { id: oneLine(ctx, 'id', op.target.id) } : 'path' in op.target ? { path: oneLine(ctx, 'path', op.target.path) } : { branch: oneLine(ctx, 'branch', op.target.branch) };
      // Empty text removes the note.
      return { ...op, target, text: op.text.replace(/\r\n?/g, '\n').trim() };
    }
    case 'unreview':
      return { ...op, target: 'path' in op.target ? { path: oneLine(ctx, 'path', op.target.path) } : { branch: oneLine(ctx, 'branch', op.target.branch) } };
    case 'unrotateFinding':
    case 'unignoreFinding':
      return { ...op, fingerprint: oneLine(ctx, 'fingerprint', op.fingerprint) };
    case 'decideMention': {
      if (!(MENTION_OUTCOMES as readonly unknown[]).includes(op.outcome)) refuse(ctx, 'edit.badMentionOutcome', { value: String(op.outcome) });
      const note = op.note === undefined || op.note.trim() === '' ? undefined : freeText(ctx, 'note', op.note);
      const path = oneLine(ctx, 'path', op.path);
      const identity = oneLine(ctx, 'identity', op.identity);
      if (op.outcome === 'kept' && !note) refuse(ctx, 'edit.mentionNeedsReason', { path, identity });
      return { ...op, path, identity, by: oneLine(ctx, 'by', op.by), on: day(ctx, op.on), note };
    }
    case 'undecideMention':
      return { ...op, path: oneLine(ctx, 'path', op.path), identity: oneLine(ctx, 'identity', op.identity) };
    case 'addItems':
      return { ...op, items: op.items.map((item) => item.map(({ key, value }) => ({ key, value: oneLine(ctx, key, value) }))) };
  }
}

// ---------------------------------------------------------------------------------------------------
// Finding nodes

function aliasedAnchors(document: Document): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Alias(_key, node) {
      names.add(node.source);
    },
  });
  return names;
}

/**
 * Walks from the root along `path`, refusing at an alias or at a node shared through an anchor:
 * editing such a node would change every place that refers to it.
 */
function walk(ctx: Context, path: readonly (string | number)[]): Node | null {
  let node = ctx.document.contents as Node | null;
  const check = (current: Node | null) => {
    if (!current) return;
    if (isAlias(current)) refuse(ctx, 'edit.aliased', { name: `*${current.source}` }, ctx.positions.nodeRange(current));
    if (current.anchor && ctx.aliasedAnchors.has(current.anchor)) refuse(ctx, 'edit.aliased', { name: `&${current.anchor}` }, ctx.positions.nodeRange(current));
  };
  check(node);
  for (const step of path) {
    if (isSeq(node)) node = (node.items[Number(step)] as Node | undefined) ?? null;
    else node = (pairOf(node, String(step))?.value as Node | null | undefined) ?? null;
    check(node);
  }
  return node;
}

/**
 * A value the model has but the mapping does not write itself comes from a merge key (`<<: *name`):
 * removing it would mean editing the shared mapping, which changes every item that merges it.
 */
function refuseMerged(ctx: Context, node: YAMLMap): never {
  // The merge key's value is a symbol, not the text `<<`.
  const merge = node.items.find((pair) => isScalar(pair.key) && typeof pair.key.value === 'symbol') as YamlPair | undefined;
  const source = merge?.value && isAlias(merge.value) ? `<<: *${merge.value.source}` : '<<';
  refuse(ctx, 'edit.aliased', { name: source }, pairRange(ctx, merge));
}

function rootMap(ctx: Context): YAMLMap {
  const root = walk(ctx, []);
  if (!isMap(root)) throw new LayoutError('a top level that is not a mapping');
  return root;
}

interface FoundItem {
  section: SectionKey;
  index: number;
  item: HandoverItem;
}

function findItem(ctx: Context, id: string): FoundItem {
  for (const section of SECTION_ORDER) {
    const index = (ctx.handover.sections[section] as HandoverItem[]).findIndex((item) => item.id === id);
    if (index >= 0) return { section, index, item: ctx.handover.sections[section][index] as HandoverItem };
  }
  refuse(ctx, 'edit.unknownId', { id });
}

function itemMap(ctx: Context, found: FoundItem): YAMLMap {
  const node = walk(ctx, [found.section, found.index]);
  if (!isMap(node)) throw new LayoutError('an item that is not a mapping');
  return node;
}

function pairRange(ctx: Context, pair: YamlPair | undefined): SourceRange | undefined {
  if (!pair) return undefined;
  const start = pair.key.range?.[0] ?? 0;
  const end = pair.value?.range?.[1] ?? pair.key.range?.[1] ?? start;
  return ctx.positions.range(start, end);
}

/** The plain data at `path` (mapping keys and list indexes), created as `{}` where it is missing or null. */
function dataAt(data: Data, path: readonly (string | number)[]): Data {
  let node: Record<string | number, unknown> = data;
  for (const step of path) {
    if (node[step] === null || node[step] === undefined) node[step] = {};
    node = node[step] as Record<string | number, unknown>;
  }
  return node as Data;
}

/** Sets `key` on a mapping: a new pair, or a value for a `key:` left empty. Refuses nothing itself. */
function setKey(ctx: Context, mapNode: YAMLMap, key: string, value: OutValue, example: StyleExample): Span {
  const pair = pairOf(mapNode, key) as YamlPair | undefined;
  const style = blockStyle(ctx.text, ctx.document, example);
  if (!pair) return insertPair(ctx.text, mapNode, key, value, style);
  if (isNullValue(pair)) return fillNullValue(ctx.text, pair, !!mapNode.flow, value, style);
  throw new LayoutError(`"${key}" already has a value`);
}

// ---------------------------------------------------------------------------------------------------
// Operations

function changeFor(ctx: Context, op: EditOperation): Change | undefined {
  switch (op.kind) {
    case 'accept': {
      const found = findItem(ctx, op.id);
      const node = itemMap(ctx, found);
      if (found.item.accepted) {
        refuse(ctx, 'edit.alreadyAccepted', { id: op.id, ...found.item.accepted }, pairRange(ctx, pairOf(node, 'accepted') as YamlPair | undefined));
      }
      const value = map([['by', text(op.by)], ['on', date(op.on)]]);
      return {
        span: setKey(ctx, node, 'accepted', value, 'accepted'),
        expect: (data) => {
          dataAt(data, [found.section, found.index]).accepted = plainOf(value);
        },
      };
    }
    case 'reopen': {
      const found = findItem(ctx, op.id);
      const node = itemMap(ctx, found);
      const pair = pairOf(node, 'accepted') as YamlPair | undefined;
      if (found.item.accepted && !pair) refuseMerged(ctx, node);
      if (!found.item.accepted || !pair) refuse(ctx, 'edit.notAccepted', { id: op.id }, ctx.positions.nodeRange(node));
      return {
        span: removePair(ctx.text, node, pair),
        expect: (data) => {
          delete dataAt(data, [found.section, found.index]).accepted;
        },
      };
    }
    case 'rotateCredential': {
      const found = findItem(ctx, op.id);
      if (found.section !== 'credentials') refuse(ctx, 'edit.notCredential', { id: op.id, section: found.section }, found.item.range);
      const node = itemMap(ctx, found);
      const rotated = (found.item as HandoverItem<'credentials'>).data.rotated;
      if (rotated) refuse(ctx, 'edit.alreadyRotated', { target: op.id, ...rotated }, pairRange(ctx, pairOf(node, 'rotated') as YamlPair | undefined));
      const value = map([['by', text(op.by)], ['on', date(op.on)]]);
      return {
        span: setKey(ctx, node, 'rotated', value, 'rotated'),
        expect: (data) => {
          dataAt(data, ['credentials', found.index]).rotated = plainOf(value);
        },
      };
    }
    case 'sign':
      return sign(ctx, op);
    case 'rotateFinding': {
      requireFingerprint(ctx, op.fingerprint);
      const done = ctx.handover.detected.rotated.find((entry) => entry.fingerprint === op.fingerprint);
      if (done) refuse(ctx, 'edit.alreadyRotated', { target: op.fingerprint, by: done.by, on: done.on });
      return appendDecision(ctx, 'rotated', map([['fingerprint', text(op.fingerprint)], ['by', text(op.by)], ['on', date(op.on)]]));
    }
    case 'ignoreFinding': {
      requireFingerprint(ctx, op.fingerprint);
      if (ctx.handover.detected.ignore.some((entry) => entry.fingerprint === op.fingerprint)) refuse(ctx, 'edit.alreadyIgnored', { fingerprint: op.fingerprint });
      return appendDecision(ctx, 'ignore', map([['fingerprint', text(op.fingerprint)], ['reason', text(op.reason)]]));
    }
    case 'review':
      return review(ctx, op);
    case 'note':
      return note(ctx, op);
    case 'unreview': {
      const index = reviewIndex(ctx, op.target);
      if (index < 0) refuse(ctx, 'edit.notReviewed', { target: 'path' in op.target ? op.target.path : op.target.branch });
      return removeDecision(ctx, 'reviewed', index);
    }
    case 'unrotateFinding': {
      const index = ctx.handover.detected.rotated.findIndex((entry) => entry.fingerprint === op.fingerprint);
      if (index < 0) refuse(ctx, 'edit.notRotated', { fingerprint: op.fingerprint });
      return removeDecision(ctx, 'rotated', index);
    }
    case 'unignoreFinding': {
      const index = ctx.handover.detected.ignore.findIndex((entry) => entry.fingerprint === op.fingerprint);
      if (index < 0) refuse(ctx, 'edit.notIgnored', { fingerprint: op.fingerprint });
      return removeDecision(ctx, 'ignore', index);
    }
    case 'decideMention':
      return decideMention(ctx, op);
    case 'undecideMention': {
      const decision = mentionDecisionOf(ctx.handover, op);
      if (!decision) refuse(ctx, 'edit.mentionNotDecided', { path: op.path, identity: op.identity });
      return removeDecision(ctx, 'mentions', ctx.handover.detected.mentions.indexOf(decision));
    }
    case 'addItems':
      return addItems(ctx, op);
  }
}

/** Keys whose values are dates in HANDOVER.yaml: written plain (YYYY-MM-DD) like the rest of the file's dates. */
const DATE_FIELDS = new Set(['rotateBy', 'due', 'date']);

function addItems(ctx: Context, op: Extract<EditOperation, { kind: 'addItems' }>): Change | undefined {
  if (!(SECTION_ORDER as readonly string[]).includes(op.section)) throw new LayoutError(`"${op.section}" is not a checklist section`);
  if (op.items.length === 0) return undefined;
  const taken = new Set(SECTION_ORDER.flatMap((section) => (ctx.handover.sections[section] as HandoverItem[]).map((item) => item.id)));
  const values = op.items.map((item) => {
    const id = item.find((field) => field.key === 'id')?.value ?? '';
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) refuse(ctx, 'edit.badId', { id });
    if (taken.has(id)) refuse(ctx, 'edit.duplicateId', { id });
    taken.add(id);
    return map(item.map(({ key, value }): [string, OutValue] => [key, DATE_FIELDS.has(key) && isCalendarDate(value) ? date(value) : text(value)]));
  });
  const expect = (data: Data) => {
    const list = Array.isArray(data[op.section]) ? (data[op.section] as unknown[]) : [];
    data[op.section] = [...list, ...values.map(plainOf)];
  };
  const root = rootMap(ctx);
  const style = blockStyle(ctx.text, ctx.document, { items: op.section });
  const pair = pairOf(root, op.section) as YamlPair | undefined;
  if (!pair) return { span: insertPair(ctx.text, root, op.section, { seq: values }, style), expect };
  if (isNullValue(pair)) return { span: fillNullValue(ctx.text, pair, !!root.flow, { seq: values }, style), expect };
  const seq = walk(ctx, [op.section]);
  if (!isSeq(seq)) throw new LayoutError(`a "${op.section}" that is not a list`);
  return { span: appendItems(ctx.text, seq as YAMLSeq, values, style), expect };
}

/** Records what became of the lines of a file naming one identity, which must be among those found. */
function decideMention(ctx: Context, op: Extract<EditOperation, { kind: 'decideMention' }>): Change {
  const known = ctx.known?.mentions;
  if (!known) refuse(ctx, 'edit.findingsUnknown', { target: `${op.path} (${op.identity})` });
  const path = normalizePath(op.path);
  const identity = op.identity.toLowerCase();
  const found = [...known].find((mention) => normalizePath(mention.path) === path && mention.identity.trim().toLowerCase() === identity);
  if (!found) refuse(ctx, 'edit.unknownMention', { path: op.path, identity: op.identity });
  const done = mentionDecisionOf(ctx.handover, op);
  if (done) refuse(ctx, 'edit.mentionDecided', { path: op.path, identity: op.identity, outcome: done.outcome, by: done.by, on: done.on });
  // Recorded as the detector names them, so that the report and the tree find the decision again.
  const entry = map([
    ['path', text(found.path)],
    ['identity', text(found.identity)],
    ['outcome', text(op.outcome)],
    ['by', text(op.by)],
    ['on', date(op.on)],
    ['note', op.note === undefined ? undefined : text(op.note)],
  ]);
  return appendDecision(ctx, 'mentions', entry);
}

/**
 * The `detected.reviewed` entry that decisions.ts counts for this path or branch: a path as
 * reviewOfPath matches it; a branch as reviewOfBranch does, for each known branch the name given
 * names (with or without its remote), or for the name itself taken as a local branch.
 */
function reviewIndex(ctx: Context, target: { path: string } | { branch: string }): number {
  const reviewed = ctx.handover.detected.reviewed;
  if ('path' in target) {
    const wanted = normalizePath(target.path);
    return reviewed.findIndex((entry) => entry.path !== undefined && normalizePath(entry.path) === wanted);
  }
  const branches: { name: string; kind: 'local' | 'remote' }[] = [...(ctx.known?.branches ?? [])].filter((branch) => namesBranch(target.branch, branch));
  branches.push({ name: target.branch, kind: 'local' });
  return reviewed.findIndex((entry) => entry.branch !== undefined && branches.some((branch) => namesBranch(entry.branch!, branch)));
}

/**
 * Removes entry `index` of `detected.<list>`. The last entry of a block list leaves `<list>:` empty
 * (null, as the schema allows), of a flow list `[]`: the key stays, in case it was written on purpose.
 */
function removeDecision(ctx: Context, list: DecisionList, index: number): Change {
  const seq = walk(ctx, ['detected', list]);
  if (!isSeq(seq)) throw new LayoutError(`a "detected.${list}" that is not a list`);
  walk(ctx, ['detected', list, index]);
  const emptied = seq.items.length === 1 && !seq.flow;
  return {
    span: removeItem(ctx.text, seq as YAMLSeq, index),
    expect: (data) => {
      const detected = dataAt(data, ['detected']);
      (detected[list] as unknown[]).splice(index, 1);
      if (emptied) detected[list] = null;
    },
  };
}

function requireFingerprint(ctx: Context, fingerprint: string): void {
  const known = ctx.known?.fingerprints;
  if (!known) refuse(ctx, 'edit.findingsUnknown', { target: fingerprint });
  if (![...known].includes(fingerprint)) refuse(ctx, 'edit.unknownFingerprint', { fingerprint });
}

function sign(ctx: Context, op: Extract<EditOperation, { kind: 'sign' }>): Change {
  const existing = ctx.handover.signoff[op.role];
  const roleName = ctx.t(`report.${op.role}`);
  const root = rootMap(ctx);
  const signature = map([['name', text(op.name)], ['date', date(op.date)], ['opinion', op.opinion === undefined ? undefined : text(op.opinion)]]);
  const expect = (data: Data) => {
    dataAt(data, ['signoff'])[op.role] = plainOf(signature);
  };
  const signoffPair = pairOf(root, 'signoff') as YamlPair | undefined;
  if (existing) {
    const rolePair = pairOf(signoffPair?.value, op.role) as YamlPair | undefined;
    refuse(ctx, 'edit.alreadySigned', { role: roleName, name: existing.name, date: existing.date }, pairRange(ctx, rolePair));
  }
  // A supervisor's signature without a named supervisor would count as "3 of 3" for nobody.
  if (op.role === 'supervisor' && !ctx.handover.supervisor) refuse(ctx, 'edit.noSupervisor');
  if (!signoffPair) {
    return { span: insertPair(ctx.text, root, 'signoff', map([[op.role, signature]]), blockStyle(ctx.text, ctx.document, 'signature')), expect };
  }
  if (isNullValue(signoffPair)) {
    return { span: fillNullValue(ctx.text, signoffPair, !!root.flow, map([[op.role, signature]]), blockStyle(ctx.text, ctx.document, 'signature')), expect };
  }
  const signoff = walk(ctx, ['signoff']);
  if (!isMap(signoff)) throw new LayoutError('a signoff that is not a mapping');
  return { span: setKey(ctx, signoff, op.role, signature, 'signature'), expect };
}

type DecisionList = 'ignore' | 'rotated' | 'reviewed' | 'mentions';

/** Appends an entry to `detected.<list>`, creating `detected` and the list where they are missing. */
function appendDecision(ctx: Context, list: DecisionList, entry: OutValue): Change {
  const root = rootMap(ctx);
  const expect = (data: Data) => {
    const detected = dataAt(data, ['detected']);
    if (!Array.isArray(detected[list])) detected[list] = [];
    (detected[list] as unknown[]).push(plainOf(entry));
  };
  const style = blockStyle(ctx.text, ctx.document, `detected.${list}`);
  const detectedPair = pairOf(root, 'detected') as YamlPair | undefined;
  const created = map([[list, { seq: [entry] }]]);
  if (!detectedPair) return { span: insertPair(ctx.text, root, 'detected', created, style), expect };
  if (isNullValue(detectedPair)) return { span: fillNullValue(ctx.text, detectedPair, !!root.flow, created, style), expect };
  const detected = walk(ctx, ['detected']);
  if (!isMap(detected)) throw new LayoutError('a "detected" that is not a mapping');
  const listPair = pairOf(detected, list) as YamlPair | undefined;
  if (!listPair) return { span: insertPair(ctx.text, detected, list, { seq: [entry] }, style), expect };
  if (isNullValue(listPair)) return { span: fillNullValue(ctx.text, listPair, !!detected.flow, { seq: [entry] }, style), expect };
  const seq = walk(ctx, ['detected', list]);
  if (!isSeq(seq)) throw new LayoutError(`a "detected.${list}" that is not a list`);
  return { span: appendItem(ctx.text, seq as YAMLSeq, entry, style), expect };
}

function review(ctx: Context, op: Extract<EditOperation, { kind: 'review' }>): Change {
  let { target } = op;
  if ('path' in target) {
    const known = ctx.known?.paths;
    if (!known) refuse(ctx, 'edit.findingsUnknown', { target: target.path });
    const wanted = normalizePath(target.path);
    if (![...known].some((path) => normalizePath(path) === wanted)) refuse(ctx, 'edit.unknownPath', { path: target.path });
    const done = ctx.handover.detected.reviewed.find((entry) => entry.path !== undefined && normalizePath(entry.path) === wanted);
    if (done) refuse(ctx, 'edit.alreadyReviewed', { target: target.path, by: done.by, on: done.on });
  } else {
    const known = ctx.known?.branches;
    if (!known) refuse(ctx, 'edit.findingsUnknown', { target: target.branch });
    const wanted = target.branch;
    const branches = [...known].filter((branch) => namesBranch(wanted, branch));
    if (branches.length === 0) refuse(ctx, 'edit.unknownBranch', { branch: wanted });
    const done = ctx.handover.detected.reviewed.find((entry) => entry.branch !== undefined && branches.some((branch) => namesBranch(entry.branch!, branch)));
    if (done) refuse(ctx, 'edit.alreadyReviewed', { target: wanted, by: done.by, on: done.on });
    // Recorded without the remote, so that one record covers the branch in every clone (decisions.ts).
    const exact = branches.find((branch) => branch.name === wanted) ?? branches[0]!;
    target = { branch: recordedBranchName(exact), outcome: target.outcome };
  }
  const entry = map([
    'path' in target ? ['path', text(target.path)] : ['branch', text(target.branch)],
    ['by', text(op.by)],
    ['on', date(op.on)],
    ['outcome', 'outcome' in target ? text(target.outcome) : undefined],
    ['note', op.note === undefined ? undefined : text(op.note)],
  ]);
  return appendDecision(ctx, 'reviewed', entry);
}

function note(ctx: Context, op: Extract<EditOperation, { kind: 'note' }>): Change | undefined {
  let node: YAMLMap;
  let path: (string | number)[];
  let current: string | undefined;
  if ('id' in op.target) {
    const found = findItem(ctx, op.target.id);
    node = itemMap(ctx, found);
    path = [found.section, found.index];
    current = found.item.note;
  } else {
    const target = op.target;
    const index = ctx.handover.detected.reviewed.findIndex((entry) =>
      'path' in target
        ? entry.path !== undefined && normalizePath(entry.path) === normalizePath(target.path)
        : entry.branch !== undefined && [target.branch, target.branch.replace(/^origin\//, '')].includes(entry.branch.trim()),
    );
    if (index < 0) refuse(ctx, 'edit.notReviewed', { target: 'path' in target ? target.path : target.branch });
    path = ['detected', 'reviewed', index];
    const found = walk(ctx, path);
    if (!isMap(found)) throw new LayoutError('a reviewed entry that is not a mapping');
    node = found;
    current = ctx.handover.detected.reviewed[index]!.note;
  }
  const pair = pairOf(node, 'note') as YamlPair | undefined;
  if (op.text === '') {
    if (!pair && current !== undefined) refuseMerged(ctx, node);
    if (!pair) return undefined;
    return {
      span: removePair(ctx.text, node, pair),
      expect: (data) => {
        delete dataAt(data, path).note;
      },
    };
  }
  if (current === op.text) return undefined;
  const expect = (data: Data) => {
    dataAt(data, path).note = op.text;
  };
  if (pair && !isNullValue(pair)) return { span: replaceScalar(ctx.text, pair, !!node.flow, op.text), expect };
  return { span: setKey(ctx, node, 'note', text(op.text), 'note'), expect };
}

