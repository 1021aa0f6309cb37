import type { Finding } from './finding.js'

/** "表四《一般公共预算“三公”经费支出表》 › 合计 › 公务用车运行费" → 表四; "正文：公务用车运行维护费" → 正文. */
function sideOf(label: string): string {
  if (label.startsWith('正文')) return '正文'
  const table = /^([^《›\s]+)《/.exec(label)
  return table ? table[1] : label.split(' › ')[0].replace(/《[^》]*》/g, '')
}

/**
 * A finding as one plain sentence a citizen can read: "文件前后不一致：正文写6.00万元，表四写5.50万元。" Never the
 * finding's id or rule name, never a table's full title; the citations carry where each side is.
 */
export function plainFinding(f: Finding): string {
  const [a, b] = f.figures
  if ((f.kind === 'prose-table' || f.kind === 'cross-table') && a && b && !b.computed) {
    const subject = /^正文：(.+)$/.exec(a.label)?.[1] ?? a.label.split(' › ')[1]
    return `文件前后不一致${subject ? `（${subject}）` : ''}：${sideOf(a.label)}写${a.text}${a.unit}，${sideOf(b.label)}写${b.text}${b.unit}。`
  }
  const sentence = f.message.replace(/《[^》]*》/g, '').trim()
  return `文件前后不一致：${/[。！？]$/.test(sentence) ? sentence : `${sentence}。`}`
}
