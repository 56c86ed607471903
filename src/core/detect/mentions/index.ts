// Where the repository's configuration still names the person leaving (CODEOWNERS, reviewers, receivers, RBAC…).
export { findMentions, mentionsInFile, MAX_MENTION_FILE_BYTES, type FindMentionsOptions, type MentionSearch } from './findMentions';
export { identitiesOf, type Identity, type IdentitySet } from './identities';
export { classifyLine, MENTION_RULES, syntaxOf, type MentionRule } from './mentionRules';
export { planReassign, successorToken, type ReassignPlan, type TokenEdit } from './reassign';
