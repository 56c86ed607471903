import * as vscode from 'vscode';
import { itemState, localToday, progressOf } from '../core/handover/progress';
import { SECTION_ORDER } from '../core/handover/sections';
import type { HandoverItem } from '../core/handover/model';
import { mentionDecisionOf } from '../core/handover/decisions';
import type { DetectionService } from './detectionService';
import type { HandoverStore } from './handoverStore';

/** Configuration lines naming the person leaving, over every folder whose history has been read, and how many are decided. */
export function mentionTotals(store: HandoverStore, detections: DetectionService): { decided: number; total: number } {
  let decided = 0;
  let total = 0;
  for (const state of store.folders()) {
    const handover = state.loaded.handover ?? state.lastGood;
    const status = detections.status(state);
    if (!handover || status.kind !== 'done') continue;
    total += status.result.mentions.length;
    decided += status.result.mentions.filter((m) => mentionDecisionOf(handover, m)).length;
  }
  return { decided, total };
}

/** The status bar item: accepted / total over every folder's handover, and how many items are overdue. */
export function updateStatusBar(status: vscode.StatusBarItem, store: HandoverStore, detections?: DetectionService): void {
  let accepted = 0;
  let total = 0;
  let overdue = 0;
  const today = localToday();
  for (const state of store.folders()) {
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) continue;
    const progress = progressOf(handover);
    accepted += progress.accepted;
    total += progress.total;
    for (const section of SECTION_ORDER) {
      for (const item of handover.sections[section] as HandoverItem[]) if (itemState(item, today) === 'overdue') overdue++;
    }
  }
  if (!store.folders().length) {
    status.hide();
    return;
  }
  // Mentions count like items: each configuration line is one thing to decide.
  const mentions = detections ? mentionTotals(store, detections) : { decided: 0, total: 0 };
  accepted += mentions.decided;
  total += mentions.total;
  status.text = overdue ? `$(checklist) ${accepted}/${total} $(warning) ${overdue}` : `$(checklist) ${accepted}/${total}`;
  const lines = [vscode.l10n.t('Handover: {0} of {1} items accepted', accepted - mentions.decided, total - mentions.total)];
  if (mentions.total) lines.push(vscode.l10n.t('{0} of {1} configuration lines decided', mentions.decided, mentions.total));
  if (overdue) lines.push(vscode.l10n.t('{0} overdue', overdue));
  status.tooltip = lines.join(' · ');
  status.accessibilityInformation = { label: status.tooltip };
  status.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  status.show();
}
