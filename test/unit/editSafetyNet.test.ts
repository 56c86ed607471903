import * as assert from 'node:assert/strict';
import { applyEdits, planEdit } from '../../src/core/handover/edit';
import { parseHandoverYaml } from '../../src/core/handover/handoverParser';
import { translator } from '../../src/core/i18n/translator';
import { load, MINIMAL } from './helpers';

// Every plan is read back before it is returned; a result that differs from the intended change
// anywhere else is refused with edit.verifyFailed and nothing to apply. These files are valid, and the
// splice alone would get them wrong: only the read-back stands between them and a damaged file.
describe('the edit safety net: a result that is not exactly the intended change is refused', function () {
  this.timeout(30_000);
  it('refuses a note whose old value another field shares through an alias, naming that field', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: &n hello\n  - id: d2\n    title: *n\n`;
    assert.deepEqual(load(text).diagnostics.filter((d) => d.severity === 'error'), [], 'the file is valid');
    const plan = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: 'bye' });
    assert.equal(plan.ok, false, plan.ok ? `changed the aliased title too:\n${plan.newText}` : '');
    if (plan.ok) return;
    assert.equal(plan.error.code, 'edit.verifyFailed');
    assert.match(plan.error.message, /duties\[1\]\.title/);
    assert.match(plan.error.message, /^Nothing was changed/);
  });

  it('refuses an edit that would leave the file unreadable, saying where', () => {
    // Removing d1's note removes the anchor &n with it; d2's *n would then refer to nothing.
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: &n hello\n  - id: d2\n    title: T2\n    note: *n\n`;
    assert.deepEqual(load(text).diagnostics.filter((d) => d.severity === 'error'), [], 'the file is valid');
    const plan = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: '' });
    assert.equal(plan.ok, false, plan.ok ? `wrote an unreadable file:\n${plan.newText}` : '');
    if (plan.ok) return;
    assert.equal(plan.error.code, 'edit.verifyFailed');
    assert.match(plan.error.message, /13:11 \(The alias \*n refers to no anchor &n defined before it\.\)/);
  });
});

describe('a planned edit as the editor and the CLI apply it', () => {
  const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n  - id: d2\n    title: T2\n`;

  it('gives offsets in the text as given, a byte-order mark included, and keeps the mark', () => {
    const withMark = `\uFEFF${text}`;
    const plan = planEdit(withMark, { kind: 'note', target: { id: 'd2' }, text: 'hello' });
    assert.ok(plan.ok, plan.ok ? '' : plan.error.message);
    assert.ok(plan.newText.startsWith('\uFEFF'));
    assert.equal(applyEdits(withMark, plan.edits), plan.newText);
    const plain = planEdit(text, { kind: 'note', target: { id: 'd2' }, text: 'hello' });
    assert.ok(plain.ok);
    assert.equal(plan.newText, `\uFEFF${plain.newText}`);
    assert.deepEqual(
      plan.edits.map((e) => [e.startOffset - 1, e.endOffset - 1, e.replacement]),
      plain.edits.map((e) => [e.startOffset, e.endOffset, e.replacement]),
      'the same edit, one code unit later',
    );
    // Replacing a value (not only inserting) checks the end offset too.
    const replaced = planEdit(withMark, { kind: 'note', target: { id: 'd1' }, text: 'x' });
    assert.ok(replaced.ok);
    const again = planEdit(replaced.newText, { kind: 'note', target: { id: 'd1' }, text: 'a longer note' });
    assert.ok(again.ok, again.ok ? '' : again.error.message);
    assert.ok(again.edits.some((e) => e.endOffset > e.startOffset), 'an edit that replaces text');
    assert.equal(applyEdits(replaced.newText, again.edits), again.newText);
  });

  it('applies several edits given in any order, each at its own offsets', () => {
    const source = 'abcdef';
    const edits = [
      { startOffset: 1, endOffset: 2, replacement: 'XX' },
      { startOffset: 4, endOffset: 5, replacement: 'Y' },
    ];
    assert.equal(applyEdits(source, edits), 'aXXcdYf');
    assert.equal(applyEdits(source, [...edits].reverse()), 'aXXcdYf');
    assert.equal(applyEdits(source, [{ startOffset: 0, endOffset: 0, replacement: '>' }, { startOffset: 6, endOffset: 6, replacement: '<' }]), '>abcdef<');
    assert.equal(applyEdits(source, []), source);
  });

  it('reads the text again when the caller\'s own reading is of another text', () => {
    const other = `${MINIMAL}duties:\n  - id: d9\n    title: Other\n`;
    const parsed = parseHandoverYaml(other, translator('en'));
    const loaded = load(other);
    assert.ok(loaded.handover);
    const plan = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: 'hello' }, { parsed: { parsed, handover: loaded.handover } });
    const fresh = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: 'hello' });
    assert.deepEqual(plan, fresh);
    assert.ok(plan.ok, 'd1 is found in the text given, not in the other reading');
    // The caller's reading of the same text is used as it is.
    const same = planEdit(other, { kind: 'note', target: { id: 'd9' }, text: 'hi' }, { parsed: { parsed, handover: loaded.handover } });
    assert.ok(same.ok);
  });

  it('refuses a file with errors, counting the errors and not the warnings', () => {
    const broken = `${MINIMAL}unknownKey: 1\nduties:\n  - id: d1\n  - id: d1\n    title: T\n`;
    const errors = load(broken).diagnostics.filter((d) => d.severity === 'error').length;
    assert.ok(load(broken).diagnostics.some((d) => d.severity !== 'error'), 'the file has a warning too');
    assert.ok(errors >= 2, `the file has ${errors} errors`);
    const plan = planEdit(broken, { kind: 'note', target: { id: 'd1' }, text: 'x' });
    assert.equal(plan.ok, false);
    if (plan.ok) return;
    assert.equal(plan.error.code, 'edit.fileHasErrors');
    assert.match(plan.error.message, new RegExp(`^HANDOVER\\.yaml has ${errors} errors`));
  });
});
