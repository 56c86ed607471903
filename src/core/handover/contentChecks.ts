import { isAbsolute, relative, resolve } from 'node:path';
import type { Document } from 'yaml';
import type { Translate } from '../i18n/translator';
import { isPlaceholder } from './draft/placeholders';
import type { HandoverDiagnostic } from './model';
import { locate, type PositionMapper } from './yamlPositions';

const DATE_KEYS = new Set(['start', 'due', 'supportUntil', 'rotateBy', 'date', 'on']);
const ID_SECTIONS = ['duties', 'systems', 'credentials', 'pending', 'documents', 'contacts', 'assets', 'risks', 'schedule'];

/** True when `YYYY-MM-DD` names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for links the report may render as links: web and mail addresses. */
export function isWebUrl(value: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(value);
}

export interface ContentCheckContext {
  document: Document;
  positions: PositionMapper;
  t: Translate;
  /** Folder that holds HANDOVER.yaml: relative paths start here. */
  folder: string;
  /** Whether a path exists; injected so that checks run the same on disk and in tests. */
  exists: (absolutePath: string) => boolean;
}

/** Checks what a schema cannot: unique ids, real dates, date order and paths that exist. */
export function checkContent(value: Record<string, unknown>, ctx: ContentCheckContext): HandoverDiagnostic[] {
  const diagnostics: HandoverDiagnostic[] = [];
  const rangeAt = (path: (string | number)[]) => ctx.positions.nodeRange(locate(ctx.document, path).node);

  // Ids are unique across the whole file, so that acceptances and links are unambiguous.
  const firstUse = new Map<string, number>();
  for (const section of ID_SECTIONS) {
    const list = value[section];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const id = (entry as Record<string, unknown> | null)?.id;
      if (typeof id !== 'string') return;
      const range = rangeAt([section, index, 'id']);
      const line = firstUse.get(id);
      if (line === undefined) firstUse.set(id, range.start.line);
      else diagnostics.push({ severity: 'error', code: 'check.duplicateId', message: ctx.t('check.duplicateId', { id, line }), range });
    });
  }

  walkDates(value, [], (path, date) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
      diagnostics.push({ severity: 'error', code: 'check.badDate', message: ctx.t('check.badDate', { value: date }), range: rangeAt(path) });
    }
  });

  const timeline = value.timeline as Record<string, unknown> | undefined;
  const start = timeline?.start;
  const due = timeline?.due;
  if (typeof start === 'string' && typeof due === 'string' && isCalendarDate(start) && isCalendarDate(due) && due < start) {
    diagnostics.push({ severity: 'warning', code: 'check.dateOrder', message: ctx.t('check.dateOrder', { due, start }), range: rangeAt(['timeline', 'due']) });
  }

  const checkPath = (path: (string | number)[], target: unknown) => {
    if (typeof target !== 'string' || target === '' || isWebUrl(target) || /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return;
    const absolute = resolve(ctx.folder, target);
    const inside = relative(ctx.folder, absolute);
    if (inside.startsWith('..') || isAbsolute(inside) || isAbsolute(target)) {
      diagnostics.push({ severity: 'error', code: 'check.pathOutside', message: ctx.t('check.pathOutside', { path: target }), range: rangeAt(path) });
    } else if (!ctx.exists(absolute)) {
      diagnostics.push({ severity: 'error', code: 'check.pathMissing', message: ctx.t('check.pathMissing', { path: target }), range: rangeAt(path) });
    }
  };
  listOf(value.documents).forEach((entry, index) => checkPath(['documents', index, 'path'], entry.path));
  listOf(value.duties).forEach((entry, index) => checkPath(['duties', index, 'runbook'], entry.runbook));

  // Text a drafted item left for the person to write: a warning at each until it is replaced.
  for (const section of ID_SECTIONS) {
    const list = value[section];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, index) => {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
      for (const [key, field] of Object.entries(entry as Record<string, unknown>)) {
        if (!isPlaceholder(field)) continue;
        const text = field.length > 80 ? `${field.slice(0, 79)}…` : field;
        diagnostics.push({ severity: 'warning', code: 'check.placeholder', message: ctx.t('check.placeholder', { text }), range: rangeAt([section, index, key]) });
      }
    });
  }
  return diagnostics;
}

function listOf(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? list.filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === 'object') : [];
}

function walkDates(node: unknown, path: (string | number)[], visitDate: (path: (string | number)[], date: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => walkDates(child, [...path, index], visitDate));
  } else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && DATE_KEYS.has(key)) visitDate([...path, key], child);
      else walkDates(child, [...path, key], visitDate);
    }
  }
}
