import * as assert from 'node:assert/strict';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { HELD_OUT_FILES } from '../fixtures/credentialHeldOut';
import { expandSample } from '../fixtures/sampleValues';

/** Precision and recall of the line rules over the held-out files (lines, not git history). */
export function scoreHeldOut(): { truePositives: number; expected: number; falsePositives: number; misses: string[]; noise: string[] } {
  let truePositives = 0;
  let expected = 0;
  let falsePositives = 0;
  const misses: string[] = [];
  const noise: string[] = [];
  for (const file of HELD_OUT_FILES) {
    const { text } = expandSample(file.text);
    const found: SecretMatch[] = [];
    matchText(file.path, text, (m) => found.push(m));
    const lines = new Set(found.map((m) => m.line));
    for (const line of file.lines) {
      expected++;
      if (lines.has(line)) truePositives++;
      else misses.push(`${file.path}:${line}`);
    }
    for (const line of lines) {
      if (file.lines.includes(line)) continue;
      falsePositives++;
      noise.push(`${file.path}:${line} (${found.filter((m) => m.line === line).map((m) => m.kind).join(', ')})`);
    }
  }
  return { truePositives, expected, falsePositives, misses, noise };
}

describe('held-out credential corpus', () => {
  it('prints precision and recall on files never used to tune the rules', () => {
    const s = scoreHeldOut();
    const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
    const recall = s.truePositives / Math.max(1, s.expected);
    console.log(`      held-out corpus: ${HELD_OUT_FILES.length} files, ${s.expected} credential lines; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (s.misses.length) console.log(`      missed: ${s.misses.join('; ')}`);
    if (s.noise.length) console.log(`      noise: ${s.noise.join('; ')}`);
    assert.ok(precision >= HELD_OUT_FLOOR.precision, `precision ${precision}`);
    assert.ok(recall >= HELD_OUT_FLOOR.recall, `recall ${recall}`);
  });
});

/** Floors under the held-out figures: a rule change that lowers them below these fails. */
const HELD_OUT_FLOOR = { precision: 0.95, recall: 0.95 };
