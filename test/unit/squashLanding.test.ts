import * as assert from 'node:assert/strict';
import { landedAsSquash } from '../../src/core/detect/branches/landedChanges';
import { GitRunner } from '../../src/core/git/gitRunner';
import { COLLEAGUE, LEAVER } from '../fixtures/branchRepos';
import { FixtureRepo } from '../fixtures/fixtureRepo';

const BASE = 'alpha\nbeta\ngamma\ndelta\n';

/**
 * main has config.txt = BASE; feature/y replaces `beta` with `BETA` and drops `delta`. Then main gets
 * one commit whose config.txt is `mainText`: the question is whether that commit is the branch's
 * change squashed in.
 */
async function landed(mainText: string): Promise<boolean> {
  const repo = FixtureRepo.init({ branch: 'main' });
  try {
    repo.write('config.txt', BASE);
    repo.commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
    repo.git('checkout', '-q', '-b', 'feature/y');
    repo.write('config.txt', 'alpha\nBETA\ngamma\n');
    repo.commit('Feature y', LEAVER, '2026-02-01T10:00:00Z');
    const branch = repo.head();
    repo.git('checkout', '-q', 'main');
    repo.write('config.txt', mainText);
    repo.commit('On main', COLLEAGUE, '2026-03-01T10:00:00Z');
    return (await landedAsSquash(new GitRunner({ cwd: repo.dir }), repo.head(), branch)) === 'landed';
  } finally {
    repo.dispose();
  }
}

describe('a branch squash-merged into the default branch', function () {
  this.timeout(30_000);

  it('counts as landed when one commit on main makes exactly its change', async () => {
    assert.equal(await landed('alpha\nBETA\ngamma\n'), true);
  });

  it('does not count as landed when main adds the same lines but keeps the lines the branch removed', async () => {
    assert.equal(await landed('alpha\nbeta\nBETA\ngamma\ndelta\n'), false, 'beta and delta are still there');
    assert.equal(await landed('alpha\nBETA\ngamma\ndelta\n'), false, 'delta is still there');
  });

  it('does not count as landed when main removes the same lines but adds something else', async () => {
    assert.equal(await landed('alpha\nBeta\ngamma\n'), false);
  });
});
