import * as assert from 'node:assert/strict';
import { landedAsSquash, MAX_SQUASH_PATHS } from '../../src/core/detect/branches/landedChanges';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
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

describe('a squash-merged branch that changes a file named by its hash', function () {
  this.timeout(30_000);

  it('reads the file name as a path, not as a commit in git log', async () => {
    // Content-addressed files (a cache, a store of artifacts) are named by their SHA-256: 64 hex digits.
    const named = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    const repo = FixtureRepo.init({ branch: 'main' });
    try {
      repo.write('config.txt', BASE);
      repo.commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
      repo.git('checkout', '-q', '-b', 'feature/y');
      repo.write(named, 'artifact\n');
      repo.write('config.txt', 'alpha\nBETA\ngamma\n');
      repo.commit('Feature y', LEAVER, '2026-02-01T10:00:00Z');
      const branch = repo.head();
      repo.git('checkout', '-q', 'main');
      repo.write(named, 'artifact\n');
      repo.write('config.txt', 'alpha\nBETA\ngamma\n');
      repo.commit('Squashed feature y', COLLEAGUE, '2026-03-01T10:00:00Z');
      assert.equal(await landedAsSquash(new GitRunner({ cwd: repo.dir }), repo.head(), branch), 'landed');
    } finally {
      repo.dispose();
    }
  });
});

describe('the squash comparison: its file limit and cancelling', function () {
  this.timeout(60_000);

  /** A branch changing `files` files, squash-merged into main in one commit; returns the repository, main's tip and the branch's. */
  function squashed(files: number, merge = true): { repo: FixtureRepo; main: string; branch: string } {
    const repo = FixtureRepo.init({ branch: 'main' });
    repo.write('config.txt', BASE);
    repo.commit('Start', COLLEAGUE, '2026-01-05T09:00:00Z');
    repo.git('checkout', '-q', '-b', 'feature/y');
    for (let i = 0; i < files; i++) repo.write(`f/${i}.txt`, `file ${i}\n`);
    repo.commit('Feature y', LEAVER, '2026-02-01T10:00:00Z');
    const branch = repo.head();
    repo.git('checkout', '-q', 'main');
    repo.write('other.txt', 'unrelated\n');
    repo.commit('Unrelated', COLLEAGUE, '2026-02-15T10:00:00Z');
    if (merge) {
      for (let i = 0; i < files; i++) repo.write(`f/${i}.txt`, `file ${i}\n`);
      repo.commit('Squashed feature y', COLLEAGUE, '2026-03-01T10:00:00Z');
    }
    return { repo, main: repo.head(), branch };
  }

  it(`compares a branch of up to ${MAX_SQUASH_PATHS} changed files, and no more`, async () => {
    const at = squashed(MAX_SQUASH_PATHS);
    try {
      assert.equal(await landedAsSquash(new GitRunner({ cwd: at.repo.dir }), at.main, at.branch), 'landed');
    } finally {
      at.repo.dispose();
    }
    const over = squashed(MAX_SQUASH_PATHS + 1);
    try {
      assert.equal(await landedAsSquash(new GitRunner({ cwd: over.repo.dir }), over.main, over.branch), 'too-many-files');
    } finally {
      over.repo.dispose();
    }
  });

  it('stops when cancelled, during the walk of main and before diffing the candidates', async () => {
    const open = squashed(2, false);
    try {
      const cancelled = new AbortController();
      cancelled.abort();
      // Cancelled before: the walk of main stops at once (here it would find no candidate).
      await assert.rejects(landedAsSquash(new GitRunner({ cwd: open.repo.dir }), open.main, open.branch, cancelled.signal), (err) => err instanceof GitError && err.kind === 'aborted');
    } finally {
      open.repo.dispose();
    }
    const at = squashed(2);
    try {
      // Cancelled once the walk found the squash commit: no candidate is diffed.
      const later = new AbortController();
      class CancelAfterWalk extends GitRunner {
        override stream(args: readonly string[], separator?: string): AsyncGenerator<string, void, undefined> {
          if (args[0] === 'diff') later.abort();
          return super.stream(args, separator);
        }
      }
      await assert.rejects(landedAsSquash(new CancelAfterWalk({ cwd: at.repo.dir }), at.main, at.branch, later.signal), (err) => err instanceof GitError && err.kind === 'aborted');
    } finally {
      at.repo.dispose();
    }
  });
});
