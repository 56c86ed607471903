import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localToday } from '../../src/core/handover/progress';
import { buildDemoRepository, DEMO_HANDOVER_YAML, LI_SI, ZHANG_SAN } from '../fixtures/demoRepository';
import type { FixtureRepo, Person } from '../fixtures/fixtureRepo';
import { load, MINIMAL, tempDir } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', TZ: 'UTC' };

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

function commitAll(dir: string, message: string, who: Person, date: string): void {
  git(dir, 'add', '-A');
  execFileSync('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: date },
  });
}

const read = (dir: string, name = 'HANDOVER.yaml') => readFileSync(join(dir, name), 'utf8');

describe('handover accept, reopen, sign, rotated (CLI)', function () {
  this.timeout(60_000);

  it('documents the new commands and options in --help', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    for (const word of ['handover check', 'handover accept ID', 'handover reopen ID', 'handover sign --as from|to|supervisor', 'handover rotated FINGERPRINT|ID', '--require-complete', '--by NAME', '--on DATE']) {
      assert.ok(help.stdout.includes(word), word);
    }
  });

  it('accepts with the successor and today as defaults, changing one line, and refuses a second time', () => {
    const repo = tempDir({ 'HANDOVER.yaml': DEMO_HANDOVER_YAML, 'docs/runbook.md': '# runbook\n' });
    try {
      const before = localToday();
      const result = cli(['accept', 'duty-certs', '--repo', repo.dir]);
      const after = localToday();
      assert.equal(result.code, 0, result.stderr);
      const text = read(repo.dir);
      const line = /\n {4}accepted: \{by: 李四, on: (\d{4}-\d{2}-\d{2})\}\n/.exec(text.replace(DEMO_HANDOVER_YAML.slice(0, DEMO_HANDOVER_YAML.indexOf('  - id: duty-certs')), ''));
      assert.ok(line && [before, after].includes(line[1]!), text);
      assert.equal(text.split('\n').length, DEMO_HANDOVER_YAML.split('\n').length + 1);
      assert.match(result.stdout, /^Accepted duty-certs \(李四, \d{4}-\d{2}-\d{2}\)\.$/m);

      const again = cli(['accept', 'duty-certs', '--by', 'Someone', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /HANDOVER\.yaml:30:5: error: "duty-certs" is already accepted by 李四 on \d{4}-\d{2}-\d{2}; reopen it first/);
      assert.match(again.stderr, /nothing was written/);
      assert.equal(read(repo.dir), text, 'unchanged');

      assert.equal(cli(['reopen', 'duty-certs', '--repo', repo.dir]).code, 0);
      assert.equal(read(repo.dir), DEMO_HANDOVER_YAML, 'reopen gives back the original bytes');
    } finally {
      repo.dispose();
    }
  });

  it('reports unknown ids without a position and bad arguments as usage errors', () => {
    const repo = tempDir({ 'HANDOVER.yaml': MINIMAL });
    try {
      const unknown = cli(['accept', 'nope', '--repo', repo.dir]);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /HANDOVER\.yaml: error: No item has the id "nope"\.$/m);
      assert.equal(cli(['accept', '--repo', repo.dir]).code, 2, 'no id');
      assert.equal(cli(['accept', 'a', 'b', '--repo', repo.dir]).code, 2, 'two ids');
      assert.equal(cli(['accept', 'a', '--on', '2026-02-30', '--repo', repo.dir]).code, 2, 'no such day');
      assert.equal(cli(['reopen', 'a', '--by', 'x', '--repo', repo.dir]).code, 2, '--by is not for reopen');
      assert.equal(cli(['sign', '--as', 'boss', '--name', 'x', '--repo', repo.dir]).code, 2);
      assert.equal(cli(['sign', '--as', 'to', '--repo', repo.dir]).code, 2, 'no --name');
      assert.equal(cli(['validate', '--require-complete', '--repo', repo.dir]).code, 2);
      assert.equal(read(repo.dir), MINIMAL);
    } finally {
      repo.dispose();
    }
  });

  it('signs off, and keeps a BOM, CRLF line endings and the file mode', () => {
    const original = `\uFEFF${MINIMAL}# signatures below\nsignoff:\n`.replace(/\n/g, '\r\n');
    const repo = tempDir({ 'HANDOVER.yaml': original });
    try {
      chmodSync(join(repo.dir, 'HANDOVER.yaml'), 0o600);
      const result = cli(['sign', '--as', 'to', '--name', 'Bob', '--on', '2026-12-01', '--repo', repo.dir]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Signed as Successor \(接收人\): Bob, 2026-12-01\./);
      assert.equal(read(repo.dir), `${original}  to: {name: Bob, date: 2026-12-01}\r\n`);
      assert.equal(statSync(join(repo.dir, 'HANDOVER.yaml')).mode & 0o777, 0o600);
      assert.equal(cli(['sign', '--as', 'to', '--name', 'Bob', '--on', '2026-12-02', '--repo', repo.dir]).code, 1);
    } finally {
      repo.dispose();
    }
  });

  it('marks credentials rotated by id in one write, and refuses what is not a credential or not found', () => {
    const repo = tempDir({ 'HANDOVER.yaml': DEMO_HANDOVER_YAML, 'docs/runbook.md': '# runbook\n' });
    try {
      const result = cli(['rotated', 'cred-db-root', 'cred-aws-deploy', '--by', '王五', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(result.code, 0, result.stderr);
      const credentials = load(read(repo.dir)).handover!.sections.credentials;
      assert.deepEqual(credentials.map((c) => c.data.rotated), [
        { by: '王五', on: '2026-11-30' },
        { by: '王五', on: '2026-11-30' },
      ]);
      const text = read(repo.dir);
      const notCredential = cli(['rotated', 'duty-certs', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(notCredential.code, 1);
      assert.match(notCredential.stderr, /"duty-certs" is in duties, not in credentials/);
      // No git repository here: no credential was found in history, so no fingerprint names one.
      const unknown = cli(['rotated', 'cred-db-root', '0123456789abcdef', '--on', '2026-11-30', '--repo', repo.dir]);
      assert.equal(unknown.code, 1);
      assert.equal(read(repo.dir), text, 'all or nothing');
    } finally {
      repo.dispose();
    }
  });

  it('speaks Chinese under a Chinese locale', () => {
    const repo = tempDir({ 'HANDOVER.yaml': MINIMAL });
    try {
      const result = cli(['accept', 'nope', '--repo', repo.dir], { LANG: 'zh_CN.UTF-8' });
      assert.match(result.stderr, /没有 id 为“nope”的条目。/);
      assert.match(result.stderr, /未写入任何内容/);
    } finally {
      repo.dispose();
    }
  });
});

describe('handover check (CLI)', function () {
  this.timeout(120_000);
  let demo: FixtureRepo;
  beforeEach(() => {
    demo = buildDemoRepository();
  });
  afterEach(() => demo.dispose());

  it('passes on a fresh report, fails with a diff once HANDOVER.yaml changes, and passes after generate', () => {
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    const fresh = cli(['check', '--repo', demo.dir]);
    assert.equal(fresh.code, 0, fresh.stderr);
    assert.match(fresh.stdout, /HANDOVER\.md matches what `handover generate` writes now\./);

    assert.equal(cli(['accept', 'duty-certs', '--on', '2026-11-27', '--repo', demo.dir]).code, 0);
    const stale = cli(['check', '--repo', demo.dir]);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /HANDOVER\.md is not what `handover generate` would write now \(\d+ changed lines?\)/);
    assert.match(stale.stderr, /^--- .*HANDOVER\.md \(committed\)$/m);
    assert.match(stale.stderr, /^\+\+\+ .*HANDOVER\.md \(generated now\)$/m);
    assert.match(stale.stderr, /^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    assert.match(stale.stderr, /^-- \[ \] \*\*Renew TLS certificates for pay\.example\.com\*\* `duty-certs`$/m);
    assert.match(stale.stderr, /^\+- \[x\] \*\*Renew TLS certificates for pay\.example\.com\*\* `duty-certs` — 李四 于 2026-11-27 接收确认$/m);

    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    assert.equal(cli(['check', '--repo', demo.dir]).code, 0);
  });

  it('stays fresh when the report and HANDOVER.yaml are committed: it describes the commit before them', () => {
    assert.equal(cli(['accept', 'duty-certs', '--on', '2026-11-27', '--repo', demo.dir]).code, 0);
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    const before = read(demo.dir, 'HANDOVER.md');
    commitAll(demo.dir, 'Handover report', ZHANG_SAN, '2026-11-27T10:00:00+08:00');
    assert.equal(cli(['check', '--repo', demo.dir]).code, 0);
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    assert.equal(read(demo.dir, 'HANDOVER.md'), before, 'generate twice gives the same bytes');
  });

  it('fails without a report, and on an invalid HANDOVER.yaml with its diagnostics', () => {
    const missing = cli(['check', '--repo', demo.dir]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /There is no report at HANDOVER\.md|There is no report at .*HANDOVER\.md/);
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    writeFileSync(join(demo.dir, 'HANDOVER.yaml'), `${DEMO_HANDOVER_YAML}version: 2\n`);
    const invalid = cli(['check', '--repo', demo.dir]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /HANDOVER\.yaml:\d+:1: error: /);
  });

  it('with --require-complete, lists what is open until everything is accepted, rotated and signed', function () {
    // About thirty CLI runs, each reading history: slow on a loaded machine.
    this.timeout(300_000);
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    const open = cli(['check', '--require-complete', '--repo', demo.dir]);
    assert.equal(open.code, 1);
    assert.match(open.stderr, /The handover is not complete:/);
    assert.match(open.stderr, /14 items not accepted: duty-certs, pending-pg-failover, /);
    assert.match(open.stderr, /2 credentials not rotated: cred-db-root, cred-aws-deploy/);
    assert.match(open.stderr, /not signed yet by: Person leaving \(移交人\), Successor \(接收人\), Supervisor \(监交人\)/);
    // What the report shows as still to do counts too: owned files not reviewed, their branches undecided.
    assert.match(open.stderr, /3 owned files or folders not reviewed: ansible\/, docs\/runbook\.md, deploy\/\.env/);
    assert.match(open.stderr, /1 branch of the person leaving without a decision: feature\/pg-failover/);
    // The demo committed a cloud key once: found in history, it must be rotated (or ignored) too.
    const detected = JSON.parse(cli(['detect', '--only', 'credentials', '--json', '--repo', demo.dir]).stdout) as { credentials: { fingerprint: string }[] };
    const fingerprints = detected.credentials.map((c) => c.fingerprint);
    assert.equal(fingerprints.length, 1);
    assert.match(open.stderr, new RegExp(`1 credential found in git history neither rotated nor ignored: ${fingerprints[0]}`));
    // What history found and the checklist does not name yet: the committed .env file and the key in it.
    assert.match(open.stderr, new RegExp(`2 findings from git history not in the checklist: owned:deploy/\\.env, credentials:${fingerprints[0]}`));

    // Drafted, the findings are named; the drafted text still to write keeps the handover open.
    assert.equal(cli(['draft', '--write', '--repo', demo.dir]).code, 0);
    const drafted = cli(['check', '--require-complete', '--repo', demo.dir]);
    assert.doesNotMatch(drafted.stderr, /not in the checklist/);
    assert.match(drafted.stderr, /2 placeholders still to be completed: duty-deploy-env\.details, cred-aws-access-key-id-[0-9a-f]{6}\.location/);
    writeFileSync(join(demo.dir, 'HANDOVER.yaml'), read(demo.dir).replace(/TODO\(handover\) [^\n]*/g, '见 vault'));

    const ids = Object.values(load(read(demo.dir)).handover!.sections).flat().map((item) => item.id).filter((id) => id !== 'duty-oncall');
    for (const id of ids) assert.equal(cli(['accept', id, '--on', '2026-11-28', '--repo', demo.dir]).code, 0, id);
    // The drafted credential item names the finding: rotating the finding rotates the item too.
    const rotated = cli(['rotated', 'cred-db-root', 'cred-aws-deploy', fingerprints[0]!, '--on', '2026-11-29', '--repo', demo.dir]);
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.deepEqual(load(read(demo.dir)).handover!.detected.rotated, [{ fingerprint: fingerprints[0], by: '李四', on: '2026-11-29' }]);
    // What git history showed must be gone through too: the owned files reviewed, the branch decided.
    const reviewed = ['ansible/', 'docs/runbook.md', 'deploy/.env'].map((path) => `    - {path: ${path}, by: 李四, on: 2026-11-29}`);
    const withReviews = read(demo.dir).replace(/^detected:\n/m, `detected:\n  reviewed:\n${reviewed.join('\n')}\n    - {branch: feature/pg-failover, by: 李四, on: 2026-11-29, outcome: taken-over}\n`);
    assert.notEqual(withReviews, read(demo.dir), 'rotated wrote detected:');
    writeFileSync(join(demo.dir, 'HANDOVER.yaml'), withReviews);
    for (const [role, name] of [['from', '张三'], ['to', '李四'], ['supervisor', '王五']]) {
      const signed = cli(['sign', '--as', role!, '--name', name!, '--on', '2026-12-01', '--repo', demo.dir]);
      assert.equal(signed.code, 0, signed.stderr);
    }
    assert.equal(cli(['check', '--require-complete', '--repo', demo.dir]).code, 1, 'the report is now stale');
    assert.equal(cli(['generate', '--repo', demo.dir]).code, 0);
    const done = cli(['check', '--require-complete', '--repo', demo.dir]);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stdout, /The handover is complete/);
    const report = read(demo.dir, 'HANDOVER.md');
    assert.match(report, /^\| 签字 \| 3 \/ 3 \|$/m);
    assert.match(report, /^\| 接收人 \| 李四 \| 2026-12-01 \| 是 \|$/m);
    assert.doesNotMatch(report, /^- \[ \] \*\*/m, 'every item ticked');
  });

  it('gives the same report in a CI clone of the pull request as on the author\'s machine', () => {
    const root = mkdtempSync(join(tmpdir(), 'handover-ci-'));
    try {
      // The shared repository, the author's clone with a local-only branch, and CI's fresh clone.
      const upstream = join(root, 'upstream.git');
      git(root, 'clone', '-q', '--bare', demo.dir, upstream);
      const author = join(root, 'author');
      git(root, 'clone', '-q', upstream, author);
      git(author, 'checkout', '-q', '-b', 'handover/payments');
      git(author, 'checkout', '-q', '-b', 'wip/never-pushed');
      writeFileSync(join(author, 'notes.txt'), 'local experiment\n');
      commitAll(author, 'Local experiment', ZHANG_SAN, '2026-11-21T09:00:00+08:00');
      git(author, 'checkout', '-q', 'handover/payments');

      assert.equal(cli(['accept', 'duty-certs', '--on', '2026-11-27', '--repo', author]).code, 0);
      const generated = cli(['generate', '--repo', author]);
      assert.equal(generated.code, 0, generated.stderr);
      const report = read(author, 'HANDOVER.md');
      assert.match(report, /`origin\/feature\/pg-failover`/, 'branches as origin has them');
      assert.doesNotMatch(report, /wip\/never-pushed/, 'a branch only on the author\'s machine is not in the report');
      commitAll(author, 'Accept duty-certs; report', LI_SI, '2026-11-27T18:00:00+08:00');
      git(author, 'push', '-q', 'origin', 'handover/payments');
      const head = git(author, 'rev-parse', 'HEAD').trim();

      const ci = join(root, 'ci');
      git(root, 'clone', '-q', upstream, ci);
      git(ci, 'checkout', '-q', '--detach', head);
      const environments: Record<string, string>[] = [{ TZ: 'UTC', LANG: 'C' }, { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8' }, { TZ: 'America/Los_Angeles', LC_ALL: 'tr_TR.UTF-8' }];
      for (const env of environments) {
        const check = cli(['check', '--repo', ci, '--no-cache'], env);
        assert.equal(check.code, 0, `${JSON.stringify(env)}\n${check.stderr}`);
      }
      // And the author's own check still passes after the push (origin/handover/payments now exists).
      assert.equal(cli(['check', '--repo', author]).code, 0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('handover draft (CLI)', function () {
  this.timeout(60_000);
  let demo: FixtureRepo;
  beforeEach(() => {
    demo = buildDemoRepository();
  });
  afterEach(() => demo.dispose());

  it('prints the lines it would add, in the language of the file, and writes nothing', () => {
    const preview = cli(['draft', '--no-cache', '--repo', demo.dir]);
    assert.equal(preview.code, 0, preview.stderr);
    assert.match(preview.stdout, /^# 2 items the draft would add to \S*HANDOVER\.yaml/);
    assert.match(preview.stdout, /^\+ {2}- id: duty-deploy-env\n\+ {4}title: 负责维护 deploy\/\.env\n\+ {4}details: TODO\(handover\) /m);
    assert.match(preview.stdout, /^\+ {4}fingerprint: "?[0-9a-f]{16}"?$/m);
    assert.equal(read(demo.dir), DEMO_HANDOVER_YAML, 'nothing written');
    const only = cli(['draft', '--only', 'branches', '--no-cache', '--repo', demo.dir]);
    assert.match(only.stdout, /already names every finding/, 'the branch is named by its pending item');
  });

  it('adds the items with --write, only as new lines; a second draft adds nothing', () => {
    const written = cli(['draft', '--write', '--only', 'owned', '--repo', demo.dir]);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stdout, /Added 1 item to \S*HANDOVER\.yaml/);
    const text = read(demo.dir);
    assert.equal(text.replace('  - id: duty-deploy-env\n    title: 负责维护 deploy/.env\n    details: TODO(handover) 接收人维护它需要知道的事\n', ''), DEMO_HANDOVER_YAML);
    assert.equal(cli(['draft', '--write', '--repo', demo.dir]).code, 0);
    const twice = read(demo.dir);
    const again = cli(['draft', '--write', '--repo', demo.dir]);
    assert.match(again.stdout, /nothing to add/);
    assert.equal(read(demo.dir), twice);
    const validate = cli(['validate', '--repo', demo.dir]);
    assert.equal(validate.code, 0);
    assert.match(validate.stderr, /HANDOVER\.yaml:32:14: warning: To be completed: replace "TODO\(handover\) /);
  });

  it('refuses unknown kinds and options of other commands', () => {
    assert.equal(cli(['draft', '--only', 'owners', '--repo', demo.dir]).code, 2);
    assert.equal(cli(['draft', '--by', 'x', '--repo', demo.dir]).code, 2);
    assert.equal(cli(['detect', '--write', '--repo', demo.dir]).code, 2);
  });
});
