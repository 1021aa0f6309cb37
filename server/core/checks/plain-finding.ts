import type { Finding } from './finding.js'

/** A table's number at the start of its title: 表三部门支出总表 → 表三, 附表2… → 附表2, 公开09表… → 公开09表. */
const TABLE_NUMBER = /^(?:附?表\s*(?:\d+|[一二三四五六七八九十]+)|公开\s*\d+\s*表|(?:\d+|[一二三四五六七八九十]+)[、.．])/

/**
 * "表四《一般公共预算“三公”经费支出表》 › 合计 › 公务用车运行费" → 表四; "《表三部门支出总表》 › 合计" → 表三 (the number
 * inside the title); "《部门收支总表》 › …" → 《部门收支总表》 (a table without a number is named by its title);
 * "正文：公务用车运行维护费" → 正文. Never empty: a citizen must see which two places disagree.
 */
function sideOf(label: string): string {
  if (label.startsWith('正文')) return '正文'
  const head = label.split(' › ')[0].trim()
  const before = /^([^《›\s]+)《/.exec(head)
  if (before) return before[1]
  const title = /^《([^》]*)》/.exec(head)?.[1]
  if (title === undefined) return head
  const number = TABLE_NUMBER.exec(title)?.[0].replace(/[、.．]$/, '')
  return number ? (/^\d|^[一二三四五六七八九十]/.test(number) ? `表${number}` : number.replace(/\s+/g, '')) : `《${title}》`
}

/** Whether the answer states a figure as printed (its separators aside). */
const statesFigure = (answer: string, text: string) => answer.replace(/,/g, '').includes(text.replace(/,/g, ''))

/**
 * A finding as one plain sentence a citizen can read: "文件前后不一致：正文写6.00万元，表四写5.50万元。" Never the
 * finding's id or rule name, never a table's full title; the citations carry where each side is.
 */
export function plainFinding(f: Finding, answer?: string): string {
  const [a, b] = f.figures
  if ((f.kind === 'prose-table' || f.kind === 'cross-table') && a && b && !b.computed) {
    const subject = /^正文：(.+)$/.exec(a.label)?.[1] ?? a.label.split(' › ')[1]
    const head = `文件前后不一致${subject ? `（${subject}）` : ''}：`
    // rule one-figure-stated: beside an answer that states one side's figure, the other side is named, not restated (its
    // citation, attached, shows what it prints): an answer never states two figures for one thing
    const said = answer ? [a, b].filter((x) => statesFigure(answer, x.text)) : []
    if (said.length === 1) {
      const other = said[0] === a ? b : a
      return `${head}${sideOf(said[0].label)}写${said[0].text}${said[0].unit}，${sideOf(other.label)}所写的数与此不同（见所附${sideOf(other.label)}引文）。`
    }
    return `${head}${sideOf(a.label)}写${a.text}${a.unit}，${sideOf(b.label)}写${b.text}${b.unit}。`
  }
  // (a title before 中 is said as 表中: "表中“医疗支出”的…", never a sentence opening with 中)
  const sentence = f.message.replace(/《[^》]*》(?=中)/g, '表').replace(/《[^》]*》/g, '').trim()
  return `文件前后不一致：${/[。！？]$/.test(sentence) ? sentence : `${sentence}。`}`
}
