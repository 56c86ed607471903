import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { landedAsSquash } from '../../src/core/detect/branches/landedChanges';
import { checkoutBranch, commitChanges, uncommittedChanges } from '../../src/core/git/branchActions';
import { GitRunner } from '../../src/core/git/gitRunner';
import { readHead, readRepositoryFacts } from '../../src/core/git/repositoryInfo';
import { FixtureRepo, ISOLATED_ENV } from '../fixtures/fixtureRepo';

const ALICE = { name: 'Alice', email: 'alice@example.com' };

interface Trap {
  /** What the repository configures to run a command. */
  name: string;
  /** Sets the trap in `repo`; the command it runs creates `canary`. */
  arm(repo: FixtureRepo, canary: string): void;
  /** Plain git doing what fires the trap (the positive control: the trap is real). */
  plainGit(repo: FixtureRepo): void;
  /** The product's own code doing the same kind of thing. */
  product(git: GitRunner, repo: FixtureRepo): Promise<unknown>;
}

/** Plain git with the fixture's isolated environment (no user or system config), as a user would run it. */
function plainGit(repo: FixtureRepo, ...args: string[]): void {
  execFileSync('git', args, { cwd: repo.dir, env: { ...process.env, ...ISOLATED_ENV }, stdio: 'ignore' });
}

/** main: a.txt; feature/x: a.txt changed. HEAD on main. Returns the two commits. */
function twoBranches(repo: FixtureRepo): { main: string; feature: string } {
  repo.write('a.txt', 'a\n');
  const main = repo.commit('first', ALICE, '2026-01-01T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'feature/x');
  repo.write('a.txt', 'a\nb\n');
  const feature = repo.commit('second', ALICE, '2026-01-02T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  return { main, feature };
}

const hook = (canary: string) => `#!/bin/sh\ntouch '${canary}'\n`;

const TRAPS: Trap[] = [
  {
    name: 'core.fsmonitor',
    arm: (repo, canary) => repo.git('config', 'core.fsmonitor', `touch '${canary}'; false`),
    plainGit: (repo) => plainGit(repo, 'status', '--porcelain'),
    product: async (git) => {
      await uncommittedChanges(git);
      await readHead(git);
    },
  },
  {
    name: 'core.hooksPath (post-checkout hook)',
    arm: (repo, canary) => {
      repo.write('.evil-hooks/post-checkout', hook(canary));
      chmodSync(join(repo.dir, '.evil-hooks/post-checkout'), 0o755);
      repo.git('config', 'core.hooksPath', '.evil-hooks');
    },
    plainGit: (repo) => {
      plainGit(repo, 'switch', '-q', 'feature/x');
      plainGit(repo, 'switch', '-q', 'main');
    },
    product: (git) => checkoutBranch(git, { name: 'feature/x', kind: 'local' }),
  },
  {
    name: 'a hook in .git/hooks (post-checkout)',
    arm: (repo, canary) => {
      repo.write('.git/hooks/post-checkout', hook(canary));
      chmodSync(join(repo.dir, '.git/hooks/post-checkout'), 0o755);
    },
    plainGit: (repo) => {
      plainGit(repo, 'switch', '-q', 'feature/x');
      plainGit(repo, 'switch', '-q', 'main');
    },
    product: (git) => checkoutBranch(git, { name: 'feature/x', kind: 'local' }),
  },
  {
    name: 'diff.external',
    arm: (repo, canary) => repo.git('config', 'diff.external', `sh -c "touch '${canary}'"`),
    plainGit: (repo) => plainGit(repo, 'diff', 'main', 'feature/x'),
    product: async (git, repo) => {
      await commitChanges(git, repo.git('rev-parse', 'feature/x').trim());
      await landedAsSquash(git, repo.git('rev-parse', 'main').trim(), repo.git('rev-parse', 'feature/x').trim());
    },
  },
  {
    name: 'a textconv diff driver (.gitattributes)',
    arm: (repo, canary) => {
      repo.write('.git/info/attributes', '*.txt diff=evil\n');
      repo.git('config', 'diff.evil.textconv', `sh -c 'touch "${canary}"; cat "$0"'`);
    },
    plainGit: (repo) => plainGit(repo, 'log', '-p', 'feature/x'),
    product: async (git, repo) => {
      await landedAsSquash(git, repo.git('rev-parse', 'main').trim(), repo.git('rev-parse', 'feature/x').trim());
      await commitChanges(git, repo.git('rev-parse', 'feature/x').trim());
    },
  },
  {
    name: 'a credential helper',
    arm: (repo, canary) => {
      repo.git('config', 'credential.helper', `!touch '${canary}'`);
      repo.git('remote', 'add', 'origin', 'https://git.invalid/x.git');
    },
    plainGit: (repo) => {
      try {
        execFileSync('git', ['credential', 'fill'], { cwd: repo.dir, env: { ...process.env, ...ISOLATED_ENV }, input: 'protocol=https\nhost=git.invalid\n\n', stdio: ['pipe', 'ignore', 'ignore'] });
      } catch {
        // git asks the helper first, then fails without a terminal.
      }
    },
    product: (git, repo) => readRepositoryFacts(git, repo.dir),
  },
];

describe('commands a repository configures never run (canary, with positive controls)', function () {
  this.timeout(60_000);
  let outside: string;
  before(() => {
    outside = mkdtempSync(join(tmpdir(), 'handover-canary-'));
  });
  after(() => rmSync(outside, { recursive: true, force: true }));

  for (const [index, trap] of TRAPS.entries()) {
    it(`${trap.name}: fires for plain git, never for Handover`, async () => {
      const control = FixtureRepo.init({ branch: 'main' });
      const repo = FixtureRepo.init({ branch: 'main' });
      const controlCanary = join(outside, `control-${index}`);
      const canary = join(outside, `product-${index}`);
      try {
        twoBranches(control);
        trap.arm(control, controlCanary);
        trap.plainGit(control);
        assert.equal(existsSync(controlCanary), true, 'plain git did not fire the trap: this test could not fail');

        twoBranches(repo);
        trap.arm(repo, canary);
        await trap.product(new GitRunner({ cwd: repo.dir }), repo);
        assert.equal(existsSync(canary), false, `Handover ran a command configured by ${trap.name}`);
      } finally {
        control.dispose();
        repo.dispose();
      }
    });
  }
});
