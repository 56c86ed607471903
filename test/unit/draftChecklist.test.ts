import * as assert from 'node:assert/strict';
import { Lexer } from 'yaml';
import { draftOperations, findingRows, planDraft, unnamedFindings, type FindingKind } from '../../src/core/handover/draft';
import { applyEdits } from '../../src/core/handover/edit';
import { translator } from '../../src/core/i18n/translator';
import { credentialKindName } from '../../src/core/detect/credentials/ruleTable';
import { FINGERPRINT, HEAD, LAYOUTS, sampleDetections } from './draftFixtures';
import { load } from './helpers';

const en = translator('en');
const zh = translator('zh-CN');

const KINDS: FindingKind[] = ['owned', 'branches', 'credentials', 'mentions'];

function comments(text: string): string[] {
  return [...new Lexer().lex(text.replace(/^\uFEFF/, ''))].filter((token) => token.startsWith('#'));
}

function draft(text: string, only?: FindingKind[], t = en) {
  const handover = load(text.replace(/^\uFEFF/, '')).handover;
  assert.ok(handover, JSON.stringify(load(text).diagnostics));
  const rows = findingRows(sampleDetections(), handover, only ? new Set(only) : undefined);
  const plan = planDraft(text, rows, { t });
  if (!plan.ok) assert.fail(`refused: ${plan.error.message}\n${text}`);
  return plan;
}

describe('Drafting the checklist from findings', () => {
  for (const [name, text] of Object.entries(LAYOUTS)) {
    for (const kind of KINDS) {
      it(`${kind} in the ${name} layout: a valid item, only inserted, in the style of its siblings; a second draft adds nothing`, () => {
        const plan = draft(text, [kind]);
        assert.ok(plan.edit, 'something was added');
        assert.equal(applyEdits(text, [plan.edit]), plan.newText);
        // Only inserted: what the change replaces is all still there, in order (items added to two
        // sections make one change that spans the text between them).
        const replaced = text.slice(plan.edit.startOffset, plan.edit.endOffset);
        let at = 0;
        for (const char of plan.edit.replacement) if (at < replaced.length && char === replaced[at]) at++;
        assert.equal(at, replaced.length, `only insertions: ${JSON.stringify(replaced)} → ${JSON.stringify(plan.edit.replacement)}`);
        const after = load(plan.newText.replace(/^\uFEFF/, ''));
        assert.deepEqual(after.diagnostics.filter((d) => d.severity === 'error'), [], plan.newText);
        const handover = after.handover!;
        assert.deepEqual(comments(plan.newText), comments(text), 'every comment kept');
        assert.equal(plan.newText.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
        if (text.includes('\r\n')) assert.doesNotMatch(plan.newText, /(^|[^\r])\n/, 'CRLF stays CRLF');
        else assert.ok(!plan.newText.includes('\r'));
        assert.equal(/\n$/.test(plan.newText), /\n$/.test(text), 'the final line break (or its absence) kept');
        // The findings are now named: a second draft adds nothing.
        assert.deepEqual(unnamedFindings(sampleDetections(), handover, new Set([kind])), []);
        const again = draft(plan.newText, [kind]);
        assert.equal(again.newText, plan.newText);
        assert.equal(again.edit, undefined);
        if (kind === 'owned') {
          const duty = handover.sections.duties.find((item) => item.id === 'duty-ansible-roles-postgres')!;
          assert.equal(duty.data.title, 'Look after ansible/roles/postgres/');
          assert.equal(duty.data.details, 'TODO(handover) what the successor needs to know to look after it');
          const doc = handover.sections.documents.find((item) => item.id === 'doc-docs-runbook-md')!;
          assert.equal(doc.data.path, 'docs/runbook.md');
        }
        if (kind === 'branches') {
          const pending = handover.sections.pending.filter((item) => item.data.branch);
          assert.equal(pending.length, 1, 'a branch and its remote copy give one item');
          assert.deepEqual(pending[0]!.data, {
            id: 'pending-feature-pg-failover',
            title: 'WIP: patroni failover',
            reason: 'TODO(handover) why it is unfinished',
            remaining: 'TODO(handover) what is left to do',
            branch: 'feature/pg-failover',
          });
        }
        if (kind === 'credentials') {
          const credential = handover.sections.credentials.find((item) => item.data.fingerprint === FINGERPRINT)!;
          assert.equal(credential.data.name, 'AWS access key ID (half of an access key pair) committed in deploy/.env:1');
          assert.match(credential.data.location, /^TODO\(handover\) /);
          if (handover.timeline.due) assert.equal(credential.data.rotateBy, handover.timeline.due);
        }
        if (kind === 'mentions') {
          const systems = handover.sections.systems.map((item) => item.data);
          assert.deepEqual(systems, [
            { id: 'sys-alice-github-codeowners', name: 'ownership in .github/CODEOWNERS', account: 'alice', action: 'transfer', status: 'todo' },
            { id: 'sys-alice-example-com-k8s-rbac-yaml', name: 'kubernetes access in k8s/rbac.yaml', account: 'alice@example.com', action: 'revoke', status: 'todo' },
          ], 'one item per file and identity; access is revoked, the rest transferred');
        }
        // Style: items written like their siblings.
        const inserted = plan.edit.replacement;
        if (name === 'flowItems' && kind !== 'owned') assert.match(inserted, /- \{id: /, inserted);
        if (name === 'block' || name === 'comments' || name === 'crlfBom') assert.match(inserted, /- id: [a-z0-9-]+\r?\n {4}[a-z]+: /, inserted);
        if (name === 'fourSpaces') assert.match(inserted, /- {3}id: [a-z0-9-]+\n {8}[a-z]+: /, inserted);
        if (name === 'unindented' && kind !== 'credentials' && kind !== 'owned') assert.match(inserted, /(?:^|\n)- id: [a-z0-9-]+\n {2}[a-z]+: /, inserted);
      });
    }
  }

  it('adds every kind at once as one change, items in the file order of their sections, and the tab stops on what must be written', () => {
    const text = LAYOUTS.block!;
    const plan = draft(text);
    assert.ok(plan.edit);
    assert.deepEqual(plan.added.map((a) => a.id), [
      'duty-ansible-roles-postgres',
      'pending-feature-pg-failover',
      'sys-alice-github-codeowners',
      'sys-alice-example-com-k8s-rbac-yaml',
      'cred-aws-access-key-id-012345',
      'doc-docs-runbook-md',
    ]);
    const stops = plan.stops.map((s) => plan.edit!.replacement.slice(s.start, s.end));
    assert.deepEqual(stops, [
      'TODO(handover) what the successor needs to know to look after it',
      'Look after ansible/roles/postgres/',
      'TODO(handover) why it is unfinished',
      'TODO(handover) what is left to do',
      'WIP: patroni failover',
      'TODO(handover) where it is kept now (vault path or password manager entry)',
      'AWS access key ID (half of an access key pair) committed in deploy/.env:1',
      '2026-12-04',
      'Documentation in docs/runbook.md',
      // A section the file does not have yet goes at its end.
      'ownership in .github/CODEOWNERS',
      'transfer',
      'kubernetes access in k8s/rbac.yaml',
      'revoke',
    ]);
    assert.ok(plan.stops[0]!.toWrite && !plan.stops[1]!.toWrite);
  });

  it('writes titles and placeholders in the language of the file', () => {
    const text = LAYOUTS.block!.replace('project: demo\n', 'project: demo\nlanguage: zh-CN\n');
    const plan = draft(text, ['branches', 'owned'], zh);
    const handover = load(plan.newText).handover!;
    assert.equal(handover.sections.duties[1]!.data.title, '负责维护 ansible/roles/postgres/');
    assert.equal(handover.sections.pending[1]!.data.reason, 'TODO(handover) 未完成的原因');
  });

  it('gives ids unique in the file', () => {
    const text = `${HEAD}duties:\n  - id: duty-ansible-roles-postgres\n    title: Something else\n`;
    const plan = draft(text, ['owned']);
    const ids = load(plan.newText).handover!.sections.duties.map((item) => item.id);
    assert.deepEqual(ids, ['duty-ansible-roles-postgres', 'duty-ansible-roles-postgres-2']);
  });

  it('refuses a file with errors, saying where', () => {
    const plan = planDraft(`${HEAD}duties: [{id: d1}]\n`, findingRows(sampleDetections(), load(LAYOUTS.block!).handover!), { t: en });
    assert.ok(!plan.ok);
    assert.equal(plan.error.code, 'edit.fileHasErrors');
  });
});

describe('Which findings the checklist names', () => {
  const base = load(LAYOUTS.block!).handover!;
  const named = (yaml: string) => findingRows(sampleDetections(), load(`${HEAD}${yaml}`).handover!).filter((row) => row.namedBy).map((row) => `${row.kind}:${row.key}`);

  it('names nothing in a checklist that mentions none of them', () => {
    assert.equal(unnamedFindings(sampleDetections(), base).length, 6);
  });

  it('names an owned folder by a path inside it, and a file by a folder holding it, in a duty or a document', () => {
    assert.deepEqual(named('duties:\n  - id: d\n    title: Roles\n    details: See ansible/roles/postgres/tasks/main.yml.\n'), ['owned:ansible/roles/postgres/']);
    assert.deepEqual(named('documents:\n  - id: d\n    title: Docs\n    path: docs\n'), ['owned:docs/runbook.md']);
    assert.deepEqual(named('duties:\n  - id: d\n    title: 维护 ansible/roles/postgres\n'), ['owned:ansible/roles/postgres/']);
    assert.deepEqual(named('duties:\n  - id: d\n    title: T\n    runbook: ./docs/runbook.md\n'), ['owned:docs/runbook.md']);
    // A word that only looks like part of the path does not name it; nor does a sibling folder.
    assert.deepEqual(named('duties:\n  - id: d\n    title: Postgres roles\n    details: ansible/roles/postgresql is separate\n'), []);
    // A bare file name names a file of that name at the root (LICENSE, Makefile).
    assert.deepEqual(
      findingRows({ ...sampleDetections(), ownedFolders: [], ownedFiles: [sampleDetections().ownedFiles[0]!, { ...sampleDetections().ownedFiles[0]!, path: 'LICENSE' }] }, load(`${HEAD}duties:\n  - {id: d, title: Look after LICENSE}\n`).handover!)
        .filter((row) => row.kind === 'owned' && row.namedBy)
        .map((row) => row.key),
      ['LICENSE'],
    );
    // Other sections do not name owned paths.
    assert.deepEqual(named('risks:\n  - id: r\n    title: ansible/roles/postgres breaks\n'), []);
  });

  it('names a branch by pending[].branch, with or without the remote', () => {
    assert.deepEqual(named('pending:\n  - {id: p, title: T, reason: R, remaining: X, branch: feature/pg-failover}\n'), ['branches:feature/pg-failover']);
    assert.deepEqual(named('pending:\n  - {id: p, title: T, reason: R, remaining: X, branch: origin/feature/pg-failover}\n'), ['branches:feature/pg-failover']);
    assert.deepEqual(named('pending:\n  - {id: p, title: T, reason: R, remaining: X, branch: feature/pg}\n'), []);
  });

  it('names the mentions of a file by a systems item with that account and path; a decided mention needs none', () => {
    assert.deepEqual(named('systems:\n  - {id: s, name: CODEOWNERS in .github/CODEOWNERS, account: Alice, action: transfer}\n'), ['mentions:.github/CODEOWNERS (alice)']);
    assert.deepEqual(named('systems:\n  - {id: s, name: Kubernetes, account: alice, action: revoke}\n'), []);
    const decided = load(`${HEAD}detected:\n  mentions: [{path: k8s/rbac.yaml, identity: alice@example.com, outcome: removed, by: Bob, on: 2026-11-28}]\n`).handover!;
    assert.deepEqual(findingRows(sampleDetections(), decided, new Set(['mentions'])).map((row) => row.key), ['.github/CODEOWNERS (alice)']);
  });

  it('names a file\'s mentions by an item with any of the person\'s names, and drafts one item per file and kind', () => {
    // Alice's e-mail on the item names the line where her account appears: one person, one file.
    assert.deepEqual(named('systems:\n  - {id: s, name: CODEOWNERS in .github/CODEOWNERS, account: alice@example.com, action: transfer}\n'), ['mentions:.github/CODEOWNERS (alice)']);
    assert.deepEqual(named('systems:\n  - {id: s, name: CODEOWNERS in .github/CODEOWNERS, account: carol, action: transfer}\n'), []);
    const detections = sampleDetections();
    const line = detections.mentions![0]!;
    detections.mentions = [{ ...line, line: 2, identity: 'alice@example.com', token: 'alice@example.com', identityType: 'email' }, ...detections.mentions!];
    const handover = load(HEAD).handover!;
    const rows = findingRows(detections, handover, new Set(['mentions']));
    assert.deepEqual(rows.map((row) => row.key), ['.github/CODEOWNERS (alice@example.com)', '.github/CODEOWNERS (alice)', 'k8s/rbac.yaml (alice@example.com)']);
    const { drafts } = draftOperations(handover, rows, en);
    // The e-mail comes first in the file, the account is what the item names.
    assert.deepEqual(drafts.map((d) => `${d.section}:${d.fields.find((f) => f.key === 'name')?.value}:${d.fields.find((f) => f.key === 'account')?.value}`), [
      'systems:ownership in .github/CODEOWNERS:alice',
      'systems:kubernetes access in k8s/rbac.yaml:alice@example.com',
    ]);
  });

  it('names a drafted credential by its kind\'s human name, in the file\'s language', () => {
    const handover = load(HEAD).handover!;
    const rows = findingRows(sampleDetections(), handover, new Set(['credentials']));
    const name = (t: typeof en) => draftOperations(handover, rows, t).drafts[0]!.fields.find((f) => f.key === 'name')?.value;
    assert.equal(name(en), 'AWS access key ID (half of an access key pair) committed in deploy/.env:1');
    assert.equal(name(translator('zh-CN')), `提交在 deploy/.env:1 的 ${credentialKindName('aws-access-key-id', 'zh-CN')}`);
    assert.notEqual(credentialKindName('aws-access-key-id', 'zh-CN'), credentialKindName('aws-access-key-id', 'en'));
  });

  it('drafts one duty for the files of a test data folder, which then names them all', () => {
    const detections = sampleDetections();
    const file = detections.ownedFiles[0]!;
    detections.ownedFolders = [];
    detections.ownedFiles = ['cluster/testdata/peers.yml', 'cluster/testdata/gossip.yml', 'cluster/testdata/v2/tls.yml', 'cluster/cluster.go', 'api/fixtures/one.json', 'ui/__snapshots__/a.snap', 'ui/__snapshots__/b.snap', 'ui/__snapshots__/c.snap', 'ui/__snapshots__/d.snap', 'ui/__snapshots__/e.snap', 'ui/__snapshots__/f.snap', 'ui/__snapshots__/g.snap'].map((path) => ({ ...file, path }));
    const handover = load(HEAD).handover!;
    const rows = findingRows(detections, handover, new Set(['owned']));
    const titles = (t: typeof en) => draftOperations(handover, rows, t).drafts.map((d) => d.fields.find((f) => f.key === 'title')?.value);
    assert.deepEqual(titles(en), [
      'Look after the test data in cluster/testdata/ (gossip.yml, peers.yml, v2/tls.yml)',
      'Look after cluster/cluster.go',
      'Look after api/fixtures/one.json',
      'Look after the test data in ui/__snapshots__/ (a.snap, b.snap, c.snap, d.snap, e.snap, … +2)',
    ]);
    assert.equal(titles(translator('zh-CN'))[0], '负责维护 cluster/testdata/ 中的测试数据（gossip.yml, peers.yml, v2/tls.yml）');
    const written = load(`${HEAD}duties:\n${titles(en).map((title, i) => `  - {id: d${i}, title: "${title}"}\n`).join('')}`).handover!;
    assert.deepEqual(findingRows(detections, written, new Set(['owned'])).filter((row) => row.namedBy === undefined), [], 'the duty names every file of the folder');
  });

  it('drafts one duty for a file and its tests beside it, which then names both', () => {
    const detections = sampleDetections();
    const file = detections.ownedFiles[0]!;
    detections.ownedFolders = [];
    detections.ownedFiles = ['notify/email.go', 'notify/email_test.go', 'notify/slack_test.go', 'web/ui/app.tsx', 'web/ui/app.test.tsx', 'web/ui/app.spec.tsx', 'tools/test_sync.py', 'tools/sync.py'].map((path) => ({ ...file, path }));
    const handover = load(HEAD).handover!;
    const rows = findingRows(detections, handover, new Set(['owned']));
    const titles = draftOperations(handover, rows, en).drafts.map((d) => d.fields.find((f) => f.key === 'title')?.value);
    assert.deepEqual(titles, [
      'Look after notify/email.go and its tests notify/email_test.go',
      'Look after notify/slack_test.go',
      'Look after web/ui/app.tsx and its tests web/ui/app.test.tsx, web/ui/app.spec.tsx',
      'Look after tools/sync.py and its tests tools/test_sync.py',
    ]);
    const written = load(`${HEAD}duties:\n${titles.map((title, i) => `  - {id: d${i}, title: "${title}"}\n`).join('')}`).handover!;
    assert.deepEqual(findingRows(detections, written, new Set(['owned'])).filter((row) => row.namedBy === undefined), [], 'the duty names the file and its tests');
  });

  it('names a credential by credentials[].fingerprint; an ignored finding needs no item', () => {
    assert.deepEqual(named(`credentials:\n  - {id: c, name: N, location: L, fingerprint: ${FINGERPRINT}}\n`), [`credentials:${FINGERPRINT}`]);
    const ignored = load(`${HEAD}detected:\n  ignore: [{fingerprint: ${FINGERPRINT}, reason: test data}]\n`).handover!;
    assert.deepEqual(findingRows(sampleDetections(), ignored, new Set(['credentials'])), []);
  });
});

describe('A credential item and the finding its fingerprint names', () => {
  const item = `credentials:\n  - {id: c, name: N, location: L, fingerprint: ${FINGERPRINT}ROTATED}\n`;

  it('reads as rotated when the finding is recorded rotated, and the finding when the item is', () => {
    const byFinding = load(`${HEAD}${item.replace('ROTATED', '')}detected:\n  rotated: [{fingerprint: ${FINGERPRINT}, by: Bob, on: 2026-11-29}]\n`).handover!;
    assert.deepEqual(byFinding.sections.credentials[0]!.data.rotated, { by: 'Bob', on: '2026-11-29' });
    const byItem = load(`${HEAD}${item.replace('ROTATED', ', rotated: {by: Bob, on: 2026-11-30}')}`).handover!;
    assert.deepEqual(byItem.detected.rotated, [{ fingerprint: FINGERPRINT, by: 'Bob', on: '2026-11-30' }]);
    // Without a fingerprint, nothing is linked.
    const unlinked = load(`${HEAD}credentials:\n  - {id: c, name: N, location: L}\ndetected:\n  rotated: [{fingerprint: ${FINGERPRINT}, by: Bob, on: 2026-11-29}]\n`).handover!;
    assert.equal(unlinked.sections.credentials[0]!.data.rotated, undefined);
  });
});
