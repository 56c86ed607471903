import * as assert from 'node:assert/strict';
import { applyEdits, knownFindingsOf, planEdit, type EditOperation, type KnownFindings } from '../../src/core/handover/edit';
import { translator } from '../../src/core/i18n/translator';
import { DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { FINGERPRINT, sampleDetections } from './draftFixtures';
import { load, MINIMAL } from './helpers';

const KNOWN: KnownFindings = {
  fingerprints: ['fp-aws-1', 'fp-2'],
  paths: ['ansible/roles/postgres', 'k8s/base/'],
  branches: [
    { name: 'feature/pg-failover', kind: 'local' },
    { name: 'origin/feature/pg-failover', kind: 'remote' },
  ],
};

/** Plans an edit that must succeed; returns the new text after checking the edit reproduces it. */
function edit(text: string, op: EditOperation): string {
  const plan = planEdit(text, op, { known: KNOWN });
  if (!plan.ok) assert.fail(`refused: ${plan.error.code} ${plan.error.message}`);
  assert.equal(applyEdits(text, plan.edits), plan.newText);
  assert.deepEqual(load(plan.newText).diagnostics.filter((d) => d.severity === 'error'), []);
  return plan.newText;
}

function refusal(text: string, op: EditOperation, known: KnownFindings | undefined = KNOWN) {
  const plan = planEdit(text, op, { known });
  if (plan.ok) assert.fail(`expected a refusal, got:\n${plan.newText}`);
  return plan.error;
}

const ACCEPT = (id: string, by = '李四', on = '2026-11-26'): EditOperation => ({ kind: 'accept', id, by, on });

describe('HANDOVER.yaml edits: hand-written layouts', function () {
  // The first test pays the one-time loading of the edit engine (~0.3 s alone, several seconds on a loaded machine).
  this.timeout(10_000);
  it('accepts a block item: one new line after its last key, in the style of the other acceptances', () => {
    const out = edit(DEMO_HANDOVER_YAML, ACCEPT('duty-certs'));
    assert.equal(
      out,
      DEMO_HANDOVER_YAML.replace(
        'check its mail.\n',
        'check its mail.\n    accepted: {by: 李四, on: 2026-11-26}\n',
      ),
    );
  });

  it('returns the smallest span, so an editor applies one insertion', () => {
    const plan = planEdit(DEMO_HANDOVER_YAML, ACCEPT('duty-certs'));
    assert.ok(plan.ok);
    const [span] = plan.edits;
    assert.equal(plan.edits.length, 1);
    assert.equal(span!.startOffset, span!.endOffset, 'nothing is removed');
    assert.equal(span!.replacement.trim(), 'accepted: {by: 李四, on: 2026-11-26}');
  });

  it('adds to an item written as a flow mapping, inside its braces', () => {
    const text = `${MINIMAL}risks:\n  - {id: r1, title: Late batch}   # watch month end\n  - id: r2\n    title: Other\n`;
    assert.equal(edit(text, ACCEPT('r1', 'Bob')), text.replace('{id: r1, title: Late batch}', '{id: r1, title: Late batch, accepted: {by: Bob, on: 2026-11-26}}'));
  });

  it('adds to a multi-line flow mapping with a trailing comma', () => {
    const text = `${MINIMAL}risks: [{id: r1,\n         title: T,\n        }]\n`;
    assert.equal(edit(text, ACCEPT('r1', 'Bob')), `${MINIMAL}risks: [{id: r1,\n         title: T, accepted: {by: Bob, on: 2026-11-26},\n        }]\n`);
  });

  it('keeps comments between keys and after the item where they were', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    # what it is\n    title: On call  # weekly\n    # trailing remark\n  # about d2\n  - id: d2\n    title: Certs\n`;
    assert.equal(
      edit(text, ACCEPT('d1', 'Bob')),
      `${MINIMAL}duties:\n  - id: d1\n    # what it is\n    title: On call  # weekly\n    accepted: {by: Bob, on: 2026-11-26}\n    # trailing remark\n  # about d2\n  - id: d2\n    title: Certs\n`,
    );
  });

  it('follows odd indentation (3 spaces, "-   key") and unindented lists', () => {
    const text = 'version: 1\nproject: p\nfrom:\n   name: A\n   emails: [a@x.example]\nto:\n   name: B\nduties:\n-   id: d1\n    title: T\ndetected:\n   ignore:\n   -   fingerprint: fp-2\n       reason: test data\n';
    const accepted = edit(text, ACCEPT('d1', 'B'));
    assert.equal(accepted, text.replace('    title: T\n', '    title: T\n    accepted: {by: B, on: 2026-11-26}\n'));
    const rotated = edit(text, { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'B', on: '2026-11-27' });
    assert.equal(rotated, `${text}   rotated:\n   -   fingerprint: fp-aws-1\n       by: B\n       on: 2026-11-27\n`);
  });

  it('writes acceptances as block mappings in a file that writes them that way', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted:\n      by: Bob\n      on: 2026-11-20\n  - id: d2\n    title: U\n`;
    assert.equal(edit(text, ACCEPT('d2', 'Bob')), `${text}    accepted:\n      by: Bob\n      on: 2026-11-26\n`);
  });

  it('fills an empty role of a block "signoff:" below it, in the style of the other signatures', () => {
    const roles = `${MINIMAL}signoff:\n  from:\n    name: Alice\n    date: 2026-12-01\n  to:\n`;
    assert.equal(edit(roles, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }), `${roles}    name: Bob\n    date: 2026-12-02\n`);
  });

  it('adds a key or an item after the comment lines indented deeper below the last value (remarks on it), CRLF too', () => {
    // A line of spaces only ends the remarks, however deep its spaces.
    const item = `${MINIMAL}duties:\n  - id: d1\n    title: T\n      # about the title\n        \n        # and more\n    # before d2\n  - id: d2\n    title: U\n`;
    const cases: [string, EditOperation, string][] = [
      [item, ACCEPT('d1', 'Bob'), item.replace('      # about the title\n', '      # about the title\n    accepted: {by: Bob, on: 2026-11-26}\n')],
      [`${MINIMAL}detected:\n  ignore:\n    - {fingerprint: fp-2, reason: x}\n      # about fp-2\n         # still about it\n    # about the next\n`, { kind: 'ignoreFinding', fingerprint: 'fp-aws-1', reason: 'y' },
        `${MINIMAL}detected:\n  ignore:\n    - {fingerprint: fp-2, reason: x}\n      # about fp-2\n         # still about it\n    - {fingerprint: fp-aws-1, reason: "y"}\n    # about the next\n`],
    ];
    for (const [text, op, expected] of cases) {
      assert.equal(edit(text, op), expected);
      assert.equal(edit(text.replace(/\n/g, '\r\n'), op), expected.replace(/\n/g, '\r\n'), 'CRLF');
    }
  });

  it('adds a top-level key after a last list, before the comments at the keys\' column that end the file', () => {
    for (const remark of ['  # a remark on the list\n', '    # a remark on the item\n']) {
      const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n${remark}# the end\n`;
      assert.equal(edit(text, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }), text.replace('# the end\n', 'signoff:\n  from: {name: Alice, date: 2026-12-01}\n# the end\n'));
    }
  });

  it('indents new mappings and lists as the first block mapping and the first block list of the file do', () => {
    // The parties written as flow mappings: the first block mapping is an acceptance, 2 columns below its key at column 4.
    const flowParties = 'version: 1\nproject: demo\nfrom: {name: Alice, emails: [alice@example.com]}\nto: {name: Bob}\n';
    const accepted = `${flowParties}duties:\n  - id: d1\n    title: T\n    accepted:\n      by: Bob\n      on: 2026-11-20\n  - id: d2\n    title: U\n`;
    assert.equal(edit(accepted, ACCEPT('d2', 'Bob')), `${accepted}    accepted:\n      by: Bob\n      on: 2026-11-26\n`);
    // The first block mapping 4 columns in, a later one 2; the first block list 2 columns below its key (at column 2), a later one at its key's column.
    const four = 'version: 1\nproject: demo\nfrom:\n    name: Alice\n    emails: [alice@example.com]\nto:\n  name: Bob\ndetected:\n  ignore:\n    - {fingerprint: fp-2, reason: x}\nduties:\n- id: d1\n  title: T\n';
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' };
    assert.equal(edit(four, rotate), four.replace('reason: x}\n', 'reason: x}\n  rotated:\n    - {fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}\n'));
    assert.equal(edit(four, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }), `${four}signoff:\n    to: {name: Bob, date: 2026-12-02}\n`);
    // Lists before the first block mapping: the first list and the first mapping still decide.
    const listsFirst = `${flowParties}risks:\n  - id: r1\n    title: X\nduties:\n- id: d1\n  title: T\n  accepted:\n      by: Bob\n      on: 2026-11-20\n`;
    assert.equal(edit(listsFirst, ACCEPT('r1', 'Bob')), listsFirst.replace('    title: X\n', '    title: X\n    accepted:\n        by: Bob\n        on: 2026-11-26\n'));
    assert.equal(edit(listsFirst, rotate), `${listsFirst}detected:\n    rotated:\n      - {fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}\n`);
  });

  it('writes a decision like the entries of its own list, else like those of the first other list in the order ignore, rotated, reviewed, mentions', () => {
    const lists = `${MINIMAL}detected:\n  ignore:\n    - {fingerprint: fp-2, reason: x}\n  rotated:\n    - fingerprint: fp-1\n      by: Bob\n      on: 2026-11-20\n`;
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' };
    assert.equal(edit(lists, rotate), `${lists}    - fingerprint: fp-aws-1\n      by: Bob\n      on: 2026-11-27\n`);
    const noIgnore = `${MINIMAL}detected:\n  rotated:\n    - fingerprint: fp-1\n      by: Bob\n      on: 2026-11-20\n  reviewed:\n    - {path: k8s/base, by: Bob, on: 2026-11-21}\n`;
    assert.equal(edit(noIgnore, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'y' }), `${noIgnore}  ignore:\n    - fingerprint: fp-2\n      reason: "y"\n`);
    const reviewedFirst = `${MINIMAL}detected:\n  reviewed:\n    - path: k8s/base\n      by: Bob\n      on: 2026-11-21\n  mentions:\n    - {path: a, identity: alice, outcome: removed, by: Bob, on: 2026-11-22}\n`;
    assert.equal(edit(reviewedFirst, rotate), `${reviewedFirst}  rotated:\n    - fingerprint: fp-aws-1\n      by: Bob\n      on: 2026-11-27\n`);
    const mentionsOnly = `${MINIMAL}detected:\n  mentions:\n    - path: a\n      identity: alice\n      outcome: removed\n      by: Bob\n      on: 2026-11-22\n`;
    assert.equal(edit(mentionsOnly, rotate), `${mentionsOnly}  rotated:\n    - fingerprint: fp-aws-1\n      by: Bob\n      on: 2026-11-27\n`);
  });

  it('keeps CRLF line endings and a BOM, and counts the BOM in the offsets', () => {
    const text = `\uFEFF${MINIMAL}duties:\n  - id: d1\n    title: T\n`.replace(/\n/g, '\r\n');
    const plan = planEdit(text, ACCEPT('d1', 'Bob'));
    assert.ok(plan.ok);
    assert.equal(plan.newText, `${text}    accepted: {by: Bob, on: 2026-11-26}\r\n`);
    assert.equal(plan.edits[0]!.startOffset, text.length, 'offset in the text as given, BOM included');
  });

  it('writes the line break of the lines around the edit in a file that mixes LF and CRLF', () => {
    const lfHead = `${MINIMAL}duties:\n${'  - id: d1\n    title: T\n'.replace(/\n/g, '\r\n')}`;
    assert.equal(edit(lfHead, ACCEPT('d1', 'Bob')), `${lfHead}    accepted: {by: Bob, on: 2026-11-26}\r\n`);
    const crlfHead = `${MINIMAL.replace(/\n/g, '\r\n')}duties:\n  - id: d1\n    title: T\n`;
    assert.equal(edit(crlfHead, ACCEPT('d1', 'Bob')), `${crlfHead}    accepted: {by: Bob, on: 2026-11-26}\n`);
  });

  it('keeps a last line without a line break that way, when adding and when removing', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T`;
    const accepted = edit(text, ACCEPT('d1', 'Bob'));
    assert.equal(accepted, `${text}\n    accepted: {by: Bob, on: 2026-11-26}`);
    assert.equal(edit(accepted, { kind: 'reopen', id: 'd1' }), text);
    const signed = edit(text, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-01' });
    assert.equal(signed, `${text}\nsignoff:\n  to: {name: Bob, date: 2026-12-01}`);
  });

  it('keeps folded and literal scalars, including one that keeps its trailing blank lines', () => {
    const text = `${MINIMAL}risks:\n  - id: r1\n    title: >-\n      A long\n      folded title\n    details: |+\n      kept\n\n  - id: r2\n    title: T\n`;
    const out = edit(text, ACCEPT('r1', 'Bob'));
    assert.equal(out, text.replace('      kept\n\n', '      kept\n\n    accepted: {by: Bob, on: 2026-11-26}\n'));
    assert.equal(load(out).handover!.sections.risks[0]!.data.details, 'kept\n\n');
    assert.equal(edit(out, { kind: 'reopen', id: 'r1' }), text);
  });

  it('quotes only what YAML needs quoted; dates stay plain', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n`;
    const cases: [string, string][] = [
      ['李四', '李四'],
      ['Zhang San', 'Zhang San'],
      ['yes', '"yes"'],
      ['2026-01-01', '"2026-01-01"'],
      ['#1', '"#1"'],
      ['a: b', '"a: b"'],
      ['x, y', '"x, y"'],
      ['@ops', '"@ops"'],
      ['null', '"null"'],
      ['zero\u200bwidth', '"zero\\u200bwidth"'],
    ];
    for (const [by, written] of cases) {
      assert.equal(edit(text, ACCEPT('d1', by)), `${text}    accepted: {by: ${written}, on: 2026-11-26}\n`, by);
    }
  });

  it('reopens by removing the whole acceptance line, and nothing else', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-20}\n    # after\n  - id: d2\n    title: U\n`;
    assert.equal(edit(text, { kind: 'reopen', id: 'd1' }), text.replace('    accepted: {by: Bob, on: 2026-11-20}\n', ''));
    const block = `${MINIMAL}duties:\n  - id: d1\n    accepted:\n      by: Bob\n      on: 2026-11-20\n    title: T\n`;
    assert.equal(edit(block, { kind: 'reopen', id: 'd1' }), `${MINIMAL}duties:\n  - id: d1\n    title: T\n`);
  });

  it('reopens an acceptance written first on the "-" line', () => {
    const text = `${MINIMAL}duties:\n  - accepted: {by: Bob, on: 2026-11-20}\n    id: d1\n    title: T\n`;
    assert.equal(edit(text, { kind: 'reopen', id: 'd1' }), `${MINIMAL}duties:\n  - id: d1\n    title: T\n`);
    const commented = `${MINIMAL}duties:\n  - accepted: {by: Bob, on: 2026-11-20}\n    # the id\n    id: d1\n    title: T\n`;
    assert.equal(edit(commented, { kind: 'reopen', id: 'd1' }), `${MINIMAL}duties:\n  -\n    # the id\n    id: d1\n    title: T\n`);
  });

  it('refuses to reopen when a comment below would join the block text above, and says why', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    details: |\n      text\n    accepted: {by: Bob, on: 2026-11-20}\n      # deeper remark\n    title: T\n`;
    const error = refusal(text, { kind: 'reopen', id: 'd1' });
    assert.equal(error.code, 'edit.layout');
    assert.match(error.message, /comment below it would become part of the block text above it/);
    // Folded text too, and a deeper comment after blank lines or a line of spaces.
    for (const [block, between] of [['>', ''], ['|', '\n'], ['>', '        \n\n']]) {
      const other = text.replace('details: |', `details: ${block}`).replace('      # deeper remark', `${between}      # deeper remark`);
      assert.match(refusal(other, { kind: 'reopen', id: 'd1' }).message, /comment below it would become part of the block text above it/, JSON.stringify([block, between]));
    }
    // A comment at the keys' column ends the block text: the acceptance goes, the comment stays.
    const atKeys = text.replace('      # deeper remark', '    # at the keys\' column');
    assert.equal(edit(atKeys, { kind: 'reopen', id: 'd1' }), atKeys.replace('    accepted: {by: Bob, on: 2026-11-20}\n', ''));
    // Only blank space below it, to the end of a file without a final line break: nothing joins the text.
    const spacesAtEnd = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    details: |\n      text\n    accepted: {by: Bob, on: 2026-11-20}\n\n  `;
    assert.equal(edit(spacesAtEnd, { kind: 'reopen', id: 'd1' }), spacesAtEnd.replace('    accepted: {by: Bob, on: 2026-11-20}\n', ''));
  });

  it('reopens in a flow mapping', () => {
    const text = `${MINIMAL}duties: [{id: d1, accepted: {by: Bob, on: 2026-11-20}, title: T}]\n`;
    assert.equal(edit(text, { kind: 'reopen', id: 'd1' }), `${MINIMAL}duties: [{id: d1, title: T}]\n`);
  });

  it('fills an empty "signoff:" below it, and a written null in place', () => {
    const empty = `${MINIMAL}signoff:   # sign here\nduties: []\n`;
    assert.equal(edit(empty, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }), `${MINIMAL}signoff:   # sign here\n  from: {name: Alice, date: 2026-12-01}\nduties: []\n`);
    const tilde = `${MINIMAL}signoff: ~\n`;
    assert.equal(edit(tilde, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }), `${MINIMAL}signoff: {from: {name: Alice, date: 2026-12-01}}\n`);
    const roles = `${MINIMAL}signoff:\n  from:\n  to:\n`;
    assert.equal(edit(roles, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }), `${MINIMAL}signoff:\n  from:\n  to: {name: Bob, date: 2026-12-02}\n`);
  });

  it('adds a signature beside others in their style', () => {
    const text = `${MINIMAL}signoff:\n  from:\n    name: Alice\n    date: 2026-12-01\n`;
    assert.equal(edit(text, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }), `${text}  to:\n    name: Bob\n    date: 2026-12-02\n`);
    // Whichever role signed first.
    const supervised = `${MINIMAL}supervisor: {name: Wang}\n`;
    const to = `${supervised}signoff:\n  to:\n    name: Bob\n    date: 2026-12-02\n`;
    assert.equal(edit(to, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }), `${to}  from:\n    name: Alice\n    date: 2026-12-01\n`);
    const supervisor = `${supervised}signoff:\n  supervisor:\n    name: Wang\n    date: 2026-12-03\n`;
    assert.equal(edit(supervisor, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }), `${supervisor}  to:\n    name: Bob\n    date: 2026-12-02\n`);
  });

  it('creates detected and its lists where missing, and fills an empty "detected:"', () => {
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' };
    assert.equal(edit(MINIMAL, rotate), `${MINIMAL}detected:\n  rotated:\n    - {fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}\n`);
    assert.equal(edit(`${MINIMAL}detected:\n`, rotate), `${MINIMAL}detected:\n  rotated:\n    - {fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}\n`);
    assert.equal(edit(`${MINIMAL}detected: {}\n`, rotate), `${MINIMAL}detected: {rotated: [{fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}]}\n`);
    const lists = `${MINIMAL}detected:\n  ignore: []\n  rotated:\n`;
    assert.equal(edit(lists, rotate), `${MINIMAL}detected:\n  ignore: []\n  rotated:\n    - {fingerprint: fp-aws-1, by: Bob, on: 2026-11-27}\n`);
    assert.equal(edit(lists, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'test key from the docs' }), `${MINIMAL}detected:\n  ignore: [{fingerprint: fp-2, reason: test key from the docs}]\n  rotated:\n`);
  });

  it('works with anchors and aliases elsewhere in the file, and refuses to edit a shared node', () => {
    const text = `${MINIMAL}x-defaults:\n  owner: &owner 王五\nduties:\n  - id: d1\n    title: T\n    details: *owner\n  - &shared {id: d2, title: U}\nx-copy: *shared\n`;
    const loaded = load(text);
    assert.ok(loaded.handover, JSON.stringify(loaded.diagnostics));
    assert.equal(edit(text, ACCEPT('d1', 'Bob')), text.replace('    details: *owner\n', '    details: *owner\n    accepted: {by: Bob, on: 2026-11-26}\n'));
    const refused = refusal(text, ACCEPT('d2', 'Bob'));
    assert.equal(refused.code, 'edit.aliased');
    assert.equal(refused.range?.start.line, 14);
  });

  it('writes a review of a branch with its outcome and a note; finds a remote branch by its short name', () => {
    const out = edit(MINIMAL, { kind: 'review', target: { branch: 'feature/pg-failover', outcome: 'merged' }, by: 'Bob', on: '2026-11-28', note: 'merged as #42' });
    assert.equal(out, `${MINIMAL}detected:\n  reviewed:\n    - {branch: feature/pg-failover, by: Bob, on: 2026-11-28, outcome: merged, note: "merged as #42"}\n`);
    assert.equal(refusal(out, { kind: 'review', target: { branch: 'origin/feature/pg-failover', outcome: 'abandoned' }, by: 'Bob', on: '2026-11-28' }).code, 'edit.alreadyReviewed');
    const path = edit(out, { kind: 'review', target: { path: 'k8s/base' }, by: 'Bob', on: '2026-11-28' });
    assert.match(path, /- \{path: k8s\/base, by: Bob, on: 2026-11-28\}\n$/);
    assert.equal(load(path).handover!.detected.reviewed[0]!.outcome, 'merged');
    // Named with its remote, a branch is recorded without it.
    const remote = edit(MINIMAL, { kind: 'review', target: { branch: 'origin/feature/pg-failover', outcome: 'abandoned' }, by: 'Bob', on: '2026-11-28' });
    assert.match(remote, /- \{branch: feature\/pg-failover, by: Bob, on: 2026-11-28, outcome: abandoned\}\n$/);
    assert.match(edit(remote, { kind: 'note', target: { branch: 'origin/feature/pg-failover' }, text: 'dead end' }), /outcome: abandoned, note: dead end\}\n$/);
  });

  it('fills an empty value written with a space before its colon (`signoff :`) below that key', () => {
    const signoff = `${MINIMAL}signoff :\n`;
    assert.equal(edit(signoff, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-26' }), `${signoff}  to: {name: Bob, date: 2026-11-26}\n`);
    const ignore = `${MINIMAL}detected:\n  ignore  :\n`;
    assert.equal(edit(ignore, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'test' }), `${ignore}    - {fingerprint: fp-2, reason: test}\n`);
    const explicit = refusal(`${MINIMAL}? signoff\n:\n`, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-26' });
    assert.equal(explicit.code, 'edit.layout');
    assert.match(explicit.message, /an explicit "\? key"/);
    const tab = `${MINIMAL}signoff\t:\n`;
    assert.equal(edit(tab, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-11-26' }), `${tab}  to: {name: Bob, date: 2026-11-26}\n`, 'a tab before the colon');
  });

  it('adds, replaces and removes notes, also over a literal block', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: |\n      old\n      text\n    runbook: https://wiki.example/d1\n`;
    const replaced = edit(text, { kind: 'note', target: { id: 'd1' }, text: 'new: text' });
    assert.equal(replaced, text.replace('note: |\n      old\n      text\n', 'note: "new: text"\n'));
    const removed = edit(replaced, { kind: 'note', target: { id: 'd1' }, text: '  ' });
    assert.equal(removed, `${MINIMAL}duties:\n  - id: d1\n    title: T\n    runbook: https://wiki.example/d1\n`);
    const plan = planEdit(removed, { kind: 'note', target: { id: 'd1' }, text: '' });
    assert.ok(plan.ok && plan.edits.length === 0 && plan.newText === removed, 'removing a missing note changes nothing');
  });

  it('replaces a note quoted as the mapping around it needs: plain in a block item, quoted in a flow item', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: old\n  - {id: d2, title: U, note: old}\n`;
    const note = (id: string): EditOperation => ({ kind: 'note', target: { id }, text: 'pg, then redis' });
    assert.equal(edit(text, note('d1')), text.replace('    note: old', '    note: pg, then redis'));
    assert.equal(edit(text, note('d2')), text.replace('note: old}', 'note: "pg, then redis"}'));
  });

  it('leaves a note alone, however it is written, when it already says the text given', () => {
    for (const written of ['"checked"', "'checked'", '|-\n      checked']) {
      const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: ${written}\n`;
      const plan = planEdit(text, { kind: 'note', target: { id: 'd1' }, text: ' checked ' });
      assert.ok(plan.ok && plan.edits.length === 0 && plan.newText === text, written);
    }
  });

  it('inserts before a document end marker and keeps a %YAML directive', () => {
    const text = `%YAML 1.2\n---\n${MINIMAL}...\n`;
    assert.equal(edit(text, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }), `%YAML 1.2\n---\n${MINIMAL}signoff:\n  from: {name: Alice, date: 2026-12-01}\n...\n`);
  });

  it('adds several new items to a file written in flow style, as one flow list', () => {
    const flow = '{version: 1, project: demo, from: {name: Alice, emails: [alice@example.com]}, to: {name: Bob}}\n';
    const items = [[{ key: 'id', value: 'r1' }, { key: 'title', value: 'One' }], [{ key: 'id', value: 'r2' }, { key: 'title', value: 'Two' }]];
    const out = edit(flow, { kind: 'addItems', section: 'risks', items });
    assert.equal(out, flow.replace('}}\n', '}, risks: [{id: r1, title: One}, {id: r2, title: Two}]}\n'));
    assert.deepEqual(load(out).handover!.sections.risks.map((item) => item.data.title), ['One', 'Two']);
    const list = `${MINIMAL}risks: [{id: r0, title: Zero}]\n`;
    assert.equal(edit(list, { kind: 'addItems', section: 'risks', items }), list.replace('Zero}]', 'Zero}, {id: r1, title: One}, {id: r2, title: Two}]'));
  });

  it('writes an acceptance in block style below a signoff that is signed, and a first rotation like the acceptances', () => {
    const text = `${MINIMAL}credentials:\n  - id: c1\n    name: DB\n    location: vault\nduties:\n  - id: d1\n    title: T\n    accepted:\n      by: Bob\n      on: 2026-11-20\n  - id: d2\n    title: U\nsignoff:\n  from: {name: Alice, date: 2026-11-22}\n`;
    assert.equal(edit(text, ACCEPT('d2', 'Bob')), text.replace('    title: U\n', '    title: U\n    accepted:\n      by: Bob\n      on: 2026-11-26\n'));
    assert.equal(edit(text, { kind: 'rotateCredential', id: 'c1', by: 'Bob', on: '2026-11-27' }), text.replace('location: vault\n', 'location: vault\n    rotated:\n      by: Bob\n      on: 2026-11-27\n'));
  });

  it('writes an acceptance like the first acceptance, not like a rotation written before it', () => {
    const text = `${MINIMAL}credentials:\n  - id: c1\n    name: DB\n    location: vault\n    rotated:\n      by: Bob\n      on: 2026-11-20\nduties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-21}\n  - id: d2\n    title: U\n`;
    assert.equal(edit(text, ACCEPT('d2', 'Bob')), `${text}    accepted: {by: Bob, on: 2026-11-26}\n`);
  });

  it('marks a credential rotated, in the file and in the model', () => {
    const out = edit(DEMO_HANDOVER_YAML, { kind: 'rotateCredential', id: 'cred-aws-deploy', by: '李四', on: '2026-11-27' });
    assert.equal(out, DEMO_HANDOVER_YAML.replace('location: vault:secret/payments/aws-deploy\n', 'location: vault:secret/payments/aws-deploy\n    rotated: {by: 李四, on: 2026-11-27}\n'));
    assert.deepEqual(load(out).handover!.sections.credentials[1]!.data.rotated, { by: '李四', on: '2026-11-27' });
  });
});

describe('HANDOVER.yaml edits: taking back a decision on a git finding', () => {
  const UNROTATE = (fingerprint: string): EditOperation => ({ kind: 'unrotateFinding', fingerprint });
  const UNIGNORE = (fingerprint: string): EditOperation => ({ kind: 'unignoreFinding', fingerprint });
  const block = `${MINIMAL}detected:\n  rotated:\n    - fingerprint: fp-1\n      by: Bob\n      on: 2026-11-20\n    - {fingerprint: fp-2, by: Bob, on: 2026-11-21}  # second\n    - fingerprint: fp-3\n      by: Bob\n      on: 2026-11-22\n`;

  it('removes the first, middle or last entry of a block list: its lines only', () => {
    assert.equal(edit(block, UNROTATE('fp-1')), block.replace('    - fingerprint: fp-1\n      by: Bob\n      on: 2026-11-20\n', ''));
    assert.equal(edit(block, UNROTATE('fp-2')), block.replace('    - {fingerprint: fp-2, by: Bob, on: 2026-11-21}  # second\n', ''));
    assert.equal(edit(block, UNROTATE('fp-3')), block.replace('    - fingerprint: fp-3\n      by: Bob\n      on: 2026-11-22\n', ''));
    const plan = planEdit(block, UNROTATE('fp-2'));
    assert.ok(plan.ok && plan.edits.length === 1 && plan.edits[0]!.replacement === '', 'one removal, nothing written');
  });

  it('leaves an empty key (null, as the schema allows) after the last entry of a block list, and [] in a flow list', () => {
    const one = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: test data\n  rotated: []\n`;
    const out = edit(one, UNIGNORE('fp-2'));
    assert.equal(out, `${MINIMAL}detected:\n  ignore:\n  rotated: []\n`);
    assert.deepEqual(load(out).handover!.detected.ignore, []);
    const flow = `${MINIMAL}detected:\n  ignore: [{fingerprint: fp-2, reason: test data}]\n`;
    assert.equal(edit(flow, UNIGNORE('fp-2')), `${MINIMAL}detected:\n  ignore: []\n`);
    const inFlowMap = `${MINIMAL}detected: {ignore: [{fingerprint: fp-2, reason: x}], rotated: []}\n`;
    assert.equal(edit(inFlowMap, UNIGNORE('fp-2')), `${MINIMAL}detected: {ignore: [], rotated: []}\n`);
  });

  it('removes the first, middle or last entry of a flow list with its comma', () => {
    const flow = `${MINIMAL}detected:\n  ignore: [{fingerprint: a, reason: x}, {fingerprint: b, reason: y},\n           {fingerprint: c, reason: z}]  # kept\n`;
    assert.equal(edit(flow, UNIGNORE('a')), flow.replace('{fingerprint: a, reason: x}, ', ''));
    assert.equal(edit(flow, UNIGNORE('b')), flow.replace(', {fingerprint: b, reason: y}', ''));
    assert.equal(edit(flow, UNIGNORE('c')), flow.replace(',\n           {fingerprint: c, reason: z}', ''));
  });

  it('keeps comments between entries, and those that belong to other entries', () => {
    const text = `${MINIMAL}detected:\n  rotated:\n    # about fp-1\n    - fingerprint: fp-1  # the first\n      # inside fp-1\n      by: Bob\n      on: 2026-11-20\n    # about fp-2\n\n    - # remark on fp-2\n      fingerprint: fp-2\n      by: Bob\n      on: 2026-11-21\n      # after fp-2, deeper\n    # at the end\n`;
    assert.equal(edit(text, UNROTATE('fp-1')), text.replace('    - fingerprint: fp-1  # the first\n      # inside fp-1\n      by: Bob\n      on: 2026-11-20\n', ''));
    assert.equal(edit(text, UNROTATE('fp-2')), text.replace('    - # remark on fp-2\n      fingerprint: fp-2\n      by: Bob\n      on: 2026-11-21\n', ''));
  });

  it('keeps CRLF line endings and a BOM, and a last line without a line break', () => {
    const text = `\uFEFF${block}`.replace(/\n/g, '\r\n');
    const plan = planEdit(text, UNROTATE('fp-2'));
    assert.ok(plan.ok);
    assert.equal(plan.newText, text.replace('    - {fingerprint: fp-2, by: Bob, on: 2026-11-21}  # second\r\n', ''));
    // The smallest span: the common "    - " of the removed line and the next one stays.
    assert.equal(plan.edits[0]!.startOffset, text.indexOf('{fingerprint: fp-2'), 'offset in the text as given, BOM included');
    const noBreak = block.slice(0, -1);
    assert.equal(edit(noBreak, UNROTATE('fp-3')), noBreak.replace('\n    - fingerprint: fp-3\n      by: Bob\n      on: 2026-11-22', ''));
    const crlfNoBreak = noBreak.replace(/\n/g, '\r\n');
    assert.equal(edit(crlfNoBreak, UNROTATE('fp-3')), crlfNoBreak.replace('\r\n    - fingerprint: fp-3\r\n      by: Bob\r\n      on: 2026-11-22', ''));
  });

  it('removes a review of a path or a branch, matched as decisions.ts matches them', () => {
    const text = `${MINIMAL}detected:\n  reviewed:\n    - {path: k8s/base/, by: Bob, on: 2026-11-28}\n    - {branch: feature/pg-failover, by: Bob, on: 2026-11-28, outcome: merged}\n    - path: ansible/roles/postgres\n      by: Bob\n      on: 2026-11-28\n      note: |\n        checked\n`;
    assert.equal(edit(text, { kind: 'unreview', target: { path: 'k8s/base' } }), text.replace('    - {path: k8s/base/, by: Bob, on: 2026-11-28}\n', ''));
    const branchGone = text.replace('    - {branch: feature/pg-failover, by: Bob, on: 2026-11-28, outcome: merged}\n', '');
    assert.equal(edit(text, { kind: 'unreview', target: { branch: 'feature/pg-failover' } }), branchGone);
    assert.equal(edit(text, { kind: 'unreview', target: { branch: 'origin/feature/pg-failover' } }), branchGone, 'named with its remote');
    assert.equal(planEdit(text, { kind: 'unreview', target: { branch: 'feature/pg-failover' } }).ok, true, 'no known branches needed');
    const remoteRecord = text.replace('branch: feature/pg-failover', 'branch: origin/feature/pg-failover');
    assert.equal(edit(remoteRecord, { kind: 'unreview', target: { branch: 'feature/pg-failover' } }), branchGone);
    assert.equal(edit(text, { kind: 'unreview', target: { path: 'ansible/roles/postgres/' } }), text.slice(0, text.indexOf('    - path: ansible')));
  });

  it('returns the original text after recording and taking back, where the list already existed', () => {
    const rotate: EditOperation = { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' };
    for (const original of [block, block.slice(0, -1), `${MINIMAL}detected:\n  rotated: []\n`, `${MINIMAL}detected:\n  rotated:\n`, `${MINIMAL}detected:\n  rotated:\n    - {fingerprint: fp-9, by: A, on: 2026-11-01}\n    # deeper remark\n`.replace('    # deeper', '      # deeper')]) {
      assert.equal(edit(edit(original, rotate), UNROTATE('fp-aws-1')), original);
    }
    // A key the record created stays, empty: the engine cannot tell it was not written on purpose.
    assert.equal(edit(edit(MINIMAL, rotate), UNROTATE('fp-aws-1')), `${MINIMAL}detected:\n  rotated:\n`);
  });

  it('refuses what is not recorded, in both languages', () => {
    assert.equal(refusal(block, UNROTATE('fp-9')).code, 'edit.notRotated');
    assert.equal(refusal(MINIMAL, UNROTATE('fp-1')).code, 'edit.notRotated');
    assert.equal(refusal(block, UNIGNORE('fp-1')).code, 'edit.notIgnored');
    assert.equal(refusal(block, { kind: 'unreview', target: { path: 'k8s/base' } }).code, 'edit.notReviewed');
    const zh = planEdit(block, UNIGNORE('fp-1'), { t: translator('zh-CN') });
    assert.ok(!zh.ok);
    assert.equal(zh.error.message, '发现项“fp-1”没有被忽略，无可撤销。');
    assert.equal(refusal(block, UNROTATE(' ')).code, 'edit.emptyValue');
  });

  it('refuses to remove an entry when a comment below would join the block text above', () => {
    const text = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: a\n      reason: |\n        text\n    - {fingerprint: b, reason: y}\n        # deeper remark\n`;
    const error = refusal(text, UNIGNORE('b'));
    assert.equal(error.code, 'edit.layout');
  });
});

describe('HANDOVER.yaml edits: refusals', () => {
  it('refuses a file with errors, pointing at the first one', () => {
    const error = refusal(`${MINIMAL}duties:\n  - id: a\n    title: A\n  - id: a\n    title: B\n`, ACCEPT('a'));
    assert.equal(error.code, 'edit.fileHasErrors');
    assert.equal(error.range?.start.line, 11);
    assert.match(error.message, /Duplicate id "a"/);
  });

  it('refuses unknown ids, fingerprints, paths and branches, and findings when history was not read', () => {
    assert.equal(refusal(DEMO_HANDOVER_YAML, ACCEPT('nope')).code, 'edit.unknownId');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'rotateFinding', fingerprint: 'fp-x', by: 'a', on: '2026-11-27' }).code, 'edit.unknownFingerprint');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'a', on: '2026-11-27' }, {}).code, 'edit.findingsUnknown');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'review', target: { path: 'src/other' }, by: 'a', on: '2026-11-27' }).code, 'edit.unknownPath');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'review', target: { branch: 'feature/other', outcome: 'merged' }, by: 'a', on: '2026-11-27' }).code, 'edit.unknownBranch');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'note', target: { branch: 'feature/pg-failover' }, text: 'x' }).code, 'edit.notReviewed');
  });

  it('refuses what is already recorded, with where it is', () => {
    const accepted = refusal(DEMO_HANDOVER_YAML, ACCEPT('duty-oncall'));
    assert.equal(accepted.code, 'edit.alreadyAccepted');
    assert.match(accepted.message, /already accepted by 李四 on 2026-11-25/);
    assert.equal(accepted.range?.start.line, 26);
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'reopen', id: 'duty-certs' }).code, 'edit.notAccepted');
    assert.equal(refusal(DEMO_HANDOVER_YAML, { kind: 'rotateCredential', id: 'duty-certs', by: 'a', on: '2026-11-27' }).code, 'edit.notCredential');
    const signed = `${MINIMAL}signoff: {to: {name: Bob, date: 2026-12-01}}\n`;
    assert.equal(refusal(signed, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }).code, 'edit.alreadySigned');
  });

  it('refuses bad input: empty or multi-line names, impossible dates, unknown outcomes', () => {
    assert.equal(refusal(DEMO_HANDOVER_YAML, ACCEPT('duty-certs', '  ')).code, 'edit.emptyValue');
    assert.equal(refusal(DEMO_HANDOVER_YAML, ACCEPT('duty-certs', 'a\nb')).code, 'edit.multiline');
    assert.equal(refusal(DEMO_HANDOVER_YAML, ACCEPT('duty-certs', 'a', '2026-02-30')).code, 'edit.badDate');
    assert.equal(refusal(DEMO_HANDOVER_YAML, ACCEPT('duty-certs', 'a', '26-2-3')).code, 'edit.badDate');
    const op = { kind: 'review', target: { branch: 'feature/pg-failover', outcome: 'lost' }, by: 'a', on: '2026-11-27' } as unknown as EditOperation;
    assert.equal(refusal(DEMO_HANDOVER_YAML, op).code, 'edit.badOutcome');
  });

  it('names the field of every blank or multi-line value it refuses, for every operation', () => {
    const BY = { by: 'Bob', on: '2026-11-27' };
    // [field, operation with that field left blank]
    const blank: [string, EditOperation][] = [
      ['id', { kind: 'accept', id: ' ', ...BY }],
      ['by', { kind: 'rotateCredential', id: 'cred-aws-deploy', by: ' ', on: '2026-11-27' }],
      ['id', { kind: 'reopen', id: '' }],
      ['name', { kind: 'sign', role: 'to', name: ' ', date: '2026-11-27' }],
      ['fingerprint', { kind: 'rotateFinding', fingerprint: ' ', ...BY }],
      ['by', { kind: 'rotateFinding', fingerprint: 'fp-2', by: '', on: '2026-11-27' }],
      ['fingerprint', { kind: 'ignoreFinding', fingerprint: '', reason: 'x' }],
      ['path', { kind: 'review', target: { path: ' ' }, ...BY }],
      ['branch', { kind: 'review', target: { branch: ' ', outcome: 'merged' }, ...BY }],
      ['by', { kind: 'review', target: { path: 'k8s/base' }, by: ' ', on: '2026-11-27' }],
      ['id', { kind: 'note', target: { id: ' ' }, text: 'x' }],
      ['path', { kind: 'note', target: { path: ' ' }, text: 'x' }],
      ['branch', { kind: 'note', target: { branch: ' ' }, text: 'x' }],
      ['path', { kind: 'unreview', target: { path: ' ' } }],
      ['branch', { kind: 'unreview', target: { branch: ' ' } }],
      ['fingerprint', { kind: 'unrotateFinding', fingerprint: ' ' }],
      ['fingerprint', { kind: 'unignoreFinding', fingerprint: ' ' }],
      ['path', { kind: 'decideMention', path: ' ', identity: 'alice', outcome: 'removed', ...BY }],
      ['identity', { kind: 'decideMention', path: 'a', identity: ' ', outcome: 'removed', ...BY }],
      ['by', { kind: 'decideMention', path: 'a', identity: 'alice', outcome: 'removed', by: ' ', on: '2026-11-27' }],
      ['path', { kind: 'undecideMention', path: ' ', identity: 'alice' }],
      ['identity', { kind: 'undecideMention', path: 'a', identity: ' ' }],
      ['title', { kind: 'addItems', section: 'risks', items: [[{ key: 'id', value: 'r1' }, { key: 'title', value: ' ' }]] }],
    ];
    for (const [field, op] of blank) {
      const error = refusal(MINIMAL, op);
      assert.equal(error.code, 'edit.emptyValue', `${op.kind} ${field}`);
      assert.equal(error.message, `${field} must not be empty.`, `${op.kind} ${field}`);
    }
    const multiline = refusal(MINIMAL, { kind: 'review', target: { branch: 'a\nb', outcome: 'merged' }, ...BY });
    assert.equal(multiline.message, 'branch must fit on one line.');
    assert.equal(refusal(MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-13-01' }).message, '"2026-13-01" is not a date: use YYYY-MM-DD (a real calendar day).');
    const op = { kind: 'review', target: { branch: 'feature/pg-failover', outcome: 'lost' }, ...BY } as unknown as EditOperation;
    assert.equal(refusal(MINIMAL, op).message, 'A branch is taken-over, merged or abandoned, not "lost".');
  });

  it('takes a date with spaces around it, a reason with Windows or old Mac line ends as LF, and a blank review note as none', () => {
    const rotate = edit(MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: ' 2026-11-27 ' });
    assert.match(rotate, /- \{fingerprint: fp-2, by: Bob, on: 2026-11-27\}\n$/);
    const ignored = edit(MINIMAL, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'test data\r\nfrom the docs\rcopied' });
    assert.deepEqual(load(ignored).handover!.detected.ignore[0]!.reason, 'test data\nfrom the docs\ncopied');
    assert.doesNotMatch(ignored, /\r/);
    const reviewed = edit(MINIMAL, { kind: 'review', target: { branch: 'feature/pg-failover', outcome: 'merged' }, by: 'Bob', on: '2026-11-28', note: '  ' });
    assert.match(reviewed, /- \{branch: feature\/pg-failover, by: Bob, on: 2026-11-28, outcome: merged\}\n$/);
  });

  it('says which item or finding it refuses, and who recorded what is already there', () => {
    const message = (text: string, op: EditOperation) => refusal(text, op).message;
    const duties = `${MINIMAL}duties:\n  - id: d1\n    title: T\n`;
    assert.equal(message(duties, { kind: 'reopen', id: 'd1' }), '"d1" is not accepted: there is nothing to reopen.');
    assert.equal(message(DEMO_HANDOVER_YAML, { kind: 'rotateCredential', id: 'duty-certs', by: 'a', on: '2026-11-27' }), '"duty-certs" is in duties, not in credentials: only credentials are rotated.');
    const rotatedCredential = edit(DEMO_HANDOVER_YAML, { kind: 'rotateCredential', id: 'cred-aws-deploy', by: '李四', on: '2026-11-27' });
    assert.equal(message(rotatedCredential, { kind: 'rotateCredential', id: 'cred-aws-deploy', by: 'Bob', on: '2026-11-28' }), '"cred-aws-deploy" is already recorded as rotated by 李四 on 2026-11-27.');
    const rotated = edit(MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Bob', on: '2026-11-27' });
    assert.equal(message(rotated, { kind: 'rotateFinding', fingerprint: 'fp-2', by: 'Ann', on: '2026-11-28' }), '"fp-2" is already recorded as rotated by Bob on 2026-11-27.');
    assert.equal(message(rotated, { kind: 'unrotateFinding', fingerprint: 'fp-aws-1' }), 'The finding "fp-aws-1" is not recorded as rotated: there is nothing to take back.');
    const ignored = edit(MINIMAL, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'test data' });
    assert.equal(message(ignored, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: 'again' }), 'The finding "fp-2" is already ignored.');
    assert.equal(load(edit(ignored, { kind: 'ignoreFinding', fingerprint: 'fp-aws-1', reason: 'sample' })).handover!.detected.ignore.length, 2, 'another finding is ignored beside it');
    assert.equal(message(MINIMAL, { kind: 'unreview', target: { path: 'k8s/base' } }), '"k8s/base" has no review entry in detected.reviewed.');
    const aliased = `${MINIMAL}x-risks: &shared\n  - id: r1\n    title: T\nrisks: *shared\n`;
    assert.equal(message(aliased, ACCEPT('r1', 'Bob')), 'This part of HANDOVER.yaml is an alias or is reused through one (*shared): change it by hand.');
  });

  it('fills a key left empty inside a flow mapping in place', () => {
    const text = '{version: 1, project: demo, from: {name: Alice, emails: [alice@example.com]}, to: {name: Bob}, signoff: }\n';
    assert.equal(edit(text, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-02' }), text.replace('signoff: }', 'signoff: {from: {name: Alice, date: 2026-12-02}} }'));
  });

  it('adds checklist items only with new, valid ids, dates written as dates, whatever the order of the fields', () => {
    const text = `${MINIMAL}risks:\n  - id: r1\n    title: T\n`;
    const add = (...items: { key: string; value: string }[][]) => planEdit(text, { kind: 'addItems', section: 'risks', items });
    const message = (plan: ReturnType<typeof add>) => (plan.ok ? assert.fail(`expected a refusal, got:\n${plan.newText}`) : plan.error.message);
    for (const id of ['Bad', '-x', 'x y', 'x!']) {
      assert.equal(message(add([{ key: 'id', value: id }, { key: 'title', value: 'T' }])), `"${id}" is not a valid id: lowercase letters, digits, ".", "_" and "-", starting with a letter or a digit.`, id);
    }
    assert.equal(message(add([{ key: 'id', value: 'r1' }, { key: 'title', value: 'T' }])), 'The id "r1" is already used in HANDOVER.yaml.');
    assert.equal(message(add([{ key: 'id', value: 'r2' }, { key: 'title', value: 'T' }], [{ key: 'id', value: 'r2' }, { key: 'title', value: 'U' }])), 'The id "r2" is already used in HANDOVER.yaml.');
    const none = add();
    assert.ok(none.ok && none.edits.length === 0 && none.newText === text, 'no items, no change');
    const nothing = planEdit(MINIMAL, { kind: 'addItems', section: 'risks', items: [] });
    assert.ok(nothing.ok && nothing.edits.length === 0, 'no items: no empty section written either');
    assert.equal(message(add([{ key: 'title', value: 'T' }])), '"" is not a valid id: lowercase letters, digits, ".", "_" and "-", starting with a letter or a digit.', 'an item without an id');
    const unknown = planEdit(text, { kind: 'addItems', section: 'nope' as 'risks', items: [[{ key: 'id', value: 'n1' }]] });
    assert.ok(!unknown.ok && unknown.error.code === 'edit.layout');
    assert.match(unknown.error.message, /"nope" is not a checklist section/);
    const out = edit(text, { kind: 'addItems', section: 'credentials', items: [[{ key: 'name', value: 'DB password' }, { key: 'id', value: 'cred-db' }, { key: 'location', value: '2026-01-01' }, { key: 'rotateBy', value: '2026-12-04' }]] });
    assert.match(out, /- name: DB password\n {4}id: cred-db\n {4}location: "2026-01-01"\n {4}rotateBy: 2026-12-04\n$/);
  });

  it('writes the due date of pending work and the date of a schedule entry plain, like the other dates of the file', () => {
    const pending = `${MINIMAL}pending:\n  - id: p1\n    title: T\n    reason: R\n    remaining: S\n`;
    const added = edit(pending, { kind: 'addItems', section: 'pending', items: [[{ key: 'id', value: 'p2' }, { key: 'title', value: 'U' }, { key: 'reason', value: 'V' }, { key: 'remaining', value: 'W' }, { key: 'due', value: '2026-12-10' }]] });
    assert.equal(added, `${pending}  - id: p2\n    title: U\n    reason: V\n    remaining: W\n    due: 2026-12-10\n`);
    const schedule = `${MINIMAL}schedule:\n  - {id: s1, date: 2026-12-01, topic: T, status: planned}\n`;
    const planned = edit(schedule, { kind: 'addItems', section: 'schedule', items: [[{ key: 'id', value: 's2' }, { key: 'date', value: '2026-12-10' }, { key: 'topic', value: 'U' }]] });
    assert.equal(planned, `${schedule}  - {id: s2, date: 2026-12-10, topic: U}\n`);
  });

  it('refuses a supervisor’s signature when the file names no supervisor, and says who signed already', () => {
    assert.equal(refusal(MINIMAL, { kind: 'sign', role: 'supervisor', name: 'Wang', date: '2026-12-01' }).message, 'HANDOVER.yaml names no supervisor (监交人): add `supervisor: {name: …}` before signing as the supervisor.');
    const signed = `${MINIMAL}signoff: {to: {name: Bob, date: 2026-12-01}}\n`;
    assert.match(refusal(signed, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }).message, /has already signed \(Bob, 2026-12-01\)\.$/);
  });

  it('names the finding it cannot check, and refuses to take back an entry written as an alias', () => {
    assert.equal(refusal(MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-9', by: 'Bob', on: '2026-11-27' }).message, 'No credential found in git history has the fingerprint "fp-9".');
    const unread = planEdit(MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-9', by: 'Bob', on: '2026-11-27' });
    assert.equal(unread.ok ? '' : unread.error.message, 'Git history has not been read, so "fp-9" cannot be checked. Analyse the history first.');
    const aliased = `${MINIMAL}x-entry: &entry {fingerprint: fp-2, reason: test data}\ndetected:\n  ignore:\n    - *entry\n`;
    assert.equal(refusal(aliased, { kind: 'unignoreFinding', fingerprint: 'fp-2' }).code, 'edit.aliased');
  });

  it('checks a mention decision against the mentions found, by path and identity, and names them when it refuses', () => {
    const known = knownFindingsOf(sampleDetections());
    const decide = (text: string, path: string, identity: string) => planEdit(text, { kind: 'decideMention', path, identity, outcome: 'reassigned', by: 'Bob', on: '2026-11-28' }, { known });
    const message = (plan: ReturnType<typeof decide>) => (plan.ok ? assert.fail('expected a refusal') : plan.error.message);
    assert.equal(message(decide(MINIMAL, 'k8s/rbac.yaml', 'alice')), 'No configuration line in k8s/rbac.yaml names "alice" (as of the last reading of the repository).');
    const unread = planEdit(MINIMAL, { kind: 'decideMention', path: 'k8s/rbac.yaml', identity: 'alice', outcome: 'removed', by: 'Bob', on: '2026-11-28' });
    assert.equal(unread.ok ? '' : unread.error.message, 'Git history has not been read, so "k8s/rbac.yaml (alice)" cannot be checked. Analyse the history first.');
    const decided = decide(MINIMAL, '.github/CODEOWNERS', 'alice');
    assert.ok(decided.ok);
    assert.equal(message(decide(decided.newText, '.github/CODEOWNERS', 'alice')), '"alice" in .github/CODEOWNERS is already recorded as reassigned by Bob on 2026-11-28.');
    const undo = planEdit(MINIMAL, { kind: 'undecideMention', path: '.github/CODEOWNERS', identity: 'alice' }, { known });
    assert.equal(undo.ok ? '' : undo.error.message, '"alice" in .github/CODEOWNERS has no decision in detected.mentions: there is nothing to take back.');
  });

  it('finds a mention whatever the case and the spaces around the identity the run reports, as the report matches decisions, and records it as reported', () => {
    for (const reported of ['Alice@Example.COM', ' alice@example.com ']) {
      const known: KnownFindings = { mentions: [{ path: 'k8s/rbac.yaml', identity: reported }] };
      const plan = planEdit(MINIMAL, { kind: 'decideMention', path: 'k8s/rbac.yaml', identity: 'alice@example.com', outcome: 'removed', by: 'Bob', on: '2026-11-28' }, { known });
      if (!plan.ok) assert.fail(`${JSON.stringify(reported)}: refused: ${plan.error.message}`);
      assert.deepEqual(load(plan.newText).handover?.detected.mentions.map((entry) => entry.identity), [reported], JSON.stringify(reported));
    }
  });

  it('reviews a path or a branch once, matched as the report matches reviews; refusals name it and who reviewed it when', () => {
    const BY = { by: 'Bob', on: '2026-11-28' };
    const path = (target: string): EditOperation => ({ kind: 'review', target: { path: target }, ...BY });
    const branch = (target: string): EditOperation => ({ kind: 'review', target: { branch: target, outcome: 'merged' }, ...BY });
    assert.equal(refusal(MINIMAL, path('k8s/base'), {}).message, 'Git history has not been read, so "k8s/base" cannot be checked. Analyse the history first.');
    assert.equal(refusal(MINIMAL, branch('feature/pg-failover'), {}).message, 'Git history has not been read, so "feature/pg-failover" cannot be checked. Analyse the history first.');
    assert.equal(refusal(MINIMAL, path('src/other')).message, '"src/other" is not among the files and folders the person leaving owns.');
    assert.equal(refusal(MINIMAL, branch('feature/other')).message, '"feature/other" is not among the branches of the person leaving.');
    // A path reviewed under another spelling; a branch entry before it, a path entry before the branch's.
    const reviewed = `${MINIMAL}detected:\n  reviewed:\n    - {branch: feature/pg-failover, by: Carol, on: 2026-11-20, outcome: merged}\n    - {path: ./k8s/base/, by: Carol, on: 2026-11-21}\n    - {branch: upstream/feature/x, by: Dan, on: 2026-11-22, outcome: merged}\n`;
    assert.equal(refusal(reviewed, path('k8s/base')).message, '"k8s/base" is already recorded as reviewed by Carol on 2026-11-21.');
    assert.equal(refusal(reviewed, branch('origin/feature/pg-failover')).message, '"origin/feature/pg-failover" is already recorded as reviewed by Carol on 2026-11-20.');
    // A review recorded under one remote's name covers the branch, whichever name it is asked by.
    const remotes: KnownFindings = {
      paths: ['k8s/base/', 'ansible/roles/postgres'],
      branches: [{ name: 'feature/x', kind: 'local' }, { name: 'origin/feature/x', kind: 'remote' }, { name: 'upstream/feature/x', kind: 'remote' }, { name: 'feature/y', kind: 'local' }],
    };
    assert.equal(refusal(reviewed, branch('feature/x'), remotes).message, '"feature/x" is already recorded as reviewed by Dan on 2026-11-22.');
    // Other paths and branches are still open.
    const more = (op: EditOperation) => {
      const plan = planEdit(reviewed, op, { known: remotes });
      if (!plan.ok) assert.fail(`refused: ${plan.error.message}`);
      return plan.newText;
    };
    assert.equal(more(path('ansible/roles/postgres')), `${reviewed}    - {path: ansible/roles/postgres, by: Bob, on: 2026-11-28}\n`);
    assert.equal(more(branch('feature/y')), `${reviewed}    - {branch: feature/y, by: Bob, on: 2026-11-28, outcome: merged}\n`);
  });

  it('notes a review of a path or a branch found as the report finds it, and names a review it cannot find', () => {
    const reviewed = `${MINIMAL}detected:\n  reviewed:\n    - {branch: backport/main, by: Carol, on: 2026-11-20, outcome: merged}\n    - {path: k8s/base, by: Carol, on: 2026-11-21}\n    - {branch: "feature/pg-failover ", by: Carol, on: 2026-11-22, outcome: merged}\n    - {path: ./ansible/roles/postgres/, by: Carol, on: 2026-11-23}\n    - {branch: backport/origin/main, by: Carol, on: 2026-11-24, outcome: merged}\n`;
    const note = (target: { path: string } | { branch: string }): EditOperation => ({ kind: 'note', target, text: 'checked' });
    const noted = (entry: string) => reviewed.replace(`${entry}}`, `${entry}, note: checked}`);
    assert.equal(edit(reviewed, note({ path: 'ansible/roles/postgres' })), noted('{path: ./ansible/roles/postgres/, by: Carol, on: 2026-11-23'));
    assert.equal(edit(reviewed, note({ branch: 'origin/feature/pg-failover' })), noted('{branch: "feature/pg-failover ", by: Carol, on: 2026-11-22, outcome: merged'));
    // Only a leading `origin/` is the remote.
    assert.equal(edit(reviewed, note({ branch: 'backport/origin/main' })), noted('{branch: backport/origin/main, by: Carol, on: 2026-11-24, outcome: merged'));
    assert.equal(refusal(reviewed, note({ path: 'k8s/overlays' })).message, '"k8s/overlays" has no review entry in detected.reviewed.');
    assert.equal(refusal(reviewed, note({ branch: 'feature/other' })).message, '"feature/other" has no review entry in detected.reviewed.');
  });

  it('records the branch named exactly when another branch of the person leaving ends with the same name', () => {
    const known: KnownFindings = { branches: [{ name: 'pg-failover', kind: 'local' }, { name: 'feature/pg-failover', kind: 'local' }] };
    const plan = planEdit(MINIMAL, { kind: 'review', target: { branch: 'feature/pg-failover', outcome: 'merged' }, by: 'Bob', on: '2026-11-28' }, { known });
    if (!plan.ok) assert.fail(`refused: ${plan.error.message}`);
    assert.deepEqual(load(plan.newText).handover?.detected.reviewed.map((entry) => entry.branch), ['feature/pg-failover']);
  });

  it('takes back only the review of the branch named, whatever other branches the run knows', () => {
    const text = `${MINIMAL}detected:\n  reviewed:\n    - {branch: feature/pg-failover, by: Bob, on: 2026-11-28, outcome: merged}\n`;
    assert.equal(refusal(text, { kind: 'unreview', target: { branch: 'feature/other' } }).message, '"feature/other" has no review entry in detected.reviewed.');
  });

  it('speaks Chinese when asked', () => {
    const plan = planEdit(DEMO_HANDOVER_YAML, ACCEPT('nope'), { t: translator('zh-CN') });
    assert.ok(!plan.ok);
    assert.equal(plan.error.message, '没有 id 为“nope”的条目。');
  });
});

describe('HANDOVER.yaml edits: removing a key or an item keeps every other value', () => {
  const UNIGNORE: EditOperation = { kind: 'unignoreFinding', fingerprint: 'fp-aws-1' };

  it('blank lines below a removed key or item go with it when the value above keeps its trailing blank lines (`|+`)', () => {
    const risks = `${MINIMAL}risks:\n  - id: r1\n    title: T\n    details: |+\n      kept\n\n`;
    const reopened = edit(`${risks}    accepted: {by: Bob, on: 2026-11-26}\n\n  \t\n\n  - id: r2\n    title: T\n`, { kind: 'reopen', id: 'r1' });
    assert.equal(reopened, `${risks}  - id: r2\n    title: T\n`);
    assert.equal(load(reopened).handover!.sections.risks[0]!.data.details, 'kept\n\n');
    assert.equal(edit(`${risks}    accepted: {by: Bob, on: 2026-11-26}`, { kind: 'reopen', id: 'r1' }), risks);
    const ignore = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: |+\n        kept\n\n`;
    const signoff = 'signoff:\n  to: {name: Bob, date: 2026-11-30}\n';
    const unignored = edit(`${ignore}    - fingerprint: fp-aws-1\n      reason: x\n\n\n${signoff}`, UNIGNORE);
    assert.equal(unignored, `${ignore}${signoff}`);
    assert.equal(edit(`${ignore}    - fingerprint: fp-aws-1\n      reason: x`, UNIGNORE), ignore);
    // The indentation written before the `+` (`|2+`), or after it (`>+2`).
    for (const header of ['|2+', '>+2']) {
      const indented = risks.replace('details: |+', `details: ${header}`);
      assert.equal(edit(`${indented}    accepted: {by: Bob, on: 2026-11-26}\n\n  - id: r2\n    title: T\n`, { kind: 'reopen', id: 'r1' }), `${indented}  - id: r2\n    title: T\n`, header);
    }
  });

  it('below any other value, blank lines and a deeper comment after a removed key stay', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-26}\n\n        # a note on d1\n  - id: d2\n    title: U\n`;
    assert.equal(edit(text, { kind: 'reopen', id: 'd1' }), text.replace('    accepted: {by: Bob, on: 2026-11-26}\n', ''));
    const ignore = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: a\n`;
    assert.equal(edit(`${ignore}    - fingerprint: fp-aws-1\n      reason: x\n\nsignoff:\n  to: {name: Bob, date: 2026-11-30}\n`, { kind: 'unignoreFinding', fingerprint: 'fp-aws-1' }), `${ignore}\nsignoff:\n  to: {name: Bob, date: 2026-11-30}\n`);
  });

  it('the last key or item of a file without a final line break takes the break before it, CRLF too', () => {
    const duties = `${MINIMAL}duties:\n  - id: d1\n    title: T`.replace(/\n/g, '\r\n');
    assert.equal(edit(`${duties}\r\n    accepted: {by: Bob, on: 2026-11-26}`, { kind: 'reopen', id: 'd1' }), duties);
    const ignore = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: a`;
    assert.equal(edit(`${ignore}\n    - fingerprint: fp-aws-1\n      reason: x`, UNIGNORE), ignore);
    const crlf = ignore.replace(/\n/g, '\r\n');
    assert.equal(edit(`${crlf}\r\n    - fingerprint: fp-aws-1\r\n      reason: x`, UNIGNORE), crlf);
  });

  it('refuses to remove an item when a deeper comment below it would join the block text above', () => {
    const error = refusal(`${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: |\n        kept\n    - fingerprint: fp-aws-1\n      reason: x\n          # deeper\n`, UNIGNORE);
    assert.equal(error.code, 'edit.layout');
    assert.match(error.message, /comment below it would become part of the block text above it/);
  });

  it('keeps comments next to a key on the "-" line, and finds an item whose "-" stands above it', () => {
    const duties = `${MINIMAL}duties:\n  -\n    # about the id\n    id: d1\n    title: T\n`;
    assert.equal(edit(duties.replace('  -\n', '  - note: old\n'), { kind: 'note', target: { id: 'd1' }, text: '' }), duties);
    const ignore = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: a\n`;
    assert.equal(edit(`${ignore}    -\n      # the old key\n  #-- (a comment, not the item's "-")\n      fingerprint: fp-aws-1\n      reason: x\n`, UNIGNORE), ignore);
  });

  it('replaces a note written as block text, keeping the blank line after it; removes a key of a flow mapping', () => {
    const text = `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: |\n      old\n\n  - id: d2\n    title: U\n`;
    assert.equal(edit(text, { kind: 'note', target: { id: 'd1' }, text: 'new' }), text.replace('note: |\n      old\n', 'note: new\n'));
    const folded = text.replace('note: |', 'note: >');
    assert.equal(edit(folded, { kind: 'note', target: { id: 'd1' }, text: 'new' }), folded.replace('note: >\n      old\n', 'note: new\n'));
    assert.equal(edit(`${MINIMAL}duties:\n  - {id: d1, title: T, note: old}\n`, { kind: 'note', target: { id: 'd1' }, text: '' }), `${MINIMAL}duties:\n  - {id: d1, title: T}\n`);
    assert.equal(edit(`${MINIMAL}duties:\n  - {note: old, id: d1, title: T}\n`, { kind: 'note', target: { id: 'd1' }, text: '' }), `${MINIMAL}duties:\n  - {id: d1, title: T}\n`);
  });
});

describe('HANDOVER.yaml edits: decisions checked against a detection run', () => {
  it('knows the owned files and folders, the branches, the credential fingerprints and the mentions the run found, and nothing else', () => {
    const known = knownFindingsOf(sampleDetections());
    const outcome = (op: EditOperation) => {
      const plan = planEdit(MINIMAL, op, { known });
      return plan.ok ? 'ok' : plan.error.code;
    };
    const review = (path: string) => outcome({ kind: 'review', target: { path }, by: 'Bob', on: '2026-11-28' });
    assert.equal(review('docs/runbook.md'), 'ok');
    assert.equal(review('ansible/roles/postgres'), 'ok');
    assert.notEqual(review('docs/other.md'), 'ok');
    assert.equal(outcome({ kind: 'review', target: { branch: 'origin/feature/pg-failover', outcome: 'merged' }, by: 'Bob', on: '2026-11-28' }), 'ok');
    assert.notEqual(outcome({ kind: 'review', target: { branch: 'feature/other', outcome: 'merged' }, by: 'Bob', on: '2026-11-28' }), 'ok');
    assert.equal(outcome({ kind: 'ignoreFinding', fingerprint: FINGERPRINT, reason: 'test key' }), 'ok');
    assert.notEqual(outcome({ kind: 'ignoreFinding', fingerprint: 'ffffffffffffffff', reason: 'test key' }), 'ok');
    const mention = (path: string, identity: string) => outcome({ kind: 'decideMention', path, identity, outcome: 'reassigned', by: 'Bob', on: '2026-11-28' });
    assert.equal(mention('.github/CODEOWNERS', 'alice'), 'ok');
    assert.notEqual(mention('.github/CODEOWNERS', 'bob'), 'ok');
  });

  it('records a mention decision: keeping a name needs a reason, and only the known outcomes are taken', () => {
    const known = knownFindingsOf(sampleDetections());
    const decide = (outcome: string, note?: string) => planEdit(MINIMAL, { kind: 'decideMention', path: ' .github/CODEOWNERS ', identity: 'alice', outcome: outcome as 'kept', by: 'Bob', on: '2026-11-28', note }, { known });
    for (const note of [undefined, '', '  ']) {
      const refused = decide('kept', note);
      assert.ok(!refused.ok, String(note));
      assert.equal(refused.error.code, 'edit.mentionNeedsReason');
      assert.equal(refused.error.message, 'Keeping "alice" in .github/CODEOWNERS needs a reason (note).');
    }
    const kept = decide('kept', ' still the owner of the old repo\r\n');
    assert.ok(kept.ok, JSON.stringify(kept));
    assert.equal(kept.newText, `${MINIMAL}detected:\n  mentions:\n    - {path: .github/CODEOWNERS, identity: alice, outcome: kept, by: Bob, on: 2026-11-28, note: still the owner of the old repo}\n`);
    const blankNote = decide('removed', '  ');
    assert.ok(blankNote.ok);
    assert.doesNotMatch(blankNote.newText, /note/);
    const bogus = decide('bogus');
    assert.ok(!bogus.ok);
    assert.equal(bogus.error.code, 'edit.badMentionOutcome');
    assert.match(bogus.error.message, /"bogus"/);
  });
});

describe('HANDOVER.yaml edits: free text a person types', () => {
  it('writes the supervisor’s opinion with its line ends made LF; a blank opinion is none; refuses another role’s', () => {
    const text = `${MINIMAL}supervisor: {name: 王五}\n`;
    const sign = (role: 'to' | 'supervisor', opinion?: string) => planEdit(text, { kind: 'sign', role, name: '王五', date: '2026-11-30', opinion });
    const written = sign('supervisor', '  Agreed.\r\nHand over on Monday.  ');
    assert.ok(written.ok, JSON.stringify(written));
    assert.equal(written.newText, `${text}signoff:\n  supervisor: {name: 王五, date: 2026-11-30, opinion: "Agreed.\\nHand over on Monday."}\n`);
    for (const blank of ['', '   ', undefined]) {
      const none = sign('supervisor', blank);
      assert.ok(none.ok, JSON.stringify(none));
      assert.equal(none.newText, `${text}signoff:\n  supervisor: {name: 王五, date: 2026-11-30}\n`, String(blank));
    }
    const other = sign('to', 'Fine by me');
    assert.ok(!other.ok);
    assert.equal(other.error.code, 'edit.opinionNotSupervisor');
    assert.equal(other.error.message, 'Only the supervisor gives an opinion (监交意见).');
  });

  it('refuses a blank reason for ignoring a finding, naming the field', () => {
    const plan = planEdit(MINIMAL, { kind: 'ignoreFinding', fingerprint: 'fp-2', reason: ' \r\n ' }, { known: KNOWN });
    assert.ok(!plan.ok);
    assert.equal(plan.error.code, 'edit.emptyValue');
    assert.equal(plan.error.message, 'reason must not be empty.');
  });
});

describe('HANDOVER.yaml edits: items shared through a merge key', () => {
  const text = `${MINIMAL}duties:\n  - &base\n    id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-20}\n  - <<: *base\n    id: d2\n`;

  it('refuses to take back what an item only has through `<<: *name`, pointing at the merge key', () => {
    const plan = planEdit(text, { kind: 'reopen', id: 'd2' });
    assert.ok(!plan.ok);
    assert.equal(plan.error.code, 'edit.aliased');
    assert.equal(plan.error.message, 'This part of HANDOVER.yaml is an alias or is reused through one (<<: *base): change it by hand.');
    assert.deepEqual(plan.error.range, { start: { line: 13, col: 5 }, end: { line: 13, col: 14 } });
  });

  it('refuses to take back what an item merges from a mapping written in place (`<<: {…}`), naming the merge key', () => {
    const inPlace = `${MINIMAL}duties:\n  - <<: {accepted: {by: Bob, on: 2026-11-20}}\n    id: d2\n    title: T\n`;
    const plan = planEdit(inPlace, { kind: 'reopen', id: 'd2' });
    assert.ok(!plan.ok);
    assert.equal(plan.error.message, 'This part of HANDOVER.yaml is an alias or is reused through one (<<): change it by hand.');
    assert.deepEqual(plan.error.range, { start: { line: 9, col: 5 }, end: { line: 9, col: 46 } });
  });

  it('refuses to remove a note an item only has through `<<: *name`, pointing at the merge key', () => {
    const noted = `${MINIMAL}duties:\n  - &base\n    id: d1\n    title: T\n    note: shared\n  - <<: *base\n    id: d2\n`;
    const plan = planEdit(noted, { kind: 'note', target: { id: 'd2' }, text: '' });
    assert.ok(!plan.ok);
    assert.equal(plan.error.message, 'This part of HANDOVER.yaml is an alias or is reused through one (<<: *base): change it by hand.');
  });

  it('refuses to edit the item other items merge, naming its anchor', () => {
    for (const op of [ACCEPT('d1', 'X'), { kind: 'reopen', id: 'd1' } as const]) {
      const plan = planEdit(text, op);
      assert.ok(!plan.ok);
      assert.equal(plan.error.message, 'This part of HANDOVER.yaml is an alias or is reused through one (&base): change it by hand.');
      assert.deepEqual(plan.error.range?.start, { line: 10, col: 5 });
    }
  });
});

describe('HANDOVER.yaml edits: a file with CRLF line breaks', () => {
  const UNIGNORE = (fingerprint: string): EditOperation => ({ kind: 'unignoreFinding', fingerprint });
  const rotated = `${MINIMAL}detected:\n  rotated:\n    - fingerprint: fp-1\n      by: Bob\n      on: 2026-11-20\n    - {fingerprint: fp-2, by: Bob, on: 2026-11-21}  # second\n    - fingerprint: fp-3\n      by: Bob\n      on: 2026-11-22\n`;
  const keptBlank = `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: |+\n        kept\n\n    - fingerprint: fp-aws-1\n      reason: x\n\n\nsignoff:\n  to: {name: Bob, date: 2026-11-30}\n`;
  const cases: [string, string, EditOperation][] = [
    ['accept a block item', `${MINIMAL}duties:\n  - id: d1\n    # what it is\n    title: On call  # weekly\n    # trailing remark\n  - id: d2\n    title: Certs\n`, ACCEPT('d1', 'Bob')],
    ['accept after a |+ block', `${MINIMAL}risks:\n  - id: r1\n    title: T\n    details: |+\n      kept\n\n  - id: r2\n    title: T\n`, ACCEPT('r1', 'Bob')],
    ['accept in block style', `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted:\n      by: Bob\n      on: 2026-11-20\n  - id: d2\n    title: U\n`, ACCEPT('d2', 'Bob')],
    ['reopen', `${MINIMAL}duties:\n  - id: d1\n    title: T\n    accepted: {by: Bob, on: 2026-11-20}\n    # after\n  - id: d2\n    title: U\n`, { kind: 'reopen', id: 'd1' }],
    ['reopen on the "-" line', `${MINIMAL}duties:\n  - accepted: {by: Bob, on: 2026-11-20}\n    # the id\n    id: d1\n    title: T\n`, { kind: 'reopen', id: 'd1' }],
    ['reopen below a |+ block', `${MINIMAL}risks:\n  - id: r1\n    title: T\n    details: |+\n      kept\n\n    accepted: {by: Bob, on: 2026-11-26}\n\n  \t\n\n  - id: r2\n    title: T\n`, { kind: 'reopen', id: 'r1' }],
    ['remove the first entry', rotated, { kind: 'unrotateFinding', fingerprint: 'fp-1' }],
    ['remove the last entry', rotated, { kind: 'unrotateFinding', fingerprint: 'fp-3' }],
    ['remove an entry below a |+ block', keptBlank, UNIGNORE('fp-aws-1')],
    ['remove the only entry', `${MINIMAL}detected:\n  ignore:\n    - fingerprint: fp-2\n      reason: test data\n  rotated: []\n`, UNIGNORE('fp-2')],
    ['fill an empty signoff', `${MINIMAL}signoff:   # sign here\nduties: []\n`, { kind: 'sign', role: 'from', name: 'Alice', date: '2026-12-01' }],
    ['fill an empty role', `${MINIMAL}signoff:\n  from:\n  to:\n`, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }],
    ['add a signature in block style', `${MINIMAL}signoff:\n  from:\n    name: Alice\n    date: 2026-12-01\n`, { kind: 'sign', role: 'to', name: 'Bob', date: '2026-12-02' }],
    ['create detected', MINIMAL, { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' }],
    ['fill an empty detected', `${MINIMAL}detected:\n`, { kind: 'rotateFinding', fingerprint: 'fp-aws-1', by: 'Bob', on: '2026-11-27' }],
    ['replace a note over a literal block', `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: |\n      old\n\n  - id: d2\n    title: U\n`, { kind: 'note', target: { id: 'd1' }, text: 'new' }],
    ['remove a note', `${MINIMAL}duties:\n  - id: d1\n    title: T\n    note: old\n    runbook: https://wiki.example/d1\n`, { kind: 'note', target: { id: 'd1' }, text: '' }],
  ];

  it('gets the same edit as the file with LF line breaks, with CRLF written', () => {
    for (const [what, lf, op] of cases) {
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.equal(edit(crlf, op), edit(lf, op).replace(/\n/g, '\r\n'), what);
    }
  });

  it('gets the same edit without a line break at the end of the file', () => {
    for (const [what, lf, op] of cases) {
      const cut = lf.replace(/\n+$/, '');
      const crlf = cut.replace(/\n/g, '\r\n');
      assert.equal(edit(crlf, op), edit(cut, op).replace(/\n/g, '\r\n'), what);
    }
  });
});
