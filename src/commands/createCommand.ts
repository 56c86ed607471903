import * as vscode from 'vscode';
import { isGitDataFolder } from '../core/git/bareFolder';
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
  // A bare repository (or a `.git` folder opened directly) has no work tree: it is never offered, never written.
  const bare = new Set<vscode.WorkspaceFolder>();
  for (const f of folders) if (await isGitDataFolder(f.uri.fsPath)) bare.add(f);
  const candidates = folders.filter((f) => !store.stateFor(f) && !bare.has(f));
  let folder: vscode.WorkspaceFolder | undefined;
  if (candidates.length === 0) {
    folder = folders.find((f) => !bare.has(f)) ?? folders[0];
  } else if (candidates.length === 1) {
    folder = candidates[0];
  } else {
    folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Create HANDOVER.yaml in which folder?') });
  }
  if (!folder) return undefined;
  if (bare.has(folder) || (await isGitDataFolder(folder.uri.fsPath))) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is a bare git repository: it has no work tree to hold HANDOVER.yaml, and nothing was written. Clone it (git clone {1} FOLDER) and open the clone.', folder.name, folder.uri.fsPath),
    );
    return undefined;
  }
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
