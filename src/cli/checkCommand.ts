// `handover check`: for CI on pull requests. The committed report must be exactly what `generate`
// would write now from the committed HANDOVER.yaml and history (the same code path builds both), and
// with --require-complete the handover must be finished: every item accepted, every credential
// rotated (listed or found in history and not ignored), every signature given.
import { promises as fs } from 'node:fs';
import type { DetectionCache } from '../core/detect/detectionCache';
import type { ReadingProgress } from '../core/detect/runDetections';
import { displayPath, formatDiagnostic } from '../core/diagnosticFormat';
import { fileErrorFrom } from '../core/fileErrors';
import { completionOf, findingFingerprints, mentionRefs } from '../core/handover/decisions';
import { placeholderFields, unnamedFindings } from '../core/handover/draft';
import { hasErrors } from '../core/handover/handoverLoader';
import type { HandoverItem } from '../core/handover/model';
import { SECTION_ORDER } from '../core/handover/sections';
import type { ReportLanguage } from '../core/handover/model';
import type { Translate } from '../core/i18n/translator';
import { unifiedDiff } from '../core/lineDiff';
import { decisionCounts } from '../core/report/detectionSections';
import { commitsBetween } from '../core/git/commitsBetween';
import { GitRunner } from '../core/git/gitRunner';
import { describedCommitOf } from '../core/report/reportFacts';
import { buildHandoverReport, type GenerateResult } from '../core/reportGenerator';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './editCommands';

/**
 * Says in words why the report is stale: which commit it describes, which newer commits changed what
 * it shows (or that the commit was rewritten, as a rebase of the pull request does), and what to run.
 */
async function staleExplanation(options: CheckOptions, committed: string, result: Extract<GenerateResult, { kind: 'written' }>): Promise<string> {
  const { t } = options;
  const lines: string[] = [];
  const then = describedCommitOf(committed);
  const now = result.described?.sha;
  if (then && now && then !== now) {
    lines.push(t('cli.check.describes', { committed: then.slice(0, 12), now: now.slice(0, 12) }));
    const git = new GitRunner({ cwd: options.folder });
    const between = await commitsBetween(git, then, now, [':(top)', ...(result.ownFiles?.excludeSpecs ?? [])]);
    if (between.kind === 'rewritten') {
      lines.push(t('cli.check.notAncestor', { committed: then.slice(0, 12), now: now.slice(0, 12) }));
    } else if (between.commits.length) {
      lines.push(t('cli.check.newerCommits'));
      for (const commit of between.commits) lines.push(`  ${commit.sha.slice(0, 12)} ${commit.subject}`);
      if (between.more) lines.push(`  ${t('cli.check.moreCommits', { count: between.more })}`);
    }
  }
  lines.push(t('cli.check.runGenerate', { command: options.generateCommand ?? 'handover generate' }));
  return `${lines.join('\n')}\n`;
}

export interface CheckOptions {
  folder: string;
  file: string;
  reportPath?: string;
  forcedLanguage?: ReportLanguage;
  messageLanguage: ReportLanguage;
  cache?: DetectionCache;
  requireComplete: boolean;
  /** The `handover generate` command line that writes the report this check compares with. */
  generateCommand?: string;
  t: Translate;
  io: CliIo;
  /** The progress line's callbacks (the CLI's, on a terminal). */
  reading?: ReadingProgress;
}

/** Changed lines shown before the diff is cut short: enough to see what is stale, not a wall of text. */
const SHOWN_CHANGES = 40;
/** Ids listed per kind of open work before "…". */
const SHOWN_IDS = 20;

function list(values: readonly string[]): string {
  return values.length > SHOWN_IDS ? `${values.slice(0, SHOWN_IDS).join(', ')}, …` : values.join(', ');
}

export async function runCheck(options: CheckOptions): Promise<number> {
  const { t, io, file } = options;
  const result = await buildHandoverReport({
    folder: options.folder,
    cache: options.cache,
    reportPath: options.reportPath,
    fallbackLanguage: 'en',
    messageLanguage: options.messageLanguage,
    forcedLanguage: options.forcedLanguage,
    ...options.reading,
  });
  for (const d of result.loaded.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
  if (result.kind === 'invalid' || hasErrors(result.loaded) || !result.loaded.handover) {
    const count = result.loaded.diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`${t('cli.invalid', { path: displayPath(file), count })}\n`);
    return EXIT_INVALID;
  }

  let failed = false;
  const report = displayPath(result.reportFile);
  let committed: string | undefined;
  try {
    committed = await fs.readFile(result.reportFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw fileErrorFrom(err, result.reportFile, 'read');
  }
  if (committed === undefined) {
    io.err(`${t('cli.check.missingReport', { report })}\n`);
    failed = true;
  } else {
    // A checkout with core.autocrlf has CRLF in the working copy: line endings are not a difference.
    const diff = unifiedDiff(committed, result.markdown, { oldLabel: `${report} (committed)`, newLabel: `${report} (generated now)`, maxChanged: SHOWN_CHANGES });
    if (diff.changed > 0) {
      io.err(`${t('cli.check.stale', { report, count: diff.changed })}\n${diff.lines.join('\n')}\n`);
      if (diff.omitted > 0) io.err(`${t('cli.check.more', { count: diff.omitted })}\n`);
      io.err(await staleExplanation(options, committed, result));
      failed = true;
    }
  }

  if (options.requireComplete) {
    const handover = result.loaded.handover;
    const completion = completionOf(handover, findingFingerprints(result.detections), mentionRefs(result.detections));
    // Beyond acceptances: what the report itself shows as still to do — a system whose action is not
    // done, owned files not reviewed, branches without a decision.
    const openSystems = handover.sections.systems.filter((item) => item.data.status === 'todo').map((item) => item.id);
    const decided = result.detections ? decisionCounts(result.detections, handover) : undefined;
    const unreviewed = decided?.owned.open ?? [];
    const undecided = decided?.branches.open ?? [];
    // Findings the checklist does not name, and drafted text not written yet, leave it incomplete too.
    const unnamed = result.detections ? unnamedFindings(result.detections, handover).map((row) => `${row.kind}:${row.key}`) : [];
    const placeholders = SECTION_ORDER.flatMap((section) => (handover.sections[section] as HandoverItem[]).flatMap((item) => placeholderFields(item).map((field) => `${item.id}.${field}`)));
    if (!completion.complete || openSystems.length || unreviewed.length || undecided.length || unnamed.length || placeholders.length) {
      const lines = [t('cli.check.incomplete')];
      if (unnamed.length) lines.push(`  - ${t('cli.check.unnamed', { count: unnamed.length, list: list(unnamed) })}`);
      if (placeholders.length) lines.push(`  - ${t('cli.check.placeholders', { count: placeholders.length, list: list(placeholders) })}`);
      if (completion.items.open.length) lines.push(`  - ${t('cli.check.openItems', { count: completion.items.open.length, list: list(completion.items.open) })}`);
      if (openSystems.length) lines.push(`  - ${t('cli.check.openSystems', { count: openSystems.length, list: list(openSystems) })}`);
      if (completion.credentials.open.length) lines.push(`  - ${t('cli.check.openCredentials', { count: completion.credentials.open.length, list: list(completion.credentials.open) })}`);
      if (completion.findings.open.length) lines.push(`  - ${t('cli.check.openFindings', { count: completion.findings.open.length, list: list(completion.findings.open) })}`);
      if (unreviewed.length) lines.push(`  - ${t('cli.check.unreviewed', { count: unreviewed.length, list: list(unreviewed) })}`);
      if (undecided.length) lines.push(`  - ${t('cli.check.undecided', { count: undecided.length, list: list(undecided) })}`);
      if (completion.mentions.open.length) lines.push(`  - ${t('cli.check.openMentions', { count: completion.mentions.open.length, list: list(completion.mentions.open) })}`);
      if (completion.signatures.missing.length) lines.push(`  - ${t('cli.check.missingSignatures', { list: completion.signatures.missing.map((role) => t(`report.${role}`)).join(', ') })}`);
      io.err(`${lines.join('\n')}\n`);
      failed = true;
    } else if (!failed) {
      io.out(`${t('cli.check.complete')}\n`);
    }
  }
  if (failed) return EXIT_INVALID;
  io.out(`${t('cli.check.upToDate', { report })}\n`);
  return EXIT_OK;
}
