// The editor's "no work tree here" decision: a bare repository (or a clone's .git opened directly) is
// told apart from a work tree and from a folder that merely has files of those names.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGitDataFolder } from '../../src/core/git/bareFolder';
import { FixtureRepo } from '../fixtures/fixtureRepo';

describe('isGitDataFolder (the extension offers no HANDOVER.yaml in a bare repository)', function () {
  this.timeout(30_000);
  let repo: FixtureRepo;
  let scratch: string;
  before(() => {
    repo = FixtureRepo.init();
    repo.write('README.md', 'hello\n').commit('first', { name: 'Alice', email: 'alice@example.com' }, '2026-01-01T00:00:00Z');
    scratch = mkdtempSync(join(tmpdir(), 'handover-bare-folder-'));
  });
  after(() => {
    repo.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('is true for a bare clone (a symbolic HEAD) and a mirror whose HEAD is detached (an object id)', async () => {
    const bare = join(scratch, 'mirror.git');
    repo.git('clone', '-q', '--bare', repo.dir, bare);
    assert.equal(await isGitDataFolder(bare), true);
    const detached = join(scratch, 'detached.git');
    repo.git('clone', '-q', '--bare', repo.dir, detached);
    writeFileSync(join(detached, 'HEAD'), `${repo.head()}\n`);
    assert.equal(await isGitDataFolder(detached), true);
  });

  it("is true for a clone's .git folder opened on its own, false for the clone's work tree", async () => {
    assert.equal(await isGitDataFolder(join(repo.dir, '.git')), true);
    assert.equal(await isGitDataFolder(repo.dir), false);
  });

  it('is false for a plain folder, one missing refs/, one whose HEAD is not a ref, and one that also has .git', async () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain);
    assert.equal(await isGitDataFolder(plain), false);
    const lookalike = join(scratch, 'lookalike');
    mkdirSync(join(lookalike, 'objects'), { recursive: true });
    writeFileSync(join(lookalike, 'HEAD'), 'ref: refs/heads/main\n');
    assert.equal(await isGitDataFolder(lookalike), false, 'no refs/');
    mkdirSync(join(lookalike, 'refs'));
    assert.equal(await isGitDataFolder(lookalike), true, 'HEAD, objects/ and refs/: what git itself takes for a repository');
    writeFileSync(join(lookalike, 'HEAD'), 'the head of the project: Alice\n');
    assert.equal(await isGitDataFolder(lookalike), false, 'a HEAD file that is not a ref');
    writeFileSync(join(lookalike, 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(lookalike, '.git'), 'gitdir: /elsewhere\n');
    assert.equal(await isGitDataFolder(lookalike), false, 'a work tree (its .git a gitfile) that happens to hold such files');
    assert.equal(await isGitDataFolder(join(scratch, 'absent')), false);
  });
});
