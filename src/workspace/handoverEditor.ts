import * as vscode from 'vscode';
import { writeFileAtomic } from '../core/atomicWrite';
import { planEdit, type EditOperation, type KnownFindings } from '../core/handover/edit';
import { coreTranslator } from '../util/uiLanguage';
import type { FolderState } from './handoverStore';

function openDocument(state: FolderState): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.fileUri.toString());
}

async function showRefusal(state: FolderState, message: string, range?: { start: { line: number; col: number } }): Promise<void> {
  const open = vscode.l10n.t('Open HANDOVER.yaml');
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('HANDOVER.yaml was not changed: {0}', message), open);
  if (choice !== open) return;
  const position = new vscode.Position(Math.max(0, (range?.start.line ?? 1) - 1), Math.max(0, (range?.start.col ?? 1) - 1));
  await vscode.window.showTextDocument(state.fileUri, { selection: new vscode.Range(position, position) });
}

/**
 * Records one decision in HANDOVER.yaml, changing only the bytes of the node it touches. When the file
 * is open, the change goes through the editor (so Ctrl+Z undoes it and unsaved text is kept), and a
 * document that had no unsaved changes is saved; else the file is rewritten atomically, and only if
 * it still holds what the tree was built from. Returns whether the file changed.
 */
export async function recordDecision(state: FolderState, operation: EditOperation, known?: KnownFindings): Promise<boolean> {
  const t = coreTranslator();
  const document = openDocument(state);
  if (document) {
    const plan = planEdit(document.getText(), operation, { t, known });
    if (!plan.ok) {
      await showRefusal(state, plan.error.message, plan.error.range);
      return false;
    }
    if (!plan.edits.length) return false;
    const wasDirty = document.isDirty;
    const edit = new vscode.WorkspaceEdit();
    for (const span of plan.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(span.startOffset), document.positionAt(span.endOffset)), span.replacement);
    }
    if (!(await vscode.workspace.applyEdit(edit))) {
      await showRefusal(state, vscode.l10n.t('the editor did not accept the change'));
      return false;
    }
    if (!wasDirty) await document.save();
    return true;
  }

  let text: string;
  try {
    // Keep a BOM if there is one: the file is written back byte for byte outside the edited node.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(state.fileUri));
  } catch (err) {
    await showRefusal(state, err instanceof Error ? err.message : String(err));
    return false;
  }
  if (text.replace(/^\uFEFF/, '') !== state.loaded.text) {
    await showRefusal(state, vscode.l10n.t('it changed on disk since it was read. Look at the tree again and retry.'));
    return false;
  }
  const plan = planEdit(text, operation, { t, known });
  if (!plan.ok) {
    await showRefusal(state, plan.error.message, plan.error.range);
    return false;
  }
  if (!plan.edits.length) return false;
  await writeFileAtomic(state.fileUri.fsPath, plan.newText);
  return true;
}
