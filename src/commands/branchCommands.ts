import * as vscode from 'vscode';
import { branchHasFile, checkoutBranch, compareWithDefault, fileAtCommit, uncommittedChanges, type ChangedFile } from '../core/git/branchActions';
import { GitError, GitRunner } from '../core/git/gitRunner';
import { HANDOVER_FILE_NAME } from '../core/handover/handoverLoader';
import type { BranchNode, HandoverNode } from '../tree/treeNodes';
import { requireTrust } from './folderPicker';

/** Read-only documents of a file as of a commit, for the diff editors of "Compare with default branch". */
export const REVISION_SCHEME = 'handover-rev';

interface RevisionQuery {
  root: string;
  commit: string;
}

export function revisionUri(root: vscode.Uri, commit: string, path: string): vscode.Uri {
  const query: RevisionQuery = { root: root.fsPath, commit };
  return vscode.Uri.from({ scheme: REVISION_SCHEME, path: `/${path}`, query: JSON.stringify(query) });
}

export class RevisionContentProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    let query: RevisionQuery;
    try {
      query = JSON.parse(uri.query) as RevisionQuery;
    } catch {
      return '';
    }
    const controller = new AbortController();
    const listener = token.onCancellationRequested(() => controller.abort());
    try {
      return await fileAtCommit(new GitRunner({ cwd: query.root, signal: controller.signal }), query.commit, uri.path.replace(/^\//, ''));
    } finally {
      listener.dispose();
    }
  }
}

function gitMessage(err: unknown): string {
  return err instanceof GitError || err instanceof Error ? err.message : String(err);
}

function diffTriple(root: vscode.Uri, base: string, tip: string, file: ChangedFile): [vscode.Uri, vscode.Uri, vscode.Uri] {
  const before = file.previousPath ?? file.path;
  return [vscode.Uri.joinPath(root, file.path), revisionUri(root, base, before), revisionUri(root, tip, file.path)];
}

/** Opens every file the branch changes against the default branch, in one multi-file diff editor. */
export async function compareBranch(node?: HandoverNode): Promise<void> {
  if (node?.kind !== 'branch') return;
  if (!requireTrust(vscode.l10n.t('Compare with Default Branch'))) return;
  if (!node.defaultBranch) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no default branch to compare with: set handover.defaultBranch.'));
    return;
  }
  const root = node.state.folder.uri;
  try {
    const comparison = await compareWithDefault(new GitRunner({ cwd: root.fsPath }), node.branch, node.defaultBranch);
    if (!comparison.files.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} changes no file against {1}.', node.branch.name, node.defaultBranch));
      return;
    }
    const title = vscode.l10n.t('{0} ↔ {1}', node.defaultBranch, node.branch.name);
    await vscode.commands.executeCommand(
      'vscode.changes',
      title,
      comparison.files.map((file) => diffTriple(root, comparison.base, comparison.tip, file)),
    );
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not compare {0}: {1}', node.branch.name, gitMessage(err)));
  }
}

function refuseDirty(paths: string[]): void {
  const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ', …' : '');
  void vscode.window.showWarningMessage(
    paths.length === 1
      ? vscode.l10n.t('Not checked out: 1 tracked file has uncommitted changes ({0}). Commit or stash it first.', shown)
      : vscode.l10n.t('Not checked out: {0} tracked files have uncommitted changes ({1}). Commit or stash them first.', paths.length, shown),
  );
}

/** Checks the branch out after a modal confirmation, only with a clean work tree (checked before asking, and again before switching). */
export async function checkoutBranchCommand(node: HandoverNode | undefined, afterCheckout: (node: BranchNode) => void): Promise<void> {
  if (node?.kind !== 'branch') return;
  if (!requireTrust(vscode.l10n.t('Check Out Branch'))) return;
  const git = new GitRunner({ cwd: node.state.folder.uri.fsPath });
  try {
    const dirty = await uncommittedChanges(git);
    if (dirty.length) {
      refuseDirty(dirty);
      return;
    }
    const lines = [
      node.branch.kind === 'remote'
        ? vscode.l10n.t('A local branch that tracks {0} is created and checked out. Nothing is fetched.', node.branch.name)
        : vscode.l10n.t('Your work tree switches to {0}. Nothing is fetched.', node.branch.name),
    ];
    if (!(await branchHasFile(git, node.branch, HANDOVER_FILE_NAME))) {
      lines.push(vscode.l10n.t('{0} is not on this branch: the Handover view stays empty until you switch back.', HANDOVER_FILE_NAME));
    }
    const checkout = vscode.l10n.t('Check Out');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Check out {0}?', node.branch.name), { modal: true, detail: lines.join('\n\n') }, checkout);
    if (answer !== checkout) return;
    const outcome = await checkoutBranch(git, node.branch);
    switch (outcome.kind) {
      case 'dirty':
        refuseDirty(outcome.paths);
        return;
      case 'local-exists':
        void vscode.window.showWarningMessage(vscode.l10n.t('Not checked out: a local branch {0} already exists. Check that one out instead.', outcome.localBranch));
        return;
      case 'checked-out':
        vscode.window.setStatusBarMessage(vscode.l10n.t('Checked out {0}', outcome.localBranch), 5000);
        afterCheckout(node);
        return;
    }
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not check out {0}: {1}', node.branch.name, gitMessage(err)));
  }
}
