// The successor's walk in a real VS Code: accept from the tree's context menu, undo with Ctrl+Z,
// record decisions on what git history found, sign off, generate, and `handover check`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { buildDemoRepository, DEMO_HANDOVER_YAML, fakeAccessKeyId } from '../fixtures/demoRepository';
import { historyRead, realVsCodeSuite, startVsCode, type TreeRow, waitUntil } from './harness';

const CLI = resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const VIEW = 'Checklist';
const TLS = 'Renew TLS certificates for pay.example.com';

function labels(rows: TreeRow[]): string[] {
  return rows.map((r) => r.label);
}

/** The lines that differ between two texts, after their common first and last lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

/** Every file under a folder, read as bytes (logs, caches, settings, storage). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile() && statSync(path).size < 50 * 1024 * 1024) out.push(path);
  }
  return out;
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface DemoYaml {
  duties: Array<{ id: string; accepted?: { by: string; on: string } }>;
  detected?: {
    reviewed?: Array<{ path?: string; branch?: string; outcome?: string; by: string; on: string }>;
    rotated?: Array<{ fingerprint: string; by: string; on: string }>;
    ignore?: Array<{ fingerprint: string; reason: string }> | null;
  };
  signoff?: { to?: { name: string; date: string }; supervisor?: { name: string; date: string; opinion?: string } };
}

describe('The successor in a real VS Code', function () {
  const suite = realVsCodeSuite('handover-successor-');

  it('accepts from the context menu, undoes with Ctrl+Z, records decisions, signs off, and check passes only while the report is fresh', async function () {
    // The whole walk, three signatures included, takes longer than one step's default on a loaded machine.
    this.timeout(300_000);
    const repo = buildDemoRepository(join(suite.work(), 'payments-ops'));
    const yamlPath = join(repo.dir, 'HANDOVER.yaml');
    const read = () => readFileSync(yamlPath, 'utf8');
    const model = () => parse(read()) as DemoYaml;
    const today = localToday();
    const vs = suite.track(await startVsCode({ folder: repo.dir, trusted: true, viewport: { width: 1500, height: 950 } }));
    await vs.openView(VIEW);
    await vs.waitForTreeRows(VIEW, (r) => labels(r).includes(TLS) && labels(r).includes('feature/pg-failover') && historyRead(r), 60_000);

    // With HANDOVER.yaml open, Accept goes through the editor: the file on disk changes (saved), only at the item.
    await vs.runCommand('Handover: Open HANDOVER.yaml');
    await waitUntil(async () => (await vs.tabTitles()).some((t) => t.includes('HANDOVER.yaml')), 20_000, 'HANDOVER.yaml in an editor');
    await vs.treeItemMenu(VIEW, TLS, 'Accept');
    await waitUntil(() => model().duties.find((d) => d.id === 'duty-certs')?.accepted?.on === today, 20_000, 'the acceptance on disk');
    const accepted = read();
    assert.equal(model().duties.find((d) => d.id === 'duty-certs')?.accepted?.by, '李四');
    const change = changedLines(DEMO_HANDOVER_YAML, accepted);
    assert.deepEqual(change.removed, [], 'nothing else changed');
    assert.equal(change.added.length, 1, `one line added: ${JSON.stringify(change.added)}`);
    assert.match(change.added[0] ?? '', new RegExp(`accepted: \\{by: 李四, on: ${today}\\}`));
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Duties')?.description === '2/2');
    await vs.screenshot('handover-accepted');

    // Ctrl+Z in the editor takes it back; saving writes the original bytes again.
    await vs.page.locator('.monaco-editor .view-lines').first().click();
    await vs.page.keyboard.press('Control+Z');
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Duties')?.description === '1/2');
    await vs.page.keyboard.press('Control+S');
    await waitUntil(() => read() === DEMO_HANDOVER_YAML, 20_000, 'the original file on disk after undo and save');

    // Decisions on what git history found: an owned folder reviewed, the open branch taken over.
    await vs.treeItemMenu(VIEW, 'ansible/', 'Mark Reviewed');
    await waitUntil(() => model().detected?.reviewed?.some((r) => r.path === 'ansible' && r.by === '李四'), 20_000, 'the review on disk');
    await vs.waitForTreeRows(VIEW, (r) => /reviewed by 李四$/.test(r.find((row) => row.label === 'ansible/')?.description ?? ''));
    await vs.treeItemMenu(VIEW, 'feature/pg-failover', 'Taken Over');
    await waitUntil(() => model().detected?.reviewed?.some((r) => r.branch === 'feature/pg-failover' && r.outcome === 'taken-over'), 20_000, 'the branch decision on disk');
    await vs.waitForTreeRows(VIEW, (r) => /taken over$/.test(r.find((row) => row.label === 'feature/pg-failover')?.description ?? ''));
    const sections = await vs.treeRows(VIEW);
    assert.equal(sections.find((row) => row.label === 'Files they own')?.description, '5 files · 1 done');
    assert.equal(sections.find((row) => row.label === 'Open branches')?.description, '1 open · against main · 1 done');
    // A decision can be taken back from the same menu.
    await vs.treeItemMenu(VIEW, 'feature/pg-failover', 'Take Back Decision');
    await waitUntil(() => !model().detected?.reviewed?.some((r) => r.branch === 'feature/pg-failover'), 20_000, 'the branch decision removed');
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Open branches')?.description === '1 open · against main');

    // The credential found in git history: rotated, recorded by its fingerprint, and the tree regroups it.
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Credentials in git history')?.description === '1 not rotated · 1 found');
    // Where it was committed (the commit's version: HEAD no longer has it), and the commit itself.
    await vs.treeItemMenu(VIEW, 'AWS access key ID (half of an access key pair)', 'Open Where It Was Committed');
    await waitUntil(async () => (await vs.tabTitles()).some((t) => t.includes('.env')), 20_000, 'the file as it was committed');
    await vs.treeItemMenu(VIEW, 'AWS access key ID (half of an access key pair)', 'Show Commit');
    await waitUntil(async () => (await vs.tabTitles()).some((t) => /Commit [0-9a-f]{12}/.test(t)), 20_000, 'the commit in a diff editor');
    await vs.runCommand('View: Close All Editors');
    // Ignored with a reason, then taken back.
    await vs.treeItemMenu(VIEW, 'AWS access key ID (half of an access key pair)', 'Ignore (Not a Credential)…');
    await vs.submitInput('a sample key in a tutorial');
    await waitUntil(() => model().detected?.ignore?.some((i) => i.reason === 'a sample key in a tutorial'), 20_000, 'the ignore on disk');
    await vs.waitForTreeRows(VIEW, (r) => labels(r).includes('Ignored') && r.find((row) => row.label === 'Credentials in git history')?.description === '0 not rotated · 1 found');
    await vs.page.locator('.monaco-list-row', { hasText: /^Ignored/ }).first().click();
    await vs.waitForTreeRows(VIEW, (r) => labels(r).includes('AWS access key ID (half of an access key pair)'));
    await vs.treeItemMenu(VIEW, 'AWS access key ID (half of an access key pair)', 'Take Back Decision');
    await waitUntil(() => !model().detected?.ignore?.length, 20_000, 'the ignore taken back');
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Credentials in git history')?.description === '1 not rotated · 1 found' && labels(r).includes('AWS access key ID (half of an access key pair)'));
    await vs.treeItemMenu(VIEW, 'AWS access key ID (half of an access key pair)', 'Mark Rotated');
    await waitUntil(() => model().detected?.rotated?.some((r) => /^[0-9a-f]{16}$/.test(r.fingerprint) && r.by === '李四' && r.on === today), 20_000, 'the rotation on disk');
    await vs.waitForTreeRows(VIEW, (r) => r.find((row) => row.label === 'Credentials in git history')?.description === '0 not rotated · 1 found' && labels(r).includes('Rotated'));
    await vs.screenshot('handover-decisions');

    // Sign off as the successor: the name comes from HANDOVER.yaml, the date from today.
    await vs.runCommand('Handover: Sign Off as…');
    await vs.choosePick('接收人 — successor');
    assert.equal(await vs.submitInput(), '李四');
    await waitUntil(() => model().signoff?.to?.date === today, 20_000, 'the signature on disk');
    assert.equal(model().signoff?.to?.name, '李四');
    // The supervisor signs with an opinion (监交意见), which the report shows under the sign-off table.
    await vs.runCommand('Handover: Sign Off as…');
    await vs.choosePick('监交人 — supervisor');
    assert.equal(await vs.submitInput(), '王五');
    await vs.submitInput('同意交接，资料齐全');
    await waitUntil(() => model().signoff?.supervisor?.opinion === '同意交接，资料齐全', 20_000, 'the supervisor signature with its opinion on disk');
    assert.equal(model().signoff?.supervisor?.name, '王五');

    // Generate; `handover check` passes on the fresh report and fails once HANDOVER.yaml changes without regenerating.
    const report = join(repo.dir, 'HANDOVER.md');
    await vs.runCommand('Handover: Generate Handover');
    await vs.answerDialog('Generate Anyway');
    await waitUntil(() => existsSync(report) && readFileSync(report, 'utf8').includes('李四'), 30_000, 'HANDOVER.md');
    await waitUntil(() => /- \[x\] .*ansible/.test(readFileSync(report, 'utf8')), 10_000, 'the reviewed folder ticked in the report');
    assert.match(readFileSync(report, 'utf8'), /- \[x\] 轮换 AWS 访问密钥 ID/);
    assert.match(readFileSync(report, 'utf8'), /^\*\*监交意见：\*\* 同意交接，资料齐全$/m);
    assert.match(readFileSync(report, 'utf8'), /^\| 监交人 \| 王五 \| \d{4}-\d{2}-\d{2} \| 是 \|$/m);
    const fresh = spawnSync(process.execPath, [CLI, 'check', '--repo', repo.dir], { encoding: 'utf8' });
    assert.equal(fresh.status, 0, fresh.stdout + fresh.stderr);
    writeFileSync(yamlPath, read().replace('title: Renew TLS certificates for pay.example.com', 'title: Renew TLS certificates for pay.example.com and api'));
    const stale = spawnSync(process.execPath, [CLI, 'check', '--repo', repo.dir], { encoding: 'utf8' });
    assert.equal(stale.status, 1, stale.stdout + stale.stderr);
    assert.match(stale.stdout + stale.stderr, /and api/);

    // The committed key's value is nowhere Handover wrote or showed: not in the page (tree, tooltips,
    // notifications), the report, HANDOVER.yaml, nor anything under the server's data folder (logs,
    // the Output channel, the extension's cache in global storage).
    const key = fakeAccessKeyId();
    const forms = [key, key.slice(0, 8), Buffer.from(key).toString('base64'), encodeURIComponent(key)];
    const page = await vs.page.content();
    const written = [readFileSync(report, 'utf8'), read()];
    const stored = filesUnder(vs.serverDataDir).map((file) => [file, readFileSync(file).toString('latin1')] as const);
    assert.ok(stored.some(([file]) => /globalStorage/.test(file)), 'the extension cache was searched too');
    for (const form of forms) {
      assert.ok(!page.includes(form), 'not in the page');
      for (const text of written) assert.ok(!text.includes(form), 'not in the report or HANDOVER.yaml');
      for (const [file, text] of stored) assert.ok(!text.includes(form), `not in ${file}`);
    }
  });
});
