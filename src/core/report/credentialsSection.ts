import type { CredentialFinding, DetectionResult } from '../detect/detectionTypes';
import type { Handover } from '../handover/model';
import type { Translate } from '../i18n/translator';
import { itemNamingFingerprint } from '../handover/draft';
import { namedCell, namedCount } from './detectionSections';
import { mdCell, mdCode, mdText } from './markdownText';

function where(finding: CredentialFinding, t: Translate): string {
  return finding.inHead ? t('report.secrets.inHead') : t('report.secrets.historyOnly');
}

/**
 * "Credentials found in git history": one row and one rotation entry per secret, never its value.
 * Ignored findings are listed apart, with the reason given in HANDOVER.yaml. Paths are shown as the
 * scan masked them.
 */
export function credentialsSection(detections: DetectionResult | undefined, handover: Handover, t: Translate): string[] {
  const out = [`## ${t('report.section.secrets')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  const ignoredReasons = new Map(handover.detected.ignore.map((i) => [i.fingerprint, i.reason]));
  const rotatedBy = new Map(handover.detected.rotated.map((r) => [r.fingerprint, r]));
  const active = detections.credentials.filter((c) => !ignoredReasons.has(c.fingerprint));
  const ignored = detections.credentials.filter((c) => ignoredReasons.has(c.fingerprint));
  if (detections.credentials.length === 0) return [...out, mdText(t('report.secrets.none')), ''];
  const notRotated = active.filter((c) => !rotatedBy.has(c.fingerprint)).length;
  out.push(mdText(t('report.secrets.summary', { count: active.length, notRotated })), '');
  if (active.length) {
    out.push(
      `| ${t('report.secrets.fingerprint')} | ${t('report.secrets.kind')} | ${t('report.secrets.where')} | ${t('report.secrets.firstCommit')} | ${t('report.secrets.state')} | ${t('report.named.column')} |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    const namedBy = (c: CredentialFinding) => itemNamingFingerprint(handover, c.fingerprint)?.id;
    for (const c of active) {
      const first = `${mdCode(c.firstCommit.slice(0, 12), true)} ${c.date} ${mdCell(c.author)}${c.byPerson ? ` (${t('report.secrets.byPerson')})` : ''}`;
      // No "reached from" column: which branches a clone has differs between machines, and the report
      // must be the same bytes everywhere (the tree and `detect --json` give the refs).
      out.push(`| ${mdCode(c.fingerprint, true)} | ${mdCode(c.kind, true)} | ${mdCode(`${c.path}:${c.line}`, true)} | ${first} | ${where(c, t)} | ${namedCell(namedBy(c), t)} |`);
    }
    out.push('', namedCount(active.filter((c) => !namedBy(c)).length, active.length, t), '');
    for (const c of active) {
      const rotated = rotatedBy.get(c.fingerprint);
      const entry = t('report.secrets.rotate', { fingerprint: mdCode(c.fingerprint), kind: mdText(c.kind), path: mdCode(c.path) });
      out.push(`- ${rotated ? '[x]' : '[ ]'} ${entry}${rotated ? ` — ${mdText(t('report.secrets.rotatedBy', { by: rotated.by, on: rotated.on }))}` : ''}`);
    }
    out.push('');
  }
  if (ignored.length) {
    out.push(`${mdText(t('report.secrets.ignored', { count: ignored.length }))}`, '');
    for (const c of ignored) out.push(`- ${mdCode(c.fingerprint)} ${mdCode(`${c.path}:${c.line}`)}: ${mdText(ignoredReasons.get(c.fingerprint) ?? '')}`);
    out.push('');
  }
  return out;
}
