// `handover draft [--only owned,branches,credentials,mentions] [--write]`: the checklist items the
// person leaving still has to add, drafted from what git history shows. Without --write it prints
// them as the lines the file would gain; with --write it adds them through the same edit path as
// every other edit (byte-exact outside the new items, atomic, refused if the file changed meanwhile).
import { promises as fs } from 'node:fs';
import type { DetectionCache } from '../core/detect/detectionCache';
import { noteText } from '../core/detect/detectionNotes';
import type { DetectionResult } from '../core/detect/detectionTypes';
import { DETECTION_KINDS, personOf, runDetections, type DetectionKind, type ReadingProgress } from '../core/detect/runDetections';
import { displayPath, formatDiagnostic } from '../core/diagnosticFormat';
import { draftOperations, FINDING_KINDS, findingRows, planDraft, type FindingKind } from '../core/handover/draft';
import { loadHandoverText } from '../core/handover/handoverLoader';
import type { Handover, ReportLanguage } from '../core/handover/model';
import { translator, type Translate } from '../core/i18n/translator';
import { unifiedDiff } from '../core/lineDiff';
import { formatRefusal, runEdit, EXIT_INVALID, EXIT_OK, type CliIo } from './editCommands';

export interface CliCommandContext {
  folder: string;
  file: string;
  /** Positional arguments after the command name. */
  args: readonly string[];
  values: { only?: string; write?: boolean };
  /** Language of messages. */
  t: Translate;
  /** --lang, when given. */
  lang?: ReportLanguage;
  messageLanguage: ReportLanguage;
  cache?: DetectionCache;
  io: CliIo;
  /** The progress line's callbacks (the CLI's, on a terminal). */
  reading?: ReadingProgress;
}

export class CliUsageError extends Error {}

function parseKinds(value: string | undefined): Set<FindingKind> | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) throw new CliUsageError(`--only takes ${FINDING_KINDS.join(', ')}, not "${kind}"`);
  }
  return new Set(kinds as FindingKind[]);
}

/** The detections a draft of these kinds needs (every finding kind is read by the detection of the same name). */
function detectionsFor(kinds: ReadonlySet<FindingKind> | undefined): Set<DetectionKind> {
  return new Set(DETECTION_KINDS.filter((kind) => !kinds || (kinds as ReadonlySet<string>).has(kind)));
}

async function detect(context: CliCommandContext, handover: Handover, kinds: ReadonlySet<FindingKind> | undefined): Promise<DetectionResult> {
  return runDetections({
    cwd: context.folder,
    person: personOf(handover),
    only: detectionsFor(kinds),
    pending: handover.sections.pending.map((item) => ({ id: item.id, branch: item.data.branch })),
    decisions: handover.detected,
    cache: context.cache,
    ...context.reading,
  });
}

export async function runDraft(context: CliCommandContext): Promise<number> {
  const { t, io, file } = context;
  if (context.args.length) throw new CliUsageError(`unexpected argument "${context.args[0]}"`);
  const kinds = parseKinds(context.values.only);
  /** Titles and placeholders follow the file's `language:`, else --lang, else the messages' language. */
  const fileLanguage = (handover: Handover) => translator(handover.language ?? context.lang ?? context.messageLanguage);
  const noHistory = (result: DetectionResult) => {
    io.err(`${t('cli.draft.noHistory', { detail: result.notes.map((note) => noteText(note, t)).join('; ') || '?' })}\n`);
    return EXIT_INVALID;
  };

  if (context.values.write) {
    let count = 0;
    let unreadable: DetectionResult | undefined;
    const code = await runEdit(file, t, io, async (handover) => {
      const result = await detect(context, handover, kinds);
      if (result.head === null) unreadable = result;
      const { operations } = draftOperations(handover, findingRows(result, handover, kinds), fileLanguage(handover));
      count = operations.reduce((sum, op) => sum + op.items.length, 0);
      return { operations, done: count ? t('cli.draft.written', { count, path: displayPath(file) }) : t('cli.draft.nothing') };
    });
    if (unreadable) return noHistory(unreadable);
    return code;
  }

  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(await fs.readFile(file));
  const loaded = loadHandoverText(text.replace(/^\uFEFF/, ''), file, { t });
  if (!loaded.handover) {
    for (const d of loaded.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
    io.err(`${t('cli.invalid', { path: displayPath(file), count: loaded.diagnostics.filter((d) => d.severity === 'error').length })}\n`);
    return EXIT_INVALID;
  }
  const result = await detect(context, loaded.handover, kinds);
  if (result.head === null) return noHistory(result);
  const plan = planDraft(text, findingRows(result, loaded.handover, kinds), { t: fileLanguage(loaded.handover), messages: t });
  if (!plan.ok) {
    io.err(`${formatRefusal(file, plan.error)}\n`);
    return EXIT_INVALID;
  }
  if (!plan.added.length) {
    io.out(`${t('cli.draft.nothing')}\n`);
    return EXIT_OK;
  }
  const diff = unifiedDiff(text.replace(/^\uFEFF/, ''), plan.newText.replace(/^\uFEFF/, ''), { oldLabel: displayPath(file), newLabel: `${displayPath(file)} (drafted)`, maxChanged: Number.MAX_SAFE_INTEGER });
  io.out(`${t('cli.draft.preview', { count: plan.added.length, path: displayPath(file) })}\n${diff.lines.join('\n')}\n`);
  return EXIT_OK;
}

/** One subcommand of the CLI: its name, the options it takes, its help, and the module that runs it. */
export interface CliCommand {
  name: string;
  /** Options beyond --repo, --lang and --no-cache. */
  options: readonly string[];
  help: string;
  run(context: CliCommandContext): Promise<number>;
}

export const DRAFT_COMMAND: CliCommand = {
  name: 'draft',
  options: ['only', 'write'],
  help: `  handover draft [--repo DIR] [--only owned,branches,credentials,mentions] [--write]
      Draft checklist items for what git history found and HANDOVER.yaml does not name yet: owned
      folders and files (duties, documents), open branches (pending), credentials (with their
      fingerprint). Prints the lines it would add; --write adds them. Replace each TODO(handover).
`,
  run: runDraft,
};


