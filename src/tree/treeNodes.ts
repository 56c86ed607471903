import * as vscode from 'vscode';
import type { BranchFinding, CredentialFinding, MentionFinding, MentionKind, OwnedFile, OwnedFolder } from '../core/detect/detectionTypes';
import type { HandoverItem, SectionKey } from '../core/handover/model';
import type { ItemState } from '../core/handover/progress';
import { itemLabel } from '../core/handover/sections';
import type { FolderState } from '../workspace/handoverStore';

export type HandoverNode = FolderNode | ProblemsNode | SectionNode | ItemNode | DetectionNode | OwnedNode | BranchNode | CredentialGroupNode | CredentialNode | MentionKindNode | MentionNode | MoreNode;

export interface FolderNode {
  kind: 'folder';
  state: FolderState;
}
export interface ProblemsNode {
  kind: 'problems';
  state: FolderState;
}
export interface SectionNode {
  kind: 'section';
  state: FolderState;
  section: SectionKey;
  items: HandoverItem[];
}
export interface ItemNode {
  kind: 'item';
  state: FolderState;
  item: HandoverItem;
}
/** A git detection section: owned files, open branches, committed credentials. */
export interface DetectionNode {
  kind: 'detection';
  state: FolderState;
  detection: 'owned' | 'branches' | 'secrets' | 'mentions';
}
/** An owned folder (expands to its files) or file. */
export interface OwnedNode {
  kind: 'owned';
  state: FolderState;
  entry: OwnedFolder | OwnedFile;
  isFolder: boolean;
  /** For a folder: its files. */
  files: OwnedFile[];
}
export interface BranchNode {
  kind: 'branch';
  state: FolderState;
  branch: BranchFinding;
  defaultBranch: string | null;
}
/** Committed credentials in one state: not rotated, rotated, or ignored (decisions from HANDOVER.yaml). */
export interface CredentialGroupNode {
  kind: 'credentialGroup';
  state: FolderState;
  group: 'open' | 'rotated' | 'ignored';
  findings: CredentialFinding[];
}
export interface CredentialNode {
  kind: 'credential';
  state: FolderState;
  group: CredentialGroupNode['group'];
  finding: CredentialFinding;
}
/** Configuration lines of one kind (ownership, review, alerting, access, other) that name the person leaving. */
export interface MentionKindNode {
  kind: 'mentionKind';
  state: FolderState;
  mentionKind: MentionKind;
  mentions: MentionFinding[];
}
/** One line naming the person leaving; `all` are the folder's mentions (a decision covers a file and an identity). */
export interface MentionNode {
  kind: 'mention';
  state: FolderState;
  mention: MentionFinding;
  all: readonly MentionFinding[];
}
/** "Load more" at the end of a long list: `shown` rows are visible; the parent shows another page. */
export interface MoreNode {
  kind: 'more';
  state: FolderState;
  parentId: string;
  remaining: number;
}

export function sectionTitle(section: SectionKey): string {
  switch (section) {
    case 'duties':
      return vscode.l10n.t('Duties');
    case 'pending':
      return vscode.l10n.t('Pending work');
    case 'systems':
      return vscode.l10n.t('Systems and access');
    case 'credentials':
      return vscode.l10n.t('Credentials');
    case 'documents':
      return vscode.l10n.t('Documents');
    case 'contacts':
      return vscode.l10n.t('Contacts');
    case 'assets':
      return vscode.l10n.t('Assets');
    case 'risks':
      return vscode.l10n.t('Risks and lessons');
    case 'schedule':
      return vscode.l10n.t('Schedule');
  }
}

const SECTION_ICONS: Record<SectionKey, string> = {
  duties: 'checklist',
  pending: 'tasklist',
  systems: 'server',
  credentials: 'key',
  documents: 'book',
  contacts: 'organization',
  assets: 'device-desktop',
  risks: 'warning',
  schedule: 'calendar',
};

export function sectionIcon(section: SectionKey): vscode.ThemeIcon {
  return new vscode.ThemeIcon(SECTION_ICONS[section]);
}

export function stateIcon(state: ItemState): vscode.ThemeIcon {
  switch (state) {
    case 'accepted':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'overdue':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    case 'attention':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'open':
      return new vscode.ThemeIcon('circle-large-outline');
  }
}

export function stateText(state: ItemState): string {
  switch (state) {
    case 'accepted':
      return vscode.l10n.t('accepted');
    case 'overdue':
      return vscode.l10n.t('overdue');
    case 'attention':
      return vscode.l10n.t('needs attention');
    case 'open':
      return vscode.l10n.t('open');
  }
}

function actionText(action: string): string {
  switch (action) {
    case 'transfer':
      return vscode.l10n.t('transfer');
    case 'revoke':
      return vscode.l10n.t('revoke');
    case 'grant':
      return vscode.l10n.t('grant');
    default:
      return vscode.l10n.t('keep');
  }
}

/** The short grey text beside an item: the fact the successor scans for. */
export function itemDescription(item: HandoverItem): string {
  const parts: string[] = [];
  switch (item.section) {
    case 'duties': {
      const duty = (item as HandoverItem<'duties'>).data;
      if (duty.runbook) parts.push(vscode.l10n.t('runbook'));
      break;
    }
    case 'pending': {
      const work = (item as HandoverItem<'pending'>).data;
      if (work.due) parts.push(vscode.l10n.t('due {0}', work.due));
      if (work.branch) parts.push(work.branch);
      break;
    }
    case 'systems': {
      const system = (item as HandoverItem<'systems'>).data;
      parts.push(actionText(system.action));
      if (system.status === 'done') parts.push(vscode.l10n.t('done'));
      if (system.account) parts.push(system.account);
      break;
    }
    case 'credentials': {
      const credential = (item as HandoverItem<'credentials'>).data;
      if (credential.rotated) parts.push(vscode.l10n.t('rotated {0}', credential.rotated.on));
      else if (credential.rotateBy) parts.push(vscode.l10n.t('rotate by {0}', credential.rotateBy));
      else parts.push(vscode.l10n.t('not rotated'));
      break;
    }
    case 'documents': {
      const doc = (item as HandoverItem<'documents'>).data;
      const where = doc.path ?? doc.url;
      if (where) parts.push(where);
      break;
    }
    case 'contacts': {
      const contact = (item as HandoverItem<'contacts'>).data;
      parts.push(contact.role);
      break;
    }
    case 'assets': {
      const asset = (item as HandoverItem<'assets'>).data;
      if (asset.location) parts.push(asset.location);
      break;
    }
    case 'schedule': {
      const entry = (item as HandoverItem<'schedule'>).data;
      parts.push(entry.date);
      if (entry.status === 'done') parts.push(vscode.l10n.t('done'));
      break;
    }
    default:
      break;
  }
  if (item.accepted) parts.push(vscode.l10n.t('accepted by {0}', item.accepted.by));
  return parts.map((p) => p.replace(/\s+/g, ' ')).join(' · ');
}

/** Every field of an item, for its tooltip. Values are inserted as text, never as markdown. */
export function itemTooltip(item: HandoverItem, state: ItemState): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown('**');
  tooltip.appendText(itemLabel(item));
  tooltip.appendMarkdown('**  \n');
  tooltip.appendText(`${item.id} · ${stateText(state)}`);
  tooltip.appendMarkdown('\n\n');
  for (const [key, value] of Object.entries(item.data)) {
    if (key === 'id' || value === undefined) continue;
    const text = typeof value === 'string' ? value : Object.values(value as Record<string, string>).join(', ');
    tooltip.appendMarkdown('*');
    tooltip.appendText(key);
    tooltip.appendMarkdown(':* ');
    tooltip.appendText(text);
    tooltip.appendMarkdown('  \n');
  }
  if (item.accepted) {
    tooltip.appendMarkdown('\n');
    tooltip.appendText(vscode.l10n.t('Accepted by {0} on {1}', item.accepted.by, item.accepted.on));
  }
  return tooltip;
}
