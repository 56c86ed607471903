import type { Handover, HandoverItem, SectionKey } from './model';
import { itemDueDate, SECTION_ORDER } from './sections';

export interface SectionProgress {
  section: SectionKey;
  total: number;
  accepted: number;
}

export interface Progress {
  total: number;
  accepted: number;
  /** Whole percent, rounded down so that 100 means really everything. */
  percent: number;
  sections: SectionProgress[];
}

export function progressOf(handover: Handover): Progress {
  const sections = SECTION_ORDER.map((section) => {
    const items = handover.sections[section] as HandoverItem[];
    return { section, total: items.length, accepted: items.filter((item) => item.accepted).length };
  });
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  const accepted = sections.reduce((sum, s) => sum + s.accepted, 0);
  return { total, accepted, percent: total === 0 ? 0 : Math.floor((accepted * 100) / total), sections };
}

export type ItemState = 'accepted' | 'overdue' | 'attention' | 'open';

/**
 * Where an item stands for the successor. `today` (YYYY-MM-DD) comes from the UI's clock; the report
 * never calls this with a date so that it stays the same whenever it is generated.
 */
export function itemState(item: HandoverItem, today?: string): ItemState {
  if (item.accepted) return 'accepted';
  const due = itemDueDate(item);
  const finished =
    (item.section === 'schedule' && (item as HandoverItem<'schedule'>).data.status === 'done') ||
    (item.section === 'credentials' && !!(item as HandoverItem<'credentials'>).data.rotated);
  if (today && due && due < today && !finished) return 'overdue';
  if (needsAttention(item)) return 'attention';
  return 'open';
}

/** Items that carry a risk until someone acts: an unrotated credential, access still to revoke. */
export function needsAttention(item: HandoverItem): boolean {
  if (item.section === 'credentials') return !(item as HandoverItem<'credentials'>).data.rotated;
  if (item.section === 'systems') {
    const system = (item as HandoverItem<'systems'>).data;
    return system.action === 'revoke' && system.status !== 'done';
  }
  return false;
}

/** Today's date in the local time zone, as YYYY-MM-DD. For the UI only. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Who the user of the editor is in a handover, from their git identity. */
export type HandoverRole = 'from' | 'to' | 'supervisor';

export interface Identity {
  name?: string;
  email?: string;
}

/** The roles an identity holds: e-mails compared ignoring case, names exactly (after trimming). */
export function rolesOf(handover: Handover, who: Identity): Set<HandoverRole> {
  const roles = new Set<HandoverRole>();
  const email = who.email?.trim().toLowerCase();
  const name = who.name?.trim();
  const sameName = (other?: string) => !!name && !!other && other.trim() === name;
  if ((email && handover.from.emails.some((e) => e.trim().toLowerCase() === email)) || sameName(handover.from.name)) roles.add('from');
  if ((email && handover.to.email?.trim().toLowerCase() === email) || sameName(handover.to.name)) roles.add('to');
  if ((email && handover.supervisor?.email?.trim().toLowerCase() === email) || sameName(handover.supervisor?.name)) roles.add('supervisor');
  return roles;
}

/**
 * Whether an item is still the user's to do. The successor accepts every item; the person leaving
 * acts on what is unfinished on their side: pending work, planned sessions, access not yet
 * transferred or revoked, credentials not rotated, and anything overdue. The supervisor's part is the
 * sign-off, not items.
 */
export function isMineToDo(item: HandoverItem, roles: ReadonlySet<HandoverRole>, today?: string): boolean {
  if (item.accepted) return false;
  if (roles.has('to')) return true;
  if (!roles.has('from')) return false;
  const state = itemState(item, today);
  if (state === 'overdue' || state === 'attention') return true;
  if (item.section === 'pending') return true;
  if (item.section === 'schedule') return (item as HandoverItem<'schedule'>).data.status !== 'done';
  if (item.section === 'systems') return (item as HandoverItem<'systems'>).data.status !== 'done';
  return false;
}
