import type { notesEn } from './messages.notes.en';

// 检测说明：从 git 历史中未能完整读取的内容（缺失对象、浅克隆、各项上限），以及仓库自带的 gitleaks 配置中
// 未能采用的部分。检测只给出键和参数，报告、命令行和树视图各自按语言显示。
export const notesZhCN: Record<keyof typeof notesEn, string> = {
  'note.general.notGit': '这里不是 git 仓库',
  'note.general.noCommits': '仓库还没有任何提交',
  'note.general.gitUnavailable': '无法运行 git：{detail}',
  'note.general.shallow': '浅克隆：根据历史得出的数字只是下限',
  'note.owned.skippedCommits': '缺失对象：跳过了 {count} 个提交（{commits}），其余提交均已读取；文件归属的数字只是下限',
  'note.owned.notBlamed': '当前代码行：历史上属于移交人的文件中有 {count} 个只按历史判断，未做 blame（{beyondCap} 个排在前 {candidates} 个之后，{forTime} 个因时间所限，{failed} 个无法读取）',
  'note.branches.noMergeBase': '分支 {branch} 与默认分支没有共同历史，未做比较',
  'note.branches.missingObjects': '分支 {branch}：本克隆缺少它的部分提交或文件，未做比较',
  'note.branches.unreadable': '分支 {branch} 无法读取（{detail}）',
  'note.credentials.longLines': '有 {count} 行新增内容超过 {kib} KiB，未读取',
  'note.credentials.unreadableCommits': '本克隆缺少部分对象，{count} 个提交未能完整读取（跳过了 {files} 个文件；没有从远端拉取任何内容）：{commits}',
  'note.credentials.unreadableCommitsWhole': '本克隆缺少部分对象，{count} 个提交未能完整读取（跳过了 {files} 个文件，其中 {whole} 个提交整个跳过；没有从远端拉取任何内容）：{commits}',
  'note.credentials.unreadableAtHead': 'HEAD 中有 {count} 个曾经含有凭据的文件无法读取（本克隆缺少这些文件）：其中的凭据按已删除显示',
  'note.credentials.shallow': '浅克隆：缺失的那段历史中的凭据无法发现',
  'note.gitleaks.unreadable': '未采用 .gitleaks.toml：第 {line} 行有误（{detail}）',
  'note.gitleaks.badAllowlistPattern': '.gitleaks.toml 第 {index} 个 allowlist：{field} 中有一个模式不是有效的正则表达式，已略去',
  'note.gitleaks.badRuleAllowlistPattern': '.gitleaks.toml 规则“{rule}”的第 {index} 个 allowlist：{field} 中有一个模式不是有效的正则表达式，已略去',
  'note.gitleaks.badRulePathPattern': '.gitleaks.toml 规则“{rule}”：path 模式不是有效的正则表达式，该规则未采用',
  'note.gitleaks.badRulePattern': '.gitleaks.toml 规则“{rule}”：模式不是有效的正则表达式，该规则未采用',
  'note.gitleaks.extendsOther': '.gitleaks.toml 通过 [extend] path 或 url 继承另一个配置文件：该文件不会读取，改用内置规则',
  'note.gitleaks.ownRulesOnly': '.gitleaks.toml 有自己的规则且未继承默认规则（[extend] useDefault = true）：与 gitleaks 一样，只使用它自己的规则',
  'note.gitleaks.noRules': '.gitleaks.toml 没有规则，也未继承默认规则：gitleaks 用它什么也查不到；本次扫描保留内置规则，并应用其中的 allowlist',
  'note.gitleaks.unknownDisabledRule': '.gitleaks.toml [extend] disabledRules 中的“{rule}”不对应本扫描的任何规则，已忽略',
  'note.mentions.missingObjects': '缺失对象：有 {count} 个文件无法检查是否提及移交人',
  'note.mentions.tooLarge': '有 {count} 个配置文件超过 {mib} MiB，未检查是否提及移交人',
  'cli.detect.note': '说明：{text}',
  'report.notes.item': '说明：{text}',
};
