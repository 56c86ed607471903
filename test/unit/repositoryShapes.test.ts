// Repository shapes an ops team audits (reliability.md 11 and 30): a shallow clone and a bare mirror.
// Every detection runs on them and says what it could not see.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { notesAbout } from '../../src/core/detect/detectionNotes';
import { runDetections } from '../../src/core/detect/runDetections';
import { fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';

const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };
const BOB: Person = { name: 'Bob', email: 'bob@example.com' };
const PERSON = { name: 'Alice', emails: [ALICE.email] };

/** Eight commits on main (a secret in the last), and Alice's open branch. */
function history(): FixtureRepo {
  const repo = FixtureRepo.init();
  for (let i = 1; i <= 7; i++) repo.write('ops/run.sh', `${'echo step\n'.repeat(i)}`).commit(`step ${i}`, i % 3 === 0 ? BOB : ALICE, `2026-01-0${i}T00:00:00Z`);
  repo.write('deploy/prod.env', `AWS_ACCESS_KEY_ID=${fakeAccessKeyId()}\n`).commit('prod settings', ALICE, '2026-01-08T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'alice/cleanup');
  repo.write('ops/cleanup.sh', 'echo cleanup\n').commit('cleanup', ALICE, '2026-01-09T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  return repo;
}

describe('repository shapes: shallow clone and bare mirror', function () {
  this.timeout(60_000);

  it('a shallow clone (--depth 5): files, branches and credentials are read and every section says the history is shallow', async () => {
    const repo = history();
    const target = join(repo.dir, '..', `${repo.dir.split('/').pop()}-shallow`);
    try {
      repo.git('clone', '-q', '--no-single-branch', '--depth', '5', `file://${repo.dir}`, target);
      const result = await runDetections({ cwd: target, person: PERSON });
      assert.equal(result.shallow, true);
      assert.deepEqual(result.ownedFiles.map((f) => f.path).sort(), ['deploy/prod.env', 'ops/run.sh']);
      assert.deepEqual(result.branches.map((b) => b.name), ['origin/alice/cleanup']);
      assert.deepEqual(result.credentials.map((c) => c.path), ['deploy/prod.env']);
      assert.ok(result.notes.some((n) => n.about === 'general' && n.key === 'note.general.shallow'));
      assert.ok(notesAbout(result.notes, 'credentials', false).some((n) => n.key === 'note.credentials.shallow'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  });
});
