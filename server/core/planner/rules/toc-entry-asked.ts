import type { BudgetDocument, Paragraph } from '../../schema.js'
import { sentencesOf } from '../../tools/lib/prose.js'

/**
 * Rule `toc-entry-asked`: "第十张表是什么表" — a disclosure's 目录 lists its tables in order, numbered (一、财政拨款收支
 * 总表 … 十、项目支出绩效信息表; 表1 …; 1. …). The entry numbered N that names a table answers; when no entry carries
 * that number, the Nth table entry in order. Only the 目录 answers: it is what the document says its tables are.
 */
export interface TocAsk { n: number; shown: string }

const NUMERAL = '一二三四五六七八九十'
const ASKED = new RegExp(`第\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:张|个|份|号)?(?:预算|决算)?(?:附)?表|(?:附)?表\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:是|叫|为)(?:什么|哪)`)

/** 一..九十九 or digits as a number. */
export function numeralValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s)
  const d = (c: string) => NUMERAL.indexOf(c) + 1
  if (s.length === 1) return d(s) || undefined
  if (s.length === 2 && s[0] === '十') return 10 + d(s[1])
  if (s.length === 2 && s[1] === '十') return d(s[0]) * 10
  if (s.length === 3 && s[1] === '十') return d(s[0]) * 10 + d(s[2])
  return undefined
}

export function tocEntryAsked(text: string): TocAsk | undefined {
  const m = ASKED.exec(text)
  const shown = m?.[1] ?? m?.[2]
  const n = shown ? numeralValue(shown) : undefined
  return n && shown ? { n, shown } : undefined
}

/** An entry's own number: 十、…, 表10 …, 10. … */
const ENTRY_NO = new RegExp(`^(?:(?:附)?表\\s*([${NUMERAL}]{1,3}|\\d{1,2})[、.．:：\\s]?|([${NUMERAL}]{1,3})[、.．]|(\\d{1,2})[、.．\\s])`)
/** Where the entries of a paragraph start (a 目录 read as one paragraph holds many). */
const ENTRY_START = new RegExp(`(?=(?:第[${NUMERAL}]+部分|[${NUMERAL}]{1,3}、|(?:附)?表\\s*[${NUMERAL}\\d]{1,3}[、.．:：\\s]))`)
/** a paragraph that is, or ends with, the 目录 heading (a page's title lines run into it) */
const TOC_HEAD = /目\s*录$/

interface Entry { p: Paragraph; entry: string; no?: number }

/** The table entries of the first 目录 that lists at least three (a paragraph merely ending in 目录 lists none). */
export function tocTables(doc: BudgetDocument): Entry[] {
  for (let i = 0; i < doc.paragraphs.length; i++) {
    if (!TOC_HEAD.test(doc.paragraphs[i].text.trim())) continue
    // an entry may close with 。 or ; ("9、2025年项目支出绩效目标表;"); a part's heading (第二部分 …预算表) is no table
    const tables = tocEntries(doc, i).filter((e) => /表[。.;；\s]*$/.test(e.entry) && !/^第[一二三四五六七八九十]+部分/.test(e.entry))
    if (tables.length >= 3) return tables
  }
  return []
}

function tocEntries(doc: BudgetDocument, start: number): Entry[] {
  const out: Entry[] = []
  const seen = new Set<string>()
  for (const p of doc.paragraphs.slice(start + 1, start + 80)) {
    const text = sentencesOf(p.text).map((s) => s.text).join('')
    // the body begins where a heading repeats an entry already listed
    if (p.heading && seen.has(text.trim())) break
    seen.add(text.trim())
    for (const e of text.split(ENTRY_START).map((x) => x.trim()).filter(Boolean)) {
      const m = ENTRY_NO.exec(e)
      const raw = m?.[1] ?? m?.[2] ?? m?.[3]
      out.push({ p, entry: e, no: raw ? numeralValue(raw) : undefined })
    }
  }
  return out
}

/** The 目录 entry for the Nth table. */
export function tocEntryIn(doc: BudgetDocument, ask: TocAsk): Entry | undefined {
  const tables = tocTables(doc)
  return tables.find((e) => e.no === ask.n) ?? (tables.some((e) => e.no !== undefined) ? undefined : tables[ask.n - 1])
}
