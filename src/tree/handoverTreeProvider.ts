import * as vscode from 'vscode';
import type { HandoverItem } from '../core/handover/model';
import { isMineToDo, itemState, localToday, progressOf, rolesOf, type Identity } from '../core/handover/progress';
import { itemLabel, SECTION_ORDER } from '../core/handover/sections';
import { CommandId } from '../commands/commandIds';
import { DisposableBase } from '../util/disposable';
import { coreTranslator } from '../util/uiLanguage';
import { resultFor, type DetectionService, type DetectionStatus } from '../workspace/detectionService';
import type { DetectionKind } from '../core/detect/runDetections';
import type { FolderState, HandoverStore } from '../workspace/handoverStore';
import { reviewOfBranch, reviewOfPath } from '../core/handover/decisions';
import { notesAbout, noteText } from '../core/detect/detectionNotes';
import { credentialElsewhereItem, credentialGroupChildren, credentialGroupItem, credentialItem, credentialPlaceItem, credentialPlaces, groupCredentials } from './credentialItems';
import { branchItem, fileCount, ownedGroupItem, ownedItem } from './detectionItems';
import { groupMentions, mentionItem, mentionKindItem, undecidedMentions } from './mentionItems';
import { folderTooltip, itemDescription, itemTooltip, sectionIcon, sectionTitle, stateIcon, type DetectionNode, type HandoverNode } from './treeNodes';

/** Rows per page in long lists; "Load more" adds another page. */
export const PAGE_SIZE = 50;

export const HANDOVER_VIEW_ID = 'handover.checklist';

/** The Handover tree: folders (when several), then sections, then checklist items. Reads the store only. */
export class HandoverTreeProvider extends DisposableBase implements vscode.TreeDataProvider<HandoverNode> {
  private readonly changed = this._register(new vscode.EventEmitter<HandoverNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  private readonly pages = new Map<string, number>();
  private onlyOpen = false;
  private onlyMine = false;
  /** The editor user's git identity per folder (for "only mine"), read when the filter is turned on. */
  private readonly identities = new Map<string, Identity>();

  constructor(
    private readonly store: HandoverStore,
    private readonly detections: DetectionService,
  ) {
    super();
    this._register(store.onDidChange(() => this.refresh()));
    this._register(detections.onDidChange(() => this.refresh()));
  }

  /** Shows one more page of the list whose parent has this id. */
  loadMore(parentId: string): void {
    this.pages.set(parentId, (this.pages.get(parentId) ?? 1) + 1);
    this.refresh();
  }

  private paged<T extends HandoverNode>(parentId: string, state: FolderState, nodes: T[]): HandoverNode[] {
    const shown = (this.pages.get(parentId) ?? 1) * PAGE_SIZE;
    if (nodes.length <= shown) return nodes;
    return [...nodes.slice(0, shown), { kind: 'more', state, parentId, remaining: nodes.length - shown }];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  get filters(): { onlyOpen: boolean; onlyMine: boolean } {
    return { onlyOpen: this.onlyOpen, onlyMine: this.onlyMine };
  }

  /** Filters the checklist: only items not accepted yet, and/or only the user's own to-dos. */
  setFilters(filters: { onlyOpen?: boolean; onlyMine?: boolean }, identities?: ReadonlyMap<string, Identity>): void {
    if (filters.onlyOpen !== undefined) this.onlyOpen = filters.onlyOpen;
    if (filters.onlyMine !== undefined) this.onlyMine = filters.onlyMine;
    if (identities) for (const [key, who] of identities) this.identities.set(key, who);
    this.refresh();
  }

  private visibleItems(state: FolderState, items: HandoverItem[]): HandoverItem[] {
    if (!this.onlyOpen && !this.onlyMine) return items;
    const handover = state.loaded.handover ?? state.lastGood;
    const today = localToday();
    const roles = handover ? rolesOf(handover, this.identities.get(state.folder.uri.toString()) ?? {}) : new Set<never>();
    return items.filter((item) => (!this.onlyOpen || !item.accepted) && (!this.onlyMine || isMineToDo(item, roles, today)));
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
      case 'detection':
        return this.detectionChildren(node);
      case 'credentialGroup':
        return this.paged(`${node.state.folder.uri.toString()}#detected/secrets/${node.group}`, node.state, credentialGroupChildren(node));
      case 'credentialElsewhere':
        return this.paged(
          `${node.state.folder.uri.toString()}#detected/secrets/${node.group}/elsewhere`,
          node.state,
          node.findings.map((finding) => ({ kind: 'credential' as const, state: node.state, group: node.group, finding })),
        );
      case 'credential':
        return credentialPlaces(node);
      case 'ownedGroup':
        return this.paged(
          `${node.state.folder.uri.toString()}#detected/owned/${node.group}`,
          node.state,
          node.files.map((file) => ({ kind: 'owned' as const, state: node.state, entry: file, isFolder: false, files: [] })),
        );
      case 'mentionKind': {
        const status = this.detections.status(node.state);
        const all = status.kind === 'done' ? status.result.mentions : node.mentions;
        return this.paged(
          `${node.state.folder.uri.toString()}#detected/mentions/${node.mentionKind}`,
          node.state,
          node.mentions.map((mention) => ({ kind: 'mention' as const, state: node.state, mention, all })),
        );
      }
      case 'owned':
        return this.paged(
          ownedId(node.state, node.entry.path, true),
          node.state,
          node.files.map((file) => ({ kind: 'owned' as const, state: node.state, entry: file, isFolder: false, files: [] })),
        );
      default:
        return [];
    }
  }

  private folderChildren(state: FolderState): HandoverNode[] {
    const nodes: HandoverNode[] = [];
    if (state.loaded.diagnostics.some((d) => d.severity === 'error')) nodes.push({ kind: 'problems', state });
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) return nodes;
    const filtering = this.onlyOpen || this.onlyMine;
    for (const section of SECTION_ORDER) {
      const items = this.visibleItems(state, handover.sections[section] as HandoverItem[]);
      // A filtered view leaves out sections with nothing left to show.
      if (!filtering || items.length) nodes.push({ kind: 'section', state, section, items });
      if (section === 'pending') {
        nodes.push({ kind: 'detection', state, detection: 'owned' }, { kind: 'detection', state, detection: 'branches' });
      }
      if (section === 'credentials') nodes.push({ kind: 'detection', state, detection: 'secrets' }, { kind: 'detection', state, detection: 'mentions' });
    }
    return nodes;
  }

  private detectionChildren(node: DetectionNode): HandoverNode[] {
    const result = this.detections.sectionResult(node.state, detectionKindOf(node.detection));
    if (!result) return [];
    const base = `${node.state.folder.uri.toString()}#detected/${node.detection}`;
    if (node.detection === 'branches') {
      return this.paged(base, node.state, result.branches.map((branch) => ({ kind: 'branch' as const, state: node.state, branch, defaultBranch: result.defaultBranch })));
    }
    if (node.detection === 'mentions') return groupMentions(node.state, result.mentions);
    if (node.detection === 'secrets') return groupCredentials(node.state, node.state.loaded.handover ?? node.state.lastGood, result.credentials);
    if (node.detection !== 'owned') return [];
    // Folders first (each holds its files), then owned files outside every listed folder, by risk.
    const folders = result.ownedFolders.map((folder) => {
      const prefix = `${folder.path.replace(/\/$/, '')}/`;
      return { kind: 'owned' as const, state: node.state, entry: folder, isFolder: true, files: result.ownedFiles.filter((f) => f.path.startsWith(prefix)) };
    });
    const inFolder = new Set(folders.flatMap((f) => f.files.map((file) => file.path)));
    const loose = result.ownedFiles
      .filter((file) => !inFolder.has(file.path))
      .map((file) => ({ kind: 'owned' as const, state: node.state, entry: file, isFolder: false, files: [] }));
    // Files they did not own come after, in collapsed groups: not asked for review.
    const groups: HandoverNode[] = [];
    if (result.formerlyOwnedFiles.length) groups.push({ kind: 'ownedGroup', state: node.state, group: 'formerly', files: result.formerlyOwnedFiles });
    if (result.contributedFiles.length) groups.push({ kind: 'ownedGroup', state: node.state, group: 'contributed', files: result.contributedFiles });
    return [...this.paged(base, node.state, [...folders, ...loose].sort((a, b) => b.entry.risk - a.entry.risk)), ...groups];
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
          item.tooltip = folderTooltip(handover);
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
        // Progress counts the whole section, whatever the filter shows.
        const all = ((node.state.loaded.handover ?? node.state.lastGood)?.sections[node.section] as HandoverItem[] | undefined) ?? node.items;
        const accepted = all.filter((i) => i.accepted).length;
        const state = node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
        const item = new vscode.TreeItem(sectionTitle(node.section), state);
        item.id = `${base}#${node.section}`;
        item.iconPath = sectionIcon(node.section);
        item.description = all.length ? `${accepted}/${all.length}` : vscode.l10n.t('none listed');
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
        const unrotated = node.item.section === 'credentials' && !(node.item.data as { rotated?: unknown }).rotated;
        item.contextValue = `handover.item.${node.item.section}.${node.item.accepted ? 'accepted' : 'open'}${unrotated ? '.unrotated' : ''}`;
        item.command = {
          command: CommandId.RevealLine,
          title: vscode.l10n.t('Show in HANDOVER.yaml'),
          arguments: [node.state.fileUri, node.item.range.start.line, node.item.range.start.col],
        };
        item.accessibilityInformation = { label: `${itemLabel(node.item)}, ${item.description}` };
        return item;
      }
      case 'detection':
        return detectionSectionItem(node, this.detections.status(node.state), base);
      case 'owned':
        return ownedItem(node, ownedId(node.state, node.entry.path, node.isFolder));
      case 'ownedGroup':
        return ownedGroupItem(node, `${base}#detected/owned/${node.group}`);
      case 'branch':
        return branchItem(node, `${base}#branch/${node.branch.name}`);
      case 'credentialGroup':
        return credentialGroupItem(node, `${base}#detected/secrets/${node.group}`);
      case 'credential':
        return credentialItem(node, `${base}#credential/${node.finding.fingerprint}`);
      case 'credentialElsewhere':
        return credentialElsewhereItem(node, `${base}#detected/secrets/${node.group}/elsewhere`);
      case 'credentialPlace':
        return credentialPlaceItem(node, `${base}#credential/${node.finding.fingerprint}/${node.location.path}`);
      case 'mentionKind':
        return mentionKindItem(node, `${base}#detected/mentions/${node.mentionKind}`);
      case 'mention':
        return mentionItem(node, `${base}#mention/${node.mention.path}:${node.mention.line}/${node.mention.identity}`);
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('Load more ({0} left)', node.remaining), vscode.TreeItemCollapsibleState.None);
        item.id = `${node.parentId}#more`;
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { command: CommandId.LoadMore, title: vscode.l10n.t('Load more'), arguments: [node.parentId] };
        item.contextValue = 'handover.more';
        return item;
      }
    }
  }
}

function ownedId(state: FolderState, path: string, isFolder: boolean): string {
  return `${state.folder.uri.toString()}#owned/${isFolder ? 'dir' : 'file'}/${path}`;
}

/** The detection a section of the tree shows (the credentials' section is `secrets`). */
function detectionKindOf(section: DetectionNode['detection']): DetectionKind {
  return section === 'secrets' ? 'credentials' : section;
}

function detectionSectionItem(node: DetectionNode, given: DetectionStatus, base: string): vscode.TreeItem {
  // A detection that has ended shows its result while the others are still reading.
  const ended = resultFor(given, detectionKindOf(node.detection));
  const status: DetectionStatus = ended ? { kind: 'done', result: ended } : given;
  const titles = {
    owned: vscode.l10n.t('Files they own'),
    branches: vscode.l10n.t('Open branches'),
    secrets: vscode.l10n.t('Credentials in git history'),
    mentions: vscode.l10n.t('Still names them'),
  };
  const icons = { owned: 'file-code', branches: 'git-branch', secrets: 'shield', mentions: 'mention' };
  const item = new vscode.TreeItem(titles[node.detection], vscode.TreeItemCollapsibleState.None);
  // The tree remembers expansion by id: a section that was a leaf while history was being read
  // would stay closed once it has rows, so it takes a new id when the result arrives.
  item.id = `${base}#detected/${node.detection}/${status.kind === 'done' ? 'done' : 'waiting'}`;
  item.iconPath = new vscode.ThemeIcon(icons[node.detection]);
  item.contextValue = `handover.detection.${node.detection}`;
  switch (status.kind) {
    case 'untrusted':
      item.description = vscode.l10n.t('needs a trusted workspace');
      item.tooltip = vscode.l10n.t('Reading git history runs git, which Restricted Mode does not allow.');
      break;
    case 'stopped':
      item.description = vscode.l10n.t('stopped');
      item.tooltip = vscode.l10n.t('Reading git history was stopped. Click to read it again.');
      item.command = { command: CommandId.Analyze, title: vscode.l10n.t('Analyse git history'), arguments: [node] };
      break;
    case 'idle':
      item.description = vscode.l10n.t('not analysed yet');
      item.command = { command: CommandId.Analyze, title: vscode.l10n.t('Analyse git history'), arguments: [node] };
      break;
    case 'running': {
      // Only the section whose detection runs counts commits; the others wait for it.
      const running = status.stage === detectionKindOf(node.detection) || (status.stage === undefined && !status.soFar);
      if (!running) item.description = vscode.l10n.t('waiting…');
      else if (node.detection === 'branches') item.description = vscode.l10n.t('comparing with the default branch…');
      else if (node.detection === 'mentions') item.description = vscode.l10n.t('searching the configuration…');
      else item.description = status.commitsRead ? vscode.l10n.t('reading history… {0} commits', status.commitsRead) : vscode.l10n.t('reading history…');
      item.iconPath = new vscode.ThemeIcon(running ? 'loading~spin' : 'watch');
      break;
    }
    case 'failed':
      item.description = vscode.l10n.t('Git history could not be read; details are in the Handover output log.');
      item.tooltip = status.message;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.command = { command: CommandId.Analyze, title: vscode.l10n.t('Analyse git history'), arguments: [node] };
      break;
    case 'done': {
      const { result } = status;
      const t = coreTranslator();
      const failure = result.failures?.find((f) => f.kind === detectionKindOf(node.detection));
      if (failure) {
        // This section failed on its own; the others show their results. The sentence says what,
        // the Output channel (Handover) has git's message.
        const sentence = t(`detect.failed.${failure.kind}`, { reason: t(`detect.reason.${failure.reason}`) });
        item.description = sentence;
        item.tooltip = sentence;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
        item.command = { command: CommandId.Analyze, title: vscode.l10n.t('Analyse git history'), arguments: [node] };
        item.accessibilityInformation = { label: `${titles[node.detection]}: ${sentence}` };
        break;
      }
      const counts = { owned: result.ownedFiles.length, branches: result.branches.length, secrets: result.credentials.length, mentions: result.mentions.length };
      const count = counts[node.detection];
      const apart = node.detection === 'owned' ? result.contributedFiles.length + result.formerlyOwnedFiles.length : 0;
      item.collapsibleState = count || apart ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
      if (node.detection === 'mentions') {
        const open = undecidedMentions(node.state.loaded.handover ?? node.state.lastGood, result.mentions);
        item.description = count ? vscode.l10n.t('{0} to decide · {1} found', open, count) : vscode.l10n.t('none found');
        item.tooltip = vscode.l10n.t('Configuration lines at HEAD that name the person leaving: CODEOWNERS, reviewers, alert receivers, RBAC, authorized_keys, sudoers…');
        if (open) item.iconPath = new vscode.ThemeIcon('mention', new vscode.ThemeColor('list.warningForeground'));
      } else if (node.detection === 'secrets') {
        const open = groupCredentials(node.state, node.state.loaded.handover ?? node.state.lastGood, result.credentials).find((g) => g.group === 'open')?.findings.length ?? 0;
        item.description = count ? vscode.l10n.t('{0} not rotated · {1} found', open, count) : vscode.l10n.t('none found');
        if (open) item.iconPath = new vscode.ThemeIcon('shield', new vscode.ThemeColor('list.warningForeground'));
      } else {
        const openBranches = result.branches.filter((branch) => branch.state === 'open').length;
        item.description =
          node.detection === 'owned'
            ? fileCount(count)
            : result.defaultBranch
              ? vscode.l10n.t('{0} open · against {1}', openBranches, result.defaultBranch)
              : vscode.l10n.t('{0} open', openBranches);
        // Branches whose every change already landed are listed after the open ones, counted apart.
        if (node.detection === 'branches' && openBranches < count) item.description = vscode.l10n.t('{0} · {1} already merged', item.description, count - openBranches);
        // What the successor has recorded so far, once they have started.
        const handover = node.state.loaded.handover ?? node.state.lastGood;
        if (handover) {
          const done =
            node.detection === 'owned'
              ? [...result.ownedFolders, ...result.ownedFiles].filter((entry) => reviewOfPath(handover, entry.path)).length
              : result.branches.filter((branch) => branch.state === 'open' && reviewOfBranch(handover, branch)).length;
          if (done) item.description = vscode.l10n.t('{0} · {1} done', item.description, done);
        }
      }
      if (result.shallow && node.detection !== 'mentions') item.description = vscode.l10n.t('{0} (shallow clone: at least)', item.description);
      const excluded = node.detection === 'owned' && result.excludedFiles ? [vscode.l10n.t('{0} lockfiles, generated, licence, minified, snapshot, golden, translation and vendored files left out', result.excludedFiles)] : [];
      // Each section shows what concerns it: its own notes and those about the whole history.
      const about = node.detection === 'secrets' ? 'credentials' : node.detection;
      const sectionNotes = notesAbout(result.notes, about);
      const notes = sectionNotes.map((note) => noteText(note, t));
      // A hint in the description that the tooltip holds notes (what could not be read, what was left
      // out). A shallow clone already says so above ("at least"), so its note is not counted again.
      const hinted = sectionNotes.filter((note) => !(note.key === 'note.general.shallow' && node.detection !== 'mentions')).length;
      if (hinted) item.description = hinted === 1 ? vscode.l10n.t('{0} · ⚠ 1 note', item.description) : vscode.l10n.t('{0} · ⚠ {1} notes', item.description, hinted);
      if (notes.length || excluded.length) item.tooltip = [...excluded, ...notes].join('\n');
      else if (node.detection !== 'mentions') item.tooltip = undefined;
      break;
    }
  }
  return item;
}

/** Counts of what the successor still has to accept or decide, for the view's badge. */
export function openItemCount(store: HandoverStore, detections?: DetectionService): number {
  let open = 0;
  if (detections) {
    for (const state of store.folders()) {
      const status = detections.status(state);
      if (status.kind === 'done') open += undecidedMentions(state.loaded.handover ?? state.lastGood, status.result.mentions);
    }
  }
  for (const state of store.folders()) {
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) continue;
    const progress = progressOf(handover);
    open += progress.total - progress.accepted;
  }
  return open;
}
