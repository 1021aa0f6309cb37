import { meaningMap } from '../read/meaning-view.js'
import type { PageField } from '../schema.js'
import { PAGE_FIELD_KEYS } from './grid-table.js'

/** A date's bare label: 时间, 日期, where no word of a longer label comes before it (生效日期 is its own). */
export const BARE_DATE_KEY = '(?<!\\p{Script=Han})(?:时间|日期)'
/** The labels of a page's own particulars: the 信息公开 fields, and the publisher, author and counter of its meta line. */
const KEY_WORDS = `${PAGE_FIELD_KEYS}|发布单位|文章来源|来源|作者|责任编辑|浏览次数|点击数|点击量|阅读次数|阅读量|访问量`
/** each label as a portal may letter-space it to fill its column ("文 号:", "分　类:") */
// (and a date's bare label, "时间:2025-08-29 16:51", "日期:2024-11-07", never the end of a longer one: 生效日期)
const KEYS = `${KEY_WORDS.split('|').map((k) => [...k].join('[ \u3000]?')).join('|')}|${BARE_DATE_KEY}`
/**
 * "发布日期: 2024-08-29 发布机构: 县财政局", "来源　某县水利局　发布时间　2025-09-12 11:30　阅读": each label with a
 * colon (or set apart by spaces) and its value, which runs to the next space (a clock time after a date kept) or to
 * the next label, one of these or any other after a mark that is not Han ("阅读次数：386字号：").
 */
const FIELD = new RegExp(`(${KEYS})(?:\\s*[:：]\\s*|\\s*\\|\\s*|\\s+)((?:(?!(?:${KEYS})(?:\\s*[:：]|\\s)|(?<!\\p{Script=Han})\\p{Script=Han}{1,5}\\s*[:：])[^\\s•·。；;，,【】\\[\\]|])+(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)`, 'gu')

/** A date (its clock time kept) opening a line before any label: 2023-03-20 16:00, 2025年06月23日, 2021/09/01/ 09:20. */
export const LEADING_DATE = /^\s*((?:19|20)\d{2}(?:[-/.]|年)\d{1,2}(?:[-/.]|月)\d{1,2}日?(?:\/?\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?!\d)/u

/**
 * Rule `page-lines`: the page's particulars a reader set apart as site chrome (read/html/boilerplate), each labelled
 * field with its value as printed, the line it stood on quoted whole and placed at the text line it was printed under.
 * A date stamp no label opens ("2023-03-20 16:00 来源:某镇人民政府", "2020-09-27 15:24:15 点击:[]") is the field 日期,
 * its date as printed; a line that labels nothing else gives none, and a value left blank is no field.
 */
export function pageFieldsOfLines(pageLines: { line: number; text: string }[], lineCount: number): PageField[] {
  const out: PageField[] = []
  for (const { line, text } of pageLines) {
    const stamp = LEADING_DATE.exec(text)
    if (stamp) out.push({ key: '日期', value: stamp[1].trim(), line: Math.max(1, Math.min(line, lineCount)), printed: text })
    // read for meaning (a Traditional 發佈機構 is 发布机构), the value cut from the line as printed
    const view = meaningMap(text)
    for (const m of view.text.matchAll(FIELD)) {
      const value = m[2].trim()
      if (!value) continue
      const at = m.index! + m[0].length - m[2].length
      const printed = text.slice(view.from[at], view.to[at + value.length - 1])
      out.push({ key: m[1].replace(/[ \u3000]/g, ''), value: printed, line: Math.max(1, Math.min(line, lineCount)), printed: text })
    }
  }
  return out
}
