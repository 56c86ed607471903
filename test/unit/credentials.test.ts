import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toSarif, maskSecrets, scanCredentials, scanCredentialsCached, type CredentialScanResult } from '../../src/core/detect/credentials';
import type { DetectionCache } from '../../src/core/detect/detectionCache';
import type { CredentialFinding } from '../../src/core/detect/detectionTypes';
import { GitError, GitRunner, type StreamOptions } from '../../src/core/git/gitRunner';
import { buildCredentialCorpus, COLLEAGUE, LEAVER, LEAVER_SPEC, leakForms, randomText, type CredentialCorpus, type PlantedSecret } from '../fixtures/credentialCorpus';
import { FixtureRepo, identityEnv, ISOLATED_ENV } from '../fixtures/fixtureRepo';
import { documentedFingerprint } from './documentedFingerprint';
import { englishNotes } from './helpers';
import { noteText } from '../../src/core/detect/detectionNotes';
import { translator } from '../../src/core/i18n/translator';
import { contextOfPath, parseLinguistAttributes } from '../../src/core/detect/credentials/pathContext';
import { emptyTreeLike, matchFilesOf } from '../../src/core/detect/credentials/treeFiles';
import { filesTooLargeToCombine } from '../../src/core/detect/credentials/mergeReader';

class MemoryCache implements DetectionCache {
  readonly entries = new Map<string, string>();
  async read(key: string): Promise<unknown> {
    const text = this.entries.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
  async write(key: string, value: unknown): Promise<void> {
    this.entries.set(key, JSON.stringify(value));
  }
}

function scan(dir: string, extra: Partial<Parameters<typeof scanCredentials>[0]> = {}): Promise<CredentialScanResult> {
  return scanCredentials({ git: new GitRunner({ cwd: dir, signal: extra.signal }), cwd: dir, person: LEAVER_SPEC, ...extra });
}

function findingFor(findings: readonly CredentialFinding[], planted: PlantedSecret): CredentialFinding | undefined {
  return findings.find((f) => f.path === planted.path && f.line === planted.line && f.kind === planted.kind);
}

/** Every output must be free of every form of every planted value. */
function assertNoLeak(label: string, output: string, values: readonly string[]): void {
  for (const value of values) {
    for (const form of leakForms(value)) {
      assert.ok(!output.includes(form), `${label} holds a form of a planted value (${form.length} characters at ${output.indexOf(form)})`);
    }
  }
}

describe('credential scan: the fixture corpus', function () {
  this.timeout(120_000);
  let corpus: CredentialCorpus;
  let result: CredentialScanResult;
  let values: string[];

  before(async () => {
    corpus = buildCredentialCorpus();
    values = [...corpus.planted.flatMap((p) => p.forms), ...corpus.allowed];
    result = await scan(corpus.repo.dir);
  });
  after(() => corpus?.repo.dispose());

  it('reports every planted secret exactly once, with where and when it first appeared', () => {
    const missing: string[] = [];
    for (const planted of corpus.planted) {
      const rows = result.findings.filter((f) => f.path === planted.path && f.line === planted.line);
      const finding = findingFor(result.findings, planted);
      if (!finding) {
        missing.push(`${planted.id} (${planted.kind} at ${planted.path}:${planted.line}; found there: ${rows.map((r) => r.kind).join(', ') || 'nothing'})`);
        continue;
      }
      assert.equal(rows.length, 1, `${planted.id}: one row`);
      assert.equal(finding.firstCommit, corpus.commits[planted.commit], `${planted.id}: first commit`);
      const author = planted.commit === 'c1' || planted.commit === 'c3' || planted.commit === 'b1' ? LEAVER : COLLEAGUE;
      assert.equal(finding.author, `${author.name} <${author.email}>`, `${planted.id}: author`);
      assert.equal(finding.byPerson, planted.byPerson, `${planted.id}: byPerson`);
      assert.equal(finding.inHead, planted.inHead, `${planted.id}: inHead`);
      assert.deepEqual(finding.refs, planted.refs, `${planted.id}: refs`);
      assert.match(finding.fingerprint, /^[0-9a-f]{16}$/);
      if (planted.lastCommit) {
        const expected = planted.lastCommit === 'head' ? corpus.commits.c5 : corpus.commits[planted.lastCommit];
        assert.equal(finding.lastCommit, expected, `${planted.id}: last commit`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('gives the date of the first commit, in UTC', () => {
    const dates: Record<PlantedSecret['commit'], string> = { c1: '2025-01-10', c2: '2025-02-10', c3: '2025-03-10', b1: '2025-04-10', t1: '2025-04-15', c4: '2025-05-10', c5: '2025-06-10' };
    for (const planted of corpus.planted) assert.equal(findingFor(result.findings, planted)?.date, dates[planted.commit], planted.id);
  });

  it('reports nothing else: no decoy, no allow-commented line, one row for a value repeated in many commits and files', () => {
    const expected = new Set(corpus.planted.map((p) => `${p.path}:${p.line}:${p.kind}`));
    const extra = result.findings.filter((f) => !expected.has(`${f.path}:${f.line}:${f.kind}`)).map((f) => `${f.kind} at ${f.path}:${f.line}`);
    assert.deepEqual(extra, []);
    assert.equal(result.findings.length, corpus.planted.length);
    assert.ok(!result.findings.some((f) => f.path.startsWith('decoys/') || f.path === 'ops/allowed.env'));
    const repeated = result.findings.filter((f) => f.kind === 'token' && (f.path === '.env' || f.path.startsWith('repeat/') || f.path === 'deploy.sh' || f.path === 'config/settings.json'));
    assert.equal(repeated.length, 1);
    assert.equal(repeated[0]?.path, '.env');
  });

  it('prints precision and recall over the corpus', () => {
    const truePositives = corpus.planted.filter((p) => findingFor(result.findings, p)).length;
    const falsePositives = result.findings.length - truePositives;
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / corpus.planted.length;
    console.log(
      `      credential corpus: ${corpus.planted.length} planted secrets in ${new Set(corpus.planted.map((p) => p.kind)).size} kinds, ${corpus.decoyCount} decoy lines; ` +
        `found ${result.findings.length}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    assert.equal(precision, 1);
    assert.equal(recall, 1);
  });

  it('never writes a value: findings JSON, SARIF, cache state and notes hold no form of any planted value', () => {
    assertNoLeak('findings JSON', JSON.stringify(result.findings), values);
    assertNoLeak('SARIF', JSON.stringify(toSarif(result.findings, { toolVersion: '0.0.0-test' })), values);
    assertNoLeak('cache state', JSON.stringify(result.state), values);
    assertNoLeak('notes', JSON.stringify(result.notes), values);
    assertNoLeak('notes in English and Chinese', JSON.stringify([englishNotes(result.notes), result.notes.map((note) => noteText(note, translator('zh-CN')))]), values);
    // The key stores' bytes, in the encodings a JSON writer could use.
    const everything = JSON.stringify([result.findings, result.state, toSarif(result.findings, { toolVersion: 't' })]);
    for (const bytes of corpus.keystoreBytes) assert.ok(!everything.includes(bytes.toString('base64').slice(0, 16)));
  });

  it('fingerprints come from where the secret first appeared, and are the same from one run to the next', async () => {
    for (const finding of result.findings) {
      assert.equal(finding.fingerprint, documentedFingerprint(finding.firstCommit, finding.path, finding.kind, finding.line));
    }
    const again = await scan(corpus.repo.dir);
    assert.deepEqual(again.findings, result.findings);
    assert.equal(new Set(result.findings.map((f) => f.fingerprint)).size, result.findings.length);
  });

  it('gives the ignored and rotated state from HANDOVER.yaml decisions', async () => {
    const [first, second] = result.findings;
    assert.ok(first && second);
    const decided = await scan(corpus.repo.dir, {
      ignore: [{ fingerprint: first.fingerprint, reason: 'test fixture' }],
      rotated: [{ fingerprint: second.fingerprint.toUpperCase(), by: 'Zhao Liu', on: '2025-07-01' }],
    });
    const byPrint = new Map(decided.findings.map((f) => [f.fingerprint, f]));
    assert.deepEqual(byPrint.get(first.fingerprint)?.ignored, { reason: 'test fixture' });
    assert.deepEqual(byPrint.get(second.fingerprint)?.rotated, { by: 'Zhao Liu', on: '2025-07-01' });
    assert.equal(decided.findings.filter((f) => f.rotated || f.ignored).length, 2);
  });

  it('HEAD only: the history of HEAD, no branch or tag', async () => {
    const headOnly = await scan(corpus.repo.dir, { headOnly: true });
    const ids = new Set(headOnly.findings.map((f) => `${f.path}:${f.line}`));
    assert.ok(!ids.has('branch/.env:1') && !ids.has('release/.env:1'));
    assert.equal(headOnly.findings.length, corpus.planted.length - 2);
    assert.ok(headOnly.findings.every((f) => f.refs.length === 0));
  });

  it('writes SARIF 2.1.0: one rule per kind, location and our fingerprint per result, suppressions for ignored ones', () => {
    const ignored = { ...(result.findings[0] as CredentialFinding), ignored: { reason: 'fixture' } };
    const sarif = toSarif([ignored, ...result.findings.slice(1)], { toolVersion: '1.2.3' });
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.ok(run);
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), [...new Set(result.findings.map((f) => f.kind))].sort());
    assert.equal(run.results.length, result.findings.length);
    for (const [i, res] of run.results.entries()) {
      const finding = i === 0 ? ignored : (result.findings[i] as CredentialFinding);
      assert.equal(res.ruleId, finding.kind);
      assert.equal(run.tool.driver.rules[res.ruleIndex]?.id, finding.kind);
      assert.equal(res.partialFingerprints['handoverCredential/v1'], finding.fingerprint);
      assert.equal(res.locations[0]?.physicalLocation.region.startLine, finding.line);
      assert.equal(decodeURIComponent(res.locations[0]?.physicalLocation.artifactLocation.uri ?? ''), finding.path);
    }
    assert.deepEqual(run.results[0]?.suppressions, [{ kind: 'external', status: 'accepted', justification: 'fixture' }]);
    assert.ok(!JSON.stringify(sarif).includes('snippet'));
  });
});

describe('credential scan: incremental cache, cancel, masking', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  function smallRepo(): { repo: FixtureRepo; secrets: string[] } {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const first = `${randomText(20)}9a`;
    repo.write('a/.env', `API_TOKEN=${first}\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('b.txt', 'plain\n').commit('two', COLLEAGUE, '2025-01-02T00:00:00Z');
    return { repo, secrets: [first] };
  }

  it('reads only the new commits with the cached state, and finds what a full scan finds', async () => {
    const { repo, secrets } = smallRepo();
    const cache = new MemoryCache();
    const cold = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(cold.commitsRead, 2);
    const added = `${randomText(18)}7Qx`;
    secrets.push(added);
    // The old value again (one row, still first in commit one) and a new one.
    repo.write('c/.env', `API_TOKEN=${secrets[0]}\nOTHER_SECRET=${added}\n`).commit('three', COLLEAGUE, '2025-01-03T00:00:00Z');
    const warm = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(warm.commitsRead, 1);
    const full = await scan(repo.dir);
    assert.deepEqual(warm.findings, full.findings);
    assert.equal(full.findings.length, 2);
    const unchanged = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(unchanged.commitsRead, 0);
    assert.deepEqual(unchanged.findings, full.findings);
    for (const text of cache.entries.values()) assertNoLeak('cache file', text, secrets);
  });

  it('re-scans with several cached findings in several commits and paths, giving the JSON of a full scan byte for byte', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const secrets = Array.from({ length: 6 }, (_, i) => `${randomText(20)}${i}q`);
    // Findings spread over commits and paths; later commits keep the earlier files, so every stored
    // commit also holds paths whose secrets were first committed elsewhere.
    repo.write('a/.env', `API_TOKEN=${secrets[0]}\n`).write('b/.env', `DB_PASSWORD=${secrets[1]}\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('c/.env', `SERVICE_SECRET=${secrets[2]}\n`).write('a/.env', `API_TOKEN=${secrets[0]}\nOTHER_TOKEN=${secrets[3]}\n`).commit('two', COLLEAGUE, '2025-01-02T00:00:00Z');
    repo.write('d/.env', `API_TOKEN=${secrets[4]}\n`).write('b/.env', `DB_PASSWORD=${secrets[1]}\n`).commit('three', LEAVER, '2025-01-03T00:00:00Z');
    const cache = new MemoryCache();
    const cold = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(cold.commitsRead, 3);
    const commitsWithFindings = new Set(cold.findings.map((f) => f.firstCommit));
    const pathsWithFindings = new Set(cold.findings.map((f) => f.path));
    assert.ok(cold.findings.length >= 5 && commitsWithFindings.size >= 3 && pathsWithFindings.size >= 4, `expected findings in several commits and paths, got ${cold.findings.length} in ${commitsWithFindings.size} commits`);
    repo.write('e/.env', `API_TOKEN=${secrets[5]}\n`).commit('four', COLLEAGUE, '2025-01-04T00:00:00Z');
    const warm = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    // One commit read: every cached finding was found again where it first appeared.
    assert.equal(warm.commitsRead, 1);
    const full = await scan(repo.dir);
    assert.equal(JSON.stringify(warm.findings), JSON.stringify(full.findings));
    assert.equal(full.findings.length, cold.findings.length + 1);
    for (const text of cache.entries.values()) assertNoLeak('cache file', text, secrets);
  });

  it('reads everything again after history was rewritten', async () => {
    const { repo } = smallRepo();
    const cache = new MemoryCache();
    await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    repo.gitWith({ GIT_COMMITTER_DATE: '2025-02-01T00:00:00Z', GIT_AUTHOR_NAME: 'X', GIT_AUTHOR_EMAIL: 'x@x.example', GIT_COMMITTER_NAME: 'X', GIT_COMMITTER_EMAIL: 'x@x.example' }, 'commit', '-q', '--amend', '-m', 'two, reworded');
    const after = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(after.commitsRead, 2);
    assert.equal(after.findings.length, 1);
  });

  it('cancel kills git and rejects with GitError aborted, naming no value', async () => {
    const { repo, secrets } = smallRepo();
    const controller = new AbortController();
    class AbortingRunner extends GitRunner {
      override readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
        return super.readChunks(args, (chunk) => {
          if (args.includes('log')) controller.abort();
          onChunk(chunk);
        }, options);
      }
    }
    const git = new AbortingRunner({ cwd: repo.dir, signal: controller.signal });
    await assert.rejects(scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC, signal: controller.signal }), (err: unknown) => {
      assert.ok(err instanceof GitError);
      assert.equal(err.kind, 'aborted');
      assertNoLeak('error message', err.message, secrets);
      return true;
    });
  });

  it('masks a secret inside a path and a branch name, and keeps no cache state built on such a path', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const token = ['gh', 'p_', randomText(36)].join('');
    repo.write(`tokens/${token}.env`, `GITHUB_TOKEN=${token}\n`).commit('oops', LEAVER, '2025-01-01T00:00:00Z');
    repo.git('branch', `leak/${token}`);
    const result = await scan(repo.dir);
    assert.equal(result.findings.length, 1);
    const finding = result.findings[0] as CredentialFinding;
    assert.equal(finding.path, 'tokens/[masked].env');
    assert.deepEqual(finding.refs, ['leak/[masked]', 'main']);
    assert.equal(result.state.reusable, false);
    assert.deepEqual(result.state.entries, []);
    assertNoLeak('findings', JSON.stringify(result), [token]);
  });

  it('leaves a weak password that is also a word of the path unmasked there, so the cache is kept; masks it in a branch name that shows it as a credential', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('docker-flask/provisioning/vars.yml', 'app_name: flask\ndb_password: flask\n').commit('Flask stack', LEAVER, '2025-01-01T00:00:00Z');
    repo.git('branch', 'flask-upgrade');
    repo.git('branch', 'fix/db-password-flask');
    const result = await scan(repo.dir);
    assert.equal(result.findings.length, 1);
    const finding = result.findings[0] as CredentialFinding;
    assert.equal(finding.kind, 'password');
    assert.equal(finding.path, 'docker-flask/provisioning/vars.yml');
    assert.deepEqual(finding.refs, ['fix/db-password-[masked]', 'flask-upgrade', 'main']);
    // Nothing masked in a path: the state is kept, and the next run reads no commit again.
    assert.equal(result.state.reusable, true);
    assert.equal(result.state.entries.length, 1);
    const again = await scanCredentials({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, previous: result.state });
    assert.equal(again.commitsRead, 0);
    assert.deepEqual(again.findings.map((f) => [f.fingerprint, f.path, f.refs]), result.findings.map((f) => [f.fingerprint, f.path, f.refs]));
    assert.ok(!JSON.stringify(result.state).includes('password-flask'), 'the cache holds no ref name that shows the value');
  });

  it('rewrites git errors without the values they quote', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const token = ['gh', 'p_', randomText(36)].join('');
    repo.write('x.env', `T=${token}\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    // Two tips on different commits, so that reachability is asked of git.
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('y.txt', 'y\n').commit('two', LEAVER, '2025-01-02T00:00:00Z');
    class FailingRunner extends GitRunner {
      override async *stream(args: readonly string[], separator?: string, options?: { maxFieldLength?: number }): AsyncGenerator<string, void, undefined> {
        if (args[0] === 'rev-list' && args.includes('--parents')) throw new GitError('failed', `fatal: ambiguous argument '${token}'`);
        yield* super.stream(args, separator, options);
      }
    }
    await assert.rejects(scanCredentials({ git: new FailingRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC }), (err: unknown) => {
      assert.ok(err instanceof GitError);
      assert.match(err.message, /\[masked\]/);
      assertNoLeak('error message', err.message, [token]);
      return true;
    });
  });

  it('reads remote-tracking branches too: a pushed branch in a fresh clone', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('README.md', '# r\n').commit('start', COLLEAGUE, '2025-01-01T00:00:00Z');
    repo.git('checkout', '-q', '-b', 'wip');
    const token = ['gh', 'p_', randomText(36)].join('');
    repo.write('ci.env', `GITHUB_TOKEN=${token}\n`).commit('ci token', LEAVER, '2025-01-02T00:00:00Z');
    // Only a remote-tracking ref keeps the commit: the local branch is gone, as in a fresh clone.
    repo.git('update-ref', 'refs/remotes/origin/wip', 'wip');
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/wip');
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-q', '-D', 'wip');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => [f.path, f.inHead, f.refs, f.byPerson]), [['ci.env', false, ['origin/wip'], true]]);
    assertNoLeak('findings', JSON.stringify(result), [token]);
  });

  it('skips lines over 16 KiB without holding them whole, and says so', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const hidden = ['gh', 'p_', randomText(36)].join('');
    repo.write('big.min.js', `${'x'.repeat(300_000)}${hidden}\n`).commit('bundle', LEAVER, '2025-01-01T00:00:00Z');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.notes, [{ key: 'note.credentials.longLines', params: { count: 1, kib: 16 } }]);
    assert.deepEqual(englishNotes(result.notes), ['1 added line longer than 16 KiB was not read']);
    const git = new GitRunner({ cwd: repo.dir });
    const cut: string[] = [];
    for await (const line of git.stream(['show', 'HEAD:big.min.js'], '\n', { maxFieldLength: 1000 })) cut.push(line);
    assert.deepEqual(cut.map((l) => l.length), [1001]);
    const whole: string[] = [];
    for await (const line of git.stream(['show', 'HEAD:big.min.js'], '\n')) whole.push(line);
    assert.deepEqual(whole.map((l) => l.length), [300_000 + hidden.length]);
  });
});

describe('matching the files of stored commits', function () {
  this.timeout(60_000);
  let repo: FixtureRepo;
  after(() => repo?.dispose());

  it('reads each commit for its own paths only, and names the commits it cannot read', async () => {
    repo = FixtureRepo.init();
    repo.write('x/.env', `API_TOKEN=${randomText(20)}1q\n`).write('y/.env', `API_TOKEN=${randomText(20)}2q\n`).commit('one', LEAVER, '2025-01-01T00:00:00Z');
    const one = repo.head();
    repo.write('x/.env', `API_TOKEN=${randomText(20)}3q\n`).write('y/.env', `API_TOKEN=${randomText(20)}4q\n`).commit('two', LEAVER, '2025-01-02T00:00:00Z');
    const two = repo.head();
    const absent = 'f'.repeat(one.length);
    const heard: string[] = [];
    const asked = new Map<string, string[]>([[one, ['x/.env']], [two, ['y/.env']], [absent, ['x/.env']]]);
    const matched = await matchFilesOf(repo.dir, await emptyTreeLike(new GitRunner({ cwd: repo.dir }), one), asked, (commit, path) => {
      heard.push(`${commit === one ? 'one' : commit === two ? 'two' : commit}:${path}`);
    });
    // Both commits hold secrets in both files; each was asked for one of them.
    assert.deepEqual([...new Set(heard)].sort(), ['one:x/.env', 'two:y/.env']);
    assert.deepEqual(matched.missingCommits, [absent]);
    assert.equal(matched.unreadableFiles, 0);
  });
});

describe('credential scan: every place of a secret, and where it sits', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  it('keeps every distinct path of one secret with its oldest line and commit, and says code when any place is code', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const shared = ['gh', 'p_', randomText(36)].join('');
    const testOnly = ['gh', 'p_', randomText(36)].join('');
    const marked = ['gh', 'p_', randomText(36)].join('');
    const first = repo.write('test/fixtures/app.env', `GITHUB_TOKEN=${shared}\n`).write('pkg/client_test.go', `// GITHUB_TOKEN=${testOnly}\n`).commit('fixtures', LEAVER, '2025-01-01T00:00:00Z');
    const second = repo.write('deploy/prod.env', `# prod\nGITHUB_TOKEN=${shared}\n`).write('lib/sdk/conf.env', `GITHUB_TOKEN=${marked}\n`).write('.gitattributes', 'lib/** linguist-vendored\n').commit('deploy', COLLEAGUE, '2025-01-02T00:00:00Z');
    const third = repo.write('vendor/x/.env', `GITHUB_TOKEN=${shared}\n`).write('deploy/prod.env', `# prod\n# moved down\nGITHUB_TOKEN=${shared}\n`).commit('vendor', COLLEAGUE, '2025-01-03T00:00:00Z');
    const result = await scan(repo.dir);
    const byPath = new Map(result.findings.map((f) => [f.path, f]));
    const sharedFinding = byPath.get('test/fixtures/app.env');
    assert.ok(sharedFinding);
    assert.equal(sharedFinding.context, 'code', 'one of its places is ordinary code');
    assert.equal(sharedFinding.pathCount, 3);
    assert.deepEqual(sharedFinding.locations, [
      { path: 'test/fixtures/app.env', line: 1, commit: first, context: 'test' },
      { path: 'deploy/prod.env', line: 2, commit: second, context: 'code' },
      { path: 'vendor/x/.env', line: 1, commit: third, context: 'vendored' },
    ]);
    assert.equal(byPath.get('pkg/client_test.go')?.context, 'test');
    assert.equal(byPath.get('lib/sdk/conf.env')?.context, 'vendored', '.gitattributes linguist-vendored');
    assert.equal(result.findings.length, 3);
    // The cache keeps the places (no value), and an incremental run gives the same findings.
    const cache = new MemoryCache();
    await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    const stored = [...cache.entries.values()].join('');
    for (const value of [shared, testOnly, marked]) assertNoLeak('cache', stored, [value]);
    repo.write('later.txt', 'x\n').commit('later', COLLEAGUE, '2025-01-04T00:00:00Z');
    const again = await scanCredentialsCached({ git: new GitRunner({ cwd: repo.dir }), cwd: repo.dir, person: LEAVER_SPEC, cache });
    assert.equal(again.commitsRead, 1);
    assert.deepEqual(again.findings, (await scan(repo.dir)).findings);
  });

  it('knows a YAML secret sits under `jwt:` when a later commit changes only its line (git\'s hunk header names the parent)', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    // Name-like values: under `jwt:` the signing secret, under `ingress: tls:` a Kubernetes Secret's name.
    const yaml = (jwtSecret: string, tlsSecret: string) =>
      ['server:', '  port: 8080', 'jwt:', '  header: Authorization', '  expiration: 604800', '  # signs the tokens', '  padding: 1', `  secret: ${jwtSecret}`, '  lifetime: 60', 'ingress:', '  enabled: true', '  tls:', '    hosts: [a]', `    secret: ${tlsSecret}`, ''].join('\n');
    repo.write('src/main/resources/application.yml', yaml('${JWT_SECRET}', 'ingress-tls')).commit('config', LEAVER, '2025-01-01T00:00:00Z');
    const changed = repo.write('src/main/resources/application.yml', yaml('shop-admin-secret', 'ingress-tls-secret')).commit('set the secret', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => `${f.kind} ${f.path}:${f.line} ${f.firstCommit === changed}`), ['secret src/main/resources/application.yml:8 true']);
  });

  it('knows a Terraform variable\'s default is the credential\'s when a later commit changes only that line (git\'s hunk header names the variable)', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    // A default that only refers to nothing first, then a value; a neighbouring variable's default changes in the same commit.
    const tf = (password: string, region: string) =>
      ['variable "region" {', '  type        = string', `  default     = "${region}"`, '}', '', 'variable "db_password" {', '  type        = string', '  description = "The database password"', `  default     = "${password}"`, '}', ''].join('\n');
    repo.write('terraform/consts.tf', tf('', 'eu-west-1')).commit('variables', LEAVER, '2025-01-01T00:00:00Z');
    const value = `${randomText(10)}#${randomText(3)}`;
    const changed = repo.write('terraform/consts.tf', tf(value, `${randomText(12)}x9`)).commit('set a default', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => `${f.kind} ${f.path}:${f.line} ${f.firstCommit === changed}`), ['password terraform/consts.tf:9 true']);
  });

  it('says docs for a place only a GitHub Pages branch reaches (a built documentation site), code for one a working branch reaches too', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const [onMain, onPages, both] = [0, 1, 2].map(() => ['gh', 'p_', randomText(36)].join(''));
    repo.write('deploy/app.env', `GITHUB_TOKEN=${onMain}\n`).commit('app', COLLEAGUE, '2025-01-01T00:00:00Z');
    // A Pages branch forked from main: main's commit is reached by both, so its place stays code.
    repo.git('checkout', '-q', '-b', 'gh-pages');
    repo.write('index.html', `<pre>GITHUB_TOKEN=${onPages}</pre>\n`).write('assets/app.env', `GITHUB_TOKEN=${both}\n`).commit('site', COLLEAGUE, '2025-01-02T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('config/ci.env', `GITHUB_TOKEN=${both}\n`).commit('ci', COLLEAGUE, '2025-01-03T00:00:00Z');
    // The same branch as a remote-tracking one, as a clone has it.
    repo.git('update-ref', 'refs/remotes/origin/gh-pages', 'gh-pages');
    const result = await scan(repo.dir);
    const byPath = new Map(result.findings.map((f) => [f.path, f]));
    assert.equal(byPath.get('deploy/app.env')?.context, 'code');
    assert.equal(byPath.get('index.html')?.context, 'docs', 'only gh-pages reaches it');
    const shared = byPath.get('assets/app.env') ?? byPath.get('config/ci.env');
    assert.deepEqual(shared?.locations.map((l) => `${l.path} ${l.context}`).sort(), ['assets/app.env docs', 'config/ci.env code']);
    assert.equal(shared?.context, 'code', 'one of its places is on main');
    // A branch that only ends in the name is not a Pages branch.
    repo.git('branch', '-m', 'gh-pages', 'fix-gh-pages');
    repo.git('update-ref', '-d', 'refs/remotes/origin/gh-pages');
    const renamed = await scan(repo.dir);
    assert.equal(renamed.findings.find((f) => f.path === 'index.html')?.context, 'code');
  });

  it('counts paths past the kept places without keeping them', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const shared = ['gh', 'p_', randomText(36)].join('');
    for (let i = 0; i < 70; i++) repo.write(`svc${String(i).padStart(2, '0')}/.env`, `GITHUB_TOKEN=${shared}\n`);
    repo.commit('copies', LEAVER, '2025-01-01T00:00:00Z');
    const [finding] = (await scan(repo.dir)).findings;
    assert.equal(finding?.pathCount, 70);
    assert.equal(finding?.locations.length, 64);
    assert.equal(finding?.locations[0]?.path, 'svc00/.env');
  });
});

describe('credential scan: a value on the line after its name, in history', function () {
  this.timeout(60_000);

  it('reads the value line, which holds no keyword, when the line before names a credential, and a later change of the value alone', async () => {
    const repo = FixtureRepo.init();
    try {
      const first = `${randomText(12)}#4q`;
      const second = `${randomText(12)}#9z`;
      const manifest = (pw: string) => ['spec:', '  containers:', '    - name: api', '      env:', '        - name: DB_PASSWORD', `          value: "${pw}"`, '        - name: LOG_LEVEL', '          value: info', ''].join('\n');
      repo.write('k8s/deployment.yaml', manifest(first)).commit('api deployment', LEAVER, '2025-01-01T00:00:00Z');
      repo.write('k8s/deployment.yaml', manifest(second)).commit('rotate the database password', LEAVER, '2025-02-01T00:00:00Z');
      const result = await scan(repo.dir);
      const rows = result.findings.filter((f) => f.path === 'k8s/deployment.yaml').map((f) => `${f.kind}@${f.line}`);
      // The first value is found where the file was added (name and value in one hunk); the second
      // change shows the value line alone (-U0), its name only in the hunk's header: not found then.
      assert.deepEqual(rows, ['password@6']);
      assert.equal(result.findings.find((f) => f.path === 'k8s/deployment.yaml')?.firstCommit.slice(0, 7), repo.git('rev-list', '--max-parents=0', 'HEAD').trim().slice(0, 7));
    } finally {
      repo.dispose();
    }
  });
});

describe('credential scan: CSV rows in history', function () {
  this.timeout(60_000);

  it('reads the rows of a CSV whose header names an account and its password, rows that hold no keyword included', async () => {
    const repo = FixtureRepo.init();
    try {
      const first = `${randomText(12)}#4q`;
      const second = `${randomText(12)}#9z`;
      repo.write('ops/ldap-import.csv', ['uid,mail,userPassword', `alice,alice@corp.example,${first}`, 'bob,bob@corp.example,', ''].join('\n')).commit('users to import', LEAVER, '2025-01-01T00:00:00Z');
      repo.write('ops/ldap-import.csv', ['uid,mail,userPassword', `alice,alice@corp.example,${first}`, `bob,bob@corp.example,${second}`, ''].join('\n')).commit("bob's password", LEAVER, '2025-01-02T00:00:00Z');
      const result = await scan(repo.dir);
      // The second commit's hunk is the row alone: its header is not in the patch, so the row is not read then.
      assert.deepEqual(result.findings.map((f) => `${f.kind}@${f.path}:${f.line}`), ['password@ops/ldap-import.csv:2']);
      assert.ok(!JSON.stringify(result.findings).includes(first), 'no value in the findings');
    } finally {
      repo.dispose();
    }
  });
});

describe('credential scan: a script without an extension, in history', function () {
  this.timeout(60_000);

  it('reads the first line, which holds no keyword, so that a Python script named bin/rotate is read as code', async () => {
    const repo = FixtureRepo.init();
    try {
      const body = ['password = getpass', 'db_password = raw_input', ''].join('\n');
      repo.write('bin/rotate', `#!/usr/bin/env python3\n${body}`).write('etc/rotate', body).commit('rotation tools', LEAVER, '2025-01-01T00:00:00Z');
      const result = await scan(repo.dir);
      // The same lines without the interpreter's line are an extensionless configuration's literals.
      assert.deepEqual(result.findings.flatMap((f) => f.locations.map((l) => `${f.kind}@${l.path}:${l.line}`)).sort(), ['password@etc/rotate:1', 'password@etc/rotate:2']);
    } finally {
      repo.dispose();
    }
  });
});

/**
 * Starts merging `branch` into the branch checked out and leaves the merge open, for the test to write the
 * merge's own text and commit it: git stops at a conflict, and `--no-commit` where there is none.
 */
/**
 * `count` merges into main, one every two days of `month` (2025): each of a side branch that adds `side<i>.txt`, its own files
 * written by `ownFiles(i)` while it is open. The merges' ids, oldest first.
 */
function mergeSideBranches(repo: FixtureRepo, count: number, month: string, ownFiles: (i: number) => void): string[] {
  const merges: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(2 + 2 * i).padStart(2, '0');
    repo.git('checkout', '-q', '-b', `side${i}`, 'main');
    repo.write(`side${i}.txt`, `${i}\n`).commit(`side ${i}`, LEAVER, `2025-${month}-${day}T00:00:00Z`);
    repo.git('checkout', '-q', 'main');
    startMerge(repo, `side${i}`, `2025-${month}-${day}T12:00:00Z`);
    ownFiles(i);
    merges.push(repo.commit(`merge ${i}`, LEAVER, `2025-${month}-${day}T12:00:00Z`));
  }
  return merges;
}

function startMerge(repo: FixtureRepo, branch: string, date: string): void {
  try {
    repo.gitWith(identityEnv(LEAVER, date), 'merge', '-q', '--no-ff', '--no-commit', branch);
  } catch {
    // A conflict: the merge is open all the same.
  }
  assert.ok(existsSync(join(repo.dir, '.git', 'MERGE_HEAD')), `merging ${branch} left no merge open`);
}

describe('credential scan: what a merge commit adds itself', function () {
  this.timeout(60_000);

  it('reports a value a merge adds that none of its parents holds, and a value a branch brought at the branch\'s commit only', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('README.md', 'shop\n').commit('start', LEAVER, '2025-01-01T00:00:00Z');
      repo.git('checkout', '-q', '-b', 'feature');
      const branchValue = `${randomText(14)}#4q`;
      const branchCommit = repo.write('app/.env', `API_TOKEN=${branchValue}\n`).commit('feature settings', LEAVER, '2025-01-02T00:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.write('app/.env', 'LOG_LEVEL=info\n').commit('main settings', LEAVER, '2025-01-03T00:00:00Z');
      // The merge conflicts on app/.env; its resolution keeps both sides and adds a password of its own, and a new file.
      startMerge(repo, 'feature', '2025-01-04T00:00:00Z');
      const mergeValue = `${randomText(14)}#9z`;
      const fileValue = `${randomText(14)}#7k`;
      repo.write('app/.env', `LOG_LEVEL=info\nAPI_TOKEN=${branchValue}\nDB_PASSWORD=${mergeValue}\n`).write('deploy/db.env', `POSTGRES_PASSWORD=${fileValue}\n`);
      // A key store added while merging: judged by its name, its blob id standing for its content.
      repo.write('certs/client.p12', Buffer.from([0x30, 0x82, 0x01, 0x00, 0x00, 0x01, 0x02, 0x03]));
      const merge = repo.commit('merge feature', LEAVER, '2025-01-04T00:00:00Z');
      assert.equal(repo.git('rev-list', '--parents', '-n', '1', merge).trim().split(' ').length, 3, 'a merge commit');
      const result = await scan(repo.dir);
      const rows = result.findings.map((f) => `${f.path}:${f.line}@${f.firstCommit.slice(0, 7)}`).sort();
      assert.deepEqual(rows, [`app/.env:1@${branchCommit.slice(0, 7)}`, `app/.env:3@${merge.slice(0, 7)}`, `certs/client.p12:1@${merge.slice(0, 7)}`, `deploy/db.env:1@${merge.slice(0, 7)}`].sort());
      const output = JSON.stringify(result);
      assert.ok(![branchValue, mergeValue, fileValue].some((v) => output.includes(v)), 'no value in the result');
    } finally {
      repo.dispose();
    }
  });
});

/**
 * A merge whose files differ from both parents: `files('a')` is committed first, then `files('b')` on a branch and
 * `files('c')` on main, and the merge resolves them as `files('d')`. Returns the merge's commit.
 */
function mergeOfFourVersions(repo: FixtureRepo, files: (version: 'a' | 'b' | 'c' | 'd') => Record<string, string>): string {
  const write = (version: 'a' | 'b' | 'c' | 'd') => Object.entries(files(version)).forEach(([path, text]) => repo.write(path, text));
  write('a');
  repo.commit('start', LEAVER, '2025-01-01T00:00:00Z');
  repo.git('checkout', '-q', '-b', 'feature');
  write('b');
  repo.commit('feature', LEAVER, '2025-01-02T00:00:00Z');
  repo.git('checkout', '-q', 'main');
  write('c');
  repo.commit('main', LEAVER, '2025-01-03T00:00:00Z');
  startMerge(repo, 'feature', '2025-01-04T00:00:00Z');
  write('d');
  return repo.commit('merge feature', LEAVER, '2025-01-04T00:00:00Z');
}

describe('credential scan: a merge that rewrote a large file', function () {
  this.timeout(120_000);

  it('leaves out of the combined diffs a file whose versions are too large to line up (git would need gigabytes), says so, and reads the merge\'s other files', async () => {
    const repo = FixtureRepo.init();
    try {
      // 6,000 lines in each version: a table of 36 million cells, past MAX_COMBINED_CELLS.
      const bundle = (tag: string) => Array.from({ length: 6000 }, (_, i) => `var ${tag}${i} = ${i * 7};`).join('\n') + '\n';
      const bundleValue = `${randomText(14)}#5b`;
      const envValue = `${randomText(14)}#6e`;
      const levels = { a: 'info', b: 'debug', c: 'warn' };
      // The merge rebuilds the bundle (differing from both parents everywhere) and resolves .env with a password of its own.
      const merge = mergeOfFourVersions(repo, (version) =>
        version === 'd'
          ? { 'dist/bundle.js': `${bundle('d')}var config = { password: "${bundleValue}" };\n`, 'app/.env': `LOG_LEVEL=warn\nDB_PASSWORD=${envValue}\n` }
          : { 'dist/bundle.js': bundle(version), 'app/.env': `LOG_LEVEL=${levels[version]}\n` },
      );
      const tips = [repo.head()];
      assert.deepEqual(await filesTooLargeToCombine(new GitRunner({ cwd: repo.dir }), tips), ['dist/bundle.js']);
      const result = await scan(repo.dir);
      assert.deepEqual(result.findings.map((f) => `${f.path}:${f.line}@${f.firstCommit.slice(0, 7)}`), [`app/.env:2@${merge.slice(0, 7)}`]);
      assert.deepEqual(
        result.notes.filter((n) => n.key === 'note.credentials.mergeFilesTooLarge').map((n) => n.params),
        [{ count: 1 }],
      );
      const output = JSON.stringify(result);
      assert.ok(![bundleValue, envValue].some((v) => output.includes(v)), 'no value in the result');
    } finally {
      repo.dispose();
    }
  });
});

describe('merges: which files are too large to line up', function () {
  this.timeout(120_000);

  it('counts the lines of the parents\' versions: many lines in both is too large; long lines, one large parent or a large result alone is not', async () => {
    const repo = FixtureRepo.init();
    try {
      const lines = (count: number, tag: string, width = 12) => Array.from({ length: count }, (_, i) => `${tag}${i} ${'x'.repeat(width)}`).join('\n') + '\n';
      const versions = (tag: string): Record<string, string> => ({
        // 6,000 lines in each parent: 36 million cells, past the limit.
        'dist/bundle.js': lines(6000, tag),
        // Over 64 KiB in each parent (their sizes multiply past 2^32) but 90 lines: counted, and kept.
        'data/wide.txt': lines(90, tag, 1200),
        // 6,000 lines on one side, 10 on the other, and a result of 6,000 lines unlike both: kept (the result's own lines do not count).
        'app/grown.js': tag === 'b' ? lines(10, tag) : lines(6000, tag),
      });
      mergeOfFourVersions(repo, versions);
      assert.deepEqual(await filesTooLargeToCombine(new GitRunner({ cwd: repo.dir }), [repo.head()]), ['dist/bundle.js']);
      // A history without merges has nothing to leave out.
      assert.deepEqual(await filesTooLargeToCombine(new GitRunner({ cwd: repo.dir }), [repo.git('rev-parse', 'HEAD^1').trim()]), []);
    } finally {
      repo.dispose();
    }
  });
});

describe('credential scan: SQL dump rows in history', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  it('reads a row by the column its CREATE TABLE names, through the patch of the commit that adds the dump, and a later row of a multi-line INSERT', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const first = `Srv${randomText(10)}`;
    const second = `Ops${randomText(10)}`;
    const dump = [
      'CREATE TABLE `mnt_server` (',
      '  `id` bigint NOT NULL,',
      '  `account` varchar(50) DEFAULT NULL,',
      '  `password` varchar(100) DEFAULT NULL,',
      '  `port` int DEFAULT NULL',
      ');',
      `INSERT INTO \`mnt_server\` VALUES (1,'root','${first}',22);`,
      'INSERT INTO `mnt_server` (`id`, `account`, `password`, `port`) VALUES',
      "(2,'web',NULL,22),",
    ];
    repo.write('backup/app.sql', `${dump.join('\n')}\n`).commit('dump', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('backup/app.sql', `${[...dump, `(3,'ops','${second}',2222);`].join('\n')}\n`).commit('one more row', LEAVER, '2025-01-02T00:00:00Z');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => [f.kind, f.path, f.line]).sort(), [['sql-row-secret', 'backup/app.sql', 10], ['sql-row-secret', 'backup/app.sql', 7]]);
    const output = JSON.stringify(result.findings);
    assert.ok(!output.includes(first) && !output.includes(second), 'no value in the findings');
  });
});

describe('where a path sits', () => {
  it('tells tests, vendored code, docs and examples from code, by folder and file name', () => {
    const cases: [string, string][] = [
      ['src/app/config.ts', 'code'],
      ['releasenotes/notes/keystone-user-support-e35b0b335b6522e9.yaml', 'docs'],
      ['deploy/prod.env', 'code'],
      ['credentials.txt', 'code'],
      ['pkg/store/store_test.go', 'test'],
      ['web/src/App.spec.tsx', 'test'],
      ['web/src/App.test.ts', 'test'],
      ['tsdb/testdata/x.json', 'test'],
      ['ui/__snapshots__/App.test.tsx.snap', 'test'],
      ['spec/fixtures/users.yml', 'test'],
      ['tests/test_api.py', 'test'],
      // A Django app's tests module; a script named for what it runs stays code.
      ['sql/tests.py', 'test'],
      ['ops/latests.py', 'code'],
      ['vendor/github.com/aws/sdk/signer.go', 'vendored'],
      ['web/node_modules/x/index.js', 'vendored'],
      ['third_party/lib/a.c', 'vendored'],
      ['vendor/x/x_test.go', 'vendored'],
      // A front-end build's bundle of its dependencies, committed beside the app; the app's own bundle stays code.
      ['src/ui/static/dist/vendor.bundle.js', 'vendored'],
      ['web/build/static/js/vendors~main.2f1c.chunk.js', 'vendored'],
      ['public/js/chunk-vendors.3f9a1c.js', 'vendored'],
      ['src/ui/static/dist/main.bundle.js', 'code'],
      ['src/vendorPortal.js', 'code'],
      ['app/vendors.go', 'code'],
      ['docs/install.md', 'docs'],
      ['api-docs/index.html', 'docs'],
      ['pkg/godoc/x.go', 'code'],
      ['pkg/dockers/x.go', 'code'],
      ['README.md', 'docs'],
      ['examples/basic/config.yml', 'docs'],
      ['.env.example', 'docs'],
      ['config/settings.sample.yml', 'docs'],
      // Docs and example folders under a prefix or a suffix, any separator or case.
      ['docs-site/docusaurus.config.js', 'docs'],
      ['documentation-src/setup.yml', 'docs'],
      ['website-docs/api/auth.html', 'docs'],
      ['example-app/.env', 'docs'],
      ['flask_examples/app/settings.py', 'docs'],
      ['samples-node/config.json', 'docs'],
      ['demo-server/.env', 'docs'],
      ['apiDocs/index.html', 'docs'],
      ['userDocs/admin.html', 'docs'],
      // Words that only begin like one.
      ['doctrine/orm/Config.php', 'code'],
      ['sampler/config.go', 'code'],
      ['docker-compose/prod/.env', 'code'],
      ['exemplary/app.py', 'code'],
      // A Helm chart's test values (chart-testing installs the chart once with each `ci/*-values.yaml`).
      ['charts/proxy/ci/tls-values.yaml', 'test'],
      ['deploy/chart/ci/values.yml', 'test'],
      ['charts/proxy/values.yaml', 'code'],
      ['ci/deploy.sh', 'code'],
      ['ci/prod.env', 'code'],
      // Folders named for what they test, the word glued on or joined (Go's `httptest` style), and a
      // configuration for the test run by its name; English words that end in `test` stay code.
      ['webtest/localhost.key', 'test'],
      ['internal/envtest/config.yaml', 'test'],
      ['integration-tests2/app.env', 'code'],
      ['api_tests/settings.py', 'test'],
      ['test-utils/keys.go', 'test'],
      ['app/settings.testing.py', 'test'],
      ['docs-build/latest/config.yaml', 'docs'],
      ['releases/latest/values.yaml', 'code'],
      ['contest/config.json', 'code'],
      ['api/fastest/server.go', 'code'],
      ['manifest/deploy.yaml', 'code'],
      // A dotenv template is an example copy.
      ['.env.template', 'docs'],
      ['deploy/.env.prod.tmpl', 'docs'],
      ['deploy/.env.prod', 'code'],
      // A Postman collection is an API's requests written as examples; its environment file holds the values used.
      ['document/postman/shop-api.postman_collection.json', 'docs'],
      ['postman/shop.postman_environment.json', 'code'],
    ];
    assert.deepEqual(cases.map(([path]) => [path, contextOfPath(path)]), cases);
  });

  it('reads linguist-vendored and linguist-documentation from .gitattributes, deeper files and later lines winning', () => {
    const attributes = parseLinguistAttributes([
      { folder: '', text: 'gen/** linguist-vendored\n*.tpl linguist-documentation\ngen/own/** -linguist-vendored\n' },
      { folder: 'web/', text: 'legacy/ linguist-vendored\n' },
    ]);
    assert.equal(contextOfPath('gen/api/client.go', attributes), 'vendored');
    assert.equal(contextOfPath('gen/own/keys.go', attributes), 'code');
    assert.equal(contextOfPath('deploy/mail.tpl', attributes), 'docs');
    assert.equal(contextOfPath('web/legacy/app.js', attributes), 'vendored');
    assert.equal(contextOfPath('legacy/app.js', attributes), 'code');
  });
});

describe('credential scan: a clone that lacks objects', function () {
  this.timeout(120_000);
  const repos: FixtureRepo[] = [];
  after(() => repos.forEach((r) => r.dispose()));

  /** Secrets before, in and after two commits whose blob of `data/big.txt` is then deleted from the object store. */
  function repoWithMissingBlob(beforeDeleting: (repo: FixtureRepo) => void = () => undefined): { repo: FixtureRepo; blob: string; brokenCommits: string[]; tokens: string[] } {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const tokens = [0, 1, 2].map(() => ['gh', 'p_', randomText(36)].join(''));
    repo.write('old.env', `GITHUB_TOKEN=${tokens[0]}\n`).commit('older than the hole', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('data/big.txt', 'a large file this clone will not have\n').write('same-commit.env', `GITHUB_TOKEN=${tokens[1]}\n`);
    const adds = repo.commit('adds the large file', LEAVER, '2025-01-02T00:00:00Z');
    const blob = repo.git('rev-parse', `${adds}:data/big.txt`).trim();
    repo.write('data/big.txt', 'changed\n').write('newer.env', `GITHUB_TOKEN=${tokens[2]}\n`);
    const changes = repo.commit('changes it', COLLEAGUE, '2025-01-03T00:00:00Z');
    repo.write('README.md', '# r\n').commit('later', COLLEAGUE, '2025-01-04T00:00:00Z');
    beforeDeleting(repo);
    repo.removeObjects([blob]);
    return { repo, blob, brokenCommits: [adds, changes], tokens };
  }

  it('skips only the unreadable file, reads the rest of that commit and the older history, and names the commits in a note', async () => {
    const { repo, brokenCommits } = repoWithMissingBlob();
    assert.throws(() => execFileSync('git', ['log', '-p', '--all'], { cwd: repo.dir, stdio: 'pipe', env: { ...process.env, ...ISOLATED_ENV } }), /unable to read/, 'the fixture must make git log -p die');
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['newer.env', 'old.env', 'same-commit.env']);
    assert.equal(result.commitsRead, 4);
    assert.equal(result.notes.length, 1);
    const note = englishNotes(result.notes)[0] ?? '';
    assert.match(note, /^2 commits could not be read in full because this clone lacks some of their objects \(2 files left out; nothing was fetched\)/);
    for (const sha of brokenCommits) assert.ok(note.includes(sha.slice(0, 12)), `the note names ${sha.slice(0, 12)}`);
  });

  it('reads what merges add themselves until one needs an object the clone lacks, says so, and reads the rest of history', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const [older, newer, branchToken] = [0, 1, 2].map(() => ['gh', 'p_', randomText(36)].join(''));
    repo.write('README.md', '# r\n').commit('start', LEAVER, '2025-01-01T00:00:00Z');
    // A merge that resolves a conflict on data/big.txt, whose result the clone will then lack.
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('data/big.txt', 'side\n').write('side.env', `GITHUB_TOKEN=${branchToken}\n`).commit('side', LEAVER, '2025-01-02T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    repo.write('data/big.txt', 'main\n').commit('main', LEAVER, '2025-01-03T00:00:00Z');
    startMerge(repo, 'side', '2025-01-04T00:00:00Z');
    repo.write('data/big.txt', 'resolved\n').write('merged.env', `GITHUB_TOKEN=${older}\n`);
    const broken = repo.commit('merge side', LEAVER, '2025-01-04T00:00:00Z');
    const blob = repo.git('rev-parse', `${broken}:data/big.txt`).trim();
    // A later merge that needs no missing object: read before git reaches the broken one (newest first).
    repo.git('checkout', '-q', '-b', 'later', `${broken}~1`);
    repo.write('later.txt', 'x\n').commit('later side', LEAVER, '2025-01-05T00:00:00Z');
    repo.git('checkout', '-q', 'main');
    startMerge(repo, 'later', '2025-01-06T00:00:00Z');
    repo.write('newer.env', `GITHUB_TOKEN=${newer}\n`);
    repo.commit('merge later', LEAVER, '2025-01-06T00:00:00Z');
    repo.removeObjects([blob]);
    rmSync(join(repo.dir, 'data', 'big.txt'));
    assert.throws(() => execFileSync('git', ['log', '--merges', '--cc', '-p', '--all'], { cwd: repo.dir, stdio: 'pipe', env: { ...process.env, ...ISOLATED_ENV } }), /is not a blob|unable to read/, 'the fixture must make git log --cc die');
    const result = await scan(repo.dir);
    // Read again without data/big.txt (git named its blob in the broken merge), the broken merge's own file is found too.
    assert.deepEqual(result.findings.map((f) => f.path).sort(), ['merged.env', 'newer.env', 'side.env']);
    assert.doesNotMatch(englishNotes(result.notes).join('\n'), /merge commits add themselves/);
  });

  it('leaves out at once, in its second reading of the merges, every file the log could not read', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('README.md', '# r\n').commit('start', LEAVER, '2025-01-01T00:00:00Z');
    const missing: string[] = [];
    // Nine merges, each resolving a file whose blobs (the side's and the merge's) the clone will lack.
    for (let i = 0; i < 9; i++) {
      const day = String(2 + 2 * i).padStart(2, '0');
      repo.git('checkout', '-q', '-b', `side${i}`, 'main');
      repo.write(`big${i}.bin`, `side ${i}\n`).commit(`side ${i}`, LEAVER, `2025-03-${day}T00:00:00Z`);
      missing.push(repo.git('rev-parse', `HEAD:big${i}.bin`).trim());
      repo.git('checkout', '-q', 'main');
      repo.write(`big${i}.bin`, `main ${i}\n`).commit(`main ${i}`, LEAVER, `2025-03-${day}T06:00:00Z`);
      startMerge(repo, `side${i}`, `2025-03-${day}T12:00:00Z`);
      repo.write(`big${i}.bin`, `resolved ${i}\n`).write(`merge${i}.env`, `GITHUB_TOKEN=${['gh', 'p_', randomText(36)].join('')}\n`);
      repo.commit(`merge ${i}`, LEAVER, `2025-03-${day}T12:00:00Z`);
      missing.push(repo.git('rev-parse', `HEAD:big${i}.bin`).trim());
    }
    repo.removeObjects(missing);
    for (let i = 0; i < 9; i++) rmSync(join(repo.dir, `big${i}.bin`));
    const result = await scan(repo.dir);
    // Learning one file per reading would stop after eight; the log's list of files it left out needs one more reading.
    assert.deepEqual(result.findings.map((f) => f.path).sort(), [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `merge${i}.env`).sort());
    assert.doesNotMatch(englishNotes(result.notes).join('\n'), /merge commits add themselves/);
  });

  /** Nine merges, each adding a file of its own the clone lacks and a token beside it. */
  function repoOfNineHoledMerges(): { repo: FixtureRepo; merges: string[] } {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('README.md', '# r\n').commit('start', LEAVER, '2025-01-01T00:00:00Z');
    // Nine merges, each adding a file of its own the clone will lack and a token beside it.
    const merges = mergeSideBranches(repo, 9, '02', (i) => {
      repo.write(`blob${i}.bin`, `only in merge ${i}\n`).write(`merge${i}.env`, `GITHUB_TOKEN=${['gh', 'p_', randomText(36)].join('')}\n`);
    });
    repo.removeObjects(merges.map((merge, i) => repo.git('rev-parse', `${merge}:blob${i}.bin`).trim()));
    for (let i = 0; i < 9; i++) rmSync(join(repo.dir, `blob${i}.bin`));
    return { repo, merges };
  }

  /** Counts the merges' readings (`log --merges --cc`, or `diff-tree --stdin --cc` of the merges listed) and what each was given; `listingFails` makes the merges' listing of files fail as on a clone that lacks a tree. */
  class MergeReadings extends GitRunner {
    readings = 0;
    listingFails = false;
    /** The merges each reading was given on its standard input (null: a `git log` of every merge). */
    readonly given: (string[] | null)[] = [];
    override readChunks(args: readonly string[], onChunk: (chunk: Buffer) => void, options?: StreamOptions): Promise<void> {
      if (args.includes('--cc')) {
        this.readings++;
        this.given.push(options?.input ? [...options.input].map((line) => line.trim()) : null);
      }
      return super.readChunks(args, onChunk, options);
    }
    override async *stream(args: readonly string[], separator?: string, options?: StreamOptions): AsyncGenerator<string, void, undefined> {
      if (this.listingFails && args.includes('--merges') && args.includes('--raw')) throw new GitError('failed', 'fatal: unable to read tree');
      yield* super.stream(args, separator, options);
    }
  }

  it('leaves out of the first reading of the merges every merge file whose blob the clone lacks (known from their listing, no blob read)', async () => {
    const { repo } = repoOfNineHoledMerges();
    const git = new MergeReadings({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => f.path).sort(), [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `merge${i}.env`).sort());
    assert.doesNotMatch(englishNotes(result.notes).join('\n'), /merge commits add themselves/);
    assert.equal(git.readings, 1, 'one reading of the merges: none stopped on a hole to be read again');
  });

  it('gives git only the merges whose listing shows a file differing from every parent (the others have no combined diff)', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    repo.write('README.md', '# r\n').commit('start', LEAVER, '2025-01-01T00:00:00Z');
    // Two clean merges and one that adds a file of its own.
    const merges = mergeSideBranches(repo, 3, '04', (i) => {
      if (i === 1) repo.write('merge.env', `GITHUB_TOKEN=${['gh', 'p_', randomText(36)].join('')}\n`);
    });
    const git = new MergeReadings({ cwd: repo.dir });
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(result.findings.map((f) => `${f.path}@${f.firstCommit}`), [`merge.env@${merges[1]}`]);
    assert.deepEqual(git.given, [[merges[1]]]);
    // Their listing unreadable, every merge is read.
    const fallback = new MergeReadings({ cwd: repo.dir });
    fallback.listingFails = true;
    const again = await scanCredentials({ git: fallback, cwd: repo.dir, person: LEAVER_SPEC });
    assert.deepEqual(again.findings.map((f) => `${f.path}@${f.firstCommit}`), [`merge.env@${merges[1]}`]);
    assert.deepEqual(fallback.given, [null]);
  });

  it('says which merge it stopped at when the holes outnumber its readings of the merges (their listing could not be read)', async () => {
    const { repo, merges } = repoOfNineHoledMerges();
    const git = new MergeReadings({ cwd: repo.dir });
    git.listingFails = true;
    const result = await scanCredentials({ git, cwd: repo.dir, person: LEAVER_SPEC });
    assert.equal(git.readings, 8);
    // Newest first: each reading leaves out one more merge's file, eight readings in all; the eighth stops at
    // merge 1 (git reaches blob1.bin before merge1.env), and merge 0 is never reached.
    assert.deepEqual(result.findings.map((f) => f.path).sort(), [2, 3, 4, 5, 6, 7, 8].map((i) => `merge${i}.env`).sort());
    const notes = englishNotes(result.notes).join('\n');
    assert.match(notes, /what merge commits add themselves was read for 7 merges, then this clone lacked an object that merge [0-9a-f]{12} needs/);
    assert.ok(notes.includes((merges[1] ?? '').slice(0, 12)), 'the note names the merge');
  });

  it('says so when a file at HEAD that held a secret cannot be read, and still reports the secret', async () => {
    const repo = FixtureRepo.init();
    repos.push(repo);
    const token = ['gh', 'p_', randomText(36)].join('');
    repo.write('app.env', `GITHUB_TOKEN=${token}\n`).write('other.txt', 'x\n').commit('one', LEAVER, '2025-01-01T00:00:00Z');
    repo.write('app.env', `GITHUB_TOKEN=${token}\nMORE=1\n`).commit('two', LEAVER, '2025-01-02T00:00:00Z');
    const blob = repo.git('rev-parse', 'HEAD:app.env').trim();
    repo.removeObjects([blob]);
    rmSync(join(repo.dir, 'app.env')); // else git reads the work tree's copy in place of the blob
    const result = await scan(repo.dir);
    assert.deepEqual(result.findings.map((f) => [f.path, f.inHead]), [['app.env', false]]);
    assert.match(englishNotes(result.notes).join('\n'), /1 commit could not be read in full/);
    assert.match(englishNotes(result.notes).join('\n'), /1 file at HEAD that once held a secret could not be read/);
    // `detect --ref release` describes that commit: the note names it, in both languages, not HEAD.
    repo.git('branch', 'release');
    repo.write('other.txt', 'y\n').commit('three', LEAVER, '2025-01-03T00:00:00Z');
    const described = await scan(repo.dir, { revision: 'release' });
    assert.match(englishNotes(described.notes).join('\n'), /1 file at release that once held a secret could not be read/);
    assert.doesNotMatch(englishNotes(described.notes).join('\n'), /at HEAD/);
    assert.ok(described.notes.map((note) => noteText(note, translator('zh-CN'))).some((text) => text.startsWith('release 中有 1 个曾经含有凭据的文件无法读取')));
  });

  it('never fetches a partial clone\'s missing blob from its promisor remote', async () => {
    // A promisor remote that has the blob, reachable without network: a lazy fetch would succeed.
    let origin = '';
    const { repo, blob } = repoWithMissingBlob((full) => {
      origin = `${full.dir}-origin.git`;
      execFileSync('git', ['clone', '-q', '--bare', '--no-local', full.dir, origin], { env: { ...process.env, ...ISOLATED_ENV } });
    });
    after(() => rmSync(origin, { recursive: true, force: true }));
    execFileSync('git', ['-C', origin, 'cat-file', '-e', blob], { env: { ...process.env, ...ISOLATED_ENV } });
    repo.git('config', 'core.repositoryformatversion', '1');
    repo.git('config', 'extensions.partialClone', 'origin');
    repo.git('remote', 'add', 'origin', `file://${origin}`);
    repo.git('config', 'remote.origin.promisor', 'true');
    repo.git('config', 'protocol.file.allow', 'always');
    const packs = readdirSync(join(repo.dir, '.git', 'objects', 'pack'));
    const result = await scan(repo.dir);
    assert.equal(result.findings.length, 3);
    assert.match(englishNotes(result.notes).join('\n'), /2 commits could not be read in full/);
    assert.ok(!existsSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2))), 'the blob came back as a loose object');
    assert.deepEqual(readdirSync(join(repo.dir, '.git', 'objects', 'pack')), packs, 'a pack was fetched');
  });
});

describe('maskSecrets', () => {
  it('masks tokens, URL passwords and assigned secrets in one-line texts, and leaves other text alone', () => {
    const token = ['gl', 'pat-', randomText(20)].join('');
    const password = `${randomText(10)}#4aZ`;
    assert.equal(maskSecrets(`Revert "add ${token} to CI"`), 'Revert "add [masked] to CI"');
    assert.equal(maskSecrets(`fix db url postgres://app:${encodeURIComponent(password)}@db/app`), 'fix db url postgres://app:[masked]@db/app');
    assert.equal(maskSecrets(`set DB_PASSWORD=${password} on staging`), 'set DB_PASSWORD=[masked] on staging');
    assert.equal(maskSecrets('feature/rotate-password-policy'), 'feature/rotate-password-policy');
    assert.equal(maskSecrets('line one\nline two'), 'line one\nline two');
  });
});
