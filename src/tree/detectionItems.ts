import * as vscode from 'vscode';
import type { OwnershipLabel } from '../core/detect/detectionTypes';
import { reviewOfBranch, reviewOfPath } from '../core/handover/decisions';
import { itemNamingBranch, itemNamingPath } from '../core/handover/draft';
import type { Handover } from '../core/handover/model';
import type { BranchNode, OwnedGroupNode, OwnedNode } from './treeNodes';

function labelText(label: OwnershipLabel): string {
  switch (label) {
    case 'knowledge-island':
      return vscode.l10n.t('knowledge island');
    case 'main-developer':
      return vscode.l10n.t('main developer');
    case 'formerly-theirs':
      return vscode.l10n.t('formerly theirs');
    case 'contributor':
      return vscode.l10n.t('contributor');
  }
}

/** A collapsed group of files they did not own: contributed to, or formerly theirs. */
/** "1 file", "3 files" (vscode.l10n has no plural forms). */
export function fileCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', count);
}

export function ownedGroupItem(node: OwnedGroupNode, id: string): vscode.TreeItem {
  const title = node.group === 'formerly' ? vscode.l10n.t('Formerly theirs') : vscode.l10n.t('Contributed to, not owned');
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = fileCount(node.files.length);
  item.iconPath = new vscode.ThemeIcon(node.group === 'formerly' ? 'history' : 'files');
  item.tooltip =
    node.group === 'formerly'
      ? vscode.l10n.t('Mostly theirs over history, but most of the current lines are now by others: not asked for review.')
      : vscode.l10n.t('Files they wrote part of without owning them: not asked for review.');
  item.contextValue = `handover.owned.${node.group}`;
  return item;
}

/**
 * Marks a finding the checklist does not name yet (the person leaving adds it with "Add to
 * Checklist"), and says in the tooltip which item names it otherwise.
 */
export function markNamed(item: vscode.TreeItem, tooltip: vscode.MarkdownString, namedBy: string | undefined, handover: Handover | undefined): void {
  if (!handover) return;
  tooltip.appendMarkdown('\n\n');
  if (namedBy) {
    tooltip.appendText(vscode.l10n.t('In the checklist as {0}', namedBy));
    return;
  }
  item.description = vscode.l10n.t('{0} · not in checklist', String(item.description ?? ''));
  tooltip.appendText(vscode.l10n.t('Not in the checklist yet: "Add to Checklist" drafts an item for it.'));
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** An owned folder or file: share, label, and the numbers behind the label in the tooltip. */
export function ownedItem(node: OwnedNode, id: string): vscode.TreeItem {
  const entry = node.entry;
  const name = node.isFolder ? `${entry.path.replace(/\/$/, '')}/` : entry.path;
  const item = new vscode.TreeItem(name, node.isFolder && node.files.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  // Today's share when blame measured it; else history's.
  const shown = 'currentShare' in entry && entry.currentShare !== null ? entry.currentShare : entry.share;
  item.description = `${percent(shown)} · ${labelText(entry.label)}`;
  item.iconPath =
    entry.label === 'knowledge-island'
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : new vscode.ThemeIcon(node.isFolder ? 'folder' : 'file');
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendText(name);
  tooltip.appendMarkdown('\n\n');
  const facts: string[] = [];
  if ('personAdded' in entry) {
    facts.push(
      entry.currentShare === null
        ? vscode.l10n.t('Their share of the current lines: not measured')
        : vscode.l10n.t('Their share of the current lines: {0} ({1} lines)', percent(entry.currentShare), entry.personCurrentLines ?? 0),
      vscode.l10n.t('Their share of the lines written over history: {0}', percent(entry.share)),
      vscode.l10n.t('Lines at HEAD: {0}', entry.lines),
      vscode.l10n.t('Their last change: {0}', entry.lastTouched),
      vscode.l10n.t('Anyone\'s last change: {0}', entry.anyoneLastTouched),
    );
    facts.push(
      vscode.l10n.t('Lines added by them / by everyone: {0} / {1}', entry.personAdded, entry.totalAdded),
      vscode.l10n.t('Commits by them / by everyone: {0} / {1}', entry.personCommits, entry.totalCommits),
      vscode.l10n.t('Other people active in the last 12 months: {0}', entry.othersActiveLastYear),
    );
  } else {
    facts.push(
      vscode.l10n.t('Their share of the lines written: {0}', percent(entry.share)),
      vscode.l10n.t('Lines at HEAD: {0}', entry.lines),
      vscode.l10n.t('Their last change: {0}', entry.lastTouched),
      vscode.l10n.t('Files they own here: {0} of {1}', entry.ownedFiles, entry.files),
    );
  }
  for (const fact of facts) {
    tooltip.appendText(fact);
    tooltip.appendMarkdown('  \n');
  }
  item.tooltip = tooltip;
  const handover = node.state.loaded.handover ?? node.state.lastGood;
  markNamed(item, tooltip, handover && itemNamingPath(handover, entry.path, node.isFolder)?.id, handover);
  const review = handover ? reviewOfPath(handover, entry.path) : undefined;
  if (review) {
    item.description = `${item.description} · ${vscode.l10n.t('reviewed by {0}', review.by)}`;
    item.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    tooltip.appendText(vscode.l10n.t('Reviewed by {0} on {1}', review.by, review.on));
    if (review.note) tooltip.appendMarkdown('  \n').appendText(review.note);
  }
  // Only owned rows are asked for review; contributed and formerly-theirs files just open.
  const owned = entry.label === 'knowledge-island' || entry.label === 'main-developer';
  item.contextValue = owned ? `${node.isFolder ? 'handover.owned.folder' : 'handover.owned.file'}${review ? '.reviewed' : ''}` : 'handover.owned.other';
  if (!node.isFolder) {
    item.resourceUri = vscode.Uri.joinPath(node.state.folder.uri, entry.path);
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [item.resourceUri] };
  }
  return item;
}

/** An open branch: ahead/behind, last commit and state; its actions are in the context menu. */
export function branchItem(node: BranchNode, id: string): vscode.TreeItem {
  const b = node.branch;
  const item = new vscode.TreeItem(b.name, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const state = b.state === 'open' ? vscode.l10n.t('open') : vscode.l10n.t('already merged');
  item.description = [`+${b.ahead}/−${b.behind}`, b.lastCommitDate, state, ...(b.stale ? [vscode.l10n.t('stale')] : [])].join(' · ');
  item.iconPath = new vscode.ThemeIcon(
    b.state === 'open' ? 'git-branch' : 'git-merge',
    b.stale ? new vscode.ThemeColor('list.warningForeground') : undefined,
  );
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.appendText(b.name);
  tooltip.appendMarkdown('\n\n');
  const facts = [
    vscode.l10n.t('{0} commits ahead of and {1} behind {2}', b.ahead, b.behind, node.defaultBranch ?? '—'),
    vscode.l10n.t('Last commit {0}: {1}', b.lastCommitDate, b.lastCommitSubject),
    vscode.l10n.t('Their share of its commits: {0}', percent(b.personShare)),
  ];
  if (b.upstream) facts.push(vscode.l10n.t('Upstream: {0}', b.upstream));
  if (b.pendingId) facts.push(vscode.l10n.t('Pending item: {0}', b.pendingId));
  if (b.comparison === 'unrelated-history') facts.push(vscode.l10n.t('Shares no history with the default branch (an unrelated history): nothing on it has landed there.'));
  if (b.comparison === 'too-far') facts.push(vscode.l10n.t('Too far from the default branch to check for changes that landed by rebase or squash.'));
  for (const fact of facts) {
    tooltip.appendText(fact);
    tooltip.appendMarkdown('  \n');
  }
  item.tooltip = tooltip;
  const handover = node.state.loaded.handover ?? node.state.lastGood;
  markNamed(item, tooltip, handover && itemNamingBranch(handover, b)?.id, handover);
  const decision = handover ? reviewOfBranch(handover, b) : undefined;
  if (decision) {
    const outcomes = { 'taken-over': vscode.l10n.t('taken over'), merged: vscode.l10n.t('merged'), abandoned: vscode.l10n.t('abandoned') };
    const outcome = decision.outcome ? outcomes[decision.outcome] : vscode.l10n.t('reviewed');
    item.description = `${item.description} · ${outcome}`;
    item.iconPath = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    tooltip.appendText(vscode.l10n.t('{0} — recorded by {1} on {2}', outcome, decision.by, decision.on));
    if (decision.note) tooltip.appendMarkdown('  \n').appendText(decision.note);
  }
  item.contextValue = `handover.branch.${b.kind}${decision ? '.decided' : ''}`;
  return item;
}
