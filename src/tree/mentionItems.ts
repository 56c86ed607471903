import * as vscode from 'vscode';
import { MENTION_KINDS, type MentionFinding, type MentionKind } from '../core/detect/detectionTypes';
import { mentionDecisionOf } from '../core/handover/decisions';
import type { Handover, MentionOutcome } from '../core/handover/model';
import { CommandId } from '../commands/commandIds';
import type { FolderState } from '../workspace/handoverStore';
import type { MentionKindNode, MentionNode } from './treeNodes';
import { itemNamingMention } from '../core/handover/draft';
import { markNamed } from './detectionItems';

export function mentionKindTitle(kind: MentionKind): string {
  switch (kind) {
    case 'ownership':
      return vscode.l10n.t('Ownership');
    case 'review':
      return vscode.l10n.t('Review routing');
    case 'alerting':
      return vscode.l10n.t('Alerting and on-call');
    case 'access':
      return vscode.l10n.t('Access');
    case 'dependency':
      return vscode.l10n.t('Taken from their accounts');
    case 'todo':
      return vscode.l10n.t('TODOs assigned to them');
    case 'other':
      return vscode.l10n.t('Other configuration');
  }
}

const KIND_ICONS: Record<MentionKind, string> = { ownership: 'person', review: 'git-pull-request', alerting: 'bell', access: 'key', dependency: 'package', todo: 'checklist', other: 'settings-gear' };

export function outcomeText(outcome: MentionOutcome): string {
  switch (outcome) {
    case 'reassigned':
      return vscode.l10n.t('reassigned');
    case 'removed':
      return vscode.l10n.t('removed');
    case 'kept':
      return vscode.l10n.t('kept');
  }
}

/** The mentions grouped by kind, in the order the successor works through them. */
export function groupMentions(state: FolderState, mentions: readonly MentionFinding[]): MentionKindNode[] {
  return MENTION_KINDS.map((kind) => ({ kind: 'mentionKind' as const, state, mentionKind: kind, mentions: mentions.filter((m) => m.kind === kind) })).filter((group) => group.mentions.length);
}

/** Lines not decided yet (decisions read from HANDOVER.yaml as it is now). */
export function undecidedMentions(handover: Handover | undefined, mentions: readonly MentionFinding[]): number {
  return handover ? mentions.filter((m) => !mentionDecisionOf(handover, m)).length : mentions.length;
}

export function mentionKindItem(node: MentionKindNode, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(mentionKindTitle(node.mentionKind), vscode.TreeItemCollapsibleState.Expanded);
  item.id = id;
  const open = undecidedMentions(node.state.loaded.handover ?? node.state.lastGood, node.mentions);
  item.description = vscode.l10n.t('{0} to decide · {1} found', open, node.mentions.length);
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.mentionKind]);
  item.contextValue = `handover.mentionKind.${node.mentionKind}`;
  return item;
}

/** One line naming the person: where, which identity, and what was decided. Opening it shows the line. */
export function mentionItem(node: MentionNode, id: string): vscode.TreeItem {
  const m = node.mention;
  const item = new vscode.TreeItem(`${m.path}:${m.line}`, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const handover = node.state.loaded.handover ?? node.state.lastGood;
  const decision = handover ? mentionDecisionOf(handover, m) : undefined;
  const parts = [m.identity];
  if (m.comment) parts.push(vscode.l10n.t('commented out'));
  if (decision) parts.push(outcomeText(decision.outcome));
  item.description = parts.join(' · ');
  item.iconPath = decision
    ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
    : new vscode.ThemeIcon(m.kind === 'access' ? 'warning' : 'circle-large-outline', m.kind === 'access' ? new vscode.ThemeColor('list.warningForeground') : undefined);
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendText(`${m.path}:${m.line}:${m.column}`);
  tooltip.appendMarkdown('\n\n');
  const facts = [vscode.l10n.t('Names: {0}', m.token), vscode.l10n.t('Kind: {0} ({1})', mentionKindTitle(m.kind), m.rule)];
  if (m.system) facts.push(vscode.l10n.t('System: {0}', m.system));
  if (m.reassignable && !decision) facts.push(vscode.l10n.t('Can be reassigned to the successor from the context menu'));
  if (decision) facts.push(vscode.l10n.t('{0} — recorded by {1} on {2}', outcomeText(decision.outcome), decision.by, decision.on));
  if (decision?.note) facts.push(decision.note);
  for (const fact of facts) {
    tooltip.appendText(fact);
    tooltip.appendMarkdown('  \n');
  }
  item.tooltip = tooltip;
  // Undecided lines must be in the checklist (a `systems` item to revoke or transfer).
  if (!decision && handover) markNamed(item, tooltip, itemNamingMention(handover, m)?.id, handover);
  item.contextValue = decision ? 'handover.mention.decided' : m.reassignable ? 'handover.mention.reassignable' : 'handover.mention.open';
  item.command = {
    command: CommandId.RevealLine,
    title: vscode.l10n.t('Open'),
    arguments: [vscode.Uri.joinPath(node.state.folder.uri, m.path), m.line, m.column],
  };
  return item;
}
