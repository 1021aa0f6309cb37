import type { BudgetDocument, Paragraph } from '../../schema.js'
import { compactText } from '../../search/normalize-text.js'
import { paragraphCitation } from '../../tools/lib/citation.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `head-label-asked`: a page's head prints its particulars as "label:value" lines (保密审查情况:已审查,
 * 部门主要负责人审签情况:已审签, 生效日期: 2023-08-29, "当前文档共37页"). A question naming a label's words
 * ("做过保密审查吗", "负责人审签了吗") gets that value, quoted with its line, a body asked by its verb ("谁评的") the
 * label naming it (评价机构); a date asked of the page ("哪天发布的", "报告哪天出的") with no label of its own gets the
 * dates the head prints, each under its own label; "一共多少页" the page count printed.
 */
export interface HeadField { p: Paragraph; label: string; value: string; excerpt: string }

/** how far into the document its head may run */
const HEAD_PARAGRAPHS = 20
/** a label: Han words (a space may sit inside, "文 号") up to a colon */
const LABEL = /(?<=^|\s)(\p{Script=Han}[\p{Script=Han} ]{1,14}?)\s*[:：]/gu
const MAX_VALUE = 30
/** words a label adds to what it names: 保密审查情况 → 保密审查, 发布时间 → 发布 */
const LABEL_TAIL = /(?:情况|时间|日期|时期|状态)$/
const DATE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/
const DATE_ASKED = /哪天|哪一天|什么时候|啥时候|啥时|多会儿|何时|几月几[日号]|日期|时间|哪年哪月/
/** a date asked of the page itself: its publication, or the document by its kind */
const PAGE_ASKED = /发布|公开|印发|发的|出的|出来|成文|生成|签发|这份|文件|报告|页面|说明|公告|自评|决算|预算|表/
/** "谁评的", "谁编的": the body a label names by what it does (评价机构, 编制单位), asked by its verb */
const WHO_ASKED = /(?:谁|哪个(?:机构|单位|部门))(\p{Script=Han})/u
const WHO_LABEL = /(?:机构|单位|部门|人)$/
const PAGES_ASKED = /(?:多少|几)页/
/** "当前文档共37页", "共 12 页": the page count a document's page prints */
const PAGES_STATED = /\p{Script=Han}{0,6}?(?:共|全文|全书)\s*(\d{1,4})\s*页/u

/** a table's unit line ("单位:万元") is no particular of the page */
const UNIT_LABEL = /^(?:金额|计量|货币)?单位$/

/** The "label:value" fields of the paragraphs before the first heading. */
export function headFields(doc: BudgetDocument): HeadField[] {
  const out: HeadField[] = []
  for (const p of doc.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    if (p.heading) break
    const text = p.text.trim()
    const labels = [...text.matchAll(LABEL)]
    // a line of fields opens with its first label
    if (!labels.length || labels[0].index !== 0) continue
    labels.forEach((m, i) => {
      const from = m.index! + m[0].length
      const value = text.slice(from, labels[i + 1]?.index ?? text.length).trim()
      // "某某财政局公开平台 发布日期": a site's name before a space is no part of the label
      const label = m[1].split(/\s+/).reduce((a, w) => (a.length >= 4 ? w : a + w), '')
      if (!value || value.length > MAX_VALUE || /[。；;]/.test(value) || UNIT_LABEL.test(label)) return
      out.push({ p, label, value, excerpt: text.slice(m.index!, from) + value })
    })
  }
  return out
}

/** The longest run of `a` that `b` also holds, leaving out runs the organisation's own name holds (its place). */
export function sharedRun(a: string, b: string, own = ''): number {
  let best = 0
  for (let i = 0; i < a.length; i++)
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) if (!own.includes(a.slice(i, j))) best = j - i
  return best
}

/**
 * The fields whose label the question names (all of the label's own words, or a run of three of them); a date asked
 * under no label the head prints: its dates, each under its own label (`dates`).
 */
function fieldsAsked(doc: BudgetDocument, text: string): { fields: HeadField[]; dates?: boolean } {
  const q = compactText(text)
  const fields = headFields(doc)
  const who = WHO_ASKED.exec(q)?.[1]
  const named = fields.filter((f) => {
    const own = f.label.replace(LABEL_TAIL, '')
    if (who && WHO_LABEL.test(own) && own.includes(who)) return true
    // (a label of two characters and its tail, 报告日期, is named whole or by its tail's meaning: "报告" alone, as in
    // "自评报告是哪一年度的", names no 报告日期)
    if (own.length <= 2 && own !== f.label && !q.includes(f.label) && !DATE_ASKED.test(q)) return false
    return own.length >= 2 && sharedRun(own, q, compactText(doc.org)) >= Math.min(own.length, 3)
  })
  // (a date asked of something the body tells, "二期什么时候验收运行的", is no date of the page)
  if (named.length || !DATE_ASKED.test(q) || !PAGE_ASKED.test(q)) return { fields: named }
  return { fields: fields.filter((f) => DATE.test(f.value)), dates: true }
}

function pagesStated(doc: BudgetDocument): HeadField[] {
  for (const p of doc.paragraphs.slice(0, HEAD_PARAGRAPHS)) {
    const m = PAGES_STATED.exec(p.text)
    if (m) return [{ p, label: '页数', value: m[1], excerpt: m[0] }]
  }
  return []
}

export const linesText = (p: Paragraph) => (p.lines[0] === p.lines[1] ? `第${p.lines[0]}行` : `第${p.lines[0]}–${p.lines[1]}行`)

/** The head field a question asks of its named documents, quoted; undefined when it asks none they print. */
export function answerHeadLabel(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  if (!targets.length || targets.length > 3) return undefined
  const pages = PAGES_ASKED.test(text)
  const outs = targets.map((t) => ({ t, ...(pages ? { fields: pagesStated(t.doc) } : fieldsAsked(t.doc, text)) }))
  if (outs.every((o) => !o.fields.length)) return undefined
  const said = outs.map(({ t, fields, dates }) => {
    const docName = `${t.doc.org}${t.doc.year}年${t.doc.scope}文件`
    if (!fields.length) return `${docName}的页头没有这一项。`
    const quotes = fields.map((f) => {
      const c = paragraphCitation(t.doc, f.p, f.excerpt)
      run.cite(c)
      return `“${c.text ?? f.excerpt}”（${linesText(f.p)}）`
    })
    return `${docName}${pages ? '写明' : dates ? '的页头标注的日期' : '的页头标注'}：${quotes.join('')}。`
  })
  return { answer: said.join('') }
}
