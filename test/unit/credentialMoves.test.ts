// Files the history's log finds renamed: their unchanged lines are not in the patch, and the scan reads
// such a file whole where that can change the findings (movedFiles.ts). Values are made up at run time.
import * as assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanCredentials, type CredentialScanResult } from '../../src/core/detect/credentials';
import { readAlike, readMovedFiles } from '../../src/core/detect/credentials/movedFiles';
import { SecretLedger } from '../../src/core/detect/credentials/secretLedger';
import { SpanMasks } from '../../src/core/detect/credentials/spanMasks';
import { DEFAULT_RULES } from '../../src/core/detect/credentials/ruleEngine';
import { GitRunner } from '../../src/core/git/gitRunner';
import { COLLEAGUE, LEAVER, LEAVER_SPEC, randomText } from '../fixtures/credentialCorpus';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { englishNotes } from './helpers';

function scan(dir: string): Promise<CredentialScanResult> {
  return scanCredentials({ git: new GitRunner({ cwd: dir }), cwd: dir, person: LEAVER_SPEC });
}

/** A value the env-file rules report (a GitHub token's shape under its key name), made of pieces. */
function token(): string {
  return ['gh', 'p_', randomText(36)].join('');
}

/** `git mv`, its new folder made first. */
function move(repo: FixtureRepo, from: string, to: string): void {
  mkdirSync(join(repo.dir, dirname(to)), { recursive: true });
  repo.git('mv', from, to);
}

describe('credential scan: files the log finds renamed', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));
  function repository(): FixtureRepo {
    const repo = FixtureRepo.init();
    repos.push(repo);
    return repo;
  }

  it('keeps the new path of a file moved as it is, and of one moved again, with the line and the commit that moved it', async () => {
    const repo = repository();
    const value = token();
    const body = `# deploy settings\nREGION=north\nGITHUB_TOKEN=${value}\n`;
    const first = repo.write('config/app.env', body).commit('settings', LEAVER, '2025-01-01T00:00:00Z');
    move(repo, 'config/app.env', 'deploy/app.env');
    const moved = repo.commit('move', COLLEAGUE, '2025-01-02T00:00:00Z');
    move(repo, 'deploy', 'ops');
    const movedAgain = repo.write('ops/README.md', 'notes\n').commit('move again', COLLEAGUE, '2025-01-03T00:00:00Z');
    const result = await scan(repo.dir);
    assert.equal(result.findings.length, 1);
    const finding = result.findings[0]!;
    assert.equal(finding.path, 'config/app.env');
    assert.equal(finding.inHead, true);
    assert.deepEqual(
      finding.locations.map((l) => [l.path, l.line, l.commit]),
      [
        ['config/app.env', 3, first],
        ['deploy/app.env', 3, moved],
        ['ops/app.env', 3, movedAgain],
      ],
    );
  });

  it('reads the lines a move changed at the new path, and the unchanged ones there too', async () => {
    const repo = repository();
    const kept = token();
    const added = token();
    repo.write('conf/db.env', `A=1\nB=2\nC=3\nD=4\nGITHUB_TOKEN=${kept}\n`).commit('db', LEAVER, '2025-01-01T00:00:00Z');
    move(repo, 'conf/db.env', 'deploy/db.env');
    const moved = repo.write('deploy/db.env', `A=1\nB=2\nC=3\nD=4\nGITHUB_TOKEN=${kept}\nGH_TOKEN=${added}\n`).commit('move and add', COLLEAGUE, '2025-01-02T00:00:00Z');
    assert.match(repo.git('show', '--find-renames', '--name-status', '--format=', moved), /^R\d+\s+conf\/db\.env\s+deploy\/db\.env$/m, 'git sees a rename');
    const result = await scan(repo.dir);
    const byPath = new Map(result.findings.map((f) => [f.path, f]));
    assert.deepEqual(byPath.get('conf/db.env')?.locations.map((l) => [l.path, l.line]), [
      ['conf/db.env', 5],
      ['deploy/db.env', 5],
    ]);
    assert.deepEqual(byPath.get('deploy/db.env')?.locations.map((l) => [l.path, l.line, l.commit]), [['deploy/db.env', 6, moved]]);
    assert.equal(result.findings.length, 2);
  });

  it('reads a moved file whole as its patch would: lines without a keyword too, while a block (a private key) is open', async () => {
    // The key's body lines hold no keyword: they are read because the block its first line opened asks for every line.
    const repo = repository();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const body = `listen 443\nworkers 4\n${pem}`;
    repo.write('conf/tls.conf', body).commit('tls', LEAVER, '2025-01-01T00:00:00Z');
    move(repo, 'conf/tls.conf', 'deploy/tls.conf');
    repo.write('deploy/tls.conf', `${body}timeout 30\n`).commit('move and tune', COLLEAGUE, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    const key = result.findings.find((f) => f.path === 'conf/tls.conf');
    assert.deepEqual(key?.locations.map((l) => [l.path, l.line]), [
      ['conf/tls.conf', 3],
      ['deploy/tls.conf', 3],
    ]);
    assert.equal(result.findings.length, 1);
  });

  it('reads a file renamed into a credential file\'s name, though nothing was found under its old name', async () => {
    const repo = repository();
    const password = randomText(18);
    repo.write('notes/pg-sample.txt', `db.internal.example:5432:app:appuser:${password}\n`).commit('sample', LEAVER, '2025-01-01T00:00:00Z');
    assert.equal((await scan(repo.dir)).findings.length, 0, 'a line of text under its old name');
    move(repo, 'notes/pg-sample.txt', 'home/.pgpass');
    const moved = repo.commit('install', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    assert.deepEqual(
      result.findings.map((f) => [f.path, f.line, f.firstCommit]),
      [['home/.pgpass', 1, moved]],
    );
  });

  it('does not take a value out in the commit that moved a file holding it, and does when the moved file no longer holds it', async () => {
    const repo = repository();
    const stays = token();
    const goes = token();
    repo.write('a/app.env', `X=1\nY=2\nZ=3\nGITHUB_TOKEN=${stays}\nGH_TOKEN=${goes}\n`).write('b/old.env', `GITHUB_TOKEN=${stays}\nGH_TOKEN=${goes}\n`).commit('two files', LEAVER, '2025-01-01T00:00:00Z');
    // One commit moves a/app.env (changing the second value's line) and deletes the other file.
    move(repo, 'a/app.env', 'c/app.env');
    repo.write('c/app.env', `X=1\nY=2\nZ=3\nGITHUB_TOKEN=${stays}\nGH_TOKEN=none\n`).remove('b/old.env');
    const moved = repo.commit('move, change, delete', COLLEAGUE, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    assert.equal(result.state.entries.length, 2);
    // (Both values first appeared in a/app.env; the stored entries are keyed by where.)
    const entries = result.state.entries.map((e) => ({ line: e.line, removal: e.removal?.sha ?? null }));
    assert.deepEqual(entries.sort((x, y) => x.line - y.line), [
      { line: 4, removal: null },
      { line: 5, removal: moved },
    ]);
    const found = new Map(result.findings.map((f) => [f.line, f]));
    assert.equal(found.get(4)?.inHead, true);
    assert.equal(found.get(5)?.inHead, false);
  });

  it('reads the rest when a moved file is missing from the clone (git then reads that commit file by file, without it)', async () => {
    const repo = repository();
    const password = randomText(18);
    const other = token();
    const added = repo.write('notes/pg-sample.txt', `db.internal.example:5432:app:appuser:${password}\n`).commit('sample', LEAVER, '2025-01-01T00:00:00Z');
    const blob = repo.git('rev-parse', `${added}:notes/pg-sample.txt`).trim();
    move(repo, 'notes/pg-sample.txt', 'home/.pgpass');
    repo.write('deploy/app.env', `GITHUB_TOKEN=${other}\n`).commit('install', LEAVER, '2025-01-02T00:00:00Z');
    repo.removeObjects([blob]);
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => f.path), ['deploy/app.env']);
    assert.match(englishNotes(result.notes).join(' | '), /^2 commits could not be read in full because this clone lacks some of their objects/);
  });

  it('counts a moved file it cannot read whole, and records nothing for it', async () => {
    const repo = repository();
    const value = token();
    const first = repo.write('a.env', `GITHUB_TOKEN=${value}\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    const commit = { sha: first, parents: [], authorName: LEAVER.name, authorEmail: LEAVER.email, authorTime: 1, committerTime: 1 };
    const ledger = new SecretLedger();
    const reading = await readMovedFiles({
      git: new GitRunner({ cwd: repo.dir }),
      rules: DEFAULT_RULES,
      ledger,
      masks: new SpanMasks(),
      refNames: [],
      moves: [
        { from: 'old/a.env', to: 'a.env', commit },
        { from: 'old/b.env', to: 'b.env', commit },
      ],
      heldRemovals: [],
      pathsFound: ['old/a.env', 'old/b.env'],
    });
    assert.deepEqual(reading, { read: 2, unreadable: 1 });
    assert.deepEqual([...ledger.entries.values()].map((e) => [e.first.path, e.first.commit.sha]), [['a.env', first]]);
  });

  it('tells which moves are read alike at both paths: same name, folder context, format and rules', () => {
    assert.equal(readAlike('playbooks/roles/x/defaults/main.yml', 'ansible/roles/x/defaults/main.yml', DEFAULT_RULES), true);
    assert.equal(readAlike('config/app.env', 'deploy/app.env', DEFAULT_RULES), true);
    assert.equal(readAlike('notes/pg-sample.txt', 'home/.pgpass', DEFAULT_RULES), false, 'another name');
    assert.equal(readAlike('docs/examples/app.yml', 'deploy/app.yml', DEFAULT_RULES), false, 'out of the docs');
  });
});
