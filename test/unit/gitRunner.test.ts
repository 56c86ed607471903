import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { GitError, GitRunner } from '../../src/core/git/gitRunner';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { tempDir } from './helpers';

const ALICE = { name: 'Alice', email: 'alice@example.com' };

/** git's id of a blob, computed here from git's documented object format. */
function blobId(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])).digest('hex');
}

async function collect(fields: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const field of fields) out.push(field);
  return out;
}

const isKind = (kind: string) => (err: unknown) => err instanceof GitError && err.kind === kind;

describe('the git runner: one way to run git', function () {
  this.timeout(20_000);
  let repo: FixtureRepo;
  before(() => {
    repo = FixtureRepo.init();
    repo.write('a.txt', 'a\n');
    repo.commit('first', ALICE, '2026-01-01T00:00:00Z');
  });
  after(() => repo.dispose());

  it('streams with standard input, small or larger than one write', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    assert.deepEqual(await collect(git.stream(['hash-object', '--stdin'], '\n', { input: ['hello\n'] })), [blobId('hello\n')]);
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}\n`);
    assert.deepEqual(await collect(git.stream(['hash-object', '--stdin'], '\n', { input: lines })), [blobId(lines.join(''))]);
    const shas = await collect(git.stream(['cat-file', '--batch-check=%(objecttype)'], '\n', { input: ['HEAD\n', 'HEAD^{tree}\n', 'nope\n'] }));
    assert.deepEqual(shas, ['commit', 'tree', 'nope missing']);
  });

  it('gives a command without input an empty standard input', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    assert.deepEqual(await collect(git.stream(['hash-object', '--stdin'], '\n')), [blobId('')]);
  });

  it('stops a streamed command that stays silent longer than the idle timeout, as a timeout', async () => {
    const git = new GitRunner({ cwd: repo.dir, idleTimeoutMs: 300 });
    const started = Date.now();
    await assert.rejects(collect(git.stream(['-c', 'alias.quiet=!sleep 5', 'quiet'])), isKind('timeout'));
    assert.ok(Date.now() - started < 4000, `stopped after ${Date.now() - started} ms`);
  });

  it('counts only the time spent waiting for git, not the time the caller takes with a field', async () => {
    const git = new GitRunner({ cwd: repo.dir, idleTimeoutMs: 200 });
    const fields: string[] = [];
    for await (const field of git.stream(['log', '--format=%s%x00%an', 'HEAD'])) {
      fields.push(field.trim());
      await new Promise((done) => setTimeout(done, 300));
    }
    assert.deepEqual(fields, ['first', 'Alice']);
  });

  it('readChunks pauses while onChunk\'s promise is pending: no piece, no end and no idle timeout meanwhile, order kept; reading ahead or not', async () => {
    for (const readAhead of [0, 1024]) {
      const git = new GitRunner({ cwd: repo.dir, idleTimeoutMs: 200 });
      const lines = Array.from({ length: 5_000 }, (_, i) => `line ${i} ${'y'.repeat(40)}\n`);
      const events: string[] = [];
      let pending = false;
      let pieces = 0;
      const got: Buffer[] = [];
      await git.readChunks(
        ['cat-file', '--batch-check=%(rest)'],
        (chunk) => {
          assert.ok(!pending, 'a piece came while the previous one was still being handled');
          got.push(chunk);
          pieces++;
          if (pieces > 3) return undefined;
          pending = true;
          events.push(`pause ${pieces}`);
          // Longer than the idle timeout: the wait is the reader's, not git's.
          return new Promise<void>((done) =>
            setTimeout(() => {
              pending = false;
              events.push(`resume ${pieces}`);
              done();
            }, 300),
          );
        },
        { input: lines.map((line) => `HEAD ${line}`), readAhead },
      );
      events.push('ended');
      assert.deepEqual(events.slice(0, 2), ['pause 1', 'resume 1']);
      assert.equal(events[events.length - 1], 'ended');
      assert.ok(!events.slice(0, -1).includes('ended'));
      const text = Buffer.concat(got).toString('utf8');
      assert.equal(text.split('\n').filter((l) => l.startsWith('line ')).length, lines.length, `every piece handed on, in order (readAhead ${readAhead})`);
      assert.ok(text.indexOf('line 4999 ') > text.indexOf('line 0 '));
    }
  });

  it('readChunks with readAhead lets git write on while a slow reader works, and hands on every piece in order', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    const expected = Array.from({ length: 30_000 }, (_, i) => `line ${i + 1} ${'z'.repeat(60)}\n`).join('');
    // A command that writes 2 MB at once (an alias, so it runs as git would) and marks when it has written its last byte.
    const done = `${repo.dir}/.git/emitted`;
    const emit = ['-c', `alias.emit=!seq -f 'line %g ${'z'.repeat(60)}' 1 30000 && touch '${done}'`, 'emit'];
    const readWith = async (readAhead: number): Promise<{ text: string; handledWhenDone: number }> => {
      rmSync(done, { force: true });
      let handled = 0;
      let handledWhenDone = -1;
      const got: Buffer[] = [];
      await git.readChunks(
        emit,
        (chunk) => {
          if (handledWhenDone < 0 && existsSync(done)) handledWhenDone = handled;
          got.push(chunk);
          // A reader slower than git: 10 ms for each piece.
          const until = Date.now() + 10;
          while (Date.now() < until);
          handled += chunk.length;
        },
        { readAhead },
      );
      return { text: Buffer.concat(got).toString('utf8'), handledWhenDone: handledWhenDone < 0 ? handled : handledWhenDone };
    };
    const ahead = await readWith(16 * 1024 * 1024);
    assert.equal(ahead.text, expected, 'every piece, in order');
    assert.ok(ahead.handledWhenDone < expected.length / 2, `git finished when the reader had handled ${ahead.handledWhenDone} of ${expected.length} bytes`);
    // Without it git is at most a pipe ahead: it finishes near the end of the reading.
    const inStep = await readWith(0);
    assert.equal(inStep.text, expected);
    assert.ok(inStep.handledWhenDone > expected.length / 2, `without read-ahead git finished when ${inStep.handledWhenDone} of ${expected.length} bytes were handled`);
  });

  it('readChunks with readAhead stops on a failing reader: no piece after the failure', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    const lines = Array.from({ length: 5_000 }, (_, i) => `HEAD line ${i} ${'y'.repeat(40)}\n`);
    let calls = 0;
    await assert.rejects(
      git.readChunks(['cat-file', '--batch-check=%(rest)'], () => {
        if (++calls === 2) throw new Error('reader failed');
      }, { input: lines, readAhead: 1024 }),
      /reader failed/,
    );
    assert.equal(calls, 2, 'no piece after the failure');
  });

  it('readChunks stops git when its stop signal is aborted, and rejects', async () => {
    const git = new GitRunner({ cwd: repo.dir });
    const stop = new AbortController();
    const lines = Array.from({ length: 20_000 }, () => 'HEAD\n');
    let pieces = 0;
    await assert.rejects(
      git.readChunks(['cat-file', '--batch-check'], () => {
        if (++pieces === 1) stop.abort();
      }, { input: lines, stop: stop.signal }),
      isKind('failed'),
    );
    assert.ok(pieces >= 1);
  });

  it('classifies failures the same way for run and stream', async () => {
    const plain = tempDir();
    try {
      await assert.rejects(new GitRunner({ cwd: plain.dir }).run(['log']), isKind('not-repository'));
      await assert.rejects(collect(new GitRunner({ cwd: plain.dir }).stream(['log'])), isKind('not-repository'));
      await assert.rejects(collect(new GitRunner({ cwd: plain.dir }).stream(['check-attr', '--stdin', '-z', 'x'], '\0', { input: ['a\0'] })), isKind('not-repository'));
    } finally {
      plain.dispose();
    }
    const git = new GitRunner({ cwd: repo.dir });
    await assert.rejects(collect(git.stream(['log', 'no-such-branch', '--'])), (err: unknown) => err instanceof GitError && err.kind === 'failed' && !err.message.includes('\n'));
    // No message from git: the exit code is the message.
    await assert.rejects(collect(git.stream(['grep', '-q', 'no such text anywhere'])), (err: unknown) => err instanceof GitError && err.kind === 'failed' && /exited with 1$/.test(err.message));
  });

  it('is cancelled by the signal, before or while git runs', async () => {
    const before = new AbortController();
    before.abort();
    await assert.rejects(collect(new GitRunner({ cwd: repo.dir, signal: before.signal }).stream(['log'])), isKind('aborted'));
    const during = new AbortController();
    const running = collect(new GitRunner({ cwd: repo.dir, signal: during.signal }).stream(['-c', 'alias.quiet=!sleep 5', 'quiet']));
    setTimeout(() => during.abort(), 100);
    await assert.rejects(running, isKind('aborted'));
  });
});
