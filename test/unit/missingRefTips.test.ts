// A clone that lacks the commit a branch or a tag points at (a damaged mirror, an interrupted fetch):
// the branch and credential detections name the refs they could not read and read every other one.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { notesAbout } from '../../src/core/detect/detectionNotes';
import { runDetections } from '../../src/core/detect/runDetections';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
import { forEachReadableRef } from '../../src/core/git/readableRefs';
import { fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

const LEE: Person = { name: 'Lee', email: 'lee@corp.example' };
const BOB: Person = { name: 'Bob', email: 'bob@corp.example' };

/**
 * main ← lee/keys (readable, adds a key) ; lee/lost (its tip commit removed) ; tag v0 (annotated, its
 * commit removed); tag v1 (annotated, readable).
 */
function damagedClone(): { repo: FixtureRepo; keyId: string } {
  const repo = FixtureRepo.init();
  repo.git('config', 'user.name', BOB.name);
  repo.git('config', 'user.email', BOB.email);
  repo.write('README.md', '# ops\n').commit('start', BOB, '2026-01-01T00:00:00Z');
  repo.git('tag', '-a', 'v1', '-m', 'release 1');
  repo.git('checkout', '-q', '-b', 'lee/keys');
  const keyId = fakeAccessKeyId();
  repo.write('deploy/aws.env', `AWS_ACCESS_KEY_ID=${keyId}\n`).commit('deploy keys', LEE, '2026-01-02T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  repo.git('checkout', '-q', '-b', 'lee/lost');
  const lost = repo.write('notes.txt', 'wip\n').commit('work in progress', LEE, '2026-01-03T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'scratch');
  const tagged = repo.write('old.txt', 'old\n').commit('old release', BOB, '2026-01-04T00:00:00Z');
  repo.git('tag', '-a', 'v0', '-m', 'release 0');
  repo.git('checkout', '-q', 'main');
  repo.git('branch', '-q', '-D', 'scratch');
  repo.removeObjects([lost, tagged]);
  return { repo, keyId };
}

describe('refs whose commit the clone lacks', function () {
  this.timeout(30_000);

  it('are left out of a ref listing and named, and every other ref is listed', async () => {
    const { repo } = damagedClone();
    try {
      const git = new GitRunner({ cwd: repo.dir });
      const plain = git.run(['for-each-ref', '--format=%(refname) %(objecttype) %(*objecttype) %(*committerdate:unix)']);
      await assert.rejects(plain, (err: unknown) => err instanceof GitError, 'git itself fails on the damaged clone');
      const listing = await forEachReadableRef(git, '--format=%(refname) %(committerdate:unix) %(*committerdate:unix)', ['refs/heads/', 'refs/tags/']);
      assert.deepEqual(listing.unreadable, ['refs/heads/lee/lost', 'refs/tags/v0']);
      const listed = listing.output.split('\n').filter(Boolean).map((line) => line.split(' ')[0]);
      assert.deepEqual(listed, ['refs/heads/lee/keys', 'refs/heads/main', 'refs/tags/v1']);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('do not hide a failure of another kind', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('a.txt', 'a\n').commit('c1', BOB, '2026-01-01T00:00:00Z');
      await assert.rejects(forEachReadableRef(new GitRunner({ cwd: repo.dir }), '--format=%(nosuchfield)', ['refs/heads/']), (err: unknown) => err instanceof GitError && !/missing/.test(err.message));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('do not stop the branch and credential detections: the rest is read, and the notes name them', async () => {
    const { repo, keyId } = damagedClone();
    try {
      const result = await runDetections({ cwd: repo.dir, person: { emails: [LEE.email] }, only: new Set(['branches', 'credentials']) });
      assert.deepEqual(
        result.branches.map((b) => b.name),
        ['lee/keys'],
        'the readable branch of theirs is listed',
      );
      const branchNotes = englishNotes(notesAbout(result.notes, 'branches', false));
      assert.ok(branchNotes.some((n) => n.includes('lee/lost') && /tip commit is missing from this clone/.test(n)), branchNotes.join('\n'));
      const credentialNote = englishNotes(notesAbout(result.notes, 'credentials', false)).find((n) => /lacks/.test(n)) ?? '';
      assert.match(credentialNote, /lee\/lost/);
      assert.match(credentialNote, /tags\/v0/);
      assert.ok(
        result.credentials.some((c) => c.path === 'deploy/aws.env'),
        `the key on the readable branch is found: ${JSON.stringify(result.credentials.map((c) => c.path))}`,
      );
      assert.ok(!JSON.stringify(result).includes(keyId), 'the value is never in the result');
      assert.ok(!englishNotes(result.notes).some((n) => /fatal:/.test(n)), englishNotes(result.notes).join('\n'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
