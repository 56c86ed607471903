export { scanCredentials, compareFindings, PROGRESS_EVERY, type ScanCredentialsOptions, type CredentialScanResult, type IgnoredFingerprint, type RotatedFingerprint } from './credentialScan';
export { scanCredentialsCached, credentialsCacheKey, type CachedCredentialScanOptions } from './credentialsRun';
export { CREDENTIAL_STATE_VERSION, isCredentialScanState, type CredentialScanState } from './scanState';
export { maskSecrets } from './maskSecrets';
export { toSarif, type SarifLog, type SarifOptions } from './sarif';
export { CREDENTIAL_KINDS, describeKind, type CredentialKind } from './credentialKinds';
export { credentialKindName, CREDENTIAL_RULES, type CredentialRule, type CredentialLanguage } from './ruleTable';
export { credentialFingerprint } from './fingerprint';
