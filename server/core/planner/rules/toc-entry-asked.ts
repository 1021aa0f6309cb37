import type { BudgetDocument, Paragraph } from '../../schema.js'
import { sentencesOf } from '../../tools/lib/prose.js'
import { questionPairs } from './closest-passage.js'

/**
 * Rule `toc-entry-asked`: "第十张表是什么表" — a disclosure's 目录 lists its tables in order, numbered (一、财政拨款收支
 * 总表 … 十、项目支出绩效信息表; 表1 …; 1. …). The entry numbered N that names a table answers; when no entry carries
 * that number, the Nth table entry in order. Only the 目录 answers: it is what the document says its tables are.
 */
export interface TocAsk { n: number; shown: string }

const NUMERAL = '一二三四五六七八九十'
// (or the tables named first: "决算表第九张是什么表", "报表里的第三张是什么")
const ASKED = new RegExp(`第\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:张|个|份|号)?(?:预算|决算)?(?:附)?表|(?:附)?表\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:是|叫|为)(?:什么|哪)|表(?:中|里|的|里的|中的)?第\\s*([${NUMERAL}]{1,3}|\\d{1,2})\\s*(?:张|份|号)(?:表)?(?:是|叫|为)?(?:什么|哪|啥)`)

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
  const shown = m?.[1] ?? m?.[2] ?? m?.[3]
  const n = shown ? numeralValue(shown) : undefined
  return n && shown ? { n, shown } : undefined
}

/** An entry's own number: 十、…, 表10 …, 10. … */
const ENTRY_NO = new RegExp(`^(?:(?:附)?表\\s*([${NUMERAL}]{1,3}|\\d{1,2})[、.．:：\\s]?|([${NUMERAL}]{1,3})[、.．]|(\\d{1,2})[、.．\\s]|[(（](\\d{1,3})表[)）])`)
/** Where the entries of a paragraph start (a 目录 read as one paragraph holds many). */
// never inside a numeral (十|二、) nor at 表 ending a table's name ("…收支总表 二、收入总表": 表二 is no 表2)
// "(01表)一般公共预算收支决算总表": a place's 决算 numbers its tables in brackets
const ENTRY_START = new RegExp(`(?<![${NUMERAL}])(?=(?:第[${NUMERAL}]+部分|[${NUMERAL}]{1,3}、|(?:附表|(?<!\\p{Script=Han})表)\\s*[${NUMERAL}\\d]{1,3}[、.．:：\\s]|[(（]\\d{1,3}表[)）]))`, 'u')
/** a paragraph that is, or ends with, the 目录 heading (a page's title lines run into it) */
const TOC_HEAD = /目\s*录$/
/** a 目录 run into one paragraph with its entries (a PDF page read as one block): "…目 录 第一部分 … 一、…" */
const TOC_INLINE = new RegExp(`目\\s*录\\s*(?=第[${NUMERAL}]+部分|[${NUMERAL}]{1,3}、)`)
/** a part's heading: 第二部分 … */
const PART = new RegExp(`^第([${NUMERAL}]{1,3})部分`)
/** "…绩效目标表 第三（…中断…）": the next part's heading cut off where the copy stops, with the copy's note */
const CUT_TAIL = new RegExp(`\\s*第[${NUMERAL}]{0,3}(?:\\s*[(（][^()（）]*[)）])?$`)

export interface Entry { p: Paragraph; entry: string; no?: number }
export interface TocPart { part: Entry; no: number; shown: string; items: Entry[] }

/** A page that spaces out its headings' characters ("第 一 部 分 2024 年 度", "一 、 收入支出决算总表"): read closed up. */
const despace = (s: string) => s.replace(/(?<=[^\x00-\x7F\d])\s+(?=[^\x00-\x7F\s])|(?<=[^\x00-\x7F])\s+(?=\d)|(?<=\d)\s+(?=[^\x00-\x7F])/gu, '')
/** "第一部分 2024年度部门决算报表": a part that is the list of tables, its entries after it (no 目录 printed) */
const TABLES_PART = new RegExp(`第[${NUMERAL}]{1,3}部分[^第。]{0,40}?(?:报表|预算表|决算表)$`)

/** Where each 目录 of the document starts: after a paragraph ending in 目录, or inside one after its 目录. */
function tocStarts(doc: BudgetDocument): { i: number; rest?: string }[] {
  const out: { i: number; rest?: string }[] = []
  doc.paragraphs.forEach((p, i) => {
    const text = despace(p.text.trim())
    if (TOC_HEAD.test(text)) out.push({ i })
    else {
      const flat = sentencesOf(text).map((x) => x.text).join('')
      const m = TOC_INLINE.exec(flat)
      if (m) out.push({ i, rest: flat.slice(m.index + m[0].length) })
    }
  })
  // no 目录 printed: a part heading naming the tables, with its entries after it
  if (!out.length) {
    doc.paragraphs.forEach((p, i) => {
      const m = TABLES_PART.exec(despace(p.text.trim()))
      if (m) out.push({ i, rest: m[0] })
    })
  }
  // no 目录 heading printed (a page's copy lost it): the parts' headings listed in order, then the body from 第一部分
  // again: the list before the numbering starts over is the 目录
  if (!out.length) {
    const parts = doc.paragraphs.flatMap((p, i) => { const m = PART.exec(despace(p.text.trim())); const n = m ? numeralValue(m[1]) : undefined; return n ? [{ i, n }] : [] })
    const restart = parts.findIndex((x, k) => k > 0 && x.n <= parts[k - 1].n)
    if (restart >= 2) out.push({ i: parts[0].i - 1 })
  }
  return out
}

/** The table entries of the first 目录 that lists at least three (a paragraph merely ending in 目录 lists none). */
export function tocTables(doc: BudgetDocument): Entry[] {
  for (const start of tocStarts(doc)) {
    // an entry may close with 。 or ; ("9、2025年项目支出绩效目标表;"); a part's heading (第二部分 …预算表) is no table
    const tables = tocEntries(doc, start).filter((e) => /表[。.;；\s]*$/.test(e.entry) && !PART.test(e.entry))
    if (tables.length >= 3) return tables
  }
  return []
}

/** The parts of the first 目录 that lists at least two (第一部分 …), each with the entries listed under it. */
export function tocOutline(doc: BudgetDocument): TocPart[] {
  for (const start of tocStarts(doc)) {
    const parts: TocPart[] = []
    for (const e of tocEntries(doc, start)) {
      const m = PART.exec(e.entry)
      if (m) parts.push({ part: e, no: numeralValue(m[1]) ?? 0, shown: m[1], items: [] })
      else parts.at(-1)?.items.push(e)
    }
    if (parts.length >= 2) return parts
  }
  return []
}

function tocEntries(doc: BudgetDocument, start: { i: number; rest?: string }): Entry[] {
  const out: Entry[] = []
  const seen = new Set<string>()
  // the number of the last part listed so far (a 目录's parts only go up)
  let lastPartNo: number | undefined
  const read = (p: Paragraph, text: string) => {
    for (const e of text.split(ENTRY_START).map((x) => x.replace(CUT_TAIL, '').trim()).filter(Boolean)) {
      const m = ENTRY_NO.exec(e)
      const raw = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4]
      out.push({ p, entry: e, no: raw ? numeralValue(raw) : undefined })
      const part = PART.exec(e)
      if (part) lastPartNo = numeralValue(part[1]) ?? 0
    }
  }
  if (start.rest) read(doc.paragraphs[start.i], start.rest)
  for (const p of doc.paragraphs.slice(start.i + 1, start.i + 80)) {
    const text = despace(sentencesOf(p.text).map((s) => s.text).join(''))
    // the body begins where a heading repeats an entry already listed, or where a sentence of prose is printed
    if (p.heading && seen.has(text.trim())) break
    if (!p.heading && /。$/.test(text.trim()) && !ENTRY_NO.test(text.trim()) && !PART.test(text.trim())) break
    // (and where the parts' numbering starts over)
    const part = PART.exec(text.trim())
    const partNo = part ? numeralValue(part[1]) : undefined
    if (partNo && lastPartNo !== undefined && partNo <= lastPartNo) break
    seen.add(text.trim())
    read(p, text)
  }
  return out
}

/** The 目录 entry for the Nth table. */
export function tocEntryIn(doc: BudgetDocument, ask: TocAsk): Entry | undefined {
  const tables = tocTables(doc)
  return tables.find((e) => e.no === ask.n) ?? (tables.some((e) => e.no !== undefined) ? undefined : tables[ask.n - 1])
}

/** "三公经费是第几张表", "有没有社会保险基金的报表", "绩效目标在哪张表": a table asked by its words, its place in the 目录 asked. */
const WHICH_TABLE = /第几(?:张|个|号)?(?:报)?表|哪(?:一)?张(?:报)?表|几号表|(?:有没有|是否有|有无)[^，,。？?]{0,20}?(?:报)?表/

/** Words of the question that name no table: the ask, the organisation's kind of document, years. */
const NOT_TABLE_WORDS = /第几(?:张|个|号)?(?:报)?表|哪(?:一)?张(?:报)?表|几号表|有没有|是否有|有无|公开|里面?|中|的|是|在|报表|决算|预算|部门|单位|文件|\d{2,4}年度?/gu

/**
 * Rule `toc-table-asked`: the 目录 entry whose words share the most character pairs with the table the question
 * names (at least two, and half of them); the entry quoted as listed, its number with it. Undefined when the
 * question asks no table's place, or the 目录 lists none such.
 */
export function tocEntryByWords(doc: BudgetDocument, text: string, orgNames: string[]): Entry | undefined {
  if (!WHICH_TABLE.test(text)) return undefined
  const pairs = questionPairs(text, orgNames, NOT_TABLE_WORDS)
  if (pairs.length < 2) return undefined
  let best: { e: Entry; n: number } | undefined
  for (const e of tocTables(doc)) {
    const bare = e.entry.replace(/[“”"'‘’()（）\s]/g, '')
    const n = pairs.filter((q) => bare.includes(q)).length
    if (n >= 2 && n * 2 >= pairs.length && (!best || n > best.n)) best = { e, n }
  }
  return best?.e
}
