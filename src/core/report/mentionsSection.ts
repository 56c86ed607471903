import type { DetectionResult, MentionFinding } from '../detect/detectionTypes';
import { accessWithoutRevoke } from '../handover/accessRevocation';
import { mentionDecisionOf } from '../handover/decisions';
import type { Handover, MentionDecision } from '../handover/model';
import type { Translate } from '../i18n/translator';
import { mdCell, mdCode, mdText } from './markdownText';
import { itemNamingMention } from '../handover/draft';
import { namedCell, namedCount } from './detectionSections';

function place(mention: MentionFinding): string {
  return `${mention.path}:${mention.line}`;
}

function decisionText(decision: MentionDecision | undefined, t: Translate): string {
  return decision ? t(`report.mentions.outcome.${decision.outcome}`) : t('report.mentions.undecided');
}

/** ` — 李四, 2026-11-28 · Note: …` after a decided entry. */
function recorded(decision: MentionDecision, t: Translate): string {
  const parts = [mdText(t('report.recordedBy', { by: decision.by, on: decision.on }))];
  if (decision.note) parts.push(mdText(t('report.noteLabel', { text: decision.note }).replace(/\s*\n\s*/g, ' ')));
  return ` — ${parts.join(' · ')}`;
}

/** Mentions found and decided, for the overview. */
export function mentionCounts(detections: DetectionResult, handover: Handover): { done: number; total: number } {
  return { done: detections.mentions.filter((m) => mentionDecisionOf(handover, m)).length, total: detections.mentions.length };
}

/**
 * "Configuration that still names the person leaving": a table (kind, place, identity, decision), a
 * task-list entry per line (ticked once decided), and the access lines no `systems` item revokes.
 * Never the line's text: only where it is and the identity it names.
 */
export function mentionsSection(detections: DetectionResult | undefined, handover: Handover, t: Translate): string[] {
  const out = [`## ${t('report.section.mentions')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  const mentions = detections.mentions;
  if (mentions.length === 0) return [...out, mdText(t('report.mentions.none')), ''];
  const open = mentions.filter((m) => !mentionDecisionOf(handover, m)).length;
  out.push(mdText(t('report.mentions.intro', { count: mentions.length, open })), '');
  out.push(
    `| ${t('report.mentions.kind')} | ${t('report.mentions.place')} | ${t('report.mentions.identity')} | ${t('report.mentions.decision')} | ${t('report.named.column')} |`,
    '| --- | --- | --- | --- | --- |',
  );
  // A decided line needs no checklist item; an undecided one is named by a `systems` item (draft/findingKinds.ts).
  const namedBy = (m: MentionFinding) => itemNamingMention(handover, m)?.id;
  let unnamed = 0;
  for (const m of mentions) {
    const kind = m.comment ? `${t(`report.mentions.kind.${m.kind}`)} (${t('report.mentions.comment')})` : t(`report.mentions.kind.${m.kind}`);
    const decision = mentionDecisionOf(handover, m);
    const named = namedBy(m);
    if (!decision && !named) unnamed++;
    const cell = decision && !named ? t('report.notSet') : namedCell(named, t);
    out.push(`| ${kind} | ${mdCode(place(m), true)} | ${mdCode(m.identity, true)} | ${mdCell(decisionText(decision, t))} | ${cell} |`);
  }
  out.push('', namedCount(unnamed, mentions.filter((m) => !mentionDecisionOf(handover, m)).length, t), '');
  for (const m of mentions) {
    const decision = mentionDecisionOf(handover, m);
    const params = { place: mdCode(place(m)), identity: mdCode(m.identity) };
    const entry = decision
      ? t('report.mentions.decided', { ...params, outcome: t(`report.mentions.outcome.${decision.outcome}`) })
      : t(`report.mentions.task.${m.suggestion}`, params);
    out.push(`- ${decision ? '[x]' : '[ ]'} ${entry}${decision ? recorded(decision, t) : ''}`);
  }
  out.push('');
  const unrevoked = accessWithoutRevoke(handover, mentions);
  if (unrevoked.length) {
    const systems = [...new Set(unrevoked.map((m) => m.system ?? ''))].sort();
    for (const system of systems) {
      const lines = unrevoked.filter((m) => (m.system ?? '') === system);
      out.push(`> ⚠️ ${system ? t('report.mentions.noRevoke', { system: mdCode(system) }) : t('report.mentions.noRevokeUnknown')} ${lines.map((m) => mdCode(place(m))).join(', ')}`, '');
    }
  }
  return out;
}
