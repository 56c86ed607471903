// The default branch's history held once: the commits a branch is behind, as `git rev-list main ^branch` lists them.
import * as assert from 'node:assert/strict';
import { DefaultHistory } from '../../src/core/detect/branches/defaultHistory';
import { forksOf, ownCommitsFrom } from '../../src/core/detect/branches/detectBranches';
import { GitRunner } from '../../src/core/git/gitRunner';
import { FixtureRepo, identityEnv } from '../fixtures/fixtureRepo';

const A = { name: 'A', email: 'a@example.com' };

describe('the default branch history held once', function () {
  this.timeout(30_000);
  let repo: FixtureRepo;
  const branches = ['early', 'late', 'merged-main-in', 'off-side-line', 'at-tip'];

  before(() => {
    repo = FixtureRepo.init();
    let day = 1;
    const commit = (path: string) => repo.write(path, `${day}\n`).commit(`c${day}`, A, `2026-01-${String(day++).padStart(2, '0')}T00:00:00Z`);
    commit('a');
    commit('b');
    repo.git('branch', 'early');
    repo.git('branch', 'side');
    commit('c');
    repo.git('checkout', '-q', 'side');
    commit('s1');
    commit('s2');
    repo.git('branch', 'off-side-line');
    repo.git('checkout', '-q', 'main');
    repo.gitWith(identityEnv(A, '2026-01-10T00:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    repo.git('branch', 'late');
    commit('d');
    repo.git('branch', 'merged-main-in', 'early');
    commit('e');
    repo.git('branch', 'at-tip');
    for (const name of branches) {
      repo.git('checkout', '-q', name);
      commit(`${name}.txt`);
    }
    repo.git('checkout', '-q', 'merged-main-in');
    repo.gitWith(identityEnv(A, '2026-01-20T00:00:00Z'), 'merge', '-q', '--no-ff', '-m', 'main in', 'main~1');
    commit('after-merge');
    repo.git('checkout', '-q', 'main');
  });
  after(() => repo.dispose());

  it('gives each branch the commits rev-list gives, merges counted as behind and left out of the list', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    const history = await DefaultHistory.read(git, repo.head());
    assert.ok(history);
    assert.equal(history.size, Number(repo.git('rev-list', '--count', 'main').trim()));
    for (const name of branches) {
      // The branch's own commits, with their parents, as detectBranches reads them.
      const own = new Map(
        repo
          .git('log', '--format=%H %P', name, '^main')
          .trim()
          .split('\n')
          .map((line) => {
            const [sha = '', ...parents] = line.split(' ');
            return [sha, { parents }] as const;
          }),
      );
      const { behind, since } = history.since(forksOf(ownCommitsFrom(own, repo.git('rev-parse', name).trim()), own));
      const listed = repo.git('rev-list', 'main', `^${name}`).trim().split('\n').filter(Boolean);
      const nonMerges = repo.git('rev-list', '--no-merges', 'main', `^${name}`).trim().split('\n').filter(Boolean);
      assert.equal(behind, listed.length, name);
      assert.deepEqual(since, nonMerges, name);
    }
  });

  it('gives up on a history git cannot walk (a commit the clone lacks), as past its limit', async () => {
    const damaged = FixtureRepo.init();
    try {
      damaged.write('a', '1\n').commit('one', A, '2026-01-01T00:00:00Z');
      const lost = damaged.write('a', '2\n').commit('two', A, '2026-01-02T00:00:00Z');
      damaged.write('a', '3\n').commit('three', A, '2026-01-03T00:00:00Z');
      damaged.removeObjects([lost]);
      assert.equal(await DefaultHistory.read(new GitRunner({ cwd: damaged.dir }), damaged.head()), undefined);
    } finally {
      damaged.dispose();
    }
  });

  it('gives up past its limit (git walks branch by branch then)', async () => {
    assert.equal(await DefaultHistory.read(new GitRunner({ cwd: repo.dir }), repo.head(), 3), undefined);
  });
});
