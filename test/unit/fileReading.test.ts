import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { readHandoverFile } from '../../src/core/handover/handoverLoader';
import { MINIMAL, t, tempDir } from './helpers';

describe('reading HANDOVER.yaml from disk', () => {
  it('reports invalid UTF-8 at the line and column of the bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from(`${MINIMAL}risks:\n  - id: r\n    title: caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    const repo = tempDir({ 'HANDOVER.yaml': bytes });
    try {
      const loaded = await readHandoverFile(join(repo.dir, 'HANDOVER.yaml'), { t });
      assert.equal(loaded.diagnostics.length, 1);
      assert.equal(loaded.diagnostics[0].code, 'read.notUtf8');
      assert.deepEqual(loaded.diagnostics[0].range.start, { line: 10, col: 15 });
      assert.match(loaded.diagnostics[0].message, /0xE9/);
    } finally {
      repo.dispose();
    }
  });

  it('checks document paths against the folder that holds the file', async () => {
    const text = `${MINIMAL}documents:\n  - id: d\n    title: Runbook\n    path: docs/runbook.md\n`;
    const repo = tempDir({ 'HANDOVER.yaml': text, 'docs/runbook.md': '# rb\n' });
    try {
      assert.deepEqual((await readHandoverFile(join(repo.dir, 'HANDOVER.yaml'), { t })).diagnostics, []);
    } finally {
      repo.dispose();
    }
  });
});
