import * as vscode from 'vscode';
import type { ReportLanguage } from '../core/handover/model';
import { languageFromLocale, translator, type Translate } from '../core/i18n/translator';

/** The editor's display language, as one of the languages the core speaks. */
export function uiLanguage(): ReportLanguage {
  return languageFromLocale(vscode.env.language);
}

/** Core messages (diagnostics) in the editor's display language. */
export function coreTranslator(): Translate {
  return translator(uiLanguage());
}

/** Converts a VS Code cancellation token into the AbortSignal the core takes. */
export function abortSignalFor(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  const listener = token.onCancellationRequested(() => controller.abort());
  return { signal: controller.signal, dispose: () => listener.dispose() };
}
