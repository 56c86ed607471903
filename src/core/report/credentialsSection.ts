import type { CredentialFinding, CredentialLocation, DetectionResult } from '../detect/detectionTypes';
import { credentialKindName } from '../detect/credentials/ruleTable';
import type { Handover, ReportLanguage } from '../handover/model';
import type { Translate } from '../i18n/translator';
import { itemNamingFingerprint } from '../handover/draft';
import { namedCell, namedCount } from './detectionSections';
import { mdCell, mdCode, mdText } from './markdownText';

function where(finding: CredentialFinding, t: Translate): string {
  return finding.inHead ? t('report.secrets.inHead') : t('report.secrets.historyOnly');
}

/** Past this many distinct paths the scan only counts up to here (MAX_COUNTED_PATHS): shown as "1000+". */
const COUNT_CAP = 1000;

function morePlaces(finding: CredentialFinding): string {
  const more = finding.pathCount - 1;
  return finding.pathCount >= COUNT_CAP ? `${more}+` : String(more);
}

function contextLabel(finding: CredentialFinding | CredentialLocation, t: Translate): string {
  return t(`report.secrets.context.${finding.context}`);
}

function tableRows(findings: readonly CredentialFinding[], t: Translate, withContext: boolean, named: (kind: string) => string, namedBy: (c: CredentialFinding) => string | undefined): string[] {
  const head = [t('report.secrets.fingerprint'), t('report.secrets.kind'), ...(withContext ? [t('report.secrets.context')] : []), t('report.secrets.where'), t('report.secrets.firstCommit'), t('report.secrets.state'), t('report.named.column')];
  const out = [`| ${head.join(' | ')} |`, `|${' --- |'.repeat(head.length)}`];
  for (const c of findings) {
    const first = `${mdCode(c.firstCommit.slice(0, 12), true)} ${c.date} ${mdCell(c.author)}${c.byPerson ? ` (${t('report.secrets.byPerson')})` : ''}`;
    const also = c.pathCount > 1 ? ` ${mdCell(t('report.secrets.alsoIn', { count: morePlaces(c) }))}` : '';
    const context = withContext ? [mdCell(contextLabel(c, t))] : [];
    // No "reached from" column: which branches a clone has differs between machines, and the report
    // must be the same bytes everywhere (the tree and `detect --json` give the refs).
    out.push(`| ${[mdCode(c.fingerprint, true), mdCell(named(c.kind)), ...context, `${mdCode(`${c.path}:${c.line}`, true)}${also}`, first, where(c, t), namedCell(namedBy(c), t)].join(' | ')} |`);
  }
  return out;
}

/** Every other place of each secret seen in several, one collapsed list per secret. */
function placesLists(findings: readonly CredentialFinding[], t: Translate, named: (kind: string) => string): string[] {
  const out: string[] = [];
  for (const c of findings) {
    if (c.pathCount <= 1) continue;
    const summary = t('report.secrets.places', { fingerprint: c.fingerprint, kind: named(c.kind), count: morePlaces(c) });
    out.push(`<details><summary>${escapeHtml(summary)}</summary>`, '');
    for (const place of c.locations.slice(1)) {
      out.push(`- ${t('report.secrets.placeAt', { place: mdCode(`${place.path}:${place.line}`), commit: mdCode(place.commit.slice(0, 12)), context: mdText(contextLabel(place, t)) })}`);
    }
    const unlisted = c.pathCount - c.locations.length;
    if (unlisted > 0) out.push(`- ${mdText(t('report.secrets.placesNotListed', { count: c.pathCount >= COUNT_CAP ? `${unlisted}+` : String(unlisted) }))}`);
    out.push('', '</details>', '');
  }
  return out;
}

/**
 * "Credentials found in git history": one row and one rotation entry per secret, never its value.
 * Secrets in code come first; those only in tests, examples, docs and vendored code follow in a
 * collapsed table — still listed, still to rotate or ignore. Every other place of a secret is listed
 * under it, collapsed. Ignored findings are listed apart, with the reason given in HANDOVER.yaml.
 * Paths are shown as the scan masked them.
 */
export function credentialsSection(detections: DetectionResult | undefined, handover: Handover, t: Translate, language: ReportLanguage = 'en'): string[] {
  const named = (kind: string) => credentialKindName(kind, language);
  const out = [`## ${t('report.section.secrets')}`, ''];
  if (!detections) return [...out, mdText(t('report.detectionNotRun')), ''];
  const ignoredReasons = new Map(handover.detected.ignore.map((i) => [i.fingerprint, i.reason]));
  const rotatedBy = new Map(handover.detected.rotated.map((r) => [r.fingerprint, r]));
  const active = detections.credentials.filter((c) => !ignoredReasons.has(c.fingerprint));
  const ignored = detections.credentials.filter((c) => ignoredReasons.has(c.fingerprint));
  if (detections.credentials.length === 0) return [...out, mdText(t('report.secrets.none')), ''];
  const notRotated = active.filter((c) => !rotatedBy.has(c.fingerprint)).length;
  out.push(mdText(t('report.secrets.summary', { count: active.length, notRotated })), '');
  const inCode = active.filter((c) => c.context === 'code');
  const elsewhere = active.filter((c) => c.context !== 'code');
  // The checklist item that names each secret (its `fingerprint`), if any.
  const namedBy = (c: CredentialFinding) => itemNamingFingerprint(handover, c.fingerprint)?.id;
  if (inCode.length) out.push(...tableRows(inCode, t, false, named, namedBy), '', ...placesLists(inCode, t, named));
  if (elsewhere.length) {
    out.push(`<details><summary>${escapeHtml(t('report.secrets.otherContexts', { count: elsewhere.length }))}</summary>`, '');
    out.push(...tableRows(elsewhere, t, true, named, namedBy), '', ...placesLists(elsewhere, t, named), '</details>', '');
  }
  if (active.length) out.push(namedCount(active.filter((c) => !namedBy(c)).length, active.length, t), '');
  if (active.length) {
    for (const c of [...inCode, ...elsewhere]) {
      const rotated = rotatedBy.get(c.fingerprint);
      const entry = t('report.secrets.rotate', { fingerprint: mdCode(c.fingerprint), kind: mdText(named(c.kind)), path: mdCode(c.path) });
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

/** Text inside an HTML element of the report (a `<summary>`): no markup, no entity survives. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
