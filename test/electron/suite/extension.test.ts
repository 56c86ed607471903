// Runs inside the extension host of VS Code desktop, against the real `vscode` API.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vscode from 'vscode';

const root = resolve(__dirname, '..', '..', '..', '..');
const repo = process.env.HANDOVER_TEST_REPO ?? '';

describe('Handover through the vscode API', () => {
  before(async () => {
    await vscode.extensions.getExtension('handover-tools.handover')?.activate();
  });

  it('registers every contributed command', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command } of manifest.contributes.commands) assert.ok(registered.has(command), command);
  });

  it('publishes no problems for the demo HANDOVER.yaml', () => {
    const uri = vscode.Uri.file(join(repo, 'HANDOVER.yaml'));
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });

  it('writes the same report as the CLI', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('handover.generate');
    assert.ok(uri && existsSync(uri.fsPath));
    // process.execPath is Electron here; this makes it behave as Node for the CLI.
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'generate', '--repo', repo, '--out', 'cli.md'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.equal(readFileSync(uri.fsPath, 'utf8'), readFileSync(join(repo, 'cli.md'), 'utf8'));
  });
});
