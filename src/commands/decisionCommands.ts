// The successor's walk: every decision recorded from the tree goes through recordDecision, which edits
// HANDOVER.yaml in place (through the editor when it is open, so that Ctrl+Z undoes it).
import * as vscode from 'vscode';
import { knownFindingsOf, type EditOperation, type KnownFindings } from '../core/handover/edit';
import type { BranchOutcome, Handover } from '../core/handover/model';
import { localToday, type HandoverRole } from '../core/handover/progress';
import type { HandoverNode } from '../tree/treeNodes';
import type { DetectionService } from '../workspace/detectionService';
import { recordDecision } from '../workspace/handoverEditor';
import type { FolderState, HandoverStore } from '../workspace/handoverStore';
import { pickHandoverFolder, requireTrust } from './folderPicker';
import { takeBackMention } from './mentionCommands';

function handoverOf(state: FolderState): Handover | undefined {
  return state.loaded.handover ?? state.lastGood;
}

/** Decisions are recorded in the successor's name: they are the one walking the tree. */
function successorName(state: FolderState): string | undefined {
  return handoverOf(state)?.to.name;
}

function known(detections: DetectionService, state: FolderState): KnownFindings | undefined {
  const status = detections.status(state);
  return status.kind === 'done' ? knownFindingsOf(status.result) : undefined;
}

async function record(detections: DetectionService, state: FolderState, operation: EditOperation, actionTitle: string): Promise<boolean> {
  if (!requireTrust(actionTitle)) return false;
  return recordDecision(state, operation, known(detections, state));
}

export async function acceptItem(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'item') return;
  const by = successorName(node.state);
  if (!by) return;
  await record(detections, node.state, { kind: 'accept', id: node.item.id, by, on: localToday() }, vscode.l10n.t('Accept'));
}

export async function reopenItem(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'item') return;
  await record(detections, node.state, { kind: 'reopen', id: node.item.id }, vscode.l10n.t('Reopen'));
}

/** Mark rotated: a `credentials` item of the checklist, or a credential found in git history. */
export async function markRotated(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'item' && node?.kind !== 'credential') return;
  const by = successorName(node.state);
  if (!by) return;
  const operation: EditOperation =
    node.kind === 'item'
      ? { kind: 'rotateCredential', id: node.item.id, by, on: localToday() }
      : { kind: 'rotateFinding', fingerprint: node.finding.fingerprint, by, on: localToday() };
  await record(detections, node.state, operation, vscode.l10n.t('Mark Rotated'));
}

export async function ignoreFinding(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'credential') return;
  if (!requireTrust(vscode.l10n.t('Ignore'))) return;
  const reason = await vscode.window.showInputBox({
    title: vscode.l10n.t('Ignore {0} in {1}', node.finding.kind, `${node.finding.path}:${node.finding.line}`),
    prompt: vscode.l10n.t('Why is this not a credential to rotate? The reason is written to HANDOVER.yaml for reviewers.'),
    placeHolder: vscode.l10n.t('e.g. a test fixture, never a real key'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A reason is required.')),
  });
  if (!reason?.trim()) return;
  await record(detections, node.state, { kind: 'ignoreFinding', fingerprint: node.finding.fingerprint, reason: reason.trim() }, vscode.l10n.t('Ignore'));
}

export async function markReviewed(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'owned') return;
  const by = successorName(node.state);
  if (!by) return;
  await record(detections, node.state, { kind: 'review', target: { path: node.entry.path }, by, on: localToday() }, vscode.l10n.t('Mark Reviewed'));
}

export async function decideBranch(detections: DetectionService, outcome: BranchOutcome, node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'branch') return;
  const by = successorName(node.state);
  if (!by) return;
  await record(detections, node.state, { kind: 'review', target: { branch: node.branch.name, outcome }, by, on: localToday() }, vscode.l10n.t('Record Branch Decision'));
}

export async function addNote(detections: DetectionService, node?: HandoverNode): Promise<void> {
  let target: { id: string } | { path: string } | { branch: string };
  let current: string | undefined;
  const handover = node ? handoverOf(node.state) : undefined;
  if (node?.kind === 'item') {
    target = { id: node.item.id };
    current = node.item.note;
  } else if (node?.kind === 'owned') {
    target = { path: node.entry.path };
    current = handover?.detected.reviewed.find((r) => r.path === node.entry.path)?.note;
  } else if (node?.kind === 'branch') {
    target = { branch: node.branch.name };
    current = handover?.detected.reviewed.find((r) => r.branch === node.branch.name)?.note;
  } else {
    return;
  }
  if (!requireTrust(vscode.l10n.t('Add Note'))) return;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Note'),
    prompt: vscode.l10n.t('One line, written to HANDOVER.yaml. Leave empty to remove the note.'),
    value: current ?? '',
  });
  if (text === undefined) return;
  await record(detections, node.state, { kind: 'note', target, text: text.trim() }, vscode.l10n.t('Add Note'));
}

/** "Sign off as…": the role, then the name (the party's name from HANDOVER.yaml as the default), dated today. */
export async function signOff(store: HandoverStore, detections: DetectionService, node?: HandoverNode): Promise<void> {
  const state = await pickHandoverFolder(store, node);
  if (!state) return;
  const handover = handoverOf(state);
  if (!handover) return;
  if (!requireTrust(vscode.l10n.t('Sign Off'))) return;
  const roles: { role: HandoverRole; label: string; name?: string; signed?: string }[] = [
    { role: 'from', label: vscode.l10n.t('移交人 — person leaving'), name: handover.from.name, signed: handover.signoff.from?.date },
    { role: 'to', label: vscode.l10n.t('接收人 — successor'), name: handover.to.name, signed: handover.signoff.to?.date },
    { role: 'supervisor', label: vscode.l10n.t('监交人 — supervisor'), name: handover.supervisor?.name, signed: handover.signoff.supervisor?.date },
  ];
  const picked = await vscode.window.showQuickPick(
    roles.map((r) => ({ label: r.label, description: r.name, detail: r.signed ? vscode.l10n.t('signed on {0}', r.signed) : undefined, r })),
    { title: vscode.l10n.t('Sign off as…'), placeHolder: vscode.l10n.t('Who is signing?') },
  );
  if (!picked) return;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Sign off as {0}', picked.label),
    prompt: vscode.l10n.t('Your name, as it should appear in the sign-off table. Dated {0}.', localToday()),
    value: picked.r.name ?? '',
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A name is required.')),
  });
  if (!name?.trim()) return;
  await recordDecision(state, { kind: 'sign', role: picked.r.role, name: name.trim(), date: localToday() }, known(detections, state));
}

/** Takes back a decision on what git history found: a review, a branch outcome, a rotation, an ignore or a mention's. */
export async function takeBack(detections: DetectionService, node?: HandoverNode): Promise<void> {
  if (node?.kind === 'mention') return takeBackMention(detections, node);
  let operation: EditOperation;
  if (node?.kind === 'owned') operation = { kind: 'unreview', target: { path: node.entry.path } };
  else if (node?.kind === 'branch') operation = { kind: 'unreview', target: { branch: node.branch.name } };
  else if (node?.kind === 'credential' && node.group === 'rotated') operation = { kind: 'unrotateFinding', fingerprint: node.finding.fingerprint };
  else if (node?.kind === 'credential' && node.group === 'ignored') operation = { kind: 'unignoreFinding', fingerprint: node.finding.fingerprint };
  else return;
  await record(detections, node.state, operation, vscode.l10n.t('Take Back'));
}
