import * as assert from 'node:assert/strict';
import { planEdit } from '../../src/core/handover/edit';
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
