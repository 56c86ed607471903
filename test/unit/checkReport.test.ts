import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describedCommit, ownFilesOf } from '../../src/core/git/describedCommit';
import { GitRunner } from '../../src/core/git/gitRunner';
import { completionOf } from '../../src/core/handover/decisions';
import { buildReport, type HeadInfo } from '../../src/core/report/reportBuilder';
import { buildHandoverReport } from '../../src/core/reportGenerator';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { ZHANG_SAN, LI_SI } from '../fixtures/demoRepository';
import { fileSpecArb, renderFile } from './handoverArbitrary';
import { load, MINIMAL } from './helpers';

const HEAD: HeadInfo = { kind: 'commit', sha: 'b'.repeat(40), date: '2026-11-20', shallow: false };

describe('the report is a function of its inputs (property)', function () {
  this.timeout(60_000);
  const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
  const savedTz = process.env.TZ;
  after(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('gives the same bytes twice, in every time zone, for random files in both languages', () => {
    fc.assert(
      fc.property(fileSpecArb, fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'), fc.constantFrom(...zones), (spec, language, zone) => {
        const handover = load(renderFile(spec)).handover!;
        process.env.TZ = 'UTC';
        const first = buildReport({ handover, language, head: HEAD, linkBase: '' });
        process.env.TZ = zone;
        const second = buildReport({ handover, language, head: HEAD, linkBase: '' });
        assert.equal(second, first);
        // What the overview counts agrees with the completion rules `check --require-complete` uses.
        const completion = completionOf(handover);
        const signatures = language === 'en' ? /^\| Signatures \| (\d+) of (\d+) \|$/m : /^\| 签字 \| (\d+) \/ (\d+) \|$/m;
        const [, signed, due] = signatures.exec(first)!;
        assert.equal(Number(due) - Number(signed), completion.signatures.missing.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the commit a report describes', function () {
  this.timeout(60_000);

  it('skips commits that touch only HANDOVER.yaml and the reports, including a custom report path', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('ops/HANDOVER.yaml', MINIMAL).write('ops/app.sh', 'echo 1\n');
      const code = repo.commit('Code and checklist', ZHANG_SAN, '2026-11-01T10:00:00Z');
      repo.write('ops/HANDOVER.md', '# report\n').write('ops/HANDOVER.en.md', '# en\n').write('ops/reports/out.md', 'x\n');
      repo.commit('Reports', ZHANG_SAN, '2026-11-02T10:00:00Z');
      repo.write('ops/HANDOVER.yaml', `${MINIMAL}# more\n`);
      repo.commit('Checklist only', LI_SI, '2026-11-03T10:00:00Z');
      const git = new GitRunner({ cwd: join(repo.dir, 'ops') });
      const own = ownFilesOf(repo.dir, join(repo.dir, 'ops'), join(repo.dir, 'ops', 'reports', 'out.md'));
      assert.deepEqual(await describedCommit(git, own), { sha: code, date: '2026-11-01' });

      // A file elsewhere named like a report is not the handover's own.
      repo.write('docs/HANDOVER.md', 'other\n');
      const other = repo.commit('Docs', LI_SI, '2026-11-04T10:00:00Z');
      assert.equal((await describedCommit(git, own)).sha, other);
    } finally {
      repo.dispose();
    }
  });

  it('counts a merge by its change against the first parent, and falls back to the first commit', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('HANDOVER.yaml', MINIMAL);
      const root = repo.commit('Checklist', ZHANG_SAN, '2026-11-01T10:00:00Z');
      const own = ownFilesOf(repo.dir, repo.dir, join(repo.dir, 'HANDOVER.md'));
      const git = new GitRunner({ cwd: repo.dir });
      assert.equal((await describedCommit(git, own)).sha, root, 'nothing but the checklist: the first commit');

      repo.git('checkout', '-q', '-b', 'work');
      repo.write('app.sh', 'echo 2\n');
      repo.commit('Work', ZHANG_SAN, '2026-11-02T10:00:00Z');
      repo.git('checkout', '-q', 'main');
      repo.gitWith({ GIT_AUTHOR_NAME: 'x', GIT_AUTHOR_EMAIL: 'x@x', GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@x', GIT_AUTHOR_DATE: '2026-11-03T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-03T10:00:00Z' }, 'merge', '-q', '--no-ff', '-m', 'Merge work', 'work');
      const merge = repo.head();
      writeFileSync(join(repo.dir, 'HANDOVER.md'), 'report\n');
      repo.commit('Report', ZHANG_SAN, '2026-11-04T10:00:00Z');
      assert.equal((await describedCommit(git, own)).sha, merge);
    } finally {
      repo.dispose();
    }
  });

  it('makes generate name the described commit and read history as of it', async () => {
    const repo = FixtureRepo.init();
    try {
      repo.write('HANDOVER.yaml', MINIMAL.replace('alice@example.com', 'zhangsan@corp.example')).write('tool.sh', 'a\nb\nc\n');
      const described = repo.commit('Tool', ZHANG_SAN, '2026-10-01T10:00:00Z');
      repo.write('HANDOVER.yaml', `${MINIMAL.replace('alice@example.com', 'zhangsan@corp.example')}# edited a year later\n`);
      repo.commit('Checklist', ZHANG_SAN, '2027-10-01T10:00:00Z');
      const result = await buildHandoverReport({ folder: repo.dir, fallbackLanguage: 'en', messageLanguage: 'en' });
      assert.equal(result.kind, 'written');
      if (result.kind !== 'written') return;
      assert.equal(result.detections?.head, described);
      assert.equal(result.detections?.headDate, '2026-10-01');
      assert.ok(result.markdown.includes(`\`${described}\` (2026-10-01)`));
      // Ages are from the described commit, not from the later HEAD: touched that day, full weight.
      const tool = result.detections?.ownedFiles.find((file) => file.path === 'tool.sh');
      assert.equal(tool?.risk, 3, JSON.stringify(result.detections?.ownedFiles));
    } finally {
      repo.dispose();
    }
  });
});
