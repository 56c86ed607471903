import * as vscode from 'vscode';
import type { HandoverDiagnostic } from '../core/handover/model';
import { DisposableBase } from '../util/disposable';
import type { HandoverStore } from '../workspace/handoverStore';

export function toVsRange(d: HandoverDiagnostic): vscode.Range {
  const start = new vscode.Position(Math.max(0, d.range.start.line - 1), Math.max(0, d.range.start.col - 1));
  const end = new vscode.Position(Math.max(0, d.range.end.line - 1), Math.max(0, d.range.end.col - 1));
  return new vscode.Range(start, end.isBefore(start) ? start : end);
}

/** Shows every problem of every HANDOVER.yaml in the Problems panel. */
export class DiagnosticsPublisher extends DisposableBase {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('handover'));

  constructor(private readonly store: HandoverStore) {
    super();
    this._register(store.onDidChange(() => this.publish()));
  }

  private publish(): void {
    this.collection.clear();
    for (const state of this.store.folders()) {
      const diagnostics = state.loaded.diagnostics.map((d) => {
        const severity = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
        const diagnostic = new vscode.Diagnostic(toVsRange(d), d.message, severity);
        diagnostic.source = 'Handover';
        diagnostic.code = d.code;
        return diagnostic;
      });
      this.collection.set(state.fileUri, diagnostics);
    }
  }
}
