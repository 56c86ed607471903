// The history reader on clones that lack some blobs: git log dies on the first blob it cannot read,
// and the reader must go on with the rest of that commit and the history after it — reading each
// commit once, never the whole failing commit again, and never the files git already gave.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scanCredentials } from '../../src/core/detect/credentials';
import { DEFAULT_RULES } from '../../src/core/detect/credentials/ruleEngine';
import { isUnreadableObjectError, readHistory } from '../../src/core/detect/credentials/historyReader';
import type { CommitInfo, FileSection } from '../../src/core/detect/credentials/patchParser';
import type { DeferredVisits, DeferringPatchVisitor, SelectivePatchVisitor } from '../../src/core/detect/credentials/patchScanner';
import { GitError, GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { COLLEAGUE, LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo, ISOLATED_ENV } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

/** The git command of a command line (after any `-c name=value`). */
function subcommand(args: readonly string[]): string | undefined {
  let i = 0;
  while (args[i] === '-c') i += 2;
  return args[i];
}

/** A runner that records every git command it runs (the reader must run all of them through it). */
class RecordingRunner extends GitRunner {
  readonly commands: string[][] = [];
  /** When each streamed command started and ended, in the order it happened (the index into `commands`). */
  readonly events: { command: number; event: 'start' | 'end' }[] = [];
  override readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
    const command = this.commands.push([...args]) - 1;
    this.events.push({ command, event: 'start' });
    const record = () => void this.events.push({ command, event: 'end' });
    return super.readChunks(args, onChunk, options).finally(record);
  }
  override async *streamBatches(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string[], void, undefined> {
    this.commands.push([...args]);
    yield* super.streamBatches(args, separator, options);
  }
  override run(args: readonly string[]): Promise<string> {
    this.commands.push([...args]);
    return super.run(args);
  }
  /** The commands that read patches (`log -p`, `diff-tree -p`). */
  patchReads(): string[][] {
    return this.commands.filter((args) => args.includes('-p'));
  }
}

/**
 * A sibling for commits read out of turn that keeps every call and plays them into `parent` at the
 * commit's turn: what the reader hands on then reaches `parent` as if read in place.
 */
function recordingSibling(parent: SelectivePatchVisitor): DeferredVisits {
  type Call = (into: SelectivePatchVisitor) => void;
  const kept = new Map<string, Call[]>();
  let open: Call[] = [];
  const visitor: SelectivePatchVisitor = {
    commit: (info) => {
      open = kept.get(info.sha) ?? [];
      kept.set(info.sha, open);
      open.push((into) => into.commit(info));
    },
    file: (path) => open.push((into) => into.file(path)),
    hunk: (section) => open.push((into) => into.hunk(section)),
    added: (text, line) => open.push((into) => into.added(text, line)),
    removed: (text) => open.push((into) => into.removed(text)),
    fileEnd: (section) => open.push((into) => into.fileEnd(section)),
    commitEnd: () => open.push((into) => into.commitEnd()),
    readsEveryAdded: () => parent.readsEveryAdded(),
    readsEveryRemoved: () => parent.readsEveryRemoved(),
    readsBlobIds: () => parent.readsBlobIds(),
  };
  return {
    visitor,
    replay: (sha) => {
      for (const call of kept.get(sha) ?? []) call(parent);
      kept.delete(sha);
    },
  };
}

/** Counts what the reader hands on: commits started and ended, file sections per commit. */
class CountingVisitor implements DeferringPatchVisitor {
  readonly started = new Map<string, number>();
  readonly ended = new Map<string, number>();
  readonly sections = new Map<string, string[]>();
  private sha = '';

  commit(info: CommitInfo): void {
    this.sha = info.sha;
    this.started.set(info.sha, (this.started.get(info.sha) ?? 0) + 1);
  }
  file(): void {}
  hunk(): void {}
  added(): void {}
  removed(): void {}
  fileEnd(section: FileSection): void {
    this.sections.set(this.sha, [...(this.sections.get(this.sha) ?? []), section.path]);
  }
  commitEnd(): void {
    this.ended.set(this.sha, (this.ended.get(this.sha) ?? 0) + 1);
  }
  readsEveryAdded(): boolean {
    return true;
  }
  readsEveryRemoved(): boolean {
    return false;
  }
  readsBlobIds(): boolean {
    return false;
  }
  deferred(): DeferredVisits {
    return recordingSibling(this);
  }
}

/** Records the order commits are visited in, besides the counts. */
class OrderVisitor extends CountingVisitor {
  readonly order: string[] = [];
  override commit(info: CommitInfo): void {
    super.commit(info);
    this.order.push(info.sha);
  }
}

function token(): string {
  return ['gh', 'p_', randomText(36)].join('');
}

describe('history reader: a clone that lacks a blob in the middle of a commit', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  /**
   * Four commits; the second changes five files, the third of which (in git's order) this clone lacks.
   * `missingPath` picks which of the second commit's files is the unreadable one.
   */
  function repoWithHole(missingPath = 'c-big.txt'): { repo: FixtureRepo; commits: string[]; broken: string } {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const commits: string[] = [];
    repo.write('old.env', `GITHUB_TOKEN=${token()}\n`);
    commits.push(repo.commit('older than the hole', LEAVER, '2025-01-01T00:00:00Z'));
    for (const name of ['a.env', 'b.env', 'd.env', 'e.env']) repo.write(name, `GITHUB_TOKEN=${token()}\n`);
    repo.write('c-big.txt', 'a large file this clone will not have\n');
    const broken = repo.commit('five files', LEAVER, '2025-01-02T00:00:00Z');
    commits.push(broken);
    repo.write('newer.env', `GITHUB_TOKEN=${token()}\n`);
    commits.push(repo.commit('newer', COLLEAGUE, '2025-01-03T00:00:00Z'));
    repo.write('README.md', '# r\n');
    commits.push(repo.commit('newest', COLLEAGUE, '2025-01-04T00:00:00Z'));
    const blob = repo.git('rev-parse', `${broken}:${missingPath}`).trim();
    repo.removeObjects([blob]);
    return { repo, commits, broken };
  }

  it('tells the files it will leave out as soon as it has planned around the first hole, before it reads on', async () => {
    const { repo, commits } = repoWithHole();
    const visitor = new CountingVisitor();
    const told: { paths: string[]; commitsEnded: number }[] = [];
    await readHistory({ git: new GitRunner({ cwd: repo.dir }), range: [commits[3] ?? ''], visitor, keywords: DEFAULT_RULES.keywords, onPlan: (paths) => told.push({ paths, commitsEnded: visitor.ended.size }) });
    // Told once, with the file whose blob is gone, while the commit older than the hole was still to read.
    assert.deepEqual(
      told.map((t) => t.paths),
      [['c-big.txt']],
    );
    assert.ok((told[0]?.commitsEnded ?? 99) < commits.length, `told after ${told[0]?.commitsEnded} of ${commits.length} commits`);
    // A clone without holes plans nothing: never told.
    const whole = FixtureRepo.init();
    repos.push(whole);
    whole.write('a.env', `GITHUB_TOKEN=${token()}\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    let calls = 0;
    await readHistory({ git: new GitRunner({ cwd: whole.dir }), range: [whole.head()], visitor: new CountingVisitor(), keywords: DEFAULT_RULES.keywords, onPlan: () => calls++ });
    assert.equal(calls, 0);
  });

  it('reads every commit once, the failing one without a second full read, and skips only the unreadable file', async () => {
    const { repo, commits, broken } = repoWithHole();
    const git = new RecordingRunner({ cwd: repo.dir });
    const visitor = new CountingVisitor();
    const { unreadable } = await readHistory({ git, range: [commits[3] ?? ''], visitor, keywords: DEFAULT_RULES.keywords });

    assert.deepEqual(unreadable, [{ sha: broken, filesSkipped: 1, whole: false, paths: ['c-big.txt'] }]);
    for (const sha of commits) {
      assert.equal(visitor.started.get(sha), 1, `commit ${sha.slice(0, 7)} started once`);
      assert.equal(visitor.ended.get(sha), 1, `commit ${sha.slice(0, 7)} ended once`);
    }
    // Every readable file of the failing commit, in git's order; only the section git was writing
    // when it stopped (b.env) may be given twice.
    const sections = visitor.sections.get(broken) ?? [];
    assert.deepEqual([...new Set(sections)], ['a.env', 'b.env', 'd.env', 'e.env']);
    assert.ok(sections.length <= 5, `sections given: ${sections.join(', ')}`);
    assert.equal(sections.filter((p) => p === 'a.env').length, 1, 'a section git gave in full is not read again');

    // Patches read: the log (dies), the rest of the failing commit (one diff-tree, no commit header,
    // neither a.env nor the missing file asked for), the log of the commits after it.
    const reads = git.patchReads();
    assert.deepEqual(reads.map(subcommand), ['log', 'diff-tree', 'log']);
    const rest = reads[1] ?? [];
    assert.ok(rest.includes('--no-commit-id'), 'the rest of the commit is read without its header');
    assert.ok(rest.includes(broken));
    const pathspecs = rest.slice(rest.indexOf('--') + 1);
    const selected = repo.git('diff-tree', '--no-commit-id', '-r', '--name-only', broken, '--', ...pathspecs).trim().split('\n');
    assert.deepEqual(selected, ['b.env', 'd.env', 'e.env'], 'the rest is asked for: not a.env, which git gave in full, nor the unreadable file');
    assert.ok(reads[2]?.includes('--stdin'), 'the commits after the failing one are listed, not walked again');
  });

  it('reports the secrets of every other file and commit, and names the commit in a note', async () => {
    const { repo, broken } = repoWithHole();
    const git = new RecordingRunner({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['a.env', 'b.env', 'd.env', 'e.env', 'newer.env', 'old.env']);
    assert.equal(result.commitsRead, 4);
    assert.match(englishNotes(result.notes).join('\n'), /^1 commit could not be read in full because this clone lacks some of their objects \(1 file left out; nothing was fetched\)/);
    assert.ok(englishNotes(result.notes).join('\n').includes(broken.slice(0, 12)));
    assert.deepEqual(result.unreadable.map((c) => c.paths), [['c-big.txt']]);
  });

  it('when the first file of a commit is the unreadable one, reads all its other files once', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('0-big.txt', 'large\n').write('x.env', `GITHUB_TOKEN=${token()}\n`).write('y.env', `GITHUB_TOKEN=${token()}\n`);
    const broken = repo.commit('first file missing', LEAVER, '2025-01-02T00:00:00Z');
    const blob = repo.git('rev-parse', `${broken}:0-big.txt`).trim();
    repo.removeObjects([blob]);
    const git = new RecordingRunner({ cwd: repo.dir });
    const visitor = new CountingVisitor();
    const { unreadable } = await readHistory({ git, range: [broken], visitor, keywords: DEFAULT_RULES.keywords });
    assert.deepEqual(unreadable.map((c) => c.paths), [['0-big.txt']]);
    assert.equal(visitor.started.get(broken), 1);
    assert.equal(visitor.ended.get(broken), 1);
    assert.deepEqual(visitor.sections.get(broken), ['x.env', 'y.env']);
  });

  it('when a file became a folder, reads the folder\'s files after the unreadable one (an exclusion of the old file would hide them)', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('conf', 'plain\n').commit('a file', LEAVER, '2025-01-01T00:00:00Z');
    repo.remove('conf');
    // git gives `conf` (deleted) and `conf/0.txt` in full, then stops at `conf/a-big.txt`.
    repo.write('conf/0.txt', '0\n').write('conf/a-big.txt', 'large\n').write('conf/y.env', `GITHUB_TOKEN=${token()}\n`);
    // Many files after the hole: listing them is longer than excluding what was read.
    for (let i = 0; i < 8; i++) repo.write(`zz-later-file-with-a-long-name-${i}.txt`, `${i}\n`);
    const broken = repo.commit('the file becomes a folder', LEAVER, '2025-01-02T00:00:00Z');
    const blob = repo.git('rev-parse', `${broken}:conf/a-big.txt`).trim();
    repo.removeObjects([blob]);
    const git = new RecordingRunner({ cwd: repo.dir });
    const visitor = new CountingVisitor();
    await readHistory({ git, range: [broken], visitor, keywords: DEFAULT_RULES.keywords });
    const sections = visitor.sections.get(broken) ?? [];
    assert.ok(sections.includes('conf/y.env'), `sections: ${sections.join(', ')}`);
    assert.equal(sections.filter((p) => p.startsWith('zz-')).length, 8);
    assert.equal(visitor.started.get(broken), 1);
  });

  it('when a folder whose file is unreadable became a file of the same name, reads the commit whole without it', async () => {
    // A literal pathspec `conf` names `conf/big.txt` too: reading the rest by path brings the failure
    // back, and the reader falls back to the whole commit without the unreadable file.
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('conf/big.txt', 'large\n').write('keep.txt', 'k\n');
    const before = repo.commit('a folder', LEAVER, '2025-01-01T00:00:00Z');
    const blob = repo.git('rev-parse', `${before}:conf/big.txt`).trim();
    repo.remove('conf/big.txt');
    repo.write('conf', `GITHUB_TOKEN=${token()}\n`).write('z.env', `GITHUB_TOKEN=${token()}\n`);
    const broken = repo.commit('the folder becomes a file', LEAVER, '2025-01-02T00:00:00Z');
    repo.removeObjects([blob]);
    const git = new RecordingRunner({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['conf', 'z.env']);
    assert.equal(result.commitsRead, 2);
    assert.deepEqual(result.unreadable.map((c) => [c.sha, c.paths]), [[broken, ['conf/big.txt']], [before, ['conf/big.txt']]]);
  });
});

/** A runner that records which patch reads failed (git stopped on an object it could not read). */
class FailureRecordingRunner extends RecordingRunner {
  readonly failedReads: string[][] = [];
  override async readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
    try {
      await super.readChunks(args, onChunk, options);
    } catch (err) {
      // git stopping on an object it cannot read (not a reader stopped because it is no longer needed).
      if (isUnreadableObjectError(err)) this.failedReads.push([...args]);
      throw err;
    }
  }
}

describe('history reader: a commit that must be read alone', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  /** A runner that says, when a command starts, which commits the visitor had started by then. */
  class StartRecordingRunner extends GitRunner {
    readonly starts: { args: string[]; seen: string[] }[] = [];
    constructor(
      cwd: string,
      private readonly seen: () => string[],
    ) {
      super({ cwd });
    }
    override readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
      this.starts.push({ args: [...args], seen: this.seen() });
      return super.readChunks(args, onChunk, options);
    }
  }

  it('reads it beside the log, before the commits ahead of it are handed on, and hands it on in its turn', async () => {
    // Log order: c3, x (a hole: the first log stops there), c2, h2, d, h1, c0. h1 adds big.bin (missing),
    // d deletes it, h2 adds a new, readable big.bin and other.bin (missing): excluding big.bin for every
    // hole of the segment would hide h2's readable big.bin, so h2 is read alone.
    const repo = FixtureRepo.init();
    repos.push(repo);
    const lost: string[] = [];
    const lose = (commit: string, path: string) => lost.push(repo.git('rev-parse', `${commit}:${path}`).trim());
    const bigToken = token();
    repo.write('c0.env', `GITHUB_TOKEN=${token()}\n`);
    const c0 = repo.commit('c0', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('big.bin', 'first, missing\n').write('h1.env', `GITHUB_TOKEN=${token()}\n`);
    const h1 = repo.commit('h1', LEAVER, '2025-01-02T00:00:00Z');
    lose(h1, 'big.bin');
    repo.remove('big.bin');
    repo.write('d.env', `GITHUB_TOKEN=${token()}\n`);
    const d = repo.commit('d', LEAVER, '2025-01-03T00:00:00Z');
    repo.write('big.bin', `GITHUB_TOKEN=${bigToken}\n`).write('other.bin', 'missing too\n');
    const h2 = repo.commit('h2', LEAVER, '2025-01-04T00:00:00Z');
    lose(h2, 'other.bin');
    repo.write('c2.env', `GITHUB_TOKEN=${token()}\n`);
    const c2 = repo.commit('c2', LEAVER, '2025-01-05T00:00:00Z');
    repo.write('x.bin', 'missing\n');
    const x = repo.commit('x', LEAVER, '2025-01-06T00:00:00Z');
    lose(x, 'x.bin');
    repo.write('c3.env', `GITHUB_TOKEN=${token()}\n`);
    const c3 = repo.commit('c3', LEAVER, '2025-01-07T00:00:00Z');
    repo.removeObjects(lost);
    for (const path of ['big.bin', 'other.bin', 'x.bin']) rmSync(join(repo.dir, path), { force: true });

    const visitor = new OrderVisitor();
    const git = new StartRecordingRunner(repo.dir, () => [...visitor.order]);
    const { unreadable } = await readHistory({ git, range: [c3], visitor, keywords: DEFAULT_RULES.keywords });

    assert.deepEqual(visitor.order, [c3, x, c2, h2, d, h1, c0], 'every commit once, in log order');
    assert.deepEqual(visitor.sections.get(h2)?.sort(), ['big.bin'], "h2's readable big.bin is read, other.bin left out");
    assert.deepEqual(unreadable.map((c) => [c.sha, c.paths]), [[x, ['x.bin']], [h2, ['other.bin']], [d, ['big.bin']], [h1, ['big.bin']]]);
    const alone = git.starts.find(({ args }) => args.includes('diff-tree') && args.includes(h2) && !args.includes('--stdin'));
    assert.ok(alone, `h2 read alone: ${git.starts.map(({ args }) => args.filter((a) => !a.startsWith('-c') && !a.includes('=')).slice(0, 3).join(' ')).join('; ')}`);
    assert.ok(!alone.seen.includes(c2), 'started before c2, ahead of it in the log, was handed on');
  });
});

describe('history reader: a clone that lacks blobs in several commits and on a branch', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  /**
   * main: c1 → c2 (adds big.txt, which this clone lacks) → c3 (changes big.txt: its old blob is the
   * missing one) → c4 (changes big.txt again, both blobs readable, a token added to it) → c5 (adds
   * other.bin, missing); feature, from c3: f1 (adds feature-big.txt, missing) → f2. Every commit but
   * the holes' missing files holds a token in its own file. With `lacking` false the clone has every
   * blob (to be cloned partially); the missing ones are the only files over 1 KiB.
   */
  /** Over 1 KiB: what a partial clone with `--filter=blob:limit=1k` leaves out. */
  const large = (label: string) => `${label}\n${'x'.repeat(2000)}\n`;

  function repoWithHoles(lacking = true) {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const tokens = new Map<string, string>();
    const put = (path: string) => {
      const value = token();
      tokens.set(path, value);
      repo.write(path, `GITHUB_TOKEN=${value}\n`);
    };
    const lost: string[] = [];
    const lose = (commit: string, path: string) => lost.push(repo.git('rev-parse', `${commit}:${path}`).trim());
    put('c1.env');
    const c1 = repo.commit('c1', LEAVER, '2025-01-01T00:00:00Z');
    put('c2.env');
    repo.write('big.txt', large('first version'));
    const c2 = repo.commit('c2 adds a blob this clone lacks', LEAVER, '2025-01-02T00:00:00Z');
    lose(c2, 'big.txt');
    put('c3.env');
    repo.write('big.txt', 'second version\n');
    const c3 = repo.commit('c3 changes it: its old blob is the missing one', LEAVER, '2025-01-03T00:00:00Z');
    repo.git('branch', 'feature');
    repo.write('big.txt', `second version\nGITHUB_TOKEN=${token()}\n`);
    put('c4.env');
    const c4 = repo.commit('c4 changes it again, both blobs readable', COLLEAGUE, '2025-01-04T00:00:00Z');
    put('c5.env');
    repo.write('other.bin', large('another'));
    const c5 = repo.commit('c5 adds another missing blob', COLLEAGUE, '2025-01-05T00:00:00Z');
    lose(c5, 'other.bin');
    repo.git('checkout', '-q', 'feature');
    put('f1.env');
    repo.write('feature-big.txt', large('on a branch'));
    const f1 = repo.commit('f1 on a branch, with a missing blob', LEAVER, '2025-01-06T00:00:00Z');
    lose(f1, 'feature-big.txt');
    put('f2.env');
    const f2 = repo.commit('f2 after it', LEAVER, '2025-01-07T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    if (lacking) {
      repo.removeObjects(lost);
      // The work tree's copies would stand in for the missing blobs: gone too.
      for (const path of ['big.txt', 'other.bin']) rmSync(join(repo.dir, path));
    }
    return { repo, commits: { c1, c2, c3, c4, c5, f1, f2 } };
  }

  it('reads every commit once, git stops only once, and each commit that needs a missing blob is read without it', async () => {
    const { repo, commits } = repoWithHoles();
    const { c1, c2, c3, c4, c5, f1, f2 } = commits;
    const git = new FailureRecordingRunner({ cwd: repo.dir });
    const visitor = new CountingVisitor();
    const { unreadable } = await readHistory({ git, range: [c5, f2], visitor, keywords: DEFAULT_RULES.keywords });

    for (const sha of [c1, c2, c3, c4, c5, f1, f2]) {
      assert.equal(visitor.started.get(sha), 1, `commit ${sha.slice(0, 7)} started once`);
      assert.equal(visitor.ended.get(sha), 1, `commit ${sha.slice(0, 7)} ended once`);
    }
    assert.deepEqual(
      unreadable.map((c) => [c.sha, c.paths, c.whole]),
      [
        [f1, ['feature-big.txt'], false],
        [c5, ['other.bin'], false],
        [c3, ['big.txt'], false],
        [c2, ['big.txt'], false],
      ],
    );
    // big.txt is left out only where a blob of it is missing: c4's change of it is read.
    assert.deepEqual(visitor.sections.get(c4)?.sort(), ['big.txt', 'c4.env']);
    assert.deepEqual(visitor.sections.get(c3), ['c3.env']);
    assert.equal(git.failedReads.length, 1, `failed reads: ${git.failedReads.map((a) => a.slice(0, 3).join(' ')).join('; ')}`);
    // After the first failure: one process per run of readable commits, one per commit with a hole.
    const reads = git.patchReads();
    assert.ok(reads.length <= 1 + 4 + 4, `patch reads: ${reads.length}`);
    assert.ok(!git.commands.some((args) => args[0] === 'cat-file'), 'no object is asked of cat-file (the plan knows them)');
  });

  it('finds the secrets of every commit before, between and after the holes, on the branch too', async () => {
    const { repo, commits } = repoWithHoles();
    const git = new RecordingRunner({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['big.txt', 'c1.env', 'c2.env', 'c3.env', 'c4.env', 'c5.env', 'f1.env', 'f2.env']);
    assert.equal(result.commitsRead, 7);
    assert.deepEqual(result.findings.find((f) => f.path === 'f2.env')?.refs, ['feature']);
    assert.equal(result.findings.find((f) => f.path === 'big.txt')?.firstCommit, commits.c4);
    const notes = englishNotes(result.notes).join('\n');
    assert.match(notes, /^4 commits could not be read in full because this clone lacks some of their objects \(4 files left out; nothing was fetched\)/m);
    for (const sha of [commits.c2, commits.c3, commits.c5, commits.f1]) assert.ok(notes.includes(sha.slice(0, 12)), `note names ${sha.slice(0, 12)}`);
  });

  it('completes on a partial clone (blobs over a size left on its promisor remote), fetching nothing', async () => {
    // `cat-file --batch-check` dies on a promised object when lazy fetching is off: the plan asks rev-list instead.
    const { repo } = repoWithHoles(false);
    const clone = `${repo.dir}-partial`;
    after(() => rmSync(clone, { recursive: true, force: true }));
    const env = { ...process.env, ...ISOLATED_ENV };
    execFileSync('git', ['clone', '-q', '--no-checkout', '--filter=blob:limit=1k', '-u', 'git -c uploadpack.allowFilter=true upload-pack', `file://${repo.dir}`, clone], { env });
    const packs = readdirSync(join(clone, '.git', 'objects', 'pack'));
    const result = await scanCredentials({ git: new GitRunner({ cwd: clone }), cwd: clone, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['big.txt', 'c1.env', 'c2.env', 'c3.env', 'c4.env', 'c5.env', 'f1.env', 'f2.env']);
    assert.match(englishNotes(result.notes).join('\n'), /^4 commits could not be read in full/m);
    assert.deepEqual(readdirSync(join(clone, '.git', 'objects', 'pack')), packs, 'a pack was fetched');
  });
});

describe('history reader: many commits that need missing blobs, read in their place', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  const large = (label: string) => `${label}\n${'x'.repeat(2000)}\n`;

  /**
   * main: m0 (the root: adds big-0.txt, missing) → m1 → m2, m3 (each adds a missing blob: two in a
   * row) → m4 → p1 (adds p.txt, missing) → p2 (p.txt made small: its old blob missing) → m5 → p3
   * (changes p.txt, both blobs readable, a token in it, and adds q.bin, missing: a file another
   * commit's unreadable path names, so it is read alone) → m6 → m7 (the newest on main: missing);
   * side, from m4: s1 (missing) → s2 → s3 (its tip: missing). Every commit adds its own token file.
   */
  function manyHoles() {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const lost: string[] = [];
    const missing = new Map<string, string[]>();
    let day = 1;
    const commit = (name: string, files: Record<string, string>, lose: string[] = []) => {
      repo.write(`${name}.env`, `GITHUB_TOKEN=${token()}\n`);
      for (const [path, text] of Object.entries(files)) repo.write(path, text);
      const sha = repo.commit(name, LEAVER, `2025-01-${String(day++).padStart(2, '0')}T00:00:00Z`);
      for (const path of lose) lost.push(repo.git('rev-parse', `${sha}:${path}`).trim());
      return sha;
    };
    const c: Record<string, string> = {};
    c.m0 = commit('m0', { 'big-0.txt': large('root') }, ['big-0.txt']);
    missing.set(c.m0, ['big-0.txt']);
    c.m1 = commit('m1', {});
    c.m2 = commit('m2', { 'big-2.txt': large('two') }, ['big-2.txt']);
    missing.set(c.m2, ['big-2.txt']);
    c.m3 = commit('m3', { 'big-3.txt': large('three') }, ['big-3.txt']);
    missing.set(c.m3, ['big-3.txt']);
    c.m4 = commit('m4', {});
    repo.git('branch', 'side');
    c.p1 = commit('p1', { 'p.txt': large('p') }, ['p.txt']);
    missing.set(c.p1, ['p.txt']);
    c.p2 = commit('p2', { 'p.txt': 'small\n' });
    missing.set(c.p2, ['p.txt']);
    c.m5 = commit('m5', {});
    c.p3 = commit('p3', { 'p.txt': `small\nGITHUB_TOKEN=${token()}\n`, 'q.bin': large('q') }, ['q.bin']);
    missing.set(c.p3, ['q.bin']);
    c.m6 = commit('m6', {});
    c.m7 = commit('m7', { 'big-7.txt': large('seven') }, ['big-7.txt']);
    missing.set(c.m7, ['big-7.txt']);
    repo.git('checkout', '-q', 'side');
    c.s1 = commit('s1', { 'side-1.txt': large('side one') }, ['side-1.txt']);
    missing.set(c.s1, ['side-1.txt']);
    c.s2 = commit('s2', {});
    c.s3 = commit('s3', { 'side-3.txt': large('side three') }, ['side-3.txt']);
    missing.set(c.s3, ['side-3.txt']);
    repo.git('checkout', '-q', 'main');
    repo.removeObjects(lost, true);
    for (const path of ['big-0.txt', 'big-2.txt', 'big-3.txt', 'p.txt', 'q.bin', 'big-7.txt']) rmSync(join(repo.dir, path), { force: true });
    return { repo, c, missing };
  }

  it('visits every commit once, in git log\'s order, each without only its unreadable files, whatever the segment size', async () => {
    const { repo, c, missing } = manyHoles();
    const logOrder = repo.git('rev-list', '--no-merges', c.m7 ?? '', c.s3 ?? '').trim().split('\n');
    assert.equal(logOrder.length, 14);
    let first: OrderVisitor | undefined;
    for (const segmentCommits of [1, 2, 3, 5, undefined]) {
      const git = new FailureRecordingRunner({ cwd: repo.dir });
      const visitor = new OrderVisitor();
      const { unreadable, missingCommits } = await readHistory({ git, range: [c.m7 ?? '', c.s3 ?? ''], visitor, keywords: DEFAULT_RULES.keywords, segmentCommits });
      const label = `segments of ${segmentCommits ?? 'default'}`;
      assert.deepEqual(visitor.order, logOrder, label);
      for (const sha of logOrder) assert.equal(visitor.ended.get(sha), 1, `${label}: ${sha.slice(0, 7)} ended once`);
      assert.deepEqual(missingCommits, []);
      assert.deepEqual(
        unreadable.map((u) => [u.sha, u.paths, u.whole]),
        logOrder.filter((sha) => missing.has(sha)).map((sha) => [sha, missing.get(sha), false]),
        label,
      );
      for (const sha of logOrder) {
        const name = Object.keys(c).find((k) => c[k] === sha) ?? '';
        const expected = [`${name}.env`, ...repo.git('diff-tree', '--root', '--no-commit-id', '-r', '--name-only', sha).trim().split('\n').filter((p) => p !== `${name}.env` && !(missing.get(sha) ?? []).includes(p))].sort();
        assert.deepEqual([...(visitor.sections.get(sha) ?? [])].sort(), expected, `${label}: the files of ${name}`);
      }
      // git stops once (the first blob it cannot read); after that the plan keeps it from stopping.
      assert.equal(git.failedReads.length, 1, `${label}: failed reads ${git.failedReads.map((a) => a.slice(0, 2).join(' ')).join('; ')}`);
      // The segments' logs: the next one reads while the one before is still being read (two cores
      // busy), and never more than two at once (each git holds memory).
      const segmentLogs = new Set(git.commands.flatMap((a, i) => (a.includes('--stdin') && subcommand(a) === 'log' ? [i] : [])));
      let running = 0;
      let most = 0;
      for (const { command, event } of git.events) {
        if (!segmentLogs.has(command)) continue;
        running += event === 'start' ? 1 : -1;
        most = Math.max(most, running);
      }
      assert.ok(most <= 2, `${label}: ${most} segment logs at once`);
      // (Segments of 2 and 3 each hold a commit the log reads; of 1, most hold only a commit read beside it.)
      if (segmentCommits === 2 || segmentCommits === 3) assert.equal(most, 2, `${label}: the next segment's log runs beside the one before`);
      const reads = git.patchReads();
      const alone = reads.filter((a) => a.includes('diff-tree') && a.includes('--always') && !a.includes('--stdin'));
      // Only p3 is read alone (p.txt, unreadable elsewhere, is readable in it); the others share a diff-tree --stdin per segment.
      assert.ok(alone.length <= 1, `${label}: commits read alone: ${alone.length}`);
      if (segmentCommits === undefined) {
        assert.equal(reads.filter((a) => a.includes('--stdin') && subcommand(a) === 'log').length, 1, 'one log for every readable commit after the first failure');
        assert.equal(reads.filter((a) => a.includes('--stdin') && a.includes('diff-tree')).length, 1, 'one diff-tree for the commits that need missing blobs');
        // Read beside the log, not after it: the diff-tree is started before the log ends.
        const log = git.commands.findIndex((a) => a.includes('--stdin') && subcommand(a) === 'log');
        const holes = git.commands.findIndex((a) => a.includes('--stdin') && a.includes('diff-tree'));
        const at = (command: number, event: 'start' | 'end') => git.events.findIndex((e) => e.command === command && e.event === event);
        assert.ok(at(holes, 'start') >= 0 && at(holes, 'start') < at(log, 'end'), 'the commits that need missing blobs are read beside the log');
        first = visitor;
      }
    }
    assert.deepEqual([...(first?.sections.get(c.p3 ?? '') ?? [])].sort(), ['p.txt', 'p3.env'], 'p3\'s readable change of p.txt is read');
  });

  it('stops when the scan is cancelled while segments are read ahead, every git it started ended', async () => {
    const { repo, c } = manyHoles();
    for (const segmentCommits of [1, 2]) {
      const controller = new AbortController();
      const git = new RecordingRunner({ cwd: repo.dir, signal: controller.signal });
      const visitor = new OrderVisitor();
      const cancelling = Object.assign(Object.create(visitor) as OrderVisitor, {
        commit(info: CommitInfo) {
          visitor.commit(info);
          if (visitor.order.length === 5) controller.abort();
        },
      });
      await assert.rejects(
        readHistory({ git, range: [c.m7 ?? '', c.s3 ?? ''], visitor: cancelling, keywords: DEFAULT_RULES.keywords, segmentCommits }),
        (err: unknown) => err instanceof GitError && err.kind === 'aborted',
        `segments of ${segmentCommits}`,
      );
      // Every git the reading started has ended by the time it rejected, or ends without being waited for.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = git.events.filter((e) => e.event === 'start').length;
      const ended = git.events.filter((e) => e.event === 'end').length;
      assert.equal(ended, started, `segments of ${segmentCommits}: ${started} started, ${ended} ended`);
      assert.ok(visitor.order.length < 14, 'stopped before the end');
    }
  });

  it('finds every token, the one p3 adds to a file that is unreadable elsewhere too, and names every commit left in part', async () => {
    const { repo, c } = manyHoles();
    const result = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC });
    const names = ['m0', 'm1', 'm2', 'm3', 'm4', 'p1', 'p2', 'm5', 'p3', 'm6', 'm7', 's1', 's2', 's3'];
    assert.deepEqual(result.findings.map((f) => f.path).sort(), [...names.map((n) => `${n}.env`), 'p.txt'].sort());
    assert.equal(result.findings.find((f) => f.path === 'p.txt')?.firstCommit, c.p3);
    assert.equal(result.commitsRead, 14);
    assert.match(englishNotes(result.notes).join('\n'), /^9 commits could not be read in full because this clone lacks some of their objects \(9 files left out; nothing was fetched\)/m);
  });
});

describe('history reader: git stops in a segment on a blob the plan could not see', function () {
  this.timeout(60_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  it('reads the rest of that commit, then every commit after it once and in order, the segments read ahead read again', async () => {
    // main: b0 → b1 (adds f.txt, its blob missing) → c2 (changes f.txt: needs the missing old blob) →
    // c3 → c3b → c4 (adds hole.bin, missing) → c5; side, from b0: s1 → s2, dated before c2. The range
    // leaves b1 out, so `rev-list --objects` never sees f.txt's old blob: the plan does not know c2
    // needs it, and git stops in c2's segment while the side's segments are read ahead.
    const repo = FixtureRepo.init();
    repos.push(repo);
    const lost: string[] = [];
    const lose = (commit: string, path: string) => lost.push(repo.git('rev-parse', `${commit}:${path}`).trim());
    const put = (name: string) => repo.write(`${name}.env`, `GITHUB_TOKEN=${token()}\n`);
    put('b0');
    repo.commit('b0', LEAVER, '2025-01-01T00:00:00Z');
    repo.git('branch', 'side');
    repo.write('f.txt', 'first version, missing\n');
    const b1 = repo.commit('b1', LEAVER, '2025-01-02T00:00:00Z');
    lose(b1, 'f.txt');
    repo.git('checkout', '-q', 'side');
    put('s1');
    const s1 = repo.commit('s1', LEAVER, '2025-01-03T00:00:00Z');
    put('s2');
    const s2 = repo.commit('s2', LEAVER, '2025-01-04T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    put('c2');
    repo.write('f.txt', 'second version\n');
    const c2 = repo.commit('c2', LEAVER, '2025-01-05T00:00:00Z');
    put('c3');
    const c3 = repo.commit('c3', LEAVER, '2025-01-06T00:00:00Z');
    put('c3b');
    const c3b = repo.commit('c3b', LEAVER, '2025-01-06T12:00:00Z');
    put('c4');
    repo.write('hole.bin', 'missing\n');
    const c4 = repo.commit('c4', LEAVER, '2025-01-07T00:00:00Z');
    lose(c4, 'hole.bin');
    put('c5');
    const c5 = repo.commit('c5', LEAVER, '2025-01-08T00:00:00Z');
    repo.removeObjects(lost);
    for (const path of ['f.txt', 'hole.bin']) rmSync(join(repo.dir, path), { force: true });

    // With segments of 2 after the first failure (c4): [c3b, c3], [c2, s2], [s1]: git stops at the start of one.
    const logOrder = [c5, c4, c3b, c3, c2, s2, s1];
    assert.deepEqual(repo.git('rev-list', '--no-merges', c5, s2, `^${b1}`).trim().split('\n'), logOrder);
    for (const segmentCommits of [1, 2, 3, undefined]) {
      const label = `segments of ${segmentCommits ?? 'default'}`;
      const git = new FailureRecordingRunner({ cwd: repo.dir });
      const visitor = new OrderVisitor();
      const { unreadable } = await readHistory({ git, range: [c5, s2, `^${b1}`], visitor, keywords: DEFAULT_RULES.keywords, segmentCommits });
      assert.deepEqual(visitor.order, logOrder, `${label}: every commit once, in log order`);
      for (const sha of logOrder) assert.equal(visitor.ended.get(sha), 1, `${label}: ${sha.slice(0, 7)} ended once`);
      assert.deepEqual(visitor.sections.get(c2), ['c2.env'], `${label}: c2 without f.txt`);
      assert.deepEqual(visitor.sections.get(s2), ['s2.env'], label);
      assert.deepEqual(unreadable.map((u) => [u.sha, u.paths]), [[c4, ['hole.bin']], [c2, ['f.txt']]], label);
      // Twice: the first log at c4, then a segment's log at c2 (the plan could not see its blob).
      assert.equal(git.failedReads.length, 2, `${label}: failed reads ${git.failedReads.map((a) => subcommand(a)).join('; ')}`);
    }
  });
});
