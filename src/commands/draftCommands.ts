// The person leaving turns what git history found into checklist items: "Add to Checklist" on
// detection rows (one or a multi-selection) and "Draft from Git History…" for everything not named
// yet. The items go into HANDOVER.yaml through its editor as one snippet: the cursor lands on the
// first text to write, Tab walks through the rest, and one Ctrl+Z removes the whole insertion.
import * as vscode from 'vscode';
import type { DetectionResult } from '../core/detect/detectionTypes';
import { normalizePath, recordedBranchName } from '../core/handover/decisions';
import { findingRows, planDraft, unnamedFindings, type FindingKind, type FindingRow } from '../core/handover/draft';
import type { Handover } from '../core/handover/model';
import { translator } from '../core/i18n/translator';
import type { HandoverNode } from '../tree/treeNodes';
import { coreTranslator, uiLanguage } from '../util/uiLanguage';
import type { DetectionService } from '../workspace/detectionService';
import type { FolderState, HandoverStore } from '../workspace/handoverStore';
import { pickHandoverFolder, requireTrust } from './folderPicker';

function handoverOf(state: FolderState): Handover | undefined {
  return state.loaded.handover ?? state.lastGood;
}

/** The detections of the folder, reading history first when it has not been read. */
async function detectionsOf(detections: DetectionService, state: FolderState): Promise<DetectionResult | undefined> {
  const status = detections.status(state);
  if (status.kind === 'done') return status.result;
  return detections.analyze(state);
}

/** The finding a tree row stands for, as the key its FindingRow has. */
function findingKey(node: HandoverNode): { kind: FindingKind; key: string } | undefined {
  if (node.kind === 'owned') return { kind: 'owned', key: node.isFolder ? `${node.entry.path.replace(/\/+$/, '')}/` : node.entry.path };
  if (node.kind === 'branch') return { kind: 'branches', key: recordedBranchName(node.branch) };
  if (node.kind === 'credential') return { kind: 'credentials', key: node.finding.fingerprint };
  if (node.kind === 'mention') return { kind: 'mentions', key: `${normalizePath(node.mention.path)} (${node.mention.identity})` };
  return undefined;
}

function sameFinding(row: FindingRow, wanted: { kind: FindingKind; key: string }): boolean {
  if (row.kind !== wanted.kind) return false;
  // A branch row is listed once, under its local name or its remote one.
  if (row.kind === 'branches') return row.key === wanted.key || row.key.endsWith(`/${wanted.key}`) || wanted.key.endsWith(`/${row.key}`);
  if (row.kind === 'mentions') return row.key.toLowerCase() === wanted.key.toLowerCase();
  return row.key === wanted.key;
}

/** "Add to Checklist" on one detection row or on the rows selected with it. */
export async function addToChecklist(detections: DetectionService, node?: HandoverNode, selected?: readonly HandoverNode[]): Promise<void> {
  const nodes = (selected?.length ? selected : node ? [node] : []).filter((n) => n.state === node?.state);
  const wanted = nodes.map(findingKey).filter((w): w is { kind: FindingKind; key: string } => !!w);
  if (!node || !wanted.length) return;
  if (!requireTrust(vscode.l10n.t('Add to Checklist'))) return;
  const handover = handoverOf(node.state);
  const result = await detectionsOf(detections, node.state);
  if (!handover || !result) return;
  const rows = findingRows(result, handover).filter((row) => wanted.some((w) => sameFinding(row, w)));
  const unnamed = rows.filter((row) => row.namedBy === undefined);
  if (!unnamed.length) {
    const ids = [...new Set(rows.map((row) => row.namedBy))].join(', ');
    if (!ids) return;
    void vscode.window.showInformationMessage(vscode.l10n.t('Already in the checklist: {0}.', ids));
    return;
  }
  await insertDraft(node.state, handover, unnamed);
}

function kindTitle(kind: FindingKind): string {
  switch (kind) {
    case 'owned':
      return vscode.l10n.t('Files they own');
    case 'branches':
      return vscode.l10n.t('Open branches');
    case 'credentials':
      return vscode.l10n.t('Credentials in git history');
    case 'mentions':
      return vscode.l10n.t('Still names them');
  }
}

/** "Draft from Git History…": every finding the checklist does not name, grouped by kind, all picked. */
export async function draftFromHistory(store: HandoverStore, detections: DetectionService, node?: HandoverNode): Promise<boolean> {
  const state = await pickHandoverFolder(store, node);
  if (!state) return false;
  return draftFromHistoryIn(state, detections);
}

export async function draftFromHistoryIn(state: FolderState, detections: DetectionService): Promise<boolean> {
  if (!requireTrust(vscode.l10n.t('Draft from Git History'))) return false;
  const handover = handoverOf(state);
  const result = await detectionsOf(detections, state);
  if (!handover || !result) return false;
  const unnamed = unnamedFindings(result, handover);
  if (!unnamed.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The checklist already names everything git history found.'));
    return false;
  }
  type Pick = vscode.QuickPickItem & { row?: FindingRow };
  const picks: Pick[] = [];
  for (const kind of new Set(unnamed.map((row) => row.kind))) {
    picks.push({ label: kindTitle(kind), kind: vscode.QuickPickItemKind.Separator });
    for (const row of unnamed.filter((r) => r.kind === kind)) picks.push({ label: row.key, picked: true, row });
  }
  const chosen = await vscode.window.showQuickPick(picks, {
    canPickMany: true,
    title: vscode.l10n.t('Draft from Git History'),
    placeHolder: vscode.l10n.t('Findings not in the checklist yet: each chosen one becomes an item to complete'),
  });
  const rows = (chosen ?? []).map((pick) => pick.row).filter((row): row is FindingRow => !!row);
  if (!rows.length) return false;
  return insertDraft(state, handover, rows);
}

/**
 * Inserts the drafted items into HANDOVER.yaml's editor as one snippet. The text outside the items is
 * kept byte for byte (`keepWhitespace`: the snippet's lines are not re-indented).
 */
async function insertDraft(state: FolderState, handover: Handover, rows: readonly FindingRow[]): Promise<boolean> {
  const editor = await vscode.window.showTextDocument(state.fileUri, { preview: false });
  const document = editor.document;
  const plan = planDraft(document.getText(), rows, { t: translator(handover.language ?? uiLanguage()), messages: coreTranslator() });
  if (!plan.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('HANDOVER.yaml was not changed: {0}', plan.error.message));
    return false;
  }
  if (!plan.edit) return false;
  const { startOffset, endOffset, replacement } = plan.edit;
  const snippet = new vscode.SnippetString();
  let at = 0;
  // Tab stops are numbered in the plan's order (what must be written first), and placed by position.
  const numbered = plan.stops.map((stop, index) => ({ ...stop, number: index + 1 })).sort((a, b) => a.start - b.start);
  for (const stop of numbered) {
    snippet.appendText(replacement.slice(at, stop.start));
    snippet.appendPlaceholder(replacement.slice(stop.start, stop.end), stop.number);
    at = stop.end;
  }
  snippet.appendText(replacement.slice(at));
  const range = new vscode.Range(document.positionAt(startOffset), document.positionAt(endOffset));
  const inserted = await editor.insertSnippet(snippet, range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true });
  if (!inserted) void vscode.window.showErrorMessage(vscode.l10n.t('HANDOVER.yaml was not changed: {0}', vscode.l10n.t('the editor did not accept the change')));
  return inserted;
}

/**
 * Before a report: findings the checklist does not name, in one sentence ("2 owned files or folders,
 * 1 branch…"), or undefined when it names them all or history has not been read.
 */
export function unnamedSummary(detections: DetectionService, state: FolderState): string | undefined {
  const status = detections.status(state);
  // A file with errors gets no report at all: the generator says so, not this warning.
  const handover = state.loaded.handover;
  if (status.kind !== 'done' || !handover) return undefined;
  const unnamed = unnamedFindings(status.result, handover);
  if (!unnamed.length) return undefined;
  const count = (kind: FindingKind) => unnamed.filter((row) => row.kind === kind).length;
  return vscode.l10n.t(
    'Not in the checklist yet: {0} owned files or folders, {1} branches, {2} credentials and {3} mentions found in git history.',
    count('owned'),
    count('branches'),
    count('credentials'),
    count('mentions'),
  );
}
