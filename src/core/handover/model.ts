// The HANDOVER.yaml model: plain data shared by the tree, the report, the CLI and JSON output.

/** 1-based line and column, as editors and `path:line:col` messages show them. */
export interface Position {
  line: number;
  col: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';

export interface HandoverDiagnostic {
  severity: Severity;
  /** Stable identifier of the problem kind, e.g. `yaml.syntax`, `schema.required`. */
  code: string;
  message: string;
  range: SourceRange;
}

export type HandoverReason = 'resignation' | 'transfer' | 'leave' | 'delegation' | 'other';
export type ReportLanguage = 'en' | 'zh-CN';

export interface Acceptance {
  by: string;
  on: string;
}

/** Department and position (部门 / 职务), optional on every party. */
export interface PartyPost {
  department?: string;
  position?: string;
}

export interface Party extends PartyPost {
  name: string;
  email?: string;
  /** Code-host, chat and system user names (the successor's: what a reassigned line names). */
  accounts?: string[];
}

export interface LeavingPerson extends PartyPost {
  name: string;
  emails: string[];
  /** Code-host, chat and system user names. */
  accounts?: string[];
  /** SSH key comments or `SHA256:` fingerprints. */
  sshKeys?: string[];
}

export interface Timeline {
  start?: string;
  due?: string;
  supportUntil?: string;
  /** Where the handover takes place (交接地点). */
  place?: string;
}

export interface Signature {
  name: string;
  date: string;
}

export interface SupervisorSignature extends Signature {
  /** 监交意见. */
  opinion?: string;
}

export interface Signoff {
  from?: Signature;
  to?: Signature;
  supervisor?: SupervisorSignature;
}

export interface Duty { id: string; title: string; details?: string; runbook?: string }
export interface SystemAccess {
  id: string;
  name: string;
  url?: string;
  account?: string;
  action: 'transfer' | 'revoke' | 'grant' | 'keep';
  status?: 'todo' | 'done';
}
export interface Credential { id: string; name: string; location: string; rotateBy?: string; fingerprint?: string; rotated?: Acceptance }
export interface PendingWork {
  id: string;
  title: string;
  reason: string;
  remaining: string;
  due?: string;
  branch?: string;
  link?: string;
  /** Who carries the item on (后续负责人). */
  owner?: string;
}
export interface DocumentRef { id: string; title: string; path?: string; url?: string }
export interface Contact { id: string; name: string; role: string; contact: string }
export interface Asset { id: string; name: string; location?: string; quantity?: string; condition?: string }
export interface Risk { id: string; title: string; details?: string }
export interface ScheduleEntry { id: string; date: string; topic: string; status?: 'planned' | 'done' }

/** Maps each checklist section key of HANDOVER.yaml to the shape of its items. */
export interface SectionItemTypes {
  duties: Duty;
  pending: PendingWork;
  systems: SystemAccess;
  credentials: Credential;
  documents: DocumentRef;
  contacts: Contact;
  assets: Asset;
  risks: Risk;
  schedule: ScheduleEntry;
}

export type SectionKey = keyof SectionItemTypes;

/** One checklist entry with where it stands in the file. */
export interface HandoverItem<K extends SectionKey = SectionKey> {
  section: K;
  id: string;
  data: SectionItemTypes[K];
  accepted?: Acceptance;
  /** A remark attached to the item (`note:`), e.g. what was agreed when it was accepted. */
  note?: string;
  /** Range of the item's mapping in HANDOVER.yaml. */
  range: SourceRange;
}

/** What became of a branch of the person leaving, as the successor records it. */
export type BranchOutcome = 'taken-over' | 'merged' | 'abandoned';
export const BRANCH_OUTCOMES: readonly BranchOutcome[] = ['taken-over', 'merged', 'abandoned'];

/** An owned file or folder (`path`) or a branch (`branch`) the successor went through. */
export interface ReviewedEntry {
  path?: string;
  branch?: string;
  by: string;
  on: string;
  /** Branches only. */
  outcome?: BranchOutcome;
  note?: string;
}

/** What became of a configuration line that still named the person leaving. */
export type MentionOutcome = 'reassigned' | 'removed' | 'kept';
export const MENTION_OUTCOMES: readonly MentionOutcome[] = ['reassigned', 'removed', 'kept'];

export interface MentionDecision {
  path: string;
  identity: string;
  outcome: MentionOutcome;
  by: string;
  on: string;
  note?: string;
}

export interface DetectedDecisions {
  ignore: { fingerprint: string; reason: string }[];
  rotated: { fingerprint: string; by: string; on: string }[];
  reviewed: ReviewedEntry[];
  mentions: MentionDecision[];
}

export interface Handover {
  version: 1;
  project: string;
  language?: ReportLanguage;
  reason?: HandoverReason;
  from: LeavingPerson;
  to: Party;
  supervisor?: Party;
  timeline: Timeline;
  /** Items per section, in file order. Every section key is present (empty when absent). */
  sections: { [K in SectionKey]: HandoverItem<K>[] };
  detected: DetectedDecisions;
  signoff: Signoff;
}
