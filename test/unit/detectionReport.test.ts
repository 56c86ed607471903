import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { DetectionResult, OwnedFile } from '../../src/core/detect/detectionTypes';
import { buildReport } from '../../src/core/report/reportBuilder';
import { DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { load } from './helpers';

const md = new MarkdownIt({ html: true });

function file(path: string, risk: number): OwnedFile {
  return {
    path,
    share: 0.9,
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
    personLastTouched: '2026-10-30',
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
    branches: [
      { name: 'feature/pg-failover', kind: 'local', ahead: 1, behind: 0, lastCommitDate: '2026-10-30', lastCommitSubject: 'WIP: patroni | failover @ops', stale: false, state: 'open', personShare: 1, pendingId: 'pending-pg-failover' },
      { name: 'origin/fix/squashed', kind: 'remote', ahead: 2, behind: 5, lastCommitDate: '2026-06-01', lastCommitSubject: 'fix', stale: true, state: 'merged-equivalent', personShare: 1 },
    ],
    credentials: [],
    mentions: [],
    notes: [],
  };
}

function render(result: DetectionResult | undefined, yaml = DEMO_HANDOVER_YAML): string {
  return buildReport({ handover: load(yaml).handover!, language: 'en', head: { kind: 'commit', sha: 'c'.repeat(40), date: '2026-11-20', shallow: false }, linkBase: '', detections: result });
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

describe('detection sections of the report', () => {
  it('lists owned folders and files by risk, with a review entry per table row', () => {
    const text = render(detections(3));
    const section = text.slice(text.indexOf('## Files the person leaving owns'), text.indexOf('## Open branches'));
    assert.match(section, /\| `k8s\/base\/` \| 90% \| 360 \| 2026-10-30 \| knowledge island \|/);
    assert.equal((section.match(/^- \[ \] Reviewed `/gm) ?? []).length, 4);
    assert.doesNotMatch(section, /<details>/);
  });

  it('puts everything past the top rows in a collapsed list and keeps every table whole', () => {
    const text = render(detections(30));
    const section = text.slice(text.indexOf('## Files the person leaving owns'), text.indexOf('## Open branches'));
    assert.equal((section.match(/^- \[ \] Reviewed /gm) ?? []).length, 20);
    assert.match(section, /<summary>All 31 folders and files<\/summary>/);
    for (const shape of tables(text)) assert.equal(new Set(shape).size, 1, JSON.stringify(tables(text)));
  });

  it('shows each branch with ahead/behind, state, stale flag, pending item and a decision entry', () => {
    const text = render(detections(1));
    assert.match(text, /\| `feature\/pg-failover` \| \+1 \/ −0 \| 2026-10-30 WIP: patroni \\\| failover @&#8203;ops \| open \| `pending-pg-failover` \|/);
    assert.match(text, /\| `origin\/fix\/squashed` \| \+2 \/ −5 \| 2026-06-01 fix \| already merged \(squash or rebase\) · stale \| \*\*not named\*\* \|/);
    assert.match(text, /^- \[ \] `feature\/pg-failover`: taken over \/ merged \/ abandoned$/m);
  });

  it('ticks reviewed paths and decided branches from detected.reviewed, with who, when, the outcome and the note', () => {
    const yaml = `${DEMO_HANDOVER_YAML}detected:\n  reviewed:\n    - {path: k8s/base, by: 李四, on: 2026-11-26, note: "walked through | @ops"}\n    - {branch: feature/pg-failover, by: 李四, on: 2026-11-27, outcome: taken-over}\n    - {branch: fix/squashed, by: 李四, on: 2026-11-28}\n`;
    const text = render(detections(1), yaml);
    assert.match(text, /^- \[x\] Reviewed `k8s\/base\/` with the person leaving — 李四, 2026-11-26 · Note: walked through \\\| @&#8203;ops$/m);
    assert.match(text, /^- \[ \] Reviewed `ansible\/roles\/r0\/tasks\/main \| 0\.yml` with the person leaving$/m);
    assert.match(text, /^- \[x\] `feature\/pg-failover`: taken over — 李四, 2026-11-27$/m);
    assert.match(text, /\| `feature\/pg-failover` \| \+1 \/ −0 \| [^|]*(?:\\\|[^|]*)*\| open · \*\*taken over\*\* \|/);
    // Recorded without the remote, the review still names `origin/fix/squashed`; no outcome recorded.
    assert.match(text, /^- \[x\] `origin\/fix\/squashed`: reviewed — 李四, 2026-11-28$/m);
    assert.match(text, /^\| Owned files and folders reviewed \| 1 of 2 \|$/m);
    assert.match(text, /^\| Branches decided \| 2 of 2 \|$/m);
    for (const shape of tables(text)) assert.equal(new Set(shape).size, 1);
  });

  it('says when git history was not read', () => {
    assert.equal((render(undefined).match(/Not analysed: git history was not read for this report\./g) ?? []).length, 4);
  });
});

describe('credentials section of the report', () => {
  const finding = (fingerprint: string, path: string, line: number, inHead: boolean) => ({
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
    assert.match(section, /2 credential\(s\) were committed at some point; 1 not rotated yet\./);
    assert.match(section, /^- \[x\] Rotate github-token `00000000000000a1`.* — rotated by 李四 on 2026-11-26$/m);
    assert.match(section, /^- \[ \] Rotate github-token `00000000000000b2`/m);
    assert.doesNotMatch(section, /- \[.\] Rotate github-token `00000000000000c3`/);
    assert.ok(section.includes('- `00000000000000c3` `test/fixture.env:9`: a test fixture \\| never real'));
    // The table survives a `|` in a path: two data rows of six cells, and no branch names (they differ between clones).
    const tokens = md.parse(section, {});
    const rows = tokens.filter((tok) => tok.type === 'tr_open').length;
    const cells = tokens.filter((tok) => tok.type === 'td_open').length;
    assert.equal(rows, 3);
    assert.equal(cells, 12);
    assert.doesNotMatch(section, /feature\/x/);
  });

  it('says when no credential was found', () => {
    assert.match(render(detections(1)), /No credential was found in the history\./);
  });
});
