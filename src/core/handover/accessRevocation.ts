// The cross-check between what the configuration grants and what the checklist revokes: an access
// mention (RBAC subject, IAM user, authorized key, sudoers line…) should have a `systems` item with
// `action: revoke` for its system. Matching is by words a system is commonly called by, in the item's
// id, name, url or account — a hint for the supervisor, never a decision.
import type { MentionFinding } from '../detect/detectionTypes';
import type { Handover } from './model';

/** Words (lower case) that name each system the mention rules know. */
const SYSTEM_WORDS: Record<string, readonly string[]> = {
  kubernetes: ['kubernetes', 'k8s', 'cluster', 'kubectl', 'rbac', 'openshift', '集群'],
  aws: ['aws', 'amazon', 'iam'],
  gcp: ['gcp', 'google', 'gke'],
  azure: ['azure', 'entra'],
  github: ['github'],
  gitlab: ['gitlab'],
  alicloud: ['aliyun', 'alicloud', '阿里云'],
  tencentcloud: ['tencent', '腾讯云'],
  ssh: ['ssh', 'server', 'host', 'linux', 'sudo', 'bastion', 'jump', 'shell', 'vm', '服务器', '主机', '堡垒机', '跳板机'],
};

function revokeTexts(handover: Handover): string[] {
  return handover.sections.systems
    .filter((item) => item.data.action === 'revoke')
    .map((item) => [item.id, item.data.name, item.data.url ?? '', item.data.account ?? ''].join(' ').toLowerCase());
}

/**
 * Access mentions whose system no `systems` item revokes. A mention of an unknown system counts as
 * covered by any revoke item (there is nothing better to match on).
 */
export function accessWithoutRevoke(handover: Handover, mentions: readonly MentionFinding[]): MentionFinding[] {
  const texts = revokeTexts(handover);
  return mentions.filter((mention) => {
    if (mention.kind !== 'access') return false;
    if (!mention.system) return texts.length === 0;
    const words = SYSTEM_WORDS[mention.system] ?? [mention.system];
    return !texts.some((text) => words.some((word) => text.includes(word)));
  });
}
