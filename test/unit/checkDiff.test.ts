import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffLines, unifiedDiff } from '../../src/core/lineDiff';

/** Length of the longest common subsequence, by dynamic programming: the reference for a shortest diff. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', '', '| x |'), { maxLength: 30 });

describe('the line diff of handover check', () => {
  it('rebuilds both texts and changes no more lines than needed (property)', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = diffLines(a, b);
        assert.deepEqual(diff.filter((l) => l.kind !== '+').map((l) => l.text), a);
        assert.deepEqual(diff.filter((l) => l.kind !== '-').map((l) => l.text), b);
        assert.equal(diff.filter((l) => l.kind !== ' ').length, a.length + b.length - 2 * lcs(a, b));
        for (const line of diff) {
          if (line.kind !== '+') assert.equal(a[line.oldLine! - 1], line.text);
          if (line.kind !== '-') assert.equal(b[line.newLine! - 1], line.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('shows hunks with context and line numbers, ignoring CRLF, and cuts after the allowed changes', () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const after = [...before];
    after[4] = 'changed 5';
    after[25] = 'changed 26';
    const diff = unifiedDiff(`${before.join('\r\n')}\r\n`, `${after.join('\n')}\n`, { oldLabel: 'a', newLabel: 'b' });
    assert.equal(diff.changed, 4);
    assert.deepEqual(diff.lines, [
      '--- a',
      '+++ b',
      '@@ -3,5 +3,5 @@',
      ' line 3',
      ' line 4',
      '-line 5',
      '+changed 5',
      ' line 6',
      ' line 7',
      '@@ -24,5 +24,5 @@',
      ' line 24',
      ' line 25',
      '-line 26',
      '+changed 26',
      ' line 27',
      ' line 28',
    ]);
    const cut = unifiedDiff(before.join('\n'), after.join('\n'), { oldLabel: 'a', newLabel: 'b', maxChanged: 2 });
    assert.equal(cut.omitted, 2);
    assert.ok(!cut.lines.some((l) => l.includes('26')));
    assert.deepEqual(unifiedDiff('same\n', 'same\r\n', { oldLabel: 'a', newLabel: 'b' }).changed, 0);
  });

  it('stays fast on two unrelated long texts', function () {
    // Its own bound (5 s) judges the speed; mocha's default 2 s would fail it first on a loaded machine.
    this.timeout(10_000);
    const a = Array.from({ length: 20_000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 20_000 }, (_, i) => `b${i}`);
    const started = Date.now();
    const diff = unifiedDiff(a.join('\n'), b.join('\n'), { oldLabel: 'a', newLabel: 'b' });
    assert.equal(diff.changed, 40_000);
    assert.ok(Date.now() - started < 5_000);
  });
});
