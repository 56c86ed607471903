import * as vscode from 'vscode';
import type { CredentialFinding } from '../core/detect/detectionTypes';
import type { Handover } from '../core/handover/model';
import type { FolderState } from '../workspace/handoverStore';
import { itemNamingFingerprint } from '../core/handover/draft';
import { markNamed } from './detectionItems';
import type { CredentialGroupNode, CredentialNode } from './treeNodes';

export type CredentialGroup = CredentialGroupNode['group'];

/**
 * Findings grouped as not rotated / rotated / ignored. The decisions come from HANDOVER.yaml as it
 * is now (so marking one rotated moves it at once), not from when history was read.
 */
export function groupCredentials(state: FolderState, handover: Handover | undefined, findings: readonly CredentialFinding[]): CredentialGroupNode[] {
  const ignored = new Set(handover?.detected.ignore.map((i) => i.fingerprint) ?? []);
  const rotated = new Set(handover?.detected.rotated.map((r) => r.fingerprint) ?? []);
  const groups: Record<CredentialGroup, CredentialFinding[]> = { open: [], rotated: [], ignored: [] };
  for (const finding of findings) {
    if (ignored.has(finding.fingerprint)) groups.ignored.push(finding);
    else if (rotated.has(finding.fingerprint)) groups.rotated.push(finding);
    else groups.open.push(finding);
  }
  return (['open', 'rotated', 'ignored'] as const).filter((group) => groups[group].length).map((group) => ({ kind: 'credentialGroup', state, group, findings: groups[group] }));
}

export function credentialGroupItem(node: CredentialGroupNode, id: string): vscode.TreeItem {
  const titles: Record<CredentialGroup, string> = {
    open: vscode.l10n.t('Not rotated'),
    rotated: vscode.l10n.t('Rotated'),
    ignored: vscode.l10n.t('Ignored'),
  };
  const item = new vscode.TreeItem(titles[node.group], node.group === 'open' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = String(node.findings.length);
  item.iconPath = new vscode.ThemeIcon(node.group === 'open' ? 'unlock' : node.group === 'rotated' ? 'lock' : 'eye-closed');
  item.contextValue = `handover.credentialGroup.${node.group}`;
  return item;
}

/** One committed secret: its kind, where it first appeared, and whether HEAD still has it. Never its value. */
export function credentialItem(node: CredentialNode, id: string): vscode.TreeItem {
  const c = node.finding;
  const item = new vscode.TreeItem(c.kind, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const where = c.inHead ? vscode.l10n.t('still at HEAD') : vscode.l10n.t('history only');
  item.description = `${c.path}:${c.line} · ${c.date} · ${where}`;
  item.iconPath =
    node.group === 'open'
      ? new vscode.ThemeIcon('key', new vscode.ThemeColor(c.inHead ? 'list.errorForeground' : 'list.warningForeground'))
      : new vscode.ThemeIcon(node.group === 'rotated' ? 'pass-filled' : 'circle-slash');
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendText(c.kind);
  tooltip.appendMarkdown('\n\n');
  const facts = [
    vscode.l10n.t('Fingerprint: {0}', c.fingerprint),
    vscode.l10n.t('First seen: {0}:{1}', c.path, c.line),
    vscode.l10n.t('First commit {0} by {1} on {2}', c.firstCommit.slice(0, 12), c.author, c.date),
    vscode.l10n.t('Last commit that had it: {0}', c.lastCommit.slice(0, 12)),
    c.inHead ? vscode.l10n.t('Still in the files at HEAD') : vscode.l10n.t('Only in history (removed since)'),
    vscode.l10n.t('Reached from: {0}', c.refs.length ? c.refs.join(', ') : '—'),
  ];
  if (c.byPerson) facts.push(vscode.l10n.t('Committed by the person leaving'));
  for (const fact of facts) {
    tooltip.appendText(fact);
    tooltip.appendMarkdown('  \n');
  }
  item.tooltip = tooltip;
  // An ignored finding is not a credential: it needs no checklist item.
  if (node.group !== 'ignored') {
    const handover = node.state.loaded.handover ?? node.state.lastGood;
    markNamed(item, tooltip, handover && itemNamingFingerprint(handover, c.fingerprint)?.id, handover);
  }
  item.contextValue = `handover.credential.${node.group}`;
  item.command = { command: 'handover.openCredential', title: vscode.l10n.t('Open'), arguments: [node] };
  return item;
}
