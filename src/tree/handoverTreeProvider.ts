import * as vscode from 'vscode';
import type { HandoverItem } from '../core/handover/model';
import { itemState, localToday, progressOf } from '../core/handover/progress';
import { itemLabel, SECTION_ORDER } from '../core/handover/sections';
import { CommandId } from '../commands/commandIds';
import { DisposableBase } from '../util/disposable';
import type { FolderState, HandoverStore } from '../workspace/handoverStore';
import { itemDescription, itemTooltip, sectionIcon, sectionTitle, stateIcon, type HandoverNode } from './treeNodes';

export const HANDOVER_VIEW_ID = 'handover.checklist';

/** The Handover tree: folders (when several), then sections, then checklist items. Reads the store only. */
export class HandoverTreeProvider extends DisposableBase implements vscode.TreeDataProvider<HandoverNode> {
  private readonly changed = this._register(new vscode.EventEmitter<HandoverNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: HandoverStore) {
    super();
    this._register(store.onDidChange(() => this.refresh()));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: HandoverNode): HandoverNode[] {
    if (!node) {
      const folders = this.store.folders();
      if (folders.length === 1) return this.folderChildren(folders[0]);
      return folders.map((state) => ({ kind: 'folder', state }));
    }
    switch (node.kind) {
      case 'folder':
        return this.folderChildren(node.state);
      case 'section':
        return node.items.map((item) => ({ kind: 'item', state: node.state, item }));
      default:
        return [];
    }
  }

  private folderChildren(state: FolderState): HandoverNode[] {
    const nodes: HandoverNode[] = [];
    if (state.loaded.diagnostics.some((d) => d.severity === 'error')) nodes.push({ kind: 'problems', state });
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) return nodes;
    for (const section of SECTION_ORDER) {
      nodes.push({ kind: 'section', state, section, items: handover.sections[section] as HandoverItem[] });
      if (section === 'pending') {
        nodes.push({ kind: 'detection', state, detection: 'owned' }, { kind: 'detection', state, detection: 'branches' });
      }
      if (section === 'credentials') nodes.push({ kind: 'detection', state, detection: 'secrets' });
    }
    return nodes;
  }

  getTreeItem(node: HandoverNode): vscode.TreeItem {
    const base = node.state.folder.uri.toString();
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.state.folder.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `${base}#folder`;
        item.iconPath = new vscode.ThemeIcon('root-folder');
        const handover = node.state.loaded.handover ?? node.state.lastGood;
        if (handover) {
          const progress = progressOf(handover);
          item.description = vscode.l10n.t('{0}/{1} accepted', progress.accepted, progress.total);
        }
        item.contextValue = 'handover.folder';
        item.resourceUri = node.state.fileUri;
        return item;
      }
      case 'problems': {
        const errors = node.state.loaded.diagnostics.filter((d) => d.severity === 'error');
        const label =
          errors.length === 1 ? vscode.l10n.t('HANDOVER.yaml has 1 error') : vscode.l10n.t('HANDOVER.yaml has {0} errors', errors.length);
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.id = `${base}#problems`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        item.description = node.state.loaded.handover || !node.state.lastGood ? '' : vscode.l10n.t('showing the last valid version');
        item.tooltip = errors[0]?.message;
        const first = errors[0]?.range.start;
        item.command = {
          command: CommandId.RevealLine,
          title: vscode.l10n.t('Show problem'),
          arguments: [node.state.fileUri, first ? first.line : 1, first ? first.col : 1],
        };
        item.contextValue = 'handover.problems';
        return item;
      }
      case 'section': {
        const accepted = node.items.filter((i) => i.accepted).length;
        const state = node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
        const item = new vscode.TreeItem(sectionTitle(node.section), state);
        item.id = `${base}#${node.section}`;
        item.iconPath = sectionIcon(node.section);
        item.description = node.items.length ? `${accepted}/${node.items.length}` : vscode.l10n.t('none listed');
        item.contextValue = 'handover.section';
        return item;
      }
      case 'item': {
        const state = itemState(node.item, localToday());
        const item = new vscode.TreeItem(itemLabel(node.item).replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
        item.id = `${base}#${node.item.section}/${node.item.id}`;
        item.iconPath = stateIcon(state);
        item.description = itemDescription(node.item);
        item.tooltip = itemTooltip(node.item, state);
        item.contextValue = `handover.item.${node.item.section}${node.item.accepted ? '.accepted' : ''}`;
        item.command = {
          command: CommandId.RevealLine,
          title: vscode.l10n.t('Show in HANDOVER.yaml'),
          arguments: [node.state.fileUri, node.item.range.start.line, node.item.range.start.col],
        };
        item.accessibilityInformation = { label: `${itemLabel(node.item)}, ${item.description}` };
        return item;
      }
      case 'detection': {
        const titles = {
          owned: vscode.l10n.t('Files they own'),
          branches: vscode.l10n.t('Open branches'),
          secrets: vscode.l10n.t('Credentials in git history'),
        };
        const item = new vscode.TreeItem(titles[node.detection], vscode.TreeItemCollapsibleState.None);
        item.id = `${base}#detected/${node.detection}`;
        item.iconPath = new vscode.ThemeIcon(node.detection === 'owned' ? 'file-code' : node.detection === 'branches' ? 'git-branch' : 'shield');
        item.description = vscode.l10n.t('not analysed yet');
        item.tooltip = vscode.l10n.t('This version of Handover does not read this from git history yet.');
        item.contextValue = 'handover.detection';
        return item;
      }
    }
  }
}

/** Counts of what the successor still has to accept, for the view's badge. */
export function openItemCount(store: HandoverStore): number {
  let open = 0;
  for (const state of store.folders()) {
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) continue;
    const progress = progressOf(handover);
    open += progress.total - progress.accepted;
  }
  return open;
}
