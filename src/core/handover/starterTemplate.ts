import { stringify } from 'yaml';
import type { ReportLanguage } from './model';

export interface StarterFacts {
  language: ReportLanguage;
  project: string;
  fromName?: string;
  fromEmail?: string;
  /** YYYY-MM-DD: the day the file is created, as the handover's start. */
  today: string;
}

/** A scalar in YAML syntax, quoted only when it must be. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The commented HANDOVER.yaml that "Create HANDOVER.yaml" writes, in the editor's language. */
export function starterHandoverYaml(facts: StarterFacts): string {
  const zh = facts.language === 'zh-CN';
  const name = scalar(facts.fromName ?? (zh ? '移交人姓名' : 'Your Name'));
  const email = scalar(facts.fromEmail ?? 'you@example.com');
  const c = (en: string, cn: string) => (zh ? cn : en);
  return `# ${c('Handover checklist — see the README of the Handover extension for every field.', '交接清单 —— 各字段说明见 Handover 扩展的 README。')}
# ${c('Keep credential values out of this file: name the vault entry instead.', '不要在本文件中写入任何密码或密钥的值，只写它在保险库中的位置。')}
version: 1
project: ${scalar(facts.project)}
language: ${facts.language}
reason: resignation   # resignation | transfer | leave | delegation | other

from:   # ${c('the person leaving', '移交人')}
  name: ${name}
  emails: [${email}]   # ${c('every e-mail you commit with', '提交代码时用过的所有邮箱')}
  # accounts: [your-handle]   # ${c('code-host, chat and system user names: searched for in CODEOWNERS, reviewers, receivers, RBAC…', '代码托管、聊天和系统用户名：用于在 CODEOWNERS、评审人、告警接收人、RBAC 等配置中查找')}
  # sshKeys: [you@laptop]     # ${c('SSH key comments or SHA256: fingerprints (authorized_keys)', 'SSH 密钥注释或 SHA256: 指纹（authorized_keys）')}
to:     # ${c('the successor', '接收人')}
  name: ${c('Successor Name', '接收人姓名')}
  # email: successor@example.com
  # accounts: [successor-handle]   # ${c('what "Reassign to successor" writes in CODEOWNERS, OWNERS and reviewers', '“改派给接收人”时写入 CODEOWNERS、OWNERS 和评审人配置的用户名')}
supervisor:   # ${c('optional', '监交人，可选')}
  name: ${c('Supervisor Name', '监交人姓名')}

timeline:
  start: ${facts.today}
  # due: YYYY-MM-DD
  # supportUntil: YYYY-MM-DD   # ${c('the person leaving stays reachable until then', '在此之前移交人仍可答疑')}

duties:   # ${c('what the post is responsible for', '岗位职责与工作范围')}
  - id: duty-oncall
    title: ${c('On-call rotation', '值班轮值')}
    details: ${c('Describe the rota, the pager and the escalation path.', '说明排班、告警渠道和升级路径。')}

systems:   # ${c('action: transfer | revoke | grant | keep', 'action：transfer 转交 | revoke 收回 | grant 开通 | keep 保持')}
  - id: sys-example
    name: ${c('Monitoring', '监控系统')}
    action: transfer

credentials:   # ${c('where each secret lives; it will be rotated', '每个凭据的存放位置；交接后需轮换')}
  - id: cred-example
    name: ${c('Database admin password', '数据库管理员密码')}
    location: vault:secret/example

pending:   # ${c('unfinished work: why, what remains, when', '未了事项：原因、剩余工作、完成时间')}
  - id: pending-example
    title: ${c('Unfinished task', '未完成的任务')}
    reason: ${c('Why it is not finished', '未完成原因')}
    remaining: ${c('What is left to do', '剩余工作')}

documents: []   # - {id, title, path: docs/runbook.md} ${c('or', '或')} url
contacts: []    # - {id, name, role, contact}
assets: []      # - {id, name, location}
risks: []       # - {id, title, details}
schedule: []    # - {id, date: YYYY-MM-DD, topic, status: planned}
`;
}
