// The person leaving drafts the checklist in a real VS Code: Add to Checklist on a branch row inserts
// a pending item with the cursor on `reason`, Tab walks to `remaining`; Draft from Git History adds
// the rest; Ctrl+Z takes the draft back whole; Generate warns while findings are unnamed and not after.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDemoRepository, DEMO_HANDOVER_YAML } from '../fixtures/demoRepository';
import { historyRead, realVsCodeSuite, startVsCode, waitUntil, type TreeRow } from './harness';

const VIEW = 'Checklist';
const PENDING_BLOCK = DEMO_HANDOVER_YAML.slice(DEMO_HANDOVER_YAML.indexOf('pending:\n'), DEMO_HANDOVER_YAML.indexOf('documents:\n'));
/** The demo checklist without its pending item: its branch is then a finding no item names. */
const WITHOUT_PENDING = DEMO_HANDOVER_YAML.replace(PENDING_BLOCK, '');

function row(rows: TreeRow[], label: string): TreeRow | undefined {
  return rows.find((r) => r.label === label);
}

interface Yaml {
  pending?: { id: string; title: string; reason: string; remaining: string; branch?: string }[];
  duties: { id: string; details?: string }[];
  credentials: { id: string; fingerprint?: string; location: string }[];
}

describe('Drafting the checklist in a real VS Code', function () {
  const suite = realVsCodeSuite('handover-draft-');

  it('adds a branch as a pending item through a snippet, drafts the rest, undoes whole, and warns at Generate only while something is unnamed', async () => {
    const repo = buildDemoRepository(join(suite.work(), 'payments-ops'));
    const yamlPath = join(repo.dir, 'HANDOVER.yaml');
    writeFileSync(yamlPath, WITHOUT_PENDING);
    const read = () => readFileSync(yamlPath, 'utf8');
    const vs = suite.track(await startVsCode({ folder: repo.dir, trusted: true, viewport: { width: 1500, height: 950 } }));
    await vs.openView(VIEW);
    // Add to Checklist waits for the whole reading of history; a cold machine may still be reading the credentials.
    const rows = await vs.waitForTreeRows(VIEW, (r) => / · not in checklist$/.test(row(r, 'feature/pg-failover')?.description ?? '') && historyRead(r), 60_000);
    assert.doesNotMatch(row(rows, 'ansible/')?.description ?? '', /not in checklist/, 'a folder a duty refers to is named');

    // Add to Checklist on the branch: a pending item, the cursor on `reason`; type, Tab, type.
    await vs.treeItemMenu(VIEW, 'feature/pg-failover', 'Add to Checklist');
    await waitUntil(async () => (await vs.tabTitles()).some((t) => t.includes('HANDOVER.yaml')), 45_000, 'HANDOVER.yaml in an editor');
    await waitUntil(async () => ((await vs.page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').includes('pending-feature-pg-failover'), 20_000, 'the item in the editor');
    await vs.page.keyboard.type('waiting for the DBA review');
    await vs.page.keyboard.press('Tab');
    await vs.page.keyboard.type('rehearse one failover in staging');
    await vs.page.keyboard.press('Escape');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => read().includes('rehearse one failover'), 20_000, 'the saved item');
    const added = read();
    const pending = (parse(added) as Yaml).pending!;
    assert.deepEqual(pending, [
      { id: 'pending-feature-pg-failover', title: 'WIP: patroni failover', reason: 'waiting for the DBA review', remaining: 'rehearse one failover in staging', branch: 'feature/pg-failover' },
    ]);
    // Everything else byte for byte: the file minus the new section is the file before.
    const inserted = added.slice(added.indexOf('pending:'), added.indexOf('    branch: feature/pg-failover\n') + '    branch: feature/pg-failover\n'.length);
    assert.equal(added.replace(inserted, ''), WITHOUT_PENDING);
    await vs.waitForTreeRows(VIEW, (r) => !/not in checklist/.test(row(r, 'feature/pg-failover')?.description ?? ''));
    await vs.screenshot('draft-branch-added');

    // Generate warns while findings are unnamed; "Add Them" opens the draft with every one picked.
    await vs.runCommand('Handover: Generate Handover');
    const warning = await vs.answerDialog('Add Them');
    assert.match(warning, /Not in the checklist yet: 1 owned files or folders, 0 branches, 1 credentials/);
    assert.equal(await vs.submitInput(), '', 'accepted as offered: everything picked');
    await waitUntil(async () => ((await vs.page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').includes('duty-deploy-env'), 20_000, 'the drafted items in the editor');
    await vs.page.keyboard.press('Escape');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => read().includes('duty-deploy-env'), 20_000, 'the drafted items saved');
    const drafted = parse(read()) as Yaml;
    assert.match(drafted.duties.find((d) => d.id === 'duty-deploy-env')?.details ?? '', /^TODO\(handover\) /);
    assert.ok(drafted.credentials.some((c) => /^[0-9a-f]{16}$/.test(String(c.fingerprint)) && c.location.startsWith('TODO(handover)')));
    // Each placeholder is a warning until it is written.
    await waitUntil(async () => (await vs.problems()).filter((p) => p.kind === 'warning' && /To be completed/.test(p.text)).length === 2, 20_000, 'two placeholder warnings');
    await vs.screenshot('draft-from-history');

    // Ctrl+Z takes the whole draft back: the saved bytes are those before it.
    await vs.page.locator('.monaco-editor .view-lines').first().click();
    await vs.page.keyboard.press('Control+Z');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => read() === added, 20_000, 'the bytes before the draft');

    // Drafted again from the palette; then Generate writes the report without a warning.
    await vs.runCommand('Handover: Draft from Git History…');
    await vs.submitInput();
    await waitUntil(async () => ((await vs.page.locator('.monaco-editor .view-lines').first().textContent()) ?? '').includes('duty-deploy-env'), 20_000, 'drafted again');
    await vs.page.keyboard.press('Escape');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => read().includes('duty-deploy-env'), 20_000, 'saved again');
    await vs.waitForTreeRows(VIEW, (r) => !r.some((x) => / · not in checklist$/.test(x.description)));
    const report = join(repo.dir, 'HANDOVER.md');
    await vs.runCommand('Handover: Generate Handover');
    await waitUntil(() => existsSync(report), 30_000, 'HANDOVER.md without a warning first');
    assert.equal(await vs.page.locator('.monaco-dialog-box').count(), 0, 'no warning');
    const text = readFileSync(report, 'utf8');
    assert.match(text, /交接清单已列入全部 1 项。/);
    assert.match(text, /`duty-deploy-env` — \*\*待填写\*\*/);
  });
});
