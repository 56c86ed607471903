import * as vscode from 'vscode';
import { credentialKindName } from '../core/detect/credentials/ruleTable';
import type { CredentialContext, CredentialFinding } from '../core/detect/detectionTypes';
import { languageFromLocale } from '../core/i18n/translator';
import type { Handover } from '../core/handover/model';
import type { FolderState } from '../workspace/handoverStore';
import { revisionUri } from '../commands/branchCommands';
import { itemNamingFingerprint } from '../core/handover/draft';
import { markNamed } from './detectionItems';
import type { CredentialElsewhereNode, CredentialGroupNode, CredentialNode, CredentialPlaceNode, HandoverNode } from './treeNodes';

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

/**
 * A group's children: the findings in code, then one collapsed node for those only in tests,
 * examples, docs and vendored code (still listed, still to decide).
 */
export function credentialGroupChildren(node: CredentialGroupNode): HandoverNode[] {
  const inCode = node.findings.filter((f) => f.context === 'code');
  const elsewhere = node.findings.filter((f) => f.context !== 'code');
  const nodes: HandoverNode[] = inCode.map((finding) => ({ kind: 'credential' as const, state: node.state, group: node.group, finding }));
  if (elsewhere.length) nodes.push({ kind: 'credentialElsewhere', state: node.state, group: node.group, findings: elsewhere });
  return nodes;
}

export function credentialElsewhereItem(node: CredentialElsewhereNode, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('In tests, examples, docs and vendored code'), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = String(node.findings.length);
  item.tooltip = vscode.l10n.t('Still listed and still to decide: rotate them, or ignore them in HANDOVER.yaml with a reason.');
  item.iconPath = new vscode.ThemeIcon('beaker');
  item.contextValue = 'handover.credentialElsewhere';
  return item;
}

/** The other places of one secret (the first place is the finding's own row). */
export function credentialPlaces(node: CredentialNode): CredentialPlaceNode[] {
  return node.finding.locations.slice(1).map((location) => ({ kind: 'credentialPlace', state: node.state, finding: node.finding, location }));
}

function contextName(context: CredentialContext): string {
  const names: Record<CredentialContext, string> = {
    code: vscode.l10n.t('code'),
    test: vscode.l10n.t('test'),
    vendored: vscode.l10n.t('vendored code'),
    docs: vscode.l10n.t('docs or example'),
  };
  return names[context];
}

/** Another place of a secret: its path and line, the commit that added it there; opens that version. */
export function credentialPlaceItem(node: CredentialPlaceNode, id: string): vscode.TreeItem {
  const { location } = node;
  const item = new vscode.TreeItem(`${location.path}:${location.line}`, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = `${location.commit.slice(0, 12)} · ${contextName(location.context)}`;
  item.iconPath = new vscode.ThemeIcon('location');
  item.contextValue = 'handover.credentialPlace';
  if (!location.path.includes('[masked]')) {
    const position = new vscode.Position(Math.max(0, location.line - 1), 0);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [revisionUri(node.state.folder.uri, location.commit, location.path), { selection: new vscode.Range(position, position), preview: true }] };
  }
  return item;
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
  const name = credentialKindName(c.kind, languageFromLocale(vscode.env.language));
  const item = new vscode.TreeItem(name, c.locations.length > 1 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const where = c.inHead ? vscode.l10n.t('still at HEAD') : vscode.l10n.t('history only');
  const also = c.pathCount > 1 ? ` · ${vscode.l10n.t('also in {0} more places', c.pathCount - 1)}` : '';
  item.description = `${c.path}:${c.line} · ${c.date} · ${where}${also}`;
  item.iconPath =
    node.group === 'open'
      ? new vscode.ThemeIcon('key', new vscode.ThemeColor(c.inHead ? 'list.errorForeground' : 'list.warningForeground'))
      : new vscode.ThemeIcon(node.group === 'rotated' ? 'pass-filled' : 'circle-slash');
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendText(name === c.kind ? name : `${name} (${c.kind})`);
  tooltip.appendMarkdown('\n\n');
  const facts = [
    vscode.l10n.t('Fingerprint: {0}', c.fingerprint),
    vscode.l10n.t('First seen: {0}:{1}', c.path, c.line),
    vscode.l10n.t('First commit {0} by {1} on {2}', c.firstCommit.slice(0, 12), c.author, c.date),
    vscode.l10n.t('Last commit that had it: {0}', c.lastCommit.slice(0, 12)),
    c.inHead ? vscode.l10n.t('Still in the files at HEAD') : vscode.l10n.t('Only in history (removed since)'),
    vscode.l10n.t('Reached from: {0}', c.refs.length ? c.refs.join(', ') : '—'),
    vscode.l10n.t('Sits in: {0}', contextName(c.context)),
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
