import * as vscode from 'vscode';
import { itemState, localToday, progressOf } from '../core/handover/progress';
import { SECTION_ORDER } from '../core/handover/sections';
import type { HandoverItem } from '../core/handover/model';
import type { HandoverStore } from './handoverStore';

/** The status bar item: accepted / total over every folder's handover, and how many items are overdue. */
export function updateStatusBar(status: vscode.StatusBarItem, store: HandoverStore): void {
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
  status.text = overdue ? `$(checklist) ${accepted}/${total} $(warning) ${overdue}` : `$(checklist) ${accepted}/${total}`;
  const lines = [vscode.l10n.t('Handover: {0} of {1} items accepted', accepted, total)];
  if (overdue) lines.push(vscode.l10n.t('{0} overdue', overdue));
  status.tooltip = lines.join(' · ');
  status.accessibilityInformation = { label: status.tooltip };
  status.backgroundColor = overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  status.show();
}
