import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/core/atomicWrite';
import { starterHandoverYaml } from '../../src/core/handover/starterTemplate';
import { load, tempDir } from './helpers';

describe('the starter HANDOVER.yaml', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`is valid and pre-filled in ${language}, even with awkward names`, () => {
      const text = starterHandoverYaml({ language, project: 'ops: #1 "prod"', fromName: 'O\'Brien: dev # lead', fromEmail: 'ob@example.com', today: '2026-11-23' });
      const loaded = load(text);
      assert.deepEqual(loaded.diagnostics, []);
      assert.equal(loaded.handover!.project, 'ops: #1 "prod"');
      assert.equal(loaded.handover!.from.name, "O'Brien: dev # lead");
      assert.deepEqual(loaded.handover!.from.emails, ['ob@example.com']);
      assert.equal(loaded.handover!.language, language);
      assert.equal(/[\u4e00-\u9fff]/.test(text.split('\n')[0]), language === 'zh-CN');
    });
  }

  it('is still valid when git knows no user', () => {
    assert.deepEqual(load(starterHandoverYaml({ language: 'en', project: 'x', today: '2026-11-23' })).diagnostics, []);
  });
});

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      await writeFileAtomic(join(dir.dir, 'r.md'), 'new content');
      assert.equal(readFileSync(join(dir.dir, 'r.md'), 'utf8'), 'new content');
      assert.deepEqual(readdirSync(dir.dir), ['r.md']);
    } finally {
      dir.dispose();
    }
  });

  it('keeps the old file when the write fails', async () => {
    const dir = tempDir({ 'r.md': 'old' });
    try {
      writeFileSync(join(dir.dir, 'r.md'), 'old');
      await assert.rejects(writeFileAtomic(join(dir.dir, 'missing-folder', 'r.md'), 'new'));
      assert.equal(readFileSync(join(dir.dir, 'r.md'), 'utf8'), 'old');
      assert.deepEqual(readdirSync(dir.dir), ['r.md']);
    } finally {
      dir.dispose();
    }
  });
});
