import * as vscode from 'vscode';
import type { HandoverNode } from '../tree/treeNodes';
import type { FolderState, HandoverStore } from '../workspace/handoverStore';

/** The folder a command acts on: the tree node's, the active editor's, the only one, or the user's pick. */
export async function pickHandoverFolder(store: HandoverStore, node?: HandoverNode): Promise<FolderState | undefined> {
  if (node) return node.state;
  const folders = store.folders();
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(active);
  const match = activeFolder && folders.find((f) => f.folder.uri.toString() === activeFolder.uri.toString());
  if (match) return match;
  const picked = await vscode.window.showQuickPick(
    folders.map((state) => ({ label: state.folder.name, description: state.fileUri.fsPath, state })),
    { placeHolder: vscode.l10n.t('Which folder’s handover?') },
  );
  return picked?.state;
}

/** Restricted Mode: explain and stop. Returns true when the command may go on. */
export function requireTrust(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t('{0} needs a trusted workspace: it runs git and writes files. In Restricted Mode Handover only shows HANDOVER.yaml.', action),
      vscode.l10n.t('Manage Workspace Trust'),
    )
    .then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
