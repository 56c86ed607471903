import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { firstDifference } from '../../src/core/handover/edit/plainData';
import { keyText, scalarText } from '../../src/core/handover/edit/scalarText';
import { minimalSpan } from '../../src/core/handover/edit/textLayout';

// What the edit's safety net compares, and how a value a person typed is written into HANDOVER.yaml.

describe('the edit read-back: where two readings of HANDOVER.yaml first differ', () => {
  it('finds no difference in equal data, whatever the key order', () => {
    assert.equal(firstDifference({ a: 1, b: [1, { c: 'x' }], d: null }, { d: null, b: [1, { c: 'x' }], a: 1 }), undefined);
    assert.equal(firstDifference(Number.NaN, Number.NaN), undefined);
    assert.equal(firstDifference([], []), undefined);
    assert.equal(firstDifference({}, {}), undefined);
  });

  it('names the first place that differs as a path a person can find in the file', () => {
    assert.equal(firstDifference({ duties: [{ id: 'd1' }, { id: 'd2', accepted: 'x' }] }, { duties: [{ id: 'd1' }, { id: 'd2', accepted: 'y' }] }), 'duties[1].accepted');
    assert.equal(firstDifference({ a: 1 }, { a: 2 }), 'a');
    assert.equal(firstDifference({ a: { b: 1 } }, { a: { b: 2 } }), 'a.b');
    assert.equal(firstDifference({ 'my key': 1 }, { 'my key': 2 }), '["my key"]');
    assert.equal(firstDifference({ a: { '1st': 1 } }, { a: { '1st': 2 } }), 'a["1st"]');
    assert.equal(firstDifference({ _x: { 'y-z': 1 } }, { _x: { 'y-z': 2 } }), '_x.y-z');
    assert.equal(firstDifference([1, 2], [2, 1]), '[0]');
    assert.equal(firstDifference({ a: [[1], [2]] }, { a: [[1], [3]] }), 'a[1][0]');
    assert.equal(firstDifference('x', 1), '(top level)');
    assert.equal(firstDifference([1], { 0: 1 }), '(top level)');
    assert.equal(firstDifference(null, {}), '(top level)');
    assert.equal(firstDifference({ a: null }, { a: {} }), 'a');
    assert.equal(firstDifference({ a: [] }, { a: {} }), 'a');
  });

  it('counts an item or a key present on one side only, even one whose value is empty', () => {
    assert.equal(firstDifference({ list: [1] }, { list: [1, 2] }), 'list[1]');
    assert.equal(firstDifference({ list: [1, 2] }, { list: [1] }), 'list[1]');
    assert.equal(firstDifference({ a: 1 }, { a: 1, b: undefined }), 'b');
    assert.equal(firstDifference({ a: 1, b: undefined }, { a: 1 }), 'b');
    assert.equal(firstDifference({ a: 1, b: 2 }, { a: 1, c: 2 }), 'b');
    assert.equal(firstDifference([1, undefined], [1]), '[1]', 'a list one item longer, whatever the item');
    assert.equal(firstDifference([1], [1, undefined]), '[1]');
  });
});

describe('a value written into HANDOVER.yaml', () => {
  /** How YAML 1.2 (core schema) and YAML 1.1 read `written` in the context. */
  const readings = (written: string, context: 'block' | 'flow'): unknown[] =>
    [{ schema: 'core' as const }, { version: '1.1' as const }].map((options) => {
      const data = parse(context === 'flow' ? `[${written}]` : `k: ${written}`, options) as unknown;
      return context === 'flow' ? (data as unknown[])[0] : (data as Record<string, unknown>).k;
    });

  it('stays plain when every reader reads it back as the same text', () => {
    for (const value of ['Bob', 'Alice Chen', '王小明', 'a:b', 'a#b', 'x.5', 'say yes', 'https://ci.example/x', 'a]', 'a,b', 'yesterday', 'nobody', 'offset', 'online', 'nullable', '.information', 'x.inf', 'a:b:c']) {
      assert.equal(scalarText(value, 'block'), value, value);
    }
    for (const value of ['Bob', 'a:b', 'x.5']) assert.equal(scalarText(value, 'flow'), value, value);
  });

  it('is quoted when a reader would read something else: booleans and nulls of YAML 1.1, numbers, dates, indicators, comments, keys', () => {
    const quoted = [
      '', ' Bob', 'Bob ', 'yes', 'No', 'on', 'OFF', 'y', 'N', 'true', 'null', '~', '<<', '=',
      '12', '-1', '.5', '+3', '0x1f', '2026-11-30', '12:30', '.inf', '-.inf', '.NaN', '+.nan', '.nAn', '+.INf',
      '-x', '?x', ':x', ',x', '[x', ']x', '{x', '}x', '#x', '&x', '*x', '!x', '|x', '>x', "'x", '"x', '%x', '@x', '`x',
      'a: b', 'a #b', 'a:',
    ];
    for (const value of quoted) {
      const written = scalarText(value, 'block');
      assert.equal(written, JSON.stringify(value), `${JSON.stringify(value)} is quoted`);
      assert.deepEqual(readings(written, 'block'), [value, value], `${JSON.stringify(value)} reads back`);
    }
  });

  it('is quoted when it starts or ends with a space a reader would drop or a person would not see', () => {
    for (const value of ['\u00a0Bob', 'Bob\u3000', '\u2003x']) {
      assert.equal(scalarText(value, 'block'), JSON.stringify(value), JSON.stringify(value));
      assert.deepEqual(readings(scalarText(value, 'block'), 'block'), [value, value], JSON.stringify(value));
    }
  });

  it('is quoted in a flow list when it holds a comma or a bracket', () => {
    for (const value of ['a,b', 'a]', 'a[', 'a{', 'a}']) {
      assert.equal(scalarText(value, 'flow'), JSON.stringify(value), value);
      assert.deepEqual(readings(scalarText(value, 'flow'), 'flow'), [value, value], value);
    }
  });

  it('keeps a date plain when it is one, and quotes anything else given as a date', () => {
    assert.equal(scalarText('2026-11-30', 'block', 'date'), '2026-11-30');
    assert.equal(scalarText('2026-11-30', 'flow', 'date'), '2026-11-30');
    assert.equal(scalarText('2026-11-30x', 'block', 'date'), '"2026-11-30x"');
    assert.equal(scalarText('# 2026-11-30', 'block', 'date'), '"# 2026-11-30"');
    assert.equal(scalarText('12026-11-30', 'block', 'date'), '"12026-11-30"');
  });

  it('shows control, invisible and direction-changing characters as escapes', () => {
    const cases: [string, string][] = [
      ['a\u0007b', '"a\\u0007b"'],
      ['a\tb', '"a\\tb"'],
      ['line\nnext', '"line\\nnext"'],
      ['a\u007fb', '"a\\u007fb"'],
      ['a\u00adb', '"a\\u00adb"'],
      ['a\u200bb', '"a\\u200bb"'],
      ['\u200bab', '"\\u200bab"'],
      ['a\u202eb', '"a\\u202eb"'],
      ['a\u2028b', '"a\\u2028b"'],
      ['a\u2066b', '"a\\u2066b"'],
      ['a\ufeffb', '"a\\ufeffb"'],
      ['a\u061cb', '"a\\u061cb"'],
    ];
    for (const [value, written] of cases) {
      assert.equal(scalarText(value, 'block'), written, JSON.stringify(value));
      assert.deepEqual(readings(written, 'block'), [value, value], JSON.stringify(value));
    }
    // One after another: a value that needs escapes does not change how the next one is judged.
    assert.equal(scalarText('x\u200by', 'block'), '"x\\u200by"');
    assert.equal(scalarText('x\u200b', 'block'), '"x\\u200b"');
    assert.equal(scalarText('plain', 'block'), 'plain');
  });

  it('writes keys the product owns as they are, and refuses anything else', () => {
    assert.equal(keyText('rotateBy'), 'rotateBy');
    assert.equal(keyText('a_b-c1'), 'a_b-c1');
    for (const key of ['', '1a', 'a b', 'a:', '-a', 'a.b']) assert.throws(() => keyText(key), /not a key the product writes/, key);
  });
});

describe('the replacement an edit hands to the editor', () => {
  // The editor applies the edit as a range of the old text: a range that ends between `\r` and `\n`,
  // or between the two halves of a character outside the BMP, shows half a line break or half a character.
  const applied = (before: string, span: { start: number; end: number; text: string }) => before.slice(0, span.start) + span.text + before.slice(span.end);

  it('is the smallest change, and never cuts a CRLF line break in two', () => {
    assert.deepEqual(minimalSpan('by: a\r\n', 'by: b\r\n'), { start: 4, end: 5, text: 'b' });
    // CRLF turned LF: the common `\n` at the end is not kept apart from its `\r`.
    assert.deepEqual(minimalSpan('k: a\r\n', 'k: a\n'), { start: 4, end: 6, text: '\n' });
    assert.deepEqual(minimalSpan('k: a\n', 'k: a\r\n'), { start: 4, end: 5, text: '\r\n' });
    // A line added after a CRLF line, before a lone `\n`: the common `\r` is not split from its `\n`.
    assert.deepEqual(minimalSpan('a\r\nb', 'a\rX\nb'), { start: 1, end: 3, text: '\rX\n' });
    // A lone `\r` is no line break: the change after it starts after it.
    assert.deepEqual(minimalSpan('a\rb', 'a\rc'), { start: 2, end: 3, text: 'c' });
  });

  it('never cuts a character outside the BMP in two, at its start or its end', () => {
    // 😀 is \ud83d\ude00, 😃 \ud83d\ude03, 🙀 \ud83d\ude40, 🈀 \ud83c\ude00; 𠀀 \ud840\udc00, 𠀁 \ud840\udc01.
    assert.deepEqual(minimalSpan('note: 😀', 'note: 😃'), { start: 6, end: 8, text: '😃' });
    assert.deepEqual(minimalSpan('😀 x', '🙀 x'), { start: 0, end: 2, text: '🙀' });
    assert.deepEqual(minimalSpan('a𠀀b', 'a𠀁b'), { start: 1, end: 3, text: '𠀁' });
    // The ends of both halves' ranges: U+10000 is \ud800\udc00, U+10FFFF \udbff\udfff.
    assert.deepEqual(minimalSpan('x\u{10000}', 'x\u{10001}'), { start: 1, end: 3, text: '\u{10001}' });
    assert.deepEqual(minimalSpan('x\u{10FFFF}', 'x\u{10FFFE}'), { start: 1, end: 3, text: '\u{10FFFE}' });
    // U+10400 is \ud801\udc00, U+103FF \ud800\udfff, U+107FF \ud801\udfff: the second half is common.
    assert.deepEqual(minimalSpan('x\u{10000}', 'x\u{10400}'), { start: 1, end: 3, text: '\u{10400}' });
    assert.deepEqual(minimalSpan('x\u{103FF}', 'x\u{107FF}'), { start: 1, end: 3, text: '\u{107FF}' });
    // The same second half: the common suffix does not start inside the character.
    assert.deepEqual(minimalSpan('x😀', 'x🈀'), { start: 1, end: 3, text: '🈀' });
    for (const [before, after] of [['note: 😀', 'note: 😃'], ['x😀', 'x🈀'], ['k: a\r\n', 'k: a\n']] as const) {
      assert.equal(applied(before, minimalSpan(before, after)), after);
    }
  });
});
