import * as assert from 'node:assert/strict';
import { ByteLines, decodeLine, KEPT_BYTES } from '../../src/core/detect/credentials/byteLines';

/** The lines handed on, as text without their newlines, for output given in these pieces. */
function linesOf(pieces: readonly string[], finish: (lines: ByteLines) => void = (lines) => lines.flush()): string[] {
  const out: string[] = [];
  const lines = new ByteLines((bytes, start, end) => {
    for (let i = start; i < end; ) {
      const stop = bytes.indexOf(10, i);
      assert.ok(stop >= 0 && stop < end, 'every line handed on ends with its newline');
      out.push(bytes.toString('utf8', i, stop));
      i = stop + 1;
    }
  });
  for (const piece of pieces) lines.feed(Buffer.from(piece, 'utf8'));
  finish(lines);
  return out;
}

describe('byteLines: whole lines out of pieces of output', () => {
  it('hands on every line once, whatever the pieces, newlines at a piece\'s start or end included', () => {
    const text = 'one\n\ntwo 二\nthree\n';
    for (let cut = 0; cut <= text.length; cut++) assert.deepEqual(linesOf([text.slice(0, cut), text.slice(cut)]), ['one', '', 'two 二', 'three'], `cut at ${cut}`);
    assert.deepEqual(linesOf(['on', 'e', '\n', '\ntw', 'o 二\nthree', '\n']), ['one', '', 'two 二', 'three']);
  });

  it('keeps a last line without newline until flush, then hands it on; drop forgets it', () => {
    assert.deepEqual(linesOf(['a\nb', 'c'], () => undefined), ['a']);
    assert.deepEqual(linesOf(['a\nb', 'c']), ['a', 'bc']);
    assert.deepEqual(linesOf(['a\nbc'], (lines) => lines.drop()), ['a']);
    // Nothing kept: flushing hands on nothing (no empty line).
    assert.deepEqual(linesOf(['a\n']), ['a']);
  });

  it('tells the first byte of the line kept, and nothing once none is kept', () => {
    const lines = new ByteLines(() => undefined);
    assert.equal(lines.keptStart(), undefined);
    lines.feed(Buffer.from('x\n\x1eheader'));
    assert.equal(lines.keptStart(), 0x1e);
    lines.feed(Buffer.from(' more\n'));
    assert.equal(lines.keptStart(), undefined);
    lines.feed(Buffer.from('y'));
    lines.drop();
    assert.equal(lines.keptStart(), undefined);
  });

  it('keeps at most KEPT_BYTES of a line that spans pieces, and reads on after its end', () => {
    const long = 'x'.repeat(KEPT_BYTES + 500);
    const pieces: string[] = [];
    for (let at = 0; at < long.length; at += 4096) pieces.push(long.slice(at, at + 4096));
    const got = linesOf(['first\n', ...pieces, '\nlast\n']);
    assert.deepEqual(got.map((line) => line.length), [5, KEPT_BYTES, 4]);
  });

  it('decodeLine cuts to the limit in characters and reads at most KEPT_BYTES', () => {
    const bytes = Buffer.from('密码=abc\n', 'utf8');
    assert.equal(decodeLine(bytes, 0, bytes.length - 1, 100), '密码=abc');
    assert.equal(decodeLine(bytes, 0, bytes.length - 1, 3), '密码=');
    const huge = Buffer.alloc(KEPT_BYTES * 2, 0x61);
    assert.equal(decodeLine(huge, 0, huge.length, Infinity).length, KEPT_BYTES);
  });
});
