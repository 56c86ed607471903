// Listing history on a clone that lacks commit objects (src/core/git/readableCommits.ts).
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { childrenFirst, listReadableCommits } from '../../src/core/git/readableCommits';
import { GitRunner } from '../../src/core/git/gitRunner';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';

const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };

describe('listing commits around missing commit objects', function () {
  this.timeout(30_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((repo) => rmSync(repo.dir, { recursive: true, force: true })));

  /** main: m1 - m2 - m3 - merge(side) - m4; side (from m1): s1 - s2 - s3. */
  function merged(): { repo: FixtureRepo; c: Record<string, string> } {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const c: Record<string, string> = {};
    c.m1 = repo.write('a', '1\n').commit('m1', ALICE, '2026-01-01T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'side');
    c.s1 = repo.write('s', '1\n').commit('s1', ALICE, '2026-01-02T00:00:00Z');
    c.s2 = repo.write('s', '2\n').commit('s2', ALICE, '2026-01-03T00:00:00Z');
    c.s3 = repo.write('s', '3\n').commit('s3', ALICE, '2026-01-04T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    c.m2 = repo.write('a', '2\n').commit('m2', ALICE, '2026-01-05T00:00:00Z');
    c.m3 = repo.write('a', '3\n').commit('m3', ALICE, '2026-01-06T00:00:00Z');
    repo.git('-c', 'user.name=A', '-c', 'user.email=a@x', 'merge', '-q', '--no-ff', '-m', 'merge', 'side');
    c.merge = repo.git('rev-parse', 'HEAD').trim();
    c.m4 = repo.write('a', '4\n').commit('m4', ALICE, '2026-01-08T00:00:00Z');
    return { repo, c };
  }

  it('on a whole clone, lists what rev-list lists, in its order, with the parents', async () => {
    const { repo, c } = merged();
    const git = new GitRunner({ cwd: repo.dir });
    const listing = await listReadableCommits(git, ['HEAD'], { noMerges: true });
    assert.deepEqual(listing.commits, repo.git('rev-list', '--no-merges', 'HEAD').trim().split('\n'));
    assert.deepEqual(listing.missing, []);
    assert.deepEqual(listing.parents.get(c.merge as string), [c.m3, c.s3]);
  });

  it('walks around a missing commit: commits other lines reach are listed, those only behind it are not', async () => {
    const { repo, c } = merged();
    repo.removeObjects([c.s2 as string]);
    const git = new GitRunner({ cwd: repo.dir });
    const listing = await listReadableCommits(git, ['HEAD'], { noMerges: true });
    const names = (shas: readonly string[]) => shas.map((sha) => Object.keys(c).find((name) => c[name] === sha) ?? sha).sort();
    // s1 is behind s2 only; m1 is reached through the main line too.
    assert.deepEqual(names(listing.commits), ['m1', 'm2', 'm3', 'm4', 's3']);
    assert.deepEqual(listing.missing, [c.s2]);
    // Every commit once; a child before its parents.
    const order = [...childrenFirst(listing.parents)];
    assert.equal(new Set(order).size, order.length);
    assert.ok(order.indexOf(c.m4 as string) < order.indexOf(c.merge as string) && order.indexOf(c.merge as string) < order.indexOf(c.m1 as string));
  });

  it('with exclusions (an incremental read: ^old or old..new), lists only the new commits around a missing one', async () => {
    const { repo, c } = merged();
    repo.removeObjects([c.s2 as string]);
    const git = new GitRunner({ cwd: repo.dir });
    for (const range of [[c.m4 as string, `^${c.m3}`], [`${c.m3}..${c.m4}`]]) {
      const listing = await listReadableCommits(git, range, { noMerges: true });
      assert.deepEqual([...listing.commits].sort(), [c.m4, c.s3].sort(), range.join(' '));
      assert.deepEqual(listing.missing, [c.s2]);
    }
  });

  it('two missing commits on one line: the newer one is named; what lies behind it, the older one included, is out of reach', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const shas = [1, 2, 3, 4, 5, 6].map((i) => repo.write('a', `${i}\n`).commit(`c${i}`, ALICE, `2026-01-0${i}T00:00:00Z`));
    repo.removeObjects([shas[1] as string]);
    repo.removeObjects([shas[3] as string]);
    const listing = await listReadableCommits(new GitRunner({ cwd: repo.dir }), ['HEAD']);
    assert.deepEqual(listing.commits, [shas[5], shas[4]]);
    assert.deepEqual(listing.missing, [shas[3]]);
  });
});
