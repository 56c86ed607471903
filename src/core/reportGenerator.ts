import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { requireInside } from './insideRepository';
import type { DetectionCache } from './detect/detectionCache';
import type { DetectionResult } from './detect/detectionTypes';
import { personOf, runDetections, type DetectionKind } from './detect/runDetections';
import { describedCommit, ownFilesOf, type CommitInfo, type OwnFiles } from './git/describedCommit';
import { GitRunner } from './git/gitRunner';
import { readHead } from './git/repositoryInfo';
import { hasErrors, HANDOVER_FILE_NAME, loadHandoverText, readHandoverFile, type LoadedHandover } from './handover/handoverLoader';
import type { ReportLanguage } from './handover/model';
import { translator } from './i18n/translator';
import { buildReport } from './report/reportBuilder';

export const DEFAULT_REPORT_NAME = 'HANDOVER.md';

export interface GenerateOptions {
  /** Folder holding HANDOVER.yaml. */
  folder: string;
  /** Report path, absolute or relative to `folder`. Default: HANDOVER.md beside HANDOVER.yaml. */
  reportPath?: string;
  /** Used when HANDOVER.yaml has no `language`. */
  fallbackLanguage: ReportLanguage;
  /** Language of diagnostics. */
  messageLanguage: ReportLanguage;
  /** An explicit choice (CLI --lang) that wins over the file's `language`. */
  forcedLanguage?: ReportLanguage;
  signal?: AbortSignal;
  /** Text to use instead of the file on disk (an unsaved editor buffer). */
  text?: string;
  /** Incremental analysis state between runs. */
  cache?: DetectionCache;
  /** Settings that shape the git detections. */
  detectionSettings?: { defaultBranch?: string; staleDays?: number; exclude?: readonly string[]; defaultExclusions?: boolean };
  /** Called as history is read, with the number of commits read so far. */
  onProgress?: (commitsRead: number) => void;
  /** Called as each detection begins. */
  onStage?: (kind: DetectionKind) => void;
}

export type GenerateResult =
  | {
      kind: 'written';
      reportFile: string;
      language: ReportLanguage;
      loaded: LoadedHandover;
      markdown: string;
      detections?: DetectionResult;
      /** The commit the report describes, and the handover's own files, when there is a commit. */
      described?: CommitInfo;
      ownFiles?: OwnFiles;
    }
  | { kind: 'invalid'; loaded: LoadedHandover };

export function resolveReportPath(folder: string, reportPath?: string): string {
  return resolve(folder, reportPath && reportPath.trim() ? reportPath : DEFAULT_REPORT_NAME);
}

/** Posix path from the report's folder to `folder` ('' when the same), for links in the report. */
function linkBaseFrom(reportFile: string, folder: string): string {
  const rel = relative(dirname(reportFile), folder);
  return isAbsolute(rel) ? '' : rel.split(sep).join('/');
}

/**
 * Reads HANDOVER.yaml, asks git which commit it describes, builds the report and writes it atomically.
 * Writes nothing when the file has errors or when cancelled.
 */
export async function buildHandoverReport(options: GenerateOptions): Promise<GenerateResult> {
  const t = translator(options.messageLanguage);
  const file = resolve(options.folder, HANDOVER_FILE_NAME);
  // HANDOVER.yaml and the report stay inside the folder, links followed (insideRepository.ts).
  await requireInside(options.folder, file);
  const reportFile = await requireInside(options.folder, resolveReportPath(options.folder, options.reportPath));
  const loaded = options.text !== undefined ? loadHandoverText(options.text, file, { t }) : await readHandoverFile(file, { t });
  if (hasErrors(loaded) || !loaded.handover) return { kind: 'invalid', loaded };
  options.signal?.throwIfAborted();
  const git = new GitRunner({ cwd: options.folder, signal: options.signal });
  let head = await readHead(git);
  let detections: DetectionResult | undefined;
  let described: CommitInfo | undefined;
  let own: OwnFiles | undefined;
  if (head.kind === 'commit') {
    // The report describes the newest commit that changed more than the handover's own files, so
    // committing it does not make it stale (describedCommit.ts), and it reads branches as any clone
    // has them, so that `handover check` in CI regenerates the same bytes (README: "Reports in CI").
    const topLevel = (await git.run(['rev-parse', '--show-toplevel'])).trim();
    own = ownFilesOf(topLevel, options.folder, reportFile);
    described = await describedCommit(git, own);
    head = { ...head, sha: described.sha, date: described.date };
    const settings = options.detectionSettings ?? {};
    detections = await runDetections({
      cwd: options.folder,
      person: personOf(loaded.handover),
      pending: loaded.handover.sections.pending.map((item) => ({ id: item.id, branch: item.data.branch })),
      ...settings,
      exclude: [...(settings.exclude ?? []), ...own.excludeGlobs],
      signal: options.signal,
      onProgress: options.onProgress,
      onStage: options.onStage,
      cache: options.cache,
      report: { commit: described.sha, ownFiles: own.excludeSpecs },
      decisions: loaded.handover.detected,
    });
  }
  const language = options.forcedLanguage ?? loaded.handover.language ?? options.fallbackLanguage;
  const markdown = buildReport({ handover: loaded.handover, language, head, linkBase: linkBaseFrom(reportFile, options.folder), detections, reproducible: true });
  return { kind: 'written', reportFile, language, loaded, markdown, detections, described, ownFiles: own };
}

export async function generateHandoverReport(options: GenerateOptions): Promise<GenerateResult> {
  const result = await buildHandoverReport(options);
  if (result.kind !== 'written') return result;
  options.signal?.throwIfAborted();
  await writeFileAtomic(result.reportFile, result.markdown);
  return result;
}
