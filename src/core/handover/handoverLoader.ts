import { existsSync, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { Document } from 'yaml';
import type { Translate } from '../i18n/translator';
import { checkContent } from './contentChecks';
import { checkIdentities } from './identityChecks';
import { decodeUtf8, MAX_FILE_BYTES, parseHandoverYaml, type ParsedYaml } from './handoverParser';
import { BRANCH_OUTCOMES, type Acceptance, type BranchOutcome, type Handover, type HandoverDiagnostic, type HandoverItem, type MentionDecision, type MentionOutcome, type ReviewedEntry, type SectionItemTypes, type SectionKey } from './model';
import { linkRotations } from './rotationLink';
import { validateAgainstSchema } from './schemaValidator';
import { SECTION_ORDER } from './sections';
import { locate, type PositionMapper } from './yamlPositions';

export const HANDOVER_FILE_NAME = 'HANDOVER.yaml';

export interface LoadedHandover {
  /** Absolute path of HANDOVER.yaml. */
  file: string;
  /** The text as read (BOM and line endings untouched). */
  text: string;
  /** The model, when the file has no errors (warnings allowed). */
  handover?: Handover;
  diagnostics: HandoverDiagnostic[];
}

export interface LoadOptions {
  t: Translate;
  exists?: (absolutePath: string) => boolean;
}

export function hasErrors(loaded: { diagnostics: HandoverDiagnostic[] }): boolean {
  return loaded.diagnostics.some((d) => d.severity === 'error');
}

/**
 * Parses, validates and models HANDOVER.yaml text. Never throws for bad input. A credential item and
 * the finding its `fingerprint` names read as rotated when either is recorded so (rotationLink.ts);
 * the edit engine reads the file as written (loadParsedHandover).
 */
export function loadHandoverText(text: string, file: string, options: LoadOptions): LoadedHandover {
  const loaded = loadParsedHandover(text, parseHandoverYaml(text, options.t), file, options);
  return loaded.handover ? { ...loaded, handover: linkRotations(loaded.handover) } : loaded;
}

/** Validates and models what `parseHandoverYaml` read from `text` (for callers that also need the Document). */
export function loadParsedHandover(text: string, parsed: ParsedYaml, file: string, options: LoadOptions): LoadedHandover {
  const diagnostics = [...parsed.diagnostics];
  if (!parsed.document || parsed.value === undefined) return { file, text, diagnostics };
  const value = parsed.value as Record<string, unknown>;
  diagnostics.push(...validateAgainstSchema(value, parsed.document, parsed.positions, options.t));
  const context = { document: parsed.document, positions: parsed.positions, t: options.t, folder: dirname(file), exists: options.exists ?? existsSync };
  diagnostics.push(...checkContent(value, context), ...checkIdentities(value, context));
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.col - b.range.start.col);
  if (diagnostics.some((d) => d.severity === 'error')) return { file, text, diagnostics };
  return { file, text, diagnostics, handover: buildModel(value, parsed.document, parsed.positions) };
}

/** Reads HANDOVER.yaml from disk: size limit first, then strict UTF-8, then `loadHandoverText`. */
export async function readHandoverFile(file: string, options: LoadOptions): Promise<LoadedHandover> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_FILE_BYTES) {
    const size = (stat.size / 1024 / 1024).toFixed(1);
    const message = options.t('read.tooLarge', { size, limit: MAX_FILE_BYTES / 1024 / 1024 });
    const range = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
    return { file, text: '', diagnostics: [{ severity: 'error', code: 'read.tooLarge', message, range }] };
  }
  const bytes = await fs.readFile(file);
  const decoded = decodeUtf8(bytes, options.t);
  if (decoded.text === undefined) return { file, text: '', diagnostics: decoded.diagnostic ? [decoded.diagnostic] : [] };
  return loadHandoverText(decoded.text, file, options);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function acceptance(value: unknown): Acceptance | undefined {
  const r = record(value);
  const by = str(r.by);
  const on = str(r.on);
  return by && on ? { by, on } : undefined;
}

/** Copies only the fields each section defines: unknown keys (and `__proto__`) never reach the model. */
const SECTION_FIELDS: { [K in SectionKey]: readonly (keyof SectionItemTypes[K])[] } = {
  duties: ['id', 'title', 'details', 'runbook'],
  pending: ['id', 'title', 'reason', 'remaining', 'due', 'branch', 'link', 'owner'],
  systems: ['id', 'name', 'url', 'account', 'action', 'status'],
  credentials: ['id', 'name', 'location', 'rotateBy', 'fingerprint'],
  documents: ['id', 'title', 'path', 'url'],
  contacts: ['id', 'name', 'role', 'contact'],
  assets: ['id', 'name', 'location', 'quantity', 'condition'],
  risks: ['id', 'title', 'details'],
  schedule: ['id', 'date', 'topic', 'status'],
};

function buildItems<K extends SectionKey>(section: K, list: unknown, document: Document, positions: PositionMapper): HandoverItem<K>[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry, index) => {
    const source = record(entry);
    const data: Record<string, unknown> = {};
    for (const field of SECTION_FIELDS[section] as readonly string[]) {
      if (typeof source[field] === 'string') data[field] = source[field];
      // `quantity` may be written as a number (`quantity: 2`).
      else if (typeof source[field] === 'number' && Number.isFinite(source[field])) data[field] = String(source[field]);
    }
    if (section === 'credentials') {
      const rotated = acceptance(source.rotated);
      if (rotated) data.rotated = rotated;
    }
    const item: HandoverItem<K> = {
      section,
      id: String(source.id),
      data: data as unknown as SectionItemTypes[K],
      range: positions.nodeRange(locate(document, [section, index]).node),
    };
    const accepted = acceptance(source.accepted);
    if (accepted) item.accepted = accepted;
    const note = str(source.note);
    if (note) item.note = note;
    return item;
  });
}

function reviewedEntry(r: Record<string, unknown>): ReviewedEntry {
  const entry: ReviewedEntry = { path: str(r.path), branch: str(r.branch), by: String(r.by), on: String(r.on) };
  if ((BRANCH_OUTCOMES as readonly unknown[]).includes(r.outcome)) entry.outcome = r.outcome as BranchOutcome;
  const note = str(r.note);
  if (note) entry.note = note;
  return entry;
}

function mentionDecision(r: Record<string, unknown>): MentionDecision {
  const entry: MentionDecision = { path: String(r.path), identity: String(r.identity), outcome: r.outcome as MentionOutcome, by: String(r.by), on: String(r.on) };
  const note = str(r.note);
  if (note) entry.note = note;
  return entry;
}

function buildModel(value: Record<string, unknown>, document: Document, positions: PositionMapper): Handover {
  const from = record(value.from);
  const to = record(value.to);
  const supervisor = value.supervisor === undefined ? undefined : record(value.supervisor);
  const timeline = record(value.timeline);
  const detected = record(value.detected);
  const signoff = record(value.signoff);
  const signature = (entry: unknown) => {
    const r = record(entry);
    return typeof r.name === 'string' && typeof r.date === 'string' ? { name: r.name, date: r.date } : undefined;
  };
  const supervisorSignature = (entry: unknown) => {
    const signed = signature(entry);
    const opinion = str(record(entry).opinion);
    return signed && opinion ? { ...signed, opinion } : signed;
  };
  const strings = (entry: unknown) => (Array.isArray(entry) ? entry.filter((s): s is string => typeof s === 'string' && s !== '') : []);
  /** Optional party fields, present in the model only when written. */
  const partyExtras = (r: Record<string, unknown>, keys: readonly ('accounts' | 'sshKeys')[]) => {
    const extras: { department?: string; position?: string; accounts?: string[]; sshKeys?: string[] } = {};
    if (str(r.department)) extras.department = str(r.department);
    if (str(r.position)) extras.position = str(r.position);
    for (const key of keys) if (strings(r[key]).length > 0) extras[key] = strings(r[key]);
    return extras;
  };
  const sections = {} as Handover['sections'];
  for (const key of SECTION_ORDER) {
    (sections as Record<SectionKey, HandoverItem[]>)[key] = buildItems(key, value[key], document, positions);
  }
  const list = (entry: unknown) => (Array.isArray(entry) ? entry.map(record) : []);
  const handover: Handover = {
    version: 1,
    project: String(value.project),
    from: { name: String(from.name), emails: (from.emails as unknown[]).map(String), ...partyExtras(from, ['accounts', 'sshKeys']) },
    to: { name: String(to.name), ...(str(to.email) ? { email: str(to.email) } : {}), ...partyExtras(to, ['accounts']) },
    timeline: {
      start: str(timeline.start),
      due: str(timeline.due),
      supportUntil: str(timeline.supportUntil),
      ...(str(timeline.place) ? { place: str(timeline.place) } : {}),
    },
    sections,
    detected: {
      ignore: list(detected.ignore).map((r) => ({ fingerprint: String(r.fingerprint), reason: String(r.reason) })),
      rotated: list(detected.rotated).map((r) => ({ fingerprint: String(r.fingerprint), by: String(r.by), on: String(r.on) })),
      reviewed: list(detected.reviewed).map(reviewedEntry),
      mentions: list(detected.mentions).map(mentionDecision),
    },
    signoff: { from: signature(signoff.from), to: signature(signoff.to), supervisor: supervisorSignature(signoff.supervisor) },
  };
  if (value.language === 'en' || value.language === 'zh-CN') handover.language = value.language;
  if (typeof value.reason === 'string') handover.reason = value.reason as Handover['reason'];
  if (supervisor) {
    handover.supervisor = { name: String(supervisor.name), ...(str(supervisor.email) ? { email: str(supervisor.email) } : {}), ...partyExtras(supervisor, []) };
  }
  return handover;
}
