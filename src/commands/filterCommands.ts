import * as vscode from 'vscode';
import { GitRunner } from '../core/git/gitRunner';
import { readRepositoryFacts } from '../core/git/repositoryInfo';
import type { Identity } from '../core/handover/progress';
import type { HandoverTreeProvider } from '../tree/handoverTreeProvider';
import type { HandoverStore } from '../workspace/handoverStore';
import { requireTrust } from './folderPicker';

async function syncContext(tree: HandoverTreeProvider): Promise<void> {
  await vscode.commands.executeCommand('setContext', 'handover.filterOpen', tree.filters.onlyOpen);
  await vscode.commands.executeCommand('setContext', 'handover.filterMine', tree.filters.onlyMine);
}

export async function setOnlyOpen(tree: HandoverTreeProvider, on: boolean): Promise<void> {
  tree.setFilters({ onlyOpen: on });
  await syncContext(tree);
}

/** "Only mine": the user's role comes from their git identity in each folder (git config user.*). */
export async function setOnlyMine(store: HandoverStore, tree: HandoverTreeProvider, on: boolean): Promise<void> {
  if (on) {
    if (!requireTrust(vscode.l10n.t('Show Only Mine'))) return;
    const identities = new Map<string, Identity>();
    for (const state of store.folders()) {
      const facts = await readRepositoryFacts(new GitRunner({ cwd: state.folder.uri.fsPath }), state.folder.uri.fsPath).catch(() => undefined);
      identities.set(state.folder.uri.toString(), { name: facts?.userName, email: facts?.userEmail });
    }
    if (![...identities.values()].some((who) => who.name || who.email)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Set git user.name or user.email to see what is yours to do.'));
      return;
    }
    tree.setFilters({ onlyMine: true }, identities);
  } else {
    tree.setFilters({ onlyMine: false });
  }
  await syncContext(tree);
}
