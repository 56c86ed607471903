// SARIF 2.1.0 for code-scanning tools: one rule per kind, one result per finding, located at the path
// and line where the secret first appeared. No value, no snippet, no region text: a code-scanning
// service stores what it is given, so it is given where to look and nothing else.
import type { CredentialFinding } from '../detectionTypes';
import { describeKind } from './credentialKinds';

export interface SarifOptions {
  toolVersion: string;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: 'error' };
  properties: { tags: string[] };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: (SarifLocation & { id: number; message: { text: string } })[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[];
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
}

function sarifLocation(path: string, line: number): SarifLocation {
  return { physicalLocation: { artifactLocation: { uri: pathUri(path), uriBaseId: '%SRCROOT%' }, region: { startLine: line } } };
}

/** A repository path as a relative URI reference (each segment percent-encoded). */
function pathUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleName(kind: string): string {
  return kind.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

export function toSarif(findings: readonly CredentialFinding[], options: SarifOptions): SarifLog {
  const kinds = [...new Set(findings.map((f) => f.kind))].sort();
  const rules: SarifRule[] = kinds.map((kind) => ({
    id: kind,
    name: ruleName(kind),
    shortDescription: { text: describeKind(kind) },
    fullDescription: { text: `${describeKind(kind)} committed to the repository's history.` },
    help: { text: 'Everyone who could read the repository could read this credential: rotate it, then record the rotation in HANDOVER.yaml (detected.rotated).' },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['security', 'secret', 'handover'] },
  }));
  const results = findings.map((finding): SarifResult => {
    const state = finding.inHead ? 'still in the files at HEAD' : 'removed from the files, still in history';
    const result: SarifResult = {
      ruleId: finding.kind,
      ruleIndex: kinds.indexOf(finding.kind),
      level: finding.rotated || finding.ignored ? 'note' : 'error',
      message: { text: `${describeKind(finding.kind)} first committed in ${finding.firstCommit.slice(0, 12)} on ${finding.date}, ${state}.${finding.rotated ? ` Rotated by ${finding.rotated.by} on ${finding.rotated.on}.` : ' Not rotated yet.'}` },
      locations: [sarifLocation(finding.path, finding.line)],
      partialFingerprints: { 'handoverCredential/v1': finding.fingerprint },
      properties: {
        fingerprint: finding.fingerprint,
        firstCommit: finding.firstCommit,
        lastCommit: finding.lastCommit,
        date: finding.date,
        inHead: finding.inHead,
        refs: finding.refs,
        rotated: finding.rotated,
        context: finding.context,
        pathCount: finding.pathCount,
      },
    };
    // Every other place the same secret was added to: the successor must clean each one.
    const others = finding.locations.slice(1);
    if (others.length) {
      result.relatedLocations = others.map((place, i) => ({ id: i + 1, ...sarifLocation(place.path, place.line), message: { text: `The same secret, added in ${place.commit.slice(0, 12)} (${place.context}).` } }));
    }
    if (finding.ignored) result.suppressions = [{ kind: 'external', status: 'accepted', justification: finding.ignored.reason }];
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Handover', version: options.toolVersion, rules } }, results, columnKind: 'utf16CodeUnits' }],
  };
}
