import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { isGitDataFolder } from './core/git/bareFolder';
import { DiagnosticsPublisher } from './diagnostics/diagnosticsPublisher';
import { HANDOVER_VIEW_ID, HandoverTreeProvider, openItemCount } from './tree/handoverTreeProvider';
import { updateStatusBar } from './workspace/progressStatus';
import { DetectionService } from './workspace/detectionService';
import { HandoverStore } from './workspace/handoverStore';

/** Builds the services and registers the features; nothing else happens here. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Handover', { log: true });
  const store = new HandoverStore(log);
  const detections = new DetectionService(store, context.globalStorageUri, log);
  const tree = new HandoverTreeProvider(store, detections);
  const view = vscode.window.createTreeView(HANDOVER_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true, canSelectMany: true });
  const status = vscode.window.createStatusBarItem('handover.progress', vscode.StatusBarAlignment.Left, 50);
  status.name = vscode.l10n.t('Handover Progress');
  status.command = 'workbench.view.extension.handover';
  const updateContext = () => {
    const open = openItemCount(store, detections);
    void vscode.commands.executeCommand('setContext', 'handover.hasFile', store.folders().length > 0);
    // The welcome view says a bare repository has no work tree instead of offering to create the file there.
    void onlyBareFolders().then((bare) => vscode.commands.executeCommand('setContext', 'handover.bareOnly', bare));
    view.badge = open > 0 ? { value: open, tooltip: vscode.l10n.t('{0} items not accepted or decided yet', open) } : undefined;
    updateStatusBar(status, store, detections);
  };
  context.subscriptions.push(
    log,
    store,
    detections,
    tree,
    view,
    status,
    new DiagnosticsPublisher(store),
    store.onDidChange(updateContext),
    detections.onDidChange(updateContext),
    ...registerCommands(store, detections, tree, log),
  );
  await store.reloadAll();
  updateContext();
  void vscode.commands.executeCommand('setContext', 'handover.filterOpen', false);
  void vscode.commands.executeCommand('setContext', 'handover.filterMine', false);
  // History is read in the background, in trusted workspaces only; the tree shows progress.
  void detections.analyzeAll();
}

/** True when the workspace has folders and every one is a bare repository (no work tree). */
async function onlyBareFolders(): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return false;
  for (const folder of folders) if (!(await isGitDataFolder(folder.uri.fsPath))) return false;
  return true;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
