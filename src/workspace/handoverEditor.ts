import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { checkWritable, writeFileAtomic } from '../core/atomicWrite';
import { describeError, fileErrorFrom } from '../core/fileErrors';
import { withFileLock } from '../core/fileLock';
import { planEdit, type EditOperation, type KnownFindings } from '../core/handover/edit';
import { decodeUtf8 } from '../core/handover/handoverParser';
import type { Translate } from '../core/i18n/translator';
import { requireInside } from '../core/insideRepository';
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

/** An edit refused under the lock; shown after the lock is released (a notification may stay open long). */
class Refused extends Error {
  constructor(
    message: string,
    readonly range?: { start: { line: number; col: number } },
  ) {
    super(message);
  }
}

/**
 * Records one decision in HANDOVER.yaml, changing only the bytes of the node it touches, while holding
 * the file's lock (the one the CLI takes, fileLock.ts) and planning on the file as it is under the
 * lock, so that an edit made meanwhile by another writer is kept. When the file is open, the change
 * goes through the editor (so Ctrl+Z undoes it and unsaved text is kept), and a document that had no
 * unsaved changes is saved under the lock; else (or when the open document is behind the disk) the
 * file is rewritten atomically. Returns whether the file changed.
 */
export async function recordDecision(state: FolderState, operation: EditOperation, known?: KnownFindings): Promise<boolean> {
  const t = coreTranslator();
  const file = state.fileUri.fsPath;
  try {
    await requireInside(state.folder.uri.fsPath, file);
    return await withFileLock(file, () => recordLocked(state, operation, t, known));
  } catch (err) {
    await showRefusal(state, err instanceof Refused ? err.message : describeError(err, t), err instanceof Refused ? err.range : undefined);
    return false;
  }
}

async function recordLocked(state: FolderState, operation: EditOperation, t: Translate, known?: KnownFindings): Promise<boolean> {
  const file = state.fileUri.fsPath;
  const bytes = await fs.readFile(file).catch((err: unknown) => {
    throw fileErrorFrom(err, file, 'read');
  });
  let text: string;
  try {
    // Keep a BOM if there is one: the file is written back byte for byte outside the edited node.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(decodeUtf8(bytes, t).diagnostic?.message ?? t('read.notUtf8', { byte: '?' }));
  }
  const document = openDocument(state);
  // An open document with unsaved changes is edited in the buffer only; one that matches the disk is
  // edited and saved; one behind the disk (another writer saved meanwhile) is left to reload.
  if (document && (document.isDirty || document.getText() === text.replace(/^\uFEFF/, ''))) {
    const plan = planEdit(document.getText(), operation, { t, known });
    if (!plan.ok) return refused(plan.error.message, plan.error.range);
    if (!plan.edits.length) return false;
    const wasDirty = document.isDirty;
    if (!wasDirty) await checkWritable(file);
    const edit = new vscode.WorkspaceEdit();
    for (const span of plan.edits) {
      edit.replace(document.uri, new vscode.Range(document.positionAt(span.startOffset), document.positionAt(span.endOffset)), span.replacement);
    }
    if (!(await vscode.workspace.applyEdit(edit))) return refused(vscode.l10n.t('the editor did not accept the change'));
    if (!wasDirty && !(await document.save())) return refused(vscode.l10n.t('the editor could not save it'));
    return true;
  }
  const plan = planEdit(text, operation, { t, known });
  if (!plan.ok) return refused(plan.error.message, plan.error.range);
  if (!plan.edits.length) return false;
  await writeFileAtomic(file, plan.newText);
  return true;
}

function refused(message: string, range?: { start: { line: number; col: number } }): never {
  throw new Refused(message, range);
}
