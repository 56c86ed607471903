// Every kind of credential the scan reports: the ids of the rule table, with their English names (for
// SARIF rules and logs). Human names in both languages: credentialKindName in ruleTable.ts.
import { CREDENTIAL_RULES, credentialKindName } from './ruleTable';

/** A rule's id; a repository's own gitleaks rules add ids of their own. */
export type CredentialKind = string;

export const CREDENTIAL_KINDS: Readonly<Record<string, string>> = Object.fromEntries(CREDENTIAL_RULES.map((r) => [r.id, r.name.en]));

/** The English name of a kind (the id for a kind no rule of the table defines). */
export function describeKind(kind: string): string {
  return credentialKindName(kind, 'en');
}
