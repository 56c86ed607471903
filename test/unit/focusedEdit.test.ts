import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_OK, runEdit } from '../../src/cli/editCommands';
import { FOCUSED_EDIT_MIN_CHARS, planEdit, type EditOperation, type EditPlan } from '../../src/core/handover/edit';
import { outlineOf } from '../../src/core/handover/edit/fileOutline';
import { MAX_FILE_BYTES } from '../../src/core/handover/handoverParser';
import { isFallback, planFocusedEdit, readFocused, regionAfterEdit, type Fallback, type FocusedReading } from '../../src/core/handover/edit/focusedEdit';
import type { Handover } from '../../src/core/handover/model';
import { captured, MINIMAL, t, tempDir } from './helpers';

const ACCEPT = (id: string): EditOperation => ({ kind: 'accept', id, by: 'Bob', on: '2026-11-30' });

function quick(text: string, op: EditOperation): EditPlan | Fallback {
  return planFocusedEdit(text, op, { t }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
}

function whole(text: string, op: EditOperation): EditPlan {
  return planEdit(text, op, { focus: 'never' });
}

/** Plans through the focused reading, which must not fall back, and must agree with the whole-file planner. */
function focused(text: string, op: EditOperation): EditPlan {
  const plan = quick(text, op);
  if (isFallback(plan)) assert.fail(`fell back: ${plan.fallback}\n${text}`);
  assert.deepEqual(plan, whole(text, op));
  return plan;
}

function duties(count: number, from = 0): string {
  const lines = ['duties:\n'];
  for (let i = from; i < from + count; i++) lines.push(`  - id: d${i}\n    title: Duty ${i}\n    details: details of duty number ${i}\n`);
  return lines.join('');
}

/** A file over FOCUSED_EDIT_MIN_CHARS, so that `auto` takes the focused reading. */
function large(extra = ''): string {
  const text = `${MINIMAL}${duties(5000)}${extra}`;
  assert.ok(text.length >= FOCUSED_EDIT_MIN_CHARS);
  return text;
}

describe('edits of one item through the focused reading (large files)', function () {
  this.timeout(60_000);

  it('accepts, reopens, rotates and notes an item exactly as the whole-file planner does', () => {
    const text = `${MINIMAL}${duties(6)}credentials:\n  - id: c1\n    name: DB password\n    location: vault\n  - id: c2  # the old one\n    name: API key\n    location: vault\n    accepted: {by: Bob, on: 2026-11-20}\n    note: |\n      rotate it\n\n  # comment before risks\nrisks:\n- id: r1\n  title: Disk\n`;
    const accepted = focused(text, ACCEPT('d3'));
    assert.ok(accepted.ok);
    assert.equal(accepted.newText, text.replace('details of duty number 3\n', 'details of duty number 3\n    accepted: {by: Bob, on: 2026-11-30}\n'));
    focused(text, { kind: 'reopen', id: 'c2' });
    focused(text, { kind: 'rotateCredential', id: 'c1', by: ' Bob ', on: '2026-11-30' });
    focused(text, { kind: 'note', target: { id: 'c2' }, text: 'new note' });
    focused(text, { kind: 'note', target: { id: 'c2' }, text: '' });
    focused(text, { kind: 'note', target: { id: 'r1' }, text: 'two\nlines' });
    focused(text, ACCEPT('r1'));
    focused(`\uFEFF${text.replace(/\n/g, '\r\n')}`, ACCEPT('d5'));
  });

  it('records decisions in detected and signatures in signoff exactly as the whole-file planner does', () => {
    const known = { fingerprints: ['fp-1', 'fp-2'], paths: ['k8s/base'], branches: [{ name: 'origin/feature/x', kind: 'remote' as const }] };
    const text = `${MINIMAL}${duties(6)}detected:\n  ignore:\n    - fingerprint: fp-1\n      reason: test data\n  # reviewed below\nsignoff:\n  from: {name: Alice, date: 2026-11-28}\n`;
    const plan = (op: EditOperation) => {
      const quickPlan = planFocusedEdit(text, op, { t, known }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
      if (isFallback(quickPlan)) assert.fail(`fell back: ${quickPlan.fallback}`);
      assert.deepEqual(quickPlan, planEdit(text, op, { known, focus: 'never' }));
      return quickPlan;
    };
    assert.ok(plan({ kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-11-30' }).ok);
    assert.ok(plan({ kind: 'unignoreFinding', fingerprint: 'fp-1' }).ok);
    const reviewed = plan({ kind: 'review', target: { branch: 'feature/x', outcome: 'merged' }, by: 'Bob', on: '2026-11-30' });
    assert.ok(reviewed.ok);
    // A note on that review (a record in `detected`, kept whole), on the file that holds it.
    const note: EditOperation = { kind: 'note', target: { branch: 'feature/x' }, text: 'merged by hand' };
    const noted = planFocusedEdit(reviewed.newText, note, { t, known }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
    assert.ok(!isFallback(noted) && noted.ok, JSON.stringify(noted).slice(0, 200));
    assert.deepEqual(noted, planEdit(reviewed.newText, note, { known, focus: 'never' }));
    assert.ok(plan({ kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-30' }).ok);
    const refused = plan({ kind: 'ignoreFinding', fingerprint: 'fp-1', reason: 'again' });
    assert.ok(!refused.ok && refused.error.code === 'edit.alreadyIgnored');
    // A key added after the last entry kept whole (`signoff` after `detected`), and an edit that changes nothing.
    const noSignoff = `${MINIMAL}${duties(6)}detected:\n  ignore:\n    - fingerprint: fp-1\n      reason: test data\n`;
    const signed = planFocusedEdit(noSignoff, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-30' }, { t, known }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
    assert.deepEqual(signed, planEdit(noSignoff, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-30' }, { known, focus: 'never' }));
    assert.deepEqual(focused(text, { kind: 'note', target: { id: 'd2' }, text: '' }), { ok: true, edits: [], newText: text });
    // Without `detected`, the new key goes after the last item of the last list, which the copy does not hold.
    const bare = `${MINIMAL}${duties(6)}`;
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-11-30' };
    const noDetected = planFocusedEdit(bare, rotate, { t, known }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
    assert.ok(isFallback(noDetected) && /outside the top-level entries kept whole/.test(noDetected.fallback), JSON.stringify(noDetected));
    assert.deepEqual(planEdit(bare, rotate, { known, focus: 'always' }), planEdit(bare, rotate, { known, focus: 'never' }));
  });

  it('writes a record like the first one written, even in an item it does not edit', () => {
    const text = `${MINIMAL}${duties(3)}  - id: x\n    title: X\n    accepted:\n      by: Bob\n      on: 2026-11-20\n${duties(3, 10).replace('duties:\n', '')}`;
    const plan = focused(text, ACCEPT('d11'));
    assert.ok(plan.ok);
    assert.match(plan.newText, /details of duty number 11\n {4}accepted:\n {6}by: Bob\n {6}on: 2026-11-30\n/);
    // A rotation written before, as the only record of the file.
    const credential = (i: number, extra = '') => `  - id: c${i}\n    name: Key ${i}\n    location: vault\n${extra}`;
    const rotatedOnce = `${MINIMAL}credentials:\n${credential(1)}${credential(2, '    rotated:\n      by: Carol\n      on: 2026-11-01\n')}${credential(3)}${credential(4)}`;
    const rotated = focused(rotatedOnce, { kind: 'rotateCredential', id: 'c4', by: 'Bob', on: '2026-11-30' });
    assert.ok(rotated.ok);
    assert.match(rotated.newText, /location: vault\n {4}rotated:\n {6}by: Bob\n {6}on: 2026-11-30\n$/);
  });

  it('keeps in its copy only the items an edit needs: the first of each list, the one edited, the first record of each kind', () => {
    const text = `${MINIMAL}${duties(8).replace('number 5\n', 'number 5\n    accepted: {by: Carol, on: 2026-11-01}\n')}${duties(3).replace('duties:', 'risks:').replace(/id: d/g, 'id: r')}`;
    const reading = readFocused(text, ['d3'], { t, file: '/x/HANDOVER.yaml' });
    assert.ok(!isFallback(reading));
    assert.deepEqual([...reading.reducedText.matchAll(/- id: (\w+)/g)].map((m) => m[1]), ['d0', 'd3', 'd5', 'r0']);
    // A text with no key at all (a comment only): no entry, nothing to edit in it.
    const empty = quick('# nothing yet\n', { kind: 'rotateFinding', fingerprint: 'fp-1', by: 'Bob', on: '2026-11-30' });
    assert.ok(isFallback(empty) && empty.fallback === 'errors in what the edit reads', JSON.stringify(empty));
  });

  it('reads a small file whole, as the whole-file planner does (an error in another item is refused)', () => {
    const text = `${MINIMAL}${duties(3)}`.replace('    title: Duty 0\n', '');
    assert.ok(text.length < FOCUSED_EDIT_MIN_CHARS);
    const plan = planEdit(text, ACCEPT('d2'));
    assert.ok(!plan.ok && plan.error.code === 'edit.fileHasErrors', JSON.stringify(plan).slice(0, 200));
  });

  it('edits through the focused reading a file with comments anywhere: at the top, between entries and items, at any column', () => {
    const text = `# Handover of the demo project\n#\n${MINIMAL}# the duties\n${duties(3).replace('  - id: d1\n', '# at column 1\n   # at column 4\n  - id: d1\n      # deeper than the keys\n')}# between entries\nrisks:\n  - id: r1\n    title: Disk\n# the end\n`;
    for (const id of ['d0', 'd1', 'd2', 'r1']) assert.ok(focused(text, ACCEPT(id)).ok, id);
  });

  it('edits items written as flow mappings, and never takes a key of a nested value for the item\'s id', () => {
    const text = `${MINIMAL}${duties(3)}  - {id: d7, title: Flow, details: "id: d8"}\n  - {title: Keys after, id: d9}\n  - {meta: {a: 1, b: [2]}, id: d13,\n    title: A nested flow before the id, its brace closed at the dash column\n  }\n  - id: d10\n    title: Nested\n    accepted: {by: Carol, on: 2026-11-01}\n    note: "id: d11"\n  - id: d12\n    title: An unknown key (a warning) holding ids\n    meta:\n      id: inner\n      more: {id: d1}\n      list:\n        - id: d2\nrisks:\n  - {id: r1, title: Disk, meta: {id: d0}}\n`;
    for (const id of ['d0', 'd1', 'd2', 'd7', 'd9', 'd12', 'd13', 'r1']) assert.ok(focused(text, ACCEPT(id)).ok, id);
    assert.ok(focused(text, { kind: 'reopen', id: 'd10' }).ok);
    for (const id of ['d8', 'd11']) {
      const plan = quick(text, ACCEPT(id));
      assert.ok(isFallback(plan) && plan.fallback === `no item with the id "${id}"`, JSON.stringify(plan).slice(0, 200));
    }
  });

  it('finds items by ids written in quotes, single or double, as the whole-file planner reads them', () => {
    const text = `${MINIMAL}${duties(3)}  - id: "d7"\n    title: double\n  - id: 'd8'\n    title: single\n  - id: "d.9_x-1"\n    title: dots\n  - id: 'a'\n    title: one letter\n`;
    for (const id of ['d7', 'd8', 'd.9_x-1', 'a']) {
      const plan = focused(text, ACCEPT(id));
      assert.ok(plan.ok);
    }
    const single = focused(text, ACCEPT('d8'));
    assert.ok(single.ok);
    assert.match(single.newText, /title: single\n {4}accepted: \{by: Bob, on: 2026-11-30\}\n/);
  });

  it('edits through the focused reading a file that starts with "---" or with a checklist section', () => {
    for (const text of [`---\n${MINIMAL}${duties(3)}`, `--- # the handover\n${MINIMAL}${duties(3)}`, `---\t# after a tab\n${MINIMAL}${duties(3)}`, `${duties(3)}${MINIMAL}risks:\n  - id: r1\n    title: Disk\n`]) {
      for (const id of ['d0', 'd2']) assert.ok(focused(text, ACCEPT(id)).ok, `${id} in ${text.slice(0, 12)}`);
    }
  });

  it('keeps whole a section written as a flow list on the lines below its key, and edits the other sections the fast way', () => {
    const text = `${MINIMAL}duties:\n  [{id: d1, title: T},\n   {id: d2, title: U}]\n${duties(3).replace('duties:', 'risks:').replace(/id: d/g, 'id: r')}`;
    assert.ok(focused(text, ACCEPT('r1')).ok);
    const plan = quick(text, ACCEPT('d1'));
    assert.ok(isFallback(plan) && plan.fallback === 'no item with the id "d1"', JSON.stringify(plan).slice(0, 200));
  });

  it('never takes an id inside an item written as a list for that item\'s id (the item is an error validate reports)', () => {
    const text = `${MINIMAL}${duties(3)}  - - {id: d1, title: nested}\n  - - id: d2\n    - title: nested\n`;
    for (const id of ['d1', 'd2']) {
      const plan = quick(text, ACCEPT(id));
      assert.ok(!isFallback(plan) && plan.ok, JSON.stringify(plan).slice(0, 200));
      assert.equal(plan.newText, text.replace(`number ${id.slice(1)}\n`, (line) => `${line}    accepted: {by: Bob, on: 2026-11-30}\n`));
    }
  });

  it('never takes the items of a list under a key that is no checklist section for items (an unknown key: a warning)', () => {
    const text = `${MINIMAL}${duties(3)}notes:\n  - id: d1\n    title: not a duty\n  - id: d9\n    title: nor this\n`;
    assert.ok(focused(text, ACCEPT('d1')).ok);
    const plan = quick(text, ACCEPT('d9'));
    assert.ok(isFallback(plan) && plan.fallback === 'no item with the id "d9"', JSON.stringify(plan).slice(0, 200));
  });

  it('edits an item the fast way although another item has an id that is empty or invalid, read as YAML reads it (an error validate reports)', () => {
    // `'d''9'` reads as `d'9` (an invalid id), not as a second `d9`.
    for (const other of ["''", '""', "'d''9'"]) {
      const text = `${MINIMAL}${duties(3)}  - id: ${other}\n    title: a bad id\n  - id: d9\n    title: nine\n`;
      for (const id of ['d1', 'd9']) {
        const plan = quick(text, ACCEPT(id));
        assert.ok(!isFallback(plan) && plan.ok, JSON.stringify(plan).slice(0, 200));
        assert.equal(plan.newText, text.replace(id === 'd1' ? 'number 1\n' : 'title: nine\n', (line) => `${line}    accepted: {by: Bob, on: 2026-11-30}\n`));
      }
      const refused = whole(text, ACCEPT('d1'));
      assert.ok(!refused.ok && refused.error.code === 'edit.fileHasErrors', 'the whole file has an error');
    }
  });

  it('reads keys written in quotes as YAML does: a quoted "id" is the item\'s id, a quoted section name is the section', () => {
    const text = `${MINIMAL}${duties(2)}  - "id": d7\n    title: T\n  - 'id': d8\n    title: U\n"risks":\n  - id: r1\n    title: Disk\n`;
    for (const id of ['d7', 'd8', 'r1']) assert.ok(focused(text, ACCEPT(id)).ok, id);
  });

  it('reads on after a block scalar that ends an item or a section, and after tabs between a key and its value', () => {
    const text = `${MINIMAL}${duties(2)}  - id: d7\n    title: T\n    note: |\n      the next item follows at once\n  - id: d8\n    title:\tafter a tab\n    note: >-\n      the next section follows at once\nrisks:\n  - id: r1\n    title: Disk\n    meta: |\n  - id: r2\n    title: After an empty block scalar\n`;
    for (const id of ['d1', 'd7', 'd8', 'r1', 'r2']) assert.ok(focused(text, ACCEPT(id)).ok, id);
  });

  it('never takes text inside a block or quoted scalar for an item, and ignores ids in comments', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    details: |\n      - id: d2\n        title: fake\n  # - id: d2\n  - id: d2\n    title: real\n    details: "two\n      - id: d3\n      lines"\n`;
    const plan = focused(text, ACCEPT('d2'));
    assert.ok(plan.ok);
    assert.match(plan.newText, /title: real\n {4}details: "two\n {6}- id: d3\n {6}lines"\n {4}accepted: \{by: Bob, on: 2026-11-30\}\n$/);
    assert.match(plan.newText, /- id: d2\n {8}title: fake\n {2}# - id: d2\n/);
    const fake = quick(text, ACCEPT('d3'));
    assert.ok(isFallback(fake) && /no item with the id "d3"/.test(fake.fallback));
    const refused = planEdit(text, ACCEPT('d3'), { focus: 'always' });
    assert.ok(!refused.ok && refused.error.code === 'edit.unknownId');
  });

  const FALLBACKS: [string, string, EditOperation, RegExp][] = [
    ['a directive', `%YAML 1.2\n---\n${MINIMAL}${duties(2)}`, ACCEPT('d1'), /a directive or several documents/],
    ['a document end marker', `${MINIMAL}${duties(2)}...\n`, ACCEPT('d1'), /a directive or several documents/],
    ['content on the "---" line', `--- version: 1\nproject: demo\n${MINIMAL.replace(/^version: 1\nproject: demo\n/, '')}${duties(2)}`, ACCEPT('d1'), /content on the "---" line/],
    ['a second document', `${MINIMAL}${duties(2)}---\nversion: 1\n`, ACCEPT('d1'), /several documents/],
    ['an anchor and an alias', `${MINIMAL.replace('name: Bob', 'name: &bob Bob')}${duties(2)}supervisor:\n  name: *bob\n`, ACCEPT('d1'), /anchor, alias or tag/],
    ['a merge key', `${MINIMAL}defaults: &d {title: Shared}\n${duties(2)}  - <<: *d\n    id: d9\n`, ACCEPT('d9'), /anchor, alias or tag/],
    ['a merge key without an alias', `${MINIMAL}${duties(2)}  - <<: {title: Merged}\n    id: d9\n`, ACCEPT('d9'), /merge key/],
    ['an anchor alone', `${MINIMAL.replace('name: Bob', 'name: &bob Bob')}${duties(2)}`, ACCEPT('d1'), /anchor, alias or tag/],
    ['an alias alone', `${MINIMAL}${duties(2).replace('title: Duty 1', 'title: *t')}`, ACCEPT('d0'), /anchor, alias or tag/],
    ['a tag', `${MINIMAL}${duties(2).replace('title: Duty 1', 'title: !!str Duty 1')}`, ACCEPT('d0'), /anchor, alias or tag/],
    ['a flow mapping at the top level', `{version: 1, project: demo, from: {name: Alice, emails: [a@example.com]}, to: {name: Bob}, duties: [{id: d1, title: T}]}\n`, ACCEPT('d1'), /top level that is not a block mapping/],
    ['a section written as a flow list', `${MINIMAL}duties: [{id: d1, title: T}]\n`, ACCEPT('d1'), /no item with the id/],
    ['a duplicate id', `${MINIMAL}${duties(3)}  - id: d1\n    title: again\n`, ACCEPT('d1'), /"d1" in 2 items/],
    ['an item that writes its id twice', `${MINIMAL}${duties(2)}  - id: d7\n    title: T\n    id: d7\n`, ACCEPT('d7'), /an item with several ids/],
    ['the id in two sections', `${MINIMAL}${duties(2)}risks:\n  - id: d1\n    title: R\n`, ACCEPT('d1'), /"d1" in 2 items/],
    ['a top-level key written twice', `${MINIMAL}${duties(2)}${duties(2, 5)}`, ACCEPT('d1'), /"duties" written twice/],
    ['a tab in indentation', `${MINIMAL}${duties(2)}risks:\n\t- id: r1\n`, ACCEPT('d1'), /tab in indentation/],
    ['an explicit key', `${MINIMAL}? duties\n: - id: d1\n    title: T\n`, ACCEPT('d1'), /explicit/],
    ['indentation that does not line up', `${MINIMAL}${duties(2)}  - id: d7\n   title: off by one\n`, ACCEPT('d1'), /indentation/],
    ['an id written over two lines', `${MINIMAL}${duties(2)}  - id:\n      d7\n    title: T\n`, ACCEPT('d1'), /id whose value is not on its line/],
    ['an id with escapes', `${MINIMAL}${duties(2)}  - id: "d\\x37"\n    title: T\n`, ACCEPT('d7'), /id that cannot be read/],
    // Text at the top level that is no key: not YAML, so no item of the file may be edited.
    ['a top-level line that is not a key', `${MINIMAL}${duties(2)}just text\n# a comment ends it\nrisks:\n  - id: r1\n    title: R\n`, ACCEPT('d1'), /top-level line that is not a key/],
    ['a top-level line that is not a key, at the end of the file', `${MINIMAL}${duties(2)}just text`, ACCEPT('d1'), /top-level line that is not a key/],
    ['a quoted id over two lines', `${MINIMAL}${duties(2)}  - id: "d\n      7"\n    title: T\n`, ACCEPT('d 7'), /id that cannot be read/],
    // The file is not YAML: the whole-file planner refuses it, so the focused reading must not edit another item.
    ['a quote left open at the end of the file', `${MINIMAL}${duties(2)}  - id: '`, ACCEPT('d1'), /id that cannot be read/],
    ['a double quote left open at the end of the file', `${MINIMAL}${duties(2)}  - id: "`, ACCEPT('d1'), /id that cannot be read/],
    // Quotes left open after some text, or closed by the other kind of quote: never an id.
    ['a quoted id left open at the end of the file', `${MINIMAL}${duties(2)}  - id: 'd7`, ACCEPT('d1'), /id that cannot be read/],
    ['a double-quoted id left open at the end of the file', `${MINIMAL}${duties(2)}  - id: "d7`, ACCEPT('d1'), /id that cannot be read/],
    ['a double-quoted id left open, ending in a single quote', `${MINIMAL}${duties(2)}  - id: "d7'`, ACCEPT('d1'), /id that cannot be read/],
    ['a single-quoted id left open, ending in a double quote', `${MINIMAL}${duties(2)}  - id: 'd7"`, ACCEPT('d1'), /id that cannot be read/],
    // `title` alone on its line, its `:` on the next: not YAML.
    // Not YAML: a list item at column 1 after a list indented deeper, and a flow mapping at column 1 after a list at column 1.
    ['an item at column 1 after a list indented deeper', `${MINIMAL}${duties(2)}- id: d7\n  title: T\n`, ACCEPT('d1'), /top level that is not a block mapping/],
    ['a flow mapping at column 1 after a list at column 1', `${MINIMAL}duties:\n- id: d1\n  title: T\n{id: d7}\n`, ACCEPT('d1'), /top level that is not a block mapping/],
    // Valid YAML, but the outline only reads a top level at column 1.
    ['an indented top level', MINIMAL.replace(/^/gm, '  ').trimEnd() + '\n' + duties(2).replace(/^/gm, '  ').trimEnd() + '\n', ACCEPT('d1'), /indented text before the first key/],
    ['a key at the column of the list\'s dashes', `${MINIMAL}${duties(2)}  id: d7\n`, ACCEPT('d1'), /indentation that does not line up/],
    ['a key at the column of the dashes after a flow item', `${MINIMAL}${duties(2)}  - {id: d7, title: T}\n  title: U\n`, ACCEPT('d1'), /indentation that does not line up/],
    ['a key after a quoted text at the top level', `${MINIMAL}${duties(2)}'note' risks: []\n`, ACCEPT('d1'), /top-level key that is not plain/],
    ['a top-level key with an escape', `${MINIMAL}${duties(2)}"ri\\x73ks": []\n`, ACCEPT('d1'), /top-level key that cannot be read/],
    ['a key after text in an item', `${MINIMAL}${duties(2)}  - 'x' id: d7\n`, ACCEPT('d1'), /a key after text in an item/],
    ['a key on the line below an item that is text', `${MINIMAL}${duties(2)}  - "x"\n    id: d7\n`, ACCEPT('d1'), /a key after text in an item/],
    // The lexer ends a flow collection at a line not indented past its block: a key in one is never at an item's key column.
    ['a flow mapping continued at the item\'s key column', `${MINIMAL}${duties(2)}  - id: d7\n    meta: {a: 1,\n    id: d8}\n`, ACCEPT('d1'), /flow collection that is not closed/],
    // A key that cannot be read might be `id`.
    ['an item key with an escape', `${MINIMAL}${duties(2)}  - id: d7\n    "i\\x64": d8\n`, ACCEPT('d1'), /an item key that cannot be read/],
    ['an id that is a list', `${MINIMAL}${duties(2)}  - id: [d7]\n    title: T\n`, ACCEPT('d1'), /an id that is not text/],
    ['an id over two lines after a comment', `${MINIMAL}${duties(2)}  - id: # the id below\n      d7\n`, ACCEPT('d1'), /an id whose value is not on its line/],
    ['an id with no value at the end of the file', `${MINIMAL}${duties(2)}  - id:`, ACCEPT('d1'), /an id whose value is not on its line/],
    ['a second ":" after a key', `${MINIMAL}${duties(2)}  - id: d7\n    title: : T\n`, ACCEPT('d1'), /":" without a key/],
    ['a quoted key over two lines at the item\'s key column', `${MINIMAL}${duties(2)}  - id: d7\n    "i\n    d": d8\n`, ACCEPT('d1'), /an item key that cannot be read/],
    ['a second byte order mark', `\uFEFF\uFEFF${MINIMAL}${duties(2)}`, ACCEPT('d1'), /an unexpected token \(byte-order-mark\)/],
    ['a flow sequence as an item key', `${MINIMAL}${duties(2)}  - id: d7\n    [id]: d8\n`, ACCEPT('d1'), /":" without a key/],
    ['a ":" at the start of a line', `${MINIMAL}${duties(2)}  - id: d7\n    title\n    : T\n`, ACCEPT('d1'), /":" without a key/],
    ['a single-quoted id over two lines', `${MINIMAL}${duties(2)}  - id: 'd\n      7'\n    title: T\n`, ACCEPT('d 7'), /id that cannot be read/],
    ['an error in the item edited', `${MINIMAL}${duties(2)}  - id: d7\n    details: no title\n`, ACCEPT('d7'), /errors in what the edit reads/],
    ['an error in the parties', `${MINIMAL.replace('  name: Bob\n', '  nom: Bob\n')}${duties(2)}`, ACCEPT('d1'), /errors in what the edit reads/],
    ['adding items', `${MINIMAL}${duties(2)}`, { kind: 'addItems', section: 'risks', items: [[{ key: 'id', value: 'r9' }, { key: 'title', value: 'T' }]] }, /needs the whole file/],
  ];

  for (const [name, text, op, reason] of FALLBACKS) {
    it(`reads the whole file instead for ${name}, with the same outcome`, () => {
      const plan = quick(text, op);
      assert.ok(isFallback(plan), `no fallback: ${JSON.stringify(plan).slice(0, 200)}`);
      assert.match(plan.fallback, reason);
      assert.deepEqual(planEdit(text, op, { focus: 'always' }), whole(text, op));
    });
  }

  it('proves the plan on the file: a planner that writes the wrong value or edits elsewhere is caught', () => {
    const text = `${MINIMAL}${duties(6)}detected:\n  ignore:\n    - {fingerprint: fp-1, reason: test data}\n`;
    const tampered = (change: (plan: EditPlan & { ok: true }) => string) => (source: string, operation: EditOperation) => {
      const plan = planEdit(source, operation, { focus: 'never', known: { fingerprints: ['fp-2'] } });
      assert.ok(plan.ok);
      return { ...plan, newText: change(plan) };
    };
    const fellBack = (op: EditOperation, planner: ReturnType<typeof tampered>) => {
      const plan = planFocusedEdit(text, op, { t }, planner);
      return isFallback(plan) ? plan.fallback : `planned: ${JSON.stringify(plan).slice(0, 120)}`;
    };
    assert.match(fellBack(ACCEPT('d3'), tampered((plan) => plan.newText.replace('by: Bob, on: 2026-11-30', 'by: Mallory, on: 2026-11-30'))), /does not read as intended/);
    assert.match(fellBack(ACCEPT('d3'), tampered((plan) => plan.newText.replace('title: Duty 0', 'title: Duty zero'))), /outside the item/);
    assert.match(fellBack(ACCEPT('d3'), tampered((plan) => plan.newText.replace('details of duty number 3\n', 'details of duty number 3\n  - id: d99\n    title: Extra\n'))), /does not read alone as one mapping/);
    // The item written as text or as a list: never one mapping, whatever it holds.
    assert.match(fellBack(ACCEPT('d3'), tampered((plan) => plan.newText.replace(/ {2}- id: d3\n[^]*?accepted: \{by: Bob, on: 2026-11-30\}\n/, '  - d3 accepted by Bob\n'))), /does not read alone as one mapping/);
    assert.match(fellBack(ACCEPT('d3'), tampered((plan) => plan.newText.replace(/ {2}- id: d3\n[^]*?accepted: \{by: Bob, on: 2026-11-30\}\n/, '  - - id: d3\n    - accepted\n'))), /does not read alone as one mapping/);
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-11-30' };
    assert.match(fellBack(rotate, tampered((plan) => plan.newText.replace('name: Bob', 'name: Mallory'))), /outside the top-level entries kept whole/);
    assert.match(fellBack(rotate, tampered((plan) => plan.newText.replace('title: Duty 0', 'title: Duty zero'))), /outside the top-level entries kept whole/);
    // A second `to:` slipped in at the end of `detected`: the file would read another successor.
    assert.match(fellBack(rotate, tampered((plan) => `${plan.newText}to:\n  name: Mallory\n`)), /does not read alone as a mapping/);
    // An unknown tag on the entry: the same data, but a file that other YAML readers may refuse.
    assert.match(fellBack(rotate, tampered((plan) => plan.newText.replace('detected:\n', 'detected: !custom\n'))), /does not read alone as a mapping/);
    // A merge key slipped in at the end of `detected`: read alone it gives `project: Evil`, in the file the
    // explicit `project` wins; other YAML readers read a key named `<<`. Never written.
    assert.match(fellBack(rotate, tampered((plan) => `${plan.newText}<<: {project: Evil}\n`)), /an edited entry that reads differently alone/);
  });

  it('edits an item that names a runbook missing on disk the fast way, as the whole-file planner does (validate reports it, the edit does not refuse)', () => {
    const text = `${MINIMAL}${duties(4).replace('    details: details of duty number 2\n', '    details: details of duty number 2\n    runbook: docs/no-such-runbook.md\n')}`;
    const plan = focused(text, ACCEPT('d2'));
    assert.ok(plan.ok);
    assert.equal(plan.newText, text.replace('no-such-runbook.md\n', 'no-such-runbook.md\n    accepted: {by: Bob, on: 2026-11-30}\n'));
  });

  it('leaves a refusal only the whole file can word (the count of errors, the path of a difference) to the whole-file planner', () => {
    const text = `${MINIMAL}${duties(6)}`;
    for (const code of ['edit.fileHasErrors', 'edit.verifyFailed', 'edit.layout'] as const) {
      const plan = planFocusedEdit(text, ACCEPT('d3'), { t }, () => ({ ok: false, error: { code, message: 'from the copy' } }));
      assert.ok(isFallback(plan) && plan.fallback === `the edit was refused with ${code}`, JSON.stringify(plan));
    }
  });

  it('never plans on a focused reading of another text (the file changed since it was read)', () => {
    const text = `${MINIMAL}${duties(6)}`;
    const older = readFocused(text, ['d3'], { t, file: '/x/HANDOVER.yaml' });
    assert.ok(!isFallback(older));
    const newer = text.replace('title: Duty 1\n', 'title: Duty one, renamed\n');
    const plan = planFocusedEdit(newer, ACCEPT('d3'), { t, reading: older }, (source, operation, options) => planEdit(source, operation, { ...options, focus: 'never' }));
    assert.deepEqual(plan, whole(newer, ACCEPT('d3')));
    assert.ok(!isFallback(plan) && plan.ok && plan.newText.includes('Duty one, renamed'));
  });

  it('records names and dates trimmed and a note with any line ends, through the focused reading too', () => {
    const text = `${MINIMAL}${duties(4)}credentials:\n  - id: c1\n    name: DB password\n    location: vault\n`;
    // Ids are trimmed too.
    focused(text, { kind: 'accept', id: ' d2 ', by: 'Bob', on: '2026-11-30' });
    focused(text, { kind: 'rotateCredential', id: ' c1', by: 'Bob', on: '2026-11-30' });
    focused(text, { kind: 'note', target: { id: 'd3 ' }, text: 'trimmed id' });
    focused(text, { kind: 'accept', id: 'd2', by: ' Bob ', on: ' 2026-11-30 ' });
    focused(text, { kind: 'rotateCredential', id: 'c1', by: 'Bob', on: ' 2026-11-30 ' });
    focused(text, { kind: 'note', target: { id: 'd1' }, text: '  padded note  ' });
    focused(text, { kind: 'note', target: { id: 'd1' }, text: 'two\r\nlines\rand a third' });
  });

  it('falls back when the planner wrote a duplicate key or a change before or after the item, even one of the same length', () => {
    const text = `${MINIMAL}${duties(6)}risks:\n  - id: r1\n    title: Disk\n`;
    const planner = (change: (newText: string) => string) => (source: string, operation: EditOperation) => {
      const plan = planEdit(source, operation, { focus: 'never' });
      assert.ok(plan.ok);
      return { ...plan, newText: change(plan.newText) };
    };
    const outcome = (change: (newText: string) => string) => {
      const plan = planFocusedEdit(text, ACCEPT('d3'), { t }, planner(change));
      return isFallback(plan) ? plan.fallback : `planned: ${JSON.stringify(plan).slice(0, 160)}`;
    };
    const record = '    accepted: {by: Bob, on: 2026-11-30}\n';
    assert.match(outcome((newText) => newText.replace(record, record + record)), /does not read alone as one mapping/);
    // An unknown tag: the same data, but a file that other YAML readers may refuse.
    assert.match(outcome((newText) => newText.replace(record, record.replace('accepted: ', 'accepted: !custom '))), /does not read alone as one mapping/);
    assert.match(outcome((newText) => newText.replace('title: Duty 0', 'title: Duty X')), /outside the item/);
    assert.match(outcome((newText) => newText.replace('title: Disk', 'title: Dusk')), /outside the item/);
  });

  it('carries back only a change that lies within the region: not one before or after it, nor one that removed more than it', () => {
    // The copy `head|ITEM|tail`: the region is `ITEM` (copy offsets 5 to 9; the file's offsets differ).
    const reduced = 'head|ITEM|tail';
    const region = { start: 105, end: 109, at: 5 };
    assert.equal(regionAfterEdit(reduced, 'head|ITEM, accepted|tail', region), 'ITEM, accepted');
    assert.equal(regionAfterEdit(reduced, 'head||tail', region), '', 'the region emptied');
    assert.equal(regionAfterEdit(reduced, 'Head|ITEM|tail', region), undefined, 'a change before');
    assert.equal(regionAfterEdit(reduced, 'head|ITEM|tails', region), undefined, 'a change after');
    // `|tail` removed with the region: `head|` and `|tail` then overlap in `head|tail`, and the change
    // is not the region's (carried back, the file would lose the region and keep `|tail`).
    assert.equal(regionAfterEdit(reduced, 'head|tail', region), undefined, 'more than the region removed');
    assert.equal(regionAfterEdit('ab|X|ab', 'ab', { start: 3, end: 4, at: 3 }), undefined, 'prefix and suffix read from the same bytes');
  });

  describe('a reading that disagrees with the file is never used to write (a fault in the outline, injected)', () => {
    const text = `${MINIMAL}${duties(6)}detected:\n  ignore:\n    - {fingerprint: fp-1, reason: test data}\n`;
    // Plans on the copy's text alone (not on the reading handed to it): what is checked is the proof on the file.
    const planner = (source: string, operation: EditOperation) => planEdit(source, operation, { focus: 'never', known: { fingerprints: ['fp-2'] } });
    /** A reading of `text` for `ids` whose plain data of the copy is changed by `fault`. */
    const faulty = (ids: string[], fault: (value: Record<string, unknown>) => void): FocusedReading => {
      const reading = readFocused(text, ids, { t, file: '/x/HANDOVER.yaml' });
      assert.ok(!isFallback(reading));
      const value = structuredClone(reading.parsed.value) as Record<string, unknown>;
      fault(value);
      return { ...reading, parsed: { ...reading.parsed, value } };
    };
    const outcome = (op: EditOperation, reading: FocusedReading) => {
      const plan = planFocusedEdit(text, op, { t, reading }, planner);
      return isFallback(plan) ? plan.fallback : `planned: ${JSON.stringify(plan).slice(0, 160)}`;
    };
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-11-30' };

    it('the control: the same readings without the fault give the whole-file plan', () => {
      const none = () => undefined;
      assert.deepEqual(planFocusedEdit(text, ACCEPT('d3'), { t, reading: faulty(['d3'], none) }, planner), planner(text, ACCEPT('d3')));
      assert.deepEqual(planFocusedEdit(text, rotate, { t, reading: faulty([], none) }, planner), planner(text, rotate));
    });

    it('an item the copy reads otherwise than the file', () => {
      const reading = faulty(['d3'], (value) => void ((value.duties as Record<string, unknown>[])[1]!.title = 'Duty three'));
      assert.equal(reading.loaded.handover.sections.duties[1]?.id, 'd3', 'the copy holds d0 and d3');
      assert.match(outcome(ACCEPT('d3'), reading), /an item that reads differently alone/);
    });

    it('an entry kept whole that the copy reads otherwise than the file', () => {
      const reading = faulty([], (value) => void (((value.detected as Record<string, unknown>).ignore as Record<string, unknown>[])[0]!.reason = 'other'));
      assert.match(outcome(rotate, reading), /an entry that reads differently alone/);
    });

    it('another top-level entry the copy reads otherwise than the file', () => {
      const reading = faulty([], (value) => void (value.project = 'another project'));
      assert.match(outcome(rotate, reading), /a change in another entry/);
    });
  });

  it('leaves a file over the size limit to the whole-file planner, which refuses it', () => {
    const text = `${MINIMAL}${duties(3)}# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const plan = quick(text, ACCEPT('d1'));
    assert.ok(isFallback(plan) && plan.fallback === 'a file over the size limit', JSON.stringify(plan).slice(0, 200));
    const refused = planEdit(text, ACCEPT('d1'));
    assert.ok(!refused.ok, 'the whole-file planner refuses a file over the limit');
  });

  it('outlines a large file in one pass, with each item and its id', () => {
    const text = large();
    const outline = outlineOf(text, ['title', 'accepted']);
    assert.ok(outline.ok);
    // Where each key asked about is first written (the first record shows how new ones are written), and nothing for one never written.
    assert.deepEqual([...outline.outline.firstKeys], [['title', text.indexOf('title: Duty 0')]]);
    const entry = outline.outline.entries.find((e) => e.key === 'duties')!;
    assert.equal(entry.items.length, 5000);
    assert.deepEqual(entry.items[4999]!.ids, ['d4999']);
    assert.equal(text.slice(entry.items[4999]!.start, entry.items[4999]!.end), '  - id: d4999\n    title: Duty 4999\n    details: details of duty number 4999\n');
  });

  it('on a large file, edits an item although another item has an error (validate and check report it)', () => {
    const text = large().replace('    title: Duty 2500\n', '');
    const plan = planEdit(text, ACCEPT('d4000'));
    assert.ok(plan.ok, JSON.stringify(plan));
    assert.equal(plan.newText, text.replace('number 4000\n', 'number 4000\n    accepted: {by: Bob, on: 2026-11-30}\n'));
    // The whole-file planner (and a small file) refuses it, naming the error.
    const refused = whole(text, ACCEPT('d4000'));
    assert.ok(!refused.ok && refused.error.code === 'edit.fileHasErrors');
    assert.match(refused.error.message, /title/);
  });

  it('places a refusal where the whole-file planner does', () => {
    const text = large().replace('number 4000\n', 'number 4000\n    accepted: {by: Carol, on: 2026-11-02}\n');
    const plan = planEdit(text, ACCEPT('d4000'));
    assert.ok(!plan.ok);
    assert.equal(plan.error.code, 'edit.alreadyAccepted');
    assert.deepEqual(plan, whole(text, ACCEPT('d4000')));
    assert.equal(plan.error.range?.start.line, text.slice(0, text.indexOf('accepted: {by: Carol')).split('\n').length);
  });

  it('places each refusal on the file\'s own line, wherever the item is and however the file starts and ends', () => {
    const accepted = '    accepted: {by: Carol, on: 2026-11-02}\n';
    const body = `${MINIMAL}${duties(6).replace('number 0\n', `number 0\n${accepted}`).replace('number 4\n', `number 4\n${accepted}`)}risks:\n  - id: r0\n    title: Disk\n  - id: r1\n    title: Power\n${accepted}notes: the last line, without a line break`;
    for (const text of [body, `\n\n${body}`, `# a comment first\n${body.replace('risks:', '# between\nrisks:')}`]) {
      for (const op of [ACCEPT('d0'), ACCEPT('d4'), ACCEPT('r1'), { kind: 'reopen', id: 'd3' } as EditOperation, { kind: 'reopen', id: 'r0' } as EditOperation]) {
        const plan = quick(text, op);
        assert.ok(!isFallback(plan) && !plan.ok && plan.error.range, JSON.stringify(plan).slice(0, 200));
        assert.deepEqual(plan, whole(text, op), `${JSON.stringify(op)} in ${JSON.stringify(text.slice(0, 20))}`);
      }
    }
  });

  it('places a refusal that ends on the first line of a piece kept (an acceptance on the item\'s "-" line) on the file\'s own line', () => {
    const text = `${MINIMAL}${duties(8).replace('  - id: d6\n', '  - accepted: {by: Carol, on: 2026-11-02}\n    id: d6\n')}`;
    const plan = quick(text, ACCEPT('d6'));
    assert.ok(!isFallback(plan) && !plan.ok && plan.error.code === 'edit.alreadyAccepted', JSON.stringify(plan).slice(0, 200));
    const line = text.slice(0, text.indexOf('accepted: {by: Carol')).split('\n').length;
    assert.deepEqual([plan.error.range?.start.line, plan.error.range?.end.line], [line, line]);
    assert.deepEqual(plan, whole(text, ACCEPT('d6')));
  });

  it('handover accept reads the focused way from FOCUSED_EDIT_MIN_CHARS characters on, and the whole file below', async () => {
    // An error in another item (not the first of its list, which the copy keeps): the focused reading
    // edits d2, the whole file is refused.
    const text = `${MINIMAL}${duties(3).replace('    title: Duty 1\n', '')}`;
    for (const size of [FOCUSED_EDIT_MIN_CHARS, FOCUSED_EDIT_MIN_CHARS - 1]) {
      const padded = `${text}#${'x'.repeat(size - text.length - 2)}\n`;
      assert.equal(padded.length, size);
      const dir = tempDir({ 'HANDOVER.yaml': padded });
      try {
        const io = captured();
        const code = await runEdit(join(dir.dir, 'HANDOVER.yaml'), t, io, async () => ({ operations: [ACCEPT('d2')], done: 'done' }), ['d2']);
        if (size === FOCUSED_EDIT_MIN_CHARS) assert.equal(code, EXIT_OK, io.stderr);
        else assert.notEqual(code, EXIT_OK, 'a smaller file is read whole, and its error refuses the edit');
      } finally {
        dir.dispose();
      }
    }
  });

  it('planEdit reads the focused way from FOCUSED_EDIT_MIN_CHARS characters on, or when asked to; the whole file below, or when asked to', () => {
    // An error in another item (not the first of its list): the focused reading edits d2, the whole file is refused.
    const text = `${MINIMAL}${duties(3).replace('    title: Duty 1\n', '')}`;
    const padded = (size: number) => `${text}#${'x'.repeat(size - text.length - 2)}\n`;
    const edited = (plan: EditPlan) => plan.ok;
    assert.equal(edited(planEdit(padded(FOCUSED_EDIT_MIN_CHARS), ACCEPT('d2'))), true, 'at the threshold: focused');
    assert.equal(edited(planEdit(padded(FOCUSED_EDIT_MIN_CHARS - 1), ACCEPT('d2'))), false, 'one character less: whole');
    assert.equal(edited(planEdit(padded(FOCUSED_EDIT_MIN_CHARS), ACCEPT('d2'), { focus: 'never' })), false, 'never: whole');
    assert.equal(edited(planEdit(text, ACCEPT('d2'), { focus: 'always' })), true, 'always: focused');
  });

  it('handover accept on a large file: the request gets the parties, the file gets the one change', async () => {
    const text = large();
    const dir = tempDir({ 'HANDOVER.yaml': text });
    try {
      const file = join(dir.dir, 'HANDOVER.yaml');
      let seen: Handover | undefined;
      const io = captured();
      const code = await runEdit(
        file,
        t,
        io,
        async (handover) => {
          seen = handover;
          return { operations: [ACCEPT('d4999'), { kind: 'note', target: { id: 'd4999' }, text: 'checked' }], done: 'done' };
        },
        ['d4999'],
      );
      assert.equal(code, EXIT_OK, io.stderr);
      assert.equal(seen?.to.name, 'Bob');
      assert.ok(seen && seen.sections.duties.length < 10, 'the request got the focused model');
      assert.equal(readFileSync(file, 'utf8'), `${text}    accepted: {by: Bob, on: 2026-11-30}\n    note: checked\n`);
    } finally {
      dir.dispose();
    }
  });
});
