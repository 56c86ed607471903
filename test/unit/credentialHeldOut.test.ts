import * as assert from 'node:assert/strict';
import { matchText, type SecretMatch } from '../../src/core/detect/credentials/fileMatcher';
import { HELD_OUT_FILES, type HeldOutFile } from '../fixtures/credentialHeldOut';
import { HELD_OUT_VARIANTS } from '../fixtures/credentialHeldOutVariants';
import { HELD_OUT_UNSEEN } from '../fixtures/credentialHeldOutUnseen';
import { HELD_OUT_OPS4 } from '../fixtures/credentialHeldOutOps4';
import { HELD_OUT_OPS5 } from '../fixtures/credentialHeldOutOps5';
import { expandSample } from '../fixtures/sampleValues';

export interface HeldOutScore {
  truePositives: number;
  expected: number;
  falsePositives: number;
  misses: string[];
  noise: string[];
}

/** Precision and recall of the line rules over held-out files (lines, not git history). */
export function scoreHeldOut(files: readonly HeldOutFile[] = HELD_OUT_FILES): HeldOutScore {
  let truePositives = 0;
  let expected = 0;
  let falsePositives = 0;
  const misses: string[] = [];
  const noise: string[] = [];
  for (const file of files) {
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

function checkPart(name: string, files: readonly HeldOutFile[]): void {
  const s = scoreHeldOut(files);
  const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
  const recall = s.truePositives / Math.max(1, s.expected);
  console.log(`      ${name}: ${files.length} files, ${s.expected} credential lines; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  if (s.misses.length) console.log(`      missed: ${s.misses.join('; ')}`);
  if (s.noise.length) console.log(`      noise: ${s.noise.join('; ')}`);
  assert.ok(precision >= HELD_OUT_FLOOR.precision, `precision ${precision}`);
  assert.ok(recall >= HELD_OUT_FLOOR.recall, `recall ${recall}`);
}

describe('held-out credential corpus', () => {
  it('prints precision and recall on files never used to tune the rules', () => {
    checkPart('held-out corpus', HELD_OUT_FILES);
  });

  it('prints precision and recall on the variant forms of each format (quoting, case, CRLF, BOM, nesting, other names) and their decoys', () => {
    checkPart('held-out variants', HELD_OUT_VARIANTS);
  });

  it('prints precision and recall on ops tools and SQL dump shapes none of the rules was written for (third part) and their decoys', () => {
    checkPart('held-out unseen tools', HELD_OUT_UNSEEN);
  });

  it('prints precision and recall on cloud keys and robots of ops teams in China, daemons and network devices (fourth part) and their decoys', () => {
    checkPart('held-out ops part 4', HELD_OUT_OPS4);
  });

  it('prints precision and recall on application servers, middleware, monitoring, mail, package managers, Kubernetes env entries and runbook command lines (fifth part) and their decoys', () => {
    checkPart('held-out ops part 5', HELD_OUT_OPS5);
  });
});

/** Floors under the held-out figures: a rule change that lowers them below these fails. */
const HELD_OUT_FLOOR = { precision: 0.95, recall: 0.95 };
