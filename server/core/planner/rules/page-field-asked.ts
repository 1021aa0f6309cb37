import type { BudgetDocument, Field, Paragraph, Table } from '../../schema.js'
import { fieldCitation, paragraphCitation } from '../../tools/lib/citation.js'
import { verbatimQuote } from '../../tools/lib/verbatim.js'
import { PAGE_FIELD_KEYS } from '../../parse/grid-table.js'
import type { HandlerOutput } from '../answer-types.js'
import type { Target } from '../resolve-scope.js'
import type { ToolRunner } from '../tool-runner.js'

/**
 * Rule `page-field-asked`: "索引号是多少", "哪天生成的", "哪个机构发布的" — a portal prints its 信息公开 fields above the
 * page (索引号, 文号, 生成日期, 发布机构 …; read into the fields of that box, rule page-fields). The field asked, as
 * printed and cited; a document whose page prints none says so. Asked by the field's own name or by what it tells.
 */
const ASKED: { asked: RegExp; keys: RegExp; word: string }[] = [
  { asked: /索引号/, keys: /^索引号$/, word: '索引号' },
  { asked: /文号|发文字号/, keys: /^(?:文号|发文字号)$/, word: '文号' },
  { asked: /生成日期|哪天生成|什么时候生成|何时生成/, keys: /^生成日期$/, word: '生成日期' },
  { asked: /成文日期|哪天成文/, keys: /^成文日期$/, word: '成文日期' },
  { asked: /发布日期|发布时间|发文日期|哪天发|什么时候发|何时发|哪天公开|什么时候公开|何时公开/, keys: /^(?:发布日期|发布时间|发文日期|生成日期)$/, word: '发布日期' },
  { asked: /发布机构|哪个(?:机构|单位|部门)发布|谁发布|由谁发布/, keys: /^(?:发布机构|发文机关|所属机构)$/, word: '发布机构' },
  { asked: /所属机构/, keys: /^所属机构$/, word: '所属机构' },
  { asked: /责任部门/, keys: /^责任部门$/, word: '责任部门' },
  { asked: /公开方式/, keys: /^公开方式$/, word: '公开方式' },
]

/** Every field a question asks, in the order of ASKED ("哪个单位发布的？什么时候发的？": 发布日期 and 发布机构). */
export function pageFieldsAsked(text: string): (typeof ASKED)[number][] {
  const asked = ASKED.filter((a) => a.asked.test(text))
  // 所属机构 asked by name is its own; asked as 发布机构 it is one of that field's keys
  return asked.filter((a, i) => asked.findIndex((b) => b.word === a.word) === i)
}

type Hit = { table: Table; field: Field } | { p: Paragraph; key: string; value: string }

/** The field in the page's box, else on a line of the page's head printed "发布日期: 2024-08-29 发布机构: 县财政局". */
function fieldIn(doc: BudgetDocument, keys: RegExp): Hit | undefined {
  for (const table of doc.tables) {
    const field = table.fields.find((f) => keys.test(f.key) && f.value.trim())
    if (field) return { table, field }
  }
  for (const p of doc.paragraphs.filter((x) => x.lines[0] <= HEAD_LINES)) {
    // read where the meaning view names the key, quoted from the printed text (a Traditional page's 文号 as printed)
    for (const m of p.text.matchAll(LINE_FIELD)) {
      if (!keys.test(m[1]) || !m[2].trim()) continue
      const value = m[2].trim().replace(/[•·。，,；;]+$/u, '')
      return { p, key: m[1], value: (verbatimQuote(p.printed ?? p.text, value) ?? value).replace(/^……|……$/g, '') }
    }
  }
  return undefined
}

/** How far down a page its 信息公开 lines are looked for. */
const HEAD_LINES = 40
/** "发布日期: 2024-08-29 发布机构: 县财政局": each key's value runs to the next key (lines run together keep no space) */
const LINE_FIELD = new RegExp(`(${PAGE_FIELD_KEYS})\\s*[:：]\\s*((?:(?!(?:${PAGE_FIELD_KEYS})\\s*[:：])[^\\s•·。；;，,])+(?:\\s\\d{1,2}:\\d{2}(?::\\d{2})?)?)`, 'gu')

/** A page's 信息公开 box: a table of fields only (no columns). */
const fieldBox = (doc: BudgetDocument) => doc.tables.some((t) => !t.columns.length && !t.rows.length && t.fields.length >= 2)

/** The field a question asks of each target's page; undefined when no field is asked or no target's page prints fields. */
export function answerPageField(run: ToolRunner, text: string, targets: Target[]): HandlerOutput | undefined {
  const asked = pageFieldsAsked(text)
  if (!asked.length || !targets.length) return undefined
  const hits = targets.slice(0, 6).map((t) => ({ t, each: asked.map((a) => ({ a, hit: fieldIn(t.doc, a.keys) })) }))
  // no page's fields at all: another rule's question (文号 of a prose reference, say)
  if (!hits.some((h) => h.each.some((x) => x.hit) || fieldBox(h.t.doc))) return undefined
  const outs = hits.map(({ t, each }) => {
    const said = each.map(({ a, hit }) => {
      if (!hit) return `页面${fieldBox(t.doc) ? '信息栏' : ''}没有填写${a.word}`
      if ('field' in hit) { run.cite(fieldCitation(t.doc, hit.table, hit.field)); return `“${hit.field.key}”一栏为：${hit.field.value}` }
      const c = paragraphCitation(t.doc, hit.p, `${hit.key}`)
      run.cite({ ...c, text: hit.p.printed ?? hit.p.text })
      return `“${hit.key}”为：${hit.value}`
    })
    return `${t.doc.org}${t.doc.year}年${t.doc.scope}的公开页面上，${said.join('；')}。`
  })
  return { answer: outs.join(''), notFound: hits.every((h) => h.each.every((x) => !x.hit)) }
}
