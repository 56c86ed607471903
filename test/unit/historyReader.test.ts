// The history reader on clones that lack some blobs: git log dies on the first blob it cannot read,
// and the reader must go on with the rest of that commit and the history after it — reading each
// commit once, never the whole failing commit again, and never the files git already gave.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { scanCredentials } from '../../src/core/detect/credentials';
import { DEFAULT_RULES } from '../../src/core/detect/credentials/ruleEngine';
import { readHistory } from '../../src/core/detect/credentials/historyReader';
import type { CommitInfo, FileSection } from '../../src/core/detect/credentials/patchParser';
import type { SelectivePatchVisitor } from '../../src/core/detect/credentials/patchScanner';
import { GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { COLLEAGUE, LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

/** A runner that records every git command it runs (the reader must run all of them through it). */
class RecordingRunner extends GitRunner {
  readonly commands: string[][] = [];
  override readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
    this.commands.push([...args]);
    return super.readChunks(args, onChunk, options);
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

/** Counts what the reader hands on: commits started and ended, file sections per commit. */
class CountingVisitor implements SelectivePatchVisitor {
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
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    return { repo, commits, broken };
  }

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
    assert.deepEqual(reads.map((args) => args[0]), ['log', 'diff-tree', 'log']);
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
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
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
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
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
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const git = new RecordingRunner({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['conf', 'z.env']);
    assert.equal(result.commitsRead, 2);
    assert.deepEqual(result.unreadable.map((c) => [c.sha, c.paths]), [[broken, ['conf/big.txt']], [before, ['conf/big.txt']]]);
  });
});
