// "Still names them" in a real VS Code: the section lists the configuration lines that name the person
// leaving, Reassign rewrites CODEOWNERS (only the token) and records the decision, the tree updates,
// Ctrl+Z in the file undoes the rewrite; Mark Removed and Take Back write and remove decisions.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FixtureRepo } from '../fixtures/fixtureRepo';
import { LEAVING, MENTION_FILES, MENTIONS_HANDOVER } from '../fixtures/mentionRepos';
import { realVsCodeSuite, startVsCode, waitUntil, type TreeRow } from './harness';

const VIEW = 'Checklist';
const CODEOWNERS = '# Owners\r\n/deploy/     @zhangsan @lisi\r\n/ansible/    @zhangsanfeng\r\n/terraform/  zhangsan@corp.example\r\n';

interface MentionsYaml {
  detected?: { mentions?: Array<{ path: string; identity: string; outcome: string; by: string; on: string }> | null };
}

function row(rows: TreeRow[], label: string): TreeRow | undefined {
  return rows.find((r) => r.label === label);
}

describe('Mentions of the person leaving in a real VS Code', function () {
  const suite = realVsCodeSuite('handover-mentions-');

  it('lists them by kind, reassigns CODEOWNERS to the successor (undoable), and records decisions', async () => {
    const repo = FixtureRepo.init({ dir: join(suite.work(), 'ops') });
    repo.write('HANDOVER.yaml', MENTIONS_HANDOVER).write('.github/CODEOWNERS', CODEOWNERS).write('k8s/rbac.yaml', MENTION_FILES['k8s/rbac.yaml']!).write('src/payments.go', 'package payments\n\n// TODO(zhangsan): retry failed refunds\n');
    repo.commit('ops configuration', LEAVING, '2026-10-01T10:00:00Z');
    const codeownersPath = join(repo.dir, '.github', 'CODEOWNERS');
    const model = () => parse(readFileSync(join(repo.dir, 'HANDOVER.yaml'), 'utf8')) as MentionsYaml;

    const vs = suite.track(await startVsCode({ folder: repo.dir, trusted: true, viewport: { width: 1500, height: 950 } }));
    await vs.openView(VIEW);
    const rows = await vs.waitForTreeRows(VIEW, (r) => row(r, 'Still names them')?.description === '4 to decide · 4 found' && !!row(r, '.github/CODEOWNERS:2'), 60_000);
    for (const label of ['Ownership', 'Access', 'TODOs assigned to them', 'src/payments.go:3', '.github/CODEOWNERS:2', '.github/CODEOWNERS:4', 'k8s/rbac.yaml:11']) assert.ok(row(rows, label), label);
    // Undecided and not named by a `systems` item yet: marked for the person leaving (Add to Checklist).
    assert.equal(row(rows, '.github/CODEOWNERS:2')?.description, 'zhangsan · not in checklist');
    assert.ok(!rows.some((r) => r.label.startsWith('.github/CODEOWNERS:3')), 'the colleague @zhangsanfeng is not them');
    await vs.screenshot('handover-mentions');

    // Reassign: the token becomes the successor's account; every other byte (CRLF included) stays.
    await vs.treeItemMenu(VIEW, '.github/CODEOWNERS:2', 'Reassign to Successor');
    await waitUntil(() => readFileSync(codeownersPath, 'utf8') === CODEOWNERS.replace('@zhangsan @lisi', '@lisi @lisi'), 20_000, 'CODEOWNERS rewritten on disk');
    await waitUntil(() => model().detected?.mentions?.some((m) => m.path === '.github/CODEOWNERS' && m.identity === 'zhangsan' && m.outcome === 'reassigned' && m.by === '李四'), 20_000, 'the decision in HANDOVER.yaml');
    await vs.waitForTreeRows(VIEW, (r) => row(r, 'Still names them')?.description === '3 to decide · 4 found' && /reassigned$/.test(row(r, '.github/CODEOWNERS:2')?.description ?? ''));
    await waitUntil(async () => (await vs.tabTitles()).some((t) => t.includes('CODEOWNERS')), 20_000, 'CODEOWNERS shown');
    await vs.screenshot('handover-mention-reassigned');

    // The rewrite is an ordinary edit of the file: Ctrl+Z in its editor undoes it, and saving restores the bytes.
    await vs.page.locator('.monaco-editor .view-lines').first().click();
    await vs.page.keyboard.press('Control+Z');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => readFileSync(codeownersPath, 'utf8') === CODEOWNERS, 20_000, 'CODEOWNERS as it was after undo and save');

    // Mark Removed on the access line, then Take Back Decision.
    await vs.treeItemMenu(VIEW, 'k8s/rbac.yaml:11', 'Mark Removed');
    await waitUntil(() => model().detected?.mentions?.some((m) => m.path === 'k8s/rbac.yaml' && m.outcome === 'removed'), 20_000, 'the removal in HANDOVER.yaml');
    await vs.waitForTreeRows(VIEW, (r) => row(r, 'Still names them')?.description === '2 to decide · 4 found');
    await vs.treeItemMenu(VIEW, 'k8s/rbac.yaml:11', 'Take Back Decision');
    await waitUntil(() => !model().detected?.mentions?.some((m) => m.path === 'k8s/rbac.yaml'), 20_000, 'the removal taken back');
    await vs.waitForTreeRows(VIEW, (r) => row(r, 'Still names them')?.description === '3 to decide · 4 found');
  });
});
