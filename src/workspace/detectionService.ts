import * as vscode from 'vscode';
import { FileDetectionCache } from '../core/detect/detectionCache';
import type { DetectionResult } from '../core/detect/detectionTypes';
import { maskGitText } from '../core/detect/maskGitText';
import { personOf, runDetections, type DetectionKind } from '../core/detect/runDetections';
import { GitError } from '../core/git/gitRunner';
import { DisposableBase } from '../util/disposable';
import { abortSignalFor } from '../util/uiLanguage';
import type { FolderState, HandoverStore } from './handoverStore';
import { noteText } from '../core/detect/detectionNotes';
import { ReadingWords } from '../core/detect/readingWords';
import { coreTranslator } from '../util/uiLanguage';

/** The settings that shape the detections, for one folder. */
export function detectionSettings(state: FolderState): { defaultBranch?: string; staleDays?: number; exclude?: string[]; defaultExclusions?: boolean } {
  const config = vscode.workspace.getConfiguration('handover', state.folder);
  return {
    defaultBranch: config.get<string>('defaultBranch') || undefined,
    staleDays: config.get<number>('staleDays'),
    exclude: config.get<string[]>('excludeFromOwnership'),
    defaultExclusions: config.get<boolean>('ownershipDefaultExclusions'),
  };
}

export type DetectionStatus =
  | { kind: 'untrusted' }
  | { kind: 'idle' }
  /**
   * `stage`: the detection running now. `soFar`: what the detections that ended have found (their
   * sections show it while the rest is read), and which they are.
   */
  | { kind: 'running'; commitsRead: number; stage?: DetectionKind; soFar?: { result: DetectionResult; ended: ReadonlySet<DetectionKind> } }
  | { kind: 'done'; result: DetectionResult }
  /**
   * A reading stopped by the user (Stop Reading Git History): the detections that had ended show what
   * they found (`soFar`), the others their last complete result (`before`), if any.
   */
  | { kind: 'stopped'; soFar?: { result: DetectionResult; ended: ReadonlySet<DetectionKind> }; before?: DetectionResult }
  | { kind: 'failed'; message: string };

/**
 * Runs the git detections for each folder with a HANDOVER.yaml, in trusted workspaces only, and keeps
 * the last result for the tree. History is cached in the extension's global storage, so a re-run
 * after a new commit reads only that commit.
 */
export class DetectionService extends DisposableBase {
  private readonly statuses = new Map<string, DetectionStatus>();
  private readonly running = new Map<string, vscode.CancellationTokenSource>();
  /** Each folder's last complete result: what its sections show again when a later reading is stopped. */
  private readonly lastDone = new Map<string, DetectionResult>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  readonly cache: FileDetectionCache;

  constructor(
    private readonly store: HandoverStore,
    storage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.cache = new FileDetectionCache(vscode.Uri.joinPath(storage, 'detections').fsPath);
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.analyzeAll()));
    // A HANDOVER.yaml that appears (Create HANDOVER.yaml) or becomes valid is analysed by itself, as
    // at start-up. A folder analysed before (even one that failed) waits for "Analyse Git History".
    this._register(store.onDidChange(() => void this.analyzeNew()));
    this._register({ dispose: () => this.running.forEach((source) => source.cancel()) });
  }

  /**
   * The result a section of `detection` shows: the whole run's once it is done, or, while the run goes on,
   * what that detection found if it has ended.
   */
  sectionResult(state: FolderState, detection: DetectionKind): DetectionResult | undefined {
    return resultFor(this.status(state), detection);
  }

  status(state: FolderState): DetectionStatus {
    if (!vscode.workspace.isTrusted) return { kind: 'untrusted' };
    return this.statuses.get(state.folder.uri.toString()) ?? { kind: 'idle' };
  }

  /** Analyses every folder that has a valid HANDOVER.yaml and no result yet (or all, with `force`). */
  async analyzeAll(force = false): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    await Promise.all(
      this.store.folders().map((state) => {
        const status = this.statuses.get(state.folder.uri.toString());
        return force || !status || status.kind === 'failed' ? this.analyze(state) : Promise.resolve();
      }),
    );
  }

  /** Analyses the folders with a valid HANDOVER.yaml that have never been analysed. */
  async analyzeNew(): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    const fresh = this.store.folders().filter((state) => (state.loaded.handover ?? state.lastGood) && !this.statuses.has(state.folder.uri.toString()));
    await Promise.all(fresh.map((state) => this.analyze(state)));
  }

  /**
   * Stops every reading of history under way (Stop Reading Git History): each folder's sections show
   * their last complete result again, or wait for Analyse Git History.
   */
  stop(): void {
    for (const source of this.running.values()) source.cancel();
  }

  /** Runs the detections for one folder, showing progress in the Handover view; cancels an earlier run. */
  async analyze(state: FolderState, token?: vscode.CancellationToken, report?: (message: string) => void): Promise<DetectionResult | undefined> {
    if (!vscode.workspace.isTrusted) return undefined;
    const handover = state.loaded.handover ?? state.lastGood;
    if (!handover) return undefined;
    const key = state.folder.uri.toString();
    this.running.get(key)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.running.set(key, source);
    this.analysing();
    const outer = token?.onCancellationRequested(() => source.cancel());
    const abort = abortSignalFor(source.token);
    this.set(key, { kind: 'running', commitsRead: 0 });
    let current: DetectionKind | undefined;
    const t = coreTranslator();
    const words = new ReadingWords(t);
    let soFar: { result: DetectionResult; ended: ReadonlySet<DetectionKind> } | undefined;
    try {
      const result = await vscode.window.withProgress({ location: { viewId: 'handover.checklist' } }, () =>
        runDetections({
          cwd: state.folder.uri.fsPath,
          person: personOf(handover),
          pending: handover.sections.pending.map((item) => ({ id: item.id, branch: item.data.branch })),
          decisions: handover.detected,
          ...detectionSettings(state),
          signal: abort.signal,
          cache: this.cache,
          // Each section stands or fails on its own: a clone that lacks a blob loses one, not all three.
          isolate: true,
          onStage: (stage) => {
            current = stage;
            this.set(key, { kind: 'running', commitsRead: 0, stage, soFar });
            report?.(words.begin(stage));
          },
          onProgress: (commitsRead) => {
            this.set(key, { kind: 'running', commitsRead, stage: current, soFar }, true);
            if (current) report?.(words.commits(commitsRead));
          },
          onDetected: (kind, result) => {
            soFar = { result, ended: new Set([...(soFar?.ended ?? []), kind]) };
            this.set(key, { kind: 'running', commitsRead: 0, stage: undefined, soFar });
          },
        }),
      );
      // What was read around (missing objects, limits): in the log too, where a user looks for the whole list.
      for (const note of [...(result.cacheNotes ?? []), ...result.notes]) this.log.warn(`Git history analysis in ${state.folder.uri.fsPath}: ${noteText(note, t)}`);
      for (const failure of result.failures ?? []) {
        this.log.error(`Git history analysis (${failure.kind}) failed in ${state.folder.uri.fsPath}: ${failure.detail}`);
      }
      this.set(key, { kind: 'done', result });
      this.lastDone.set(key, result);
      return result;
    } catch (err) {
      if ((err instanceof GitError && err.kind === 'aborted') || abort.signal.aborted) {
        // (A run stopped because a newer one began leaves the status to that one.)
        if (this.running.get(key) === source) {
          const before = this.lastDone.get(key);
          this.set(key, { kind: 'stopped', ...(soFar ? { soFar } : {}), ...(before ? { before } : {}) });
        }
      } else {
        // git's message may quote a branch name or a path: masked like every string from git.
        const message = maskGitText(err instanceof Error ? err.message : String(err));
        this.log.error(`Git history analysis failed in ${state.folder.uri.fsPath}: ${message}`);
        this.set(key, { kind: 'failed', message });
      }
      return undefined;
    } finally {
      abort.dispose();
      outer?.dispose();
      if (this.running.get(key) === source) this.running.delete(key);
      source.dispose();
      this.analysing();
    }
  }

  /** Tells the view's title bar whether a reading is under way (Stop Reading Git History in place of Analyse). */
  private analysing(): void {
    const now = this.running.size > 0;
    if (now === this.wasAnalysing) return;
    this.wasAnalysing = now;
    void vscode.commands.executeCommand('setContext', 'handover.analysing', now);
  }

  private wasAnalysing = false;

  private lastProgressEvent = 0;

  private set(key: string, status: DetectionStatus, progressOnly = false): void {
    this.statuses.set(key, status);
    // Progress counts arrive often; the tree is redrawn at most twice a second for them.
    if (progressOnly && Date.now() - this.lastProgressEvent < 500) return;
    this.lastProgressEvent = Date.now();
    this.changed.fire();
  }
}

/** See DetectionService.sectionResult. */
export function resultFor(status: DetectionStatus, detection: DetectionKind): DetectionResult | undefined {
  if (status.kind === 'done') return status.result;
  if ((status.kind === 'running' || status.kind === 'stopped') && status.soFar?.ended.has(detection)) return status.soFar.result;
  if (status.kind === 'stopped') return status.before;
  return undefined;
}
