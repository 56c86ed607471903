import type { BranchFinding, DetectionResult, OwnedFile, OwnedFolder, OwnershipLabel } from '../detect/detectionTypes';
import type { Handover } from '../handover/model';
import type { Translate } from '../i18n/translator';
import { mdCell, mdCode, mdText } from './markdownText';

/** Rows shown in the table itself; the rest go to a collapsed list. */
export const OWNED_TABLE_ROWS = 20;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function labelText(label: OwnershipLabel, t: Translate): string {
  return t(`report.owned.label.${label}`);
}

/** The "files the person leaving owns" section: top folders and files, a review entry per row. */
export function ownedSection(detections: DetectionResult | undefined, handover: Handover, t: Translate): string[] {
  const out = [`## ${t('report.section.owned')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  if (detections.shallow) out.push(`> ${mdText(t('report.shallow'))}`, '');
  // A folder row stands for its files; files outside every listed folder get rows of their own.
  const prefixes = detections.ownedFolders.map((folder) => `${folder.path.replace(/\/$/, '')}/`);
  const loose = detections.ownedFiles.filter((file) => !prefixes.some((prefix) => file.path.startsWith(prefix)));
  const byRisk = (a: { item: OwnedFolder | OwnedFile }, b: { item: OwnedFolder | OwnedFile }) =>
    b.item.risk - a.item.risk || a.item.path.localeCompare(b.item.path, 'en');
  const rows: { kind: 'folder' | 'file'; item: OwnedFolder | OwnedFile }[] = [
    ...detections.ownedFolders.map((item) => ({ kind: 'folder' as const, item })),
    ...loose.map((item) => ({ kind: 'file' as const, item })),
  ].sort(byRisk);
  const everything = [
    ...detections.ownedFolders.map((item) => ({ kind: 'folder' as const, item })),
    ...detections.ownedFiles.map((item) => ({ kind: 'file' as const, item })),
  ].sort(byRisk);
  if (rows.length === 0) return [...out, mdText(t('report.owned.none')), ''];
  const reviewed = new Set(handover.detected.reviewed.map((r) => r.path).filter((p): p is string => !!p));
  const header = [
    `| ${t('report.owned.path')} | ${t('report.owned.share')} | ${t('report.owned.lines')} | ${t('report.owned.lastTouched')} | ${t('report.owned.label')} |`,
    '| --- | ---: | ---: | --- | --- |',
  ];
  const row = ({ kind, item }: (typeof rows)[number]) => {
    const path = kind === 'folder' ? `${item.path.replace(/\/$/, '')}/` : item.path;
    return `| ${mdCode(path, true)} | ${percent(item.share)} | ${item.lines} | ${item.lastTouched} | ${labelText(item.label, t)} |`;
  };
  const top = rows.slice(0, OWNED_TABLE_ROWS);
  out.push(mdText(t('report.owned.intro', { count: detections.ownedFiles.length, folders: detections.ownedFolders.length })), '');
  out.push(...header, ...top.map(row), '');
  for (const entry of top) {
    const path = entry.kind === 'folder' ? `${entry.item.path.replace(/\/$/, '')}/` : entry.item.path;
    const done = reviewed.has(entry.item.path) || reviewed.has(path);
    out.push(`- ${done ? '[x]' : '[ ]'} ${t('report.owned.reviewed', { path: mdCode(path) })}`);
  }
  out.push('');
  if (everything.length > top.length) {
    out.push('<details>', `<summary>${mdCell(t('report.owned.all', { count: everything.length }))}</summary>`, '', ...header, ...everything.map(row), '', '</details>', '');
  }
  return out;
}

function branchState(branch: BranchFinding, t: Translate): string {
  const parts = [branch.state === 'open' ? t('report.branches.open') : t('report.branches.mergedEquivalent')];
  if (branch.stale) parts.push(t('report.branches.stale'));
  return parts.join(' · ');
}

/** The "open branches" section: one table row and one decision entry per branch. */
export function branchesSection(detections: DetectionResult | undefined, handover: Handover, t: Translate): string[] {
  const out = [`## ${t('report.section.branches')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  if (detections.defaultBranch) out.push(mdText(t('report.branches.against', { branch: detections.defaultBranch })), '');
  if (detections.branches.length === 0) return [...out, mdText(t('report.branches.none')), ''];
  out.push(
    `| ${t('report.branches.name')} | ${t('report.branches.aheadBehind')} | ${t('report.branches.lastCommit')} | ${t('report.branches.state')} | ${t('report.branches.pending')} |`,
    '| --- | --- | --- | --- | --- |',
  );
  for (const b of detections.branches) {
    const last = `${b.lastCommitDate} ${mdCell(b.lastCommitSubject)}`;
    out.push(`| ${mdCode(b.name, true)} | +${b.ahead} / −${b.behind} | ${last} | ${branchState(b, t)} | ${b.pendingId ? mdCode(b.pendingId, true) : t('report.notSet')} |`);
  }
  out.push('');
  const handled = new Set(handover.detected.reviewed.map((r) => r.branch).filter((b): b is string => !!b));
  for (const b of detections.branches) {
    out.push(`- ${handled.has(b.name) ? '[x]' : '[ ]'} ${t('report.branches.decision', { branch: mdCode(b.name) })}`);
  }
  out.push('');
  return out;
}
