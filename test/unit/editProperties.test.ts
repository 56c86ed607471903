import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, Lexer, parseDocument, type Node, type Pair } from 'yaml';
import { applyEdits, planEdit, type EditOperation } from '../../src/core/handover/edit';
import { focusOf, isFallback, planFocusedEdit } from '../../src/core/handover/edit/focusedEdit';
import { translator } from '../../src/core/i18n/translator';
import type { Handover, HandoverItem } from '../../src/core/handover/model';
import { SECTION_ORDER } from '../../src/core/handover/sections';
import { BRANCHES, DATES, FINGERPRINTS, fileSpecArb, NAMES, NOTES, PATHS, renderFile } from './handoverArbitrary';
import { load } from './helpers';

const KNOWN = { fingerprints: FINGERPRINTS, paths: PATHS, branches: BRANCHES };
const OUTCOMES = ['taken-over', 'merged', 'abandoned'] as const;

interface Choice {
  pick: number;
  name: string;
  day: string;
  note: string;
  outcome: (typeof OUTCOMES)[number];
}

const choiceArb: fc.Arbitrary<Choice> = fc.record({
  pick: fc.nat(),
  name: fc.constantFrom(...NAMES),
  day: fc.constantFrom(...DATES),
  note: fc.constantFrom(...NOTES),
  outcome: fc.constantFrom(...OUTCOMES),
});

function items(h: Handover): HandoverItem[] {
  return SECTION_ORDER.flatMap((section) => h.sections[section] as HandoverItem[]);
}

/** Every operation that makes sense on this file with these values (the engine must carry out each). */
function applicable(h: Handover, c: Choice): EditOperation[] {
  const ops: EditOperation[] = [];
  for (const item of items(h)) {
    if (item.accepted) ops.push({ kind: 'reopen', id: item.id });
    else ops.push({ kind: 'accept', id: item.id, by: c.name, on: c.day });
    if (item.section === 'credentials' && !(item as HandoverItem<'credentials'>).data.rotated) ops.push({ kind: 'rotateCredential', id: item.id, by: c.name, on: c.day });
    ops.push({ kind: 'note', target: { id: item.id }, text: c.note });
  }
  // Signing as a supervisor nobody named is refused by design (see 'refuses what is already recorded').
  for (const role of ['from', 'to', 'supervisor'] as const) if (!h.signoff[role] && (role !== 'supervisor' || h.supervisor)) ops.push({ kind: 'sign', role, name: c.name, date: c.day });
  for (const fingerprint of FINGERPRINTS) {
    if (!h.detected.rotated.some((r) => r.fingerprint === fingerprint)) ops.push({ kind: 'rotateFinding', fingerprint, by: c.name, on: c.day });
    if (!h.detected.ignore.some((r) => r.fingerprint === fingerprint)) ops.push({ kind: 'ignoreFinding', fingerprint, reason: c.note || 'test data' });
  }
  for (const path of PATHS) {
    if (!h.detected.reviewed.some((r) => r.path?.replace(/\/$/, '') === path.replace(/\/$/, ''))) ops.push({ kind: 'review', target: { path }, by: c.name, on: c.day });
  }
  const branch = BRANCHES[c.pick % BRANCHES.length]!;
  const short = branch.kind === 'remote' ? branch.name.slice(branch.name.indexOf('/') + 1) : branch.name;
  if (!h.detected.reviewed.some((r) => r.branch === branch.name || r.branch === short)) {
    ops.push({ kind: 'review', target: { branch: short, outcome: c.outcome }, by: c.name, on: c.day, ...(c.note ? { note: c.note } : {}) });
  }
  for (const entry of h.detected.reviewed) {
    ops.push({ kind: 'note', target: entry.path !== undefined ? { path: entry.path } : { branch: entry.branch! }, text: c.note });
    ops.push({ kind: 'unreview', target: entry.path !== undefined ? { path: entry.path } : { branch: entry.branch! } });
  }
  for (const entry of h.detected.rotated) ops.push({ kind: 'unrotateFinding', fingerprint: entry.fingerprint });
  for (const entry of h.detected.ignore) ops.push({ kind: 'unignoreFinding', fingerprint: entry.fingerprint });
  return ops;
}

/** The model as plain data without source ranges (they move when lines are added). */
function modelData(h: Handover): Record<string, unknown> {
  return JSON.parse(JSON.stringify(h, (key, value) => (key === 'range' ? undefined : value)));
}

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** What the model must become: written here independently of the engine. */
function expectedModel(before: Handover, op: EditOperation): Record<string, unknown> {
  const data = modelData(before) as { sections: Record<string, { id: string; accepted?: unknown; note?: string; data: Record<string, unknown> }[]>; detected: Record<string, unknown[]>; signoff: Record<string, unknown> };
  const item = (id: string) => Object.values(data.sections).flat().find((entry) => entry.id === id)!;
  switch (op.kind) {
    case 'accept':
      item(op.id).accepted = { by: op.by.trim(), on: op.on };
      break;
    case 'reopen':
      delete item(op.id).accepted;
      break;
    case 'rotateCredential':
      item(op.id).data.rotated = { by: op.by.trim(), on: op.on };
      break;
    case 'sign':
      data.signoff[op.role] = { name: op.name.trim(), date: op.date };
      break;
    case 'rotateFinding':
      data.detected.rotated!.push({ fingerprint: op.fingerprint, by: op.by.trim(), on: op.on });
      break;
    case 'ignoreFinding':
      data.detected.ignore!.push({ fingerprint: op.fingerprint, reason: clean(op.reason) });
      break;
    case 'review': {
      const entry: Record<string, unknown> = 'path' in op.target ? { path: op.target.path } : { branch: op.target.branch };
      Object.assign(entry, { by: op.by.trim(), on: op.on });
      if ('outcome' in op.target) entry.outcome = op.target.outcome;
      if (op.note && clean(op.note)) entry.note = clean(op.note);
      data.detected.reviewed!.push(entry);
      break;
    }
    case 'note': {
      const target = op.target;
      const holder =
        'id' in target
          ? item(target.id)
          : (data.detected.reviewed as { path?: string; branch?: string; note?: string }[]).find((r) => ('path' in target ? r.path === target.path : r.branch === target.branch))!;
      if (clean(op.text)) holder.note = clean(op.text);
      else delete holder.note;
      break;
    }
    case 'unreview': {
      const target = op.target;
      const reviewed = data.detected.reviewed as { path?: string; branch?: string }[];
      const index = reviewed.findIndex((r) => ('path' in target ? r.path?.replace(/\/$/, '') === target.path.replace(/\/$/, '') : r.branch === target.branch));
      reviewed.splice(index, 1);
      break;
    }
    case 'unrotateFinding':
    case 'unignoreFinding': {
      const list = data.detected[op.kind === 'unrotateFinding' ? 'rotated' : 'ignore'] as { fingerprint: string }[];
      list.splice(list.findIndex((r) => r.fingerprint === op.fingerprint), 1);
      break;
    }
  }
  return JSON.parse(JSON.stringify(data));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The lines an operation may touch, from an independent reading of the file: the item's own lines,
 * or the `detected` / `signoff` block (or, when it is missing, the end of the file).
 */
function allowedLines(text: string, before: Handover, op: EditOperation): [number, number] {
  const body = text.replace(/^\uFEFF/, '');
  if (op.kind === 'accept' || op.kind === 'reopen' || op.kind === 'rotateCredential' || (op.kind === 'note' && 'id' in op.target)) {
    const id = 'id' in op ? op.id : (op.target as { id: string }).id;
    const item = items(before).find((entry) => entry.id === id)!;
    return [item.range.start.line, item.range.end.line + 1];
  }
  const key = op.kind === 'sign' ? 'signoff' : 'detected';
  const doc = parseDocument(body);
  const root = doc.contents;
  assert.ok(isMap(root));
  const pair = root.items.find((p) => (p.key as { value?: unknown }).value === key) as Pair<Node, Node | null> | undefined;
  // Missing: added after the last top-level key's content, anywhere down to the end of the file.
  const lastKey = root.items[root.items.length - 1]!.key as Node;
  if (!pair) return [lineOf(body, lastKey.range![0]), lineOf(body, body.length) + 1];
  const end = pair.value?.range?.[2] ?? pair.key.range![2];
  return [lineOf(body, pair.key.range![0]), lineOf(body, end) + 1];
}

function comments(text: string): string[] {
  return [...new Lexer().lex(text.replace(/^\uFEFF/, ''))].filter((token) => token.startsWith('#'));
}

function checkEdit(text: string, op: EditOperation, focus: 'auto' | 'always' = 'auto'): string {
  const before = load(text);
  assert.ok(before.handover, JSON.stringify(before.diagnostics));
  const plan = planEdit(text, op, { known: KNOWN, focus });
  // The one layout an edit refuses by design: removing a line would turn the comment below it into
  // text of the block scalar above it. The refusal must say so; the file is kept as it is.
  if (!plan.ok && plan.error.code === 'edit.layout' && /block text above/.test(plan.error.message) && (op.kind === 'reopen' || op.kind === 'note')) return text;
  if (!plan.ok) assert.fail(`${JSON.stringify(op)} refused: ${plan.error.message}\n${text}`);
  assert.equal(applyEdits(text, plan.edits), plan.newText, 'the edits turn the text into newText');
  assert.ok(plan.edits.length <= 1);
  const after = load(plan.newText);
  assert.deepEqual(after.diagnostics.filter((d) => d.severity === 'error'), [], plan.newText);
  assert.deepEqual(modelData(after.handover!), expectedModel(before.handover, op), `${JSON.stringify(op)}\n${plan.newText}`);
  // Everything but the target's lines is unchanged: the span lies within them.
  if (plan.edits.length) {
    const [edit] = plan.edits;
    const body = text.replace(/^\uFEFF/, '');
    const shift = text.length - body.length;
    const [first, last] = allowedLines(text, before.handover, op);
    const startLine = lineOf(body, edit!.startOffset - shift);
    const endLine = lineOf(body, edit!.endOffset - shift);
    assert.ok(startLine >= first && endLine <= last, `span lines ${startLine}-${endLine} outside ${first}-${last} for ${JSON.stringify(op)}\n${text}\n---\n${plan.newText}`);
    // Adding a record inserts text and removes none, except where a written null (`~`) is replaced.
    const removed = text.slice(edit!.startOffset, edit!.endOffset);
    const takesBack = op.kind === 'unreview' || op.kind === 'unrotateFinding' || op.kind === 'unignoreFinding';
    if (op.kind !== 'reopen' && op.kind !== 'note' && !takesBack) assert.match(removed, /^(?:\s*|~|null)$/, `${JSON.stringify(op)} removed ${JSON.stringify(removed)}`);
    // Taking a decision back only removes text.
    if (takesBack) assert.ok(plan.newText.length < text.length && edit!.replacement.length <= 2, `${JSON.stringify(op)} wrote ${JSON.stringify(edit!.replacement)}`);
    if (op.kind === 'reopen') assert.match(removed, /accepted/);
  }
  // Every comment is still there, in the same order (read with yaml's lexer, so `#` in quotes is text).
  assert.deepEqual(comments(plan.newText), comments(text));
  // BOM, final line break and line break style stay as they were.
  assert.equal(plan.newText.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
  // One exception: removing the last line of a file without a final break, after a `|+` scalar whose
  // kept blank line must stay part of its value (yamlSplices.ts removePair).
  const keptBlankAtEnd = !/\n$/.test(text) && /\n[ \t]*\r?\n$/.test(plan.newText) && (op.kind === 'reopen' || op.kind === 'note');
  if (!keptBlankAtEnd) assert.equal(/\n$/.test(plan.newText), /\n$/.test(text));
  if (!/(^|[^\r])\n/.test(text)) assert.doesNotMatch(plan.newText, /(^|[^\r])\n/, 'a CRLF file stays CRLF');
  if (!text.includes('\r')) assert.ok(!plan.newText.includes('\r'), 'a LF file stays LF');
  return plan.newText;
}

describe('HANDOVER.yaml edits on random files (property)', function () {
  this.timeout(120_000);

  it('generates valid files in every layout', () => {
    fc.assert(
      fc.property(fileSpecArb, (spec) => {
        const loaded = load(renderFile(spec));
        assert.deepEqual(loaded.diagnostics, [], renderFile(spec));
      }),
      { numRuns: 200 },
    );
  });

  it('changes only the target and reads back as exactly the intended change', () => {
    fc.assert(
      fc.property(fileSpecArb, choiceArb, (spec, choice) => {
        const text = renderFile(spec);
        const ops = applicable(load(text).handover!, choice);
        checkEdit(text, ops[choice.pick % ops.length]!);
      }),
      { numRuns: 400 },
    );
  });

  it('edits an item through the focused reading (large files) exactly as through the whole file', () => {
    let focused = 0;
    let itemEdits = 0;
    fc.assert(
      fc.property(fileSpecArb, choiceArb, (spec, choice) => {
        // A `%YAML` directive always sends the edit to the whole file (a test in focusedEdit.test.ts shows it).
        const text = renderFile({ ...spec, directive: false });
        const ops = applicable(load(text).handover!, choice).filter((op) => focusOf(op) !== undefined);
        const op = ops[choice.pick % ops.length]!;
        itemEdits++;
        const whole = planEdit(text, op, { known: KNOWN, focus: 'never' });
        const quick = planFocusedEdit(text, op, { known: KNOWN, t: translator('en') }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
        if (!isFallback(quick)) {
          focused++;
          assert.deepEqual(quick, whole, `${JSON.stringify(op)}\n${text}`);
        }
        checkEdit(text, op, 'always');
      }),
      { numRuns: 300 },
    );
    // The generated layouts are plain block YAML but for the sections written as one flow list.
    assert.ok(focused > itemEdits / 2, `the focused reading planned ${focused} of ${itemEdits} item edits`);
  });

  it('keeps every guarantee over a series of edits on the same file', () => {
    fc.assert(
      fc.property(fileSpecArb, fc.array(choiceArb, { minLength: 2, maxLength: 6 }), (spec, choices) => {
        let text = renderFile(spec);
        for (const choice of choices) {
          const ops = applicable(load(text).handover!, choice);
          text = checkEdit(text, ops[choice.pick % ops.length]!);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('takes back a decision on a finding: the original model always, the original bytes when the list was already there', () => {
    fc.assert(
      fc.property(fileSpecArb, choiceArb, (spec, choice) => {
        const original = renderFile(spec);
        const before = load(original).handover!;
        const records = applicable(before, choice).filter((op) => op.kind === 'rotateFinding' || op.kind === 'ignoreFinding' || op.kind === 'review');
        const record = records[choice.pick % records.length]!;
        const recorded = checkEdit(original, record);
        const undo: EditOperation =
          record.kind === 'rotateFinding'
            ? { kind: 'unrotateFinding', fingerprint: record.fingerprint }
            : record.kind === 'ignoreFinding'
              ? { kind: 'unignoreFinding', fingerprint: record.fingerprint }
              : { kind: 'unreview', target: 'path' in (record as { target: object }).target ? { path: (record as { target: { path: string } }).target.path } : { branch: (record as { target: { branch: string } }).target.branch } };
        const back = checkEdit(recorded, undo);
        assert.deepEqual(modelData(load(back).handover!), modelData(before), back);
        const list = record.kind === 'rotateFinding' ? 'rotated' : record.kind === 'ignoreFinding' ? 'ignore' : 'reviewed';
        if (parseDocument(original.replace(/^\uFEFF/, '')).hasIn(['detected', list])) {
          // The list (or its empty key) was there: record then take back gives the same bytes.
          assert.equal(back, original);
        } else {
          // The record created the key (and maybe `detected`); it stays, empty (`list:` or `[]`).
          // What is guaranteed: one contiguous change that removes nothing but a written null.
          const body = original.replace(/^\uFEFF/, '');
          const after = back.replace(/^\uFEFF/, '');
          let prefix = 0;
          while (prefix < body.length && body[prefix] === after[prefix]) prefix++;
          let suffix = 0;
          while (suffix < body.length - prefix && body[body.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
          assert.match(body.slice(prefix, body.length - suffix), /^(?:\s*|~|null)$/);
          assert.match(after.slice(prefix, after.length - suffix), new RegExp(`${list}:`));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to take back what is not recorded', () => {
    fc.assert(
      fc.property(fileSpecArb, (spec) => {
        const text = renderFile(spec);
        const h = load(text).handover!;
        for (const fingerprint of FINGERPRINTS) {
          if (!h.detected.rotated.some((r) => r.fingerprint === fingerprint)) {
            const plan = planEdit(text, { kind: 'unrotateFinding', fingerprint });
            assert.ok(!plan.ok && plan.error.code === 'edit.notRotated');
          }
          if (!h.detected.ignore.some((r) => r.fingerprint === fingerprint)) {
            const plan = planEdit(text, { kind: 'unignoreFinding', fingerprint });
            assert.ok(!plan.ok && plan.error.code === 'edit.notIgnored');
          }
        }
        for (const path of PATHS) {
          if (h.detected.reviewed.some((r) => r.path?.replace(/\/$/, '') === path.replace(/\/$/, ''))) continue;
          const plan = planEdit(text, { kind: 'unreview', target: { path } });
          assert.ok(!plan.ok && plan.error.code === 'edit.notReviewed');
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses what is already recorded, leaving nothing to apply', () => {
    fc.assert(
      fc.property(fileSpecArb, choiceArb, (spec, choice) => {
        const text = renderFile(spec);
        const h = load(text).handover!;
        for (const item of items(h)) {
          const op: EditOperation = item.accepted ? { kind: 'accept', id: item.id, by: choice.name, on: choice.day } : { kind: 'reopen', id: item.id };
          const plan = planEdit(text, op, { known: KNOWN });
          assert.ok(!plan.ok);
          assert.equal(plan.error.code, item.accepted ? 'edit.alreadyAccepted' : 'edit.notAccepted');
        }
        for (const role of ['from', 'to', 'supervisor'] as const) {
          const plan = planEdit(text, { kind: 'sign', role, name: choice.name, date: choice.day });
          // A recorded signature is refused as such first; an unsigned role of a supervisor nobody named is refused too.
          if (h.signoff[role]) assert.ok(!plan.ok && plan.error.code === 'edit.alreadySigned');
          else if (role === 'supervisor' && !h.supervisor) assert.ok(!plan.ok && /supervisor/.test(plan.error.message), 'signing as a supervisor nobody named is refused');
        }
      }),
      { numRuns: 100 },
    );
  });
});
