// Findings and hand-written HANDOVER.yaml layouts shared by the drafting, report and check tests.
import type { DetectionResult, OwnedFile } from '../../src/core/detect/detectionTypes';
import { MINIMAL } from './helpers';

function owned(path: string): OwnedFile {
  return {
    path, share: 0.9, currentShare: 0.9, personCurrentLines: 9, lines: 10, personAdded: 10, personRemoved: 0, totalAdded: 10, totalRemoved: 0, personCommits: 1, totalCommits: 1, authors: 1,
    othersActiveLastYear: 0, firstTouched: '2025-01-01', lastTouched: '2026-10-01', anyoneLastTouched: '2026-10-01', mainDeveloper: true, label: 'knowledge-island', risk: 1,
  };
}

export const FINGERPRINT = '0123456789abcdef';

/** What history showed in these tests: an owned folder, a loose owned file (documentation), a branch on two remotes, a credential. */
export function sampleDetections(): DetectionResult {
  return {
    head: 'c'.repeat(40),
    headDate: '2026-11-20',
    defaultBranch: 'main',
    shallow: false,
    person: { name: 'Alice', emails: ['alice@example.com'] },
    ownedFiles: [owned('ansible/roles/postgres/tasks/main.yml'), owned('docs/runbook.md')],
    ownedFolders: [{ path: 'ansible/roles/postgres', files: 1, ownedFiles: 1, share: 0.9, lines: 10, lastTouched: '2026-10-01', label: 'knowledge-island', risk: 2 }],
    contributedFiles: [],
    formerlyOwnedFiles: [],
    excludedFiles: 0,
    branches: [
      { name: 'feature/pg-failover', kind: 'local', ahead: 1, behind: 0, lastCommitDate: '2026-10-30', lastCommitSubject: 'WIP: patroni failover', stale: false, state: 'open', personShare: 1 },
      { name: 'origin/feature/pg-failover', kind: 'remote', ahead: 1, behind: 0, lastCommitDate: '2026-10-30', lastCommitSubject: 'WIP: patroni failover', stale: false, state: 'open', personShare: 1 },
    ],
    credentials: [
      {
        fingerprint: FINGERPRINT, kind: 'aws-access-key-id', path: 'deploy/.env', line: 1, firstCommit: 'a'.repeat(40), author: 'Alice <alice@example.com>', date: '2025-03-03',
        lastCommit: 'b'.repeat(40), inHead: false, refs: ['main'], byPerson: true, rotated: null, ignored: null,
        context: 'code', locations: [{ path: 'deploy/.env', line: 1, commit: 'a'.repeat(40), context: 'code' }], pathCount: 1,
      },
    ],
    mentions: [
      { path: '.github/CODEOWNERS', line: 3, column: 12, kind: 'ownership', rule: 'codeowners', identity: 'alice', token: 'alice', identityType: 'account', comment: false, suggestion: 'reassign', reassignable: true },
      { path: '.github/CODEOWNERS', line: 7, column: 12, kind: 'ownership', rule: 'codeowners', identity: 'alice', token: 'alice', identityType: 'account', comment: false, suggestion: 'reassign', reassignable: true },
      { path: 'k8s/rbac.yaml', line: 9, column: 11, kind: 'access', rule: 'k8s-rbac-subject', identity: 'alice@example.com', token: 'alice@example.com', identityType: 'email', comment: false, suggestion: 'revoke', system: 'kubernetes', reassignable: false },
    ],
    notes: [],
  };
}

export const HEAD = MINIMAL.replace('version: 1\n', 'version: 1\ntimeline:\n  due: 2026-12-04\n');

/** Eight ways people write the checklist, each with items in duties, pending, credentials and documents where it has them. */
export const LAYOUTS: Record<string, string> = {
  block: `${HEAD}duties:\n  - id: d1\n    title: On call\npending:\n  - id: p1\n    title: P\n    reason: R\n    remaining: X\ncredentials:\n  - id: c1\n    name: N\n    location: L\ndocuments:\n  - id: doc1\n    title: Doc\n    url: https://wiki.example/doc\n`,
  flowItems: `${HEAD}duties:\n  - {id: d1, title: On call}\npending:\n  - {id: p1, title: P, reason: R, remaining: X}\ncredentials:\n  - {id: c1, name: N, location: L}\n`,
  flowSections: `${HEAD}duties: [{id: d1, title: On call}]\npending: []\ncredentials: [\n  {id: c1, name: N, location: L},\n]\ndocuments: []\n`,
  crlfBom: `\uFEFF${HEAD}duties:\n  - id: d1\n    title: On call\npending:\n  - id: p1\n    title: P\n    reason: R\n    remaining: X\n`.replace(/\n/g, '\r\n'),
  comments: `# header\n${HEAD}duties:\n  # about d1\n  - id: d1  # first\n    title: On call\n    details: |\n      kept\n    # trailing remark on d1\n  # about what follows\npending:\n  - id: p1\n    title: P\n    reason: R\n    remaining: X\n\n# credentials below\ncredentials:\n  - id: c1\n    name: N\n    location: L\n    # deeper note\n`,
  fourSpaces: 'version: 1\nproject: demo\nfrom:\n    name: Alice\n    emails: [alice@example.com]\nto:\n    name: Bob\nduties:\n    -   id: d1\n        title: On call\npending:\n    -   id: p1\n        title: P\n        reason: R\n        remaining: X\n',
  unindented: `${HEAD}duties:\n- id: d1\n  title: On call\npending:\n- id: p1\n  title: P\n  reason: R\n  remaining: X\n`,
  emptyAndMissing: `${HEAD}duties: []\nsignoff:\n  from: {name: Alice, date: 2026-12-01}`,
};

