import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { describeError, FileError } from '../core/fileErrors';
import { decodeUtf8 } from '../core/handover/handoverParser';
import { requireInside } from '../core/insideRepository';
import { HANDOVER_FILE_NAME, loadHandoverText, type LoadedHandover } from '../core/handover/handoverLoader';
import type { Handover } from '../core/handover/model';
import { DisposableBase } from '../util/disposable';
import { coreTranslator } from '../util/uiLanguage';

/** What is known about one workspace folder's HANDOVER.yaml. */
export interface FolderState {
  folder: vscode.WorkspaceFolder;
  fileUri: vscode.Uri;
  loaded: LoadedHandover;
  /** The last model without errors, shown while the file is being fixed. */
  lastGood?: Handover;
}

const RELOAD_DELAY_MS = 250;

/**
 * Keeps every workspace folder's HANDOVER.yaml loaded: from the editor when it is open (so unsaved
 * edits show at once), else from disk. Reads only: it never runs git and never writes.
 */
export class HandoverStore extends DisposableBase {
  private readonly states = new Map<string, FolderState>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly log: vscode.LogOutputChannel;

  constructor(log: vscode.LogOutputChannel) {
    super();
    this.log = log;
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${HANDOVER_FILE_NAME}`));
    const onDisk = (uri: vscode.Uri) => this.scheduleReload(uri);
    this._register(watcher.onDidCreate(onDisk));
    this._register(watcher.onDidChange(onDisk));
    this._register(watcher.onDidDelete(onDisk));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.scheduleReload(e.document.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.scheduleReload(d.uri)));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reloadAll()));
    this._register({ dispose: () => this.pending.forEach((timer) => clearTimeout(timer)) });
  }

  /** Folders with a HANDOVER.yaml, in workspace order. */
  folders(): FolderState[] {
    return (vscode.workspace.workspaceFolders ?? []).map((f) => this.states.get(f.uri.toString())).filter((s): s is FolderState => !!s);
  }

  stateFor(folder: vscode.WorkspaceFolder): FolderState | undefined {
    return this.states.get(folder.uri.toString());
  }

  async reloadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keep = new Set(folders.map((f) => f.uri.toString()));
    for (const key of [...this.states.keys()]) if (!keep.has(key)) this.states.delete(key);
    await Promise.all(folders.map((folder) => this.reload(folder)));
    this.changed.fire();
  }

  private scheduleReload(uri: vscode.Uri): void {
    const folder = this.folderOwning(uri);
    if (!folder) return;
    const key = folder.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        void this.reload(folder).then(() => this.changed.fire());
      }, RELOAD_DELAY_MS),
    );
  }

  /** The workspace folder whose root HANDOVER.yaml `uri` is. */
  private folderOwning(uri: vscode.Uri): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    return vscode.Uri.joinPath(folder.uri, HANDOVER_FILE_NAME).toString() === uri.toString() ? folder : undefined;
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const fileUri = vscode.Uri.joinPath(folder.uri, HANDOVER_FILE_NAME);
    const t = coreTranslator();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri.toString());
    let loaded: LoadedHandover;
    try {
      // A HANDOVER.yaml linked from outside the folder is not read (insideRepository.ts).
      await requireInside(folder.uri.fsPath, fileUri.fsPath);
    } catch (err) {
      const message = describeError(err, t);
      this.log.warn(message);
      const range = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
      loaded = { file: fileUri.fsPath, text: '', diagnostics: [{ severity: 'error', code: err instanceof FileError ? err.key : 'read.ioError', message, range }] };
      this.states.set(key, { folder, fileUri, loaded, lastGood: undefined });
      return;
    }
    if (open) {
      loaded = loadHandoverText(open.getText(), fileUri.fsPath, { t, exists: existsSync });
    } else {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(fileUri);
      } catch (err) {
        if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) this.log.warn(`Cannot read ${fileUri.fsPath}: ${String(err)}`);
        this.states.delete(key);
        return;
      }
      const decoded = decodeUtf8(bytes, t);
      loaded =
        decoded.text !== undefined
          ? loadHandoverText(decoded.text, fileUri.fsPath, { t, exists: existsSync })
          : { file: fileUri.fsPath, text: '', diagnostics: decoded.diagnostic ? [decoded.diagnostic] : [] };
    }
    const previous = this.states.get(key);
    this.states.set(key, { folder, fileUri, loaded, lastGood: loaded.handover ?? previous?.lastGood });
  }
}
