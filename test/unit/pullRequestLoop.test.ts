// Issue 12b: the pull-request loop and the report — repositories with nothing to count, complete
// meaning complete, a stale report explained, signatures, report text, names that carry credentials.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { runCli } from '../../src/cli';
import { failureReason, runDetections } from '../../src/core/detect/runDetections';
import { noteText, notesAbout } from '../../src/core/detect/detectionNotes';
import { translator } from '../../src/core/i18n/translator';
import { starterHandoverYaml } from '../../src/core/handover/starterTemplate';
import { buildReport } from '../../src/core/report/reportBuilder';
import { englishNotes, load, MINIMAL, tempDir } from './helpers';
import { fakeAccessKeyId } from '../fixtures/demoRepository';
import { FixtureRepo, type Person } from '../fixtures/fixtureRepo';

const ALICE: Person = { name: 'Alice', email: 'alice@example.com' };
const BOB: Person = { name: 'Bob', email: 'bob@example.com' };

const HANDOVER = MINIMAL;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) }, { LANG: 'C' });
  return { code, stdout, stderr };
}

function readIn(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

describe('repositories with nothing for git grep to match (issue 12, 6)', function () {
  this.timeout(60_000);
  const cases: [string, (repo: FixtureRepo) => void][] = [
    ['an empty first commit only', (repo) => repo.commit('init', ALICE, '2026-01-01T00:00:00Z')],
    ['only binary files', (repo) => repo.write('logo.bin', Buffer.from([0, 1, 2, 0, 255])).commit('logo', ALICE, '2026-01-01T00:00:00Z')],
    ['only a .gitkeep', (repo) => repo.write('logs/.gitkeep', '').commit('keep logs/', ALICE, '2026-01-01T00:00:00Z')],
  ];
  for (const [what, build] of cases) {
    it(`generate and check succeed on ${what}`, async () => {
      const repo = FixtureRepo.init();
      try {
        build(repo);
        repo.write('HANDOVER.yaml', HANDOVER);
        const generated = await run(['generate', '--repo', repo.dir, '--no-cache']);
        assert.equal(generated.code, 0, generated.stderr);
        assert.match(readIn(repo.dir, 'HANDOVER.md'), /## /);
        const checked = await run(['check', '--repo', repo.dir, '--no-cache']);
        assert.equal(checked.code, 0, checked.stderr);
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    });
  }
});

describe('report text (issue 12, 11)', () => {
  const md = new MarkdownIt({ html: true, linkify: true }).enable(['table', 'strikethrough']);
  type Token = ReturnType<typeof md.parse>[number];
  const flatten = (tokens: Token[]): Token[] => tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);
  const yaml = `${MINIMAL}duties:\n  - id: d1\n    title: Certificates\n    details: "See GH-12, gh-7 and #12; typed &#60; and &#x3C; stay"\ndocuments:\n  - id: bad\n    title: Bad\n    url: javascript:alert(1)\n  - id: named\n    title: Named\n    url: file:///etc/passwd\n`;
  const text = buildReport({ handover: load(yaml).handover!, language: 'en', head: { kind: 'unborn' }, linkBase: '' });
  const rendered = flatten(md.parse(text, {}))
    .filter((t) => t.type === 'text')
    .map((t) => t.content)
    .join('');

  it('neutralises GH-12 as it does #12', () => {
    assert.ok(rendered.includes('GH-\u200B12'), rendered);
    assert.ok(rendered.includes('gh-\u200B7'), rendered);
    assert.ok(rendered.includes('#\u200B12'), rendered);
    assert.doesNotMatch(rendered, /GH-12|#12/i);
  });

  it('keeps a typed character reference as typed, without a zero-width space', () => {
    assert.ok(rendered.includes('typed &#60; and &#x3C; stay'), rendered);
  });

  it('prints an unsafe URL once, and a labelled one with its label', () => {
    assert.equal(text.split('javascript:alert(1)').length - 1, 1, text);
    assert.equal(text.split('file:///etc/passwd').length - 1, 1, text);
    const links = flatten(md.parse(text, {})).filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href')));
    assert.deepEqual(links.filter((href) => !href.startsWith('mailto:')), []);
  });
});

describe('signatures (issue 12, 9)', function () {
  this.timeout(30_000);
  const DUTY = `duties:\n  - id: d1\n    title: Certificates\n`;

  it('refuses to sign as the supervisor when HANDOVER.yaml names none, and writes nothing', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': MINIMAL });
    try {
      const result = await run(['sign', '--as', 'supervisor', '--name', 'Carol', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /names no supervisor/);
      assert.equal(readIn(repo.dir, 'HANDOVER.yaml'), MINIMAL);
    } finally {
      repo.dispose();
    }
  });

  it('warns when the name signed differs from the party named, and records it', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': MINIMAL });
    try {
      const result = await run(['sign', '--as', 'to', '--name', 'Robert', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /^Warning: HANDOVER\.yaml names Bob as Successor \(接收人\), but the signature says Robert\./m);
      assert.match(readIn(repo.dir, 'HANDOVER.yaml'), /to: \{name: Robert, date: 2026-12-01\}/);
      const same = await run(['sign', '--as', 'from', '--name', ' alice ', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(same.code, 0, same.stderr);
      assert.equal(same.stderr, '', 'case and spaces are no difference');
    } finally {
      repo.dispose();
    }
  });

  it('warns when a signature is dated before the last acceptance', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': `${MINIMAL}${DUTY}` });
    try {
      assert.equal((await run(['accept', 'd1', '--on', '2026-12-05', '--repo', repo.dir])).code, 0);
      const early = await run(['sign', '--as', 'to', '--name', 'Bob', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(early.code, 0, early.stderr);
      assert.match(early.stderr, /dated 2026-12-01, before the last acceptance or record \(2026-12-05, d1\)/);
      const later = await run(['sign', '--as', 'from', '--name', 'Alice', '--on', '2026-12-05', '--repo', repo.dir]);
      assert.equal(later.stderr, '');
    } finally {
      repo.dispose();
    }
  });

  it('counts only the signatures due: a supervisor signature with no supervisor named is not one of them', () => {
    const yaml = `${MINIMAL}signoff:\n  from: {name: Alice, date: 2026-12-01}\n  to: {name: Bob, date: 2026-12-01}\n  supervisor: {name: Carol, date: 2026-12-01}\n`;
    const text = buildReport({ handover: load(yaml).handover!, language: 'en', head: { kind: 'unborn' }, linkBase: '' });
    assert.match(text, /\| Signatures \| 2 of 2 \|/);
    const named = buildReport({ handover: load(`${yaml}supervisor: {name: Carol}\n`).handover!, language: 'en', head: { kind: 'unborn' }, linkBase: '' });
    assert.match(named, /\| Signatures \| 3 of 3 \|/);
  });

  it('signs as the supervisor with an opinion (监交意见), which the report shows', async () => {
    const repo = tempDir({ 'HANDOVER.yaml': `${MINIMAL}supervisor:\n  name: 王五\n` });
    try {
      const wrongRole = await run(['sign', '--as', 'to', '--name', 'Bob', '--opinion', 'ok', '--repo', repo.dir]);
      assert.equal(wrongRole.code, 2);
      const result = await run(['sign', '--as', 'supervisor', '--name', '王五', '--on', '2026-12-06', '--opinion', '同意交接: 资料齐全 #3', '--repo', repo.dir]);
      assert.equal(result.code, 0, result.stderr);
      const handover = load(readIn(repo.dir, 'HANDOVER.yaml')).handover!;
      assert.deepEqual(handover.signoff.supervisor, { name: '王五', date: '2026-12-06', opinion: '同意交接: 资料齐全 #3' });
      const zh = buildReport({ handover, language: 'zh-CN', head: { kind: 'unborn' }, linkBase: '' });
      assert.match(zh, /^\*\*监交意见：\*\* 同意交接: 资料齐全 #&#8203;3$/m);
    } finally {
      repo.dispose();
    }
  });
});

describe('check --require-complete means complete (issue 12, 7)', function () {
  this.timeout(60_000);
  const COMPLETE = `${HANDOVER}supervisor: {name: Carol}
systems:
  - id: sys-vpn
    name: VPN
    action: revoke
    status: todo
    accepted: {by: Bob, on: 2026-12-01}
signoff:
  from: {name: Alice, date: 2026-12-02}
  to: {name: Bob, date: 2026-12-02}
  supervisor: {name: Carol, date: 2026-12-02}
`;

  it('fails while a system action is to do, owned files are not reviewed and branches are undecided, and says which', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('deploy/app.sh', 'echo deploy\n').commit('deploy script', ALICE, '2026-01-01T00:00:00Z');
      repo.git('checkout', '-q', '-b', 'alice/pg15');
      repo.write('db/migrate.sql', 'select 1;\n').commit('pg15 migration', ALICE, '2026-01-02T00:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.write('HANDOVER.yaml', COMPLETE);
      assert.equal((await run(['generate', '--repo', repo.dir, '--no-cache'])).code, 0);
      const incomplete = await run(['check', '--require-complete', '--repo', repo.dir, '--no-cache']);
      assert.equal(incomplete.code, 1, incomplete.stdout);
      assert.match(incomplete.stderr, /The handover is not complete:/);
      assert.match(incomplete.stderr, /1 system with an action still to do: sys-vpn/);
      assert.match(incomplete.stderr, /1 owned file or folder not reviewed: deploy\/app\.sh/);
      assert.match(incomplete.stderr, /1 branch of the person leaving without a decision: alice\/pg15/);

      // Once done, reviewed and decided, the same check passes.
      const done = COMPLETE.replace('status: todo', 'status: done').replace(
        'signoff:',
        [
          // Complete also means every finding is named in the checklist (issue 13).
          'duties:',
          '  - {id: deploy, title: Deploy script, runbook: deploy/app.sh, accepted: {by: Bob, on: 2026-12-01}}',
          'pending:',
          '  - {id: pg15, title: PG15 migration, reason: not tested, remaining: run it, branch: alice/pg15, accepted: {by: Bob, on: 2026-12-01}}',
          'detected:',
          '  reviewed:',
          '    - {path: deploy/app.sh, by: Bob, on: 2026-12-01}',
          '    - {branch: alice/pg15, by: Bob, on: 2026-12-01, outcome: abandoned}',
          'signoff:',
        ].join('\n'),
      );
      repo.write('HANDOVER.yaml', done);
      assert.equal((await run(['generate', '--repo', repo.dir, '--no-cache'])).code, 0);
      const complete = await run(['check', '--require-complete', '--repo', repo.dir, '--no-cache']);
      assert.equal(complete.code, 0, complete.stderr);
      assert.match(complete.stdout, /The handover is complete/);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('a stale report explained (issue 12, 8)', function () {
  this.timeout(60_000);

  it('names the commit the report describes, the newer commits that changed it, and the command to run', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('deploy/app.sh', 'echo deploy\n');
      const first = repo.commit('deploy script', ALICE, '2026-01-01T00:00:00Z');
      repo.write('HANDOVER.yaml', HANDOVER);
      assert.equal((await run(['generate', '--repo', repo.dir, '--no-cache'])).code, 0);
      repo.commit('handover report', ALICE, '2026-01-02T00:00:00Z');
      assert.equal((await run(['check', '--repo', repo.dir, '--no-cache'])).code, 0, 'committing the report keeps it current');
      repo.write('monitoring/alerts.yml', 'groups: []\n');
      const newer = repo.commit('add alert rules', ALICE, '2026-01-03T00:00:00Z');
      const stale = await run(['check', '--repo', repo.dir, '--no-cache']);
      assert.equal(stale.code, 1);
      assert.ok(stale.stderr.includes(`The committed report describes commit ${first.slice(0, 12)}; generated now it describes ${newer.slice(0, 12)}.`), stale.stderr);
      assert.ok(stale.stderr.includes(`Newer commits that change what the report shows:\n  ${newer.slice(0, 12)} add alert rules\n`), stale.stderr);
      assert.ok(stale.stderr.includes(`Run \`handover generate --repo ${repo.dir}\` and commit the result.`), stale.stderr);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('says when the described commit was rewritten by a rebase of the pull request', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('README', 'base\n').commit('base', BOB, '2026-01-01T00:00:00Z');
      repo.git('checkout', '-q', '-b', 'handover');
      repo.write('deploy/app.sh', 'echo deploy\n');
      const described = repo.commit('deploy script', ALICE, '2026-01-02T00:00:00Z');
      repo.write('HANDOVER.yaml', HANDOVER);
      assert.equal((await run(['generate', '--repo', repo.dir, '--no-cache', '--lang', 'zh-CN'])).code, 0);
      repo.commit('handover report', ALICE, '2026-01-03T00:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.write('other.txt', 'x\n').commit('meanwhile on main', BOB, '2026-01-04T00:00:00Z');
      repo.git('checkout', '-q', 'handover');
      repo.gitWith({ GIT_COMMITTER_NAME: 'Alice', GIT_COMMITTER_EMAIL: ALICE.email, GIT_COMMITTER_DATE: '2026-01-05T00:00:00Z' }, 'rebase', '-q', 'main');
      const stale = await run(['check', '--repo', repo.dir, '--no-cache', '--lang', 'zh-CN']);
      assert.equal(stale.code, 1);
      assert.ok(stale.stderr.includes(`提交 ${described.slice(0, 12)} 不在`), stale.stderr);
      assert.match(stale.stderr, /请运行 `handover generate --repo \S+ --lang zh-CN` 并提交结果。/);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('credentials in names are masked everywhere (issue 12, 2)', function () {
  this.timeout(120_000);

  it('masks a token in a branch name, a commit subject and a file name in every output and the cache', async () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const random = (n: number, chars = alphabet) => Array.from({ length: n }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
    const githubToken = ['gh', 'p_', random(36)].join('');
    const slackToken = ['xox', 'b-', random(12, '0123456789'), '-', random(12, '0123456789'), '-', random(24)].join('');
    const awsKeyId = fakeAccessKeyId();
    const secrets = [githubToken, slackToken, awsKeyId];
    const repo = FixtureRepo.init();
    const cacheHome = mkdtempSync(join(tmpdir(), 'handover-cache-'));
    const outside = mkdtempSync(join(tmpdir(), 'handover-out-'));
    try {
      repo.write('README', 'base\n').commit('base', BOB, '2026-01-01T00:00:00Z');
      repo.write(`keys/${awsKeyId}.txt`, 'see the vault\n').commit('key notes', ALICE, '2026-01-02T00:00:00Z');
      repo.git('checkout', '-q', '-b', `feature/${githubToken}`);
      repo.write('ops/rotate.sh', 'echo rotate\n').commit(`rotate with ${slackToken}`, ALICE, '2026-01-03T00:00:00Z');
      repo.git('tag', `v1-${githubToken}`);
      repo.git('checkout', '-q', 'main');
      repo.write('HANDOVER.yaml', HANDOVER);
      const env = { LANG: 'C', XDG_CACHE_HOME: cacheHome };
      const outputs: string[] = [];
      const capture = async (args: string[]) => {
        let all = '';
        const code = await runCli(args, { out: (s) => (all += s), err: (s) => (all += s) }, env);
        assert.equal(code, 0, all);
        outputs.push(all);
        return all;
      };
      const json = JSON.parse(await capture(['detect', '--repo', repo.dir, '--json'])) as { branches: { name: string; lastCommitSubject: string }[]; ownedFiles: { path: string }[] };
      assert.ok(json.branches.some((b) => b.name === 'feature/[masked]' && b.lastCommitSubject === 'rotate with [masked]'), JSON.stringify(json.branches));
      assert.ok(json.ownedFiles.some((f) => f.path === 'keys/[masked].txt'), JSON.stringify(json.ownedFiles));
      await capture(['detect', '--repo', repo.dir]);
      await capture(['detect', '--repo', repo.dir, '--sarif', join(outside, 'found.sarif')]);
      await capture(['generate', '--repo', repo.dir]);
      await capture(['generate', '--repo', repo.dir, '--lang', 'zh-CN', '--out', 'HANDOVER.zh-CN.md']);
      await capture(['check', '--repo', repo.dir]);
      const report = readIn(repo.dir, 'HANDOVER.md');
      assert.match(report, /feature\/\[masked\]/, 'the branch is listed, masked');
      const files = [join(repo.dir, 'HANDOVER.md'), join(repo.dir, 'HANDOVER.zh-CN.md'), join(outside, 'found.sarif'), ...listFiles(cacheHome)];
      assert.ok(listFiles(cacheHome).length > 0, 'the cache was written');
      for (const secret of secrets) {
        for (const [index, output] of outputs.entries()) assert.ok(!output.includes(secret), `output ${index} holds a secret`);
        for (const file of files) assert.ok(!readFileSync(file, 'utf8').includes(secret), `${file} holds a secret`);
      }
    } finally {
      for (const dir of [repo.dir, cacheHome, outside]) rmSync(dir, { recursive: true, force: true });
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('credentials on the open branches the report lists (issue 12, 12)', function () {
  this.timeout(120_000);

  it('puts a token committed only on the person’s pushed branch in the report, the same in a CI clone', async () => {
    const upstream = FixtureRepo.init();
    const work = mkdtempSync(join(tmpdir(), 'handover-clone-'));
    const ci = mkdtempSync(join(tmpdir(), 'handover-ci-'));
    try {
      upstream.write('db/schema.sql', 'create table t (id int);\n').commit('schema', ALICE, '2026-01-01T00:00:00Z');
      upstream.git('checkout', '-q', '-b', 'zs/pg15-migration');
      const token = ['gh', 'p_', 'k3Xz9Q7mW2'.repeat(4).slice(0, 36)].join('');
      upstream.write('db/migrate.sh', `#!/bin/sh\nexport GITHUB_TOKEN=${token}\n`).commit('pg15 migration', ALICE, '2026-01-02T00:00:00Z');
      upstream.git('checkout', '-q', 'main');
      const clone = (dir: string) => upstream.git('clone', '-q', '--no-local', upstream.dir, dir);
      clone(work);
      const local = FixtureRepo.init({ dir: work });
      local.write('HANDOVER.yaml', HANDOVER);
      const generated = await run(['generate', '--repo', work, '--no-cache']);
      assert.equal(generated.code, 0, generated.stderr);
      const report = readIn(work, 'HANDOVER.md');
      assert.match(report, /origin\/zs\/pg15-migration/, 'the branch is listed');
      assert.match(report, /`db\/migrate\.sh:2`/, 'and the credential committed only there');
      local.commit('handover report', ALICE, '2026-01-03T00:00:00Z');
      local.git('push', '-q', 'origin', 'HEAD:refs/heads/handover');
      // A CI clone of the pull request's head: origin's branches, nothing else.
      upstream.git('clone', '-q', '--no-local', '-b', 'handover', upstream.dir, ci);
      const checked = await run(['check', '--repo', ci, '--no-cache']);
      assert.equal(checked.code, 0, checked.stderr);
    } finally {
      for (const dir of [upstream.dir, work, ci]) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('handover fidelity: department, position, place, owner, quantity, condition, opinion', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`the starter template (${language}) carries the fields, and the report shows them`, () => {
      const loaded = load(starterHandoverYaml({ language, project: 'ops', fromName: 'Alice', fromEmail: 'alice@example.com', today: '2026-11-23' }));
      assert.deepEqual(loaded.diagnostics, []);
      const handover = loaded.handover!;
      assert.ok(handover.from.department && handover.from.position && handover.to.department && handover.supervisor?.position);
      assert.ok(handover.timeline.place);
      assert.ok(handover.sections.pending[0]?.data.owner);
      assert.equal(handover.sections.assets[0]?.data.quantity, '1');
      assert.ok(handover.sections.assets[0]?.data.condition);
      const text = buildReport({ handover, language, head: { kind: 'unborn' }, linkBase: '' });
      const zh = language === 'zh-CN';
      assert.match(text, zh ? /^\| 移交人 \| Alice \| 运维部 \| 运维工程师 \| alice@example\.com \|$/m : /^\| Person leaving \(移交人\) \| Alice \| Operations \| Site Reliability Engineer \| alice@example\.com \|$/m);
      assert.match(text, zh ? /^\| 交接地点 \| 交接地点（会议室、楼层、城市） \|$/m : /^\| Place \(交接地点\) \| Meeting room, building, city \|$/m);
      assert.match(text, zh ? /^ {2}- 后续负责人：接收人姓名$/m : /^ {2}- Carried on by \(后续负责人\): Successor Name$/m);
      assert.match(text, zh ? /^ {2}- 数量：1$/m : /^ {2}- Quantity: 1$/m);
      assert.match(text, zh ? /^ {2}- 状况：完好，含充电器$/m : /^ {2}- Condition: Working, charger included$/m);
    });
  }
});

describe('detections that stand or fail apart (issue 12, 13)', function () {
  this.timeout(60_000);

  it('with isolate, a detector that fails is a failure of its own; without, the run rejects', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('deploy/app.sh', 'echo deploy\n').commit('deploy script', ALICE, '2026-01-01T00:00:00Z');
      // A .gitleaks.toml that does not parse stops the credential scan (a clear error naming the file and line).
      repo.write('.gitleaks.toml', '[[rules]\nid = "x"\n').commit('gitleaks rules', ALICE, '2026-01-02T00:00:00Z');
      const person = { name: 'Alice', emails: [ALICE.email] };
      const result = await runDetections({ cwd: repo.dir, person, isolate: true });
      assert.deepEqual(result.failures?.map((f) => [f.kind, f.reason]), [['credentials', 'other']]);
      assert.match(result.failures?.[0]?.detail ?? '', /\.gitleaks\.toml/);
      assert.ok(result.ownedFiles.length > 0, 'the owned files stand');
      assert.equal(result.defaultBranch, 'main', 'the branches stand');
      await assert.rejects(runDetections({ cwd: repo.dir, person }), /\.gitleaks\.toml/);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('a missing commit fails no detection: history is read around it, the notes name it, other lines of history reach the older commits', async () => {
    const repo = FixtureRepo.init();
    try {
      const keyOld = fakeAccessKeyId();
      const keyLost = fakeAccessKeyId();
      const keyNew = fakeAccessKeyId();
      repo.write('deploy/app.sh', `echo deploy\nAWS_ACCESS_KEY_ID=${keyOld}\n`).commit('deploy script', ALICE, '2026-01-01T00:00:00Z');
      repo.write('README', 'readme\n').commit('readme', ALICE, '2026-01-02T00:00:00Z');
      // A branch whose history this clone lacks a commit of (not its tip: a missing tip is read around).
      repo.git('checkout', '-q', '-b', 'feature/lost');
      repo.write('behind.env', `AWS_ACCESS_KEY_ID=${keyLost}\n`).commit('behind the lost commit', ALICE, '2026-01-03T00:00:00Z');
      const lost = repo.write('lost.txt', 'lost\n').commit('lost work', ALICE, '2026-01-04T00:00:00Z');
      // The commit after the lost one has no parent to diff against: it is read as a shallow clone's
      // oldest commit is, its whole tree as added.
      const after = repo.write('after.txt', 'after\n').commit('after the lost commit', ALICE, '2026-01-05T00:00:00Z');
      repo.write('more.env', `AWS_ACCESS_KEY_ID=${keyNew}\n`).commit('more work', ALICE, '2026-01-06T00:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.removeObjects([lost]);
      const person = { name: 'Alice', emails: [ALICE.email] };
      for (const isolate of [true, false]) {
        const result = await runDetections({ cwd: repo.dir, person, isolate, cache: undefined });
        assert.equal(result.failures, undefined);
        const paths = result.credentials.map((c) => c.path).sort();
        // The main line's history reaches the first commit; the branch's commits after the lost one are
        // read. The commit behind it is reached only through it: out of reach, and the note says so; its
        // secret is still in the tree of the commit after the lost one, and found there.
        assert.deepEqual(paths, ['behind.env', 'deploy/app.sh', 'more.env']);
        assert.equal(result.credentials.find((c) => c.path === 'behind.env')?.firstCommit, after);
        const notes = englishNotes(notesAbout(result.notes, 'credentials', false));
        assert.ok(notes.some((n) => n.includes('1 commit is missing from this clone') && n.includes(lost.slice(0, 12)) && n.includes('not scanned')), notes.join('\n'));
        assert.ok(!notes.some((n) => n.includes('could not be read in full')), `the commit after the lost one is read: ${notes.join('\n')}`);
        assert.equal(result.defaultBranch, 'main', 'the branches were read');
        // Its comparison with main walks through the missing commit: named in a note, not a failure.
        assert.ok(notesAbout(result.notes, 'branches', false).some((n) => n.key === 'note.branches.missingObjects' && n.params.branch === 'feature/lost'));
        assert.ok(result.ownedFiles.length > 0, 'the owned files stand');
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('a commit missing from the history of HEAD: ownership reads around it and says so, in both languages', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('old.sh', 'echo old\n').commit('old', ALICE, '2026-01-01T00:00:00Z');
      const lost = repo.write('lost.sh', 'echo lost\n').commit('lost', ALICE, '2026-01-02T00:00:00Z');
      repo.write('new.sh', 'echo new\n').commit('new', BOB, '2026-01-03T00:00:00Z');
      repo.write('newer.sh', 'echo newer\n').commit('newer', ALICE, '2026-01-04T00:00:00Z');
      repo.removeObjects([lost]);
      const result = await runDetections({ cwd: repo.dir, person: { name: 'Alice', emails: [ALICE.email] }, isolate: true });
      assert.equal(result.failures, undefined);
      assert.deepEqual(result.ownedFiles.map((f) => f.path), ['newer.sh']);
      const owned = notesAbout(result.notes, 'owned', false);
      assert.ok(owned.some((n) => n.key === 'note.owned.missingCommits' && n.params.commits === lost.slice(0, 12)), JSON.stringify(owned));
      for (const language of ['en', 'zh-CN'] as const) {
        const text = owned.map((n) => noteText(n, translator(language))).join('\n');
        assert.match(text, language === 'en' ? /1 commit is missing from this clone/ : /本克隆缺少 1 个提交/);
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('a missing blob fails no detection: the credential scan reads around it and names the commit in a note', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('deploy/app.sh', 'echo deploy\n').commit('deploy script', ALICE, '2026-01-01T00:00:00Z');
      repo.write('README', 'readme\n').commit('readme', ALICE, '2026-01-02T00:00:00Z');
      const blob = repo.git('rev-parse', 'HEAD:deploy/app.sh').trim();
      const commit = repo.git('rev-parse', 'HEAD~1').trim();
      repo.removeObjects([blob]);
      const person = { name: 'Alice', emails: [ALICE.email] };
      const result = await runDetections({ cwd: repo.dir, person, isolate: true });
      assert.equal(result.failures, undefined);
      assert.ok(englishNotes(result.notes).some((note) => note.includes('lacks some of their objects') && note.includes(commit.slice(0, 12))), englishNotes(result.notes).join('\n'));
      assert.equal(result.defaultBranch, 'main', 'the branches were read');
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('names the failure in a sentence in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const t = translator(language);
      const sentence = t('detect.failed.credentials', { reason: t(`detect.reason.${failureReason('fatal: unable to read 9db4ab2')}`) });
      assert.equal(failureReason('fatal: missing object 1f950b562ad83a39802c3f9a85d7147de9d988ae for refs/heads/feature/x'), 'missingObjects');
      assert.match(sentence, language === 'en' ? /^Git history could not be scanned for credentials: git objects are missing/ : /^无法扫描 git 历史中的凭据：此克隆缺少 git 对象/);
    }
  });
});
