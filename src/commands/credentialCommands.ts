import * as vscode from 'vscode';
import { commitChanges } from '../core/git/branchActions';
import { GitRunner } from '../core/git/gitRunner';
import type { HandoverNode } from '../tree/treeNodes';
import { revisionUri } from './branchCommands';
import { requireTrust } from './folderPicker';

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Opens where a committed credential first appeared: the file at HEAD when it is still there, else that commit's version. */
export async function openCredential(node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'credential') return;
  const c = node.finding;
  if (c.path.includes('[masked]')) {
    // The path itself held a secret and is shown masked: there is no name to open.
    void vscode.window.showInformationMessage(vscode.l10n.t('The path of this finding contains a secret and is masked; use Show Commit instead.'));
    return;
  }
  const root = node.state.folder.uri;
  const position = new vscode.Position(Math.max(0, c.line - 1), 0);
  const uri = c.inHead ? vscode.Uri.joinPath(root, c.path) : revisionUri(root, c.firstCommit, c.path);
  try {
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preview: true });
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', c.path, errorText(err)));
  }
}

/** Shows the commit that first carried the credential: every file it changed, in one diff editor. */
export async function showCredentialCommit(node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'credential') return;
  if (!requireTrust(vscode.l10n.t('Show Commit'))) return;
  const root = node.state.folder.uri;
  try {
    const change = await commitChanges(new GitRunner({ cwd: root.fsPath }), node.finding.firstCommit);
    await vscode.commands.executeCommand(
      'vscode.changes',
      vscode.l10n.t('Commit {0}', node.finding.firstCommit.slice(0, 12)),
      change.files.map((file) => [vscode.Uri.joinPath(root, file.path), revisionUri(root, change.base, file.previousPath ?? file.path), revisionUri(root, change.tip, file.path)]),
    );
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not show commit {0}: {1}', node.finding.firstCommit.slice(0, 12), errorText(err)));
  }
}
