import * as assert from 'node:assert/strict';
import { GitError } from '../../src/core/git/gitRunner';
import { isUnreadableObjectError, isUnreadableObjectMessage } from '../../src/core/git/readableRefs';
import { failureReason } from '../../src/core/detect/runDetections';
import { branchNote, compareFindings, isReleaseLikeName, pendingFor, sharedRefs } from '../../src/core/detect/branches/detectBranches';
import { PatchFingerprint } from '../../src/core/detect/branches/landedChanges';
import { chooseDefaultBranch, nulRecords, withoutRemote, type BranchRef } from '../../src/core/detect/branches/refs';
import type { BranchFinding } from '../../src/core/detect/detectionTypes';

// The rules of branch detection that need no repository: reading git's records, choosing the default
// branch, shared lines, order, pending items, git's errors in plain words, and the squash fingerprint.

function ref(full: string, extra: Partial<BranchRef> = {}): BranchRef {
  const local = full.startsWith('refs/heads/');
  return {
    ref: full,
    name: full.slice(local ? 'refs/heads/'.length : 'refs/remotes/'.length),
    kind: local ? 'local' : 'remote',
    sha: 'a'.repeat(40),
    symref: '',
    upstream: '',
    committerTime: 0,
    subject: '',
    ...extra,
  };
}

describe('branch rules without a repository', () => {
  it('reads git records of NUL-ended fields, one record a line, and drops a partial record', () => {
    assert.deepEqual(nulRecords('a\0b\0\nc\0d\0\n', 2), [['a', 'b'], ['c', 'd']]);
    assert.deepEqual(nulRecords('a\0b\0\nc\0', 2), [['a', 'b'], ['c', '']], 'the last field may be empty');
    assert.deepEqual(nulRecords('a\0b\0\nc', 2), [['a', 'b']], 'a record cut short is not a record');
    assert.deepEqual(nulRecords('x\0sub\nject\0\n', 2), [['x', 'sub\nject']], 'only the newline before a record is dropped');
    assert.deepEqual(nulRecords('', 2), []);
    assert.deepEqual(nulRecords('a\nb\0c\0', 2), [['a\nb', 'c']], 'a newline inside a field stays');
    assert.deepEqual(nulRecords('\n\na\0b\0', 2), [['\na', 'b']], 'one newline, the one git writes');
  });

  it('chooses the default branch: origin/HEAD, then main, then master, then the setting; the shared copy before the local one', () => {
    const trunk = ref('refs/remotes/origin/trunk');
    const originMain = ref('refs/remotes/origin/main');
    const localMain = ref('refs/heads/main');
    const master = ref('refs/heads/master');
    const head = (target: string) => ref('refs/remotes/origin/HEAD', { symref: target });
    assert.equal(chooseDefaultBranch([localMain, originMain, trunk, head('refs/remotes/origin/trunk')]), trunk);
    assert.equal(chooseDefaultBranch([localMain, originMain, head('refs/remotes/origin/gone')]), originMain, 'origin/HEAD pointing nowhere');
    assert.equal(chooseDefaultBranch([localMain, ref('refs/remotes/origin/loop', { symref: 'x' }), head('refs/remotes/origin/loop')]), localMain, 'origin/HEAD pointing at another symbolic ref');
    assert.equal(chooseDefaultBranch([ref('refs/remotes/origin/HEAD'), localMain]), localMain, 'an origin/HEAD that is no symbolic ref');
    assert.equal(chooseDefaultBranch([localMain, originMain]), originMain);
    assert.equal(chooseDefaultBranch([localMain, master]), localMain);
    assert.equal(chooseDefaultBranch([master, ref('refs/heads/develop')], 'develop'), master, 'main and master come before the setting');
    assert.equal(chooseDefaultBranch([ref('refs/heads/main', { symref: 'refs/heads/x' }), master]), master, 'a symbolic main is no branch');
    const develop = ref('refs/heads/develop');
    const originDevelop = ref('refs/remotes/origin/develop');
    const upstreamDevelop = ref('refs/remotes/upstream/develop');
    assert.equal(chooseDefaultBranch([develop, originDevelop], ' develop '), originDevelop);
    assert.equal(chooseDefaultBranch([develop, upstreamDevelop], 'develop'), develop);
    assert.equal(chooseDefaultBranch([develop, upstreamDevelop], 'upstream/develop'), upstreamDevelop);
    assert.equal(chooseDefaultBranch([develop, originDevelop], 'refs/heads/develop'), develop, 'a full ref name is taken as it is');
    assert.equal(chooseDefaultBranch([develop], 'refs/remotes/origin/develop'), null);
    assert.equal(chooseDefaultBranch([develop], '  '), null);
    assert.equal(chooseDefaultBranch([develop]), null);
    assert.equal(chooseDefaultBranch([]), null);
  });

  it('names a branch without its remote, which is the first component only', () => {
    assert.equal(withoutRemote(ref('refs/remotes/origin/feature/x')), 'feature/x');
    assert.equal(withoutRemote(ref('refs/heads/feature/x')), 'feature/x');
    assert.equal(withoutRemote(ref('refs/heads/origin/x')), 'origin/x', 'a local branch named origin/x keeps its name');
  });

  it('tells release and maintenance lines by name', () => {
    const lines = ['release-3.3', 'release/1.x', 'releases/2', 'rel-1', 'rel', 'maint', 'maint-2.4', 'maintenance', 'stable', 'stable/2024', 'hotfix/x', 'hotfixes/y', 'lts', 'support/1', 'v2.1', '2.1', '1.2.x', 'v1.2.3', 'team/release_1', 'team/v3.0', 'RELEASE-1', 'Stable', 'v10.12', '2.10', '1.2.10'];
    for (const name of lines) assert.equal(isReleaseLikeName(name), true, name);
    const work = ['prerelease', 'feature/stable2', 'mystable', 'v2', 'feature/x', 'v2.1.3.4', '2.1-beta', 'releasing', 'feature/v2.1x', 'hotfixing', 'x-maint'];
    for (const name of work) assert.equal(isReleaseLikeName(name), false, name);
  });

  it('takes the branches every clone has: origin\'s, or the local ones when there is no origin', () => {
    const refs = [ref('refs/heads/a'), ref('refs/remotes/origin/a'), ref('refs/remotes/upstream/b'), ref('refs/remotes/originals/c')];
    assert.deepEqual(sharedRefs(refs).map((r) => r.ref), ['refs/remotes/origin/a']);
    assert.deepEqual(sharedRefs([ref('refs/heads/a'), ref('refs/remotes/upstream/b')]).map((r) => r.ref), ['refs/heads/a']);
    assert.deepEqual(sharedRefs([ref('refs/remotes/upstream/b')]), []);
    assert.deepEqual(sharedRefs([ref('refs/heads/origin/x'), ref('refs/heads/y')]).map((r) => r.ref), ['refs/heads/origin/x', 'refs/heads/y'], 'a local branch named origin/x is no remote');
  });

  it('orders findings: open first, then newest first, then by name in code-unit order', () => {
    const finding = (name: string, state: BranchFinding['state'], lastCommitDate: string): BranchFinding => ({ name, kind: 'local', ahead: 1, behind: 0, lastCommitDate, lastCommitSubject: '', stale: false, state, personShare: 1 });
    const list = [
      finding('b', 'merged-equivalent', '2026-03-01'),
      finding('a', 'open', '2026-01-01'),
      finding('c', 'open', '2026-02-01'),
      finding('a', 'open', '2026-02-01'),
      finding('B', 'open', '2026-02-01'),
      finding('z', 'merged-equivalent', '2026-04-01'),
    ];
    assert.deepEqual(
      [...list].sort(compareFindings).map((f) => `${f.state[0]}:${f.lastCommitDate}:${f.name}`),
      ['o:2026-02-01:B', 'o:2026-02-01:a', 'o:2026-02-01:c', 'o:2026-01-01:a', 'm:2026-04-01:z', 'm:2026-03-01:b'],
    );
    assert.equal(compareFindings(finding('a', 'open', '2026-01-01'), finding('a', 'open', '2026-01-01')), 0);
    assert.equal(compareFindings(finding('a', 'open', '2026-02-01'), finding('b', 'open', '2026-01-01')), -1);
    assert.equal(compareFindings(finding('a', 'open', '2026-01-01'), finding('b', 'open', '2026-02-01')), 1);
    assert.equal(compareFindings(finding('a', 'open', '2026-01-01'), finding('b', 'open', '2026-01-01')), -1);
    assert.equal(compareFindings(finding('b', 'open', '2026-01-01'), finding('a', 'open', '2026-01-01')), 1);
    assert.equal(compareFindings(finding('a', 'merged-equivalent', '2026-09-01'), finding('b', 'open', '2026-01-01')), 1);
  });

  it('finds the pending item naming a branch: a plain name names every copy, a remote or full name only that ref', () => {
    const local = ref('refs/heads/feature/x');
    const origin = ref('refs/remotes/origin/feature/x');
    const upstream = ref('refs/remotes/upstream/feature/x');
    const plain = [{ id: 'none' }, { id: 'blank', branch: '  ' }, { id: 'p', branch: ' feature/x ' }, { id: 'later', branch: 'feature/x' }];
    for (const branch of [local, origin, upstream]) assert.equal(pendingFor(branch, plain), 'p', branch.ref);
    const remoteOnly = [{ id: 'r', branch: 'origin/feature/x' }];
    assert.equal(pendingFor(origin, remoteOnly), 'r');
    assert.equal(pendingFor(local, remoteOnly), undefined);
    assert.equal(pendingFor(upstream, remoteOnly), undefined);
    const full = [{ id: 'f', branch: 'refs/heads/feature/x' }];
    assert.equal(pendingFor(local, full), 'f');
    assert.equal(pendingFor(origin, full), undefined);
    assert.equal(pendingFor(ref('refs/heads/x'), [{ id: 'other', branch: 'feature/x' }]), undefined);
    assert.equal(pendingFor(ref('refs/heads/origin/x'), [{ id: 'q', branch: 'x' }]), undefined, 'a local branch has no remote to leave out');
  });

  it('says git\'s errors about a branch as a note: no merge base and missing objects by name, else git\'s words', () => {
    assert.deepEqual(branchNote('x', 'fatal: no merge base found'), { key: 'note.branches.noMergeBase', params: { branch: 'x' } });
    for (const message of ['fatal: unable to read tree 1234', 'error: bad object 1234', 'fatal: missing blob 1234', 'fatal: missing tree 1234', 'fatal: missing object 1234', 'error: Could not read 1234', 'fatal: invalid object 1234', 'fatal: promisor remote failed']) {
      assert.deepEqual(branchNote('x', message), { key: 'note.branches.missingObjects', params: { branch: 'x' } }, message);
    }
    assert.deepEqual(branchNote('x', 'fatal: something odd\n'), { key: 'note.branches.unreadable', params: { branch: 'x', detail: 'something odd' } });
    assert.deepEqual(branchNote('x', 'Error: something odd').params, { branch: 'x', detail: 'something odd' });
    assert.deepEqual(branchNote('x', 'warning: fatal: x').params, { branch: 'x', detail: 'warning: fatal: x' }, 'only a leading fatal: or error: goes');
  });

  it('classifies an unreadable object as refs, history, ownership and the failure reason do: one definition', () => {
    // Messages git writes for an object a clone cannot read; each detector once had its own, narrower list.
    const unreadable = [
      'error: inflate: data stream error (incorrect header check)',
      'error: object file .git/objects/ab/cd is empty; fatal: loose object abcd (stored in .git/objects/ab/cd) is corrupt',
      'fatal: missing commit 1234',
      'fatal: lazy fetching disabled; some objects may not be available',
      'fatal: did not receive expected object 1234',
      'fatal: could not fetch 1234 from promisor remote',
      'fatal: invalid object type',
      "fatal: object '2ab19ae607aabda796309682e0448237aab03047' is not a blob!", // a combined diff (git log --cc) over a missing blob
    ];
    for (const message of unreadable) {
      assert.ok(isUnreadableObjectMessage(message), message);
      assert.ok(isUnreadableObjectError(new GitError('failed', message)), message);
      assert.deepEqual(branchNote('x', message), { key: 'note.branches.missingObjects', params: { branch: 'x' } }, message);
      assert.equal(failureReason(message), 'missingObjects', message);
    }
    for (const message of ['fatal: no merge base found', 'fatal: something odd', 'fatal: ambiguous argument', "fatal: path 'x' is not a blob in HEAD"]) {
      assert.equal(isUnreadableObjectMessage(message), false, message);
      assert.equal(failureReason(message), 'other', message);
    }
    assert.equal(isUnreadableObjectError(new GitError('timeout', 'fatal: unable to read 1234')), false, 'only a failure of git, not a timeout');
  });
});

describe('the squash fingerprint of a patch', () => {
  const print = (text: string) => {
    const fingerprint = new PatchFingerprint();
    for (const line of text.split('\n')) fingerprint.add(line);
    return fingerprint.digest();
  };
  const header = 'diff --git a/x b/x\nindex 111..222 100644\n--- a/x\n+++ b/x\n';

  it('is the change alone: not the ---/+++ header lines, hunk headers, context, or line endings', () => {
    const one = `${header}@@ -1,2 +1,2 @@\n-old\n+new\n@@ -9,2 +9,2 @@\n-old2\n+new2\n`;
    const merged = `${header}@@ -1,20 +1,20 @@\n-old\n+new\n ctx\n-old2\n+new2\n`;
    assert.equal(print(one), print(merged), 'hunks split differently');
    assert.equal(print(one), print(one.replace(/\n/g, '\r\n')), 'CRLF output');
    assert.equal(print(one), print(one.replace('--- a/x\n+++ b/x\n', '--- /dev/null\n+++ b/x\nsimilarity index 90%\n')), 'header lines repeat the diff line');
    assert.notEqual(print(one), print(one.replace('-old2', '-other')), 'a removed line');
    assert.notEqual(print(one), print(one.replace('\n-old2\n+new2', '\n+new2')), 'a removed line left out');
    assert.notEqual(print(one), print(`${one}\\ No newline at end of file\n`), 'the end-of-file marker');
    assert.notEqual(print(one), print(one.replace(/a\/x|b\/x/g, (m) => `${m}y`)), 'another file');
    assert.notEqual(print(one), print(one.replace('+new2', '+ne\rw2')), 'a carriage return inside a line counts');
    assert.notEqual(print(`${header}@@ -1 +1,2 @@\n-x\n+a\n+b\n`), print(`${header}@@ -1 +1 @@\n-x\n+a+b\n`), 'lines stay apart');
  });

  it('counts mode changes and created or deleted files', () => {
    const mode = (from: string, to: string) => `diff --git a/x b/x\nold mode ${from}\nnew mode ${to}\n`;
    assert.notEqual(print(mode('100644', '100755')), null);
    assert.notEqual(print(mode('100644', '100755')), print(mode('100755', '100644')));
    const created = `diff --git a/x b/x\nnew file mode 100644\nindex 000..111\n--- /dev/null\n+++ b/x\n@@ -0,0 +1 @@\n+a\n`;
    assert.notEqual(print(created), print(created.replace('new file mode 100644', 'new file mode 100755')));
    assert.notEqual(print(created), print(created.replace('new file mode 100644\n', '')));
    const deleted = `diff --git a/x b/x\ndeleted file mode 100644\nindex 111..000\n--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n`;
    assert.notEqual(print(deleted), print(deleted.replace('deleted file mode 100644\n', '')));
  });

  it('reads a new file section after a hunk, and ends a hunk at a line that is not a change', () => {
    const two = `${header}@@ -1 +1 @@\n-a\n+b\ndiff --git a/y b/y\nindex 3..4 100644\nBinary files a/y and b/y differ\n`;
    assert.notEqual(print(two), print(two.replace('index 3..4', 'index 3..5')), 'the second file\'s binary index counts');
    const binaryPatch = `diff --git a/y b/y\nindex 3..4 100644\nGIT binary patch\nliteral 5\n`;
    assert.notEqual(print(binaryPatch), print(binaryPatch.replace('index 3..4', 'index 3..5')));
    assert.notEqual(print(binaryPatch), null);
    // After a hunk, a line that is neither a change nor context ends it: a later "+" line is not a change.
    const ended = `${header}@@ -1 +1 @@\n-a\n+b\nrandom trailer\n+not a change\n`;
    assert.equal(print(ended), print(`${header}@@ -1 +1 @@\n-a\n+b\n`));
    const blank = `${header}@@ -1,3 +1,3 @@\n-a\n\n+b\n`;
    assert.equal(print(blank), print(`${header}@@ -1 +1 @@\n-a\n+b\n`), 'an empty line inside a hunk is context');
    assert.equal(print('index 1..2\n--- a/x\n'), null, 'nothing but headers is no change');
  });
});
