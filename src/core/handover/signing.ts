// What a signature should be checked against before it is recorded: the party's name as HANDOVER.yaml
// gives it, and the records it signs for. A different name or an early date is a warning, not a
// refusal: people sign as "Zhang San" for 张三, and a date may be typed on purpose; the warning says
// what to look at. Signing as a supervisor nobody named is refused by the edit itself.
import type { Translate } from '../i18n/translator';
import type { Handover, HandoverItem } from './model';
import type { HandoverRole } from './progress';
import { SECTION_ORDER } from './sections';

export type SignatureWarning =
  | { kind: 'nameDiffers'; role: HandoverRole; expected: string; name: string }
  /** `last` is the latest date recorded (an acceptance, a rotation, a review); `what` names it. */
  | { kind: 'beforeLastRecord'; date: string; last: string; what: string };

/** The party's name for a role, or undefined when HANDOVER.yaml names nobody (a supervisor). */
export function partyName(handover: Handover, role: HandoverRole): string | undefined {
  if (role === 'from') return handover.from.name;
  if (role === 'to') return handover.to.name;
  return handover.supervisor?.name;
}

/** Names compared as people write them: case, width and runs of spaces do not matter. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
  return norm(a) === norm(b);
}

/** The latest acceptance or record in the file, with what it is about. */
export function lastRecord(handover: Handover): { on: string; what: string } | undefined {
  let last: { on: string; what: string } | undefined;
  const consider = (on: string | undefined, what: string) => {
    if (on && (!last || on > last.on)) last = { on, what };
  };
  for (const section of SECTION_ORDER) {
    for (const item of handover.sections[section] as HandoverItem[]) {
      consider(item.accepted?.on, item.id);
      if (item.section === 'credentials') consider((item as HandoverItem<'credentials'>).data.rotated?.on, item.id);
    }
  }
  for (const entry of handover.detected.rotated) consider(entry.on, entry.fingerprint);
  for (const entry of handover.detected.reviewed) consider(entry.on, entry.path ?? entry.branch ?? '');
  for (const entry of handover.detected.mentions) consider(entry.on, entry.path);
  return last;
}

export function signatureWarnings(handover: Handover, role: HandoverRole, name: string, date: string): SignatureWarning[] {
  const warnings: SignatureWarning[] = [];
  const expected = partyName(handover, role);
  if (expected !== undefined && !sameName(expected, name)) warnings.push({ kind: 'nameDiffers', role, expected, name: name.trim() });
  const last = lastRecord(handover);
  if (last && date < last.on) warnings.push({ kind: 'beforeLastRecord', date, last: last.on, what: last.what });
  return warnings;
}

/** The warning as a sentence in the reader's language. */
export function signatureWarningText(warning: SignatureWarning, t: Translate): string {
  if (warning.kind === 'nameDiffers') return t('sign.nameDiffers', { role: t(`report.${warning.role}`), expected: warning.expected, name: warning.name });
  return t('sign.beforeLastRecord', { date: warning.date, last: warning.last, what: warning.what });
}
