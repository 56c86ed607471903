import * as vscode from 'vscode';
import type { HandoverTreeProvider } from '../tree/handoverTreeProvider';
import type { HandoverNode } from '../tree/treeNodes';
import type { DetectionService } from '../workspace/detectionService';
import type { HandoverStore } from '../workspace/handoverStore';
import { CommandId } from './commandIds';
import { createHandoverFile } from './createCommand';
import { pickHandoverFolder } from './folderPicker';
import { analyzeHistory } from './analyzeCommand';
import { checkoutBranchCommand, compareBranch, REVISION_SCHEME, RevisionContentProvider } from './branchCommands';
import { addToChecklist, draftFromHistory } from './draftCommands';
import { generateHandover } from './generateCommand';
import { setOnlyMine, setOnlyOpen } from './filterCommands';
import { openCredential, showCredentialCommit } from './credentialCommands';
import { keepMention, markMentionRemoved, reassignMention } from './mentionCommands';
import { acceptItem, addNote, decideBranch, ignoreFinding, markReviewed, markRotated, reopenItem, signOff, takeBack } from './decisionCommands';

async function revealLine(uri: vscode.Uri, line: number, col: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, col - 1));
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, selection: new vscode.Range(position, position) });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers every command in one place; the manifest test checks the two lists agree. */
export function registerCommands(store: HandoverStore, detections: DetectionService, tree: HandoverTreeProvider, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.Generate, (node?: HandoverNode) => generateHandover(store, detections, log, node)),
    vscode.commands.registerCommand(CommandId.Analyze, (node?: HandoverNode) => analyzeHistory(store, detections, node)),
    vscode.commands.registerCommand(CommandId.StopAnalysis, () => detections.stop()),
    vscode.commands.registerCommand(CommandId.CopyBranchName, async (node?: HandoverNode) => {
      if (node?.kind !== 'branch') return;
      await vscode.env.clipboard.writeText(node.branch.name);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', node.branch.name), 3000);
    }),
    vscode.commands.registerCommand(CommandId.CompareBranch, (node?: HandoverNode) => compareBranch(node)),
    vscode.commands.registerCommand(CommandId.CheckoutBranch, (node?: HandoverNode) =>
      checkoutBranchCommand(node, (branchNode) => void detections.analyze(branchNode.state)),
    ),
    vscode.workspace.registerTextDocumentContentProvider(REVISION_SCHEME, new RevisionContentProvider()),
    vscode.commands.registerCommand(CommandId.ShowOnlyOpen, () => setOnlyOpen(tree, true)),
    vscode.commands.registerCommand(CommandId.ShowAllItems, () => setOnlyOpen(tree, false)),
    vscode.commands.registerCommand(CommandId.ShowOnlyMine, () => setOnlyMine(store, tree, true)),
    vscode.commands.registerCommand(CommandId.ShowEveryones, () => setOnlyMine(store, tree, false)),
    vscode.commands.registerCommand(CommandId.Accept, (node?: HandoverNode) => acceptItem(detections, node)),
    vscode.commands.registerCommand(CommandId.Reopen, (node?: HandoverNode) => reopenItem(detections, node)),
    vscode.commands.registerCommand(CommandId.MarkRotated, (node?: HandoverNode) => markRotated(detections, node)),
    vscode.commands.registerCommand(CommandId.IgnoreFinding, (node?: HandoverNode) => ignoreFinding(detections, node)),
    vscode.commands.registerCommand(CommandId.MarkReviewed, (node?: HandoverNode) => markReviewed(detections, node)),
    vscode.commands.registerCommand(CommandId.BranchTakenOver, (node?: HandoverNode) => decideBranch(detections, 'taken-over', node)),
    vscode.commands.registerCommand(CommandId.BranchMerged, (node?: HandoverNode) => decideBranch(detections, 'merged', node)),
    vscode.commands.registerCommand(CommandId.BranchAbandoned, (node?: HandoverNode) => decideBranch(detections, 'abandoned', node)),
    vscode.commands.registerCommand(CommandId.AddNote, (node?: HandoverNode) => addNote(detections, node)),
    vscode.commands.registerCommand(CommandId.ReassignMention, (node?: HandoverNode) => reassignMention(detections, node)),
    vscode.commands.registerCommand(CommandId.MentionRemoved, (node?: HandoverNode) => markMentionRemoved(detections, node)),
    vscode.commands.registerCommand(CommandId.KeepMention, (node?: HandoverNode) => keepMention(detections, node)),
    vscode.commands.registerCommand(CommandId.TakeBack, (node?: HandoverNode) => takeBack(detections, node)),
    vscode.commands.registerCommand(CommandId.SignOff, (node?: HandoverNode) => signOff(store, detections, node)),
    vscode.commands.registerCommand(CommandId.OpenCredential, (node?: HandoverNode) => openCredential(node)),
    vscode.commands.registerCommand(CommandId.ShowCredentialCommit, (node?: HandoverNode) => showCredentialCommit(node)),
    vscode.commands.registerCommand(CommandId.AddToChecklist, (node?: HandoverNode, selected?: readonly HandoverNode[]) => addToChecklist(detections, node, selected)),
    vscode.commands.registerCommand(CommandId.DraftFromHistory, (node?: HandoverNode) => draftFromHistory(store, detections, node)),
    vscode.commands.registerCommand(CommandId.LoadMore, (parentId: string) => tree.loadMore(parentId)),
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
