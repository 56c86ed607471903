// `handover detect`: the JSON contract other tools read, and repository shapes it must survive.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runDetections } from '../../src/core/detect/runDetections';
import { buildDemoRepository, fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';
import { englishNotes, MINIMAL } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface DetectJson {
  head: string;
  person: { name?: string; emails: string[] };
  ownedFiles: Array<{ path: string; share: number; lines: number; lastTouched: string; label: string }>;
  ownedFolders: Array<{ path: string }>;
  branches: Array<{ name: string; ahead: number; behind: number; lastCommitDate: string; state: string; pendingId?: string }>;
  credentials: Array<{ fingerprint: string; kind: string; path: string; line: number; firstCommit: string; inHead: boolean; byPerson: boolean; refs: string[]; rotated: unknown }>;
  notes: Array<{ about: string; key: string; params: Record<string, string | number>; text: string }>;
}

describe('handover detect', function () {
  this.timeout(60_000);
  let demo: FixtureRepo;
  let cache: string;
  before(() => {
    demo = buildDemoRepository();
    cache = mkdtempSync(join(tmpdir(), 'handover-cache-'));
  });
  after(() => {
    demo.dispose();
    rmSync(cache, { recursive: true, force: true });
  });

  it('prints one JSON object with the person’s files and open branches', () => {
    const result = cli(['detect', '--repo', demo.dir, '--json'], { XDG_CACHE_HOME: cache });
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as DetectJson;
    assert.equal(json.head, demo.head());
    assert.deepEqual(json.person.emails, ['zhangsan@corp.example', 'zs@users.noreply.example']);
    const owned = new Map(json.ownedFiles.map((f) => [f.path, f]));
    assert.deepEqual([...owned.keys()].sort(), ['ansible/roles/certs/tasks/main.yml', 'ansible/roles/postgres/tasks/main.yml', 'ansible/site.yml', 'deploy/.env', 'docs/runbook.md']);
    for (const file of owned.values()) {
      assert.equal(file.share, 1);
      assert.equal(file.label, 'knowledge-island');
      assert.match(file.lastTouched, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(file.lines > 0);
    }
    assert.deepEqual(json.ownedFolders.map((f) => f.path), ['ansible']);
    assert.deepEqual(
      json.branches.map((b) => [b.name, b.ahead, b.behind, b.lastCommitDate, b.state, b.pendingId]),
      [['feature/pg-failover', 1, 1, '2026-10-30', 'open', 'pending-pg-failover']],
    );
    // The demo's committed (and since removed) key: one row, with where and when, never the value.
    assert.deepEqual(
      json.credentials.map((c) => [c.kind, c.path, c.line, c.inHead, c.byPerson, c.refs, c.rotated]),
      [['aws-access-key-id', 'deploy/.env', 1, false, true, ['feature/grafana-dashboards', 'feature/pg-failover', 'main'], null]],
    );
    assert.match(json.credentials[0]?.fingerprint ?? '', /^[0-9a-f]{16}$/);
    const key = fakeAccessKeyId();
    for (const form of [key, key.slice(0, 8), Buffer.from(key).toString('base64')]) assert.ok(!result.stdout.includes(form), 'no value in the JSON');
  });

  it('names someone else with --person, runs only what --only asks, and gives the same answer from its cache', () => {
    const colleague = JSON.parse(cli(['detect', '--repo', demo.dir, '--json', '--person', 'lisi@corp.example', '--only', 'branches'], { XDG_CACHE_HOME: cache }).stdout) as DetectJson;
    assert.deepEqual(colleague.ownedFiles, []);
    // Li Si's only branch was merged normally: not open work.
    assert.deepEqual(colleague.person.emails, ['lisi@corp.example']);
    assert.deepEqual(colleague.branches, []);
    const cold = cli(['detect', '--repo', demo.dir, '--json', '--no-cache'], { XDG_CACHE_HOME: cache });
    const warm = cli(['detect', '--repo', demo.dir, '--json'], { XDG_CACHE_HOME: cache });
    assert.equal(warm.stdout, cold.stdout);
  });

  it('writes SARIF 2.1.0 with --sarif: a result per credential, its place and fingerprint, no value', () => {
    const sarifPath = join(cache, 'handover.sarif');
    const result = cli(['detect', '--repo', demo.dir, '--only', 'credentials', '--sarif', sarifPath], { XDG_CACHE_HOME: cache });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Credentials in history: 1 \(1 not rotated\)/);
    const text = readFileSync(sarifPath, 'utf8');
    const sarif = JSON.parse(text) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0]?.results ?? [];
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine]),
      [['aws-access-key-id', 'deploy/.env', 1]],
    );
    const key = fakeAccessKeyId();
    for (const form of [key, key.slice(0, 8), Buffer.from(key).toString('base64')]) assert.ok(!text.includes(form) && !result.stdout.includes(form), 'no value in the SARIF or the summary');
  });

  it('writes the text summary in the language asked for: every heading and state in Chinese with --lang zh-CN', () => {
    const zh = cli(['detect', '--repo', demo.dir, '--lang', 'zh-CN'], { XDG_CACHE_HOME: cache });
    assert.equal(zh.code, 0, zh.stderr);
    assert.match(zh.stdout, /^历史中的凭据：1 个（1 个尚未轮换）$/m);
    assert.match(zh.stdout, /^未合并的分支（对比 main）：\d+$/m);
    assert.match(zh.stdout, /^仍然提及移交人的配置：\d+ 处$/m);
    assert.match(zh.stdout, /\t知识孤岛\t/);
    // Outside ids, paths, dates and branch names, no English word is left.
    const prose = zh.stdout.split('\n').map((line) => line.split('\t').filter((cell, i) => i === 0 || !/[/.:0-9]/.test(cell)).join(' ').replace(/^HEAD [0-9a-f]+.*$/, ''));
    assert.ok(!prose.some((line) => /\b(Owned|Open|Credentials|Configuration|rotated|ROTATED|history only|at HEAD|knowledge|note)\b/.test(line)), zh.stdout);
  });

  it('refuses a bad --only with exit 2, and an invalid HANDOVER.yaml with exit 1', () => {
    const bad = cli(['detect', '--repo', demo.dir, '--only', 'owned,bogus']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--only takes owned, branches, credentials, mentions, not "bogus"/);
    const folder = mkdtempSync(join(tmpdir(), 'handover-detect-'));
    try {
      writeFileSync(join(folder, 'HANDOVER.yaml'), 'version: 1\nproject: [\n');
      const invalid = cli(['detect', '--repo', folder]);
      assert.equal(invalid.code, 1);
      assert.match(invalid.stderr, /HANDOVER\.yaml:\d+:\d+: error:/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves lockfiles out of owned files unless --no-default-exclusions is given (detect only)', () => {
    const lee: Person = { name: 'Lee', email: 'lee@corp.example' };
    const repo = FixtureRepo.init();
    try {
      repo.write('package-lock.json', '{\n  "lockfileVersion": 3\n}\n').write('app.js', 'one();\ntwo();\n').commit('App', lee, '2026-01-01T00:00:00Z');
      const run = (extra: string[]) => {
        const result = cli(['detect', '--repo', repo.dir, '--json', '--no-cache', '--only', 'owned', '--person', lee.email, ...extra]);
        assert.equal(result.code, 0, result.stderr);
        const json = JSON.parse(result.stdout) as DetectJson & { excludedFiles: number };
        return [json.ownedFiles.map((f) => f.path).sort(), json.excludedFiles];
      };
      assert.deepEqual(run([]), [['app.js'], 1]);
      assert.deepEqual(run(['--no-default-exclusions']), [['app.js', 'package-lock.json'], 0]);
      const misplaced = cli(['validate', '--repo', repo.dir, '--no-default-exclusions']);
      assert.equal(misplaced.code, 2);
      assert.match(misplaced.stderr, /--no-default-exclusions is only for detect/);
    } finally {
      repo.dispose();
    }
  });

  it('looks for the person\'s name given with --name, as for HANDOVER.yaml\'s from.name, and only then', () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('ops/oncall.yaml', 'schedule:\n  primary: Wang Lei\n  secondary: Li Na\n').write('CODEOWNERS', '# maintained by Wang Lei\n* @platform\n');
      repo.commit('on-call', { name: 'Li Na', email: 'lina@corp.example' }, '2025-01-01T00:00:00Z');
      const named = cli(['detect', '--repo', repo.dir, '--only', 'mentions', '--name', 'Wang Lei', '--json'], { XDG_CACHE_HOME: cache });
      assert.equal(named.code, 0, named.stderr);
      const json = JSON.parse(named.stdout) as { person: { name?: string; emails: string[] }; mentions: Array<{ path: string; line: number }> };
      assert.deepEqual(json.person, { name: 'Wang Lei', emails: [] });
      assert.deepEqual(json.mentions.map((m) => `${m.path}:${m.line}`).sort(), ['CODEOWNERS:1', 'ops/oncall.yaml:2']);
      const unnamed = cli(['detect', '--repo', repo.dir, '--only', 'mentions', '--person', 'wanglei@corp.example', '--json'], { XDG_CACHE_HOME: cache });
      assert.deepEqual((JSON.parse(unnamed.stdout) as { mentions: unknown[] }).mentions, []);
      // The summary shows only what ran: no "0 credentials" for a scan --only left out.
      const summary = cli(['detect', '--repo', repo.dir, '--only', 'mentions', '--name', 'Wang Lei'], { XDG_CACHE_HOME: cache });
      assert.match(summary.stdout, /^Configuration that still names them: 2$/m);
      assert.doesNotMatch(summary.stdout, /Owned files|Open branches|Credentials in history/);
      // Still a sign option, and no other command's.
      assert.match(cli(['accept', 'x', '--repo', repo.dir, '--name', 'Wang Lei']).stderr, /--name is only for sign, detect/);
    } finally {
      repo.dispose();
    }
  });

  it('says so, without failing, outside a git repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'handover-detect-'));
    try {
      writeFileSync(join(folder, 'HANDOVER.yaml'), MINIMAL);
      const result = cli(['detect', '--repo', folder, '--json'], { GIT_CEILING_DIRECTORIES: tmpdir() });
      assert.equal(result.code, 0, result.stderr);
      const json = JSON.parse(result.stdout) as DetectJson;
      assert.equal(json.head, null);
      assert.deepEqual(json.notes, [{ about: 'general', key: 'note.general.notGit', params: {}, text: 'not a git repository' }]);
      // The same note in Chinese: the key and parameters stay, the text follows --lang.
      const zh = JSON.parse(cli(['detect', '--repo', folder, '--json', '--lang', 'zh-CN'], { GIT_CEILING_DIRECTORIES: tmpdir() }).stdout) as DetectJson;
      assert.deepEqual(zh.notes, [{ about: 'general', key: 'note.general.notGit', params: {}, text: '这里不是 git 仓库' }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('detections on damaged repositories', function () {
  this.timeout(30_000);
  const LEE: Person = { name: 'Lee', email: 'lee@corp.example' };
  const BOB: Person = { name: 'Bob', email: 'bob@corp.example' };

  it('skip the commits whose objects are missing, say which, and count the rest exactly', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('a.txt', 'a1\na2\na3\n').commit('c1', LEE, '2026-01-01T00:00:00Z');
      const c2 = repo.write('b.txt', 'b1\nb2\n').commit('c2', BOB, '2026-01-02T00:00:00Z');
      const lost = repo.git('rev-parse', `${c2}:b.txt`).trim();
      const c3 = repo.write('b.txt', 'b1\nb2\nb3\n').commit('c3', BOB, '2026-01-03T00:00:00Z');
      repo.write('a.txt', 'a1\na2\na3\na4\n').commit('c4', LEE, '2026-01-04T00:00:00Z');
      repo.removeObjects([lost]);

      const result = await runDetections({ cwd: repo.dir, person: { emails: [LEE.email] }, only: new Set(['owned']) });
      // c4 is read; c3 and c2 need the lost blob; c1 is read again after them.
      // The note is about ownership alone: the tree shows it under owned files, not under every section.
      assert.deepEqual(result.notes, [{ about: 'owned', key: 'note.owned.skippedCommits', params: { count: 2, commits: `${c3.slice(0, 12)}, ${c2.slice(0, 12)}` } }]);
      assert.deepEqual(englishNotes(result.notes), [`missing objects: 2 commits skipped (${c3.slice(0, 12)}, ${c2.slice(0, 12)}), every other commit read; ownership figures are lower bounds`]);
      const a = result.ownedFiles.find((f) => f.path === 'a.txt');
      assert.deepEqual([a?.personAdded, a?.totalAdded, a?.personCommits, a?.share], [4, 4, 2, 1]);
      assert.ok(!result.ownedFiles.some((f) => f.path === 'b.txt'));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('never cut history short: past 26 unreadable commits in a row, the older ones are still read', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('a.txt', 'a1\na2\na3\n').commit('lee first', LEE, '2026-01-01T00:00:00Z');
      const lost: string[] = [];
      let text = '';
      for (let i = 1; i <= 26; i++) {
        text += `b${i}\n`;
        const sha = repo.write('b.txt', text).commit(`bob ${i}`, BOB, `2026-01-02T00:${String(i).padStart(2, '0')}:00Z`);
        if (i < 26) lost.push(repo.git('rev-parse', `${sha}:b.txt`).trim());
      }
      repo.write('a.txt', 'a1\na2\na3\na4\n').commit('lee last', LEE, '2026-01-03T00:00:00Z');
      repo.removeObjects(lost);

      const result = await runDetections({ cwd: repo.dir, person: { emails: [LEE.email] }, only: new Set(['owned']) });
      const notes = englishNotes(result.notes);
      assert.match(notes[0] ?? '', /^missing objects: 26 commits skipped \([0-9a-f]{12}, .*, …\), every other commit read/);
      assert.ok(!notes.some((n) => /left unread|fatal/.test(n)), notes.join('\n'));
      // Lee's first commit, older than every unreadable one, still counts.
      const a = result.ownedFiles.find((f) => f.path === 'a.txt');
      assert.deepEqual([a?.personAdded, a?.totalAdded, a?.personCommits, a?.share], [4, 4, 2, 1]);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('report a missing git as a note, not a crash', async () => {
    const repo = FixtureRepo.init();
    const path = process.env.PATH;
    try {
      repo.write('a.txt', 'a\n').commit('c1', LEE, '2026-01-01T00:00:00Z');
      process.env.PATH = '/nonexistent';
      const result = await runDetections({ cwd: repo.dir, person: { emails: [LEE.email] } });
      assert.equal(result.head, null);
      assert.equal(result.notes.length, 1);
      assert.equal(result.notes[0]?.key, 'note.general.gitUnavailable');
      assert.match(englishNotes(result.notes)[0] ?? '', /git/);
    } finally {
      process.env.PATH = path;
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('detections handed on as each ends', function () {
  this.timeout(30_000);
  const LEE: Person = { name: 'Lee', email: 'lee@corp.example' };

  it('give each detection’s result as it ends, in order, masked as the final result is', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('ops/deploy.sh', 'echo deploy\necho done\n').commit('deploy', LEE, '2026-01-01T00:00:00Z');
      // A branch whose name holds a token: the branches' result is masked before anyone sees it.
      const token = ['gh', 'p_', 'Q7rT2vX9kL4mN8pW3sZ6yB1cD5fG0hJ2aE4u'].join('');
      repo.git('checkout', '-q', '-b', `leak/${token}`);
      repo.write('ops/wip.sh', 'echo wip\n').commit('wip', LEE, '2026-01-02T00:00:00Z');
      repo.git('checkout', '-q', 'main');
      const seen: Array<[string, string[], string[], number]> = [];
      const stages: string[] = [];
      const result = await runDetections({
        cwd: repo.dir,
        person: { emails: [LEE.email] },
        isolate: true,
        onStage: (kind) => stages.push(kind),
        onDetected: (kind, soFar) => {
          assert.ok(!JSON.stringify(soFar).includes(token), `${kind}: the token is masked`);
          seen.push([kind, soFar.ownedFiles.map((f) => f.path), soFar.branches.map((b) => b.name), soFar.credentials.length]);
        },
      });
      assert.deepEqual(stages, ['owned', 'branches', 'credentials', 'mentions']);
      // Each ends with its own result there, and what ended before it kept.
      assert.deepEqual(seen.map(([kind]) => kind), stages);
      assert.deepEqual(seen[0], ['owned', ['ops/deploy.sh'], [], 0]);
      assert.deepEqual(seen[1], ['branches', ['ops/deploy.sh'], ['leak/[masked]'], 0]);
      assert.equal(seen[2]?.[3], result.credentials.length);
      assert.deepEqual(seen[3]?.[2], result.branches.map((b) => b.name));
      assert.ok(!JSON.stringify(result).includes(token));
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});
