import * as vscode from 'vscode';
import { GitRunner } from '../core/git/gitRunner';
import { readRepositoryFacts } from '../core/git/repositoryInfo';
import { HANDOVER_FILE_NAME } from '../core/handover/handoverLoader';
import { localToday } from '../core/handover/progress';
import { starterHandoverYaml } from '../core/handover/starterTemplate';
import { uiLanguage } from '../util/uiLanguage';
import type { HandoverStore } from '../workspace/handoverStore';
import { requireTrust } from './folderPicker';

/** "Handover: Create HANDOVER.yaml": a commented starter, pre-filled from git, created as an undoable edit. */
export async function createHandoverFile(store: HandoverStore): Promise<vscode.Uri | undefined> {
  if (!requireTrust(vscode.l10n.t('Create HANDOVER.yaml'))) return undefined;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the repository folder first: HANDOVER.yaml lives at its root.'));
    return undefined;
  }
  const candidates = folders.filter((f) => !store.stateFor(f));
  let folder: vscode.WorkspaceFolder | undefined;
  if (candidates.length === 0) {
    folder = folders[0];
  } else if (candidates.length === 1) {
    folder = candidates[0];
  } else {
    folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Create HANDOVER.yaml in which folder?') });
  }
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, HANDOVER_FILE_NAME);
  try {
    await vscode.workspace.fs.stat(uri);
    await vscode.window.showTextDocument(uri);
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has a HANDOVER.yaml; it is open now.', folder.name));
    return uri;
  } catch {
    // Absent: create it below.
  }
  const facts = await readRepositoryFacts(new GitRunner({ cwd: folder.uri.fsPath, idleTimeoutMs: 10_000 }), folder.uri.fsPath);
  const text = starterHandoverYaml({
    language: uiLanguage(),
    project: facts.name,
    fromName: facts.userName,
    fromEmail: facts.userEmail,
    today: localToday(),
  });
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { contents: new TextEncoder().encode(text), ignoreIfExists: true });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', uri.fsPath));
    return undefined;
  }
  await vscode.window.showTextDocument(uri);
  await store.reloadAll();
  return uri;
}
