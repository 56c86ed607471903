import type { draftEn } from './messages.draft.en';

// 根据 git 历史起草交接清单的中文文本：写入 HANDOVER.yaml 的条目和占位符、报告与 check 中“是否已列入清单”的标记、
// 以及 `handover draft`。写入文件的占位符都以 TODO(handover) 开头，校验会在每一处给出警告。
export const draftZhCN: Record<keyof typeof draftEn, string> = {
  'edit.duplicateId': 'id“{id}”在 HANDOVER.yaml 中已被使用。',
  'edit.badId': '“{id}”不是有效的 id：只能用小写字母、数字、“.”、“_”和“-”，并以字母或数字开头。',
  'check.placeholder': '待填写：请把“{text}”替换为实际内容。',
  'draft.duty.title': '负责维护 {path}',
  'draft.duty.details': 'TODO(handover) 接收人维护它需要知道的事',
  'draft.document.title': '{path} 中的文档',
  'draft.pending.title': '分支 {branch} 上的工作',
  'draft.pending.reason': 'TODO(handover) 未完成的原因',
  'draft.pending.remaining': 'TODO(handover) 剩余的工作',
  'draft.credential.name': '提交在 {path}:{line} 的 {kind}',
  'draft.credential.location': 'TODO(handover) 现在的存放位置（vault 路径或密码管理器条目）',
  'draft.system.name': '{path} 中的{what}',
  'draft.mention.access': '访问权限',
  'draft.mention.ownership': '负责人登记',
  'draft.mention.review': '评审指派',
  'draft.mention.alerting': '告警接收',
  'draft.mention.other': '提及',
  'report.named.column': '交接清单',
  'report.named.no': '**未列入**',
  'report.named.count': '共 {total} 项，其中 {count} 项尚未列入交接清单。',
  'report.named.all': '交接清单已列入全部 {total} 项。',
  'report.toComplete': '待填写',
  'cli.check.unnamed': 'git 历史中有 {count} 项发现尚未列入交接清单：{list}',
  'cli.check.placeholders': '还有 {count} 处占位符待填写：{list}',
  'cli.draft.nothing': '交接清单已列入全部发现，无需添加。',
  'cli.draft.preview': '# 起草将向 {path} 添加 {count} 个条目（加 --write 写入）：',
  'cli.draft.written': '已向 {path} 添加 {count} 个条目。请把每个 TODO(handover) 替换为实际内容。',
  'cli.draft.noHistory': '无法读取 git 历史（{detail}），没有可起草的内容。',
};
