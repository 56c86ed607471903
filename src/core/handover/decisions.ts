// How the records in HANDOVER.yaml (`detected.*`, `accepted`, `rotated`, `signoff`) apply to the
// checklist and to what git history shows, and when a handover counts as complete. One definition,
// used by the report's overview, `handover check --require-complete` and the editor.
import type { DetectionResult } from '../detect/detectionTypes';
import type { Handover, HandoverItem, MentionDecision, ReviewedEntry } from './model';
import type { HandoverRole } from './progress';
import { SECTION_ORDER } from './sections';

/** A path as compared: no leading `./`, no trailing `/` (a folder may be written either way). */
export function normalizePath(path: string): string {
  return path.trim().replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
}

interface BranchName {
  name: string;
  kind: 'local' | 'remote';
}

/**
 * The name a review of a branch records: without the remote (`origin/feature/x` → `feature/x`), so
 * that one record covers the branch in every copy, and a report read from `origin` in CI ticks what
 * the successor recorded on a local branch.
 */
export function recordedBranchName(branch: BranchName): string {
  return branch.kind === 'remote' ? branch.name.slice(branch.name.indexOf('/') + 1) : branch.name;
}

/** Whether a recorded `branch:` names this branch (with or without its remote). */
export function namesBranch(recorded: string, branch: BranchName): boolean {
  const wanted = recorded.trim();
  return wanted === branch.name || wanted === recordedBranchName(branch) || (branch.kind === 'local' && wanted.endsWith(`/${branch.name}`) && wanted.indexOf('/') === wanted.length - branch.name.length - 1);
}

export function reviewOfPath(handover: Handover, path: string): ReviewedEntry | undefined {
  const wanted = normalizePath(path);
  return handover.detected.reviewed.find((entry) => entry.path !== undefined && normalizePath(entry.path) === wanted);
}

export function reviewOfBranch(handover: Handover, branch: BranchName): ReviewedEntry | undefined {
  return handover.detected.reviewed.find((entry) => entry.branch !== undefined && namesBranch(entry.branch, branch));
}

/**
 * Fingerprints of the credentials found in git history. Read field by field: a finding is whatever
 * the credentials scan reports, and only its `fingerprint` (built from where it is, never from the
 * value) matters here.
 */
export function findingFingerprints(detections: DetectionResult | undefined): string[] {
  const found: string[] = [];
  for (const finding of (detections?.credentials ?? []) as unknown[]) {
    const fingerprint = (finding as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint === 'string' && fingerprint !== '') found.push(fingerprint);
  }
  return found;
}

/** A configuration line that names the person leaving, as a decision refers to it. */
export interface MentionRef {
  path: string;
  /** The identity the line names, as HANDOVER.yaml (or the CLI) gives it. */
  identity: string;
  /** For messages: where in the file. */
  line?: number;
}

/**
 * The `detected.mentions` entry that covers this mention: the same path (normalised) and the same
 * identity (ignoring case). One decision covers every line of that file naming that identity.
 */
export function mentionDecisionOf(handover: Handover, mention: MentionRef): MentionDecision | undefined {
  const path = normalizePath(mention.path);
  const identity = mention.identity.trim().toLowerCase();
  return handover.detected.mentions.find((entry) => normalizePath(entry.path) === path && entry.identity.trim().toLowerCase() === identity);
}

/** The mentions found (`path`, `line`, `identity` as the detector reports them), read field by field. */
export function mentionRefs(detections: DetectionResult | undefined): MentionRef[] {
  const found: MentionRef[] = [];
  for (const mention of (detections?.mentions ?? []) as unknown[]) {
    const { path, identity, line } = (mention ?? {}) as { path?: unknown; identity?: unknown; line?: unknown };
    if (typeof path === 'string' && typeof identity === 'string') found.push({ path, identity, ...(typeof line === 'number' ? { line } : {}) });
  }
  return found;
}

export interface Completion {
  /** Checklist items: all of them, accepted, and the ids of the others in report order. */
  items: { total: number; accepted: number; open: string[] };
  /** `credentials` items: ids of those without `rotated`. */
  credentials: { total: number; rotated: number; open: string[] };
  /** Findings in git history that are credentials (not ignored): fingerprints of those not rotated. */
  findings: { total: number; rotated: number; open: string[] };
  /** Configuration lines naming the person leaving: `path:line (identity)` of those without a decision. */
  mentions: { total: number; decided: number; open: string[] };
  /** Signatures due: the person leaving and the successor always, the supervisor when there is one. */
  signatures: { required: HandoverRole[]; missing: HandoverRole[] };
  complete: boolean;
}

export const SIGNING_ROLES: readonly HandoverRole[] = ['from', 'to', 'supervisor'];

/**
 * Where the handover stands. `findings` are fingerprints from git history, `mentions` the configuration
 * lines that name the person leaving (none of either when history was not read).
 */
export function completionOf(handover: Handover, findings: readonly string[] = [], mentions: readonly MentionRef[] = []): Completion {
  const items = SECTION_ORDER.flatMap((section) => handover.sections[section] as HandoverItem[]);
  const openItems = items.filter((item) => !item.accepted).map((item) => item.id);
  const credentials = handover.sections.credentials;
  const openCredentials = credentials.filter((item) => !item.data.rotated).map((item) => item.id);
  const ignored = new Set(handover.detected.ignore.map((entry) => entry.fingerprint));
  const rotated = new Set(handover.detected.rotated.map((entry) => entry.fingerprint));
  const relevant = [...new Set(findings)].filter((fingerprint) => !ignored.has(fingerprint));
  const openFindings = relevant.filter((fingerprint) => !rotated.has(fingerprint));
  const required = SIGNING_ROLES.filter((role) => role !== 'supervisor' || handover.supervisor !== undefined || handover.signoff.supervisor !== undefined);
  const missing = required.filter((role) => !handover.signoff[role]);
  const openMentions = mentions.filter((mention) => !mentionDecisionOf(handover, mention)).map((m) => `${m.path}${m.line ? `:${m.line}` : ''} (${m.identity})`);
  return {
    items: { total: items.length, accepted: items.length - openItems.length, open: openItems },
    credentials: { total: credentials.length, rotated: credentials.length - openCredentials.length, open: openCredentials },
    findings: { total: relevant.length, rotated: relevant.length - openFindings.length, open: openFindings },
    mentions: { total: mentions.length, decided: mentions.length - openMentions.length, open: openMentions },
    signatures: { required, missing },
    complete: openItems.length === 0 && openCredentials.length === 0 && openFindings.length === 0 && openMentions.length === 0 && missing.length === 0,
  };
}
