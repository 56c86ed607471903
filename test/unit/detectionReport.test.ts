import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CredentialContext, CredentialFinding, CredentialLocation, DetectionResult, OwnedFile } from '../../src/core/detect/detectionTypes';
import { buildReport } from '../../src/core/report/reportBuilder';
import { DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { load } from './helpers';

const md = new MarkdownIt({ html: true });

function file(path: string, risk: number): OwnedFile {
  return {
    path,
    share: 0.9,
    currentShare: 0.9,
    personCurrentLines: 108,
    lines: 120,
    personAdded: 150,
    personRemoved: 30,
    totalAdded: 160,
    totalRemoved: 35,
    personCommits: 12,
    totalCommits: 13,
    authors: 2,
    othersActiveLastYear: 0,
    firstTouched: '2025-02-10',
    lastTouched: '2026-10-30',
    anyoneLastTouched: '2026-11-02',
    mainDeveloper: true,
    label: 'knowledge-island',
    risk,
  };
}

function detections(files: number): DetectionResult {
  return {
    head: 'c'.repeat(40),
    headDate: '2026-11-20',
    defaultBranch: 'main',
    shallow: false,
    person: { name: '张三', emails: ['zhangsan@corp.example'] },
    ownedFiles: Array.from({ length: files }, (_, i) => file(`ansible/roles/r${i}/tasks/main | ${i}.yml`, files - i)),
    ownedFolders: [{ path: 'k8s/base', files: 4, ownedFiles: 4, share: 0.9, lines: 120 * files, lastTouched: '2026-10-30', label: 'knowledge-island', risk: 1e9 }],
    contributedFiles: [],
    formerlyOwnedFiles: [],
    excludedFiles: 0,
    branches: [
      { name: 'feature/pg-failover', kind: 'local', ahead: 1, behind: 0, lastCommitDate: '2026-10-30', lastCommitSubject: 'WIP: patroni | failover @ops', stale: false, state: 'open', personShare: 1, pendingId: 'pending-pg-failover' },
      { name: 'origin/fix/squashed', kind: 'remote', ahead: 2, behind: 5, lastCommitDate: '2026-06-01', lastCommitSubject: 'fix', stale: true, state: 'merged-equivalent', personShare: 1 },
    ],
    credentials: [],
    mentions: [],
    notes: [],
  };
}

function render(result: DetectionResult | undefined, yaml = DEMO_HANDOVER_YAML, language: 'en' | 'zh-CN' = 'en'): string {
  return buildReport({ handover: load(yaml).handover!, language, head: { kind: 'commit', sha: 'c'.repeat(40), date: '2026-11-20', shallow: false }, linkBase: '', detections: result });
}

function tables(text: string): number[][] {
  const shapes: number[][] = [];
  let cells = 0;
  for (const token of md.parse(text, {})) {
    if (token.type === 'table_open') shapes.push([]);
    if (token.type === 'tr_open') cells = 0;
    if (token.type === 'th_open' || token.type === 'td_open') cells++;
    if (token.type === 'tr_close') shapes[shapes.length - 1].push(cells);
  }
  return shapes;
}

describe('detection sections of the report', function () {
  // Tests here build and render whole reports: up to 0.4 s each alone, several seconds on a loaded machine.
  this.timeout(10_000);
  it('lists owned folders and files by risk, with a review entry per table row', () => {
    const text = render(detections(3));
    const section = text.slice(text.indexOf('## Files the person leaving owns'), text.indexOf('## Open branches'));
    assert.match(section, /\| `k8s\/base\/` \| 90% \| 360 \| 2026-10-30 \| knowledge island \|/);
    assert.equal((section.match(/^- \[ \] Reviewed `/gm) ?? []).length, 4);
    // The full list gives both figures, and anyone's last change beside theirs.
    assert.match(section, /\| `ansible\/roles\/r0\/tasks\/main \\\| 0\.yml` \| 90% \| 90% \| 120 \| 2026-10-30 \| 2026-11-02 \| knowledge island \|/);
    assert.doesNotMatch(section, /contributed|formerly|left out/);
  });

  it('lists only owned files for review; says how many were contributed to, formerly theirs and left out', () => {
    const result = detections(1);
    const other = (path: string, label: OwnedFile['label'], currentShare: number | null): OwnedFile => ({ ...file(path, 1), label, currentShare, share: 0.6, mainDeveloper: false });
    result.contributedFiles = [other('README.md', 'contributor', 0.05), other('Makefile', 'contributor', null)];
    result.formerlyOwnedFiles = [other('db/db.go', 'formerly-theirs', 0.11)];
    result.excludedFiles = 7;
    result.ownedFiles.push({ ...file('tools/unmeasured.sh', 0.5), currentShare: null, share: 0.75 });
    const text = render(result);
    const section = text.slice(text.indexOf('## Files the person leaving owns'), text.indexOf('## Open branches'));
    assert.match(section, /Files the person leaving owns: 2 files where .* before they leave\. A folder whose files are all theirs is listed once, for its files\.\n/);
    assert.equal((section.match(/^- \[ \] Reviewed /gm) ?? []).length, 3);
    assert.doesNotMatch(section, /Reviewed `(README\.md|Makefile|db\/db\.go)`/);
    assert.match(section, /\| `tools\/unmeasured\.sh` \| 75% \(not measured\) \|/);
    assert.match(section, /<summary>1 file was mostly theirs over history, but most of its current lines are now by others/);
    assert.match(section, /\| `db\/db\.go` \| 11% \| 60% \| 120 \| 2026-10-30 \|/);
    assert.match(section, /They also contributed to 2 files they do not own; those are not listed for review\./);
    assert.match(section, /^7 lockfiles, generated, licence, minified, snapshot, golden, translation and vendored files were left out/m);
    for (const shape of tables(text)) assert.equal(new Set(shape).size, 1, JSON.stringify(tables(text)));
    const zh = buildReport({ handover: load(DEMO_HANDOVER_YAML).handover!, language: 'zh-CN', head: { kind: 'commit', sha: 'c'.repeat(40), date: '2026-11-20', shallow: false }, linkBase: '', detections: result });
    assert.match(zh, /移交人还参与了 2 个并非由其负责的文件/);
    assert.match(zh, /已排除 7 个锁文件/);
  });

  it('says in plain words when a branch has an unrelated history or is too far to compare', () => {
    const result = detections(1);
    result.branches.push(
      { name: 'todo', kind: 'local', ahead: 40, behind: 0, lastCommitDate: '2026-09-01', lastCommitSubject: 'notes', stale: true, state: 'open', personShare: 1, comparison: 'unrelated-history' },
      { name: 'big-rewrite', kind: 'local', ahead: 900, behind: 10, lastCommitDate: '2026-09-02', lastCommitSubject: 'rewrite', stale: true, state: 'open', personShare: 1, comparison: 'too-far' },
    );
    const text = render(result);
    assert.match(text, /\| `todo` \|[^\n]*open · stale · shares no history with the default branch \(an unrelated history\)/);
    assert.match(text, /\| `big-rewrite` \|[^\n]*too far from the default branch to check/);
    assert.doesNotMatch(text, /fatal|merge base/);
  });

  it('puts everything past the top rows in a collapsed list and keeps every table whole', () => {
    const text = render(detections(30));
    const section = text.slice(text.indexOf('## Files the person leaving owns'), text.indexOf('## Open branches'));
    assert.equal((section.match(/^- \[ \] Reviewed /gm) ?? []).length, 20);
    assert.match(section, /<summary>All 31 folders and files<\/summary>/);
    for (const shape of tables(text)) assert.equal(new Set(shape).size, 1, JSON.stringify(tables(text)));
  });

  it('shows each open branch with ahead/behind, state, stale flag, pending item and a decision entry, and those already landed apart, collapsed, without one', () => {
    const text = render(detections(1));
    assert.match(text, /\| `feature\/pg-failover` \| \+1 \/ −0 \| 2026-10-30 WIP: patroni \\\| failover @&#8203;ops \| open \| `pending-pg-failover` \|/);
    assert.match(text, /^- \[ \] `feature\/pg-failover`: taken over \/ merged \/ abandoned$/m);
    // The squash-merged branch: no decision to make, only to delete it; listed in a collapsed table after the open ones.
    assert.doesNotMatch(text, /`origin\/fix\/squashed`: taken over/);
    const landed = text.indexOf('1 branch of theirs has nothing left to hand over: every change on it already landed on the default branch');
    assert.ok(landed > text.indexOf('`feature/pg-failover`: taken over'), 'after the open branches');
    const collapsed = text.slice(landed);
    assert.match(collapsed, /^<details>\n<summary>1 branch already merged \(squash or rebase\)<\/summary>\n\n\| Branch \| Ahead \/ behind \| Last commit \| State \|$/m);
    assert.match(collapsed, /^\| `origin\/fix\/squashed` \| \+2 \/ −5 \| 2026-06-01 fix \| already merged \(squash or rebase\) · stale \|\n\n<\/details>$/m);
    assert.match(text, /^The checklist names it\.$/m, "the count is of open branches: the landed one is named nowhere and not counted");
    assert.match(text, /^\| Branches decided \| 0 of 1 \|$/m);
  });

  it('ticks reviewed paths and decided branches from detected.reviewed, with who, when, the outcome and the note', () => {
    const yaml = `${DEMO_HANDOVER_YAML}detected:\n  reviewed:\n    - {path: k8s/base, by: 李四, on: 2026-11-26, note: "walked through | @ops"}\n    - {branch: feature/pg-failover, by: 李四, on: 2026-11-27, outcome: taken-over}\n    - {branch: fix/squashed, by: 李四, on: 2026-11-28, outcome: merged}\n`;
    const text = render(detections(1), yaml);
    assert.match(text, /^- \[x\] Reviewed `k8s\/base\/` with the person leaving — 李四, 2026-11-26 · Note: walked through \\\| @&#8203;ops$/m);
    assert.match(text, /^- \[ \] Reviewed `ansible\/roles\/r0\/tasks\/main \| 0\.yml` with the person leaving$/m);
    assert.match(text, /^- \[x\] `feature\/pg-failover`: taken over — 李四, 2026-11-27$/m);
    assert.match(text, /\| `feature\/pg-failover` \| \+1 \/ −0 \| [^|]*(?:\\\|[^|]*)*\| open · \*\*taken over\*\* \|/);
    // Recorded without the remote, the review still names `origin/fix/squashed`: its state says so (it asks for no decision).
    assert.match(text, /^\| `origin\/fix\/squashed` \| \+2 \/ −5 \| 2026-06-01 fix \| already merged \(squash or rebase\) · stale · \*\*merged\*\* \|$/m);
    assert.match(text, /^\| Owned files and folders reviewed \| 1 of 2 \|$/m);
    assert.match(text, /^\| Branches decided \| 1 of 1 \|$/m);
    for (const shape of tables(text)) assert.equal(new Set(shape).size, 1);
  });

  it('says when git history was not read', () => {
    assert.equal((render(undefined).match(/Not analysed: git history was not read for this report\./g) ?? []).length, 4);
  });
});

describe('credentials section of the report', () => {
  const finding = (fingerprint: string, path: string, line: number, inHead: boolean, more: CredentialLocation[] = [], context: CredentialContext = 'code'): CredentialFinding => ({
    fingerprint,
    kind: 'github-token',
    path,
    line,
    firstCommit: 'a'.repeat(40),
    author: 'Zhang San <zhangsan@corp.example>',
    date: '2025-03-03',
    lastCommit: 'b'.repeat(40),
    inHead,
    refs: ['main', 'feature/x'],
    byPerson: true,
    rotated: null,
    ignored: null,
    context,
    locations: [{ path, line, commit: 'a'.repeat(40), context }, ...more],
    pathCount: 1 + more.length,
  });
  const withCredentials = (): DetectionResult => ({
    ...detections(1),
    credentials: [finding('00000000000000a1', 'ci/.env', 3, true), finding('00000000000000b2', 'deploy | x.env', 1, false), finding('00000000000000c3', 'test/fixture.env', 9, false)],
  });
  const decided = `${DEMO_HANDOVER_YAML}detected:
  rotated:
    - {fingerprint: 00000000000000a1, by: 李四, on: 2026-11-26}
  ignore:
    - {fingerprint: 00000000000000c3, reason: a test fixture | never real}
`;

  it('gives one row and one rotate entry per credential, ticks rotated ones, and lists ignored ones apart', () => {
    const text = render(withCredentials(), decided);
    const section = text.slice(text.indexOf('## Credentials found in git history'), text.indexOf('\n## ', text.indexOf('## Credentials found in git history') + 3));
    assert.match(section, /2 credentials were committed at some point; 1 not rotated yet\./);
    assert.match(section, /^- \[x\] Rotate GitHub personal access, OAuth, app or refresh token `00000000000000a1`.* — rotated by 李四 on 2026-11-26$/m);
    assert.match(section, /^- \[ \] Rotate GitHub personal access, OAuth, app or refresh token `00000000000000b2`/m);
    assert.doesNotMatch(section, /- \[.\] Rotate GitHub personal access, OAuth, app or refresh token `00000000000000c3`/);
    // Kinds are shown by their human name in the report's language, never by the rule id.
    assert.doesNotMatch(section, /github-token/);
    assert.match(render(withCredentials(), decided, 'zh-CN'), /GitHub 个人访问、OAuth、应用或刷新令牌/);
    assert.ok(section.includes('- `00000000000000c3` `test/fixture.env:9`: a test fixture \\| never real'));
    // The table survives a `|` in a path: two data rows of six cells, and no branch names (they differ between clones).
    const tokens = md.parse(section, {});
    const rows = tokens.filter((tok) => tok.type === 'tr_open').length;
    const cells = tokens.filter((tok) => tok.type === 'td_open').length;
    assert.equal(rows, 3);
    assert.equal(cells, 12);
    assert.doesNotMatch(section, /feature\/x/);
  });

  it('lists secrets in code first and the rest collapsed, each other place of a secret under it, with the counts', () => {
    const copies: CredentialLocation[] = [
      { path: 'deploy/prod.env', line: 2, commit: 'c'.repeat(40), context: 'code' },
      { path: 'test/fixtures/app.env', line: 7, commit: 'd'.repeat(40), context: 'test' },
    ];
    const result: DetectionResult = {
      ...detections(1),
      credentials: [finding('00000000000000e5', 'vendor/sdk/consts.go', 4, true, [], 'vendored'), finding('00000000000000a1', 'ci/.env', 3, true, copies), finding('00000000000000f6', 'docs/setup.md', 12, false, [], 'docs')],
    };
    for (const [language, other, also, place] of [
      ['en', 'In tests, examples, docs and vendored code (2): still listed, still to decide', 'also in 2 more places', '- `test/fixtures/app.env:7` in commit `dddddddddddd` (a test)'],
      ['zh-CN', '测试、示例、文档和第三方代码中（2 个）：照样列出，仍需逐一判断', '另有 2 处', '- `test/fixtures/app.env:7`，提交 `dddddddddddd`（测试）'],
    ] as const) {
      const text = render(result, DEMO_HANDOVER_YAML, language);
      const at = text.indexOf('00000000000000a1');
      const section = text.slice(text.lastIndexOf('\n## ', at), text.indexOf('\n## ', at));
      // Code first, in the open table; the vendored and docs rows after it, inside one collapsed block.
      const details = section.indexOf(`<details><summary>${other}</summary>`);
      assert.ok(details > section.indexOf('`00000000000000a1`'), 'the collapsed group comes after the code rows');
      assert.ok(section.indexOf('`00000000000000e5`') > details && section.indexOf('`00000000000000f6`') > details);
      assert.ok(section.includes(`\`ci/.env:3\` ${also}`), 'the row says how many other places');
      assert.ok(section.includes(place), 'each other place is listed with its commit and context');
      // Every table keeps its shape, and the rotation list has all three, code first.
      for (const shape of tables(section)) assert.equal(new Set(shape).size, 1);
      const rotate = [...section.matchAll(/^- \[ \] .*`(0{8}[0-9a-f]{8})`/gm)].map((m) => m[1]);
      assert.deepEqual(rotate, ['00000000000000a1', '00000000000000e5', '00000000000000f6']);
    }
  });

  it('says when no credential was found', () => {
    assert.match(render(detections(1)), /No credential was found in the history\./);
  });
});
