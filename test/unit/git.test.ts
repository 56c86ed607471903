import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
import { readHead, readRepositoryFacts } from '../../src/core/git/repositoryInfo';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { tempDir } from './helpers';

const ALICE = { name: 'Alice', email: 'alice@example.com' };

describe('git facts for the report', function () {
  this.timeout(20_000);

  it('names the HEAD commit and its committer date', async () => {
    const repo = FixtureRepo.init({ branch: 'trunk' });
    try {
      repo.write('a.txt', 'a\n');
      const sha = repo.commit('first', ALICE, '2026-03-04T23:30:00-08:00');
      assert.deepEqual(await readHead(new GitRunner({ cwd: repo.dir })), { kind: 'commit', sha, date: '2026-03-04', shallow: false });
    } finally {
      repo.dispose();
    }
  });

  it('says when there are no commits yet, and when the folder is not a repository', async () => {
    const repo = FixtureRepo.init();
    const plain = tempDir();
    try {
      assert.deepEqual(await readHead(new GitRunner({ cwd: repo.dir })), { kind: 'unborn' });
      assert.deepEqual(await readHead(new GitRunner({ cwd: plain.dir })), { kind: 'not-git' });
    } finally {
      repo.dispose();
      plain.dispose();
    }
  });

  it('works on a detached HEAD and flags a shallow clone', async () => {
    const repo = FixtureRepo.init();
    const clone = tempDir();
    try {
      repo.write('a.txt', '1\n');
      const first = repo.commit('one', ALICE, '2026-01-01T00:00:00Z');
      repo.write('a.txt', '2\n');
      const second = repo.commit('two', ALICE, '2026-01-02T00:00:00Z');
      repo.git('checkout', '-q', '--detach', first);
      assert.equal(((await readHead(new GitRunner({ cwd: repo.dir }))) as { sha: string }).sha, first);
      repo.git('checkout', '-q', 'main');
      const target = join(clone.dir, 'shallow');
      repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, target);
      assert.deepEqual(await readHead(new GitRunner({ cwd: target })), { kind: 'commit', sha: second, date: '2026-01-02', shallow: true });
    } finally {
      repo.dispose();
      clone.dispose();
    }
  });

  it('reads the git user and the repository name for a starter file', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.git('config', 'user.name', '张三');
      repo.git('config', 'user.email', 'zs@example.com');
      repo.git('remote', 'add', 'origin', 'https://user:not-a-real-token@git.example/ops/payments-ops.git');
      assert.deepEqual(await readRepositoryFacts(new GitRunner({ cwd: repo.dir }), repo.dir), { userName: '张三', userEmail: 'zs@example.com', name: 'payments-ops' });
    } finally {
      repo.dispose();
    }
  });

  it('stops git when the signal aborts', async () => {
    const repo = FixtureRepo.init();
    try {
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(new GitRunner({ cwd: repo.dir, signal: controller.signal }).run(['status']), (err: unknown) => err instanceof GitError && err.kind === 'aborted');
    } finally {
      repo.dispose();
    }
  });
});
