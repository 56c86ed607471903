import type { DetectionResult } from '../detect/detectionTypes';
import type { HandoverItem, Handover, ReportLanguage, SectionKey } from '../handover/model';
import { completionOf, findingFingerprints, mentionRefs } from '../handover/decisions';
import { isToBeCompleted } from '../handover/draft';
import { progressOf } from '../handover/progress';
import { itemLabel } from '../handover/sections';
import { translator, type MessageKey, type Translate } from '../i18n/translator';
import { credentialsSection } from './credentialsSection';
import { branchesSection, decisionCounts, ownedSection } from './detectionSections';
import { mdCell, mdCode, mdLink, mdText } from './markdownText';
import { mentionCounts, mentionsSection } from './mentionsSection';
import { withSectionNotes } from './sectionNotes';

/** What the report says about the commit it describes. */
export type HeadInfo =
  | { kind: 'commit'; sha: string; date: string; shallow: boolean }
  | { kind: 'unborn' }
  | { kind: 'not-git' }
  | { kind: 'unavailable'; detail: string };

export interface ReportInput {
  handover: Handover;
  language: ReportLanguage;
  head: HeadInfo;
  /** Posix path from the report's folder to HANDOVER.yaml's folder ('' when they are the same). */
  linkBase: string;
  /** What git history says; absent when it was not read (the report says so). */
  detections?: DetectionResult;
  /**
   * The detections were read for a report that any clone regenerates byte for byte: as of the
   * described commit, with the branches of origin (reportGenerator.ts). The report says so.
   */
  reproducible?: boolean;
}

const ITEM_SECTIONS_BEFORE_DETECTIONS: readonly SectionKey[] = ['duties', 'pending'];
const ITEM_SECTIONS_AFTER_DETECTIONS: readonly SectionKey[] = ['systems', 'credentials', 'documents', 'contacts', 'assets', 'risks', 'schedule'];

/**
 * Builds the handover report as GitHub-flavoured markdown. Pure: the same input gives the same bytes,
 * with no clock, locale or time zone involved.
 */
export function buildReport(input: ReportInput): string {
  const t = translator(input.language);
  const { handover } = input;
  const out: string[] = [];
  const progress = progressOf(handover);

  out.push(`# ${mdText(t('report.title', { project: handover.project.replace(/\s+/g, ' ').trim() }))}`, '');
  // Our own sentence, not user text: its `code` may stay markup.
  out.push(`> ${t('report.generatedNote')}`, '');

  out.push(`## ${t('report.overview')}`, '');
  out.push(...overview(input, t, progress.accepted, progress.total, progress.percent), '');

  out.push(...partiesTable(handover, t));

  out.push(`## ${t('report.summary')}`, '');
  out.push(`| ${t('report.section')} | ${t('report.items')} | ${t('report.accepted')} | ${t('report.open')} |`, '| --- | ---: | ---: | ---: |');
  for (const section of progress.sections) {
    out.push(`| ${t(`report.section.${section.section}`)} | ${section.total} | ${section.accepted} | ${section.total - section.accepted} |`);
  }
  out.push(`| **${t('report.total')}** | **${progress.total}** | **${progress.accepted}** | **${progress.total - progress.accepted}** |`, '');

  for (const section of ITEM_SECTIONS_BEFORE_DETECTIONS) out.push(...itemSection(section, input, t));
  out.push(...withSectionNotes(ownedSection(input.detections, handover, t), input.detections, 'owned', t));
  out.push(...withSectionNotes(branchesSection(input.detections, handover, t, input.reproducible), input.detections, 'branches', t));
  out.push(...withSectionNotes(credentialsSection(input.detections, handover, t, input.language), input.detections, 'credentials', t));
  out.push(...withSectionNotes(mentionsSection(input.detections, handover, t), input.detections, 'mentions', t));
  for (const section of ITEM_SECTIONS_AFTER_DETECTIONS) out.push(...itemSection(section, input, t));

  out.push(`## ${t('report.followUp')}`, '');
  const supportUntil = handover.timeline.supportUntil;
  out.push(supportUntil ? mdText(t('report.followUpUntil', { name: handover.from.name, date: supportUntil })) : mdText(t('report.followUpNone')), '');

  out.push(`## ${t('report.signoff')}`, '');
  out.push(`| ${t('report.role')} | ${t('report.name')} | ${t('report.date')} | ${t('report.signed')} |`, '| --- | --- | --- | --- |');
  const parties: [MessageKey, string | undefined, Handover['signoff']['from']][] = [
    ['report.from', handover.from.name, handover.signoff.from],
    ['report.to', handover.to.name, handover.signoff.to],
    ['report.supervisor', handover.supervisor?.name, handover.signoff.supervisor],
  ];
  for (const [role, expected, signature] of parties) {
    const name = signature?.name ?? expected ?? '';
    out.push(`| ${t(role)} | ${mdCell(name)} | ${mdCell(signature?.date ?? '')} | ${signature ? t('report.yes') : t('report.no')} |`);
  }
  out.push('');
  const opinion = handover.signoff.supervisor?.opinion;
  if (opinion?.trim()) out.push(`**${t('report.opinion')}** ${mdText(opinion)}`, '');
  return out.join('\n');
}

/**
 * Department, position and e-mail of each party (部门 / 职务), under the overview. Only when the file
 * gives a department or a position: the overview already names the parties.
 */
function partiesTable(handover: Handover, t: Translate): string[] {
  const parties: [MessageKey, Handover['to'] | undefined, string[]][] = [
    ['report.from', handover.from, handover.from.emails],
    ['report.to', handover.to, handover.to.email ? [handover.to.email] : []],
    ['report.supervisor', handover.supervisor, handover.supervisor?.email ? [handover.supervisor.email] : []],
  ];
  if (!parties.some(([, party]) => party?.department?.trim() || party?.position?.trim())) return [];
  const out = [`### ${t('report.parties')}`, '', `| ${t('report.party')} | ${t('report.name')} | ${t('report.department')} | ${t('report.position')} | ${t('report.email')} |`, '| --- | --- | --- | --- | --- |'];
  for (const [role, party, emails] of parties) {
    if (!party) continue;
    out.push(`| ${t(role)} | ${mdCell(party.name)} | ${mdCell(party.department ?? '')} | ${mdCell(party.position ?? '')} | ${mdCell(emails.join(', '))} |`);
  }
  return [...out, ''];
}

function overview(input: ReportInput, t: Translate, accepted: number, total: number, percent: number): string[] {
  const { handover, head } = input;
  const notSet = t('report.notSet');
  const person = (name: string, emails: string[]) => (emails.length ? `${name} (${emails.join(', ')})` : name);
  const rows: [string, string][] = [
    [t('report.project'), mdCell(handover.project)],
    [t('report.reason'), handover.reason ? t(`reason.${handover.reason}`) : notSet],
    [t('report.from'), mdCell(person(handover.from.name, handover.from.emails))],
    [t('report.to'), mdCell(person(handover.to.name, handover.to.email ? [handover.to.email] : []))],
    [t('report.supervisor'), handover.supervisor ? mdCell(person(handover.supervisor.name, handover.supervisor.email ? [handover.supervisor.email] : [])) : notSet],
    [t('report.period'), t('report.periodValue', { start: handover.timeline.start ?? notSet, due: handover.timeline.due ?? notSet })],
    ...(handover.timeline.place?.trim() ? ([[t('report.place'), mdCell(handover.timeline.place)]] as [string, string][]) : []),
    [t('report.supportUntil'), handover.timeline.supportUntil ?? notSet],
    [t('report.progress'), t('report.progressValue', { accepted, total, percent })],
    ...recordsProgress(input, t),
    [t('report.head'), headText(head, t)],
  ];
  return [`| ${t('report.field')} | ${t('report.value')} |`, '| --- | --- |', ...rows.map(([field, value]) => `| ${field} | ${value} |`)];
}

/**
 * Overview rows beside the acceptances: credentials rotated (listed and found in history), what git
 * history showed that the successor went through, and the signatures given of those due.
 */
function recordsProgress(input: ReportInput, t: Translate): [string, string][] {
  const completion = completionOf(input.handover, findingFingerprints(input.detections), mentionRefs(input.detections));
  const count = (done: number, total: number) => t('report.countOf', { done, total });
  const rows: [string, string][] = [
    [t('report.progress.credentials'), count(completion.credentials.rotated + completion.findings.rotated, completion.credentials.total + completion.findings.total)],
  ];
  if (input.detections) {
    const decided = decisionCounts(input.detections, input.handover);
    rows.push([t('report.progress.reviewed'), count(decided.owned.done, decided.owned.total)]);
    rows.push([t('report.progress.branches'), count(decided.branches.done, decided.branches.total)]);
    const mentions = mentionCounts(input.detections, input.handover);
    rows.push([t('report.progress.mentions'), count(mentions.done, mentions.total)]);
  }
  const { required, missing } = completion.signatures;
  rows.push([t('report.progress.signatures'), count(required.length - missing.length, required.length)]);
  return rows;
}

function headText(head: HeadInfo, t: Translate): string {
  switch (head.kind) {
    case 'commit': {
      const text = t('report.headValue', { sha: mdCode(head.sha, true), date: head.date });
      return head.shallow ? `${text}<br>${mdCell(t('report.shallow'))}` : text;
    }
    case 'unborn':
      return t('report.noCommits');
    case 'not-git':
      return t('report.notGit');
    case 'unavailable':
      return mdCell(t('report.gitUnavailable', { detail: head.detail }));
  }
}

/** One `## Section` with a task-list entry per item, its facts as sub-bullets. */
function itemSection(section: SectionKey, input: ReportInput, t: Translate): string[] {
  const items = input.handover.sections[section] as HandoverItem[];
  const out = [`## ${t(`report.section.${section}`)}`, ''];
  if (section === 'credentials' && items.length > 0) {
    const notRotated = (items as HandoverItem<'credentials'>[]).filter((item) => !item.data.rotated).length;
    out.push(mdText(t('report.credentialsNotRotated', { count: notRotated, total: items.length })), '');
  }
  if (items.length === 0) return [...out, mdText(t('report.none')), ''];
  for (const item of items) {
    const box = item.accepted ? '[x]' : '[ ]';
    const accepted = item.accepted ? ` — ${mdText(t('report.acceptedBy', { by: item.accepted.by, on: item.accepted.on }))}` : '';
    // A drafted item whose placeholders are not replaced yet (TODO(handover)…).
    const toComplete = isToBeCompleted(item) ? ` — **${mdText(t('report.toComplete'))}**` : '';
    out.push(`- ${box} **${mdText(itemLabel(item).trim(), '  ')}** ${mdCode(item.id)}${toComplete}${accepted}`);
    for (const fact of itemFacts(item, input, t)) out.push(`  - ${fact}`);
  }
  out.push('');
  return out;
}

const FACT_INDENT = '    ';

function itemFacts(item: HandoverItem, input: ReportInput, t: Translate): string[] {
  const text = (value: string) => mdText(value, FACT_INDENT);
  const link = (target: string) => mdLink(target, isRepoPath(target) ? joinPosix(input.linkBase, target) : target);
  const facts: string[] = [];
  switch (item.section) {
    case 'duties': {
      const duty = (item as HandoverItem<'duties'>).data;
      if (duty.details) facts.push(text(duty.details));
      if (duty.runbook) facts.push(t('report.runbook', { link: link(duty.runbook) }));
      break;
    }
    case 'pending': {
      const work = (item as HandoverItem<'pending'>).data;
      facts.push(text(t('report.reasonLabel', { text: work.reason })));
      facts.push(text(t('report.remainingLabel', { text: work.remaining })));
      if (work.owner) facts.push(text(t('report.ownerLabel', { owner: work.owner })));
      if (work.due) facts.push(t('report.dueLabel', { date: work.due }));
      if (work.branch) facts.push(t('report.branchLabel', { branch: mdCode(work.branch) }));
      if (work.link) facts.push(t('report.linkLabel', { link: link(work.link) }));
      break;
    }
    case 'systems': {
      const system = (item as HandoverItem<'systems'>).data;
      const status = system.status ? ` · ${t('report.statusLabel', { status: t(`report.status.${system.status}`) })}` : '';
      facts.push(`${t(`report.action.${system.action}`)}${status}`);
      if (system.account) facts.push(text(t('report.accountLabel', { account: system.account })));
      if (system.url) facts.push(t('report.urlLabel', { url: link(system.url) }));
      break;
    }
    case 'credentials': {
      const credential = (item as HandoverItem<'credentials'>).data;
      facts.push(text(t('report.locationLabel', { location: credential.location })));
      if (credential.rotated) facts.push(text(t('report.rotatedLabel', credential.rotated as unknown as Record<string, string>)));
      else facts.push(t('report.notRotated'));
      if (credential.rotateBy) facts.push(t('report.rotateByLabel', { date: credential.rotateBy }));
      break;
    }
    case 'documents': {
      const doc = (item as HandoverItem<'documents'>).data;
      const target = doc.path ?? doc.url;
      if (target) facts.push(link(target));
      break;
    }
    case 'contacts': {
      const contact = (item as HandoverItem<'contacts'>).data;
      facts.push(text(`${contact.role} · ${contact.contact}`));
      break;
    }
    case 'assets': {
      const asset = (item as HandoverItem<'assets'>).data;
      if (asset.quantity) facts.push(text(t('report.quantityLabel', { quantity: asset.quantity })));
      if (asset.location) facts.push(text(t('report.locationLabel', { location: asset.location })));
      if (asset.condition) facts.push(text(t('report.conditionLabel', { condition: asset.condition })));
      break;
    }
    case 'risks': {
      const risk = (item as HandoverItem<'risks'>).data;
      if (risk.details) facts.push(text(risk.details));
      break;
    }
    case 'schedule': {
      const entry = (item as HandoverItem<'schedule'>).data;
      const status = entry.status ? ` · ${t(`report.status.${entry.status}`)}` : '';
      facts.push(`${entry.date}${status}`);
      break;
    }
  }
  if (item.note) facts.push(text(t('report.noteLabel', { text: item.note })));
  return facts;
}

function isRepoPath(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target);
}

function joinPosix(base: string, path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.\//, '');
  return base ? `${base.replace(/\/$/, '')}/${clean}` : clean;
}
