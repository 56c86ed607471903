import * as vscode from 'vscode';
import type { HandoverNode } from '../tree/treeNodes';
import type { DetectionService } from '../workspace/detectionService';
import type { HandoverStore } from '../workspace/handoverStore';
import { pickHandoverFolder, requireTrust } from './folderPicker';

/** "Handover: Analyse Git History": re-reads history for owned files and open branches, with cancel. */
export async function analyzeHistory(store: HandoverStore, detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (!requireTrust(vscode.l10n.t('Analyse Git History'))) return;
  const state = await pickHandoverFolder(store, node);
  if (!state) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no HANDOVER.yaml in this workspace yet.'));
    return;
  }
  if (!state.loaded.handover && !state.lastGood) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Fix the errors in HANDOVER.yaml first: it names the person whose history is read.'));
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading git history…'), cancellable: true },
    // The notification names the detection reading and counts its commits, as Generate Handover's does.
    (progress, token) => detections.analyze(state, token, (message) => progress.report({ message })),
  );
}
