import type { BranchFinding, DetectionResult, OwnedFile, OwnedFolder, OwnershipLabel } from '../detect/detectionTypes';
import { reviewOfBranch, reviewOfPath } from '../handover/decisions';
import { itemNamingBranch, itemNamingPath } from '../handover/draft';
import type { Handover, ReviewedEntry } from '../handover/model';
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

type OwnedRow = { kind: 'folder' | 'file'; item: OwnedFolder | OwnedFile };

/** The rows of the owned section: folders and the files outside them, riskiest first; and everything. */
function ownedRows(detections: DetectionResult): { rows: OwnedRow[]; everything: OwnedRow[] } {
  // A folder row stands for its files; files outside every listed folder get rows of their own.
  const prefixes = detections.ownedFolders.map((folder) => `${folder.path.replace(/\/$/, '')}/`);
  const loose = detections.ownedFiles.filter((file) => !prefixes.some((prefix) => file.path.startsWith(prefix)));
  const byRisk = (a: OwnedRow, b: OwnedRow) => b.item.risk - a.item.risk || a.item.path.localeCompare(b.item.path, 'en');
  const rows: OwnedRow[] = [
    ...detections.ownedFolders.map((item) => ({ kind: 'folder' as const, item })),
    ...loose.map((item) => ({ kind: 'file' as const, item })),
  ].sort(byRisk);
  const everything: OwnedRow[] = [
    ...detections.ownedFolders.map((item) => ({ kind: 'folder' as const, item })),
    ...detections.ownedFiles.map((item) => ({ kind: 'file' as const, item })),
  ].sort(byRisk);
  return { rows, everything };
}

/** The "In checklist" cell: the id of the item that names the finding, or "not named". */
export function namedCell(id: string | undefined, t: Translate): string {
  return id ? mdCode(id, true) : t('report.named.no');
}

/** The line under a detection table: how many of its rows the checklist does not name yet. */
export function namedCount(unnamed: number, total: number, t: Translate): string {
  return unnamed ? mdText(t('report.named.count', { count: unnamed, total })) : mdText(t('report.named.all', { total }));
}

/** ` — 李四, 2026-11-28 · Note: …` after a ticked entry: who recorded it, when, and their note. */
function recordedSuffix(entry: ReviewedEntry | undefined, t: Translate): string {
  if (!entry) return '';
  const parts = [mdText(t('report.recordedBy', { by: entry.by, on: entry.on }))];
  if (entry.note) parts.push(mdText(t('report.noteLabel', { text: entry.note }).replace(/\s*\n\s*/g, ' ')));
  return ` — ${parts.join(' · ')}`;
}

export interface DecisionCounts {
  /** Task-list entries of the owned section, how many are reviewed, and the paths not reviewed yet. */
  owned: { done: number; total: number; open: string[] };
  /** Open branches (not those already landed), how many have a recorded decision, and the names of those without one. */
  branches: { done: number; total: number; open: string[] };
}

/** How far the successor is with what git history showed, as the report's task lists count it. */
export function decisionCounts(detections: DetectionResult, handover: Handover): DecisionCounts {
  const top = ownedRows(detections).rows.slice(0, OWNED_TABLE_ROWS);
  const unreviewed = top.filter((row) => !reviewOfPath(handover, row.item.path)).map((row) => (row.kind === 'folder' ? `${row.item.path.replace(/\/$/, '')}/` : row.item.path));
  // A branch whose every change already landed asks for no decision (only to be deleted).
  const open = detections.branches.filter((b) => b.state === 'open');
  const undecided = open.filter((b) => !reviewOfBranch(handover, b)).map((b) => b.name);
  return {
    owned: { done: top.length - unreviewed.length, total: top.length, open: unreviewed },
    branches: { done: open.length - undecided.length, total: open.length, open: undecided },
  };
}

/** Today's share when blame measured it, else the history share marked as such. */
function nowCell(item: OwnedFolder | OwnedFile, t: Translate): string {
  if (!('currentShare' in item)) return percent(item.share);
  return item.currentShare === null ? `${percent(item.share)} (${t('report.owned.notMeasured')})` : percent(item.currentShare);
}

/** The "files the person leaving owns" section: top folders and files, a review entry per row. */
export function ownedSection(detections: DetectionResult | undefined, handover: Handover, t: Translate): string[] {
  const out = [`## ${t('report.section.owned')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  if (detections.shallow) out.push(`> ${mdText(t('report.shallow'))}`, '');
  const { rows, everything } = ownedRows(detections);
  const contributed = detections.contributedFiles ?? [];
  const formerly = detections.formerlyOwnedFiles ?? [];
  // What was not listed, and why: the same counts whether or not anything is owned.
  const apart = (): string[] => {
    const lines: string[] = [];
    if (formerly.length) {
      lines.push('<details>', `<summary>${mdCell(t('report.owned.formerly', { count: formerly.length }))}</summary>`, '');
      lines.push(
        `| ${t('report.owned.path')} | ${t('report.owned.share')} | ${t('report.owned.historyShare')} | ${t('report.owned.lines')} | ${t('report.owned.lastTouched')} |`,
        '| --- | ---: | ---: | ---: | --- |',
        ...formerly.map((f) => `| ${mdCode(f.path, true)} | ${nowCell(f, t)} | ${percent(f.share)} | ${f.lines} | ${f.lastTouched} |`),
        '',
        '</details>',
        '',
      );
    }
    if (contributed.length) lines.push(mdText(t('report.owned.contributed', { count: contributed.length })), '');
    if (detections.excludedFiles) lines.push(mdText(t('report.owned.excluded', { count: detections.excludedFiles })), '');
    return lines;
  };
  if (rows.length === 0) return [...out, mdText(t('report.owned.none')), '', ...apart()];
  const header = [
    `| ${t('report.owned.path')} | ${t('report.owned.share')} | ${t('report.owned.lines')} | ${t('report.owned.lastTouched')} | ${t('report.owned.label')} | ${t('report.named.column')} |`,
    '| --- | ---: | ---: | --- | --- | --- |',
  ];
  const namedBy = ({ kind, item }: OwnedRow) => itemNamingPath(handover, item.path, kind === 'folder')?.id;
  const row = (entry: OwnedRow) => {
    const { kind, item } = entry;
    const path = kind === 'folder' ? `${item.path.replace(/\/$/, '')}/` : item.path;
    return `| ${mdCode(path, true)} | ${nowCell(item, t)} | ${item.lines} | ${item.lastTouched} | ${labelText(item.label, t)} | ${namedCell(namedBy(entry), t)} |`;
  };
  // The full list shows both figures, and anyone's last change beside theirs.
  const fullHeader = [
    `| ${t('report.owned.path')} | ${t('report.owned.share')} | ${t('report.owned.historyShare')} | ${t('report.owned.lines')} | ${t('report.owned.lastTouched')} | ${t('report.owned.anyoneLastTouched')} | ${t('report.owned.label')} |`,
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
  ];
  const fullRow = ({ kind, item }: (typeof rows)[number]) => {
    const path = kind === 'folder' ? `${item.path.replace(/\/$/, '')}/` : item.path;
    const file = 'currentShare' in item ? item : undefined;
    return `| ${mdCode(path, true)} | ${nowCell(item, t)} | ${file ? percent(file.share) : '—'} | ${item.lines} | ${item.lastTouched} | ${file ? file.anyoneLastTouched : '—'} | ${labelText(item.label, t)} |`;
  };
  const top = rows.slice(0, OWNED_TABLE_ROWS);
  const folders = detections.ownedFolders.length;
  out.push(mdText([t('report.owned.intro', { count: detections.ownedFiles.length }), ...(folders ? [t('report.owned.folders', { folders })] : [])].join(' ')), '');
  out.push(...header, ...top.map(row), '');
  out.push(namedCount(rows.filter((entry) => !namedBy(entry)).length, rows.length, t), '');
  for (const entry of top) {
    const path = entry.kind === 'folder' ? `${entry.item.path.replace(/\/$/, '')}/` : entry.item.path;
    const review = reviewOfPath(handover, entry.item.path);
    out.push(`- ${review ? '[x]' : '[ ]'} ${t('report.owned.reviewed', { path: mdCode(path) })}${recordedSuffix(review, t)}`);
  }
  out.push('');
  out.push('<details>', `<summary>${mdCell(t('report.owned.all', { count: everything.length }))}</summary>`, '', ...fullHeader, ...everything.map(fullRow), '', '</details>', '');
  out.push(...apart());
  return out;
}

function branchState(branch: BranchFinding, review: ReviewedEntry | undefined, t: Translate): string {
  const parts = [branch.state === 'open' ? t('report.branches.open') : t('report.branches.mergedEquivalent')];
  if (branch.stale) parts.push(t('report.branches.stale'));
  if (branch.comparison === 'unrelated-history') parts.push(t('report.branches.unrelatedHistory'));
  if (branch.comparison === 'too-far') parts.push(t('report.branches.tooFar'));
  // What the successor decided, beside what history shows.
  if (review?.outcome) parts.push(`**${t(`report.branches.outcome.${review.outcome}`)}**`);
  return parts.join(' · ');
}

/** The "open branches" section: one table row and one decision entry per branch. */
export function branchesSection(detections: DetectionResult | undefined, handover: Handover, t: Translate, reproducible = false): string[] {
  const out = [`## ${t('report.section.branches')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  if (reproducible) out.push(mdText(t('report.branches.againstCommit')), '');
  else if (detections.defaultBranch) out.push(mdText(t('report.branches.against', { branch: detections.defaultBranch })), '');
  if (detections.branches.length === 0) return [...out, mdText(t('report.branches.none')), ''];
  // Open branches are each a decision; those whose every change already landed are listed apart, collapsed:
  // nothing on them to hand over (a maintainer's hundreds of squash-merged branches would bury the open ones).
  const open = detections.branches.filter((b) => b.state === 'open');
  const landed = detections.branches.filter((b) => b.state !== 'open');
  if (open.length === 0) out.push(mdText(t('report.branches.none')), '');
  else out.push(
    `| ${t('report.branches.name')} | ${t('report.branches.aheadBehind')} | ${t('report.branches.lastCommit')} | ${t('report.branches.state')} | ${t('report.branches.pending')} |`,
    '| --- | --- | --- | --- | --- |',
  );
  let unnamed = 0;
  for (const b of open) {
    const last = `${b.lastCommitDate} ${mdCell(b.lastCommitSubject)}`;
    // The pending item that names the branch (with or without its remote), as HANDOVER.yaml is now.
    const pendingId = itemNamingBranch(handover, b)?.id;
    if (!pendingId) unnamed++;
    out.push(`| ${mdCode(b.name, true)} | +${b.ahead} / −${b.behind} | ${last} | ${branchState(b, reviewOfBranch(handover, b), t)} | ${namedCell(pendingId, t)} |`);
  }
  if (open.length) out.push('', namedCount(unnamed, open.length, t), '');
  for (const b of open) {
    const review = reviewOfBranch(handover, b);
    const branch = mdCode(b.name);
    const decision = !review
      ? t('report.branches.decision', { branch })
      : review.outcome
        ? t('report.branches.decided', { branch, outcome: t(`report.branches.outcome.${review.outcome}`) })
        : t('report.branches.reviewedNoOutcome', { branch });
    out.push(`- ${review ? '[x]' : '[ ]'} ${decision}${recordedSuffix(review, t)}`);
  }
  if (open.length) out.push('');
  if (landed.length) {
    out.push(mdText(t('report.branches.landed', { count: landed.length })), '');
    out.push('<details>', `<summary>${mdCell(t('report.branches.landedAll', { count: landed.length }))}</summary>`, '');
    out.push(`| ${t('report.branches.name')} | ${t('report.branches.aheadBehind')} | ${t('report.branches.lastCommit')} | ${t('report.branches.state')} |`, '| --- | --- | --- | --- |');
    for (const b of landed) out.push(`| ${mdCode(b.name, true)} | +${b.ahead} / −${b.behind} | ${b.lastCommitDate} ${mdCell(b.lastCommitSubject)} | ${branchState(b, reviewOfBranch(handover, b), t)} |`);
    out.push('', '</details>', '');
  }
  return out;
}
