// `handover mention PATH[:LINE] --outcome reassigned|removed|kept [--note] | --take-back`: what became of
// a configuration line that still names the person leaving, recorded in `detected.mentions` by the
// same edit engine as the tree's actions. The place is checked against what the mention search finds
// at HEAD; the decision is recorded with the identity the line names.
import type { DetectionCache } from '../core/detect/detectionCache';
import { personOf, runDetections } from '../core/detect/runDetections';
import { normalizePath } from '../core/handover/decisions';
import { knownFindingsOf, type EditOperation } from '../core/handover/edit';
import { MENTION_OUTCOMES, type MentionOutcome } from '../core/handover/model';
import type { Translate } from '../core/i18n/translator';
import { EXIT_USAGE, runEdit, type CliIo } from './editCommands';

export interface MentionCommandOptions {
  file: string;
  folder: string;
  t: Translate;
  io: CliIo;
  cache?: DetectionCache;
  /** `PATH` or `PATH:LINE`, relative to the repository root as `detect` prints it. */
  target: string;
  values: { outcome?: string; note?: string; identity?: string; by?: string; 'take-back'?: boolean };
  /** The decision's date (absent when taking back). */
  on?: string;
}

/** `deploy/CODEOWNERS:12` → path and line; a path that merely contains `:` keeps it when no number follows. */
export function parseMentionTarget(target: string): { path: string; line?: number } {
  const match = /^(.*):(\d+)$/.exec(target.trim());
  return match?.[1] ? { path: match[1], line: Number(match[2]) } : { path: target.trim() };
}

export async function runMentionDecision(options: MentionCommandOptions): Promise<number> {
  const { t, io, values } = options;
  const usage = (detail: string) => {
    io.err(`${t('cli.usage', { detail })}\n`);
    return EXIT_USAGE;
  };
  const takeBack = !!values['take-back'];
  if (takeBack && values.outcome !== undefined) return usage('give either --outcome or --take-back, not both');
  if (!takeBack && values.outcome === undefined) return usage('--outcome is required: reassigned, removed or kept (or --take-back)');
  if (values.outcome !== undefined && !(MENTION_OUTCOMES as readonly string[]).includes(values.outcome)) {
    return usage(`--outcome must be reassigned, removed or kept, not "${values.outcome}"`);
  }
  if (values.outcome === 'kept' && !values.note?.trim()) return usage('--outcome kept needs --note with the reason');
  const { path, line } = parseMentionTarget(options.target);
  return runEdit(options.file, t, io, async (handover) => {
    const detections = await runDetections({ cwd: options.folder, person: personOf(handover), only: new Set(['mentions'] as const), cache: options.cache });
    const wanted = normalizePath(path);
    const here = detections.mentions.filter(
      (m) => normalizePath(m.path) === wanted && (line === undefined || m.line === line) && (values.identity === undefined || m.identity.toLowerCase() === values.identity.trim().toLowerCase()),
    );
    const identities = [...new Set(here.map((m) => m.identity))];
    // Taking back works from the file alone: the line may be gone since it was decided.
    const identity = identities.length === 1 ? identities[0]! : values.identity?.trim() ?? (identities.length === 0 && takeBack ? singleRecorded(handover.detected.mentions, wanted) : undefined);
    // Thrown to the CLI, which prints it as an error (exit 2); nothing is written.
    if (identities.length > 1) throw new Error(`${options.target} names ${identities.join(', ')}: choose one with --identity`);
    const operation: EditOperation = takeBack
      ? { kind: 'undecideMention', path, identity: identity ?? '?' }
      : { kind: 'decideMention', path, identity: identity ?? values.identity ?? '?', outcome: values.outcome as MentionOutcome, by: (values.by ?? handover.to.name).trim(), on: options.on!, note: values.note };
    const by = operation.kind === 'decideMention' ? operation.by : '';
    return {
      operations: [operation],
      known: knownFindingsOf(detections),
      done: takeBack
        ? t('cli.mentionTakenBack', { identity: identity ?? '', path })
        : t('cli.mentionRecorded', { identity: identity ?? '', path, outcome: values.outcome ?? '', by, on: options.on ?? '' }),
    };
    // The request reads the parties and `detected.mentions`: no checklist item.
  }, []);
}

function singleRecorded(decisions: readonly { path: string; identity: string }[], path: string): string | undefined {
  const recorded = decisions.filter((d) => normalizePath(d.path) === path);
  return recorded.length === 1 ? recorded[0]!.identity : undefined;
}
