import * as vscode from 'vscode';
import type { HandoverTreeProvider } from '../tree/handoverTreeProvider';
import type { HandoverNode } from '../tree/treeNodes';
import type { HandoverStore } from '../workspace/handoverStore';
import { CommandId } from './commandIds';
import { createHandoverFile } from './createCommand';
import { pickHandoverFolder } from './folderPicker';
import { generateHandover } from './generateCommand';

async function revealLine(uri: vscode.Uri, line: number, col: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, col - 1));
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, selection: new vscode.Range(position, position) });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers every command in one place; the manifest test checks the two lists agree. */
export function registerCommands(store: HandoverStore, tree: HandoverTreeProvider, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.Generate, (node?: HandoverNode) => generateHandover(store, log, node)),
    vscode.commands.registerCommand(CommandId.Create, () => createHandoverFile(store)),
    vscode.commands.registerCommand(CommandId.Refresh, async () => {
      await store.reloadAll();
      tree.refresh();
    }),
    vscode.commands.registerCommand(CommandId.OpenFile, async (node?: HandoverNode) => {
      const state = await pickHandoverFolder(store, node);
      if (state) await vscode.window.showTextDocument(state.fileUri);
      else void vscode.window.showInformationMessage(vscode.l10n.t('There is no HANDOVER.yaml in this workspace yet.'));
    }),
    vscode.commands.registerCommand(CommandId.RevealLine, revealLine),
  ];
}
