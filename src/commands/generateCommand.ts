import { relative, isAbsolute } from 'node:path';
import * as vscode from 'vscode';
import { generateHandoverReport, resolveReportPath } from '../core/reportGenerator';
import type { HandoverNode } from '../tree/treeNodes';
import { describeError } from '../core/fileErrors';
import { abortSignalFor, coreTranslator, uiLanguage } from '../util/uiLanguage';
import { ReadingWords } from '../core/detect/readingWords';
import type { DetectionService } from '../workspace/detectionService';
import type { HandoverStore } from '../workspace/handoverStore';
import { draftFromHistoryIn, unnamedSummary } from './draftCommands';
import { pickHandoverFolder, requireTrust } from './folderPicker';

/** "Handover: Generate Handover": writes the report for the pull request and opens its preview. */
export async function generateHandover(
  store: HandoverStore,
  detections: DetectionService,
  log: vscode.LogOutputChannel,
  node?: HandoverNode,
): Promise<vscode.Uri | undefined> {
  if (!requireTrust(vscode.l10n.t('Generate Handover'))) return undefined;
  await store.reloadAll();
  const state = await pickHandoverFolder(store, node);
  if (!state) {
    const create = vscode.l10n.t('Create HANDOVER.yaml');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('There is no HANDOVER.yaml in this workspace yet.'), create);
    if (choice === create) await vscode.commands.executeCommand('handover.create');
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.fileUri.toString());
  if (open?.isDirty) {
    const save = vscode.l10n.t('Save and Generate');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('HANDOVER.yaml has unsaved changes. The report describes the saved file.'), { modal: true }, save);
    if (choice !== save || !(await open.save())) return undefined;
  }
  // Findings the checklist does not name: a warning, not a block.
  const unnamed = unnamedSummary(detections, state);
  if (unnamed) {
    const add = vscode.l10n.t('Add Them');
    const anyway = vscode.l10n.t('Generate Anyway');
    const choice = await vscode.window.showWarningMessage(unnamed, { modal: true, detail: vscode.l10n.t('The report lists them as not named in the checklist.') }, add, anyway);
    if (choice === add) {
      await draftFromHistoryIn(state, detections);
      return undefined;
    }
    if (choice !== anyway) return undefined;
  }
  const folder = state.folder.uri.fsPath;
  const configured = vscode.workspace.getConfiguration('handover', state.folder).get<string>('reportPath');
  const reportFile = resolveReportPath(folder, configured);
  const inside = relative(folder, reportFile);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The setting handover.reportPath must name a file inside the workspace folder, not {0}.', configured ?? ''));
    return undefined;
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Generating the handover report…'), cancellable: true },
    async (progress, token) => {
      const abort = abortSignalFor(token);
      try {
        progress.report({ message: vscode.l10n.t('Reading HANDOVER.yaml and git') });
        const words = new ReadingWords(coreTranslator());
        const result = await generateHandoverReport({
          folder,
          reportPath: configured,
          fallbackLanguage: uiLanguage(),
          messageLanguage: uiLanguage(),
          signal: abort.signal,
          cache: detections.cache,
          // No detection settings: the report must be what `handover check` regenerates in CI, which
          // cannot see this editor's settings. They shape the tree only.
          // Each detection that reads history counts its own commits: the count says which one it is.
          onStage: (kind) => progress.report({ message: words.begin(kind) }),
          onProgress: (commits) => progress.report({ message: words.commits(commits) }),
        });
        // The report reads history as of the commit it describes and only the branches every clone
        // has; the tree keeps its own, wider reading.
        return result;
      } catch (err) {
        if (abort.signal.aborted) return undefined;
        throw err;
      } finally {
        abort.dispose();
      }
    },
  ).then(
    (value) => value,
    (err: unknown) => {
      const detail = describeError(err, coreTranslator());
      log.error(`Generate Handover failed: ${detail}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write the handover report: {0}', detail));
      return undefined;
    },
  );
  if (!result) return undefined;
  if (result.kind === 'invalid') {
    const errors = result.loaded.diagnostics.filter((d) => d.severity === 'error');
    const show = vscode.l10n.t('Show Problems');
    const message =
      errors.length === 1
        ? vscode.l10n.t('HANDOVER.yaml has 1 error, so no report was written. Fix it and generate again.')
        : vscode.l10n.t('HANDOVER.yaml has {0} errors, so no report was written. Fix them and generate again.', errors.length);
    void vscode.window.showErrorMessage(message, show).then((choice) => {
      if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return undefined;
  }
  const uri = vscode.Uri.file(result.reportFile);
  log.info(`Handover report written to ${result.reportFile} (${result.language})`);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Handover report written to {0}', vscode.workspace.asRelativePath(uri)), 5000);
  return uri;
}
