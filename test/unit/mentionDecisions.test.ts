// Decisions on configuration that names the person leaving: the reassign rewrite (byte-exact, undoable
// as one span per token), the detected.mentions edits, the CLI command, the report and `check`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planReassign, successorToken } from '../../src/core/detect/mentions';
import { runDetections } from '../../src/core/detect/runDetections';
import { completionOf, mentionRefs } from '../../src/core/handover/decisions';
import { applyEdits, knownFindingsOf, planEdit } from '../../src/core/handover/edit';
import { buildReport } from '../../src/core/report/reportBuilder';
import { translator } from '../../src/core/i18n/translator';
import type { FixtureRepo } from '../fixtures/fixtureRepo';
import { buildMentionRepository, MENTIONS_HANDOVER } from '../fixtures/mentionRepos';
import { load } from './helpers';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('reassigning a mention to the successor', () => {
  const codeowners = '\uFEFF# owners\r\n/deploy/   @zhangsan @lisi  # "zhangsan" stays in this comment? no: same line\r\n/ansible/  @zhangsanfeng\r\n/db/       @ZhangSan\r\n';

  it('changes the tokens only: every other byte, CRLF and the BOM stay', () => {
    const plan = planReassign(codeowners, [2, 4], 'zhangsan', 'lisi');
    assert.ok(plan.ok);
    assert.equal(plan.newText, '\uFEFF# owners\r\n/deploy/   @lisi @lisi  # "lisi" stays in this comment? no: same line\r\n/ansible/  @zhangsanfeng\r\n/db/       @lisi\r\n');
    // Outside the edited spans the text is the same, byte for byte, and applying the spans gives the same result.
    assert.equal(applyEdits(codeowners, plan.edits), plan.newText);
    for (const edit of plan.edits) assert.equal(codeowners.slice(edit.startOffset, edit.endOffset).toLowerCase(), 'zhangsan');
  });

  it('undoes to the original text (the reverse spans restore every byte)', () => {
    const plan = planReassign(codeowners, [2], 'zhangsan', 'lisi');
    assert.ok(plan.ok);
    let shift = 0;
    const reverse = plan.edits.map((edit) => {
      const start = edit.startOffset + shift;
      shift += edit.replacement.length - (edit.endOffset - edit.startOffset);
      return { startOffset: start, endOffset: start + edit.replacement.length, replacement: codeowners.slice(edit.startOffset, edit.endOffset) };
    });
    assert.equal(applyEdits(plan.newText, reverse), codeowners);
  });

  it('refuses when the line no longer names them, or the replacement is not a plain token', () => {
    assert.deepEqual(planReassign(codeowners, [3], 'zhangsan', 'lisi'), { ok: false, reason: 'changed', line: 3 });
    assert.deepEqual(planReassign(codeowners, [9], 'zhangsan', 'lisi'), { ok: false, reason: 'changed', line: 9 });
    assert.deepEqual(planReassign(codeowners, [2], 'zhangsan', 'li si'), { ok: false, reason: 'badReplacement' });
  });

  it('writes the successor’s account for an account, their e-mail for an e-mail', () => {
    const to = { email: 'lisi@corp.example', accounts: ['@lisi', 'ls'] };
    assert.equal(successorToken(to, 'account'), 'lisi');
    assert.equal(successorToken(to, 'email'), 'lisi@corp.example');
    assert.equal(successorToken({}, 'account'), undefined);
    assert.equal(successorToken(to, 'name'), undefined);
  });
});

describe('decisions on mentions (detected.mentions)', function () {
  this.timeout(60_000);
  let repo: FixtureRepo;
  before(() => {
    repo = buildMentionRepository();
  });
  after(() => repo.dispose());

  it('records, refuses twice, needs a reason to keep, and takes back byte for byte', async () => {
    const detections = await runDetections({ cwd: repo.dir, person: { emails: ['zhangsan@corp.example'], accounts: ['zhangsan', 'zs-ops'] }, only: new Set(['mentions']) });
    const known = knownFindingsOf(detections);
    const decided = planEdit(MENTIONS_HANDOVER, { kind: 'decideMention', path: './.github/CODEOWNERS', identity: 'ZhangSan', outcome: 'reassigned', by: '李四', on: '2026-11-28' }, { known });
    assert.ok(decided.ok, JSON.stringify(decided));
    assert.equal(decided.newText, `${MENTIONS_HANDOVER}detected:\n  mentions:\n    - {path: .github/CODEOWNERS, identity: zhangsan, outcome: reassigned, by: 李四, on: 2026-11-28}\n`);
    const handover = load(decided.newText).handover!;
    const refs = mentionRefs(detections);
    const completion = completionOf(handover, [], refs);
    // Both CODEOWNERS lines naming the account are covered; the e-mail line is another identity.
    assert.equal(completion.mentions.decided, 2);
    assert.ok(completion.mentions.open.includes('.github/CODEOWNERS:5 (zhangsan@corp.example)'));
    assert.equal(completion.complete, false);

    const again = planEdit(decided.newText, { kind: 'decideMention', path: '.github/CODEOWNERS', identity: 'zhangsan', outcome: 'removed', by: '李四', on: '2026-11-29' }, { known });
    assert.ok(!again.ok && again.error.code === 'edit.mentionDecided', JSON.stringify(again));
    const unknown = planEdit(MENTIONS_HANDOVER, { kind: 'decideMention', path: 'README.md', identity: 'zhangsan', outcome: 'removed', by: '李四', on: '2026-11-29' }, { known });
    assert.ok(!unknown.ok && unknown.error.code === 'edit.unknownMention');
    const noReason = planEdit(MENTIONS_HANDOVER, { kind: 'decideMention', path: 'OWNERS', identity: 'zhangsan', outcome: 'kept', by: '李四', on: '2026-11-29' }, { known });
    assert.ok(!noReason.ok && noReason.error.code === 'edit.mentionNeedsReason');
    const blind = planEdit(MENTIONS_HANDOVER, { kind: 'decideMention', path: 'OWNERS', identity: 'zhangsan', outcome: 'removed', by: '李四', on: '2026-11-29' });
    assert.ok(!blind.ok && blind.error.code === 'edit.findingsUnknown');

    const kept = planEdit(decided.newText, { kind: 'decideMention', path: 'OWNERS', identity: 'zhangsan', outcome: 'kept', by: '李四', on: '2026-11-29', note: 'audit | <b>trail</b>' }, { known });
    assert.ok(kept.ok);
    const back = planEdit(kept.newText, { kind: 'undecideMention', path: 'OWNERS', identity: 'ZHANGSAN' });
    assert.ok(back.ok);
    assert.equal(back.newText, decided.newText);
    const nothing = planEdit(MENTIONS_HANDOVER, { kind: 'undecideMention', path: 'OWNERS', identity: 'zhangsan' });
    assert.ok(!nothing.ok && nothing.error.code === 'edit.mentionNotDecided');
  });

  it('shows each mention in the report: a table, a task per line ticked when decided, and access no item revokes', async () => {
    const detections = await runDetections({ cwd: repo.dir, person: { emails: ['zhangsan@corp.example'], accounts: ['zhangsan', 'zs-ops'] }, only: new Set(['mentions']) });
    const text = `${MENTIONS_HANDOVER}detected:\n  mentions:\n    - {path: OWNERS, identity: zhangsan, outcome: kept, by: 李四, on: 2026-11-29, note: "audit | trail"}\n`;
    const handover = load(text).handover!;
    const report = buildReport({ handover, language: 'en', head: { kind: 'commit', sha: repo.head(), date: '2026-10-01', shallow: false }, linkBase: '', detections });
    const section = report.slice(report.indexOf('## Configuration that still names the person leaving'), report.indexOf('## Systems and access'));
    assert.match(section, /\| access \| `k8s\/rbac\.yaml:11` \| `zhangsan@corp\.example` \| to decide \|/);
    assert.match(section, /\| ownership \(commented out\) \| `\.github\/CODEOWNERS:6` \| `zhangsan` \| to decide \|/);
    assert.match(section, /^- \[x\] `OWNERS:2`: `zhangsan` kept — 李四, 2026-11-29 · Note: audit \\\| trail$/m);
    assert.match(section, /^- \[ \] `k8s\/rbac\.yaml:11`: remove the access of `zhangsan@corp\.example`$/m);
    assert.match(section, /^- \[ \] `\.github\/CODEOWNERS:3`: reassign `zhangsan` to the successor$/m);
    // The fixture revokes Kubernetes but not AWS, GCP or the servers.
    assert.doesNotMatch(section, /Access to `kubernetes`/);
    assert.match(section, /Access to `aws` without a `systems` item to revoke it: `terraform\/iam\.tf:2`/);
    assert.match(section, /Access to `ssh` without a `systems` item to revoke it: `ansible\/files\/sudoers\.d\/ops:1`, `ansible\/group_vars\/all\.yml:2`/);
    assert.match(report, /\| Configuration lines decided \| 1 of \d+ \|/);
    const zh = buildReport({ handover, language: 'zh-CN', head: { kind: 'commit', sha: repo.head(), date: '2026-10-01', shallow: false }, linkBase: '', detections });
    assert.ok(zh.includes('## 仍指向移交人的配置'));
    assert.ok(translator('zh-CN')('report.mentions.kind.access') !== translator('en')('report.mentions.kind.access'));
  });

  it('records from the command line and fails check --require-complete until every mention is decided', () => {
    assert.equal(cli(['generate', '--repo', repo.dir]).code, 0);
    const check = cli(['check', '--repo', repo.dir, '--require-complete']);
    assert.equal(check.code, 1);
    assert.match(check.stderr, /configuration lines still naming the person leaving without a decision: .*\.github\/CODEOWNERS:3 \(zhangsan\)/);

    const ambiguous = cli(['mention', 'MAINTAINERS:1', '--outcome', 'removed', '--repo', repo.dir]);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /names 张三, zhangsan@corp\.example: choose one with --identity/);
    const noReason = cli(['mention', 'OWNERS:2', '--outcome', 'kept', '--repo', repo.dir]);
    assert.equal(noReason.code, 2);
    const done = cli(['mention', '.github/CODEOWNERS:3', '--outcome', 'reassigned', '--on', '2026-11-30', '--repo', repo.dir]);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stdout, /Recorded zhangsan in \.github\/CODEOWNERS as reassigned \(李四, 2026-11-30\)\./);
    assert.match(readFileSync(join(repo.dir, 'HANDOVER.yaml'), 'utf8'), /mentions:\n {4}- \{path: \.github\/CODEOWNERS, identity: zhangsan, outcome: reassigned, by: 李四, on: 2026-11-30\}\n/);
    const twice = cli(['mention', '.github/CODEOWNERS', '--identity', 'zhangsan', '--outcome', 'removed', '--repo', repo.dir]);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /already recorded as reassigned/);
    assert.equal(cli(['generate', '--repo', repo.dir]).code, 0);
    const after = cli(['check', '--repo', repo.dir, '--require-complete']);
    assert.doesNotMatch(after.stderr, /\.github\/CODEOWNERS:3 \(zhangsan\)/);
    const back = cli(['mention', '.github/CODEOWNERS:3', '--take-back', '--repo', repo.dir]);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(readFileSync(join(repo.dir, 'HANDOVER.yaml'), 'utf8').includes('mentions'), true, 'the key stays, emptied');
  });
});

describe('diagnostics of the identities searched for', () => {
  it('warns about identities too short to search, malformed fingerprints, a shared account and kept without a reason', () => {
    const text = `version: 1
project: x
from:
  name: 张三
  emails: [zhangsan@corp.example]
  accounts: [zs, lisi]
  sshKeys: ["SHA256:short", "zhangsan@laptop"]
to:
  name: 李四
  accounts: [lisi]
detected:
  mentions:
    - {path: OWNERS, identity: zhangsan, outcome: kept, by: 李四, on: 2026-11-29}
`;
    const loaded = load(text);
    assert.ok(loaded.handover, 'warnings only');
    assert.deepEqual(
      loaded.diagnostics.map((d) => `${d.severity} ${d.code} ${d.range.start.line}`),
      ['warning check.shortIdentity 6', 'warning check.sameAccount 6', 'warning check.badFingerprint 7', 'warning check.keptWithoutReason 13'],
    );
  });
});
