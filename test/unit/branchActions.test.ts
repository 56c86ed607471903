import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { branchHasFile, checkoutBranch, compareWithDefault, fileAtCommit, parseNameStatus, uncommittedChanges } from '../../src/core/git/branchActions';
import { GitRunner } from '../../src/core/git/gitRunner';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';

const ANA: Person = { name: 'Ana', email: 'ana@corp.example' };
const BO: Person = { name: 'Bo', email: 'bo@corp.example' };

/** main with three files; `feature/x` renames one, edits one, adds one, deletes one; main moves on. */
function buildRepo(): FixtureRepo {
  const repo = FixtureRepo.init();
  repo.write('keep.txt', 'keep\n').write('old-name.txt', 'a\nb\nc\nd\n').write('edit.txt', 'one\n').write('gone.txt', 'bye\n');
  repo.commit('start', ANA, '2026-01-01T10:00:00Z');
  repo.git('switch', '-q', '-c', 'feature/x');
  repo.git('mv', 'old-name.txt', 'new-name.txt');
  repo.write('edit.txt', 'two\n').write('dir with space/added.txt', 'new\n').remove('gone.txt');
  repo.commit('feature work', BO, '2026-01-02T10:00:00Z');
  repo.git('switch', '-q', 'main');
  repo.write('keep.txt', 'keep\nmore\n').commit('main moves on', ANA, '2026-01-03T10:00:00Z');
  return repo;
}

describe('branch actions: compare and check out', function () {
  this.timeout(20_000);
  let repo: FixtureRepo;
  let git: GitRunner;
  beforeEach(() => {
    repo = buildRepo();
    git = new GitRunner({ cwd: repo.dir });
  });
  afterEach(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('lists what the branch changes since it left the default branch, not what the default branch did since', async () => {
    const comparison = await compareWithDefault(git, { name: 'feature/x', kind: 'local' }, 'main');
    const files = [...comparison.files].sort((a, b) => a.path.localeCompare(b.path));
    assert.deepEqual(files, [
      { status: 'A', path: 'dir with space/added.txt' },
      { status: 'M', path: 'edit.txt' },
      { status: 'D', path: 'gone.txt' },
      { status: 'R', path: 'new-name.txt', previousPath: 'old-name.txt' },
    ]);
    assert.equal(await fileAtCommit(git, comparison.base, 'edit.txt'), 'one\n');
    assert.equal(await fileAtCommit(git, comparison.tip, 'edit.txt'), 'two\n');
    assert.equal(await fileAtCommit(git, comparison.base, 'dir with space/added.txt'), '', 'an added file is empty before');
    await assert.rejects(fileAtCommit(git, '--output=x', 'edit.txt'), /not a commit id/);
    assert.equal(await branchHasFile(git, { name: 'feature/x', kind: 'local' }, 'keep.txt'), true);
    assert.equal(await branchHasFile(git, { name: 'feature/x', kind: 'local' }, 'gone.txt'), false);
  });

  it('compares a remote-tracking branch and names a vanished branch in its error', async () => {
    repo.git('update-ref', 'refs/remotes/origin/feature/x', 'feature/x');
    repo.git('update-ref', 'refs/remotes/origin/main', 'main');
    const comparison = await compareWithDefault(git, { name: 'origin/feature/x', kind: 'remote' }, 'origin/main');
    assert.equal(comparison.files.length, 4);
    await assert.rejects(compareWithDefault(git, { name: 'feature/gone', kind: 'local' }, 'main'), /feature\/gone no longer exists/);
  });

  it('refuses to check out over uncommitted changes, and changes nothing', async () => {
    repo.write('keep.txt', 'edited but not committed\n');
    assert.deepEqual(await uncommittedChanges(git), ['keep.txt']);
    const outcome = await checkoutBranch(git, { name: 'feature/x', kind: 'local' });
    assert.deepEqual(outcome, { kind: 'dirty', paths: ['keep.txt'] });
    assert.equal(repo.git('branch', '--show-current').trim(), 'main');
  });

  it('checks out a local branch; an untracked file does not block it', async () => {
    repo.write('notes.local', 'untracked\n');
    const outcome = await checkoutBranch(git, { name: 'feature/x', kind: 'local' });
    assert.deepEqual(outcome, { kind: 'checked-out', localBranch: 'feature/x', created: false });
    assert.equal(repo.git('branch', '--show-current').trim(), 'feature/x');
  });

  it('creates a tracking branch for a remote-tracking one, unless a local one of that name exists', async () => {
    repo.git('remote', 'add', 'origin', 'https://git.example.invalid/ops.git');
    repo.git('update-ref', 'refs/remotes/origin/feature/y', 'feature/x');
    const created = await checkoutBranch(git, { name: 'origin/feature/y', kind: 'remote' });
    assert.deepEqual(created, { kind: 'checked-out', localBranch: 'feature/y', created: true });
    assert.equal(repo.git('branch', '--show-current').trim(), 'feature/y');
    assert.equal(repo.git('rev-parse', '--abbrev-ref', 'feature/y@{upstream}').trim(), 'origin/feature/y');

    repo.git('switch', '-q', 'main');
    repo.git('update-ref', 'refs/remotes/origin/feature/x', 'feature/x');
    const exists = await checkoutBranch(git, { name: 'origin/feature/x', kind: 'remote' });
    assert.deepEqual(exists, { kind: 'local-exists', localBranch: 'feature/x' });
    assert.equal(repo.git('branch', '--show-current').trim(), 'main');
  });
});

describe('git diff --name-status -z parsing', () => {
  it('reads renames and copies as two paths, and paths with any character', () => {
    const out = ['M', 'a.txt', 'R087', 'old\tname', 'new\nname', 'C100', 'x', 'y', 'D', '-rf', ''].join('\0');
    assert.deepEqual(parseNameStatus(out), [
      { status: 'M', path: 'a.txt' },
      { status: 'R', path: 'new\nname', previousPath: 'old\tname' },
      { status: 'C', path: 'y', previousPath: 'x' },
      { status: 'D', path: '-rf' },
    ]);
    assert.deepEqual(parseNameStatus(''), []);
  });
});
