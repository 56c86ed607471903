import * as assert from 'node:assert/strict';
import { planEdit } from '../../src/core/handover/edit';
import { MAX_ALIASES, MAX_KEYS } from '../../src/core/handover/handoverParser';
import { at, codes, load, MINIMAL, t } from './helpers';

describe('HANDOVER.yaml cost stays linear, with budgets', function () {
  // Each case took minutes with the quadratic duplicate-key check; the timeout is the regression test.
  this.timeout(30_000);

  it('finds a duplicate key among 100,000 at its line', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: v`);
    keys.push('  k5: again');
    const loaded = load(`${MINIMAL}extra:\n${keys.join('\n')}\n`);
    assert.deepEqual(codes(loaded), ['yaml.DUPLICATE_KEY']);
    assert.equal(at(loaded, 'yaml.DUPLICATE_KEY'), `${8 + 100_001}:3`);
    assert.match(loaded.diagnostics[0]!.message, /Duplicate key "k5": it is already used at line 14\./);
  });

  it('tells 1 and "1" apart, as YAML does, and still finds a repeated key', () => {
    assert.deepEqual(codes(load(`${MINIMAL}x:\n  1: a\n  "1": b\n`)).filter((c) => c === 'yaml.DUPLICATE_KEY'), []);
    assert.equal(at(load(`${MINIMAL}to:\n  name: Carol\n`), 'yaml.DUPLICATE_KEY'), '8:1');
  });

  it('refuses more aliases than the budget, at the first one past it', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `  - *a${i % 50}`);
    const anchors = Array.from({ length: 50 }, (_, i) => `  a${i}: &a${i} x`).join('\n');
    const loaded = load(`${MINIMAL}anchors:\n${anchors}\nrefs:\n${lines.join('\n')}\n`);
    assert.deepEqual(codes(loaded), ['read.tooManyAliases']);
    assert.equal(at(loaded, 'read.tooManyAliases'), `${8 + 50 + 1 + MAX_ALIASES + 1}:5`);
    assert.match(loaded.diagnostics[0]!.message, new RegExp(`More than ${MAX_ALIASES} aliases`));
  });

  it('refuses more keys than the budget', () => {
    const keys = Array.from({ length: MAX_KEYS + 10 }, (_, i) => `k${i}: v`);
    const loaded = load(`${MINIMAL}${keys.join('\n')}\n`);
    assert.deepEqual(codes(loaded), ['read.tooManyKeys']);
    assert.match(loaded.diagnostics[0]!.message, new RegExp(`More than ${MAX_KEYS} keys`));
  });

  it('reports an undefined alias as such, not as an expansion bomb', () => {
    const loaded = load(`${MINIMAL}risks:\n  - id: r\n    title: *nowhere\n`);
    assert.deepEqual(codes(loaded), ['read.undefinedAlias']);
    assert.equal(at(loaded, 'read.undefinedAlias'), '10:12');
    assert.match(loaded.diagnostics[0]!.message, /\*nowhere refers to no anchor &nowhere defined before it/);
    // Defined after its use is undefined too.
    assert.deepEqual(codes(load(`${MINIMAL}a: *later\nb: &later x\n`)), ['read.undefinedAlias']);
  });

  it('refuses a complex key with a diagnostic and no Node warning, and sign says why', () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const text = `${MINIMAL}? [a, b]\n: x\n`;
      const loaded = load(text);
      assert.deepEqual(codes(loaded), ['read.complexKey']);
      assert.equal(at(loaded, 'read.complexKey'), '8:3');
      const plan = planEdit(text, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-30' }, { t });
      assert.equal(plan.ok, false);
      assert.match(plan.ok ? '' : plan.error.message, /a list or mapping used as a key/);
    } finally {
      process.off('warning', onWarning);
    }
    assert.deepEqual(warnings, []);
  });

  it('refuses an alias used as a key, naming the alias rather than lists or mappings', () => {
    const loaded = load(`${MINIMAL}label: &k title\nduties:\n  - id: d1\n    *k : Duty\n`);
    assert.deepEqual(codes(loaded), ['read.aliasKey']);
    assert.equal(at(loaded, 'read.aliasKey'), '11:5');
    assert.match(loaded.diagnostics[0]!.message, /An alias \(\*k\) cannot be a key/);
  });
});

describe('YAML merge keys', () => {
  const BASE = `${MINIMAL}duties:\n  - &base\n    id: d1\n    title: Shared title\n    details: Shared details\n  - <<: *base\n    id: d2\n`;

  it('reads merged values instead of dropping them, without a warning about "<<"', () => {
    const loaded = load(BASE);
    assert.deepEqual(loaded.diagnostics, []);
    const d2 = loaded.handover!.sections.duties[1]!;
    assert.equal(d2.id, 'd2');
    assert.equal(d2.data.title, 'Shared title');
    assert.equal(d2.data.details, 'Shared details');
  });

  it('edits an item that merges another byte for byte, and refuses to edit the shared one', () => {
    const plan = planEdit(BASE, { kind: 'accept', id: 'd2', by: 'Bob', on: '2026-11-30' }, { t });
    assert.ok(plan.ok, plan.ok ? '' : plan.error.message);
    assert.equal(plan.newText, `${BASE}    accepted: {by: Bob, on: 2026-11-30}\n`);
    const shared = planEdit(BASE, { kind: 'accept', id: 'd1', by: 'Bob', on: '2026-11-30' }, { t });
    assert.equal(shared.ok, false);
    assert.equal(shared.ok ? '' : shared.error.code, 'edit.aliased');
  });

  it('refuses to take back a value that comes from a merge key, naming it, instead of saying nothing is there', () => {
    const text = `${MINIMAL}x-done: &done {accepted: {by: Bob, on: 2026-11-01}, note: shared}\nduties:\n  - <<: *done\n    id: d1\n    title: T\n`;
    assert.equal(load(text).handover!.sections.duties[0]!.accepted?.on, '2026-11-01');
    for (const op of [{ kind: 'reopen', id: 'd1' }, { kind: 'note', target: { id: 'd1' }, text: '' }] as const) {
      const plan = planEdit(text, op, { t });
      assert.equal(plan.ok ? '' : plan.error.code, 'edit.aliased', op.kind);
      assert.match(plan.ok ? '' : plan.error.message, /\(<<: \*done\)/);
    }
    // A note of its own is written in the item and wins over the merged one.
    const own = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: 'mine' }, { t });
    assert.ok(own.ok);
    assert.equal(load(own.newText).handover!.sections.duties[0]!.note, 'mine');
  });

  it('lets explicit keys win over merged ones and merges no prototype', () => {
    const loaded = load(`${MINIMAL}x: &p {__proto__: {polluted: true}, title: P}\nrisks:\n  - <<: *p\n    id: r\n    title: Own\n`);
    assert.equal(loaded.handover!.sections.risks[0]!.data.title, 'Own');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(loaded.handover!.sections.risks[0]!.data), Object.prototype);
  });
});
