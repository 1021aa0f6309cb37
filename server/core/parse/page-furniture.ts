import type { SourceLine } from './source-lines.js'

/**
 * Lines of a web page's furniture around the article: its date stamp and click counter ("2020-09-27 15:24:15 点击:[]"),
 * its publisher-and-date line ("来源　某县水利局　发布时间　2025-09-12 11:30　阅读"), its breadcrumb ("当前位置: 首页>>…").
 * None is ever a title or part of one. A page read as HTML drops them (read/html/boilerplate), keeping the date; a page
 * saved as text keeps them, and the title rules step over them.
 */
export interface FurnitureRule { name: string; test: RegExp }

/** A date with its clock time, as a page prints when it was published: 2020-09-27 15:24:15, 2025/9/12 11:30. */
const DATE_TIME = /((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?/
/** A date alone on its line, or after a 发布/更新 label: 2024年2月20日, 2024-02-20, 发布日期：2024-02-20. */
const DATE_LINE = /^(?:(?:发布|更新|成文)?(?:时间|日期)\s*[:：]?\s*)?((?:19|20)\d{2})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/

/** A date after its 发布时间 label, whatever follows it on the line ("发布时间:2021-01-15浏览:10482 次"). */
const DATE_LABELLED = /(?:发布|更新|成文)(?:时间|日期)\s*[:：]?\s*((?:19|20)\d{2})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})(?!\d)/

export const FURNITURE_RULES: FurnitureRule[] = [
  // a clock time is never in a title; a sentence (。；) or a line naming a budget is not furniture, whatever time it states
  { name: 'date-stamp', test: new RegExp(`^(?!.*[。；;])(?!.*(?:预算|决算|三公)).{0,40}${DATE_TIME.source}.{0,30}$`) },
  { name: 'date-line', test: DATE_LINE },
  { name: 'counter', test: /^(?!.*[。；;])(?!.*(?:预算|决算|三公)).{0,40}(?:点击|阅读|浏览|访问)(?:次数|量|数)?\s*[:：]\s*(?:\[\s*\]|\d+)/ },
  { name: 'breadcrumb', test: /^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[:：]|^首页\s*(?:[>›»＞/]|&gt;)/ },
]

/** The furniture rule a line of page text matches, if any. */
export const furnitureRule = (text: string) => {
  const t = text.trim().replace(/\u3000/g, ' ')
  return FURNITURE_RULES.find((r) => r.test.test(t))
}

export const isPageFurniture = (text: string) => !!furnitureRule(text)

/** The date a furniture line gives ("2025-09-12"), if it gives one. */
export function dateOfFurniture(text: string): string | undefined {
  const t = text.trim().replace(/\u3000/g, ' ')
  const m = DATE_TIME.exec(t) ?? DATE_LINE.exec(t) ?? DATE_LABELLED.exec(t)
  if (!m) return undefined
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
}

/** When the page says it was published: the date of the first furniture line among its first lines. */
export function publicationDate(head: SourceLine[]): string | undefined {
  for (const l of head) {
    if (!isPageFurniture(l.text)) continue
    const d = dateOfFurniture(l.text)
    if (d) return d
  }
  return undefined
}
