// Reading blobs through the runner: many by id (the mention search), one capped by size (HANDOVER.yaml
// of a bare repository's commit, .gitattributes for credential contexts).
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readLinguistAttributes } from '../../src/core/detect/credentials/pathContext';
import { readBlobs, type BlobResult } from '../../src/core/detect/mentions/blobReader';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
import { readBlobCapped } from '../../src/core/git/readBlobCapped';
import { readHandoverAtCommit } from '../../src/core/handover/handoverAtCommit';
import { MAX_FILE_BYTES } from '../../src/core/handover/handoverParser';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { MINIMAL, t, tempDir } from './helpers';

const ALICE = { name: 'Alice', email: 'alice@example.com' };

/** git's id of a blob, from git's documented object format (not asked of git). */
function blobId(content: Buffer): string {
  return createHash('sha1').update(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content])).digest('hex');
}

const isGitError = (kind: string, message?: RegExp) => (err: unknown) => err instanceof GitError && err.kind === kind && (!message || message.test(err.message));

describe('reading blobs through the git runner', function () {
  this.timeout(60_000);
  const files = {
    text: Buffer.from('owner: alice\nmail: alice@example.com\n'),
    empty: Buffer.alloc(0),
    // Looks like cat-file's own framing, and ends without a newline.
    framingLike: Buffer.from(`${'a'.repeat(40)} blob 3\nabc\n${'b'.repeat(40)} missing`),
    latin1: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    binary: Buffer.from([0x00, 0x01, 0x0a, 0xff, 0x00]),
  };
  let repo: FixtureRepo;
  before(() => {
    repo = FixtureRepo.init();
    for (const [name, content] of Object.entries(files)) repo.write(`f/${name}`, content);
    repo.write('.gitattributes', '*.min.js linguist-vendored\n');
    repo.write('docs/.gitattributes', `${'# padding\n'.repeat(26_215)}*.txt linguist-documentation\n`); // over 256 KiB
    repo.write('big/.gitattributes', '*.md linguist-vendored\n');
    repo.commit('files', ALICE, '2026-01-01T00:00:00Z');
  });
  after(() => repo.dispose());

  describe('readBlobs (the mention search)', () => {
    it('hands over each blob in the order asked, decoded as UTF-8, an absent one as missing', async () => {
      const absent = blobId(Buffer.from('never committed\n'));
      const ids = [blobId(files.text), blobId(files.empty), absent, blobId(files.framingLike), blobId(files.latin1)];
      const got: BlobResult[] = [];
      await readBlobs(new GitRunner({ cwd: repo.dir }), ids, (blob) => void got.push(blob));
      assert.deepEqual(got, [
        { id: ids[0], text: files.text.toString('utf8') },
        { id: ids[1], text: '' },
        { id: absent, missing: true },
        { id: ids[3], text: files.framingLike.toString('utf8') },
        { id: ids[4], text: 'caf\uFFFD\n' },
      ]);
    });

    it('fails with the runner\'s error kinds: not a repository, cancelled', async () => {
      const plain = tempDir();
      try {
        await assert.rejects(readBlobs(new GitRunner({ cwd: plain.dir }), [blobId(files.text)], () => undefined), isGitError('not-repository'));
      } finally {
        plain.dispose();
      }
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(readBlobs(new GitRunner({ cwd: repo.dir, signal: controller.signal }), [blobId(files.text)], () => undefined, controller.signal), isGitError('aborted'));
    });
  });

  describe('readBlobCapped (one blob, not read past a size)', () => {
    const git = () => new GitRunner({ cwd: repo.dir });

    it('reads a blob byte for byte, by path at a revision or by id, up to and including the limit', async () => {
      for (const content of Object.values(files)) {
        assert.deepEqual(await readBlobCapped(git(), blobId(content), content.length), { kind: 'read', bytes: content });
      }
      assert.deepEqual(await readBlobCapped(git(), 'HEAD:f/binary', 5), { kind: 'read', bytes: files.binary });
    });

    it('does not read a blob one byte over the limit, and says its size', async () => {
      assert.deepEqual(await readBlobCapped(git(), 'HEAD:f/text', files.text.length - 1), { kind: 'tooLarge', size: files.text.length });
      assert.deepEqual(await readBlobCapped(git(), 'HEAD:f/empty', 0), { kind: 'read', bytes: Buffer.alloc(0) });
    });

    it('says absent for a path, revision or id that names no object', async () => {
      for (const spec of ['HEAD:f/none', 'no-such-branch:f/text', blobId(Buffer.from('never committed\n'))]) assert.deepEqual(await readBlobCapped(git(), spec, 1000), { kind: 'absent' }, spec);
    });

    it('fails naming the spec for a folder, and refuses a name git cannot be given', async () => {
      await assert.rejects(readBlobCapped(git(), 'HEAD:f', 1_000_000), isGitError('failed', /^HEAD:f is a tree, not a file$/));
      await assert.rejects(readBlobCapped(git(), 'HEAD:f/text\nHEAD:f/binary', 1000), RangeError);
      const plain = tempDir();
      try {
        await assert.rejects(readBlobCapped(new GitRunner({ cwd: plain.dir }), 'HEAD:HANDOVER.yaml', 1000), isGitError('not-repository', /^HEAD:HANDOVER\.yaml: /));
      } finally {
        plain.dispose();
      }
    });
  });

  describe('its two callers', () => {
    it('HANDOVER.yaml at a commit: absent, too large, not UTF-8 (where), a folder (named), and a valid one', async () => {
      const local = FixtureRepo.init();
      try {
        const git = new GitRunner({ cwd: local.dir });
        const at = (revision: string) => readHandoverAtCommit(git, local.dir, revision, { t });
        const none = local.write('README', 'x\n').commit('no checklist', ALICE, '2026-01-01T00:00:00Z');
        assert.equal(await at(none), undefined);
        const large = local.write('HANDOVER.yaml', `${MINIMAL}#${'x'.repeat(MAX_FILE_BYTES - MINIMAL.length)}\n`).commit('large', ALICE, '2026-01-02T00:00:00Z');
        const tooLarge = await at(large);
        assert.deepEqual(tooLarge?.diagnostics.map((d) => d.code), ['read.tooLarge']);
        assert.match(tooLarge?.diagnostics[0]?.message ?? '', /10\.0/);
        const latin1 = local.write('HANDOVER.yaml', Buffer.concat([Buffer.from(`${MINIMAL}# caf`), Buffer.from([0xe9]), Buffer.from('\n')])).commit('latin1', ALICE, '2026-01-03T00:00:00Z');
        const notUtf8 = await at(latin1);
        assert.deepEqual(notUtf8?.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.col]), [['read.notUtf8', MINIMAL.split('\n').length, 6]]);
        assert.match(notUtf8?.diagnostics[0]?.message ?? '', /E9/);
        const valid = local.write('HANDOVER.yaml', MINIMAL).commit('valid', ALICE, '2026-01-04T00:00:00Z');
        const loaded = await at(valid);
        assert.deepEqual(loaded?.diagnostics, []);
        assert.equal(loaded?.handover?.project, 'demo');
        local.remove('HANDOVER.yaml');
        const folder = local.write('HANDOVER.yaml/inside', 'x\n').commit('a folder', ALICE, '2026-01-05T00:00:00Z');
        await assert.rejects(at(folder), isGitError('failed', new RegExp(`^${folder}:HANDOVER\\.yaml is a tree, not a file$`)));
      } finally {
        local.dispose();
      }
    });

    it('.gitattributes: every file up to 256 KiB read from the commit, a larger one skipped', async () => {
      const attributes = await readLinguistAttributes(new GitRunner({ cwd: repo.dir }), repo.head());
      assert.equal(attributes('lib/app.min.js'), 'vendored');
      assert.equal(attributes('big/notes.md'), 'vendored');
      assert.equal(attributes('docs/guide.txt'), undefined, 'docs/.gitattributes is over the limit');
    });
  });
});
