// The successor's decisions on configuration that still names the person leaving. Each writes
// `detected.mentions` through recordDecision (one decision covers a file and an identity); "Reassign to
// successor" first rewrites the tokens in the configuration file through a WorkspaceEdit (undoable,
// every other byte kept), then records the decision.
import * as vscode from 'vscode';
import { planReassign, successorToken } from '../core/detect/mentions';
import { normalizePath } from '../core/handover/decisions';
import { knownFindingsOf, planEdit, type EditOperation } from '../core/handover/edit';
import type { Handover, MentionOutcome } from '../core/handover/model';
import { localToday } from '../core/handover/progress';
import type { HandoverNode, MentionNode } from '../tree/treeNodes';
import { coreTranslator } from '../util/uiLanguage';
import type { DetectionService } from '../workspace/detectionService';
import { recordDecision } from '../workspace/handoverEditor';
import type { FolderState } from '../workspace/handoverStore';
import { requireTrust } from './folderPicker';

function handoverOf(state: FolderState): Handover | undefined {
  return state.loaded.handover ?? state.lastGood;
}

function decision(node: MentionNode, outcome: MentionOutcome, by: string, note?: string): EditOperation {
  return { kind: 'decideMention', path: node.mention.path, identity: node.mention.identity, outcome, by, on: localToday(), ...(note ? { note } : {}) };
}

async function record(detections: DetectionService, state: FolderState, operation: EditOperation): Promise<boolean> {
  const status = detections.status(state);
  return recordDecision(state, operation, status.kind === 'done' ? knownFindingsOf(status.result) : undefined);
}

/** Mark Removed: the successor removed the line (or will, in the same change). */
export async function markMentionRemoved(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'mention') return;
  const by = handoverOf(node.state)?.to.name;
  if (!by || !requireTrust(vscode.l10n.t('Mark Removed'))) return;
  await record(detections, node.state, decision(node, 'removed', by));
}

/** Keep, with a reason: the line stays as it is (a shared mailbox, an audit trail…), and reviewers are told why. */
export async function keepMention(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'mention') return;
  const by = handoverOf(node.state)?.to.name;
  if (!by || !requireTrust(vscode.l10n.t('Keep'))) return;
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Keep {0} in {1}', node.mention.identity, node.mention.path),
    prompt: vscode.l10n.t('Why does this line keep naming the person leaving? The reason is written to HANDOVER.yaml for reviewers.'),
    placeHolder: vscode.l10n.t('e.g. the audit log must keep the original approver'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A reason is required.')),
  });
  if (!reason?.trim()) return;
  await record(detections, node.state, decision(node, 'kept', by, reason.trim()));
}

/**
 * Reassign to successor: every line of the file that names this identity gets the successor's account
 * (for an account) or e-mail (for an e-mail) instead — only the tokens change. The file is shown so
 * that the change can be read and undone (Ctrl+Z); the decision is then recorded.
 */
export async function reassignMention(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'mention' || !node.mention.reassignable) return;
  if (!requireTrust(vscode.l10n.t('Reassign to Successor'))) return;
  const { state, mention } = node;
  const handover = handoverOf(state);
  if (!handover) return;
  const token = successorToken(handover.to, mention.identityType);
  if (!token) {
    const field = mention.identityType === 'email' ? 'to.email' : 'to.accounts';
    void vscode.window.showErrorMessage(vscode.l10n.t('Add {0} to HANDOVER.yaml: it is what Reassign writes in place of {1}.', field, mention.identity));
    return;
  }
  const operation = decision(node, 'reassigned', handover.to.name);
  // The decision must be recordable before the configuration file is touched.
  const status = detections.status(state);
  const known = status.kind === 'done' ? knownFindingsOf(status.result) : undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.fileUri.toString());
  const dryRun = planEdit(open?.getText() ?? state.loaded.text, operation, { t: coreTranslator(), known });
  if (!dryRun.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('HANDOVER.yaml was not changed: {0}', dryRun.error.message));
    return;
  }
  const uri = vscode.Uri.joinPath(state.folder.uri, mention.path);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', mention.path, err instanceof Error ? err.message : String(err)));
    return;
  }
  const path = normalizePath(mention.path);
  const identity = mention.identity.toLowerCase();
  const lines = node.all.filter((m) => normalizePath(m.path) === path && m.identity.toLowerCase() === identity && m.reassignable).map((m) => m.line);
  const plan = planReassign(document.getText(), lines, mention.identity, token);
  if (!plan.ok) {
    const message =
      plan.reason === 'changed'
        ? vscode.l10n.t('{0} changed since the repository was read: line {1} no longer names {2}. Analyse again, then retry.', mention.path, plan.line, mention.identity)
        : vscode.l10n.t('"{0}" cannot be written into configuration as it is.', token);
    void vscode.window.showErrorMessage(message);
    return;
  }
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const span of plan.edits) edit.replace(uri, new vscode.Range(document.positionAt(span.startOffset), document.positionAt(span.endOffset)), span.replacement);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The editor did not accept the change to {0}.', mention.path));
    return;
  }
  if (!wasDirty) await document.save();
  const first = document.positionAt(plan.edits[0]!.startOffset);
  await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true, selection: new vscode.Range(first, first) });
  await record(detections, state, operation);
}

/** Take Back Decision on a mention: removes its `detected.mentions` entry (the file itself is left as it is). */
export async function takeBackMention(detections: DetectionService, node: MentionNode): Promise<void> {
  if (!requireTrust(vscode.l10n.t('Take Back'))) return;
  await record(detections, node.state, { kind: 'undecideMention', path: node.mention.path, identity: node.mention.identity });
}
